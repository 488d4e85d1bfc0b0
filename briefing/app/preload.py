"""Loading the briefing while Textual imports: in a forked process where it can, else in a thread.

Importing Textual takes a couple of hundred milliseconds of one core;
reading a cached briefing, or deriving a small one, takes less. A thread
would share the interpreter lock with those imports and the first paint
and slow both; a process forked before Textual is imported runs beside
them on the other core and hands back the briefing in the cache's packed
form, which decodes in a few tens of milliseconds. Progress of a large set
travels the same pipe. Where fork is missing or unsafe (other threads
already running, as under a test runner), a thread does the work, and a
large set then waits for the first paint so as not to compete with it.
Plain Python: no Textual here.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import struct
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Head
    from briefing.pipeline import Loaded, Progress


#: Up to this many article files, a thread starts loading before the app paints; more wait for the first paint.
EAGER_FILES = 40
#: Frame kinds on the pipe from the loading process.
_PROGRESS, _HEAD, _RESULT, _INPUT_ERROR = b"P", b"H", b"R", b"E"
_HEADER = struct.Struct("!cQ")


def can_fork() -> bool:
    """Forking copies only the calling thread: safe only while it is the one thread there is."""
    return hasattr(os, "fork") and threading.active_count() == 1


class Preload:
    """``load_briefing`` off the UI's interpreter; ``wait()`` returns its result or raises its error."""

    def __init__(self, paths: Sequence[str], use_cache: bool = True, fork: bool = False) -> None:
        self.paths = list(paths)
        self.use_cache = use_cache
        self.listener: Progress | None = None
        #: The briefing's title and summary, known before the rest: what the first frame shows.
        self.head: Head | None = None
        #: Hears the head when it comes (from the preload's thread).
        self.head_listener: Callable[[Head], None] | None = None
        self.forked = fork and can_fork()
        self._go = threading.Event()
        self._result: Loaded | None = None
        self._error: BaseException | None = None
        self._pid = 0
        self._pipe: IO[bytes] | None = None  # from the forked child
        self._closed = False
        target = self._receive if self.forked else self._run
        self._thread = threading.Thread(target=target, name="briefing-preload", daemon=True)

    def start(self) -> Preload:
        if self.forked:
            self._fork()
        self._thread.start()
        return self

    def go(self) -> None:
        """The app is on screen: a thread may start on a large set, a forked load may decode its result."""
        self._go.set()

    # -- in a thread ---------------------------------------------------------

    def _run(self, wait_for_paint: bool = True) -> None:
        from briefing.ingest.reading import discover
        from briefing.pipeline import load_briefing

        try:
            if wait_for_paint and len(discover(self.paths)[0]) > EAGER_FILES:
                self._go.wait()
            self._result = load_briefing(
                self.paths, strict=False, use_cache=self.use_cache, progress=self._progress, on_head=self._take_head
            )
        except BaseException as err:  # handed to the waiting side, which reports it
            self._error = err

    def _progress(self, stage: str, done: int, total: int) -> None:
        listener = self.listener
        if listener is not None:
            listener(stage, done, total)

    def _take_head(self, head: Head) -> None:
        self.head = head
        listener = self.head_listener
        if listener is not None:
            listener(head)

    # -- in a forked process -------------------------------------------------

    def _fork(self) -> None:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: load, send, and leave without running the parent's exit handlers
            os.close(read_fd)
            try:
                _quiet()
                with os.fdopen(write_fd, "wb") as out:
                    self._child(out)
            finally:
                os._exit(0)
        os.close(write_fd)
        self._pid, self._pipe = pid, os.fdopen(read_fd, "rb")

    def _child(self, out: IO[bytes]) -> None:
        from briefing.errors import InputError
        from briefing.pipeline import load_briefing
        from briefing.store.codec import dumps_loaded

        def progress(stage: str, done: int, total: int) -> None:
            _send(out, _PROGRESS, json.dumps([stage, done, total]).encode())

        def head(head: Head) -> None:
            _send(out, _HEAD, _head_bytes(head))

        try:
            loaded = load_briefing(self.paths, strict=False, use_cache=self.use_cache, progress=progress, on_head=head)
        except InputError as err:
            _send(out, _INPUT_ERROR, str(err).encode("utf-8"))
            return
        _send(out, _RESULT, dumps_loaded(loaded.briefing, loaded.skipped, loaded.warnings))
        from briefing.store import pattern_cache

        pattern_cache.finish()  # the rules' patterns this child compiled, for the next run (it leaves by _exit)

    def _receive(self) -> None:
        """Read the child's frames; if it dies without an answer, load here instead (never a lost briefing).

        The whole briefing is decoded only after :meth:`go` (or in
        :meth:`wait`): decoding a large one holds the interpreter for a
        tenth of a second, which the first paint should not wait for.
        """
        assert self._pipe is not None
        try:
            with self._pipe:
                for kind, payload in _frames(self._pipe):
                    if kind == _PROGRESS:
                        stage, done, total = json.loads(payload)
                        self._progress(str(stage), int(done), int(total))
                    elif kind == _HEAD:
                        self._take_head(_head(payload))
                    elif kind == _RESULT:
                        self._go.wait()
                        self._result = _loaded(payload)
                    elif kind == _INPUT_ERROR:
                        from briefing.errors import InputError

                        self._error = InputError(payload.decode("utf-8"))
        except (OSError, ValueError, EOFError, KeyError, TypeError):  # msgspec's DecodeError is a ValueError
            self._result = None
        finally:
            _reap(self._pid)
        if self._result is None and self._error is None and not self._closed:
            self._run(wait_for_paint=False)

    def close(self) -> None:
        """Stop a child still loading (the reader quit first, or never started): nothing loads here instead."""
        self._closed = True
        if self._pid and not self.done:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGTERM)

    # -- the waiting side ----------------------------------------------------

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()

    def wait(self, timeout: float | None = None) -> Loaded:
        self._go.set()
        self._thread.join(timeout)
        if self._error is not None:
            raise self._error
        if self._result is None:
            raise TimeoutError("briefing still loading")
        return self._result


def _quiet() -> None:
    """The child shares the reader's terminal: a stray warning printed there would garble the screen."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _send(out: IO[bytes], kind: bytes, payload: bytes) -> None:
    out.write(_HEADER.pack(kind, len(payload)))
    out.write(payload)
    out.flush()


def _frames(pipe: IO[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """(kind, payload) pairs until the pipe closes; a torn frame ends them."""
    while header := pipe.read(_HEADER.size):
        if len(header) < _HEADER.size:
            return
        kind, size = _HEADER.unpack(header)
        payload = pipe.read(size)
        if len(payload) < size:
            return
        yield kind, payload


def _loaded(payload: bytes) -> Loaded:
    from briefing.pipeline import Loaded
    from briefing.store.codec import loads
    from briefing.store.kinds import LOADED

    briefing, skipped, warnings = loads(payload, LOADED)
    return Loaded(briefing, skipped, warnings)


def _head_bytes(head: Head) -> bytes:
    """The head as JSON text (the standard library's, which carries any ``str``, lone surrogates too)."""
    from dataclasses import asdict

    return json.dumps(asdict(head)).encode("ascii")


def _head(payload: bytes) -> Head:
    """The head the child sent, decoded with the standard library.

    Not with msgspec, as the whole briefing is: importing msgspec and
    building the cache's typed decoders costs the reader 50-150 ms of its
    interpreter, and the head arrives while Textual is being imported for
    the first frame, which would wait for them. A head is a few claims.
    """
    from briefing.model import Claim, Head

    value = json.loads(payload)
    summary = [Claim(**claim) for claim in value.pop("summary")]
    return Head(**value, summary=summary)


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, 0)

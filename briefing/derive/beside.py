"""A stage run beside the others on the second core: in a forked process, its result sent back once.

Stages that need only what is already known (the outcomes need only the
sources; the demands need the people and parties, and only the summary
needs them; the venue and schedule discrepancies need the places) can run
while the main process goes on with the next. A forked
child inherits every table and sentence already parsed, computes one stage
and pickles its result down a private pipe (no file anyone else could
write). The grain is a whole stage, so the fork and the pickled result cost
milliseconds against seconds, which a per-article pool could not promise
(its gain on two cores was never reliable: copy-on-write of a large heap,
every article's result pickled).

The result is the one the main process would have computed: stages are pure
functions of their arguments. If the child cannot be started, dies, or its
stage raises, the main process runs the stage itself, so an error is raised
exactly where and how it would be without a child. Forking happens only when
it is safe (one thread: the reader's thread fallback and threaded callers run
stages in turn) and wanted (``BRIEFING_BESIDE=0`` turns it off, for
profiling or comparison).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

R = TypeVar("R")

#: Below this many sentences (~40 articles) the stages take ~0.3 s: little to win against a fork (~5-20 ms).
MIN_SENTENCES = 2_000


def wanted(sentences: int) -> bool:
    """Whether stages should run beside each other for a folder of this many sentences."""
    return (
        sentences >= MIN_SENTENCES
        and os.environ.get("BRIEFING_BESIDE", "1") != "0"
        and hasattr(os, "fork")
        and (os.cpu_count() or 1) > 1
        and threading.active_count() == 1  # fork copies only this thread: with others, locks could be held forever
    )


class Beside(Generic[R]):
    """``fn(*args)`` computing in a forked child (or, when ``forked`` is false, when :meth:`result` asks).

    As a context manager, leaving it stops a child whose result was not taken."""

    def __init__(self, fn: Callable[..., R], *args: Any, forked: bool = True) -> None:
        self._fn, self._args = fn, args
        self._pid = 0
        self._pipe: Any = None
        if forked:
            with contextlib.suppress(OSError):
                self._fork()

    def _fork(self) -> None:
        pid, read_fd, write_fd = fork_with_pipe()
        if pid == 0:
            os.close(read_fd)
            self._child(write_fd)
        os.close(write_fd)
        self._pid, self._pipe = pid, os.fdopen(read_fd, "rb")

    def _child(self, write_fd: int) -> None:
        """Compute, send, and leave without running anything of the parent's (exit handlers, buffers)."""
        code = 1
        try:
            die_with_parent()
            data = pickle.dumps(self._fn(*self._args), protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_fd, "wb") as out:
                out.write(data)
            code = 0
        finally:
            os._exit(code)

    def result(self) -> R:
        """The stage's result: the child's, else computed here (never lost, never a different error)."""
        if self._pipe is not None:
            try:
                with self._pipe:
                    data = self._pipe.read()
            finally:
                self._pipe = None
                ok = _reaped(self._pid)
            if ok and data:
                return pickle.loads(data)  # our own child's bytes, down a pipe only it holds
        return self._fn(*self._args)

    def __enter__(self) -> Beside[R]:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.cancel()

    def cancel(self) -> None:
        """Stop a child whose result is no longer wanted (the derivation failed or was interrupted)."""
        if self._pipe is not None:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            self._pipe.close()
            self._pipe = None
            _reaped(self._pid)


def _reaped(pid: int) -> bool:
    """Wait for the child; whether it exited cleanly."""
    try:
        _, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return False
    return os.waitstatus_to_exitcode(status) == 0


def fork_with_pipe() -> tuple[int, int, int]:
    """``os.fork()`` with a pipe for the child to answer on: (pid, read end, write end); on ``OSError`` nothing is open.

    What is already allocated is frozen out of the collector across the fork,
    so the child's collections leave the inherited objects alone (fewer pages
    copied). Shared by every fork of the loading (these stages, and the
    parse's second half in ``briefing.workers``).
    """
    read_fd, write_fd = os.pipe()
    gc.freeze()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        raise
    finally:
        gc.unfreeze()
    return pid, read_fd, write_fd


def die_with_parent() -> None:
    """In a forked child: on Linux, it is killed with its parent (the reader's loading process, stopped on quit)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass

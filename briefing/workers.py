"""Running a pure function over many items on every core, in order.

Reading and segmenting a thousand articles is CPU-bound Python; a forked
child takes the items from the back while this process takes them from the
front (two cores: the machine this is measured on). Forking is cheap (the
parent's imports are inherited) and the results come back in input order, so
the output never depends on scheduling. Small jobs stay in-process: forking
and shipping results back costs more than it saves there.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import struct
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from briefing.derive.beside import die_with_parent, fork_with_pipe

T = TypeVar("T")
R = TypeVar("R")

#: Below this much work (items, bytes) a pool costs more than it saves (measured on 2 cores).
MIN_ITEMS = 16
MIN_BYTES = 1024 * 1024


def cpu_count() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def pays(items: int, size: int) -> bool:
    """Whether a pool is worth starting for this many items of this total size."""
    return cpu_count() > 1 and items >= MIN_ITEMS and size >= MIN_BYTES and _can_fork()


def _can_fork() -> bool:
    return hasattr(os, "fork")


def map_ordered(
    fn: Callable[[T], R], items: Sequence[T], parallel: bool, shipped: Callable[[T], R] | None = None
) -> Iterator[R]:
    """``fn`` over ``items`` in order; with a forked helper when ``parallel``.

    ``shipped`` is ``fn`` as the child runs it, when another form of its
    result is quicker to pickle (the caller takes either form); results
    computed here are ``fn``'s, never packed and unpacked for nothing.

    This process works from the front and one forked child from the back
    until they meet (see :class:`_FromTheBack`): on two cores that halves
    the time with no pool to start (a ``ProcessPoolExecutor`` of two cost
    ~35 ms to start and stop, and a third process shipping every result),
    and on a busy machine, where the child gets little time, this process
    simply does more. If the child cannot start or dies, or ``fn`` raises in
    it, the items it has not sent run here, so the result (and any error)
    is the same either way.
    """
    if not (parallel and len(items) > 1):
        for item in items:
            yield fn(item)
        return
    back = _FromTheBack.start(shipped or fn, items)
    try:
        done = 0
        while done < back.low:
            back.receive()
            if done < back.low:
                yield fn(items[done])
                done += 1
        back.stop()
        for i in range(done, len(items)):
            yield back.results.pop(i) if i in back.results else fn(items[i])
    finally:
        back.stop()


_FRAME = struct.Struct("<II")  # item index, length of its pickled result


class _FromTheBack:
    """A forked child computing ``fn`` over ``items`` from the last one down, each result sent as it is done.

    ``low`` is the lowest index received so far (``len(items)`` before any):
    results below it are this process's to compute. Reading never blocks.
    """

    def __init__(self, size: int) -> None:
        self.low = size
        self.results: dict[int, object] = {}
        self._pid = 0
        self._fd = -1
        self._buffer = bytearray()

    @classmethod
    def start(cls, fn: Callable[[T], R], items: Sequence[T]) -> _FromTheBack:
        back = cls(len(items))
        try:
            pid, read_fd, write_fd = fork_with_pipe()
        except OSError:
            return back
        if pid == 0:  # the child
            os.close(read_fd)
            _send_from_the_back(fn, items, write_fd)
        os.close(write_fd)
        os.set_blocking(read_fd, False)
        back._pid, back._fd = pid, read_fd
        return back

    def receive(self) -> None:
        """Take whatever the child has sent so far; at its end (done, or dead) stop listening."""
        while self._fd >= 0:
            try:
                chunk = os.read(self._fd, 1 << 20)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                self.stop()
                break
            self._buffer += chunk
        while len(self._buffer) >= _FRAME.size:
            index, length = _FRAME.unpack_from(self._buffer)
            if len(self._buffer) < _FRAME.size + length:
                break
            data = bytes(self._buffer[_FRAME.size : _FRAME.size + length])
            del self._buffer[: _FRAME.size + length]
            self.results[index] = pickle.loads(data)  # our own child's bytes, down a pipe only it holds
            self.low = index

    def stop(self) -> None:
        """End the child (its work is done or no longer wanted) and reap it."""
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self._pid:
            with contextlib.suppress(OSError):
                os.kill(self._pid, signal.SIGKILL)
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
            self._pid = 0


def _send_from_the_back(fn: Callable[[T], R], items: Sequence[T], write_fd: int) -> None:
    """The child's work: results from the last item down, until done or killed; it never returns."""
    code = 1
    try:
        die_with_parent()
        for i in range(len(items) - 1, -1, -1):
            data = pickle.dumps(fn(items[i]), protocol=pickle.HIGHEST_PROTOCOL)
            frame = memoryview(_FRAME.pack(i, len(data)) + data)
            while frame:  # a write cut short (by the parse's alarm, say) goes on where it stopped
                frame = frame[os.write(write_fd, frame) :]
        code = 0
    finally:
        os._exit(code)  # nothing of the parent's runs here (exit handlers, buffers)

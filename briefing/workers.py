"""Running a pure function over many items on every core, in order.

Reading and segmenting a thousand articles is CPU-bound Python; a pool of
forked processes spreads it over the cores. Forking is cheap (the parent's
imports are inherited) and the results come back in input order, so the
output never depends on scheduling. Small jobs stay in-process: starting
workers and shipping results back costs more than it saves there.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from types import ModuleType
from typing import TypeVar

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
    return "fork" in _multiprocessing().get_all_start_methods()


def _multiprocessing() -> ModuleType:
    """multiprocessing, imported when a pool may start: with concurrent.futures it pulls in sockets, pickle,
    tempfile and subprocess (~20 ms), which the reader's loading process pays before the first paint of a
    small folder that never uses a pool."""
    import multiprocessing

    return multiprocessing


def map_ordered(fn: Callable[[T], R], items: Sequence[T], parallel: bool) -> Iterator[R]:
    """``fn`` over ``items`` in order; on forked workers when ``parallel``.

    If the pool cannot start or breaks (a worker killed, say), the items
    not yet done run in this process, so the result is the same either way.
    """
    done = 0
    if parallel:
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        multiprocessing = _multiprocessing()
        workers = min(cpu_count(), 8)
        chunk = max(1, min(32, len(items) // (workers * 8)))
        try:
            with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
                for result in pool.map(fn, items, chunksize=chunk):
                    yield result
                    done += 1
        except (BrokenProcessPool, OSError):
            pass
    for item in items[done:]:
        yield fn(item)

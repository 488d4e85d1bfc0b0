"""Per-article stages on several cores: a fork pool whose ``map`` keeps input order (deterministic).

Off by default (``BRIEFING_WORKERS`` unset or 1): on this 2-core machine the
pool's gain was not reliable (3.9 s vs 4.6 s for 1,000 articles in one idle
benchmark, slower in others and whenever the machine was busy: copy-on-write
of a large heap, pickled results). ``BRIEFING_WORKERS=2`` turns it on, never
in a threaded process; tests/benchmarks/bench_derive.py prints both.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: Below this many items the pool's start-up (~20-50 ms) costs more than it saves.
MIN_ITEMS = 64


def fork_map(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[fn(x) for x in items]``, spread over a fork pool when it pays and fork exists.

    ``fn`` must be a module-level function; forked workers inherit module state,
    so tables loaded before the call are not loaded again.
    """
    workers = min(os.cpu_count() or 1, int(os.environ.get("BRIEFING_WORKERS", "1") or 1))
    if (
        len(items) < MIN_ITEMS
        or workers < 2
        or "fork" not in multiprocessing.get_all_start_methods()
        or threading.active_count() > 1  # forking a threaded process (the reader) risks deadlocks
    ):
        return [fn(x) for x in items]
    global _JOB
    _JOB = (fn, items)  # inherited by the forked workers: the items are never pickled, only results
    try:
        ctx = multiprocessing.get_context("fork")
        with ctx.Pool(workers) as pool:
            return pool.map(_run, range(len(items)), chunksize=max(1, len(items) // (workers * 4)))
    finally:
        _JOB = None


_JOB: tuple[Callable, Sequence] | None = None


def _run(i: int) -> object:
    assert _JOB is not None
    fn, items = _JOB
    return fn(items[i])

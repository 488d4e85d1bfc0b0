"""Memoisation that lasts one derivation: nothing computed twice in it, nothing kept after it.

Stages read the same sentences and words again and again (mentions,
lexicon look-ups, spelling keys), so those functions are memoised. A
global LRU of fixed size overflows on a large folder (a 65,536-entry cache
of sentence parses holds 1,300 articles' sentences; past that every stage
parses every sentence again, which made derivation grow faster than the
folder). Within :func:`run` (which ``derive`` opens), a :func:`per_run`
function keeps every result in a plain dict, bounded only by the folder
itself, and drops them all when the derivation ends; outside one (tests,
search folding a query) it is the LRU it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, update_wrapper
from typing import Any, Generic, TypeVar

R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_memos: list[_Memo[Any]] = []
#: Separates positional from keyword arguments in a key.
_KEYWORDS = object()


class _Memo(Generic[R]):
    """A function memoised per run (a dict), else by an LRU of ``maxsize``."""

    def __init__(self, fn: Callable[..., R], maxsize: int) -> None:
        self.fn = fn
        self.lru = lru_cache(maxsize=maxsize)(fn)
        self.table: dict[tuple[Any, ...], R] | None = None
        update_wrapper(self, fn)

    def __call__(self, *args: Any, **kwargs: Any) -> R:
        table = self.table
        if table is None:
            return self.lru(*args, **kwargs)
        key = (*args, _KEYWORDS, *sorted(kwargs.items())) if kwargs else args
        try:
            return table[key]
        except KeyError:
            value = table[key] = self.fn(*args, **kwargs)
            return value

    def cache_clear(self) -> None:
        self.lru.cache_clear()
        if self.table is not None:
            self.table.clear()


def per_run(maxsize: int = 1 << 16) -> Callable[[Callable[..., R]], _Memo[R]]:
    """Memoise a pure function of hashable arguments for the length of a derivation (see the module docstring)."""

    def decorate(fn: Callable[..., R]) -> _Memo[R]:
        memo = _Memo(fn, maxsize)
        _memos.append(memo)
        return memo

    return decorate


@contextmanager
def run() -> Iterator[None]:
    """One derivation: every :func:`per_run` function remembers all it computes until the outermost run ends."""
    global _depth
    with _lock:
        if _depth == 0:
            for memo in _memos:
                memo.table = {}
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for memo in _memos:
                    memo.table = None

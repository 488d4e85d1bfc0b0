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

import gc
import inspect
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache, update_wrapper
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from briefing.model import Source

R = TypeVar("R")

_lock = threading.Lock()
_depth = 0
_memos: list[_Memo[Any]] = []
#: The collector's thresholds when the outermost run began, restored when it ends.
_thresholds: tuple[int, int, int] | None = None
#: The third threshold during a run: full collections put off (see :func:`run`).
FULL_COLLECTION_DELAY = 1000
#: Separates positional from keyword arguments in a key.
_KEYWORDS = object()


class _Memo(Generic[R]):
    """A function memoised per run (a dict), else by an LRU of ``maxsize``."""

    def __init__(self, fn: Callable[..., R], maxsize: int) -> None:
        self.fn = fn
        self.lru = lru_cache(maxsize=maxsize)(fn)
        self.table: dict[Any, R] | None = None
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

    def prime(self, key: Any, value: R) -> None:
        """Take ``value`` as the answer for ``key`` (the one argument, or the tuple of all) in this run.

        For an answer known without calling: one a stage kept from the last derivation (see
        :mod:`briefing.derive.by_article`), which other stages then need not compute. Outside a run,
        nothing: an LRU is not primed. An answer already there stays.
        """
        if self.table is not None:
            self.table.setdefault(key, value)

    def cache_clear(self) -> None:
        self.lru.cache_clear()
        if self.table is not None:
            self.table.clear()


#: The wrapper :func:`per_run` gives a function of plain parameters: the function's own signature,
#: so a call binds its arguments as the function would (no ``*args`` tuple, no ``**kwargs`` dict) and
#: the key is the one argument itself or the tuple of all. Memoised functions are called millions of
#: times a derivation, and calling an object's ``__call__`` with ``*args, **kwargs`` cost more than
#: most of the functions it saved.
_WRAPPER = """
def wrapper({params}):
    _memo_table = _memo_.table
    if _memo_table is None:
        return _memo_lru({args})
    try:
        return _memo_table[{key}]
    except KeyError:
        _memo_value = _memo_table[{key}] = _memo_fn({args})
        return _memo_value
"""


def _fast(memo: _Memo[R]) -> Callable[..., R] | None:
    """A plain function doing what ``memo.__call__`` does, for a function of plain parameters (None
    for any other: ``*args``, ``**kwargs``, keyword-only or positional-only parameters)."""
    params = list(inspect.signature(memo.fn).parameters.values())
    plain = inspect.Parameter.POSITIONAL_OR_KEYWORD
    if not params or any(p.kind is not plain or p.name.startswith("_memo") for p in params):
        return None
    namespace: dict[str, Any] = {"_memo_": memo, "_memo_lru": memo.lru, "_memo_fn": memo.fn}
    signature: list[str] = []
    for i, p in enumerate(params):
        if p.default is p.empty:
            signature.append(p.name)
        else:
            namespace[f"_memo_default{i}"] = p.default
            signature.append(f"{p.name}=_memo_default{i}")
    args = ", ".join(p.name for p in params)
    key = args if len(params) == 1 else f"({args})"
    source = _WRAPPER.format(params=", ".join(signature), args=args, key=key)
    # named for the function it wraps, so a profile tells the wrappers apart (all were "<string>")
    exec(compile(source, f"<per_run {memo.fn.__module__}.{memo.fn.__qualname__}>", "exec"), namespace)
    wrapper = namespace["wrapper"]
    update_wrapper(wrapper, memo.fn)
    wrapper.cache_clear = memo.cache_clear
    wrapper.prime = memo.prime
    return wrapper


def per_run(maxsize: int = 1 << 16) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Memoise a pure function of hashable arguments for the length of a derivation (see the module docstring)."""

    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        memo = _Memo(fn, maxsize)
        with _lock:
            _memos.append(memo)
            if _depth:  # defined while a run is open (a stage imported on first use): it joins that run
                memo.table = {}
        return _fast(memo) or memo

    return decorate


def prime(fn: Callable[..., R], key: Any, value: R) -> None:
    """Give a :func:`per_run` function's answer for ``key`` in this run (see :meth:`_Memo.prime`)."""
    fn.prime(key, value)  # type: ignore[attr-defined]


@contextmanager
def run() -> Iterator[None]:
    """One derivation: every :func:`per_run` function remembers all it computes until the outermost run ends.

    Meanwhile the memo tables hold millions of objects the cyclic collector tracks, all kept until the
    run ends: a full collection traverses every one of them and frees none (ten full collections took
    ~1 s of a 12 s derivation of 1,000 articles). So a run puts full collections off; the young
    generations are collected as before, which frees the few cycles a derivation leaves, and the
    thresholds are restored when the outermost run ends.
    """
    global _depth, _thresholds
    with _lock:
        if _depth == 0:
            for memo in _memos:
                memo.table = {}
            _thresholds = gc.get_threshold()
            young, middle, full = _thresholds
            gc.set_threshold(young, middle, max(full, FULL_COLLECTION_DELAY))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for memo in _memos:
                    memo.table = None
                if _thresholds is not None:
                    gc.set_threshold(*_thresholds)
                    _thresholds = None


def sources_key(sources: list[Source]) -> tuple[tuple[str, str | None, str, str], ...]:
    """What a memo of "the last sources asked about" is keyed by: each source's id, outlet, title and text.

    The texts themselves, not their lengths: an article edited in place to the same length (a
    misspelt name put right, as the reader sees when it watches a folder) is other sources. Comparing
    costs little: a repeated ask passes the very same strings, whose hashes are kept and which compare
    equal by identity.
    """
    return tuple((src.id, src.outlet, src.title, src.text) for src in sources)

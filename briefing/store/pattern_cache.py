"""Where the rules' compiled patterns are kept between runs (see :mod:`briefing.patterns` for why).

One cache entry per Python build (version, regular-expression engine,
machine) and version of the code that rewrites patterns: the engine's code
of one build means nothing to another. The entry is read
the first time a rule's pattern is compiled, not before, so a command that
never reaches the rules never reads it, and written at the end of a run that
compiled a pattern the entry lacked. It lives in the cache, under the cache's
rules: a private folder, files trusted only when the user's own and written
by nobody else, written atomically, trimmed with the rest. An entry refused
or damaged is dropped without a word and the patterns compiled as written:
it costs the run time, never its output.
"""

from __future__ import annotations

import os
import sys
from functools import cache

from briefing import patterns
from briefing.store.cache import Cache, patterns_key
from briefing.store.kinds import PATTERNS

#: A table holding more patterns than this is not written (the rules have some 600: a bound in case patterns
#: built from article text ever came through :func:`briefing.patterns.compile`).
MAX_PATTERNS = 4096
#: Set to 0 to compile every pattern afresh (no entry read or written).
ENV = "BRIEFING_PATTERN_CACHE"

#: The cache the table is read from and written to, while a run compiles through it.
_cache: Cache | None = None


@cache  # asked when the entry is read and again when it is written
def build() -> str:
    """The Python build whose engine code an entry holds (the code is machine words: the machine counts too)."""
    try:
        import _sre

        engine = f"{_sre.MAGIC}/{_sre.CODESIZE}"
    except ImportError:  # pragma: no cover - no engine code to keep
        engine = "none"
    machine = os.uname().machine if hasattr(os, "uname") else "?"
    return f"{sys.implementation.name} {sys.version} {engine} {machine} {sys.byteorder}"


def enable(cache: Cache | None = None) -> None:
    """Compile the rules' patterns through the cached table, read when the first pattern is compiled."""
    global _cache
    if os.environ.get(ENV, "1") == "0":
        return
    _cache = cache or Cache.open(True)
    patterns.load_with(_load)


def _load() -> patterns.Table:
    entry = _cache.get(PATTERNS, patterns_key(build())) if _cache is not None else None
    if entry is None or entry.build != build():
        return patterns.Table()
    return patterns.Table(dict(entry.compiled), dict(entry.rewritten))


def finish() -> None:
    """The run's end: the table saved (:func:`save`), and patterns compiled as ``re`` does from here on."""
    global _cache
    try:
        save()
    finally:
        patterns.detach()
        _cache = None


def save() -> None:
    """Write the table back if this run compiled a pattern it lacked (called where a run's work ends)."""
    cache, table = _cache, patterns.table()
    if cache is None or table is None or not table.added:
        return
    if len(table.compiled) + len(table.rewritten) > MAX_PATTERNS:
        return  # not the rules' fixed patterns alone: rather none kept than an entry that grows
    from briefing.store.codec import CachedPatterns

    try:
        cache.put(PATTERNS, patterns_key(build()), CachedPatterns(build(), table.compiled, table.rewritten))
        cache.trim()
    except Exception:  # a cache the run could not write costs the next run time, never this run's answer
        return

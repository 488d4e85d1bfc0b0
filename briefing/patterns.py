"""The rules' regular expressions, compiled once per Python build rather than once per run.

The derivation's rules are some 600 regular expressions, many of them long
lists of cue words, and Python compiles a pattern in Python code: on a folder
of ten articles that is over half of ``briefing derive``. :func:`compile` is
``re.compile`` for the rules' fixed patterns (never for patterns built from
article text): it keeps what the compiler produced (the engine's code, in
machine words, and the pattern's groups) in a table, and when the table already
holds a pattern, hands that code to the engine instead of compiling it again,
the way Python keeps a module's bytecode in ``__pycache__``.

The table is filled and saved by :mod:`briefing.store.pattern_cache`, which
keys its file by the Python build (the engine's code differs between
versions) and by this module's and ``quick_re``'s code (a kept rewrite is
that code's output). Without a table (:func:`load_with` not called: a library user, a test)
this is ``re.compile``. The engine validates code it is given (CPython's
``_sre.compile`` rejects malformed code), and any failure, a private API
that changed included, falls back to compiling: the pattern is always the
one written, only sooner.
"""

from __future__ import annotations

import re
import sys
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

try:  # the compiler behind ``re``: parse, then code for the engine (CPython 3.11+; other Pythons compile as usual)
    if sys.implementation.name != "cpython":
        raise ImportError("another engine")
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - not CPython
    _sre = _compiler = _parser = None  # type: ignore[assignment]

#: One compiled pattern: its flags as compiled (inline ones added), the engine's code (machine words, as
#: bytes: read in well under a millisecond, where a list of numbers took several), its number of groups,
#: its group names and each group's name (None for an unnamed one).
Entry = tuple[int, bytes, int, dict[str, int], list[str | None]]
#: The array type of the engine's code words.
_WORD = next((t for t in "IL" if _sre is not None and array(t).itemsize == _sre.CODESIZE), "I")


@dataclass
class Table:
    """Compiled patterns by flags and source; and what a rewrite (:func:`rewritten`) made of a pattern."""

    compiled: dict[str, Entry] = field(default_factory=dict)
    rewritten: dict[str, str] = field(default_factory=dict)
    #: What this run added to either (the table is worth saving when anything was).
    added: int = 0


_table: Table | None = None
_loader: Callable[[], Table] | None = None


def load_with(loader: Callable[[], Table]) -> None:
    """Compile through the table ``loader`` gives (the cache's), called when the first pattern is compiled."""
    global _table, _loader
    _table, _loader = None, loader


def detach() -> None:
    """Compile as ``re`` does again (a run's end: a test runner goes on in the same process)."""
    global _table, _loader
    _table = _loader = None


def table() -> Table | None:
    """The table in use (what was read and what this run added), or None."""
    return _table


def _table_in_use() -> Table | None:
    global _table, _loader
    if _table is None and _loader is not None:
        loader, _loader = _loader, None
        try:
            _table = loader()
        except Exception:  # no table read: every pattern compiles as usual, and is kept
            _table = Table()
    return _table


def compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` for a fixed pattern of the rules, from the table when it holds it."""
    flags = int(flags)
    table = _table_in_use()
    if table is None or _sre is None or not isinstance(pattern, str) or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = f"{flags}:{pattern}"
    entry = table.compiled.get(key)
    if entry is not None:
        built = _from_entry(pattern, entry)
        if built is not None:
            return built
        del table.compiled[key]  # stale or damaged: compiled again below
    return _compile_new(pattern, flags, key, table)


def rewritten(pattern: str, flags: int, rewrite: Callable[[str, int], str | None], name: str) -> str | None:
    """``rewrite(pattern, flags)``, kept in the table under ``name`` (a rewrite that parses the pattern costs
    as much as compiling it: :func:`briefing.derive.quick_re.quick_compile`'s look-ahead)."""
    table = _table_in_use()
    if table is None:
        return rewrite(pattern, flags)
    key = f"{name}:{int(flags)}:{pattern}"
    done = table.rewritten.get(key)
    if done is None:
        done = table.rewritten[key] = rewrite(pattern, flags) or ""
        table.added += 1
    return done or None


def _from_entry(pattern: str, entry: Entry) -> re.Pattern[str] | None:
    try:
        final, code, groups, groupindex, indexgroup = entry
        return _sre.compile(pattern, final, array(_WORD, code).tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # the engine refused the code: compiled as usual instead
        return None


def _compile_new(pattern: str, flags: int, key: str, table: Table) -> re.Pattern[str]:
    """Compile as ``re`` does (its own steps, :func:`re._compiler.compile`), keeping the result in the table."""
    try:
        parsed: Any = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for group_name, i in groupindex.items():
            indexgroup[i] = group_name
        entry: Entry = (
            flags | parsed.state.flags,
            array(_WORD, code).tobytes(),
            parsed.state.groups - 1,
            groupindex,
            indexgroup,
        )
        built = _from_entry(pattern, entry)
    except Exception:  # a changed private API, or a pattern re itself must report
        built = None
    if built is None:
        return re.compile(pattern, flags)
    table.compiled[key] = entry
    table.added += 1
    return built

"""Word-cue patterns that skip quickly over the positions where they cannot start.

Most rule patterns here are an alternation of cues, each opening on a word
boundary (``\\b(?:agreed|signed|...)|\\bno\\s+deal...``). Python's engine
tries such a pattern at every position of a sentence and walks every branch
there, so a long cue list costs tens of microseconds per sentence, over
every sentence of every article. :func:`quick` puts, after the opening
``\\b``, a look-ahead for the letters a cue can begin with: the engine then
leaves most positions at once (2-3x faster on news prose). The match is the
same in every case (same spans, same groups): the look-ahead only states
what the pattern needs anyway, under the same flags, so it folds case the
same way. A pattern whose first letters cannot be read off (a class like
``\\w``, a local flag, an empty match) is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from briefing import patterns

try:  # the parser behind ``re`` (``sre_parse`` before 3.11's rename)
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Pythons: patterns stay as written
    _c = _p = None  # type: ignore[assignment]

#: Sets of first characters: code points and (low, high) ranges.
_Firsts = set[Any]


def quick(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for its first letters after its opening ``\\b`` (see the module)."""
    if not isinstance(pattern.pattern, str):
        return pattern
    return _compiled(_quicker(pattern.pattern, pattern.flags), pattern.flags) or pattern


def _compiled(faster: str | None, flags: int) -> re.Pattern[str] | None:
    """The pattern with the look-ahead compiled; None when there is none or it does not compile (an inline
    global flag, say, which must open the whole pattern)."""
    if faster is None:
        return None
    try:
        return patterns.compile(faster, flags)
    except (re.error, RecursionError):  # pragma: no cover - stays as written
        return None


def _quicker(pattern: str, flags: int) -> str | None:
    """The source of ``pattern`` with the look-ahead, or None when it is to stay as written."""
    if _p is None or flags & re.VERBOSE:
        return None
    try:
        parsed = _p.parse(pattern, flags)
        if parsed.state.flags & ~(re.IGNORECASE | re.UNICODE | re.MULTILINE | re.DOTALL):  # flags not reasoned about
            return None
        if not _opens_on_boundary(list(parsed)):
            return None
        found = _firsts(list(parsed))
        if found is None or found[1]:
            return None
        return rf"\b(?=[{_char_class(found[0])}])(?:{pattern})"
    except (re.error, TypeError, ValueError, AttributeError, RecursionError):  # pragma: no cover - stays as written
        return None


def _opens_on_boundary(seq: list[Any]) -> bool:
    """Whether every way through the pattern begins with ``\\b`` (so one more in front changes nothing)."""
    if not seq:
        return False
    op, av = seq[0]
    if op is _c.AT:
        return av is _c.AT_BOUNDARY
    if op is _c.BRANCH:
        return all(_opens_on_boundary(list(b)) for b in av[1])
    if op is _c.SUBPATTERN:
        return _opens_on_boundary(list(av[3]))
    return False


def _firsts(seq: list[Any]) -> tuple[_Firsts, bool] | None:
    """The characters a match of ``seq`` can begin with, and whether it can be empty; None when unknown."""
    out: _Firsts = set()
    for op, av in seq:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # zero width: what follows is what begins
            continue
        if op is _c.LITERAL:
            out.add(av)
            return out, False
        if op is _c.IN:
            items = _class_items(av)
            if items is None:
                return None
            return out | items, False
        inner = _inner(op, av)
        if inner is None:
            return None
        parts, skippable = inner
        may_be_empty = skippable
        for part in parts:
            found = _firsts(part)
            if found is None:
                return None
            out |= found[0]
            may_be_empty = may_be_empty or found[1]
        if not may_be_empty:
            return out, False
    return out, True


def _inner(op: Any, av: Any) -> tuple[list[list[Any]], bool] | None:
    """The parts inside a branch, a group or a repeat (any one may come first), and whether the whole may
    be skipped (a repeat of at least none); None when unknown."""
    if op is _c.BRANCH:
        return [list(b) for b in av[1]], False
    if op is _c.SUBPATTERN:
        # a local flag may only take away (``(?-i:may)`` matches less than the look-ahead allows)
        return None if av[1] else ([list(av[3])], False)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        return [list(av[2])], av[0] == 0
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return [list(av)], False
    return None


def _class_items(items: list[Any]) -> _Firsts | None:
    out: _Firsts = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(av)
        elif op is _c.RANGE:
            out.add(tuple(av))
        else:  # NEGATE, CATEGORY (\w, \s ...): too wide to be worth a look-ahead
            return None
    return out


def _char_class(found: _Firsts) -> str:
    parts = []
    for item in sorted(found, key=lambda x: x if isinstance(x, tuple) else (x, x)):
        if isinstance(item, tuple):
            parts.append(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
        else:
            parts.append(re.escape(chr(item)))
    return "".join(parts)


def quick_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with the look-ahead :func:`quick` adds: for a module's cue list, in place of
    ``re.compile``. Compiled once, not plain and then again (compiling the cue lists is most of a small folder's
    derivation)."""
    faster = patterns.rewritten(pattern, int(flags) | re.UNICODE, _quicker, "quick")
    return _compiled(faster, int(flags)) or patterns.compile(pattern, flags)


#: A word as the ``\b`` of a pattern bounds it: a maximal run of word characters.
_WORD_RUN = patterns.compile(r"\w+")


def words_of(text: str) -> set[str]:
    """The words of ``text`` as written: a pattern needing a whole word (one that ``\\b`` or a space bounds
    on both sides, as the cue words of most patterns here) cannot match a text whose words lack it, so
    one set test can stand before several patterns."""
    return set(_WORD_RUN.findall(text))


def first_words(alternatives: Iterable[str]) -> frozenset[str]:
    """The first word (run of word characters) of each alternative: what a text must hold, as a whole
    word, for a pattern opening on one of them after ``\\b`` or a space to match."""
    out = set()
    for alternative in alternatives:
        m = _WORD_RUN.match(alternative)
        if m is None:
            raise ValueError(f"an alternative that opens on no word: {alternative!r}")
        out.add(m.group())
    return frozenset(out)


def folds_plainly(text: str) -> bool:
    """Whether ``text.lower()`` holds every ASCII word that a case-blind pattern can match in ``text``: false
    for the only non-ASCII letters that ``re.IGNORECASE`` matches with an ASCII one while ``str.lower`` does
    not turn them into it (dotted and dotless i, long s, the Kelvin sign: "ſ" matches "s")."""
    return "\u0130" not in text and "\u0131" not in text and "\u017f" not in text and "\u212a" not in text


def opening(words: Iterable[str]) -> str:
    """A look-ahead for the first characters of ``words``, to stand before an alternation of them (after a
    look-behind, where :func:`quick` cannot put it): the engine then leaves at once the positions where no
    word can start. Compiled with the alternation's own flags, it folds case as the alternation does."""
    firsts = sorted({w[0] for w in words if w})
    return f"(?=[{''.join(re.escape(c) for c in firsts)}])" if firsts else ""


def whole_phrases(phrases: Sequence[str], tail: str = "") -> re.Pattern[str]:
    """Any of ``phrases`` (tried in the order given, case counting) standing alone: neither a word character
    nor a hyphen just before or after it (``tail``, a pattern, may stand between the phrase and what follows).

    The pattern opens on a set of literal characters, each phrase's first in front of its look-behind
    (``A(?<![\\w-]A)(?:lpha|…)|B(?<![\\w-]B)(?:eta|…)``), which ``re`` finds with a scan in C before it
    tries anything: about twice as fast on news prose as ``(?<![\\w-])(?=[AB…])(?:Alpha|Beta|…)``, with the
    same matches (phrases of different first characters never match at one position, case counting).
    Case-sensitive only: under ``re.IGNORECASE`` the engine has no literal characters to scan for, and the
    grouped form is slower than the plain one.
    """
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    branches = (
        f"{re.escape(c)}(?<![\\w-]{re.escape(c)})(?:{'|'.join(re.escape(r) for r in rests)})"
        for c, rests in groups.items()
    )
    return re.compile(f"(?:{'|'.join(branches)}){tail}(?![\\w-])")


def trie(keys: dict[str, bool]) -> str:
    """An alternation of ``keys`` as a trie ("Ni(?:caragua|ger)"; letters ending a key in one class), which
    the engine tries in one pass rather than key after key; a key marked True must end its word's letters
    (no letter a-z after it). A key that goes on another unmarked one ("Nigeria" after "Niger") is found
    where that one is: the trie finds where any key is written, not which."""
    if keys.get("") is False:
        return ""  # an unmarked key ends here: whatever goes on from it is found where it is
    children: dict[str, dict[str, bool]] = {}
    ends = False
    for key, whole in keys.items():
        if key:
            children.setdefault(key[0], {})[key[1:]] = whole
        else:
            ends = whole
    leaves = sorted(c for c, rest in children.items() if rest == {"": False})
    branches = [re.escape(c) + trie(rest) for c, rest in sorted(children.items()) if c not in leaves]
    if leaves:
        escaped = [re.escape(c) for c in leaves]
        branches.append(f"[{''.join(escaped)}]" if len(leaves) > 1 else escaped[0])
    if "" in keys:
        if not branches:
            return "(?![a-z])" if ends else ""
        if ends and leaves == list("abcdefghijklmnopqrstuvwxyz") and len(branches) == 1:
            return "[a-z]?"  # the word ends here or goes on by any one letter
        branches.append("(?![a-z])" if ends else "")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

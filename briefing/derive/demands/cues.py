"""Finding cues in a line: which families of :mod:`.cue_families` may match, and their matches.

A family's pattern is only run on a line holding one of its hint words (a
dictionary probe per word of the line); where two cues overlap, the family
listed first wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.demands.cue_families import AUX_BEFORE, DEMAND_NOUNS, FAMILIES, Family
from briefing.derive.memo import per_run
from briefing.derive.quick_re import folds_plainly, trie


@dataclass(frozen=True, slots=True)
class Cue:
    """One cue found in a line of text."""

    family: Family
    start: int
    end: int
    owner: str | None = None  # the possessor phrase, for nominal families
    noun: str | None = None

    @property
    def stance(self) -> str:
        if self.family.rule == "possessor" and self.noun:
            return DEMAND_NOUNS.get(self.noun.lower(), "demand")
        return self.family.stance


_NEGATION = ("not", "never", "n't", "n’t", "cannot")
_NOUNS = tuple(sorted({n.rstrip("s") for n in DEMAND_NOUNS}))
#: Substrings without which a family cannot match a line (lower case): a cheap test before its pattern.
HINTS: dict[str, tuple[str, ...]] = {
    "noun-is": _NOUNS,
    "noun-of": _NOUNS,
    "noun-that": _NOUNS,
    "open-if": ("open", "ready", "willing", "prepared"),
    "accept-if": ("accept", "agree", "sign", "consider", "support", "discuss", "take part"),
    "conditions-on": ("condition",),
    "without": _NEGATION,
    "no-without": ("no ",),
    "no-one-will": ("no ",),
    "no-deal-that": ("no ",),
    "accept-no": ("no ",),
    "only-if": ("only", "condition", "provided"),
    "reject": ("reject", "oppos", "dismiss", "resist", "veto", "rul", "turn", "balk", "object", "interest", "against"),
    "refuse": ("refus", "declin"),
    "refuse-np": ("refus",),
    "will-not": _NEGATION,
    "urge": ("urg", "press", "push", "ask", "invit", "implor", "encourag", "call", "appeal", "told", "tell"),
    "press-on": ("press", "push", "lean"),
    "ask-np": ("ask",),
    "call-for": (" for",),
    "insist": ("insist",),
    "demand": ("demand", "want", "request", "requir", "seek", "sought", "pushing", "pressing", "holding", "angling"),
    "want-to": ("want", "seek", "sought"),
    "made-clear": ("clear", "warn", "stress", "maintain", "argu", "emphasi", "reiterat", "underlin", "repeat"),
    "hinges-on": ("hing",),
    "red-line": ("red line", "negotiable"),
    "called-red-line": ("red line",),
    "raise": ("possibility", "idea", "prospect", "option"),
    "offer": ("offer", "propos", "suggest", "float", "put"),
    "offer-to": ("offer", "propos", "ready", "willing", "prepared", "open", "agreed in principle"),
}
#: Further strings (lower case) that every match of a family holds, beyond the first word of one of its
#: hints (a hint's words may stand apart, "red  line"): each string is one more test, passed when the line
#: holds any of its words. Read off each pattern's required parts: "made clear that …" needs "that" and a
#: word of necessity; "rules out" needs "rul" and "out" (a key of "ruling" alone lets "ruling party" in).
MORE_NEEDS: dict[str, tuple[str, ...]] = {
    "open-if": ("if once after provided condition long exchange return",),
    "accept-if": ("only provided condition long unless",),
    "without": ("without unless until absent before while long",),
    "no-without": ("without unless until absent while",),
    "no-deal-that": ("that which",),
    "accept-no": ("that which",),
    "no-one-will": ("will would shall can could going",),
    "reject": ("reject oppos dismiss resist veto out down balk object interest against",),
    "call-for": ("call push press lobby ask appeal plead argu hold renew",),
    "made-clear": (
        "that",
        "must can should has have need would will won only never impossible unacceptable negotiable without unless "
        "until absent",
    ),
    "red-line": ("line negotiable",),
    "called-red-line": ("line",),
    "raise": ("rais floated broached",),
}
#: Per family: the tests of :data:`MORE_NEEDS`, after one for the first words of its hints, each a pattern
#: of its strings (one search in C, where a loop of ``in`` tests cost as much as the families' own patterns).
_NEEDS = {
    name: tuple(
        patterns.compile("|".join(re.escape(s) for s in test))
        for test in (tuple(dict.fromkeys(h.split()[0] for h in hints)), *(t.split() for t in MORE_NEEDS.get(name, ())))
    )
    for name, hints in HINTS.items()
}
_RANK = {family.name: rank for rank, family in enumerate(FAMILIES)}


def _hint_key(hint: str) -> str:
    """The word beginning a hint is looked up by: its first four letters (three for a short stem)."""
    word = re.sub(r"[^a-z].*$", "", hint.strip())
    return word[:4]


#: Families (by rank) by the beginning of a word that may trigger them: one dictionary probe per word of a line.
_BY_KEY: dict[str, set[int]] = {}
for _name, _hints in HINTS.items():
    for _h in _hints:
        if _h not in ("n't", "n’t"):
            _BY_KEY.setdefault(_hint_key(_h), set()).add(_RANK[_name])
_APOSTROPHE_NEGATION = sum(1 << _RANK[name] for name, hints in HINTS.items() if "n't" in hints)


_SHORT = frozenset(k for k in _BY_KEY if len(k) < 4)


def _by_beginning() -> dict[str, int]:
    """Families by a word's first four letters (all of a shorter word): its own key's and, after a key of
    three letters, that key's ("puts" -> "put"), so that one probe per word tells them all. Each entry is a
    set of ranks as the bits of an int: a line's words are or-ed together in C, with no set built per word."""
    table = {key: set(ranks) for key, ranks in _BY_KEY.items()}
    for key in _SHORT:
        if len(key) == 3:
            for letter in "abcdefghijklmnopqrstuvwxyz":
                table.setdefault(key + letter, set()).update(_BY_KEY[key])
    return {key: sum(1 << rank for rank in ranks) for key, ranks in table.items()}


_BY_BEGINNING = _by_beginning()


#: The keys of :data:`_BY_BEGINNING` where words of a lower-cased line begin.
_BEGINNINGS = patterns.compile("(?<![a-z])" + trie({key: len(key) < 4 for key in _BY_BEGINNING}))


def _candidates(low: str) -> int:
    """The families worth trying on a (lower-cased) line, as the bits of their ranks."""
    out = 0
    for key in _BEGINNINGS.findall(low):
        out |= _BY_BEGINNING[key]
    if "n't" in low or "n’t" in low:
        out |= _APOSTROPHE_NEGATION
    return out


@per_run()  # lines share few sets of candidate families: each set is put in order once
def _families(ranks: int) -> tuple[tuple[Family, tuple[re.Pattern[str], ...]], ...]:
    """The families whose ranks are the bits of ``ranks``, in rank order, each with its tests (:data:`_NEEDS`)."""
    return tuple((f, _NEEDS[f.name]) for rank, f in enumerate(FAMILIES) if ranks >> rank & 1)


@per_run()  # a line copied across outlets is searched once
def find_cues(text: str) -> tuple[Cue, ...]:
    """Every cue in ``text``, earliest first; where two overlap, the earlier family in FAMILIES wins."""
    low = text.lower()
    ranks = _candidates(low)
    if not ranks:
        return ()
    plain = folds_plainly(text)  # else a case-blind match may hold a letter that lower() does not give
    found: list[Cue] = []
    for family, tests in _families(ranks):
        if plain:
            for test in tests:  # a loop, not all() of a generator: this runs per family and line
                if not test.search(low):
                    break
            else:
                found += _family_cues(family, text)
        else:
            found += _family_cues(family, text)
    if len(found) < 2:
        return tuple(found)  # most lines with a hint word hold no cue, and most with one hold one
    kept: list[Cue] = []
    for cue in sorted(found, key=lambda c: (_RANK[c.family.name], c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return tuple(sorted(kept, key=lambda c: c.start))


def _family_cues(family: Family, text: str) -> list[Cue]:
    """A family's cues in ``text``; a verb's cue starts at its auxiliary ("has also firmly rejected")."""
    found: list[Cue] = []
    for m in family.pattern.finditer(text):
        groups = m.groupdict()
        start = m.start()
        if family.rule != "possessor":
            aux = AUX_BEFORE.search(text, max(0, start - 60), start)
            start = aux.start() if aux else start
        found.append(Cue(family, start, m.end(), groups.get("who") or groups.get("pron"), groups.get("noun")))
    return found

"""Finding cues in a line: which families of :mod:`.cue_families` may match, and their matches.

A family's pattern is only run on a line holding one of its hint words (a
dictionary probe per word of the line); where two cues overlap, the family
listed first wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.derive.demands.cue_families import AUX_BEFORE, DEMAND_NOUNS, FAMILIES, Family
from briefing.derive.memo import per_run


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
_RANK = {family.name: rank for rank, family in enumerate(FAMILIES)}


def _hint_key(hint: str) -> str:
    """The word beginning a hint is looked up by: its first four letters (three for a short stem)."""
    word = re.sub(r"[^a-z].*$", "", hint.strip())
    return word[:4]


#: Families by the beginning of a word that may trigger them: one dictionary probe per word of a line.
_BY_KEY: dict[str, set[str]] = {}
for _name, _hints in HINTS.items():
    for _h in _hints:
        if _h not in ("n't", "n’t"):
            _BY_KEY.setdefault(_hint_key(_h), set()).add(_name)
_APOSTROPHE_NEGATION = frozenset(name for name, hints in HINTS.items() if "n't" in hints)
_LETTERS = re.compile(r"[a-z]+")


_SHORT = frozenset(k for k in _BY_KEY if len(k) < 4)


def _by_beginning() -> dict[str, frozenset[str]]:
    """Families by a word's first four letters (all of a shorter word): its own key's and, after a key of
    three letters, that key's ("puts" -> "put"), so that one probe per word tells them all."""
    table = {key: set(names) for key, names in _BY_KEY.items()}
    for key in _SHORT:
        if len(key) == 3:
            for letter in "abcdefghijklmnopqrstuvwxyz":
                table.setdefault(key + letter, set()).update(_BY_KEY[key])
    return {key: frozenset(names) for key, names in table.items()}


_BY_BEGINNING = _by_beginning()
#: The first four letters of each word of a lower-cased line (all of a shorter one).
_BEGINNINGS = re.compile(r"(?<![a-z])[a-z]{1,4}")


def _candidates(low: str) -> set[str]:
    """The families worth trying on a (lower-cased) line."""
    out: set[str] = set()
    for key in _BY_BEGINNING.keys() & set(_BEGINNINGS.findall(low)):
        out |= _BY_BEGINNING[key]
    if "n't" in low or "n’t" in low:
        out |= _APOSTROPHE_NEGATION
    return out


@per_run()  # a line copied across outlets is searched once
def find_cues(text: str) -> tuple[Cue, ...]:
    """Every cue in ``text``, earliest first; where two overlap, the earlier family in FAMILIES wins."""
    candidates = _candidates(text.lower())
    if not candidates:
        return ()
    found: list[Cue] = []
    for family in FAMILIES:
        if family.name not in candidates:
            continue
        for m in family.pattern.finditer(text):
            groups = m.groupdict()
            start = m.start()
            if family.rule != "possessor":
                aux = AUX_BEFORE.search(text, max(0, start - 60), start)
                start = aux.start() if aux else start
            found.append(Cue(family, start, m.end(), groups.get("who") or groups.get("pron"), groups.get("noun")))
    kept: list[Cue] = []
    for cue in sorted(found, key=lambda c: (_RANK[c.family.name], c.start)):
        if not any(cue.start < k.end and k.start < cue.end for k in kept):
            kept.append(cue)
    return tuple(sorted(kept, key=lambda c: c.start))

"""Numbers and dates that differ between outlets for the same thing.

A *figure* is a number (digits or number words) with the noun it counts
("120,000 people", "three days") or a date ("in March", "December 2024").
Two figures are about the same thing when they come from different outlets,
count the same noun (or are both dates), differ in value, and their
sentences share rare context words ("displaced", "fighting"). Candidates are
found by blocking on (noun, context word) with common words excluded, so
the work grows with the corpus, not with its square. Syndicated copies of
one article are one outlet.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.derive.similar import BLOCK_LIMIT, STOPWORDS, shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.model import Claim, Source

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "dozen": 12,
}  # fmt: skip
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_MONTHS = "January February March April May June July August September October November December".split()
_NUMBER = re.compile(
    r"\b(?<![.,])(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|"
    + "|".join(w for k in _NUMBER_WORDS for w in (k, k.capitalize()))
    + r")(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    r"(?P<pct>\s*(?:%|per ?cent))?"
    r"\s+(?:(?:more|fewer|additional|new|full|extra|of|the|other|such)\s+){0,2}(?P<noun>[a-zA-Z][a-z-]+)"
)
_DATE = re.compile(
    rf"\b(?P<day>\d{{1,2}}\s+)?(?P<month>{'|'.join(_MONTHS)})(?:\s+(?P<dd>\d{{1,2}}))?(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_DIGIT = re.compile(r"\d")
_WORD_SET = frozenset(_NUMBER_WORDS)
#: Nouns too generic to say what is counted.
_VAGUE = frozenset(
    "side sides country countries party parties time times way ways thing things of and or to in on at for by "
    "percent per point points".split()
)


#: Words after a number that are not what it counts ("120,000 were"); units of time stay.
_FUNCTION_WORDS = STOPWORDS - {"day", "days", "week", "weeks", "month", "months", "year", "years"}


@dataclass(frozen=True, slots=True)
class Figure:
    sentence: str
    outlet: str
    unit: str  # the counted noun, singular; "date" for dates
    value: float | str
    surface: str


def figure_discrepancies(sources: list[Source]) -> list[Claim]:
    """Claims citing sentences of different outlets that give different figures for one thing."""
    outlet = syndication_outlets(sources)
    index = shared_index(sources)
    df: dict[str, int] = defaultdict(int)
    for words in index.words.values():
        for w in words:
            df[w] += 1
    figures = [f for src in sources for s in src.body for f in figures_in(s.text, s.id, outlet[src.id])]
    blocks: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    context: dict[Figure, frozenset[str]] = {}
    for f in figures:
        words = frozenset(w for w in index.words[f.sentence] if not w.isdigit() and w != f.unit)
        context[f] = words
        for w in sorted(words):
            if 1 < df[w] <= BLOCK_LIMIT:
                blocks[(f.unit, w)].append(f)
    pairs: dict[tuple[str, str], tuple[Figure, Figure]] = {}
    for _, members in sorted(blocks.items()):
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if a.outlet == b.outlet or a.value == b.value:
                    continue
                key = (a.sentence, b.sentence) if a.sentence < b.sentence else (b.sentence, a.sentence)
                if key in pairs:
                    continue
                shared = [w for w in context[a] & context[b] if df[w] <= BLOCK_LIMIT]
                if len(shared) >= 2 and _close_enough(a, b):
                    pairs[key] = (a, b)
    names = {src.id: src.outlet_name for src in sources}
    order = {s.id: (i, s.index) for i, src in enumerate(sources) for s in src.body}
    by_source = {s.id: s.source_id for src in sources for s in src.body}
    claims = []
    ordered = sorted(
        (sorted(p, key=lambda f: order[f.sentence]) for p in pairs.values()), key=lambda p: order[p[0].sentence]
    )
    for n, (a, b) in enumerate(ordered, 1):
        what = "dates" if a.unit == "date" else f"numbers of {_plural(a.unit)}"
        text = (
            f"Outlets give different {what}: “{a.surface}” ({names[by_source[a.sentence]]}) vs "
            f"“{b.surface}” ({names[by_source[b.sentence]]})."
        )
        claims.append(Claim(f"f{n}", text, [a.sentence, b.sentence], 2, about=what))
    return claims


def _plural(noun: str) -> str:
    return noun if noun.endswith(("people", "s")) else noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def _close_enough(a: Figure, b: Figure) -> bool:
    """Figures of one thing are of one magnitude: 120,000 vs 150,000, not 3 vs 3,000."""
    if isinstance(a.value, str) or isinstance(b.value, str):
        return True
    lo, hi = sorted((float(a.value), float(b.value)))
    return lo > 0 and hi / lo <= 10


def figures_in(text: str, sentence_id: str, outlet: str) -> list[Figure]:
    """Counted quantities and dates in one sentence."""
    out: list[Figure] = []
    numbers = _DIGIT.search(text) is not None or not _WORD_SET.isdisjoint(text.lower().split())
    for m in _NUMBER.finditer(text) if numbers else ():
        noun = _singular(m.group("noun").lower())
        if noun in _VAGUE or m.group("noun").lower() in _FUNCTION_WORDS:
            continue
        raw = m.group("num").lower().replace(",", "")
        value = float(_NUMBER_WORDS.get(raw, 0) or raw)
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        if m.group("pct"):
            noun = "percent " + noun
        if 1900 <= value <= 2100 and "." not in raw and not m.group("scale"):
            continue  # a year, handled as a date
        out.append(Figure(sentence_id, outlet, noun, value, m.group(0)))
    for m in _DATE.finditer(text) if any(month in text for month in _MONTHS) else ():
        value = " ".join(x for x in (m.group("day"), m.group("month"), m.group("dd"), m.group("year")) if x)
        out.append(Figure(sentence_id, outlet, "date", value.strip(), m.group(0)))
    return out


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun

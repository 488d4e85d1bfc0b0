"""Quantities outlets give differently for the same thing: casualties, prisoners, tariff rates, kilometres, days.

A *figure* is a number (digits, number words, "1.5-kilometre", "42-day")
with the unit it counts or measures, read in general English: the noun after
it ("14 detained fishermen", "350,000 tonnes"), a percentage ("a 30% duty",
"a threshold of 45 percent"), a duration turned into days (three months = 90
days, so "90 days" and "three months" agree). Words such as "about", "some",
"more than" mark it approximate.

Two figures are about the same quantity when they count the same unit and
the words around them (within their clause) share telling words: "tonnes …
steel quota" is not "tonnes … avocados". Those links make the aspects, and
:mod:`briefing.derive.contradictions` compares each aspect's values across
outlets (the linking is :mod:`briefing.derive.figure_things`). A figure
rounded by one outlet ("some 2,000" against "1,980") is the same figure,
never a contradiction; nor are figures one outlet gives side by side (one
side's 65 % and the other's 45 %).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from briefing import patterns
from briefing.derive.by_article import Step, one_per_body_sentence, recall
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.figure_things import Figure, things_of
from briefing.derive.figure_things import same_value as _same_value
from briefing.derive.phrasing import DATELINE, assertion_text
from briefing.derive.quick_re import quick_compile
from briefing.derive.similar import ClaimIndex, content_words, telling_words
from briefing.model import Source

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}  # fmt: skip
_NUMBER_KEYS = frozenset(content_words(" ".join(_NUMBER_WORDS)))
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_WORDS = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
#: (Opening on a word boundary, which every match does, lets the engine leave most positions at once.)
_FIGURE = patterns.compile(
    r"\b(?<![\w.,/-])(?P<approx>(?i:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|"
    r"fewer\s+than|less\s+than|at\s+least|up\s+to|as\s+many\s+as|close\s+to|an\s+estimated)\s+)?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{_WORDS}))(?![\w,]*\d)"
    r"(?:\s+(?P<scale>thousand|million|billion|trillion))?"
    r"(?P<pct>\s*(?:%|per\s?cent|percent))?"
    r"(?:-(?P<compound>[a-z]+(?:-[a-z]+)?)|(?P<rest>(?:\s+[A-Za-z][\w-]*){1,3}))?",
)
#: Units as counted: spellings of one unit, and durations in days.
_UNIT_OF = {
    "ton": "tonne", "tons": "tonne", "tonne": "tonne", "tonnes": "tonne", "t": "tonne",
    "km": "kilometre", "kilometre": "kilometre", "kilometres": "kilometre", "kilometer": "kilometre",
    "kilometers": "kilometre", "mile": "mile", "miles": "mile", "metre": "metre", "metres": "metre",
    "meter": "metre", "meters": "metre", "mw": "megawatt", "megawatts": "megawatt", "megawatt": "megawatt",
    "person": "people", "persons": "people", "people": "people", "individuals": "people",
    "detainees": "prisoner", "detainee": "prisoner", "prisoners": "prisoner", "prisoner": "prisoner",
    "captives": "hostage", "captive": "hostage", "hostages": "hostage", "hostage": "hostage",
    "members": "member", "member": "member", "delegates": "member", "officials": "official",
    "fishermen": "fisherman", "men": "man", "women": "woman", "children": "child",
    "crew": "crew", "crews": "crew", "crewmen": "crew", "staff": "staff", "personnel": "personnel",
}  # fmt: skip
_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "month": 30, "months": 30, "year": 365, "years": 365}
#: Lengths in kilometres: outlets give one distance in miles, nautical miles or kilometres ("12 nautical
#: miles" is "22 kilometres"), so every length is compared in kilometres.
_KILOMETRES = {"kilometre": 1.0, "metre": 0.001, "mile": 1.609344, "nautical mile": 1.852}
#: "12 nautical miles", "a 5-nautical-mile zone": the nautical mile, not the statute one.
_NAUTICAL = patterns.compile(r"\bnautical[\s-]+miles?\b", re.I)
#: Words that may stand between a number and what it counts ("14 detained fishermen", "two full days").
_MODIFIERS = patterns.compile(
    r"^(?:more|fewer|additional|new|full|extra|other|further|nautical|square|cubic|metric|[a-z]+ed|[a-z]+-[a-z]+)$"
)
#: Nouns too vague to say what a number counts.
_VAGUE = frozenset(
    "side sides country countries party parties time times way ways thing things point points issue issues "
    "of and or to in on at for by a an the per percent cent his her their its".split()
)
#: Clause boundaries: the words around a figure that tell what it is stop here.
_CLAUSE_END = patterns.compile(r";|,\s+(?:and|but|while|whereas)\b|\s+while\s+|\s+whereas\s+")
#: Meaningful words (not function words) on each side of a figure that say what it is about.
WINDOW = 7
#: A figure with its unit and a few words after it, as quoted in a claim.
SHOWN_WORDS = 7
#: Words about reporting and the talks themselves, which never tell one quantity from another.
_GENERIC = frozenset(
    content_words(
        "said says told according officials official reported report sources source talks negotiations round "
        "deal agreement statement joint sides both two will would also total about some around least more "
        "than up to nearly almost over under new first last this that which who its their his her percent cent "
        "hold held holds meet meets meeting within least want wants wanted insist insists demand demands ask asks "
        "asked seek seeks offer offered propose proposed urge urged call calls called"
    )
)


def figures_in(text: str, sentence_id: str = "") -> list[Figure]:
    """The counted or measured quantities of one sentence, and its dates (a year alone is no figure)."""
    if text.isascii() and not _MAY_HOLD.search(text.lower()):
        return []  # no number: most sentences (every figure and date holds a digit or a number's name)
    out: list[Figure] = []
    dated = _MONTH.search(text) is not None  # most sentences name no month: no day of one, and no date
    for m in _FIGURE.finditer(text):
        if dated and _AFTER_MONTH.search(text, 0, m.start()):  # "June 1": a date's day, read by dates_in
            continue
        raw = m.group("num").lower().replace(",", "")
        value = float(_NUMBER_WORDS.get(raw) or raw)
        if m.group("scale"):
            value *= _SCALE[m.group("scale").lower()]
        unit, noun, shown_end = _unit(m)
        if unit is None or value <= 0 or (_is_year(m.group("num"), value) and not m.group("scale")):
            continue
        if unit in _DAYS:
            value, unit = value * _DAYS[unit], "days"
        approx = bool(m.group("approx")) and not _particle(text, m)
        if unit in _KILOMETRES:
            value, unit, converted = _in_kilometres(value, unit, m.group(0))
            approx = approx or converted
        start = m.start() if approx or not m.group("approx") else m.start("num")
        shown = " ".join(text[start:shown_end].split()[:SHOWN_WORDS]).rstrip(",;:.")
        core = max(m.end(g) for g in ("num", "scale", "pct") if m.group(g))
        clause = _clause(text, start, core)
        context = _context(clause, text[start:core]) - frozenset(telling_words(noun))
        asked = _asked(clause, text[start:core])
        out.append(Figure(sentence_id, unit, value, approx, shown, context, clause, asked))
    return out + dates_in(text, sentence_id) if dated else out


_MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
#: Where dates start as values: far from zero, so the ratio and rounding tests of counts never join two days.
DATE_BASE = 1_000_000
_DATE = patterns.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH_NAMES})|(?P<m2>{_MONTH_NAMES})\s+(?P<d2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?\b(?![,.]?\d))(?:,?\s+(?P<year>\d{4})\b)?"
)
_AFTER_MONTH = patterns.compile(rf"\b(?:{_MONTH_NAMES})\s+$")
_MONTH = patterns.compile(_MONTH_NAMES)
#: What every figure and date holds, in a lower-cased ASCII sentence: a digit, or a number's name where a word
#: starts (as _FIGURE reads it: "often" and "done" hold no "ten" or "one"). Other sentences are all read.
_MAY_HOLD = patterns.compile(rf"\d|\b(?:{_WORDS})")


def dates_in(text: str, sentence_id: str = "") -> list[Figure]:
    """Dates given to things ("the ceasefire takes effect on June 1", "a ceasefire from 15 June").

    A date is a figure of the unit "date" (DATE_BASE + 100 * month + day, so any two dates are within
    MAX_RATIO of each other and never within rounding of another day; the year is left out, a day
    "1 June" being "1 June 2026" too), compared only with
    dates whose clause words say they are of the same thing: the day a truce starts is not the day
    prisoners go free. A dateline's date is the day the report was filed, not a date it reports.
    """
    out: list[Figure] = []
    dateline = DATELINE.match(text)  # "PUTRAJAYA, May 21 (Wire) – ": the day the report was filed
    for m in _DATE.finditer(text, dateline.end() if dateline else 0):
        day = int(m.group("d1") or m.group("d2"))
        month = _MONTH_NAMES.split("|").index(m.group("m1") or m.group("m2")) + 1
        if not 1 <= day <= 31:
            continue
        shown = m.group(0).strip()
        clause = _clause(text, m.start(), m.end())
        context = _context(clause, shown) - _MONTH_KEYS
        out.append(Figure(sentence_id, "date", DATE_BASE + month * 100 + day, False, shown, context, clause))
    return out


#: Verbs whose particle "over" is no "more than": "hand over 11 captives", "took over 3 posts".
_OVER_VERBS = quick_compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|took|taken|pass|"
    r"passes|passed|passing|give|gives|gave|given|sign|signs|signed)\s*$",
    re.I,
)


def _in_kilometres(value: float, unit: str, written: str) -> tuple[float, str, bool]:
    """A length in kilometres, and whether it was converted (a converted length is as rough as its rounding:
    "about three miles" is the "five kilometres" another outlet gives, "two miles" is not "3 km")."""
    if unit == "mile" and _NAUTICAL.search(written):
        unit = "nautical mile"
    return value * _KILOMETRES[unit], "kilometre", unit != "kilometre"


def _particle(text: str, m: re.Match[str]) -> bool:
    """Whether the figure's "over" belongs to the verb before it (a particle), not to the number."""
    return m.group("approx").strip().lower() == "over" and bool(_OVER_VERBS.search(text[: m.start()]))


def _unit(m: re.Match[str]) -> tuple[str | None, str, int]:
    """What a number counts, the noun that says it, and where its quotation ends."""
    end = m.end()
    if m.group("pct"):
        return "percent", "percent", end
    words = (m.group("compound") or m.group("rest") or "").split()
    if m.group("compound"):
        words = m.group("compound").split("-")
    if len(words) > 2 and words[0] == "of" and words[1].lower() in _POSSESSIVES:  # "24 of its members"
        words = words[2:]
    noun = None
    for n, word in enumerate(words):
        low = word.lower()
        if low in _VAGUE or (not low.isalpha() and "-" not in low):
            break
        noun = low
        if not _MODIFIERS.match(low) or low in _UNIT_OF or low in _DAYS:
            noun = _head(noun, words[n + 1 :])
            break
    if noun is None or noun in _VAGUE or noun in _MONTHS:  # "21 May" is a date, not 21 of anything
        return None, "", end
    return _UNIT_OF.get(noun) or _DAYS_UNIT.get(noun) or _singular(noun), noun, end


def _head(noun: str, after: list[str]) -> str:
    """The head of a compound: "42 coalition members" counts members, "two Thai farm workers" workers."""
    if noun in _UNIT_OF or noun in _DAYS or _plural_word(noun):
        return noun
    for word in after[:2]:
        if not word.isalpha() or word.lower() in _VAGUE:
            break
        if word.islower() and _plural_word(word):
            return word
    return noun


def _plural_word(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


_POSSESSIVES = frozenset("its their his her our the".split())
_MONTHS = frozenset("january february march april may june july august september october november december".split())
_MONTH_KEYS = frozenset(content_words(" ".join(_MONTHS)))


_DAYS_UNIT = {k: k for k in _DAYS}


def _is_year(written: str, value: float) -> bool:
    """A year is four bare digits: "2,000 prisoners" is a count, "in 2000" a year."""
    return written.isdigit() and len(written) == 4 and 1900 <= value <= 2100


def _singular(noun: str) -> str:
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) and len(noun) > 3:
        return noun[:-1]
    return noun


def _clause(text: str, start: int, end: int) -> str:
    """The words next to a figure, within its clause: a sentence often gives two figures of two things."""
    left = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    right = next((m.start() for m in _CLAUSE_END.finditer(text, end)), len(text))
    before = _window(text[left:start].split()[::-1])[::-1]
    after = _window(text[end:right].split())
    return " ".join([*before, text[start:end], *after])


def _window(words: list[str]) -> list[str]:
    """The first words up to WINDOW meaningful ones: "held by the two sides are to be released" reaches "released"."""
    taken: list[str] = []
    meaningful = 0
    for word in words:
        if meaningful >= WINDOW:
            break
        taken.append(word)
        meaningful += bool(content_words(word))
    return taken


def _context(clause: str, figure: str) -> frozenset[str]:
    """Telling words around a figure (the figure itself, numbers and reporting words left out)."""
    words = telling_words(clause.replace(figure, " ", 1))
    return frozenset(w for w in words if not any(c.isdigit() for c in w)) - _GENERIC - _NUMBER_KEYS


def _asked(clause: str, figure: str) -> bool:
    """Whether a side asks for the figure ("demands the release of 42", "asked for 24 of its members")."""
    return bool(_ASKING.search(clause.partition(figure)[0]))


#: Words of asking before a figure, in its clause.
_ASKING = quick_compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|ask(?:s|ed|ing)?\s+(?:\w+\s+)?for|wants?|wanted|"
    r"insist(?:s|ed|ing)?|seek(?:s|ing)?|sought|press(?:es|ed|ing)?\s+for|push(?:es|ed|ing)?\s+for|proposal|"
    r"position)\b",
    re.I,
)


def figure_contradictions(sources: list[Source], outlet: dict[str, str], index: ClaimIndex) -> list[Found]:
    """Quantities outlets give differently for the same thing, one contradiction per thing."""
    names = outlet_names(sources, outlet)
    figures: list[tuple[Figure, str, tuple[int, int]]] = []
    read: dict[str, list[Figure]] = {}  # a text's figures, read once: its copies differ only by sentence
    for n, src in enumerate(sources):
        found = recall(_FIGURES, src, "", lambda src=src: _article_figures(src, read))
        for sent, said in zip(src.body, found, strict=True):
            figures += [(f, outlet[src.id], (n, sent.index)) for f in said]
    assertions = []
    for unit, group in _by_unit(figures).items():
        for label, members in things_of(unit, group, index):
            for f, out, order in members:
                assertions.append(Assertion("figure", label, f, f.shown, f.sentence, out, order))
    return contradictions(assertions, _same_figure, names)


#: The figures of each body sentence of an article, kept between derivations (they read the sentence alone).
_FIGURES: Step[list[list[Figure]]] = Step("figures", list[list[Figure]], from_plain=one_per_body_sentence)


def _article_figures(src: Source, read: dict[str, list[Figure]]) -> list[list[Figure]]:
    """Each body sentence's figures; ``read`` holds those of texts read already (a copy's differ by sentence)."""
    out: list[list[Figure]] = []
    for sent in src.body:
        text = assertion_text(sent.text)
        known = read.get(text) if text else []
        if known is None:
            known = read[text] = figures_in(text, sent.id)
        out.append([f if f.sentence == sent.id else replace(f, sentence=sent.id) for f in known])
    return out


def outlet_names(sources: list[Source], outlet: dict[str, str]) -> dict[str, str]:
    """Outlet key -> the name its first source shows (a syndicated copy is its original's outlet)."""
    names: dict[str, str] = {}
    for src in sources:
        names.setdefault(outlet[src.id], src.outlet_name)
    return names


def _by_unit(figures: list[tuple[Figure, str, tuple[int, int]]]) -> dict[str, list]:
    out: dict[str, list] = defaultdict(list)
    for item in figures:
        out[item[0].unit].append(item)
    return dict(sorted(out.items()))


def _same_figure(a: object, b: object) -> bool:
    """One figure, give or take rounding: equal, or within a few percent when either is approximate or round."""
    assert isinstance(a, Figure) and isinstance(b, Figure)
    return _same_value(a.value, a.approximate, b.value, b.approximate)

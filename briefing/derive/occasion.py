"""The occasion of the talks as each outlet tells it: which round, where, on which day, face to face or not.

General news English again. A *round* is an ordinal before "round",
"session" or "cycle" in a clause that is not about another one ("the next
round", "three earlier rounds", "will be held"); each outlet counts as saying
the round it names most. The *venue* is a named building after a frame of
the talks ("held at the X Palace", "talks at a hotel in Y") and the *city*
one named after such a frame ("met in Cairo"); building names are compared
without their generic words, place names and articles, an acronym standing
for its words. The *day* of an event of this round (it opened, ended, the
deal was reached or signed) is its weekday, read from a weekday or a full
date ("from 9 to 12 March 2026": opened on a Monday, ended on a
Thursday); an earlier round's day is never compared with this one's. The
*format* is direct ("face to face", "at one table") or indirect ("proximity
talks", "shuttled", "separate rooms", "did not meet face to face").
"""

from __future__ import annotations

import datetime
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.lower_case import lower_twin
from briefing.derive.names import token_key
from briefing.derive.phrasing import Asserted
from briefing.derive.quick_re import quick_compile
from briefing.model import Place

_ORDINALS = {
    w: n
    for n, ws in enumerate(
        ("first 1st", "second 2nd", "third 3rd", "fourth 4th", "fifth 5th", "sixth 6th", "seventh 7th",
         "eighth 8th", "ninth 9th", "tenth 10th", "eleventh 11th", "twelfth 12th"),
        start=1,
    )
    for w in ws.split()
}  # fmt: skip
#: "Round three" counts as "the third round".
_CARDINALS = {
    w: n
    for n, ws in enumerate(
        ("one 1", "two 2", "three 3", "four 4", "five 5", "six 6", "seven 7", "eight 8", "nine 9", "ten 10",
         "eleven 11", "twelve 12"),
        start=1,
    )
    for w in ws.split()
}  # fmt: skip
_ROUND = patterns.compile(
    rf"\b(?P<ord>{'|'.join(_ORDINALS)})\s+(?:(?:and\s+\w+|formal|official|full)\s+)?(?:round|session|cycle)\b"
    rf"|\bround\s+(?P<card>{'|'.join(_CARDINALS)})\b(?![\w-]|\s+(?:or|to|and)\b)",
    re.I,
)
#: A clause about another round or event than the one reported.
_ELSEWHERE = quick_compile(
    r"\b(?:next|following|upcoming|coming|previous|earlier|prior|last|another|subsequent|future|later)\b"
    r"|\bwill\b|\bis\s+to\b|\bare\s+to\b|\bto\s+be\s+held\b|\bscheduled\b|\bplanned\b|\bdue\s+to\b|\bforeseen\b"
    r"|\bexpected\b|\bagreements?\s+of\b|\brounds\b|\bto\s+hold\b|\bmeet\s+again\b|\bwould\b"
    r"|\b(?:to|until|till|after|since|before)\s+(?:a\s+|the\s+)?\w+\s+(?:round|session|cycle)\b"
    r"|\b(?:call\w*|push\w*|press\w*|ask\w*|prepar\w*|plan\w*|hop\w*|ready|dates?|set|wait\w*|time|room)\s+"
    r"(?:\w+\s+){0,3}?for\s+(?:a\s+|the\s+)?\w+\s+(?:round|session|cycle)\b",
    re.I,
)
#: "signed a deal on Wednesday after a third round of talks": a result reached after a round is that round's,
#: where "after the second round failed" (no result before it) is background.
_RESULT_AFTER = patterns.compile(
    r"\b(?:signed|agreed|reached|ended|concluded|struck|sealed|clinched|announced)\b[^;]*?\s(?P<after>after)\s+"
    r"(?:a|the)\s+\w+\s+(?:round|session|cycle)\b",
    re.I,
)
#: How far around a round, a venue or an event a clause is read for another round's words.
NEAR = 45
_CLAUSE = patterns.compile(r";|,\s+(?:and|but|while)\s+|\s+but\s+|\.\s")
#: Words that make a sentence about the talks themselves.
_TALKS = quick_compile(
    r"\b(?:talks|negotiations|round|session|sessions|meeting|met|meet|consultations|conversations|delegations|"
    r"delegation|teams|panels|negotiators|held|took\s+place|signed|signing|sat|convened|format|dialogue|cycle)\b",
    re.I,
)
_VENUE_HEADS = (
    "palace|hotel|centre|center|pavilion|house|hall|building|residence|castle|villa|headquarters|complex|club|"
    "resort|institute|mansion|lodge|chateau|château|manor|fort|forum|auditorium|casa|qasr|dar|compound|"
    "guesthouse|guest\\s+house|conference\\s+centre|conference\\s+center|palais|palacio|palazzo|palast|pałac|"
    "hôtel|hotel|castillo|schloss|centro|kasri|saray|sarayı"
)
_NAME_WORD = r"(?:[A-Z][\w’'.-]*|(?:of|de|la|del|al|el|du|des|the|and|di|da)(?=\s+(?:the\s+)?[A-Z]))"
_VENUE = patterns.compile(
    rf"\b(?:at|in|inside|of)\s+(?:the\s+)?(?P<name>(?:{_NAME_WORD}\s+){{0,6}}?(?:(?i:{_VENUE_HEADS}))\b"
    rf"(?:\s+{_NAME_WORD}){{0,5}}|(?:[A-Z][\w’'.-]*\s+){{1,5}}(?:{_VENUE_HEADS})\b)"
    rf"|\b(?:at|in)\s+(?P<kind>an?\s+(?:[a-z]+\s+){{0,2}}(?:{_VENUE_HEADS}))\b",
)
_VENUE_FRAME = quick_compile(
    r"\b(?:held|took\s+place|met|meet|meeting|talks|negotiations|round|session|signed|sat|convened|gathered|"
    r"kept\s+apart|consultations|conversations|hosted|hammered\s+out|negotiated|concluded|reached|struck)\b"
    r"[^.;]{0,80}$",
    re.I,
)
_TALKS_NOUN = quick_compile(
    r"\b(?:talks|negotiations|round|session|meeting|consultations|conversations|delegations|negotiators|teams|"
    r"panels|dialogue|sides|agreement|deal|accord)\b",
    re.I,
)
#: Just before a city the talks were held in: "in"/"at", maybe after a venue ("at Nakhla Palace in").
_CITY_BEFORE = patterns.compile(r"\b(?:in|at)\s+(?:(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}in\s+)?$")
#: Just before a city where something else happened: a statement issued, words said, a home base.
_CITY_OTHER = quick_compile(
    r"\b(?:issued|said|says|saying|spoke|speaking|told\s+\w+|statement|briefing|conference|interview|released|"
    r"published|based|headquartered|returned|flew|home|capital)\s+(?:\w+\s+){0,2}?(?:in|at|from)\s+$",
    re.I,
)
#: Just after a city where someone said something ("officials in Abuja said"): not where the talks were.
_CITY_SAID = patterns.compile(r"\s+(?:said|says|told|reported|announced|confirmed|added)\b", re.I)
#: Words that name no venue in particular: heads, articles, descriptions.
_GENERIC_VENUE = frozenset(
    anyascii(w)
    for w in (
        "the of de la del al el du des di da and a an palace hotel centre center pavilion house hall building "
        "residence castle villa headquarters complex club resort institute mansion lodge chateau manor fort forum "
        "auditorium casa qasr dar compound guest conference international luxury royal grand former state "
        "government official city palais palacio palazzo palast palac castillo schloss centro kasri saray sarayi"
    ).split()
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january february march april may june july august september october november december").split()
_MONTH = "|".join(m.capitalize() for m in _MONTHS)
_DAY = patterns.compile(
    rf"\b(?P<weekday>{'|'.join(d.capitalize() for d in _WEEKDAYS)})\b"
    rf"|\b(?:(?:from\s+)?(?P<d1>\d{{1,2}})\s+(?:(?:to|and|-|–)\s+(?P<d2>\d{{1,2}})\s+)?(?P<m1>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d3>\d{{1,2}})(?:\s*(?:-|–|to)\s*(?P<d4>\d{{1,2}}))?)(?:,?\s+(?P<year>\d{{4}}))?\b"
)
_EVENTS = {
    "opened": quick_compile(r"\b(?:opened|began|started|kicked\s+off|got\s+under\s+way|resumed|opening)\b", re.I),
    "ended": quick_compile(r"\b(?:ended|closed|concluded|wrapped\s+up|finished|broke\s+up|closing|ending)\b", re.I),
    "held": quick_compile(
        r"\b(?:held\s+(?:\w+\s+)?talks|(?:talks|negotiations|round|meeting|session|consultations|conversations)\s+"
        r"(?:were\s+held|was\s+held|took\s+place|were\s+conducted)|took\s+place)\b",
        re.I,
    ),
    "deal": quick_compile(
        r"\b(?:agreed|reached\s+(?:an?\s+|the\s+)?(?:agreement|deal|accord)|signed|sealed|struck|clinched)\b", re.I
    ),
}
_HELD = patterns.compile(r"\b(?:held|met|meeting)\b", re.I)
_EVENTS_LOWER = {event: lower_twin(verb) for event, verb in _EVENTS.items()}
_HELD_LOWER = lower_twin(_HELD)
_EVENT_LABELS = {
    "opened": "Day the talks opened",
    "ended": "Day the talks ended",
    "held": "Day of the talks",
    "deal": "Day the deal was reached or signed",
}
_DIRECT = patterns.compile(
    r"\bface[\s-]to[\s-]face\b|\bdirect(?:ly)?\s+(?:talks|negotiations|meeting|contact)\b|\bspoke\s+to\s+each\s+other"
    r"\s+directly\b|\b(?:at|around)\s+(?:one|the\s+same|a\s+single)\s+table\b|\bin\s+the\s+same\s+room\b"
    r"|\bone[\s-]on[\s-]one\b|\bbilateral\s+(?:meeting|talks)\b|\b(?:met|meet)\s+(?:directly|separately)\b",
    re.I,
)
_INDIRECT = quick_compile(
    r"\bindirect(?:ly)?\b|\bproximity\b|\bshuttl(?:e|ed|ing)\b|\bseparate\s+(?:rooms|wings|halls|floors|buildings)\b"
    r"|\bcarr(?:ied|ying)\s+(?:proposals|messages)\s+between\b|\bthrough\s+(?:the\s+)?mediators\b|\bnever\s+met\b"
    r"|\bkept\s+apart\b",
    re.I,
)
_NEGATION = patterns.compile(r"\b(?:not|never|no|without|neither|nor)\b(?:\s+[\w’'-]+){0,4}\s*$", re.I)
#: Words every match of a pattern above holds, in any part of a sentence: a sentence without them is not
#: searched with it (most sentences name no day, no round and no format). Of the case-insensitive patterns,
#: lower case, for an ASCII sentence lower-cased (:func:`_may_hold`).
_HAS_DAY = patterns.compile("|".join(d.capitalize() for d in _WEEKDAYS) + "|" + _MONTH)
_HAS_ROUND = patterns.compile(r"round|session|cycle")
_HAS_FORMAT = patterns.compile(
    r"face|direct|table|room|one[\s-]on|bilateral|separate|proximity|shuttl|carr|mediators|never\s+met|kept\s+apart"
)
#: What a full date's year needs: a sentence without four digits in a row names none (most sentences), and
#: without one or a weekday's name (each ends in "day") gives no event a weekday.
_FOUR_DIGITS = patterns.compile(r"\d{4}")


def _may_hold(words: re.Pattern[str], text: str) -> bool:
    """Whether a case-insensitive pattern whose matches hold one of ``words`` may match in ``text``.

    An ASCII text is searched lower-cased (a lower-case search is many times faster than one ignoring
    case); any other is searched as a whole, since ignoring case folds some other letters to ASCII ones.
    """
    return not text.isascii() or words.search(text.lower()) is not None


class Dated(NamedTuple):
    """What outlets tell differently of the round, the day and the format: the sentences are all it needs."""

    rounds: list[Found]
    days: list[Found]
    formats: list[Found]


def occasion_contradictions(asserted: list[Asserted], names: dict[str, str], places: list[Place]) -> list[Found]:
    """Which round, venue, city, day and format, where outlets tell them differently."""
    return joined(dated_contradictions(asserted, names), placed_contradictions(asserted, names, places))


def joined(dated: Dated, placed: list[Found]) -> list[Found]:
    """The occasion's contradictions in reading order: round, venue and city, day, format."""
    return [*dated.rounds, *placed, *dated.days, *dated.formats]


def dated_contradictions(asserted: list[Asserted], names: dict[str, str]) -> Dated:
    """Round, day and format: found without the places, so beside the stages that find them."""
    sentences = _said(asserted)
    rounds = _rounds(sentences)
    current = {o: a.value for o, a in rounds.items()}
    return Dated(
        contradictions(rounds.values(), lambda a, b: a == b, names),
        contradictions(_days(sentences, current, _year(sentences)), lambda a, b: a == b, names),
        contradictions(_formats(sentences), lambda a, b: a == b, names),
    )


def placed_contradictions(asserted: list[Asserted], names: dict[str, str], places: list[Place]) -> list[Found]:
    """Venue and city, which need the places' cities."""
    sentences = _said(asserted)
    cities = {p.name: p for p in places if p.kind == "city"}
    venues = contradictions(_venues(sentences, cities), _same_venue, names)
    outlet_of = {sent.id: out for sent, out, _ in sentences}
    return _where(venues, contradictions(_cities(sentences, cities), lambda a, b: a == b, names), outlet_of)


def _said(asserted: list[Asserted]) -> list[tuple[_Said, str, int]]:
    return [(_Said(sid, text), out, order) for sid, text, out, order in asserted]


def _where(venues: list[Found], cities: list[Found], outlet_of: dict[str, str]) -> list[Found]:
    """Venue and city of the talks as one contradiction: outlets that differ on the city differ on the venue."""
    if not venues or not cities:
        return venues + cities
    (venue,), (city,) = venues, cities
    claim = venue.claim
    claim.text = f"{claim.text[:-1]}; city {city.claim.text}"
    claim.citations = list(dict.fromkeys([*claim.citations, *city.claim.citations]))
    cited = len({outlet_of[c] for c in claim.citations if c in outlet_of})
    claim.outlets = max(claim.outlets, city.claim.outlets, cited)
    return [venue]


@dataclass(frozen=True, slots=True)
class _Said:
    """A sentence's id and what it asserts (glued page furniture left out)."""

    id: str
    text: str


def _clauses(text: str) -> Iterator[tuple[int, str]]:
    start = 0
    for m in _CLAUSE.finditer(text):
        yield start, text[start : m.start()]
        start = m.end()
    yield start, text[start:]


def _rounds(sentences: list) -> dict[str, Assertion]:
    """Each outlet's round: the latest it reports on (earlier rounds are its background), first named."""
    seen: dict[str, list[tuple[int, Assertion]]] = defaultdict(list)
    for sent, out, order in sentences:
        if not _may_hold(_HAS_ROUND, sent.text):
            continue
        for _, clause in _clauses(sent.text):
            for m in _ROUND.finditer(clause):
                if _elsewhere(clause, m.start(), m.end()) or not _TALKS.search(clause):
                    continue
                n = _round_number(m)
                seen[out].append((n, Assertion("round", "Which round", n, m.group(0), sent.id, out, order)))
    return {out: next(a for n, a in found if n == max(m for m, _ in found)) for out, found in seen.items()}


def _round_number(m: re.Match[str]) -> int:
    """The number of a round as an ordinal ("third round") or a cardinal after it ("round three") says."""
    return _ORDINALS[m.group("ord").lower()] if m.group("ord") else _CARDINALS[m.group("card").lower()]


def _venues(sentences: list, cities: dict[str, Place]) -> list[Assertion]:
    out: list[Assertion] = []
    for sent, outlet, order in sentences:
        for m in _VENUE.finditer(sent.text):
            if not _VENUE_FRAME.search(sent.text[: m.start()]) or _elsewhere(sent.text, m.start(), m.end()):
                continue
            name = (m.group("name") or m.group("kind")).strip()
            if _RESORT_TOWN.search(name):
                continue  # "the Kyrgyz resort of Cholpon-Ata": the town the venue is in, not the venue
            key = _venue_key(name, cities)
            if key[1] or m.group("kind"):
                out.append(Assertion("venue", "Venue of the talks", key, name, sent.id, outlet, order))
    return out


#: A resort named as a town ("the resort of X", "the resort town of X", "the Black Sea resort", in lower case):
#: no building ("the Sea Breeze Resort" is one).
_RESORT_TOWN = patterns.compile(r"\b[Rr]esort(?:\s+(?:town|city|village))?\s+of\s+[A-Z]|\bresort$")


def _elsewhere(text: str, start: int, end: int) -> bool:
    """Whether the words near a span, within its clause, place it in another round or in the future."""
    for at, clause in _clauses(text):
        if at <= start <= at + len(clause):
            lo, hi = max(0, start - at - NEAR), min(len(clause), end - at + NEAR // 2)
            result = _RESULT_AFTER.search(clause)
            if result:  # read as "at the third round": the result is this round's
                after = result.start("after")
                clause = clause[:after] + "at   " + clause[after + len("after") :]
            return bool(_ELSEWHERE.search(clause[lo:hi]))
    return False


def _venue_key(name: str, cities: dict[str, Place]) -> tuple[str, frozenset[str], str]:
    """(kind of building, telling words, initials): what two names of one venue share."""
    words = re.findall(r"[\w’'-]+", anyascii(name).lower())
    kind = next((_KINDS[w] for w in reversed(words) if w in _KINDS), "")
    city_words = {w.lower() for c in cities.values() for v in [c.name, *c.variants] for w in v.split()}
    telling = frozenset(
        token_key(w) or w
        for w in words
        if w not in _GENERIC_VENUE and w not in city_words and not lexicon.is_country(w.capitalize())
    )
    if not telling and _proper(name):  # "Government House", "State House": the describing word is the name
        telling = frozenset(w for w in words if w not in _HEAD_WORDS and w not in city_words)
    initials = "".join(w[0] for w in words if w not in ("of", "the", "and", "de", "la"))
    return kind, telling, initials


#: Kinds of building and small words: never what tells one capitalised venue name from another.
_HEAD_WORDS = frozenset(anyascii(w) for w in _VENUE_HEADS.replace("\\s+", " ").replace("|", " ").split()) | {
    "the", "of", "and", "de", "la", "du", "des", "al", "el"
}  # fmt: skip


def _proper(name: str) -> bool:
    """A venue written as a proper name, every word capitalised but its small words ("Government House")."""
    words = [w for w in name.split() if w.lower() not in ("of", "the", "and", "de", "la", "du", "des")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


#: Kinds of building a venue's name says, in the languages outlets keep them in ("Palais", "Palacio").
_KINDS = {
    **dict.fromkeys("palace palais palacio palazzo palast palac saray sarayi kasri".split(), "palace"),
    **dict.fromkeys("centre center centro".split(), "centre"),
    **{w: w for w in ("hotel", "house", "hall")},
}
#: Two spellings of one name word (a transliteration: "Rasumofsky", "Razumovsky"), by rapidfuzz's ratio.
SAME_NAME_WORD = 80


def _same_venue(a: object, b: object) -> bool:
    assert isinstance(a, tuple) and isinstance(b, tuple)
    (kind_a, words_a, initials_a), (kind_b, words_b, initials_b) = a, b
    if not words_a or not words_b:  # "a luxury hotel": only its kind says which
        return kind_a == kind_b
    if any(w == initials_b for w in words_a) or any(w == initials_a for w in words_b):
        return True  # "EEAS headquarters" = "European External Action Service headquarters"
    shared = len(words_a & words_b) + sum(
        1 for x in words_a - words_b for y in words_b - words_a if len(x) > 4 and _spelled_alike(x, y)
    )
    return shared * 2 >= min(len(words_a), len(words_b))


def _spelled_alike(x: str, y: str) -> bool:
    return x[:5] == y[:5] or (min(len(x), len(y)) > 5 and fuzz.ratio(x, y) >= SAME_NAME_WORD)


def _cities(sentences: list, cities: dict[str, Place]) -> list[Assertion]:
    """The city each outlet says the talks were held in ("met face to face in Accra")."""
    surface = {v: c.name for c in cities.values() for v in [c.name, *c.variants]}
    if not surface:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(surface, key=len, reverse=True)) + r")\b")
    out = []
    for sent, outlet, order in sentences:
        for m in pattern.finditer(sent.text):
            before = sent.text[: m.start()]
            near = before[-90:]
            framed = _CITY_BEFORE.search(near) and _VENUE_FRAME.search(near) and _TALKS_NOUN.search(near)
            framed = framed and not _CITY_OTHER.search(near) and not _CITY_SAID.match(sent.text, m.end())
            if framed and not _elsewhere(sent.text, m.start(), m.end()):
                city = surface[m.group(0)]
                rank = 0 if _VENUE.search(sent.text) else 1  # a sentence naming the building too is the better evidence
                out.append(Assertion("venue", "City of the talks", city, m.group(0), sent.id, outlet, order, rank))
    return out


def _year(sentences: list) -> str | None:
    """The year the articles report on: the one their full dates name most (the latest on a tie)."""
    dated = (s.text for s, _, _ in sentences if _FOUR_DIGITS.search(s.text) and _HAS_DAY.search(s.text))
    years = Counter(d.group("year") for text in dated for d in _DAY.finditer(text) if d.group("year"))
    return max(years, key=lambda y: (years[y], y)) if years else None


def _days(sentences: list, current: dict[str, object], year: str | None) -> list[Assertion]:
    """The weekday each outlet gives an event of this round (opened, ended, deal); dates of other years are history."""
    out: list[Assertion] = []
    for sent, outlet, order in sentences:
        if not _HAS_DAY.search(sent.text) or ("day" not in sent.text and not _FOUR_DIGITS.search(sent.text)):
            continue  # an event's weekday is a weekday's name or a full date's (see _weekday): none here
        for _, clause in _clauses(sent.text):
            if not _HAS_DAY.search(clause):
                continue  # no day for an event of it
            rounds = {_round_number(m) for m in _ROUND.finditer(clause)} if _may_hold(_HAS_ROUND, clause) else set()
            if rounds and rounds != {current.get(outlet)}:
                continue
            for event, weekday, shown in _events(clause, year):
                if _elsewhere(clause, clause.find(shown), clause.find(shown) + len(shown)):
                    continue
                label = _EVENT_LABELS[event]
                out.append(Assertion("day", label, weekday, shown, sent.id, outlet, order))
    return out


def _events(clause: str, year: str | None) -> Iterator[tuple[str, str, str]]:
    """(event, weekday, as written) for each event of the clause with a day within a few words after its verb."""
    plain = clause.isascii()  # an ASCII clause is searched lower-cased (:mod:`briefing.derive.lower_case`)
    low = clause.lower() if plain else clause
    for event, verb in (_EVENTS_LOWER if plain else _EVENTS).items():
        for v in verb.finditer(low):
            near = clause[v.end() : v.end() + 70]
            for d in _DAY.finditer(near):
                if d.group("year") and d.group("year") != year:
                    break
                weekday = _weekday(d, event)
                if weekday:
                    yield event, weekday, (clause[v.start() : v.end()] + near[: d.end()]).strip()
                    break
    held = (_HELD_LOWER if plain else _HELD).search(low)
    if held:
        for d in _DAY.finditer(clause[held.end() : held.end() + 150]):
            if (d.group("d2") or d.group("d4")) and d.group("year") in (None, year):
                for event in ("opened", "ended"):
                    weekday = _weekday(d, event)
                    if weekday:
                        said = clause[held.start() : held.end()]
                        yield event, weekday, f"{said} {d.group(0).strip()} ({weekday.capitalize()})"


def _weekday(d: re.Match[str], event: str) -> str | None:
    """The weekday a day expression names: given, or computed from a full date (a range's first or last day)."""
    if d.group("weekday"):
        return d.group("weekday").lower()
    year = d.group("year")
    if not year:
        return None
    month = _MONTHS.index((d.group("m1") or d.group("m2")).lower()) + 1
    first, last = (d.group("d1"), d.group("d2")) if d.group("m1") else (d.group("d3"), d.group("d4"))
    day = int(last if event == "ended" and last else first)
    try:
        return _WEEKDAYS[datetime.date(int(year), month, day).weekday()]
    except ValueError:
        return None


def _formats(sentences: list) -> list[Assertion]:
    """Direct or indirect talks, negations read ("did not meet face to face" is indirect); mixed sentences skipped."""
    out = []
    for sent, outlet, order in sentences:
        if not _may_hold(_HAS_FORMAT, sent.text):
            continue
        values: dict[str, str] = {}
        for m in _DIRECT.finditer(sent.text):
            negated = bool(_NEGATION.search(sent.text[max(0, m.start() - 40) : m.start()]))
            values.setdefault("indirect" if negated else "direct", m.group(0))
        for m in _INDIRECT.finditer(sent.text):
            values.setdefault("indirect", m.group(0))
        if len(values) == 1 and _TALKS.search(sent.text):
            ((value, cue),) = values.items()
            out.append(
                Assertion("format", "Direct or indirect talks", value, _around(sent.text, cue), sent.id, outlet, order)
            )
    return out


def _around(text: str, cue: str, words: int = 4) -> str:
    """A cue with a few words on each side, as the sentence writes them (a claim's quote)."""
    at = text.find(cue)
    starts = [m.start() for m in re.finditer(r"\S+", text[:at])][-words:]
    start = starts[0] if starts else at
    ends = [m.end() for m in re.finditer(r"\S+", text[at + len(cue) :])][:words]
    end = at + len(cue) + (ends[-1] if ends else 0)
    return " ".join(text[start:end].split()).strip(" ,;:.")

"""The next round as each outlet announces it, and the mood of the talks: two things outlets often differ on.

*Next round.* A round is announced for later in general news English: "the
next round will be held in Dakar in June", "the ministers will meet again in
Accra on 20 April", "the sixth round is to take place in Quito". Where (a
city after "in", not a country: "in Peru early next year" names no city)
and when (a month, or a day of a month) are each an aspect; an outlet that
announces Dakar in June and one that announces Saint-Louis in July
contradict each other on both. A proposal, a hope or an open question
("proposed that the next round be held in Dakar", "no date has been set")
announces nothing.

*Atmosphere.* The words outlets choose for how the talks went ("a cordial
round", "in a constructive atmosphere", "tense negotiations", "the talks were
difficult") are a characterisation, not a fact; two outlets that describe the
same talks in opposite words are listed as a difference of wording, after
the facts (:data:`briefing.derive.contradictions.KIND_RANK`). An outlet that
calls the talks both (tense but constructive) differs from nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anyascii import anyascii
from rapidfuzz import fuzz

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.lower_case import holds_any
from briefing.derive.phrasing import Asserted
from briefing.model import Place

_ORDINAL = "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
#: A round announced for later, up to the words that tell where and when it will be.
_NEXT = patterns.compile(
    rf"\b(?:next|following|new|further|another|{_ORDINAL})\s+(?:formal\s+)?(?:round|session|cycle)"
    r"(?:\s+of\s+(?:the\s+)?(?:talks|negotiations|consultations|conversations))?\b"
    r"(?=[^.;]{0,30}?\b(?:will|is\s+to|are\s+to|to\s+be\s+held|to\s+take\s+place|is\s+(?:due|scheduled|planned|set)"
    r"|was\s+(?:scheduled|set|fixed)|would\s+be\s+held|which\s+will)\b)"
    r"|\b(?:will|to|would|agreed\s+to)\s+meet\s+again\b",
    re.I,
)
#: Words that make the announcement a proposal, a hope or a question, not a schedule.
_UNSETTLED = patterns.compile(
    r"\b(?:propos\w*|suggest\w*|offer\w*|could|might|(?-i:may)|hope\w*|wants?|wanted|wish\w*|ask\w*|invit\w*|urg\w*|"
    r"unclear|not\s+(?:yet\s+)?(?:known|set|fixed|decided|agreed)|no\s+date|if|unless|whether|possibly|perhaps)\b",
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
#: When: "on 20 April", "on April 20", "in June", "in early July", "in the month of June".
_WHEN = patterns.compile(
    rf"\b(?:on\s+(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTHS})|(?P<m2>{_MONTHS})\s+(?P<d2>\d{{1,2}})\b)"
    rf"|(?:in|by|for)\s+(?:(?:early|mid|late|mid-|the\s+month\s+of)\s*)?(?P<m3>{_MONTHS}))\b"
)
#: Where: "in Dakar", "in Lima", "in the Ghanaian city of Kumasi".
_WHERE = patterns.compile(
    r"\b(?:in|at)\s+(?:the\s+\w+\s+(?:city|capital|town|port)\s+of\s+)?"
    r"(?P<city>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+){0,2})"
)
#: Two spellings of one city ("Gdansk", "Gdańsk"), by rapidfuzz's ratio of their ASCII forms.
SAME_CITY = 85
#: How far after an announcement its place and date are read (the rest of the clause, in characters).
REACH = 90

_GOOD = r"constructive|cordial|positive|friendly|productive|fruitful|amicable|businesslike|excellent|encouraging"
_BAD = r"tense|difficult|tough|acrimonious|heated|stormy|strained|frosty|hostile|bitter|fraught|testy|rocky"
_TALK = (
    r"(?:talks|negotiations|round|meeting|session|sessions|discussions|atmosphere|climate|mood|conversations|exchanges)"
)
#: How the talks went, in the words of an outlet: an adjective before the talks, or said of them.
_MOOD = patterns.compile(
    rf"\b(?P<a>{_GOOD}|{_BAD})\s+(?:\w+\s+){{0,2}}?{_TALK}\b"
    rf"|\b{_TALK}\s+(?:\w+\s+){{0,3}}?(?:were|was|had\s+been|have\s+been|proved|remained)\s+(?:\w+\s+)?(?P<b>{_GOOD}|{_BAD})\b"
    rf"|\b(?:described|called|termed|characteri[sz]ed)\s+(?:\w+\s+){{0,4}}?as\s+[“\"]?(?P<c>{_GOOD}|{_BAD})\b"
    rf"|\bcalled\s+the\s+{_TALK}\s+[“\"]?(?P<d>{_GOOD}|{_BAD})\b",
    re.I,
)
#: Words every match of _NEXT, and of _MOOD, holds: most sentences hold none, and are not searched.
_NEXT_WORDS = ("round", "session", "cycle", "again")
_MOOD_WORDS = tuple(f"{_GOOD}|{_BAD}".split("|"))
_BAD_WORD = patterns.compile(rf"^(?:{_BAD})$", re.I)


def schedule_contradictions(sentences: list[Asserted], names: dict[str, str], places: list[Place]) -> list[Found]:
    """Where or when the next round will be, and how the talks went, where outlets tell them differently."""
    canonical = {v: p.name for p in places for v in [p.name, *p.variants]}
    announced = [
        Assertion("next", "The next round", (city, date), shown, sid, out, order)
        for sid, text, out, order in sentences
        for city, date, shown in _announced(text, canonical)
    ]
    found = contradictions(announced, _same_announcement, names)
    moods = [
        Assertion("mood", "Atmosphere of the talks", mood, shown, sid, out, order)
        for sid, text, out, order in sentences
        for mood, shown in _moods(text)
    ]
    return found + contradictions(moods, lambda a, b: a == b, names)


def _announced(text: str, canonical: dict[str, str]) -> Iterator[tuple[str | None, tuple | None, str]]:
    """(city, (month, day), as written) of each round the sentence announces for later."""
    if not holds_any(_NEXT_WORDS, text):
        return
    for m in _NEXT.finditer(text):
        if _UNSETTLED.search(text):
            return
        after = re.split(r"[;.]\s|,\s+(?:but|while)\s", text[m.end() : m.end() + REACH])[0]
        cities = [(c, w.end()) for w in _WHERE.finditer(after) if (c := _city(w, canonical))]
        when = _WHEN.search(after)
        date = None
        if when:
            month = when.group("m1") or when.group("m2") or when.group("m3")
            day = when.group("d1") or when.group("d2")
            date = (month.lower(), int(day) if day else None)
        if cities or date:
            end = max([e for _, e in cities[:1]] + ([when.end()] if when else []))
            yield (cities[0][0] if cities else None), date, " ".join(f"{m.group(0)}{after[:end]}".split())
        return


def _city(m: re.Match[str], canonical: dict[str, str]) -> str | None:
    """The city a capitalised name after "in" names: not a country, a month or a weekday."""
    name = m.group("city")
    if lexicon.is_country(name) or re.fullmatch(rf"(?:{_MONTHS})\b.*", name):
        return None
    if re.fullmatch(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*", name):
        return None
    return canonical.get(name, name)


def _same_announcement(a: object, b: object) -> bool:
    """One announcement: no city and no date that differ (one outlet may give only the month)."""
    assert isinstance(a, tuple) and isinstance(b, tuple)
    (city_a, date_a), (city_b, date_b) = a, b
    return (not city_a or not city_b or _same_city(city_a, city_b)) and (
        not date_a or not date_b or _same_date(date_a, date_b)
    )


def _same_city(a: str, b: str) -> bool:
    return a == b or fuzz.ratio(anyascii(a).lower(), anyascii(b).lower()) >= SAME_CITY


def _same_date(a: tuple, b: tuple) -> bool:
    """One date: the same month, and the same day where both give one ("in June" is "on 12 June")."""
    return a[0] == b[0] and (a[1] is None or b[1] is None or a[1] == b[1])


def _moods(text: str) -> Iterator[tuple[str, str]]:
    """("good" or "bad", as written) for each characterisation of the talks in a sentence, negations skipped.

    A second word coordinated with the first ("tense but constructive") is read too: the outlet says both.
    """
    if not holds_any(_MOOD_WORDS, text):
        return
    for m in _MOOD.finditer(text):
        group = next(g for g in ("a", "b", "c", "d") if m.group(g))
        word, at = m.group(group), m.start(group)
        shown = re.sub(r"[“”\"]", "", m.group(0))
        if not _NEGATED.search(text[max(0, at - 25) : at]):
            yield _kind(word), shown
        more = _AND_MOOD.match(text, m.end())
        if more:
            yield _kind(more.group("w")), shown


#: "not tense", "far from cordial", "hardly constructive": no characterisation.
_NEGATED = patterns.compile(r"\b(?:not|never|hardly|far\s+from)\s+(?:\w+\s+){0,2}$", re.I)
#: A second characterisation coordinated with the first: "tense but constructive".
_AND_MOOD = patterns.compile(rf"\s*,?\s*(?:but|and|yet|if|though)\s+(?:also\s+|still\s+)?(?P<w>{_GOOD}|{_BAD})\b", re.I)


def _kind(word: str) -> str:
    return "bad" if _BAD_WORD.match(word.split()[-1]) else "good"

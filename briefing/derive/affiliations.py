"""Each person's side: the state or organisation they serve, from the text alone.

Evidence in the order that worked best (see /work/shared/notes/extraction.md):
a state or organisation in their titles ("Syrian Foreign Minister", "DLM
spokesman", "a member of the Harbaq delegation", "the movement's
spokesman"), the side of the person whose aide they are ("Netanyahu's
military adviser"), the delegation frame naming them ("Syria has sent X"),
then the actor named just before them in their own clause. Votes that tie
give no side rather than the first one read.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from briefing import patterns
from briefing.derive.actors import Actors
from briefing.derive.delegation_seats import seats
from briefing.derive.locator import PersonLocator
from briefing.derive.title_vocabulary import HEAD_NOUNS
from briefing.model import Person, Source

#: A state named as the target of a role ("ambassador to the United States", "envoy for Syria").
TARGET_PREP = patterns.compile(r"\b(?:to|for|on|in|with|toward|towards|against)\s+(?:the\s+)?$")
#: In a title, a state after one of these is what the post deals with ("envoy to the Organization of ...").
_TARGET_ANYWHERE = patterns.compile(r"\b(?:to|for|on|toward|towards|against|with)\s", re.IGNORECASE)
#: Where a person works, which is not whom they serve ("an analyst at an institute in Dakar").
_PLACE_OF_WORK = patterns.compile(r"\b(?:in|at|from|based)\s", re.IGNORECASE)
#: "Netanyahu's military adviser": the possessor of a role.
POSSESSOR = patterns.compile(r"^([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s")
#: A role owned by a generic noun: "group's political chief", "junta leader", "Coalition spokesman".
_GENERIC_OWNER = patterns.compile(r"^([A-Za-z][a-z]+)(?:['’]s)?\s+(?=[a-z])")
#: A former office says whom a person served, not whom they serve now ("a former Nigerian minister").
_FORMER = patterns.compile(r"\b(?:former|ex-|erstwhile|one-time|onetime)(?!\w)", re.IGNORECASE)
#: A place where something happens, not an actor: "in Lomé", "the capital of Togo".
_WHERE = patterns.compile(r"\b(?:in|at|to|from|near|of|outside|inside|into)\s+(?:the\s+)?$")
#: How far before a name the actor named may stand and still give the person's side.
CONTEXT_CHARS = 40
#: What ends the clause of the person before: the actor named there is that person's.
_CLAUSE_END = patterns.compile(r"[;:()“”\"]|\s(?:and|or|but|while|whereas)\s")
#: Titles of office: a side in the title is the side served (unlike "an analyst at an institute in X").
_OFFICE = HEAD_NOUNS - {
    "official",
    "member",
    "researcher",
    "analyst",
    "lawyer",
    "professor",
    "expert",
    "economist",
    "activist",
    "resident",
    "scholar",
    "academic",
}


def assign_person_parties(sources: list[Source], people: list[Person]) -> set[str]:
    """Set each official's ``party`` where the text says; returns the ids whose side only the last
    guess (context) gave: weak evidence, not enough to make "the X government" an alias of the state."""
    actors = Actors.of(sources)
    officials = [p for p in people if p.kind != "journalist"]
    for person in officials:
        person.party = person.party or person_country(person, actors)
    by_surface = {v: p for p in officials for v in [p.name, *p.variants]}
    for _ in range(2):
        if all(p.party for p in officials):
            break
        for person in officials:
            person.party = person.party or _possessor_party(person, by_surface)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for seat in seats(sources, officials):
            if seat.party and not seat.mediator and not seat.absent:
                votes[seat.person][seat.party] += 1
        for person in officials:
            if person.party is None:
                person.party = _winner(votes[person.id])
    before = {p.id for p in officials if p.party is None}
    _home_capital_parties(sources, officials, actors)
    _context_parties(sources, officials, actors)
    return {p.id for p in officials if p.id in before and p.party is not None}


def _winner(votes: Counter[str]) -> str | None:
    """The side with the most votes; a tie gives none."""
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]


def person_country(person: Person, actors: Actors | None = None) -> str | None:
    """The side a person serves, from the states and organisations in their titles."""
    votes: Counter[str] = Counter()
    for role in person.roles:
        m = POSSESSOR.match(role)
        if (m and not _named(m.group(1), actors)) or _FORMER.search(role):
            continue
        side = role_country(role, actors)
        if side:
            votes[side] += 1
    return _winner(votes)


def _named(phrase: str, actors: Actors | None) -> str | None:
    return (actors or Actors([])).named(phrase)


def role_country(role: str, actors: Actors | None = None) -> str | None:
    """The side a title names: "Syrian Foreign Minister" -> Syria; "ambassador to the United States" -> None.

    A state after "to/for/on" is the counterpart, not the side served; where a person with no office
    works ("an analyst at an institute in Dakar") is no side either.
    """
    actors = actors or Actors([])
    owner = _GENERIC_OWNER.match(role)
    if owner and actors.generic(owner.group(1).lower()):
        return actors.generic(owner.group(1).lower())  # "movement's spokesman": the roles lost their "the"
    office = any(w in _OFFICE for w in re.findall(r"[a-z][a-z-]*", role.lower()))
    for span in actors.mentions(role):
        before = role[: span.start]
        if _TARGET_ANYWHERE.search(before) or (not office and _PLACE_OF_WORK.search(before)):
            continue
        return span.name
    return None


def _country_before(text: str, start: int, floor: int, earlier: set[str], actors: Actors) -> str | None:
    """The actor named in the person's own clause just before them, else the only one named before them."""
    window_start = max(0, start - CONTEXT_CHARS, floor)
    breaks = [m.end() for m in _CLAUSE_END.finditer(text, window_start, start)]
    window_start = max([window_start, *breaks])
    window = text[window_start:start]
    hits = [h for h in actors.mentions(window) if not TARGET_PREP.search(window[: h.start])]
    if hits:
        return hits[-1].name
    before = _actors_named(text[:start], actors) or earlier
    return next(iter(before)) if len(before) == 1 else None


def _actors_named(text: str, actors: Actors) -> set[str]:
    """The actors a text names as actors: not a place where something happens ("in Lomé, the capital of Togo")."""
    return {h.name for h in actors.mentions(text) if not _WHERE.search(text[: h.start])}


def _possessor_party(person: Person, by_surface: dict[str, Person]) -> str | None:
    for role in person.roles:
        m = POSSESSOR.match(role)
        words = m.group(1).split() if m else []
        for i in range(len(words)):  # "President Trump's envoy": the owner is "Trump"
            owner = by_surface.get(" ".join(words[i:]))
            if owner is not None and owner is not person and owner.party:
                return owner.party
    return None


#: What a minister does at home, after the name: "said in Paris", ", speaking in Riyadh,", "told the
#: cabinet in Yerevan", "told parliament in Tbilisi".
_SPOKE_IN = patterns.compile(
    r"(?:,\s*)?\s*(?:said|says|added|warned|speaking|told\s+(?:the\s+)?(?:cabinet|parliament|lawmakers|"
    r"reporters|journalists|state\s+television|a\s+news\s+conference))\s+in\s+"
)
#: Offices of a government at home, whose holder speaking in a capital is that state's.
_HOME_OFFICE = patterns.compile(r"\b(?:minister|president|premier|chancellor|prime)\b", re.IGNORECASE)


def _home_capital_parties(sources: list[Source], people: list[Person], actors: Actors) -> None:
    """ "Foreign Minister X said in Paris", "Energy Minister Y, speaking in Riyadh": a minister or head
    of government with no side yet, speaking in a state's capital, serves that state. Envoys, mediators
    and analysts speak anywhere and are left alone; one capital against another gives none."""
    wanted = {p.id for p in people if p.party is None and any(_HOME_OFFICE.search(r) for r in p.roles)}
    if not wanted:
        return
    locator = PersonLocator.shared(sources, people)
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for src in sources:
        for sent in src.body:
            for mention, person in locator.find(sent):
                cue = _SPOKE_IN.match(sent.text, mention.end) if person.id in wanted else None
                if cue is None:
                    continue
                spans = [h for h in actors.mentions(sent.text) if h.start == cue.end()]
                if spans and spans[0].kind == "capital":
                    votes[person.id][spans[0].name] += 1
    for person in people:
        if person.id in wanted:
            person.party = _winner(votes[person.id])


def _context_parties(sources: list[Source], people: list[Person], actors: Actors) -> None:
    """Last resort: the actor named shortly before the person in their clause, else the only one named
    before them in their sentence, else the only one named earlier in their paragraph."""
    missing = [p for p in people if p.party is None]
    if not missing:
        return
    locator = PersonLocator.shared(sources, people)
    wanted = {id(p) for p in missing}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for src in sources:
        paragraph, earlier = -1, set()
        unread: list[str] = []  # the paragraph's sentences so far whose actors are not in ``earlier`` yet
        for sent in src.body:
            if sent.paragraph != paragraph:
                paragraph, earlier, unread = sent.paragraph, set(), []
            floor = 0
            for mention, person in locator.find(sent):
                if id(person) in wanted:
                    for text in unread:  # read only in a paragraph that names someone without a side
                        earlier.update(_actors_named(text, actors))
                    unread.clear()
                    side = _country_before(sent.text, mention.start, floor, earlier, actors)
                    if side:
                        votes[person.id][side] += 1
                floor = mention.end
            unread.append(sent.text)
    for person in missing:
        person.party = _winner(votes[person.id])

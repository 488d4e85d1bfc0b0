"""Discrepancies between outlets: contradictions first, then spellings and delegation lists, listed apart.

A contradiction is two outlets saying things about the same thing that
cannot both be true: a figure (:mod:`figures`), the round, venue, day or
format of the talks (:mod:`occasion`), a person's title (:mod:`titles`) or
whereabouts (:mod:`whereabouts`), who leads a side (:mod:`leads`). Each cites
both sides and says which outlets say what (:mod:`contradictions`); the most
substantive come first (figures, those about an outcome, most outlets).

Differences that contradict nothing come after, one entry each, so they
never outrank a contradiction: the spellings outlets use for one person
(all of them in one entry), and the members some outlets name in a
delegation that others covering it leave out.
"""

from __future__ import annotations

from collections import defaultdict
from typing import NamedTuple

from anyascii import anyascii

from briefing.derive.contradictions import Found, ranked
from briefing.derive.delegations import find_delegations_outlets
from briefing.derive.figures import figure_contradictions, outlet_names
from briefing.derive.leads import lead_contradictions
from briefing.derive.names import name_tokens
from briefing.derive.occasion import Dated, dated_contradictions, joined, placed_contradictions
from briefing.derive.phrasing import Asserted, asserted_sentences
from briefing.derive.schedule import schedule_contradictions
from briefing.derive.similar import shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.derive.titles import title_contradictions
from briefing.derive.whereabouts import attendance_contradictions
from briefing.model import Claim, Delegation, Party, Person, Place, Source

#: Subjects of the two entries listed apart from the contradictions.
SPELLINGS, LISTS = "Spellings of names", "Who is named in each delegation"


def find_discrepancies(
    sources: list[Source],
    people: list[Person],
    parties: list[Party],
    delegations: list[Delegation],
    places: list[Place],
    outcomes: list[Claim],
    figures: list[Found] | None = None,
    occasions: list[Found] | None = None,
) -> list[Claim]:
    """Contradictions between outlets, substantive first; spellings and delegation lists after, one entry each.

    ``figures`` and ``occasions`` are :func:`figure_discrepancies` and
    :func:`occasion_discrepancies` of the same sources (and places) when
    they were found beside other stages; else they are found here.
    """
    told = told_of_people(sources, people, parties, delegations)
    if figures is None:
        figures = figure_discrepancies(sources)
    if occasions is None:
        occasions = occasion_discrepancies(sources, places)
    return listed(told, figures, occasions, outcomes)


class Told(NamedTuple):
    """What outlets tell differently of the people: who leads, who attended, their titles (contradictions),
    and the entries listed apart (spellings, delegation lists). It needs neither places nor figures, so it
    is found while the venue and the schedule are (:func:`placed_discrepancies`)."""

    found: list[Found]
    apart: list[Claim | None]


def told_of_people(
    sources: list[Source], people: list[Person], parties: list[Party], delegations: list[Delegation]
) -> Told:
    """The half of :func:`find_discrepancies` about the people and delegations."""
    outlet = syndication_outlets(sources, shared_index(sources))
    names = outlet_names(sources, outlet)
    found = [
        *lead_contradictions(sources, people, parties, outlet, names),
        *attendance_contradictions(sources, people, outlet, names),
        *title_contradictions(sources, people, outlet, names),
    ]
    apart = [_spellings(sources, people, outlet, names), _lists(sources, people, delegations, outlet, names)]
    return Told(found, apart)


def listed(told: Told, figures: list[Found], occasions: list[Found], outcomes: list[Claim]) -> list[Claim]:
    """The discrepancies from their parts: contradictions ranked (figures, then the occasion, then the
    people's), those about an outcome first; the entries listed apart after them."""
    claims = ranked([*figures, *occasions, *told.found], {sid for o in outcomes for sid in o.citations})
    for claim in told.apart:
        if claim is not None:
            claim.id = f"d{len(claims) + 1}"
            claims.append(claim)
    return claims


def figure_discrepancies(sources: list[Source]) -> list[Found]:
    """The figures outlets give differently: the sources are all they need, so they can be found beside the rest."""
    index = shared_index(sources)
    return figure_contradictions(sources, syndication_outlets(sources, index), index)


#: What outlets tell differently of the venue and city, and of the next round: found once the places are.
Placed = tuple[list[Found], list[Found]]


def occasion_discrepancies(sources: list[Source], places: list[Place]) -> list[Found]:
    """Round, venue, day, format and the next round, told differently: they need the sources and the places only."""
    return joined_occasions(dated_discrepancies(sources), placed_discrepancies(sources, places))


def dated_discrepancies(sources: list[Source]) -> Dated:
    """Round, day and format told differently: the sources are all they need (found beside the rest)."""
    return dated_contradictions(*_asserted(sources))


def placed_discrepancies(sources: list[Source], places: list[Place]) -> Placed:
    """Venue and city, and the next round, told differently: these need the places too."""
    asserted, names = _asserted(sources)
    return placed_contradictions(asserted, names, places), schedule_contradictions(asserted, names, places)


def joined_occasions(dated: Dated, placed: Placed) -> list[Found]:
    """The occasion's contradictions (:func:`occasion_discrepancies`) from its two halves, in their order."""
    where, schedule = placed
    return [*joined(dated, where), *schedule]


def _asserted(sources: list[Source]) -> tuple[list[Asserted], dict[str, str]]:
    outlet = syndication_outlets(sources, shared_index(sources))
    return asserted_sentences(sources, outlet), outlet_names(sources, outlet)


def _sentence_outlets(sources: list[Source], outlet: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Sentence id -> its outlet key, and -> its text (body sentences only)."""
    of = {s.id: outlet[src.id] for src in sources for s in src.body}
    text = {s.id: s.text for src in sources for s in src.body}
    return of, text


def _spellings(
    sources: list[Source], people: list[Person], outlet: dict[str, str], names: dict[str, str]
) -> Claim | None:
    """Every person whose full name outlets spell differently, in one entry citing each spelling's first use."""
    of, text = _sentence_outlets(sources, outlet)
    parts: list[str] = []
    cites: list[str] = []
    for person in people:
        if person.kind == "journalist":
            continue
        used = _spelled(person, of, text)
        used = {v: u for v, u in used.items() if not any(_shortened(v, w) or _accented(v, w) for w in used)}
        if len(used) >= 2 and len({frozenset(o) for _, o in used.values()}) >= 2:
            spelled = ", ".join(f"“{v}” ({', '.join(sorted(names[o] for o in outs))})" for v, (_, outs) in used.items())
            parts.append(f"{person.name}: {spelled}")
            cites += [sid for sid, _ in used.values()]
    if not parts:
        return None
    return Claim("", "; ".join(parts) + ".", list(dict.fromkeys(cites)), len({of[c] for c in cites}), about=SPELLINGS)


def _spelled(person: Person, of: dict[str, str], text: dict[str, str]) -> dict[str, tuple[str, set[str]]]:
    """Full spellings of a person's name -> (first sentence using it, outlets using it), in mention order."""
    full = [v for v in person.variants if len(name_tokens(v)) >= 2]
    used: dict[str, tuple[str, set[str]]] = {}
    for sid in person.mentions:
        if sid not in text:
            continue
        for variant in full:
            if _names_in(variant, text[sid]):
                used.setdefault(variant, (sid, set()))[1].add(of[sid])
    return used


def _shortened(short: str, full: str) -> bool:
    """Whether ``short`` is the last words of ``full`` ("Vergara Lagos" of "Gonzalo Vergara Lagos"): the
    surnames a second mention uses, not another spelling. A dropped surname ("Luis Moreno" of "Luis
    Alberto Moreno Mejía") is how an outlet spells the name, and listed."""
    a, b = name_tokens(short), name_tokens(full)
    return 0 < len(a) < len(b) and b[-len(a) :] == a


def _accented(plain: str, other: str) -> bool:
    """Whether ``other`` is ``plain`` with its accents ("Tomas" of "Tomás"): one spelling, typed two ways."""
    return plain != other and plain == anyascii(plain) and anyascii(other) == plain


def _names_in(variant: str, text: str) -> bool:
    """Whether ``text`` holds ``variant`` as whole words ("Gil Reich" is not in "Gill Reich")."""
    start = text.find(variant)
    while start >= 0:
        end = start + len(variant)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        start = text.find(variant, start + 1)
    return False


def _lists(
    sources: list[Source],
    people: list[Person],
    delegations: list[Delegation],
    outlet: dict[str, str],
    names: dict[str, str],
) -> Claim | None:
    """Members some outlets name in a delegation and others covering it never mention, in one entry."""
    of, _ = _sentence_outlets(sources, outlet)
    by_id = {p.id: p for p in people}
    parts: list[str] = []
    cites: list[str] = []
    for delegation in delegations:
        covering = find_delegations_outlets(delegation, of)
        if len(covering) < 2:
            continue
        missing: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for member in delegation.members:
            person = by_id.get(member.person)
            naming = {of[c] for c in member.citations if c in of}
            mentioning = {of[s] for s in person.mentions if s in of} if person else naming
            silent = tuple(sorted(o for o in covering if o not in mentioning))
            if person is None or not silent or not naming:
                continue
            missing[silent].append(person.name)
            others = [c for m in delegation.members for c in m.citations if of.get(c) in silent]
            cites += [*member.citations, *others]
        for silent, members in missing.items():
            who = ", ".join(members)
            parts.append(f"{delegation.party}: {who} not named by {', '.join(names[o] for o in silent)}")
    if not parts:
        return None
    cites = list(dict.fromkeys(cites))
    return Claim("", "; ".join(parts) + ".", cites, len({of[c] for c in cites if c in of}), about=LISTS)

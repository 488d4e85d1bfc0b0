"""Delegations: the seats found (:mod:`briefing.derive.delegation_seats`) weighed into each side's
members and head.

A person whom more clauses keep away from the table than seat at it is no member; a head named by
one outlet where others name another more often is outvoted; an article saying a side has "no
formal head" gives it none unless as many outlets name one. Mediators sit in the mediator's
delegation, never in a side's.
"""

from __future__ import annotations

from collections import defaultdict

from briefing.derive.actors import Actors
from briefing.derive.delegation_groups import headless
from briefing.derive.delegation_seats import Seat, seats
from briefing.model import Delegation, Member, Party, Person, Source


def find_delegations(sources: list[Source], people: list[Person], parties: list[Party]) -> list[Delegation]:
    """Per party, its members with role and lead; the mediator's people in the mediator's entry.

    A person whom more clauses keep away from the table than seat at it is no member.
    """
    role_of = {p.name: p.role for p in parties}
    table: dict[str, dict[str, Member]] = defaultdict(dict)
    all_seats = seats(sources, people)
    evidence: dict[str, int] = defaultdict(int)
    for seat in all_seats:
        evidence[seat.person] += -1 if seat.absent else 1
    outvoted, demoted = _outvoted_heads(all_seats, role_of)
    headless_sides = _headless_sides(sources, all_seats, role_of)
    for seat in all_seats:
        party = _seat_party(seat, role_of)
        if seat.absent or party is None or evidence[seat.person] <= 0 or seat.person in outvoted:
            continue
        member = table[party].setdefault(seat.person, Member(seat.person, _role(seat.member), False))
        member.lead = member.lead or (seat.lead and seat.person not in demoted and party not in headless_sides)
        if seat.sentence not in member.citations:
            member.citations.append(seat.sentence)
    order = {p.name: i for i, p in enumerate(parties)}
    position = {p.id: i for i, p in enumerate(people)}
    return [
        Delegation(party, sorted(table[party].values(), key=lambda m: (not m.lead, position[m.person])))
        for party in sorted(table, key=lambda n: order[n])
    ]


def _headless_sides(sources: list[Source], all_seats: list[Seat], role_of: dict[str, str]) -> set[str]:
    """Sides that have no head: as many outlets say it has no formal head as name one ("led by X").

    One outlet's "no formal head" outweighs one other calling a member its leader, but not two that
    name a head, as one outlet's head is outvoted by the others (:func:`_outvoted_heads`).
    """
    actors = Actors.of(sources)
    no_head: dict[str, set[str]] = defaultdict(set)
    for src in sources:
        for side in headless(src, actors):
            no_head[side].add(src.outlet_key)
    if not no_head:
        return set()
    outlet_of = {src.id: src.outlet_key for src in sources}
    named: dict[str, set[str]] = defaultdict(set)
    for seat in all_seats:
        party = _seat_party(seat, role_of) if seat.lead and not seat.absent else None
        if party in no_head:
            named[party].add(outlet_of.get(seat.sentence.rsplit(":", 1)[0], seat.sentence))
    # An outlet that says "no formal head" and then names co-leads names heads: it votes with them.
    return {
        side for side, outlets in no_head.items() if (only := outlets - named[side]) and len(only) >= len(named[side])
    }


def _outvoted_heads(all_seats: list[Seat], role_of: dict[str, str]) -> tuple[set[str], set[str]]:
    """Heads one outlet names where other outlets name another head more often: one outlet's mistake
    ("the fisheries chief headed the delegation"). Returns those seated only as that head (no member)
    and those also seated otherwise (a member, not the head). Co-heads named together stay heads."""
    heads: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    together: dict[str, set[str]] = defaultdict(set)  # the sentences naming each person a head
    only_head: dict[str, bool] = defaultdict(lambda: True)
    for seat in all_seats:
        if seat.absent or seat.mediator:
            continue
        party = _seat_party(seat, role_of)
        if party is not None and seat.lead:
            heads[party][seat.person] += 1
            together[seat.person].add(seat.sentence)
        else:
            only_head[seat.person] = False
    gone: set[str] = set()
    demoted: set[str] = set()
    for votes in heads.values():
        top = max(votes.values())
        leaders = [p for p, n in votes.items() if n == top]
        for person, n in votes.items():
            if n == top or any(together[person] & together[q] for q in leaders):
                continue
            (gone if only_head[person] else demoted).add(person)
    return gone, demoted


def _seat_party(seat: Seat, role_of: dict[str, str]) -> str | None:
    """The delegation a seat puts its person in: a mediator's own, else the frame's side."""
    person = seat.member
    party = person.party if role_of.get(person.party or "") == "mediator" or seat.mediator else seat.party
    if not party or party not in role_of:
        return None
    if role_of[party] == "mediator" and not (seat.mediator or person.party == party):
        return None
    return party


def _role(person: Person) -> str | None:
    return person.roles[0] if person.roles else None


def find_delegations_outlets(delegation: Delegation, outlet_of: dict[str, str]) -> list[str]:
    """The outlets whose sentences say something about who is in a delegation."""
    return sorted({outlet_of[c] for m in delegation.members for c in m.citations if c in outlet_of})

"""What is searchable besides sentences: one document per name, variant or claim of each entity."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.history import Location

if TYPE_CHECKING:
    from briefing.model import Briefing, Claim


@dataclass(frozen=True, slots=True)
class Doc:
    """An entity document: one name, variant or claim text of one entity."""

    kind: str
    id: str
    label: str
    text: str
    where: str
    location: Location
    glue: bool  # names: also match two adjacent words written as one ("Alsharaa")


def entity_docs(briefing: Briefing) -> Iterator[Doc]:
    """People (every variant), parties (and aliases), places (and variants), claims, outcomes and demands."""
    for person in briefing.people:
        loc = Location("people", person.id)
        for name in _unique([person.name, *person.variants]):
            yield Doc("person", person.id, person.name, name, "People", loc, True)
    for party in briefing.parties:
        loc = Location("delegations", party.name)
        for name in _unique([party.name, *party.aliases]):
            yield Doc("party", party.name, party.name, name, "Parties", loc, True)
    for place in briefing.places:
        loc = Location("places", place.id)
        for name in _unique([place.name, *place.variants]):
            yield Doc("place", place.id, place.name, name, "Places", loc, True)
    yield from _claim_docs(briefing.summary, "claim", "summary", "Summary")
    yield from _claim_docs(briefing.outcomes, "claim", "outcomes", "Outcomes")
    for claim in briefing.demands:
        where = f"Demands · {claim.party}" if claim.party else "Demands"
        yield Doc("demand", claim.id, claim.text, claim.text, where, Location("demands", claim.id), False)
    yield from _claim_docs(briefing.discrepancies, "claim", "discrepancies", "Discrepancies")


def _claim_docs(claims: list[Claim], kind: str, pane: str, where: str) -> Iterator[Doc]:
    for claim in claims:
        yield Doc(kind, claim.id, claim.text, claim.text, where, Location(pane, claim.id), False)


def _unique(names: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name and name not in seen:
            seen.add(name)
            out.append(name)
    return out

"""What derivation finds in invented texts, shared by the tests of one derivation step across several files.

The discrepancy tests build a briefing from a few talks reports, one body each, and look up the
contradictions by the label they open with; the place tests read one article's places. One helper
each, so that every file feeds derivation the same way and a change to the way is made once.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.parties import find_parties
from briefing.derive.people import find_people
from briefing.derive.places import find_places
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Claim, Place


def talks_briefing(*bodies: str) -> Briefing:
    """A briefing over one report per body, each with a headline and its own outlet's footer (Outlet 0, 1, …)."""
    sources = [
        source_from_text(f"Talks report {i}\n\n{body}\n\nFor the latest news, visit: Outlet {i}\n", f"s{i}")
        for i, body in enumerate(bodies)
    ]
    return derive(sources)


def discrepancies_about(b: Briefing, start: str) -> list[Claim]:
    """The discrepancies whose label opens with ``start`` ("Venue", "Number of people", …)."""
    return [c for c in b.discrepancies if (c.about or "").startswith(start)]


def places_in(text: str) -> dict[str, Place]:
    """The places found in one article, by name, with the people and parties found first as derivation does."""
    sources = [source_from_text(text, "a", "a.txt")]
    people = find_people(sources)
    parties = find_parties(sources, people)
    return {p.name: p for p in find_places(sources, parties, people)}


def spellings_of(places: dict[str, Place]) -> set[str]:
    """Every name and variant of the places: what must, or must not, have been read as a place."""
    return {v for p in places.values() for v in [p.name, *p.variants]}

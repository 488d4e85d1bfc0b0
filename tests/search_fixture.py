"""A briefing over the seed articles with the entities derivation is expected to find.

Search is tested against it whatever derivation finds on a given day.
"""

from __future__ import annotations

from briefing.ingest.sources import load_sources
from briefing.model import Briefing, Claim, Party, Person, Place, Source
from tests.conftest import SEEDS


def mentions(sources: list[Source], names: list[str]) -> list[str]:
    """Ids of the sentences naming any of ``names`` by its last word."""
    lasts = {n.split()[-1].split("-")[-1] for n in names}
    return [s.id for src in sources for s in src.sentences if any(w in s.text for w in lasts)]


def seeds_with_entities() -> Briefing:
    """The seed articles, with the people, places and claims derivation is expected to find."""
    sources, _ = load_sources(SEEDS)
    people = [
        Person("asaad-al-shibani", "Asaad al-Shibani", ["Asaad al-Shibani", "Asaad al-Shaibani"], ["Foreign Minister"]),
        Person("hussein-salameh", "Hussein Salameh", [], ["General Intelligence Director"], party="Syria"),
        Person("roman-gofman", "Roman Gofman", [], ["military secretary"], party="Israel"),
        Person("benjamin-netanyahu", "Benjamin Netanyahu", [], ["Prime Minister"], party="Israel"),
        Person("gil-reich", "Gil Reich", ["Gill Reich"], ["acting head of the National Security Council"]),
        Person("ron-dermer", "Ron Dermer", [], ["former Minister"], party="Israel"),
        Person("bashar-al-assad", "Bashar al-Assad", [], ["President"], party="Syria"),
        Person("ahmed-al-sharaa", "Ahmed al-Sharaa", [], ["President"], party="Syria"),
    ]
    places = [
        Place("sweida", "Sweida", [], [], "region"),
        Place("golan-heights", "Golan Heights", [], [], "region"),
        Place("quneitra", "Quneitra", [], [], "region"),
        Place("paris", "Paris", [], [], "city"),
    ]
    parties = [Party("Israel", ["Jerusalem"]), Party("Syria", ["Damascus"]), Party("United States", ["Washington"])]
    demands = [Claim("d1", "Syria wants Israel to reactivate the 1974 Disengagement Agreement.", party="Syria")]
    summary = [
        Claim("c1", "Israeli and Syrian officials resumed security talks in Paris, mediated by the United States.")
    ]
    for entity in [*people, *places]:
        entity.mentions = mentions(sources, [entity.name, *entity.variants])
    return Briefing("seeds", sources, summary=summary, parties=parties, people=people, demands=demands, places=places)

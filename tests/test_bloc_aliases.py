"""A bloc called by its members' region: "the three European countries", "European negotiators".

The articles are invented for these tests (Morocco and a bloc of three southern European states in
Lisbon, on fisheries); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.blocs import bloc_aliases, find_blocs
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Source

WIRE = "\n".join(
    [
        "Morocco and southern Europeans agree on sardine quotas",
        "",
        "LISBON, June 4 - Morocco and the M3 (Spain, Italy and Portugal) agreed on Thursday on sardine "
        "quotas for the next two seasons, officials said.",
        "The Moroccan delegation was led by Fisheries Minister Driss Bennani.",
        "The three envoys, Lucía Ortega of Spain, Marco Bellandi of Italy and Rui Figueiredo of Portugal, "
        "took turns to present the European proposal.",
        "",
    ]
)
NATIONAL = "\n".join(
    [
        "Rabat holds firm on trawler licences",
        "",
        "RABAT - The kingdom told the three European countries that licences stay Moroccan.",
        "The European delegation had no formal head. It included Lucía Ortega, Marco Bellandi and Rui Figueiredo.",
        "European negotiators wanted longer seasons, Bennani said.",
        "",
    ]
)
AGGREGATOR = "\n".join(
    [
        "Morocco and EU agree on fish",
        "",
        "The EU team included Lucia Ortega, Marco Bellandi and Rui Figueiredo, reports say.",
        "",
    ]
)


def _sources(*texts: str) -> list[Source]:
    return [source_from_text(t, f"s{i}", f"0{i}_outlet{i}.txt") for i, t in enumerate(texts, start=1)]


def _briefing(*texts: str) -> Briefing:
    return derive(_sources(*texts))


def test_the_bloc_is_called_by_its_count_and_region_and_by_the_regions_demonym() -> None:
    sources = _sources(WIRE, NATIONAL)
    aliases = bloc_aliases(sources, find_blocs(sources))
    assert "three European countries" in aliases["M3"]
    assert {"European", "Europeans", "EU"} <= set(aliases["M3"])


def test_the_bloc_not_the_union_is_the_side_and_holds_the_delegation() -> None:
    b = _briefing(WIRE, NATIONAL, AGGREGATOR)
    sides = {p.name for p in b.parties if p.role == "party"}
    assert sides == {"M3", "Morocco"}
    names = {p.id: p.name for p in b.people}
    seated = {d.party: {names[m.person] for m in d.members} for d in b.delegations}
    assert seated.get("M3") == {"Lucía Ortega", "Marco Bellandi", "Rui Figueiredo"}
    assert "European Union" not in seated


def test_a_count_that_does_not_fit_the_bloc_is_not_its_name() -> None:
    text = WIRE + "\nThe two European states on the panel said nothing.\n"
    sources = _sources(text)
    assert "two European states" not in bloc_aliases(sources, find_blocs(sources)).get("M3", [])


def test_a_union_named_beside_the_bloc_keeps_its_demonym() -> None:
    text = WIRE + "\nThe M3 and the EU disagree on subsidies, European diplomats said.\n"
    sources = _sources(text)
    aliases = bloc_aliases(sources, find_blocs(sources)).get("M3", [])
    assert "European" not in aliases and "EU" not in aliases


def test_a_bloc_outside_the_region_does_not_take_its_demonym() -> None:
    text = "\n".join(
        [
            "Talks open in Accra",
            "",
            "ACCRA - Ghana and the Quad (the United States, Japan and India) opened talks on Monday.",
            "European observers were not invited.",
            "",
        ]
    )
    sources = _sources(text)
    assert bloc_aliases(sources, find_blocs(sources)) == {}


def test_names_listed_after_a_plural_role_are_people_and_places_are_not() -> None:
    b = _briefing(WIRE, "Quiet day\n\nThe diplomats, in Rabat and Madrid, said little.\n")
    names = {p.name for p in b.people}
    assert {"Lucía Ortega", "Marco Bellandi", "Rui Figueiredo"} <= names
    assert not {"Rabat", "Madrid"} & names

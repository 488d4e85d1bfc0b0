"""A third state that neither negotiates nor mediates offers good offices, not a position.

Invented snippets about a Serbia-Croatia round with Hungary looking on; no sentence comes from the
seeds, the development set or the corpora.
"""

from __future__ import annotations

from briefing.derive.demands import find_demands
from briefing.ingest.sources import source_from_text
from briefing.model import Party

PARTIES = [
    Party("Serbia", ["Serbian", "Belgrade"], "party"),
    Party("Croatia", ["Croatian", "Zagreb"], "party"),
    Party("Hungary", ["Hungarian", "Budapest"], "other"),
]


def _stances(*sentences: str) -> list[tuple[str | None, str | None]]:
    src = source_from_text("Headline\n\n" + " ".join(sentences) + "\n", "t")
    return [(d.party, d.stance) for d in find_demands([src], [], PARTIES)]


def test_a_bystanders_offer_of_help_is_no_demand() -> None:
    found = _stances("Hungarian officials, who settled their own border with both, said they were ready to help.")
    assert ("Hungary", "offer") not in found


def test_a_sides_offer_and_a_bystanders_demand_stay() -> None:
    found = _stances(
        "Serbia is ready to reopen the Batrovci crossing at night.",
        "Hungary demands that trucks bound for Szeged be let through.",
    )
    assert ("Serbia", "offer") in found
    assert ("Hungary", "demand") in found


def _claims(*sentences: str, parties: list[Party] = PARTIES) -> list[tuple[str | None, str | None, str]]:
    src = source_from_text("Headline\n\n" + " ".join(sentences) + "\n", "t")
    return [(d.party, d.stance, d.text) for d in find_demands([src], [], parties)]


def test_a_refused_proposal_is_its_owners_offer() -> None:
    found = _claims("Zagreb also rejects the Serbian proposal to use the maps of 1991 as the basis of the line.")
    assert any(p == "Croatia" and s == "reject" for p, s, _ in found)
    serbian = [(s, t) for p, s, t in found if p == "Serbia"]
    assert serbian and serbian[0][0] == "offer" and "maps of 1991" in serbian[0][1]


def test_a_refused_call_is_its_owners_demand_and_a_mediators_plan_is_none() -> None:
    parties = [*PARTIES, Party("Norway", ["Norwegian", "Oslo"], "mediator")]
    found = _claims("Belgrade turned down Zagreb's call for joint patrols along the river.", parties=parties)
    assert ("Croatia", "demand") in {(p, s) for p, s, _ in found}
    found = _claims("Belgrade rejects the Norwegian proposal to split the zone in two.", parties=parties)
    assert not any(p == "Norway" for p, _, _ in found)
    found = _claims("Belgrade rejects the proposal to split the zone in two.", parties=parties)
    assert {p for p, _, _ in found} <= {"Serbia"}

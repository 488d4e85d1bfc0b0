"""Discrepancies between outlets: spellings, titles, delegation composition; citations resolve."""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.discrepancies import title_heads
from briefing.ingest.sources import source_from_text

ONE = """Talks resume

Kosovo's delegation is headed by Deputy Prime Minister Besnik Bislimi.
He is joined by Ambassador Vlora Citaku and Adviser Dren Gerguri, the head of the legal team.
Serbia has sent Petar Petkovic, the director of the office for Kosovo.
"""
TWO = """Talks resume again

Kosovo's team is led by Deputy Prime Minister Besnik Bislimmi, joined by Ambassador Vlora Citaku.
Serbia has sent Petar Petkovic, an adviser to the president.
"""


def _briefing():
    return derive([source_from_text(ONE, "one", "one.txt"), source_from_text(TWO, "two", "two.txt")])


def test_spelling_title_and_composition_are_found() -> None:
    briefing = _briefing()
    abouts = [c.about for c in briefing.discrepancies]
    assert "Besnik Bislimi" in abouts or "Besnik Bislimmi" in abouts
    assert "Petar Petkovic" in abouts
    assert "Kosovo delegation" in abouts
    assert [c.id for c in briefing.discrepancies] == [f"d{i}" for i in range(1, len(abouts) + 1)]


def test_each_discrepancy_cites_both_outlets() -> None:
    briefing = _briefing()
    for claim in briefing.discrepancies:
        assert all(briefing.sentence(c) is not None for c in claim.citations)
        assert {c.split(":")[0] for c in claim.citations} == {"one", "two"}
        assert claim.outlets == 2


def test_title_heads_ignore_the_object_of_a_role() -> None:
    assert title_heads("adviser on national security to the president") == {"adviser"}
    assert title_heads("Maj. Gen.") == {"major", "general"}
    assert title_heads("Netanyahu's military adviser") == {"adviser"}

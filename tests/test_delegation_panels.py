"""Sides that negotiate through "panels" (peace panels, the government panel), members named by what
they do, and a host who only welcomed the teams.

The article is invented for these tests (a Myanmar government / Salween Hills Alliance round hosted
in Chiang Mai); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing

ROUND = "\n".join(
    [
        "Myanmar and Salween rebels agree to a ceasefire commission in Chiang Mai",
        "",
        "By Somchai Rattanakorn",
        "",
        "CHIANG MAI, Thailand, Aug. 12 - The Myanmar government and the Salween Hills Alliance (SHA) "
        "agreed on Tuesday to set up a joint ceasefire commission, both panels said.",
        "The government panel was led by Minister Khin Maung Aye. With him were Lieutenant General "
        "Zaw Min Htet and Daw Thandar Win, a cartographer at the land records department.",
        "The alliance's panel: Saw Eh Kalu, Naw Htoo Paw and Khun Myat Thu.",
        "Thai Foreign Minister Prapai Suksawat welcomed the two panels at a dinner and then left; "
        "she did not take part in the talks.",
        '"We came for a commission, and we have one," Saw Eh Kalu told reporters.',
        "Fighters of the Salween alliance will stay in their camps until the commission meets.",
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(ROUND, "a", "a.txt")])


def _members(b: Briefing) -> dict[str, set[str]]:
    names = {p.id: p.name for p in b.people}
    return {d.party: {names[m.person] for m in d.members} for d in b.delegations}


def test_a_panel_is_a_delegation_and_its_list_runs_on() -> None:
    members = _members(_briefing())
    assert {"Khin Maung Aye", "Zaw Min Htet", "Daw Thandar Win"} <= members.get("Myanmar", set())
    shan = next((v for k, v in members.items() if k != "Myanmar" and "Saw Eh Kalu" in v), set())
    assert {"Saw Eh Kalu", "Naw Htoo Paw", "Khun Myat Thu"} <= shan


def test_the_host_who_welcomed_the_panels_is_no_member() -> None:
    members = _members(_briefing())
    assert not any("Prapai Suksawat" in v for v in members.values())


def test_a_panel_of_experts_is_no_side() -> None:
    text = "\n".join(
        [
            "Experts review the map",
            "",
            "A panel of experts led by hydrologist Ingrid Solberg will review the border map, the mediators said.",
            "",
        ]
    )
    b = derive([source_from_text(text, "a", "a.txt")])
    assert not any(d.party and "expert" in d.party.lower() for d in b.delegations)


def test_the_short_name_of_an_organisation_is_that_organisation() -> None:
    """ "The Salween alliance" is the Salween Hills Alliance (SHA), not a party of its own."""
    parties = [p for p in _briefing().parties if "Salween" in p.name]
    assert [p.name for p in parties] == ["Salween Hills Alliance"]
    assert "Salween alliance" in parties[0].aliases

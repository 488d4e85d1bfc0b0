"""A host minister who chairs the talks is the mediator; a host leader who only received a delegate
is no delegate; a side with no formal head and two co-leads.

The article is invented for these tests (a Serbia–Kosovo round chaired in Doha); no name comes
from the seeds, the development set or the corpus.
"""

from __future__ import annotations

import pytest

from briefing.derive import derive
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing

ROUND = "\n".join(
    [
        "Serbia and Kosovo meet in Doha",
        "",
        "DOHA, Jan. 5 - Serbia and Kosovo held talks in Doha on Monday, chaired by Qatar's Minister "
        "of State Fahad al-Kuwari.",
        "The Serbian delegation was headed by Deputy Prime Minister Milan Jovanović. The Kosovo team "
        "has no formal head; it was co-led by Arta Berisha and Driton Hoxha.",
        "Qatari Prime Minister Sheikh Hamad bin Khalid Al Thani received Jovanović at his office in Doha.",
        "",
    ]
)


def _seated(b: Briefing) -> dict[str, dict[str, bool]]:
    names = {p.id: p.name for p in b.people}
    return {d.party: {names[m.person]: m.lead for m in d.members} for d in b.delegations}


def test_the_chairing_host_is_the_mediator_and_the_sides_are_the_two() -> None:
    b = derive([source_from_text(ROUND, "a", "a.txt")])
    roles = {p.name: p.role for p in b.parties}
    assert roles.get("Qatar") == "mediator"
    assert {n for n, r in roles.items() if r == "party"} == {"Serbia", "Kosovo"}
    assert "Fahad al-Kuwari" in _seated(b).get("Qatar", {})


def test_co_leads_of_a_side_with_no_formal_head_are_both_seated_as_leads() -> None:
    seated = _seated(derive([source_from_text(ROUND, "a", "a.txt")]))
    assert seated.get("Kosovo") == {"Arta Berisha": True, "Driton Hoxha": True}
    assert seated.get("Serbia") == {"Milan Jovanović": True}


def test_a_leader_who_received_a_delegate_is_no_delegate() -> None:
    seated = _seated(derive([source_from_text(ROUND, "a", "a.txt")]))
    assert not any("Al Thani" in name or "Hamad" in name for members in seated.values() for name in members)


def _outlet(outlet: str, body: str) -> str:
    return "\n".join(["Laos and Cambodia resume border talks", "", body, "", f"© 2026 {outlet}", ""])


LED = (
    "VIENTIANE, March 3 - Laos and Cambodia opened a round of border talks on Tuesday. The Lao delegation "
    "is led by Deputy Foreign Minister Khamphao Sisouk. The Cambodian delegation is led by Secretary of "
    "State Sok Vanna."
)
NO_HEAD = (
    "VIENTIANE, March 3 - Laos and Cambodia opened a round of border talks on Tuesday. The Lao delegation "
    "is led by Deputy Foreign Minister Khamphao Sisouk. Cambodia's team has no formal head this "
    "round; Secretary of State Sok Vanna and Chea Dara shared the work."
)


def _leads(*bodies: tuple[str, str]) -> dict[str, set[str]]:
    sources = [source_from_text(_outlet(o, body), f"s{i}", f"s{i}.txt") for i, (o, body) in enumerate(bodies)]
    return {party: {n for n, lead in members.items() if lead} for party, members in _seated(derive(sources)).items()}


def test_one_outlets_no_formal_head_does_not_outvote_two_that_name_the_head() -> None:
    leads = _leads(("Mekong Wire", LED), ("Phnom Penh Daily", LED), ("Lao Ledger", NO_HEAD))
    assert leads.get("Cambodia") == {"Sok Vanna"}


def test_one_outlets_head_does_not_outvote_one_that_says_there_is_none() -> None:
    leads = _leads(("Mekong Wire", LED), ("Lao Ledger", NO_HEAD))
    assert not leads.get("Cambodia")
    assert leads.get("Laos") == {"Khamphao Sisouk"}  # a side no outlet calls headless keeps its head


def _no_head(wording: str) -> str:
    return (
        "VIENTIANE, March 3 - Laos and Cambodia opened a round of border talks on Tuesday. The Lao delegation "
        f"is led by Deputy Foreign Minister Khamphao Sisouk. {wording}; Secretary of State Sok Vanna and "
        "Chea Dara shared the work."
    )


@pytest.mark.parametrize(
    "wording",
    [
        "Cambodia named no formal head for this round",
        "Cambodia appointed no head this round",
        "Cambodia did not appoint a single leader this round",
        "Cambodia has not designated a formal head this round",
        "Cambodia's team came without a formal head this round",
    ],
)
def test_other_wordings_of_a_side_without_a_head(wording: str) -> None:
    leads = _leads(("Mekong Wire", LED), ("Lao Ledger", _no_head(wording)))
    assert not leads.get("Cambodia")
    assert leads.get("Laos") == {"Khamphao Sisouk"}


@pytest.mark.parametrize(
    "wording",
    [
        "Cambodia's team ended the day without a formal head-to-head meeting with Laos",
        "Cambodia did not name a formal headcount for the observers",
        "Cambodia has not named a formal agenda for this round",
    ],
)
def test_wordings_that_do_not_say_a_side_has_no_head(wording: str) -> None:
    leads = _leads(("Mekong Wire", LED), ("Phnom Penh Daily", LED), ("Lao Ledger", _no_head(wording)))
    assert leads.get("Cambodia") == {"Sok Vanna"}

"""A group of states acting as one side: its members' officials sit in one delegation.

The articles are invented for these tests (Venezuela and a bloc of three European states in Oslo,
with a Troika of mediators); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.blocs import sentence_blocs
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing

ROUND = "\n".join(
    [
        "Venezuela and the E3 resume sanctions talks in Oslo",
        "",
        "OSLO, Sept. 3 - Venezuela and the E3 (France, Germany and Britain) resumed talks on Tuesday "
        "on easing sanctions, officials said.",
        "The E3 delegation has no formal head. It includes French political director Claire Duval, "
        "Germany's envoy Markus Lindqvist and British diplomat Helen Ashworth.",
        "The Venezuelan delegation is led by Foreign Minister Ramón Escalante.",
        "Norwegian Foreign Minister Ingrid Haugland met the Venezuelan delegation on the sidelines.",
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(ROUND, "a", "a.txt")])


def test_a_bloc_is_introduced_by_its_name_and_its_states() -> None:
    assert sentence_blocs("Iran and the E3 (France, Germany and Britain) met.") == [
        ("E3", ("France", "Germany", "United Kingdom"))
    ]
    assert sentence_blocs("The Troika — the United States, Britain and Norway — urged calm.") == [
        ("Troika", ("United States", "United Kingdom", "Norway"))
    ]


def test_brackets_that_are_not_a_list_of_states_make_no_bloc() -> None:
    assert sentence_blocs("The Ethiopian National Defence Force (ENDF) said.") == []
    assert sentence_blocs("The talks (in Geneva, Lausanne and Bern) ended.") == []
    assert sentence_blocs("Kenya (Nairobi) and Uganda (Kampala) met.") == []


def test_the_members_officials_sit_in_the_blocs_delegation_with_no_head() -> None:
    b = _briefing()
    names = {p.id: p.name for p in b.people}
    seated = {d.party: {names[m.person] for m in d.members} for d in b.delegations}
    assert seated.get("E3") == {"Claire Duval", "Markus Lindqvist", "Helen Ashworth"}
    assert not any(m.lead for d in b.delegations if d.party == "E3" for m in d.members)
    assert seated.get("Venezuela") == {"Ramón Escalante"}
    sides = {p.name for p in b.parties if p.role == "party"}
    assert sides == {"E3", "Venezuela"}
    assert not {"France", "Germany", "United Kingdom"} & set(seated)


def test_an_official_who_met_a_delegation_on_the_sidelines_is_no_delegate() -> None:
    b = _briefing()
    names = {p.id: p.name for p in b.people}
    assert "Ingrid Haugland" not in {names[m.person] for d in b.delegations for m in d.members}

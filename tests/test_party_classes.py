"""Which side a person is on: each class of failure, with the cases that must stay without a side.

The article is invented for these tests (a Guyana-Venezuela border round mediated by Brazil); no
name comes from the seeds or the development set.
"""

from __future__ import annotations

from briefing.derive.parties import find_parties
from briefing.derive.people import find_people
from briefing.ingest.sources import source_from_text
from briefing.model import Person

BORDER = "\n".join(
    [
        "Guyana and Venezuela resume border talks in Brasília",
        "",
        "BRASÍLIA, April 7 - Guyanese Foreign Minister Rohan Baptiste and Venezuela's Interior Minister "
        "Delcy Marín met for four hours on Monday, Brazilian officials said.",
        "A member of the Venezuelan delegation, Tomás Ferrer, said the map of 1899 was not on the table.",
        "Analyst Sara Lindqvist of the Nordic Boundary Institute said Guyana and Venezuela both needed a deal.",
        "Brazil's mediator, Ambassador Lucia Farias, said the next round would open in May.",
        "",
    ]
)


def _people() -> dict[str, Person]:
    sources = [source_from_text(BORDER, "a", "a.txt")]
    people = find_people(sources)
    find_parties(sources, people)
    return {p.name: p for p in people}


def test_the_context_does_not_cross_and_into_another_clause() -> None:
    people = _people()
    assert people["Rohan Baptiste"].party == "Guyana"
    assert people["Delcy Marín"].party == "Venezuela"  # not Guyana, the state read first


def test_a_member_of_the_x_delegation_gives_the_named_person_that_side() -> None:
    assert _people()["Tomás Ferrer"].party == "Venezuela"


def test_a_tie_between_two_states_gives_no_side() -> None:
    assert _people()["Sara Lindqvist"].party is None


def test_a_mediators_possessive_gives_the_mediating_state() -> None:
    assert _people()["Lucia Farias"].party == "Brazil"

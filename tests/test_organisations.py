"""Organisations as sides and mediators: found from how articles introduce them, never from a list.

Invented articles: a Philippine government round with an armed front, a UN agency chairing.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.actors import Actors
from briefing.derive.organisations import find_organisations
from briefing.ingest.sources import source_from_text

WIRE = "\n".join(
    [
        "Manila and the Sulu Freedom Front agree a ceasefire monitoring team in Kuala Lumpur",
        "",
        "KUALA LUMPUR, Feb 2 - The Philippine government and the rebel Sulu Freedom Front (SFF) "
        "agreed on Monday to set up a joint ceasefire monitoring team, mediators said.",
        "The talks were chaired jointly by Malaysia and the UN Development Programme Office "
        "(UNDPO), and the Mindanao Development Plan (MDP) was not discussed.",
        "The government delegation was led by Peace Adviser Teresita Villanueva Cruz. The SFF "
        "delegation was headed by Hadji Omar Jikiri, the front's political chief.",
        "A member of the SFF delegation, Nur Misuari Amil, said the front wanted guarantees.",
        "The group's spokesman, Abdulhakim Tulawie, said the group would keep its weapons.",
        "Philippine Armed Forces chief General Romeo Brawner said the army would respect the truce.",
        "",
    ]
)

DAILY = "\n".join(
    [
        "Front and Manila end Kuala Lumpur round",
        "",
        "The Sulu Freedom Front and the Philippines agreed the monitoring team. The SFF team was "
        "led by Hadji Omar Jikiri.",
        "Manila's delegation was headed by Teresita Villanueva Cruz, who told reporters the talks were frank.",
        "",
    ]
)


def _sources():
    return [source_from_text(WIRE, "w", "wire.txt"), source_from_text(DAILY, "d", "daily.txt")]


def test_a_name_and_its_acronym_make_an_organisation_but_documents_do_not() -> None:
    orgs = {o.name: o for o in find_organisations(_sources())}
    assert "Sulu Freedom Front" in orgs
    assert orgs["Sulu Freedom Front"].aliases == ("SFF",)
    assert {"rebels", "front", "group"} <= orgs["Sulu Freedom Front"].nouns
    assert "Mindanao Development Plan" not in orgs  # a document, not a body
    assert not any(n.startswith("Philippine") for n in orgs)  # the state's own army


def test_generic_nouns_stand_for_the_one_organisation_called_so() -> None:
    actors = Actors.of(_sources())
    names = [s.name for s in actors.mentions("The group's spokesman said the SFF would sign.")]
    assert names == ["Sulu Freedom Front", "Sulu Freedom Front"]


def test_an_organisation_is_a_side_with_its_delegation_and_people() -> None:
    briefing = derive(_sources())
    roles = {p.name: p.role for p in briefing.parties}
    assert roles["Sulu Freedom Front"] == "party"
    assert roles["Philippines"] == "party"
    party = {p.name: p.party for p in briefing.people}
    assert party["Hadji Omar Jikiri"] == "Sulu Freedom Front"
    assert party["Nur Misuari Amil"] == "Sulu Freedom Front"  # "a member of the SFF delegation, X"
    assert party["Abdulhakim Tulawie"] == "Sulu Freedom Front"  # "the group's spokesman"
    assert "Sulu Freedom Front" not in party and "SFF" not in party
    members = {d.party: {briefing.person_index[m.person].name for m in d.members} for d in briefing.delegations}
    assert "Hadji Omar Jikiri" in members["Sulu Freedom Front"]

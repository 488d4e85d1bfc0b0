"""Seats: only delegation frames and pair constructions seat people; lists run on; leads from cues only.

Invented articles about a Peru-Bolivia water round and a Georgia-Abkhaz (movement) round.
"""

from __future__ import annotations

import pytest

from briefing.derive import derive
from briefing.ingest.sources import source_from_text

WIRE = "\n".join(
    [
        "Peru and Bolivia agree to share data on the Mauri river",
        "",
        "LA PAZ, May 6 - Peru and Bolivia agreed on Tuesday to exchange river flow data every week.",
        "The Peruvian delegation is led by Vice Minister Rosa Quispe Mamani, adviser to President "
        "Hernán Salcedo Ríos. The delegation includes hydrologist Julio Cárdenas Paz and Ambassador "
        "Marta Ugarte Silva.",
        "Bolivia's team had no formal head. Bolivia sent Deputy Minister Carlos Choque Flores; Ana Mendoza "
        "Rojas, who runs the water authority; and the engineer Luis Apaza Condori.",
        "Chile's Foreign Minister Tomás Lagos Vidal, who was in La Paz for a separate mining forum, "
        "met the Bolivian delegation on the sidelines but took no part in the talks.",
        "Bolivian Environment Minister Elena Torrico Vaca joined the opening session by video link "
        "from Sucre and did not travel to La Paz.",
        "(Reporting by Diego Ferrer; Editing by Ines Moll)",
    ]
)

BRIEF = "\n".join(
    [
        "Andean water round ends",
        "",
        "Peru's delegation: Rosa Quispe Mamani, Julio Cárdenas Paz and Marta Ugarte Silva.",
        "Bolivian Environment Minister Elena Torrico Vaca led the Bolivian delegation, reports said.",
        "For Bolivia: Carlos Choque Flores; Ana Mendoza Rojas; Luis Apaza Condori.",
    ]
)

MOVEMENT = "\n".join(
    [
        "Georgia and the Abkhaz People's Front (APF) hold a first round in Geneva",
        "",
        "GENEVA - Georgian and APF negotiators met in Geneva on Friday.",
        "The government delegation was headed by State Minister Nino Beridze; the APF delegation by Astamur Ardzinba.",
        "Besides him, the others are: Daur Tarba, who runs the front's prisoners office; "
        "Alkhas Kvitsinia; and the lawyer Inal Gunba.",
        "Beridze is accompanied by Deputy Minister Lasha Kvaratskhelia. With him were Giorgi "
        "Kvirikashvili and Levan Davitashvili.",
        "Nino Beridze and her APF counterpart Astamur Ardzinba met for two hours on Saturday.",
    ]
)


def _members(*texts: str):
    briefing = derive([source_from_text(t, f"s{i}", f"s{i}.txt") for i, t in enumerate(texts)])
    by_id = briefing.person_index
    return {d.party: {by_id[m.person].name: m.lead for m in d.members} for d in briefing.delegations}


def test_lists_run_across_semicolons_and_into_the_next_sentence() -> None:
    members = _members(WIRE)
    assert members["Peru"] == {"Rosa Quispe Mamani": True, "Julio Cárdenas Paz": False, "Marta Ugarte Silva": False}
    assert set(members["Bolivia"]) == {"Carlos Choque Flores", "Ana Mendoza Rojas", "Luis Apaza Condori"}


def test_an_appositive_object_is_no_member() -> None:
    members = _members(WIRE)
    assert "Hernán Salcedo Ríos" not in members["Peru"]  # "adviser to President X"


def test_no_formal_head_means_none_and_a_sent_list_names_no_head() -> None:
    assert not any(_members(WIRE)["Bolivia"].values())


def test_sidelines_video_link_and_absence_seat_nobody() -> None:
    seated = {name for m in _members(WIRE, BRIEF).values() for name in m}
    assert "Tomás Lagos Vidal" not in seated
    assert "Elena Torrico Vaca" not in seated  # one outlet's "led the delegation" is outweighed


def test_a_colon_list_and_its_label_give_the_side() -> None:
    members = _members(BRIEF, WIRE)
    assert set(members["Peru"]) == {"Rosa Quispe Mamani", "Julio Cárdenas Paz", "Marta Ugarte Silva"}
    assert {"Carlos Choque Flores", "Ana Mendoza Rojas", "Luis Apaza Condori"} <= set(members["Bolivia"])


def test_an_organisation_side_a_gapped_lead_and_the_others() -> None:
    members = _members(MOVEMENT)
    front = members["Abkhaz People's Front"]
    assert front["Astamur Ardzinba"] is True  # "...; the APF delegation by X"
    assert {"Daur Tarba", "Alkhas Kvitsinia", "Inal Gunba"} <= set(front)
    assert members["Georgia"]["Nino Beridze"] is True
    assert "Astamur Ardzinba" not in members["Georgia"]


@pytest.mark.parametrize("frame", ["Its other members are:", "The other members are:"])
def test_other_members_named_after_a_delegation_are_its_members(frame: str) -> None:
    front = _members(MOVEMENT.replace("Besides him, the others are:", frame))["Abkhaz People's Front"]
    assert {"Daur Tarba", "Alkhas Kvitsinia", "Inal Gunba"} <= set(front)


def test_the_other_members_of_another_body_are_not_the_delegations() -> None:
    members = _members(
        MOVEMENT.replace("Besides him, the others are:", "The other members of the drafting committee are:")
    )
    assert not {"Daur Tarba", "Alkhas Kvitsinia"} & set(members["Abkhaz People's Front"])

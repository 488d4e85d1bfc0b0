"""Envoys of intergovernmental bodies (African Union, ECOWAS, OSCE ...): mediators of that body, not
of the state that hosts the talks or the body's seat.

The articles are invented for these tests (Chad and Cameroon border talks in Addis Ababa, and Guinea
and Sierra Leone in Abuja); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing

ADDIS = "\n".join(
    [
        "Chad and Cameroon resume border talks in Addis Ababa",
        "",
        "ADDIS ABABA, March 2 - Chad and Cameroon resumed talks on Monday on their Lake Chad border, "
        "mediated by the African Union.",
        "The AU's High Representative, Hamadou Ba Tiendrebeogo, chaired the session. Speaking in Addis "
        "Ababa, Tiendrebeogo urged both sides to compromise.",
        "The Chadian delegation was led by Deputy Foreign Minister Mahamat Saleh Abakar. The Cameroonian "
        "delegation was headed by Minister Delegate Jean-Pierre Ngono Essomba.",
        "Ethiopian Foreign Minister Tsegaye Woldemariam welcomed the delegations.",
        "",
    ]
)
ABUJA = "\n".join(
    [
        "Guinea and Sierra Leone talk fishing in Abuja",
        "",
        "ABUJA - Guinea and Sierra Leone met on Friday under the auspices of ECOWAS.",
        "ECOWAS special envoy Kofi Mensah-Bonsu said in Abuja that a deal was close.",
        "The Guinean delegation was led by Fisheries Minister Mamadou Kaba Condé. Sierra Leone's team was "
        "headed by Deputy Minister Fatmata Kamara.",
        "",
    ]
)


def _briefing(text: str) -> Briefing:
    return derive([source_from_text(text, "a", "a.txt")])


def test_an_african_union_envoy_is_its_mediator_not_the_hosts() -> None:
    b = _briefing(ADDIS)
    party = {p.name: p.party for p in b.people}
    assert party["Hamadou Ba Tiendrebeogo"] == "African Union"
    assert party["Tsegaye Woldemariam"] == "Ethiopia"  # the host's own minister stays the host's
    roles = {p.name: p.role for p in b.parties}
    assert roles["African Union"] == "mediator"
    assert {n for n, r in roles.items() if r == "party"} == {"Chad", "Cameroon"}


def test_a_regional_bodys_envoy_speaking_in_a_capital_is_the_bodys() -> None:
    b = _briefing(ABUJA)
    party = {p.name: p.party for p in b.people}
    assert party["Kofi Mensah-Bonsu"] == "Economic Community of West African States"
    assert {p.name for p in b.parties if p.role == "mediator"} == {"Economic Community of West African States"}


def test_a_bodys_abbreviation_inside_another_word_is_not_the_body() -> None:
    text = "Talks in Canberra\n\nCANBERRA - Fiji and Tonga met; AUKUS partners watched, the AUD fell.\n"
    assert "African Union" not in {p.name for p in _briefing(text).parties}

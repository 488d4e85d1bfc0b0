"""A francophone round: hyphenated military ranks, Maître and Alhaji, a hotel written the French
way, a mediator who once served a state, and French and English spellings of one middle name.

The articles are invented for these tests (Chad's transitional government and the Economic
Community of Central African States (ECCAS) in Libreville); no name comes from the seeds, the
development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Person

WIRE = "\n".join(
    [
        "Chad and ECCAS agree an election calendar in Libreville",
        "",
        "LIBREVILLE, Feb. 9 - Chad's transitional government and the Economic Community of Central "
        "African States (ECCAS) agreed on Monday on a calendar for elections, the mediator said.",
        "The ECCAS mission was headed by its mediator for Chad, Jean-Baptiste Ndong Obiang, a former "
        "Cameroonian foreign minister.",
        "The Chadian delegation was composed of Prime Minister Hissein Abakar Doungous and "
        "Lieutenant-Colonel Ahmat Chérif Mahamat, the council's legal director. Maître Clarisse "
        "Ngarlem, counsel, completed it.",
        "The talks were held at the Hôtel Mbolo, near the seafront.",
        "",
    ]
)
DAILY = "\n".join(
    [
        "Chad junta keeps its candidates",
        "",
        "Lieutenant-Colonel Ahmat Sherif Mahamat told reporters that no officer would resign.",
        "Alhaji Musa Danladi, a trader from Maiduguri, said the border markets had reopened.",
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(WIRE, "w", "w.txt"), source_from_text(DAILY, "d", "d.txt")])


def _person(b: Briefing, spelling: str) -> list[Person]:
    return [p for p in b.people if spelling in [p.name, *p.variants]]


def test_a_hyphenated_rank_is_a_title_not_part_of_the_name() -> None:
    b = _briefing()
    assert not any(p.name.startswith("Lieutenant") for p in b.people)
    mahamat = _person(b, "Ahmat Chérif Mahamat")
    assert len(mahamat) == 1 and "Lieutenant-Colonel" in mahamat[0].roles


def test_french_and_english_spellings_of_a_middle_name_are_one_person() -> None:
    b = _briefing()
    assert _person(b, "Ahmat Chérif Mahamat") == _person(b, "Ahmat Sherif Mahamat")


def test_courtesy_titles_are_not_names_and_a_french_hotel_is_no_person() -> None:
    b = _briefing()
    assert _person(b, "Clarisse Ngarlem") and _person(b, "Musa Danladi")
    assert not any(p.name.startswith(("Maître", "Alhaji")) for p in b.people)
    assert not any("Mbolo" in p.name for p in b.people)


def test_a_member_who_completed_it_and_a_former_post_gives_no_side() -> None:
    b = _briefing()
    seated = {d.party: {m.person for m in d.members} for d in b.delegations}
    chad = {_person(b, n)[0].id for n in ("Hissein Abakar Doungous", "Ahmat Chérif Mahamat", "Clarisse Ngarlem")}
    assert chad <= seated.get("Chad", set())
    obiang = _person(b, "Jean-Baptiste Ndong Obiang")[0]
    assert obiang.party != "Cameroon"
    assert not any(d.party == "Cameroon" for d in b.delegations)

"""People: the patterns of news English that name people, with their titles and roles."""

from __future__ import annotations

from briefing.derive.people import find_people
from briefing.ingest.sources import source_from_text
from briefing.model import Person

ARTICLE = """Armenia and Azerbaijan resume border talks in Vienna

By Maria Keller

Armenian and Azerbaijani negotiators met in Vienna on Tuesday for talks mediated by Austria.
Armenia's delegation is headed by its ambassador to France, Arman Khachatryan, who has led the file since May.
He is joined by Anna Petrosyan, the acting head of the Security Council, and Col. Davit Tonoyan.
Azerbaijan has sent Foreign Minister Jeyhun Bayramov, who told Caucasus Daily News that he expected progress.
Pashinyan's security adviser, Gen. Levon Harutyunyan, will brief Prime Minister Nikol Pashinyan on Friday.
Khachatryan said the talks would continue. Bayramov added that the National Security Council of Armenia had agreed.
The Nagorno-Karabakh issue was not discussed, according to the Organization for Security and Co-operation in Europe.
"""


def _people(text: str = ARTICLE) -> dict[str, Person]:
    people = find_people([source_from_text(text, "a", "a.txt")])
    return {p.name: p for p in people}


def test_finds_each_person_once_with_full_name() -> None:
    assert set(_people()) == {
        "Arman Khachatryan",
        "Anna Petrosyan",
        "Davit Tonoyan",
        "Jeyhun Bayramov",
        "Levon Harutyunyan",
        "Nikol Pashinyan",
        "Maria Keller",
    }


def test_titles_and_appositives_become_roles() -> None:
    people = _people()
    assert "ambassador to France" in people["Arman Khachatryan"].roles
    assert "acting head of the Security Council" in people["Anna Petrosyan"].roles
    assert "Col." in people["Davit Tonoyan"].roles
    assert "Foreign Minister" in people["Jeyhun Bayramov"].roles
    assert "Pashinyan's security adviser" in people["Levon Harutyunyan"].roles
    assert "Gen." in people["Levon Harutyunyan"].roles


def test_bare_surname_attaches_to_the_full_name() -> None:
    people = _people()
    assert "Khachatryan" in people["Arman Khachatryan"].variants
    assert len(people["Arman Khachatryan"].mentions) == 2
    assert len(people["Jeyhun Bayramov"].mentions) == 2


def test_byline_author_is_a_journalist_without_party() -> None:
    keller = _people()["Maria Keller"]
    assert keller.kind == "journalist"
    assert keller.party is None
    assert keller.mentions == []


def test_ids_are_stable_and_ordered_by_first_mention() -> None:
    people = find_people([source_from_text(ARTICLE, "a", "a.txt")])
    assert [p.id for p in people] == [f"p{i}" for i in range(1, len(people) + 1)]
    assert people[0].name == "Arman Khachatryan"
    again = find_people([source_from_text(ARTICLE, "a", "a.txt")])
    assert [(p.id, p.name, p.variants) for p in people] == [(p.id, p.name, p.variants) for p in again]


def test_similar_names_stay_apart_and_variants_merge_across_outlets() -> None:
    one = "Talks resumed.\n\nForeign Minister Asaad al-Shibani met President Ahmed al-Sharaa on Monday.\n"
    two = "Talks resumed.\n\nSyrian Foreign Minister Asaad al-Shaibani said the talks were useful.\n"
    people = find_people([source_from_text(one, "one", "one.txt"), source_from_text(two, "two", "two.txt")])
    names = {p.name: p for p in people}
    assert len(people) == 2
    merged = next(p for p in people if "Asaad al-Shibani" in p.variants)
    assert "Asaad al-Shaibani" in merged.variants
    assert "Ahmed al-Sharaa" in names


def test_non_persons_are_not_people() -> None:
    text = (
        "Talks resumed.\n\nThe Abraham Accords and the Disengagement Agreement were cited by Times Radio.\n"
        "Golan Heights residents and Middle East analysts said the United Nations should act.\n"
    )
    assert find_people([source_from_text(text, "a", "a.txt")]) == []


def test_double_surnames_and_a_quoted_columnist() -> None:
    text = (
        "Talks resumed.\n\nVenezuela's team is headed by Vice President Carmen Rojas Salazar.\n"
        "Rojas Salazar replied that troops had moved. Columnist Rafael Poleo said the talks were a last chance.\n"
        "Foreign Minister Luis Alberto Moreno Mejía met Luis Moreno's deputy, who said nothing.\n"
    )
    people = {p.name: p for p in find_people([source_from_text(text, "a", "a.txt")])}
    assert "Rojas Salazar" in people["Carmen Rojas Salazar"].variants
    assert people["Rafael Poleo"].kind == "journalist"
    assert "Luis Moreno" in people["Luis Alberto Moreno Mejía"].variants
    assert len(people) == 3


def test_given_name_references_courtesy_titles_and_organisations() -> None:
    text = (
        "Talks resumed.\n\nEthiopia's delegation is headed by Prime Minister Abiy Mekasha.\n"
        "Abiy said the talks were useful. Mr. Mekasha later left.\n"
        "Human Rights Watch said the process was flawed, and Amnesty International said so too.\n"
    )
    people = find_people([source_from_text(text, "a", "a.txt")])
    assert [p.name for p in people] == ["Abiy Mekasha"]
    assert "Abiy" in people[0].variants
    assert people[0].roles == ["Prime Minister"]

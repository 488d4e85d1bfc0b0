"""People who must stay apart: a journalist whose first name is a delegate's surname, two delegates
who share a given name, and roles that belong to the name beside them in a list.

The articles are invented for these tests (an Iran–Oman shipping round hosted in Baku); no name
comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Person

WIRE = "\n".join(
    [
        "Iran and Oman agree on tanker escorts in Baku",
        "",
        "By Rahimi Forbes",
        "",
        "BAKU, April 2 - The Iranian delegation is headed by Deputy Foreign Minister Reza Rahimi. "
        "It includes Reza Tavakoli, the head of the ports authority, and Farzaneh Ghasemi, a maritime lawyer.",
        "The Omani delegation includes Khalfan al-Mazrui, the undersecretary for shipping, Colonel "
        "Badr al-Busaidi and legal adviser Nasra al-Hinai.",
        '"The escorts start in May," Rahimi said.',
        '"Reza said it, and we agree," al-Mazrui added.',
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(WIRE, "w", "w.txt")])


def _person(b: Briefing, spelling: str) -> Person:
    found = [p for p in b.people if spelling in [p.name, *p.variants]]
    assert len(found) == 1, (spelling, found)
    return found[0]


def test_a_journalist_whose_first_name_is_a_delegates_surname_stays_apart() -> None:
    b = _briefing()
    journalist, delegate = _person(b, "Rahimi Forbes"), _person(b, "Reza Rahimi")
    assert journalist is not delegate
    assert journalist.kind == "journalist" and journalist.party is None
    assert "Rahimi" in delegate.variants and "Rahimi" not in journalist.variants


def test_two_delegates_sharing_a_given_name_stay_apart_and_the_bare_given_name_joins_neither() -> None:
    b = _briefing()
    rahimi, tavakoli = _person(b, "Reza Rahimi"), _person(b, "Reza Tavakoli")
    assert rahimi is not tavakoli
    assert "Reza" not in rahimi.variants and "Reza" not in tavakoli.variants
    assert not any(p.name == "Reza" for p in b.people)


def test_roles_belong_to_the_name_they_stand_beside() -> None:
    b = _briefing()
    assert "head of the ports authority" in _person(b, "Reza Tavakoli").roles
    assert "head of the ports authority" not in _person(b, "Reza Rahimi").roles
    assert "undersecretary for shipping" in _person(b, "Khalfan al-Mazrui").roles
    assert "Colonel" in _person(b, "Badr al-Busaidi").roles
    assert "undersecretary for shipping" not in _person(b, "Badr al-Busaidi").roles
    assert "legal adviser" in _person(b, "Nasra al-Hinai").roles


def test_both_delegations_seat_their_own() -> None:
    b = _briefing()
    seated = {d.party: {m.person for m in d.members} for d in b.delegations}
    iran = {_person(b, n).id for n in ("Reza Rahimi", "Reza Tavakoli", "Farzaneh Ghasemi")}
    oman = {_person(b, n).id for n in ("Khalfan al-Mazrui", "Badr al-Busaidi", "Nasra al-Hinai")}
    assert seated.get("Iran") == iran and seated.get("Oman") == oman


def test_a_given_name_without_its_h_before_one_long_surname() -> None:
    """Russian spellings drop the h of Armenian and Persian names ("Hovhannes" / "Ovanes")."""
    from briefing.derive.name_matching import cluster_names, same_person

    assert same_person("Hovhannes Ter-Avetisyan", "Ovanes Ter-Avetisian")
    assert len(cluster_names(["Hovhannes Ter-Avetisyan", "Ovanes Ter-Avetisian"])) == 1
    assert same_person("Hamid Karimzadeh", "Amid Karimzadeh")
    # two vowels apart is another name, whatever the surname; so is another given name
    assert not same_person("Hassan Karimzadeh", "Hussein Karimzadeh")
    assert not same_person("Hovhannes Sahakyan", "Hovsep Sahakyan")
    # a short surname is not enough to forgive two h's
    assert not same_person("Hovhannes Bah", "Ovanes Bah")


def test_a_side_named_again_after_a_semicolon_without_its_noun() -> None:
    """ "Iran's side was led by A, with B; Manama's by C with D": C and D sit for Bahrain."""
    text = "\n".join(
        [
            "Escort talks end",
            "",
            "Iran's side was led by Deputy Minister Reza Rahimi, with ports chief Reza Tavakoli; "
            "Manama's by Undersecretary Khalfan al-Mazrui with Colonel Badr al-Busaidi.",
            "",
        ]
    )
    b = derive([source_from_text(text, "a", "a.txt")])
    names = {p.id: p.name for p in b.people}
    seated = {d.party: {names[m.person] for m in d.members} for d in b.delegations}
    assert seated.get("Iran") == {"Reza Rahimi", "Reza Tavakoli"}
    assert seated.get("Bahrain") == {"Khalfan al-Mazrui", "Badr al-Busaidi"}
    leads = {names[m.person] for d in b.delegations for m in d.members if m.lead}
    assert leads == {"Reza Rahimi", "Khalfan al-Mazrui"}


def test_a_name_placed_in_an_organisation_by_of_the_is_a_person() -> None:
    """ "... and Leila Sadeghi of the National Maritime Commission": the last item of a list, no title."""
    text = "\n".join(
        [
            "Escort talks",
            "",
            "The Iranian delegation includes Deputy Foreign Minister Reza Rahimi and Leila Sadeghi of "
            "the National Maritime Commission.",
            "Officials of the Ports Authority said the escorts would start in May.",
            "",
        ]
    )
    b = derive([source_from_text(text, "a", "a.txt")])
    names = {p.id: p.name for p in b.people}
    assert {names[m.person] for d in b.delegations if d.party == "Iran" for m in d.members} == {
        "Reza Rahimi",
        "Leila Sadeghi",
    }
    assert not any("Officials" in p.name or "Ports" in p.name for p in b.people)


def test_a_building_named_in_another_language_is_no_person() -> None:
    """ "Wisma Negara said", "the Palacio Quemado": a ministry or palace by its building's name."""
    text = "\n".join(
        [
            "Talks end",
            "",
            "Late on Monday Wisma Negara said the two sides had agreed a ceasefire.",
            "Palacio Quemado said the deal would be signed in La Paz.",
            '"It is a first step," said Deputy Minister Reza Rahimi.',
            "",
        ]
    )
    names = {p.name for p in derive([source_from_text(text, "a", "a.txt")]).people}
    assert names == {"Reza Rahimi"}


def test_a_short_form_of_the_given_name_before_one_long_surname() -> None:
    """ "Tess" is the "Teresita" of a long double surname; another short name is not."""
    from briefing.derive.name_matching import cluster_names, same_person

    assert same_person("Tess Ocampo-Villareal", "Teresita Ocampo-Villareal")
    assert len(cluster_names(["Tess Ocampo-Villareal", "Teresita Ocampo-Villareal"])) == 1
    assert not same_person("Tom Ocampo-Villareal", "Teresita Ocampo-Villareal")
    assert not same_person("Ana Papadimitriou", "Andrea Papadimitriou")
    assert not same_person("Tess Ocampo", "Teresita Ocampo")  # a short surname is not enough

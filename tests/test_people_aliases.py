"""Guerrilla talks: a hyphenated acronym, noms de guerre, comrades and retired officers.

The articles are invented for these tests (a Mozambique government / northern rebel round hosted
in Dar es Salaam); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.organisations import find_organisations
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Person

WIRE = "\n".join(
    [
        "Mozambique and northern rebels agree prisoner releases in Dar es Salaam",
        "",
        "DAR ES SALAAM, May 6 - Mozambique's government and the Frente Popular do Norte–Exército "
        "Camponês (FPN-EC) agreed on Tuesday to free 40 prisoners each.",
        "The government delegation was led by Deputy Minister Carlos Mabunda. Retired Colonel "
        "Armando Tembe and Luísa Nhantumbo, a cartographer, completed the team.",
        'The FPN-EC delegation was represented by Jacinto Muianga Cossa, alias "Comandante Vento"; '
        'Rosa Namburete, known as "Estrela"; and Filipe Chissano Mate.',
        "",
    ]
)
RADIO = "\n".join(
    [
        "Rebels say releases are a first step",
        "",
        'Comandante Vento, the rebels\' chief negotiator, said the releases were "a gesture, not a deal".',
        "Comrade Horácio Matavel followed the talks from the bush, the group said.",
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(WIRE, "w", "w.txt"), source_from_text(RADIO, "r", "r.txt")])


def _person(b: Briefing, spelling: str) -> list[Person]:
    return [p for p in b.people if spelling in [p.name, *p.variants]]


def test_an_acronym_with_a_hyphen_names_the_organisation() -> None:
    orgs = find_organisations([source_from_text(WIRE, "w", "w.txt")])
    assert [(o.name, o.aliases) for o in orgs] == [("Frente Popular do Norte–Exército Camponês", ("FPN-EC",))]


def test_a_nom_de_guerre_is_the_person_it_names() -> None:
    b = _briefing()
    cossa = _person(b, "Jacinto Muianga Cossa")
    assert len(cossa) == 1 and cossa == _person(b, "Comandante Vento")
    assert cossa[0].name == "Jacinto Muianga Cossa"  # the name, not the alias, heads the entry
    assert "Estrela" in _person(b, "Rosa Namburete")[0].variants


def test_the_rebel_side_seats_its_members_under_their_names() -> None:
    b = _briefing()
    names = {p.id: p.name for p in b.people}
    seated = {d.party: {names[m.person] for m in d.members} for d in b.delegations}
    rebels = seated.get("Frente Popular do Norte–Exército Camponês", set())
    assert {"Jacinto Muianga Cossa", "Rosa Namburete", "Filipe Chissano Mate"} <= rebels
    assert {"Carlos Mabunda", "Armando Tembe", "Luísa Nhantumbo"} <= seated.get("Mozambique", set())


def test_retired_officers_and_comrades_are_people() -> None:
    b = _briefing()
    assert _person(b, "Armando Tembe") and "Retired Colonel" in _person(b, "Armando Tembe")[0].roles
    assert _person(b, "Horácio Matavel")
    assert not _person(b, "Comrade Horácio Matavel")


def test_a_quoted_phrase_after_a_name_is_no_alias() -> None:
    text = "\n".join(
        [
            "Talks end",
            "",
            'Carlos Mabunda, "we have a deal," said a source close to the team.',
            'Deputy Minister Carlos Mabunda said the releases were "a first step".',
            "",
        ]
    )
    b = derive([source_from_text(text, "a", "a.txt")])
    assert all(v in ("Carlos Mabunda", "Mabunda") for p in b.people for v in p.variants)

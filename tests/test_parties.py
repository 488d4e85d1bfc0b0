"""Parties: the general lexicon of states and the resolver of subject phrases."""

from __future__ import annotations

import pytest

from briefing.derive import lexicon
from briefing.derive.parties import PartyResolver, role_country
from briefing.model import Party, Person


@pytest.mark.parametrize(
    ("token", "country"),
    [
        ("Israeli", "Israel"),
        ("Damascus", "Syria"),
        ("U.S.", "United States"),
        ("US", "United States"),
        ("Washington", "United States"),
        ("American", "United States"),
        ("Syrians", "Syria"),
        ("the Kremlin", "Russia"),
        ("Downing Street", "United Kingdom"),
        ("Kyiv", "Ukraine"),
        ("Azerbaijani", "Azerbaijan"),
        ("Armenians", "Armenia"),
        ("Emirati", "United Arab Emirates"),
        ("Jerusalem's", "Israel"),
        ("Latin America", None),
        ("Paris Club", None),
    ],
)
def test_country_for(token: str, country: str | None) -> None:
    assert lexicon.country_for(token) == country


def test_table_covers_the_states_of_the_world() -> None:
    assert sum(1 for _ in lexicon._table().countries) >= 190


def test_mentions_are_multiword_and_skip_outlets_and_regions() -> None:
    text = (
        "Senior Azerbaijani and Armenian officials met in the United Arab Emirates. "
        "The Washington Post and Times of Israel reported it; Latin America was silent. "
        "The Ethiopia-Eritrea border, the White House and Washington, D.C. were named."
    )
    found = [(text[s:e], c) for s, e, c in lexicon.country_mentions(text)]
    assert found == [
        ("Azerbaijani", "Azerbaijan"),
        ("Armenian", "Armenia"),
        ("United Arab Emirates", "United Arab Emirates"),
        ("Ethiopia", "Ethiopia"),
        ("Eritrea", "Eritrea"),
        ("White House", "United States"),
        ("Washington, D.C.", "United States"),
    ]


def test_a_given_name_is_not_a_state() -> None:
    text = "Jordan Peterson spoke while Jordan King Abdullah listened."
    assert [text[s:e] for s, e, _ in lexicon.country_mentions(text)] == ["Jordan"]
    assert lexicon.country_mentions(text)[0][0] == text.index("Jordan King")


def test_role_country_skips_the_counterpart() -> None:
    assert role_country("Syrian Foreign Minister") == "Syria"
    assert role_country("ambassador to the United States") is None
    assert role_country("US Special Envoy to Syria") == "United States"


def _resolver() -> PartyResolver:
    parties = [
        Party("Armenia", ["Armenian", "Yerevan"]),
        Party("Azerbaijan", ["Azerbaijani", "Baku"]),
        Party("United States", ["Washington", "US"], role="mediator"),
    ]
    people = [
        Person("p1", "Nikol Pashinyan", ["Nikol Pashinyan", "Pashinyan"], party="Armenia"),
        Person("p2", "Jeyhun Bayramov", ["Jeyhun Bayramov"], party="Azerbaijan"),
        Person("p3", "Ann Writer", ["Ann Writer"], kind="journalist"),
    ]
    return PartyResolver(parties, people)


@pytest.mark.parametrize(
    ("phrase", "party"),
    [
        ("Armenian officials", "Armenia"),
        ("a senior Azerbaijani official", "Azerbaijan"),
        ("Baku", "Azerbaijan"),
        ("Yerevan's", "Armenia"),
        ("Pashinyan", "Armenia"),
        ("Foreign Minister Jeyhun Bayramov", "Azerbaijan"),
        ("the United States", "United States"),
        ("Writer", None),
        ("analysts", None),
        ("Russian diplomats", None),
    ],
)
def test_resolver(phrase: str, party: str | None) -> None:
    assert _resolver().resolve(phrase) == party


def test_a_guessed_side_does_not_make_the_leaders_government_an_alias() -> None:
    """Evo Morales's side is only guessed from 'Chile' before him; 'the Morales government' stays no alias."""
    from briefing.derive import derive
    from briefing.ingest.sources import source_from_text

    text = (
        "Border talks resume in Lima\n\n"
        "Bolivian and Chilean negotiators met in Lima on Monday. Chilean Foreign Minister Ana Rojas led her "
        "delegation, and Bolivia sent Foreign Minister Luis Vidal.\n\n"
        "Chile says the border has been unstable since the fall of former President Evo Morales. Chile argues "
        "that since the Morales government fell, smuggling has grown.\n"
    )
    b = derive([source_from_text(text, "lima")])
    aliases = {a for p in b.parties for a in p.aliases}
    assert "Chilean" in aliases and not any("Morales" in a for a in aliases)

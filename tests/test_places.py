"""Places: gazetteer, lexicon states and patterns, with people and outlets kept out."""

from __future__ import annotations

from briefing.derive.places import find_places
from briefing.ingest.sources import source_from_text

ARTICLE = """Armenia and Azerbaijan resume talks in Geneva

Armenian and Azerbaijani negotiators met in Geneva on Tuesday, the Washington Post reported.
Azerbaijan wants guarantees for traffic through the Lachin Corridor and along the border in Syunik province.
Shelling hit villages in southern Armenia overnight, and the Lachin road remained closed.
Prime Minister Nikol Pashinyan spoke with President Ilham Aliyev by phone from Yerevan.
The leaders later met at the president's Zagulba residence and again at Saint-Jean-de-Luz.
Jordan Peterson, a commentator, called the talks in the Caucasus historic.
Traffic through the corridor at the Lachin Corridor crossing was slow, residents in Syunik said.
"""


def _places():
    src = source_from_text(ARTICLE, "a1")
    return {p.name: p for p in find_places([src], [])}


def test_states_cities_regions_and_patterns() -> None:
    places = _places()
    for name in ("Armenia", "Azerbaijan", "Geneva", "Yerevan", "Lachin Corridor", "Syunik", "southern Armenia"):
        assert name in places, name
    assert places["Syunik"].kind == "province"
    assert "Syunik province" in places["Syunik"].variants
    assert len(places["Syunik"].mentions) == 2  # "Syunik province" and, later, bare "Syunik"
    assert places["Caucasus"].kind == "region"


def test_people_and_outlets_are_not_places() -> None:
    names = set(_places())
    assert "Jordan" not in names
    assert "Washington" not in names  # only inside an outlet's name
    assert not any("Aliyev" in n or "Pashinyan" in n or "Post" in n for n in names)


def test_mentions_are_body_sentence_ids() -> None:
    src = source_from_text(ARTICLE, "a1")
    body = {s.id for s in src.body}
    for place in find_places([src], []):
        assert place.mentions and set(place.mentions) <= body


def test_bare_river_and_a_province_of_pattern() -> None:
    src = source_from_text(
        "H\n\nEgypt fears for its share of the Nile. Fighting spread to the province of Kassala on Friday.\n", "r"
    )
    places = {p.name: p.kind for p in find_places([src], [])}
    assert places.get("Nile") == "river"
    assert places.get("Kassala") == "province"

"""Search over what derivation really finds: the seeds and the test articles of other negotiations."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.pipeline import load_briefing
from briefing.search.index import SearchIndex
from tests.conftest import SEEDS

ARTICLES = Path(__file__).parent / "articles"


@pytest.fixture(scope="module")
def seeds() -> SearchIndex:
    return SearchIndex(load_briefing(SEEDS).briefing)


@pytest.fixture(scope="module")
def articles() -> dict[str, SearchIndex]:
    return {d.name: SearchIndex(load_briefing([d]).briefing) for d in sorted(ARTICLES.iterdir()) if d.is_dir()}


#: (query, expected kind of the top hit, names the top hit may carry: derivation picks the display spelling)
SEED_TABLE = [
    ("shibani", "person", ("Asaad al-Shibani", "Asaad al-Shaibani")),
    ("asad al shaybani", "person", ("Asaad al-Shibani", "Asaad al-Shaibani")),
    ("salama", "person", ("Hussein Salameh",)),
    ("gofmann", "person", ("Roman Gofman",)),
    ("gil raich", "person", ("Gil Reich", "Gill Reich")),
    ("netan", "person", ("Benjamin Netanyahu",)),
    ("leitner", "person", ("Yechiel Leiter",)),
    ("sweida", "place", ("Sweida",)),
    ("golan hights", "place", ("Golan Heights",)),
]


@pytest.mark.parametrize(("query", "kind", "names"), SEED_TABLE)
def test_derived_seed_top_hit(seeds: SearchIndex, query: str, kind: str, names: tuple[str, ...]) -> None:
    top = seeds.search(query, limit=1)
    assert top and top[0].kind == kind and top[0].label in names, (query, top[:1])


def test_derived_seed_demilitarized_finds_demilitarised_sentence(seeds: SearchIndex) -> None:
    assert "demilitarised zone" in seeds.search("demilitarized zone", limit=1)[0].text
    assert "demilitarised zone" in seeds.search("demilitarized zone", kinds=["sentence"], limit=1)[0].text


ARTICLE_TABLE = [
    ("mekong-border-talks", "wongsakun", "person", ("Anan Wongsakul",)),
    ("mekong-border-talks", "pradit", "person", ("Somchai Praddit", "Somchai Pradit")),
    ("mekong-border-talks", "sokha chanty", "person", ("Sokha Chanthy",)),
    ("mekong-border-talks", "siriwatt", "person", ("Kanya Siriwat",)),
    ("mekong-border-talks", "sisakhet", "place", ("Sisaket",)),
    ("nile-dam-talks", "yusef masri", "person", ("Youssef el-Masri", "Yusuf al-Masri")),
    ("nile-dam-talks", "fathala", "person", ("Tarek Fathallah", "Tarek Fathalla")),
    ("nile-dam-talks", "mekonen", "person", ("Dawit Mekonnen", "Dawit Mekonen")),
    ("nile-dam-talks", "mazroui", "person", ("Khalifa al-Mazrouei", "Khalifa Al Mazroui")),
    ("nile-dam-talks", "hegazi", "person", ("Kamal Hegazy",)),
    ("nile-dam-talks", "adis abeba", "place", ("Addis Ababa",)),
    ("andes-border-talks", "gutierez", "person", ("Jose Gutierrez", "José Gutiérrez")),
    ("andes-border-talks", "ramírez", "person", ("Diosdado Ramirez", "Diosdado Ramírez")),
    ("andes-border-talks", "moreno mejia", "person", ("Luis Alberto Moreno Mejía",)),
    ("andes-border-talks", "villanova", "person", ("Celso Vilanova",)),
    ("andes-border-talks", "bogota", "place", ("Bogotá",)),
]


@pytest.mark.parametrize(("folder", "query", "kind", "names"), ARTICLE_TABLE)
def test_test_articles_top_hit(
    articles: dict[str, SearchIndex], folder: str, query: str, kind: str, names: tuple[str, ...]
) -> None:
    top = articles[folder].search(query, limit=1)
    assert top and top[0].kind == kind and top[0].label in names, (query, top[:1])


@pytest.mark.parametrize("query", ["Obama", "Angela Merkel", "Zelensky"])
def test_absent_names_return_no_person_anywhere(
    seeds: SearchIndex, articles: dict[str, SearchIndex], query: str
) -> None:
    for index in [seeds, *articles.values()]:
        assert not [h for h in index.search(query) if h.kind == "person"], query

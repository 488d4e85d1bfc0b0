"""Fuzzy search: folding, ranking, a (query, expected top hit) table, negatives, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.cli import main
from briefing.history import Location
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Party, Person, Place
from briefing.search.fold import fold, surface
from briefing.search.hits import rank_key
from briefing.search.index import SearchIndex
from tests.search_fixture import seeds_with_entities

#: An article of our own about another negotiation, with its own spellings.
HORN_ARTICLE = Path(__file__).parent / "data" / "search" / "horn_border_talks.txt"


@pytest.fixture(scope="module")
def seeds_briefing() -> Briefing:
    return seeds_with_entities()


@pytest.fixture(scope="module")
def seeds_index(seeds_briefing: Briefing) -> SearchIndex:
    return SearchIndex(seeds_briefing)


@pytest.fixture(scope="module")
def horn_index() -> SearchIndex:
    src = source_from_text(HORN_ARTICLE.read_text(encoding="utf-8"), "horn", str(HORN_ARTICLE))
    people = [
        Person("osman-saleh", "Osman Saleh", ["Salih"], ["Foreign Minister"], party="Eritrea"),
        Person("yemane-gebreab", "Yemane Gebreab", [], ["presidential adviser"], party="Eritrea"),
        Person("redwan-hussien", "Redwan Hussien", [], ["National Security Adviser"], party="Ethiopia"),
        Person("abraham-belay", "Abraham Belay", [], ["Defence Minister"], party="Ethiopia"),
    ]
    places = [Place("badme", "Badme"), Place("zalambessa", "Zalambessa"), Place("nairobi", "Nairobi")]
    return SearchIndex(Briefing("horn", [src], people=people, places=places, parties=[Party("Eritrea")]))


# -- folding -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Shaibani", "Shibani"),
        ("Salameh", "salama"),
        ("Gofman", "gofmann"),
        ("demilitarised", "demilitarized"),
        ("organisation", "organization"),
        ("centre", "center"),
        ("colour", "color"),
        ("travelled", "traveled"),
        ("defence", "defense"),
        ("dialogue", "dialog"),
        ("programme", "program"),
        ("Qureshi", "kureshi"),
        ("Ṣalāḥ", "salah"),
    ],
)
def test_spellings_of_one_word_share_a_key(a: str, b: str) -> None:
    assert fold(surface(a)) == fold(surface(b))


@pytest.mark.parametrize(
    ("a", "b"), [("Salameh", "Salem"), ("Dermer", "Derner"), ("1974", "1947"), ("Bashar", "Hafez")]
)
def test_different_words_keep_different_keys(a: str, b: str) -> None:
    assert fold(surface(a)) != fold(surface(b))


# -- the table: (query, expected top hit) ----------------------------------------

SEED_TABLE = [
    ("shibani", "person", "asaad-al-shibani"),
    ("al-Shaibani", "person", "asaad-al-shibani"),
    ("alshibani", "person", "asaad-al-shibani"),
    ("salama", "person", "hussein-salameh"),
    ("husein salameh", "person", "hussein-salameh"),
    ("gofmann", "person", "roman-gofman"),
    ("roman gofmann", "person", "roman-gofman"),
    ("netanyhu", "person", "benjamin-netanyahu"),
    ("netan", "person", "benjamin-netanyahu"),
    ("netny", "person", "benjamin-netanyahu"),
    ("dermr", "person", "ron-dermer"),
    ("shai", "person", "asaad-al-shibani"),
    ("gill reich", "person", "gil-reich"),
    ("el assad", "person", "bashar-al-assad"),
    ("sweida", "place", "sweida"),
    ("suwayda", "place", "sweida"),
    ("golan hieghts", "place", "golan-heights"),
    ("kuneitra", "place", "quneitra"),
    ("damascus", "party", "Syria"),
    ("disengagement agreement", "demand", "d1"),
]


def test_british_spelling_query_finds_the_american_sentence_and_back(seeds_index: SearchIndex) -> None:
    top = seeds_index.search("demilitarized zone", kinds=["sentence"], limit=1)[0]
    assert "demilitarised zone" in top.text
    top = seeds_index.search("demilitarised buffer zone", kinds=["sentence"], limit=1)[0]
    assert "demilitarized buffer zone" in top.text


HORN_TABLE = [
    ("osman salih", "person", "osman-saleh"),
    ("gebriab", "person", "yemane-gebreab"),
    ("redwan husein", "person", "redwan-hussien"),
    ("belai", "person", "abraham-belay"),
    ("zalambesa", "place", "zalambessa"),
    ("badmeh", "place", "badme"),
    ("nairobbi", "place", "nairobi"),
    ("eritria", "party", "Eritrea"),
]


@pytest.mark.parametrize(
    ("index", "query", "kind", "item"),
    [("seeds_index", *row) for row in SEED_TABLE] + [("horn_index", *row) for row in HORN_TABLE],
)
def test_table_top_hit(request: pytest.FixtureRequest, index: str, query: str, kind: str, item: str) -> None:
    """Each table against its own index (the fixture named first): the seeds', then our own article's."""
    top = request.getfixturevalue(index).search(query, limit=1)
    assert top, query
    assert (top[0].kind, top[0].id) == (kind, item)


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("boundary organization", "boundary organisation"),
        ("monitoring center", "monitoring centre"),
        ("defense minister", "Defence Minister"),
    ],
)
def test_own_article_american_queries_find_british_text(horn_index: SearchIndex, query: str, words: str) -> None:
    top = horn_index.search(query, kinds=["sentence"], limit=1)[0]
    assert words in top.text


# -- negatives -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "query"),
    [("seeds_index", q) for q in ("Obama", "Barack Obama", "Zelensky", "Merkel")] + [("horn_index", "Isaias Afwerki")],
)
def test_absent_name_returns_no_person(request: pytest.FixtureRequest, index: str, query: str) -> None:
    assert not [h for h in request.getfixturevalue(index).search(query) if h.kind == "person"]


@pytest.mark.parametrize("query", ["Merkel", "Putin", "Angela Merkel", "Olaf Scholz"])
def test_absent_name_finds_no_sentence_by_near_misses(seeds_index: SearchIndex, query: str) -> None:
    """'merkel' ~ 'merely', 'putin' ~ 'put in': weak fuzzy sentence hits are noise, not answers."""
    assert not [h for h in seeds_index.search(query) if h.kind == "sentence"]


def test_a_typo_still_finds_sentences(seeds_index: SearchIndex) -> None:
    assert any(h.kind == "sentence" and "Dermer" in h.text for h in seeds_index.search("dermr"))


@pytest.mark.parametrize("query", ["", "   ", "—", "xqzvw", "qq"])
def test_nonsense_returns_nothing(seeds_index: SearchIndex, query: str) -> None:
    assert seeds_index.search(query) == []


# -- ranking and hits ------------------------------------------------------------


def test_ranking_exact_and_prefix_first_then_entities_then_score(seeds_index: SearchIndex) -> None:
    hits = seeds_index.search("salama", limit=50)
    assert hits == sorted(hits, key=rank_key)
    strong = [h.match in ("exact", "prefix") for h in hits]
    assert strong == sorted(strong, reverse=True)
    first_sentence = next(i for i, h in enumerate(hits) if h.kind == "sentence")
    assert all(h.kind == "sentence" for h in hits[first_sentence:] if h.match in ("exact", "prefix"))


def test_results_are_deterministic(seeds_briefing: Briefing) -> None:
    a = SearchIndex(seeds_briefing).search("talks paris", limit=30)
    b = SearchIndex(seeds_briefing).search("talks paris", limit=30)
    assert a == b and len(a) >= 3


def test_every_word_must_match_unless_none_match_all(seeds_index: SearchIndex) -> None:
    hits = seeds_index.search("gofman leiter", kinds=["sentence"])
    assert hits and all("Gofman" in h.text and "Leiter" in h.text for h in hits)
    partial = seeds_index.search("gofman zzzqqq", kinds=["sentence"])
    assert partial and all(h.match == "partial" for h in partial)


def test_hit_carries_where_location_and_spans(seeds_index: SearchIndex, seeds_briefing: Briefing) -> None:
    person = seeds_index.search("shibani", limit=1)[0]
    assert person.location == Location("people", "asaad-al-shibani") and person.where == "People"
    sent = seeds_index.search("shaibani", kinds=["sentence"], limit=1)[0]
    assert sent.location == Location("source", sent.id)
    assert "paragraph" in sent.where
    assert [sent.text[a:b] for a, b in sent.spans] == ["Shaibani"] or [sent.text[a:b] for a, b in sent.spans] == [
        "al-Shaibani"
    ]
    claim = seeds_index.search("disengagement", kinds=["demand"], limit=1)[0]
    assert claim.location == Location("demands", "d1") and claim.where == "Demands · Syria"


def test_kinds_filter_and_limit(seeds_index: SearchIndex) -> None:
    hits = seeds_index.search("syria", kinds=["sentence"], limit=5)
    assert len(hits) == 5 and {h.kind for h in hits} == {"sentence"}
    with pytest.raises(ValueError):
        seeds_index.search("syria", kinds=["bogus"])


def test_every_sentence_is_searchable(seeds_briefing: Briefing, seeds_index: SearchIndex) -> None:
    ids = {s.id for src in seeds_briefing.sources for s in src.sentences}
    assert set(seeds_index.sentence_ids()) == ids


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_any_query_is_safe_and_spans_are_in_bounds(seeds_index: SearchIndex, query: str) -> None:
    for hit in seeds_index.search(query, limit=10):
        assert all(0 <= a < b <= len(hit.text) for a, b in hit.spans)


# -- the command line ------------------------------------------------------------


def test_cli_json_on_seeds(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "demilitarized zone", "--kind", "sentences", "--limit", "3", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 3 and rows[0]["kind"] == "sentence" and "demilitarised zone" in rows[0]["text"]
    assert rows[0]["location"]["pane"] == "source"


def test_cli_text_and_no_hits(capsys: pytest.CaptureFixture[str], seed_paths) -> None:
    assert main(["search", "shaibani", *map(str, seed_paths), "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(len(line.split("\t")) == 6 for line in lines)
    assert main(["search", "xqzvw"]) == 1


@pytest.mark.parametrize("argv", [["search", "x", "/no/such/path"], ["search", "x", "--limit", "0"], ["search", " "]])
def test_cli_bad_input_is_one_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.startswith("briefing: error:") and err.count("\n") == 1


def test_search_runs_without_textual() -> None:
    import subprocess
    import sys

    code = "import sys, briefing.search.index, briefing.cli.search; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_cached_search_imports_neither_the_model_nor_the_derivation(tmp_path: Path) -> None:
    """A search answered from the cache needs the index only: the model, lexicons and stages stay unimported."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    folder = tmp_path / "articles"
    folder.mkdir()
    for article in (Path(__file__).parent / "articles" / "andes-border-talks").glob("*.txt"):
        (folder / article.name).write_bytes(article.read_bytes())
    code = (
        "import sys; from briefing.cli import main; main(['search', 'talks', sys.argv[1]]); "
        "heavy = [m for m in ('briefing.model', 'briefing.derive.lexicon', 'briefing.derive.people', 'anyascii', "
        "'textual') if m in sys.modules]; print(' '.join(heavy))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code, str(folder)], env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    assert "briefing.model" in runs[0].stdout.splitlines()[-1]  # the first derives: the check itself sees imports
    assert runs[1].stdout.splitlines()[-1] == ""

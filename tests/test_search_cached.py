"""The search index kept in the cache beside its briefing (issue 18): the same hits, nothing derived or built."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import briefing.derive
import briefing.search.index
from briefing.cli import main
from briefing.pipeline import load_index
from briefing.search import stored as stored_module
from briefing.search.index import SearchIndex
from briefing.search.stored import pack, unpack
from briefing.search.tables import Tables
from briefing.store.cache import SEARCH, Cache
from tests.conftest import nile_copy
from tests.search_fixture import seeds_with_entities

SEEDED = SearchIndex(seeds_with_entities())
STORED = SearchIndex.of(unpack(pack(SEEDED.tables)))
WORDS = sorted({w for t in SEEDED.tables.sentence_texts[:40] for w in t.split()})


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "Shibani", "shaibani", "netnyahu", "Dermr", "paris", "the", "zzz"]), max_size=3),
    st.sampled_from([None, ["person"], ["sentence"], ["claim", "demand"], ["place", "party"]]),
)
def test_a_stored_index_answers_as_the_built_one(words: list[str], kinds: list[str] | None) -> None:
    query = " ".join(words)
    assert STORED.search(query, kinds=kinds, limit=20) == SEEDED.search(query, kinds=kinds, limit=20)


def test_a_stored_index_knows_its_sentences() -> None:
    assert STORED.sentence_ids() == SEEDED.sentence_ids()
    assert STORED.size == SEEDED.size
    assert STORED.sentences_in_order("Paris talks") == SEEDED.sentences_in_order("Paris talks")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return nile_copy(tmp_path / "nile")


def test_search_on_a_cached_folder_derives_and_builds_nothing(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["search", "dam", str(folder)]) == 0
    first = capsys.readouterr().out

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("derived or built again")

    monkeypatch.setattr(briefing.derive, "derive", refuse)
    monkeypatch.setattr(briefing.search.index, "build", refuse)
    assert main(["search", "dam", str(folder)]) == 0
    assert capsys.readouterr().out == first
    assert main(["search", "dam", f"{folder}/"]) == 0  # another spelling of the folder: the same entry
    assert capsys.readouterr().out == first


def test_a_damaged_stored_index_is_rebuilt_with_one_warning(folder: Path) -> None:
    first = load_index([folder])
    root = Cache.open().root
    assert root is not None
    (entry,) = (root / SEARCH).iterdir()
    data = entry.read_bytes()
    entry.write_bytes(data[: len(data) // 2])
    again = load_index([folder])
    assert any("corrupt" in w for w in again.warnings)
    assert again.index.search("dam") == first.index.search("dam")
    assert load_index([folder]).warnings == []  # rebuilt, and kept


def test_damaged_postings_are_refused() -> None:
    good = pack(SEEDED.tables)
    stored = msgspec.msgpack.decode(good, type=stored_module._Stored)
    for damage, why in (
        ({"offsets": bytes(stored.offsets)[:-4]}, "offsets do not fit the terms"),
        ({"offsets": bytes(stored.offsets)[:-4] + b"\xff\xff\xff\x00"}, "offsets do not fit the buffer"),
        ({"postings": bytes(stored.postings) + b"x"}, "damaged postings"),
        ({"sentence_texts": (bytes(stored.sentence_texts[0])[:-1], stored.sentence_texts[1])}, "sentence texts"),
        ({"version": stored_module.VERSION + 1}, "version"),
    ):
        with pytest.raises(ValueError, match=why):
            unpack(msgspec.msgpack.encode(msgspec.structs.replace(stored, **damage)))
    with pytest.raises(ValueError):
        unpack(good[:-3])  # torn
    assert unpack(good).terms == SEEDED.tables.terms


def test_stored_sentences_keep_every_character_and_share_the_entrys_bytes() -> None:
    """Texts are kept as UTF-8 with byte offsets: letters of any width come back whole, sliced from the entry."""
    texts = ["Talks in Zürich", "“Non,” a dit l’envoyé.", "مفاوضات", "ok", "", "日本の代表団 😀 arrived"]
    tables = _tables_with(texts)
    data = pack(tables)
    back = unpack(data)
    assert list(back.sentence_texts) == texts
    assert list(back.sentence_ids) == tables.sentence_ids
    joined = back.sentence_texts._joined  # type: ignore[attr-defined]
    assert isinstance(joined, memoryview) and joined.obj is data  # a view of the entry, not a copy


def test_a_damaged_byte_in_a_stored_text_reads_as_a_replacement_character() -> None:
    tables = _tables_with(["Zürich talks", "plain"])
    data = bytearray(pack(tables))
    at = data.index("Zürich talksplain".encode()) + 1
    data[at] = 0xFF  # the first byte of "ü", made one no UTF-8 text holds; the structure around it is intact
    back = unpack(bytes(data))
    assert back.sentence_texts[0] == "Z\ufffd\ufffdrich talks"  # the bad byte, then the orphaned second byte
    assert back.sentence_texts[1] == "plain"


def _tables_with(texts: list[str]) -> Tables:
    """The seeds' tables with these sentence texts (and as many ids, articles and paragraphs)."""
    t = SEEDED.tables
    n = len(texts)
    return replace(
        t,
        sentence_ids=[f"s{i}" for i in range(n)],
        sentence_texts=texts,
        sentence_sources=[t.sentence_sources[0]] * n,
        sentence_paragraphs=[0] * n,
    )

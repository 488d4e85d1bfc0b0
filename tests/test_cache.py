"""The derivation cache: hits, partial invalidation, damage, an unwritable dir, the size bound."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import briefing.derive
import briefing.errors
import briefing.ingest.sources
from briefing import workers
from briefing.formats.jsonio import to_dict
from briefing.ingest.sources import read_articles, source_from_text
from briefing.pipeline import load_briefing, parse_articles
from briefing.store import cache as cache_mod
from briefing.store.cache import BRIEFINGS, HEADS, MAGIC, SEARCH, SEEN, SOURCES, Cache
from briefing.store.codec import dumps, loads
from tests.conftest import nile_copy


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return nile_copy(tmp_path / "articles")


def _count_calls(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _entries(kind: str) -> list[Path]:
    root = Cache.open().root
    assert root is not None
    return sorted((root / kind).glob("*")) if (root / kind).is_dir() else []


def test_reopen_derives_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_briefing([folder])
    assert first.warnings == []
    assert len(_entries(BRIEFINGS)) == 1 and len(_entries(SOURCES)) == len(first.briefing.sources)

    def no_derive(*args: object, **kwargs: object) -> None:
        raise AssertionError("derived again")

    monkeypatch.setattr(briefing.derive, "derive", no_derive)
    monkeypatch.setattr(briefing.ingest.sources, "parse_article", no_derive)
    second = load_briefing([folder])
    assert to_dict(second.briefing, with_text=True) == to_dict(first.briefing, with_text=True)
    assert second.briefing.sentence_index  # the look-up indexes work on a cached briefing


def test_changed_article_reparses_only_itself(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing([folder])
    article = sorted(folder.glob("*.txt"))[0]
    head, rest = article.read_text(encoding="utf-8").split("\n\n", 1)
    article.write_text(f"{head}\n\nA new sentence was added today.\n\n{rest}", encoding="utf-8")
    parsed = _count_calls(monkeypatch, briefing.ingest.sources, "parse_article")
    loaded = load_briefing([folder])
    assert len(parsed) == 1
    assert any("A new sentence was added today." in s.text for s in loaded.briefing.sentence_index.values())


def test_corrupt_cache_is_rebuilt_with_one_warning(folder: Path) -> None:
    expected = to_dict(load_briefing([folder]).briefing, with_text=True)
    for entry in _entries(BRIEFINGS) + _entries(SOURCES):
        entry.write_bytes(MAGIC + b"\x80garbage" * 10)
    loaded = load_briefing([folder])
    assert to_dict(loaded.briefing, with_text=True) == expected
    assert len(loaded.warnings) == 1 and "corrupt" in loaded.warnings[0]
    assert load_briefing([folder]).warnings == []  # rebuilt entries are good again


def test_truncated_and_foreign_entries_are_misses(folder: Path) -> None:
    load_briefing([folder])
    (entry,) = _entries(BRIEFINGS)
    entry.write_bytes(entry.read_bytes()[:100])
    assert "corrupt" in load_briefing([folder]).warnings[0]
    (entry,) = _entries(BRIEFINGS)
    entry.write_text("{}")
    assert "corrupt" in load_briefing([folder]).warnings[0]


def test_unreadable_cache_entry_is_rebuilt(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing([folder])

    def denied(path: Path, *args: object, **kwargs: object) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(cache_mod, "read_bounded", denied)
    loaded = load_briefing([folder])
    assert len(loaded.warnings) == 1 and "permission denied" in loaded.warnings[0]
    assert loaded.briefing.sources


def test_unwritable_cache_dir_runs_without_cache(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache dir should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    loaded = load_briefing([folder])
    assert loaded.briefing.sources
    assert len(loaded.warnings) == 1
    assert loaded.warnings[0].startswith("cache disabled, running without it: cannot write")


def test_no_cache_writes_nothing(folder: Path) -> None:
    loaded = load_briefing([folder], use_cache=False)
    assert loaded.warnings == []
    assert _entries(BRIEFINGS) == [] and _entries(SOURCES) == []


def test_size_bound_evicts_least_recently_used(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing([folder])
    entries = _entries(SOURCES) + _entries(BRIEFINGS)
    for age, entry in enumerate(entries):
        os.utime(entry, (1000 + age, 1000 + age))  # the first is the oldest
    newest = entries[-1]
    cache = Cache.open()
    cache.max_bytes = newest.stat().st_size
    cache.put(SOURCES, "extra", MAGIC)
    cache.trim()
    assert _entries(SOURCES) + _entries(BRIEFINGS) == [cache.root / SOURCES / "extra"]


def test_every_kind_of_entry_is_trimmed_heads_and_search_indexes_too(folder: Path) -> None:
    """heads/ (title and summary), search/ and seen/ grow with every folder opened: they count and go too."""
    load_briefing([folder])
    cache = Cache.open()
    cache.put(SEARCH, "an-index", MAGIC)
    cache.put(SEEN, "a-record", MAGIC)
    kinds = (SOURCES, BRIEFINGS, HEADS, SEARCH, SEEN)
    old = [entry for kind in kinds for entry in _entries(kind)]
    assert _entries(HEADS) and _entries(SEARCH) and _entries(SEEN)
    for entry in old:
        os.utime(entry, (1000, 1000))  # all older than the entry written next
    cache.put(SOURCES, "newest", MAGIC)
    cache.max_bytes = (cache.root / SOURCES / "newest").stat().st_size  # room for the newest alone
    cache.trim()
    assert [entry for kind in kinds for entry in _entries(kind)] == [cache.root / SOURCES / "newest"]


def test_size_bound_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(cache_mod.MAX_MB_ENV, "3")
    assert Cache.open().max_bytes == 3 * 1024 * 1024
    monkeypatch.setenv(cache_mod.MAX_MB_ENV, "lots")
    assert Cache.open().max_bytes == cache_mod.DEFAULT_MAX_MB * 1024 * 1024


def test_packing_round_trips_sources() -> None:
    src = source_from_text("Envoys met in Oslo\n\nBy Ana Lima\n\nThe talks resumed. Both sides spoke.\n", "oslo")
    back = loads(dumps(src), SOURCES)
    assert back == src
    assert back.sentences[0].text == src.sentences[0].text
    with pytest.raises(ValueError):
        loads(b"something else", SOURCES)


def test_strictness_is_part_of_the_key(folder: Path) -> None:
    bad = folder / "zz-empty.txt"
    bad.write_text("   \n")
    assert [s.path.name for s in load_briefing([folder]).skipped] == ["zz-empty.txt"]
    with pytest.raises(briefing.errors.InputError, match="no sentences"):
        load_briefing([*sorted(folder.glob("*.txt"))], strict=True)


def test_parallel_parse_matches_sequential(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    articles, _ = read_articles([folder])
    articles = articles * 6  # enough work for a pool
    sequential, _ = parse_articles(articles, Cache(None))
    monkeypatch.setattr(workers, "pays", lambda items, size: True)
    parallel, _ = parse_articles(articles, Cache(None))
    assert [to_dict_source(s) for s in parallel] == [to_dict_source(s) for s in sequential]


def to_dict_source(src: object) -> object:
    from briefing.formats.jsonio import source_to_dict

    return source_to_dict(src, with_text=True)  # type: ignore[arg-type]


def test_map_ordered_keeps_order() -> None:
    items = list(range(40))
    assert list(workers.map_ordered(_square, items, parallel=True)) == [i * i for i in items]
    assert list(workers.map_ordered(_square, items, parallel=False)) == [i * i for i in items]


def _square(i: int) -> int:
    return i * i


_PARENT = os.getpid()


def _dies_in_a_worker(i: int) -> int:
    if os.getpid() != _PARENT and i == 5:
        os._exit(1)  # a worker killed (out of memory, say)
    return i * i


def test_broken_pool_falls_back_to_this_process() -> None:
    items = list(range(40))
    assert list(workers.map_ordered(_dies_in_a_worker, items, parallel=True)) == [i * i for i in items]


def test_progress_reports_reading(folder: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    load_briefing([folder], progress=lambda stage, done, total: seen.append((stage, done, total)))
    reading = [s for s in seen if s[0] == "reading"]
    assert reading[-1][1] == reading[-1][2] == len(list(folder.glob("*.txt")))
    deriving = [s for s in seen if s[0] == "deriving"]
    assert deriving[0][1] == 0 and deriving[-1][1] == deriving[-1][2] > 1
    assert seen.index(reading[-1]) < seen.index(deriving[0])

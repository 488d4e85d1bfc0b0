"""What the cache saw of article files: an unchanged file is vouched for by its status, a changed one is read."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import briefing.ingest.reading
from briefing.errors import FileError
from briefing.formats.jsonio import to_dict
from briefing.ingest.reading import identity
from briefing.ingest.sources import Article, read_articles
from briefing.pipeline import load_briefing, load_index
from briefing.store import seen as seen_mod
from briefing.store.cache import SEEN, SOURCES, Cache
from briefing.store.kinds import MAGIC
from briefing.store.seen import Seen

ARTICLES = Path(__file__).resolve().parent / "articles" / "andes-border-talks"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    dest = tmp_path / "articles"
    shutil.copytree(ARTICLES, dest)
    for extra in ("briefing.md", "expected.json"):
        (dest / extra).unlink(missing_ok=True)
    return dest


@pytest.fixture
def steady(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files written by the test count as steady at once (the 2-second rule has its own test)."""
    monkeypatch.setattr(seen_mod, "RACY_NS", 0)


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every article file read from now on, by path."""
    read: list[Path] = []
    original = briefing.ingest.sources.read_bytes

    def counting(path: Path, *args: object, **kwargs: object) -> bytes:
        read.append(Path(path))
        return original(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(briefing.ingest.sources, "read_bytes", counting)
    return read


def _seen_entries() -> list[Path]:
    root = Cache.open().root
    assert root is not None
    return sorted((root / SEEN).glob("*")) if (root / SEEN).is_dir() else []


def test_an_unchanged_folder_is_reopened_without_reading_its_articles(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_briefing([folder])
    assert len(_seen_entries()) == 1
    read = _reads(monkeypatch)
    again = load_briefing([folder])
    assert read == []
    assert to_dict(again.briefing, with_text=True) == to_dict(first.briefing, with_text=True)
    assert again.warnings == []


def test_search_on_an_unchanged_folder_reads_no_article(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = [h.text for h in load_index([folder]).index.search("talks", limit=5)]
    read = _reads(monkeypatch)
    assert [h.text for h in load_index([folder]).index.search("talks", limit=5)] == expected
    assert read == []


def test_the_same_folder_typed_otherwise_is_vouched_for_too(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_briefing([folder])
    monkeypatch.chdir(folder.parent)
    read = _reads(monkeypatch)
    load_briefing([f"./{folder.name}/"])
    assert read == []


def test_a_changed_article_is_read_again_even_with_its_old_size_and_time(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_briefing([folder])
    article = sorted(folder.glob("*.txt"))[0]
    before = article.stat()
    text = article.read_text(encoding="utf-8")
    changed = text.replace("talks", "TALKS", 1)
    assert changed != text and len(changed) == len(text)
    article.write_text(changed, encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same modification time
    read = _reads(monkeypatch)
    loaded = load_briefing([folder])
    assert read == [article]  # the change time gave it away
    assert any("TALKS" in s.text for s in loaded.briefing.sentence_index.values())


def test_a_file_replaced_by_another_is_read(folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing([folder])
    article = sorted(folder.glob("*.txt"))[0]
    replacement = folder.parent / "replacement.tmp"
    replacement.write_text(article.read_text(encoding="utf-8") + "\nOne more line was added.\n", encoding="utf-8")
    os.replace(replacement, article)  # an editor's save: another inode
    read = _reads(monkeypatch)
    load_briefing([folder])
    assert read == [article]


def test_files_changed_just_before_reading_are_not_recorded(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Within the granularity of file times a later write could keep the identity: such files vouch for nothing."""
    load_briefing([folder])  # the files were copied a moment ago: all within RACY_NS
    read = _reads(monkeypatch)
    load_briefing([folder])
    assert sorted(read) == sorted(folder.glob("*.txt"))


def test_a_vouched_article_whose_parse_is_gone_is_read_and_checked(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_briefing([folder])
    root = Cache.open().root
    assert root is not None
    for entry in (root / SOURCES).iterdir():
        entry.unlink()
    shutil.rmtree(root / "briefings")
    read = _reads(monkeypatch)
    again = load_briefing([folder])
    assert sorted(read) == sorted(folder.glob("*.txt"))
    assert to_dict(again.briefing, with_text=True) == to_dict(first.briefing, with_text=True)


def test_bytes_that_are_not_the_ones_vouched_for_are_refused(folder: Path) -> None:
    path = sorted(folder.glob("*.txt"))[0]
    article = Article(path, "a", None, True, identity(path.stat()), "0" * 32)
    assert article.digest == "0" * 32 and article.size == path.stat().st_size
    with pytest.raises(FileError, match="changed while being read"):
        _ = article.data


def test_no_cache_records_nothing(folder: Path, steady: None) -> None:
    load_briefing([folder], use_cache=False)
    assert _seen_entries() == []


def test_an_unchanged_record_is_not_written_again(folder: Path, steady: None) -> None:
    load_briefing([folder])
    (entry,) = _seen_entries()
    os.utime(entry, ns=(0, 0))
    load_briefing([folder])
    assert entry.stat().st_mtime_ns != 0  # read (and touched, as a used entry), but
    written = entry.stat().st_ino
    load_briefing([folder])
    assert entry.stat().st_ino == written  # not replaced


def test_a_damaged_record_costs_a_full_read_and_one_warning(
    folder: Path, steady: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_briefing([folder])
    (entry,) = _seen_entries()
    entry.write_bytes(MAGIC + b"\x93\xff\x00garbage")
    read = _reads(monkeypatch)
    loaded = load_briefing([folder])
    assert sorted(read) == sorted(folder.glob("*.txt"))
    assert len(loaded.warnings) == 1 and "corrupt" in loaded.warnings[0]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_any_record_decodes_to_a_table_or_is_a_miss(folder: Path, blob: bytes) -> None:
    """A record is read from a place the user owns but is checked like any entry: never code, never a crash."""
    cache = Cache.open()
    seen = Seen(cache, [folder], str)
    cache.put(SEEN, seen._key, MAGIC + blob)
    vouching = Seen(cache, [folder], str)
    articles, _ = read_articles([folder], strict=False, vouch=vouching.vouch)
    assert all(isinstance(a.digest, str) for a in articles)


def test_stdin_is_never_vouched_for(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[Path] = []
    monkeypatch.setattr(briefing.ingest.reading, "_read_stdin", lambda limit: b"Talks resumed on Monday.\n")
    articles, _ = read_articles(["-"], vouch=lambda path, ident: asked.append(path) or "0" * 32)
    assert asked == [] and articles[0].read is not None


def _record(folder: Path) -> dict[str, tuple[int, int, int, int, int, str]]:
    return Seen(Cache.open(), [folder], str)._files


def test_a_reopening_that_vouches_for_every_file_leaves_the_record_as_it_is(folder: Path, steady: None) -> None:
    load_briefing([folder])
    (entry,) = _seen_entries()
    written = entry.stat().st_ino
    load_briefing([folder])
    assert entry.stat().st_ino == written  # not written again (a write replaces the file: a new inode)
    (folder / "added.txt").write_text("Negotiators met again on Friday in the capital.\n", encoding="utf-8")
    load_briefing([folder])
    assert entry.stat().st_ino != written  # the check itself: a write is seen


def test_a_file_gone_or_added_is_recorded_anew(folder: Path, steady: None) -> None:
    """Every article vouched for is not enough to keep the record: it must hold no other file either."""
    load_briefing([folder])
    files = sorted(folder.glob("*.txt"))
    assert len(_record(folder)) == len(files)
    files[0].unlink()
    load_briefing([folder])  # the rest all vouched for, one fewer
    assert sorted(_record(folder)) == sorted(os.path.realpath(f) for f in files[1:])
    (folder / "added.txt").write_text("Negotiators met again on Friday in the capital.\n", encoding="utf-8")
    load_briefing([folder])
    assert os.path.realpath(folder / "added.txt") in _record(folder)

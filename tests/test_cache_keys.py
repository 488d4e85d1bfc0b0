"""Cache keys by content and resolved path; curated briefings cached too, their head read first (issues 18, 19)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from markdown_helpers import own_copy, write_curated

import briefing.derive
import briefing.formats.markdown_read
from briefing.errors import InputError
from briefing.formats.markdown_head import head_of
from briefing.ingest.sources import load_sources
from briefing.model import Head
from briefing.pipeline import load_briefing


def _forbid(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"{name} ran again")

    monkeypatch.setattr(module, name, refuse)


@pytest.fixture
def talks(tmp_path: Path) -> Path:
    return own_copy(tmp_path)


@pytest.fixture
def curated(talks: Path) -> Path:
    return write_curated(talks)


def test_one_folder_spelled_three_ways_is_one_entry(talks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_briefing([talks], curated=False)
    _forbid(monkeypatch, briefing.derive, "derive")
    monkeypatch.chdir(talks.parent)
    for spelling in ("talks", "./talks", f"../{talks.parent.name}/talks"):
        again = load_briefing([spelling], curated=False)
        typed = [str(Path(spelling) / Path(s.path).name) for s in first.briefing.sources if s.path]
        assert [s.path for s in again.briefing.sources] == typed
        assert [s.id for s in again.briefing.sources] == [s.id for s in first.briefing.sources]


def test_the_reader_and_derive_share_an_entry(talks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = sorted(str(p) for p in talks.glob("*.txt"))
    load_briefing(files, strict=False)  # the reader: not strict
    _forbid(monkeypatch, briefing.derive, "derive")
    assert load_briefing(files, strict=True).briefing.sources  # derive: strict, same entry


def test_a_skipped_file_named_strictly_is_an_error_even_when_cached(talks: Path) -> None:
    bad = talks / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    files = sorted(str(p) for p in talks.glob("*.txt"))
    loose = load_briefing(files, strict=False)
    assert [s.path for s in loose.skipped] == [bad]
    with pytest.raises(InputError, match=r"empty\.txt"):
        load_briefing(files, strict=True)
    assert [s.path for s in load_briefing(files, strict=False).skipped] == [bad]  # the entry still serves


def test_a_curated_briefing_is_read_once_then_cached(curated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (curated / "briefing.md").read_text(encoding="utf-8")
    (curated / "briefing.md").write_text(text + '\n- A lost one. [^"no article says this at all, anywhere"]\n')
    # the bullet lands in the last section; its finding is reported on every open, with its line
    first = load_briefing([curated])
    assert first.briefing.origin == "curated"
    assert any("unresolved" in w for w in first.warnings)
    _forbid(monkeypatch, briefing.formats.markdown_read, "parse")
    heads: list[Head] = []
    second = load_briefing([curated], on_head=heads.append)
    assert second.briefing == first.briefing
    assert second.warnings == first.warnings
    assert [h.summary for h in heads] == [first.briefing.summary]


def test_an_edited_curated_briefing_is_read_again_head_first(curated: Path) -> None:
    load_briefing([curated])
    path = curated / "briefing.md"
    path.write_text(path.read_text(encoding="utf-8").replace("another round", "a fourth round"), encoding="utf-8")
    heads: list[Head] = []
    loaded = load_briefing([curated], on_head=heads.append)
    assert "a fourth round" in loaded.briefing.summary[0].text
    assert heads[0].summary == loaded.briefing.summary  # the early head, from the summary lines alone
    assert heads[0].title == loaded.briefing.title and heads[0].origin == "curated"


def test_an_edited_article_is_a_new_curated_entry(curated: Path) -> None:
    first = load_briefing([curated])
    article = sorted(curated.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nA sentence added at the end.\n", encoding="utf-8")
    again = load_briefing([curated])
    assert any("A sentence added at the end." in s.text for s in again.briefing.sentence_index.values())
    assert again.briefing.summary == first.briefing.summary


def test_head_of_reads_the_title_and_summary_wherever_the_summary_is(curated: Path) -> None:
    sources = load_sources([curated])[0]
    text = (curated / "briefing.md").read_text(encoding="utf-8")
    whole = briefing.formats.markdown_read.parse(text, sources).briefing
    head = head_of(text, sources)
    assert head is not None and head.summary == whole.summary and head.title == whole.title
    sections = text.split("\n## ")
    moved = "\n## ".join([sections[0], *sections[2:], sections[1]])  # Sources moved to the end
    assert "## Summary" in moved
    assert head_of(moved, sources).summary == whole.summary  # type: ignore[union-attr]
    assert head_of("# Only a title\n", sources) == Head("Only a title", "curated", len(sources), 0, [])
    assert head_of("no title at all\n", sources) is None
    assert head_of("   ## Summary\n\n- Indented heading. [^x:y]\n", sources) is None  # no title: not a briefing


def test_a_symlinked_folder_is_keyed_by_its_target(talks: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    link = talks.parent / "link"
    os.symlink(talks, link)
    load_briefing([talks], curated=False)
    _forbid(monkeypatch, briefing.derive, "derive")
    again = load_briefing([link], curated=False)
    assert all(s.path.startswith(str(link)) for s in again.briefing.sources if s.path)

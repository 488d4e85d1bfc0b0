"""The reader's side of curated briefings: which file `e` edits, which editor, noticing changes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from markdown_helpers import OWN

from briefing.app.editing import Watcher, briefing_to_edit, editor_command
from briefing.pipeline import load_briefing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    dest = tmp_path / "talks"
    shutil.copytree(OWN, dest)
    return dest


def test_editor_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", "code --wait")
    assert editor_command(Path("b.md")) == ["code", "--wait", "b.md"]
    monkeypatch.delenv("VISUAL")
    monkeypatch.setenv("EDITOR", "nano")
    assert editor_command(Path("b.md")) == ["nano", "b.md"]
    monkeypatch.delenv("EDITOR")
    assert editor_command(Path("b.md")) == ["vi", "b.md"]


def test_editing_a_derived_folder_starts_its_curated_briefing(folder: Path) -> None:
    derived = load_briefing([str(folder)]).briefing
    assert derived.origin == "derived"
    path = briefing_to_edit([str(folder)], derived)
    assert path == folder / "briefing.md" and path.is_file()
    assert load_briefing([str(folder)]).briefing.origin == "curated"
    assert briefing_to_edit([str(folder)], derived) == path  # an existing one is never overwritten


def test_articles_named_one_by_one_have_nothing_to_edit(folder: Path) -> None:
    paths = [str(p) for p in sorted(folder.glob("*.txt"))]
    assert briefing_to_edit(paths, load_briefing(paths).briefing) is None
    assert not (folder / "briefing.md").exists()


def test_watcher_notices_articles_and_briefing(folder: Path) -> None:
    watcher = Watcher([str(folder)])
    assert not watcher.changed()
    article = folder / "harbour-gazette.txt"
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    assert watcher.changed()
    assert not watcher.changed()
    (folder / "briefing.md").write_text("# T\n", encoding="utf-8")
    assert watcher.changed()
    stat = (folder / "briefing.md").stat()
    os.utime(folder / "briefing.md", ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert watcher.changed()

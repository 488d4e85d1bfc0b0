"""The reader's side of curated briefings: which file `e` edits, which editor, noticing changes."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import shlex
import sys
from pathlib import Path

import pytest
from app_fixture import posted, wait_until
from markdown_helpers import own_copy, write_curated

from briefing.app.app import BriefingApp
from briefing.app.editing import briefing_to_edit, editor_command
from briefing.app.watching import Watcher
from briefing.pipeline import load_briefing


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return own_copy(tmp_path)


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


# -- in the reader (Textual pilot)


def _sync(test):  # type: ignore[no-untyped-def]
    """Run an async pilot test in its own event loop (no asyncio plugin needed)."""

    @functools.wraps(test)
    def run(*args, **kwargs):  # type: ignore[no-untyped-def]
        asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture
def curated(folder: Path) -> Path:
    return write_curated(folder)


async def _loaded(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
    await wait_until(pilot, lambda: app.briefing is not None)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def _unresolve_a_citation(app: BriefingApp, pilot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Change the sentence the first demand cites in an article, and wait until the reader has reloaded it."""
    article = folder / "harbour-gazette.txt"
    text = article.read_text(encoding="utf-8").replace("wants a binding cap on the total catch", "asks")
    article.write_text(text, encoding="utf-8")
    await wait_until(pilot, lambda: bool(app.briefing.demands[0].unresolved))
    await app.workers.wait_for_complete()
    await pilot.pause()


def _entry_text(app: BriefingApp) -> str:
    entry = app.pane.current_list.current
    assert entry is not None
    return entry.prompt.plain


@_sync
async def test_reader_title_bar_says_curated_or_derived(curated: Path) -> None:
    app = BriefingApp([str(curated)], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        assert app.sub_title.startswith("curated · 2 articles")
        assert app.briefing.title == "Talks between Norway and Iceland"
    app = BriefingApp([str(p) for p in sorted(curated.glob("*.txt"))], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        assert app.sub_title.startswith("derived · 2 articles")


@_sync
async def test_e_edits_in_the_editor_then_reloads_keeping_the_place(
    curated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text(encoding='utf-8').replace('rejects the cap', 'refuses any cap'), encoding='utf-8')\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("VISUAL", f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}")
    app = BriefingApp([str(curated)], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)  # a headless driver cannot suspend
        await pilot.press("4", "j")
        place = app.current_location()
        assert "rejects the cap" in _entry_text(app)
        await pilot.press("e")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.briefing.demands[1].text == "Iceland refuses any cap."
        assert app.current_location() == place
        assert "refuses any cap" in _entry_text(app)


@_sync
async def test_changed_article_reloads_and_shows_unresolved(curated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(BriefingApp, "WATCH_SECONDS", 0.05)
    app = BriefingApp([str(curated)], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        await pilot.press("4")
        place = app.current_location()
        await wait_until(pilot, lambda: app.reloader.watcher is not None)  # the watches are in place
        assert app.reloader.events is not None  # file events, not polling
        await _unresolve_a_citation(app, pilot, curated)
        assert app.briefing.demands[0].unresolved
        assert app.source_view.briefing is app.briefing  # the source pane shows the changed article
        assert "asks" in app.source_view.briefing.source_index["harbour-gazette"].text
        assert app.current_location() == place
        assert "⚠ 1 unresolved" in _entry_text(app)
        assert app.sub_title.endswith("1 unresolved citation")


@_sync
async def test_e_without_a_folder_explains(folder: Path) -> None:
    app = BriefingApp([str(p) for p in sorted(folder.glob("*.txt"))], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        assert not (folder / "briefing.md").exists()
        assert any("Open a folder" in n.message for n in posted(app))


# -- file events (watchfiles), the poller as fallback, $EDITOR that is no command line


def _events(paths: list[str]):  # type: ignore[no-untyped-def]
    import threading

    from briefing.app.watching import FileEvents

    changed, ready = threading.Event(), threading.Event()
    events = FileEvents(paths, changed.set, ready.set)
    assert events.start()
    assert ready.wait(60), "the watches were not set up"
    return events, changed


def test_file_events_tell_articles_and_briefing_apart_from_other_files(folder: Path) -> None:
    events, changed = _events([str(folder)])
    try:
        for name in (".hidden.txt", "notes.swp", "image.png"):
            (folder / name).write_text("x")
        assert not changed.wait(2.5)  # past the debounce: nothing worth a reload
        (folder / "briefing.md").write_text("# T\n", encoding="utf-8")
        assert changed.wait(30)
    finally:
        events.stop.set()


def test_file_events_for_articles_named_one_by_one(folder: Path) -> None:
    article = folder / "harbour-gazette.txt"
    events, changed = _events([str(article)])
    try:
        (folder / "other.txt").write_text("Another article.\n", encoding="utf-8")
        assert not changed.wait(2.5)  # a sibling that was not named
        article.write_text(article.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
        assert changed.wait(30)
    finally:
        events.stop.set()


@_sync
async def test_without_file_events_the_reader_polls(curated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "watchfiles", None)  # not installed: importing it fails
    monkeypatch.setattr(BriefingApp, "WATCH_SECONDS", 0.05)
    app = BriefingApp([str(curated)], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        await wait_until(pilot, lambda: app.reloader.watcher is not None)
        assert app.reloader.events is None
        await _unresolve_a_citation(app, pilot, curated)


def test_an_editor_with_an_unbalanced_quote_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.errors import InputError

    monkeypatch.setenv("EDITOR", "vim '-c set ft=markdown")
    monkeypatch.delenv("VISUAL", raising=False)
    with pytest.raises(InputError, match=r"cannot run the editor: \$EDITOR is not a command line"):
        editor_command(Path("b.md"))


@_sync
async def test_e_with_an_unbalanced_editor_says_so(curated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VISUAL", '"unclosed')
    app = BriefingApp([str(curated)], remember=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await _loaded(app, pilot)
        monkeypatch.setattr(app, "suspend", contextlib.nullcontext)
        await pilot.press("e")
        await pilot.pause()
        assert app.return_code is None and app.is_running
        assert any("$VISUAL is not a command line" in n.message for n in posted(app))


def test_file_events_end_with_the_reader(curated: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each watch holds an inotify instance (a user has 128): none outlives its reader."""
    import threading
    import time

    monkeypatch.setattr(BriefingApp, "WATCH_SECONDS", 0.05)

    async def run() -> None:
        app = BriefingApp([str(curated)], remember=False)
        async with app.run_test(size=(140, 40)) as pilot:
            await _loaded(app, pilot)
            await wait_until(pilot, lambda: app.reloader.watcher is not None)
            assert app.reloader.events is not None

    asyncio.run(run())
    deadline = time.monotonic() + 30
    while any(t.name == "briefing-watch" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "a watch thread outlived the reader"
        time.sleep(0.05)

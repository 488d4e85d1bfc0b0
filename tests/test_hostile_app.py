"""The reader on a hostile folder (issue 16): every string any widget shows is literal text.

Drives the real reader with the pilot through every screen that shows
outside text — the header, the lists, the source and the line under it,
notices, the article list (``a``), the claims citing a sentence (``c``),
the palette, search, the person card, help — and reads back what the
compositor would write to the terminal: no raw control character, bidi
control or undecodable byte, no link, and no click action from the
payloads; the markup shows as the brackets it was written with.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from app_fixture import wait_until
from hostile import curated, leaks, make_folder
from rich.segment import Segment
from textual.command import CommandPalette
from textual.widgets import OptionList

from briefing.app.app import BriefingApp
from briefing.app.entries import SECTIONS
from briefing.app.screens.person_card import PersonCard
from briefing.app.screens.search import SearchScreen


def _shown(app: BriefingApp) -> list[Segment]:
    """Every segment of every screen on the stack, as the compositor renders it for the terminal."""
    return [seg for screen in app.screen_stack for strip in screen._compositor.render_strips() for seg in strip]


def _check(app: BriefingApp, where: str) -> str:
    segments = _shown(app)
    text = "".join(seg.text for seg in segments)
    assert not leaks(text), f"{where}: raw characters on screen: {leaks(text)}"
    actions = {
        str(seg.style.meta.get("@click"))
        for seg in segments
        if seg.style is not None and seg.style.meta and "@click" in seg.style.meta
    }
    assert not any("screenshot" in a or "quit" in a for a in actions), f"{where}: live actions {actions}"
    links = {seg.style.link for seg in segments if seg.style is not None and seg.style.link}
    assert not links, f"{where}: links {links}"
    assert app.return_code is None and app.is_running, f"{where}: the reader left"
    return text


async def _settle(app: BriefingApp, pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause(0.1)


async def _walk(folder: Path, curated_names: bool) -> None:
    app = BriefingApp(paths=[str(folder)])
    async with app.run_test(size=(140, 45)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert app.briefing is not None
        text = _check(app, "opened")
        assert "[@click=app.screenshot('notes.txt','DIR')]READ MORE[/]" in text  # the header shows it literally
        assert "␛]0;PWNED" in text
        for key in (str(n) for n in range(1, len(SECTIONS) + 1)):
            await _settle(app, pilot, key)
            _check(app, f"section {key}")
        await _settle(app, pilot, "1", "enter")
        text = _check(app, "source")
        assert "citation 1 of" in text
        await _settle(app, pilot, "c")
        assert isinstance(app.screen, CommandPalette)
        _check(app, "claims citing the sentence")
        await _settle(app, pilot, *"claim")
        _check(app, "claims citing, searched")
        await _settle(app, pilot, "escape", "a")
        assert isinstance(app.screen, CommandPalette)
        text = _check(app, "articles")
        assert "[@click=app.quit]quit␛]0;PWNED-NAME␇.txt" in text  # a file name as written, escape made visible
        await _settle(app, pilot, *"talks")
        _check(app, "articles, searched")
        await _settle(app, pilot, "escape", "ctrl+p")
        await _settle(app, pilot, *"quit")
        _check(app, "palette")
        await _settle(app, pilot, "escape", "slash")
        assert isinstance(app.screen, SearchScreen)
        await _settle(app, pilot, *"vollan")
        _check(app, "search")
        results = app.screen.query_one(OptionList)
        assert any((results.get_option_at_index(i).id or "").startswith("hit-") for i in range(results.option_count))
        await _settle(app, pilot, "enter")
        assert isinstance(app.screen, PersonCard)
        text = _check(app, "person card")
        if curated_names:
            assert "Kari [@click=app.quit]Vollan[/] ␛]0;PWNED-PERSON␇" in text
        await _settle(app, pilot, "escape", "escape", "ctrl+a")
        await _settle(app, pilot, *"[/]")  # a query that is markup: the status line shows it
        _check(app, "search for markup")
        await _settle(app, pilot, "escape", "question_mark")
        _check(app, "help")
        await _settle(app, pilot, "escape")
        _check(app, "back")
    assert not (folder / "notes.txt").exists()


def test_hostile_folder_shows_only_literal_text(tmp_path: Path) -> None:
    asyncio.run(_walk(make_folder(tmp_path / "hostile"), curated_names=False))


def test_hostile_curated_briefing_shows_only_literal_text(tmp_path: Path) -> None:
    asyncio.run(_walk(curated(tmp_path / "curated"), curated_names=True))


# -- the reader's own files, hostile


def _reader_files(folder: Path) -> tuple[Path, Path]:
    from briefing.store.config import config_path
    from briefing.store.state import state_key, state_path

    state, config = state_path(state_key([str(folder)])), config_path()
    state.parent.mkdir(parents=True, exist_ok=True)
    config.parent.mkdir(parents=True, exist_ok=True)
    return state, config


async def _opens_and_quits(folder: Path, says: str) -> None:
    app = BriefingApp(paths=[str(folder)])
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        assert app.briefing is not None and app.is_running
        messages = " | ".join(str(n.message) for n in app._notifications)
        assert says in messages, messages
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running and app.return_code == 0


def test_a_state_file_that_is_not_utf8_is_a_notice(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "talks", undecodable_name=False)
    state, _ = _reader_files(folder)
    state.write_bytes(b'{"version": 1, "pane": "\xff\xfe"}')
    asyncio.run(_opens_and_quits(folder, "not UTF-8 text"))


def test_fifo_config_and_state_neither_hang_nor_stop_q(tmp_path: Path) -> None:
    import os

    folder = make_folder(tmp_path / "talks", undecodable_name=False)
    state, config = _reader_files(folder)
    os.mkfifo(state)
    os.mkfifo(config)
    asyncio.run(_opens_and_quits(folder, "not a regular file"))


def test_a_fatal_error_is_one_literal_line(tmp_path: Path) -> None:
    folder = make_folder(tmp_path / "talks\x1b]0;PWNED[@click=app.quit]", undecodable_name=False)
    (folder / "briefing.md").write_text("# A briefing\n\nprose where bullets belong\n", encoding="utf-8")

    async def run() -> BriefingApp:
        app = BriefingApp(paths=[str(folder)])
        async with app.run_test(size=(120, 40)) as pilot:
            await wait_until(pilot, lambda: app.return_code is not None)
        return app

    app = asyncio.run(run())
    assert app.return_code == 2 and app.exit_message is not None
    assert app.exit_message.startswith("briefing: error: ") and "\n" not in app.exit_message
    assert not leaks(app.exit_message) and "␛]0;PWNED[@click=app.quit]" in app.exit_message

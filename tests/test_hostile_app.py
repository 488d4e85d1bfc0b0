"""The reader on a hostile folder (issue 16): every string any widget shows is literal text.

Drives the real reader with the pilot through every screen that shows
outside text — the header, the lists, the source and the line under it,
notices, the article list (``a``), the claims citing a sentence (``c``),
the palette, search, the person card, help — and reads back what the
compositor would write to the terminal: no raw control character, bidi
control or undecodable byte, no link, and no click action from the
payloads; the markup shows as the brackets it was written with. A spy on
every markup parser (Textual's ``Content.from_markup``, Rich's
``markup.render``) fails the walk if outside text reaches one at all,
shown or not; toasts carry outside text too (a skipped file's hostile
name, a hostile config key, a curated citation that resolves nowhere, a
reload error quoting a hostile heading), and the walk checks that it saw
every kind of widget the reader shows.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import rich.console
import rich.markup
from app_fixture import posted, wait_until
from hostile import ALL, CONFIG, OUTSIDE, curated, leaks, make_folder
from rich.segment import Segment
from textual.command import CommandPalette
from textual.content import Content
from textual.widgets import OptionList

from briefing.app.app import BriefingApp
from briefing.app.entries import SECTIONS
from briefing.app.screens.person_card import PersonCard
from briefing.app.screens.search import SearchScreen

#: What the reader can show; the walk must have seen each on screen (Toast: notices; HeaderTitle: the title bar).
WIDGETS = {
    "HeaderTitle", "FooterKey", "ContentTab", "SectionList", "SourceView", "CitingLine", "Toast",
    "CommandInput", "CommandList", "SearchScreen", "PersonCard", "HelpScreen",
}  # fmt: skip
_SEEN: set[str] = set()


@pytest.fixture
def markup_spy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every string containing outside text that reached a markup parser (Textual's or Rich's)."""
    parsed: list[str] = []

    def record(markup: object) -> None:
        if isinstance(markup, str) and any(word in markup for word in OUTSIDE):
            parsed.append(markup)

    real_content, real_render = Content.from_markup.__func__, rich.markup.render
    real_console = rich.console.render_markup

    def content_from_markup(cls, markup, **variables):  # type: ignore[no-untyped-def]
        record(markup)
        return real_content(cls, markup, **variables)

    def render(markup, *args, **kwargs):  # type: ignore[no-untyped-def]
        record(markup)
        return real_render(markup, *args, **kwargs)

    def console_render(markup, *args, **kwargs):  # type: ignore[no-untyped-def]
        record(markup)
        return real_console(markup, *args, **kwargs)

    monkeypatch.setattr(Content, "from_markup", classmethod(content_from_markup))
    monkeypatch.setattr(rich.markup, "render", render)
    monkeypatch.setattr(rich.console, "render_markup", console_render)
    yield parsed


@pytest.fixture
def lasting_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Notices stay until the walk has read them (it clears them itself).

    Textual times a notice from when it is raised: on a busy machine the load's notices (5 s), raised just
    before the panes fill, expired before they were ever painted, and the walk could not read them.
    """
    real = BriefingApp.notify

    def notify(self, message, *, timeout=None, **kwargs):  # type: ignore[no-untyped-def]
        real(self, message, timeout=600, **kwargs)

    monkeypatch.setattr(BriefingApp, "notify", notify)


def _shown(app: BriefingApp) -> list[Segment]:
    """Every segment of every screen on the stack, as the compositor renders it for the terminal."""
    for screen in app.screen_stack:
        _SEEN.add(type(screen).__name__)
        _SEEN.update(cls.__name__ for w in screen._compositor.visible_widgets for cls in type(w).__mro__)
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


def _toasts(app: BriefingApp) -> str:
    """The text of the notices on screen, rows joined and spaces dropped (a toast wraps its message anywhere)."""
    screen = app.screen
    strips = screen._compositor.render_strips()
    rows = []
    for toast in screen.query("Toast"):
        r = toast.region
        rows += [
            "".join(seg.text for seg in strips[y].crop(r.x, r.right)) for y in range(r.y, min(r.bottom, len(strips)))
        ]
    return "".join(row.lstrip("▌ ") for row in rows).replace(" ", "")  # the left border too


def _in_toasts(app: BriefingApp, *needles: str) -> bool:
    toasts = _toasts(app)
    return all(needle.replace(" ", "") in toasts for needle in needles)


async def _settle(app: BriefingApp, pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press(*keys)
    await app.workers.wait_for_complete()
    await pilot.pause(0.1)


def _hostile_config() -> None:
    from briefing.store.config import config_path

    config_path().parent.mkdir(parents=True, exist_ok=True)
    config_path().write_text(CONFIG, encoding="utf-8")


async def _notices_shown(app: BriefingApp, pilot, notices: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Wait until each notice has been on screen, checking the screen as each shows.

    Read while they show, not at one moment after the load: they arrive at different times (the
    settings' at mount, the load's after it), and one look after the load missed some.
    """
    pending = set(notices)

    def all_seen() -> bool:
        seen = {notice for notice in pending if _in_toasts(app, notice)}
        if seen:
            _check(app, "notices")
        pending.difference_update(seen)
        return not pending

    try:
        await wait_until(pilot, all_seen)
    except AssertionError:
        sent = [str(n.message) for n in posted(app)]
        raise AssertionError(f"never on screen: {sorted(pending)}; sent: {sent}; on screen: {_toasts(app)!r}") from None


async def _walk(folder: Path, curated_names: bool) -> None:
    _SEEN.clear()
    _hostile_config()
    app = BriefingApp(paths=[str(folder)])
    # Toasts and tooltips are off in run_test() unless asked; 90 rows leave room for every toast (the rack drops
    # what overflows: the curated folder opens with seven).
    async with app.run_test(size=(140, 90), notifications=True, tooltips=True) as pilot:
        notices = ["empty[@click=app.quit]␛]0;PWNED-SKIPPED␇[b].txt", "[@click=app.quit]␛]0;PWNED-KEY␇[/]"]
        if curated_names:
            notices.append('[^"PWNED-UNRESOLVED �0;PWNED-C1�   esrever   isolate   [b]"]')
        await _notices_shown(app, pilot, notices)
        await wait_until(pilot, lambda: app.source_view.painted)
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        text = _check(app, "opened")
        assert "[@click=app.screenshot('notes.txt','DIR')]READ MORE[/]" in text  # the header shows it literally
        assert "␛]0;PWNED" in text
        app.clear_notifications()  # they cover the line under the source
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
        await _reload_error(app, pilot, folder)
    assert not (folder / "notes.txt").exists()
    assert WIDGETS <= _SEEN, f"the walk never saw {WIDGETS - _SEEN}"


async def _reload_error(app: BriefingApp, pilot, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """A briefing.md broken with a hostile heading: the reload error toast quotes it, literally."""
    await wait_until(pilot, lambda: app.reloader.watcher is not None)  # the watches are in place
    app.clear_notifications()
    (folder / "briefing.md").write_text(f"# Title\n\n## {ALL} RELOAD\n\n- A claim.\n", encoding="utf-8")
    await wait_until(pilot, lambda: any("unknown section" in str(n.message) for n in posted(app)))
    await wait_until(
        pilot, lambda: _in_toasts(app, "unknown section '[@click=app.screenshot('notes.txt','DIR')]READ MORE[/]")
    )
    text = _check(app, "reload error")
    assert "unknown section" in text


def test_hostile_folder_shows_only_literal_text(tmp_path: Path, markup_spy: list[str], lasting_notices: None) -> None:
    asyncio.run(_walk(make_folder(tmp_path / "hostile"), curated_names=False))
    assert not markup_spy, f"outside text parsed as markup: {markup_spy[:3]}"


def test_hostile_curated_briefing_shows_only_literal_text(
    tmp_path: Path, markup_spy: list[str], lasting_notices: None
) -> None:
    asyncio.run(_walk(curated(tmp_path / "curated"), curated_names=True))
    assert not markup_spy, f"outside text parsed as markup: {markup_spy[:3]}"


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
        messages = " | ".join(str(n.message) for n in posted(app))
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

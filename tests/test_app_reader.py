"""The reader driven by keys (Textual pilot): every claim one key from its evidence, and back."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from app_fixture import SEEDS, fixture_briefing, posted

from briefing.app.app import BriefingApp
from briefing.app.widgets.sections import SectionList
from briefing.app.widgets.source_view import SourceView
from briefing.history import Location
from briefing.model import Briefing
from briefing.store.state import state_key, state_path


def sync(test: Callable[..., Coroutine[Any, Any, None]]) -> Callable[..., None]:
    """Run an async pilot test in its own event loop (no asyncio plugin needed)."""

    @functools.wraps(test)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(test(*args, **kwargs))

    return run


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return fixture_briefing()


def visible(app: BriefingApp, widget_type: type) -> bool:
    widget = app.query_one(widget_type) if widget_type is SourceView else app.pane.current_list
    return widget.display and widget.region.width > 0 and widget.region.height > 0 and widget.is_on_screen


async def walk(app: BriefingApp, pilot, section_key: str, pane: str, item: str) -> None:  # type: ignore[no-untyped-def]
    """Enter on an item → its first citation highlighted in the source → ] other outlet → back, back."""
    await pilot.press(section_key)
    await pilot.pause()
    lst = app.pane.current_list
    assert lst.select_item(pane, item)
    await pilot.pause()
    entry = lst.current
    assert entry is not None and entry.location == Location(pane, item)
    first, second = entry.citations[:2]
    assert app.source_view.sentence_id == first  # the source follows the cursor (preview)
    await pilot.press("enter")
    await pilot.pause()
    assert app.focused is app.source_view
    assert app.source_view.sentence_id == first
    assert app.current_location() == Location("source", first)
    src = app.source_view.source
    assert src is not None and src.id == first.split(":")[0]
    row, _ = app.source_view.source_layout().rows_of(app.source_view.cursor)
    view = app.source_view
    assert view.head_rows <= view.screen_row(row) < view.scrollable_content_region.height  # in view, below the head
    await pilot.press("right_square_bracket")
    await pilot.pause()
    assert app.source_view.sentence_id == second
    assert app.briefing is not None
    assert app.briefing.outlet_of(second) != app.briefing.outlet_of(first)  # across outlets
    await pilot.press("backspace")
    await pilot.pause()
    assert app.source_view.sentence_id == first
    await pilot.press("backspace")
    await pilot.pause()
    assert app.current_location() == Location(pane, item)
    assert isinstance(app.focused, SectionList)
    await pilot.press("alt+right")
    await pilot.pause()
    assert app.current_location() == Location("source", first)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
@sync
async def test_claim_demand_and_member_lead_to_their_evidence(briefing: Briefing, size: tuple[int, int]) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.current_location() == Location("summary", "c1")
        await walk(app, pilot, "1", "summary", "c1")
        await walk(app, pilot, "4", "demands", "d1")
        await walk(app, pilot, "3", "delegations", "asaad-al-shibani")


@sync
async def test_every_pane_reachable_by_keyboard_when_narrow(briefing: Briefing) -> None:
    for size in ((80, 24), (60, 20)):
        app = BriefingApp(briefing=briefing)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            for key in "12345":
                await pilot.press(key)
                await pilot.pause()
                assert visible(app, SectionList), (size, key)
                assert not app.query_one(SourceView).region.width  # one pane at a time
            await pilot.press("tab")
            await pilot.pause()
            assert app.focused is app.source_view and visible(app, SourceView)
            await pilot.press("j", "j", "pagedown", "G", "g")
            await pilot.press("tab")
            await pilot.pause()
            assert isinstance(app.focused, SectionList) and visible(app, SectionList)


@sync
async def test_wide_shows_both_panes(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert visible(app, SectionList) and visible(app, SourceView)


@sync
async def test_sentence_lists_the_claims_citing_it(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # into the source at c1's first citation
        await pilot.pause()
        assert "cited by 1 claim" in str(app.query_one("#citing").render())
        await pilot.press("c")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "CommandPalette"
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_location() == Location("summary", "c1")


@sync
async def test_help_and_palette_open(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "HelpScreen"
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert app.screen.__class__.__name__ == "CommandPalette"
        commands = [name for name, _, _ in app.palette_commands()]
        assert {"Quit", "Back through jumps", "Source: List the claims that cite this sentence"} <= set(commands)


@sync
async def test_theme_toggle(briefing: Briefing) -> None:
    app = BriefingApp(briefing=briefing)
    async with app.run_test() as pilot:
        dark = app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark is not dark


@sync
async def test_state_is_restored_on_reopen(briefing: Briefing) -> None:
    app = BriefingApp(paths=SEEDS, briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4", "enter")
        await pilot.pause()
        sentence = app.source_view.sentence_id
        await pilot.press("q")
    again = BriefingApp(paths=list(reversed(SEEDS)), briefing=briefing)
    async with again.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert again.current_location() == Location("source", sentence)
        assert again.focused is again.source_view


@sync
async def test_corrupt_state_is_a_warning(briefing: Briefing) -> None:
    path = state_path(state_key(SEEDS))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{garbage", encoding="utf-8")
    app = BriefingApp(paths=SEEDS, briefing=briefing)
    async with app.run_test() as pilot:
        await pilot.pause()
        assert any("ignoring unreadable reader state" in n.message for n in posted(app))
        assert app.current_location() == Location("summary", "c1")


@sync
async def test_real_derivation_opens_and_panes_are_reachable() -> None:
    app = BriefingApp(paths=SEEDS)
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.briefing is not None and len(app.briefing.sources) == 2
        for key in "12345":
            await pilot.press(key, "j", "enter")
            await pilot.pause()
            await pilot.press("backspace")
        await pilot.press("tab", "j", "k", "G")
        assert app.source_view.sentence_id is not None


@sync
async def test_hostile_article_shows_literally(tmp_path: Path) -> None:
    article = tmp_path / "hostile.txt"
    article.write_text(
        "Talks [bold]resumed[/] in \x1b[31mParis\x1b[0m today.\n\nThe envoy said «نعم» and שלום to reporters.\n",
        encoding="utf-8",
    )
    app = BriefingApp(paths=[article])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("tab")
        await pilot.pause()
        view = app.source_view
        lines = "\n".join(view.render_line(y).text for y in range(view.size.height))
        assert "[bold]resumed[/]" in lines and "␛[31m" in lines
        assert all("\n" not in view.render_line(y).text for y in range(view.size.height))  # blank rows too
        assert "نعم" in lines and "שלום" in lines


@sync
async def test_empty_briefing_has_empty_states() -> None:
    fixture = fixture_briefing()
    empty = Briefing(title="empty", sources=fixture.sources)
    app = BriefingApp(briefing=empty)
    async with app.run_test() as pilot:
        await pilot.press("enter", "1", "]")
        await pilot.pause()
        assert "No claims derived" in str(app.pane.current_list.get_option_at_index(0).prompt)


@sync
async def test_no_color_cursor_is_visible_by_style(briefing: Briefing, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = BriefingApp(briefing=briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await pilot.pause()
        view = app.source_view
        first, _ = view.source_layout().rows_of(view.cursor)
        strip = view.render_line(view.screen_row(first))
        assert any(seg.style is not None and seg.style.reverse and seg.style.bold for seg in strip)


def test_many_citations_are_counted_not_listed() -> None:
    from briefing.app.entries import markers

    assert markers(2) == "[1][2]"
    assert markers(362) == "[1][2][3][4][5] +357 more"


@sync
async def test_large_set_shows_progress_then_fills(tmp_path: Path) -> None:
    for i in range(45):  # more than EAGER_FILES: loading waits for the first paint
        (tmp_path / f"a{i:02}.txt").write_text(
            f"Negotiators met in Geneva on day {i}. The envoy said talks would continue.\n", encoding="utf-8"
        )
    app = BriefingApp(paths=[tmp_path])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.briefing is not None and len(app.briefing.sources) == 45
        assert not app.query("#loading")


@sync
async def test_y_copies_the_sentence_with_its_markdown_citation(briefing: Briefing) -> None:
    from briefing.formats.markdown_read import parse

    app = BriefingApp(briefing=briefing, remember=False)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # into the source at the first claim's first citation
        await pilot.pause()
        sentence_id = app.source_view.sentence_id
        await pilot.press("y")
        await pilot.pause()
    assert len(copied) == 1
    sentence = briefing.sentence(sentence_id)
    assert sentence is not None and sentence.text in copied[0] and f"[^{sentence_id} " in copied[0]
    pasted = parse(f"# T\n\n## Summary\n\n- My claim. {copied[0].split('” ')[-1]}\n", briefing.sources)
    assert pasted.briefing.summary[0].citations == [sentence_id]  # it pastes into briefing.md as is


@sync
async def test_an_item_chosen_before_the_source_is_painted_is_jumped_to_after(
    briefing: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter pressed in the frame between the summary and the rest: painting the source must not undo the jump."""
    app = BriefingApp(briefing=briefing)
    held: list[Briefing] = []
    fill = app._fill_rest
    monkeypatch.setattr(app, "_fill_rest", held.append)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert held  # the summary is on screen, the rest not yet
        await pilot.press("enter")
        await pilot.pause()
        assert app.current_location().pane != "source"  # waiting, not jumped into an unpainted source
        fill(held[0])
        await pilot.pause()
        assert app.current_location().pane == "source"
        assert "cited by 1 claim" in str(app.query_one("#citing").render())

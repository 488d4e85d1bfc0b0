"""Keys that show themselves: the footer follows the focus, tabs show their numbers, help explains the marks."""

from __future__ import annotations

import pytest
from app_fixture import fixture_briefing, run_reader, wait_until
from rich.console import Console
from textual.widgets import Footer, OptionList, Tab
from textual.widgets._footer import FooterKey, FooterLabel

from briefing.app.app import BriefingApp
from briefing.app.entries import SECTIONS, TAB_LABELS, markers
from briefing.app.screens.help import HelpScreen
from briefing.app.screens.person_card import PersonCard
from briefing.app.screens.search import SearchScreen
from briefing.model import Briefing


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return fixture_briefing()


def footer_text(screen) -> str:  # type: ignore[no-untyped-def]
    """The footer as it reads, left to right: keys and their words, only what is inside the screen."""
    footer = screen.query_one(Footer)
    parts = []
    for widget in footer.query("FooterKey, FooterLabel"):
        if isinstance(widget, FooterKey | FooterLabel) and widget.region.right <= screen.size.width:
            rendered = widget.render()
            parts.append(str(rendered.plain if hasattr(rendered, "plain") else rendered).strip())
    return " ".join(parts)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_the_footer_shows_the_keys_that_apply_where_the_focus_is(briefing: Briefing, size: tuple[int, int]) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await wait_until(pilot, lambda: "Open" in footer_text(app.screen))  # the footer follows focus a frame late
        in_lists = footer_text(app.screen)
        for words in ("Open", "Pane", "Help", "Search", "Cite", "Back"):
            assert words in in_lists, in_lists
        assert "Cited by" not in in_lists and "Copy" not in in_lists
        await pilot.press("tab")
        await wait_until(pilot, lambda: "Cited by" in footer_text(app.screen))
        in_source = footer_text(app.screen)
        for words in ("Cited by", "Copy", "Article", "Help"):
            assert words in in_source, in_source
        assert "Open" not in in_source
        if size[0] >= 120:
            assert "Sections" in in_lists and "Articles" in in_lists and "Quit" in in_lists

    run_reader(briefing, size, body)


def test_tabs_show_their_number_keys_and_the_names_help_uses(briefing: Briefing) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        labels = [str(tab.label.plain) for tab in app.query(Tab)]
        assert labels == [f"{n} {TAB_LABELS[s]}" for n, (s, _) in enumerate(SECTIONS, 1)]
        assert all(tab.region.right <= app.pane.region.right for tab in app.query(Tab))  # every label fits
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
        rows = {line.split()[0]: line for line in text.splitlines() if line.strip()}
        for n, (_, title) in enumerate(SECTIONS, 1):
            assert rows[str(n)].split()[1] == f"{title}:"  # help names each section as its tab does

    run_reader(briefing, (120, 40), body)


def help_text(app: BriefingApp) -> str:
    assert isinstance(app.screen, HelpScreen)
    console = Console(width=100, record=True)
    console.print(app.screen.table)
    console.print(app.screen.legend)
    return console.export_text()


def test_help_has_a_legend_and_no_defaults_that_do_nothing(briefing: Briefing) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("question_mark")
        await pilot.pause()
        text = help_text(app)
        for mark in ("★ (lead)", "[1][2]", "+2 more", "Rejects:", "Position:", "this sentence", "other citations"):
            assert mark in text, mark
        for textual_default in ("Scroll Left", "Scroll Right", "Page Left", "Page Right", "Select", "Scroll Home"):
            assert textual_default not in text
        assert "j, ↓" in text and "ctrl+n" in text  # one row per action, every key of it

    run_reader(briefing, (120, 40), body)


def test_many_citations_say_more() -> None:
    assert markers(2) == "[1][2]"
    assert markers(7) == "[1][2][3][4][5] +2 more"


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_the_curated_or_derived_indicator_is_never_cut(briefing: Briefing, size: tuple[int, int]) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        app.title = "A very long headline " * 10
        app.sub_title = "derived · 2 articles"
        await pilot.pause()
        header = app.export_screenshot()
        assert "derived&#160;·&#160;2&#160;articles" in header

    run_reader(briefing, size, body)


def test_search_moves_with_ctrl_n_and_ctrl_p_and_a_person_card_replaces_the_box(briefing: Briefing) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("slash", *"leiter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        results = screen.query_one(OptionList)
        first = results.highlighted
        await pilot.press("ctrl+n")
        assert results.highlighted is not None and results.highlighted > first
        await pilot.press("ctrl+p")
        assert results.highlighted == first
        assert isinstance(app.screen, SearchScreen)  # ctrl+p moved, it did not open the palette
        await wait_until(pilot, lambda: "Jump" in footer_text(screen))
        assert "Close" in footer_text(screen)
        await pilot.press("enter")  # the person
        await pilot.pause()
        card = app.screen
        assert isinstance(card, PersonCard)
        box = screen.query_one("Vertical").region
        assert card.query_one("Vertical").region == box  # in the search box's place, not stacked over it
        await wait_until(pilot, lambda: "Jump" in footer_text(card))
        words = footer_text(card)
        assert "Jump" in words and "Back" in words and "Search" not in words  # the card's own keys
        assert card.query_one(Footer).region.width == app.size.width

    run_reader(briefing, (120, 40), body)


def test_ctrl_c_quits(briefing: Briefing) -> None:
    quits: list[bool] = []

    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        app.exit = lambda *args, **kwargs: quits.append(True)  # type: ignore[method-assign]
        await pilot.press("slash")  # even from the search box, where ctrl+c could have meant copy
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()

    run_reader(briefing, (80, 24), body)
    assert quits == [True]


def _reader_classes() -> set[type]:
    """Every class of the reader (briefing.app) built on one of Textual's."""
    import importlib
    import inspect
    import pkgutil

    import briefing.app

    found = set()
    for info in pkgutil.walk_packages(briefing.app.__path__, "briefing.app."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and any(b.__module__.startswith("textual") for b in cls.__mro__[1:]):
                found.add(cls)
    return found


def test_no_reader_class_shadows_textual_s_own_names() -> None:
    """SourceView.layout() hid Widget.layout and the app's action_back replaced App's (issue 17): a reader class
    replaces no Textual property, and overrides a Textual action only where it keeps the action's meaning."""
    keeps_meaning = {("BriefingApp", "action_quit"), ("HelpScreen", "action_dismiss")}  # save the place, then quit
    shadowed = []
    for cls in _reader_classes():
        for name in vars(cls):
            base = next((b for b in cls.__mro__[1:] if b.__module__.startswith("textual") and name in vars(b)), None)
            if base is None:
                continue
            replaced = vars(base)[name]
            if isinstance(replaced, property) or (
                name.startswith("action_") and (cls.__name__, name) not in keeps_meaning
            ):
                shadowed.append(f"{cls.__name__}.{name} hides {base.__name__}.{name}")
    assert not shadowed, shadowed
    assert len(_reader_classes()) > 10  # the walk found the reader's widgets, screens and the app

"""The search screen and the person card, driven with the pilot in a small host app."""

from __future__ import annotations

import asyncio

import pytest
from textual.app import App
from textual.widgets import Input, OptionList

from briefing.app.screens.person_card import PersonCard, name_spans
from briefing.app.screens.search import SearchScreen, highlighted
from briefing.history import Location
from briefing.search.index import SharedIndex
from tests.app_fixture import card_then_first_mention
from tests.search_fixture import seeds_with_entities

UNSET = Location("unset")


class Host(App):
    """Opens the search screen and keeps what it dismisses with."""

    def __init__(self) -> None:
        super().__init__()
        self.shared = SharedIndex(seeds_with_entities())
        self.result: Location | None = UNSET

    def on_mount(self) -> None:
        self.push_screen(SearchScreen(self.shared), self._done)

    def _done(self, location: Location | None) -> None:
        self.result = location


async def _type(app: Host, pilot, text: str) -> None:
    await pilot.press(*text)
    await app.workers.wait_for_complete()
    await pilot.pause()


def _options(screen: SearchScreen) -> list[str]:
    results = screen.query_one(OptionList)
    return [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]


def test_shibani_opens_the_card_and_a_mention_jumps() -> None:
    asyncio.run(_shibani_opens_the_card_and_a_mention_jumps())


async def _shibani_opens_the_card_and_a_mention_jumps() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "shibani")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        options = _options(screen)
        assert options[0].startswith("People") and "Asaad al-Shibani" in options[1]
        assert any(o.startswith("Sentences") for o in options)
        first = await card_then_first_mention(app, pilot, "asaad-al-shibani")
        assert app.result == Location("source", first)


def test_sentence_hit_jumps_to_the_source_pane() -> None:
    asyncio.run(_sentence_hit_jumps_to_the_source_pane())


async def _sentence_hit_jumps_to_the_source_pane() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "demilitarized zone")
        await pilot.press("enter")
        await pilot.pause()
        assert app.result is not UNSET and app.result.pane == "source"
        sentence = app.shared.briefing.sentence(app.result.item)
        assert sentence is not None and "demilitarised zone" in sentence.text


def test_arrows_move_and_escape_closes_with_nothing() -> None:
    asyncio.run(_arrows_move_and_escape_closes_with_nothing())


async def _arrows_move_and_escape_closes_with_nothing() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "salama")
        results = app.screen.query_one(OptionList)
        first = results.highlighted
        await pilot.press("down")
        assert results.highlighted != first and app.screen.query_one(Input).has_focus
        await pilot.press("escape")
        await pilot.pause()
        assert app.result is None


def test_escape_on_the_card_returns_to_the_results() -> None:
    asyncio.run(_escape_on_the_card_returns_to_the_results())


async def _escape_on_the_card_returns_to_the_results() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "gofmann")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, PersonCard)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.result is UNSET


def test_stale_results_are_dropped_and_empty_query_clears() -> None:
    asyncio.run(_stale_results_are_dropped_and_empty_query_clears())


async def _stale_results_are_dropped_and_empty_query_clears() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "sweida")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        shown = list(screen.hits)
        stale = app.shared.get().search("netanyahu")
        screen._show(screen._generation - 1, "netanyahu", stale)
        assert screen.hits == shown and screen.shown_query == "sweida"
        await pilot.press(*["backspace"] * 6)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.hits == [] and screen.query_one(OptionList).option_count == 0


def test_no_match_says_so() -> None:
    asyncio.run(_no_match_says_so())


async def _no_match_says_so() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        await _type(app, pilot, "xqzvw")
        assert "No matches" in str(app.screen.query_one("#search-status").render())


@pytest.mark.parametrize(
    ("text", "spans", "width", "expected"),
    [
        ("Roman Gofman", [(6, 12)], None, "Roman Gofman"),
        ("a" * 50 + " Gofman " + "b" * 50, [(51, 57)], 40, "…"),
    ],
)
def test_highlighted_keeps_text_and_windows(text: str, spans, width, expected: str) -> None:
    out = highlighted(text, spans, width)
    assert expected in out.plain and "Gofman" in out.plain
    if width:
        assert len(out.plain) <= width + 2


def test_name_spans_find_variants_and_surnames() -> None:
    text = "Foreign Minister Asaad al-Shaibani met Gofman."
    spans = name_spans(text, ["Asaad al-Shibani", "Asaad al-Shaibani", "Roman Gofman"])
    assert [text[a:b] for a, b in spans] == ["Asaad al-Shaibani", "Gofman"]


def test_enter_typed_before_the_results_arrive_still_jumps() -> None:
    asyncio.run(_enter_early())


async def _enter_early() -> None:
    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        screen._generation += 1  # a query is on its way
        await pilot.press("enter")
        assert app.result is UNSET
        hits = app.shared.get().search("demilitarized zone", kinds=["sentence"])
        screen._show(screen._generation, "demilitarized zone", hits)
        await pilot.pause()
        assert app.result == hits[0].location

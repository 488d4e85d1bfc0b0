"""Search inside the reader: ``/`` opens it, Enter jumps (into history), ``n``/``N`` step through hits."""

from __future__ import annotations

import asyncio

from app_fixture import card_then_first_mention, fixture_briefing

from briefing.app.app import BriefingApp
from briefing.app.screens.person_card import PersonCard
from briefing.app.screens.search import SearchScreen
from briefing.history import Location


async def _search(app: BriefingApp, pilot, query: str) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await pilot.pause()
    assert isinstance(app.screen, SearchScreen)
    await pilot.press(*query)
    await app.workers.wait_for_complete()
    await pilot.pause()


def test_slash_shibani_enter_opens_the_card_and_a_mention_lands_in_the_source() -> None:
    asyncio.run(_shibani())


async def _shibani() -> None:
    app = BriefingApp(briefing=fixture_briefing(), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        before = app.current_location()
        await _search(app, pilot, "shibani")
        mention = await card_then_first_mention(app, pilot, "asaad-al-shibani")
        assert not isinstance(app.screen, SearchScreen | PersonCard)
        assert app.current_location() == Location("source", mention)
        assert app.focused is app.source_view
        await pilot.press("backspace")  # the jump is in history
        await pilot.pause()
        assert app.current_location() == before


def test_sentence_hit_then_n_and_N_step_through_the_hits() -> None:
    asyncio.run(_step())


async def _step() -> None:
    app = BriefingApp(briefing=fixture_briefing(), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await _search(app, pilot, "demilitarized")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert all(h.kind == "sentence" for h in screen.hits) and len(screen.hits) >= 3
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        first = app.current_location()
        assert first.pane == "source" and app.focused is app.source_view
        found = app.found.sentences
        assert app.found.query == "demilitarized" and len(found) >= 3 and first.item in found
        i = found.index(first.item)
        await pilot.press("n")
        await pilot.pause()
        assert app.source_view.sentence_id == found[(i + 1) % len(found)]
        await pilot.press("N")
        await pilot.pause()
        assert app.source_view.sentence_id == found[i]
        await pilot.press("slash")  # the box opens on the last query
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.screen.query_text == "demilitarized"
        await pilot.press("escape")
        await pilot.pause()
        assert app.current_location() == first

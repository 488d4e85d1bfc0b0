"""The reader's place, fully remembered: the briefing pane beside the source, and any theme."""

from __future__ import annotations

import asyncio

from app_fixture import SEEDS, fixture_briefing

from briefing.app.app import BriefingApp
from briefing.app.entries import SECTIONS
from briefing.history import Location

DISCREPANCIES = str([s for s, _ in SECTIONS].index("discrepancies") + 1)  # its number key


def test_quitting_from_the_source_keeps_the_briefing_section_beside_it() -> None:
    briefing = fixture_briefing()

    async def run() -> None:
        app = BriefingApp(paths=SEEDS, briefing=briefing)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.press(DISCREPANCIES, "enter")  # into the source at the first one's citation
            await pilot.pause()
            sentence, beside = app.source_view.sentence_id, app.briefing_location()
            assert app.focused is app.source_view and beside.pane == "discrepancies"
            await pilot.press("q")
        again = BriefingApp(paths=SEEDS, briefing=briefing)
        async with again.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            assert again.current_location() == Location("source", sentence)
            assert again.focused is again.source_view
            assert again.pane.current_list.section == "discrepancies"
            assert again.briefing_location() == beside

    asyncio.run(run())


def test_a_theme_from_the_palette_comes_back() -> None:
    briefing = fixture_briefing()

    async def run() -> None:
        app = BriefingApp(paths=SEEDS, briefing=briefing)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            app.theme = "nord"  # what choosing "nord" in the palette's theme list does
            await pilot.press("q")
        again = BriefingApp(paths=SEEDS, briefing=briefing)
        async with again.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert again.theme == "nord"

    asyncio.run(run())

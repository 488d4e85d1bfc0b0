"""Resizing the terminal gives the layout the reader would have had started at that size."""

from __future__ import annotations

import asyncio

import pytest
from app_fixture import fixture_briefing

from briefing.app.app import BriefingApp
from briefing.model import Briefing

WIDE, NARROW = (120, 30), (80, 24)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return fixture_briefing()


def _layout(app: BriefingApp) -> tuple:
    """Which panes are on screen, and where: what a person sees of the layout."""
    pane, source = app.query_one("#briefing"), app.query_one("#source-pane")
    return tuple((w.id, w.display and w.region.width > 0, w.region if w.region.width else None) for w in (pane, source))


def _run(briefing: Briefing, start: tuple[int, int], end: tuple[int, int] | None, in_source: bool) -> tuple:
    async def run() -> tuple:
        app = BriefingApp(briefing=briefing, remember=False)
        async with app.run_test(size=start) as pilot:
            await pilot.pause()
            if in_source:
                await pilot.press("tab")
                await pilot.pause()
            if end is not None:
                await pilot.resize_terminal(*end)
                await pilot.pause()
            return _layout(app)

    return asyncio.run(run())


@pytest.mark.parametrize("in_source", [False, True], ids=["briefing", "source"])
@pytest.mark.parametrize(("start", "end"), [(WIDE, NARROW), (NARROW, WIDE)], ids=["120-to-80", "80-to-120"])
def test_resize_gives_the_layout_of_starting_at_that_size(
    briefing: Briefing, start: tuple[int, int], end: tuple[int, int], in_source: bool
) -> None:
    resized = _run(briefing, start, end, in_source)
    fresh = _run(briefing, end, None, in_source)
    assert resized == fresh
    shown = [name for name, on_screen, _ in resized if on_screen]
    if end == WIDE:
        assert shown == ["briefing", "source-pane"]
    else:
        assert shown == (["source-pane"] if in_source else ["briefing"])

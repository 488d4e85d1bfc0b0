"""``NO_COLOR``: the reader renders every state without colour, and never crashes doing it.

Textual's monochrome filter failed on a segment without a style
(``AttributeError: 'NoneType' object has no attribute 'color'``), and the
source pane gave it one while a briefing was still loading.
"""

from __future__ import annotations

import asyncio
import html

import pytest
from app_fixture import fixture_briefing
from rich.segment import Segment
from rich.style import Style
from textual.color import Color

from briefing.app.app import BriefingApp
from briefing.app.nocolor import SafeMonochrome


@pytest.mark.parametrize("size", [(120, 30), (80, 24)])
def test_loading_screen_renders_under_no_color(monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]) -> None:
    monkeypatch.setenv("NO_COLOR", "1")

    async def run() -> str:
        app = BriefingApp(remember=False)  # no briefing yet: the source pane says it is loading
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            app.action_toggle_view()  # at 80 columns, put the source pane on screen too
            await pilot.pause()
            return html.unescape(app.export_screenshot()).replace("\xa0", " ")

    assert "Loading articles" in asyncio.run(run())


def test_every_source_row_has_a_style_under_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cause: no strip of the source pane may hold a segment without a style (header rows included)."""
    monkeypatch.setenv("NO_COLOR", "1")

    async def run() -> None:
        app = BriefingApp(briefing=fixture_briefing(), remember=False)
        async with app.run_test(size=(120, 30)) as pilot:
            await pilot.press("tab")
            await pilot.pause()
            view = app.source_view
            for y in range(view.scrollable_content_region.height):
                assert all(seg.style is not None for seg in view.render_line(y) if seg.text)
            assert "Israel" in html.unescape(app.export_screenshot())

    asyncio.run(run())


def test_safe_monochrome_passes_segments_without_style() -> None:
    out = SafeMonochrome().apply([Segment("a", None), Segment("b", Style(color="red"))], Color(0, 0, 0))
    assert out[0] == Segment("a", None, None)
    assert out[1].style is not None and out[1].style.color is not None
    red = out[1].style.color.get_truecolor()
    assert red.red == red.green == red.blue  # grey: the colour went monochrome


def test_the_app_uses_the_safe_filter_only_under_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    assert any(isinstance(f, SafeMonochrome) for f in BriefingApp(remember=False).get_line_filters())
    monkeypatch.delenv("NO_COLOR")
    assert not any(isinstance(f, SafeMonochrome) for f in BriefingApp(remember=False).get_line_filters())

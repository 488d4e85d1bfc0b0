"""The progress bar of a large load: progress may arrive before the bar has composed its parts."""

from __future__ import annotations

import asyncio

from textual.widgets import Footer, Label

from briefing.app.app import BriefingApp
from briefing.app.messages import LoadProgress
from briefing.app.widgets.loading import LoadingBar


def test_progress_before_the_bar_is_composed_is_shown_once_it_is() -> None:
    async def run() -> str:
        app = BriefingApp(remember=False)
        async with app.run_test(size=(80, 24)) as pilot:
            bar = LoadingBar(LoadProgress("reading", 1, 50), id="loading")
            mounting = app.mount(bar, before=app.query_one(Footer))
            bar.show(LoadProgress("reading", 7, 50))  # on a busy machine the next message can come this soon
            await mounting
            await pilot.pause()
            return str(bar.query_one(Label).render())

    assert "7/50" in asyncio.run(run())

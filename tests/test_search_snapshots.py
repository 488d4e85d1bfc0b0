"""Snapshots of the search box and the person card over the fixture briefing.

Update with ``pytest tests/test_search_snapshots.py --snapshot-update`` after checking the report.
"""

from __future__ import annotations

import pytest
from app_fixture import fixture_briefing

from briefing.app.app import BriefingApp


def _typing(*keys: str):  # type: ignore[no-untyped-def]
    """Type, then wait until the search box shows the results of the whole query (its worker hands
    them to the UI thread after finishing, so waiting for the workers alone can photograph the box
    before they are drawn: seen on a loaded machine) or another screen took its place, and until the
    animations end (the active tab's underline, half-slid behind the box, failed a run on Python 3.13)."""
    query = "".join(k for k in keys if len(k) == 1)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.app.workers.wait_for_complete()
        # the first tab's underline slides in as the app starts: typed at once, the box opens over it mid-slide
        # (a lighter search made that the common case on Python 3.13)
        await pilot.wait_for_scheduled_animations()
        await pilot.pause()
        await pilot.press(*keys)
        for _ in range(1_000):
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            if getattr(pilot.app.screen, "shown_query", query) == query:
                break
        await pilot.wait_for_scheduled_animations()  # the tabs' underline behind the box slides into place
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_search_box(snap_compare, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = BriefingApp(briefing=fixture_briefing(), remember=False)
    assert snap_compare(app, run_before=_typing("slash", *"shibani"), terminal_size=size)


def test_person_card(snap_compare) -> None:  # type: ignore[no-untyped-def]
    app = BriefingApp(briefing=fixture_briefing(), remember=False)
    assert snap_compare(app, run_before=_typing("slash", *"gofmann", "enter"), terminal_size=(120, 40))

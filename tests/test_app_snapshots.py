"""Snapshots of each pane at 120x40 (side by side) and 80x24 (one pane at a time).

They use the fixture briefing, so they change only when the reader's look does.
Update with ``pytest tests/test_app_snapshots.py --snapshot-update`` after checking the report.
"""

from __future__ import annotations

import pytest
from app_fixture import fixture_briefing

from briefing.app.app import BriefingApp

PANES = {
    "summary": ("1",),
    "outcomes": ("2",),
    "delegations": ("3",),
    "demands": ("4",),
    "people": ("5", "j"),
    "discrepancies": ("6",),
    "source": ("1", "enter", "j"),
}


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
@pytest.mark.parametrize("pane", list(PANES))
def test_pane(snap_compare, pane: str, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    app = BriefingApp(briefing=fixture_briefing())
    assert snap_compare(app, press=PANES[pane], terminal_size=size)

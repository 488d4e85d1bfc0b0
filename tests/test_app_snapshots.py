"""Snapshots of each pane at 120x40 (side by side) and 80x24 (one pane at a time).

They use the fixture briefing, so they change only when the reader's look does;
the last two show a briefing derived from our own articles, so they change with
the derivation too (look at what changed before updating).
Update with ``pytest tests/test_app_snapshots.py --snapshot-update`` after checking the report.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_fixture import fixture_briefing

from briefing.app.app import BriefingApp
from briefing.derive import derive
from briefing.ingest.sources import load_sources

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


#: Our own articles of a round that ended with outcomes (tests/articles_outcomes).
OUTCOMES_FOLDER = Path(__file__).parent / "articles_outcomes" / "courantyne-river-talks"


@pytest.mark.parametrize("pane", ["summary", "outcomes"])
def test_derived_summary_and_outcomes(snap_compare, pane: str) -> None:  # type: ignore[no-untyped-def]
    """The first screen of a derived briefing: event, leads, outcomes, demands, the main contradiction."""
    briefing = derive(load_sources([OUTCOMES_FOLDER])[0])
    app = BriefingApp(briefing=briefing)
    assert snap_compare(app, press=PANES[pane], terminal_size=(120, 40))

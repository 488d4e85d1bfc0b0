"""Long sections are folded: a pane lists what can be read, and a fold row shows more."""

from __future__ import annotations

import dataclasses

from rich.text import Text

from briefing.app.app import BriefingApp
from briefing.app.entries import MIN_SHOWN, MORE_STEP, SHOWN_BUDGET, Entry, folded, groups_of, heading
from briefing.history import Location
from briefing.model import Briefing, Claim
from tests.app_fixture import fixture_briefing
from tests.test_app_reader import sync


def _items(n: int, pane: str = "demands") -> list[Entry]:
    return [Entry(Text(f"item {i}"), Location(pane, f"d{i}"), [f"s{i}"]) for i in range(n)]


def test_short_groups_are_listed_whole() -> None:
    entries = [heading("A"), *_items(3), heading("B"), *_items(2)]
    assert folded(entries, {}) == entries


def test_a_long_group_is_cut_to_its_share_with_a_fold_row() -> None:
    entries = [heading("A"), *_items(2), heading("B"), *_items(5000)]
    out = folded(entries, {})
    share = max(MIN_SHOWN, SHOWN_BUDGET // 2)
    assert len(out) == 1 + 2 + 1 + share + 1
    fold = out[-1]
    assert fold.more == "B" and fold.location is None
    assert f"{5000 - share:,} more" in fold.prompt.plain and f"Enter shows {MORE_STEP}" in fold.prompt.plain
    assert [name for name, _ in groups_of(entries)] == ["A", "B"]
    unfolded = folded(entries, {"B": share + MORE_STEP})
    assert sum(1 for e in unfolded if e.location is not None) == 2 + share + MORE_STEP


def test_headless_entries_form_one_group() -> None:
    out = folded(_items(1000, "discrepancies"), {})
    assert len(out) == SHOWN_BUDGET + 1 and out[-1].more == ""


def _big_briefing() -> Briefing:
    base = fixture_briefing()
    cite = base.demands[0].citations
    many = [
        Claim(f"x{i}", f"Party X demand number {i}", list(cite), outlets=1, party="X", stance="demand")
        for i in range(1500)
    ]
    return dataclasses.replace(base, demands=[*base.demands, *many])


@sync
async def test_the_reader_folds_unfolds_and_finds_a_folded_item() -> None:
    app = BriefingApp(briefing=_big_briefing(), remember=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        lst = app.pane.current_list
        assert len(lst.all_entries) > 1500 > len(lst.entries)
        fold = len(lst.entries) - 1
        assert lst.entries[fold].more == "X"
        listed = len(lst.entries)
        lst.highlighted = fold
        await pilot.press("enter")  # the fold row shows MORE_STEP more, the cursor stays
        await pilot.pause()
        assert len(lst.entries) == listed + MORE_STEP and lst.highlighted == fold
        assert lst.select_item("demands", "x1400")  # a jump (search, history) unfolds as far as its item
        await pilot.pause()
        assert lst.current is not None and lst.current.location == Location("demands", "x1400")

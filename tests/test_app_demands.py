"""The Key demands pane on a derived briefing: short statements with stance and outlets, best attested first.

Derived from the Singapore talks written for the demand tests (two states and
a mediator), so the pane shows what the derivation gives an analyst; Enter on a
demand stated by two outlets jumps to the exact sentence, ``]`` to the other outlet's.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from briefing.app.app import BriefingApp
from briefing.app.entries import SECTIONS, demand_entries
from briefing.derive import derive
from briefing.history import Location
from briefing.ingest.sources import load_sources
from briefing.model import Briefing

TALKS = Path(__file__).parent / "articles_demands" / "natuna-singapore-talks"


def _briefing() -> Briefing:
    return derive(load_sources(sorted(TALKS.glob("*.txt")))[0])


def test_each_party_lists_stance_demand_and_outlets_best_attested_first() -> None:
    b = _briefing()
    entries = demand_entries(b)
    headings = [e.prompt.plain for e in entries if e.is_heading]
    assert headings[:2] == ["Vietnam", "Indonesia"] and any(h.startswith("Singapore") for h in headings)
    rows = [e.prompt.plain for e in entries if not e.is_heading]
    assert all(r.startswith(("• Demand: ", "• Rejects: ", "• Condition: ", "• Offer: ")) for r in rows)
    assert all(r.removesuffix(" · reported").endswith(("outlet", "outlets")) for r in rows), rows
    first_vietnam = rows[0]
    assert "detained fishermen" in first_vietnam and "· 2 outlets" in first_vietnam
    assert "• Rejects: A joint patrol zone in its exclusive economic zone." in "\n".join(rows)
    claims = {d.id: d for d in b.demands}
    listed = [claims[e.location.item] for e in entries if e.location]
    for name in ("Vietnam", "Indonesia"):
        counts = [d.outlets for d in listed if d.party == name]
        assert counts == sorted(counts, reverse=True)


def test_enter_on_a_demand_jumps_to_its_sentence_and_cycles_outlets() -> None:
    asyncio.run(_enter_jumps())


async def _enter_jumps() -> None:
    b = _briefing()
    demand = next(d for d in b.demands if d.party == "Vietnam" and "detained fishermen" in d.text)
    app = BriefingApp(briefing=b)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press(str([name for name, _ in SECTIONS].index("demands") + 1))
        await pilot.pause()
        lst = app.pane.current_list
        assert lst.select_item("demands", demand.id)
        await pilot.press("enter")
        await pilot.pause()
        first, second = demand.citations[:2]
        assert app.current_location() == Location("source", first)
        assert app.source_view.sentence_id == first
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert app.source_view.sentence_id == second
        assert b.outlet_of(first) != b.outlet_of(second)

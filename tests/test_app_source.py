"""The source pane keeps its context (issue 17): which article this is stays in view, text keeps a reading
measure, and a search jump leaves the highlights of the item it left behind."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from app_fixture import fixture_briefing, run_reader, wait_until

from briefing.app.app import BriefingApp
from briefing.app.layout import MEASURE
from briefing.app.screens.search import SearchScreen
from briefing.app.widgets.sections import SectionList
from briefing.app.widgets.source_view import SourceView
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return fixture_briefing()


def rows(view: SourceView) -> list[str]:
    """The source pane as it reads, row by row."""
    return ["".join(segment.text for segment in view.render_line(y)).rstrip() for y in range(view.size.height)]


def scrolled(view: SourceView) -> Callable[[], bool]:
    return lambda: round(view.scroll_offset.y) > 0


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
def test_the_article_s_title_outlet_and_place_stay_in_view_after_a_jump(briefing: Briefing, size) -> None:  # type: ignore[no-untyped-def]
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("enter")  # the first claim's first citation
        await wait_until(pilot, lambda: app.focused is app.source_view)
        await pilot.press("G")  # the article's last sentence, far below its head
        view = app.source_view
        await wait_until(pilot, scrolled(view))
        src = view.source
        assert src is not None and src.outlet
        shown = rows(view)
        assert shown[0].startswith(src.title[:30]), shown[:3]
        assert src.outlet in shown[1] and "article 1 of 2" in shown[1], shown[:3]
        assert set(shown[2]) == {"─"}  # the rule, then the text
        last = src.sentences[-1].text.split()[-1]
        assert any(last in row for row in shown[3:])  # the text scrolled to the end under the head
        await pilot.press("right_curly_bracket")  # the next article: its own head
        other = briefing.sources[1]
        await wait_until(pilot, lambda: view.source is other)
        shown = rows(view)
        assert shown[0].startswith(other.title[:30]) and "article 2 of 2" in shown[1], shown[:3]

    run_reader(briefing, size, body)


UNTITLED = (
    "Negotiators from Freedonia and Sylvania met in Geneva on Tuesday for a third round of talks that both sides "
    "described as difficult but necessary.\n\n"
    + "\n\n".join(f"Paragraph {i}: the envoys talked again about the border and the valley." for i in range(30))
)


def test_an_untitled_article_shows_its_first_words_on_one_row_never_a_second_line() -> None:
    src = source_from_text(UNTITLED, "untitled", "geneva.txt")
    assert not any(s.kind == "title" for s in src.sentences)  # no headline: the title is made of its first words

    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("tab")
        view = app.source_view
        await wait_until(pilot, lambda: app.focused is view)
        shown = rows(view)
        assert len(src.title) > view.scrollable_content_region.width  # longer than the pane: it must be cut
        assert shown[0].startswith("Negotiators from Freedonia") and shown[0].endswith("…"), shown[:3]
        assert set(shown[1]) == {"─"}  # no outlet, no date: the rule, not the title's second line
        await pilot.press("pagedown", "pagedown")
        await wait_until(pilot, scrolled(view))
        assert rows(view)[0] == shown[0]

    run_reader(Briefing(title="Geneva talks", sources=[src]), (60, 20), body)


def test_text_keeps_a_reading_measure_on_a_wide_terminal(briefing: Briefing) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        view = app.source_view
        assert view.scrollable_content_region.width > MEASURE + 10  # the pane is wider than the measure
        text = [row for row in rows(view)[view.head_rows :] if row]
        assert max(len(row) for row in text) <= MEASURE
        assert max(len(row) for row in text) > MEASURE - 15  # wrapped at the measure, not narrower
        for section_list in app.query(SectionList):
            assert section_list.outer_size.width <= MEASURE + 4 or not section_list.display

    run_reader(briefing, (200, 50), body)


def test_a_search_jump_leaves_the_highlights_of_the_item_left_behind(briefing: Briefing) -> None:
    async def body(app: BriefingApp, pilot) -> None:  # type: ignore[no-untyped-def]
        view = app.source_view
        claim = briefing.summary[0]
        await wait_until(pilot, lambda: view.cited == frozenset(claim.citations))  # the claim's citations marked
        await pilot.press("slash", *"choreographed")
        await wait_until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.shown_query)
        await app.workers.wait_for_complete()
        await pilot.press("enter")
        await wait_until(pilot, lambda: app.focused is view)
        sentence = briefing.sentence(view.sentence_id or "")
        assert sentence is not None and "choreographed" in sentence.text
        assert sentence.id not in claim.citations
        assert view.cited == frozenset() and app.trail.citations == []
        assert "citation 1 of" not in str(app.query_one("#citing").render())

    run_reader(briefing, (120, 40), body)

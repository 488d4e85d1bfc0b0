"""Article text is shown literally: no markup, no escape sequences, offsets kept; wrapping covers it all."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.text import Text

from briefing.app.layout import HEADER, layout_source
from briefing.app.text import NameMarker, plain
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Person
from briefing.sanitize import visible

HOSTILE = "Talks [bold]resumed[/] in \x1b[31mParis\x1b[0m.\x07 The envoy said: «نعم» and שלום.\n\nA second paragraph."


def test_safe_keeps_length_and_removes_controls() -> None:
    out = visible(HOSTILE)
    assert len(out) == len(HOSTILE)
    assert "\x1b" not in out and "\x07" not in out
    assert "␛[31m" in out and "[bold]" in out


def test_plain_is_not_markup() -> None:
    text = plain("[bold]x[/] [red]y")
    assert text.plain == "[bold]x[/] [red]y"
    assert not text.spans


@given(st.text(min_size=1, max_size=300), st.integers(min_value=10, max_value=90))
def test_layout_rows_cover_every_sentence(text: str, width: int) -> None:
    if not text.strip():
        return
    src = source_from_text(text, "s")
    layout = layout_source(src, width, [Text("header")])
    body = [r for r in layout.rows if r.start != HEADER]
    for row in body:
        assert 0 <= row.start <= row.end <= len(src.text)
        assert Text(visible(src.text[row.start : row.end])).cell_len <= width + 1
    for i, _ in enumerate(src.sentences):
        first, last = layout.rows_of(i)
        assert first <= last < len(layout.rows)


def test_hostile_article_lays_out() -> None:
    src = source_from_text(HOSTILE, "s")
    layout = layout_source(src, 30, [])
    shown = "".join(visible(src.text[r.start : r.end]) for r in layout.rows if r.start != HEADER)
    assert "שלום" in shown and "نعم" in shown and "[bold]" in shown


def test_name_marker_finds_whole_names_only() -> None:
    b = Briefing("t", [], people=[Person("p", "Ann Lee", ["Ann Lee", "Lee"])])
    spans = list(NameMarker(b).spans("Ann Lee met Leeds officials; Lee left."))
    assert [(s, e) for s, e, _ in spans] == [(0, 7), (29, 32)]

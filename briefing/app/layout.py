"""Wrapping one source into screen rows, with each row's span of the source text.

The source pane renders only the rows on screen; this module says what
those rows are for a given width. Rows keep their character range so
the current sentence can be highlighted on any row it touches, and a
sentence can be scrolled to by finding its first row. A few rows of
context (title, outlet and date) stand apart as the layout's ``head``:
the pane keeps them in view above the scrolled text, so after a jump
deep into an article the reader still sees which article it is.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from rich._wrap import divide_line
from rich.text import Text

from briefing.model import Source
from briefing.sanitize import visible

HEADER = -1  # ``Row.start`` of a row that is not part of the source text
#: Most cells of text a row holds: a reading measure (a 200-column terminal ran ~97 a pane).
MEASURE = 80


@dataclass(frozen=True, slots=True)
class Row:
    """One screen row: a span of ``Source.text``, or a header line (``start == HEADER``)."""

    start: int
    end: int
    header: Text | None = None


@dataclass(slots=True)
class SourceLayout:
    """The rows of one source at one width, and the first row of each sentence."""

    source: Source
    width: int
    #: Rows that stay in view above the scrolled ones, one line each (cut with "…", never wrapped).
    head: list[Text] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    sentence_rows: list[int] = field(default_factory=list)  # by sentence index
    starts: list[int] = field(default_factory=list)

    def rows_of(self, index: int) -> tuple[int, int]:
        """First and last row (inclusive) of sentence ``index``."""
        end = self.source.sentences[index].end
        first = last = self.sentence_rows[index]
        while last + 1 < len(self.rows) and HEADER < self.rows[last + 1].start < end:
            last += 1
        return first, last

    def sentence_at_row(self, row: int) -> int | None:
        """The sentence shown on ``row`` (the last one starting on or before it)."""
        if not self.source.sentences or row >= len(self.rows):
            return None
        r = self.rows[row]
        if r.start == HEADER:
            return None
        i = bisect_right(self.starts, r.end - 1) - 1 if r.end > r.start else bisect_right(self.starts, r.start) - 1
        return max(i, 0)


def layout_source(source: Source, width: int, header: list[Text], head: Sequence[Text] = ()) -> SourceLayout:
    """Wrap ``source`` to ``width`` cells, after the given header lines, under the ``head`` lines kept in view."""
    width = max(width, 10)
    layout = SourceLayout(source, width, [one_row(line, width) for line in head])
    for line in header:
        for piece in text_pieces(line, width):
            layout.rows.append(Row(HEADER, HEADER, piece))
    rule = Text("─" * width, style="dim")  # under the head kept in view, else above the text
    if layout.head:
        layout.head.append(rule)
    else:
        layout.rows.append(Row(HEADER, HEADER, rule))
    text = visible(source.text)
    pos = 0
    blank = True  # collapse runs of blank lines, and drop leading ones
    for line in text.split("\n"):
        if not line.strip():
            if not blank:
                layout.rows.append(Row(pos, pos))
            blank = True
        else:
            blank = False
            breaks = [0, *divide_line(line, width, fold=True), len(line)]
            for a, b in pairwise(breaks):
                if b > a:
                    layout.rows.append(Row(pos + a, pos + b))
        pos += len(line) + 1
    layout.starts = [s.start for s in source.sentences]
    layout.sentence_rows = _first_rows(layout)
    return layout


def one_row(text: Text, width: int) -> Text:
    """``text`` on one row of ``width`` cells, cut with "…" when longer (a title's start, not its second line)."""
    row = text.copy()
    row.no_wrap = True
    row.truncate(width, overflow="ellipsis")
    return row


def text_pieces(text: Text, width: int) -> list[Text]:
    """``text`` wrapped to ``width`` cells, one ``Text`` per row."""
    breaks = [0, *divide_line(text.plain, width, fold=True), len(text.plain)]
    return [text[a:b] for a, b in pairwise(breaks) if b > a] or [Text("")]


def _first_rows(layout: SourceLayout) -> list[int]:
    text_rows = [(i, r) for i, r in enumerate(layout.rows) if r.start != HEADER and r.end > r.start]
    ends = [r.end for _, r in text_rows]
    out: list[int] = []
    for sent in layout.source.sentences:
        k = bisect_right(ends, sent.start)
        out.append(text_rows[min(k, len(text_rows) - 1)][0] if text_rows else 0)
    return out

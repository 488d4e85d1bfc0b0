"""The source pane: one article at a time, sentences as the unit of navigation.

A ``ScrollView`` that renders only the rows on screen (after toolong's
``LogLines``): each source is wrapped once per width and cached, and
rendered rows are kept in an LRU strip cache, so a thousand articles cost
no more to show than one. The layout's head (title, outlet, date) is drawn
on the top rows whatever the scroll, the text below it; text rows hold at
most :data:`~briefing.app.layout.MEASURE` cells, however wide the pane.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.app.layout import HEADER, MEASURE, Row, SourceLayout, layout_source
from briefing.app.messages import CitingRequested, SentenceChanged
from briefing.app.text import MarkStyles, NameMarker, plain, styled_source
from briefing.model import Briefing, Source
from briefing.sanitize import visible

#: ``{`` and ``}`` side by side in the footer.
ARTICLE_KEYS = Binding.Group("Article", compact=True)


class SourceView(ScrollView, can_focus=True):
    """The articles, one at a time, with the current sentence highlighted."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("down,j", "cursor(1)", "Next sentence", show=False, id="source.next"),
        Binding("up,k", "cursor(-1)", "Previous sentence", show=False, id="source.previous"),
        Binding("home,g", "edge(0)", "First sentence", show=False, id="source.first"),
        Binding("end,G", "edge(-1)", "Last sentence", show=False, id="source.last"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="source.page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="source.page-up"),
        Binding(
            "enter,c", "citing", "Cited by", tooltip="List the claims that cite this sentence", id="source.cited-by"
        ),
        Binding(
            "y", "copy", "Copy", tooltip="Copy the sentence with its citation, ready for briefing.md", id="source.copy"
        ),
        Binding(
            "left_curly_bracket", "article(-1)", "Previous article", id="source.previous-article", group=ARTICLE_KEYS
        ),
        Binding("right_curly_bracket", "article(1)", "Next article", id="source.next-article", group=ARTICLE_KEYS),
        Binding(
            "tab,shift+tab", "app.toggle_view", "Pane", tooltip="Move between briefing and source", id="source.pane"
        ),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "source-view--cursor",
        "source-view--cited",
        "source-view--boilerplate",
        "source-view--title",
        "source-view--meta",
        "source-view--person",
        "source-view--place",
        "source-view--party",
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        self.source_index = 0
        self.cursor = 0
        self.cited: frozenset[str] = frozenset()
        self._held = False
        self._marker: NameMarker | None = None
        self._layouts: LRUCache[tuple[str, int], SourceLayout] = LRUCache(64)
        self._texts: LRUCache[str, Text] = LRUCache(64)
        self._row_texts: LRUCache[tuple[str, int], list[Text]] = LRUCache(64)
        self._strips: LRUCache[tuple, Strip] = LRUCache(2000)

    # -- data -------------------------------------------------------------

    def set_briefing(self, briefing: Briefing, paint: bool = True) -> None:
        """Show a (new) briefing; caches of the old one are dropped.

        With ``paint=False`` the pane navigates as usual but stays blank
        until :meth:`paint`, so the first frame can be the summary alone.
        """
        self.briefing = briefing
        self._held = not paint
        self._marker = NameMarker(briefing)
        self.source_index = 0
        self.cursor = 0
        self.clear_caches()
        self._update_size()
        self.scroll_to(0, 0, animate=False)
        self.refresh()

    def paint(self) -> None:
        self._held = False
        self.refresh()

    @property
    def painted(self) -> bool:
        """A briefing is shown (not held back for the summary's first frame)."""
        return self.briefing is not None and not self._held

    def clear_caches(self) -> None:
        self._layouts.clear()
        self._texts.clear()
        self._row_texts.clear()
        self._strips.clear()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.clear_caches()

    @property
    def source(self) -> Source | None:
        if self.briefing is None or not self.briefing.sources:
            return None
        return self.briefing.sources[self.source_index]

    @property
    def sentence_id(self) -> str | None:
        src = self.source
        if src is None or not src.sentences:
            return None
        return src.sentences[min(self.cursor, len(src.sentences) - 1)].id

    def set_cited(self, sentence_ids: list[str]) -> None:
        """Mark the citations of the item being followed (subtly)."""
        cited = frozenset(sentence_ids)
        if cited != self.cited:
            self.cited = cited
            self.refresh()

    def show_sentence(self, sentence_id: str, center: bool = True) -> bool:
        """Move the cursor to a sentence (any article) and scroll it into view."""
        if self.briefing is None:
            return False
        sent = self.briefing.sentence(sentence_id)
        if sent is None:
            return False
        index = next(i for i, s in enumerate(self.briefing.sources) if s.id == sent.source_id)
        self._move_to(index, sent.index, center=center)
        return True

    # -- layout -----------------------------------------------------------

    @property
    def _width(self) -> int:
        """The width text is wrapped to: the pane's, up to a reading measure."""
        return min(max(self.scrollable_content_region.width, 10), MEASURE)

    @property
    def head_rows(self) -> int:
        """How many rows at the top the head takes (title, outlet and date, the rule): not scrolled."""
        layout = self.source_layout()
        return len(layout.head) if layout else 0

    @property
    def text_height(self) -> int:
        """Rows of text on screen, below the head."""
        return max(self.scrollable_content_region.height - self.head_rows, 1)

    def screen_row(self, row: int) -> int:
        """Where layout row ``row`` of the text is on screen (``render_line``'s ``y``)."""
        return row - round(self.scroll_offset.y) + self.head_rows

    def source_layout(self) -> SourceLayout | None:
        """The rows of the current source at the current width, cached (not ``layout``: that is Textual's)."""
        src = self.source
        if src is None:
            return None
        key = (src.id, self._width)
        cached = self._layouts.get(key)
        if cached is None:
            style = self.get_component_rich_style("source-view--meta")
            header = [plain(src.url, style)] if src.url else []
            cached = layout_source(src, self._width, header, self._head(src, style))
            self._layouts[key] = cached
        return cached

    def _head(self, src: Source, style: Style) -> list[Text]:
        """The rows kept in view: the title (an untitled article's first words), then outlet, date, place, byline."""
        assert self.briefing is not None
        lines = [plain(src.title, self.get_component_rich_style("source-view--title"))]
        byline = f"by {src.byline}" if src.byline else None
        count = len(self.briefing.sources)
        position = f"article {self.source_index + 1} of {count}" if count > 1 else ""
        meta = " · ".join(x for x in (src.outlet, src.when, position, byline) if x)
        if meta:
            lines.append(plain(meta, style))
        return lines

    def _update_size(self) -> None:
        layout = self.source_layout()
        self.virtual_size = Size(self._width, len(layout.rows) + len(layout.head) if layout else 1)

    def on_resize(self) -> None:
        self._update_size()
        self._scroll_cursor_into_view(center=False)
        self.refresh()

    # -- rendering --------------------------------------------------------

    def _styled_text(self, src: Source) -> Text:
        text = self._texts.get(src.id)
        if text is None:
            assert self._marker is not None
            styles = MarkStyles(
                boilerplate=self.get_component_rich_style("source-view--boilerplate"),
                title=self.get_component_rich_style("source-view--title"),
                person=self.get_component_rich_style("source-view--person"),
                place=self.get_component_rich_style("source-view--place"),
                party=self.get_component_rich_style("source-view--party"),
            )
            text = styled_source(src, self._marker, styles)
            self._texts[src.id] = text
        return text

    def _row_text(self, layout: SourceLayout, index: int) -> Text:
        """The styled text of one row; the source is divided at every row boundary once, not per row."""
        key = (layout.source.id, layout.width)
        pieces = self._row_texts.get(key)
        if pieces is None:
            cuts = sorted({offset for row in layout.rows if row.start != HEADER for offset in (row.start, row.end)})
            parts = self._styled_text(layout.source).divide(cuts)
            by_start = dict(zip([0, *cuts], parts, strict=False))
            pieces = [by_start.get(row.start, Text()) if row.end > row.start else Text() for row in layout.rows]
            self._row_texts[key] = pieces
        return pieces[index]

    def _marks(self, layout: SourceLayout, row: Row) -> tuple[tuple[int, int, str], ...]:
        """Highlights touching a row: the cursor sentence and the followed citations."""
        if row.start == HEADER or row.end <= row.start:
            return ()
        sentences = layout.source.sentences
        marks = []
        for i in range(max(bisect_right(layout.starts, row.start) - 1, 0), len(sentences)):
            sent = sentences[i]
            if sent.start >= row.end:
                break
            if sent.end <= row.start:
                continue
            if i == self.cursor:
                marks.append((sent.start, sent.end, "cursor"))
            elif sent.id in self.cited:
                marks.append((sent.start, sent.end, "cited"))
        return tuple(marks)

    def cursor_style(self) -> Style:
        """The current sentence's highlight (reversed too under ``NO_COLOR``: it must not rest on colour)."""
        style = self.get_component_rich_style("source-view--cursor")
        if self.app.no_color:
            style += Style(reverse=True)
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        layout = self.source_layout()
        base = self.rich_style
        if self._held:
            return Strip.blank(width, base)
        if layout is None:
            note = "Loading articles…" if self.briefing is None else "No sources."
            return self._strip(plain(note if y == 0 else "", base), base, width).crop(0, width)
        if y < len(layout.head):  # the head, whatever the scroll
            return self._strip(layout.head[y], base, width)
        index = round(self.scroll_offset.y) + y - len(layout.head)
        if index >= len(layout.rows):
            return Strip.blank(width, base)
        row = layout.rows[index]
        marks = self._marks(layout, row)
        key = (layout.source.id, layout.width, width, index, marks, self.app.no_color)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(layout, index, marks, base, width)
            self._strips[key] = strip
        return strip

    def _render_row(self, layout: SourceLayout, index: int, marks: tuple, base: Style, width: int) -> Strip:
        row = layout.rows[index]
        if row.header is not None:
            text = row.header
        else:
            text = self._row_text(layout, index).copy()
            styles = {"cursor": self.cursor_style(), "cited": self.get_component_rich_style("source-view--cited")}
            for start, end, kind in marks:
                text.stylize(styles[kind], max(start, row.start) - row.start, min(end, row.end) - row.start)
        return self._strip(text, base, width)

    def _strip(self, text: Text, base: Style, width: int) -> Strip:
        """One row of ``text`` on ``base``, ``width`` cells wide.

        Rich's ``Text.render`` gives a text without spans one segment with
        *no* style, its own style dropped: that style is made a span here,
        and every segment gets ``base`` under it, because Textual's
        ``NO_COLOR`` filter fails on a segment without a style (see
        :mod:`briefing.app.nocolor`).
        """
        if text.style and not text.spans:
            text = text.copy()
            text.stylize(text.style)
        segments = Segment.apply_style(text.render(self.app.console), base)
        return Strip(list(segments)).extend_cell_length(width, base)

    # -- movement ---------------------------------------------------------

    def _move_to(self, source_index: int, cursor: int, center: bool = False) -> None:
        changed_source = source_index != self.source_index
        self.source_index = source_index
        self.cursor = cursor
        if changed_source:
            self._update_size()
        self._scroll_cursor_into_view(center=center or changed_source)
        self.refresh()
        if self.sentence_id is not None:
            self.post_message(SentenceChanged(self.sentence_id))

    def _scroll_cursor_into_view(self, center: bool) -> None:
        layout = self.source_layout()
        src = self.source
        if layout is None or src is None or not src.sentences:
            return
        first, last = layout.rows_of(min(self.cursor, len(src.sentences) - 1))
        height = self.text_height
        top = round(self.scroll_offset.y)
        if self.cursor == 0:
            target = 0
        elif center:
            target = max(first - height // 3, 0)
        elif first < top:
            target = first
        elif last >= top + height:
            target = min(first, last - height + 1)
        else:
            return
        self.scroll_to(y=target, animate=False, force=True)

    def action_cursor(self, step: int) -> None:
        src = self.source
        if src is None or self.briefing is None:
            return
        target = self.cursor + step
        if 0 <= target < len(src.sentences):
            self._move_to(self.source_index, target)
        elif target >= len(src.sentences) and self.source_index + 1 < len(self.briefing.sources):
            self._move_to(self.source_index + 1, 0)
        elif target < 0 and self.source_index > 0:
            previous = self.briefing.sources[self.source_index - 1]
            self._move_to(self.source_index - 1, max(len(previous.sentences) - 1, 0))

    def action_edge(self, which: int) -> None:
        src = self.source
        if src is not None and src.sentences:
            self._move_to(self.source_index, 0 if which == 0 else len(src.sentences) - 1)

    def action_article(self, step: int) -> None:
        if self.briefing is not None:
            target = self.source_index + step
            if 0 <= target < len(self.briefing.sources):
                self._move_to(target, 0)

    def action_page(self, direction: int) -> None:
        layout = self.source_layout()
        if layout is None:
            return
        height = self.text_height
        top = max(round(self.scroll_offset.y) + direction * height, 0)
        top = min(top, max(len(layout.rows) - height, 0))
        self.scroll_to(y=top, animate=False, force=True)
        sentence = layout.sentence_at_row(min(top + (0 if top else 2), len(layout.rows) - 1))
        if direction > 0 and top + height >= len(layout.rows):
            sentence = len(layout.source.sentences) - 1
        if sentence is not None:
            self.cursor = sentence
            self.refresh()
            self.post_message(SentenceChanged(self.sentence_id or ""))

    def action_citing(self) -> None:
        if self.sentence_id is not None:
            self.post_message(CitingRequested(self.sentence_id))

    def action_copy(self) -> None:
        """The sentence and its citation to the clipboard (OSC 52: works over SSH where the terminal allows)."""
        from briefing.formats.markdown_write import citation_of

        sentence_id = self.sentence_id
        sentence = self.briefing.sentence(sentence_id) if self.briefing and sentence_id else None
        if sentence is None:
            return
        # Controls made visible: pasted into a shell or an editor, an escape sequence would act there.
        self.app.copy_to_clipboard(visible(f"“{sentence.text}” {citation_of(self.briefing, sentence.id)}"))
        self.notify(f"Copied {sentence.id} with its citation.", markup=False, timeout=3)

    def on_click(self, event) -> None:  # type: ignore[no-untyped-def]
        layout = self.source_layout()
        if layout is None:
            return
        if event.y < len(layout.head):
            return
        sentence = layout.sentence_at_row(round(self.scroll_offset.y) + event.y - len(layout.head))
        if sentence is not None:
            self._move_to(self.source_index, sentence)

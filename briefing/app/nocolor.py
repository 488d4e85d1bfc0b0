"""``NO_COLOR`` without the crash: Textual's monochrome filter, made to accept segments without a style.

Under ``NO_COLOR`` Textual passes every rendered line through its
``Monochrome`` filter, whose ``monochrome_style`` reads ``style.color``
without checking for ``None``; Rich segments may carry no style (Rich's
``Text.render`` gives one to any text without spans), and Textual's other
filters (``NoColor``, ``DimFilter``, ``ANSIToTruecolor``) pass those through.
One such segment — the source pane's "Loading articles…" line, on screen
while a large briefing loads — ended the reader with ``AttributeError:
'NoneType' object has no attribute 'color'`` — a Textual bug
(seen in 8.2.8; not reported upstream from here, as this machine has no
network: "Monochrome.apply does not skip segments whose style is None").
The reader's own strips now always carry a style (see
``SourceView._strip``); this guard keeps any other widget's from crashing.
"""

from __future__ import annotations

from rich.segment import Segment
from textual.app import App
from textual.color import Color
from textual.filter import Monochrome, monochrome_style


class SafeMonochrome(Monochrome):
    """Textual's ``Monochrome`` that leaves a segment without a style as it is."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [Segment(text, None if style is None else monochrome_style(style), None) for text, style, _ in segments]


def guard_monochrome(app: App) -> None:
    """Swap the app's ``Monochrome`` filter (present only under ``NO_COLOR``) for :class:`SafeMonochrome`."""
    filters = getattr(app, "_filters", None)  # Textual keeps its line filters here; nothing public swaps one
    if not isinstance(filters, list):
        return
    for i, line_filter in enumerate(filters):
        if type(line_filter) is Monochrome:
            filters[i] = SafeMonochrome(enabled=line_filter.enabled)

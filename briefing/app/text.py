"""Article text made safe to show, and the styled text of a whole source.

Article text is data, never markup: it is always wrapped in rich ``Text``
objects, and control characters (escape sequences included) are replaced
one for one by visible symbols, so offsets into ``Source.text`` stay valid
and nothing in an article can style or break the screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from briefing.model import Briefing, Source
from briefing.sanitize import visible


def plain(text: str, style: Style | str = "") -> Text:
    """A ``Text`` holding article text literally (never parsed as markup)."""
    return Text(visible(text), style=style, end="", no_wrap=False)


@dataclass(frozen=True, slots=True)
class MarkStyles:
    """The styles the source pane gives to furniture and named things."""

    boilerplate: Style
    title: Style
    person: Style
    place: Style
    party: Style


class NameMarker:
    """Finds the briefing's people, places and parties in article text, once per briefing."""

    def __init__(self, briefing: Briefing) -> None:
        kinds: dict[str, str] = {}
        for party in briefing.parties:
            for name in (party.name, *party.aliases):
                kinds.setdefault(name, "party")
        for person in briefing.people:
            for name in (person.name, *person.variants):
                kinds[name] = "person"
        for place in briefing.places:
            for name in (place.name, *place.variants):
                kinds.setdefault(name, "place")
        self._kinds = {k: v for k, v in kinds.items() if len(k.strip()) > 1}
        names = sorted(self._kinds, key=len, reverse=True)
        self._pattern = (
            re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)") if names else None
        )

    def spans(self, text: str) -> Iterable[tuple[int, int, str]]:
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            yield m.start(), m.end(), self._kinds.get(m.group(), "person")


def styled_source(source: Source, marker: NameMarker, styles: MarkStyles) -> Text:
    """The whole article as one ``Text``: boilerplate dimmed, headline bold, names marked."""
    text = plain(source.text)
    for bp in source.boilerplate:
        text.stylize(styles.boilerplate, bp.start, bp.end)
    for sent in source.sentences:
        if sent.kind == "title":
            text.stylize(styles.title, sent.start, sent.end)
    by_kind = {"person": styles.person, "place": styles.place, "party": styles.party}
    for start, end, kind in marker.spans(source.text):
        text.stylize(by_kind[kind], start, end)
    return text


def highlighted(text: str, spans: Sequence[tuple[int, int]], width: int | None = None) -> Text:
    """``text`` with ``spans`` emphasised; with ``width``, a window around the first span."""
    start, end = 0, len(text)
    if width is not None and len(text) > width:
        first = spans[0][0] if spans else 0
        start = max(0, min(first - width // 4, len(text) - width))
        end = start + width
    text = visible(text)  # one for one: the spans still fit
    out = Text("…" if start else "")
    pos = start
    for a, b in spans:
        a, b = max(a, start), min(b, end)
        if a >= b:
            continue
        out.append(text[pos:a])
        out.append(text[a:b], style="bold reverse")
        pos = b
    out.append(text[pos:end])
    if end < len(text):
        out.append("…")
    return out

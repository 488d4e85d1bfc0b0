"""Article text made safe to show, and the styled text of a whole source.

Article text is data, never markup: it is always wrapped in rich ``Text``
objects, and control characters (escape sequences included) are replaced
one for one by visible symbols, so offsets into ``Source.text`` stay valid
and nothing in an article can style or break the screen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from briefing.model import Briefing, Source

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd" if code < 0x200E else " "  # C1 controls; bidi marks become spaces


def safe(text: str) -> str:
    """Replace control characters one for one (length preserved); tabs become spaces."""
    return _CONTROL.sub(_visible, text.replace("\t", " "))


def plain(text: str, style: Style | str = "") -> Text:
    """A ``Text`` holding article text literally (never parsed as markup)."""
    return Text(safe(text), style=style, end="", no_wrap=False)


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

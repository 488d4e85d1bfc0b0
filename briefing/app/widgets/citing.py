"""The line under the source: which citation of the followed item this is, and which claims cite the sentence."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text
from textual.widgets import Static

from briefing.history import Location
from briefing.model import Briefing
from briefing.sanitize import visible


@dataclass(slots=True)
class Trail:
    """The item whose citations ``[`` and ``]`` cycle through, and where in them the reader is."""

    location: Location | None = None
    citations: list[str] = field(default_factory=list)
    index: int = 0


class CitingLine(Static):
    """Says where the source's sentence stands: in the trail being followed, and among the claims."""

    def show(self, briefing: Briefing, trail: Trail, sentence_id: str | None) -> None:
        """Update for the sentence under the source's cursor (and move the trail's index onto it)."""
        parts: list[str] = []
        if sentence_id and sentence_id in trail.citations:
            trail.index = trail.citations.index(sentence_id)
            outlet = briefing.label_of(sentence_id)
            parts.append(f"citation {trail.index + 1} of {len(trail.citations)} ({outlet}) · [ ] cycle")
        citing = briefing.citing(sentence_id) if sentence_id else []
        if citing:
            parts.append(f"cited by {len(citing)} claim{'s' if len(citing) != 1 else ''} · c lists")
        else:
            parts.append("not cited by any claim")
        self.update(Text(visible(" — ".join(parts))))  # an outlet's name is outside text: never markup

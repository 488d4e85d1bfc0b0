"""Messages the reader's widgets send each other through the app.

Widgets never reach into each other: a list says which citations its
highlighted item has, the source pane says which sentence it is on, and
the app routes. Named for what happened, after frogmouth.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.history import Location
from briefing.model import Head


@dataclass
class ItemHighlighted(Message):
    """The cursor is on a briefing item: the source pane previews its first citation."""

    location: Location
    citations: list[str]


@dataclass
class ItemChosen(Message):
    """Enter on a briefing item: jump into the source at its first citation."""

    location: Location
    citations: list[str]


@dataclass
class SentenceChanged(Message):
    """The source pane's cursor moved to another sentence."""

    sentence_id: str

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SentenceChanged)


@dataclass
class CitingRequested(Message):
    """Enter on a sentence: list the claims that cite it."""

    sentence_id: str


@dataclass
class LoadProgress(Message):
    """A stage of loading a briefing moved on (posted in batches from the worker)."""

    stage: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, LoadProgress)


@dataclass
class HeadLoaded(Message):
    """The title and summary of the briefing being loaded are known (the rest follows)."""

    head: Head

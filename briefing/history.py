"""Where the reader has been: a browser-like back/forward list, no widgets.

Kept as plain Python (after frogmouth's ``History``) so it is tested
without an app and persisted with the rest of the reader's state.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Location:
    """A place in the reader: a pane and the item under the cursor there.

    ``pane`` is one of "summary", "delegations", "demands", "people",
    "discrepancies", "source"; ``item`` is a claim, person, place or
    sentence id (for "source", a sentence id).
    """

    pane: str
    item: str | None = None


class History:
    """A capped list of locations with a cursor, like a browser's."""

    def __init__(self, limit: int = 200) -> None:
        self._items: list[Location] = []
        self._index = -1
        self._limit = limit

    @property
    def current(self) -> Location | None:
        return self._items[self._index] if self._items else None

    def visit(self, location: Location) -> None:
        """Record a jump: forward history is dropped, as in a browser."""
        if self.current == location:
            return
        del self._items[self._index + 1 :]
        self._items.append(location)
        if len(self._items) > self._limit:
            del self._items[0]
        self._index = len(self._items) - 1

    def back(self) -> Location | None:
        if self._index <= 0:
            return None
        self._index -= 1
        return self._items[self._index]

    def forward(self) -> Location | None:
        if self._index >= len(self._items) - 1:
            return None
        self._index += 1
        return self._items[self._index]

    @property
    def can_back(self) -> bool:
        return self._index > 0

    @property
    def can_forward(self) -> bool:
        return self._index < len(self._items) - 1

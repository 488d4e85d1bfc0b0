"""The reader's search state: the index of the briefing on screen, and what the last query found.

The index is built in a thread once the first frame is painted (importing
the search module costs as much as painting, and start-up is measured to
the first claim); ``/`` before that builds it on demand. ``n``/``N`` step
through the sentences the last query found, in reading order.
"""

from __future__ import annotations

import threading
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.model import Briefing

if TYPE_CHECKING:
    from textual.app import App

    from briefing.search.index import SharedIndex


@dataclass(slots=True)
class Found:
    """The last search: its query and the sentences it found, in reading order (``n``/``N`` step through)."""

    query: str = ""
    sentences: list[str] = field(default_factory=list)


class Searching:
    """Owns the search index and the last query's hits for one app; work runs in the app's thread workers."""

    def __init__(self, app: App[None]) -> None:
        self.app = app
        self.briefing: Briefing | None = None
        self.index: SharedIndex | None = None
        self.found = Found()

    def start(self, briefing: Briefing) -> None:
        """A new briefing gets its index, built once in a thread after the next frame."""
        self.briefing, self.index, self.found = briefing, None, Found()
        painted = threading.Event()
        self.app.call_after_refresh(painted.set)
        # A description, or Textual describes the worker by repr() of its arguments: a 1,000-article
        # briefing's repr took 0.37 s of the UI thread.
        self.app.run_worker(
            lambda: self._build(briefing, painted),
            thread=True,
            exclusive=True,
            group="search-index",
            description="build the search index",
        )

    def _build(self, briefing: Briefing, painted: threading.Event) -> None:
        painted.wait(2.0)
        from briefing.search.index import SharedIndex

        index = SharedIndex(briefing)
        self.app.call_from_thread(self._adopt, briefing, index)
        current = self.index  # the one adopted (``/`` may have made its own first)
        if current is not None and current.briefing is briefing:
            current.get()

    def _adopt(self, briefing: Briefing, index: SharedIndex) -> None:
        if self.briefing is briefing and self.index is None:
            self.index = index

    def shared_index(self, briefing: Briefing) -> SharedIndex:
        """The index of ``briefing``, made now if the background build has not begun."""
        if self.briefing is not briefing:
            self.briefing, self.index, self.found = briefing, None, Found()
        if self.index is None:
            from briefing.search.index import SharedIndex

            self.index = SharedIndex(briefing)
        return self.index

    def searched(self, query: str) -> None:
        """The search box closed on ``query``: find its sentences (in a thread) for ``n``/``N``."""
        if not query.strip() or query == self.found.query:
            return
        self.found = Found(query)
        self.app.run_worker(lambda: self._find(query), thread=True, exclusive=True, group="search-found")

    def _find(self, query: str) -> None:
        if self.index is not None:
            found = Found(query, self.index.get().sentences_in_order(query))
            self.app.call_from_thread(self._set_found, found)

    def _set_found(self, found: Found) -> None:
        if found.query == self.found.query:
            self.found = found

    def step(self, here: str, step: int) -> tuple[int, str] | None:
        """The hit after (or before) sentence ``here`` in reading order, wrapping: (its number, its id)."""
        hits = self.found.sentences
        if not hits or self.briefing is None:
            return None
        here_at, *positions = self._positions([here, *hits])  # hits: ascending
        i = bisect_right(positions, here_at) if step > 0 else bisect_left(positions, here_at) - 1
        i %= len(hits)  # past the last hit wraps to the first, and back
        return i, hits[i]

    def _positions(self, sentence_ids: list[str]) -> list[tuple[int, int]]:
        """(article number, sentence number) of each sentence: its place in reading order."""
        assert self.briefing is not None
        order = {src.id: n for n, src in enumerate(self.briefing.sources)}
        out = []
        for sid in sentence_ids:
            sent = self.briefing.sentence(sid)
            out.append((order.get(sent.source_id, -1), sent.index) if sent else (-1, -1))
        return out

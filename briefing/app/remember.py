"""The reader's place across runs: saved on every jump and on quit, restored when the same articles reopen.

All of it comes back: the focused pane and its item, the source's sentence,
the section (and item) the briefing pane showed beside the source, and the
theme, whichever the palette chose. A state file that cannot be read is one
warning; one that cannot be written is logged: losing the place never stops
the reader.
"""

from __future__ import annotations

from typing import Any, Protocol

from briefing.history import History, Location
from briefing.model import Briefing
from briefing.sanitize import visible
from briefing.store.state import ReaderState, StateError, load_state, save_state


class Reader(Protocol):
    """What the place is read from and restored into (the app; a protocol, so no import loop)."""

    briefing: Briefing | None
    history: History
    theme: str
    pane: Any
    source_view: Any
    log: Any

    @property
    def available_themes(self) -> dict[str, Any]: ...
    def notify(self, message: str, *, severity: Any = ..., markup: bool = ...) -> None: ...
    def navigate(self, location: Location) -> None: ...
    def current_location(self) -> Location: ...
    def briefing_location(self) -> Location: ...


class Remembered:
    """Saves and restores one app's place, under its set of articles' state key (None: nothing remembered)."""

    def __init__(self, app: Reader, key: str | None) -> None:
        self.app = app
        self.key = key

    def restore(self) -> None:
        app = self.app
        if self.key is None:
            return
        try:
            state = load_state(self.key)
        except StateError as err:
            app.notify(visible(str(err)), severity="warning", markup=False)
            return
        if state is None:
            return
        if state.theme in app.available_themes:
            app.theme = state.theme
        if state.section is not None and state.pane == "source":  # the briefing pane as it was beside the source
            app.pane.show(Location(state.section, state.section_item), focus=False)
        app.navigate(state.location)
        if state.sentence and state.pane != "source":
            app.source_view.show_sentence(state.sentence)
        if state.location.item is not None:
            app.history.visit(state.location)

    def save(self) -> None:
        app = self.app
        if self.key is None or app.briefing is None:
            return
        here = app.current_location()
        beside = app.briefing_location()
        state = ReaderState(here.pane, here.item, app.source_view.sentence_id, app.theme, beside.pane, beside.item)
        try:
            save_state(self.key, state)
        except OSError as err:
            app.log.warning(f"cannot save reader state: {err}")

"""The progress bar shown while a large folder is read and derived (mounted on first progress)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar

from briefing.app.messages import LoadProgress


class LoadingBar(Horizontal):
    """Counts and a bar; once reading is done, an indeterminate bar while derivation runs."""

    def __init__(self, first: LoadProgress, **kwargs: str) -> None:
        super().__init__(**kwargs)
        self._first = first

    def compose(self) -> ComposeResult:
        yield Label(id="loading-label")
        yield ProgressBar(id="loading-bar", show_eta=False)

    def on_mount(self) -> None:
        self.show(self._first)

    def show(self, message: LoadProgress) -> None:
        labels, bars = self.query(Label), self.query(ProgressBar)
        if not labels or not bars:  # progress arrived between mounting and composing: on_mount shows it
            self._first = message
            return
        label, bar = labels.first(), bars.first()
        if message.stage == "reading" and message.done >= message.total:
            label.update(f"read {message.total:,} articles · deriving the briefing…")
            bar.update(total=None)  # derivation stages may not report: an indeterminate bar
        else:
            label.update(f"{message.stage} {message.done:,}/{message.total:,}")
            bar.update(total=max(message.total, 1), progress=message.done)

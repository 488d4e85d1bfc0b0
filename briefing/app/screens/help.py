"""The help screen: every key binding, generated from the BINDINGS themselves."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_table(app_keys: Iterable[tuple[str, Iterable[Binding]]], key_display) -> Table:  # type: ignore[no-untyped-def]
    """A table of (where, key, what) from groups of bindings; ``key_display`` renders keys."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Keys", no_wrap=True, style="bold")
    table.add_column("Action", ratio=1)
    for group, bindings in app_keys:
        table.add_row(Text(group, style="bold underline"), "")
        seen: set[str] = set()
        for b in bindings:
            if not b.description or b.description in seen:
                continue
            seen.add(b.description)
            keys = ", ".join(key_display(Binding(k, b.action)) for k in b.key.split(","))
            table.add_row(Text(keys), Text(b.tooltip or b.description))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every binding; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[Binding]] = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    def __init__(self, table: Table) -> None:
        super().__init__()
        self._table = table

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys — escape closes"
            yield Static(self._table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

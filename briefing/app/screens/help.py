"""The help screen: every key binding, generated from the BINDINGS themselves."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def bindings_table(app_keys: Iterable[tuple[str, Iterable[Binding]]], key_names: Callable[[Binding], str]) -> Table:
    """A table of (keys, what, id) from groups of bindings; ``key_names`` says a binding's keys as bound now.

    The id is what the ``[keys]`` table of the config file rebinds.
    """
    table = Table(box=None, expand=True, show_header=True, header_style="bold", pad_edge=False)
    table.add_column("Keys", no_wrap=True, style="bold")
    table.add_column("Action", ratio=1)
    table.add_column(Text("Id in config"), no_wrap=True, style="dim")
    for group, bindings in app_keys:
        table.add_row(Text(group, style="bold underline"), "", "")
        seen: set[str] = set()
        for b in bindings:
            if not b.description or b.description in seen:
                continue
            seen.add(b.description)
            table.add_row(Text(key_names(b)), Text(b.tooltip or b.description), Text(b.id or ""))
        table.add_row("", "", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every binding; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[Binding]] = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    def __init__(self, table: Table) -> None:
        super().__init__()
        self._table = table

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys — escape closes · ids rebind in config.toml"
            yield Static(self._table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

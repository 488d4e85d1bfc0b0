"""The help screen: every key binding, generated from the BINDINGS themselves, and what the marks mean.

Keys of one action are one row ("j, ↓  Down"); Textual's scrolling defaults
that do nothing in the reader are left out (see
:func:`briefing.app.bindings.list_bindings`). The legend shows each mark
of the panes, the two highlights in the source pane's own styles.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from briefing.app.bindings import help_groups, list_bindings
from briefing.app.entries import LEAD, STANCE_PREFIX
from briefing.app.widgets.source_view import SourceView


def _rows(bindings: Iterable[Binding], key_names: Callable[[Binding], str]) -> list[tuple[str, str, str]]:
    """(keys, what, ids): one row per action, its keys merged in order; bindings without a description skipped."""
    rows: dict[str, list[list[str]]] = {}
    for b in bindings:
        if not b.description:
            continue
        keys, _, ids = rows.setdefault(b.action, [[], [b.tooltip or b.description], []])
        keys.extend(k for k in key_names(b).split(", ") if k not in keys)
        if b.id and b.id not in ids:
            ids.append(b.id)
    return [(", ".join(keys), what[0], ", ".join(ids)) for keys, what, ids in rows.values()]


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
        for keys, what, ids in _rows(bindings, key_names):
            table.add_row(Text(keys), Text(what), Text(ids))
        table.add_row("", "", "")
    return table


def legend_table(cursor: Style, cited: Style, names: dict[str, Style]) -> Table:
    """What the marks of the panes mean; the highlights drawn in the source pane's own styles."""
    table = Table(box=None, expand=True, show_header=False, pad_edge=False)
    table.add_column("Mark", no_wrap=True)
    table.add_column("Means", ratio=1)
    table.add_row(Text("What the marks mean", style="bold underline"), "")
    marks = [
        (Text(f"{LEAD} (lead)"), "leads the party's delegation"),
        (Text("[1][2]"), "the item's citations, one per cited sentence: ] and [ step through them"),
        (Text("+2 more"), "citations past the first five, counted (] walks them all)"),
        (Text("· 2 outlets"), "how many outlets the citations come from"),
        (
            Text(" ".join(f"{label}:" for label, _ in STANCE_PREFIX.values())),
            "a demand's stance: what the party asks, refuses, sets as a condition, offers or holds",
        ),
        (Text("· reported", style="dim italic"), "a demand others report the party makes, not its own words"),
        (Text("⚠ 2 unresolved", style="bold red"), "citations of briefing.md that match no sentence any more"),
        (Text(" this sentence ", style=cursor), "in the source: the sentence under the cursor, the one cited"),
        (Text(" other citations ", style=cited), "in the source: the item's other cited sentences"),
        *((Text(label, style=style), f"in the source: names of {label}") for label, style in names.items()),
        (Text("dimmed, italic", style="dim italic"), "boilerplate (bylines, captions, promos): left out of derivation"),
    ]
    for mark, means in marks:
        table.add_row(mark, Text(means))
    return table


def help_screen(key_names: Callable[[Binding], str], view: SourceView) -> HelpScreen:
    """The help screen for the reader: its bindings as bound now, and the legend in ``view``'s styles."""
    from textual.widgets import OptionList

    from briefing.app.widgets.sections import SectionList

    groups = help_groups(list_bindings(SectionList.BINDINGS, OptionList), SourceView.BINDINGS)
    style = view.get_component_rich_style
    names = {kind: style(f"source-view--{part}") for kind, part in NAME_KINDS}
    legend = legend_table(view.cursor_style(), style("source-view--cited"), names)
    return HelpScreen(bindings_table(groups, key_names), legend)


#: The legend's names of named things, and the source pane's component class for each.
NAME_KINDS = (("people", "person"), ("places", "place"), ("parties", "party"))


class HelpScreen(ModalScreen[None]):
    """Lists every binding and the legend; any of escape, q or ? closes it."""

    BINDINGS: ClassVar[list[Binding]] = [Binding("escape,q,question_mark", "dismiss", "Close help")]

    def __init__(self, table: Table, legend: Table | None = None) -> None:
        super().__init__()
        self.table = table
        self.legend = legend

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys — escape closes · ids rebind in config.toml"
            yield Static(Group(self.table, self.legend) if self.legend is not None else self.table)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)

"""The briefing pane: one tab per section, each a keyboard-first list of entries."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import OptionList, TabbedContent, TabPane, Tabs
from textual.widgets.option_list import Option

from briefing.app.entries import (
    BUILDERS,
    EMPTY,
    MORE_STEP,
    PANE_SECTION,
    SECTIONS,
    TAB_LABELS,
    Entry,
    folded,
    groups_of,
)
from briefing.app.messages import ItemChosen, ItemHighlighted
from briefing.history import Location
from briefing.model import Briefing


class SectionList(OptionList):
    """A section's entries; moving previews the evidence, Enter jumps into it."""

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("g", "first", "First", show=False, id="list.first"),
        Binding("G", "last", "Last", show=False, id="list.last"),
        Binding("tab,shift+tab", "app.toggle_view", "Pane", tooltip="Move between briefing and source", id="list.pane"),
        Binding("enter", "select", "Open", tooltip="Jump to the cited sentence in the source", id="list.open"),
    ]

    def __init__(self, section: str, placeholder: str) -> None:
        super().__init__(Option(placeholder, disabled=True), id=f"list-{section}")
        self.section = section
        self.all_entries: list[Entry] = []
        self.entries: list[Entry] = []  # those listed: long groups are folded
        self.shown: dict[str, int] = {}

    def set_entries(self, entries: list[Entry]) -> None:
        self.all_entries, self.shown = entries, {}
        self._list(folded(entries, self.shown))
        first = next((i for i, e in enumerate(self.entries) if e.location is not None), None)
        self.highlighted = first

    def _list(self, entries: list[Entry]) -> None:
        self.entries = entries
        if not entries:
            self.set_options([Option(EMPTY[self.section], disabled=True)])
            return
        options: list[Option | None] = []
        for i, e in enumerate(entries):
            options.append(Option(e.prompt, id=str(i), disabled=e.is_heading))
            if i + 1 < len(entries) and entries[i + 1].location is not None:
                options.append(None)  # a quiet rule between entries (a divider, not an option)
        self.set_options(options)

    def unfold(self, group: str, at_least: int = 0) -> None:
        """Show more of a folded group (``MORE_STEP`` more, or ``at_least`` items), keeping the cursor."""
        current = self.highlighted
        items = next((items for name, items in groups_of(self.entries) if name == group), [])
        listed = sum(1 for e in items if e.location is not None)
        self.shown[group] = max(listed + MORE_STEP, at_least)
        self._list(folded(self.all_entries, self.shown))
        self.highlighted = current

    def entry(self, index: int | None) -> Entry | None:
        if index is None or not self.entries or not 0 <= index < len(self.entries):
            return None
        return self.entries[index]

    def select_item(self, pane: str, item: str | None) -> bool:
        """Highlight the entry for a location, unfolding its group if need be; False when it is not listed."""
        if (i := _find(self.entries, pane, item)) is None:
            for name, items in groups_of(self.all_entries):
                if (k := _find(items, pane, item)) is not None:
                    self.unfold(name, at_least=k + 1)
                    i = _find(self.entries, pane, item)
                    break
        if i is None:
            return False
        self.highlighted = i
        return True

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.announce()

    def announce(self) -> None:
        """Tell the app which item is under the cursor, so the source can preview it."""
        entry = self.current
        if entry is not None and entry.location is not None:
            self.post_message(ItemHighlighted(entry.location, entry.citations))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        entry = self.entry(event.option_index)
        if entry is not None and entry.more is not None:
            self.unfold(entry.more)
        elif entry is not None and entry.location is not None:
            self.post_message(ItemChosen(entry.location, entry.citations))

    @property
    def current(self) -> Entry | None:
        return self.entry(self.highlighted)


def _find(entries: list[Entry], pane: str, item: str | None) -> int | None:
    for i, e in enumerate(entries):
        if e.location is not None and e.location.pane == pane and (item is None or e.location.item == item):
            return i
    return None


def tab_label(number: int, section: str) -> Content:
    """A tab's label with the number key that shows it: "1 Summary"."""
    return Content.assemble((str(number), "bold"), " ", TAB_LABELS[section])


def tabs_width() -> int:
    """Columns the row of tabs needs: each label and one column of padding before it."""
    return sum(tab_label(n, section).cell_length + 1 for n, (section, _) in enumerate(SECTIONS, 1))


class BriefingPane(Vertical):
    """One tab per section (Summary, Outcomes, Delegations, Demands, People, Discrepancies), with its number key."""

    #: The next tab change is shown beside the source: the focus stays there.
    _keep_focus = False

    def compose(self) -> ComposeResult:
        with TabbedContent(id="sections", initial="tab-summary"):
            for n, (section, _) in enumerate(SECTIONS, 1):
                with TabPane(tab_label(n, section), id=f"tab-{section}"):
                    yield SectionList(section, "Loading…")

    def on_mount(self) -> None:
        # Tab moves between the list and the source; sections change with their number keys.
        self.query_one(Tabs).can_focus = False
        self.styles.min_width = tabs_width()  # every tab label fits, however many sections there are

    def set_briefing(self, briefing: Briefing, sections: Iterable[str] | None = None) -> None:
        """Fill the lists of ``sections`` (all by default) from a briefing."""
        for section in sections if sections is not None else [s for s, _ in SECTIONS]:
            self.list_for(section).set_entries(BUILDERS[section](briefing))

    def list_for(self, section: str) -> SectionList:
        return self.query_one(f"#list-{PANE_SECTION.get(section, section)}", SectionList)

    @property
    def current_list(self) -> SectionList:
        active = self.query_one(TabbedContent).active or "tab-summary"
        return self.list_for(active.removeprefix("tab-"))

    def show_section(self, section: str, focus: bool = True) -> SectionList:
        """Make ``section`` the active tab; ``focus=False`` leaves the focus where it is (on the source)."""
        section = PANE_SECTION.get(section, section)
        tabs = self.query_one(TabbedContent)
        if tabs.active != f"tab-{section}":
            self._keep_focus = not focus
            tabs.active = f"tab-{section}"
        return self.list_for(section)

    def show(self, location: Location, focus: bool = True) -> SectionList | None:
        """Show a location's section with its item under the cursor; None when no section shows it."""
        section = PANE_SECTION.get(location.pane, location.pane)
        if section not in TAB_LABELS:
            return None
        section_list = self.show_section(section, focus)
        if location.item is not None:
            section_list.select_item(location.pane, location.item)
        return section_list

    def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        """A tab clicked with the mouse: the keyboard follows to its list (not when shown beside the source)."""
        if self._keep_focus:
            self._keep_focus = False
            return
        self.current_list.focus()

"""The search box over the panes: type, see hits grouped by kind, Enter to jump.

Queries run in a thread worker (exclusive: a newer query cancels the
older) and each carries a generation number, so results of a stale query
that finish late are dropped and typing never waits for the index.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from briefing.app.text import highlighted, plain
from briefing.history import Location
from briefing.model import Briefing, Person, Place
from briefing.search.hits import Hit
from briefing.search.index import SharedIndex

#: Result groups in display order: title and the hit kinds it holds.
GROUPS = (
    ("People", ("person",)),
    ("Parties", ("party",)),
    ("Places", ("place",)),
    ("Claims", ("claim", "demand")),
    ("Sentences", ("sentence",)),
)
#: Kinds whose hits are passages of text: shown as a window around the match, where below.
TEXT_KINDS = ("sentence", "claim", "demand")
#: Hits fetched per query (all groups together).
LIMIT = 60
#: Most characters of a passage shown around its first match (fewer in a narrow box: one line each).
WINDOW = 110


def hit_prompt(hit: Hit, width: int = WINDOW) -> Text:
    """One result: the match highlighted (passages cut to ``width`` around it), then where it is, dimmed."""
    if hit.kind in TEXT_KINDS:
        line = highlighted(hit.text.replace("\n", " "), hit.spans, width)
    elif hit.text == hit.label:
        line = highlighted(hit.text, hit.spans)
    else:
        line = plain(hit.label)
        line.append(" as ", style="dim")
        line.append_text(highlighted(hit.text, hit.spans))
    return line.append_text(plain(("\n    " if hit.kind in TEXT_KINDS else "  ") + hit.where, "dim"))


class SearchScreen(ModalScreen[Location | None]):
    """Search the briefing; dismisses with the chosen :class:`Location`, or None."""

    DEFAULT_CSS = """
    SearchScreen { align: center top; }
    SearchScreen > Vertical {
        width: 90%; max-width: 140; height: 80%; margin-top: 2;
        border: round $accent; background: $surface; padding: 0 1;
    }
    SearchScreen #search-status { color: $text-muted; height: 1; }
    SearchScreen OptionList { height: 1fr; border: none; }
    """
    #: ctrl+n/ctrl+p move the selection; the app lets ctrl+p through instead of opening its palette.
    MOVES_WITH_CTRL_P = True
    BINDINGS = [  # noqa: RUF012  (Textual reads the class attribute)
        Binding("enter", "choose", "Jump", tooltip="Jump to the hit; a person or place opens its card", priority=True),
        Binding("down,ctrl+n", "move(1)", "Move", key_display="↑↓", priority=True),
        Binding("up,ctrl+p", "move(-1)", "Previous", show=False, priority=True),  # ctrl+p: up, as in readline
        Binding("escape", "close", "Close"),
        Binding("pagedown", "page(1)", show=False, priority=True),
        Binding("pageup", "page(-1)", show=False, priority=True),
    ]

    def __init__(self, index: SharedIndex, query: str = "") -> None:
        super().__init__()
        self.index = index
        self.query_text = query
        self.hits: list[Hit] = []
        self.shown_query = ""
        self._generation = 0
        self._shown_generation = 0
        self._submitted_early = False  # Enter before the results of the latest query arrived

    @property
    def briefing(self) -> Briefing:
        return self.index.briefing

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Input(self.query_text, placeholder="Search people, places, claims, sentences…", id="search-input")
            yield Static("Type a name, a place or words of a sentence.", id="search-status")
            yield OptionList(id="search-results")
        yield Footer(compact=True, show_command_palette=False)  # this box's keys, not the reader's

    def on_mount(self) -> None:
        self.query_one(Input).focus()
        if self.query_text:
            self._start(self.query_text)

    # -- querying ---------------------------------------------------------

    @on(Input.Changed, "#search-input")
    def _changed(self, event: Input.Changed) -> None:
        self._start(event.value)

    def _start(self, query: str) -> None:
        self._generation += 1
        if not query.strip():
            self._show(self._generation, query, [])
            return
        if not self.index.ready:
            self.query_one("#search-status", Static).update("Building the search index…")
        self._search(query, self._generation)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, query: str, generation: int) -> None:
        """Off the UI thread: the index may still be building, a large briefing takes milliseconds."""
        hits = self.index.get().search(query, limit=LIMIT)
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show, generation, query, hits)

    def _show(self, generation: int, query: str, hits: list[Hit]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way: never show stale results
        self.hits = hits
        self.shown_query = query
        self._shown_generation = generation
        results = self.query_one(OptionList)
        options: list[Option] = []
        counts = []
        width = max(20, min(WINDOW, results.size.width - 6)) if results.size.width else WINDOW
        for title, kinds in GROUPS:
            group = [(n, h) for n, h in enumerate(hits) if h.kind in kinds]
            if not group:
                continue
            counts.append(f"{title} {len(group)}")
            options.append(Option(Text(f"{title} ({len(group)})", style="bold"), disabled=True))
            options.extend(Option(hit_prompt(h, width), id=f"hit-{n}") for n, h in group)
        results.set_options(options)
        if options:
            results.action_first()
        status = self.query_one("#search-status", Static)
        if not query.strip():
            status.update("Type a name, a place or words of a sentence.")
        else:
            found = " · ".join(counts) + "   Enter jumps, Esc closes"
            status.update(plain(found if hits else f"No matches for {query!r}"))  # the query may hold "[/]"
        if self._submitted_early:
            self._submitted_early = False
            self._submitted()

    # -- moving and choosing ------------------------------------------------

    def action_move(self, step: int) -> None:
        results = self.query_one(OptionList)
        (results.action_cursor_down if step > 0 else results.action_cursor_up)()

    def action_page(self, step: int) -> None:
        results = self.query_one(OptionList)
        (results.action_page_down if step > 0 else results.action_page_up)()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_choose(self) -> None:
        self._submitted()

    @on(Input.Submitted, "#search-input")
    def _submitted(self) -> None:
        if self._shown_generation != self._generation:
            self._submitted_early = True  # typed fast: choose once this query's results are in
            return
        option = self.query_one(OptionList).highlighted_option
        if option is not None and option.id:
            self._choose(option.id)

    @on(OptionList.OptionSelected, "#search-results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self._choose(event.option.id)

    def _choose(self, option_id: str) -> None:
        hit = self.hits[int(option_id.removeprefix("hit-"))]
        entity = self._entity(hit)
        if entity is None:
            self.dismiss(hit.location)
            return
        from briefing.app.screens.person_card import PersonCard

        def chosen(location: Location | None) -> None:
            if location is not None:
                self.dismiss(location)

        self.app.push_screen(PersonCard(self.briefing, entity), chosen)

    def _entity(self, hit: Hit) -> Person | Place | None:
        if hit.kind == "person":
            return next((p for p in self.briefing.people if p.id == hit.id), None)
        if hit.kind == "place":
            return next((p for p in self.briefing.places if p.id == hit.id), None)
        return None

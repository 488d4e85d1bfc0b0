"""The reader: the briefing on one side, its sources on the other, every claim one key from its evidence.

The App composes the panes, hands over the briefing the preload delivers,
routes the widgets' messages and holds the history. A highlighted item
previews its evidence, Enter jumps into it, ``[``/``]`` cycle through an
item's citations, and every jump goes into a
:class:`briefing.history.History` for back and forward. What each pane
does lives with its widget (:mod:`briefing.app.widgets`); search state in
:mod:`briefing.app.searching`; editing and watching in :mod:`briefing.app.editing`.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Footer, Header

from briefing.app import bindings
from briefing.app.commands import (
    Command,
    ReaderCommands,
    article_commands,
    binding_commands,
    call,
    citing_commands,
    show_list,
)
from briefing.app.editing import Reloader
from briefing.app.entries import SECTIONS, summary_entries
from briefing.app.literal import LiteralApp
from briefing.app.messages import (
    CitingRequested,
    HeadLoaded,
    ItemChosen,
    ItemHighlighted,
    LoadProgress,
    SentenceChanged,
)
from briefing.app.nocolor import guard_monochrome
from briefing.app.preload import Preload
from briefing.app.remember import Remembered
from briefing.app.searching import Found, Searching
from briefing.app.startup import settle
from briefing.app.widgets.citing import CitingLine, Trail
from briefing.app.widgets.loading import LoadingBar
from briefing.app.widgets.panes import Panes
from briefing.app.widgets.sections import BriefingPane, SectionList
from briefing.app.widgets.source_view import SourceView
from briefing.history import History, Location
from briefing.model import Briefing, Head
from briefing.sanitize import one_line, visible
from briefing.store.resources import styles_dir
from briefing.store.state import state_key

if TYPE_CHECKING:
    from briefing.app.screens.search import SearchScreen

DARK, LIGHT = "textual-dark", "textual-light"


class BriefingApp(LiteralApp):
    """The briefing reader."""

    CSS_PATH: ClassVar[list[str]] = [str(styles_dir() / "app.tcss")]
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    #: How often the files behind the reader are polled for changes (seconds).
    WATCH_SECONDS: ClassVar[float] = 1.0
    BINDINGS: ClassVar[list[Binding]] = bindings.READER_BINDINGS

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        briefing: Briefing | None = None,
        use_cache: bool = True,
        remember: bool = True,
        preload: Preload | None = None,
    ) -> None:
        super().__init__()
        guard_monochrome(self)
        self.paths = [str(p) for p in paths or []]
        self.briefing: Briefing | None = None
        self._initial = briefing
        self.use_cache = use_cache
        self.history = History()
        self.trail = Trail()
        self.searching = Searching(self)
        self.showing = "briefing"  # in narrow terminals, the pane on screen
        self.remembered = Remembered(self, state_key(self.paths) if remember and self.paths else None)
        self._last_progress = 0.0
        if preload is None and briefing is None and self.paths:
            preload = Preload(self.paths, use_cache).start()
        self._preload = preload
        self.reloader = Reloader(self, self.paths, use_cache, watch=briefing is None)
        self._head: Head | None = None
        self._filled = False  # the briefing set last is on screen whole (its source painted): jumps wait for it
        self._waiting: ItemChosen | None = None  # the item chosen before then, jumped to once it is
        #: Binding id -> keys, from the user's config file (see briefing.store.config).
        self.user_keys: dict[str, str] = {}

    # -- layout -----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Panes(id="main", width=self.size.width, showing=self.showing):  # styled once, not restyled on mount
            yield BriefingPane(id="briefing")
            with Vertical(id="source-pane"):
                yield SourceView(id="source")
                yield CitingLine("", id="citing")
        yield Footer(compact=True)

    @property
    def pane(self) -> BriefingPane:
        return self.query_one(BriefingPane)

    @property
    def source_view(self) -> SourceView:
        return self.query_one(SourceView)

    @property
    def found(self) -> Found:
        """What the last search found (``n``/``N`` step through it)."""
        return self.searching.found

    def on_mount(self) -> None:
        self._show_only(self.showing)
        self.pane.current_list.focus()
        if self._initial is not None:
            self.set_briefing(self._initial)
        elif self._preload is not None and self._preload.done:
            self._take_load()
        elif self._preload is not None:
            self._preload.head_listener = lambda head: self.post_message(HeadLoaded(head))
            if self._preload.head is not None:
                self.show_head(self._preload.head)
            self.call_after_refresh(self._preload.go)
            self.load()
        self.reloader.start(self.WATCH_SECONDS)
        self.call_after_refresh(self.apply_settings)

    def apply_settings(self) -> None:
        """Rebind keys as the user's config file asks; what it gets wrong is a warning, not a failure."""
        from briefing.store.config import load_settings

        settings = load_settings()
        known = {b.id for b in self.all_bindings() if b.id}
        unknown = sorted(set(settings.keys) - known)
        warnings = list(settings.warnings)
        if unknown:
            warnings.append(f"settings: no key binding with id {', '.join(unknown)} (the help screen lists the ids)")
        self.user_keys = {k: v for k, v in settings.keys.items() if k in known}
        self.set_keymap(self.user_keys)
        for warning in warnings:
            self.notify(visible(warning), severity="warning", markup=False, timeout=10)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """In the search box and a person card ctrl+p moves up the list (as in readline), not to the palette."""
        return not (action == "command_palette" and getattr(self.screen, "MOVES_WITH_CTRL_P", False))

    def all_bindings(self) -> list[Binding]:
        """Every binding of the reader's own widgets, with the ones they inherit."""
        return [*self.BINDINGS, *SectionList.BINDINGS, *bindings.inherited(SectionList), *SourceView.BINDINGS]

    def keys_of(self, binding: Binding) -> list[str]:
        """The keys a binding answers to now: the user's keymap first, else its own."""
        return bindings.keys_of(binding, self.user_keys)

    # -- loading ----------------------------------------------------------

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        """Wait for the preload thread; its progress is posted at most every 50 ms."""
        assert self._preload is not None
        self._preload.listener = self._progress
        self._preload.join()
        self.call_from_thread(self._take_load)

    def _take_load(self) -> None:
        """Show the loaded briefing, or leave with the one-line error the CLI would print."""
        from briefing.errors import InputError

        assert self._preload is not None
        try:
            loaded = self._preload.wait()
        except InputError as err:
            self.exit(None, 2, f"briefing: error: {err}")
            return
        self.set_briefing(loaded.briefing)
        for skipped in loaded.skipped:  # file names are shown literally: never markup, never escapes
            self.notify(visible(f"skipped {skipped.path}: {skipped.reason}"), severity="warning", markup=False)
        for warning in loaded.warnings:
            self.notify(visible(warning), severity="warning", markup=False)

    def _progress(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress > 0.05:
            self._last_progress = now
            self.post_message(LoadProgress(stage, done, total))

    def on_load_progress(self, message: LoadProgress) -> None:
        """Show (mounting it on first use) a progress bar with counts while a large set loads."""
        if self.briefing is not None or self.closing:
            return
        if bars := self.query(LoadingBar):
            bars.first().show(message)
        else:
            self.mount(LoadingBar(message, id="loading"), before=self.query_one(Footer))

    def on_head_loaded(self, message: HeadLoaded) -> None:
        if not self.closing:
            self.show_head(message.head)

    def show_head(self, head: Head) -> None:
        """The title and summary, painted while the rest of a large briefing is still being read."""
        if self._head is not None or self.briefing is not None:
            return
        self._show_title(head)
        self.pane.list_for("summary").set_entries(summary_entries(head))
        self._head = head

    def _show_title(self, head: Head) -> None:
        self.title, self.sub_title = head.title, head.subtitle

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header: curated/derived first, so a long title is what gets cut, never the indicator."""
        title, sub_title = one_line(title), one_line(sub_title)  # a headline: outside text (see LiteralApp)
        return Content.assemble((sub_title, "bold"), (" │ ", "dim"), title) if sub_title else Content(title)

    def set_briefing(self, briefing: Briefing) -> None:
        """Fill the panes with a briefing, and return to where the reader was."""
        self.briefing = briefing
        self._filled, self._waiting = False, None
        for loading in self.query(LoadingBar):
            loading.remove()
        head = Head.of(briefing)
        self._show_title(head)
        if self._head is None or self._head.summary != head.summary:  # the first frame: the summary alone
            self.pane.set_briefing(briefing, ["summary"])
        self.source_view.set_briefing(briefing, paint=False)
        self.call_after_refresh(self._fill_rest, briefing)

    def _fill_rest(self, briefing: Briefing) -> None:
        """After the summary is on screen: the other sections, the source, search, and the reader's place."""
        if self.briefing is not briefing or not self.query(SourceView):
            return  # replaced meanwhile, or the app is closing
        self.pane.set_briefing(briefing, [s for s, _ in SECTIONS if s != "summary"])
        self.source_view.paint()
        self.searching.start(briefing)
        self.pane.current_list.announce()
        self.remembered.restore()
        self._filled = True
        settle()
        if self._waiting is not None:
            chosen, self._waiting = self._waiting, None
            self.on_item_chosen(chosen)

    def reload_briefing(self, briefing: Briefing) -> None:
        """Show a changed briefing (edited, or its sources changed) keeping the reader's place."""
        place, sentence = self.current_location(), self.source_view.sentence_id
        self.briefing = briefing
        self._show_title(Head.of(briefing))
        self.pane.set_briefing(briefing)
        self.source_view.set_briefing(briefing)
        self.searching.start(briefing)
        settle()
        self.navigate(place)
        if sentence:
            self.source_view.show_sentence(sentence)

    # -- curated briefing: edit, and reload on change ---------------------

    def action_edit(self) -> None:
        """Open the folder's briefing.md (started from this briefing if none) in $EDITOR, then reload."""
        from briefing.app.editing import edit_in_editor

        if edit_in_editor(self, self.paths, self.briefing):
            self.reloader.reload()

    # -- remembered state (briefing.app.remember) --------------------------

    def save_state(self) -> None:
        self.remembered.save()

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    # -- where the reader is ----------------------------------------------

    def current_location(self) -> Location:
        """The focused pane and the item under its cursor."""
        if self.focused is self.source_view or (self.focused is None and self.showing == "source"):
            return Location("source", self.source_view.sentence_id)
        return self.briefing_location()

    def briefing_location(self) -> Location:
        """Where the briefing pane is, whichever pane has focus: its section and the item under its cursor."""
        entry = self.pane.current_list.current
        if entry is not None and entry.location is not None:
            return entry.location
        return Location(self.pane.current_list.section, None)

    def go_to(self, location: Location) -> None:
        """Navigate to any location (a pane and an item there) and record it in history."""
        self.history.visit(self.current_location())
        self.navigate(location)
        self.history.visit(location)
        self.save_state()

    def navigate(self, location: Location) -> None:
        """Show a location without recording it in history."""
        if location.pane == "source":
            if location.item:
                self.source_view.show_sentence(location.item)
            self._focus_source()
            return
        section_list = self.pane.show(location)
        if section_list is None:
            return
        section_list.announce()
        self._show_only("briefing")
        section_list.focus()

    def _focus_source(self) -> None:
        self._show_only("source")
        self.source_view.focus()

    def _show_only(self, which: str) -> None:
        """In a narrow terminal, put ``which`` pane on screen (wide ones show both)."""
        self.showing = which
        self.query_one(Panes).arrange_for(self.size.width, which)

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.closing:
            return
        if event.widget is self.source_view:
            self._show_only("source")
        elif isinstance(event.widget, SectionList):
            self._show_only("briefing")

    def action_toggle_view(self) -> None:
        """Switch panes: in narrow terminals the other pane replaces this one."""
        if self.focused is self.source_view:
            self.pane.current_list.focus()
        else:
            self._focus_source()

    # -- messages from the panes ------------------------------------------

    @property
    def closing(self) -> bool:
        """The app is shutting down: its screens are gone while late messages still arrive (on a busy machine)."""
        return not self.screen_stack or not self.query(CitingLine) or not self.query(SourceView)

    def on_item_highlighted(self, message: ItemHighlighted) -> None:
        if self.closing or self.focused is not self.pane.current_list or message.location != self.current_location():
            return  # a list being filled, not the reader moving: keep the source where it is
        self.trail = Trail(message.location, message.citations, 0)
        self.source_view.set_cited(message.citations)
        if message.citations:
            self.source_view.show_sentence(message.citations[0])
        self._update_citing()

    def on_item_chosen(self, message: ItemChosen) -> None:
        if self.briefing is None:  # only the head is on screen: the sources are still being read
            self.notify("Still reading the articles; the sources follow in a moment.", timeout=3)
            return
        if not self._filled:  # the source is painted after this frame (and would undo a jump into it now)
            self._waiting = message
            return
        if not message.citations:
            self.notify("No cited sentence for this item.", severity="warning")
            return
        self.trail = Trail(message.location, message.citations, 0)
        self.history.visit(message.location)
        self.go_to(Location("source", message.citations[0]))
        self._update_citing()

    def on_sentence_changed(self, message: SentenceChanged) -> None:
        self._update_citing()

    def _update_citing(self) -> None:
        if self.briefing is not None and not self.closing:
            self.query_one(CitingLine).show(self.briefing, self.trail, self.source_view.sentence_id)

    def on_citing_requested(self, message: CitingRequested) -> None:
        """List the claims citing a sentence; choosing one goes to it in the briefing."""
        assert self.briefing is not None
        claims = self.briefing.citing(message.sentence_id)
        if not claims:
            self.notify("No claim cites this sentence.")
            return
        show_list(self, citing_commands(self.briefing, claims, self.go_to), "Claims citing this sentence…")

    # -- actions ----------------------------------------------------------

    def action_cite(self, step: int) -> None:
        """Next or previous citation of the followed item, into the source, recorded in history."""
        trail = self.trail
        if not trail.citations:
            self.notify("No citations to cycle through here.")
            return
        trail.index = (trail.index + step) % len(trail.citations)
        target = trail.citations[trail.index]
        self.history.visit(Location("source", self.source_view.sentence_id))
        self.source_view.show_sentence(target)
        self.history.visit(Location("source", target))
        self.save_state()
        self._update_citing()

    def action_jump_back(self) -> None:
        self._travel(self.history.back)

    def action_jump_forward(self) -> None:
        self._travel(self.history.forward)

    def _travel(self, step: Callable[[], Location | None]) -> None:
        here = self.current_location()
        location = step()
        if location is not None and location == here:
            location = step()
        if location is None:
            self.bell()
            return
        self.navigate(location)

    def action_section(self, section: str) -> None:
        self.navigate(Location(section))

    def action_help(self) -> None:
        from briefing.app.screens.help import help_screen

        self.push_screen(help_screen(self._key_names, self.source_view))

    def action_search(self) -> None:
        """``/``: the search box over the panes; the chosen hit is a jump, recorded in history."""
        if self.briefing is None:
            self.notify("Nothing to search yet.")
            return
        from briefing.app.screens.search import SearchScreen

        screen = SearchScreen(self.searching.shared_index(self.briefing), self.found.query)
        self.push_screen(screen, functools.partial(self._searched, screen))

    def _searched(self, screen: SearchScreen, location: Location | None) -> None:
        self.searching.searched(screen.shown_query)
        if location is not None:  # a new place: the item left behind in the list no longer marks the source
            self.trail = Trail()
            self.source_view.set_cited([])
            self.go_to(location)

    def action_next(self, step: int) -> None:
        """``n``/``N``: in the source, the next or previous sentence the last search found; else the next citation."""
        in_source = self.focused is self.source_view
        hit = self.searching.step(self.source_view.sentence_id or "", step) if in_source else None
        if hit is None:
            self.action_cite(step)
            return
        i, sentence_id = hit
        self.go_to(Location("source", sentence_id))
        self.notify(
            visible(f"{self.found.query!r}: hit {i + 1} of {len(self.found.sentences)}"), timeout=2, markup=False
        )

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK
        self.save_state()

    def action_articles(self) -> None:
        if self.briefing is None:
            return
        show_list(self, article_commands(self.briefing, self._open_article), "Open an article…")

    def _open_article(self, source_id: str) -> None:
        assert self.briefing is not None
        src = self.briefing.source_index[source_id]
        if src.sentences:
            self.go_to(Location("source", src.sentences[0].id))

    def palette_commands(self) -> list[Command]:
        """Every reader action for the command palette, named by its binding's description."""
        reader = [(b, call(self.run_action, b.action)) for b in self.BINDINGS if b.description]
        source = [(b, call(self._source_action, b.action)) for b in SourceView.BINDINGS]
        return binding_commands(reader, source, self._key_names, self.action_toggle_view)

    def _key_names(self, binding: Binding) -> str:
        return bindings.key_names(binding, self.user_keys, self.get_key_display)

    async def _source_action(self, action: str) -> None:
        self._focus_source()
        await self.run_action(action, self.source_view)

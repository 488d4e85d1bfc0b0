"""The reader: the briefing on one side, its sources on the other, every claim one key from its evidence.

The app composes a light layout at once, loads (or derives) the briefing
in a thread worker, then fills the panes. It routes the widgets' messages:
a highlighted item previews its evidence, Enter jumps into it, ``[``/``]``
cycle through an item's citations, and every jump goes into a
:class:`briefing.history.History` for back and forward.
"""

from __future__ import annotations

import functools
import gc
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.command import SimpleCommand
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Label, ProgressBar, Static

from briefing.app.commands import ReaderCommands
from briefing.app.editing import Watcher
from briefing.app.entries import PANE_SECTION, SECTIONS, summary_entries
from briefing.app.messages import (
    CitingRequested,
    HeadLoaded,
    ItemChosen,
    ItemHighlighted,
    LoadProgress,
    SentenceChanged,
)
from briefing.app.preload import Preload
from briefing.app.widgets.sections import BriefingPane, SectionList
from briefing.app.widgets.source_view import SourceView
from briefing.history import History, Location
from briefing.model import Briefing, Head
from briefing.sanitize import visible
from briefing.store.resources import styles_dir
from briefing.store.state import ReaderState, StateError, load_state, save_state, state_key

if TYPE_CHECKING:
    from briefing.app.search_screen import SearchScreen
    from briefing.search.index import SharedIndex

NARROW = 100  # below this many columns the panes are shown one at a time
DARK, LIGHT = "textual-dark", "textual-light"


@dataclass(slots=True)
class Found:
    """The last search: its query and the sentences it found, in reading order (``n``/``N`` step through)."""

    query: str = ""
    sentences: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Trail:
    """The item whose citations ``[`` and ``]`` cycle through."""

    location: Location | None = None
    citations: list[str] = field(default_factory=list)
    index: int = 0


class BriefingApp(App[None]):
    """The briefing reader."""

    CSS_PATH: ClassVar[list[str]] = [str(styles_dir() / "app.tcss")]
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {ReaderCommands}
    #: How often the files behind the reader are polled for changes (seconds).
    WATCH_SECONDS: ClassVar[float] = 1.0

    BINDINGS: ClassVar[list[Binding]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", tooltip="Show every key binding", id="help"),
        Binding(
            "right_square_bracket",
            "cite(1)",
            "Cite",
            tooltip="Next citation of the item (across outlets)",
            id="cite.next",
        ),
        Binding(
            "left_square_bracket",
            "cite(-1)",
            "Prev cite",
            show=False,
            tooltip="Previous citation of the item",
            id="cite.previous",
        ),
        Binding(
            "n",
            "next(1)",
            "Next",
            show=False,
            tooltip="Next search hit in the source (else next citation)",
            id="hit.next",
        ),
        Binding(
            "N",
            "next(-1)",
            "Prev",
            show=False,
            tooltip="Previous search hit in the source (else citation)",
            id="hit.previous",
        ),
        Binding("backspace,ctrl+o,alt+left", "back", "Back", tooltip="Back through jumps", id="back"),
        Binding("ctrl+i,alt+right", "forward", "Forward", show=False, tooltip="Forward through jumps", id="forward"),
        Binding(
            "o",
            "toggle_view",
            "Briefing/Source",
            show=False,
            tooltip="Switch between briefing and source",
            id="switch-pane",
        ),
        *(
            Binding(
                str(n), f"section('{section}')", title, show=False, tooltip=f"Show {title}", id=f"section.{section}"
            )
            for n, (section, title) in enumerate(SECTIONS, 1)
        ),
        Binding(
            "slash", "search", "Search", show=False, tooltip="Search people, places, claims, sentences", id="search"
        ),
        Binding("a", "articles", "Articles", show=False, tooltip="Open an article by title", id="articles"),
        Binding("t", "toggle_theme", "Theme", show=False, tooltip="Toggle light and dark themes", id="theme"),
        Binding(
            "e", "edit", "Edit", show=False, tooltip="Edit the folder's briefing.md in $EDITOR, then reload", id="edit"
        ),
    ]

    def __init__(
        self,
        paths: Sequence[str | Path] | None = None,
        briefing: Briefing | None = None,
        use_cache: bool = True,
        remember: bool = True,
        preload: Preload | None = None,
    ) -> None:
        super().__init__()
        self.paths = [str(p) for p in paths or []]
        self.briefing: Briefing | None = None
        self._initial = briefing
        self.use_cache = use_cache
        self.history = History()
        self.trail = Trail()
        self.search_index: SharedIndex | None = None
        self.found = Found()
        self.showing = "briefing"  # in narrow terminals, the pane on screen
        self._state_key = state_key(self.paths) if remember and self.paths else None
        self._last_progress = 0.0
        if preload is None and briefing is None and self.paths:
            preload = Preload(self.paths, use_cache).start()
        self._preload = preload
        self._watcher: Watcher | None = None
        self._head: Head | None = None
        #: Binding id -> keys, from the user's config file (see briefing.store.config).
        self.user_keys: dict[str, str] = {}

    # -- layout -----------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main", classes=" ".join(self._width_classes())):  # styled once, not restyled on mount
            yield BriefingPane(id="briefing")
            with Vertical(id="source-pane"):
                yield SourceView(id="source")
                yield Static("", id="citing")
        yield Footer()

    @property
    def pane(self) -> BriefingPane:
        return self.query_one(BriefingPane)

    @property
    def source_view(self) -> SourceView:
        return self.query_one(SourceView)

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
        if self.paths:
            self.set_interval(self.WATCH_SECONDS, self._poll_files)
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

    def all_bindings(self) -> list[Binding]:
        """Every binding of the reader's own widgets, with the ones they inherit."""
        return [*self.BINDINGS, *SectionList.BINDINGS, *self._inherited(SectionList), *SourceView.BINDINGS]

    def keys_of(self, binding: Binding) -> list[str]:
        """The keys a binding answers to now: the user's keymap first, else its own."""
        keys = self.user_keys.get(binding.id, binding.key) if binding.id else binding.key
        return [k.strip() for k in keys.split(",") if k.strip()]

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
        if self.briefing is not None:
            return
        bars = self.query("#loading-bar")
        if not bars:
            label, bar = Label(id="loading-label"), ProgressBar(id="loading-bar", show_eta=False)
            self.mount(Horizontal(label, bar, id="loading"), before=self.query_one(Footer))
        else:
            label, bar = self.query_one("#loading-label", Label), bars.first(ProgressBar)
        if message.stage == "reading" and message.done >= message.total:
            label.update(f"read {message.total:,} articles · deriving the briefing…")
            bar.update(total=None)  # derivation stages may not report: an indeterminate bar
        else:
            label.update(f"{message.stage} {message.done:,}/{message.total:,}")
            bar.update(total=max(message.total, 1), progress=message.done)

    def on_head_loaded(self, message: HeadLoaded) -> None:
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

    def set_briefing(self, briefing: Briefing) -> None:
        """Fill the panes with a briefing, and return to where the reader was."""
        self.briefing = briefing
        for loading in self.query("#loading"):
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
        self._index(briefing)
        self.pane.current_list.announce()
        self._restore()
        _settle()

    def reload_briefing(self, briefing: Briefing) -> None:
        """Show a changed briefing (edited, or its sources changed) keeping the reader's place."""
        place, sentence = self.current_location(), self.source_view.sentence_id
        self.briefing = briefing
        self._show_title(Head.of(briefing))
        self.pane.set_briefing(briefing)
        self.source_view.set_briefing(briefing)
        self._index(briefing)
        _settle()
        self._navigate(place)
        if sentence:
            self.source_view.show_sentence(sentence)

    # -- curated briefing: edit, and reload on change ---------------------

    def action_edit(self) -> None:
        """Open the folder's briefing.md (started from this briefing if none) in $EDITOR, then reload."""
        import subprocess

        from textual.app import SuspendNotSupported

        from briefing.app.editing import briefing_to_edit, editor_command

        try:
            path = briefing_to_edit(self.paths, self.briefing)
        except OSError as err:
            self.notify(f"cannot write briefing.md: {(err.strerror or str(err)).lower()}", severity="error")
            return
        if path is None:
            self.notify("Open a folder of articles to keep an editable briefing.md in it.", severity="warning")
            return
        try:
            with self.suspend():
                subprocess.run(editor_command(path), check=False)
        except SuspendNotSupported:
            self.notify("This terminal cannot hand over to an editor.", severity="error")
            return
        except OSError as err:
            self.notify(f"cannot run the editor: {(err.strerror or str(err)).lower()}", severity="error")
        self.reload()

    @work(thread=True, exclusive=True, group="reload")
    def reload(self) -> None:
        """Load again after an edit or a change on disk; a file that no longer reads keeps the old briefing."""
        from briefing.errors import InputError
        from briefing.pipeline import load_briefing

        if self._watcher is not None:
            self._watcher.changed()  # take in the change now, so the poll does not reload twice
        try:
            loaded = load_briefing(self.paths, strict=False, use_cache=self.use_cache)
        except InputError as err:
            self.call_from_thread(self.notify, str(err), severity="error", timeout=10)
            return
        self.call_from_thread(self.reload_briefing, loaded.briefing)
        if loaded.warnings:
            note = f"{len(loaded.warnings)} citation(s) moved or lost; 'briefing check' lists them"
            self.call_from_thread(self.notify, note, severity="warning")

    def _poll_files(self) -> None:
        """Timer: look at the files in a thread, one look at a time (a slow disk never piles them up)."""
        if not any(w.group == "watch" and not w.is_finished for w in self.workers):
            self._check_files()

    @work(thread=True, group="watch")
    def _check_files(self) -> None:
        """Reload when a file behind the reader changed; a briefing handed in (not loaded) is not watched."""
        if self.briefing is None or self._initial is not None:
            return
        if self._watcher is None:
            self._watcher = Watcher(self.paths)  # first poll after the load: the files as loaded
        elif self._watcher.changed():
            self.call_from_thread(self.reload)

    # -- remembered state -------------------------------------------------

    def _restore(self) -> None:
        if self._state_key is None:
            return
        try:
            state = load_state(self._state_key)
        except StateError as err:
            self.notify(str(err), severity="warning")
            return
        if state is None:
            return
        if state.theme in (DARK, LIGHT):
            self.theme = state.theme
        self._navigate(state.location)
        if state.sentence and state.pane != "source":
            self.source_view.show_sentence(state.sentence)
        if state.location.item is not None:
            self.history.visit(state.location)

    def save_state(self) -> None:
        if self._state_key is None or self.briefing is None:
            return
        loc = self.current_location()
        try:
            save_state(self._state_key, ReaderState(loc.pane, loc.item, self.source_view.sentence_id, self.theme))
        except OSError as err:
            self.log.warning(f"cannot save reader state: {err}")

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()

    # -- where the reader is ----------------------------------------------

    def current_location(self) -> Location:
        """The focused pane and the item under its cursor."""
        if self.focused is self.source_view or (self.focused is None and self.showing == "source"):
            return Location("source", self.source_view.sentence_id)
        entry = self.pane.current_list.current
        if entry is not None and entry.location is not None:
            return entry.location
        return Location(self.pane.current_list.section, None)

    def go_to(self, location: Location) -> None:
        """Navigate to any location (a pane and an item there) and record it in history."""
        self.history.visit(self.current_location())
        self._navigate(location)
        self.history.visit(location)
        self.save_state()

    def _navigate(self, location: Location) -> None:
        if location.pane == "source":
            if location.item:
                self.source_view.show_sentence(location.item)
            self._focus_source()
            return
        section = PANE_SECTION.get(location.pane, location.pane)
        if section not in {s for s, _ in SECTIONS}:
            return
        section_list = self.pane.show_section(section)
        if location.item is not None:
            section_list.select_item(location.pane, location.item)
        section_list.announce()
        self._show_only("briefing")
        section_list.focus()

    def _focus_source(self) -> None:
        self._show_only("source")
        self.source_view.focus()

    # -- narrow terminals -------------------------------------------------

    def _show_only(self, which: str) -> None:
        self.showing = which
        self._apply_width()

    def _apply_width(self) -> None:
        """Side by side when wide; one pane at a time (the one in use) when narrow.

        Classes on ``#main`` (not the screen): a switch restyles only the panes.
        """
        main = self.query_one("#main")
        wanted = set(self._width_classes())
        for name in ("-narrow", "-show-source", "-show-briefing"):
            main.set_class(name in wanted, name)

    def _width_classes(self) -> list[str]:
        narrow = ["-narrow"] if self.size.width < NARROW else []
        return [*narrow, f"-show-{self.showing}"]

    def on_resize(self) -> None:
        self._apply_width()

    def on_descendant_focus(self, event) -> None:  # type: ignore[no-untyped-def]
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

    def on_item_highlighted(self, message: ItemHighlighted) -> None:
        if self.focused is not self.pane.current_list or message.location != self.current_location():
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
        """The line under the source: which claims cite this sentence, and the trail being followed."""
        if self.briefing is None:
            return
        sid = self.source_view.sentence_id
        parts: list[str] = []
        if self.trail.citations and sid in self.trail.citations:
            i = self.trail.citations.index(sid)
            self.trail.index = i
            outlet = self.briefing.outlet_of(sid)
            parts.append(f"citation {i + 1} of {len(self.trail.citations)} ({outlet}) · [ ] cycle")
        citing = self.briefing.citing(sid) if sid else []
        if citing:
            parts.append(f"cited by {len(citing)} claim{'s' if len(citing) != 1 else ''} · c lists")
        else:
            parts.append("not cited by any claim")
        self.query_one("#citing", Static).update(" — ".join(parts))

    def on_citing_requested(self, message: CitingRequested) -> None:
        """List the claims citing a sentence; choosing one goes to it in the briefing."""
        assert self.briefing is not None
        claims = self.briefing.citing(message.sentence_id)
        if not claims:
            self.notify("No claim cites this sentence.")
            return
        pane_of = {c.id: pane for pane in ("summary", "demands", "discrepancies") for c in getattr(self.briefing, pane)}
        commands = [
            SimpleCommand(
                f"{pane_of[c.id].title()}: {c.text}", _call(self.go_to, Location(pane_of[c.id], c.id)), "cites this"
            )
            for c in claims
        ]
        self.search_commands(commands, placeholder="Claims citing this sentence…")

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

    def action_back(self) -> None:
        self._travel(self.history.back)

    def action_forward(self) -> None:
        self._travel(self.history.forward)

    def _travel(self, step: Callable[[], Location | None]) -> None:
        here = self.current_location()
        location = step()
        if location is not None and location == here:
            location = step()
        if location is None:
            self.bell()
            return
        self._navigate(location)

    def action_section(self, section: str) -> None:
        self._navigate(Location(section))

    def action_help(self) -> None:
        from briefing.app.screens.help import HelpScreen, bindings_table

        groups = [
            ("Everywhere", self.BINDINGS),
            ("Briefing lists", [*SectionList.BINDINGS, *self._inherited(SectionList)]),
            ("Source", SourceView.BINDINGS),
            ("Panes", [Binding("tab", "", "Next pane"), Binding("shift+tab", "", "Previous pane")]),
            ("Palette", [Binding("ctrl+p", "", "Command palette: every action and article")]),
        ]
        self.push_screen(HelpScreen(bindings_table(groups, self._key_names)))

    @staticmethod
    def _inherited(cls: type) -> list[Binding]:
        return [b for base in cls.__mro__[1:] for b in getattr(base, "BINDINGS", []) if isinstance(b, Binding)]

    # -- search -----------------------------------------------------------

    def _index(self, briefing: Briefing) -> None:
        """A new briefing gets its search index, built once in a thread before anyone asks.

        The thread starts after the first paint: importing the search module
        costs as much as painting, and start-up is measured to the first claim.
        """
        self.search_index = None
        self.found = Found()
        painted = threading.Event()
        self.call_after_refresh(painted.set)
        self._build_index(briefing, painted)

    # A description, or Textual describes the worker by repr() of its arguments: a 1,000-article
    # briefing's repr took 0.37 s of the UI thread.
    @work(thread=True, exclusive=True, group="search-index", description="build the search index")
    def _build_index(self, briefing: Briefing, painted: threading.Event) -> None:
        painted.wait(2.0)
        from briefing.search.index import SharedIndex

        index = SharedIndex(briefing)
        self.call_from_thread(self._set_index, briefing, index)
        current = self.search_index  # the one adopted (``/`` may have made its own first)
        if current is not None and current.briefing is briefing:
            current.get()

    def _set_index(self, briefing: Briefing, index: SharedIndex) -> None:
        if self.briefing is briefing and self.search_index is None:
            self.search_index = index

    def action_search(self) -> None:
        """``/``: the search box over the panes; the chosen hit is a jump, recorded in history."""
        if self.briefing is None:
            self.notify("Nothing to search yet.")
            return
        if self.search_index is None:  # asked before the background build began
            from briefing.search.index import SharedIndex

            self.search_index = SharedIndex(self.briefing)
        from briefing.app.search_screen import SearchScreen

        screen = SearchScreen(self.search_index, self.found.query)
        self.push_screen(screen, functools.partial(self._searched, screen))

    def _searched(self, screen: SearchScreen, location: Location | None) -> None:
        if screen.shown_query.strip() and screen.shown_query != self.found.query:
            self.found = Found(screen.shown_query)
            self._find_sentences(screen.shown_query)
        if location is not None:
            self.go_to(location)

    @work(thread=True, exclusive=True, group="search-found")
    def _find_sentences(self, query: str) -> None:
        if self.search_index is not None:
            found = Found(query, self.search_index.get().sentences_in_order(query))
            self.call_from_thread(self._set_found, found)

    def _set_found(self, found: Found) -> None:
        if found.query == self.found.query:
            self.found = found

    def _reading_positions(self, sentence_ids: list[str]) -> list[tuple[int, int]]:
        """(article number, sentence number) of each sentence: its place in reading order."""
        assert self.briefing is not None
        order = {src.id: n for n, src in enumerate(self.briefing.sources)}
        out = []
        for sid in sentence_ids:
            sent = self.briefing.sentence(sid)
            out.append((order.get(sent.source_id, -1), sent.index) if sent else (-1, -1))
        return out

    def action_next(self, step: int) -> None:
        """``n``/``N``: in the source, the next or previous sentence the last search found; else the next citation."""
        if self.focused is not self.source_view or not self.found.sentences or self.briefing is None:
            self.action_cite(step)
            return
        hits = self.found.sentences
        here, *positions = self._reading_positions([self.source_view.sentence_id or "", *hits])  # hits: ascending
        i = bisect_right(positions, here) if step > 0 else bisect_left(positions, here) - 1
        i %= len(hits)  # past the last hit wraps to the first, and back
        self.go_to(Location("source", hits[i]))
        self.notify(f"{self.found.query!r}: hit {i + 1} of {len(hits)}", timeout=2)

    def action_toggle_theme(self) -> None:
        self.theme = LIGHT if self.current_theme.dark else DARK
        self.save_state()

    def action_articles(self) -> None:
        if self.briefing is None:
            return
        commands = [
            SimpleCommand(f"{s.title} — {s.outlet_name}", _call(self._open_article, s.id), s.path or "")
            for s in self.briefing.sources
        ]
        self.search_commands(commands, placeholder="Open an article…")

    def _open_article(self, source_id: str) -> None:
        assert self.briefing is not None
        src = self.briefing.source_index[source_id]
        if src.sentences:
            self.go_to(Location("source", src.sentences[0].id))

    def palette_commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        """Every reader action for the command palette, named by its binding's description."""
        out: list[tuple[str, str, Callable[[], object]]] = []
        for b in self.BINDINGS:
            if b.description:
                out.append((b.tooltip or b.description, self._keys(b), _call(self.run_action, b.action)))
        for b in SourceView.BINDINGS:
            name = f"Source: {b.tooltip or b.description}"
            out.append((name, self._keys(b), _call(self._source_action, b.action)))
        out.append(("Switch pane", "Move between the briefing and the source", self.action_toggle_view))
        return out

    def _keys(self, binding: Binding) -> str:
        return "keys: " + self._key_names(binding)

    def _key_names(self, binding: Binding) -> str:
        return ", ".join(self.get_key_display(Binding(k, binding.action)) for k in self.keys_of(binding))

    async def _source_action(self, action: str) -> None:
        self._focus_source()
        await self.run_action(action, self.source_view)


def _settle() -> None:
    """Exempt what is loaded (and imported) from the cyclic collector: a large briefing is millions of objects.

    Each full collection would walk them all, stalling the screen at
    unpredictable moments (profiled: 0.15 s of collection inside one section
    switch of a 1,000-article briefing). They live as long as the briefing
    does and free by reference counting when it goes.
    """
    gc.freeze()
    gc.enable()  # off during start-up (see briefing.app.run_reader)


def _call(fn: Callable[..., object], *args: object) -> Callable[[], object]:
    def call() -> object:
        return fn(*args)

    return call

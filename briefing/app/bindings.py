"""The reader's own key bindings, and how they are named in help, the palette and the footer.

Each binding has an id, which ``config.toml``'s ``[keys]`` table rebinds
(:mod:`briefing.store.config`); the help screen and the palette say each
binding's keys as bound now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.binding import Binding

from briefing.app.entries import SECTION_HINTS, SECTIONS

#: Footer groups: keys shown together under one word.
CITE = Binding.Group("Cite", compact=True)
SECTION_KEYS = Binding.Group("Sections", compact=True)

#: Bindings that hold anywhere in the reader, in the order the footer shows them (after the focused
#: widget's own), most useful first: a footer too narrow for all cuts the last. Help lists them all.
READER_BINDINGS: list[Binding] = [
    Binding("question_mark,f1", "help", "Help", tooltip="Show every key binding, and what the marks mean", id="help"),
    Binding("slash", "search", "Search", tooltip="Search people, places, claims, sentences", id="search"),
    Binding(
        "left_square_bracket",
        "cite(-1)",
        "Prev cite",
        tooltip="Previous citation of the item",
        id="cite.previous",
        group=CITE,
    ),
    Binding(
        "right_square_bracket",
        "cite(1)",
        "Cite",
        tooltip="Next citation of the item (across outlets)",
        id="cite.next",
        group=CITE,
    ),
    Binding(
        "n",
        "next(1)",
        "Next hit",
        show=False,
        tooltip="Next search hit in the source (else next citation)",
        id="hit.next",
    ),
    Binding(
        "N",
        "next(-1)",
        "Previous hit",
        show=False,
        tooltip="Previous search hit in the source (else citation)",
        id="hit.previous",
    ),
    Binding("backspace,ctrl+o,alt+left", "jump_back", "Back", tooltip="Back through jumps", id="back"),
    Binding("ctrl+i,alt+right", "jump_forward", "Forward", show=False, tooltip="Forward through jumps", id="forward"),
    *(
        Binding(
            str(n),
            f"section('{section}')",
            title,
            tooltip=f"{title}: {SECTION_HINTS[section]}",
            id=f"section.{section}",
            group=SECTION_KEYS,
        )
        for n, (section, title) in enumerate(SECTIONS, 1)
    ),
    Binding("a", "articles", "Articles", tooltip="Open an article by title", id="articles"),
    Binding(
        "e", "edit", "Edit", show=False, tooltip="Edit the folder's briefing.md in $EDITOR, then reload", id="edit"
    ),
    Binding(
        "o",
        "toggle_view",
        "Briefing/Source",
        show=False,
        tooltip="Switch between briefing and source",
        id="switch-pane",
    ),
    Binding("t", "toggle_theme", "Theme", show=False, tooltip="Toggle light and dark themes", id="theme"),
    Binding("q", "quit", "Quit", tooltip="Quit (the reader remembers where it was)", id="quit"),
    # ctrl+c quits as in any terminal program (Textual's own ctrl+c only says to press ctrl+q).
    Binding("ctrl+c", "quit", "Quit", show=False, priority=True, id="quit.interrupt"),
]


def inherited(cls: type) -> list[Binding]:
    """The bindings ``cls`` inherits from its bases (an OptionList's cursor keys)."""
    return [b for base in cls.__mro__[1:] for b in getattr(base, "BINDINGS", []) if isinstance(b, Binding)]


def keys_of(binding: Binding, user_keys: dict[str, str]) -> list[str]:
    """The keys a binding answers to now: the user's keymap first, else its own."""
    keys = user_keys.get(binding.id, binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


def key_names(binding: Binding, user_keys: dict[str, str], display: Callable[[Binding], str]) -> str:
    """The keys of ``binding`` as the footer shows them, comma-separated."""
    return ", ".join(display(Binding(k, binding.action)) for k in keys_of(binding, user_keys))


def list_bindings(own: Iterable[Binding], base: type) -> list[Binding]:
    """A list's keys for help: its own, then those of ``base`` itself (an OptionList's cursor keys).

    Only ``base``'s own table: the scrolling keys it inherits in turn
    (scroll left/right, page left/right) do nothing in a list of lines.
    """
    return [*own, *(b for b in base.__dict__.get("BINDINGS", []) if isinstance(b, Binding))]


#: Keys of the search box and the person card, for help (their screens bind them).
SEARCH_KEYS = [
    Binding("up,down,ctrl+p,ctrl+n", "move", "Move", tooltip="Move through the results (ctrl+p/ctrl+n as in readline)"),
    Binding("enter", "choose", "Jump", tooltip="Jump to the hit; a person or place opens its card"),
    Binding("escape", "close", "Close", tooltip="Close (on a card: back to the results)"),
]
#: Keys that come with every screen.
PALETTE_KEYS = [Binding("ctrl+p", "command_palette", "Palette", tooltip="Command palette: every action and article")]


def help_groups(lists: Iterable[Binding], source: Iterable[Binding]) -> list[tuple[str, list[Binding]]]:
    """The help screen's groups: everywhere, the briefing's lists, the source, search, the palette."""
    return [
        ("Everywhere", READER_BINDINGS),
        ("Briefing lists", list(lists)),
        ("Source", list(source)),
        ("Search box (/)", SEARCH_KEYS),
        ("Palette", PALETTE_KEYS),
    ]

"""The reader's own key bindings, and how they are named in help, the palette and the footer.

Each binding has an id, which ``config.toml``'s ``[keys]`` table rebinds
(:mod:`briefing.store.config`); the help screen and the palette say each
binding's keys as bound now.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from textual.binding import Binding

from briefing.app.entries import SECTIONS

#: Bindings that hold anywhere in the reader.
READER_BINDINGS: list[Binding] = [
    Binding("q", "quit", "Quit", id="quit"),
    Binding("question_mark,f1", "help", "Help", tooltip="Show every key binding", id="help"),
    Binding(
        "right_square_bracket", "cite(1)", "Cite", tooltip="Next citation of the item (across outlets)", id="cite.next"
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
        "n", "next(1)", "Next", show=False, tooltip="Next search hit in the source (else next citation)", id="hit.next"
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
        Binding(str(n), f"section('{section}')", title, show=False, tooltip=f"Show {title}", id=f"section.{section}")
        for n, (section, title) in enumerate(SECTIONS, 1)
    ),
    Binding("slash", "search", "Search", show=False, tooltip="Search people, places, claims, sentences", id="search"),
    Binding("a", "articles", "Articles", show=False, tooltip="Open an article by title", id="articles"),
    Binding("t", "toggle_theme", "Theme", show=False, tooltip="Toggle light and dark themes", id="theme"),
    Binding(
        "e", "edit", "Edit", show=False, tooltip="Edit the folder's briefing.md in $EDITOR, then reload", id="edit"
    ),
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


def help_groups(lists: Iterable[Binding], source: Iterable[Binding]) -> list[tuple[str, list[Binding]]]:
    """The help screen's groups: everywhere, the briefing's lists, the source, panes and palette."""
    return [
        ("Everywhere", READER_BINDINGS),
        ("Briefing lists", list(lists)),
        ("Source", list(source)),
        ("Panes", [Binding("tab", "", "Next pane"), Binding("shift+tab", "", "Previous pane")]),
        ("Palette", [Binding("ctrl+p", "", "Command palette: every action and article")]),
    ]

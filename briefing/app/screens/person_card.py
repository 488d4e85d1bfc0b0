"""A person's (or a place's) card: who they are, how outlets spell them, every mention.

Each mention is a jump: Enter dismisses the card with the sentence's
:class:`Location` in the source pane, so the caller records it in history.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from briefing.app.text import highlighted, plain
from briefing.history import Location
from briefing.model import Briefing, Person, Place
from briefing.search.hits import sentence_where

#: Characters of a mention shown around the name.
WINDOW = 120


def name_spans(text: str, names: list[str]) -> list[tuple[int, int]]:
    """Where any of the names (or their last words, "Gofman" for "Roman Gofman") occur in ``text``."""
    words = {n for n in names if n} | {n.split()[-1] for n in names if n.split()}
    pattern = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if not pattern:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf"\b(?:{pattern})\b", text, re.IGNORECASE)]


def card_facts(entity: Person | Place) -> list[tuple[str, str]]:
    """(label, value) lines for the card's header."""
    variants = [v for v in entity.variants if v != entity.name]
    if isinstance(entity, Person):
        facts = [
            ("Roles", "; ".join(entity.roles) or "—"),
            ("Party", entity.party or "—"),
        ]
        if entity.kind != "official":
            facts.append(("Kind", entity.kind))
    else:
        facts = [("Kind", entity.kind or "place")]
    facts.append(("Also spelt", ", ".join(variants) or "—"))
    facts.append(("Mentions", str(len(entity.mentions))))
    return facts


class PersonCard(ModalScreen[Location | None]):
    """The card of a person or a place; dismisses with a mention's location, or None."""

    DEFAULT_CSS = """
    PersonCard { align: center top; }
    PersonCard > Vertical {
        width: 90%; max-width: 140; height: 80%; margin-top: 2;
        border: round $accent; background: $surface; padding: 0 1;
    }
    PersonCard #card-name { text-style: bold; }
    PersonCard #card-facts { margin-bottom: 1; }
    PersonCard OptionList { height: 1fr; border: none; }
    """
    MOVES_WITH_CTRL_P = True  # as in the search box (see BriefingApp.check_action)
    BINDINGS = [  # noqa: RUF012  (Textual reads the class attribute)
        Binding("enter", "jump", "Jump", tooltip="Jump to this mention in the source", priority=True),
        Binding("down,ctrl+n", "move(1)", "Move", key_display="↑↓"),
        Binding("up,ctrl+p", "move(-1)", "Previous", show=False),
        Binding("escape", "close", "Back", tooltip="Back to the search results"),
    ]

    def __init__(self, briefing: Briefing, entity: Person | Place) -> None:
        super().__init__()
        self.briefing = briefing
        self.entity = entity

    def compose(self) -> ComposeResult:
        facts = Text()
        for n, (label, value) in enumerate(card_facts(self.entity)):
            facts.append(("\n" if n else "") + f"{label}: ", style="dim")
            facts.append_text(plain(value))
        with Vertical():  # where the search box was, in its place: the card replaces it, not stacks on it
            yield Static(plain(self.entity.name), id="card-name")  # a curated name is outside text, never markup
            yield Static(facts, id="card-facts")
            yield OptionList(*self._mentions(), id="card-mentions")
        yield Footer(compact=True, show_command_palette=False)  # the card's keys

    def _mentions(self) -> list[Option]:
        sources = {src.id: src for src in self.briefing.sources}
        sentences = {s.id: s for src in self.briefing.sources for s in src.sentences}
        names = [self.entity.name, *self.entity.variants]
        options = []
        for sid in self.entity.mentions:
            sent = sentences.get(sid)
            if sent is None:
                continue
            line = highlighted(sent.text, name_spans(sent.text, names), WINDOW)
            line.append_text(plain(f"\n    {sentence_where(sources.get(sent.source_id), sent)}", "dim"))
            options.append(Option(line, id=sid))
        return options

    def on_mount(self) -> None:
        self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#card-mentions")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(Location("source", event.option.id))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_jump(self) -> None:
        self.query_one(OptionList).action_select()

    def action_move(self, step: int) -> None:
        mentions = self.query_one(OptionList)
        (mentions.action_cursor_down if step > 0 else mentions.action_cursor_up)()

"""The command palette (ctrl+p): every reader action, and every article by title.

The provider asks the app for its commands through :class:`PaletteSource`,
a protocol, so this module never imports the app (no import loop).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider, SimpleCommand

from briefing.history import Location
from briefing.model import Briefing, Claim

#: A palette entry: its name, its help line, and what choosing it does.
Command = tuple[str, str, Callable[[], object]]


class PaletteSource(Protocol):
    """What an app offers the palette."""

    def palette_commands(self) -> list[Command]: ...


class ReaderCommands(Provider):
    """Actions from the reader's bindings plus "Open article: …" for each source."""

    def _commands(self) -> list[Command]:
        return cast(PaletteSource, self.app).palette_commands()

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(callback), help=help_text)


def call(fn: Callable[..., object], *args: object) -> Callable[[], object]:
    """``fn`` with its arguments bound, as a palette entry's callback."""

    def bound() -> object:
        return fn(*args)

    return bound


def citing_commands(
    briefing: Briefing, claims: list[Claim], go_to: Callable[[Location], object]
) -> list[SimpleCommand]:
    """One entry per claim citing a sentence; choosing it goes to the claim in its section."""
    panes = ("summary", "outcomes", "demands", "discrepancies")
    pane_of = {c.id: pane for pane in panes for c in getattr(briefing, pane)}
    return [
        SimpleCommand(f"{pane_of[c.id].title()}: {c.text}", call(go_to, Location(pane_of[c.id], c.id)), "cites this")
        for c in claims
    ]


def article_commands(briefing: Briefing, open_article: Callable[[str], object]) -> list[SimpleCommand]:
    """One entry per article, "title — outlet", its path as help."""
    return [
        SimpleCommand(f"{s.title} — {s.outlet_name}", call(open_article, s.id), s.path or "") for s in briefing.sources
    ]

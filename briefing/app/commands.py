"""The command palette (ctrl+p): every reader action, every article by title, the claims citing a sentence.

Textual's palette parses a plain-string entry as markup (``SimpleProvider``
and ``Matcher.highlight`` both call ``Content.from_markup``; so does the
help line), so an article titled ``[@click=app.quit]…`` would be a live
action and a stray ``[/]`` a crash. Every entry here is built as
``Content`` from :func:`briefing.sanitize.visible` text and highlighted by
offsets, never parsed. The provider asks the app for its commands through
:class:`PaletteSource`, a protocol, so this module never imports the app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, cast

from textual.binding import Binding
from textual.command import CommandPalette, DiscoveryHit, Hit, Hits, Provider, SimpleProvider
from textual.content import Content
from textual.fuzzy import Matcher

from briefing.history import Location
from briefing.model import Briefing, Claim
from briefing.sanitize import one_line

if TYPE_CHECKING:
    from textual.app import App
    from textual.screen import Screen

#: A palette entry: its name, its help line, and what choosing it does. Names and help are plain text.
Command = tuple[str, str, Callable[[], object]]
#: Longest name shown (and matched): a 10,000-character headline would fill the palette.
NAME_LIMIT = 200


class PaletteSource(Protocol):
    """What an app offers the palette."""

    def palette_commands(self) -> list[Command]: ...


def _shown(text: str) -> str:
    text = one_line(text)
    return text if len(text) <= NAME_LIMIT else text[: NAME_LIMIT - 1] + "…"


def _highlighted(matcher: Matcher, name: str) -> Content:
    """``name`` as literal content, the letters the query matched styled (what ``Matcher.highlight`` does, unparsed)."""
    content = Content(name)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


async def _search(matcher: Matcher, commands: Iterable[Command]) -> Hits:
    for name, help_text, callback in commands:
        shown = _shown(name)
        score = matcher.match(shown)
        if score > 0:
            yield Hit(score, _highlighted(matcher, shown), callback, text=shown, help=Content(_shown(help_text)))


async def _discover(commands: Iterable[Command]) -> Hits:
    for name, help_text, callback in commands:
        shown = _shown(name)
        yield DiscoveryHit(Content(shown), callback, text=shown, help=Content(_shown(help_text)))


class ReaderCommands(Provider):
    """Actions from the reader's bindings (keys as the user's config bound them: outside text too)."""

    def _commands(self) -> list[Command]:
        return cast(PaletteSource, self.app).palette_commands()

    async def discover(self) -> Hits:
        async for hit in _discover(self._commands()):
            yield hit

    async def search(self, query: str) -> Hits:
        async for hit in _search(self.matcher(query), self._commands()):
            yield hit


class ListProvider(SimpleProvider):
    """A fixed list of entries (articles, citing claims), shown literally.

    A ``SimpleProvider`` in all but how it shows them: the palette accepts
    only that class as a provider made in advance.
    """

    def __init__(self, screen: Screen[object], commands: list[Command]) -> None:
        super().__init__(screen, [])
        self.commands = commands

    async def discover(self) -> Hits:
        async for hit in _discover(self.commands):
            yield hit

    async def search(self, query: str) -> Hits:
        async for hit in _search(self.matcher(query), self.commands):
            yield hit


def show_list(app: App[None], commands: list[Command], placeholder: str) -> None:
    """``App.search_commands`` for outside text: a palette over ``commands``, nothing parsed as markup."""
    app.push_screen(CommandPalette(providers=[ListProvider(app.screen, commands)], placeholder=placeholder))


def binding_commands(
    reader: list[tuple[Binding, Callable[[], object]]],
    source: list[tuple[Binding, Callable[[], object]]],
    key_names: Callable[[Binding], str],
    switch: Callable[[], object],
) -> list[Command]:
    """Palette entries from bindings and what running each does: named by its tooltip, with its keys as help."""
    out: list[Command] = [(b.tooltip or b.description, f"keys: {key_names(b)}", run) for b, run in reader]
    out += [(f"Source: {b.tooltip or b.description}", f"keys: {key_names(b)}", run) for b, run in source]
    out.append(("Switch pane", "Move between the briefing and the source", switch))
    return out


def call(fn: Callable[..., object], *args: object) -> Callable[[], object]:
    """``fn`` with its arguments bound, as a palette entry's callback."""

    def bound() -> object:
        return fn(*args)

    return bound


def citing_commands(briefing: Briefing, claims: list[Claim], go_to: Callable[[Location], object]) -> list[Command]:
    """One entry per claim citing a sentence; choosing it goes to the claim in its section."""
    panes = ("summary", "outcomes", "demands", "discrepancies")
    pane_of = {c.id: pane for pane in panes for c in getattr(briefing, pane)}
    return [
        (f"{pane_of[c.id].title()}: {c.text}", "cites this", call(go_to, Location(pane_of[c.id], c.id))) for c in claims
    ]


def article_commands(briefing: Briefing, open_article: Callable[[str], object]) -> list[Command]:
    """One entry per article, "title — outlet", its path as help."""
    return [(f"{s.title} — {s.outlet_name}", s.path or "", call(open_article, s.id)) for s in briefing.sources]

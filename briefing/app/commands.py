"""The command palette (ctrl+p): every reader action, and every article by title."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, cast

from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from briefing.app.app import BriefingApp


class ReaderCommands(Provider):
    """Actions from the reader's bindings plus "Open article: …" for each source."""

    def _commands(self) -> list[tuple[str, str, Callable[[], object]]]:
        app = cast("BriefingApp", self.app)
        return app.palette_commands()

    async def discover(self) -> Hits:
        for name, help_text, callback in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), partial(callback), help=help_text)

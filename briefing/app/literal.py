"""An App whose every notice, header line and exit message shows outside text literally.

Textual parses a notification's message as markup unless told not to, and
neither it nor Rich (which prints an exit message after the app closes,
wrapped at 80 columns when stderr is not a terminal) strips escape
sequences: a file name carrying ``[@click=app.quit]`` or ``ESC ] 0 ;`` would
act. The overrides here route all three through
:func:`briefing.sanitize.visible`, so no call site can forget to; an exit
message is kept for the caller to print as one line (:attr:`exit_message`).
"""

from __future__ import annotations

from rich.console import RenderableType
from textual.app import App
from textual.binding import Binding
from textual.content import Content
from textual.notifications import SeverityLevel

from briefing.sanitize import one_line, visible


class LiteralApp(App[None]):
    """``App`` with ``notify``, ``format_title`` and ``exit`` that never parse or pass through outside text."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice, shown literally whatever ``markup`` says (file names and errors are outside text)."""
        super().notify(visible(str(message)), title=one_line(title), severity=severity, timeout=timeout, markup=False)

    def format_title(self, title: str, sub_title: str) -> Content:
        """The header's line: the title is a headline, outside text."""
        return super().format_title(one_line(title), one_line(sub_title))

    def get_key_display(self, binding: Binding) -> str:
        """A key as the footer, help and palette show it: keys come from the user's config file."""
        return one_line(super().get_key_display(binding))

    #: The message to print once the app has left (see :meth:`exit`), one line, safe for a terminal.
    exit_message: str | None = None

    def exit(self, result: None = None, return_code: int = 0, message: RenderableType | None = None) -> None:
        """Leave; a message string is kept in :attr:`exit_message` for the caller, not printed by Rich."""
        if isinstance(message, str):
            self.exit_message, message = one_line(message), None
        super().exit(result, return_code, message)

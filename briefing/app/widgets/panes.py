"""The two panes side by side, or one at a time in a narrow terminal.

Classes on this container (not the screen) switch the layout, so a switch
restyles only the panes: ``-narrow`` below :data:`NARROW` columns, and
``-show-briefing`` / ``-show-source`` for the pane in use.
"""

from __future__ import annotations

from textual import events
from textual.containers import Horizontal

from briefing.app.widgets.sections import tabs_width

#: Fewest columns the source pane gets beside the briefing; narrower, the panes are shown one at a time.
SOURCE_MIN = 44
#: Below this many columns the panes are shown one at a time (the tabs and a readable source side by side).
NARROW = max(100, tabs_width() + SOURCE_MIN + 1)
_CLASSES = ("-narrow", "-show-source", "-show-briefing")


def width_classes(width: int, showing: str) -> list[str]:
    """The classes for a terminal ``width`` columns wide showing ``showing`` ("briefing" or "source")."""
    narrow = ["-narrow"] if width < NARROW else []
    return [*narrow, f"-show-{showing}"]


class Panes(Horizontal):
    """The briefing pane and the source pane; knows only how wide it is and which pane is in use."""

    def __init__(self, *children, width: int, showing: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*children, classes=" ".join(width_classes(width, showing)), **kwargs)
        self.showing = showing

    def arrange_for(self, width: int, showing: str) -> None:
        """Apply the layout for ``width`` columns with ``showing`` in use."""
        self.showing = showing
        wanted = set(width_classes(width, showing))
        for name in _CLASSES:
            self.set_class(name in wanted, name)

    def on_resize(self, event: events.Resize) -> None:
        """A resized terminal gets the layout it would have had at that size from the start.

        The size is the event's: the app's own ``size`` may not have
        caught up yet when its resize is handled, which left two squeezed
        panes after 120→80 columns and one pane after 80→120.
        """
        self.arrange_for(event.size.width, self.showing)

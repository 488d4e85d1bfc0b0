"""The two panes side by side, or one at a time in a narrow terminal.

Classes on this container (not the screen) switch the layout, so a switch
restyles only the panes: ``-narrow`` below :data:`NARROW` columns, and
``-show-briefing`` / ``-show-source`` for the pane in use.
"""

from __future__ import annotations

from textual.containers import Horizontal

NARROW = 100  # below this many columns the panes are shown one at a time
_CLASSES = ("-narrow", "-show-source", "-show-briefing")


def width_classes(width: int, showing: str) -> list[str]:
    """The classes for a terminal ``width`` columns wide showing ``showing`` ("briefing" or "source")."""
    narrow = ["-narrow"] if width < NARROW else []
    return [*narrow, f"-show-{showing}"]


class Panes(Horizontal):
    """The briefing pane and the source pane; knows only how wide it is and which pane is in use."""

    def __init__(self, *children, width: int, showing: str, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*children, classes=" ".join(width_classes(width, showing)), **kwargs)

    def arrange_for(self, width: int, showing: str) -> None:
        """Apply the layout for ``width`` columns with ``showing`` in use."""
        wanted = set(width_classes(width, showing))
        for name in _CLASSES:
            self.set_class(name in wanted, name)

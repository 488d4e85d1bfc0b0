"""Outside text made safe to show: the one function every screen and terminal line goes through.

Article text, titles, outlets, file names, curated briefings, config and
cache are written by someone else. Shown raw, their control characters
drive the terminal (OSC 0 sets the window title, OSC 52 the clipboard, CSI
clears the screen) and bidi overrides reorder what is read. :func:`visible`
replaces each such character one for one by a visible stand-in, so offsets
into the text stay valid; widgets then take the result as ``Text``/``Content``,
never as markup.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    return "\ufffd" if code < 0x200E else " "  # C1 controls; bidi marks become spaces


def visible(text: str) -> str:
    """Replace control characters one for one (length preserved); tabs become spaces."""
    return _CONTROL.sub(_stand_in, text.replace("\t", " "))


def one_line(text: str) -> str:
    """:func:`visible` for a message line: newlines become spaces too."""
    return visible(text.replace("\n", " "))

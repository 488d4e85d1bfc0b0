"""Outside text made safe to show: the one function every screen and terminal line goes through.

Article text, titles, outlets, file names, curated briefings, config and
cache are written by someone else. Shown raw, their control characters
drive the terminal (OSC 0 sets the window title, OSC 52 the clipboard, OSC 8
makes links, CSI clears the screen or moves the cursor, DCS sends device
strings, ``ESC c`` resets the terminal) and bidi overrides reorder what is
read. :func:`visible` replaces each such character one for one by a visible
stand-in, so offsets into the text stay valid; widgets then take the result
as ``Text``/``Content``, never as markup.

A file name that is not UTF-8 arrives as a string with lone surrogates
(Python's ``surrogateescape``); written to a terminal or a UTF-8 file it
raises, or produces bytes that are not UTF-8. :func:`visible` and
:func:`utf8` show each such byte as U+FFFD.
"""

from __future__ import annotations

import re

#: C0 controls but tab and newline, DEL, C1 controls, bidi marks/embeddings/overrides/isolates, lone surrogates.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: Characters JSON may carry unescaped that a terminal would still act on: C1 controls, bidi, line separators.
_JSON_RISKY_RANGES = (
    (0x7F, 0x9F),
    (0x61C, 0x61C),
    (0x200E, 0x200F),
    (0x2028, 0x2029),
    (0x202A, 0x202E),
    (0x2066, 0x2069),
)
_JSON_RISKY = re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in _JSON_RISKY_RANGES) + "]")
#: The same characters as UTF-8 byte sequences (each starts at a character boundary of valid UTF-8).
_JSON_RISKY_UTF8 = re.compile(
    b"|".join(re.escape(chr(c).encode()) for a, b in _JSON_RISKY_RANGES for c in range(a, b + 1))
)


def _stand_in(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟, e.g. ESC shows as ␛
    if code == 0x7F:
        return "\u2421"  # ␡
    if code < 0xA0 or code >= 0xD800:
        return "\ufffd"  # C1 controls, bytes of a name that is not UTF-8
    return " "  # bidi marks, overrides and isolates


def visible(text: str) -> str:
    """Replace control characters one for one (length preserved); tabs become spaces."""
    return _CONTROL.sub(_stand_in, text.replace("\t", " "))


def one_line(text: str) -> str:
    """:func:`visible` for a message line: newlines become spaces too."""
    return visible(text.replace("\n", " "))


def utf8(text: str) -> str:
    """``text`` fit to encode as UTF-8: each undecodable byte of a file name (a lone surrogate) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def json_safe(text: str) -> str:
    """JSON text with the characters a terminal acts on written as ``\\uXXXX``: the same JSON value, harmless shown.

    ``json.dumps(..., ensure_ascii=False)`` escapes C0 controls but leaves C1
    controls and bidi overrides raw. Only call this on JSON text: outside
    string literals these characters cannot occur.
    """
    return _JSON_RISKY.sub(lambda m: f"\\u{ord(m.group()):04x}", utf8(text))


def json_safe_utf8(data: bytes) -> bytes:
    """:func:`json_safe` for JSON already encoded as valid UTF-8: no decoding, no copy when nothing is risky.

    A large briefing's JSON is hundreds of megabytes; as text it would be
    decoded, scanned and encoded again, each a copy held at once.
    """
    return _JSON_RISKY_UTF8.sub(lambda m: b"\\u%04x" % ord(m.group().decode()), data)

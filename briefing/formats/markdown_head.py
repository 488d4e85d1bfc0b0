"""The head of a curated briefing: its title and summary, read before the rest.

A large curated briefing takes seconds to read whole (markdown-it's
inline pass over tens of thousands of bullets), its summary a few
milliseconds. So that the reader's first frame shows the summary, as it
does for a derived briefing, the lines before the first section and those
of the Summary section are read on their own, as a briefing of their own,
before the whole file is. The whole read (:func:`markdown_read.parse`)
stays the authority: it replaces the head when done and reports errors.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing import patterns
from briefing.errors import InputError
from briefing.formats.markdown_read import parse
from briefing.formats.markdown_syntax import SUMMARY
from briefing.model import Head, Source

#: An ATX heading of level 2 (CommonMark: up to three spaces of indent, then a space, a tab or the end).
_SECTION = patterns.compile(r" {0,3}##(?=[ \t\r\n]|$)(?P<title>.*)")


def head_of(text: str, sources: Sequence[Source], name: str = "briefing.md") -> Head | None:
    """The curated briefing's :class:`Head`, from its title and Summary lines; None if they do not read."""
    lines = text.splitlines(keepends=True)
    starts = [i for i, line in enumerate(lines) if _SECTION.match(line)]
    kept = lines[: starts[0]] if starts else list(lines)
    for at, end in zip(starts, [*starts[1:], len(lines)], strict=False):  # no sections: no pairs
        if _title(lines[at]) == SUMMARY.lower():
            kept += lines[at:end]
            break
    try:
        parsed = parse("".join(kept), sources, name)
    except (InputError, RecursionError):
        return None
    parsed.briefing.origin = "curated"
    return Head.of(parsed.briefing)


def _title(line: str) -> str:
    match = _SECTION.match(line)
    return match["title"].strip().rstrip("#").strip().lower() if match else ""

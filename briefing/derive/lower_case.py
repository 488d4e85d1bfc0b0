"""Case-insensitive cue lists run on lower-cased ASCII text: the same matches, several times faster.

Python's engine, ignoring case, compares letter by letter through its case tables and gives up the
literal scans it uses otherwise, so a cue list searched over every sentence of a folder costs several
times what it would case-sensitively. A list written in lower case finds the same spans, case-sensitively,
in the lower-cased sentence, as long as the sentence is ASCII: ignoring case also folds some other letters
to ASCII ones (the long s to "s", the Kelvin sign to "k", the dotless i to "i"), which lower-casing does
not, so any other sentence is searched with the pattern as written. Lower-casing keeps every position,
so a match's span reads the same in the sentence as written. Shared by the stages that search every
sentence (outcomes, the occasion, the schedule, figures), which also skip (:func:`holds_any`) the
sentences without any of the words a pattern needs.
"""

from __future__ import annotations

import re

from briefing import patterns


def lower_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive pattern written in lower case, as the case-sensitive pattern for lower-cased text."""
    written = re.sub(r"\\[A-Za-z]|\(\?P[<=]", "", pattern.pattern)  # escapes (\b, \W) and group names: no letters
    if not pattern.flags & re.IGNORECASE or re.search(r"[A-Z]|\(\?[aiLmsux-]+[:)]", written):  # nor local flags
        raise ValueError(f"not a case-insensitive pattern in lower case: {pattern.pattern!r}")
    return patterns.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def holds_any(words: tuple[str, ...], text: str) -> bool:
    """Whether ``text`` may hold, in any case, one of ``words`` (lower case): a quicker test than any pattern.

    A cue list whose every match holds one of ``words`` need not be searched where this is False.
    """
    if not text.isascii():
        return True
    low = text.lower()
    for word in words:  # noqa: SIM110 - a loop: quicker than any() over a generator, every sentence
        if word in low:
            return True
    return False

"""A sentence turned into a claim: the attribution clutter around what it says trimmed.

Shared by every stage that quotes a sentence as a claim (summary, demands,
outcomes) or reads what it asserts (figures, the occasion), so a claim
reads the same wherever it is listed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing import patterns

if TYPE_CHECKING:
    from briefing.model import Source

_ATTRIBUTION_HEAD = patterns.compile(
    r"^(?:(?:according to|as)\b[^,]{0,120}?(?:reported|reports|detailed|noted|said|observed|news|report)?,\s+"
    r"|(?:in|at) (?:a |an )?(?:interview|statement|briefing)\b[^,]{0,60},\s+)",
    re.I,
)
_ATTRIBUTION_MID = patterns.compile(r",?\s+(?:—|–|-)\s+as [^—–-]{0,80}(?:reported|detailed|noted)\s+(?:—|–|-)\s*", re.I)
_ATTRIBUTION_TAIL = patterns.compile(r",\s+(?:a |an |the )?[\w\s’'-]{0,60}\b(?:told|said|say|says)\b[^,]{0,60}\.$")


def statement(text: str) -> str:
    """A sentence as a claim: attribution clutter ("According to X, ...", "..., an official told Y.") trimmed."""
    out = _ATTRIBUTION_HEAD.sub("", text.strip())
    out = _ATTRIBUTION_MID.sub(" ", out)
    out = _ATTRIBUTION_TAIL.sub(".", out) if out.count("“") == 0 else out
    out = out.strip()
    if len(out.split()) < 5:
        return text.strip()
    return out[0].upper() + out[1:]


#: A line of page furniture: a ticker, a share bar, a menu (" | "-separated items).
_TICKER = patterns.compile(r"(?:\s\|\s.*){2}")
#: Fewest words of what follows glued furniture for it to be read as the sentence.
#: A dateline before an article's first sentence ("DUSHANBE, Oct 9 (TPA) – "; a city and the outlet in title
#: case, as rewrites write it: "Dushanbe – Pamir Herald: "): where and when the report was filed, not what it reports.
DATELINE = patterns.compile(
    r"^[A-Z][A-Z .’'-]{2,40}(?:,[^—–]{0,60})?\s+[—–-]+\s+"
    r"|^[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+)?\s+[—–]\s+(?:[A-Z][\w’'.&-]*\s+){0,3}[A-Z][\w’'.&-]*:\s+(?=[A-Z])"
)
MIN_WORDS = 6


#: A body sentence as the contradiction stages read it: (sentence id, what it asserts, outlet, (source, index)).
Asserted = tuple[str, str, str, tuple[int, int]]


def asserted_sentences(sources: list[Source], outlet: dict[str, str]) -> list[Asserted]:
    """Every body sentence that asserts something, with its outlet and place in reading order.

    Built once per derivation and shared by the stages that compare outlets (occasion, schedule):
    :func:`assertion_text` runs over every sentence, and each stage used to run it again.
    """
    return [
        (s.id, text, outlet[src.id], (n, s.index))
        for n, src in enumerate(sources)
        for s in src.body
        if (text := assertion_text(s.text))
    ]


def assertion_text(text: str) -> str | None:
    """What a sentence asserts, without page furniture glued before it on other lines; None for a ticker line.

    A caption or a byline the page glued before a sentence ("Photo: …\nIsrael and …")
    stays in the sentence (ingestion never deletes), but only its last line says anything.
    Every stage asks this of every sentence, so a line without a bar is not searched for a ticker.
    """
    if "\n" not in text:  # one line: it says something unless it is a ticker or blank (no words to count)
        last = text.strip()
        return None if not last or ("|" in last and _TICKER.search(last)) else last
    last = text.rsplit("\n", 1)[-1].strip()
    if ("|" in last and _TICKER.search(last)) or len(last.split()) < MIN_WORDS:
        return None
    return last

"""Lists of demands: an intro ending in ":" hands its speaker and stance to each item under it.

"The delegation listed three points:", "In the first phase, the
rebels' demands are:", "The government demands that the rebels:" are
intros; the lines after them that start with a list marker ("→", "-",
"•", "1.", "(a)"), or follow a bare marker line, are its items, in the
same sentence or in the sentences after it. An intro that speaks of what
was agreed ("the two delegations agreed:", "the deal's main points:") is
not one side's list: its items are outcomes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.quick_re import quick_compile

#: A list item's marker at the start of a line.
MARKER = patterns.compile(r"^\s*(?:[→•▪◦‣⁃*·►▸✓✔–—-]|\d{1,2}[.)](?!\d)|\(?[a-zA-Z]\)|\(?[ivx]{1,4}\))\s*")
#: A line that is only a marker ("1.", "-"): the item is the next line.
BARE = patterns.compile(r"^\s*(?:[→•▪◦‣⁃*·►▸–—-]|\d{1,2}[.)]|\(?[a-zA-Z]\)|\(?[ivx]{1,4}\))\s*$")
#: Nouns that make a line ending in ":" a list of one side's positions, with the stance they give.
_LIST_NOUNS = quick_compile(
    r"\b(?P<noun>demands?|conditions?|preconditions?|points?|priorities|requests?|proposals?|terms|red\s+lines?|"
    r"objectives?|goals?|aims|positions?|requirements?|asks|wishes|expectations|principles|list|paper|"
    r"memorandum|document|proposal|counter-?proposal|offer|following)\b",
    re.IGNORECASE,
)
_STANCE_OF_NOUN = {"conditions": "condition", "condition": "condition", "preconditions": "condition"}
_OFFER_NOUNS = frozenset({"proposal", "proposals", "offer"})
#: Words of an agreed text: its list is what both sides committed to, not one side's demands.
_AGREED = quick_compile(
    r"\b(?:agreed|agree|agreement|signed|deal|arrangement|accord|communiqu\w*|joint|both\s+sides|two\s+sides|"
    r"two\s+delegations|the\s+parties|commit\w*|outcome|results?|provides?\s+for|main\s+points\s+of\s+the)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ListContext:
    """What an intro hands its items: the party, the stance, whether it is second-hand, a shared head."""

    party: str
    stance: str
    reported: bool
    head: str = ""  # "The government demands that the rebels:" -> "the rebels"


def is_intro(line: str) -> bool:
    """A line that opens a list: it ends with ":" and is long enough to say who lists what."""
    text = line.strip()
    return text.endswith(":") and len(text.split()) >= 2 and not MARKER.match(text)


def agreed_intro(line: str) -> bool:
    return bool(_AGREED.search(line))


def list_stance(line: str) -> str | None:
    """The stance a list intro gives its items by its nouns alone, or None when it names no list."""
    m = _LIST_NOUNS.search(line)
    if not m:
        return None
    noun = m.group("noun").lower()
    if noun in _OFFER_NOUNS:
        return "offer"
    return _STANCE_OF_NOUN.get(noun, "demand")


def item_text(line: str) -> str | None:
    """The words of a list item, marker and list punctuation dropped; None when the line is no item."""
    m = MARKER.match(line)
    if not m:
        return None
    return strip_item(line[m.end() :])


def strip_item(text: str) -> str:
    text = text.strip()
    text = re.sub(r"(?:[;,.]|;\s*and|,\s*and|\s+and|;\s*or)$", "", text).strip()
    return text


def item_stance(text: str, default: str) -> str:
    """An item may carry its own stance: "no release of …" refuses, "… only if …" conditions."""
    low = text.lower()
    if re.match(r"(?:no|not|never)\b", low):
        return "reject"
    if re.search(r"\bonly\s+(?:if|once|after)\b|\bprovided\s+that\b|\bon\s+condition\b", low):
        return "condition"
    return default


def refused(text: str) -> str:
    """What an item refuses, its "no" dropped: "no new checkpoints on the road" -> "new checkpoints on the road"."""
    return re.sub(r"^(?:no|never)\s+(?=[\w“\"‘'])", "", text.strip(), flags=re.IGNORECASE) or text


def lines(text: str) -> list[str]:
    """The sentence's lines, a line that ends in a comma run on into the next unless that one opens a list
    item: a pasted page hard-wraps "wants A, B and the Lower Valley,\nthe Upper Valley and ..." mid-list, and a
    wrapped bullet ("- delivery of 500 tonnes of grain a month,\n  as fixed in the protocol;") goes on."""
    if "\n" not in text:
        return [text]  # most sentences are one line
    out: list[str] = []
    for line in text.split("\n"):
        if out and out[-1].rstrip().endswith(",") and line.strip() and not MARKER.match(line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out

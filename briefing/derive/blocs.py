"""Groups of states that act as one side: "the E3 (France, Germany and Britain)", "the Troika — the
United States, Britain and Norway —".

News English introduces such a bloc once by its name and the states in it, then lets each member's
officials speak ("Germany's political director ..."); at the table they sit in one delegation. A
bloc is found from that introduction alone (a short capitalised name, then two or more states of
the lexicon in brackets or between dashes), so no list of blocs is needed and one named otherwise
in another negotiation is found the same way.
"""

from __future__ import annotations

import re

from briefing.derive import lexicon
from briefing.derive.lexicon import UPPER
from briefing.model import Source

#: A bloc's name, then its members between brackets or dashes.
_INTRODUCED = re.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][\w-]{{0,12}}(?:\s+[{UPPER}][\w-]*)?)\s*"
    r"(?:\((?P<paren>[^()]{5,120})\)|[—–]\s*(?P<dash>[^—–]{5,120}?)\s*[—–])"
)
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)")
_ARTICLE = re.compile(r"^(?:the\s+)", re.IGNORECASE)
_MEMO: dict[tuple[tuple[str, int], ...], dict[str, tuple[str, ...]]] = {}


def find_blocs(sources: list[Source]) -> dict[str, tuple[str, ...]]:
    """Each bloc the sources introduce -> the states in it, in the order first given (kept per sources)."""
    key = tuple((src.id, len(src.text)) for src in sources)
    if key not in _MEMO:
        out: dict[str, tuple[str, ...]] = {}
        for src in sources:
            for sent in src.sentences:
                for name, members in sentence_blocs(sent.text):
                    out.setdefault(name, members)
        _MEMO.clear()
        _MEMO[key] = out
    return _MEMO[key]


def sentence_blocs(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(bloc, members) introduced in one sentence: every item of the list must be a state."""
    found: list[tuple[str, tuple[str, ...]]] = []
    for m in _INTRODUCED.finditer(text):
        name = _ARTICLE.sub("", m.group("name"))
        if not name or lexicon.country_for(name) or name.lower() in ("the", "a"):
            continue
        items = [_ARTICLE.sub("", item.strip()) for item in _SPLIT.split(m.group("paren") or m.group("dash"))]
        states = [lexicon.country_for(item) for item in items if item]
        if len(states) >= 2 and all(states) and len(set(states)) == len(states):
            found.append((name, tuple(s for s in states if s)))
    return found


def member_bloc(blocs: dict[str, tuple[str, ...]], state: str | None) -> str | None:
    """The one bloc a state belongs to, or None."""
    owners = [name for name, members in blocs.items() if state in members]
    return owners[0] if len(owners) == 1 else None

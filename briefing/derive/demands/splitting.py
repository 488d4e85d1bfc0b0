"""One sentence, several demands: coordinated wants become one bullet each.

"Lima wants Quito to reopen the border and to free the drivers" is two
demands; "the release of the detainees and the return of the displaced"
is two; "troops, tanks and artillery" and "electricity, banking and
telecommunications" are one. Splits happen only where the next conjunct
repeats the frame ("and to …", "and also that …") or opens with a
determiner and an action noun ("and the release of …"), and only when
every piece keeps at least two words.
"""

from __future__ import annotations

import re

from briefing import patterns

#: "Quito to reopen …, and to free …": the object of an "X to do" demand, shared by each conjunct.
_OBJECT_TO = patterns.compile(
    r"^(?P<obj>(?:[\w’'.-]+\s+){1,6}?)to\s+"
    r"(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|all|every|each|some|any|no|both)\b)(?P<rest>[a-z].+)$",
    re.DOTALL,
)
_TO_SPLIT = patterns.compile(r",?\s+and\s+(?:also\s+)?to\s+|,\s+to\s+(?=[a-z]+\s)")
_THAT_SPLIT = patterns.compile(r",?\s+and\s+(?:also\s+)?that\s+")
#: Nouns of an act that head a demand of their own ("the release of", "an end to").
_ACT_NOUN = (
    r"(?:\w+(?:tion|sion|ment|al|ance|ence|ure|age|ing|ity)|\w+-(?:out|off|down|up|over)|end|halt|return|"
    r"release|exit|stop|ban|freedom|"
    r"recognition|right|rights|guarantees?|access|lifting|cessation|pullback|pull-out|handover|hand-over|"
    r"exchange|transfer|inquiry|inspection|review|cap|quota|cut|cuts|share|seat|role|say|zone|corridor|"
    r"ceasefire|truce|referendum|vote|amnesty|compensation|reparations|apology|timetable|deadline)"
)
_NP_SPLIT = patterns.compile(
    rf"(?:,\s+(?:and\s+)?|\s+and\s+)(?:also\s+)?(?=(?:the|an?|its|their|full|immediate|complete|international)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_ACT_NOUN}(?:\s+and\s+{_ACT_NOUN})?\s+(?:of|to|for|from|on|in|by|with|over|at)\b)"
    rf"|,?\s+and\s+(?:also\s+)?(?=(?:the|an?)\s+{_ACT_NOUN}\b)"
)
#: "calls for a pull-back of troops and for the release of …": the repeated "for" opens a second demand.
_FOR_SPLIT = patterns.compile(
    rf",?\s+and\s+(?:also\s+)?for\s+(?=(?:the|an?|its|their)\s+(?:[\w-]+\s+){{0,2}}?{_ACT_NOUN}\b)"
)
MIN_WORDS = 2


def split_demand(words: str, that_clause: bool = False) -> list[str]:
    """The separate demands in one demand's words (the words themselves when there is one).

    ``that_clause``: the words are a "that" complement, whose coordinated "and that …" is a second demand
    (elsewhere "and that" opens a second relative clause of one noun: "guidelines that … and that …").
    """
    words = words.strip()
    that = _split(words, _THAT_SPLIT) if that_clause else None
    pieces = _split_object_to(words) or that or _split(words, _FOR_SPLIT) or _split(words, _NP_SPLIT)
    return pieces or [words]


#: Words that continue a noun phrase after "and" or a comma, so no new verb phrase starts there.
_NOT_A_VERB = frozenset(
    "the a an its their his her our all any other more this that these those some each both new full further "
    "such also no in on at to from with for by of into under over near along across within without when where "
    "while which who whose if unless until before after as because since so though although".split()
)
_VP_SPLIT = patterns.compile(r",\s+(?:and\s+)?(?:also\s+)?|\s+and\s+(?:also\s+)?")


def _split_object_to(words: str) -> list[str] | None:
    """ "Quito to reopen the crossing, lift the tariffs and also free the drivers" -> one per verb phrase."""
    m = _OBJECT_TO.match(words)
    if not m or m.group("obj").strip().lower() in {"", "the", "a"}:
        return None
    rest = _split(m.group("rest"), _TO_SPLIT) or _verb_phrases(m.group("rest"))
    if not rest:
        return None
    obj = m.group("obj")
    return [f"{obj}to {piece}" for piece in rest]


def _verb_phrases(rest: str) -> list[str] | None:
    """Split at commas and "and" only where the next word can start a verb phrase (not "the", "Lima", "5")."""
    spans: list[list[int]] = []  # [start, end] of each piece in ``rest``
    begin = 0
    for sep in [*_VP_SPLIT.finditer(rest), None]:
        end = sep.start() if sep else len(rest)
        first = rest[begin:end].split(" ", 1)[0]
        if spans and (first.lower() in _NOT_A_VERB or not first.isalpha() or first[:1].isupper()):
            spans[-1][1] = end  # the separator and this piece continue the previous one
        else:
            spans.append([begin, end])
        if sep is not None:
            begin = sep.end()
    pieces = [rest[a:b].strip(" ,") for a, b in spans]
    if len(pieces) < 2 or any(len(p.split()) < MIN_WORDS for p in pieces):
        return None
    return pieces


def _split(words: str, pattern: re.Pattern[str]) -> list[str] | None:
    pieces = [p.strip(" ,") for p in pattern.split(words)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2 or any(len(p.split()) < MIN_WORDS for p in pieces):
        return None
    return pieces

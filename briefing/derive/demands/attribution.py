"""Who speaks a cue: the rule of its family applied to the clause it sits in, and quotes' speakers.

The subject of the cue's own clause (or of the clause before, for one with
none), the owner of a noun of wanting, the speaker of the clause that frames
it ("X made clear that …"), a frame ("For Lima, …"), a passive's agent, a
relative clause's antecedent; inside a quote, the quote's speaker
(:func:`quote_speaker`). Phrases become parties in :mod:`.speakers`.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.demands.clauses import (
    INHERIT,
    Clause,
    clause_at,
    previous_subject,
    subject_before_verb,
)
from briefing.derive.demands.cues import Cue
from briefing.derive.demands.speakers import NOBODY, Memory, Speakers, Who
from briefing.derive.memo import per_run

_QUOTE_TAIL = patterns.compile(
    r"[”\"]\s*,?\s+(?P<who>(?:an?\s+|the\s+)?[^“”\",.;:]{2,80}?)\s+(?:said|says|told|added|warned|insisted|stressed|"
    r"wrote|explained|declared|argued|noted)\b"
)
_QUOTE_INVERTED = patterns.compile(
    r"[”\"]\s*,?\s+(?:said|says|added|wrote|argued|noted|warned)\s+(?P<who>[^,.;“”\"]{2,80})"
)
_SAYS_THEN_QUOTE = (
    r"\s+(?:said|says|told\s+[^“”\"]{1,40}?|added|warned|insisted|stressed|declared|wrote)(?:\s+that)?[,:]?\s+[“\"]"
)
_QUOTE_HEAD = patterns.compile(r"(?P<who>[^“”\".;:]{2,80}?)" + _SAYS_THEN_QUOTE)
#: What follows a _QUOTE_HEAD speaker: found first, it bounds where the speaker can start (at most 80
#: characters before it), so the pattern is not tried from every position of a long line.
_SAYS_THEN_QUOTE_RX = patterns.compile(_SAYS_THEN_QUOTE)


def _quote_head(line: str) -> re.Match[str] | None:
    """``_QUOTE_HEAD.search(line)``, searched only from 80 characters before the first place it can end."""
    says = _SAYS_THEN_QUOTE_RX.search(line)
    return _QUOTE_HEAD.search(line, max(0, says.start() - 80)) if says else None


def cue_speaker(line: str, cue: Cue, speakers: Speakers, memory: Memory) -> tuple[Who, Clause]:
    """Who speaks the cue, by its family's rule, and the clause it sits in."""
    clause = clause_at(line, cue.start)
    rule = cue.family.rule
    if rule == "possessor":
        owner = cue.owner or ""
        if owner.lower() in {"its", "their"}:
            own = _clause_owner(line, clause, cue, speakers, memory)
            if own is not None:
                return own, clause
        return speakers.resolve(owner, memory, line, cue.start), clause
    if rule == "governor":
        return _governor(line, clause, speakers, memory), clause
    if rule == "frame":
        framed = _frame(line, speakers, memory)
        return (framed if framed.party else _governor(line, clause, speakers, memory)), clause
    subject = clause.subject
    if clause.boundary == "rel" and subject in (None, INHERIT):
        named = _relative_antecedent(line, clause, speakers, memory)
        if named is not None:
            return named, clause
    if subject == INHERIT or (subject is None and clause.boundary in {"coord", "sub", "part", "rel"}):
        participle = line[cue.start : cue.end].split(" ", 1)[0].lower().endswith("ing")
        subject = previous_subject(line, clause.start, main=not participle)
    if subject and subject.lower() in {"it", "they"} and clause.start > 0:
        earlier = previous_subject(line, clause.start)  # "the movement rejected …, and it demanded …"
        named = speakers.resolve(earlier, memory, line, 0) if earlier else NOBODY
        if named.party and named.how != "pronoun":
            return Who(named.party, "pronoun"), clause
    passive = passive_agent(line, cue)
    if passive is not None:
        return speakers.resolve(passive, memory, line, cue.end), clause
    who = speakers.resolve(subject, memory, line, clause.start)
    if who.party is None and cue.family.kind == "clause":
        return _governor(line, clause, speakers, memory), clause
    return who, clause


#: The noun phrase a ", who …" clause hangs on: the words after the last verb or preposition before it.
_ANTECEDENT_NP = patterns.compile(
    r"(?:^|\b(?:for|to|with|by|from|of|met|meets|meeting|visited|received|told|called|urged|joined|and)\s+)"
    r"(?P<np>(?:the\s+|a\s+|an\s+)?(?:[\w’'.-]+\s+){0,5}?[\w’'.-]+)\s*,?\s*$",
    re.IGNORECASE,
)


def _relative_antecedent(line: str, clause: Clause, speakers: Speakers, memory: Memory) -> Who | None:
    """ "…, who wanted …" is the person just named, not the sentence's subject: "X met Kyrgyz minister Y,
    who wants …" is Y's side's. None when the antecedent names no side (the clause then hangs as before)."""
    before = line[: clause.start]
    if not re.search(r",\s+(?:who|whose)\s+$", before):
        return None
    m = _ANTECEDENT_NP.search(re.sub(r",\s+(?:who|whose)\s+$", "", before))
    if not m:
        return None
    who = speakers.resolve(m.group("np"), memory, line, m.start("np"))
    return who if who.party else None


def _clause_owner(line: str, clause: Clause, cue: Cue, speakers: Speakers, memory: Memory) -> Who | None:
    """ "… said that the coalition had renewed its call for …": "its" is the subject of its own clause."""
    seg = line[clause.start : cue.start]
    subject = subject_before_verb(seg) if seg.strip() else None
    if not subject or subject.lower() in {"it", "they", "its", "their"} or subject.strip() == seg.strip():
        return None
    if speakers.last_mention(seg[seg.find(subject) + len(subject) :]):
        return None  # "X urged the NPU to drop its call": another side named after the subject owns it
    who = speakers.resolve(subject, memory, line, clause.start)
    return who if who.party and who.how != "pronoun" else None


#: "… was not accepted by Kyiv", "… was rejected by Ankara": the agent refuses.
_PASSIVE = patterns.compile(
    r"^\s*(?:[a-z]+(?:ed|en|wn)\s+)?by\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
)


def passive_agent(line: str, cue: Cue) -> str | None:
    if cue.family.stance != "reject" or not re.search(r"\b(?:is|are|was|were|been|be)\b", line[cue.start : cue.end]):
        return None
    m = _PASSIVE.match(line[cue.end :])
    return m.group("who") if m else None


#: "For Lima, …", "… from Quito's perspective": the side a judgement is made for.
_FRAME = patterns.compile(
    r"(?:^|,\s*|\b)(?i:for|from|in)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
    r"(?:[’']s?\s+(?:perspective|view|point\s+of\s+view|side|standpoint)|,)"
)


def _frame(line: str, speakers: Speakers, memory: Memory) -> Who:
    for m in _FRAME.finditer(line):
        who = speakers.resolve(m.group("who"), memory, line, m.start("who"))
        if who.party:
            return who
    return NOBODY


#: "…, a Kyrgyz negotiator said." ending a sentence that is not quoted: the reported speaker.
_TRAILING_SAY = patterns.compile(
    r",\s+(?P<who>(?:an?\s+|the\s+)?[^“”\",;:]{2,80}?)\s+(?:said|says|told\s+[^“”\",;:]{1,40}?|added|warned|"
    r"insisted|stressed|declared|argued)(?:\s+on\s+\w+)?\s*\.?$"
    r"|,\s+(?:said|says|added)\s+(?P<who2>[^“”\",;:]{2,80}?)\s*\.?$"
)


def _governor(line: str, clause: Clause, speakers: Speakers, memory: Memory) -> Who:
    """The speaker of the clause that frames this one ("X made clear that …", "X's line: no …").

    An unquoted sentence with no frame before the cue is its trailing speaker's ("there can be no
    deal unless …, a negotiator said").
    """
    if clause.boundary == "start" and not inside_quote(quote_spans(line), clause.start):
        m = _TRAILING_SAY.search(line)
        if m and m.start() > clause.start:
            phrase = m.group("who") or m.group("who2")
            return NOBODY if speakers.is_outsider(phrase) else speakers.resolve(phrase, memory, line, m.start())
        return NOBODY
    if clause.boundary not in {"that", "say", "colon", "quote"} or clause.start == 0:
        return NOBODY
    frame = line[: clause.start]
    frame = re.sub(r"(?:\bthat|[:“\"])\s*$", "", frame.rstrip())
    prev = clause_at(frame, len(frame))
    seg = frame[prev.start :]
    return speakers.resolve(subject_before_verb(seg), memory, line, prev.start)


_QUOTATION = patterns.compile(r"“[^”]*(?:”|$)|\"[^\"]*(?:\"|$)")


@per_run()  # asked per sentence (and per cue): a line copied across outlets is searched once
def quote_spans(line: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each quotation in the line (curly or straight quotes; an unclosed one runs to the end)."""
    if "“" not in line and '"' not in line:
        return ()
    return tuple(m.span() for m in _QUOTATION.finditer(line))


def inside_quote(spans: tuple[tuple[int, int], ...], pos: int) -> tuple[int, int] | None:
    for start, end in spans:
        if start < pos < end:
            return (start, end)
    return None


def quote_speaker(line: str, quotes: tuple[tuple[int, int], ...], speakers: Speakers, memory: Memory) -> Who:
    """The party of the line's quoted speaker; a line that is all quote continues the last one."""
    if not quotes:
        return NOBODY
    said = _quoted_by(line)
    if said is not None:
        phrase, at = said
        if speakers.is_outsider(phrase):
            return NOBODY
        who = speakers.resolve(phrase, memory, line, at)
        if who.party:
            memory.quote = who.party
        return who
    starts_quoted = quotes[0][0] <= 1
    return Who(memory.quote, "quote") if starts_quoted and memory.quote else NOBODY


@per_run()  # a line copied across outlets is searched once
def _quoted_by(line: str) -> tuple[str, int] | None:
    """The phrase naming a quote's speaker ("…,” the envoy said", "said the envoy", "X said: “…") and where."""
    for search in (_QUOTE_TAIL.search, _QUOTE_INVERTED.search, _quote_head):
        m = search(line)
        if m:
            return m.group("who").strip(), m.start("who")
    return None

"""Reading one article for demands: line by line, with what earlier sentences established.

Each line of each sentence (a pasted list keeps its lines in one sentence)
is searched for demands (:mod:`.hits`); lists hand an intro's speaker to
their items (:mod:`.lists`). What a line says is remembered for the lines
after it (:class:`.speakers.Memory`): its subject's party for pronouns and
generic nouns, the documents it attributes, its last demand for "this".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.demands import lists
from briefing.derive.demands.attribution import quote_spans, quote_speaker
from briefing.derive.demands.clauses import subject_before_verb, tidy
from briefing.derive.demands.cue_families import NORMATIVE
from briefing.derive.demands.cues import find_cues
from briefing.derive.demands.hits import Hit, line_hits, reported_line
from briefing.derive.demands.speakers import DOCUMENTS, NOBODY, Memory, Speakers, Who
from briefing.derive.demands.splitting import split_demand
from briefing.derive.memo import per_run
from briefing.derive.quick_re import opening
from briefing.model import Source


@dataclass(slots=True)
class Found:
    """One demand as one sentence states it."""

    party: str
    stance: str
    text: str
    sentence: str
    source: str
    outlet: str
    reported: bool = False
    part: int = 0  # which of the demands one sentence states
    headline: bool = False
    index: int = 0  # the sentence's place in its article
    anaphoric: bool = False  # "This sequencing is non-negotiable": its content is a neighbour's


def scan_source(src: Source, speakers: Speakers) -> list[Found]:
    """Every demand stated in an article, in reading order."""
    memory = Memory()
    out: list[Found] = []
    ctx: lists.ListContext | None = None
    bare = False
    outlet = src.outlet_key
    for sent in src.sentences:
        for line in lists.lines(sent.text):
            read = _read_line(line)
            if read is None:
                continue
            if ctx is not None:
                if lists.BARE.match(line):
                    bare = True
                    continue
                item = lists.item_text(line) or (lists.strip_item(line) if bare else None)
                bare = False
                if item:
                    out += _items(ctx, item, sent.id, src.id, outlet)
                    continue
                ctx = None
            headline = sent.kind == "title" or read.headline
            hits = line_hits(line, speakers, memory, headline) if read.cues else []
            if read.intro:
                ctx = _intro(line, hits, speakers, memory)
                if ctx is not None:
                    continue
            for hit in hits:
                out += _founds(hit, sent.id, src.id, outlet, headline, sent.index)
            _remember_line(line, read, hits, speakers, memory)
    _attach_anaphoric(out)
    return out


@dataclass(frozen=True, slots=True)
class _Line:
    """What a line is, whatever came before it: read once per run (a third of a folder's lines are copies)."""

    headline: bool  # it reads like a headline
    cues: bool  # it holds a cue (else it states no demand)
    intro: bool  # it opens a list
    subject: str | None  # the subject it opens with
    quoted: bool  # it holds a quotation mark


@per_run()
def _read_line(line: str) -> _Line | None:
    """What a line is (None for a blank one)."""
    if not line.strip():
        return None
    quoted = "“" in line or '"' in line
    return _Line(_looks_like_headline(line), bool(find_cues(line)), lists.is_intro(line), _line_subject(line), quoted)


def _attach_anaphoric(found: list[Found]) -> None:
    """ "This sequencing is non-negotiable": the same side's demand in the next or previous sentence."""
    for f in found:
        if not f.anaphoric:
            continue
        near = [g for g in found if not g.anaphoric and g.party == f.party and abs(g.index - f.index) == 1]
        if near:
            f.text = min(near, key=lambda g: (g.index < f.index, g.part)).text


def _looks_like_headline(line: str) -> bool:
    text = line.strip()
    return bool(text) and not text.endswith((".", "!", "?", '"', "”", ":", ";", ",")) and len(text.split()) <= 25


def _items(ctx: lists.ListContext, item: str, sentence: str, source: str, outlet: str) -> list[Found]:
    words = f"{ctx.head} {item}".strip() if ctx.head else item
    stance = lists.item_stance(item, ctx.stance)
    if stance == "reject":
        words = lists.refused(words)  # "- no new checkpoints": the checkpoints are what is refused
    return [
        Found(ctx.party, stance, tidy(piece), sentence, source, outlet, ctx.reported, part)
        for part, piece in enumerate(split_demand(words))
    ]


def _founds(hit: Hit, sentence: str, source: str, outlet: str, headline: bool, index: int) -> list[Found]:
    pieces = _bullets(hit.words, hit.that_clause, hit.normative, hit.party)
    return [
        Found(
            hit.party,
            hit.stance,
            piece,
            sentence,
            source,
            outlet,
            hit.reported,
            hit.begin * 100 + part,
            headline,
            index,
            hit.anaphoric and len(pieces) == 1,
        )
        for part, piece in enumerate(pieces)
    ]


@per_run()  # a demand copied across outlets is cut and tidied once
def _bullets(words: str, that_clause: bool, normative: bool, party: str) -> tuple[str, ...]:
    """The bullets one demand's words make: split (:func:`split_demand`), each tidied as its party's."""
    pieces = split_demand(words, that_clause)
    if normative:
        pieces = [p for p in pieces if NORMATIVE.search(p)] or pieces
    return tuple(tidy(_owned(piece, party)) for piece in pieces)


_OWN = patterns.compile(r"^\s*its\s+(?=\w)", re.IGNORECASE)


def _owned(words: str, party: str) -> str:
    """ "wants its platforms exempted" -> "South Korea's platforms exempted": a bullet read on its own has no
    antecedent for a leading "its", which is the speaking side's."""
    return _OWN.sub(f"{party}' " if party.endswith("s") else f"{party}'s ", words, count=1)


def _intro(line: str, hits: list[Hit], speakers: Speakers, memory: Memory) -> lists.ListContext | None:
    """The context a list intro hands its items, or None when it is no side's list."""
    if lists.agreed_intro(line):
        return None
    reported = reported_line(line)
    if hits:
        hit = hits[-1]
        head = hit.words.strip().rstrip(":").strip()
        head = "" if lists.list_stance(head) or len(head.split()) > 8 else head
        return lists.ListContext(hit.party, hit.stance, hit.reported or reported, head)
    stance = lists.list_stance(line)
    if stance is None:
        return None
    who = _intro_owner(line, speakers, memory) or speakers.resolve(
        subject_before_verb(_strip_reporting(line)), memory, line, 0
    )
    said = _SAID_THAT.search(line)
    if said and (not who.party or who.how == "person"):
        # "X said the government had set three conditions:": the reported clause's subject owns the list
        owner = speakers.resolve(subject_before_verb(line[said.end() :]), memory, line, said.end())
        if owner.party:
            who = owner
            speakers.remember(memory, Who(owner.party, "person"))  # her next "we …," she said is that side's
    return lists.ListContext(who.party, stance, reported) if who.party else None


#: A reporting verb whose clause follows: "X said (that) …", "X told reporters …".
_SAID_THAT = patterns.compile(r"\b(?:said|says|told\s+(?:[\w’'-]+\s+){1,3}?|added|explained|announced)\s+(?:that\s+)?")


def _intro_owner(line: str, speakers: Speakers, memory: Memory) -> Who | None:
    """ "The demands of the Tajik side are:": the owner of the intro's noun of wanting lists its items."""
    for cue in find_cues(line):
        if cue.family.rule == "possessor" and cue.owner:
            who = speakers.resolve(cue.owner, memory, line, cue.start)
            if who.party:
                return who
    return None


_ACCORDING = patterns.compile(r"^according\s+to\s+[^,]{0,120},\s*", re.IGNORECASE)


def _strip_reporting(line: str) -> str:
    return _ACCORDING.sub("", line.strip())


#: How far into a line its subject is looked for.
SUBJECT_REACH = 160
_DOCUMENT_WORD = patterns.compile(
    r"(?<![\w-])"
    + opening(DOCUMENTS)
    + "(?:"
    + "|".join(sorted(DOCUMENTS, key=lambda w: (-len(w), w)))
    + r")(?![\w-])",
    re.I,
)


_BY_FROM = patterns.compile(r"\s+(?:by|from)\b")


def _line_subject(line: str) -> str | None:
    """The subject a line opens with, for the lines after it."""
    return subject_before_verb(_strip_reporting(line[:SUBJECT_REACH].lstrip('“" ')))


@per_run()  # a line copied across outlets is searched once
def _documents(line: str) -> tuple[str, ...]:
    """The documents a line names (lower case), but those it says are by or from someone ("a plan by Lima")."""
    return tuple(m.group().lower() for m in _DOCUMENT_WORD.finditer(line) if not _BY_FROM.match(line, m.end()))


def _remember_line(line: str, read: _Line, hits: list[Hit], speakers: Speakers, memory: Memory) -> None:
    """What the line tells later lines: its subject's party, the documents it attributes, its last demand."""
    subject = read.subject
    who = speakers.resolve(subject, memory, line, 0) if subject else NOBODY
    if who.party is None and hits:
        who = Who(hits[-1].party, "name")
    speakers.remember(memory, who)
    if not hits and read.quoted:
        quote_speaker(line, quote_spans(line), speakers, memory)  # the next all-quote sentence is theirs too
    named = speakers.mentioned(line)
    if named:
        counts = memory.named
        for party in named:  # Counter.update, without its checks of what it is given (once per sentence)
            counts[party] += 1
    if who.party and who.how != "document":
        docs = _documents(line)  # "X set out its position in a memorandum": X wrote it
        if docs:
            for noun in docs:
                memory.docs.setdefault(noun, who.party)
            memory.doc = who.party
    for hit in hits:
        memory.content = (hit.party, hit.words)
        if hit.stance in {"demand", "condition"}:
            memory.demand = (hit.party, hit.words)

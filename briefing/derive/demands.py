"""Demands and positions per party: what each side wants, rejects or maintains.

Rules over cue words (after the classes of the MPQA arguing lexicon, written
here from general knowledge): *demand* (wants, insists, is seeking, pushes
for, urges, proposes, red lines, non-negotiable, "will only ... if"),
*reject* (rejects, refuses, opposes, rules out, "has no interest in") and
*position* (maintains, argues, views ... as, warns, a quote attributed to an
official). The speaker is the subject just before the cue (a party, its
capital, "Syrian officials", a person mapped to a party), a possessor
("Israel's red lines", "its goals"), a framing phrase ("For Damascus,",
"from Jerusalem's perspective") or, for a pronoun, the previous sentence's
speaker; never a name after the cue. Cues inside a clause ("... that any
deal must ...", ", emphasising ...") take the speaker of the main clause.
A position counts only when it says what must or must not happen; an
assessment ("views the talks as serious") is not a position.
Sentences of one party saying the same thing become one demand.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.derive.parties import PartyResolver
from briefing.derive.phrasing import statement
from briefing.derive.similar import BLOCK_LIMIT, ClaimIndex, shared_index
from briefing.derive.syndication import outlet_key, syndication_outlets
from briefing.model import Claim, Party, Person, Source

_DEMAND = (
    r"wants?|wanted|demands|demanded|insists?|insisted|insisting|is seeking|are seeking|seeks?|sought|"
    r"(?:calls?|called|calling|push(?:es|ed|ing)?|press(?:es|ed|ing)?|asks?|asked|lobb(?:ies|ied|ying)) for|"
    r"urges?|urged|urging|(?:press(?:es|ed)?|push(?:es|ed)?)\s+(?:[A-Z][\w’'-]*\s+){1,5}to|"
    r"propos(?:es|ed|ing)|has proposed|raised the (?:possibility|idea|prospect) of|put forward|"
    r"(?:will|would) only (?:\w+ ){0,6}?if|"
    r"(?:goals?|aims?|objectives?|priorities|conditions|demands) (?:include|includes|are|is)|"
    r"(?:hinges?|rests?|centres?|centers?) on|"
    r"emphasi[sz]ing|stressing"
)
_REJECT = (
    r"rejects?|rejected|rejecting|refuses?|refused|refusing|opposes?|opposed|opposing|"
    r"rules? out|ruled out|ruling out|(?:has|have|had) no interest in|no interest in|"
    r"(?:will|would|does|do|did|could) not accept|won’t accept|won't accept|dismiss(?:es|ed)|vetoe?d?|"
    r"objects? to|objected to"
)
_POSITION = (
    r"maintains?|maintained|argues?|argued|warns?|warned|"
    r"(?:views?|viewed|regards?|regarded|sees|frames?|framed)\s+(?:[\w’'-]+\s+){1,8}?as"
)
#: Cues whose speaker is the main clause's, never their own grammatical subject.
_CONTENT = r"must|red lines?|non-negotiable|a precondition|preconditions"
_CUE = re.compile(
    rf"\b(?:(?P<demand>{_DEMAND})|(?P<reject>{_REJECT})|(?P<position>{_POSITION})|(?P<content>{_CONTENT}))\b"
)
#: Words between a subject and its verb that say nothing about who speaks.
_SKIP = frozenset(
    "has have had is are was were will would could should may might also firmly repeatedly still now already "
    "long again publicly privately strongly flatly personally reportedly continue continues continued to "
    "by contrast however meanwhile for its part in turn instead so far consistently openly".split()
)
#: Lower-case words that may sit inside a subject phrase ("senior Syrian officials", "the Israeli side").
_NP_WORDS = frozenset(
    "official officials government leaders leader delegation delegations negotiators negotiator side team "
    "administration ministry authorities media state forces senior top a an the of spokesman spokeswoman "
    "spokesperson envoy envoys diplomats diplomat minister president leadership army military cabinet "
    "representatives mediator mediators camp".split()
)
_PRONOUNS = frozenset("they it he she its their his her them".split())
_FRAME = re.compile(
    r"(?:^|,\s*|\b)(?:for|from|in)\s+(?P<who>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)"
    r"(?:[’']s?\s+(?:perspective|view|point of view|side)|,)",
)
_POSSESSOR = re.compile(
    r"(?P<who>\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*|\b[Ii]ts|\b[Tt]heir)(?:[’']s?)?\s+(?:\w+\s+){0,2}$"
)
_QUOTE_SPEAKER = re.compile(
    r"[”\"],?\s+(?P<who>(?:an?|the)?\s*[\w’'. -]{2,60}?)\s+(?:told|said|added|warned|insisted|stressed)\b"
)
#: "..., Thai officials warned." A reported statement with its speaker at the end.
_TAIL_SPEAKER = re.compile(
    r",\s+(?P<who>(?:an?|the)?\s*[\w’'. -]{2,60}?)\s+(?:told|said|added|warned|insisted|stressed)\b[^,]{0,40}\.$"
)
_NORMATIVE = re.compile(
    r"\b(?:must|cannot|can’t|can't|impossible|without|only|no|not|never|should|need|needs|require|requires|"
    r"unacceptable|non-negotiable|red lines?|insist|guarantee|guarantees|withdraw|withdrawal)\b",
    re.I,
)
_CLAUSE_START = re.compile(
    r"^(?:[A-Z][\w’']*\s+)?(?:In|At|On|After|Before|During|Since|While|As|According to)\b[^,]*,\s*"
)
_MERGE = 0.35


@dataclass(slots=True)
class _Found:
    party: str
    stance: str
    sentence: str
    source: str
    text: str
    outlet: str
    part: int = 0  # which of a coordinated list of demands in one sentence


def find_demands(sources: list[Source], people: list[Person], parties: list[Party]) -> list[Claim]:
    """Demands, rejections and positions per party, merged across sentences and outlets."""
    global _RESOLVER
    _RESOLVER = _Memo(PartyResolver(parties, people))
    try:
        found = [f for src in sources for f in _scan_source(src)]
    finally:
        _RESOLVER = None
    return _merge(found, sources)


#: The resolver of the derivation under way; forked workers inherit it.
_RESOLVER: _Memo | None = None


def _scan_source(src: Source) -> list[_Found]:
    assert _RESOLVER is not None
    return _source_demands(src, _RESOLVER)


def _source_demands(src: Source, resolver: _Memo) -> list[_Found]:
    out: list[_Found] = []
    prev: str | None = None
    outlet = outlet_key(src)
    for sent in src.body:
        text = sent.text
        if not _CUE.search(text) and not _QUOTE_SPEAKER.search(text):
            prev = text
            continue
        main = _main_subject(text, resolver)
        refers = prev is not None and not _PRONOUNS.isdisjoint(text.lower().split())
        last = _main_subject(prev, resolver) if refers and prev else None
        seen: set[str] = set()
        for party, stance, start, cue_end in _sentence_demands(text, resolver, main, last):
            if party in seen:
                continue
            seen.add(party)
            statement_ = short_statement(text, start, cue_end)
            for part, piece in enumerate(split_coordinated(statement_)):
                out.append(_Found(party, stance, sent.id, src.id, piece, outlet, part))
        prev = text
    return out


class _Memo:
    """PartyResolver with its answers remembered: subject phrases repeat a lot across articles."""

    def __init__(self, resolver: _Memo) -> None:
        self._resolver = resolver
        self._seen: dict[str, str | None] = {}

    def resolve(self, phrase: str) -> str | None:
        if phrase not in self._seen:
            self._seen[phrase] = self._resolver.resolve(phrase)
        return self._seen[phrase]


def _sentence_demands(
    text: str, resolver: _Memo, main: str | None, last: str | None
) -> list[tuple[str, str, int, int]]:
    """(party, stance, where the statement starts, where its cue ends) for each cue with a speaker."""
    hits: list[tuple[str, str, int, int]] = []
    for m in _CUE.finditer(text):
        kind = m.lastgroup or "demand"
        if kind == "position" and not _NORMATIVE.search(text[m.end() :]):
            continue
        if kind == "demand" and m.group().startswith("demands") and _is_noun(text, m.start()):
            continue
        party = _speaker(text, m, kind, resolver, main, last)
        if party:
            hits.append((party, "demand" if kind == "content" else kind, _clause_start(text, m), m.end()))
    quote = _QUOTE_SPEAKER.search(text) or _TAIL_SPEAKER.search(text)
    if quote and _NORMATIVE.search(text[: quote.start()]):
        party = resolver.resolve(quote.group("who"))
        if party:
            hits.append((party, "position", 0, len(text)))
    return hits


def _clause_start(text: str, m: re.Match[str]) -> int:
    """Where the speaker's clause starts: its subject, unless that sits in a relative clause."""
    before = text[: m.start()]
    subject = _subject(before)
    if not subject or m.lastgroup == "content":
        return 0
    pos = before.rfind(subject)
    if pos <= 0 or _RELATIVE.search(before[:pos]):
        return 0
    return pos


#: "a demand that Damascus ruled out": the object of the cue is the noun before the relative clause.
_RELATIVE = re.compile(
    r"\b(?:demand|proposal|plan|idea|offer|step|move|condition|request|option)s?,?\s+(?:that|which)\s+$"
)
#: Where a demand's clause ends: a new clause of someone else's.
_CLAUSE_END = re.compile(r",\s+(?:a|an|the)\s+(?:demand|proposal|plan|idea|offer|move|step)\b|;|\s+—\s+|\s+–\s+")
MAX_WORDS = 30


def short_statement(text: str, start: int, cue_end: int) -> str:
    """The demand as a short statement: from its speaker to the end of its clause, clutter trimmed."""
    end = len(text)
    stop = _CLAUSE_END.search(text, cue_end)
    if stop:
        end = stop.start()
    out = statement(text[start:end].strip())
    words = out.split()
    if len(words) > MAX_WORDS:
        out = " ".join(words[:MAX_WORDS]).rstrip(",;:") + "…"
    elif out and out[-1] not in '.!?”"…':
        out += "."
    return out


def _is_noun(text: str, start: int) -> bool:
    before = text[:start].split()
    return bool(before) and before[-1].lower() in {"a", "the", "its", "their", "his", "her", "these", "those", "such"}


def _speaker(text: str, m: re.Match[str], kind: str, resolver: _Memo, main: str | None, last: str | None) -> str | None:
    before = text[: m.start()]
    if kind == "content":
        poss = _POSSESSOR.search(before) if "red line" in m.group() else None
        if poss:
            who = _pronoun_or(poss.group("who"), resolver, last)
            if who:
                return who
        return _frame(text, resolver) or main
    if m.group().endswith(("ing", "ing on")) and before.rstrip().endswith(","):
        return main
    if m.group().split()[0] in {"goals", "goal", "aims", "aim", "objectives", "objective", "priorities"} or (
        m.group().endswith(" on") and m.group().split()[0].rstrip("s") in {"hinge", "rest", "centre", "center"}
    ):
        poss = _POSSESSOR.search(before)
        return _pronoun_or(poss.group("who"), resolver, last) if poss else None
    subject = _subject(before)
    if subject is None:
        return _frame(text, resolver)
    if subject.lower() in _PRONOUNS:
        return last
    return resolver.resolve(subject) or _appositive_head(before, subject, resolver) or _frame(text, resolver)


def _appositive_head(before: str, subject: str, resolver: _Memo) -> str | None:
    """ "The UAE mediator, Minister X, has proposed": the phrase before an appositive subject."""
    head = before.rstrip(" ,")
    if not head.endswith(subject):
        return None
    head = head[: -len(subject)].rstrip()
    if not head.endswith(","):
        return None
    outer = _subject(head[:-1] + " ")
    return resolver.resolve(outer) if outer else None


def _pronoun_or(who: str, resolver: _Memo, last: str | None) -> str | None:
    return last if who.lower() in _PRONOUNS else resolver.resolve(who)


def _subject(before: str) -> str | None:
    """The noun phrase just before a verb, skipping auxiliaries, adverbs and commas ("Israel, by contrast, is")."""
    words = re.findall(r"[\w’'.-]+|[,;:—–()“”\"]", before)
    i = len(words) - 1
    while i >= 0 and (words[i].lower() in _SKIP or words[i] == ","):
        i -= 1
    end = i
    while i >= 0:
        w = words[i]
        if w[:1].isupper() or w.lower() in _NP_WORDS or w.endswith(("’s", "'s")):
            i -= 1
            continue
        break
    if end < 0:
        return None
    if i == end:
        return words[end] if words[end].lower() in _PRONOUNS else None
    return " ".join(words[i + 1 : end + 1])


def _frame(text: str, resolver: _Memo) -> str | None:
    """A framing phrase that names the speaker: "For Damascus, ...", "... from Jerusalem's perspective"."""
    for m in _FRAME.finditer(text):
        party = resolver.resolve(m.group("who"))
        if party:
            return party
    return None


def _main_subject(text: str, resolver: _Memo) -> str | None:
    """The party of the sentence's grammatical subject, after any introductory phrase."""
    core = _CLAUSE_START.sub("", text, count=1)
    m = re.match(
        r"(?:[\w’'.-]+\s+){0,6}?(?=(?:has|have|had|is|are|was|were|will|would|said|says|told|agreed|"
        r"[a-z]+ed|[a-z]+s)\b)",
        core,
    )
    head = m.group() if m else " ".join(core.split()[:4])
    head = re.split(r",|\bwho\b|\bwhich\b", head)[0]
    return resolver.resolve(head) if head.strip() else None


def _merge(found: list[_Found], sources: list[Source]) -> list[Claim]:
    """One claim per party and thing wanted: sentences of one party that say the same thing merge."""
    if not found:
        return []
    index = shared_index(sources)
    syndicated = syndication_outlets(sources, index)  # a copied article is its original's outlet
    groups: list[list[_Found]] = []
    buckets: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for f in found:
        # its own id, its whole wording (copies and respellings across outlets meet here, however common
        # their words are in a large folder), and its rarest words (paraphrases)
        wording = "=" + " ".join(sorted(index.words[f.sentence]))
        keys = [(f.party, f.stance, w) for w in [f.sentence, wording, *_rarest(index, f.sentence)]]
        candidates = sorted({g for k in keys for g in buckets.get(k, ())})
        for g in candidates:
            head = groups[g][0]
            if (head.sentence, head.part) != (f.sentence, f.part) and head.sentence == f.sentence:
                continue  # two demands of one coordinated list
            if _same(index, head.sentence, f.sentence):
                groups[g].append(f)
                break
        else:
            groups.append([f])
            for k in keys:
                buckets[k].append(len(groups) - 1)
    claims: list[Claim] = []
    for i, group in enumerate(groups, 1):
        cites = list(dict.fromkeys(f.sentence for f in group))
        outlets = len({syndicated.get(f.source, f.outlet) for f in group})
        claims.append(Claim(f"m{i}", group[0].text, cites, outlets, party=group[0].party, stance=group[0].stance))
    return claims


#: "wants Israel to ", "urged Netanyahu to ": the head that each coordinated demand shares.
_TO_HEAD = re.compile(
    r"^(?P<head>.*?\b(?:wants?|wanted|urges?|urged|press(?:es|ed)?|push(?:es|ed)?|calls? on|called on|asks?|asked)"
    r"\s+(?:[A-Z][\w’'-]*\s+){1,5}to\s+)(?P<rest>.+)$"
)
#: Words that continue a noun phrase after "and" or a comma, so no new demand starts there.
_NOT_A_VERB = frozenset(
    "the a an its their his her our all any other more its this that these those some each both new "
    "full further such also".split()
)


def split_coordinated(statement: str) -> list[str]:
    """ "X wants Y to reactivate A, restore B and also return to C" -> one statement per verb phrase.

    Splits only at ", " / " and " followed by a verb-like word (not a determiner), and only
    when every piece has at least two words, so "troops, tanks and artillery" stays whole.
    """
    m = _TO_HEAD.match(statement)
    if not m:
        return [statement]
    head, rest = m.group("head"), m.group("rest").rstrip(".")
    pieces = re.split(r",\s+(?:and\s+)?|\s+and\s+(?:also\s+)?", rest)
    merged: list[str] = []
    for piece in pieces:
        first = piece.split()[0].lower() if piece.split() else ""
        if merged and (first in _NOT_A_VERB or not first.isalpha() or piece[:1].isupper()):
            merged[-1] += (", " if first not in _NOT_A_VERB else " and ") + piece
        else:
            merged.append(piece)
    if len(merged) < 2 or any(len(p.split()) < 2 for p in merged):
        return [statement]
    return [f"{head}{p}." for p in merged]


def _rarest(index: ClaimIndex, sentence: str) -> list[str]:
    """The sentence's words rare enough to block on (in at most BLOCK_LIMIT sentences), sorted."""
    floor = math.log((len(index.sentences) + 1) / (BLOCK_LIMIT + 0.5))
    return sorted(w for w in index.words[sentence] if index.idf.get(w, 0.0) >= floor)


def _same(index: ClaimIndex, a: str, b: str) -> bool:
    if a == b:
        return True
    if len(index.words[a] & index.words[b]) < 3:
        return False
    return index.score(a, b).overlap >= _MERGE

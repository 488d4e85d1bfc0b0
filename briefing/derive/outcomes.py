"""Outcomes: what the talks produced — each thing agreed, not agreed or deferred — short, cited, counted.

News reports the result of a round anywhere in an article (often in its
last paragraphs), in the words of a joint statement's bullet list ("both
sides commit to the following:") or in sentences with result cues. Rules of
general news English find them:

* *agreed*: "agreed to / on", "reached an agreement", "signed", "committed
  to", "under the deal ...", "the agreement provides for ...", a scheduled
  next round, and the bullets under an intro that announces commitments;
* *not agreed*: "no agreement on", "could not agree", "remains open",
  "no decision on", "declined the request";
* *deferred*: "referred to", "left for later", "postponed", "will be taken
  up at the next round".

Pre-talk expectations are told apart by what governs the cue ("expected to
agree", "could sign", "hopes to reach", "if"), and earlier rounds by what
the clause is about ("three earlier rounds ended without agreement"). Inside
an article that reports results, sentences of an outcome paragraph that go
on in the future tense ("Israel will release ...") continue its outcome.
Items from different outlets that say the same thing (same status, shared
rare words) become one outcome citing all of them; syndicated copies are
one outlet (:mod:`briefing.derive.syndication`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.derive.figures import figures_in
from briefing.derive.memo import per_run
from briefing.derive.outcome_words import outcome_words
from briefing.derive.phrasing import DATELINE, assertion_text, statement
from briefing.derive.quick_re import quick_compile
from briefing.derive.similar import ClaimIndex, content_words, shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.model import OUTCOME_STATUSES, Claim, Sentence, Source

#: "Y agreed." with nothing agreed to in the clause: a result only in an article that reports others.
_BARE_AGREED = re.compile(r"\bagreed\s*(?:in\s+principle\s*)?(?=$|[,.;]|\s+(?:and|but|while)\b)", re.IGNORECASE)
#: Nouns for what the sides settled on; a frame around one of these tells a result.
_PACT = (
    r"(?:deal|agreement|accord|arrangement|understanding|compromise|settlement|truce|ceasefire|cease-fire|"
    r"declaration|joint\s+statement|communiqu[eé]|protocol|memorandum\s+of\s+understanding)"
)
#: Nouns for any text the result may be read from ("according to the text").
_DEAL = (
    r"(?:deal|agreement|accord|arrangement|accords|agreements|understanding|compromise|settlement|truce|"
    r"ceasefire|cease-fire|declaration|statement|communiqu[eé]|memorandum|protocol|text|document|plan|terms|"
    r"framework|package)"
)
_AGREED = quick_compile(
    r"\b(?:(?:have|has|had)\s+)?agreed\b(?!\s+(?:with|that\s+(?:the|it|there)\s+(?:was|is|were)))"
    r"|\bagree(?:s)?\s+(?:to|on)\b"
    r"|\b(?:reached|struck|sealed|clinched|concluded|hammered out|finali[sz]ed|signed|initialled|initialed|"
    r"adopted|approved|endorsed|issued)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w’'-]+\s+){0,4}" + _DEAL + r"\b"
    r"|\b(?:sign|signs|signed)\b"
    r"|\b(?:commit(?:s|ted|ting)?|pledg(?:e|es|ed|ing)|undert(?:ake|akes|ook))\s+(?:\w+\s+){0,3}?to\b"
    r"|\baccepted\s+(?:the|a|an)\b"
    r"|\b(?:it\s+was|they|the\s+\w+)\s+decided\b"
    r"|\bunder\s+(?:the\s+|its\s+|their\s+|this\s+|a\s+)?(?:terms\s+of\s+the\s+)?(?:\w+\s+){0,3}?" + _DEAL + r"\b"
    r"|\b(?:in|according\s+to|by)\s+the\s+(?:terms\s+of\s+the\s+|text\s+of\s+the\s+)?(?:\w+\s+)?" + _DEAL + r"\b"
    r"|\b(?:the|this|that)\s+(?:\w+\s+){0,2}?" + _PACT + r"\s+(?:also\s+)?(?:provides|provided|foresees|sets\s+up|"
    r"includes|included|establishes|creates|opens|allows|requires|covers|calls\s+for|envisages|stipulates|"
    r"commits)\b",
    re.IGNORECASE,
)
_NOT_AGREED = quick_compile(
    r"\bno\s+(?:agreement|deal|accord|breakthrough|decision|consensus|progress|determination)\b"
    r"|\b(?:was|were|is|are|has\s+not\s+been|have\s+not\s+been)\s+not\s+(?:agreed|accepted|resolved|settled|decided)\b"
    r"|\bnot\s+(?:yet\s+)?(?:agreed|resolved|settled|decided)\b"
    r"|\b(?:did|do|does|could|can)\s*(?:not|n[’']t)\s+(?:reach|agree|rule|settle|resolve|go\s+through|decide)\b"
    r"|\b(?:failed|unable)\s+to\s+(?:agree|reach|settle|resolve|bridge)\b"
    r"|\bwithout\s+(?:an?\s+)?(?:agreement|deal|result|breakthrough)\b"
    r"|\b(?:remains?|remained|is\s+still|was\s+still|left)\s+(?:\w+\s+){0,4}?(?:open|unresolved|disputed|"
    r"undecided|unsettled|far\s+apart)\b"
    r"|\bunresolved\b"
    r"|\bdeclined\s+(?:a|an|the|\w+[’']s)\s+(?:\w+\s+){0,2}?request\b"
    r"|\bmade\s+no\s+(?:mention|determination|decision|commitment|ruling)\b"
    r"|\bbroke\s+(?:down|off)\b|\bthe\s+conversations?\s+broke\b"
    r"|\bno\s+date\s+(?:has\s+been|was|is)\s+(?:yet\s+)?(?:set|fixed|agreed)\b"
    r"|\bnot\s+(?:yet\s+)?(?:known|set|fixed|established)\b",
    re.IGNORECASE,
)
_DEFERRED = quick_compile(
    r"\b(?:was|were|is|are|been|be)\s+referred\s+to\b|\breferred\s+(?:\w+\s+){0,4}?to\s+(?:a|an|the)\b"
    r"|\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:left|put\s+off|pushed\s+back|carried\s+over|postponed|deferred|"
    r"shelved|moved|confided|entrusted|handed)\s+(?:\w+\s+){0,3}?(?:for|to|until|till)\b"
    r"|\b(?:deferred|postponed|put\s+off)\b"
    r"|\bleft\s+(?:\w+\s+){0,6}?(?:for|to|until)\s+(?:later|the\s+next|a\s+(?:later|third|fourth|further|new|future))"
    r"|\b(?:will|would|is\s+to|are\s+to)\s+be\s+(?:taken\s+up|discussed|addressed|considered|examined|reviewed|"
    r"decided|settled|tackled|handled)\s+(?:\w+\s+){0,4}?(?:at|in|by|during|before)\b"
    r"|\bto\s+be\s+taken\s+up\b|\bwill\s+take\s+up\b|\b(?:is|are)\s+to\s+take\s+up\b"
    r"|\bremains?\s+for\s+the\s+next\b"
    r"|\b(?:continue|continued|resume)\s+(?:the\s+)?(?:discussions?|talks|work|negotiations?)\s+on\b"
    r"|\bwill\s+continue\s+(?:later|at|in)\b"
    r"|\bfirst\s+(?:item\s+)?on\s+the\s+agenda\b"
    r"|\b(?:decision|ruling|report)\s+(?:\w+\s+){0,5}?(?:is|was)\s+expected\s+(?:in|by|before)\b"
    r"|\bexpects?\s+to\s+(?:render|issue|give|deliver)\s+(?:his|her|its|their|a)\s+(?:decision|ruling)\b",
    re.IGNORECASE,
)
#: A round or meeting fixed for later: the talks' own scheduling is an outcome ("the sixth round will be held ...").
_NEXT_ROUND = quick_compile(
    r"\b(?:next|new|further|another|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|following)\s+"
    r"(?:round|session|meeting|cycle)\b[^.;]{0,60}?\b(?:will|is\s+(?:to|due|scheduled|planned|foreseen|set)|"
    r"was\s+(?:scheduled|set|fixed)|are\s+to|to\s+be\s+held|due\s+to)\b"
    r"|\b(?:to\s+hold|will\s+hold|meet\s+again|will\s+meet\s+again|agreed\s+to\s+meet)\b",
    re.IGNORECASE,
)
#: What governs a cue in a sentence about hopes or plans, not results.
_EXPECTATION = quick_compile(
    r"\b(?:expected|hope[sd]?|hoping|likely|unlikely|could|might|(?-i:may)|aims?|aiming|seeks?|seeking|wants?|wanted|"
    r"urged?|urges|urging|asks?|asked|calls?\s+for|called\s+for|propos(?:e|es|ed|ing)|offered|ready|willing|"
    r"prepared|poised|if|unless|whether|would\s+only|intends?|plans?\s+to|set\s+to|due\s+to\s+(?:sign|agree)|"
    r"refuses?|refused|insists?|insisted|demands?|demanded|should|must|before\s+any|cannot|can[’']t|"
    r"will\s+not|won[’']t|would\s+not|ahead\s+of)\b",
    re.IGNORECASE,
)
#: A clause about earlier rounds or talks, not this one.
_EARLIER = quick_compile(
    r"\b(?:earlier|previous|prior|past|last|former|first|second|third)\s+(?:\w+\s+)?(?:rounds?|talks|meetings?|"
    r"sessions?|negotiations)\b[^.]*\b(?:ended|collapsed|stalled|broke|failed|foundered|produced)\b"
    r"|\b(?:in|since)\s+(?:19|20)\d\d\b[^.]*\bagreed\b|\b(?:agreed|signed)\s+(?:\w+\s+){0,3}?(?:in|since)\s+(?:19|20)\d\d\b"
    r"|\bagreements?\s+of\s+the\s+(?:\w+\s+)?(?:round|talks)\b",
    re.IGNORECASE,
)
#: A future commitment that continues an outcome paragraph ("Israel will release 270 prisoners").
_FUTURE = quick_compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?!not\b)\w+", re.IGNORECASE)
#: An intro whose bullet list is the result, by its own words or its previous sentence's.
_POINTS = re.compile(r"\b(?:points|terms|provisions|commitments|elements|highlights|measures)\b", re.IGNORECASE)
#: Outcome words in a headline-style bullet ("ceasefire extended;", "bombing raids suspended").
_RESULT_PARTICIPLE = quick_compile(
    r"\b(?:extended|suspended|established|created|lifted|renewed|opened|approved|set\s+up|agreed|signed|released|"
    r"freed|exchanged|launched|formed|reopened)\b",
    re.IGNORECASE,
)
#: A relative clause about someone ("Leka, who signed the declaration, said ..."): its cue is no result.
_ASIDE = re.compile(r",\s+who\s+[^,]*,")
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BULLET = re.compile(r"^\s*(?:[•\-–—→*·▪►▸◦]|\(?[a-z]\)|\d{1,2}[.)])\s+")
_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+")
#: Clause boundaries inside one sentence: two outcomes often share it ("..., but X was left for later").
_CLAUSES = re.compile(r";\s+|,?\s+but\s+|,\s+while\s+|\s+—\s+|\s+–\s+")
#: Where one clause coordinates two commitments: "... and Israel will release ...", "... and to open ...".
_COORDINATED = re.compile(
    r",?\s+and\s+(?=to\s+[a-z]+\b|(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:will|shall|is\s+to|are\s+to|agreed)\b)"
)
#: A wire dateline before the first sentence: "ALEXANDRIA, Egypt, May 14 (Agency) — ".
#: Leading frames trimmed from an outcome's wording.
_LEAD_FRAME = re.compile(
    r"^(?:(?:under|in|according\s+to|by)\s+(?:the\s+)?[^,]{0,80}?" + _DEAL + r"[^,]{0,50},\s+"
    r"|(?:in\s+the\s+end|however|finally|meanwhile|also|in\s+addition|separately),\s+)",
    re.IGNORECASE,
)
#: Words that say an outcome is one, not what it is about (never the reason two items match).
_FRAME_WORDS = frozenset(
    content_words(
        "agreed agree agreement agreements deal accord arrangement joint statement declaration communique both sides "
        "parties delegations side two commit committed commits committing signed sign will round talks negotiations "
        "under reached no not left later next issue issues question questions point points following text terms "
        "provides provide also government governments officials country countries nation nations evening morning "
        "night afternoon end finally decision decisions question questions referred remains remain open taken "
        "discussed matter possible main problem set known accepted accept reach item items conversations"
    )
)
#: Likeness (IDF-weighted cosine of their telling words) at which two items say the same thing.
SAME_OUTCOME = 0.3
#: Likeness of two groups' words, taken together, at which they are one outcome worded differently.
SAME_GROUP = 0.35
#: An item joins every group at least this share as like as its best.
NEARLY = 0.8
#: How much more attested (see :func:`_most_attested`) another wording must be to replace the founder's.
CLEARLY_BETTER = 2
#: Longest wording of an outcome, in words; longer sentences are cut at their cue's clause.
MAX_WORDS = 32


@dataclass(slots=True)
class _Item:
    """One outcome as one sentence (or clause, or bullet) tells it."""

    sentence: Sentence
    text: str
    status: str
    outlet: str
    order: tuple[int, int]
    bullet: bool
    #: A bullet of a list announced as the result: one outcome by construction.
    announced: bool = False
    words: frozenset[str] = field(default_factory=frozenset)


def find_outcomes(sources: list[Source]) -> list[Claim]:
    """Each thing agreed, not agreed or deferred, merged across outlets, agreed first and best attested first."""
    index = shared_index(sources)
    outlet = syndication_outlets(sources, index)
    items: list[_Item] = []
    for n, src in enumerate(sources):
        items += _scan(src, n, outlet[src.id])
    for item in items:
        item.words = frozenset(w for w in outcome_words(item.text) if not w.isdigit()) - _FRAME_WORDS
    groups = _merged(_group([i for i in items if i.words], index), index)
    return _claims(groups)


def _scan(src: Source, n: int, outlet: str) -> list[_Item]:
    """The outcome items of one article, in reading order."""
    body = src.body
    reports = any(_status(_bare(t), strong=True) for s in body if (t := assertion_text(s.text)))
    out: list[_Item] = []
    in_list = False  # inside a bullet list announced as the result
    carried: int | None = None  # the paragraph whose outcome the next future-tense sentences continue
    for i, sent in enumerate(body):
        said = assertion_text(sent.text)
        if said is None:
            continue
        text = _bare(said)
        bullet = bool(_BULLET.match(sent.text)) and not _NUMBERED.match(sent.text)
        if bullet:
            status = _status(text) or (_listed_status(text) if in_list else None)
            if status:
                out.append(_item(sent, text, status, outlet, n, bullet=True))
                out[-1].announced = in_list
            continue
        in_list = text.rstrip().endswith(":") and _announces(text, body[i - 1].text if i else "")
        if in_list:
            continue
        found = _clause_items(sent, text, outlet, n, strong=not reports)
        if found:
            out += found
            carried = sent.paragraph if any(f.status == "agreed" for f in found) else None
        elif reports and ((carried == sent.paragraph and _continues(text)) or _schedules(text)):
            out += [_item(sent, part, "agreed", outlet, n, bullet=False) for part in _commitments(text)]
    return out


def _bare(text: str) -> str:
    """A sentence without its bullet or number and its trailing list punctuation."""
    return _BULLET.sub("", text).strip().rstrip(";,").strip()


@per_run()  # about half the calls repeat one (each sentence is read whole, then clause by clause)
def _status(text: str, strong: bool = False) -> str | None:
    """The status a clause's own cues give it, if it reports an outcome of this round.

    Cues inside quotation marks are not read (a speaker's "agreement" is rhetoric
    more often than a result, and a quoted result is told outside the quote too),
    nor those of a relative clause describing a person. ``strong`` leaves out a
    bare "agreed" (to what was asked before: a step towards talks as often as a
    result of them).
    """
    text = _ASIDE.sub(lambda m: "_" * len(m.group()), _QUOTED.sub(lambda m: "_" * len(m.group()), text))
    if _EARLIER.search(text):
        return None
    for status, cue in (("deferred", _DEFERRED), ("not agreed", _NOT_AGREED), ("agreed", _AGREED)):
        for m in cue.finditer(text):
            if strong and status == "agreed" and _BARE_AGREED.match(text, m.start()):
                continue
            if not _governed(text, m.start(), status):
                return status
    return None


def _governed(text: str, start: int, status: str) -> bool:
    """Whether what precedes a cue in its clause makes it a hope, a demand or a condition, not a result."""
    before = text[max(0, start - 60) : start]
    clause = re.split(r"[;:]|,\s+(?:and|but)\s+|\.\s", before)[-1]
    found = _EXPECTATION.search(clause)
    if found is None:
        return False
    # "could not agree", "did not reach": a negated ability is a result, not a hope
    return not (status == "not agreed" and re.search(r"\b(?:could|can)\s*(?:not|n[’']t)\s*$", text[:start]))


def _listed_status(text: str) -> str:
    """A bullet of a result list without a cue of its own: agreed, unless it says otherwise."""
    return "agreed"


def _announces(intro: str, previous: str) -> bool:
    """Whether a line ending in ':' announces the result: its own cue, or 'Its main points:' after one."""
    if _EXPECTATION.search(intro) and not _AGREED.search(intro.split(",")[-1]):
        return False
    if _status(intro) == "agreed":
        return True
    return bool(_POINTS.search(intro)) and _status(_bare(previous)) == "agreed"


def _clause_items(sent: Sentence, text: str, outlet: str, n: int, strong: bool) -> list[_Item]:
    """The outcomes a sentence reports: one per clause with its own status, and per commitment it coordinates."""
    clauses = [c for c in _CLAUSES.split(text) if c and c.strip()]
    found: list[tuple[str, str]] = []
    for clause in clauses:
        status = _status(clause, strong)
        if status:
            found.append((clause, status))
    if not found:
        return []
    parts = [part for clause, status in found for part in _split(clause, status, strong)]
    if len(parts) == 1:
        return [_item(sent, text, parts[0][1], outlet, n, bullet=False)]
    return [_item(sent, part, status, outlet, n, bullet=False) for part, status in parts]


def _split(clause: str, status: str, strong: bool) -> list[tuple[str, str]]:
    """A clause's coordinated commitments, each with its status, when every one stands as a commitment."""
    pieces = [p.strip() for p in _COORDINATED.split(clause) if p.strip()]
    if len(pieces) < 2:
        return [(clause, status)]
    own = [_status(p, strong) or (status if _continues(p) or p.startswith("to ") else None) for p in pieces]
    if any(s is None for s in own):
        return [(clause, status)]
    return [(re.sub(r"^that\s+", "", p), s) for p, s in zip(pieces, own, strict=True) if s]


def _commitments(text: str) -> list[str]:
    """A continuing sentence's coordinated commitments ("X will release 85, and Y will pull back"), or itself."""
    pieces = [p.strip() for p in _COORDINATED.split(text) if p.strip()]
    if len(pieces) > 1 and all(_continues(p) for p in pieces):
        return pieces
    return [text]


def _schedules(text: str) -> bool:
    """A sentence fixing the next round or meeting (the talks' own calendar is one of their results)."""
    return bool(_NEXT_ROUND.search(text)) and not _EXPECTATION.search(text)


def _continues(text: str) -> bool:
    """A sentence that goes on telling the outcome of its paragraph: a future commitment, no hope or demand."""
    m = _FUTURE.search(text)
    return m is not None and not _EXPECTATION.search(text[: m.end()]) and not text.startswith(("“", '"'))


def _item(sent: Sentence, text: str, status: str, outlet: str, n: int, bullet: bool) -> _Item:
    return _Item(sent, _wording(text), status, outlet, (n, sent.index), bullet)


def _wording(text: str) -> str:
    """An outcome as a short statement: dateline, leading frames and attribution trimmed, first letter capitalised."""
    out = statement(_LEAD_FRAME.sub("", DATELINE.sub("", text.strip())))
    out = out.strip().rstrip(";,:").strip()
    words = out.split()
    if len(words) > MAX_WORDS:
        out = " ".join(words[:MAX_WORDS]).rstrip(",;:") + " …"
    return out[:1].upper() + out[1:]


def _group(items: list[_Item], index: ClaimIndex) -> list[list[_Item]]:
    """Items saying the same thing, one group each, founded by the item that tells one thing best.

    The bullets of an announced result list found a group each, or join the
    like bullet of another outlet's list (a list names each commitment once);
    then items are taken one-thing-first (bullets, then
    short items) and join the group they are most like, and any other nearly as
    like, so a sentence that tells two outcomes ("Mexico will open a steel
    quota, and Korea one for avocados") cites both and founds neither.
    """
    groups: list[list[_Item]] = []
    for item in sorted((i for i in items if i.announced), key=lambda i: i.order):
        source = item.sentence.source_id
        likes = [
            (_likeness(g[0].words, item.words, index), n)
            for n, g in enumerate(groups)
            if _same_status(g[0].status, item.status) and all(x.sentence.source_id != source for x in g)
        ]
        like, n = max(likes, default=(0.0, -1))
        if like >= SAME_OUTCOME:
            groups[n].append(item)
        else:
            groups.append([item])
    for item in sorted((i for i in items if not i.announced), key=lambda i: (not i.bullet, len(i.words), i.order)):
        likes = [
            (_likeness(g[0].words, item.words, index), n)
            for n, g in enumerate(groups)
            if _same_status(g[0].status, item.status)
        ]
        best = max((like for like, _ in likes), default=0.0)
        if best < SAME_OUTCOME:
            groups.append([item])
            continue
        for like, n in likes:
            if like >= max(SAME_OUTCOME, NEARLY * best) and all(x.sentence.id != item.sentence.id for x in groups[n]):
                groups[n].append(item)
    return groups


def _merged(groups: list[list[_Item]], index: ClaimIndex) -> list[list[_Item]]:
    """Groups of one status whose words, taken together, tell one thing: outlets word one outcome differently.

    Never two groups that share a sentence (a sentence telling two outcomes is
    in both) or hold bullets of one list (a list names each commitment once).
    A group's words are those of its items that tell one thing: the words of a
    sentence listing three outcomes would make its group like all three.
    """
    shared = _shared_sentences(groups)
    merged: list[list[_Item]] = []
    for group in sorted(groups, key=lambda g: (-len({i.outlet for i in g}), min(i.order for i in g))):
        words = _own_words(group, shared)
        best, target = 0.0, None
        for other in merged:
            if not _same_status(other[0].status, group[0].status) or _apart(group, other):
                continue
            like = _likeness(words, _own_words(other, shared), index)
            if like > best:
                best, target = like, other
        if target is not None and best >= SAME_GROUP:
            target.extend(group)
        else:
            merged.append(list(group))
    return merged


def _own_words(group: list[_Item], shared: set[str]) -> frozenset[str]:
    """The words of a group's items that tell only its outcome (all its items' words if none does)."""
    own = [i for i in group if i.sentence.id not in shared] or group
    return frozenset().union(*(i.words for i in own))


def _same_status(a: str, b: str) -> bool:
    """Statuses one item can have in two outlets: what was not agreed is often said to be left for later."""
    return a == b or {a, b} == {"not agreed", "deferred"}


def _apart(a: list[_Item], b: list[_Item]) -> bool:
    if {i.sentence.id for i in a} & {i.sentence.id for i in b}:
        return True
    listed = {i.sentence.source_id for i in a if i.announced}
    return any(i.announced and i.sentence.source_id in listed for i in b)


def _likeness(a: frozenset[str], b: frozenset[str], index: ClaimIndex) -> float:
    """IDF-weighted cosine of two sets of telling words.

    A word no sentence writes as such (a concept such as "the next round", read from other words by
    :func:`briefing.derive.outcome_words.outcome_words`) weighs as the rarest word.
    """
    rarest = max(index.idf.values(), default=1.0)

    def weight(words: frozenset[str]) -> float:
        return sum(index.idf.get(w, rarest) for w in words)

    shared = weight(a & b)
    norm = (weight(a) * weight(b)) ** 0.5
    return shared / norm if norm else 0.0


def _claims(groups: list[list[_Item]]) -> list[Claim]:
    def rank(group: list[_Item]) -> tuple[int, int, tuple[int, int]]:
        return (OUTCOME_STATUSES.index(group[0].status), -len({i.outlet for i in group}), min(i.order for i in group))

    shared = _shared_sentences(groups)
    claims = []
    for n, group in enumerate(sorted(groups, key=rank), 1):
        cites = [i.sentence.id for i in sorted(group, key=lambda i: i.order)]
        outlets = len({i.outlet for i in group})
        text = _most_attested(group, shared).text
        claims.append(Claim(f"o{n}", text, list(dict.fromkeys(cites)), outlets, status=group[0].status))
    return claims


def _shared_sentences(groups: list[list[_Item]]) -> set[str]:
    """Sentences cited by more than one outcome: they tell two things, so never word one of them."""
    seen: dict[str, int] = {}
    for n, group in enumerate(groups):
        for item in group:
            seen.setdefault(item.sentence.id, n)
            if seen[item.sentence.id] != n:
                seen[item.sentence.id] = -1
    return {sid for sid, n in seen.items() if n == -1}


def _most_attested(group: list[_Item], shared: set[str]) -> _Item:
    """The item whose facts most other outlets give: an outcome is worded as most outlets tell it.

    The group's founder tells one thing best, but may be the one outlet with another figure ("60 days"
    where four say 30) or another place for the next round. Each item earns one for every other
    outlet's item it shares a fact with (a figure, a name), and loses one for every item giving the
    same unit another figure ("14 fishermen" against "12 fishermen"); the founder keeps the wording
    unless others contradict it more than they bear it out, or another item earns clearly more.
    """
    facts = {id(i): _facts(i.text) for i in group}

    def score(item: _Item) -> int:
        return sum(_agreement(facts[id(item)], facts[id(o)]) for o in group if o.outlet != item.outlet)

    alone = [i for i in group if i.sentence.id not in shared] or group
    best = max(alone, key=score)  # the first of the best on a tie
    founder = score(group[0])
    return best if founder < 0 or score(best) - founder >= CLEARLY_BETTER else group[0]


def _agreement(mine: frozenset[str], theirs: frozenset[str]) -> int:
    """-1 when two wordings give one unit different figures, 1 when they share a fact, else 0."""
    units = {f.split(":")[0] for f in mine if ":" in f} & {f.split(":")[0] for f in theirs if ":" in f}
    for unit in units:
        if not {f for f in mine if f.startswith(unit + ":")} & theirs:
            return -1
    return 1 if mine & theirs else 0


def _facts(text: str) -> frozenset[str]:
    """The figures (as values), months and capitalised names after its first word that a wording commits to.

    Figures and months are facts of a unit ("fisherman:14", "month:may"): two wordings giving one unit
    different values disagree (:func:`_agreement`).
    """
    values = {f"{f.unit}:{f.value:.1f}" for f in figures_in(text)}
    names = {w for w in re.findall(r"(?<=\s)[A-Z][\w’'-]+", text)}
    months = {f"month:{w.lower()}" for w in names if w.lower() in _MONTH_NAMES}
    return frozenset(values | months | {w for w in names if w.lower() not in _MONTH_NAMES})


_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)

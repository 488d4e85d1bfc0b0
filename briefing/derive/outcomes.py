"""Outcomes: what the talks produced — each thing agreed, not agreed or deferred — short, cited, counted.

News reports the result of a round anywhere in an article (often in its
last paragraphs), in the words of a joint statement's bullet list ("the two
governments commit to the following:") or in sentences with result cues. Rules of
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
rare words) become one outcome citing all of them
(:mod:`briefing.derive.outcome_groups`); syndicated copies are one outlet
(:mod:`briefing.derive.syndication`).
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive.by_article import active, digest_of, recall
from briefing.derive.lower_case import lower_twin
from briefing.derive.memo import per_run
from briefing.derive.outcome_groups import ITEMS, Item, claims, grouped
from briefing.derive.outcome_words import outcome_words
from briefing.derive.phrasing import DATELINE, assertion_text, statement
from briefing.derive.quick_re import quick_compile
from briefing.derive.similar import content_words, shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.model import Claim, Sentence, Source

#: "Y agreed." with nothing agreed to in the clause: a result only in an article that reports others.
_BARE_AGREED = patterns.compile(r"\bagreed\s*(?:in\s+principle\s*)?(?=$|[,.;]|\s+(?:and|but|while)\b)", re.IGNORECASE)
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
#: A round or meeting fixed for later: the talks' own scheduling is an outcome ("the fourth round will be held ...").
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
#: A future commitment that continues an outcome paragraph ("Ghana will free 40 detainees").
_FUTURE = quick_compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s+(?!not\b)\w+", re.IGNORECASE)
#: An intro whose bullet list is the result, by its own words or its previous sentence's.
_POINTS = patterns.compile(r"\b(?:points|terms|provisions|commitments|elements|highlights|measures)\b", re.IGNORECASE)
#: Outcome words in a headline-style bullet ("ceasefire extended;", "bombing raids suspended").
_RESULT_PARTICIPLE = quick_compile(
    r"\b(?:extended|suspended|established|created|lifted|renewed|opened|approved|set\s+up|agreed|signed|released|"
    r"freed|exchanged|launched|formed|reopened)\b",
    re.IGNORECASE,
)
#: A relative clause about someone ("Leka, who signed the declaration, said ..."): its cue is no result.
_ASIDE = patterns.compile(r",\s+who\s+[^,]*,")
_QUOTED = patterns.compile(r"“[^”]*”|\"[^\"]*\"")
_BULLET = patterns.compile(r"^\s*(?:[•\-–—→*·▪►▸◦]|\(?[a-z]\)|\d{1,2}[.)])\s+")
_NUMBERED = patterns.compile(r"^\s*\d{1,2}[.)]\s+")
#: Clause boundaries inside one sentence: two outcomes often share it ("..., but X was left for later").
_CLAUSES = patterns.compile(r";\s+|,?\s+but\s+|,\s+while\s+|\s+—\s+|\s+–\s+")
#: Where one clause coordinates two commitments: "... and Ghana will free ...", "... and to open ...".
_COORDINATED = patterns.compile(
    r",?\s+and\s+(?=to\s+[a-z]+\b|(?:the\s+|a\s+|an\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,5}?\s+"
    r"(?:will|shall|is\s+to|are\s+to|agreed)\b)"
)
#: A wire dateline before the first sentence: "ISMAILIA, Egypt, May 14 (Agency) — ".
#: Leading frames trimmed from an outcome's wording.
_LEAD_FRAME = patterns.compile(
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
#: Longest wording of an outcome, in words; longer sentences are cut at their cue's clause.
MAX_WORDS = 32


def find_outcomes(sources: list[Source]) -> list[Claim]:
    """Each thing agreed, not agreed or deferred, merged across outlets, agreed first and best attested first."""
    index = shared_index(sources)
    outlet = syndication_outlets(sources, index)
    items: list[Item] = []
    for n, src in enumerate(sources):
        given = digest_of(n, outlet[src.id]) if active() else ""  # all an article's items read besides it
        items += recall(ITEMS, src, given, lambda src=src, n=n: _scan(src, n, outlet[src.id]))
    for item in items:
        item.words = frozenset(w for w in outcome_words(item.text) if not w.isdigit()) - _FRAME_WORDS
    return claims(grouped([i for i in items if i.words], index))


def _scan(src: Source, n: int, outlet: str) -> list[Item]:
    """The outcome items of one article, in reading order."""
    body = src.body
    said = [assertion_text(s.text) for s in body]  # each sentence read once, here and in the loop below
    bare = [_bare(t) if t is not None else "" for t in said]
    reports = any(_status(b, strong=True) for t, b in zip(said, bare, strict=True) if t)
    out: list[Item] = []
    in_list = False  # inside a bullet list announced as the result
    carried: int | None = None  # the paragraph whose outcome the next future-tense sentences continue
    for i, sent in enumerate(body):
        if said[i] is None:
            continue
        text = bare[i]
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


def _status(text: str, strong: bool = False) -> str | None:
    """The status a clause's own cues give it, if it reports an outcome of this round.

    Cues inside quotation marks are not read (a speaker's "agreement" is rhetoric
    more often than a result, and a quoted result is told outside the quote too),
    nor those of a relative clause describing a person. ``strong`` leaves out a
    bare "agreed" (to what was asked before: a step towards talks as often as a
    result of them).
    """
    return _statuses(text)[strong]


@per_run()  # about half the calls repeat one (each sentence is read whole, then clause by clause)
def _statuses(text: str) -> tuple[str | None, str | None]:
    """:func:`_status` of a clause, and its strong status, read at once (the cues are the same).

    An ASCII clause is searched lower-cased with the cue lists' case-sensitive twins
    (:mod:`briefing.derive.lower_case`: the same matches, many times faster than ignoring case).
    """
    text = _ASIDE.sub(lambda m: "_" * len(m.group()), _QUOTED.sub(lambda m: "_" * len(m.group()), text))
    plain = text.isascii()
    low = text.lower() if plain else text
    if (_EARLIER_LOWER if plain else _EARLIER).search(low):
        return None, None
    for status, cue in (_LOWER_CUES if plain else _CUES)[:2]:
        for m in cue.finditer(low):
            if not _governed(text, m.start(), status):
                return status, status
    weak = None
    for m in (_LOWER_CUES if plain else _CUES)[2][1].finditer(low):
        if not _governed(text, m.start(), "agreed"):
            if not _BARE_AGREED.match(text, m.start()):
                return "agreed", "agreed"
            weak = "agreed"  # a bare "agreed": not a strong status
    return weak, None


#: The cue lists in the order a clause is read, and their twins for lower-cased ASCII text.
_CUES = (("deferred", _DEFERRED), ("not agreed", _NOT_AGREED), ("agreed", _AGREED))
_LOWER_CUES = tuple((status, lower_twin(cue)) for status, cue in _CUES)
_EARLIER_LOWER = lower_twin(_EARLIER)


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


def _clause_items(sent: Sentence, text: str, outlet: str, n: int, strong: bool) -> list[Item]:
    """The outcomes a sentence reports: one per clause with its own status, and per commitment it coordinates."""
    clauses = [c for c in _clauses(text) if c and c.strip()]
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


def _clauses(text: str) -> list[str]:
    """A sentence's clauses (split only where a boundary's words are: most sentences are one clause)."""
    if ";" in text or "but" in text or "while" in text or "—" in text or "–" in text:
        return _CLAUSES.split(text)
    return [text]


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


def _item(sent: Sentence, text: str, status: str, outlet: str, n: int, bullet: bool) -> Item:
    return Item(sent, _wording(text), status, outlet, (n, sent.index), bullet)


def _wording(text: str) -> str:
    """An outcome as a short statement: dateline, leading frames and attribution trimmed, first letter capitalised."""
    out = statement(_LEAD_FRAME.sub("", DATELINE.sub("", text.strip())))
    out = out.strip().rstrip(";,:").strip()
    words = out.split()
    if len(words) > MAX_WORDS:
        out = " ".join(words[:MAX_WORDS]).rstrip(",;:") + " …"
    return out[:1].upper() + out[1:]

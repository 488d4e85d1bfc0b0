"""Seats at the table: who sits for each side, sentence by sentence, and who leads.

Only delegation frames and pair constructions seat anyone: "X's delegation
is headed by A", "the Peruvian delegation includes A, B and C", "A is joined
by B", "Joining A will be B", "X has sent A", "X was represented by A",
"Chile's delegation: A, B and C", "A member of the X delegation, B", "A,
who heads the X team", "A and his counterpart B met". A list runs on
across a colon, semicolons and into the next sentence ("Besides him,
the others are: ...", "The delegation includes ...", "With him were
..."), which take the side of the delegation named last. A lead comes only
from an explicit cue ("headed by", "led by", "head of the delegation"),
and an article saying a side has "no formal head" gives it none.

Meeting a delegation on the sidelines, not taking part, following the talks
from home or joining by video seat nobody, and count against a seat found
elsewhere. Names inside a member's appositive ("adviser to Prime Minister
X"), possessives, former office holders and the press are no members.
Mediators sit in the mediator's delegation, never in a side's.
:mod:`briefing.derive.delegations` weighs the seats into delegations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.actors import Actors
from briefing.derive.blocs import find_blocs, member_bloc
from briefing.derive.delegation_groups import GROUP, government, groups, headless
from briefing.derive.lexicon import UPPER
from briefing.derive.locator import PersonLocator
from briefing.derive.mediation import THIRD_PARTY_SUBJECT
from briefing.derive.mentions import Mention
from briefing.derive.quick_re import quick_compile
from briefing.model import Person, Source

#: Cues after which the people named are members; a lead cue names the head first.
_CUE = patterns.compile(
    r"\b(?P<lead>(?:headed|led|chaired|fronted|presided|directed|co-led|co-chaired)(?:\s+jointly)?\s+by"
    r"|(?<=team\s)under|(?<=delegation\s)under|(?<=panel\s)under|(?<=mission\s)under)\b"
    rf"|(?<=;)\s*(?:and\s+)?(?P<ellipsis>(?:the\s+)?[{UPPER}][\w’'-]*(?:\s+[{UPPER}][\w’'-]*){{0,2}})['’]s?"
    r"\s+(?:by|under)\b"
    r"|\b(?P<join>(?:joined|accompanied|flanked|assisted)\s+by)\b"
    r"|\b(?P<joining>Joining|Accompanying|Alongside)\s+(?P<anchor>[^,]{2,60}?)\s+(?:will\s+be|are|is|were|was)\b"
    r"|\b(?P<with>[Ww]ith\s+(?:him|her|them)\s+(?:were|was|are|is))\b"
    r"|\b(?P<sent>sent|dispatched|fielded|is\s+sending|are\s+sending|(?:is|was|were|are)\s+represented\s+by)\b"
    rf"|(?<=;)(?P<gap>\s*(?:and\s+)?(?:the\s+)?(?:[\w’'-]+\s+){{0,3}}{GROUP}\s+by)\b"
    r"|\b(?P<include>will\s+include|includes|included|including|comprises|comprising|comprised|formed\s+by|"
    r"made\s+up\s+of|composed\s+of|consist(?:s|ed|ing)\s+of|"
    r"completed\s+the\s+delegation|(?:were|was)\s+also|(?:are|is)\s+also|others\s+are|other\s+members?)\b"
    rf"|\b(?P<completed>(?:completed|complete|rounded\s+out|round\s+out)\s+(?:the\s+(?:[\w’'-]+\s+){{0,2}}{GROUP}|it\b|them\b))"
    r"|\b(?P<mediate>(?:mediated|moderated|brokered|facilitated|chaired|co-chaired)(?:\s+jointly)?\s+by)\b"
    r"|(?P<colon>:)",
)
_KINDS = ("lead", "ellipsis", "join", "joining", "with", "sent", "gap", "include", "completed", "mediate", "colon")
#: "A leads / headed / is leading the X delegation": the person before the verb is its head.
_LEADS = patterns.compile(
    rf"\b(?:led|leads|heads|headed|is\s+leading|was\s+leading|presided|directed|co-led)\s+(?:the\s+|a\s+|its\s+)?"
    rf"(?:[\w’'-]+\s+){{0,3}}?{GROUP}\b"
)
#: "X also sat on the panel", "Y served on the government team": a member.
_SITS = patterns.compile(rf"\b(?:sat|served|sits|serves)\s+on\s+(?:the\s+|its\s+)?(?:[\w’'-]+\s+){{0,3}}?{GROUP}\b")
#: A role naming the head of a delegation, or a member: "head of the government delegation".
_ROLE_SEAT = quick_compile(
    rf"\b(?P<what>head|chief|leader|co-leader|member|deputy\s+head)\s+of\s+(?:the\s+|its\s+)?(?P<owner>.*?)\s*{GROUP}\b",
    re.IGNORECASE,
)
#: "A and his counterpart B", "A met his counterpart B".
_COUNTERPART = patterns.compile(
    r"\band\s+(?:his|her|their)\s+(?:\w+\s+){0,2}counterparts?\b|\bmet\s+(?:his|her)\s+counterpart"
)
#: Clauses that seat nobody, whatever the frame: the person only met the delegation, or stayed away.
_ABSENT = quick_compile(
    r"\b(?:on|at|to)\s+the\s+(?:sidelines?|margins?)\b|\bdid\s+not\s+(?:take\s+part|participate|attend|travel|join)"
    r"|\btook\s+no\s+part\b|\bnot\s+a\s+party\b|\bfollowed\s+the\s+(?:talks|round|session|negotiations)\s+from\b"
    r"|\b(?:stayed|remained)\s+(?:behind\s+)?in\b|\bdirecting\s+the\s+team\s+from\b"
    r"|\b(?:joined|attended|addressed|followed)\b[^.;]{0,60}\bby\s+(?:video\s*link|videoconference|video\s+call)\b"
    r"|\b(?:hosted|came\s+together\s+with)\s+(?:the\s+|both\s+|each\s+)?(?:\w+\s+){0,2}delegations?\b"
    r"|\b(?:welcomed|greeted|received)\s+(?:the\s+|both\s+)?(?:two\s+)?(?:teams|delegations|panels|sides|negotiators)\b"
    r"|\bgave\s+(?:the\s+|both\s+)?(?:\w+\s+){0,2}(?:a\s+)?(?:dinner|lunch|reception|banquet)\b"
    r"|\bonly\s+opened\b"
    r"|\bin\s+\w+\s+for\s+(?:a|an|the)\s+(?:separate\s+|different\s+|other\s+)?[\w-]+\s+"
    r"(?:forum|meeting|conference|summit)\b",
    re.IGNORECASE,
)
#: Words that end the stretch of a sentence a cue governs.
_STOP = patterns.compile(r"\bwhile\b|\bafter\b|\bbefore\b|\bbut\b|\bbecause\b|\bwhereas\b|—|–")
#: A relative clause inside a list: names in it are what the member does, not members.
_RELATIVE = patterns.compile(r",\s*(?:who|which|whose)\b[^,;]*")
#: A name right after one of these words is not at the table.
_FORMER = patterns.compile(r"\b(?:former|previous|ex-|outgoing|late|then-)\b[^,;]{0,40}$", re.IGNORECASE)
_NEGATED = patterns.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
#: A name that is the object of a preposition in a member's appositive: "adviser to Prime Minister X".
_OBJECT = patterns.compile(r"\b(?:to|of|for|under|on\s+behalf\s+of)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,4}$")
#: Words that refer back to the delegation named before: "It sent", "The delegation includes", "the others".
_BACK = patterns.compile(
    r"^\s*(?:It|They|The\s+(?:delegation|team|side|others))\b|\bthe\s+others\b|\b(?:him|her)\b"
    # "Its other members are: A; B" (not "The other members of the committee are")
    r"|^\s*(?:Its|Their|The)\s+other\s+members\b(?!\s+of\b)"
    r"|;\s*(?:it|they)\s+(?:was|were|is|are|will\s+be)\s+$"  # "The X team has no formal head; it was co-led by"
)
_PRONOUN = patterns.compile(r"^\s*(?:He|She)\b|(?:^|[.;]\s*)(?:He|She)\s+(?:is|was|will\s+be)\s+$")
_NOT_MEMBER_ROLE = patterns.compile(r"journalist|reporter|correspondent|photographer", re.I)


@dataclass(slots=True)
class Seat:
    """One piece of evidence that a person sits (or, ``absent``, does not sit) in a party's delegation.

    The side is read when asked for (``party``), not when the frame is found, so one scan of the text
    serves before and after people's parties are settled: a frame names its side (``fixed``), or
    borrows another person's ("He is joined by", "With him were"), or leaves the member's own.
    """

    member: Person
    fixed: str | None
    party_of: Person | None
    lead: bool
    mediator: bool
    sentence: str
    absent: bool = False

    @property
    def person(self) -> str:
        return self.member.id

    @property
    def party(self) -> str | None:
        if self.fixed:
            return self.fixed
        if self.party_of is not None and self.party_of.party:
            return self.party_of.party
        return self.member.party


#: A frame's side: a party it names, or a person whose side it borrows.
_Frame = tuple[str | None, Person | None]


@dataclass(slots=True)
class _Article:
    """What an article has said so far: the delegation named last, its head, sides with no formal head."""

    actors: Actors
    government: str | None = None  # the state "the government" stands for in these sources
    owner: _Frame = (None, None)
    named: bool = False  # a delegation has been named, with or without its side
    lead: Person | None = None
    recent: Person | None = None  # the first person the last frame seated: whom "He"/"With him" means
    headless: frozenset[str] = frozenset()


def seats(sources: list[Source], people: list[Person]) -> list[Seat]:
    """Every delegation frame in the body text, in reading order (found once per sources and people)."""
    locator = PersonLocator.shared(sources, people)
    cached = locator.memo.get("seats")
    if cached is not None:
        return cached  # type: ignore[return-value]
    actors = Actors.of(sources)
    government_state = government(sources, actors)
    out: list[Seat] = []
    named_in: dict[str, list[tuple[str | None, int]]] = {}  # a copy of a sentence names the same groups
    for src in sources:  # an article saying a side has no formal head names no head in it; across outlets, a vote
        article = _Article(actors, government_state, headless=headless(src, actors))
        open_list = False  # the sentence before broke off inside a list ("accompanied by: A, B,")
        for sent in src.body:
            located = locator.find(sent)  # most sentences name nobody known: no list built for them
            found = [(m, p) for m, p in located if p.kind != "journalist" and not _press(p)] if located else []
            named = named_in.get(sent.text)
            if named is None:
                named = named_in[sent.text] = groups(sent.text, actors, government_state)
            if named:
                article.named = True
                if named[-1][0] is not None:
                    article.owner = (named[-1][0], None)
            seated: list[Seat] = []
            if found and open_list:
                seated += _continued(sent.text, sent.id, found, article)
            if found:
                seated += _sentence_seats(sent.text, sent.id, found, named, article)
            out.extend(seated)
            open_list = bool(seated) and any(not s.absent for s in seated) and sent.text.rstrip().endswith((",", ";"))
    blocs = find_blocs(sources)
    for seat in out:
        seat.fixed = member_bloc(blocs, seat.fixed) or seat.fixed  # "the French delegation" of the E3
    locator.memo["seats"] = out
    return out


_SPEAKS = patterns.compile(r"\b(?:said|says|told|added)\b")


def _continued(text: str, sid: str, found: list[tuple[Mention, Person]], article: _Article) -> list[Seat]:
    """A list cut by a line break runs on: the people named before the next cue or clause are members of
    the delegation named last."""
    if article.owner == (None, None):
        return []
    ends = [m.start() for m in (_CUE.search(text), _STOP.search(text), _SPEAKS.search(text)) if m]
    end = min(ends, default=len(text))
    return [Seat(p, article.owner[0], article.owner[1], False, False, sid) for _, p in _members(text, found, 0, end)]


def _press(person: Person) -> bool:
    return any(_NOT_MEMBER_ROLE.search(r) for r in person.roles)


def _sentence_seats(
    text: str, sid: str, found: list[tuple[Mention, Person]], named: list[tuple[str | None, int]], article: _Article
) -> list[Seat]:
    out: list[Seat] = [*_absences(text, sid, found), *_role_seats(sid, found, article)]
    out += _pair_seats(text, sid, found)
    out += _leads_active(text, sid, found, named, article)
    cues = list(_CUE.finditer(text))
    for n, cue in enumerate(cues):
        kind = next(k for k in _KINDS if cue.group(k))
        ellipsis = article.actors.mentions(cue.group("ellipsis")) if kind == "ellipsis" else []
        kind = "lead" if kind in ("gap", "ellipsis") else kind  # "...; the SRSC delegation by X", "; Baku's by X"
        if _NEGATED.search(text[: cue.start()]):
            continue
        if kind == "completed":
            out.extend(_completing(text, sid, cue, found, named, article))
            continue
        end = _stretch_end(text, cue, cues[n + 1 :], kind, [m.start for m, _ in found])
        members = _members(text, found, cue.end(), end)
        if not members:
            continue
        if kind == "mediate":
            out.extend(Seat(p, None, None, False, True, sid) for _, p in members[:2])
            continue
        if _third_party_clause(text, cue.start()):
            out.extend(Seat(p, None, None, False, True, sid) for _, p in members)
            continue  # "the guarantor countries were represented by A, B and C": no side's members
        if kind == "lead" and _SUBGROUP.search(text, max(0, cue.start() - 40), cue.start()):
            kind = "include"  # "the technical committee was headed by X": a member, not the head
        frame = (ellipsis[-1].name, None) if ellipsis else _frame(text, cue, kind, found, named, article)
        if frame is None:
            continue
        owner = frame[0] or (frame[1].party if frame[1] else None)
        leads = _lead_count(text, cue, members, owner in article.headless) if kind == "lead" else 0
        for i, (_, person) in enumerate(members):
            out.append(Seat(person, frame[0], frame[1], i < leads, False, sid))
        if leads:
            article.lead = members[0][1]
        article.recent = members[0][1]
        article.owner = frame if frame != (None, None) else (None, members[0][1])
    return out


def _third_party_clause(text: str, cue_start: int) -> bool:
    """Whether the clause before a cue is about mediators or guarantors, not a side."""
    clause = max(text.rfind(";", 0, cue_start), text.rfind(". ", 0, cue_start), 0)
    return bool(THIRD_PARTY_SUBJECT.search(text, clause, cue_start))


def _completing(
    text: str,
    sid: str,
    cue: re.Match[str],
    found: list[tuple[Mention, Person]],
    named: list[tuple[str | None, int]],
    article: _Article,
) -> list[Seat]:
    """ "A and B completed the team": the people named before the verb, in the delegation it names
    or the one named before ("the team")."""
    start = max(text.rfind(";", 0, cue.start()), text.rfind(":", 0, cue.start()), 0)
    members = _members(text, found, start, cue.start())
    owner = next((g[0] for g in named if cue.start() <= g[1] < cue.end() and g[0]), None)
    frame = (owner, None) if owner else article.owner if article.named else (None, None)
    if not members or frame == (None, None):
        return []
    return [Seat(person, frame[0], frame[1], False, False, sid) for _, person in members]


def _stretch_end(text: str, cue: re.Match[str], later: list[re.Match[str]], kind: str, starts: list[int]) -> int:
    """Where the members a cue governs end: the next cue of another frame, or a clause that starts.

    Semicolons part the items of a list ("the others are: A, who ...; B; and C", "It sent A; B; and
    the engineer C") but end the list where a new clause starts ("led by A; the SRSC delegation by
    B", "led by A; B said ..."). ``starts`` are where people are named.
    """
    limit = len(text)
    for nxt in later:
        if not (nxt.group("colon") or nxt.group("include") or kind == "colon"):
            limit = nxt.start()
            break
    stop = _STOP.search(text, cue.end(), limit)
    end = stop.start() if stop else limit
    for semicolon in (m.start() for m in _SEMICOLON.finditer(text, cue.end(), end)):
        first = next((s for s in starts if s > semicolon), end)
        if first >= end or _CLAUSE_STARTS.search(text, semicolon, first) or _VERB_AFTER.match(text, first):
            return semicolon
    return end


def _lead_count(text: str, cue: re.Match[str], members: list[tuple[Mention, Person]], headless: bool) -> int:
    """How many members a lead cue names as heads: the first, or all after "co-led by" (explicit
    co-heads even where the side has no formal head); none where the article says it has no head."""
    word = (cue.group("lead") or cue.group("gap") or "").lower()
    if "co-" in word or "jointly" in word or re.match(r"\s+jointly\b", text[cue.end() :]):
        return len(members)
    gap = text[cue.end() : members[0][0].start]
    if len(gap) > _LEAD_REACH or _PAST_HEAD.search(gap):
        return 0  # the head's name was not read; the first name read is a member further on
    return 0 if headless else 1


#: How far after "led by" the head's name may start (a title between: "led by Deputy Foreign Minister").
_LEAD_REACH = 80
#: Words between a lead cue and the first name read that show a head was named before it ("led by X, with").
_PAST_HEAD = patterns.compile(r",\s*(?:with|and|alongside)\b|\bwith\b|;")


def _members(text: str, found: list[tuple[Mention, Person]], start: int, end: int) -> list[tuple[Mention, Person]]:
    """People named in ``text[start:end]`` as members: not inside a relative clause or an appositive's
    object, not possessive, not former; each person once."""
    hidden = [(m.start(), m.end()) for m in _RELATIVE.finditer(text, start, end)]
    out: list[tuple[Mention, Person]] = []
    for mention, person in found:
        if not start <= mention.start < end or mention.possessive or any(person is p for _, p in out):
            continue
        if any(s <= mention.start < e for s, e in hidden) or _is_former(text, mention):
            continue
        head = text.rfind(mention.roles[0], 0, mention.start) if mention.roles else -1
        head = head if head >= 0 else mention.start
        if out and _OBJECT.search(text[max(start, head - 40) : max(start, head)]):
            continue
        out.append((mention, person))
    return out


def _frame(
    text: str,
    cue: re.Match[str],
    kind: str,
    found: list[tuple[Mention, Person]],
    named: list[tuple[str | None, int]],
    article: _Article,
) -> _Frame | None:
    """The side a frame is about; (None, None) when each member's own party must do; None when no frame."""
    before = text[: cue.start()]
    near = [g for g in named if g[1] < cue.end() and not _SEMICOLON.search(text, g[1], cue.start())]
    if kind == "joining":
        owners = [p for m, p in found if m.surface in cue.group("anchor")]
        return (None, owners[0]) if owners else None
    if kind == "join":
        subject = [p for m, p in found if m.end <= cue.start() and not _is_former(text, m)]
        if subject:
            return (None, subject[0])
        if _PRONOUN.search(before) and article.recent is not None:
            return (None, article.recent)  # "He is joined by": the one seated last ("Vietnam sent X. He ...")
    if kind == "with":
        return (None, article.recent) if article.recent else _back(before, article, force=True)
    if near and near[-1][0]:
        return (near[-1][0], None)
    back = _back(before, article)
    if back is not None:
        return back
    if near:
        return (None, None)
    if kind == "sent":
        hits = article.actors.mentions(before[-60:])
        return (hits[-1].name, None) if hits else None
    if kind == "colon":
        label = _LABEL.search(before)
        hits = article.actors.mentions(label.group(1)) if label else []
        return (hits[-1].name, None) if hits else None
    if kind in ("lead", "include") and _TALKS.search(before[-60:]):
        return (None, None)  # "the talks will include A", "the round was led by B": each for their side
    return None


#: "For the Government of Colombia:": a list's label naming its side.
_LABEL = patterns.compile(r"(?:^|[.;]\s+)For\s+(?:the\s+)?([^:;.]{2,80})$")
_SEMICOLON = patterns.compile(";")
#: After a semicolon, what starts a clause rather than the next item of a list.
_CLAUSE_STARTS = patterns.compile(rf"{GROUP}|\b(?:is|was|were|are|has|had|will|said|says)\b", re.IGNORECASE)
_VERB_AFTER = patterns.compile(r"\S+(?:\s+\S+){0,3}?,?\s+(?:said|says|told|added|is|was|has|had|will)\b")
#: Words before a lead cue that make it about the talks' delegations: "the round was led by".
_TALKS = patterns.compile(r"\b(?:talks|round|session|meeting|consultations|negotiations)\b")
#: Parts of a delegation whose heads are its members: "the legal committee was led by".
_SUBGROUP = patterns.compile(
    r"\b(?:working\s+groups?|sub-?groups?|committee|(?:expert|technical|legal)\s+panels?|panels?\s+of\s+\w+|track)\b[^.;]*$"
)


def _back(before: str, article: _Article, force: bool = False) -> _Frame | None:
    """The delegation named before, when the frame refers back to it ("It sent", "the others are")."""
    if (force or _BACK.search(before)) and article.named and (article.owner[0] or article.owner[1]):
        return article.owner
    return None


def _leads_active(
    text: str, sid: str, found: list[tuple[Mention, Person]], named: list[tuple[str | None, int]], article: _Article
) -> list[Seat]:
    """ "Nabil al-Fawwar, who heads the Harbaq team", "Jeon led a delegation of forty": the head;
    "X, a clan elder, also sat on the panel": a member of the panel named (or the one named before)."""
    out: list[Seat] = []
    for lead_frame, m in [*((True, m) for m in _LEADS.finditer(text)), *((False, m) for m in _SITS.finditer(text))]:
        clause = max(text.rfind(";", 0, m.start()), text.rfind(":", 0, m.start()), 0)
        subject = [p for mn, p in found if clause <= mn.start and mn.end <= m.start() and not mn.possessive]
        if not subject:
            continue
        owner = next((g[0] for g in named if m.start() <= g[1] < m.end()), None)
        if not lead_frame:
            if owner is None and not (article.named and article.owner[0]):
                continue
            out.append(Seat(subject[0], owner or article.owner[0], None, False, False, sid))
            continue
        lead = owner not in article.headless
        out.append(Seat(subject[0], owner, None, lead, False, sid))
        if lead:
            article.lead = subject[0]
        article.recent = subject[0]
        article.owner = (owner, None) if owner else (None, subject[0])
    return out


def _role_seats(sid: str, found: list[tuple[Mention, Person]], article: _Article) -> list[Seat]:
    """ "A member of the DLM delegation, Meaza Gebreyes", "the head of the government delegation, X"."""
    out: list[Seat] = []
    for mention, person in found:
        for role in mention.roles:
            m = _ROLE_SEAT.search(role)
            if not m:
                continue
            hits = article.actors.mentions(m.group("owner"))
            owner = hits[-1].name if hits else None
            lead = m.group("what").lower() in ("head", "chief", "leader", "co-leader")
            out.append(Seat(person, owner, None, lead and owner not in article.headless, False, sid))
    return out


def _pair_seats(text: str, sid: str, found: list[tuple[Mention, Person]]) -> list[Seat]:
    """ "A and his Azerbaijani counterpart B met": both are at the table, each for their own side."""
    m = _COUNTERPART.search(text)
    if not m:
        return []
    before = [p for mn, p in found if mn.end <= m.start() and not mn.possessive][-1:]
    after = [p for mn, p in found if mn.start >= m.end() and not mn.possessive][:1]
    if not before or not after:
        return []
    return [Seat(p, None, None, False, False, sid) for p in (*before, *after)]


#: A clause whose subject is a pronoun: the person is the sentence's first named.
_PRONOUN_CLAUSE = patterns.compile(r"[;.,]?\s*(?:and\s+)?(?:he|she)\s", re.IGNORECASE)


def _absences(text: str, sid: str, found: list[tuple[Mention, Person]]) -> list[Seat]:
    """People a clause keeps away from the table: who met a delegation on the sidelines, stayed home."""
    out: list[Seat] = []
    for m in _ABSENT.finditer(text):
        clause_start = max(text.rfind(";", 0, m.start()), text.rfind(". ", 0, m.start()), 0)
        subjects = [p for mn, p in found if clause_start <= mn.start < m.start() and not mn.possessive]
        if not subjects and _PRONOUN_CLAUSE.match(text, clause_start):  # "; he took no part"
            subjects = [p for mn, p in found if mn.start < clause_start and not mn.possessive][:1]
        out.extend(Seat(p, None, None, False, False, sid, absent=True) for p in subjects[:1])
    return out


def _is_former(text: str, mention: Mention) -> bool:
    return bool(_FORMER.search(text[max(0, mention.start - 50) : mention.start]))

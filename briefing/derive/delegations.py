"""Delegations: who sits at the table for each side, and who leads.

Membership comes from frames of news English: "X's delegation is headed by
A", "a Xi team led by A", "A is joined by B", "Joining A will be B",
"X has sent A and B", "the talks will include A". A person named as a
former negotiator, a journalist, or someone the text only mentions (a head
of state not at the table) is not a member. Mediators are kept apart: they
sit in the mediator party's delegation, never in a side's.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from briefing.derive import lexicon
from briefing.derive.locator import PersonLocator
from briefing.derive.mentions import Mention
from briefing.model import Delegation, Member, Party, Person, Source

#: Cues after which the people named are members of a delegation.
_CUE = re.compile(
    r"\b(?P<lead>headed|led|chaired|fronted)\s+by\b"
    r"|\b(?P<join>joined|accompanied|flanked|assisted)\s+by\b"
    r"|\b(?P<joining>Joining|Accompanying|Alongside)\s+(?P<anchor>[^,]{2,60}?)\s+(?:will\s+be|are|is|were|was)\b"
    r"|\b(?P<sent>sent|dispatched|fielded|is\s+sending|are\s+sending|is\s+represented\s+by|was\s+represented\s+by)\b"
    r"|\b(?P<include>will\s+include|includes|included|including|comprises|comprising)\b"
    r"|\b(?P<mediate>mediated|moderated|brokered|facilitated)\s+by\b"
    r"|\b(?P<meet>met|meets|meet|(?:held|holds|hold)\s+talks)\b",
)
#: After "met", what makes the meeting the negotiation itself.
_TALKS_AFTER = re.compile(r"\b(?:talks|negotiations|round|negotiating)\b")
#: Group nouns that make a frame about a delegation.
_GROUP = r"(?:delegation|team|negotiating\s+team|negotiators|delegates|side|mission|envoys)"
_GROUP_OWNER = re.compile(
    rf"(?P<owner>[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,3}})(?:['’]s)?\s+(?:[a-z-]+\s+){{0,3}}{_GROUP}\b"
)
_GROUP_WORD = re.compile(rf"\b{_GROUP}\b|\btalks\b|\bnegotiations\b|\bmeetings?\b|\bround\b", re.IGNORECASE)
#: Words that end the stretch of a sentence a cue governs.
_STOP = re.compile(r"\bwho\b|\bwhich\b|\bwhose\b|;|—|–|\bwhile\b|\bafter\b|\bbefore\b|\bbut\b|\bbecause\b")
#: A name just after one of these words is not at the table.
_FORMER = re.compile(r"\b(?:former|previous|ex-|outgoing|late|then-)\b[^,;]{0,40}$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no longer)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PRONOUN = re.compile(r"^\s*(?:He|She)\b|(?:^|[.;]\s*)(?:He|She)\s+(?:is|was|will\s+be)\s+$")
#: Roles that mark someone who is not a negotiator now.
_NOT_MEMBER_ROLE = re.compile(r"\b(?:former|previous|ex-|outgoing|late)\b|journalist|reporter|correspondent", re.I)


@dataclass(slots=True)
class Seat:
    """One piece of evidence that a person sits in a party's delegation.

    The side is read when asked for (``party``), not when the frame is
    found, so one scan of the text serves before and after people's
    parties are settled: a frame names its state (``fixed``), or borrows the
    side of another person ("He is joined by", "Joining Leiter will be"),
    or leaves the member's own.
    """

    member: Person
    fixed: str | None
    party_of: Person | None
    lead: bool
    tentative_lead: bool
    mediator: bool
    sentence: str

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


#: A frame's side: a state it names, or a person whose side it borrows; None when not a frame.
_Frame = tuple[str | None, Person | None]


def seats(sources: list[Source], people: list[Person]) -> list[Seat]:
    """Every delegation frame in the body text, in reading order (found once per sources and people)."""
    locator = PersonLocator.shared(sources, people)
    cached = locator.memo.get("seats")
    if cached is not None:
        return cached  # type: ignore[return-value]
    out: list[Seat] = []
    for src in sources:
        last_lead: Person | None = None
        for sent in src.body:
            found = locator.find(sent)
            if not found:
                continue
            for seat in _sentence_seats(sent.text, sent.id, found, last_lead):
                out.append(seat)
                if seat.lead and not seat.mediator:
                    last_lead = seat.member
    locator.memo["seats"] = out
    return out


def _sentence_seats(text: str, sid: str, found: list[tuple[Mention, Person]], last_lead: Person | None) -> list[Seat]:
    cues = list(_CUE.finditer(text))
    out: list[Seat] = []
    for n, cue in enumerate(cues):
        kind = next(k for k in ("lead", "join", "joining", "sent", "include", "mediate", "meet") if cue.group(k))
        if _NEGATED.search(text[: cue.start()]):
            continue
        if kind == "meet":
            out.extend(_meeting_seats(text, sid, cue, found))
            continue
        limit = cues[n + 1].start() if n + 1 < len(cues) else len(text)
        stop = _STOP.search(text, cue.end(), limit)
        end = stop.start() if stop else limit
        members = [
            (m, p) for m, p in found if cue.end() <= m.start < end and not m.possessive and not _is_former(text, m, p)
        ]
        if not members:
            continue
        if kind == "mediate":
            out.extend(Seat(p, None, None, False, False, True, sid) for _, p in members[:1])
            continue
        frame = _frame_party(text, cue, kind, found, last_lead)
        if frame is None:
            continue
        for i, (_, person) in enumerate(members):
            lead = kind == "lead" and i == 0
            tentative = kind in ("sent", "include") and i == 0
            out.append(Seat(person, frame[0], frame[1], lead, tentative, False, sid))
    return out


def _meeting_seats(text: str, sid: str, cue: re.Match[str], found: list[tuple[Mention, Person]]) -> list[Seat]:
    """ "A and his counterpart B met in Geneva for talks": the people who meet are at the table.

    Only the subjects count (those named before the verb in its clause), and only when the
    meeting is the talks: "Trump met Netanyahu" alone seats nobody.
    """
    if "talks" not in cue.group() and not _TALKS_AFTER.search(text, cue.end()):
        return []
    clause_start = max(text.rfind(";", 0, cue.start()), text.rfind("“", 0, cue.start()), 0)
    subjects = [
        p
        for m, p in found
        if clause_start <= m.start and m.end <= cue.start() and not m.possessive and not _is_former(text, m, p)
    ]
    return [Seat(p, None, None, False, True, False, sid) for p in subjects]


def _frame_party(
    text: str, cue: re.Match[str], kind: str, found: list[tuple[Mention, Person]], last_lead: Person | None
) -> _Frame | None:
    """The side a frame is about; (None, None) when each member's own party must do; None when not a frame."""
    before = text[: cue.start()]
    if kind == "joining":
        anchor = cue.group("anchor")
        owners = [p for m, p in found if m.surface in anchor]
        return (None, owners[0]) if owners else None
    if kind == "join":
        subject = [p for m, p in found if m.end <= cue.start() and not _is_former(text, m, p)]
        if subject:
            return (None, subject[-1])
        if _PRONOUN.search(before) and last_lead is not None:
            return (None, last_lead)
        owner = _group_owner(before)
        return (owner, None) if owner else None
    owner = _group_owner(before)
    if owner:
        return (owner, None)
    if kind == "sent":
        hits = lexicon.country_mentions(before[-60:])
        return (hits[-1][2], None) if hits else None
    if kind == "include":
        return (None, None) if _GROUP_WORD.search(before) else None
    if kind == "lead":
        return (None, None) if _GROUP_WORD.search(before[-60:]) else None
    return None


def _group_owner(before: str) -> str | None:
    """ "Israel's delegation is", "a newly constituted Israeli negotiating team": the state owning the group."""
    window = before[-80:]
    best: str | None = None
    for m in _GROUP_OWNER.finditer(window):
        hits = lexicon.country_mentions(m.group())
        if hits:
            best = hits[-1][2]
    return best


def _is_former(text: str, mention: Mention, person: Person) -> bool:
    if _FORMER.search(text[max(0, mention.start - 50) : mention.start]):
        return True
    return person.kind == "journalist" or any(_NOT_MEMBER_ROLE.search(r) for r in person.roles)


def find_delegations(sources: list[Source], people: list[Person], parties: list[Party]) -> list[Delegation]:
    """Per party, its members with role and lead; the mediator's people in the mediator's entry."""
    role_of = {p.name: p.role for p in parties}
    table: dict[str, dict[str, Member]] = defaultdict(dict)
    tentative: dict[str, list[str]] = defaultdict(list)
    for seat in seats(sources, people):
        person = seat.member
        party = person.party if role_of.get(person.party or "") == "mediator" else seat.party
        if seat.mediator:
            party = person.party
        if not party or party not in role_of:
            continue
        if role_of[party] == "mediator" and not (seat.mediator or person.party == party):
            continue
        member = table[party].setdefault(seat.person, Member(seat.person, _role(person), False))
        member.lead = member.lead or seat.lead
        if seat.tentative_lead:
            tentative[party].append(seat.person)
        if seat.sentence not in member.citations:
            member.citations.append(seat.sentence)
    for party, members in table.items():
        if not any(m.lead for m in members.values()) and tentative[party]:
            members[tentative[party][0]].lead = True
    order = {p.name: i for i, p in enumerate(parties)}
    position = {p.id: i for i, p in enumerate(people)}
    return [
        Delegation(party, sorted(table[party].values(), key=lambda m: (not m.lead, position[m.person])))
        for party in sorted(table, key=lambda n: order[n])
    ]


def _role(person: Person) -> str | None:
    return person.roles[0] if person.roles else None


def find_delegations_outlets(delegation: Delegation, outlet_of: dict[str, str]) -> list[str]:
    """The outlets whose sentences say something about who is in a delegation."""
    return sorted({outlet_of[c] for m in delegation.members for c in m.citations if c in outlet_of})

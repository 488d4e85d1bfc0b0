"""Who leads each side's delegation, as each outlet tells it: a named head, or none at all.

Frames of news English: "the Mexican delegation is led by X", "X, who heads
the Harbaq team", "X led the Chilean side", and for a side without one,
"did not name a formal head", "no formal head", "co-led", "shared the
lead". The side is the owner phrase before "delegation", "team" or "side",
resolved to a party by its names and demonyms (else kept as written, for a
movement the state table does not know). Outlets naming different heads, or
a head against none, contradict each other.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.contradictions import Assertion, Found, contradictions
from briefing.derive.locator import PersonLocator
from briefing.derive.names import name_key
from briefing.derive.quick_re import quick_compile
from briefing.model import Party, Person, Sentence, Source

_GROUP = r"(?:delegation|team|negotiating\s+team|side|negotiators|panel|mission|camp)"
#: Words bounded in length: unbounded, a 10,000-character word took 0.1 s a sentence (quadratic backtracking).
_OWNER = r"(?P<owner>(?:[A-Z][\w’'.-]{0,40}\s+){0,2}[A-Z][\w’'.-]{0,40}?)(?:['’]s)?"
_LED_BY = patterns.compile(
    rf"{_OWNER}\s+{_GROUP}\s+(?:\w+\s+){{0,2}}?(?:was\s+|is\s+)?(?:led|headed|chaired|presided)\s+by\s+"
)
_WHO_LEADS = patterns.compile(
    rf"(?:,\s+who\s+)?(?:leads|led|heads|headed|directed|presided)\s+(?:the\s+)?{_OWNER}\s+{_GROUP}\b"
)
_NO_HEAD = quick_compile(
    r"\b(?:no|not\s+name\s+a|without\s+a|never\s+named\s+a)\s+(?:formal\s+|single\s+|designated\s+)?"
    r"(?:head|leader|chief)\b|\bco-led\b|\bshared\s+the\s+lead\b|\bcollective\s+leadership\b",
    re.I,
)
#: Words each frame needs as written (both are case-sensitive): a sentence without one is not searched,
#: as both patterns try every capitalised word of every sentence.
_LED_BY_VERBS = ("led", "headed", "chaired", "presided")
_LEADS_VERBS = ("lead", "led", "head", "directed", "presided")
_SIDE_BEFORE = patterns.compile(rf"{_OWNER}\s+(?:{_GROUP}\s+)?(?:did|has|had|have|was|is)?\s*$")


def lead_contradictions(
    sources: list[Source], people: list[Person], parties: list[Party], outlet: dict[str, str], names: dict[str, str]
) -> list[Found]:
    """Sides whose head outlets name differently, or name against none."""
    officials = [p for p in people if p.kind != "journalist"]
    locator = PersonLocator.shared(sources, officials)
    side_of = _sides(parties)
    heads = {p.id: frozenset(name_key(w) for w in p.name.split()) for p in officials}
    assertions = []
    read: dict[str, list[tuple[str, str, str]]] = {}  # a sentence's frames depend on its text alone (and the locator)
    for n, src in enumerate(sources):
        for sent in src.body:
            frames = read.get(sent.text)
            if frames is None:
                frames = read[sent.text] = _leads(sent, locator)
            for side, head, shown in frames:
                entry = lexicon.lookup(side)
                party = side_of.get(side.casefold()) or (entry.country if entry and entry.country else side)
                value = heads.get(head, frozenset({head}))  # a head is compared by the words of his name
                aspect = f"Who leads {party}'s delegation"
                assertions.append(Assertion("lead", aspect, value, shown, sent.id, outlet[src.id], (n, sent.index)))
    return contradictions(assertions, _same_head, names)


def _sides(parties: list[Party]) -> dict[str, str]:
    """Names a side goes by -> its party; a demonym also by its last word ("Korean" for "South Korean")."""
    side_of = {a.casefold(): p.name for p in parties for a in [p.name, *p.aliases]}
    last: dict[str, set[str]] = {}
    for alias, party in side_of.items():
        last.setdefault(alias.split()[-1], set()).add(party)
    for word, owners in last.items():
        if len(owners) == 1:
            side_of.setdefault(word, next(iter(owners)))
    return side_of


def _same_head(a: object, b: object) -> bool:
    """One head: the same words of a name in any order ("Ha-rin Jeon", "Jeon Ha-rin"), or both none."""
    assert isinstance(a, frozenset) and isinstance(b, frozenset)
    return a == b or (bool(a & b) and max(len(w) for w in a & b) >= 4 and "none" not in a | b)


def _leads(sent: Sentence, locator: PersonLocator) -> list[tuple[str, str, str]]:
    """(side as written, the head's person id or "none", as written) for each lead frame of a sentence."""
    text = sent.text
    out: list[tuple[str, str, str]] = []
    for m in _LED_BY.finditer(text) if "by" in text and _has(text, _LED_BY_VERBS) else ():
        after = [(mn, p) for mn, p in locator.find(sent) if m.end() <= mn.start <= m.end() + 80]
        if after and m.group("owner").lower() not in ("the", "a"):
            mention, person = after[0]
            out.append((_side(m.group("owner")), person.id, text[m.start() : mention.end]))
    for m in _WHO_LEADS.finditer(text) if _has(text, _LEADS_VERBS) else ():
        before = [(mn, p) for mn, p in locator.find(sent) if mn.end <= m.start() and m.start() - mn.end <= 60]
        if before:
            mention, person = before[-1]
            out.append((_side(m.group("owner")), person.id, text[mention.start : m.end()]))
    for m in _NO_HEAD.finditer(text):
        side = _SIDE_BEFORE.search(text[max(0, m.start() - 80) : m.start()])
        if side:
            out.append((_side(side.group("owner")), "none", text[max(0, m.start() - 40) : m.end()].strip()))
    return out


def _has(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _side(owner: str) -> str:
    """The side's name as written, without a leading article ("The Mexican" -> "Mexican")."""
    return re.sub(r"^(?:The|A|An)\s+", "", owner.strip())

"""Parties: the sides of the negotiation, any mediator, and other states and organisations mentioned.

Sides are found from the text alone: states (named, or stood for by a
demonym, capital or seat of government) and the organisations the sources
introduce (:mod:`briefing.derive.organisations`: "the Dembel Liberation
Movement (DLM)", "the Harbaq movement"), weighted by how many outlets
mention them; the sides are those whose delegations the text describes or
that it names as a pair ("Yemen and Harbaq agree"). An actor named as
mediating ("mediated by", "under the auspices of", "Norwegian and Swiss
mediators") is a mediator. Each person gets the side their titles or
context point to (:mod:`briefing.derive.affiliations`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.actors import GENERIC, Actors, Span
from briefing.derive.affiliations import assign_person_parties, person_country, role_country
from briefing.derive.blocs import find_blocs, member_bloc
from briefing.derive.by_article import Step, active, one_per_body_sentence, recall
from briefing.derive.delegation_seats import seats
from briefing.derive.mediation import GUARANTORS_BEFORE, NOUN_AFTER_ACTOR, person_mediation
from briefing.derive.mentions import CREDIT_LINE
from briefing.derive.names import name_key
from briefing.derive.resolver import PartyResolver
from briefing.model import Party, Person, Source

__all__ = ["PartyResolver", "assign_person_parties", "find_parties", "person_country", "role_country"]

#: Phrases after which the next state or person named is the mediator.
_MEDIATION = patterns.compile(
    r"\b(?:mediated|brokered|moderated|facilitated|convened|chaired|hosted and mediated)\s+(?:\w+\s+)?by\s+"
    r"|\bunder\s+the\s+(?:\w+\s+)?(?:auspices|aegis|mediation)\s+of\s+"
    r"|\bmediation\s+(?:by|of|from)\s+"
    r"|\bmediator[s]?\b[,:]?\s+(?:is\s+|was\s+)?",
    re.IGNORECASE,
)
#: Substrings without which no sentence names a mediator (a cheap test before the regexes).
_MEDIATION_HINTS = (
    "mediat",
    "broker",
    "moderat",
    "facilitat",
    "convened",
    "chaired",
    "auspices",
    "aegis",
    "sponsored",
    "guarantor",
    "observer",
)
#: Whether any hint is in a text: one search, not a test per hint.
_ANY_HINT = patterns.compile("|".join(re.escape(h) for h in _MEDIATION_HINTS))
#: "US-brokered", "Qatari-mediated".
_MEDIATED_ADJ = patterns.compile(r"([A-Z][\w.’']*)-(?:mediated|brokered|sponsored|facilitated|led mediation)\b")
#: What may stand between "mediator" and the actor it names: "the mediator, Egypt", "mediator is Qatar".
_RIGHT_AFTER = patterns.compile(r"\s*(?:the\s+)?")
#: What joins actors named together: "Norway and the African Union", "Swiss, Finnish and Irish".
_COORDINATION = patterns.compile(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")
#: "the Trump administration", "Erdogan's government": a leader's name standing for the state.
_ADMINISTRATION = patterns.compile(r"\b([A-Z][\w’'-]+)(?:['’]s)?\s+(?:administration|government|cabinet|White House)\b")
_PAIR_GAP = patterns.compile(r"\s*(?:-|–|/|,|and|&)\s*|\s+and\s+(?:the\s+)?")
_COUNTERPART_GAP = patterns.compile(r"\band\s+(?:his|her|their|its)\s+$")
_ADMINISTRATION_WORDS = ("administration", "government", "cabinet", "White House")
#: A side is an actor with at least this share of the most mentioned actor's weight.
SIDE_SHARE = 0.25
MAX_SIDES = 4


@dataclass(slots=True)
class _Tally:
    mentions: Counter[str]
    outlets: dict[str, set[str]]
    aliases: dict[str, Counter[str]]
    mediation: Counter[str]
    pairs: Counter[str]  # states named as a pair: "Israeli and Syrian", "between A and B", "A-B talks"


def find_parties(sources: list[Source], people: list[Person]) -> list[Party]:
    """Sides, mediators and other actors; sets ``Person.party`` where the text says."""
    actors = Actors.of(sources)
    tally = _tally(sources, actors)
    guessed = assign_person_parties(sources, people)
    blocs = find_blocs(sources)
    for person in people:
        person.party = member_bloc(blocs, person.party) or person.party  # a member state's official
    tally.mediation.update(person_mediation(sources, people))
    _count_administrations(sources, [p for p in people if p.id not in guessed], tally)
    owners = Counter(s.party for s in seats(sources, people) if s.party and not s.mediator and not s.absent)
    parties = _rank(tally, owners, actors)
    known = {p.name for p in parties}
    for person in people:
        if person.party is not None and person.party not in known:
            person.party = None
    return parties


def _tally(sources: list[Source], actors: Actors) -> _Tally:
    tally = _Tally(Counter(), defaultdict(set), defaultdict(Counter), Counter(), Counter())
    given = actors.digest if active() else ""  # all a sentence's reading needs besides it
    read: dict[str, _Read | None] = {}  # each distinct text read once, its copies counted from that
    for src in sources:
        outlet = src.outlet_key
        for got in _article_reads(src, actors, given, read):
            if got is None:
                continue
            names, aliases, pairs, mediators = got
            for name in names:
                tally.mentions[name] += 1
                tally.outlets[name].add(outlet)
            for name, alias in aliases:
                tally.aliases[name][alias] += 1
            for name in pairs:
                tally.pairs[name] += 1
            for name in mediators:
                tally.mediation[name] += 1
    return tally


#: What one sentence adds to the tally: the actors it names, each non-generic one with its spelling,
#: both actors of each pair, and the mediators.
_Read = tuple[tuple[str, ...], tuple[tuple[str, str], ...], tuple[str, ...], tuple[str, ...]]


#: What each body sentence of an article adds to the tally, kept between derivations.
_READS: Step[list[_Read | None]] = Step("parties", list[_Read | None], from_plain=one_per_body_sentence)


def _article_reads(src: Source, actors: Actors, given: str, read: dict[str, _Read | None]) -> list[_Read | None]:
    """:func:`_read` of each body sentence of an article (``given``: a digest of ``actors``), each text
    read once a derivation (``read``: the texts read so far, of every article)."""

    def reads() -> list[_Read | None]:
        return [read[t] if t in read else read.setdefault(t, _read(t, actors)) for t in (s.text for s in src.body)]

    return recall(_READS, src, given, reads)


def _read(text: str, actors: Actors) -> _Read | None:
    """What a sentence adds to the tally (None for a credit line, which adds nothing)."""
    if CREDIT_LINE.match(text):
        return None
    hits = actors.mentions(text)
    if not hits:  # most sentences name no actor: only an adjective ("US-brokered") can name a mediator
        return (), (), (), tuple(_mediators_in(text, hits))
    names = tuple(hit.name for hit in hits)
    aliases = tuple((hit.name, text[hit.start : hit.end]) for hit in hits if hit.kind != GENERIC)
    pairs = tuple(name for pair in _pairs(text, hits) for name in pair)
    return names, aliases, pairs, tuple(_mediators_in(text, hits))


def _pairs(text: str, hits: list[Span]) -> list[tuple[str, str]]:
    """Two different actors named side by side ("Israel-Syria", "Egyptian and Ethiopian", "Yemen and
    Harbaq", "X and his Azerbaijani counterpart"): the usual way news English names the two sides."""
    out: list[tuple[str, str]] = []
    for first, second in itertools.pairwise(hits):
        if first.name == second.name or GENERIC in (first.kind, second.kind):
            continue
        gap = text[first.end : second.start]
        counterpart = _COUNTERPART_GAP.search(gap) and text[second.end :].lstrip().startswith("counterpart")
        if _PAIR_GAP.fullmatch(gap) or counterpart:
            out.append((first.name, second.name))
    return out


def _mediators_in(text: str, hits: list[Span]) -> list[str]:
    """Actors named as mediators in one sentence, each of a coordinated list ("by Norway and the AU")."""
    low = text.lower()
    if not _ANY_HINT.search(low):
        return []
    found: list[str] = []
    for m in _MEDIATION.finditer(text):
        after = [h for h in hits if h.start >= m.end()]
        if not after or after[0].start - m.end() >= 25:
            continue
        if m.group().lower().startswith("mediator") and not _RIGHT_AFTER.fullmatch(text, m.end(), after[0].start):
            continue  # "the mediators urged the DLM": the actor named next is who they spoke to
        found.extend(h.name for h in _coordinated(text, after))
    for m in GUARANTORS_BEFORE.finditer(text):
        after = [h for h in hits if h.start >= m.end()]
        if after and after[0].start == m.end():
            found.extend(h.name for h in _coordinated(text, after))
    for i, hit in enumerate(hits):
        if NOUN_AFTER_ACTOR.match(text, hit.end):
            found.extend(h.name for h in _coordinated(text, hits[: i + 1][::-1]))
    for m in _MEDIATED_ADJ.finditer(text):
        country = lexicon.country_for(m.group(1))
        if country:
            found.append(country)
    return found


def _coordinated(text: str, hits: list[Span]) -> list[Span]:
    """The first hit and those joined to it by "and" or commas, walking the list in its order."""
    out = [hits[0]]
    for prev, nxt in itertools.pairwise(hits):
        gap = text[min(prev.end, nxt.end) : max(prev.start, nxt.start)]
        if not _COORDINATION.fullmatch(gap):
            break
        out.append(nxt)
    return out


def _count_administrations(sources: list[Source], people: list[Person], tally: _Tally) -> None:
    """ "The Trump administration" is an alias of the state its leader serves."""
    by_surname: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if person.party:
            by_surname[name_key(person.name.split()[-1])].append(person)
    texts = dict.fromkeys(sent.text for src in sources for sent in src.body)
    worded = {text for text in texts if any(word in text for word in _ADMINISTRATION_WORDS)}  # each text once
    for src in sources:
        outlet = src.outlet_key
        for sent in src.body:
            if sent.text not in worded:
                continue
            for m in _ADMINISTRATION.finditer(sent.text):
                owners = by_surname.get(name_key(m.group(1)), [])
                if len(owners) != 1:
                    continue
                country = owners[0].party or ""
                alias = sent.text[m.start() : m.end()]
                tally.mentions[country] += 1
                tally.outlets[country].add(outlet)
                tally.aliases[country][alias] += 1
                if _MEDIATION.search(sent.text[max(0, m.start() - 40) : m.start()]):
                    tally.mediation[country] += 1


def _rank(tally: _Tally, owners: Counter[str], actors: Actors) -> list[Party]:
    """Roles of the actors: mediators as said; sides are those whose delegations the text describes,
    or failing two of those, the most mentioned (a host city counts many mentions but sends no
    delegation)."""
    weight = {c: n * len(tally.outlets[c]) for c, n in tally.mentions.items() if c}
    if not weight:
        return []
    # A side whose own delegation the text describes more often than it names it mediating is a side
    # ("the bloc's mission was headed by its mediator for Guinea").
    mediators = {c for c, n in tally.mediation.items() if n and c in weight and owners[c] <= n}
    contenders = sorted((c for c in weight if c not in mediators), key=lambda c: (-weight[c], c))
    delegated = sorted((c for c in contenders if owners[c]), key=lambda c: (-owners[c], -weight[c], c))
    paired = sorted(
        (c for c in contenders if tally.pairs[c] and c not in delegated), key=lambda c: (-tally.pairs[c], c)
    )
    top = weight[contenders[0]] if contenders else 0
    sides = [c for c in contenders if weight[c] >= SIDE_SHARE * top][:MAX_SIDES]
    if len(delegated) >= 2:
        sides = delegated[:MAX_SIDES]
    elif len(delegated) + len(paired) >= 2:
        sides = [*delegated, *paired][: max(2, len(delegated))]
    elif len(sides) < 2 and len(contenders) >= 2:
        sides = contenders[:2]
    parties: list[Party] = []
    for name in sorted(weight, key=lambda c: (-weight[c], c)):
        role = "mediator" if name in mediators else "party" if name in sides else "other"
        aliases = sorted(tally.aliases[name], key=lambda a: (-tally.aliases[name][a], a))
        aliases += [f"the {noun}" for noun in sorted(_nouns_of(actors, name))]
        parties.append(Party(name=name, aliases=aliases, role=role))
    order = {"party": 0, "mediator": 1, "other": 2}
    parties.sort(key=lambda p: (order[p.role], -weight[p.name], p.name))
    return parties


def _nouns_of(actors: Actors, name: str) -> set[str]:
    """The generic nouns ("movement", "group") that stand for this organisation alone; a state's
    own ruling organ lends it its nouns ("the junta")."""
    return {
        n
        for org in actors.organisations
        if (org.state or org.name) == name
        for n in org.nouns
        if actors.generic(n) == name
    }

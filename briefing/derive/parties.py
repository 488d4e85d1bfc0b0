"""Parties: the sides of the negotiation, any mediator, and other states mentioned.

Sides are found from the text alone: states named (or stood for by a
demonym, capital or seat of government) in body sentences, weighted by how
many outlets mention them; a state named as mediating ("mediated by",
"brokered by", "under the auspices of") is the mediator. Each person gets
the party their titles or context point to.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from briefing.derive import lexicon
from briefing.derive.delegations import seats
from briefing.derive.locator import PersonLocator
from briefing.derive.mentions import CREDIT_LINE
from briefing.derive.names import name_key
from briefing.model import Party, Person, Source

#: Phrases after which the next state or person named is the mediator.
_MEDIATION = re.compile(
    r"\b(?:mediated|brokered|moderated|facilitated|convened|chaired|hosted and mediated)\s+by\s+"
    r"|\bunder\s+the\s+(?:auspices|aegis|mediation)\s+of\s+"
    r"|\bmediation\s+(?:by|of|from)\s+"
    r"|\bmediator[s]?\b[,:]?\s+(?:is\s+|was\s+)?",
    re.IGNORECASE,
)
#: Substrings without which no sentence names a mediator (a cheap test before the regexes).
_MEDIATION_HINTS = ("mediat", "broker", "moderat", "facilitat", "convened", "chaired", "auspices", "aegis", "sponsored")
#: "US-brokered", "Qatari-mediated".
_MEDIATED_ADJ = re.compile(r"([A-Z][\w.’']*)-(?:mediated|brokered|sponsored|led mediation)\b")
#: "the Trump administration", "Erdogan's government": a leader's name standing for the state.
_ADMINISTRATION = re.compile(r"\b([A-Z][\w’'-]+)(?:['’]s)?\s+(?:administration|government|cabinet|White House)\b")
_PAIR_GAP = re.compile(r"\s*(?:-|–|/|,|and|&)\s*|\s+and\s+(?:the\s+)?")
_COUNTERPART_GAP = re.compile(r"\band\s+(?:his|her|their|its)\s+$")
_ADMINISTRATION_WORDS = ("administration", "government", "cabinet", "White House")
#: A state named as the target of a role ("ambassador to the United States", "envoy for Syria").
_TARGET_PREP = re.compile(r"\b(?:to|for|on|in|with|toward|towards|against)\s+(?:the\s+)?$")
#: In a title, a state after one of these is what the post deals with ("envoy to the Organization of ...").
_TARGET_ANYWHERE = re.compile(r"\b(?:to|for|on|toward|towards|against|with)\s", re.IGNORECASE)
#: "Netanyahu's military adviser": the possessor of a role.
_POSSESSOR = re.compile(r"^([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})['’]s\s")
#: How far before a name the state named may stand and still give the person's side.
CONTEXT_CHARS = 40
#: A side is a state with at least this share of the most mentioned state's weight.
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
    """Sides, mediator and other states; sets ``Person.party`` where the text says."""
    tally = _tally(sources)
    guessed = assign_person_parties(sources, people)
    _count_administrations(sources, [p for p in people if p.id not in guessed], tally)
    owners = Counter(s.party for s in seats(sources, people) if s.party and not s.mediator)
    parties = _rank(tally, owners)
    known = {p.name for p in parties}
    for person in people:
        if person.party is not None and person.party not in known:
            person.party = None
    return parties


def assign_person_parties(sources: list[Source], people: list[Person]) -> set[str]:
    """Each person's side, in the order of evidence that worked best (extraction notes):

    a state in their titles, the party of the person whose aide they are
    ("Netanyahu's military adviser"), the delegation frame naming them
    ("Syria has sent X"), then the state named just before them in a sentence.
    Returns the ids of those whose side only that last guess gave: weak
    evidence, not enough to make "the X government" an alias of the state.
    """
    officials = [p for p in people if p.kind != "journalist"]
    for person in officials:
        person.party = person.party or person_country(person)
    by_surface = {v: p for p in officials for v in [p.name, *p.variants]}
    for _ in range(2):
        if all(p.party for p in officials):
            break
        for person in officials:
            person.party = person.party or _possessor_party(person, by_surface)
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for seat in seats(sources, officials):
            if seat.party and not seat.mediator:
                votes[seat.person][seat.party] += 1
        for person in officials:
            if person.party is None and votes[person.id]:
                person.party = votes[person.id].most_common(1)[0][0]
    before = {p.id for p in officials if p.party is None}
    _context_parties(sources, officials)
    return {p.id for p in officials if p.id in before and p.party is not None}


def person_country(person: Person) -> str | None:
    """The state a person serves, from the demonyms and state names in their titles."""
    votes: Counter[str] = Counter()
    for role in person.roles:
        if _POSSESSOR.match(role) and not lexicon.country_for(_POSSESSOR.match(role).group(1)):
            continue
        country = role_country(role)
        if country:
            votes[country] += 1
    return votes.most_common(1)[0][0] if votes else None


def _country_before(text: str, start: int, earlier_in_paragraph: set[str]) -> str | None:
    window = text[max(0, start - CONTEXT_CHARS) : start]
    hits = [h for h in lexicon.entry_mentions(window) if not _TARGET_PREP.search(window[: h[0]])]
    if hits:
        return hits[-1][2].country
    earlier = {c for _, _, c in lexicon.country_mentions(text[:start])} or earlier_in_paragraph
    return next(iter(earlier)) if len(earlier) == 1 else None


def _possessor_party(person: Person, by_surface: dict[str, Person]) -> str | None:
    for role in person.roles:
        m = _POSSESSOR.match(role)
        words = m.group(1).split() if m else []
        for i in range(len(words)):  # "President Trump's envoy": the owner is "Trump"
            owner = by_surface.get(" ".join(words[i:]))
            if owner is not None and owner is not person and owner.party:
                return owner.party
    return None


def _context_parties(sources: list[Source], people: list[Person]) -> None:
    """Last resort: the state named shortly before the person, else the only state named before them
    in their sentence, else the only state named earlier in their paragraph."""
    missing = [p for p in people if p.party is None]
    if not missing:
        return
    locator = PersonLocator.shared(sources, people)
    wanted = {id(p) for p in missing}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for src in sources:
        paragraph, earlier_in_paragraph = -1, set()
        for sent in src.body:
            if sent.paragraph != paragraph:
                paragraph, earlier_in_paragraph = sent.paragraph, set()
            for mention, person in locator.find(sent):
                if id(person) in wanted:
                    country = _country_before(sent.text, mention.start, earlier_in_paragraph)
                    if country:
                        votes[person.id][country] += 1
            earlier_in_paragraph.update(c for _, _, c in lexicon.country_mentions(sent.text))
    for person in missing:
        if votes[person.id]:
            person.party = votes[person.id].most_common(1)[0][0]


def role_country(role: str) -> str | None:
    """The side a title names: "Syrian Foreign Minister" -> Syria; "ambassador to the United States" -> None.

    A state after "to/for/on" is the counterpart, not the side served.
    """
    for start, _end, entry in lexicon.entry_mentions(role):
        if _TARGET_ANYWHERE.search(role[:start]):
            continue
        return entry.country
    return None


def _tally(sources: list[Source]) -> _Tally:
    tally = _Tally(Counter(), defaultdict(set), defaultdict(Counter), Counter(), Counter())
    for src in sources:
        outlet = src.outlet_key
        for sent in src.body:
            if CREDIT_LINE.match(sent.text):
                continue
            hits = lexicon.entry_mentions(sent.text)
            for start, end, entry in hits:
                country = entry.country or ""
                tally.mentions[country] += 1
                tally.outlets[country].add(outlet)
                tally.aliases[country][sent.text[start:end]] += 1
            for a, b in _pairs(sent.text, hits):
                tally.pairs[a] += 1
                tally.pairs[b] += 1
            for country in _mediators_in(sent.text):
                tally.mediation[country] += 1
    return tally


def _pairs(text: str, hits: list[tuple[int, int, lexicon.Entry]]) -> list[tuple[str, str]]:
    """Two different states named side by side ("Israel-Syria", "Egyptian and Ethiopian",
    "X and his Azerbaijani counterpart"): the usual way news English names the two sides."""
    out: list[tuple[str, str]] = []
    for (_, end, first), (start, end2, second) in itertools.pairwise(hits):
        if not first.country or not second.country or first.country == second.country:
            continue
        gap = text[end:start]
        counterpart = _COUNTERPART_GAP.search(gap) and text[end2:].lstrip().startswith("counterpart")
        if _PAIR_GAP.fullmatch(gap) or counterpart:
            out.append((first.country, second.country))
    return out


def _mediators_in(text: str) -> list[str]:
    """States named as mediators in one sentence."""
    low = text.lower()
    if not any(cue in low for cue in _MEDIATION_HINTS):
        return []
    found: list[str] = []
    for m in _MEDIATION.finditer(text):
        window = text[m.end() : m.end() + 80]
        hits = lexicon.country_mentions(window)
        if hits and hits[0][0] < 25:
            found.append(hits[0][2])
    for m in _MEDIATED_ADJ.finditer(text):
        country = lexicon.country_for(m.group(1))
        if country:
            found.append(country)
    return found


def _count_administrations(sources: list[Source], people: list[Person], tally: _Tally) -> None:
    """ "The Trump administration" is an alias of the state its leader serves."""
    by_surname: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        if person.party:
            by_surname[name_key(person.name.split()[-1])].append(person)
    for src in sources:
        outlet = src.outlet_key
        for sent in src.body:
            if not any(word in sent.text for word in _ADMINISTRATION_WORDS):
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


def _rank(tally: _Tally, owners: Counter[str]) -> list[Party]:
    """Roles of the states: mediators as said; sides are the states whose delegations the text
    describes, or failing two of those, the most mentioned states (a host city counts many mentions
    but sends no delegation)."""
    weight = {c: n * len(tally.outlets[c]) for c, n in tally.mentions.items() if c}
    if not weight:
        return []
    mediators = {c for c, n in tally.mediation.items() if n and c in weight}
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
    for country in sorted(weight, key=lambda c: (-weight[c], c)):
        role = "mediator" if country in mediators else "party" if country in sides else "other"
        aliases = sorted(tally.aliases[country], key=lambda a: (-tally.aliases[country][a], a))
        parties.append(Party(name=country, aliases=aliases, role=role))
    order = {"party": 0, "mediator": 1, "other": 2}
    parties.sort(key=lambda p: (order[p.role], -weight[p.name], p.name))
    return parties


class PartyResolver:
    """Maps a subject phrase to a party name: "a senior Israeli official", "Damascus", "Netanyahu".

    Used wherever a speaker or an actor must be attributed to a side
    (demands, delegations). Persons count by any spelling or their surname.
    """

    def __init__(self, parties: list[Party], people: list[Person]) -> None:
        self.parties = parties
        self._names = {p.name for p in parties}
        self._alias: dict[str, str] = {}
        for party in parties:
            for alias in [party.name, *party.aliases]:
                self._alias.setdefault(alias.casefold(), party.name)
        self._alias_patterns = [
            (re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)"), name)
            for alias, name in self._alias.items()
            if len(alias) > 3
        ]
        self._person: dict[str, str | None] = {}
        surnames: dict[str, set[str | None]] = defaultdict(set)
        for person in people:
            if person.kind == "journalist":
                continue
            for variant in [person.name, *person.variants]:
                self._person[name_key(variant)] = person.party
                surnames[name_key(variant.split()[-1])].add(person.party)
        for key, owners in surnames.items():
            if len(owners) == 1:
                self._person.setdefault(key, next(iter(owners)))

    def resolve(self, phrase: str) -> str | None:
        """The party a phrase stands for, or None when it names none."""
        phrase = phrase.strip()
        if not phrase:
            return None
        direct = self._alias.get(_strip_article(phrase).casefold())
        if direct:
            return direct
        for start, _end, country in lexicon.country_mentions(phrase):
            if _TARGET_PREP.search(phrase[:start]):
                continue
            if not self._names or country in self._names:
                return country
        folded = phrase.casefold()
        for pattern, name in self._alias_patterns:
            if pattern.search(folded):
                return name
        return self._person_party(phrase)

    def _person_party(self, phrase: str) -> str | None:
        words = re.findall(r"[A-Z][\w’'-]*", phrase)
        for n in (3, 2, 1):
            for i in range(len(words) - n + 1):
                party = self._person.get(name_key(" ".join(words[i : i + n])))
                if party:
                    return party
        return None


def _strip_article(phrase: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)

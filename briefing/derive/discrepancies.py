"""Discrepancies between outlets about people: name spellings, titles, delegation membership.

Each is a claim whose citations are the differing sentences, one or more
per outlet, so a reader can set them side by side. (Numbers and dates that
differ are found by the claims stage.)
"""

from __future__ import annotations

import re
from collections import defaultdict

from briefing.derive.delegations import find_delegations_outlets
from briefing.derive.locator import PersonLocator
from briefing.derive.mentions import HEAD_NOUNS
from briefing.derive.names import name_tokens
from briefing.ingest.segment import TITLE_ABBREVIATIONS
from briefing.model import Claim, Delegation, Person, Sentence, Source

#: Abbreviated titles compared as their full words ("Gen." is "General").
_ABBREVIATED = {
    "gen": "general",
    "maj": "major",
    "lt": "lieutenant",
    "col": "colonel",
    "brig": "brigadier",
    "adm": "admiral",
    "capt": "captain",
    "amb": "ambassador",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "pres": "president",
    "cmdr": "commander",
    "cdr": "commander",
    "sgt": "sergeant",
    "supt": "superintendent",
    "insp": "inspector",
}
_POSSESSIVE_END = re.compile(r"['’]s$")
_PREPOSITION = re.compile(r"\s(?:of|to|for|on|in|at|with|from)\s", re.IGNORECASE)


def find_discrepancies(sources: list[Source], people: list[Person], delegations: list[Delegation]) -> list[Claim]:
    """Where outlets differ on a person's spelling or title, or on who is in a delegation."""
    index = _SentenceIndex(sources)
    claims = [
        *(c for p in people if p.kind != "journalist" for c in _spelling(p, index)),
        *_titles(sources, people, index),
        *(c for d in delegations for c in _composition(d, people, index)),
    ]
    for i, claim in enumerate(claims, start=1):
        claim.id = f"d{i}"
    return claims


def outlet_names(sources: list[Source]) -> dict[str, str]:
    """Source id -> the name its outlet is shown by: the first source's spelling of each outlet key."""
    shown: dict[str, str] = {}
    for src in sources:
        shown.setdefault(src.outlet_key, src.outlet_name)
    return {src.id: shown[src.outlet_key] for src in sources}


class _SentenceIndex:
    def __init__(self, sources: list[Source]) -> None:
        self.sentence: dict[str, Sentence] = {}
        #: Sentence id -> its outlet as shown; sources of one outlet (:attr:`Source.outlet_key`) share one name.
        self.outlet: dict[str, str] = {}
        self.outlet_of_source = outlet_names(sources)
        for src in sources:
            outlet = self.outlet_of_source[src.id]
            for sent in src.body:
                self.sentence[sent.id] = sent
                self.outlet[sent.id] = outlet

    def claim(self, about: str, text: str, citations: list[str]) -> Claim:
        cites = list(dict.fromkeys(citations))
        outlets = {self.outlet[c] for c in cites if c in self.outlet}
        return Claim(id="", text=text, citations=cites, outlets=len(outlets), about=about)


def _spelling(person: Person, index: _SentenceIndex) -> list[Claim]:
    """Full spellings of one name used by different outlets."""
    full = [v for v in person.variants if len(name_tokens(v)) >= 2]
    if len(full) < 2:
        return []
    first_use: dict[str, str] = {}
    outlets: dict[str, set[str]] = defaultdict(set)
    for sid in person.mentions:
        sent = index.sentence.get(sid)
        if sent is None:
            continue
        for variant in full:
            if _names_in(variant, sent.text):
                first_use.setdefault(variant, sid)
                outlets[variant].add(index.outlet[sid])
    used = [v for v in full if v in first_use]
    if len(used) < 2 or len({frozenset(outlets[v]) for v in used}) < 2:
        return []
    described = "; ".join(f"“{v}” ({', '.join(sorted(outlets[v]))})" for v in used)
    return [
        index.claim(
            person.name, f"Outlets spell {person.name}'s name differently: {described}.", [first_use[v] for v in used]
        )
    ]


def _names_in(variant: str, text: str) -> bool:
    """Whether ``text`` holds ``variant`` as whole words ("Gil Reich" is not in "Gill Reich")."""
    start = text.find(variant)
    while start >= 0:
        end = start + len(variant)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        start = text.find(variant, start + 1)
    return False


def title_heads(role: str) -> frozenset[str]:
    """The title nouns of a role before any preposition: "head of military intelligence" -> {"head"}."""
    core = _PREPOSITION.split(f" {role} ")[0]
    heads: set[str] = set()
    for word in core.split():
        low = _POSSESSIVE_END.sub("", word.lower()).rstrip(".")
        low = _ABBREVIATED.get(low, low) if word.endswith(".") or low in TITLE_ABBREVIATIONS else low
        if low in HEAD_NOUNS:
            heads.add(low)
    return frozenset(heads)


def _titles(sources: list[Source], people: list[Person], index: _SentenceIndex) -> list[Claim]:
    """One person given different titles by different outlets."""
    officials = [p for p in people if p.kind != "journalist"]
    locator = PersonLocator.shared(sources, officials)
    seen: dict[str, dict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
    for src in sources:
        outlet = index.outlet_of_source[src.id]
        for sent in src.body:
            for mention, person in locator.find(sent):
                for role in mention.roles:
                    seen[person.id][outlet].append((role, sent.id))
    claims: list[Claim] = []
    for person in officials:
        per_outlet = seen.get(person.id, {})
        heads = {o: frozenset().union(*(title_heads(r) for r, _ in roles)) for o, roles in per_outlet.items()}
        names = sorted(o for o in heads if heads[o])
        pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
        differing = [(a, b) for a, b in pairs if not (heads[a] <= heads[b] or heads[b] <= heads[a])]
        if not differing:
            continue
        outlets = sorted({o for pair in differing for o in pair})
        cites: list[str] = []
        parts: list[str] = []
        for outlet in outlets:
            others = frozenset().union(*(heads[o] for o in outlets if o != outlet))
            own = [(r, s) for r, s in per_outlet[outlet] if title_heads(r) - others]
            cites.extend(s for _, s in own)
            parts.append(f"{outlet}: " + ", ".join(dict.fromkeys(f"“{r}”" for r, _ in own)))
        text = f"Outlets give {person.name} different titles — " + "; ".join(parts) + "."
        claims.append(index.claim(person.name, text, cites))
    return claims


def _composition(delegation: Delegation, people: list[Person], index: _SentenceIndex) -> list[Claim]:
    """A member named by some outlets covering the delegation and never mentioned by others."""
    by_id = {p.id: p for p in people}
    covering = find_delegations_outlets(delegation, index.outlet)
    if len(covering) < 2:
        return []
    claims: list[Claim] = []
    for member in delegation.members:
        person = by_id[member.person]
        naming = {index.outlet[c] for c in member.citations if c in index.outlet}
        mentioning = {index.outlet[s] for s in person.mentions if s in index.outlet}
        silent = sorted(o for o in covering if o not in mentioning)
        if not silent or not naming:
            continue
        others = [c for m in delegation.members for c in m.citations if index.outlet.get(c) in silent]
        text = (
            f"{delegation.party}'s delegation: {person.name} is named by {', '.join(sorted(naming))} "
            f"but not by {', '.join(silent)}."
        )
        claims.append(index.claim(f"{delegation.party} delegation", text, [*member.citations, *others]))
    return claims

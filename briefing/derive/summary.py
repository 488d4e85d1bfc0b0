"""The summary: the first screen of a briefing, telling the negotiation in a dozen cited claims.

In the order an analyst asks: the event (who met, where, when, which round,
who mediated) in the sentence that tells most of it; each delegation's
lead; the outcomes, agreed first; each side's top demand; the most
substantive contradiction between outlets. Each claim cites its sentences,
drawn from anywhere in the articles but never from page furniture or a
repeated headline (:func:`briefing.derive.centrality.usable`), and is
corroborated only by sentences that say the same thing. When the articles
report no outcome yet (coverage before a round), central sentences
(:mod:`briefing.derive.centrality`) tell the background instead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from briefing import patterns
from briefing.derive.centrality import central_claims, corroborations, usable_bodies
from briefing.derive.discrepancies import LISTS, SPELLINGS
from briefing.derive.phrasing import DATELINE, statement
from briefing.derive.quick_re import quick_compile
from briefing.derive.similar import ClaimIndex, shared_index, telling_words
from briefing.derive.syndication import syndication_outlets
from briefing.model import Claim, Delegation, Party, Person, Place, Sentence, Source

#: Most outcomes the summary lists (the Outcomes section has them all), and the share of each status.
MAX_OUTCOMES = 8
SHARE = {"agreed": 5, "not agreed": 2, "deferred": 2}
#: Likeness at which two outcomes of one status are one thing in the summary (the Outcomes section keeps both).
ALIKE = 0.2
#: Fewest claims; central sentences fill the summary up to it.
MIN_CLAIMS = 5
#: Labels of outcomes in the summary, by status.
STATUS_LABEL = {"agreed": "Agreed", "not agreed": "Not agreed", "deferred": "Deferred"}
_TALKS = quick_compile(r"\b(?:talks|negotiations|round|session|meeting|consultations|dialogue|met|summit)\b", re.I)
_ORDINAL = patterns.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", re.I
)
_WHEN = quick_compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|today|yesterday)\b"
)
_MEDIATED = patterns.compile(r"\b(?:mediat\w*|facilitat\w*|brokered|hosted|hosts|host|chaired|auspices)\b", re.I)


def summarize(
    sources: list[Source],
    demands: list[Claim],
    *,
    outcomes: Iterable[Claim] = (),
    delegations: Iterable[Delegation] = (),
    people: Iterable[Person] = (),
    parties: Iterable[Party] = (),
    places: Iterable[Place] = (),
    discrepancies: Iterable[Claim] = (),
    bodies: list[list[Sentence]] | None = None,
) -> list[Claim]:
    """Event, leads, outcomes, top demands and the main contradiction, each a cited claim (ids ``s1``...).

    ``bodies`` is :func:`usable_bodies` of the sources when the caller sifted them already (``derive`` does,
    while the demands are still being found)."""
    if not any(src.body for src in sources):
        return []
    parties, outcomes = list(parties), list(outcomes)
    if bodies is None:
        bodies = usable_bodies(sources)  # what each stage below reads of every article: sifted once
    event = _event(bodies, parties, list(places))
    claims = [*event, *_leads(list(delegations), list(people), parties, sources)]
    claims += [_labelled(o, STATUS_LABEL.get(o.status or "", "")) for o in _outcomes(outcomes, sources)]
    claims += _top_demands(demands, parties)
    contradiction = next((d for d in discrepancies if d.about not in (SPELLINGS, LISTS)), None)
    if contradiction is not None:
        claims.append(_labelled(contradiction, f"Outlets disagree — {contradiction.about}"))
    if not outcomes or len(claims) < MIN_CLAIMS:
        claims += _background(sources, demands, claims, bodies)
    _corroborate(claims[: len(event)], sources, bodies)
    for n, claim in enumerate(claims, 1):
        claim.id = f"s{n}"
    return claims


def _labelled(claim: Claim, label: str) -> Claim:
    text = f"{label}: {claim.text}" if label else claim.text
    return Claim("", text, list(claim.citations), claim.outlets)


#: Above the most :func:`_facets` can give (3 + 1 + 1 + 0.7 + 0.7): a sentence whose score could not
#: pass the best so far even with every facet is not read (see :func:`_event`).
_MOST_FACETS = 6.4 + 1e-6


def _event(bodies: list[list[Sentence]], parties: list[Party], places: list[Place]) -> list[Claim]:
    """The sentence that tells most of the event (``bodies``: each article's usable sentences, in order):
    sides, talks, round, place, day, mediation.

    The score falls with a sentence's rank and its article's place, so once even a sentence with every
    facet could not beat the best so far, the rest of the article (and every later one) is left unread:
    the bound is computed as the score is, with a larger first term, so it is never below a score."""
    sides = [p for p in parties if p.role in ("party", "mediator")]
    place_names = [v for p in places if p.kind in ("city", "landmark", "venue") for v in [p.name, *p.variants]]
    best: tuple[float, Sentence] | None = None
    for n, body in enumerate(bodies):
        if best is not None and _MOST_FACETS - 0.01 * n < best[0]:
            break  # no sentence of this article or a later one can score higher
        for rank, sent in enumerate(body):
            if best is not None and _MOST_FACETS - 0.05 * rank - 0.01 * n < best[0]:
                break  # nor any later sentence of this article
            if not 8 <= len(sent.text.split()) <= 70 or not _TALKS.search(sent.text):
                continue
            score = _facets(sent.text, sides, place_names) - 0.05 * rank - 0.01 * n
            if best is None or score > best[0]:
                best = (score, sent)
    if best is None:
        return []
    text = statement(DATELINE.sub("", best[1].text))
    return [Claim("", text[:1].upper() + text[1:], [best[1].id], 1)]


def _facets(text: str, sides: list[Party], places: list[str]) -> float:
    """How much of the event a sentence tells: each of sides, round, place, day and mediation counts."""
    named = sum(1 for p in sides if any(_names(alias, text) for alias in [p.name, *p.aliases]))
    score = min(named, 3) * 1.0
    score += 1.0 if _ORDINAL.search(text) else 0.0
    score += 1.0 if any(_names(p, text) for p in places) else 0.0
    score += 0.7 if _WHEN.search(text) else 0.0
    score += 0.7 if _MEDIATED.search(text) else 0.0
    return score


def _names(name: str, text: str) -> bool:
    # the substring test first: most names are in no sentence, and the regex cache holds only 512 patterns
    return len(name) > 2 and name in text and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _leads(
    delegations: list[Delegation], people: list[Person], parties: list[Party], sources: list[Source]
) -> list[Claim]:
    """Each delegation's lead in one claim, citing the sentences that name them so."""
    by_id = {p.id: p for p in people}
    role = {p.name: p.role for p in parties}
    parts: list[str] = []
    cites: list[str] = []
    for delegation in sorted(delegations, key=lambda d: role.get(d.party) == "mediator"):
        lead = next((m for m in delegation.members if m.lead), None)
        person = by_id.get(lead.person) if lead else None
        if lead is None or person is None or not lead.citations:
            continue
        what = f" ({lead.role})" if lead.role else ""
        side = f"{delegation.party} (mediator)" if role.get(delegation.party) == "mediator" else delegation.party
        parts.append(f"{side} — {person.name}{what}")
        cites += lead.citations[:2]
    if not parts:
        return []
    outlet = syndication_outlets(sources)
    source_of = {s.id: src.id for src in sources for s in src.body}
    outlets = len({outlet[source_of[c]] for c in cites if c in source_of})
    return [Claim("", "Delegations led by: " + "; ".join(parts) + ".", list(dict.fromkeys(cites)), outlets)]


def _outcomes(outcomes: list[Claim], sources: list[Source]) -> list[Claim]:
    """The outcomes best attested, one claim per thing, each status its share, in the Outcomes section's order.

    Outcomes of one status that outlets word differently enough to be listed
    apart in the Outcomes section ("no agreement was possible on the shared
    quota", "could not agree on the joint quota") are one claim here, citing both.
    """
    index = shared_index(sources)
    words = {o.text: frozenset(telling_words(o.text)) for o in outcomes}
    chosen: list[Claim] = []

    def same_as(o: Claim) -> Claim | None:
        return next((c for c in chosen if c.status == o.status and _alike(words[c.text], words[o.text], index)), None)

    ranked = sorted(outcomes, key=lambda o: (-o.outlets, outcomes.index(o)))
    for o in ranked:
        same = same_as(o)
        if same is not None:
            same.citations = list(dict.fromkeys([*same.citations, *o.citations]))
        elif sum(c.status == o.status for c in chosen) < SHARE.get(o.status or "", 1):
            chosen.append(Claim("", o.text, list(o.citations), o.outlets, status=o.status))
    for o in ranked:  # room a status leaves goes to the next best attested of any
        if len(chosen) < MAX_OUTCOMES and same_as(o) is None:
            chosen.append(Claim("", o.text, list(o.citations), o.outlets, status=o.status))
    order = {o.text: i for i, o in enumerate(outcomes)}
    return sorted(chosen[:MAX_OUTCOMES], key=lambda c: order[c.text])


def _alike(a: frozenset[str], b: frozenset[str], index: ClaimIndex) -> bool:
    norm = (index.weight(a) * index.weight(b)) ** 0.5
    return bool(norm) and index.weight(a & b) / norm >= ALIKE


def _top_demands(demands: list[Claim], parties: list[Party]) -> list[Claim]:
    """Each negotiating side's best attested demand."""
    sides = [p.name for p in parties if p.role == "party"]
    out = []
    for side in sides:
        own = [(i, d) for i, d in enumerate(demands) if d.party == side and d.stance in ("demand", "reject", None)]
        if own:  # the earliest of the best (its place in the list, not a search of it per demand)
            _, top = max(own, key=lambda pair: (pair[1].outlets, len(pair[1].citations), -pair[0]))
            out.append(_labelled(top, f"Demand of {side}" if top.stance != "reject" else f"Rejected by {side}"))
    return out


def _background(
    sources: list[Source], demands: list[Claim], claims: list[Claim], bodies: list[list[Sentence]]
) -> list[Claim]:
    """Central sentences not cited yet, as background (coverage before any outcome)."""
    cited = {c for claim in claims for c in claim.citations}
    want = max(0, MIN_CLAIMS + 2 - len(claims)) if not claims else max(2, MIN_CLAIMS - len(claims))
    return [c for c in central_claims(sources, demands, usable_body=bodies) if not set(c.citations) & cited][:want]


def _corroborate(claims: list[Claim], sources: list[Source], bodies: list[list[Sentence]]) -> None:
    """Add to each claim the sentences of other outlets that say the same thing, and count its outlets."""
    index = shared_index(sources)
    outlet = syndication_outlets(sources, index)
    links = corroborations(sources, index, {c for claim in claims for c in claim.citations}, bodies)
    for claim in claims:
        more = [s for c in claim.citations for s in links.get(c, [])]
        claim.citations = list(dict.fromkeys([*claim.citations, *more]))
        claim.outlets = len({outlet[index.sentences[c].source_id] for c in claim.citations if c in index.sentences})

"""Search results: what a hit is, and how hits rank.

Exact and prefix matches first, then entities above sentences, then score,
ties in briefing order; weak fuzzy hits are dropped as noise.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.history import Location

if TYPE_CHECKING:
    from briefing.model import Sentence, Source

#: Hit kinds, in the order they rank when everything else is equal.
KINDS = ("person", "party", "place", "claim", "demand", "sentence")
#: Weakest hits kept. A fuzzy sentence: sentences are many, and noise grows with them ("merkel" ~
#: "merely" scores 64, "putin" finds sentences at 58; "dermr" ~ "Dermer" 70). Fuzzy entities are few and
#: kept (a name typed so far, "netny", finds Netanyahu at 61-65). Partial, missing some query words:
#: those whose other words match exactly score 45-50, fuzzily 30-35.
MIN_FUZZY_SENTENCE = 66.0
MIN_PARTIAL_SCORE = 40.0


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result.

    ``text`` is what matched (a name variant, a claim, a sentence) and
    ``spans`` are the matched words as offsets into it; ``label`` names the
    entity (for a sentence, the sentence itself). ``match`` is the band:
    "exact", "prefix", "fuzzy" or "partial".
    """

    kind: str
    id: str
    label: str
    text: str
    score: float
    match: str
    where: str
    location: Location
    spans: tuple[tuple[int, int], ...] = ()
    order: int = 0  # position in the briefing: entities first, then sentences in reading order


def ranked(hits: list[Hit], nwords: int, limit: int) -> list[Hit]:
    """Best hit per entity, weak ones dropped; only hits with every word (or, failing any, the most words); ranked."""
    best: dict[tuple[str, str], Hit] = {}
    for hit in hits:
        fuzzy_sentence = hit.kind == "sentence" and hit.match == "fuzzy"
        weakest = MIN_FUZZY_SENTENCE if fuzzy_sentence else MIN_PARTIAL_SCORE if hit.match == "partial" else 0.0
        if hit.score < weakest:
            continue  # noise: showing nothing says "not here" more clearly
        key = (hit.kind, hit.id)
        if key not in best or rank_key(hit) < rank_key(best[key]):
            best[key] = hit
    kept = list(best.values())
    complete = [h for h in kept if h.match != "partial"]
    if not complete and nwords > 1:
        complete = kept  # no text has every word: the ones with most words score highest anyway
    return sorted(complete, key=rank_key)[:limit]


def rank_key(hit: Hit) -> tuple:
    """Exact and prefix matches first, then entities above sentences, then score; ties in briefing order."""
    strong = hit.match in ("exact", "prefix")
    return (not strong, hit.kind == "sentence", -hit.score, KINDS.index(hit.kind), hit.order)


def sentence_where(source: Source | None, sent: Sentence) -> str:
    """Where a sentence is, for a reader: "source title · paragraph n"."""
    return place_of(source.title if source else None, sent.source_id, sent.paragraph)


def place_of(title: str | None, source_id: str, paragraph: int) -> str:
    """ "source title · paragraph n" (the article's id when it has no title known), the title cut at 48."""
    title = source_id if title is None else title
    if len(title) > 48:
        title = title[:47].rstrip() + "…"
    return f"{title} · paragraph {paragraph + 1}"

"""Central sentences: the claims a set of articles keeps coming back to, for the summary's background.

Extractive and deterministic. Candidates are each article's lead sentences
plus the sentences that carry demands, never page furniture nor a repeated
headline. A candidate scores for centrality (TF-IDF cosine with the centroid
of all body sentences), for its lead position, and for the number of
distinct outlets that carry the same claim; selection is maximal marginal
relevance so that the claims do not repeat each other. A claim is
corroborated only by sentences that say the same thing
(:func:`corroborating`): most of their telling words in common, not a
dateline or a date. Syndicated copies of one article count as one outlet.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from itertools import chain

from briefing.derive.memo import per_run
from briefing.derive.phrasing import assertion_text, statement
from briefing.derive.similar import ClaimIndex, content_words, partners, shared_index
from briefing.derive.syndication import syndication_outlets
from briefing.model import Claim, Sentence, Source

#: Lead sentences of each article that may become claims.
LEAD = 10
MIN_CLAIMS, MAX_CLAIMS = 5, 10
#: Weights of the score's parts (centrality is scaled to 0-1 first).
W_CENTRAL, W_LEAD, W_OUTLETS = 1.0, 0.35, 0.3
#: Corroboration: a sentence of another outlet this alike (IDF-weighted cosine), this many telling words shared.
SAME, MIN_SHARED = 0.45, 4
#: MMR trade-off between score and novelty.
MMR_LAMBDA = 0.6
#: A candidate this like an earlier pick says the same thing: it is skipped, and cited by the pick.
REPEAT = 0.25
#: Candidates considered by MMR per claim wanted (the best-scoring ones).
POOL_PER_CLAIM = 30


@dataclass(slots=True)
class _Candidate:
    sentence: Sentence
    rank: int  # position among the article's body sentences
    score: float = 0.0


def central_claims(
    sources: list[Source],
    demands: list[Claim],
    k: int | None = None,
    usable_body: list[list[Sentence]] | None = None,
) -> list[Claim]:
    """``k`` central claims (by default 5-10, more for more articles), each with its corroborating sentences.

    ``usable_body`` holds the usable sentences of each source (:func:`usable_bodies`) when the caller has them."""
    usable_body = usable_bodies(sources) if usable_body is None else usable_body
    bodies = {src.id: body for src, body in zip(sources, usable_body, strict=True)}
    sentences = [s for src in sources for s in bodies[src.id]]
    if not sentences:
        return []
    index = shared_index(sources)
    outlet = syndication_outlets(sources, index)
    cands = _candidates(sources, bodies, demands)
    among = {c.sentence.id for c in cands}
    allowed = {s.id for body in bodies.values() for s in body}
    pairs = index.pairs(min_overlap=SAME, min_shared=MIN_SHARED, among=among)
    links = partners(p for p in pairs if p.a in allowed and p.b in allowed)
    _score(cands, index, links, outlet)
    chosen = _select(cands, index, links, k or _target(len(sources)))
    return _claims(chosen, index, links, outlet, sources)


def corroborations(
    sources: list[Source], index: ClaimIndex, among: set[str], usable_body: list[list[Sentence]] | None = None
) -> dict[str, list[str]]:
    """For each sentence of ``among``: the usable sentences of other outlets that say the same thing."""
    usable_body = usable_bodies(sources) if usable_body is None else usable_body
    allowed = {s.id for body in usable_body for s in body}
    pairs = index.pairs(min_overlap=SAME, min_shared=MIN_SHARED, among=among)
    return partners(p for p in pairs if p.a in allowed and p.b in allowed)


def usable_bodies(sources: list[Source]) -> list[list[Sentence]]:
    """Each source's body sentences that a claim may rest on (:func:`usable`), in the sources' order."""
    return [[s for s in src.body if _usable_under(s.text, src.title)] for src in sources]


def usable(sent: Sentence, src: Source) -> bool:
    """A sentence a claim may rest on: no page furniture glued to it, and not the headline repeated."""
    return _usable_under(sent.text, src.title)


@per_run()  # asked of every body sentence by three stages of the summary
def _usable_under(sentence: str, title: str) -> bool:
    text = assertion_text(sentence)
    if text is None or text != sentence.strip():
        return False
    return not repeats_headline(text, title)


def repeats_headline(text: str, title: str) -> bool:
    """Whether a sentence is its article's headline again (a standfirst or a pasted copy of it)."""
    words, head = set(content_words(text)), _headline_words(title)
    return bool(words) and len(words & head) >= 0.8 * len(words)


@per_run()  # every body sentence of an article is compared with its one headline
def _headline_words(title: str) -> frozenset[str]:
    return frozenset(content_words(title))


def _candidates(sources: list[Source], bodies: dict[str, list[Sentence]], demands: list[Claim]) -> list[_Candidate]:
    cited = {sid for d in demands for sid in d.citations}
    out: list[_Candidate] = []
    for src in sources:
        for rank, sent in enumerate(bodies[src.id]):
            if (rank < LEAD or sent.id in cited) and _usable(sent.text):
                out.append(_Candidate(sent, rank))
    return out


#: Openings that lean on the sentence before: out of context in a summary.
_ANAPHORIC = frozenset("he she they it this these those his her their its that such".split())


def _usable(text: str) -> bool:
    """A sentence that can stand alone as a claim: not a question, a quote, a fragment or an anaphor."""
    words = text.split()
    return (
        8 <= len(words) <= 60
        and not text.rstrip().endswith("?")
        and not text.startswith(("“", '"'))
        and words[0].lower() not in _ANAPHORIC
    )


def _tfidf(words: frozenset[str], index: ClaimIndex) -> dict[str, float]:
    return {w: index.idf.get(w, 0.0) for w in words}


def _norm(v: dict[str, float]) -> float:
    return math.sqrt(sum(x * x for x in v.values()))


def _cosine(a: dict[str, float], b: dict[str, float], na: float, nb: float) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(v * b.get(w, 0.0) for w, v in a.items())
    return dot / (na * nb) if na and nb else 0.0


def _score(cands: list[_Candidate], index: ClaimIndex, links: dict[str, list[str]], outlet: dict[str, str]) -> None:
    centroid = _centroid(index)
    cnorm = _norm(centroid)
    central = []
    for c in cands:
        vec = _tfidf(index.words[c.sentence.id], index)
        central.append(_cosine(vec, centroid, _norm(vec), cnorm))
    top = max(central, default=0.0) or 1.0
    for c, cen in zip(cands, central, strict=True):
        n_outlets = len({outlet[index.sentences[s].source_id] for s in [c.sentence.id, *links.get(c.sentence.id, [])]})
        lead = max(0.0, 1.0 - c.rank / LEAD)
        c.score = W_CENTRAL * cen / top + W_LEAD * lead + W_OUTLETS * min(n_outlets - 1, 3) / 3


def _centroid(index: ClaimIndex) -> dict[str, float]:
    """The sum of every sentence's TF-IDF vector, word by word in the order the words first come.

    Each word's weight is added once per sentence holding it, as a running sum would (the same
    float, bit for bit: a product would round otherwise); the sentences holding each word are
    counted in one pass first, so the loop runs over words, not over every word of every sentence."""
    held = Counter(chain.from_iterable(index.words.values()))
    idf = index.idf
    centroid: dict[str, float] = {}
    for w, times in held.items():
        weight, total = idf.get(w, 0.0), 0.0
        for _ in range(times):
            total += weight
        centroid[w] = total
    return centroid


def _target(n_sources: int) -> int:
    return max(MIN_CLAIMS, min(MAX_CLAIMS, 3 + 2 * n_sources))


def _select(cands: list[_Candidate], index: ClaimIndex, links: dict[str, list[str]], k: int) -> list[_Candidate]:
    """Maximal marginal relevance: each pick trades score against likeness to earlier picks.

    Only the best-scoring few dozen candidates per claim wanted are considered, and each
    candidate's likeness to the picks is updated once per pick, so the cost stays linear.
    """
    pool = sorted(cands, key=lambda c: (-c.score, c.sentence.id))[: k * POOL_PER_CLAIM]
    vectors = {c.sentence.id: _tfidf(index.words[c.sentence.id], index) for c in pool}
    norms = {sid: _norm(v) for sid, v in vectors.items()}
    like = {c.sentence.id: 0.0 for c in pool}
    like_pick: dict[str, str] = {}
    chosen: list[_Candidate] = []
    covered: set[str] = set()
    while pool and len(chosen) < k:
        best, best_value = None, -math.inf
        for c in pool:
            sid = c.sentence.id
            if sid in covered or like[sid] >= REPEAT:
                continue
            value = MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * like[sid]
            if value > best_value:
                best, best_value = c, value
        if best is None:
            break
        chosen.append(best)
        pool.remove(best)
        pick = best.sentence.id
        covered.add(pick)
        covered.update(links.get(pick, []))
        for c in pool:
            sid = c.sentence.id
            sim = _cosine(vectors[sid], vectors[pick], norms[sid], norms[pick])
            if sim > like[sid]:
                like[sid], like_pick[sid] = sim, pick
    for c in pool:  # what was left out for saying what a pick says corroborates it
        sid = c.sentence.id
        if like[sid] >= SAME and sid not in covered:
            links.setdefault(like_pick[sid], []).append(sid)
    return chosen


def _claims(
    chosen: list[_Candidate],
    index: ClaimIndex,
    links: dict[str, list[str]],
    outlet: dict[str, str],
    sources: list[Source],
) -> list[Claim]:
    order = {src.id: i for i, src in enumerate(sources)}

    def place(sid: str) -> tuple[int, int]:
        s = index.sentences[sid]
        return (order[s.source_id], s.index)

    chosen.sort(key=lambda c: (c.rank, order[c.sentence.source_id]))
    claims: list[Claim] = []
    for i, c in enumerate(chosen, 1):
        cites = sorted({c.sentence.id, *links.get(c.sentence.id, [])}, key=place)
        outlets = len({outlet[index.sentences[s].source_id] for s in cites})
        claims.append(Claim(f"s{i}", statement(c.sentence.text), cites, outlets))
    return claims

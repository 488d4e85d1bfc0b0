"""Which articles are copies of another outlet's article, so each outlet is counted once.

Wire copy is republished under other mastheads; counting each copy as an
outlet would inflate every corroboration count. Summary, demands, outcomes,
figures and discrepancies all count outlets through this one map.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from briefing.derive.similar import ClaimIndex, shared_index
from briefing.model import Source

#: Share of an article's sentences that must be near-copies for it to count as syndicated.
SYNDICATED_SHARE = 0.6
#: Sentences shorter than this (in content words) are too generic to reveal a copy.
MIN_COPY_WORDS = 5
#: A sentence in more articles than this is a formula, not a copy.
MAX_COPIES = 20


def outlet_key(source: Source) -> str:
    """The outlet a source counts as (:attr:`Source.outlet_key`)."""
    return source.outlet_key


def syndication_outlets(sources: list[Source], index: ClaimIndex | None = None) -> dict[str, str]:
    """Source id -> outlet key, a syndicated copy taking the outlet of the article it copies.

    Copies are found by hashing each sentence's content words (linear), and the
    answer is kept on the shared index for the other stages of the derivation.
    """
    index = index or shared_index(sources)
    if "syndication" in index.memo:
        return index.memo["syndication"]
    outlet = {src.id: outlet_key(src) for src in sources}
    order = {src.id: i for i, src in enumerate(sources)}
    holders: dict[frozenset[str], set[str]] = defaultdict(set)
    source_of = {sid: s.source_id for sid, s in index.sentences.items()}
    for sid, words in index.words.items():
        if len(words) >= MIN_COPY_WORDS:
            holders[words].add(source_of[sid])
    # Only a later article can take an earlier one's outlet: each pair is counted once, as (later, earlier).
    copied: Counter[tuple[str, str]] = Counter()
    for srcs in holders.values():
        if 1 < len(srcs) <= MAX_COPIES:
            ranked = sorted(srcs, key=order.__getitem__)
            for i, a in enumerate(ranked):
                for b in ranked[:i]:
                    copied[(a, b)] += 1
    sizes = {src.id: max(len(src.body), 1) for src in sources}
    for (a, b), _n in sorted(pair for pair in copied.items() if pair[1] / sizes[pair[0][0]] >= SYNDICATED_SHARE):
        if outlet[a] != outlet[b]:
            outlet[a] = outlet[b]
    index.memo["syndication"] = outlet
    return outlet

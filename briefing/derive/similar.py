"""Which sentences of different articles say the same thing.

Comparing every sentence with every other is quadratic; instead each
sentence is filed under its few rarest content words (blocking), and only
sentences sharing a block are scored. The score is an IDF-weighted cosine
of content words (rare words count for more), with rapidfuzz's token-set
ratio as the near-duplicate test.
Used by the summary (outlet counts), by figure discrepancies (same thing,
different number) and by syndication detection.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import chain
from typing import Any

from rapidfuzz import fuzz

from briefing import patterns
from briefing.derive.by_article import Step, active, one_per_body_sentence, recall
from briefing.derive.memo import per_run, prime
from briefing.derive.word_keys import token_key
from briefing.model import Sentence, Source

_TOKEN = patterns.compile(r"[a-z0-9]+(?:[’'-][a-z0-9]+)*")
#: Function words and reporting clutter that say nothing about the claim.
STOPWORDS = frozenset(
    """a about above after again against all almost also although am among an and any are as at be because been
    before being below between both but by can could did do does doing down during each either even ever every
    few for from further had has have having he her here hers herself him himself his how however i if in into
    is it its itself just least less may me might more most much must my myself neither no nor not now of off on
    once only or other our ours out over own per quite rather said same says she should since so some such than
    that the their theirs them themselves then there these they this those though through thus to too under
    until up upon us very was we were what when where whether which while who whom whose why will with within
    without would yet you your according told reported report reports added also one two three new last first
    mr ms mrs said says saying week weeks month months year years day days monday tuesday wednesday thursday
    friday saturday sunday""".split()
)
#: Block each sentence under this many of its rarest words.
BLOCK_KEYS = 3
#: Words in more sentences than this are too common to block on: the cap on a block's size
#: bounds the work per sentence, whatever the corpus size.
BLOCK_LIMIT = 40


def content_words(text: str) -> list[str]:
    """Words that carry meaning, as spelling-insensitive keys.

    A plural "s" is stripped so "talks"/"talk" agree, and words go through
    the transliteration key of names (:func:`briefing.derive.names.token_key`):
    outlets spell the same people differently (Kebede / Kebbede, Fatimah /
    Fatima, al-Shibani / al-Shaibani), and those names are the rarest, most
    telling words of a sentence. Numbers stay as written. Each word type is
    keyed once per derivation (:func:`_content_key`), not at every token;
    each text is read once per derivation too (stages ask for the same
    sentence's words some eight times).
    """
    return list(_content_words(text))


@per_run(maxsize=1 << 16)
def _content_words(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for w in _TOKEN.findall(text.lower().replace("’", "'")):
        if w in STOPWORDS or (len(w) < 3 and not w.isdigit()):
            continue  # what _content_key drops, dropped here without asking it (half the tokens)
        key = _content_key(w)
        if key:
            out.append(key)
    return tuple(out)


@per_run(maxsize=1 << 16)
def _content_key(w: str) -> str:
    """The key of one lower-cased token, or "" for a stopword or a short word."""
    if w in STOPWORDS or (len(w) < 3 and not w.isdigit()):
        return ""
    if w.endswith("'s"):
        w = w[:-2]
    elif len(w) > 4 and w.endswith("s") and not w.endswith(("ss", "is", "us", "ys")):
        w = w[:-1]
    return w if any(c.isdigit() for c in w) else token_key(w) or w


#: Words of general news English that outlets use for one thing; matched as the first of each class.
SAME_WORDS = (
    "release free freed released releasing freeing liberate",
    "hostage captive",
    "truce ceasefire cease-fire",
    "withdraw withdrawal pullback pull-back withdrawn",
    "establish create form set-up setting",
    "committee commission council body",
    "exchange swap",
    "corridor passage",
    "tariff duty duties",
)
_CANONICAL = {w: content_words(cls)[0] for cls in SAME_WORDS for w in content_words(cls)}


def telling_words(text: str) -> list[str]:
    """Content words with words of one meaning made one ("truce" is "ceasefire"), to match what outlets report."""
    return [_CANONICAL.get(w, w) for w in content_words(text)]


@dataclass(slots=True)
class Pair:
    """Two sentences from different groups that say the same thing."""

    a: str
    b: str
    overlap: float  # IDF-weighted cosine of the two sets of content words, 0-1
    ratio: float  # rapidfuzz token_set_ratio of the content words, 0-100


@dataclass(slots=True)
class ClaimIndex:
    """Content words and their rarity over a set of sentences, with blocks for matching."""

    sentences: dict[str, Sentence]
    group: dict[str, str]
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    blocks: dict[str, list[str]] = field(default_factory=dict)
    masses: dict[str, float] = field(default_factory=dict)
    #: Results other stages derived from this index (syndication), kept for the derivation.
    memo: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def build(cls, sentences: Iterable[Sentence], group_of: Callable[[Sentence], str]) -> ClaimIndex:
        """Index ``sentences``; ``group_of`` names the group (outlet) a sentence is compared across."""
        sents = {s.id: s for s in sentences}
        index = cls(sents, {sid: group_of(s) for sid, s in sents.items()})
        # Each distinct text is read and blocked once: a sentence copied across outlets (a third of a corpus)
        # shares one word set.
        seen: dict[str, frozenset[str]] = {}
        for sid, s in sents.items():
            words = seen.get(s.text)
            if words is None:
                words = seen[s.text] = frozenset(_content_words(s.text))
            index.words[sid] = words
        # each word's count, first seen first: every sentence's words counted in C (the first sentence holding a
        # word is the first of its word set, whose order the count follows as the loop over sets did)
        df = Counter(chain.from_iterable(index.words.values()))
        n = max(len(sents), 1)
        index.idf = {w: math.log((n + 1) / (c + 0.5)) for w, c in df.items()}
        blocks: dict[str, list[str]] = defaultdict(list)
        rare_of: dict[frozenset[str], list[str]] = {}
        for sid, words in index.words.items():
            rare = rare_of.get(words)
            if rare is None:
                rarest = sorted([(df[w], w) for w in words if 1 < df[w] <= BLOCK_LIMIT])[:BLOCK_KEYS]
                rare = rare_of[words] = [w for _, w in rarest]
            for w in rare:
                blocks[w].append(sid)
        index.blocks = dict(blocks)
        return index

    def weight(self, words: Iterable[str]) -> float:
        """The words' summed IDF, exactly rounded (``math.fsum``): a plain sum over a set depends on the
        set's order, which follows the hash seed, and its last bit broke ties one way or the other from
        one run to the next (a figure joining one thing or another, so a different discrepancy)."""
        return math.fsum([self.idf.get(w, 0.0) for w in words])

    def cosine(self, a: str, b: str) -> float:
        """IDF-weighted cosine of two sentences' content words (each sentence's weight computed once)."""
        norm = math.sqrt(self._mass(a) * self._mass(b)) or 1.0
        return self.weight(self.words[a] & self.words[b]) / norm

    def _mass(self, sid: str) -> float:
        mass = self.masses.get(sid)
        if mass is None:
            mass = self.masses[sid] = self.weight(self.words[sid])
        return mass

    def score(self, a: str, b: str) -> Pair:
        wa, wb = self.words[a], self.words[b]
        ratio = fuzz.token_set_ratio(" ".join(sorted(wa)), " ".join(sorted(wb)))
        return Pair(a, b, self.cosine(a, b), ratio)

    def pairs(self, min_overlap: float = 0.3, min_shared: int = 3, among: set[str] | None = None) -> list[Pair]:
        """Every pair of sentences from different groups sharing a block and enough content, sorted.

        With ``among``, only pairs with at least one sentence in it (the candidates one cares about).
        """
        seen: set[tuple[str, str]] = set()
        out: list[Pair] = []
        for members in self.blocks.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    key = (a, b) if a < b else (b, a)
                    if key in seen or self.group[a] == self.group[b]:
                        continue
                    if among is not None and a not in among and b not in among:
                        continue
                    seen.add(key)
                    if len(self.words[a] & self.words[b]) < min_shared:
                        continue
                    pair = self.score(*key)
                    if pair.overlap >= min_overlap:
                        out.append(pair)
        out.sort(key=lambda p: (p.a, p.b))
        return out


def partners(pairs: Iterable[Pair]) -> dict[str, list[str]]:
    """For each sentence, the sentences of other groups paired with it (sorted ids)."""
    out: dict[str, set[str]] = defaultdict(set)
    for p in pairs:
        out[p.a].add(p.b)
        out[p.b].add(p.a)
    return {k: sorted(v) for k, v in out.items()}


def near_duplicates(pairs: Iterable[Pair], min_ratio: float = 85.0, min_overlap: float = 0.8) -> list[Pair]:
    """The pairs that are the same sentence, give or take an edit (syndicated copy)."""
    return [p for p in pairs if p.ratio >= min_ratio and p.overlap >= min_overlap]


_SHARED: list[tuple[list[Source], ClaimIndex]] = []


def shared_index(sources: list[Source]) -> ClaimIndex:
    """One index of all body sentences, grouped by source, shared by the stages of one derivation.

    Keyed on the identity of the source objects (held, so their ids cannot be reused).
    """
    if _SHARED:
        held, index = _SHARED[0]
        if len(held) == len(sources) and all(a is b for a, b in zip(held, sources, strict=True)):
            return index
    if active():
        for src in sources:
            _article_words(src)
    index = ClaimIndex.build((s for src in sources for s in src.body), lambda s: s.source_id)
    _SHARED[:] = [(list(sources), index)]
    return index


#: The content words of each body sentence of an article, kept between derivations.
_WORDS: Step[list[tuple[str, ...]]] = Step("words", list[tuple[str, ...]], from_plain=one_per_body_sentence)


def _article_words(src: Source) -> None:
    """Each body sentence's content words, kept or computed, as this run's answers of :func:`content_words`:
    the index reads every sentence's words, and so do the stages after it. They depend on the text alone."""
    texts = [s.text for s in src.body]
    kept = recall(_WORDS, src, "", lambda: [_content_words(t) for t in texts])
    for text, words in zip(texts, kept, strict=True):
        prime(_content_words, text, words)


def forget_shared() -> None:
    """Let the shared index go when its derivation ends: a tenth of a large derivation's memory, no longer needed."""
    _SHARED.clear()

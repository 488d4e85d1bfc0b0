"""Finding the sentence a citation means, even after the article changed.

A citation in a Markdown briefing keeps two things: the sentence id
(``source:hash``, the hash of the sentence text) and a short quote of the
sentence. Like web annotation tools re-anchoring a highlight (a
TextQuoteSelector with a position hint), resolution tries, in order:

1. the id as written — the sentence is unchanged;
2. the quote, exactly (case and spacing aside), in the cited source, then
   in every source — the article was edited elsewhere or re-segmented;
3. the quote, fuzzily (rapidfuzz ``partial_ratio``) — the sentence was
   lightly reworded.

Several candidates are told apart by the citing claim's own text (the
context), then by document order. A citation nothing matches is reported
as unresolved; callers keep it, never drop it.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from briefing import patterns
from briefing.model import Sentence, Source

#: A rendered quote keeps at most this many words and characters of the sentence.
QUOTE_WORDS = 10
QUOTE_CHARS = 60
#: Lowest ``partial_ratio`` (0-100) at which a reworded sentence is still the cited one.
FUZZY_CUTOFF = 82
#: Quotes shorter than this (normalised characters) are matched exactly only: too ambiguous.
MIN_FUZZY_CHARS = 16
ELLIPSIS = "…"

OK = "ok"
RESOLVED = "resolved"  # a bare quote matched a sentence
REANCHORED = "re-anchored"  # the id no longer exists; the quote found the sentence
UNRESOLVED = "unresolved"

_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})
_SPACE = patterns.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Anchor:
    """A citation as written: an id, a source scope, a quote, or some of them."""

    ref: str | None = None  # "source:hash"
    source: str | None = None  # scope of a bare quote, or the ref's source
    quote: str | None = None


@dataclass(frozen=True, slots=True)
class Resolution:
    status: str  # OK | RESOLVED | REANCHORED | UNRESOLVED
    sentence_id: str | None
    how: str = ""


def normalize(text: str) -> str:
    """The form quotes and sentences are compared in: folded quotes, case and spacing."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
    text = text.replace(ELLIPSIS, " ").replace("...", " ")
    return _SPACE.sub(" ", text).strip().casefold()


def quote_of(text: str) -> str:
    """A short quote of a sentence: its first words, cut at a word, with an ellipsis when cut."""
    words = text.split()
    kept: list[str] = []
    for word in words[:QUOTE_WORDS]:
        if kept and len(" ".join([*kept, word])) > QUOTE_CHARS:
            break
        kept.append(word)
    quote = " ".join(kept)
    if len(quote) > QUOTE_CHARS:
        return quote[:QUOTE_CHARS] + ELLIPSIS
    return quote if len(kept) == len(words) else quote + ELLIPSIS


class Anchorer:
    """Resolves citations against one set of sources (built once per briefing).

    Each citation costs about the same in a folder of 30 sentences as of
    50,000: ids are a dict, and a quote looked for in every source goes
    through a word index (the rarest whole word of the quote, then a check
    of the few sentences holding it) instead of a scan. A quote of one or
    two words, which may be cut on both sides, is found in all the texts
    joined, in C. The fuzzy pass over every source runs in rapidfuzz's C
    loop. Results are the same as a plain scan's: the same sentences, in
    the same order.
    """

    def __init__(self, sources: Iterable[Source]) -> None:
        self.sentences: list[Sentence] = [s for src in sources for s in src.sentences]
        self.by_id = {s.id: s for s in self.sentences}
        self.order = {s.id: i for i, s in enumerate(self.sentences)}
        self._normal: dict[str, str] | None = None
        self._words: dict[str, list[int]] | None = None
        self._joined: tuple[str, list[int]] | None = None
        self._mentions: dict[tuple[tuple[str, ...], str | None], list[str]] = {}
        self.by_source: dict[str, list[Sentence]] = {}
        for s in self.sentences:
            self.by_source.setdefault(s.source_id, []).append(s)

    @property
    def normal(self) -> dict[str, str]:
        """Normalised sentence texts, computed on the first citation that needs its quote."""
        if self._normal is None:
            self._normal = {s.id: normalize(s.text) for s in self.sentences}
        return self._normal

    @property
    def words(self) -> dict[str, list[int]]:
        """Each whole word of the normalised texts -> positions of the sentences holding it, in order."""
        if self._words is None:
            index: dict[str, list[int]] = {}
            normal = self.normal
            for i, s in enumerate(self.sentences):
                for word in set(normal[s.id].split(" ")):
                    index.setdefault(word, []).append(i)
            for postings in index.values():
                postings.sort()
            self._words = index
        return self._words

    def resolve(self, anchor: Anchor, context: str = "") -> Resolution:
        """The sentence ``anchor`` means; ``context`` (the claim text) breaks ties."""
        if anchor.ref and anchor.ref in self.by_id:
            return Resolution(OK, anchor.ref, "id")
        moved = REANCHORED if anchor.ref else RESOLVED
        if not anchor.quote or not normalize(anchor.quote):
            what = f"no sentence {anchor.ref}" if anchor.ref else "a citation needs an id or a quote"
            return Resolution(UNRESOLVED, None, what + " (and no quote to re-anchor by)")
        scope = anchor.source or (anchor.ref.split(":", 1)[0] if anchor.ref else None)
        for pool in self._pools(scope):
            found = self._exact(anchor.quote, pool, context)
            if found:
                return Resolution(moved, found, "quote")
        for pool in self._pools(scope):
            found, score = self._fuzzy(anchor.quote, pool, context)
            if found:
                return Resolution(moved, found, f"fuzzy quote, {score:.0f}%")
        where = f" in {scope}" if scope in self.by_source else ""
        return Resolution(UNRESOLVED, None, f"no sentence{where} matches the quote")

    def _pools(self, scope: str | None) -> list[list[Sentence]]:
        """The cited source first, then every source."""
        if scope in self.by_source:
            return [self.by_source[scope], self.sentences]
        return [self.sentences]

    def _exact(self, quote: str, pool: Sequence[Sentence], context: str) -> str | None:
        needle = normalize(quote)
        if pool is self.sentences:
            hits = [self.sentences[i] for i in self._containing(needle)]
        else:
            hits = [s for s in pool if needle in self.normal[s.id]]
        return self._best(hits, context)

    def _containing(self, needle: str) -> list[int]:
        """Positions of every sentence whose normalised text contains ``needle``, in order.

        Words strictly inside the needle are whole words of any sentence
        that contains it, so the rarest one's sentences are the only
        candidates; the first and last may be cut, so a needle of one or
        two words is looked for in the joined texts instead.
        """
        inner = needle.split(" ")[1:-1]
        if not inner:
            return self._find_joined(needle)
        index = self.words
        rarest = min((index.get(w, []) for w in inner), key=len)
        normal, sentences = self.normal, self.sentences
        return [i for i in rarest if needle in normal[sentences[i].id]]

    def _find_joined(self, needle: str) -> list[int]:
        if self._joined is None:
            texts = [self.normal[s.id] for s in self.sentences]
            starts, at = [], 0
            for text in texts:
                starts.append(at)
                at += len(text) + 1
            self._joined = ("\n".join(texts), starts)
        joined, starts = self._joined
        found: list[int] = []
        at = joined.find(needle)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.append(i)
            at = joined.find(needle, starts[i + 1] if i + 1 < len(starts) else len(joined))
        return found

    def _fuzzy(self, quote: str, pool: Sequence[Sentence], context: str) -> tuple[str | None, float]:
        needle = normalize(quote)
        if len(needle) < MIN_FUZZY_CHARS:
            return None, 0.0
        from rapidfuzz import fuzz, process  # here, not at the top: a briefing whose quotes are exact never needs it

        texts = [self.normal[s.id] for s in pool]
        scored = process.extract(needle, texts, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=None)
        if not scored:
            return None, 0.0
        top = max(score for _, score, _ in scored)
        best = self._best([pool[i] for i in sorted(i for _, score, i in scored if score >= top - 1e-9)], context)
        return best, top

    def _best(self, hits: list[Sentence], context: str) -> str | None:
        if not hits:
            return None
        if len(hits) == 1 or not context:
            return hits[0].id
        from rapidfuzz import fuzz

        key = normalize(context)
        return max(hits, key=lambda s: (fuzz.token_set_ratio(key, self.normal[s.id]), -self.order[s.id])).id

    def mentions_of(self, names: Iterable[str], source: str | None = None) -> list[str]:
        """Sentences naming any of ``names`` as a whole word (where lost mentions are looked for again).

        Remembered per (names, source): a briefing may list the same person many times.
        """
        key = (tuple(names), source)
        if key not in self._mentions:
            self._mentions[key] = self._find_mentions(key[0], source)
        return list(self._mentions[key])

    def _find_mentions(self, names: Sequence[str], source: str | None) -> list[str]:
        names_rx = [re.compile(rf"(?<!\w){re.escape(n)}(?!\w)") for n in names if n.strip()]
        if not names_rx:
            return []
        pool = self.sentences if source is None else self.by_source.get(source, [])
        return [s.id for s in pool if any(p.search(s.text) for p in names_rx)]

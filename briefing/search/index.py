"""Fuzzy search over a briefing: people, parties, places, claims and every sentence.

Readers search for names they heard spelled another way, so matching is on
words folded by :mod:`briefing.search.fold` (transliteration, British/American
spelling, diacritics), with typos forgiven by rapidfuzz over the folded
vocabulary, never over the sentences themselves: that scan grows with the
briefing, the vocabulary barely does.

How a query runs:

1. Each query word is matched against the vocabulary: exactly, by its
   folded key, as a prefix (the last word, still being typed) and fuzzily
   (rapidfuzz over folded keys of similar length). Each matching term gets
   a score and a band: exact, prefix or fuzzy.
2. Postings (``array('I')`` of document numbers per term) give candidates:
   every entity document, and the first sentences that contain every query
   word, best band first.
3. The few candidates are scored on their words (how well each query word
   matched, how much of the text the query covers, words in order) and
   ranked: exact and prefix matches first, then entities above sentences,
   then by score; ties in reading order.

Built once per briefing (``SearchIndex(briefing)``); ``search`` only reads
the index, so it may run in a worker thread while the reader stays live.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from briefing.history import Location
from briefing.search.fold import ARTICLES, WORD, fold, surface, words
from briefing.search.hits import KINDS, Hit, place_of, ranked
from briefing.search.postings import FOLLOWS, all_docs, first_docs, holds, prefixed
from briefing.search.tables import Tables, build

if TYPE_CHECKING:
    from briefing.model import Briefing

#: Match bands, best first; "partial" means some query words were not found.
EXACT, PREFIX, FUZZY, PARTIAL = range(4)
BANDS = ("exact", "prefix", "fuzzy", "partial")
#: Shortest query word matched as a prefix, and how many terms a prefix may expand to.
MIN_PREFIX = 2
PREFIX_TERMS = 200
#: Shortest folded word matched fuzzily, how many near terms it may take, and cut-offs.
MIN_FUZZY = 3
FUZZY_TERMS = 40
FUZZY_CUTOFF_SHORT = 85.0  # keys of 3-4 letters: one letter added or dropped
FUZZY_CUTOFF = 78.0
#: Shortest folded word still being typed that is matched fuzzily as a beginning, and how many beginnings.
MIN_FUZZY_PREFIX = 4
FUZZY_PREFIXES = 8
#: Fewest sentences scored per query (twice the limit when that is more): the rest rank below them.
CANDIDATES = 40
#: A query word whose postings exceed this is left to the final scoring, not intersected.
SET_LIMIT = 150_000
#: Points a match on an alias or variant loses against the same match on a main name.
ALIAS_PENALTY = 1.0
#: Building a set costs about this many times less per posting than one binary-search probe.
PROBE_COST = 25
#: Binary-search probes spent on the first candidates before filtering the rest through sets.
PROBES = 1000


@dataclass(frozen=True, slots=True)
class _Match:
    score: float
    band: int


@dataclass(slots=True)
class _Scored:
    band: int
    score: float
    found: int
    spans: tuple[tuple[int, int], ...]


class SearchIndex:
    """The search index of one briefing (see the module docstring)."""

    def __init__(self, briefing: Briefing) -> None:
        self._use(build(briefing))

    @classmethod
    def of(cls, tables: Tables) -> SearchIndex:
        """An index over tables built before (and kept in the cache: :mod:`briefing.search.stored`)."""
        index = cls.__new__(cls)
        index._use(tables)
        return index

    def _use(self, t: Tables) -> None:
        self.tables = t
        self._entities = t.entities
        self._titles = t.titles
        self._word_terms = t.word_terms
        self._terms = t.terms
        self._term_ids = {term: n for n, term in enumerate(t.terms)}
        self._postings = t.postings
        self._sorted_terms = t.sorted_terms
        self._fold_terms = t.fold_terms
        self._sorted_folds = t.sorted_folds
        self._buckets: dict[int, list[str]] = {}
        for key in self._sorted_folds:
            self._buckets.setdefault(len(key), []).append(key)
        self._starts: dict[int, list[str]] = {}  # length -> distinct beginnings of longer keys

    # -- facts ----------------------------------------------------------

    @property
    def size(self) -> tuple[int, int, int]:
        """(entity documents, sentences, distinct terms)."""
        return len(self._entities), len(self.tables.sentence_ids), len(self._terms)

    def sentence_ids(self) -> list[str]:
        return list(self.tables.sentence_ids)

    # -- querying -------------------------------------------------------

    def search(self, query: str, kinds: Iterable[str] | None = None, limit: int = 50) -> list[Hit]:
        """The best ``limit`` hits for ``query``, ranked (see the module docstring)."""
        wanted = set(kinds) if kinds is not None else set(KINDS)
        unknown = wanted - set(KINDS)
        if unknown:
            raise ValueError(f"unknown kinds: {', '.join(sorted(unknown))}")
        typed = [w for _s, _e, w in words(query)]
        content = [w for w in typed if w not in ARTICLES]
        qwords = content or typed
        if not qwords or limit <= 0:
            return []
        tables = [self._matches(w, prefix=i == len(qwords) - 1) for i, w in enumerate(qwords)]
        hits = self._entity_hits(tables, wanted)
        if "sentence" in wanted:
            hits.extend(self._sentence_hits(tables, max(limit * 2, CANDIDATES)))
        return ranked(hits, len(tables), limit)

    def sentences_in_order(self, query: str, limit: int = 500) -> list[str]:
        """Ids of the sentences a query finds, in reading order: what n / N step through."""
        hits = self.search(query, kinds=["sentence"], limit=limit)
        return [h.id for h in sorted(hits, key=lambda h: h.order)]

    def _matches(self, word: str, prefix: bool) -> dict[int, _Match]:
        """Every vocabulary term the query word may stand for, with its score and band."""
        table: dict[int, _Match] = {}

        def put(term: int, score: float, band: int) -> None:
            old = table.get(term)
            if old is None or (band, -score) < (old.band, -old.score):
                table[term] = _Match(score, band)

        exact = self._term_ids.get(word)
        if exact is not None:
            put(exact, 100.0, EXACT)
        key = fold(word)
        for term in self._fold_terms.get(key, ()):
            put(term, 90.0 + fuzz.ratio(word, self._terms[term]) / 10.0, EXACT)
        if prefix and len(word) >= MIN_PREFIX:
            for term in prefixed(self._sorted_terms, word, PREFIX_TERMS):
                put(self._term_ids[term], 80.0 + 15.0 * len(word) / len(term), PREFIX)
            for folded in prefixed(self._sorted_folds, key, PREFIX_TERMS) if len(key) >= MIN_PREFIX else ():
                for term in self._fold_terms[folded]:
                    put(term, 75.0 + 15.0 * len(key) / len(folded), PREFIX)
        if len(key) >= MIN_FUZZY:
            for folded, score in self._near(key):
                for term in self._fold_terms[folded]:
                    put(term, 0.85 * score, FUZZY)
        if prefix and len(key) >= MIN_FUZZY_PREFIX:
            for start, score in self._near_prefixes(key):
                for folded in prefixed(self._sorted_folds, start, PREFIX_TERMS):
                    for term in self._fold_terms[folded]:
                        put(term, 0.8 * score, FUZZY)
        return table

    def _near_prefixes(self, key: str) -> list[tuple[str, float]]:
        """Beginnings of longer folded terms close to a word still being typed ("netny" ~ "natan")."""
        starts = self._starts.get(len(key))
        if starts is None:  # built on first need per length; a race only builds it twice
            starts = sorted({k[: len(key)] for k in self._sorted_folds if len(k) > len(key) + 1})
            self._starts[len(key)] = starts
        # the first letter must agree: a typo there while typing is rare, and noise is not
        same_first = starts[bisect_left(starts, key[0]) : bisect_left(starts, key[0] + FOLLOWS)]
        found = process.extract(key, same_first, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_PREFIXES)
        return [(m[0], m[1]) for m in found if m[0] != key]

    def _near(self, key: str) -> Iterator[tuple[str, float]]:
        """Folded terms of similar length within the fuzzy cut-off (rapidfuzz, C speed)."""
        cutoff = FUZZY_CUTOFF_SHORT if len(key) <= 4 else FUZZY_CUTOFF
        spread = 1 + len(key) // 5
        found: list[tuple[str, float]] = []
        for length in range(max(1, len(key) - spread), len(key) + spread + 1):
            bucket = self._buckets.get(length)
            if bucket:
                found.extend(
                    (m[0], m[1])
                    for m in process.extract(key, bucket, scorer=fuzz.ratio, score_cutoff=cutoff, limit=FUZZY_TERMS)
                )
        found.sort(key=lambda m: (-m[1], m[0]))
        return iter(found[:FUZZY_TERMS])

    # -- entities ---------------------------------------------------------

    def _entity_hits(self, tables: list[dict[int, _Match]], wanted: set[str]) -> list[Hit]:
        count = len(self._entities)
        per_word: list[set[int]] = []
        for table in tables:
            docs: set[int] = set()
            for term in table:
                postings = self._postings[term]
                docs.update(postings[: bisect_left(postings, count)])
            per_word.append(docs)
        # entities naming every word; failing any, those naming some (ranked by how many)
        docs = set.intersection(*per_word) or set.union(*per_word)
        hits = []
        for doc in sorted(docs):
            entity = self._entities[doc]
            if entity.kind not in wanted:
                continue
            scored = self._score(entity.text, tables, entity.glue)
            if entity.text != entity.label:  # a variant or alias: the entity named so outright ranks first
                scored.score = max(0.0, scored.score - ALIAS_PENALTY)
            hits.append(
                Hit(
                    entity.kind,
                    entity.id,
                    entity.label,
                    entity.text,
                    scored.score,
                    BANDS[scored.band],
                    entity.where,
                    entity.location,
                    scored.spans,
                    doc,
                )
            )
        return hits

    # -- sentences --------------------------------------------------------

    def _sentence_hits(self, tables: list[dict[int, _Match]], want: int) -> list[Hit]:
        first = len(self._entities)
        hits = []
        t = self.tables
        for doc in self._sentence_candidates(tables, want):
            n = doc - first
            sid, text, source = t.sentence_ids[n], t.sentence_texts[n], t.sentence_sources[n]
            scored = self._score(text, tables, False)
            where = place_of(self._titles.get(source), source, t.sentence_paragraphs[n])
            hits.append(
                Hit(
                    "sentence",
                    sid,
                    text,
                    text,
                    scored.score,
                    BANDS[scored.band],
                    where,
                    Location("source", sid),
                    scored.spans,
                    doc,
                )
            )
        return hits

    def _sentence_candidates(self, tables: list[dict[int, _Match]], want: int) -> list[int]:
        """Sentence documents holding every query word: exact/prefix matches first, in reading order."""
        first = len(self._entities)
        if len(tables) == 1:
            return self._best_first(tables[0], first, want)
        chosen: list[int] = []
        seen: set[int] = set()
        for bands in (PREFIX, FUZZY):
            need = want - len(chosen)
            if need <= 0:
                break
            per_word = [[self._postings[t] for t, m in table.items() if m.band <= bands] for table in tables]
            found = self._intersect(per_word, first, need + len(seen))
            fresh = [doc for doc in found if doc not in seen][:need]
            chosen.extend(fresh)
            seen.update(fresh)
        if not chosen and len(tables) > 1:  # nothing has every word: offer what has some
            per_word = [[self._postings[t] for t in table] for table in tables]
            pool: set[int] = set()
            for arrays in per_word:
                pool |= first_docs(arrays, first, want)
            chosen = sorted(pool)
        return chosen

    def _best_first(self, table: dict[int, _Match], first: int, want: int) -> list[int]:
        """One query word: sentences with its best-scored spellings first, each in reading order."""
        chosen: list[int] = []
        seen: set[int] = set()
        for term, _m in sorted(table.items(), key=lambda tm: (tm[1].band, -tm[1].score, tm[0])):
            postings = self._postings[term]
            lo = bisect_left(postings, first)
            for doc in postings[lo : lo + want - len(chosen)]:
                if doc not in seen:
                    seen.add(doc)
                    chosen.append(doc)
            if len(chosen) >= want:
                break
        return chosen

    @staticmethod
    def _intersect(per_word: list[list[array]], first: int, need: int) -> list[int]:
        """The first ``need`` sentence documents in every word's postings, in reading order.

        The rarest word gives the candidates. The first few are checked
        against the other words by binary search, which is enough when the
        words often meet; if not, the rest are filtered through sets (or
        binary search when a set would cost more). A word too frequent for a
        set is left to the final scoring when the rarest is frequent too.
        """
        sized = sorted(per_word, key=lambda arrays: (sum(len(a) for a in arrays), len(arrays)))
        if any(not arrays for arrays in sized):
            return []
        rarest, others = sized[0], sized[1:]
        if not others or sum(len(a) for a in rarest) > SET_LIMIT:
            return sorted(first_docs(rarest, first, need))
        candidates = rarest[0][bisect_left(rarest[0], first) :] if len(rarest) == 1 else sorted(all_docs(rarest, first))
        head = max(need, PROBES // sum(len(arrays) for arrays in others))
        found: list[int] = []
        for doc in candidates[:head]:
            if all(any(holds(a, doc) for a in arrays) for arrays in others):
                found.append(doc)
                if len(found) >= need:
                    return found
        if len(candidates) <= head:
            return found
        rest = candidates[head:]
        sets: list[set[int]] = []
        probes: list[list[array]] = []
        for arrays in others:
            total = sum(len(a) for a in arrays)
            if total <= SET_LIMIT and total < PROBE_COST * len(rest) * len(arrays):
                sets.append(all_docs(arrays, first))
            else:
                probes.append(arrays)
        for doc in rest:
            if all(doc in s for s in sets) and all(any(holds(a, doc) for a in arrays) for arrays in probes):
                found.append(doc)
                if len(found) >= need:
                    break
        return found

    # -- scoring ----------------------------------------------------------

    def _score(self, text: str, tables: list[dict[int, _Match]], glue: bool) -> _Scored:
        """How well a text answers the query: band, score (0-100), words found, spans."""
        best: list[tuple[int, float, int, int] | None] = [None] * len(tables)  # (band, score, first, last word)
        spans: list[tuple[int, int]] = []
        tokens = self._tokens(text)
        content = sum(1 for t in tokens if self._terms[t[2]] not in ARTICLES) or 1
        covered = 0
        for first, last, start, end, term in self._terms_of(tokens, glue):
            hit = False
            for i, table in enumerate(tables):
                m = table.get(term)
                if m is None:
                    continue
                hit = True
                if best[i] is None or (m.band, -m.score) < (best[i][0], -best[i][1]):
                    best[i] = (m.band, m.score, first, last)
            if hit:
                spans.append((start, end))
                covered += 1 if first == last else 0
        found = [b for b in best if b is not None]
        band = max(b[0] for b in found) if len(found) == len(tables) else PARTIAL
        mean = sum(b[1] for b in found) / len(tables)
        in_order = len(tables) > 1 and len(found) == len(tables) and _consecutive([(b[2], b[3]) for b in found])
        score = min(100.0, 0.9 * mean + 8.0 * min(1.0, covered / content) + (2.0 if in_order else 0.0))
        return _Scored(band, round(score, 1), len(found), _merged(spans))

    def _tokens(self, text: str) -> list[tuple[int, int, int]]:
        """(start, end, term) of each word of an indexed text: the build's own look-up, no folding again."""
        out = []
        lookup = self._word_terms
        for m in WORD.finditer(text):
            term = lookup.get(m.group().lower())
            if term is None:
                term = self._term_ids.get(surface(m.group()), -1)
            if term >= 0:
                out.append((m.start(), m.end(), term))
        return out

    def _terms_of(self, tokens: list[tuple[int, int, int]], glue: bool) -> Iterator[tuple[int, int, int, int, int]]:
        """(first word, last word, start, end, term) per word; with ``glue``, also per pair of adjacent words."""
        ids, terms = self._term_ids, self._terms
        for n, (start, end, term) in enumerate(tokens):
            yield n, n, start, end, term
            if glue and n + 1 < len(tokens):
                nxt = tokens[n + 1]
                yield n, n + 1, start, nxt[1], ids.get(terms[term] + terms[nxt[2]], -1)


class SharedIndex:
    """A briefing's index, built once on first use from whichever thread asks first."""

    def __init__(self, briefing: Briefing) -> None:
        self.briefing = briefing
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

    @property
    def ready(self) -> bool:
        return self._index is not None

    def get(self) -> SearchIndex:
        with self._lock:
            if self._index is None:
                self._index = SearchIndex(self.briefing)
            return self._index


def _consecutive(runs: list[tuple[int, int]]) -> bool:
    """Whether (first, last) word runs follow each other in order: the query's words as a phrase."""
    return all(b[0] == a[1] + 1 for a, b in pairwise(runs))


def _merged(spans: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return tuple(out)

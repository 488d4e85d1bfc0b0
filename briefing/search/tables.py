"""Building a search index: a briefing's words, postings and folded vocabulary, as plain tables.

:class:`Tables` is everything :class:`briefing.search.index.SearchIndex`
queries, and nothing it does not: the sentences as columns (id, text,
article, paragraph) rather than the briefing's objects, the articles by
title only. So an index can be kept in the cache beside its briefing
(:mod:`briefing.search.stored`) and answer a query without the briefing
being read at all.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.search.docs import Doc, entity_docs
from briefing.search.fold import WORD, fold, surface

if TYPE_CHECKING:
    from briefing.model import Briefing


@dataclass(slots=True)
class Tables:
    """A built index. Documents are numbered entities first, then sentences in reading order."""

    entities: Sequence[Doc]
    sentence_ids: Sequence[str]
    sentence_texts: Sequence[str]
    sentence_sources: Sequence[str]
    sentence_paragraphs: Sequence[int]
    titles: dict[str, str]  # article id -> title
    terms: list[str]  # term id -> surface
    word_terms: dict[str, int]  # a lower-cased word as written -> term id (-1: no term)
    postings: Sequence[Sequence[int]]  # term id -> its documents, ascending
    sorted_terms: list[str]
    fold_terms: dict[str, list[int]]  # folded key -> term ids
    sorted_folds: list[str]


@dataclass(slots=True)
class _Builder:
    word_terms: dict[str, int] = field(default_factory=dict)
    term_ids: dict[str, int] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    postings: list[array] = field(default_factory=list)

    def add(self, doc: int, text: str, glue: bool) -> None:
        ids: set[int] = set()
        lookup = self.word_terms
        previous = ""
        for match in WORD.findall(text.lower()):  # fast path: ``surface`` runs once per distinct word
            term = lookup.get(match)
            if term is None:
                term = lookup[match] = self.term(surface(match))
            if term >= 0:
                ids.add(term)
                if glue:
                    if previous:
                        ids.add(self.term(previous + self.terms[term]))
                    previous = self.terms[term]
        for term in ids:
            self.postings[term].append(doc)

    def term(self, word: str) -> int:
        if not word:
            return -1
        term = self.term_ids.get(word)
        if term is None:
            term = self.term_ids[word] = len(self.terms)
            self.terms.append(word)
            self.postings.append(array("I"))
        return term


def build(briefing: Briefing) -> Tables:
    """Index every entity document and every sentence of ``briefing``."""
    entities = list(entity_docs(briefing))
    sentences = [s for src in briefing.sources for s in src.sentences]
    b = _Builder()
    for doc, entity in enumerate(entities):
        b.add(doc, entity.text, entity.glue)
    first = len(entities)
    for n, sent in enumerate(sentences):
        b.add(first + n, sent.text, False)
    fold_terms: dict[str, list[int]] = {}
    for term_id, term in enumerate(b.terms):
        fold_terms.setdefault(fold(term), []).append(term_id)
    return Tables(
        entities=entities,
        sentence_ids=[s.id for s in sentences],
        sentence_texts=[s.text for s in sentences],
        sentence_sources=[s.source_id for s in sentences],
        sentence_paragraphs=[s.paragraph for s in sentences],
        titles={src.id: src.title for src in briefing.sources},
        terms=b.terms,
        word_terms=b.word_terms,
        postings=b.postings,
        sorted_terms=sorted(b.term_ids),
        fold_terms=fold_terms,
        sorted_folds=sorted(fold_terms),
    )

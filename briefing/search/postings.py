"""Postings: sorted ``array('I')`` of document numbers per term, and the few operations search needs on them."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from heapq import nsmallest

#: Sorts after every surface character (a-z, 0-9): ``prefix + FOLLOWS`` bounds a prefix range.
FOLLOWS = "{"


def prefixed(ordered: Sequence[str], prefix: str, most: int) -> list[str]:
    """Sorted strings starting with ``prefix`` (itself excluded), at most ``most``, shortest first."""
    lo = bisect_left(ordered, prefix)
    hi = bisect_left(ordered, prefix + FOLLOWS, lo)
    found = [t for t in ordered[lo:hi] if t != prefix]
    if len(found) > most:
        found = nsmallest(most, found, key=lambda t: (len(t), t))
    return found


def first_docs(arrays: list[array], first: int, need: int) -> set[int]:
    """The first ``need`` sentence documents of a union of postings (each is sorted)."""
    docs: set[int] = set()
    for a in arrays:
        lo = bisect_left(a, first)
        docs.update(a[lo : lo + need])
    return set(sorted(docs)[:need])


def all_docs(arrays: list[array], first: int) -> set[int]:
    docs: set[int] = set()
    for a in arrays:
        docs.update(a[bisect_left(a, first) :])
    return docs


def holds(postings: array, doc: int) -> bool:
    i = bisect_left(postings, doc)
    return i < len(postings) and postings[i] == doc

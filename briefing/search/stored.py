"""A built search index as bytes and back, so the cache can keep it beside its briefing.

``briefing search`` on a cached folder then answers without deriving,
without reading the briefing and without building an index: building one
over 1,000 articles takes seconds of Python, reading it back a few
milliseconds. Most of an index is columns of bytes: the postings (one
buffer of unsigned 32-bit document numbers with an offset per term), the
sentences' ids and texts (UTF-8, joined, with byte offsets), their
articles and paragraphs. They are decoded as views of the entry's own
bytes, never copied, and a term's postings or a sentence's text is sliced
out only when a query reaches it: copying the 10 MB of a 1,000-article
index was three quarters of decoding it.

The format is MessagePack decoded by msgspec against :class:`_Stored`, as
the rest of the cache is: a file can yield these tables or fail to decode,
nothing else. The store keeps the bytes without knowing their type (it
sits below search in the flow).
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

import msgspec

from briefing.history import Location
from briefing.search.docs import Doc
from briefing.search.tables import Tables

#: Bump when :class:`Tables` (or what building puts in it) changes, or how it is written here.
VERSION = 3
_ITEM = "I"


class _Stored(msgspec.Struct, array_like=True):
    version: int
    entities: tuple[list[str], list[str], list[str], list[str], list[str], list[str], list[str | None], list[bool]]
    # The byte columns are written from bytes and decoded as views of the entry (msgspec: zero-copy).
    sentence_ids: tuple[memoryview, memoryview]  # UTF-8, joined, and where each starts (uint32, one more)
    sentence_texts: tuple[memoryview, memoryview]
    sentence_sources: tuple[list[str], memoryview]  # the article ids, and each sentence's (uint32 into them)
    sentence_paragraphs: memoryview  # uint32
    titles: dict[str, str]
    terms: list[str]
    word_terms: dict[str, int]
    postings: memoryview  # every term's documents, concatenated, native uint32
    offsets: memoryview  # where each term's run starts, and the end (len(terms) + 1 uint32)
    sorted_terms: list[str]
    fold_terms: dict[str, list[int]]
    sorted_folds: list[str]


class _Slices(Sequence[str]):
    """Strings kept joined as UTF-8, each decoded when asked for: decoding makes no object per sentence.

    A byte damaged inside the text (the structure around it decoded) reads as U+FFFD, never as an error.
    """

    def __init__(self, joined: memoryview, offsets: memoryview) -> None:
        self._joined, self._offsets = joined, offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, n: int) -> str:  # type: ignore[override]
        return str(self._joined[self._offsets[n] : self._offsets[n + 1]], "utf-8", "replace")


class _Indexed(Sequence[str]):
    def __init__(self, values: list[str], indexes: memoryview) -> None:
        self._values, self._indexes = values, indexes

    def __len__(self) -> int:
        return len(self._indexes)

    def __getitem__(self, n: int) -> str:  # type: ignore[override]
        return self._values[self._indexes[n]]


class _Packed(Sequence[memoryview]):
    """Each term's postings as a slice of the one buffer, made when asked for."""

    def __init__(self, flat: memoryview, offsets: memoryview) -> None:
        self._flat, self._offsets = flat, offsets

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, term: int) -> memoryview:  # type: ignore[override]
        return self._flat[self._offsets[term] : self._offsets[term + 1]]


class _Docs(Sequence[Doc]):
    """The entity documents, kept as columns (a tenth of the decoding time) and made when a query reaches them."""

    def __init__(self, columns: tuple[list, ...]) -> None:
        self._columns = columns
        self._made: dict[int, Doc] = {}
        if len({len(c) for c in columns}) > 1:
            raise ValueError("damaged entity documents: columns of different lengths")

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, n: int) -> Doc:  # type: ignore[override]
        doc = self._made.get(n)
        if doc is None:
            kind, eid, label, text, where, pane, item, glue = (c[n] for c in self._columns)
            doc = self._made[n] = Doc(kind, eid, label, text, where, Location(pane, item), glue)
        return doc


def _columns(docs: Sequence[Doc]) -> tuple[list, ...]:
    return (
        [d.kind for d in docs],
        [d.id for d in docs],
        [d.label for d in docs],
        [d.text for d in docs],
        [d.where for d in docs],
        [d.location.pane for d in docs],
        [d.location.item for d in docs],
        [d.glue for d in docs],
    )


def _joined(texts: Sequence[str]) -> tuple[bytes, bytes]:
    """The texts as one UTF-8 buffer and where each starts in it (in bytes), the end last."""
    parts = [text.encode() for text in texts]  # sentence texts and ids: decoded text, no lone surrogates
    offsets = array(_ITEM, [0])
    for part in parts:
        offsets.append(offsets[-1] + len(part))
    return b"".join(parts), offsets.tobytes()


def _numbered(values: Sequence[str]) -> tuple[list[str], bytes]:
    numbers: dict[str, int] = {}
    indexes = array(_ITEM, (numbers.setdefault(v, len(numbers)) for v in values))
    return list(numbers), indexes.tobytes()


def _uints(data: bytes | memoryview, what: str) -> memoryview:
    try:
        return memoryview(data).cast(_ITEM)
    except TypeError as err:  # a length that is no multiple of the item size
        raise ValueError(f"damaged {what}: {err}") from None


def _slices(column: tuple[memoryview, memoryview], count: int, what: str) -> _Slices:
    joined, offsets = column[0], _uints(column[1], what)
    if len(offsets) != count + 1 or offsets[-1] != len(joined):  # out of order, they slice nonsense, never fail
        raise ValueError(f"damaged {what}: offsets do not fit")
    return _Slices(joined, offsets)


@cache
def _decoder() -> msgspec.msgpack.Decoder:
    return msgspec.msgpack.Decoder(_Stored)


def pack(t: Tables) -> bytes:
    """The tables as bytes (MessagePack)."""
    flat = array(_ITEM)
    offsets = array(_ITEM, [0])
    for postings in t.postings:
        flat.extend(postings)
        offsets.append(len(flat))
    stored = _Stored(
        VERSION,
        _columns(t.entities),
        _joined(t.sentence_ids),
        _joined(t.sentence_texts),
        _numbered(t.sentence_sources),
        array(_ITEM, t.sentence_paragraphs).tobytes(),
        t.titles,
        t.terms,
        t.word_terms,
        flat.tobytes(),
        offsets.tobytes(),
        t.sorted_terms,
        t.fold_terms,
        t.sorted_folds,
    )
    return msgspec.msgpack.encode(stored)


def unpack(data: bytes | memoryview) -> Tables:
    """The tables :func:`pack` wrote; ``ValueError`` when the bytes are not such tables."""
    s = _decoder().decode(data)
    if s.version != VERSION:
        raise ValueError(f"search index of version {s.version}, not {VERSION}")
    flat, offsets = _uints(s.postings, "postings"), _uints(s.offsets, "postings")
    if len(offsets) != len(s.terms) + 1 or any(a > b for a, b in pairwise(offsets)):
        raise ValueError("damaged postings: offsets do not fit the terms")
    if offsets[-1] != len(flat):
        raise ValueError("damaged postings: offsets do not fit the buffer")
    paragraphs = _uints(s.sentence_paragraphs, "paragraphs")
    count = len(paragraphs)
    source_ids, numbers = s.sentence_sources[0], _uints(s.sentence_sources[1], "article numbers")
    if len(numbers) != count or (count and max(numbers) >= len(source_ids)):
        raise ValueError("damaged article numbers")
    return Tables(
        entities=_Docs(s.entities),
        sentence_ids=_slices(s.sentence_ids, count, "sentence ids"),
        sentence_texts=_slices(s.sentence_texts, count, "sentence texts"),
        sentence_sources=_Indexed(source_ids, numbers),
        sentence_paragraphs=paragraphs,
        titles=s.titles,
        terms=s.terms,
        word_terms=s.word_terms,
        postings=_Packed(flat, offsets),
        sorted_terms=s.sorted_terms,
        fold_terms=s.fold_terms,
        sorted_folds=s.sorted_folds,
    )

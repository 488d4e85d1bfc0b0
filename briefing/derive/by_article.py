"""What a stage reads from one article alone, kept from one derivation to the next: unchanged, not read again.

Most of a derivation is per-article reading (the candidate names, actors,
places, outcomes, demands and figures each article states, its sentences'
content words, and which state it calls "the government"); the rest links
what the articles said. When one article of a thousand changes, the other
999 say what they said before. A stage's per-article step is therefore
run through :func:`recall`, which answers from the :class:`Kept` results of
the last derivation when the article and everything else the step reads (its
``given``: say the article's position and outlet, or the folder's parties
and people) are unchanged, and else computes and records the answer. A
``given`` must name all the step reads besides the article: a step that
read more would answer for the old folder.

The core knows nothing of the cache: ``derive`` is handed a :class:`Kept`
(the pipeline reads it from the cache, and stores :attr:`Kept.found`
afterwards). Results are kept as MessagePack of plain values and decoded
against the step's own type (:class:`Step`), so what is kept can only ever
decode to those values. A result that does not decode is computed again.
Every result is a pure function of its key, so a kept one is the one the
step would compute: output is the same with or without them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec

if TYPE_CHECKING:
    from briefing.model import Source

T = TypeVar("T")

_ENCODER = msgspec.msgpack.Encoder()
#: Digests are of this encoding: sets and dicts in sorted order, so a digest is the same in every process
#: (a set's own order follows the hash seed).
_CANONICAL = msgspec.msgpack.Encoder(order="deterministic")


@dataclass(slots=True)
class Kept:
    """Per-article results by key: those a derivation may reuse, and those it used or found (the next one's)."""

    known: dict[str, bytes] = field(default_factory=dict)
    found: dict[str, bytes] = field(default_factory=dict)
    #: How many results were taken from ``known`` and how many computed, this derivation.
    reused: int = 0
    computed: int = 0

    def changed(self) -> bool:
        """Whether :attr:`found` differs from :attr:`known` (else there is nothing new to store)."""
        return self.found.keys() != self.known.keys()


class Step(Generic[T]):
    """One stage's per-article step: its name (in every key) and how its result is kept as plain values.

    ``plain`` is the type the kept bytes decode to; ``to_plain`` and
    ``from_plain`` turn a result into it and back (given the article, for a
    result that points into it). By default the result is its own plain form.
    """

    def __init__(
        self,
        name: str,
        plain: Any,
        to_plain: Callable[[Source, T], Any] | None = None,
        from_plain: Callable[[Source, Any], T] | None = None,
    ) -> None:
        self.name = name
        self._to = to_plain or (lambda _src, value: value)
        self._from = from_plain or (lambda _src, value: value)
        self._decoder = msgspec.msgpack.Decoder(plain)

    def encode(self, src: Source, value: T) -> bytes:
        return _ENCODER.encode(self._to(src, value))

    def decode(self, src: Source, data: bytes) -> T:
        """The result kept as ``data``; ``ValueError`` when it is not one of this step's."""
        try:
            plain = self._decoder.decode(data)
            return self._from(src, plain)
        except (msgspec.DecodeError, IndexError, TypeError) as err:  # a result that no longer fits its article
            raise ValueError(f"not a kept {self.name} result: {err}") from None


def one_per_body_sentence(src: Source, value: list[T]) -> list[T]:
    """``from_plain`` of a step with a result per body sentence: a list of another length (bytes that decode,
    but not to this article's) is no result of it, computed again rather than read out of step."""
    if len(value) != len(src.body):
        raise IndexError(f"{len(value)} results for {len(src.body)} sentences")
    return value


#: The results of the derivation under way (see :func:`keeping`); None: every step computes.
_kept: Kept | None = None
#: Each source's digest, by identity, while a derivation keeps results (a source is digested once).
_digests: dict[int, tuple[Source, str]] = {}


@contextmanager
def keeping(kept: Kept | None) -> Iterator[None]:
    """Steps run through :func:`recall` use and record ``kept`` until the block ends."""
    global _kept
    outer = _kept
    _kept = kept
    try:
        yield
    finally:
        _kept = outer
        if outer is None:
            _digests.clear()


def active() -> bool:
    """Whether a derivation is keeping results (else a step's ``given`` need not be worked out)."""
    return _kept is not None


def recall(step: Step[T], src: Source, given: str, compute: Callable[[], T]) -> T:
    """``compute()`` (a pure function of ``src`` and what ``given`` stands for), or the result kept for it."""
    kept = _kept
    if kept is None:
        return compute()
    key = f"{step.name}\x1f{source_digest(src)}\x1f{given}"
    data = kept.found.get(key) or kept.known.get(key)
    if data is not None:
        try:
            value = step.decode(src, data)
        except ValueError:
            pass
        else:
            kept.found[key] = data
            kept.reused += 1
            return value
    value = compute()
    kept.computed += 1
    with suppress(UnicodeEncodeError):  # a result quoting a name not in UTF-8 is not kept: computed next time
        kept.found[key] = step.encode(src, value)
    return value


def source_digest(src: Source) -> str:
    """A digest of everything an article holds (its MessagePack form): equal digests, equal articles."""
    seen = _digests.get(id(src))
    if seen is not None and seen[0] is src:
        return seen[1]
    digest = _digest(src)
    _digests[id(src)] = (src, digest)
    return digest


def digest_of(*values: Any) -> str:
    """A digest of plain values and the model's dataclasses (the ``given`` of a step that reads them)."""
    return _digest(values)


def _digest(value: Any) -> str:
    try:
        data = _CANONICAL.encode(value)
    except UnicodeEncodeError:  # a file name not in UTF-8 (kept by Python as surrogates): its repr, byte for byte
        data = b"repr\0" + repr(value).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def mark() -> int:
    """Where the results found so far end (for :func:`found_since`)."""
    return len(_kept.found) if _kept is not None else 0


def found_since(start: int) -> list[tuple[str, bytes]]:
    """The results found after :func:`mark` gave ``start``: what a forked stage sends back with its result."""
    if _kept is None:
        return []
    return list(_kept.found.items())[start:]


def adopt(found: list[tuple[str, bytes]]) -> None:
    """Record results a forked stage found (they are this derivation's too)."""
    if _kept is not None:
        _kept.found.update(found)

"""Unique ids: a readable base made unique among those taken with a "-2", "-3" … suffix.

Sources (file stems), sentences (hashes) and curated entries (names) are
all numbered this way, so the same inputs give the same ids.
"""

from __future__ import annotations

import re
from collections.abc import Container

_SLUG = re.compile(r"[^a-z0-9]+")
_SLUG_UNDERSCORE = re.compile(r"[^a-z0-9_-]+")


def slug(text: str, fallback: str, *, underscores: bool = False, limit: int | None = None) -> str:
    """``text`` lower-cased, each run of other characters one "-" (kept: "_" and "-" with ``underscores``)."""
    pattern = _SLUG_UNDERSCORE if underscores else _SLUG
    return pattern.sub("-", text.lower()).strip("-")[:limit] or fallback


def unique_id(base: str, taken: Container[str], counts: dict[str, int] | None = None) -> str:
    """``base``, or ``base-2``, ``base-3`` … whichever is first not in ``taken``.

    ``counts``, when given, remembers the next free suffix per base, so a
    text with thousands of identical sentences stays linear.
    """
    sid = base
    n = counts.get(base, 2) if counts is not None else 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    if counts is not None:
        counts[base] = n
    return sid

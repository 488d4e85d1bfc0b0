"""What the cache saw of each article file, so that an unchanged folder need not be read to be known unchanged.

Every cache key holds the digest of each article's bytes, and finding it
meant reading and hashing every file on every open: for 1,000 articles
about 30 ms, a fifth of a cached ``briefing search``. This records, for
the files under the paths named, each file's identity when it was read
(device, inode, size, modification and change times in ns) and the digest
of what was read. On the next open a file whose identity is unchanged is
vouched for: its digest is taken from here, and its bytes are read only if
parsing needs them (then they must hash to that digest).

Why an identity can vouch: writing a file moves its modification and
change times, and ``touch -d`` or a restored backup that puts the old
modification time back still moves the change time, which no call sets;
replacing a file (an editor's save by rename) gives another inode. Times
have a granularity, though: a file written again within the same tick
after it was read would keep its identity. As git does for its index, a
file whose times are within :data:`RACY_NS` of the moment the reading
began is not recorded, and is read again next time.

The record is keyed by the paths named (resolved), is the user's own like
every entry (0600 under a 0700 folder, refused otherwise), decodes only to
:class:`~briefing.store.codec.SeenFiles`, and holds only files that are
UTF-8 named. A record lost or damaged costs one full read, never a wrong
answer.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from briefing.ingest.reading import STDIN, Identity
from briefing.ingest.sources import Article
from briefing.sanitize import utf8
from briefing.store.cache import Cache, seen_key
from briefing.store.kinds import SEEN

#: Times this close to the start of a reading (2 s: the coarsest common granularity, FAT's) do not vouch.
RACY_NS = 2_000_000_000

Resolve = Callable[[Path], str]


def named(paths: Iterable[str | os.PathLike[str]]) -> list[str]:
    """The paths named, resolved (standard input as itself): what the records of a set of paths are keyed by."""
    return [str(p) if str(p) == str(STDIN) else os.path.realpath(p) for p in paths]


class Seen:
    """The identities recorded for the files under some paths, and what vouches for them now."""

    def __init__(self, cache: Cache, paths: Iterable[str | os.PathLike[str]], resolve: Resolve) -> None:
        self._cache = cache
        self._resolve = resolve
        self._key = seen_key(named(paths))
        self._started = time.time_ns()  # before any file of this reading is looked at
        entry = cache.get(SEEN, self._key) if cache.enabled else None
        self._files: dict[str, tuple[int, int, int, int, int, str]] = getattr(entry, "files", None) or {}

    def vouch(self, path: Path, identity: Identity) -> str | None:
        """The digest recorded for ``path`` if its identity is the one recorded with it, else None."""
        row = self._files.get(self._resolve(path))
        return row[5] if row is not None and row[:5] == identity else None

    def keep(self, articles: list[Article], names: list[str]) -> None:
        """Record the articles' identities and digests (written only when they differ from the record).

        ``names`` are the articles' resolved paths. When the record vouched
        for every article and holds no other file, it stands as it is (the
        common reopening, spared building it again to compare).
        """
        if not self._cache.enabled or self._unchanged(articles, names):
            return
        files = {}
        for article, name in zip(articles, names, strict=True):
            if self._steady(article.identity) and utf8(name) == name:
                files[name] = (*article.identity, article.digest)
        if files != self._files:
            from briefing.store.codec import SeenFiles

            self._cache.put(SEEN, self._key, SeenFiles(files))
            self._files = files

    def _unchanged(self, articles: list[Article], names: list[str]) -> bool:
        """Whether keeping would write the record back as it is: each article vouched for, no other file in it.

        A vouched article's row is the record's own (identity and digest),
        steady then and so still; the names vouched are all recorded, so
        equal counts mean equal sets.
        """
        return all(a.read is None for a in articles) and len(set(names)) == len(self._files)

    def _steady(self, identity: Identity | None) -> bool:
        """Whether a file was last changed long enough before this reading began for its identity to vouch."""
        return identity is not None and max(identity[3], identity[4]) < self._started - RACY_NS

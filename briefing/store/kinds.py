"""The kinds of cache entry and the header line every entry starts with (shared by the cache and its codec)."""

#: First line of every entry: a file written by another layout is a miss, not a crash.
MAGIC = b"briefing-cache/2\n"
#: Entries of earlier layouts (pickles) start so: they are dropped quietly, never decoded.
FAMILY = b"briefing-cache/"
SOURCES = "sources"
BRIEFINGS = "briefings"
#: The small part of a briefing the reader paints first (:class:`briefing.model.Head`), keyed as its briefing.
HEADS = "heads"
#: A briefing's search index (:mod:`briefing.search.stored`), keyed by its briefing's key and the search code.
SEARCH = "search"
#: The preload's answer over its pipe (not stored): a briefing, what was skipped, the warnings.
LOADED = "loaded"
#: What the cache saw of a set of article files (:mod:`briefing.store.seen`), keyed by the paths named.
SEEN = "seen"
#: The rules' compiled regular expressions (:mod:`briefing.store.pattern_cache`), keyed by the Python build.
PATTERNS = "patterns"
#: What derivation read from single articles (:mod:`briefing.derive.by_article`), keyed by the paths named.
ARTICLES = "articles"

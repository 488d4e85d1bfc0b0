"""The spelling key of one word, which search shares with cross-outlet matching: light to import.

``briefing search`` folds its query with :func:`token_key` on every run, so
this module imports nothing heavy: no lexicons, no model, and anyascii (whose
import pulls ``importlib.resources`` and ``tempfile``, ~10 ms) only when a
word is not ASCII already. :mod:`briefing.derive.names` builds the keys of
names on it.
"""

from __future__ import annotations

from briefing import patterns
from briefing.derive.memo import per_run

#: Arabic and similar article particles, dropped unless they are the last token.
ARTICLES = frozenset({"al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "es", "ul", "ed"})

APOSTROPHES = patterns.compile(r"['’`ʼʻ‘]")
DOUBLE = patterns.compile(r"(.)\1+")
_NOT_LOWER = patterns.compile(r"[^a-z]")
_REWRITES = (
    (patterns.compile(r"(?<=i)y(?=[aeiou])"), ""),  # a glide: Aliyev / Aliev, Ziyad / Ziad
    (patterns.compile(r"(?<=.)(?:eh|ah)$"), "a"),
    (patterns.compile(r"ai|ay|ei|ey|ee|ie"), "i"),
    (patterns.compile(r"ou|oo|o"), "u"),
    (patterns.compile(r"(?<=.)e"), "a"),
    (patterns.compile(r"q"), "k"),
)


def ascii_of(text: str) -> str:
    """``anyascii(text)``, without importing anyascii for text that is ASCII already (it returns that as is)."""
    if text.isascii():
        return text
    from anyascii import anyascii

    return anyascii(text)


@per_run(maxsize=65536)
def token_key(token: str) -> str:
    """The spelling key of one word, as search and cross-outlet matching use it: "Shaibani" -> "shibani"."""
    t = APOSTROPHES.sub("", ascii_of(token).lower())
    t = _NOT_LOWER.sub("", t)
    t = DOUBLE.sub(r"\1", t)
    for pattern, repl in _REWRITES:
        t = pattern.sub(repl, t)
    return DOUBLE.sub(r"\1", t)

"""Inputs shaped to make a parser or a pattern run away: shared by the limits tests and bench_hostile_inputs.py.

Each is the prose of a short article with one hostile shape repeated to
``size`` characters: 10,000-character tokens of the kinds a pattern may
start a word at every letter of (capitals, "A.A.", "O'O'", "Al-Al-"),
runs of punctuation and quotes, runs of capitalised words, and HTML
nested deep or carrying huge attributes.
"""

from __future__ import annotations

import random

PROSE = "The delegations met again in Vienna on Monday and agreed to continue the talks next week. "
_WORDS = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"]


def _repeat(unit: str, size: int) -> str:
    return "Talks in Vienna\n\n" + unit * max(1, size // len(unit))


def shapes(size: int = 300_000) -> dict[str, str]:
    """File name -> content, each about ``size`` characters."""
    rnd = random.Random(16)
    return {
        "control.txt": _repeat(PROSE, size),
        "token-caps.txt": _repeat(PROSE + "W" * 10_000 + ". ", size),
        "token-initials.txt": _repeat(PROSE + "A." * 5_000 + " ", size),
        "token-apostrophes.txt": _repeat(PROSE + "O'" * 5_000 + ". ", size),
        "token-hyphens.txt": _repeat(PROSE + "-".join(["Al"] * 3_300) + ". ", size),
        "punctuation-mixed.txt": "Talks\n\n" + PROSE + "".join(rnd.choice(".,;:!?-'\"()[]") for _ in range(size)),
        "quotes.txt": "Talks\n\n" + PROSE + "'" * size,
        "capitals-run.txt": "Talks\n\n" + " ".join(rnd.choice(_WORDS).upper() for _ in range(size // 6)),
        "names-run.txt": "Talks\n\n" + " ".join(rnd.choice(_WORDS) for _ in range(size // 6)),
        "deep.html": "<html><body>" + "<div>" * (size // 5) + PROSE,
        "huge-attribute.html": f'<html><body><p title="{"x" * size}">{PROSE}</p>',
        "many-attributes.html": "<html><body><p " + "a=1 " * (size // 4) + f">{PROSE}</p>",
        "open-comment.html": f"<html><body><p>{PROSE}</p><!--" + "x" * size,
    }

"""quick_re: a cue list with a look-ahead for its first letters matches exactly as written (issue 18)."""

from __future__ import annotations

import re

import pytest

from briefing.derive import outcomes
from briefing.derive.quick_re import quick, quick_compile

#: Invented prose about other talks, with the cases a look-ahead could get wrong: capitals, accents, the
#: long s and the Kelvin sign that IGNORECASE folds, cues at the start and the end, none at all.
TEXTS = [
    "The Andorran and Monegasque teams agreed on a fisheries quota after nine hours.",
    "AGREED: both sides signed the memorandum in Vaduz.",
    "No deal was reached on the toll; the question remains open until the next round.",
    "Talks on the river were postponed to a later session, officials said.",
    "ſigned at dawn, the Kelvin-sign \u212aey text was not decided.",
    "Nothing of note happened.",
    "",
    "Under the terms of the accord, patrols resume. They could not agree on dates.",
    "Élodie Brun, the mediator, said the communiqué provides for a joint commission",
]


@pytest.mark.parametrize(
    "pattern",
    [
        outcomes._AGREED,
        outcomes._NOT_AGREED,
        outcomes._DEFERRED,
        outcomes._EXPECTATION,  # holds a local flag, (?-i:may)
        outcomes._NEXT_ROUND,
    ],
)
def test_cue_lists_match_as_written(pattern: re.Pattern[str]) -> None:
    plain = re.compile(pattern.pattern[len(_prefix(pattern)) : -1], pattern.flags)
    for text in TEXTS:
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in pattern.finditer(text)] == expected
        for pos in range(len(text)):
            want = plain.match(text, pos)
            got = pattern.match(text, pos)
            assert (want and want.span()) == (got and got.span())


def _prefix(pattern: re.Pattern[str]) -> str:
    """The look-ahead quick() put in front (and the group it opened), so the test can undo it."""
    m = re.match(r"\\b\(\?=\[[^\]]*\]\)\(\?:", pattern.pattern)
    assert m and pattern.pattern.endswith(")"), "the cue list should have been made quick"
    return m.group()


def test_first_letters_cover_every_branch() -> None:
    rx = quick_compile(r"\bno\s+deal\b|\b(?:was|is)\s+open\b|\bunresolved\b", re.IGNORECASE)
    assert rx.pattern.startswith(r"\b(?=[")
    for text in ["NO DEAL", "it Was open", "Unresolved.", "opened", "a deal"]:
        plain = re.compile(r"\bno\s+deal\b|\b(?:was|is)\s+open\b|\bunresolved\b", re.IGNORECASE)
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "source",
    [
        r"\w+\s+agreed",  # no opening boundary
        r"\b\w+\s+agreed",  # first letter could be anything
        r"\b(?:x)?",  # may match nothing
        r"(?i)\bagreed",  # an inline global flag
        r"\b(?i:agreed)",  # a local flag that widens
        r"\bagreed|signed",  # a branch without the boundary
    ],
)
def test_patterns_it_cannot_read_stay_as_written(source: str) -> None:
    rx = re.compile(source)
    assert quick(rx) is rx


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bfoo|\bbar", re.IGNORECASE),
        (r"(?i)\bfoo|\bbar", 0),  # an inline global flag must open the pattern: left as written
        (r"(?x) \b foo", 0),  # verbose: not reasoned about
        (r"\b(?:a|b)", re.MULTILINE),
        (r"\w+", 0),  # no opening boundary
        (r"\bno\s+deal", 0),
    ],
)
def test_compiling_a_cue_list_once_gives_the_pattern_quick_gives(pattern: str, flags: int) -> None:
    """quick_compile parses the source and compiles once; the result is quick()'s of the plain pattern."""
    once, twice = quick_compile(pattern, flags), quick(re.compile(pattern, flags))
    assert (once.pattern, once.flags) == (twice.pattern, twice.flags)

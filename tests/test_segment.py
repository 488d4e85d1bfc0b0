"""Sentence splitting on the hard cases of news English."""

from __future__ import annotations

import pytest

from briefing.ingest.segment import segment, split_sentences
from briefing.ingest.sources import source_from_text


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He is joined by Maj. Gen. Roman Gofman, the adviser. Next sentence.",
            ["He is joined by Maj. Gen. Roman Gofman, the adviser.", "Next sentence."],
        ),
        ("Talks began with Gen. Ada Lin. She spoke.", ["Talks began with Gen. Ada Lin.", "She spoke."]),
        ("Amb. Karl Weber came. He left.", ["Amb. Karl Weber came.", "He left."]),
        (
            "The U.S. envoy arrived on Dec. 8, 2024 in Paris. Talks began.",
            ["The U.S. envoy arrived on Dec. 8, 2024 in Paris.", "Talks began."],
        ),
        (
            "Lt. Col. Jane Doe and Dr. Ali Reza met Sen. Brown on Monday. They talked.",
            ["Lt. Col. Jane Doe and Dr. Ali Reza met Sen. Brown on Monday.", "They talked."],
        ),
        (
            "“There will be no withdrawal,” a senior official said. The talks go on.",
            ["“There will be no withdrawal,” a senior official said.", "The talks go on."],
        ),
        (
            "He said: “Peace is not about trust. It is about survival.” Then he left.",
            ["He said: “Peace is not about trust. It is about survival.”", "Then he left."],
        ),
        (
            "The talks — the fifth — resumed. Nobody expected much... But they went on. Did they? Yes!",
            ["The talks — the fifth — resumed.", "Nobody expected much...", "But they went on.", "Did they?", "Yes!"],
        ),
        ("The deal was worth $1.5 billion. It was signed.", ["The deal was worth $1.5 billion.", "It was signed."]),
        (
            "Officials met in Washington, D.C. on Tuesday. They agreed.",
            ["Officials met in Washington, D.C. on Tuesday.", "They agreed."],
        ),
    ],
)
def test_news_cases(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_single_newlines_split_paragraph_lines() -> None:
    # sentencex joins across newlines; each line must stand alone.
    assert sentences("A headline without stop\nThe body starts here. It goes on.") == [
        "A headline without stop",
        "The body starts here.",
        "It goes on.",
    ]


def test_offsets_and_ids() -> None:
    text = "Title of the piece\n\nFirst sentence here. Second one follows.\n\nA new paragraph starts. Ends.\n"
    src = source_from_text(text, "s")
    for s in src.sentences:
        assert text[s.start : s.end] == s.text
    assert [s.kind for s in src.sentences] == ["title", "body", "body", "body", "body"]
    assert len({s.id for s in src.sentences}) == len(src.sentences)
    assert [p.sentence_count for p in src.paragraphs] == [1, 2, 2]


def test_ids_stable_when_text_elsewhere_changes() -> None:
    before = source_from_text("Headline\n\nAlpha is here. Beta is there.\n", "s")
    after = source_from_text("Headline\n\nA new opening line. Alpha is here. Beta is there.\n", "s")
    ids_before = {s.text: s.id for s in before.sentences}
    ids_after = {s.text: s.id for s in after.sentences}
    assert ids_before["Alpha is here."] == ids_after["Alpha is here."]
    assert ids_before["Beta is there."] == ids_after["Beta is there."]


def test_repeated_sentence_gets_unique_id() -> None:
    _, sents = segment("s", "Same words. Same words.", [])
    assert len({s.id for s in sents}) == 2


def test_hard_wrapped_paragraph_stays_one() -> None:
    text = "Headline\n\nThis paragraph is wrapped\nat a short width so that\nlines end mid sentence. Done.\n"
    src = source_from_text(text, "s")
    body = [s.text for s in src.sentences if s.kind == "body"]
    assert body[0].startswith("This paragraph is wrapped\nat a short width")
    assert len(src.paragraphs) == 2


WIDE_SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000", "\u2002"]


@pytest.mark.parametrize("space", WIDE_SPACES, ids=[f"U+{ord(c):04X}" for c in WIDE_SPACES])
def test_a_wide_space_before_a_stop_is_no_crash(space: str) -> None:
    """sentencex's Rust code panicked on an initial, a no-break (or thin, ideographic ...) space and a stop."""
    text = f"The delegations met in Vienna. X{space}.MD said so. Talks resume{space}. On Monday."
    spans = split_sentences(text)
    assert spans and spans[0] == (0, len("The delegations met in Vienna."))
    assert all(0 <= a < b <= len(text) for a, b in spans)
    assert "X" in "".join(text[a:b] for a, b in spans)


def test_a_wide_space_elsewhere_is_left_to_sentencex() -> None:
    text = "It cost 5\u00a0000 euros. The talks\u00a0ended."
    assert sentences(text) == ["It cost 5\u00a0000 euros.", "The talks\u00a0ended."]

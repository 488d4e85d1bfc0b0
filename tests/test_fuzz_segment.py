"""Property tests of cleaning and segmentation: offsets, coverage, and ids that survive edits elsewhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.ingest.cleaning import clean
from briefing.ingest.sources import source_from_text
from briefing.model import Source

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters that stress the rules: sentence ends, quotes, abbreviations, separators, RTL, controls.
_PIECES = "Mr. Dr. Gen. Dec. U.S. TAGS Photo: القدس ירושלים é \u200f \x1b[1m [bold] [/]".split(" ")
ALPHABET = st.sampled_from([*"abcXYZ .,;:!?…\"'“”‘’()-—|*#\n\n\n\t0123456789", *_PIECES, "By "])
TEXTS = st.lists(ALPHABET, max_size=120).map("".join)

WORDS = st.sampled_from(
    "talks envoy border minister delegation ceasefire agreement round Geneva Vienna said would meet".split()
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=3, max_size=12))
    return words[0].capitalize() + " " + " ".join(words[1:]) + draw(st.sampled_from([".", "!", "?"]))


PARAGRAPHS = st.lists(st.lists(sentences(), min_size=1, max_size=4).map(" ".join), min_size=3, max_size=8)


def check_offsets(src: Source) -> None:
    text = src.text
    previous_end = -1
    for i, s in enumerate(src.sentences):
        assert s.index == i and s.source_id == src.id
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip()
        assert s.start >= previous_end
        previous_end = s.end
    for p in src.paragraphs:
        members = src.sentences[p.first_sentence : p.first_sentence + p.sentence_count]
        assert members and all(s.paragraph == p.index for s in members)
        assert p.start <= members[0].start and members[-1].end <= p.end
    for b in src.boilerplate:
        assert 0 <= b.start < b.end <= len(text) and text[b.start : b.end] == b.text


def check_coverage(src: Source) -> None:
    """Every non-space character lies in exactly one sentence or boilerplate span."""
    owners = [0] * len(src.text)
    for span in [*src.sentences, *src.boilerplate]:
        for i in range(span.start, span.end):
            owners[i] += 1
    for i, ch in enumerate(src.text):
        if not ch.isspace():
            assert owners[i] == 1, (i, ch, src.text)


@FUZZ
@given(TEXTS)
def test_cleaning_spans_are_exact_and_disjoint(text: str) -> None:
    cleaned = clean(text)
    end = 0
    for b in cleaned.boilerplate:
        assert b.start >= end and text[b.start : b.end] == b.text and b.text == b.text.strip()
        end = b.end
    if cleaned.title:
        start, stop = cleaned.title
        assert 0 <= start < stop <= len(text)


@FUZZ
@given(TEXTS)
def test_offsets_consistent_and_every_character_owned_once(text: str) -> None:
    src = source_from_text(text, "fuzz")
    check_offsets(src)
    check_coverage(src)


@FUZZ
@given(PARAGRAPHS, st.data())
def test_ids_stable_under_edits_elsewhere(paragraphs: list[str], data: st.DataObject) -> None:
    before = source_from_text("Headline of the talks\n\n" + "\n\n".join(paragraphs) + "\n", "a")
    at = data.draw(st.integers(0, len(paragraphs) - 1))
    replacement = data.draw(st.lists(sentences(), min_size=1, max_size=3).map(" ".join))
    edited = [*paragraphs[:at], replacement, *paragraphs[at + 1 :]]
    after = source_from_text("Headline of the talks\n\n" + "\n\n".join(edited) + "\n", "a")
    check_offsets(after)
    ids_before = _unique_ids(before)
    ids_after = _unique_ids(after)
    for text in ids_before.keys() & ids_after.keys():
        assert ids_before[text] == ids_after[text]


def _unique_ids(src: Source) -> dict[str, str]:
    """Sentence text -> id, for texts found once (a repeat's id depends on its rank)."""
    seen: dict[str, list[str]] = {}
    for s in src.sentences:
        seen.setdefault(s.text, []).append(s.id)
    return {text: ids[0] for text, ids in seen.items() if len(ids) == 1}


def test_long_generated_text_keeps_offsets() -> None:
    text = "Headline\n\n" + " ".join(f"word{i}" for i in range(3000)) + "\n\n" + "x" * 2500 + "\n"
    src = source_from_text(text, "long")
    check_offsets(src)
    check_coverage(src)

"""Citations resolved through the anchorer's indexes find what a plain scan of every sentence finds.

The word index and the joined texts are a speed-up only (issue 19): for
any quote, cut anywhere in a sentence, with or without a typo, scoped to
an article or not, the resolution must be the one the scan gives, down to
the tie-break by the claim's words and the order of the sentences.
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from briefing.formats.anchoring import FUZZY_CUTOFF, MIN_FUZZY_CHARS, Anchor, Anchorer, normalize
from briefing.formats.markdown_read import parse
from briefing.ingest.sources import source_from_text
from briefing.model import Sentence, Source

TEXTS = {
    "gazette": (
        "Negotiators from Chile and Argentina resumed talks on the glacier border in Mendoza. "
        "The Chilean delegation is led by Foreign Minister Ana Ruiz. "
        "Argentina wants a joint survey of the ice field before any line is drawn. "
        "Officials on both sides said a deal was not expected this week."
    ),
    "wire": (
        "Chile and Argentina resumed talks in Mendoza on Tuesday. "
        "Officials on both sides said a deal was not expected this week. "
        "Chile wants the survey to be done by a neutral commission. "
        "A joint survey of the ice field was first proposed in 2019."
    ),
}


def _sources() -> list[Source]:
    return [source_from_text(text, sid) for sid, text in TEXTS.items()]


class _Scan(Anchorer):
    """The reference: the quote looked for in every sentence of the pool, one by one."""

    def _containing(self, needle: str) -> list[int]:
        return [i for i, s in enumerate(self.sentences) if needle in self.normal[s.id]]

    def _fuzzy(self, quote: str, pool: Sequence[Sentence], context: str) -> tuple[str | None, float]:
        needle = normalize(quote)
        if len(needle) < MIN_FUZZY_CHARS:
            return None, 0.0
        scored = [(fuzz.partial_ratio(needle, self.normal[s.id], score_cutoff=FUZZY_CUTOFF), s) for s in pool]
        scored = [(score, s) for score, s in scored if score]
        if not scored:
            return None, 0.0
        top = max(score for score, _ in scored)
        return self._best([s for score, s in scored if score >= top - 1e-9], context), top


SOURCES = _sources()
SENTENCES = [s for src in SOURCES for s in src.sentences]


@st.composite
def quotes(draw: st.DrawFn) -> tuple[Anchor, str]:
    sentence = draw(st.sampled_from(SENTENCES))
    text = sentence.text
    start = draw(st.integers(0, len(text) - 1))
    quote = text[start : start + draw(st.integers(1, 70))]
    if quote and draw(st.booleans()):  # a typo
        at = draw(st.integers(0, len(quote) - 1))
        quote = quote[:at] + draw(st.sampled_from("xq ")) + quote[at + 1 :]
    scope = draw(st.sampled_from([None, "gazette", "wire", "elsewhere"]))
    ref = draw(st.sampled_from([None, f"{scope or 'wire'}:0000dead"]))
    context = draw(st.sampled_from(["", *TEXTS["wire"].split(". ")]))
    return Anchor(ref=ref, source=scope, quote=quote), context


@settings(max_examples=300, deadline=None)
@given(quotes())
def test_indexed_resolution_is_the_scans(case: tuple[Anchor, str]) -> None:
    anchor, context = case
    assert Anchorer(SOURCES).resolve(anchor, context) == _Scan(SOURCES).resolve(anchor, context)


def test_a_quote_held_by_several_sentences_finds_them_in_order() -> None:
    anchorer = Anchorer(SOURCES)
    needle = normalize("both sides said a deal")
    held = [SENTENCES[i].source_id for i in anchorer._containing(needle)]
    assert held == ["gazette", "wire"]
    assert [SENTENCES[i].source_id for i in anchorer._containing(normalize("sides said"))] == ["gazette", "wire"]
    assert anchorer._containing(normalize("no such words here")) == []


def test_words_cut_at_both_ends_are_found() -> None:
    anchorer = Anchorer(SOURCES)
    found = [SENTENCES[i].text for i in anchorer._containing(normalize("ice fi"))]
    assert found == [s.text for s in SENTENCES if "ice field" in s.text]
    assert anchorer.resolve(Anchor(quote="rvey of the ice fie")).sentence_id == SENTENCES[2].id


def test_many_entries_with_one_name_get_distinct_ids_in_order() -> None:
    lines = ["# Same names", "", "## People and places", "", "### People", ""]
    lines += ["- **Ana Ruiz** — Foreign Minister"] * 300 + ["- **Ana Ruiz 2** — adviser"]
    lines += ["", "### Places", ""] + ["- **Mendoza** — city"] * 50
    b = parse("\n".join(lines) + "\n", SOURCES).briefing
    ids = [p.id for p in b.people]
    assert ids[:3] == ["ana-ruiz", "ana-ruiz-2", "ana-ruiz-3"]
    assert len(set(ids)) == 301
    assert ids[-1] == "ana-ruiz-2-2"  # its own slug was taken by the second entry
    assert [p.id for p in b.places][-1] == "mendoza-50"

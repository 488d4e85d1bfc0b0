"""Segmentation and cleaning on pathological sizes: linear, and the headline kept apart."""

from __future__ import annotations

from briefing.ingest.cleaning import clean
from briefing.ingest.segment import segment
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing


def _segment(text: str):
    cleaned = clean(text)
    return segment("s", text, cleaned.boilerplate, cleaned.title)


def test_identical_sentences_get_distinct_ids_quickly() -> None:
    text = "The talks went on. " * 5000
    _, sentences = _segment(text)
    ids = [s.id for s in sentences]
    assert len(ids) == 5000 == len(set(ids))
    assert ids[1] == ids[0] + "-2" and ids[-1] == ids[0] + "-5000"


def test_headline_without_blank_line_is_its_own_sentence() -> None:
    text = "Envoys meet in Vienna\nthe talks resumed on Monday after a pause\nboth sides said little\n"
    _, sentences = _segment(text)
    assert sentences[0].kind == "title"
    assert sentences[0].text == "Envoys meet in Vienna"
    assert all(s.kind == "body" for s in sentences[1:]) and len(sentences) > 1


def test_many_tag_lines_stay_cheap() -> None:
    text = "Headline of the day\n\n" + "Body sentence one is here. Another follows.\n\n" + "Tags\nalpha\n" * 3000
    cleaned = clean(text)
    assert any(b.kind == "tags" for b in cleaned.boilerplate)


def test_briefing_indexes_work() -> None:
    src = source_from_text("Talks resumed in Oslo. Both sides met.", "a")
    briefing = Briefing(title="t", sources=[src])
    assert set(briefing.sentence_index) == {s.id for s in src.sentences}
    assert briefing.source_index["a"] is src


def test_runaway_sentence_is_cut_at_spaces() -> None:
    words = " ".join(f"word{i}" for i in range(5000))
    text = f"Headline\n\n{words}\n"
    _, sentences = _segment(text)
    body = [s for s in sentences if s.kind == "body"]
    assert len(body) > 1 and all(len(s.text) <= 1000 for s in body)
    assert " ".join(s.text for s in body) == words  # cut only at spaces, nothing lost


def test_line_without_spaces_is_cut_hard() -> None:
    text = "x" * 2500
    _, sentences = _segment(text)
    assert [len(s.text) for s in sentences] == [1000, 1000, 500]

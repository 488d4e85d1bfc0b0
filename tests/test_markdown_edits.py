"""Edits to either side: the analyst's to the briefing, the outlets' to the articles."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from markdown_helpers import OWN, SEEDS, replace_once, sample_briefing

from briefing.formats.markdown_read import parse
from briefing.formats.markdown_write import render
from briefing.ingest.sources import load_sources
from briefing.model import Briefing


def _copy(src: Path, tmp_path: Path) -> Path:
    folder = tmp_path / src.name
    shutil.copytree(src, folder, ignore=shutil.ignore_patterns("briefing.md", "*.json"))
    return folder


def _written(folder: Path, sides: tuple[str, str]) -> tuple[Briefing, str]:
    b = sample_briefing(load_sources([folder])[0], sides)
    text = render(b)
    (folder / "briefing.md").write_text(text, encoding="utf-8")
    return b, text


def _line_of(folder: Path, words: str) -> int:
    lines = (folder / "briefing.md").read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if words in line)


def _reparse(folder: Path):
    return parse((folder / "briefing.md").read_text(encoding="utf-8"), load_sources([folder])[0])


@pytest.fixture
def own(tmp_path: Path) -> tuple[Path, Briefing, str]:
    folder = _copy(OWN, tmp_path)
    b, text = _written(folder, ("Norway", "Iceland"))
    return folder, b, text


def _edit(folder: Path, old: str, new: str, name: str = "briefing.md") -> None:
    replace_once(folder / name, old, new)


# -- edits to the briefing


def test_reworded_claim_keeps_its_citations(own) -> None:
    folder, b, _ = own
    _edit(folder, "Little progress is expected before the winter.", "No deal is likely before winter.")
    parsed = _reparse(folder)
    assert parsed.briefing.summary[1].text == "No deal is likely before winter."
    assert parsed.briefing.summary[1].citations == b.summary[1].citations
    assert parsed.findings == []


def test_deleted_claim_is_gone(own) -> None:
    folder, b, text = own
    line = next(ln for ln in text.splitlines() if ln.startswith("- Little progress"))
    _edit(folder, line + "\n", "")
    parsed = _reparse(folder)
    assert [c.text for c in parsed.briefing.summary] == [b.summary[0].text]


def test_added_bullet_with_a_quoted_fragment_is_resolved(own) -> None:
    folder, _, _ = own
    added = '- The Commission offered Brussels. [^"offered to host a technical session"]\n'
    _edit(folder, "\n## Outcomes", added + "\n## Outcomes")
    parsed = _reparse(folder)
    claim = parsed.briefing.summary[-1]
    assert claim.text == "The Commission offered Brussels."
    assert claim.citations == ["harbour-gazette:f0776331"]
    assert [(f.status, f.line) for f in parsed.findings] == [("resolved", _line_of(folder, "offered Brussels"))]


def test_added_quote_with_a_typo_is_resolved_fuzzily(own) -> None:
    folder, _, _ = own
    added = "- Norway wants a cap. [^harbour-gazette “Norway want a binding cap on the total catches”]\n"
    _edit(folder, "\n## Outcomes", added + "\n## Outcomes")
    parsed = _reparse(folder)
    assert parsed.briefing.summary[-1].citations == ["harbour-gazette:575c7a93"]
    assert "fuzzy" in parsed.findings[0].message


def test_added_quote_found_nowhere_is_reported_and_kept(own) -> None:
    folder, _, _ = own
    added = '- Invented. [^"the moon is made of cheese, said the minister"]\n'
    _edit(folder, "\n## Outcomes", added + "\n## Outcomes")
    parsed = _reparse(folder)
    assert [(f.status, f.line) for f in parsed.findings] == [("unresolved", _line_of(folder, "Invented."))]
    assert parsed.briefing.summary[-1].unresolved == ['[^"the moon is made of cheese, said the minister"]']
    assert "the moon is made of cheese" in render(parsed.briefing)


# -- edits to the articles after the briefing was written


def test_sentences_inserted_before_the_cited_one(own) -> None:
    folder, b, _ = own
    _edit(
        folder,
        "Norway wants a binding cap",
        "A new paragraph opens the story. It has two sentences.\n\nNorway wants a binding cap",
        "harbour-gazette.txt",
    )
    parsed = _reparse(folder)
    assert parsed.findings == []
    assert parsed.briefing.demands[0].citations == b.demands[0].citations
    cited = parsed.briefing.sentence(parsed.briefing.demands[0].citations[0])
    assert cited.text.startswith("Norway wants a binding cap")


def test_cited_sentence_lightly_reworded_is_re_anchored(own) -> None:
    folder, b, _ = own
    _edit(folder, "wants a binding cap on the total", "wants a firm cap on the overall", "harbour-gazette.txt")
    parsed = _reparse(folder)
    new_id = parsed.briefing.demands[0].citations[0]
    assert new_id != b.demands[0].citations[0]
    assert parsed.briefing.sentence(new_id).text.startswith("Norway wants a firm cap")
    assert [f.status for f in parsed.findings] == ["re-anchored"]
    assert b.demands[0].citations[0] in parsed.findings[0].message


def test_cited_sentence_deleted_is_unresolved_and_kept(own) -> None:
    folder, b, _ = own
    _edit(
        folder,
        "Norway wants a binding cap on the total catch before any new quota shares are agreed.\n",
        "",
        "harbour-gazette.txt",
    )
    parsed = _reparse(folder)
    demand = parsed.briefing.demands[0]
    assert demand.citations == []
    assert demand.unresolved and b.demands[0].citations[0] in demand.unresolved[0]
    assert [f.status for f in parsed.findings] == ["unresolved"]
    assert b.demands[0].citations[0] in render(parsed.briefing)


def test_re_segmented_sentence_found_by_its_quote(own) -> None:
    folder, _, _ = own
    _edit(folder, "total catch before any", "total catch. That comes before any", "harbour-gazette.txt")
    parsed = _reparse(folder)
    cited = parsed.briefing.sentence(parsed.briefing.demands[0].citations[0])
    assert cited.text == "Norway wants a binding cap on the total catch."
    assert parsed.findings[0].status == "re-anchored"


def test_renamed_article_re_anchors_across_sources(own) -> None:
    folder, _, _ = own
    (folder / "harbour-gazette.txt").rename(folder / "gazette.txt")
    parsed = _reparse(folder)
    cited = parsed.briefing.sentence(parsed.briefing.demands[0].citations[0])
    assert cited.source_id == "gazette"
    assert cited.text.startswith("Norway wants a binding cap")
    statuses = {f.status for f in parsed.findings}
    assert "unresolved" not in statuses and "re-anchored" in statuses


def test_mentions_lost_to_an_edit_are_re_found_by_name(tmp_path: Path) -> None:
    folder = _copy(OWN, tmp_path)
    b = sample_briefing(load_sources([folder])[0], ("Norway", "Iceland"))
    b.people[0].name, b.people[0].variants = "Kari Vollan", ["Kari Vollan"]
    b.people[1].name, b.people[1].variants = "Nobody Atall", ["Nobody Atall"]
    (folder / "briefing.md").write_text(render(b), encoding="utf-8")
    _edit(folder, "Fisheries Minister Kari Vollan", "Minister Kari Vollan", "harbour-gazette.txt")
    parsed = _reparse(folder)
    person = parsed.briefing.people[0]
    texts = [parsed.briefing.sentence(s).text for s in person.mentions]
    assert any(t.startswith("The Norwegian delegation is led by Minister Kari Vollan") for t in texts)
    assert parsed.briefing.people[1].mentions == []
    found = sorted((f.status, f.message) for f in parsed.findings)
    assert [status for status, _ in found] == ["re-anchored", "re-anchored", "warning"]
    assert "harbour-gazette:5c4ccbce" in found[0][1] and "fuzzy quote" in found[0][1]  # the delegation member
    assert found[1][1] == "mentions of Kari Vollan in harbour-gazette re-found by name"
    assert found[2][1] == "mentions of Nobody Atall in harbour-gazette no longer found"


def test_seed_article_edit_after_the_briefing(tmp_path: Path) -> None:
    folder = _copy(SEEDS, tmp_path)
    b, _ = _written(folder, ("Israel", "Syria"))
    cited = b.sentence(b.summary[1].citations[0]).text
    article = folder / (b.summary[1].citations[0].split(":")[0] + ".txt")
    text = article.read_text(encoding="utf-8")
    words = cited.split(" ")
    words[3] += "s"
    assert cited in text
    article.write_text(text.replace(cited, " ".join(words)), encoding="utf-8")
    parsed = _reparse(folder)
    assert [f.status for f in parsed.findings] == ["re-anchored"]
    assert parsed.briefing.summary[1].citations != b.summary[1].citations

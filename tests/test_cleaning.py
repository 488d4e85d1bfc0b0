"""Each kind of web boilerplate is recognised by a general rule, marked, and never deleted."""

from __future__ import annotations

from briefing.ingest.cleaning import clean
from briefing.ingest.sources import source_from_text

ARTICLE = """\
Ministers meet again in Geneva as ceasefire talks resume
|
Listen to this article
By: Maria Ortega
Photo: delegates arrive at the palace | Reuters
For the latest news and analysis on Europe, visit: The Daily Ledger
Published: March 3, 2025

Delegates from both states met on Tuesday. The talks lasted six hours.

Officials said progress was slow but real. A second round is planned.
Officials said progress was slow but real. A second round is planned.

The envoy said more work remained. Observers expect a long process and a difficult winter for the mediators in the cap
Tags:
ceasefire, Geneva
"""


def kinds(text: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in clean(text).boilerplate:
        out.setdefault(b.kind, []).append(b.text)
    return out


def test_each_kind_is_marked() -> None:
    found = kinds(ARTICLE)
    assert found["separator"] == ["|"]
    assert found["audio"] == ["Listen to this article"]
    assert found["byline"] == ["By: Maria Ortega"]
    assert found["caption"] == ["Photo: delegates arrive at the palace | Reuters"]
    assert found["promo"] == ["For the latest news and analysis on Europe, visit: The Daily Ledger"]
    assert found["dateline"] == ["Published: March 3, 2025"]
    assert found["repeated"] == ["Officials said progress was slow but real. A second round is planned."]
    assert found["truncated"] == ["Observers expect a long process and a difficult winter for the mediators in the cap"]
    assert found["tags"] == ["Tags:", "ceasefire, Geneva"]


def test_metadata() -> None:
    cleaned = clean(ARTICLE)
    assert cleaned.byline == "Maria Ortega"
    assert cleaned.outlet == "The Daily Ledger"
    assert cleaned.date == "2025-03-03"  # ISO, whatever shape the page wrote
    src = source_from_text(ARTICLE, "a")
    assert src.title == "Ministers meet again in Geneva as ceasefire talks resume"


def test_boilerplate_is_kept_not_deleted() -> None:
    src = source_from_text(ARTICLE, "a")
    assert src.text == ARTICLE
    for b in src.boilerplate:
        assert ARTICLE[b.start : b.end] == b.text
    body = " ".join(s.text for s in src.sentences)
    assert "Listen to this article" not in body
    assert "The envoy said more work remained." in body
    assert "in the cap" not in body


def test_audio_prompt_and_tags_at_top_do_not_swallow_the_article() -> None:
    text = (
        "TAGS|\nGetting your audio player ready...\n|\nBy: Sam Lee\n" + "The talks resumed today in Oslo. " * 12 + "\n"
    )
    src = source_from_text(text, "a")
    assert src.byline == "Sam Lee"
    assert sum(1 for s in src.sentences if s.kind == "body") >= 10
    assert {b.kind for b in src.boilerplate} >= {"tags", "audio", "separator", "byline"}


def test_wire_dateline_gives_outlet() -> None:
    text = "Headline here\n\nGENEVA (Reuters) - Talks resumed on Monday. They lasted long.\n"
    assert clean(text).outlet == "Reuters"


def test_plain_article_has_no_boilerplate() -> None:
    text = "Talks resume\n\nThe two sides met. They agreed to meet again.\n"
    assert clean(text).boilerplate == []


def test_complete_last_sentence_is_not_truncated() -> None:
    text = "Talks resume\n\nThe two sides met. They agreed to “meet again.”\n"
    assert "truncated" not in kinds(text)


def test_captions_with_closing_punctuation_and_bracketed_credits() -> None:
    text = (
        "Envoys meet in Oslo\n\n"
        "Photo: The two delegations arrive at the ministry on Monday. (AFP)\n\n"
        "Negotiators shake hands before the session (AP Photo/Kari Lund)\n\n"
        "The delegations met on Monday. They will meet again on Friday (after the holiday).\n"
    )
    found = kinds(text)
    assert found["caption"] == [
        "Photo: The two delegations arrive at the ministry on Monday. (AFP)",
        "Negotiators shake hands before the session (AP Photo/Kari Lund)",
    ]
    sentences = [s.text for s in source_from_text(text, "c").sentences]
    assert "They will meet again on Friday (after the holiday)." in sentences  # prose in brackets stays


def test_wire_credit_lines_are_marked_and_still_name_journalists() -> None:
    from briefing.derive import derive

    text = (
        "Envoys meet in Oslo\n\n"
        "The Norwegian and Danish delegations met in Oslo on Monday. They agreed to meet again.\n\n"
        "Reporting by Kari Lund in Oslo; Additional reporting by Per Holm; Editing by Anne Berg\n"
        "(Writing by Ole Dahl)\n"
    )
    found = kinds(text)
    assert found["credits"] == [
        "Reporting by Kari Lund in Oslo; Additional reporting by Per Holm; Editing by Anne Berg",
        "(Writing by Ole Dahl)",
    ]
    src = source_from_text(text, "w")
    assert all("Reporting" not in s.text for s in src.sentences)
    press = {p.name for p in derive([src]).people if "journalist" in p.roles}
    assert {"Kari Lund", "Per Holm", "Anne Berg", "Ole Dahl"} <= press

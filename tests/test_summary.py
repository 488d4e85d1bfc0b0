"""The summary: 5-10 cited claims, corroboration counted across outlets, syndicated copies once."""

from __future__ import annotations

from briefing.derive.phrasing import statement
from briefing.derive.summary import summarize
from briefing.derive.syndication import syndication_outlets
from briefing.ingest.sources import load_sources, source_from_text
from tests.conftest import SEEDS

LEAD = (
    "Kenyan and Somali negotiators resumed maritime boundary talks in Nairobi on Tuesday under Norwegian mediation.\n"
)


def _article(outlet: str, extra: list[str]) -> str:
    body = " ".join(extra)
    return f"Headline for {outlet}\n\n{LEAD}\n{body}\n\nFor the latest news, visit: {outlet}\n"


def test_seeds_give_five_to_ten_cited_claims() -> None:
    sources, _ = load_sources(SEEDS)
    claims = summarize(sources, [])
    assert 5 <= len(claims) <= 10
    ids = {s.id for src in sources for s in src.body}
    for c in claims:
        assert c.citations and set(c.citations) <= ids
        assert c.outlets >= 1
    assert [c.id for c in claims] == [f"s{i}" for i in range(1, len(claims) + 1)]


def test_claim_reported_by_two_outlets_counts_two() -> None:
    cargo = ["The ports authority reported record cargo volumes in March."]
    one = source_from_text(_article("Coast Daily", cargo), "x")
    two = source_from_text(_article("Horn Wire", ["Fishermen in Kismayo protested against foreign trawlers."]), "y")
    claims = summarize([one, two], [])
    lead = next(c for c in claims if c.text.startswith("Kenyan and Somali"))
    assert lead.outlets == 2 and len(lead.citations) == 2


def test_syndicated_copy_counts_as_the_same_outlet() -> None:
    text = _article("Coast Daily", ["The ports authority reported record cargo volumes in March."])
    original = source_from_text(text, "orig")
    copy = source_from_text(text.replace("Coast Daily", "Aggregator"), "copy")
    assert syndication_outlets([original, copy]) == {"orig": "coast daily", "copy": "coast daily"}
    lead = next(c for c in summarize([original, copy], []) if c.text.startswith("Kenyan"))
    assert lead.outlets == 1 and len(lead.citations) == 2


def test_statement_trims_attribution() -> None:
    assert statement("According to Axios, the talks will last two full days in Geneva.") == (
        "The talks will last two full days in Geneva."
    )


def test_derivation_is_deterministic_with_or_without_stages_beside(tmp_path, monkeypatch) -> None:
    import sys
    from pathlib import Path

    from briefing.derive import beside, derive
    from briefing.formats.jsonio import to_dict

    sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))
    from corpus import generate

    generate(12, tmp_path, seed=7)
    sources, _ = load_sources([tmp_path])
    monkeypatch.setenv("BRIEFING_BESIDE", "0")
    first = to_dict(derive(sources))
    monkeypatch.setattr(beside, "MIN_SENTENCES", 2)
    monkeypatch.setenv("BRIEFING_BESIDE", "1")
    again, _ = load_sources([tmp_path])
    assert to_dict(derive(again)) == first
    assert first["summary"] and first["demands"] and first["places"]


def test_a_rewrite_s_dateline_of_city_and_outlet_is_not_part_of_the_claim() -> None:
    """Machine-translated rewrites open "City – Outlet: …"; the claim is what follows, as for "CITY (Agency) –"."""
    from briefing.derive.phrasing import DATELINE

    text = "Agadez – Sahel Echo: Concluded in Agadez on the Tuesday the talks of the government and the front."
    assert DATELINE.sub("", text).startswith("Concluded in Agadez")
    assert DATELINE.sub("", "AGADEZ, March 3 (SPA) – The talks resumed.") == "The talks resumed."
    for kept in ("Talks – Main Points: the deal holds.", "Niger – the front said: We will sign."):
        assert DATELINE.sub("", kept) == kept  # a heading's colon, or a quote's, is no dateline

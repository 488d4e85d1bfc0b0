"""seeds/ ships its derived briefing.md; it must match the current derivation."""

from __future__ import annotations

from markdown_helpers import SEEDS

from briefing.derive import derive
from briefing.formats.markdown_read import parse
from briefing.formats.markdown_write import render
from briefing.ingest.sources import load_sources
from briefing.pipeline import load_briefing

REGENERATE = ".venv/bin/briefing derive seeds/*.txt --format md -o seeds/briefing.md --force"


def test_seed_briefing_is_current() -> None:
    shipped = (SEEDS / "briefing.md").read_text(encoding="utf-8")
    current = render(derive(load_sources(sorted(SEEDS.glob("*.txt")))[0]))
    assert shipped == current, f"seeds/briefing.md is stale against the derivation; regenerate it: {REGENERATE}"


def test_seed_folder_opens_its_briefing_as_curated_and_clean() -> None:
    loaded = load_briefing([str(SEEDS)], strict=False)
    assert loaded.briefing.origin == "curated"
    assert loaded.warnings == []
    text = (SEEDS / "briefing.md").read_text(encoding="utf-8")
    assert render(parse(text, loaded.briefing.sources).briefing) == text

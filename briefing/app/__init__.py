"""The Textual reader. Imported only when the reader opens (Textual is slow to import)."""

from __future__ import annotations


def run_reader(paths: list[str], use_cache: bool = True) -> int:
    """STUB: replaced by the reader work (issue 4)."""
    from briefing.pipeline import load_briefing

    loaded = load_briefing(paths, strict=False)
    print(loaded.briefing.title)
    return 0

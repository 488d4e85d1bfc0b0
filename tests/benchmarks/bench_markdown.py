"""Speed of the Markdown briefing: render, parse, and parse when every citation must be re-anchored.

    .venv/bin/python tests/benchmarks/bench_markdown.py [--runs 5] [--sizes 100 1000]

For the seeds and for generated corpora, prints the median over ``--runs``
of ``render``, of ``parse`` of the rendered file (every id resolves), and
of ``parse`` after every cited sentence lost its id (the quote of each
citation is searched: exact, then fuzzy) — the worst case for anchoring.
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate  # noqa: E402

from briefing.derive import derive  # noqa: E402
from briefing.formats.markdown_read import parse  # noqa: E402
from briefing.formats.markdown_write import render  # noqa: E402
from briefing.ingest.sources import load_sources  # noqa: E402
from briefing.model import Source  # noqa: E402


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def renumbered(sources: list[Source]) -> list[Source]:
    """The same sentences under other ids, as if every article had been edited."""
    return [
        dataclasses.replace(src, sentences=[dataclasses.replace(s, id=s.id + "x") for s in src.sentences])
        for src in sources
    ]


def bench(label: str, sources: list[Source], runs: int) -> None:
    b = derive(sources)
    text = render(b)
    moved = renumbered(sources)
    cites = sum(len(c.citations) for c in b.claims()) + sum(len(m.citations) for d in b.delegations for m in d.members)
    found = parse(text, moved)
    lost = len(found.unresolved)
    print(
        f"{label:>14}: {len(text.splitlines()):>5} lines, {cites:>5} citations | "
        f"render {fmt(median_time(lambda: render(b), runs))} | "
        f"parse {fmt(median_time(lambda: parse(text, sources), runs))} | "
        f"parse, all re-anchored {fmt(median_time(lambda: parse(text, moved), runs))} "
        f"({lost} of {cites} unresolved)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    args = ap.parse_args()
    bench("seeds", load_sources([ROOT / "seeds"])[0], args.runs)
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            generate(n, Path(tmp))
            bench(f"{n} articles", load_sources([tmp])[0], args.runs)


if __name__ == "__main__":
    main()

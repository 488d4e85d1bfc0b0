"""Speed of the people, parties, delegations and discrepancies stages.

    python tests/benchmarks/bench_people.py [N]

Prints the median CPU time (process time: other work on the machine
barely moves it) of each stage on the seeds and on N generated articles
(default 1,000, from corpus.py), and the time per article at N/4 and N,
so a stage that grows faster than linearly shows up as a ratio well
above 1. Figures only: no assertion.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import generate

from briefing.derive import lexicon
from briefing.derive import mentions as mentions_module
from briefing.derive.delegations import find_delegations
from briefing.derive.discrepancies import told_of_people
from briefing.derive.locator import PersonLocator
from briefing.derive.parties import find_parties
from briefing.derive.people import find_people
from briefing.ingest.sources import source_from_text
from briefing.model import Source

ROOT = Path(__file__).resolve().parents[2]


def _memos() -> list[dict]:
    """Per-sources memos of later versions (organisations, actors), where the build has them."""
    out: list[dict] = []
    try:
        from briefing.derive import actors, organisations

        out += [organisations._MEMO, actors.Actors._memo]
    except ImportError:
        pass
    return out


_MEMOS = _memos()


def load(paths: list[Path]) -> list[Source]:
    return [source_from_text(p.read_text("utf-8"), f"s{i}", str(p)) for i, p in enumerate(paths)]


def cold() -> None:
    """Empty the per-sentence caches so every run pays for reading the text."""
    mentions_module.parse_candidates.cache_clear()
    mentions_module._VOCABULARY_MEMO.clear()
    mentions_module.leading_common.cache_clear()
    PersonLocator._memo.clear()
    for memo in _MEMOS:
        memo.clear()
    lexicon._entry_mentions.cache_clear()
    lexicon.lookup.cache_clear()


def stages(sources: list[Source]) -> dict[str, float]:
    cold()
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], object]) -> object:
        t0 = time.process_time()
        out = fn()
        times[name] = time.process_time() - t0
        return out

    people = timed("people", lambda: find_people(sources))
    parties = timed("parties", lambda: find_parties(sources, people))
    delegations = timed("delegations", lambda: find_delegations(sources, people, parties))
    timed("discrepancies", lambda: told_of_people(sources, people, parties, delegations))
    times["total"] = sum(times.values())
    return times


def median_run(sources: list[Source], repeat: int) -> dict[str, float]:
    runs = [stages(sources) for _ in range(repeat)]
    return {k: statistics.median(r[k] for r in runs) for k in runs[0]}


def report(label: str, times: dict[str, float], n: int) -> None:
    parts = "  ".join(f"{k} {v * 1000:.1f} ms" for k, v in times.items())
    print(f"{label:<18} {parts}  ({times['total'] / n * 1000:.2f} ms/article)")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seeds = load(sorted((ROOT / "seeds").glob("*.txt")))
    report("seeds", median_run(seeds, 7), len(seeds))
    with tempfile.TemporaryDirectory() as tmp:
        paths = generate(n, Path(tmp))
        corpus = load(paths)
    quarter = corpus[: n // 4]
    small = median_run(quarter, 3)
    full = median_run(corpus, 3)
    report(f"{len(quarter)} articles", small, len(quarter))
    report(f"{n} articles", full, n)
    ratio = (full["total"] / n) / (small["total"] / len(quarter))
    print(f"per-article time ratio {n} vs {len(quarter)}: {ratio:.2f} (1.0 = linear)")


if __name__ == "__main__":
    main()

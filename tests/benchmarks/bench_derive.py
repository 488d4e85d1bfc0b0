"""Speed of derivation: the seeds, and 100 and 1,000 generated articles.

    .venv/bin/python tests/benchmarks/bench_derive.py [--runs 5] [--sizes 100 1000]

Prints the median over ``--runs`` of reading+segmentation and of derivation
(people, parties, delegations, demands, places, summary, discrepancies)
separately, plus each stage's share for the largest corpus. Targets: seeds
under 100 ms, 1,000 articles of ~700 words under 10 s (aim 5 s) on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import resource
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

from briefing import derive as derive_pkg  # noqa: E402
from briefing.derive import derive  # noqa: E402
from briefing.ingest.sources import load_sources  # noqa: E402


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (the stages run beside the others)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def median_time(fn: Callable[[], object], runs: int) -> float:
    """Median wall time over ``runs``; the CPU median is kept in LAST_CPU (wall is noisy on a busy machine)."""
    times, cpu = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), cpu_seconds()
        fn()
        times.append(time.perf_counter() - t)
        cpu.append(cpu_seconds() - c)
    LAST_CPU[0] = statistics.median(cpu)
    return statistics.median(times)


LAST_CPU = [0.0]


def fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def stage_times(sources: list) -> list[tuple[str, float]]:
    """Time each stage once by wrapping the stage functions derive() calls."""
    names = ["find_people", "find_parties", "find_delegations", "find_demands", "find_places", "summarize"]
    names += [n for n in dir(derive_pkg) if n.startswith("find_") and n not in names]
    spent: dict[str, float] = {}
    originals = {n: getattr(derive_pkg, n) for n in names if callable(getattr(derive_pkg, n, None))}

    def wrap(name: str, fn: Callable) -> Callable:
        def timed(*args: object, **kwargs: object) -> object:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - t

        return timed

    try:
        for n, fn in originals.items():
            setattr(derive_pkg, n, wrap(n, fn))
        derive(sources)
    finally:
        for n, fn in originals.items():
            setattr(derive_pkg, n, fn)
    return sorted(spent.items(), key=lambda kv: -kv[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    a = ap.parse_args()
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    sources, _ = load_sources(seeds)
    derive(sources)  # warm: lexicon and gazetteer tables load once per process
    print(f"cores: {os.cpu_count()}, load average now: {os.getloadavg()[0]:.1f} (wall times suffer when it is high)")
    print(
        f"seeds ({len(seeds)} articles): read {fmt(median_time(lambda: load_sources(seeds), a.runs))}, "
        f"derive {fmt(median_time(lambda: derive(sources), a.runs))}  (target < 100 ms)"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for n in a.sizes:
            folder = Path(tmp) / str(n)
            generate(n, folder, seed=1)
            words = sum(len(p.read_text("utf-8").split()) for p in folder.glob("*.txt"))
            read = median_time(lambda folder=folder: load_sources([folder]), a.runs)
            sources, _ = load_sources([folder])
            spent = median_time(lambda sources=sources: derive(sources), a.runs)
            print(
                f"{n} articles (~{words // n} words each): read+segment {fmt(read)}, derive {fmt(spent)} "
                f"(CPU {fmt(LAST_CPU[0])}), total {fmt(read + spent)}"
            )
            os.environ["BRIEFING_BESIDE"] = "0"
            alone = median_time(lambda sources=sources: derive(sources), a.runs)  # memos last one run: nothing kept
            os.environ.pop("BRIEFING_BESIDE")
            print(f"    every stage in turn (BRIEFING_BESIDE=0): derive {fmt(alone)} (CPU {fmt(LAST_CPU[0])})")
        if a.sizes:
            print("stages on the largest corpus: " + ", ".join(f"{k} {fmt(v)}" for k, v in stage_times(sources)))


if __name__ == "__main__":
    main()

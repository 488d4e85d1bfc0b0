"""``briefing check`` at scale (issue 19): a 1,000-article folder's briefing.md, and many same-name entries.

    .venv/bin/python tests/benchmarks/bench_check.py [--runs 5] [--folder DIR] [--entries 2000 20000]

Times the whole process, as a user runs it, median of ``--runs``:

- ``briefing check DIR`` on a folder of generated articles whose
  ``briefing.md`` was written by ``derive --format md`` (``--folder`` reuses
  one, else 1,000 articles are generated and derived: minutes), once with
  its articles' parse cached (the reader opened the folder before) and once
  with an empty cache;
- ``briefing check`` on briefings of one article holding N entries of one
  name (people and places), for each N of ``--entries``: the time per
  entry should not grow with N (linear);
- the baseline, in the same run: ``briefing check`` on the bundled seeds
  folder (process start, imports, two articles), and the ratio to it.

Target (issue 19): each <= 10 s, and linear. Quote the load printed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

BRIEFING = Path(sys.executable).parent / "briefing"
ARTICLE = "Envoys met in Oslo on Monday. The talks resumed after a pause.\n"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(args: list[str], env: dict[str, str]) -> float:
    """Wall seconds of one ``briefing ARGS`` (exit 0, 1 or 3: a check's findings are no failure)."""
    start = time.perf_counter()
    out = subprocess.run([str(BRIEFING), *args], env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1, 3):
        raise SystemExit(f"briefing {' '.join(args)} failed ({out.returncode}):\n{out.stderr[-2000:]}")
    return elapsed


@dataclass(frozen=True, slots=True)
class Case:
    """One command timed, with its own cache folder; ``fresh`` empties that folder before every run."""

    name: str
    args: list[str]
    cache: Path
    fresh: bool = False


def same_names(folder: Path, n: int) -> Path:
    """A folder with one article and a briefing.md of ``n`` people and ``n`` places of one name each."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "oslo.txt").write_text(ARTICLE, encoding="utf-8")
    people = [f"- **Kari Vollan** — minister {i}" for i in range(n)]
    places = ["- **Oslo** — city"] * n
    lines = ["# Talks in Oslo", "", "## People and places", "", "### People", "", *people, "", "### Places", ""]
    (folder / "briefing.md").write_text("\n".join([*lines, *places, ""]), encoding="utf-8")
    return folder


def curated(work: Path, given: Path | None, n: int) -> Path:
    """A folder of ``n`` generated articles with the briefing.md ``derive --format md`` writes (or a copy of one)."""
    folder = work / "curated"
    if given is not None:
        shutil.copytree(given, folder)
        return folder
    from corpus import generate

    generate(n, folder)
    cmd = [str(BRIEFING), "derive", str(folder), "--format", "md", "-o", str(folder / "briefing.md")]
    subprocess.run(cmd, check=True, capture_output=True)
    return folder


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--folder", type=Path, help="a folder with a briefing.md to copy instead of generating one")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--entries", type=int, nargs="+", default=[2000, 20000])
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-check-"))
    print(f"load: {load()}", flush=True)
    try:
        from briefing.store.resources import seeds_dir

        folder = curated(work, args.folder, args.articles)
        warm = work / "cache-warm"
        fill = [str(BRIEFING), "derive", str(folder), "-o", os.devnull]  # as the reader would: the articles' parse kept
        subprocess.run(fill, env={**os.environ, "XDG_CACHE_HOME": str(warm)}, check=True, capture_output=True)
        cases = [
            Case("seeds (baseline)", ["check", str(seeds_dir())], work / "cache-seeds"),
            Case(f"{args.articles:,} articles, parse cached", ["check", str(folder)], warm),
            Case(f"{args.articles:,} articles, cache empty", ["check", str(folder)], work / "cache-cold", fresh=True),
        ]
        for n in args.entries:
            cases.append(
                Case(f"{n:,} same-name entries", ["check", str(same_names(work / f"n{n}", n))], work / f"c{n}")
            )
        rows = _measure(cases, args.runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    base = rows[0][1]
    print(f"\n{'case':32} {'median':>9} {'ratio':>7}")
    for name, seconds in rows:
        print(f"{name:32} {seconds:8.2f}s {seconds / base:6.1f}x")
    per = [s / n for (_, s), n in zip(rows[-len(args.entries) :], args.entries, strict=True)]
    if len(per) > 1:
        print(
            f"time per entry, {args.entries[-1]:,} / {args.entries[0]:,} entries: {per[-1] / per[0]:.2f} (<= 1: linear)"
        )
    print(f"load: {load()}")
    return 0


def _measure(cases: list[Case], runs: int) -> list[tuple[str, float]]:
    """Median of each case, the cases interleaved run by run so all see the same load."""
    times: dict[str, list[float]] = {c.name: [] for c in cases}
    for _ in range(runs):
        for case in cases:
            if case.fresh:
                shutil.rmtree(case.cache, ignore_errors=True)
            times[case.name].append(timed(case.args, {**os.environ, "XDG_CACHE_HOME": str(case.cache)}))
    out = [(c.name, statistics.median(times[c.name])) for c in cases]
    for name, seconds in out:
        print(f"{name:32} {seconds:8.2f}s  runs: {' '.join(f'{t:.2f}' for t in times[name])}", flush=True)
    return out


if __name__ == "__main__":
    sys.exit(main())

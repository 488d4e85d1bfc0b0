"""``briefing search`` as a user runs it, on a cached folder of generated articles (issue 18: <= 150 ms).

    .venv/bin/python tests/benchmarks/bench_search_cli.py [--runs 11] [--folder DIR] [--articles 1000]
        [--queries kebede "water sharing" tehran]

The folder (``--folder``, else ``--articles`` generated with corpus.py) is
opened once by ``briefing derive`` to fill a private cache, then each query
is run ``--runs`` times as a whole process, interleaved with two baselines
in the same run: ``grep -ri QUERY DIR`` (reading every article, as search
must to know they are unchanged) and the bare interpreter importing the
package (``python -c 'import briefing.cli'``). Prints the medians and the
ratios, and the load average.
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BRIEFING = Path(sys.executable).parent / "briefing"


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if out.returncode not in (0, 1):  # grep finding nothing is 1
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=11)
    ap.add_argument("--folder", type=Path, help="a folder of articles (default: generated)")
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--queries", nargs="+", default=["kebede", "water sharing", "tehran"])
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-search-cli-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cache")}
    print(f"load: {load()}", flush=True)
    try:
        folder = args.folder
        if folder is None:
            from corpus import generate

            folder = work / "articles"
            generate(args.articles, folder)
        subprocess.run([str(BRIEFING), "derive", str(folder), "-o", os.devnull], env=env, check=True)
        subprocess.run([str(BRIEFING), "search", args.queries[0], str(folder)], env=env, capture_output=True)
        cases = {f"search {q!r}": [str(BRIEFING), "search", q, str(folder)] for q in args.queries}
        cases["grep -ri (baseline)"] = ["grep", "-ri", args.queries[0], str(folder)]
        cases["import briefing.cli (baseline)"] = [sys.executable, "-c", "import briefing.cli"]
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name, cmd in cases.items():
                times[name].append(timed(cmd, env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    medians = {name: statistics.median(ts) for name, ts in times.items()}
    grep, bare = medians["grep -ri (baseline)"], medians["import briefing.cli (baseline)"]
    print(f"\n{'case':34} {'median':>9} {'p95':>9} {'/ grep':>7} {'/ import':>8}")
    for name, ts in times.items():
        p95 = sorted(ts)[min(len(ts) - 1, round(0.95 * (len(ts) - 1)))]
        m = medians[name]
        print(f"{name:34} {1000 * m:7.0f}ms {1000 * p95:7.0f}ms {m / grep:6.1f}x {m / bare:7.1f}x")
    print(f"target: search <= 150 ms whole-process. load: {load()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

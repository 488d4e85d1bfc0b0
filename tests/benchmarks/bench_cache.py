"""The cache format (issue 16): a cached reopen of 1,000 generated articles, this tree against an earlier one.

    .venv/bin/python tests/benchmarks/bench_cache.py [--articles 1000] [--runs 7] [--baseline REF]

The baseline is the same program at git revision REF (default: the last
commit whose cache held pickles), extracted with ``git archive`` into a
temporary folder and run by the same interpreter on the same articles, each
with its own empty cache: one load fills it, then ``--runs`` reopens are
timed in a fresh process each (imports of the pipeline included), alternating baseline and this tree so both
see the same machine load. Prints the median reopen of each, the ratio, the
size of the briefing's cache entry, and the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import generate  # noqa: E402

#: The last commit whose cache entries were pickles.
PICKLE_REVISION = "b62226a"

REOPEN = """
import sys, time
start = time.perf_counter()  # imports included: the format's module is part of the reopen
from briefing.pipeline import load_briefing
loaded = load_briefing([sys.argv[1]])
import briefing
assert briefing.__file__.startswith(sys.argv[2]), briefing.__file__
print(time.perf_counter() - start, len(loaded.briefing.sources), len(loaded.warnings))
"""


def extract(ref: str, dest: Path) -> Path:
    """The tree at ``ref`` (its ``briefing`` package is what the baseline imports)."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    return dest


def reopen(tree: Path, folder: Path, cache: Path) -> tuple[float, int, int]:
    env = {**os.environ, "PYTHONPATH": str(tree), "XDG_CACHE_HOME": str(cache)}
    cmd = [sys.executable, "-c", REOPEN, str(folder), str(tree)]
    out = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)  # -c puts the cwd first on the path
    if out.returncode != 0:
        raise SystemExit(f"reopen failed in {tree}:\n{out.stderr[-2000:]}")
    seconds, sources, warnings = out.stdout.split()
    return float(seconds), int(sources), int(warnings)


def entry_size(cache: Path) -> int:
    return sum(p.stat().st_size for p in (cache / "briefing" / "briefings").iterdir())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--baseline", default=PICKLE_REVISION, help="git revision to compare with")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cache-") as tmp:
        work = Path(tmp)
        folder = work / "articles"
        generate(args.articles, folder)
        trees = {"baseline": extract(args.baseline, work / "baseline"), "this tree": ROOT}
        caches = {name: work / f"cache-{n}" for n, name in enumerate(trees)}
        for name, tree in trees.items():
            reopen(tree, folder, caches[name])  # fills the cache (derives once)
        times: dict[str, list[float]] = {name: [] for name in trees}
        for _ in range(args.runs):
            for name, tree in trees.items():
                seconds, sources, warnings = reopen(tree, folder, caches[name])
                assert sources == args.articles and warnings == 0, (name, sources, warnings)
                times[name].append(seconds)
        print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        medians = {name: statistics.median(ts) for name, ts in times.items()}
        for name in trees:
            label = f"{name} ({args.baseline})" if name == "baseline" else name
            mb = entry_size(caches[name]) / 1e6
            print(f"{label}: cached reopen of {args.articles} articles {medians[name]:.3f} s median, entry {mb:.1f} MB")
        print(f"ratio this tree / baseline: {medians['this tree'] / medians['baseline']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""How derivation scales: time and peak memory of ``briefing derive`` from 100 to 10,000 generated articles.

    .venv/bin/python tests/benchmarks/bench_scale.py [--sizes 100 1000 3000 10000] [--runs 1] [--keep DIR]
        [--baseline REF]

For each size, generates articles with tests/benchmarks/corpus.py (kept
in ``--keep`` to reuse between runs), then runs, as a user would,

    briefing derive DIR --format json --no-cache -o /dev/null

and prints the median wall time, the time per article, the peak
resident memory of that process (``wait4``), and the folder's distinct body
sentences per article with the time per distinct sentence, then the
exponent fitted to time ~ size^k over all sizes (1.0 is linear). Targets
(issue 18): 1,000 articles in <= 3 s on an idle 2-core machine, time per
article flat from 100 to 10,000 (+-25 %), peak <= 400 MB at 1,000 and
<= 1.5 GB at 10,000.
Fresh processes every run: nothing memoised in one run helps the next,
except what persists for any user as it does for Python's own bytecode:
the compiled rule patterns (:mod:`briefing.patterns`), filled by one untimed
run first (``BRIEFING_PATTERN_CACHE=0`` in the environment measures without).
With ``--baseline REF``, the same command of the tree at git revision REF
(extracted with ``git archive``, its bytecode compiled as an install would,
run by this interpreter) alternates with this tree's, run by run, and the
ratio of the medians is printed.
Quote ``uptime`` with the figures.
"""

from __future__ import annotations

import argparse
import compileall
import math
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from corpus import generate

BRIEFING = Path(sys.executable).parent / "briefing"
ROOT = Path(__file__).resolve().parents[2]
#: The command line of another tree's package (``-c`` puts the cwd, that tree, first on the path): its console
#: script's own entry (``cli.entry``, which leaves at once after a derive), else, in a tree older than it, ``main``.
BY_TREE = (
    "import sys; import briefing.cli as cli; sys.argv[0] = 'briefing'; "
    "entry = getattr(cli, 'entry', None); sys.exit(entry() if entry else cli.main())"
)


def extract(ref: str, dest: Path) -> Path:
    """The tree at git revision ``ref``, whose ``briefing`` package the baseline runs, byte-compiled (as pip
    installs it: else, with ``PYTHONDONTWRITEBYTECODE`` set, the baseline would compile its sources every run)."""
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=BytesIO(data)) as tar:
        tar.extractall(dest, filter="data")
    compileall.compile_dir(dest / "briefing", quiet=1)
    return dest


def run_once(folder: Path, tree: Path | None = None) -> tuple[float, int, float]:
    """Wall seconds, peak RSS (bytes) and CPU seconds of one ``briefing derive`` of ``folder`` (by ``tree``).

    The CPU time (user + system, its workers included) barely moves with other work on the machine:
    on a shared one it is the figure to compare sizes by.
    """
    args = ["derive", str(folder), "--format", "json", "--no-cache", "-o", os.devnull]
    cmd = [str(BRIEFING), *args] if tree is None else [sys.executable, "-c", BY_TREE, *args]
    env = os.environ if tree is None else {**os.environ, "PYTHONPATH": str(tree)}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=tree)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"briefing derive failed on {folder}:\n{err}")
    return elapsed, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime  # Linux: kilobytes


def distinct_sentences(folder: Path) -> int:
    """How many different body sentences the folder's articles hold (untimed, by this tree's parser).

    Every rule reads a sentence copied across outlets once (its results are kept for the derivation), so
    a folder's cost follows its distinct sentences more than its articles; the generated folders repeat
    more of theirs as they grow (the same templates and names), which the time per article alone hides.
    """
    from briefing.ingest.sources import load_sources

    sources, _ = load_sources([folder], strict=False)
    return len({s.text for src in sources for s in src.body}) or 1


def fitted_exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) over log(size)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000, 10000])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the generated folders here")
    ap.add_argument("--baseline", help="git revision to compare with, run by run")
    args = ap.parse_args()
    root = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    compileall.compile_dir(ROOT / "briefing", quiet=1)  # this tree byte-compiled too, as the baseline
    base = extract(args.baseline, Path(tempfile.mkdtemp(prefix="bench-scale-base-"))) if args.baseline else None
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}", flush=True)
    points: list[tuple[int, float]] = []
    cpu_points: list[tuple[int, float]] = []
    distinct_points: list[tuple[int, float]] = []
    print(f"{'articles':>8}  {'time':>8}  {'per article':>11}  {'peak RSS':>9}")
    for i, n in enumerate(args.sizes):
        folder = root / f"c{n}"
        if not folder.is_dir() or len(list(folder.glob("*.txt"))) != n:
            generate(n, folder)
        if i == 0:
            run_once(folder)  # untimed: fills what persists between runs (see above), as any first run does
        runs, base_runs = [], []
        for _ in range(args.runs):
            runs.append(run_once(folder))
            if base is not None:
                base_runs.append(run_once(folder, base))
        seconds = statistics.median(t for t, _, _ in runs)
        cpu = statistics.median(c for _, _, c in runs)
        peak = max(rss for _, rss, _ in runs)
        points.append((n, seconds))
        cpu_points.append((n, cpu))
        distinct = distinct_sentences(folder)
        distinct_points.append((distinct, seconds))
        line = f"{n:>8}  {seconds:>7.2f}s  {1000 * seconds / n:>9.2f}ms  {peak / 2**20:>7.0f}MB  cpu {cpu:.2f}s"
        line += f"  distinct {distinct / n:.1f}/article, {1e6 * seconds / distinct:.0f}us each"
        if base_runs:
            was = statistics.median(t for t, _, _ in base_runs)
            was_peak = max(rss for _, rss, _ in base_runs) / 2**20
            line += f"   baseline {args.baseline}: {was:.2f}s {was_peak:.0f}MB, ratio {seconds / was:.2f}"
        print(line, flush=True)
    if len(points) > 1:
        print(f"fitted exponent (time ~ size^k): k = {fitted_exponent(points):.2f}")
        per = [t / n for n, t in points]
        print(f"time per article, largest / smallest size: {per[-1] / per[0]:.2f}")
        per = [t / n for n, t in cpu_points]
        print(f"CPU: k = {fitted_exponent(cpu_points):.2f}, per article largest / smallest: {per[-1] / per[0]:.2f}")
        per = [t / d for d, t in distinct_points]
        print(f"time per distinct body sentence, largest / smallest size: {per[-1] / per[0]:.2f}")
    print(f"load: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} {os.getloadavg()[2]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Large briefings (issue 7): derive time, cached reopen, time to first paint, peak memory.

    .venv/bin/python tests/benchmarks/bench_large.py [--sizes 100 1000] [--runs 3] [--skip-ttfp] [--skip-memory]

Generates articles with tests/benchmarks/corpus.py into a temporary folder
(and uses a temporary cache dir, so the user's cache is untouched), then
prints, for each size:

- derive: ``load_briefing`` cold (empty cache: read, segment, derive, write
  the cache) and cached (reopening the unchanged folder), medians;
- one article changed: the reopen after editing one file (re-parses it, re-derives);
- peak memory (max RSS, /usr/bin/time -v) of ``briefing derive --no-cache``
  and of the reader deriving the largest set in tmux until its summary paints;
- the cached reopen's time to first paint against the bare Textual baseline
  (../shared/tools/ttfp.py via bench_startup.py, same run), as a ratio.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_startup import first_words  # noqa: E402
from corpus import generate  # noqa: E402

from briefing.pipeline import load_briefing  # noqa: E402

BIN = Path(sys.executable).parent
TIME = Path("/usr/bin/time")


def median_time(fn: Callable[[], object], runs: int, before: Callable[[], object] = lambda: None) -> float:
    times = []
    for _ in range(runs):
        before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def clear_cache(cache_home: Path) -> None:
    shutil.rmtree(cache_home, ignore_errors=True)
    cache_home.mkdir(parents=True)


def derive_figures(folder: Path, cache_home: Path, runs: int, cold_runs: int) -> str:
    cold = median_time(lambda: load_briefing([folder]), cold_runs, before=lambda: clear_cache(cache_home))
    cached = median_time(lambda: load_briefing([folder]), runs)
    victim = sorted(folder.glob("*.txt"))[len(list(folder.glob("*.txt"))) // 2]
    original = victim.read_text(encoding="utf-8")

    def edit() -> None:
        victim.write_text(original + f"\nThe talks were adjourned at {uuid.uuid4().hex[:6]}.\n", encoding="utf-8")

    try:
        changed = median_time(lambda: load_briefing([folder]), cold_runs, before=edit)
    finally:
        victim.write_text(original, encoding="utf-8")
    return f"derive cold {cold:.2f} s, cached reopen {cached:.3f} s, one article changed {changed:.2f} s"


def peak_rss_derive(folder: Path, env: dict[str, str]) -> str:
    cmd = [str(TIME), "-v", str(BIN / "briefing"), "derive", "--no-cache", str(folder)]
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env, check=True)
    return f"{_max_rss_mb(proc.stderr):.0f} MB"


def peak_rss_reader(folder: Path, env: dict[str, str], expect: str, timeout: float = 900) -> str:
    """Max RSS of the reader deriving ``folder`` (no cache) until ``expect`` is on screen."""
    report = Path(tempfile.mkdtemp()) / "time.txt"
    socket, name = f"bench-{uuid.uuid4().hex[:8]}", "reader"
    command = f"{TIME} -v -o {report} {BIN / 'briefing'} --no-cache {folder}"
    tmux = ["tmux", "-L", socket]
    envs = [
        arg for key in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME") for arg in ("-e", f"{key}={env[key]}")
    ]
    subprocess.run([*tmux, "new-session", "-d", "-s", name, "-x", "120", "-y", "40", *envs, command], check=True)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = subprocess.run([*tmux, "capture-pane", "-p", "-t", name], capture_output=True, text=True).stdout
            if expect in screen:
                break
            time.sleep(0.2)
        else:
            return "n/a (summary did not paint in time)"
        time.sleep(0.5)
        subprocess.run([*tmux, "send-keys", "-t", name, "C-q"], check=True)
        while not report.exists() or "Maximum resident" not in report.read_text():
            if time.monotonic() > deadline:
                return "n/a (reader did not quit)"
            time.sleep(0.2)
        return f"{_max_rss_mb(report.read_text()):.0f} MB"
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
        shutil.rmtree(report.parent, ignore_errors=True)


def _max_rss_mb(time_report: str) -> float:
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_report)
    return int(m.group(1)) / 1024 if m else float("nan")


def ttfp_ratio(folder: Path, env: dict[str, str], runs: int) -> str:
    cmd = [sys.executable, str(HERE / "bench_startup.py"), "--runs", str(runs), str(folder)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(("A:", "B:", "ratio"))]
    return "\n    ".join(lines) if lines else f"n/a ({proc.stderr.strip()[-200:]})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    ap.add_argument("--runs", type=int, default=3, help="runs of the quick measurements (median)")
    ap.add_argument("--cold-runs", type=int, default=1, help="runs of the cold derivations (median)")
    ap.add_argument("--ttfp-runs", type=int, default=5)
    ap.add_argument("--skip-ttfp", action="store_true")
    ap.add_argument("--skip-memory", action="store_true")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-large-"))
    env = dict(os.environ)
    for key in ("XDG_CACHE_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        env[key] = str(work / key.lower())
        os.environ[key] = env[key]
    cache_home = Path(env["XDG_CACHE_HOME"])
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
    try:
        for size in args.sizes:
            folder = work / f"articles-{size}"
            generate(size, folder)
            mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
            print(f"{size} articles ({mb:.1f} MB):", flush=True)
            print(f"  {derive_figures(folder, cache_home, args.runs, args.cold_runs)}", flush=True)
            if not args.skip_memory and TIME.exists():
                print(f"  peak memory, briefing derive --no-cache: {peak_rss_derive(folder, env)}", flush=True)
        largest = work / f"articles-{max(args.sizes)}"
        summary = load_briefing([largest]).briefing.summary
        expect = first_words(summary[0].text) if summary else ""
        if not args.skip_memory and TIME.exists() and shutil.which("tmux") and expect:
            print(f"  peak memory, reader deriving until the summary paints: {peak_rss_reader(largest, env, expect)}")
        if not args.skip_ttfp and shutil.which("tmux"):
            print(f"  cached reopen, time to first paint vs baseline:\n    {ttfp_ratio(largest, env, args.ttfp_runs)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

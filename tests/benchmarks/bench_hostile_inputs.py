"""Pathological inputs through ``briefing derive``, this code against a baseline checkout, same run (issue 16).

    .venv/bin/python tests/benchmarks/bench_hostile_inputs.py --baseline /path/to/old/checkout [--size 300000]

Writes each shape of ``tests/pathological.py`` (``--size`` characters) to a
temporary folder and runs ``python -m briefing derive FILE --no-cache`` on
it alone, with this checkout's code and with the baseline's (by
``PYTHONPATH``), ``--runs`` times each, stopping a run at ``--timeout``
seconds. Prints per shape the median wall seconds, the peak resident
memory over the file's size (a small article's run is subtracted: the
interpreter and imports), the exit code, the ratio of the medians, and
the load average.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))

from pathological import PROSE, shapes  # noqa: E402


def run(code: Path, path: Path, timeout: float) -> tuple[float, int, int]:
    """(wall seconds, peak RSS in bytes, exit code) of one derive; a run stopped at ``timeout`` says -9."""
    env = {**os.environ, "PYTHONPATH": str(code), "XDG_CACHE_HOME": str(path.parent / "xdg")}
    cmd = [sys.executable, "-m", "briefing", "derive", str(path), "--no-cache", "-o", os.devnull]
    start = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )  # -m puts cwd first
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            return time.monotonic() - start, usage.ru_maxrss * 1024, os.waitstatus_to_exitcode(status)
        if time.monotonic() - start > timeout:
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            return timeout, usage.ru_maxrss * 1024, -9
        time.sleep(0.02)


def measure(code: Path, path: Path, runs: int, timeout: float, base_rss: int) -> tuple[float, float, int]:
    results = [run(code, path, timeout) for _ in range(runs)]
    seconds = statistics.median(r[0] for r in results)
    memory = (statistics.median(r[1] for r in results) - base_rss) / path.stat().st_size
    return seconds, memory, results[-1][2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="a checkout of the code to compare with")
    parser.add_argument("--size", type=int, default=300_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = folder / "small.txt"
        small.write_text("Talks in Vienna\n\n" + PROSE * 3, encoding="utf-8")
        base = {
            c: statistics.median(run(c, small, args.timeout)[1] for _ in range(args.runs))
            for c in (ROOT, args.baseline)
        }
        print(f"{'input':24} {'bytes':>8}  {'now s':>7} {'mem x':>6} rc  {'base s':>7} {'mem x':>6} rc  ratio")
        for name, text in shapes(args.size).items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            now = measure(ROOT, path, args.runs, args.timeout, base[ROOT])
            old = measure(args.baseline, path, args.runs, args.timeout, base[args.baseline])
            print(
                f"{name:24} {path.stat().st_size:>8}  {now[0]:7.2f} {now[1]:6.1f} {now[2]:>2}  "
                f"{old[0]:7.2f} {old[1]:6.1f} {old[2]:>2}  {now[0] / old[0]:5.2f}",
                flush=True,
            )
    print(f"runs {args.runs}, timeout {args.timeout:g} s (rc -9: stopped); load average {os.getloadavg()}")


if __name__ == "__main__":
    main()

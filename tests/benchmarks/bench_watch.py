"""Watching a large folder while the reader is idle (issue 16): the poller against file events, same run.

    .venv/bin/python tests/benchmarks/bench_watch.py [--files 20000] [--seconds 10]

Writes ``--files`` small articles into a temporary folder (in subfolders of
500), then measures this process's CPU time over ``--seconds`` of idling:
first with the poller the reader used (list and stat the tree every second,
:class:`briefing.app.watching.Watcher`), then with the file events that
replace it (:class:`briefing.app.watching.FileEvents`, watchfiles), and
finally checks that an edit is still noticed. Prints the share of one core
each takes, the ratio, and the load average.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing.app.watching import FileEvents, Watcher  # noqa: E402


def make(folder: Path, files: int) -> None:
    for i in range(files):
        sub = folder / f"part-{i // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"article-{i:05d}.txt").write_text(f"Talks resumed on day {i}. The envoy spoke.\n")


def cpu_while(seconds: float, tick: callable | None = None) -> float:  # type: ignore[valid-type]
    """This process's CPU seconds over ``seconds`` of wall time, calling ``tick`` once a second."""
    start_cpu, start = time.process_time(), time.monotonic()
    while (now := time.monotonic()) - start < seconds:
        if tick is not None:
            tick()
        time.sleep(max(0.0, 1.0 - (time.monotonic() - now)))
    return time.process_time() - start_cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--files", type=int, default=20_000)
    ap.add_argument("--seconds", type=float, default=10.0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-watch-") as tmp:
        folder = Path(tmp) / "articles"
        make(folder, args.files)
        poller = Watcher([str(folder)])
        polled = cpu_while(args.seconds, poller.changed)
        changed, ready = threading.Event(), threading.Event()
        events = FileEvents([str(folder)], changed.set, ready.set)
        assert events.start(), "watchfiles is not installed"
        ready.wait(120)
        watched = cpu_while(args.seconds)
        (folder / "part-000" / "article-00000.txt").write_text("Edited.\n")
        noticed = changed.wait(30)
        events.stop.set()
    print(f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{args.files} files, {args.seconds:.0f} s idle:")
    print(f"  poller (list and stat every second): {100 * polled / args.seconds:.1f} % of a core")
    print(f"  file events (watchfiles):            {100 * watched / args.seconds:.1f} % of a core")
    print(f"  ratio events / poller: {watched / polled:.3f}; an edit noticed: {noticed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

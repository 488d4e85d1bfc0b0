"""Reopening a cached folder after one of its articles changed (issue 18: one in 1,000 in <= 2 s).

    .venv/bin/python tests/benchmarks/bench_incremental.py [--articles 1000] [--runs 5] [--folder DIR]
        [--baseline REF]

A copy of the folder (``--folder``, else ``--articles`` generated with
corpus.py) gets its own empty cache and is opened once by

    briefing derive COPY --format json -o /dev/null

which fills the cache, as the reader's first open does (the reader and
``derive`` share one pipeline and one cache). Then each run appends a
sentence to one article (a different one each run) and times that command
again, in a fresh process: what reopening costs when one article changed
and the other 999 are cached. A reopen with nothing changed is timed too,
for scale. With ``--baseline REF`` the tree at git revision REF does the
same on its own copy and cache, run by run in turn with this tree, and the
ratio of the medians is printed. Quote ``uptime`` with the figures.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_scale import BRIEFING, BY_TREE, ROOT, extract
from corpus import generate


class Copy:
    """One tree's copy of the folder, with its own cache, reopened by that tree's ``briefing derive``."""

    def __init__(self, folder: Path, tree: Path | None) -> None:
        self.home = Path(tempfile.mkdtemp(prefix="bench-incremental-"))
        self.folder = self.home / "articles"
        shutil.copytree(folder, self.folder)
        self.articles = sorted(self.folder.glob("*.txt"))
        args = ["derive", str(self.folder), "--format", "json", "-o", os.devnull]
        self.cmd = [str(BRIEFING), *args] if tree is None else [sys.executable, "-c", BY_TREE, *args]
        self.env = {**os.environ, "XDG_CACHE_HOME": str(self.home / "cache")}
        if tree is not None:
            self.env["PYTHONPATH"] = str(tree)
        self.tree = tree
        self.reopen()  # fills the cache

    def reopen(self) -> float:
        start = time.perf_counter()
        subprocess.run(self.cmd, env=self.env, cwd=self.tree, check=True, stdout=subprocess.DEVNULL)
        return time.perf_counter() - start

    def change(self, run: int) -> None:
        """One article gains a sentence, as when an outlet updates its story."""
        with self.articles[run % len(self.articles)].open("a", encoding="utf-8") as f:
            f.write(f"\nThe talks are due to resume next week, officials said in update {run}.\n")


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--folder", type=Path, help="a folder of articles to copy (else generated)")
    ap.add_argument("--baseline", help="git revision to compare with, run by run")
    args = ap.parse_args()
    folder = args.folder
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="bench-incremental-src-")) / "articles"
        generate(args.articles, folder)
    compileall.compile_dir(ROOT / "briefing", quiet=1)  # as the baseline's (see bench_scale.extract)
    print(f"load: {_load()}", flush=True)
    trees: dict[str, Path | None] = {"this tree": None}
    if args.baseline:
        trees[args.baseline] = extract(args.baseline, Path(tempfile.mkdtemp(prefix="bench-incremental-base-")))
    copies = {name: Copy(folder, tree) for name, tree in trees.items()}
    changed: dict[str, list[float]] = {name: [] for name in copies}
    same: dict[str, list[float]] = {name: [] for name in copies}
    for run in range(args.runs):
        for name, copy in copies.items():
            copy.change(run)
            changed[name].append(copy.reopen())
            same[name].append(copy.reopen())
    first = next(iter(copies))
    print(f"{'tree':<12}  {'one changed':>11}  {'none changed':>12}")
    for name in copies:
        line = f"{name:<12}  {statistics.median(changed[name]):>10.2f}s  {statistics.median(same[name]):>11.2f}s"
        if name != first:
            ratio = statistics.median(changed[first]) / statistics.median(changed[name])
            line += f"   this tree / {name}: {ratio:.2f}"
        print(line)
    print(f"target: one changed article in 1,000 reopens in <= 2 s. load: {_load()}")
    for copy in copies.values():
        shutil.rmtree(copy.home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

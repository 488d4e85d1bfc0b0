"""Memory of reading one input, over its size, once the reader's one-off costs are paid (issue 16).

    .venv/bin/python tests/benchmarks/bench_input_memory.py [--size 300000]

``bench_hostile_inputs.py`` subtracts a small article's whole run, but the
HTML extractor loads its fallbacks (about 30 MB) only on the first page that
needs them, and the segmenter its tables on first use: charged to one
300 KB file, that one-off start reads as 100x and more. The bound that
matters is what each further file costs. Here each shape of
``tests/pathological.py`` is read (``load_source``: decoding, cleaning,
segmentation; HTML through the extractor) in a fresh process after two
small articles of the same kind, and the growth of peak resident memory
over the file's size is printed beside the cold figure (no warm-up: the
one-off start included) and the control prose of the same size, with the
load average. Ratios, not limits: the issue's bound is 20x.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = r"""
import resource, sys, tempfile, pathlib
sys.path.insert(0, sys.argv[1])
from pathological import shapes
from briefing.ingest.sources import load_source
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
name, size, warm = sys.argv[2], int(sys.argv[3]), sys.argv[4] == "warm"
folder = pathlib.Path(tempfile.mkdtemp())
suffix = pathlib.Path(name).suffix
small = ("<html><body><p>A short line.</p></body></html>",
         "<html><body><p>" + "Talks resumed in the capital on Monday, officials said. " * 40 + "</p></body></html>")
if suffix == ".txt":
    small = ("A short line.", "Talks resumed in the capital on Monday, officials said. " * 40)
import briefing.ingest.html, lxml.html  # the imports are no part of either figure
if warm:
    for i, text in enumerate(small):
        (folder / f"small{i}{suffix}").write_text(text)
        load_source(folder / f"small{i}{suffix}", f"s{i}")
big = folder / f"big{suffix}"
big.write_text(shapes(size)[name])
before = peak()
try:
    load_source(big, "big")
    how = "read"
except Exception as refused:  # an InputError: skipped with one notice, what the reader does with it
    how = "refused"
print((peak() - before) / big.stat().st_size, how)
"""


def ratio(name: str, size: int, warm: bool) -> tuple[float, str]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT / "tests"), name, str(size), "warm" if warm else "cold"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    figure, how = out.stdout.strip().splitlines()[-1].split()
    return float(figure), how


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=300_000)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from pathological import shapes

    print(f"{'shape':24} {'cold x size':>12} {'warm x size':>12}  outcome")
    for name in shapes(1_000):
        (cold, _), (warm, how) = ratio(name, args.size, False), ratio(name, args.size, True)
        print(f"{name:24} {cold:12.1f} {warm:12.1f}  {how}")
    print(f"load average {os.getloadavg()[0]:.1f}; bound 20x; 'warm' is each further file's cost")


if __name__ == "__main__":
    main()

"""Search speed and memory on generated briefings of 100,000 and 1,000,000 sentences.

For each size: build the index (time, memory), then run a fixed set of
queries (typed prefixes, misspelled and transliterated names, phrases) and
print the median and p95 time per query, beside a naive
``rapidfuzz.process.extract(query, sentences, limit=10)`` scan over every
sentence run in the same process, with the ratio.

Sentences are generated, seeded: a Zipf-weighted vocabulary of English
function words and a few thousand invented words, with people's names in
the spellings different outlets use (the pools of ``corpus.py``) in about a
third of them.

Run: ``.venv/bin/python tests/benchmarks/bench_search.py [--sizes 100000 1000000]``
"""

from __future__ import annotations

import argparse
import gc
import itertools
import random
import resource
import statistics
import sys
import time
from pathlib import Path

from rapidfuzz import process

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import ADJECTIVES, GIVEN, ISSUES, NOUNS, STATES, SURNAMES, VERBS

from briefing.model import Briefing, Person, Sentence, Source
from briefing.search.index import SearchIndex

FUNCTION_WORDS = (
    "the of and to in a is that for on with as by at from was it be has have are said were its an not "
    "but which after over this their they will would also who more than about into been two talks"
).split()
EXTRA_NAMES = [(["Asaad"], ["al-Shibani", "al-Shaibani"]), (["Benjamin", "Binyamin"], ["Netanyahu"])]
#: Typed prefixes, misspelled or transliterated names, words and phrases: ~50 queries.
QUERIES = [
    *"shai netan hadd mamm tesf petro qure sarg aliy kebe guti rahm chau mend nass wars sal".split(),
    *"neg cease demil sovereig".split(),
    "hadad",
    "mamedof",
    "tesfai",
    "petrovich",
    "kureshi",
    "sarkisyan",
    "aliev",
    "kebede",
    "gutieres",
    "rehmann",
    "othmann",
    "chaudri",
    "mendossa",
    "nasir",
    "warsami",
    "salih",
    "shibani",
    "al shaibani",
    "netanyahoo",
    "binyamin netanyahu",
    "mohamad haddad",
    "yousif",
    "husein",
    "abdalla",
    "demilitarized zone",
    "ceasefire line",
    "foreign minister haddad",
    "prisoner exchange",
    "water rights",
    "th",
    "the talks",
]


#: Runs of each query through the index; the naive scan runs once (it takes seconds).
REPEATS = 5


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    onsets = "b c d f g h j k l m n p r s t v w z br cr dr fl gr pl pr st tr sh ch th".split()
    vowels = "a e i o u ai ea io ou".split()
    codas = ["", "", "n", "r", "s", "l", "t", "nd", "st", "ng", "rk"]
    invented: set[str] = set()
    while len(invented) < size:
        syllables = rng.randint(1, 4)
        invented.add("".join(rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas) for _ in range(syllables)))
    issue_words = [w for issue in ISSUES for w in issue.split()]
    return [*FUNCTION_WORDS, *NOUNS, *ADJECTIVES, *VERBS, *issue_words, *sorted(invented)]


def _names() -> list[tuple[list[str], list[str]]]:
    return [(g, s) for g in GIVEN for s in SURNAMES[:12]] + EXTRA_NAMES + [(g, s) for g in GIVEN[:5] for s in SURNAMES]


def generate_briefing(n: int, seed: int = 7) -> Briefing:
    """A briefing of ``n`` generated sentences, 40 to a source, plus its people."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng, 4000)
    cum = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(len(vocab))))
    names = _names()
    countries = [s[0] for s in STATES]
    sources: list[Source] = []
    for start in range(0, n, 40):
        sid = f"s{start // 40:06d}"
        sents = []
        for i in range(min(40, n - start)):
            body = rng.choices(vocab, cum_weights=cum, k=rng.randint(10, 28))
            if rng.random() < 0.35:
                given, surname = rng.choice(names)
                body.insert(rng.randrange(len(body)), f"{rng.choice(given)} {rng.choice(surname)}")
            if rng.random() < 0.2:
                body.insert(rng.randrange(len(body)), rng.choice(countries))
            text = " ".join(body).capitalize() + "."
            sents.append(Sentence(f"{sid}:{i:08x}", sid, i, i // 4, 0, len(text), text))
        sources.append(Source(sid, None, "", f"Generated article {sid}", sentences=sents))
    people = [
        Person(f"p{i}", f"{given[0]} {surname[0]}", sorted({f"{g} {s}" for g in given for s in surname}))
        for i, (given, surname) in enumerate(names)
    ]
    return Briefing("generated", sources, people=people)


def rss_mb() -> float:
    """Resident memory now, from /proc (Linux)."""
    with open("/proc/self/statm") as fh:
        pages = int(fh.read().split()[1])
    return pages * 4096 / 1e6


def _timed(fn, queries: list[str], repeats: int = 1) -> list[float]:
    """Milliseconds per query: the median of ``repeats`` runs of each (a busy machine adds spikes)."""
    times = []
    for q in queries:
        runs = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn(q)
            runs.append((time.perf_counter() - t0) * 1000)
        times.append(statistics.median(runs))
    return times


def _summary(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


def bench(size: int, naive_queries: int) -> None:
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    briefing = generate_briefing(size)
    gen_s = time.perf_counter() - t0
    gc.collect()
    corpus_mb = rss_mb() - before
    t0 = time.perf_counter()
    index = SearchIndex(briefing)
    build_s = time.perf_counter() - t0
    gc.collect()
    index_mb = rss_mb() - before - corpus_mb
    ents, _sents, terms = index.size
    print(f"\n== {size:,} sentences ({ents} entity documents, {terms:,} distinct terms)")
    print(f"generate {gen_s:.1f} s, corpus {corpus_mb:.0f} MB; build index {build_s:.1f} s, index {index_mb:.0f} MB")
    index.search("warmup")
    times = _timed(lambda q: index.search(q, limit=20), QUERIES, REPEATS)
    med, p95 = _summary(times)
    worst = max(zip(times, QUERIES, strict=True))
    print(f"index: {len(QUERIES)} queries (median of {REPEATS} runs each), ", end="")
    print(f"median {med:.2f} ms, p95 {p95:.2f} ms, max {worst[0]:.1f} ms ({worst[1]!r})")
    texts = [s.text for src in briefing.sources for s in src.sentences]
    sample = QUERIES[:: max(1, len(QUERIES) // naive_queries)][:naive_queries]
    naive = _timed(lambda q: process.extract(q, texts, limit=10), sample)
    nmed, np95 = _summary(naive)
    print(f"naive rapidfuzz.process.extract over all sentences: {len(sample)} queries, ", end="")
    print(f"median {nmed:.1f} ms, p95 {np95:.1f} ms")
    same = _timed(lambda q: index.search(q, limit=20), sample, REPEATS)
    ratio = statistics.median(naive) / statistics.median(same)
    print(f"ratio naive/index on the same {len(sample)} queries (medians): {ratio:.0f}x")
    for q in ("shibani", "mamedof", "demilitarized zone"):
        top = index.search(q, limit=1)
        print(f"  top hit for {q!r}: {top[0].kind} {top[0].label[:60]!r}" if top else f"  {q!r}: none")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--naive-queries", type=int, default=10, help="queries for the naive scan (it is slow)")
    args = ap.parse_args()
    for size in args.sizes:
        bench(size, args.naive_queries if size <= 200_000 else max(3, args.naive_queries // 3))
        gc.collect()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    print(f"\npeak resident memory of the whole run (ru_maxrss): {peak:.0f} MB")


if __name__ == "__main__":
    main()

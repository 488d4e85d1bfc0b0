"""The rules' compiled patterns kept between runs: the same patterns, damage refused, the cache's rules kept."""

from __future__ import annotations

import importlib
import os
import re
import stat
import subprocess
import sys
from array import array
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import patterns
from briefing.store import pattern_cache
from briefing.store.cache import Cache, patterns_key
from briefing.store.kinds import PATTERNS
from tests.conftest import ROOT

#: Patterns of the shapes the rules write: word lists, look-arounds, named groups, inline and global flags.
SAMPLES = [
    (r"\b(?:agreed|signed|initialled)\s+(?:a|the)\s+(?P<what>deal|accord|truce)\b", re.IGNORECASE),
    (r"(?<![\w-])(?:Lake|Mount)\s+(?P<name>[A-Z][\w’'-]+)(?![\w-])", 0),
    (r"(?i:residents|villagers)\s+of\s+([A-Z]\w+)", 0),
    (r"^\s*(?:He|She)\b|(?:^|[.;]\s*)(?:He|She)\s+(?:is|was)\s+$", re.MULTILINE),
    (r"(.)\1+", 0),
    (r"[“\"]\s*,?\s+(?:said|says)\s+(?P<who>[^,.;“”\"]{2,80})", 0),
]
TEXTS = st.text(alphabet=st.sampled_from(list("aeHs dlTvLkMno“\"',.;-’\nAgreedsignthe")), max_size=80)


@pytest.fixture
def table() -> Iterator[patterns.Table]:
    """A table in use for the test, detached after it."""
    made = patterns.Table()
    patterns.load_with(lambda: made)
    yield made
    patterns.detach()


def _same(a: re.Pattern[str], b: re.Pattern[str], text: str) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(text)] == [(m.span(), m.groups()) for m in b.finditer(text)]


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_a_pattern_from_the_table_matches_as_re_compiles_it(text: str) -> None:
    made = patterns.Table()
    patterns.load_with(lambda: made)
    try:
        fresh = [patterns.compile(p, f) for p, f in SAMPLES]  # compiled, and kept
        again = [patterns.compile(p, f) for p, f in SAMPLES]  # from the table
    finally:
        patterns.detach()
    assert len(made.compiled) == len(SAMPLES)
    for (p, f), a, b in zip(SAMPLES, fresh, again, strict=True):
        _same(re.compile(p, f), a, text)
        _same(re.compile(p, f), b, text)


def _rule_patterns() -> list[re.Pattern[str]]:
    """Every pattern the package's loaded modules hold at module level (alone, or in a tuple, list or dict)."""
    importlib.import_module("briefing.derive.demands")
    importlib.import_module("briefing.derive.discrepancies")
    importlib.import_module("briefing.derive.places")
    found: dict[tuple[str, int], re.Pattern[str]] = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("briefing."):
            continue
        for value in vars(module).values():
            items = (
                value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else [value]
            )
            for item in items:
                for rx in item if isinstance(item, tuple) else (item,):
                    if isinstance(rx, re.Pattern) and isinstance(rx.pattern, str):
                        found[(rx.pattern, rx.flags)] = rx
    return list(found.values())


def test_every_rule_pattern_comes_back_the_same(table: patterns.Table) -> None:
    """All the rules' patterns, through a table and back: what ``re`` makes of each, to the groups and matches."""
    rules = _rule_patterns()
    assert len(rules) > 300
    text = "The delegation agreed on Lake Tana’s water, the minister said: “no deal”.\nRebels: the ceasefire holds."
    for rx in rules:
        flags = rx.flags & ~re.UNICODE  # re adds UNICODE to str patterns; compiled again from the source as written
        patterns.compile(rx.pattern, flags)
        again = patterns.compile(rx.pattern, flags)  # from the table
        _same(re.compile(rx.pattern, flags), again, text)
    assert len(table.compiled) >= len(rules) - 5  # (a pattern of both flag spellings is one entry)


def test_damaged_code_is_refused_and_the_pattern_compiled_as_written(table: patterns.Table) -> None:
    source = SAMPLES[0][0]
    table.compiled[f"{int(re.IGNORECASE)}:{source}"] = (
        int(re.IGNORECASE),
        array("I", [1, 2, 3, 99999]).tobytes(),
        1,
        {},
        [None, None],
    )
    got = patterns.compile(source, re.IGNORECASE)
    _same(re.compile(source, re.IGNORECASE), got, "They agreed the deal and signed a truce.")
    assert (
        table.compiled[f"{int(re.IGNORECASE)}:{source}"][1] != array("I", [1, 2, 3, 99999]).tobytes()
    )  # replaced by the real code


def test_without_a_table_it_is_re_compile() -> None:
    patterns.detach()
    assert patterns.compile(r"\bx\b") is re.compile(r"\bx\b")  # re's own cache: the very same object
    assert patterns.rewritten("a", 0, lambda p, f: p + "b", "test") == "ab"


def test_a_rewrite_is_kept_and_none_stays_none(table: patterns.Table) -> None:
    calls: list[str] = []

    def rewrite(p: str, f: int) -> str | None:
        calls.append(p)
        return None if p == "plain" else f"(?:{p})"

    assert patterns.rewritten("x", 0, rewrite, "wrap") == "(?:x)"
    assert patterns.rewritten("x", 0, rewrite, "wrap") == "(?:x)"
    assert patterns.rewritten("plain", 0, rewrite, "wrap") is None
    assert patterns.rewritten("plain", 0, rewrite, "wrap") is None
    assert calls == ["x", "plain"]
    assert table.added == 2


def test_an_invalid_pattern_still_raises_re_error(table: patterns.Table) -> None:
    with pytest.raises(re.error):
        patterns.compile(r"(?P<a>x")
    assert not table.compiled


# ---------------------------------------------------------------- the cache entry


def _cache(tmp_path: Path) -> Cache:
    return Cache.open(True, root=tmp_path / "cache")


def _entry(tmp_path: Path) -> Path:
    return tmp_path / "cache" / PATTERNS / patterns_key(pattern_cache.build())


def _run_once(cache: Cache, *sources: str) -> list[re.Pattern[str]]:
    pattern_cache.enable(cache)
    try:
        return [patterns.compile(s) for s in sources]
    finally:
        pattern_cache.finish()


def test_a_run_saves_what_it_compiled_privately_and_the_next_reads_it(tmp_path: Path) -> None:
    _run_once(_cache(tmp_path), r"\bfirst\b", r"\bsecond\b")
    entry = _entry(tmp_path)
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    written = entry.stat().st_mtime_ns
    pattern_cache.enable(_cache(tmp_path))
    try:
        patterns.compile(r"\bfirst\b")
        table = patterns.table()
        assert table is not None and table.added == 0 and len(table.compiled) == 2
    finally:
        pattern_cache.finish()
    assert entry.stat().st_mtime_ns >= written  # read (touched for the size bound), not rewritten with news


def test_an_entry_of_another_build_is_not_used(tmp_path: Path) -> None:
    from briefing.store.codec import CachedPatterns

    cache = _cache(tmp_path)
    cache.put(PATTERNS, patterns_key(pattern_cache.build()), CachedPatterns("another python", {}, {"quick:0:x": "y"}))
    pattern_cache.enable(_cache(tmp_path))
    try:
        assert patterns.rewritten("x", 0, lambda p, f: "z", "quick") == "z"
    finally:
        patterns.detach()


@pytest.mark.parametrize("damage", [b"garbage", b"briefing-cache/2\n\x93\x01\x02", b""])
def test_a_damaged_entry_is_dropped_and_the_run_goes_on(tmp_path: Path, damage: bytes) -> None:
    _run_once(_cache(tmp_path), r"\bone\b")
    _entry(tmp_path).write_bytes(damage)
    got = _run_once(_cache(tmp_path), r"\bone\b")
    assert got[0].search("only one here")
    assert _entry(tmp_path).read_bytes().startswith(b"briefing-cache/2\n")  # written again, whole


def test_an_entry_others_may_write_is_not_read(tmp_path: Path) -> None:
    _run_once(_cache(tmp_path), r"\bone\b")
    entry = _entry(tmp_path)
    os.chmod(entry, 0o666)
    pattern_cache.enable(_cache(tmp_path))
    try:
        patterns.compile(r"\bone\b")
        table = patterns.table()
        assert table is not None and table.added == 1  # compiled anew: the planted entry was refused
    finally:
        pattern_cache.finish()


def test_a_table_past_the_bound_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "MAX_PATTERNS", 2)
    _run_once(_cache(tmp_path), "a", "b", "c")
    assert not _entry(tmp_path).exists()


def test_an_unwritable_cache_costs_nothing_but_time(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("a file where the folder should be")
    got = _run_once(_cache(tmp_path), r"\bone\b")
    assert got[0].search("one")


def _derive(env: dict[str, str], folder: Path) -> bytes:
    cmd = [sys.executable, "-m", "briefing", "derive", str(folder), "--format", "json", "--no-cache"]
    return subprocess.run(cmd, env=env, capture_output=True, check=True, cwd=ROOT, timeout=300).stdout


def test_derive_fills_the_entry_and_gives_the_same_bytes_with_it(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "xdg")}
    folder = ROOT / "tests" / "articles" / "nile-dam-talks"
    first = _derive(env, folder)
    entries = list((tmp_path / "xdg" / "briefing" / PATTERNS).iterdir())
    assert len(entries) == 1
    assert _derive(env, folder) == first
    assert _derive({**env, pattern_cache.ENV: "0", "XDG_CACHE_HOME": str(tmp_path / "none")}, folder) == first
    assert not (tmp_path / "none" / "briefing" / PATTERNS).exists()

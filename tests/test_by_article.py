"""What derivation reads from single articles, kept between derivations: reused only where it must be the same."""

from __future__ import annotations

import os
from pathlib import Path

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.derive import by_article, derive
from briefing.derive.by_article import Kept, Step, keeping, recall
from briefing.derive.outcome_groups import ITEMS
from briefing.formats.jsonio import to_dict
from briefing.ingest.sources import read_articles, source_from_text
from briefing.model import Source
from briefing.pipeline import load_briefing, parse_articles
from briefing.store.cache import Cache, articles_key
from briefing.store.kinds import ARTICLES
from briefing.store.seen import named
from tests.conftest import nile_copy

_LENGTHS: Step[list[int]] = Step("lengths", list[int])
#: Every step whose results are kept, each run once for each article.
STEPS = ("people", "parties", "government", "places", "outcomes", "demands", "words", "figures")


def _source(text: str = "Talks opened in Geneva.\n\nThe envoys met on Monday. They agreed to meet again.\n") -> Source:
    return source_from_text(text, "a")


def _lengths(src: Source) -> list[int]:
    return [len(s.text) for s in src.sentences]


def test_without_a_kept_every_step_computes() -> None:
    calls: list[int] = []
    src = _source()
    for _ in range(2):
        recall(_LENGTHS, src, "", lambda: calls.append(1) or _lengths(src))
    assert len(calls) == 2
    assert not by_article.active()


def test_a_kept_result_is_reused_for_the_same_article_and_given_only() -> None:
    src, calls = _source(), []

    def compute() -> list[int]:
        calls.append(1)
        return _lengths(src)

    first = Kept()
    with keeping(first):
        assert recall(_LENGTHS, src, "g", compute) == _lengths(src)
    assert (first.computed, first.reused, len(first.found)) == (1, 0, 1)
    second = Kept(dict(first.found))
    with keeping(second):
        assert recall(_LENGTHS, src, "g", compute) == _lengths(src)  # same article, same given: kept
        assert recall(_LENGTHS, src, "other", compute) == _lengths(src)  # another given: computed
        changed = _source("Talks opened in Geneva.\n\nThe envoys met on Tuesday.\n")
        recall(_LENGTHS, changed, "g", lambda: calls.append(1) or _lengths(changed))  # another article
    assert len(calls) == 3 and (second.reused, second.computed) == (1, 2)
    assert second.changed()


def test_only_what_a_derivation_used_is_kept_for_the_next() -> None:
    src = _source()
    stale = {"lengths\x1fgone\x1f": _LENGTHS.encode(src, [1])}
    kept = Kept(dict(stale))
    with keeping(kept):
        recall(_LENGTHS, src, "", lambda: _lengths(src))
    assert set(kept.found) - set(stale) and not set(stale) & set(kept.found)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=64))
def test_a_damaged_kept_result_is_computed_again(data: bytes) -> None:
    src = _source()
    digest = by_article.source_digest(src)
    kept = Kept({f"lengths\x1f{digest}\x1f": data, f"outcomes\x1f{digest}\x1f": data})
    with keeping(kept):
        assert recall(_LENGTHS, src, "", lambda: _lengths(src)) == _lengths(src) or _decodes(data)
        items = recall(ITEMS, src, "", lambda: [])  # a step whose results point into the article
    assert all(any(item.sentence is s for s in src.sentences) for item in items)


def _decodes(data: bytes) -> bool:
    """Bytes that happen to be a list of ints are a result (of another article: the digest guards that)."""
    try:
        msgspec.msgpack.decode(data, type=list[int])
    except msgspec.DecodeError:
        return False
    return True


#: The steps whose results hold one entry for each body sentence.
_PER_SENTENCE = ("people", "parties", "words", "figures")


def test_a_kept_result_per_sentence_of_another_length_is_computed_again() -> None:
    """Bytes that decode to a list of the step's type, of another article's length: a result per body sentence
    read out of step would give one sentence another's names (or fail on a strict zip)."""
    articles, _ = read_articles([Path(__file__).parent / "articles" / "nile-dam-talks"], False)
    sources, _ = parse_articles(articles, Cache.open(False))
    first = Kept()
    fresh = to_dict(derive(sources, kept=first), with_text=True)
    short = {
        k: msgspec.msgpack.encode([]) if k.split("\x1f")[0] in _PER_SENTENCE else v for k, v in first.found.items()
    }
    again = Kept(short)
    assert to_dict(derive(sources, kept=again), with_text=True) == fresh
    assert again.computed == len(_PER_SENTENCE) * len(sources)  # each article's, again


def test_an_outcome_kept_points_at_the_article_s_own_sentence() -> None:
    articles, _ = read_articles([Path(__file__).parent / "articles_outcomes" / "courantyne-river-talks"], False)
    sources, _ = parse_articles(articles, Cache.open(False))
    kept = Kept()
    derive(sources, kept=kept)
    told = 0
    for src in sources:
        digest = by_article.source_digest(src)
        (key,) = [k for k in kept.found if k.startswith(f"outcomes\x1f{digest}\x1f")]
        items = ITEMS.decode(src, kept.found[key])
        assert all(any(item.sentence is s for s in src.sentences) for item in items)
        told += len(items)
    assert told  # the talks agreed something


def _derived(folder: Path, use_cache: bool = True) -> dict:
    return to_dict(load_briefing([folder], curated=False, use_cache=use_cache).briefing, with_text=True)


def _kept_entry(folder: Path) -> dict[str, bytes]:
    entry = Cache.open().get(ARTICLES, articles_key(named([folder])))
    assert entry is not None
    return entry.results


@pytest.mark.parametrize(
    "addition",
    [
        "The talks are due to resume next week, officials said.",
        # names a new person and a new place: the people, parties and places change, so do the demands' givens
        "Ambassador Teodora Vasquez-Lind, the mediator, said in Valletta that the sides must first agree a map.",
    ],
)
def test_reopening_after_one_article_changed_gives_the_fresh_briefing(tmp_path: Path, addition: str) -> None:
    folder = nile_copy(tmp_path / "articles")
    _derived(folder)
    first = _kept_entry(folder)
    assert {k.split("\x1f")[0] for k in first} == {*STEPS}
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + f"\n{addition}\n", encoding="utf-8")
    assert _derived(folder) == _derived(folder, use_cache=False)
    second = _kept_entry(folder)
    assert len(second) == len(first)  # one result per article and step: the changed article's replaced
    assert set(first) & set(second)  # the unchanged articles' reused


def test_a_reopen_reads_no_unchanged_article_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = nile_copy(tmp_path / "articles")
    _derived(folder)
    seen: list[Kept] = []
    import briefing.derive as stages

    original = stages.derive

    def spying(sources, progress=None, kept=None):
        seen.append(kept)
        return original(sources, progress, kept)

    monkeypatch.setattr(stages, "derive", spying)
    changed = sorted(folder.glob("*.txt"))[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe envoys will meet again in May.\n", encoding="utf-8")
    _derived(folder)
    (kept,) = seen
    articles = len(list(folder.glob("*.txt")))
    # below the size that forks, every step runs here: each unchanged article's results are reused
    assert kept is not None and kept.reused == len(STEPS) * (articles - 1) and kept.computed == len(STEPS)


def test_a_damaged_entry_costs_a_full_derivation_and_a_warning_never_the_answer(tmp_path: Path) -> None:
    folder = nile_copy(tmp_path / "articles")
    fresh = _derived(folder)
    root = Cache.open().root
    assert root is not None
    (entry,) = (root / ARTICLES).iterdir()
    entry.write_bytes(entry.read_bytes()[:40])
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nThe envoys will meet again.\n", encoding="utf-8")
    loaded = load_briefing([folder], curated=False)
    assert any("corrupt" in w for w in loaded.warnings)
    assert to_dict(loaded.briefing, with_text=True) == _derived(folder, use_cache=False) != fresh


def test_no_cache_keeps_nothing(tmp_path: Path) -> None:
    folder = nile_copy(tmp_path / "articles")
    _derived(folder, use_cache=False)
    root = Cache.open().root
    assert root is None or not (root / ARTICLES).exists()


def test_an_article_whose_name_is_not_utf8_is_derived_and_reopened_as_the_others(tmp_path: Path) -> None:
    """Python keeps such a name as surrogates, which MessagePack cannot hold: its digest is taken from its
    repr, and a result quoting it (a demand's source id) is not kept but computed again."""
    folder = nile_copy(tmp_path / "articles")
    first = sorted(folder.glob("*.txt"))[0]
    odd = os.path.join(os.fsencode(folder), b"caf\xe9-" + os.fsencode(first.name))
    os.rename(first, odd)
    _derived(folder)
    with open(odd, "ab") as f:
        f.write(b"\nThe envoys will meet again in May, the mediator said.\n")
    assert _derived(folder) == _derived(folder, use_cache=False)

"""Per-derivation memoisation (issue 18): every result kept within a run, none after, an LRU outside one."""

from __future__ import annotations

import pytest

from briefing.derive import memo
from briefing.derive.memo import per_run, run
from briefing.model import Source

CALLS: list[tuple[str, bool]] = []


@per_run(maxsize=2)
def _shout(word: str, loud: bool = False) -> str:
    CALLS.append((word, loud))
    return word.upper() if loud else word


def test_within_a_run_nothing_is_computed_twice_however_many_values() -> None:
    CALLS.clear()
    with run():
        words = [f"w{i}" for i in range(50)]  # far past the LRU's two entries
        assert [_shout(w) for w in words] == words
        assert [_shout(w) for w in words] == words
        assert _shout("a", loud=True) == "A" and _shout("a", loud=True) == "A"
        assert _shout("a") == "a"  # the keyword is part of the key
    assert len(CALLS) == 52


def test_after_a_run_its_results_are_gone_and_the_lru_serves() -> None:
    with run():
        _shout("kept")
    CALLS.clear()
    _shout("kept")
    _shout("kept")
    assert CALLS == [("kept", False)]  # computed again once (the run's dict went), then the LRU's


def test_runs_nest_the_outermost_one_decides() -> None:
    CALLS.clear()
    with run():
        _shout("x")
        with run():
            _shout("x")
        _shout("x")  # the inner run's end keeps the outer one's results
    assert CALLS == [("x", False)]
    assert all(m.table is None for m in memo._memos)


def test_a_primed_answer_is_given_within_the_run_only_and_never_replaces_one_computed() -> None:
    CALLS.clear()
    memo.prime(_shout, ("x", False), "kept")  # outside a run: nothing primed
    assert _shout("x", False) == "x"
    _shout.cache_clear()
    with run():
        memo.prime(_shout, ("y", True), "primed")
        assert _shout("y", True) == "primed"  # the primed answer, not computed
        assert _shout("z", True) == "Z"
        memo.prime(_shout, ("z", True), "late")
        assert _shout("z", True) == "Z"  # an answer there stays
    assert _shout("y", True) == "Y"  # gone with the run
    assert CALLS == [("x", False), ("z", True), ("y", True)]


def test_cache_clear_clears_both() -> None:
    with run():
        _shout("y")
        _shout.cache_clear()
        CALLS.clear()
        _shout("y")
    assert CALLS == [("y", False)]


def test_a_function_defined_during_a_run_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stage module imported on first use (inside ``derive``'s run) defines its memos then: they must
    keep every result of that run too, not fall back to an LRU that a large folder overflows."""
    monkeypatch.setattr(memo, "_memos", list(memo._memos))  # this test's memo is forgotten after it
    calls: list[str] = []
    with run():

        @per_run(maxsize=2)
        def late(word: str) -> str:
            calls.append(word)
            return word

        words = [f"w{i}" for i in range(20)]
        for _ in range(2):
            assert [late(w) for w in words] == words
        assert len(calls) == 20  # nothing computed twice, far past the LRU's two entries
    calls.clear()
    late("w1")
    assert calls == ["w1"]  # the run's results went with it


def test_the_last_sources_memos_see_an_article_edited_to_the_same_length() -> None:
    """The reader derives again in one process when an article changes: a misspelt name put right leaves
    the text's length as it was, and the stages that keep the last sources' organisations, vocabulary
    and blocs must not answer for the old text."""
    from briefing.derive.mentions import lowercase_vocabulary
    from briefing.derive.organisations import find_organisations
    from briefing.ingest.sources import source_from_text

    def article(front: str, verb: str) -> Source:
        text = (
            f"Talks\n\nThe {front} Liberation Front ({front[0]}LF) met the government and {verb}. The front said so.\n"
        )
        return source_from_text(text, "a")

    before, after = article("Lakeside", "agreed"), article("Riverbed", "argued")
    assert len(before.text) == len(after.text)
    assert [o.name for o in find_organisations([before])] == ["Lakeside Liberation Front"]
    assert [o.name for o in find_organisations([after])] == ["Riverbed Liberation Front"]
    assert "agreed" in lowercase_vocabulary([before])
    assert "argued" in lowercase_vocabulary([after]) and "agreed" not in lowercase_vocabulary([after])

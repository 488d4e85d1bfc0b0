"""The reader's remembered state: keyed by input set, atomic, corrupt files reported not fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.history import Location
from briefing.store.state import ReaderState, StateError, load_state, save_state, state_key, state_path


def test_key_ignores_order_and_spelling(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert state_key([a, b]) == state_key([b, a]) == state_key([str(tmp_path / "x" / ".." / "a.txt"), b])
    assert state_key([a]) != state_key([a, b])


def test_round_trip() -> None:
    state = ReaderState("source", "s:1", "s:1", "textual-light")
    save_state("k", state)
    assert load_state("k") == state
    assert state.location == Location("source", "s:1")


def test_missing_is_none() -> None:
    assert load_state("nothing-here") is None


@pytest.mark.parametrize("content", ["{not json", "[]", '{"version": 99}', '{"version": 1, "pane": 3}'])
def test_corrupt_is_a_one_line_error(content: str) -> None:
    path = state_path("bad")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StateError) as err:
        load_state("bad")
    assert "\n" not in str(err.value)


def test_save_leaves_no_temporary_files() -> None:
    save_state("k", ReaderState())
    save_state("k", ReaderState("demands", "d1"))
    assert [p.name for p in state_path("k").parent.iterdir()] == [state_path("k").name]

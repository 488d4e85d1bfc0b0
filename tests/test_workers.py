"""The parse's two-ended fork (briefing.workers): the same results in order, errors where they would be."""

from __future__ import annotations

import os

import pytest

from briefing import workers
from briefing.derive.beside import fork_with_pipe
from briefing.workers import map_ordered

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the second half runs in a forked child")


def _square(n: int) -> tuple[int, int]:
    sum(range(20_000))  # a millisecond or so, as an article's parse: the child has time to start
    return n * n, os.getpid()


def _fails_in_child(n: int, parent: int = os.getpid()) -> int:
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return n + 1


def _fails_on_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


def test_results_come_in_order_from_both_ends(monkeypatch: pytest.MonkeyPatch) -> None:
    forks: list[int] = []

    def counted() -> tuple[int, int, int]:
        pid, read_fd, write_fd = fork_with_pipe()
        forks.append(pid)
        return pid, read_fd, write_fd

    monkeypatch.setattr(workers, "fork_with_pipe", counted)
    out = list(map_ordered(_square, list(range(200)), parallel=True))
    assert [value for value, _ in out] == [n * n for n in range(200)]
    assert len(forks) == 1  # one child took the back (how many it did depends on the machine's load)


def test_a_child_that_fails_leaves_its_items_to_this_process() -> None:
    assert list(map_ordered(_fails_in_child, list(range(50)), parallel=True)) == list(range(1, 51))


def test_an_items_own_error_is_raised_here_as_in_turn() -> None:
    with pytest.raises(ValueError, match="seven"):
        list(map_ordered(_fails_on_seven, list(range(20)), parallel=True))


def test_no_child_is_left_behind() -> None:
    list(map_ordered(_square, list(range(100)), parallel=True))
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)

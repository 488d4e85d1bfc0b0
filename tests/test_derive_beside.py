"""Stages run beside each other in forked children (issue 18): same briefing, errors where they would be.

The folders here are small, so the size threshold is lowered to make the
children run; each test checks the fork really happened (a child's pid is
seen) or really did not.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import briefing.derive as derive_package
from briefing.derive import beside, derive
from briefing.derive.beside import Beside
from briefing.formats.jsonio import dumps
from briefing.ingest.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", ROOT / "tests" / "articles_outcomes" / "courantyne-river-talks"]

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="stages run beside others only where fork exists")


def _pid_and(value: int) -> tuple[int, int]:
    return os.getpid(), value * 2


def _fails_in_child(parent: int) -> int:
    if os.getpid() != parent:
        raise RuntimeError("only in the child")
    return 7


def _always_fails() -> None:
    raise ValueError("the stage's own error")


def _forking(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Stages fork however small the folder; the pids of the children forked from here on."""
    if threading.active_count() > 1:
        pytest.skip("another thread runs in this test process: stages would not fork")
    monkeypatch.setenv("BRIEFING_BESIDE", "1")
    monkeypatch.setattr(beside, "MIN_SENTENCES", 1)
    forks: list[int] = []
    real_fork = os.fork

    def counting_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    return forks


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_forked_stages_give_the_briefing_byte_for_byte(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources, _ = load_sources([folder], strict=False)
    monkeypatch.setenv("BRIEFING_BESIDE", "0")
    alone = dumps(derive(sources))
    forks = _forking(monkeypatch)
    assert dumps(derive(sources)) == alone
    assert len(forks) == 3  # the outcomes, the demands, the venue and schedule: each in a child


def test_the_result_comes_from_the_child() -> None:
    pid, value = Beside(_pid_and, 21).result()
    assert value == 42 and pid != os.getpid()


def test_unforked_it_is_computed_when_asked() -> None:
    pid, value = Beside(_pid_and, 21, forked=False).result()
    assert value == 42 and pid == os.getpid()


def test_a_child_that_fails_is_replaced_by_the_parent() -> None:
    assert Beside(_fails_in_child, os.getpid()).result() == 7


def test_a_stage_that_fails_raises_its_own_error_in_the_parent() -> None:
    with pytest.raises(ValueError, match="the stage's own error"):
        Beside(_always_fails).result()


def test_cancel_leaves_no_child_behind() -> None:
    job = Beside(_pid_and, 1)
    job.cancel()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_a_stage_failing_in_the_parent_leaves_no_child_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    """The children started before a stage fails (the outcomes, here) are stopped, the error raised as it is."""
    sources, _ = load_sources([FOLDERS[0]], strict=False)
    forks = _forking(monkeypatch)

    def failing(*_args: object) -> None:
        raise LookupError("a stage's own error")

    monkeypatch.setattr(derive_package, "find_parties", failing)
    with pytest.raises(LookupError, match="a stage's own error"):
        derive(sources)
    assert forks  # the outcomes were being found beside
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_not_wanted_with_threads_small_folders_or_when_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(beside, "MIN_SENTENCES", 10)
    monkeypatch.setenv("BRIEFING_BESIDE", "0")
    assert not beside.wanted(100)
    monkeypatch.setenv("BRIEFING_BESIDE", "1")
    assert not beside.wanted(5)
    gate = threading.Event()
    other = threading.Thread(target=gate.wait)
    other.start()
    try:
        assert not beside.wanted(100)
    finally:
        gate.set()
        other.join()

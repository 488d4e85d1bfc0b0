"""The reader's preload: a forked process (or a thread) hands back what ``load_briefing`` would."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from app_fixture import wait_until

from briefing.app import preload as preload_module
from briefing.app.preload import Preload, can_fork
from briefing.errors import InputError
from briefing.pipeline import load_briefing

needs_fork = pytest.mark.skipif(not can_fork(), reason="no fork here, or threads already running")


def _texts(loaded) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.text for c in loaded.briefing.summary]


@needs_fork
def test_forked_load_equals_load_briefing(seed_paths: list[Path]) -> None:
    heard: list[tuple[str, int, int]] = []
    preload = Preload([str(p) for p in seed_paths], use_cache=False, fork=True)
    preload.listener = lambda stage, done, total: heard.append((stage, done, total))
    assert preload.forked
    loaded = preload.start().wait(timeout=60)
    expected = load_briefing(seed_paths, strict=False, use_cache=False)
    assert _texts(loaded) == _texts(expected)
    assert list(loaded.briefing.sentence_index) == list(expected.briefing.sentence_index)
    assert ("reading", len(seed_paths), len(seed_paths)) in heard  # progress crossed the pipe
    assert preload.done


@needs_fork
def test_forked_load_reports_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError) as forked:
        Preload([str(tmp_path)], use_cache=False, fork=True).start().wait(timeout=60)
    with pytest.raises(InputError) as direct:
        load_briefing([tmp_path], strict=False, use_cache=False)
    assert str(forked.value) == str(direct.value)


@needs_fork
def test_a_child_that_dies_silently_falls_back_to_a_thread(
    seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Preload, "_child", lambda self, out: None)  # the child sends nothing and exits
    loaded = Preload([str(p) for p in seed_paths], use_cache=False, fork=True).start().wait(timeout=60)
    assert _texts(loaded) == _texts(load_briefing(seed_paths, strict=False, use_cache=False))


def test_a_torn_frame_ends_the_stream() -> None:
    import io

    whole = preload_module._HEADER.pack(b"P", 4) + b"abcd"
    torn = preload_module._HEADER.pack(b"R", 100) + b"short"
    assert list(preload_module._frames(io.BytesIO(whole + torn))) == [(b"P", b"abcd")]


def test_no_fork_while_other_threads_run(seed_paths: list[Path]) -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        preload = Preload([str(p) for p in seed_paths], use_cache=False, fork=True)
        assert not preload.forked  # a thread does it instead
        assert _texts(preload.start().wait(timeout=60))
    finally:
        stop.set()
        other.join()


def test_the_head_comes_from_the_cache_before_the_briefing(seed_paths: list[Path]) -> None:
    from briefing.model import Head

    first = load_briefing(seed_paths, strict=False)  # derives; caches the briefing and its head
    heads: list[Head] = []
    load_briefing(seed_paths, strict=False, on_head=heads.append)
    assert heads == [Head.of(first.briefing)]
    assert heads[0].summary and heads[0].subtitle == "derived · 2 articles"


@needs_fork
def test_a_forked_load_hands_over_the_head_first_and_unpickles_the_rest_after_go(seed_paths: list[Path]) -> None:
    import time

    load_briefing(seed_paths, strict=False)  # warm the cache
    preload = Preload([str(p) for p in seed_paths], fork=True).start()
    deadline = time.monotonic() + 60
    while preload.head is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert preload.head is not None
    time.sleep(0.2)
    assert not preload.done  # the whole briefing waits for the first paint (go) before it is unpickled
    preload.go()
    assert _texts(preload.wait(timeout=60)) == [c.text for c in preload.head.summary]


class _HeldPreload:
    """A preload whose head is known and whose briefing is held back until released."""

    def __init__(self, loaded) -> None:  # type: ignore[no-untyped-def]
        from briefing.model import Head

        self.loaded, self.head = loaded, Head.of(loaded.briefing)
        self.listener = self.head_listener = None
        self.release = threading.Event()
        self.done = False

    def go(self) -> None:
        pass

    def join(self) -> None:
        self.release.wait(30)

    def wait(self, timeout: float | None = None):  # type: ignore[no-untyped-def]
        return self.loaded


def test_the_reader_paints_the_head_then_takes_the_briefing_without_redoing_the_summary(
    seed_paths: list[Path],
) -> None:
    import asyncio

    from briefing.app.app import BriefingApp

    held = _HeldPreload(load_briefing(seed_paths, strict=False))

    async def run() -> None:
        app = BriefingApp(paths=[str(p) for p in seed_paths], preload=held, remember=False)  # type: ignore[arg-type]
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            summary = app.pane.list_for("summary")
            assert app.briefing is None and app.title == held.head.title
            assert [e.location.item for e in summary.entries if e.location] == [c.id for c in held.head.summary]
            painted = summary.entries
            await pilot.press("enter")  # before the sources are read: a notice, the cursor stays
            await pilot.pause()
            assert app.focused is summary and app.history.back() is None
            held.release.set()
            await wait_until(pilot, lambda: app.briefing is not None)
            assert app.briefing is held.loaded.briefing
            assert summary.entries is painted  # the head's summary stays: no second layout of it

    asyncio.run(run())

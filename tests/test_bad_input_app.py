"""Bad input in the reader: a folder of odd files opens with notices, nothing styles the screen, RTL is searchable."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app_fixture import posted
from test_bad_input import ARTICLE, RTL_ARTICLE, listing
from textual.widgets import OptionList

from briefing.app.app import BriefingApp
from briefing.app.screens.search import SearchScreen
from briefing.pipeline import load_briefing
from briefing.search.index import SharedIndex

HOSTILE = "Talks [bold]resumed[/] in \x1b[31mParis\x1b[0m today.\x07\n\nThe envoy said [/] and [link=x]y[/link].\n"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "odd articles"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (folder / "rtl.txt").write_text(RTL_ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "[bold]evil\x1b[2J.pdf").write_bytes(b"%PDF-1.4\n")  # a name that is markup and an escape
    return folder


def test_folder_of_odd_files_opens_with_one_notice_each(tmp_path: Path, monkeypatch) -> None:
    folder = _folder(tmp_path)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))  # no cache can be written either
    before = listing(folder)
    asyncio.run(_opens(folder))
    assert listing(folder) == before


async def _opens(folder: Path) -> None:
    app = BriefingApp(paths=[str(folder)])
    async with app.run_test(size=(100, 30)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.briefing is not None and len(app.briefing.sources) == 3
        messages = [str(n.message) for n in posted(app)]
        assert sum("skipped" in m for m in messages) == 3
        assert sum("cache disabled" in m for m in messages) == 1
        evil = [n for n in posted(app) if "evil" in str(n.message)]
        assert len(evil) == 1 and not evil[0].markup  # shown literally, not parsed as markup
        assert "[bold]evil␛[2J.pdf" in str(evil[0].message)
        await pilot.press("tab")
        await pilot.pause()
        assert app.return_code is None


def test_arabic_and_hebrew_are_searchable_in_the_reader(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    asyncio.run(_searches(load_briefing([folder], strict=False).briefing))


async def _searches(briefing) -> None:
    from textual.app import App

    class Host(App):
        def on_mount(self) -> None:
            self.push_screen(SearchScreen(SharedIndex(briefing)))

    app = Host()
    async with app.run_test(size=(120, 40)) as pilot:
        for query in ("القدس", "ירושלים"):
            screen = app.screen
            assert isinstance(screen, SearchScreen)
            await pilot.press(*query)
            await app.workers.wait_for_complete()
            await pilot.pause()
            results = screen.query_one(OptionList)
            shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
            assert any(query in line for line in shown), shown
            for _ in query:
                await pilot.press("backspace")

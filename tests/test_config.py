"""The config file rebinds keys; a broken one is a warning, never a crash, and is only read."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from briefing.app.app import BriefingApp
from briefing.app.widgets.sections import SectionList
from briefing.app.widgets.source_view import SourceView
from briefing.model import Briefing
from briefing.store.config import config_path, load_settings
from tests.app_fixture import fixture_briefing, posted


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return fixture_briefing()


def _write(text: str | bytes) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def test_config_lives_in_the_platformdirs_config_dir(isolated_dirs: Path) -> None:
    assert str(config_path()).startswith(str(isolated_dirs / "config"))


def test_missing_file_means_defaults() -> None:
    settings = load_settings()
    assert settings.keys == {} and settings.warnings == []


def test_keys_table_is_read() -> None:
    _write('[keys]\nquit = "ctrl+q"\n"section.demands" = " d,3 "\n')
    assert load_settings().keys == {"quit": "ctrl+q", "section.demands": "d,3"}


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[keys\nquit = 1", "not valid TOML"),
        ("keys = 3", "must be a table"),
        ('[keys]\nquit = 5\nhelp = "f2"', "keys.quit"),
        (b"\xff\xfe[keys]", "cannot read"),
    ],
)
def test_a_broken_file_is_one_warning(content: str | bytes, says: str) -> None:
    path = _write(content)
    before = path.read_bytes()
    settings = load_settings()
    assert len(settings.warnings) == 1 and says in settings.warnings[0]
    assert "\n" not in settings.warnings[0]
    assert path.read_bytes() == before  # only read


def test_the_reader_rebinds_keys_and_shows_them(briefing: Briefing) -> None:
    _write('[keys]\n"section.demands" = "d"\n"no.such.binding" = "x"\n')

    async def run() -> None:
        app = BriefingApp(briefing=briefing, remember=False)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            await pilot.pause()
            assert app.user_keys == {"section.demands": "d"}
            assert any("no.such.binding" in str(n.message) for n in posted(app))
            await pilot.press("d")
            await pilot.pause()
            assert app.pane.current_list.section == "demands"
            await pilot.press("1")  # the old key no longer does it, other sections keep theirs
            await pilot.pause()
            await pilot.press("4")
            await pilot.pause()
            assert app.pane.current_list.section == "summary"
            demands = next(b for b in app.BINDINGS if b.id == "section.demands")
            assert app.keys_of(demands) == ["d"]
            assert any(name.startswith("Demands") and "keys: d" in keys for name, keys, _ in app.palette_commands())

    asyncio.run(run())


def test_every_binding_of_the_reader_has_a_unique_id() -> None:
    own = [*BriefingApp.BINDINGS, *SectionList.BINDINGS, *SourceView.BINDINGS]
    assert all(b.id for b in own)
    assert len({b.id for b in own}) == len(own)

"""Random bytes as every kind of file the program reads (issue 16): an error it means, never a traceback.

HTML and text articles end as a source or one :class:`InputError`; a
curated ``briefing.md`` as a briefing or one ``InputError`` naming the
line; the config file as settings with warnings; a state file as a state,
nothing, or one :class:`StateError`. Anything else escaping is a crash the
user would see.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.formats.markdown_read import load
from briefing.ingest.sources import parse_source, source_from_text
from briefing.store.config import load_settings
from briefing.store.state import StateError, load_state, state_path

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

#: Pieces of each format, so random draws reach past the first byte of the parsers.
HTML_BITS = ["<", ">", "</", "<!", "<![", "<![CDATA[", "<!--", "-->", "<?", "<a", "<p>", "</p>", "<script>", "&#", ";"]
MD_BITS = ["# T\n", "## Summary\n", "## People and places\n", "### People\n", "- ", "**", " — ", " · ", "[^", '"', "]"]
TOML_BITS = ["[keys]\n", "[", "]", "{", "}", "=", '"', "'''", "\n", "a.b", "quit", ",", "#"]
JSON_BITS = ["{", "}", "[", "]", '"version"', ":", "1", '"pane"', ",", '"', "\\u", "null"]


def bytes_with(bits: list[str]) -> st.SearchStrategy[bytes]:
    """Random bytes mixed with the format's own tokens."""
    piece = st.binary(max_size=40) | st.sampled_from([b.encode() for b in bits])
    return st.lists(piece, max_size=60).map(b"".join)


SOURCES = [source_from_text("Envoys met in Oslo on Monday. The talks resumed after a pause.\n", "oslo")]


@FUZZ
@given(data=bytes_with(HTML_BITS), suffix=st.sampled_from(["x.html", "x.txt", "x.md"]))
def test_any_bytes_as_an_article(data: bytes, suffix: str) -> None:
    try:
        src = parse_source(data, "x", suffix)
    except InputError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert src.sentences


@FUZZ
@given(data=bytes_with(MD_BITS))
def test_any_bytes_as_a_curated_briefing(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "briefing.md"
    path.write_bytes(data)
    try:
        parsed = load(path, SOURCES)
    except InputError as err:
        assert str(err) and "\n" not in str(err)
        return
    assert parsed.briefing.origin == "curated"


@FUZZ
@given(data=bytes_with(TOML_BITS))
def test_any_bytes_as_the_config(data: bytes, tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(data)
    settings_ = load_settings(path)
    assert all("\n" not in w for w in settings_.warnings)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in settings_.keys.items())


@FUZZ
@given(data=bytes_with(JSON_BITS))
def test_any_bytes_as_the_reader_state(data: bytes) -> None:
    path = state_path("fuzz")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    try:
        load_state("fuzz")
    except StateError as err:
        assert "\n" not in str(err)


def test_html_marked_section() -> None:
    with pytest.raises(InputError):
        parse_source(b"<![ x", "x", "x.html")


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deep_nesting_in_every_format(depth: int, tmp_path: Path) -> None:
    """The inputs that sent parsers into deep recursion: one error or one warning each."""
    (tmp_path / "config.toml").write_text("a = " + "[" * depth)
    assert len(load_settings(tmp_path / "config.toml").warnings) == 1
    path = state_path("deep")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("[" * depth + "]" * depth)
    with pytest.raises(StateError):
        load_state("deep")
    with pytest.raises(InputError):
        parse_source(("<div>" * depth).encode(), "x", "x.html")


# -- the cache: its own entries damaged (a torn disk, another version), never a traceback

_ARTICLES = Path(__file__).resolve().parent / "articles" / "nile-dam-talks"


@pytest.fixture(scope="module")
def cached(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict[str, bytes]], list[str]]:
    """A folder of two articles, its cache entries as written (kind -> name -> bytes), its sources' ids."""
    import os
    import shutil

    from briefing.pipeline import load_briefing
    from briefing.store.cache import BRIEFINGS, HEADS, SOURCES, Cache

    folder = tmp_path_factory.mktemp("articles")
    for src in sorted(_ARTICLES.glob("*.txt"))[:2]:
        shutil.copy(src, folder / src.name)
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    try:
        ids = [s.id for s in load_briefing([folder]).briefing.sources]
        root = Cache.open().root
        assert root is not None
        entries = {k: {p.name: p.read_bytes() for p in (root / k).iterdir()} for k in (SOURCES, BRIEFINGS, HEADS)}
    finally:
        if old is None:
            del os.environ["XDG_CACHE_HOME"]
        else:
            os.environ["XDG_CACHE_HOME"] = old
    return folder, entries, ids


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["sources", "briefings", "heads"]),
    edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=4)), max_size=6),
    cut=st.none() | st.floats(0, 1),
)
def test_any_damage_to_a_cache_entry(cached, kind: str, edits, cut) -> None:  # type: ignore[no-untyped-def]
    """A real entry with bytes overwritten or cut off: the briefing as before, with at most one warning."""
    from briefing.pipeline import load_briefing
    from briefing.store.cache import Cache

    folder, entries, ids = cached
    root = Cache.open().root
    assert root is not None
    for k, named in entries.items():  # the entries as written, whatever an earlier example did
        (root / k).mkdir(parents=True, exist_ok=True)
        for name, good in named.items():
            (root / k / name).write_bytes(good)
    name, good = sorted(entries[kind].items())[0]
    data = bytearray(good)
    for at, junk in edits:
        pos = int(at * len(data))
        data[pos : pos + len(junk)] = junk
    if cut is not None:
        del data[int(cut * len(data)) :]
    (root / kind / name).write_bytes(bytes(data))
    loaded = load_briefing([folder])
    assert len(loaded.warnings) <= 1
    assert [s.id for s in loaded.briefing.sources] == ids

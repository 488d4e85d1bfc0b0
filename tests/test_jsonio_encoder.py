"""``derive --format json`` is written by msgspec, and stays the standard library's text byte for byte."""

from __future__ import annotations

import json
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.derive import derive
from briefing.formats.jsonio import dumps, encode, loads, to_dict
from briefing.ingest.sources import load_sources
from briefing.model import Party, Person
from briefing.sanitize import json_safe, json_safe_utf8


def _reference(b) -> str:  # type: ignore[no-untyped-def]
    return json.dumps(to_dict(b), ensure_ascii=False, indent=2)


def test_seeds_json_is_the_standard_librarys(seed_paths) -> None:
    b = derive(load_sources(seed_paths)[0])
    text = dumps(b)
    assert text == _reference(b)
    assert loads(text) == loads(_reference(b))


@settings(max_examples=150, deadline=None)
@given(st.text(), st.lists(st.text(max_size=8), max_size=3))
def test_any_text_is_written_as_the_standard_library_writes_it(name: str, aliases: list[str]) -> None:
    """Controls, quotes, backslashes, non-ASCII, U+2028 and lone surrogates (the fallback) alike."""
    b = replace(
        derive([]),
        title=name,
        parties=[Party(name, aliases, "party")],
        people=[Person("p", name, [name, *aliases], aliases, None, [], "official")],
    )
    assert dumps(b) == _reference(b)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"])))
def test_the_bytes_are_the_texts_and_sanitised_the_same(name: str) -> None:
    """``derive --format json`` writes ``encode``'s bytes through ``json_safe_utf8``: the same as the text path."""
    b = replace(derive([]), title=name, parties=[Party(name, [name], "party")])
    assert encode(b) == dumps(b).encode()
    assert json_safe_utf8(encode(b)) == json_safe(dumps(b)).encode()


def test_risky_characters_are_escaped_in_the_bytes_too() -> None:
    risky = "a\x85b\u202ec\u2066d\u2028e\u061cf\x7f"
    out = json_safe_utf8(json.dumps(risky, ensure_ascii=False).encode())
    assert out == b'"a\\u0085b\\u202ec\\u2066d\\u2028e\\u061cf\\u007f"'
    assert json.loads(out) == risky

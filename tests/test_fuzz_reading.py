"""Property tests of decoding: any bytes give text or one InputError, and text survives its encodings."""

from __future__ import annotations

import codecs

from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.errors import InputError
from briefing.ingest.reading import decode

FUZZ = settings(max_examples=200, deadline=None)

#: Text an article may hold: any printable character plus newlines of every convention.
ARTICLE_TEXT = st.lists(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\u2028\u2029\x85")
    | st.sampled_from(["\n", "\r\n", "\r", "\t"]),
    max_size=300,
).map("".join)


@FUZZ
@given(st.binary(max_size=2000))
def test_any_bytes_give_text_or_one_input_error(data: bytes) -> None:
    try:
        decoded = decode(data, "x.txt")
    except InputError as err:
        assert "\n" not in str(err) and str(err)
        return
    assert "\r" not in decoded.text
    assert decoded.encoding


@FUZZ
@given(ARTICLE_TEXT)
def test_utf8_text_round_trips_with_newlines_normalised(text: str) -> None:
    expected = text.replace("\r\n", "\n").replace("\r", "\n")
    for data in (text.encode("utf-8"), codecs.BOM_UTF8 + text.encode("utf-8"), text.encode("utf-16")):
        try:
            decoded = decode(data)
        except InputError:
            assert data.startswith(b"\xff\xfe") or "\x00" in text  # UTF-16 of mostly-control text may read as binary
            continue
        if data[:2] == b"\xff\xfe" or data[:3] == codecs.BOM_UTF8 or decoded.encoding == "utf-8":
            assert decoded.text == expected


@FUZZ
@given(ARTICLE_TEXT, st.binary(min_size=1, max_size=3).filter(lambda b: not _valid_utf8(b)))
def test_a_stray_bad_byte_does_not_garble_valid_utf8(text: str, junk: bytes) -> None:
    body = "Talks in Zürich, Genève and Kraków resumed. " + text
    try:
        decoded = decode(body.encode("utf-8") + junk)
    except InputError:
        return  # a control-heavy draw may read as binary: that is a clean refusal
    assert decoded.text.startswith("Talks in Zürich, Genève and Kraków resumed.")


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True

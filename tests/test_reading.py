"""Decoding: encodings, BOMs, newlines, binary detection."""

from __future__ import annotations

import codecs

import pytest

from briefing.errors import InputError
from briefing.ingest.reading import decode

TEXT = "Talks in Zürich — “calm”, said the envoy.\nNext line."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("utf-32"), "utf-32"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_encodings(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding


def test_newlines_normalised() -> None:
    assert decode(b"a\r\nb\rc\n").text == "a\nb\nc\n"


def test_invalid_utf8_falls_back_without_error() -> None:
    decoded = decode(b"Caf\xe9 talks \xff\xfe ended.")
    assert decoded.text.startswith("Café talks")


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n...", b"\x89PNG\r\n\x1a\n\x00\x00", b"\x00\x01\x02\x03" * 100],
    ids=["pdf", "png", "control-bytes"],
)
def test_binary_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="binary"):
        decode(data, "file.bin")

"""Finding article files and decoding them into text.

Input files are only ever read. Every failure a user can cause (a missing
path, a binary or unreadable file, an empty folder) raises
:class:`InputError` with a one-line message that the CLI prints as is.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from briefing.errors import FileError, InputError, NoArticles, os_reason

#: File name endings read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
#: A curated briefing lives beside its articles under this name; it is not an article.
BRIEFING_FILE = "briefing.md"
#: ``-`` where a path is taken: standard input (one article, or the briefing ``check`` reads).
STDIN = Path("-")

_MAGIC = {
    b"%PDF": "PDF",
    b"\x89PNG": "PNG image",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"PK\x03\x04": "ZIP archive",
    b"\x7fELF": "executable",
    b"\x1f\x8b": "gzip archive",
    b"RIFF": "RIFF media",
    b"ID3": "MP3 audio",
    b"\xd0\xcf\x11\xe0": "Office document",
}


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file found in a folder but not read, and why (shown as a notice)."""

    path: Path
    reason: str


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Skipped]]:
    """Expand command-line paths into article files, in a stable order.

    Folders are walked without following symlinked folders (no loops);
    files named explicitly are always read, whatever their suffix.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            files.append(STDIN)
            continue
        if not path.exists() and not path.is_symlink():
            raise InputError(f"no such file or folder: {raw}")
        if path.is_dir():
            _check_listable(path)
            found, skip = _walk(path)
            if not found and not skip:
                raise NoArticles(f"no articles ({', '.join(ARTICLE_SUFFIXES)}) in folder: {raw}")
            files.extend(found)
            skipped.extend(skip)
        elif path.is_file():
            files.append(path)
        else:
            raise InputError(f"not a regular file or folder: {raw}")
    unique = list(dict.fromkeys(files))
    if not unique:
        raise NoArticles("no article files to read")
    return unique, skipped


def _check_listable(folder: Path) -> None:
    """A folder named on the command line that cannot be listed is an error, not a notice."""
    try:
        with os.scandir(folder):
            pass
    except OSError as err:
        raise InputError(f"cannot read folder {folder}: {os_reason(err)}") from None


def _walk(folder: Path) -> tuple[list[Path], list[Skipped]]:
    found: list[Path] = []
    skipped: list[Skipped] = []

    def on_error(err: OSError) -> None:
        skipped.append(Skipped(Path(err.filename or folder), f"cannot read folder: {os_reason(err)}"))

    for root, dirs, names in os.walk(folder, onerror=on_error, followlinks=False):
        links = [d for d in dirs if not d.startswith(".") and os.path.islink(os.path.join(root, d))]
        skipped.extend(Skipped(Path(root, d), "symlinked folder, not followed") for d in sorted(links))
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in links)
        for name in sorted(names):
            if name.startswith(".") or name.lower() == BRIEFING_FILE:
                continue
            path = Path(root, name)
            if name.lower().endswith(ARTICLE_SUFFIXES):
                found.append(path)
            elif path.is_file():
                skipped.append(Skipped(path, _other_kind(path)))
    return found, skipped


def _other_kind(path: Path) -> str:
    """Why a file of another type is not read: its binary kind when the first bytes tell."""
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as err:
        return f"cannot read: {os_reason(err)}"
    kind = _magic_kind(head)
    return f"binary file ({kind})" if kind else f"not an article ({path.suffix or 'no suffix'})"


def _magic_kind(data: bytes) -> str | None:
    return next((kind for magic, kind in _MAGIC.items() if data.startswith(magic)), None)


def read_bytes(path: Path, limit: int = 200 * 1024 * 1024) -> bytes:
    if path == STDIN:
        return _read_stdin(limit)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise FileError(f"not a regular file: {path}", "not a regular file")  # a FIFO would block
        size = info.st_size
        if size > limit:
            too_large = f"file too large ({size // (1024 * 1024)} MB)"
            raise FileError(f"{too_large}: {path}", too_large)
        return path.read_bytes()
    except InputError:
        raise
    except OSError as err:
        raise FileError(f"cannot read {path}: {os_reason(err)}", f"cannot read: {os_reason(err)}") from None


def _read_stdin(limit: int) -> bytes:
    """Standard input (``-`` is listed once however often it is named); over ``limit`` is an error."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise FileError("cannot read standard input", "cannot read standard input")
    data = stream.read(limit + 1)
    if len(data) > limit:
        too_large = f"standard input too large (over {limit // (1024 * 1024)} MB)"
        raise FileError(too_large, too_large)
    return data


def read_stdin() -> Decoded:
    """Standard input decoded like a file (BOMs, UTF-16, Windows-1252), named ``-``."""
    return decode(_read_stdin(200 * 1024 * 1024), "-")


def decode(data: bytes, name: str = "input") -> Decoded:
    """Decode bytes to text with newlines normalised to ``\\n``.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, UTF-16 without one
    when the zero bytes give it away, then Windows-1252 as the legacy
    fallback. Binary content raises :class:`InputError`.
    """
    kind = _magic_kind(data)
    if kind:
        raise FileError(f"binary file ({kind}), not an article: {name}", f"binary file ({kind})")
    text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding)


def _decode(data: bytes, name: str) -> tuple[str, str]:
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    )
    for bom, encoding in boms:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise FileError(f"invalid {encoding} text: {name}", f"invalid {encoding} text") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if text and not _mostly_controls(text[:4096]):
            return text, utf16
    if b"\x00" in data[:8192]:
        raise FileError(f"binary file, not an article: {name}", "binary file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_binary(data):
        raise FileError(f"binary file, not an article: {name}", "binary file")
    mostly = _mostly_utf8(data)
    if mostly is not None:
        return mostly, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few bad bytes (a truncated download, a bad paste), decoded with U+FFFD for them.

    Reading it as Windows-1252 instead would garble every accented letter
    and every Arabic or Cyrillic word; a legacy file, whose accents are all
    invalid UTF-8, has more bad bytes than good multibyte characters.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode())  # replacements, not U+FFFD already there
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if good and good >= bad else None


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > 0.05 * max(1, len(sample))


def _mostly_controls(text: str) -> bool:
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\n\f\r\x1b")
    return controls > 0.05 * max(1, len(text))


def read_text(path: Path) -> Decoded:
    """Read and decode one article file."""
    return decode(read_bytes(path), str(path))

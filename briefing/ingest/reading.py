"""Finding article files and decoding them into text.

Input files are only ever read. Every failure a user can cause (a missing
path, a binary or unreadable file, an empty folder) raises
:class:`InputError` with a one-line message that the CLI prints as is.

Reading any file is bounded in size and time, so no input can stall the
reader or fill memory: a file is opened without blocking (a FIFO put in a
folder would otherwise hang), must be a regular file, and is read up to
:data:`MAX_FILE_BYTES`; its decoded text may hold :data:`MAX_TEXT_CHARS`
characters, and a large one must read as prose (:func:`check_text`), since
memory goes with the number of lines and sentences, not bytes; and in the
main thread of a process (the CLI, the reader's loading process, the
parsing workers) reading one file is interrupted after
:data:`PARSE_SECONDS` (:func:`time_limit`). A file over a limit is an
error when named on its own and skipped with one notice in a folder.
"""

from __future__ import annotations

import codecs
import os
import re
import signal
import stat
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from briefing import patterns
from briefing.errors import FileError, InputError, NoArticles, os_reason

#: File name endings read as articles when a folder is given.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".text", ".html", ".htm")
#: A curated briefing lives beside its articles under this name; it is not an article.
BRIEFING_FILE = "briefing.md"
#: ``-`` where a path is taken: standard input (one article, or the briefing ``check`` reads).
STDIN = Path("-")
#: Largest file read (bytes): a saved web page with its scripts is a few MB, a text article tens of KB.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: Most characters an article's text may hold once decoded (and extracted from HTML): a long book.
MAX_TEXT_CHARS = 1_000_000
#: Longest the reading of one file may take, decoding, cleaning and segmenting included (seconds of CPU).
PARSE_SECONDS = 5.0
#: Text at least this long must read as prose: lines and sentences of :data:`MIN_UNIT_CHARS` on average.
PROSE_FROM_CHARS = 64 * 1024
#: Each line or sentence costs ~800 bytes once segmented: under ~40 characters apiece, memory passes 20x the file.
MIN_UNIT_CHARS = 40
_UNIT_END = patterns.compile(r"\n|[.!?](?=\s)")

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


def curated_path(paths: Iterable[str | os.PathLike[str]]) -> Path | None:
    """The curated briefing ``paths`` open: the ``briefing.md`` of a folder given alone."""
    paths = list(paths)
    if len(paths) != 1 or not Path(paths[0]).is_dir():
        return None
    candidate = Path(paths[0]) / BRIEFING_FILE
    return candidate if candidate.is_file() else None


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


def read_regular(
    path: Path,
    limit: int,
    *,
    follow_links: bool = True,
    check: Callable[[os.stat_result], None] | None = None,
) -> bytes:
    """The bytes of a regular file, at most ``limit`` of them, without ever blocking.

    The file is opened non-blocking (a FIFO opens at once and is refused by
    its type), must be a regular file (not ``/dev/zero``), and is read up to
    one byte past ``limit`` (a file that grew, or a ``/proc`` file that says
    it is empty, is still caught). ``check`` sees its ``fstat`` first.
    Raises :class:`FileError` for what the file is, ``OSError`` when it
    cannot be opened or read.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        if not follow_links and os.path.islink(path):
            raise FileError(f"a symlink: {path}", "a symlink") from None
        raise
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise FileError(f"not a regular file: {path}", "not a regular file")
        if info.st_size > limit:
            raise _too_large(path, limit)
        if check is not None:
            check(info)
        # one read of the size the status gives (and a byte more, to see growth): a single chunk is joined
        # without a copy, which for a cache entry of megabytes was a tenth of a cached search
        chunks, left, ask = [], limit + 1, max(info.st_size + 1, 1 << 16)
        while left > 0 and (chunk := os.read(fd, min(left, ask))):
            chunks.append(chunk)
            left -= len(chunk)
            ask = 1 << 20
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:
        raise _too_large(path, limit)
    return data


def _too_large(path: Path, limit: int) -> FileError:
    size = f"{limit // (1024 * 1024)} MB" if limit >= 1 << 20 else f"{limit // 1024} KB"
    reason = f"file too large (over {size})"
    return FileError(f"{reason}: {path}", reason)


#: What says a file is the one read before: device, inode, size, and modification and change times (ns).
Identity = tuple[int, int, int, int, int]


def identity(info: os.stat_result) -> Identity:
    """A file's identity from its status: any write, rename over it or ``chmod`` changes it (the change time)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def read_bytes(
    path: Path, limit: int = MAX_FILE_BYTES, on_stat: Callable[[os.stat_result], None] | None = None
) -> bytes:
    """A file's bytes (see :func:`read_regular`), or standard input's for ``-``; failures are :class:`FileError`.

    ``on_stat`` sees the status of the file as opened, before it is read.
    """
    if path == STDIN:
        return _read_stdin(limit)
    try:
        return read_regular(path, limit, check=on_stat)
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
    return decode(_read_stdin(MAX_FILE_BYTES), "-")


def check_text(text: str, name: str) -> None:
    """Refuse text whose parsing would cost far more than its size: too long, or not prose.

    Memory after segmentation grows with the count of lines and sentences
    (~800 bytes each), so a megabyte of one-letter lines would take a
    hundred times its size; no article reads like that.
    """
    check_length(text, name)
    if len(text) >= PROSE_FROM_CHARS:
        units = sum(1 for _ in _UNIT_END.finditer(text)) + 1
        if len(text) / units < MIN_UNIT_CHARS:
            reason = f"not an article ({units:,} lines or sentences of {len(text) // units} characters on average)"
            raise FileError(f"{reason}: {name}", reason)


def check_length(text: str, name: str) -> None:
    """Refuse text over :data:`MAX_TEXT_CHARS` (a page's visible text too: its HTML may be 8 MB)."""
    if len(text) > MAX_TEXT_CHARS:
        reason = f"text too long ({len(text):,} characters; at most {MAX_TEXT_CHARS:,})"
        raise FileError(f"{reason}: {name}", reason)


def check_sentences(chars: int, count: int, name: str) -> None:
    """Refuse text that splits into far more sentences than prose: memory goes with their count.

    :func:`check_text` counts stops before spaces; runs of "?!" with no
    space between split too (300 KB of mixed punctuation made 19,309
    sentences, 65x its size in memory once derived), so the count that
    segmentation finds is checked as well, before any sentence is built.
    """
    if chars >= PROSE_FROM_CHARS and count and chars / count < MIN_UNIT_CHARS:
        reason = f"not an article ({count:,} sentences of {chars // count} characters on average)"
        raise FileError(f"{reason}: {name}", reason)


class _Expired(Exception):
    """Raised by the alarm inside a parse that ran over its time."""


#: The alarm's exception, for code that catches an extractor's failures and must let this one through.
TimeExpired = _Expired


@contextmanager
def time_limit(name: str, seconds: float | None = None) -> Iterator[None]:
    """Stop reading one file after ``seconds`` (:data:`PARSE_SECONDS`) of CPU: a :class:`FileError` for it alone.

    CPU time (``ITIMER_PROF``: this process's user and system time), not the
    clock: on a machine busy with other work a file that reads in one second
    may take five on the clock, and whether it is skipped must not depend on
    what else runs (same inputs, same output). Waiting cannot take time here:
    files are opened non-blocking and read with a size bound. Uses a signal,
    so only in a process's main thread (elsewhere the size limits above
    bound the time); a timer already running is put back.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return
    seconds = PARSE_SECONDS if seconds is None else seconds

    def expired(signum: int, frame: object) -> None:
        raise _Expired

    previous = signal.signal(signal.SIGPROF, expired)
    earlier = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    except _Expired:
        reason = f"took longer than {seconds:g} s to read"
        raise FileError(f"{reason}: {name}", reason) from None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if earlier[0] > 0:
            signal.setitimer(signal.ITIMER_PROF, *earlier)


def decode(data: bytes, name: str = "input", html: bool = False) -> Decoded:
    """Decode bytes to text with newlines normalised to ``\\n``.

    UTF-8 (with or without BOM), UTF-16/32 with a BOM, a saved page's
    declared charset (``<meta charset>``), UTF-16 without a BOM when the
    zero bytes give it away, then chardet's guess for a legacy 8-bit file.
    Binary content raises :class:`InputError`.
    """
    kind = _magic_kind(data)
    if kind:
        raise FileError(f"binary file ({kind}), not an article: {name}", f"binary file ({kind})")
    declared = declared_charset(data) if html and not _has_bom(data) else None
    if declared:
        text, encoding = declared
    else:
        text, encoding = _decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(text, encoding)


_CHARSET = patterns.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)


def _has_bom(data: bytes) -> bool:
    return data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))


def declared_charset(data: bytes) -> tuple[str, str] | None:
    """The page decoded as its ``<meta charset>`` (or http-equiv) says, if it says and that fits the bytes.

    A page that declares a charset its bytes do not fit (a UTF-8 file still
    labelled ISO-8859-1 after a re-save) is decoded as UTF-8 when that fits.
    """
    m = _CHARSET.search(data[:8192])
    if not m:
        return None
    try:
        codec = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if codec.startswith("utf-16") or codec.startswith("utf-32"):
        return None  # a page that reached us as 8-bit bytes is not in a 16-bit encoding, whatever it says
    for encoding in (codec, "utf-8"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return None


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
    return _legacy(data)


def _legacy(data: bytes) -> tuple[str, str]:
    """An 8-bit file of no declared encoding: chardet's guess (imported only now), else Windows-1252."""
    encoding = "cp1252"
    try:
        import chardet

        guess = chardet.detect(data[:65536])
        if guess.get("encoding") and (guess.get("confidence") or 0) >= 0.5:
            encoding = codecs.lookup(guess["encoding"]).name
    except (ImportError, LookupError):
        pass
    if encoding in ("ascii", "utf-8") or encoding.startswith(("utf-16", "utf-32")):
        encoding = "cp1252"  # not UTF-8 (it failed above): the commonest legacy Western encoding
    return data.decode(encoding, errors="replace"), encoding


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

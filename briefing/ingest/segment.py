"""Paragraphs and sentences with exact offsets and stable ids.

sentencex does the sentence splitting (fast, offset-exact, good on news
text); a re-merge pass fixes what it gets wrong on titles before names
("Amb. Smith", "Gen. X") and abbreviated dates ("Dec. 8"). Ids hash the
sentence text, so they survive edits elsewhere in the file.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from sentencex import get_sentence_boundaries

from briefing import patterns
from briefing.ids import unique_id
from briefing.ingest.reading import check_length, check_sentences
from briefing.model import Boilerplate, Paragraph, Sentence

#: Abbreviations that precede a name or a number and so never end a sentence
#: when followed by a capitalised word or a digit.
TITLE_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen maj lt col capt cpt sgt cpl adm brig cmdr cdr amb sen rep gov "
    "pres supt insp rev hon fr sr st mt messrs mme mlle gens lieut no nos vol art sec "
    "dept ft pvt".split()
)
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
#: Longer "sentences" are cut at spaces (news sentences run to a few hundred characters).
MAX_SENTENCE_CHARS = 1000
#: sentencex is fed at most this many characters at a time: on long runs of mixed punctuation or quotes it
#: is worse than quadratic (16,000 characters of ".,;:!?-'\"()[]" took 0.23 s, a 300 KB line never ended).
SPLIT_CHUNK_CHARS = 2 * MAX_SENTENCE_CHARS
#: Where a piece may end, best first: a stop after a lower-case word of four letters or more (not "Gen.",
#: "Dec."), any stop, then a space.
_SENTENCE_ENDS = (patterns.compile(r"(?<=[a-z]{4})[.!?][\"”’')\]]*\s+"), patterns.compile(r"[.!?][\"”’')\]]*\s+"))
_LAST_WORD = patterns.compile(r"(?:^|[\s(\"“‘'])([A-Za-z]{1,6})\.\s*$")
_NEXT_START = patterns.compile(r"^\s*[\"“‘'(]?([A-Z0-9])")


def sentence_id(
    source_id: str, text: str, taken: set[str], prefix: str = "", counts: dict[str, int] | None = None
) -> str:
    """A short id from the text's own content, unique within ``taken``.

    ``counts`` remembers the next free suffix per base id, so a text with
    thousands of identical sentences stays linear (the n-th repeat is
    ``base-n`` either way).
    """
    return _unique(f"{source_id}:{prefix}{_digest(text)}", taken, counts)


def _digest(text: str) -> str:
    """The hash of ``text`` with its white space runs made single spaces, lower-cased."""
    return _hash(" ".join(text.split()).lower())


def _hash(key: str) -> str:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=4).hexdigest()


def _unique(base: str, taken: set[str], counts: dict[str, int] | None) -> str:
    sid = unique_id(base, taken, counts)
    taken.add(sid)
    return sid


def split_sentences(text: str, wrapped: bool = False) -> list[tuple[int, int]]:
    """Sentence spans (start, end) over ``text``, whitespace trimmed, in order.

    Lines are split one by one unless ``wrapped`` says the newlines are a
    hard wrap inside one paragraph.
    """
    spans: list[tuple[int, int]] = []
    lines = [(0, len(text))] if wrapped else _line_spans(text)
    for line_start, line_end in lines:
        line = text[line_start:line_end]
        for start, end in _merge_abbreviations(line, _boundaries(line)):
            trimmed = _trim(line, start, end)
            if not trimmed:
                continue
            a, b = trimmed
            if b - a <= MAX_SENTENCE_CHARS:  # most sentences: nothing to cut
                spans.append((line_start + a, line_start + b))
            else:
                spans.extend((line_start + a, line_start + b) for a, b in _bounded(line, a, b))
    return spans


def _boundaries(line: str, chunk: int = SPLIT_CHUNK_CHARS) -> list[tuple[int, int]]:
    """sentencex's sentence spans over ``line``, fed in pieces of at most ``chunk`` characters.

    A piece ends after the last sentence end (a stop and a space) in its
    second half, else at a line end or a space, else where the limit falls; real
    paragraphs are split where sentencex would split them anyway, and the
    abbreviation merge runs over the whole line afterwards.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(line):
        end = len(line) if len(line) - start <= chunk else _chunk_end(line, start, start + chunk)
        spans += [(start + b["start_index"], start + b["end_index"]) for b in _sentencex(line[start:end])]
        start = end
    return spans


#: A wide space (no-break, thin, ideographic ...) right before a stop: sentencex's Rust code panics on one
#: after an initial ("X\u00a0.MD"), slicing the initial's bytes as if the space were one byte.
_WIDE_SPACE_STOP = patterns.compile(r"[\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000](?=\.)")


def _sentencex(piece: str) -> list[dict[str, int]]:
    """sentencex's boundaries, never its panic: a wide space before a stop is read as a plain one.

    A panic arrives as a ``BaseException`` no handler of ours expects, so one
    such article ended the whole run with a traceback. One character for one
    keeps every offset. Any other panic makes the piece one sentence.
    """
    if not piece.isascii() and _WIDE_SPACE_STOP.search(piece):
        piece = _WIDE_SPACE_STOP.sub(" ", piece)
    try:
        return get_sentence_boundaries("en", piece)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # pyo3's PanicException
        return [{"start_index": 0, "end_index": len(piece)}]


def _chunk_end(line: str, start: int, limit: int) -> int:
    """Where a piece of ``line`` fed to sentencex ends: after a sentence end, a line end or a space, in that order."""
    low = (start + limit) // 2
    for pattern in _SENTENCE_ENDS:
        ends = [m.end() for m in pattern.finditer(line, low, limit)]
        if ends:
            return ends[-1]
    for gap in ("\n", " ", "\t"):
        cut = line.rfind(gap, low, limit)
        if cut > start:
            return cut + 1
    return limit


def _bounded(line: str, start: int, end: int, limit: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """A runaway "sentence" (no full stop for pages) cut at line ends or spaces into pieces of at most ``limit``.

    Every later stage looks around each name within its sentence; unbounded
    sentences made that quadratic, and a megabyte line hung derivation.
    """
    while end - start > limit:
        low, high = start + limit // 2, start + limit
        cut = line.rfind("\n", low, high)  # whole lines of a wrapped paragraph first
        if cut < 0:
            cut = max(line.rfind(" ", low, high), line.rfind("\t", low, high))
        if cut <= start:
            cut = start + limit  # no space at all: a hard cut
        piece = _trim(line, start, cut)
        if piece:
            yield piece
        start = cut
        while start < end and line[start].isspace():
            start += 1
    if end > start:
        yield start, end


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    """sentencex joins across single newlines, so each line is split alone."""
    pos = 0
    for chunk in text.split("\n"):
        if chunk.strip():
            yield pos, pos + len(chunk)
        pos += len(chunk) + 1


def _merge_abbreviations(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and _continues(line[merged[-1][0] : merged[-1][1]], line[start:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


_LIST_MARK = patterns.compile(r"^\s*\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s*$")


def _continues(previous: str, following: str) -> bool:
    if _LIST_MARK.match(previous):
        return True  # "1." before its item is the item's number, not a sentence
    m = _last_word(previous)
    if not m:
        return False
    word = m.group(1).lower()
    nxt = _NEXT_START.match(following)
    if not nxt:
        return True  # a lower-case continuation never starts a sentence
    if word in TITLE_ABBREVIATIONS:
        return True
    return word in MONTH_ABBREVIATIONS and nxt.group(1).isdigit()


def _last_word(previous: str) -> re.Match[str] | None:
    """:data:`_LAST_WORD` in ``previous``, searched only over its last few characters.

    A match ends at a stop followed by nothing but white space, and holds at
    most a boundary, six letters and the stop: the search starts eight
    characters before the stop (``^`` does not match at a search's start
    position, only at the string's), so a long sentence is not scanned from
    its first character.
    """
    end = len(previous.rstrip())
    if not end or previous[end - 1] != ".":
        return None
    return _LAST_WORD.search(previous, max(0, end - 8))


def _trim(line: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def content_blocks(text: str, boilerplate: list[Boilerplate]) -> list[tuple[int, int]]:
    """Paragraph spans: text between blank lines and boilerplate.

    A block whose lines each read as a paragraph (long, or ending a
    sentence) is split per line; a hard-wrapped block stays whole.
    """
    blocks: list[tuple[int, int]] = []
    for start, end in _runs(text, _masked(text, boilerplate) + _blank_lines(text)):
        blocks.extend(_split_block(text, start, end))
    return blocks


def _masked(text: str, boilerplate: list[Boilerplate]) -> list[tuple[int, int]]:
    """The maximal runs of text covered by boilerplate: the spans merged where they overlap or touch.

    Spans outside the text (never made by cleaning) are laid over a mask
    of the text, which treats them as slice assignment does.
    """
    size = len(text)
    if not all(0 <= b.start <= size and 0 <= b.end <= size for b in boilerplate):
        return [(m.start(), m.end()) for m in _MASKED.finditer(_boilerplate_mask(text, boilerplate))]
    spans = sorted((b.start, b.end) for b in boilerplate if b.end > b.start)
    runs: list[tuple[int, int]] = []
    for start, end in spans:
        if runs and start <= runs[-1][1]:
            if end > runs[-1][1]:
                runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return runs


def _boilerplate_mask(text: str, boilerplate: list[Boilerplate]) -> bytearray:
    mask = bytearray(len(text))
    for b in boilerplate:
        mask[b.start : b.end] = b"\x01" * (b.end - b.start)
    return mask


_MASKED = patterns.compile(rb"\x01+")
#: A blank line after a line end, and a blank first line: with the newline first, the scan looks for
#: newlines only (as quick as a string search), where ``(?m)^\s*$`` tried a match at every character.
_BLANK_LINE = patterns.compile(r"\n([^\S\n]*)(?=\n|\Z)")
_BLANK_FIRST_LINE = patterns.compile(r"[^\S\n]*(?=\n|\Z)")
_NON_SPACE = patterns.compile(r"\S")


def _blank_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines that are empty or only white space, in order."""
    first = _BLANK_FIRST_LINE.match(text)
    blank = [(0, first.end())] if first else []
    blank += [m.span(1) for m in _BLANK_LINE.finditer(text)]
    return blank


def _runs(text: str, breaks: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Maximal spans free of ``breaks`` (boilerplate and blank lines).

    Each run starts at its first non-space character and ends where the
    next boilerplate span or blank line begins. Regex scans rather than a
    per-character loop keep a 50 MB article quick.
    """
    breaks.sort()
    breaks.append((len(text), len(text)))
    pos = 0
    for start, end in breaks:
        if start > pos:
            first = _NON_SPACE.search(text, pos, start)
            if first:
                yield first.start(), start
        pos = max(pos, end)


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    block = text[start:end]
    lines = [ln for ln in block.split("\n") if ln.strip()]
    wrapped = (
        len(lines) > 1
        and sum(1 for ln in lines if len(ln) < 100 and ln.rstrip()[-1] not in '.!?:"”’') > len(lines) // 2
    )
    if wrapped:
        return [_strip_span(text, start, end)]
    spans: list[tuple[int, int]] = []
    pos = start
    for chunk in block.split("\n"):
        if chunk.strip():
            span = _strip_span(text, pos, pos + len(chunk))
            if spans and text[spans[-1][1] - 1] == "," and not _BULLET_START.match(chunk):
                span = (spans.pop()[0], span[1])  # "... and the Lower Valley,\nthe Upper Valley and ...": one
            spans.append(span)
        pos += len(chunk) + 1
    return spans


#: A line that opens a list item: it starts its own paragraph even after a line ending in a comma.
_BULLET_START = patterns.compile(r"^\s*(?:[-–—•·*→▪►●]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])\s")


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _title_apart(text: str, blocks: list[tuple[int, int]], title: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The headline as a block of its own, even when no blank line follows it.

    Without this a hard-wrapped article whose first line is the headline
    would become one "title" sentence as long as the whole block.
    """
    if title is None:
        return blocks
    out: list[tuple[int, int]] = []
    for start, end in blocks:
        if start == title[0] and end > title[1]:
            out.append(title)
            rest = _strip_span(text, title[1], end)
            if rest[1] > rest[0]:
                out.append(rest)
        else:
            out.append((start, end))
    return out


def segment(
    source_id: str,
    text: str,
    boilerplate: list[Boilerplate],
    title: tuple[int, int] | None = None,
    name: str | None = None,
) -> tuple[list[Paragraph], list[Sentence]]:
    """Split the non-boilerplate text of a source into paragraphs and sentences.

    Reading a file names it (``name``): then text that is not prose is
    refused (:class:`FileError`) before any sentence is built — too long,
    or too many sentences for its size (a page's menus and link lists are
    boilerplate, not sentences, so a saved page passes where its short
    lines would fail :func:`~briefing.ingest.reading.check_text`).
    """
    if name is not None:
        check_length(text, name)
    blocks = []
    for p_start, p_end in _title_apart(text, content_blocks(text, boilerplate), title):
        is_title = title is not None and p_start == title[0]
        if is_title:
            spans = [(p_start, p_end)]
        else:
            block = text[p_start:p_end]
            spans = [(p_start + a, p_start + b) for a, b in split_sentences(block, wrapped="\n" in block)]
        if spans:
            blocks.append((p_start, p_end, is_title, spans))
    if name is not None:
        check_sentences(len(text), sum(len(spans) for *_, spans in blocks), name)
    return _build(source_id, text, blocks)


def _build(
    source_id: str, text: str, blocks: list[tuple[int, int, bool, list[tuple[int, int]]]]
) -> tuple[list[Paragraph], list[Sentence]]:
    """The paragraphs and sentences, with the ids :func:`sentence_id` would give them, in order.

    A paragraph's white-space-normalised text is usually its sentences'
    joined by spaces, so it is built from theirs instead of splitting the
    paragraph's text again (see :func:`_spaced`).
    """
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    taken: set[str] = set()
    counts: dict[str, int] = {}
    head = f"{source_id}:"
    for p_start, p_end, is_title, spans in blocks:
        first = len(sentences)
        kind = "title" if is_title else "body"
        paragraph = len(paragraphs)
        norms: list[str] = []
        digest = ""
        for s_start, s_end in spans:
            body = text[s_start:s_end]
            norm = " ".join(body.split())
            norms.append(norm)
            digest = _hash(norm.lower())
            sid = _take(head + digest, taken, counts)
            # Sentence(id, source_id, index, paragraph, start, end, text, kind), by position: quicker
            sentences.append(Sentence(sid, source_id, len(sentences), paragraph, s_start, s_end, body, kind))
        if not (len(spans) == 1 and spans[0] == (p_start, p_end)):  # else the paragraph is its one sentence
            if all(norms) and _spaced(text, p_start, p_end, spans):
                digest = _hash(" ".join(norms).lower())
            else:
                digest = _digest(text[p_start:p_end])
        pid = _take(f"{head}p{digest}", taken, counts)
        paragraphs.append(Paragraph(pid, paragraph, p_start, p_end, first, len(spans)))
    return paragraphs, sentences


def _take(base: str, taken: set[str], counts: dict[str, int]) -> str:
    """:func:`_unique`, with the usual case (a base not yet taken) done here.

    Leaving ``counts`` without the base then is the same as setting it to
    2, which :func:`~briefing.ids.unique_id` takes when it is missing.
    """
    if base not in taken:
        taken.add(base)
        return base
    return _unique(base, taken, counts)


def _spaced(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``text[start:end]`` is the spans in order, white space between each two and nothing else around.

    Then its words are theirs, in order, so its normalised text is theirs
    joined by single spaces.
    """
    pos = start
    for i, (a, b) in enumerate(spans):
        if a < pos or b < a or (i and a == pos):
            return False
        gap = text[pos:a]
        if gap and not gap.isspace():
            return False
        pos = b
    return pos <= end and (pos == end or text[pos:end].isspace())

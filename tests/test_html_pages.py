"""Saved web pages: the article body and its metadata, the rest kept as boilerplate, hostile markup survived.

Pages here are written for these tests (no real page is copied).
"""

from __future__ import annotations

import time

from briefing.ingest.html import visible_text
from briefing.ingest.reading import decode
from briefing.ingest.sources import parse_source, source_from_text

PARAGRAPHS = [
    "Delegations from Chile and Bolivia met in Lima on Thursday for a second day of talks on the Silala springs.",
    "The Chilean team was led by Deputy Foreign Minister Paula Reyes, who said both sides had agreed to a survey.",
    "Bolivia wants the survey finished before the rainy season, its negotiator told reporters after the session.",
    "A third round is due in La Paz in November, according to a joint statement read out by the hosts.",
]

PAGE = f"""<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>Chile and Bolivia agree Silala survey | Andes Ledger</title>
<meta property="og:site_name" content="Andes Ledger">
<meta property="og:title" content="Chile and Bolivia agree Silala survey">
<meta name="author" content="Rosa Quispe">
<meta property="article:published_time" content="2024-09-12T10:30:00Z">
<link rel="canonical" href="https://www.andesledger.example.com/politics/2024/09/12/silala-survey">
<script>var tracking = {{"id": 42}}; function track() {{ return tracking; }}</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<div class="ticker">Lima 19°C | USD/PEN 3.71</div>
<article>
<h1>Chile and Bolivia agree Silala survey</h1>
<p class="byline">By Rosa Quispe</p>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
<!-- <script>function hidden() {{ return "commented-out code"; }}</script> -->
</article>
<aside><h3>Related stories</h3><ul><li><a href="/a">Copper prices climb for a third day</a></li>
<li><a href="/b">Five facts about a river dispute</a></li></ul></aside>
<footer><p>© 2024 Andes Ledger. All rights reserved.</p><p><a href="/privacy">Privacy</a></p></footer>
</body></html>
"""


def _body(src) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in src.sentences if s.kind == "body"]


def test_article_body_and_metadata_from_the_extractor() -> None:
    src = parse_source(PAGE.encode(), "p", "page.html")
    assert src.title == "Chile and Bolivia agree Silala survey"
    assert src.outlet == "Andes Ledger"
    assert src.date == "2024-09-12"
    assert src.byline == "Rosa Quispe"
    assert src.url == "https://www.andesledger.example.com/politics/2024/09/12/silala-survey"
    body = " ".join(_body(src))
    for paragraph in PARAGRAPHS:
        assert paragraph in body
    for furniture in ("Copper prices", "Privacy", "Politics", "USD/PEN", "tracking", "commented-out"):
        assert furniture not in body


def test_what_the_extractor_drops_is_kept_as_boilerplate_with_exact_offsets() -> None:
    src = parse_source(PAGE.encode(), "p", "page.html")
    shown = [b.text for b in src.boilerplate]
    assert "Copper prices climb for a third day" in shown  # the reader can still show it, dimmed
    assert "© 2024 Andes Ledger. All rights reserved." in shown
    for b in src.boilerplate:
        assert src.text[b.start : b.end] == b.text
    for s in src.sentences:
        assert src.text[s.start : s.end] == s.text
        assert not any(b.start < s.end and s.start < b.end for b in src.boilerplate)


def test_declared_charset_is_honoured() -> None:
    text = "Делегации Украины и Турции встретились в Варне во вторник и договорились о горячей линии."
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head>'
    page += f"<body><article><h1>Переговоры в Варне</h1><p>{text}</p><p>{text}</p></article></body></html>"
    decoded = decode(page.encode("cp1251"), "p.html", html=True)
    assert decoded.encoding == "cp1251"
    src = parse_source(page.encode("cp1251"), "p", "p.html")
    assert text in " ".join(s.text for s in src.sentences)


def test_legacy_8bit_text_without_bom_is_guessed_not_forced_to_cp1252() -> None:
    text = (
        "Делегации Украины и Турции встретились в Варне во вторник. Стороны договорились о горячей линии "
        "между береговыми охранами и о совместной комиссии по рыболовству, но не смогли договориться о зоне.\n"
    ) * 3
    decoded = decode(text.encode("cp1251"), "legacy.txt")
    assert decoded.text == text


def test_inline_tags_never_glue_words_whichever_extractor_reads_the_page() -> None:
    html = "<p>Lindner <b>fordert</b> mehr Geld, sagte er.</p><p>Er<i>klärt</i> es.</p>"
    html += "<div>Scholz</div><div>lehnt ab</div>"
    assert visible_text(html) == "Lindner fordert mehr Geld, sagte er.\n\nErklärt es.\n\nScholz\n\nlehnt ab\n"
    paragraph = "Finanzminister Lindner <b>fordert</b> mehr Geld für die Bundeswehr, sagte er am Montag in Berlin."
    page = f"<html><body><article><h1>Haushalt</h1>{f'<p>{paragraph}</p>' * 4}</article></body></html>"
    src = source_from_text(page, "d", "d.html")  # the extractor's path
    assert any("Lindner fordert mehr Geld" in s for s in _body(src))
    assert not any("Lindnerfordert" in s for s in _body(src))
    short = source_from_text("<p>Lindner <b>fordert</b> mehr.</p>", "s", "s.html")  # too little for the extractor
    assert any("Lindner fordert mehr." in s.text for s in short.sentences)


def test_commented_out_script_never_becomes_text() -> None:
    code = "function steal() { var n = 3; while (n-->0) { send(document.cookie); } return null; }\n" * 40
    lead = "<html><body><p>The envoys met in Geneva on Monday.</p>"
    for page in (
        f"{lead}<!-- <script>{code}</script></body></html>",  # never closed
        f"{lead}<!-- <script>{code}</script> --></body></html>",  # closed early by the "-->" inside the code
        f"{lead}<!--[if lt IE 9]><script>{code}</script><![endif]--></body></html>",
    ):
        src = source_from_text(page, "c", "c.html")
        assert [s.text for s in src.sentences] == ["The envoys met in Geneva on Monday."]


def test_marked_section_does_not_raise_or_abort() -> None:
    for page in ("<html><body><![ x <p>The envoys met in Geneva on Monday.</p></body></html>", "<![ x", "<![CDATA[x"):
        src = source_from_text(page, "m", "m.html")
        assert src.text is not None
    src = source_from_text("<p>The envoys met in Geneva on Monday.</p><![ x", "m", "m.html")
    assert [s.text for s in src.sentences] == ["The envoys met in Geneva on Monday."]


def test_hundreds_of_kilobytes_of_links_read_in_linear_time() -> None:
    """200 KB of ``<a`` took the standard-library parser 74 s; a generous bound guards the regression."""
    lead = "<p>The envoys met in Geneva on Monday and agreed to meet again.</p>"
    for page in (lead + "<a" * 100_000, lead + '<a href="x">' * 17_000):
        started = time.perf_counter()
        src = source_from_text(page, "l", "l.html")
        assert time.perf_counter() - started < 10
        assert [s.text for s in src.sentences] == ["The envoys met in Geneva on Monday and agreed to meet again."]


def test_a_page_with_no_article_falls_back_to_its_visible_text() -> None:
    src = source_from_text("<html><body><div>Talks resume in Oslo</div></body></html>", "f", "f.html")
    assert [s.text for s in src.sentences] == ["Talks resume in Oslo"]

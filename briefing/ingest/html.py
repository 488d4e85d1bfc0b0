"""Plain text from an HTML article, with the standard library only.

Block elements become paragraphs; scripts, styles and navigation go.
Cleaning then handles what remains as it does for pasted text.
"""

from __future__ import annotations

from html.parser import HTMLParser

_BLOCK = {
    *("p", "div", "li", "br", "tr", "blockquote", "figcaption", "title", "section", "article"),
    *("h1", "h2", "h3", "h4", "h5", "h6"),
}
_SKIP = {"script", "style", "nav", "footer", "header", "aside", "noscript", "form", "svg", "button"}


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str) -> str:
    parser = _Extractor()
    parser.feed(html)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip() + "\n"

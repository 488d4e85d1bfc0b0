"""Reading markdown-it's token stream: where a block ends, its plain text, what a token is called in errors.

Used by :mod:`briefing.formats.markdown_read`, which walks the tokens of a
briefing file; kept apart so the reader holds only what the sections mean.
"""

from __future__ import annotations

from markdown_it.token import Token


def close_of(tokens: list[Token], i: int) -> int:
    """Index of the token closing ``tokens[i]`` (the next ``_close`` at the same level)."""
    closing = tokens[i].type.replace("_open", "_close")
    for j in range(i + 1, len(tokens)):
        if tokens[j].type == closing and tokens[j].level == tokens[i].level:
            return j
    return len(tokens)


def plain(inline: Token) -> str:
    """An inline token's text on one line (headings)."""
    return " ".join(plain_children(inline.children or []).split())


def plain_children(children: list[Token]) -> str:
    """The text of inline tokens, markup dropped and citations kept as written."""
    parts = []
    for tok in children:
        if tok.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif tok.type == "image":
            parts.append(plain_children(tok.children or []))
        elif tok.type in ("text", "text_special", "code_inline", "html_inline", "citation"):
            parts.append(tok.content)
    return "".join(parts)


def describe(tok: Token) -> str:
    """A token as an error message names it ("a code block inside a bullet")."""
    kinds = {
        "paragraph_open": "text",
        "fence": "a code block",
        "code_block": "a code block",
        "blockquote_open": "a quote block",
        "heading_open": "a heading",
        "bullet_list_open": "a nested list",
        "ordered_list_open": "a nested list",
        "html_block": "an HTML block",
        "hr": "a rule",
    }
    return kinds.get(tok.type, tok.type.removesuffix("_open").replace("_", " "))

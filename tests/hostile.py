"""A folder an attacker wrote: markup, every class of terminal escape, bidi controls, very long words.

Shared by the reader's pilot and tmux tests and the CLI's: each checks that
what it shows holds none of it live. The payloads carry markers
(``PWNED-…``) so a test can tell a leaked sequence from the app's own.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

ESC, BEL, ST = "\x1b", "\x07", "\x1b\\"
#: Base64 of what an OSC 52 payload would put on the clipboard.
CLIP = base64.b64encode(b"PWNED-CLIPBOARD").decode()
ESCAPES = {
    "osc0-title": f"{ESC}]0;PWNED-TITLE{BEL}",
    "osc2-title": f"{ESC}]2;PWNED-TITLE2{ST}",
    "osc52-clipboard": f"{ESC}]52;c;{CLIP}{BEL}",
    "osc8-link": f"{ESC}]8;;https://pwned.example/{ST}link{ESC}]8;;{ST}",
    "csi-clear": f"{ESC}[2J{ESC}[H",
    "csi-cursor": f"{ESC}[10;10H{ESC}[5A",
    "ris-reset": f"{ESC}c",
    "dcs": f"{ESC}P+q544e{ST}",
    "apc": f"{ESC}_PWNED-APC{ST}",
    "c1-csi": "\x9b2J",
    "c1-osc": "\x9d0;PWNED-C1\x9c",
    "bel-bs-vt-ff": "\x07\x08\x0b\x0c",  # CR is a newline once read
}
BIDI = "\u202eesrever\u202c \u2066isolate\u2069 \u200f"
MARKUP = (
    "[@click=app.screenshot('notes.txt','DIR')]READ MORE[/] [@click=app.quit]QUIT[/] [/] "
    "[link=https://pwned.example]L[/link] [b]"
)
LONG_WORD = "W" * 10_000
#: Every payload joined: what a hostile headline, outlet or claim carries.
ALL = " ".join([MARKUP, *ESCAPES.values(), BIDI])

BODY = (
    "Officials from Norway and Iceland met in Tromso on Monday for a third round of fisheries talks. "
    "The Norwegian delegation is led by Fisheries Minister Kari Vollan, who said a binding cap must come first. "
    "Iceland wants a share of the mackerel quota before any cap, said Foreign Minister Jon Einarsson.\n\n"
)


def article(headline: str) -> str:
    """An article whose headline, one paragraph and outlet line carry every payload."""
    return (
        f"{ESCAPES['osc0-title']}{headline} {ALL}\n\n"  # an escape first: the header shows it before cutting
        f"{BODY}"
        f"A hostile paragraph {ALL} with a long word {LONG_WORD} ends here.\n\n"
        f"{BODY.replace('Monday', 'Tuesday')}"
        f"For the latest news visit: Evil[/] {ESC}]0;PWNED-OUTLET{BEL} Post\n"
    )


#: An empty article whose name is hostile: the reader and the CLI name it in a "skipped" notice.
SKIPPED_NAME = f"empty[@click=app.quit]{ESC}]0;PWNED-SKIPPED{BEL}[b].txt"
#: A config whose key id is markup and escapes (TOML escapes, so the file itself is valid): a settings warning.
CONFIG = '[keys]\n"[@click=app.quit]\\u001b]0;PWNED-KEY\\u0007[/]" = "[b]\\u009b2J"\n'
#: Words of the hostile folder's outside text: a markup parser handed any of them parsed outside text.
OUTSIDE = ("PWNED", "pwned", "READ MORE", "esrever", "isolate", "Evil", "WWWWWWWW", "Tromso", "Vollan", "mackerel")


def hostile_names() -> list[str]:
    """File names that are markup and escapes (no "/" or NUL is possible in a name)."""
    return [
        f"[@click=app.quit]quit{ESC}]0;PWNED-NAME{BEL}.txt",
        f"[b]Evil[i]{ESC}[2J\u202e.txt",
    ]


def make_folder(root: Path, undecodable_name: bool = True) -> Path:
    """The hostile folder: hostile headlines in hostile file names, and one name that is not UTF-8."""
    root.mkdir(parents=True, exist_ok=True)
    for n, name in enumerate(hostile_names()):
        (root / name).write_text(article(f"Talks {n} resume"), encoding="utf-8")
    (root / "plain.txt").write_text(article("Fisheries talks resume in Tromso"), encoding="utf-8")
    (root / SKIPPED_NAME).write_bytes(b"")
    if undecodable_name:
        with open(os.path.join(os.fsencode(root), b"\xff\xfeodd-\xe9.txt"), "w", encoding="utf-8") as fh:
            fh.write(article("Latin-1 named talks"))
    return root


def curated(root: Path) -> Path:
    """The hostile folder with a curated ``briefing.md`` whose title, claims and names are hostile too."""
    make_folder(root)
    lines = [
        f"# {ESCAPES['osc52-clipboard']}Curated {ALL}",
        "",
        "## Summary",
        "",
        f'- A claim {ALL} {LONG_WORD}. [^"a third round of fisheries talks"]',
        "",
        "## Key demands",
        "",
        f"### Norway {MARKUP}",
        "",
        f'- **Demand:** A cap {ALL}. [^"a binding cap must come first"]',
        "",
        "## People and places",
        "",
        "### People",
        "",
        f"- **Kari [@click=app.quit]Vollan[/] {ESC}]0;PWNED-PERSON{BEL}** — minister {MARKUP} · party: Norway "
        '[^"Fisheries Minister Kari Vollan"]',
        "",
        "## Discrepancies",
        "",
        f'- **{MARKUP}:** Outlets differ {ALL}. [^"a share of the mackerel quota"]',
        f'- **Unresolved:** A claim no sentence backs. [^"PWNED-UNRESOLVED {ESCAPES["c1-osc"]} {BIDI} [b]"]',
        "",
    ]
    (root / "briefing.md").write_text("\n".join(lines), encoding="utf-8")
    return root


def leaks(text: str) -> list[str]:
    """The raw control characters, bidi controls and undecodable bytes in ``text`` (what must never be shown)."""
    bidi = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    bad = set()
    for ch in text:
        code = ord(ch)
        if (code < 0x20 and ch not in "\n\t") or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF or ch in bidi:
            bad.add(f"U+{code:04X}")
    return sorted(bad)

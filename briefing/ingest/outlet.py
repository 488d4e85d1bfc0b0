"""Which outlet published a page: from its own words, else from its address.

The surest sign is a name on the page that spells the site's host name
(``SahelNewsNow24`` on ``sahelnewsnow24.example.net``, ``Lower Valley
Times`` on ``lowervalleytimes…``, ``National Times`` on ``nattimes…``: the
host may shorten each word). Then a copyright footer (``© 2025 X``), then a
promo line's ``visit: X``; failing all, a readable name made from the host.
Never the file name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from briefing import patterns

#: Second-level labels under a country code that are not the site's name (``co.uk``, ``com.mx``).
_SECOND_LEVEL = frozenset("co com net org gov gob edu ac or ne go mil nic info biz".split())
#: Reserved documentation domains (RFC 2606 / 6761): the label before them names the site.
_RESERVED = frozenset("example test invalid localhost".split())
#: Host labels that say what part of a site this is, not whose site it is.
_GENERIC_LABELS = frozenset(
    "www www1 www2 m mobile amp en edition news live wire newswire newsroom blog blogs beta static web".split()
)
_COPYRIGHT = patterns.compile(
    r"(?i)(?:©|ⓒ|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[^\n|.©]{2,60}?(?:\.(?:com|net|org|co\.uk|news))?)"
    r"\s*(?:,?\s*(?:19|20)\d\d)?\s*(?:[.|,;:]|\s[–—•]|all rights|some rights|$)"
)
_COMPANY = patterns.compile(r"(?i)[,\s]+(?:ltd|limited|inc|llc|plc|gmbh|s\.?a|corp(?:oration)?|co)\.?$")
_NAME_WORDS = patterns.compile(r"[^\W\d_][\w'’&.-]*|\d+\w*")


def host_of(url: str | None) -> str | None:
    """The host of a URL, lower case, or None for a string that is not one."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.lower().rstrip(".") if host else None


def site_label(url: str | None) -> str | None:
    """The label of the host that names the site: ``reuters`` of ``www.reuters.com``.

    Public suffixes are guessed by shape (a country code with ``co``/``com``
    before it); a generic first label (``www``, ``news``) is never the name.
    """
    host = host_of(url)
    if not host or "." not in host or re.fullmatch(r"[\d.]+|\[.*\]", host):
        return None
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-2]
    elif len(labels) >= 2:
        labels = labels[:-1]
    while labels and labels[-1] in _RESERVED:
        labels = labels[:-1]
    labels = [x for x in labels if x not in _GENERIC_LABELS]
    return labels[-1] if labels else None


#: Words outlets' names are made of, to split a host label into words (``israelledger``).
OUTLET_WORDS = frozenset(
    """times post news daily herald tribune ledger gazette journal courier chronicle mail express standard
    voice echo star sun guardian observer press wire today weekly review report record telegraph mirror world
    network media online digital live tv radio agency monitor dispatch bulletin globe nation national
    independent economist inquirer register sentinel examiner leader argus advertiser week day hour now info
    new free city local east west north south central global international business finance economy money
    trade market markets politics policy affairs insider watch feed hub buzz pulse flash wire newswire
    first latest breaking top street line point view focus eye al el la le the of""".split()
)
_ARTICLES = frozenset("the el la le les los las al il lo l die der das de het o a".split())
#: Small words a masthead's name keeps in lower case inside it once out of capitals.
_PARTICLES = frozenset(
    "of the and for du de des la le les el del della di da do dos das y e et und der die van von".split()
)
#: A French or Italian article elided onto the next word: "L'Écho", "L’Unione".
_ELIDED = patterns.compile(r"([Ll])['’](\w.*)")
_GENERIC_TAILS = ("news", "online", "live", "tv", "daily", "media", "digital", "web")


def site_name(url: str | None, vocabulary: Iterable[str] = ()) -> str | None:
    """A readable name from the host: ``kibur-addis`` → ``Kibur Addis``, ``bbc`` → ``BBC``.

    A label of run-together words is split with the article's own words and
    the words outlet names are made of (``israelledger`` → ``Israel Ledger``).
    """
    label = site_label(url)
    if not label:
        return None
    words = [w for w in re.split(r"[-_]+", label) if w]
    known = ({w.lower() for w in vocabulary if len(w) >= 3} | OUTLET_WORDS) - set(words)
    words = [piece for w in words for piece in (_split_words(w, known) or _split_tail(w, known) or [w])]
    return " ".join(w.upper() if len(w) <= 3 and w.isalpha() else w[:1].upper() + w[1:] for w in words) or None


def _split_tail(label: str, known: set[str]) -> list[str] | None:
    """An unknown head and known words after it: ``mombasatribune`` → mombasa, tribune."""
    for cut in range(3, len(label) - 2):
        tail = _split_words(label[cut:], known)
        if tail:
            return [label[:cut], *tail]
    return None


def _split_words(label: str, known: set[str]) -> list[str] | None:
    """The fewest known words (and digit runs) that make up ``label``, or None."""
    best: list[list[str] | None] = [None] * (len(label) + 1)
    best[0] = []
    for end in range(1, len(label) + 1):
        for start in range(max(0, end - 24), end):
            piece, prev = label[start:end], best[start]
            if prev is None or not (piece in known or piece.isdigit()):
                continue
            if best[end] is None or len(prev) + 1 < len(best[end] or ()):
                best[end] = [*prev, piece]
    return best[-1]


def squash(text: str) -> str:
    """Letters and digits only, transliterated and lower case: how a host spells a name."""
    from anyascii import anyascii  # imported when a host is compared, not with every article read

    return re.sub(r"[^a-z0-9]", "", anyascii(text).lower())


def spells_host(name: str, label: str, leading: bool = False) -> bool:
    """Whether the host label spells ``name``, whole or with each word shortened to a prefix.

    ``lowervalleytimes`` spells "Lower Valley Times"; ``narodholos`` spells
    "Narodnyi Holos"; ``nytimes`` spells "New York Times"; a leading
    "The" may be left out of the host, and a generic tail (``alwadi-news``).
    With ``leading`` the host may spell only the first words of the name
    (a masthead "NotiSur Express" on ``notisur``).
    """
    words = [squash(w) for w in _name_words(name)]
    words = [w for w in words if w]
    if not words:
        return False
    parts = label.split("-")
    keys = {squash(label)}
    if len(parts) > 1 and parts[-1] in _GENERIC_TAILS:
        keys.add(squash("".join(parts[:-1])))
    starts = [words[1:]] if words[0] in _ARTICLES and len(words) > 1 else []
    starts.append(words)
    for key in keys:
        if len(key) < 3:
            continue
        for ws in starts:
            heads = [ws[:n] for n in range(len(ws), 0, -1)] if leading else [ws]
            if any(_prefixes(key, h) for h in heads):
                return True
    return False


def _name_words(name: str) -> list[str]:
    """The words of a name, an elided article apart: "L'Écho du Fleuve" -> L, Écho, du, Fleuve."""
    out: list[str] = []
    for word in _NAME_WORDS.findall(name):
        elided = _ELIDED.match(word)
        out.extend(elided.groups() if elided else (word,))
    return out


def _prefixes(key: str, words: list[str]) -> bool:
    """``key`` is a run of non-empty prefixes of every word in order (the last one whole)."""
    if "".join(words) == key:
        return True
    if len(words) == 1:
        return False

    def walk(k: int, w: int) -> bool:
        if w == len(words) - 1:
            return key[k:] == words[w]
        word = words[w]
        return any(key.startswith(word[:n], k) and walk(k + n, w + 1) for n in range(len(word), 0, -1))

    return walk(0, 0)


def copyright_holder(line: str) -> str | None:
    """The holder a copyright footer names: ``© 2025 Zena News. All rights reserved.`` → Zena News."""
    m = _COPYRIGHT.search(line)
    if not m:
        return None
    name = _COMPANY.sub("", m.group("name").strip(" -–—,;:"))
    name = re.sub(r"(?i)^(?:by|the\s+copyright\s+of)\s+", "", name).strip()
    name = re.sub(r"\s+[A-Z]$", "", name)  # "S.A." cut at its first dot
    if not name or not re.search(r"[^\W\d_]", name) or len(name.split()) > 8:
        return None
    return name


_DESK_TAIL = patterns.compile(
    r"(?i)\s+(?:staff|desk|newsdesk|editorial(?: office| board| team)?|reporters?|team|bureau)$"
)


def name_on_page(segments: Iterable[str], label: str | None, leading: bool = False) -> str | None:
    """The first segment (a masthead, a footer's holder, a mention) that the host label spells."""
    if not label:
        return None
    for seg in segments:
        seg = _DESK_TAIL.sub("", seg.strip(" \t:;,.–—-|·•[]()\"“”'"))
        if seg and len(seg) <= 60 and spells_host(seg, label, leading):
            return seg
    return None


def readable(name: str) -> str:
    """An outlet's name as shown: a masthead in capitals ("THE KAMPALA GAZETTE") in title case, its
    inner particles in lower case ("L'ÉCHO DU FLEUVE" -> "L'Écho du Fleuve")."""
    if not (name.isupper() and any(len(w) >= 5 for w in name.split())):
        return name
    words = name.title().split(" ")
    return " ".join(w.lower() if i and w.lower() in _PARTICLES else w for i, w in enumerate(words))


def holder_of_host(holders: Iterable[str], label: str | None) -> str | None:
    """A copyright holder whose name contains the host's ("Secretaría de Economía" on ``economia``)."""
    key = squash(label or "")
    if len(key) < 4:
        return None
    return next((h for h in holders if key in squash(h)), None)


def capitalised_runs(text: str, longest: int = 5) -> Iterable[str]:
    """Runs of up to ``longest`` capitalised words (with "of", "i", "de" between): name candidates."""
    pattern = re.compile(
        r"(?:\b(?:The|El|La|Al|Le|Die|Der|De)\s+)?[^\W\d_a-z][\w’'&-]*"
        r"(?:\s+(?:(?:of|i|de|del|la|al|el|and|&|the)\s+)?[^\W\d_a-z][\w’'&-]*){0," + str(longest - 1) + "}"
    )
    for m in pattern.finditer(text):
        words = m.group(0).split()
        # every sub-run that starts at a word, so "Members of Natsionalnyi Visnyk" still yields the name
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                yield " ".join(words[i:j])

"""Candidate names in a sentence, with the titles and roles that stand beside them.

Every run of capitalised words in a body sentence is a candidate. A
candidate is split into a title part (:mod:`briefing.derive.title_vocabulary`, states, demonyms)
and a name part; it counts as a person when some mention of it carries a
cue of news English: a title before it, an appositive role before or after
it, "headed / led / joined / accompanied by" before it, a verb of speech
after it, or a role after its possessive ("N's military adviser").
:mod:`briefing.derive.people` merges the mentions into people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from anyascii import anyascii

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.lexicon import UPPER
from briefing.derive.memo import per_run, sources_key
from briefing.derive.names import ARTICLES, is_family_name, name_tokens
from briefing.derive.quick_re import folds_plainly, quick_compile
from briefing.derive.title_vocabulary import (
    COMMON_STARTS,
    HEAD_NOUNS,
    NAME_PART_TITLES,
    NON_PERSON_WORDS,
    ORGANISATION_WORDS,
    PORTFOLIOS,
    has_head_noun,
    is_head,
    is_honorific,
    is_title_word,
    opens_with_titled_name,
    title_before,
)
from briefing.model import Sentence, Source

#: Verbs of speech and reporting after a name ("Leiter said").
_SPEECH_AFTER = patterns.compile(
    r"^\s*(?:,\s*[^,]{0,60},\s*)?(?:has\s+|had\s+|also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|added|warned|insisted|urged|stated|noted|argued|wrote|stressed|explained|announced|"
    r"declared|claimed|asked|replied|responded|acknowledged|confirmed|denied|tweeted|posted|called|demanded|"
    r"rejected|accused|praised|met|arrived|left|spoke|described|tells|adds|warns|notes|writes|reports|urges|"
    r"insists|explains|stresses|argues|recalls|replies|responds|confirms|denies|announces|declares|claims)\b"
    r"|^,\s+(?:who|whose)\b|^,\s+\d{2},"  # "X, who heads ...", "X, 61, ...": only people take these
)
#: A verb of speech just before a name: '"...," said Shira Avneri'.
_SPEECH_BEFORE = patterns.compile(r"\b(?:said|says|added|wrote|warned|according\s+to)\s+$")
#: A plural role before a list of names: "The German and British political directors, A and B",
#: "the three envoys, A of Norway, B of Chile and C": each item is a person.
_PLURAL_ROLE_LIST = patterns.compile(
    r"\b(?:directors|ministers|negotiators|envoys|ambassadors|advisers|advisors|chiefs|heads|representatives|"
    r"delegates|diplomats|commanders|secretaries|deputies|mediators|spokesmen|spokespeople|officials),\s+"
    rf"(?:(?:[{UPPER}][\w’'.-]*\s+){{0,3}}[{UPPER}][\w’'.-]*(?:\s+of\s+(?:the\s+)?[{UPPER}][\w’'-]*)?"
    r"(?:\s*,\s*and\s+|\s*,\s*|\s+and\s+))*$"
)
#: The start of an item of a list ("...: A", "; B", ", and C") and what makes the list a delegation's.
_LIST_BEFORE = patterns.compile(r"[:;]\s+(?:and\s+)?(?:the\s+)?(?:[a-z]+\s+){0,2}$")
#: What stands between a list's colon and a later item: names, commas and "and" ("A, B and ").
_LATER_ITEM = patterns.compile(
    rf"\s*(?:[{UPPER}][\w’'.-]*\s+)*[{UPPER}][\w’'.-]*(?:\s*,\s*(?:[{UPPER}][\w’'.-]*\s*)+)*,?\s+(?:and\s+)?"
)
_MEMBERSHIP = quick_compile(r"\b(?:delegations?|team|panels?|others\s+are|members|represented|comprised|formed\s+by)\b")
#: A label before a name: "Spokesperson: Gonzalo Irigoyen".
_LABEL_BEFORE = patterns.compile(r"(?:^|\s)([A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?):\s*$")
#: Words before a name that make it a participant ("headed by X", "joined by X").
_BY_BEFORE = quick_compile(
    r"(?:\b(?:headed|led|joined|accompanied|chaired|represented|moderated|mediated|hosted|appointed|named|"
    r"replaced|succeeded|flanked)\s+by|\bincluding|\bincluded|\bincludes?|\bsent|\bdispatched|\bwill\s+be)"
    r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
#: The second head named after "co-led by": "co-led by Arta Berisha and" (co-heads are people).
_BY_LIST_BEFORE = patterns.compile(
    rf"\b(?:co-led|co-chaired|co-headed|jointly\s+(?:led|headed|chaired))\s+by\s+(?:[{UPPER}][\w’'.-]*\s*){{1,4}}"
    rf"(?:,\s*(?:[{UPPER}][\w’'.-]*\s*){{1,4}})*(?:,\s*and|,|\s+and)\s+$"
)
#: "of the National Boundary Commission" after a name: the last word is an organisation's.
_OF_ORGANISATION_AFTER = patterns.compile(
    rf"^\s+(?:of|from)\s+the\s+(?:[{UPPER}][\w’'-]*\s+){{0,5}}(?P<head>[{UPPER}][\w’'-]*)(?![\w’'-])"
)
#: Name tokens: a capitalised word (with an optional article prefix "al-"), or an initial.
_NAME_TOKEN = (
    r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ul|ud|abu|abd|bin|ibn|ben|de|di|da|du|le|la|van|von|der)[-‐])?"
    rf"[{UPPER}][\w]*(?:['’](?!s\b)\w+)*(?:[-‐][^\W\d_][\w]*(?:['’](?!s\b)\w+)*)*"
)
_ABBREV = rf"(?:[{UPPER}][a-z]{{0,5}}\.)"
_PARTICLE = r"(?:bin|ibn|bint|ben|de|da|di|du|del|della|van|von|der|den|le|la|al|el|abu|abd)"
#: A run opens with a capital or an article prefix's first letter: the look-ahead says so first, so
#: the engine leaves other positions before trying the look-behind (the same matches, ~15% faster).
_RUN = patterns.compile(
    rf"(?=[{UPPER}aeubidlv])(?<![\w’'-])(?:{_ABBREV}\s+)*{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*(?:{_NAME_TOKEN}|{_ABBREV}(?=\s+[{UPPER}])))*"
)
_TOKEN_SPLIT = patterns.compile(r"\s+")
_POSSESSIVE_AFTER = patterns.compile(r"^['’]s?\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\b")
_APPOSITIVE_AFTER = patterns.compile(
    rf"^,\s+((?:the|a|an|its|his|her|their|[{UPPER}][\w]*['’]s)\s+[^,.;:()“”\"]{{2,90}}?)(?=[,.;:]|\s+who\b|$)"
)
#: An appositive without a determiner: ", director general of customs at the ministry".
_BARE_APPOSITIVE_AFTER = patterns.compile(
    r"^,\s+((?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\b[^,.;:()“”\"]{0,80}?)(?=[,.;:]|$)"
)
_DETERMINERS = patterns.compile(r"(?:^|\s)((?:the|a|an|its|his|her|their|our|[A-Z][\w-]*['’]s)\s)", re.IGNORECASE)
_OF_STATE_AFTER = patterns.compile(r"^\s+of\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
MAX_NAME_TOKENS = 4
_WORD = patterns.compile(r"\S+")
_POSSESSIVE_MARK = patterns.compile(r"['’]s?\b|['’]\s")
#: A name and its comma just before a role phrase: the phrase is that name's appositive.
_NAME_COMMA_BEFORE = patterns.compile(rf"[{UPPER}][\w’'-]+,\s*$")
#: What comes before a portfolio in a title: "Minister for", "Agency of".
_PORTFOLIO_BEFORE = patterns.compile(r"\b(?:for|of|and|on)\s+$")
#: A finite verb: the phrase is a clause ("a Ghanaian official said"), not an appositive, which has none.
_FINITE = patterns.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|noted|warned|is|was|are|were|has|have|had|will|would|"
    r"could|can|may|might|must|did|does|do|announced|confirmed|denied|reported|insisted|urged)\b"
)
#: Words that cannot open an appositive: a clause goes on instead.
_NOT_APPOSITIVE = frozenset("and or but who which that while after before when as with said says".split())
#: Another name right after a phrase: ", Major General Taras Pylypchuk".
_NEXT_NAME = patterns.compile(rf",\s+(?:[{UPPER}][\w.’'-]*\s+)*[{UPPER}][\w’'-]+")
_CLAUSE_BREAK = patterns.compile(r"[,;:()“”\"]|\b(?:is|was|are|were|be|by)\s")
_LEADING_DETERMINER = patterns.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.IGNORECASE)
_OWNER_BEFORE = patterns.compile(r"(?:^|\s)((?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3})$")
#: A credit line at the foot of wire copy: "Reporting by A; Editing by B".
CREDIT_LINE = patterns.compile(r"^\s*\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s")
CREDIT_NAMES = patterns.compile(
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s+(.+?)(?=;|\)|$|\s+[Ee]diting\b|\s+[Ww]riting\b)"
)
LOWER_WORD = patterns.compile(r"(?<![\w-])[a-z][a-z]+")
_NO_SENTENCE = Sentence("", "", 0, 0, 0, 0, "")


@dataclass(slots=True)
class Mention:
    """One occurrence of a candidate name in a sentence."""

    surface: str
    sentence: Sentence
    outlet: str
    start: int
    end: int
    roles: list[str] = field(default_factory=list)
    cue: bool = False
    strong: bool = False  # a title or role names the bare surname as a person
    possessive: bool = False  # "Netanyahu's adviser": the name owns something rather than acts


_VOCABULARY_MEMO: dict[tuple[tuple[str, int], ...], frozenset[str]] = {}


def lowercase_vocabulary(sources: list[Source]) -> frozenset[str]:
    """Words seen in lower case anywhere: "Joining" at a sentence start is a word, not a name.

    Several stages need it for the same sources, so the last result is kept.
    """
    key = sources_key(sources)
    if key not in _VOCABULARY_MEMO:
        # A word holds no space, and the look-behind passes at a space as at a token's start, so the
        # words of the texts are the words of their distinct space-separated tokens: read each once
        # (a thousand articles write some 1.3 million tokens, a few thousand of them distinct).
        tokens: set[str] = set()
        for text in dict.fromkeys(sent.text for src in sources for sent in src.body):  # each text once
            tokens.update(text.split())
        words = set(LOWER_WORD.findall(" ".join(tokens)))  # one search: no word crosses a space
        _VOCABULARY_MEMO.clear()
        _VOCABULARY_MEMO[key] = frozenset(words)
    return _VOCABULARY_MEMO[key]


@dataclass(frozen=True, slots=True)
class Candidate:
    surface: str
    start: int
    end: int
    roles: tuple[str, ...]
    cue: bool
    strong: bool
    possessive: bool


def candidates(text: str, lower_words: frozenset[str] = frozenset()) -> tuple[Candidate, ...]:
    """Candidate names in a sentence's text (none in a credit line), each with its roles and whether a cue
    marks it a person: read once for all copies of the text, made mentions by :func:`mentions_in`."""
    return () if CREDIT_LINE.match(text) else parse_candidates(text, leading_common(text, lower_words))


def mentions_in(sent: Sentence, outlet: str, found: Iterable[Candidate]) -> list[Mention]:
    """A mention of each candidate of ``sent``: its own objects, which people merge and extend."""
    return [
        Mention(p.surface, sent, outlet, p.start, p.end, list(p.roles), p.cue, p.strong, p.possessive) for p in found
    ]


@per_run(maxsize=1 << 16)
def leading_common(text: str, lower_words: frozenset[str]) -> int:
    """How many words opening the sentence are ordinary words ("Joining Leiter will be ...")."""
    m = _RUN.match(text, len(text) - len(text.lstrip(" “\"‘'(")))
    return _leading_in_run(m.group(), lower_words) if m else 0


@per_run()  # the same runs open many sentences ("The", "Foreign Minister X")
def _leading_in_run(run: str, lower_words: frozenset[str]) -> int:
    n = 0
    toks = run.split()
    for i, tok in enumerate(toks):
        if not _common_word(tok, lower_words) or _family_name_opening(toks, i, lower_words):
            break
        if i + 1 < len(toks) and tok.endswith("ing") and tok.lower() not in lower_words and is_family_name(toks[i + 1]):
            break  # "Xiaoming Zhou said": a given name ending like a participle
        n += 1
    return n


def _family_name_opening(toks: list[str], i: int, lower_words: frozenset[str]) -> bool:
    """ "He Lifeng said", "Vice Premier He met": a family name that is also a pronoun, before a word
    that is no common one or after a title."""
    if not is_family_name(toks[i]):
        return False
    if i + 1 < len(toks):
        nxt = toks[i + 1]
        return nxt not in COMMON_STARTS and nxt.lower() not in lower_words  # "Xiaoming": -ing, yet a name
    return i > 0 and all(is_title_word(t) for t in toks[:i])


@per_run(maxsize=1 << 16)
def parse_candidates(text: str, leading: int) -> tuple[Candidate, ...]:
    """The candidates of a sentence; cached because several stages re-read the same sentences."""
    found: list[Candidate] = []
    opening = len(text) - len(text.lstrip(" “\"‘'("))  # a run starting here or before opens the sentence
    for m in _RUN.finditer(text):
        parsed = _split_title(m.group(), m.start(), text, leading if m.start() <= opening else 0)
        if parsed is None:
            continue
        name, start = parsed
        mention = Mention(name, _NO_SENTENCE, "", start, start + len(name))
        _add_cues(mention, text)
        found.append(
            Candidate(name, start, mention.end, tuple(mention.roles), mention.cue, mention.strong, mention.possessive)
        )
    return tuple(found)


def _split_title(run: str, run_start: int, text: str, leading: int) -> tuple[str, int] | None:
    """The name part of a capitalised run (title words and states before it dropped).

    What depends on the run alone is read once per run (:func:`_name_part`, :func:`_may_be_name`):
    the same runs ("Foreign Minister", "Israel") come back sentence after sentence, and most runs'
    answer is read once (:func:`_run_name`)."""
    found = _run_name(run, leading)
    if found is not _DEPENDS:
        return None if found is None else (found[0], run_start + found[1])
    name = _name_part(run, leading)
    while len(name) > 2 and name[0][0] in PORTFOLIOS and _PORTFOLIO_BEFORE.search(text[: run_start + name[0][1]]):
        name = name[1:]  # "State Minister for Irrigation Meron Haile", "Agency of Forestry Ostap Derkach"
    while len(name) > 2 and name[0][0] in ORGANISATION_WORDS:
        name = name[1:]  # "the spokesman of the Command Alfatih Qurani"
    if not name or len(name) > MAX_NAME_TOKENS:
        return None
    surface = run[name[0][1] : name[-1][1] + len(name[-1][0])]
    if not _may_be_name(surface):
        return None
    start = run_start + name[0][1]
    if len(name) == 1 and name[0][0] in COMMON_STARTS and not _titled_family_name(name[0][0], text[:start]):
        return None
    return surface, start


#: What :func:`_run_name` gives a run whose name the text before it decides.
_DEPENDS = ("", -1)


@per_run()
def _run_name(run: str, leading: int) -> tuple[str, int] | None:
    """:func:`_split_title` of a run read alone (name, offset in the run), or :data:`_DEPENDS` where a
    portfolio word opens the name or the name is one common word: only there is the text read."""
    name = _name_part(run, leading)
    if len(name) > 2 and name[0][0] in PORTFOLIOS:
        return _DEPENDS
    while len(name) > 2 and name[0][0] in ORGANISATION_WORDS:
        name = name[1:]
    if not name or len(name) > MAX_NAME_TOKENS:
        return None
    surface = run[name[0][1] : name[-1][1] + len(name[-1][0])]
    if not _may_be_name(surface):
        return None
    return _DEPENDS if len(name) == 1 and name[0][0] in COMMON_STARTS else (surface, name[0][1])


@per_run()
def _name_part(run: str, leading: int) -> tuple[tuple[str, int], ...]:
    """The words of a run after its leading common words, title words, states and particles, with
    their offsets in the run."""
    toks = [(t.group(), t.start()) for t in _WORD.finditer(run)][leading:]
    last_title = -1
    for i, (tok, _) in enumerate(toks):
        if not (is_title_word(tok) or lexicon.country_for(tok)):
            continue
        if tok.lower() in NAME_PART_TITLES and i > 0 and i - 1 > last_title:
            continue  # "Hassan Sheikh Mohamud": a title word inside a name
        last_title = i
    name = toks[last_title + 1 :]
    while name and name[0][0].lower() in {"bin", "ibn", "de", "van", "von", "la", "le", "abu"}:
        if len(name) >= 3 and is_family_name(name[0][0]):
            break  # "Le Thi Mai": a Vietnamese family name, no article
        name = name[1:]
    return tuple(name)


@per_run()
def _may_be_name(surface: str) -> bool:
    """Whether a run's name part can be a person's name: no word of organisations or places, no
    acronym, no state."""
    words = [t.group() for t in _WORD.finditer(surface)]
    if any(_non_person_word(w) for w in words):
        return False
    if any(len(w) >= 2 and w.isupper() for w in words) or words[-1].endswith("."):
        return False
    return not (lexicon.country_mentions(surface) or not name_tokens(surface))


def _titled_family_name(word: str, before: str) -> bool:
    """ "He said" is a pronoun, but "Vice Premier He met" a family name after a title."""
    return is_family_name(word) and bool(title_before(before))


def _common_word(tok: str, lower_words: frozenset[str]) -> bool:
    if tok.lower() in ARTICLES:
        return False
    low = tok.lower()
    if tok in COMMON_STARTS or low in lower_words or tok.endswith("ing"):
        return True
    return low.endswith("ly") and low[:-2] in lower_words  # "Officially", "Notably": sentence adverbs


def _non_person_word(word: str) -> bool:
    """A word of organisations, places and things ("Hôtel" as "Hotel"): the run is no person."""
    bare = word.strip(".")
    return word in NON_PERSON_WORDS or bare in NON_PERSON_WORDS or anyascii(bare) in NON_PERSON_WORDS


def _add_cues(mention: Mention, text: str) -> None:
    before = text[: mention.start]
    after = text[mention.end :]
    title = title_before(before)
    if title:
        of_state = _OF_STATE_AFTER.match(after)
        state = of_state.group(1).rstrip(".") if of_state else ""
        if state and lexicon.country_for(state):
            title = f"{title} of {state}"
        if not is_honorific(title):
            mention.roles.append(title)
        mention.cue = mention.strong = True
    role = _appositive_before(before[: before.rfind(title)] if title else before)
    if role:
        mention.roles.append(role)
        mention.cue = mention.strong = True
    role = _appositive_after(after, mention.surface, bool(title))
    if role:
        mention.roles.append(role)
        mention.cue = mention.strong = True
    tail = before.rstrip()
    label = _LABEL_BEFORE.search(before) if tail.endswith(":") else None  # its colon ends the text but for spaces
    if label and has_head_noun(label.group(1)):
        mention.roles.append(label.group(1))
        mention.cue = mention.strong = True
    if _by_before(before) or _SPEECH_AFTER.match(after) or _speech_before(before, tail):
        mention.cue = True
    elif _BY_LIST_BEFORE.search(before[-160:]) or _of_organisation(after) or _PLURAL_ROLE_LIST.search(before[-200:]):
        mention.cue = True  # "co-led by A and B" (B a head as much as A), "A of the Boundary Commission"
    elif (_LIST_BEFORE.search(before) or _LATER_ITEM.fullmatch(_after_colon(before))) and _MEMBERSHIP.search(text):
        mention.cue = True  # "the others are: A; B; and C", "its panel: A, B and C": a delegation's list
    mention.possessive = bool(_POSSESSIVE_MARK.match(after))
    pm = _POSSESSIVE_AFTER.match(after)
    if pm and pm.group(2).lower() in HEAD_NOUNS:
        mention.cue = mention.strong = True


#: The last word of each cue of :data:`_BY_BEFORE` and of :data:`_SPEECH_BEFORE`, as a token ends in it.
_BY_ENDS = ("by", "including", "included", "include", "includes", "sent", "dispatched", "be")
_SPEECH_ENDS = ("said", "says", "added", "wrote", "warned", "to")


def _by_before(before: str) -> bool:
    """Whether :data:`_BY_BEFORE` matches, searched only where a cue's last word ends one of the last four
    tokens (three words at most follow it): a search of all the text before each candidate cost more than
    its other cues. Where case folds oddly (:func:`folds_plainly`) the pattern alone can tell."""
    if folds_plainly(before) and not any(t.lower().endswith(_BY_ENDS) for t in before.rsplit(None, 4)[-4:]):
        return False
    return _BY_BEFORE.search(before) is not None


def _speech_before(before: str, tail: str) -> bool:
    """Whether :data:`_SPEECH_BEFORE` matches: only where spaces end the text and a verb (or "to") ends
    what is left (``tail``, the text without them), as the pattern needs."""
    return tail != before and tail.endswith(_SPEECH_ENDS) and _SPEECH_BEFORE.search(before) is not None


def _after_colon(before: str) -> str:
    """The text after the last colon of the last 160 characters ('' when there is none)."""
    tail = before[-160:]
    at = tail.rfind(":")
    return tail[at + 1 :] if at >= 0 and ";" not in tail[at:] else ""


def _of_organisation(after: str) -> bool:
    """ "X of the National Boundary Commission": a person placed in an organisation by "of the"."""
    m = _OF_ORGANISATION_AFTER.match(after)
    return bool(m) and m.group("head") in ORGANISATION_WORDS


def _appositive_after(after: str, surface: str, titled: bool) -> str | None:
    """ "X, the acting head of ...", "X, director general of fisheries": the role after a name.

    In a list of titled names ("... Forestry Ostap Derkach, the commander of the Guard, Major
    General Taras Pylypchuk") a phrase followed by another name is that name's.
    """
    if lexicon.country_for(surface):
        return None
    m = _APPOSITIVE_AFTER.match(after)
    if not m:
        m = _BARE_APPOSITIVE_AFTER.match(after)
        words = m.group(1).split() if m else []
        if not words or words[0] in _NOT_APPOSITIVE or not any(is_head(w) for w in words[:3]):
            return None
    role = m.group(1)
    if not has_head_noun(role) or opens_with_titled_name(role) or _ends_in_name(role) or _FINITE.search(role):
        return None
    if titled and _NEXT_NAME.match(after, m.end(1)):
        return None
    return _clean_role(role)


def _appositive_before(before: str) -> str | None:
    """ "its ambassador to the United States, X": the role phrase ending in the comma before a name.

    In a list ("A, the prime minister's adviser, B") the phrase stands beside A and is A's, and a
    phrase ending in a name ("the commander of the Guard Taras Pylypchuk, B") is that name's.
    """
    stripped = before.rstrip()
    if not stripped.endswith(","):
        return None
    clause = stripped[:-1]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    if _name_before(stripped[: len(stripped) - 1 - len(clause)]):
        return None
    starts = [m.start(1) for m in _DETERMINERS.finditer(clause)]
    phrases = [clause[_owner_start(clause, start) :].strip() for start in reversed(starts)]
    phrases = [
        p
        for p in phrases
        if has_head_noun(p) and len(p.split()) <= 12 and not _ends_in_name(p) and not _FINITE.search(p)
    ]
    lower_head = [p for p in phrases if any(w.islower() and is_head(w) for w in p.split())]
    chosen = (lower_head or phrases)[:1]
    return _clean_role(chosen[0]) if chosen else None


def _name_before(text: str) -> bool:
    """Whether ``text`` ends with an untitled name and its comma ("includes Avner Ben-Shimol,"): a phrase
    after it is its appositive. Not after a place or an adverb ("In Kyiv,"), nor after a titled name."""
    m = _NAME_COMMA_BEFORE.search(text)
    if not m:
        return False
    word = m.group().rstrip(", ")
    if word in COMMON_STARTS or lexicon.country_for(word) or not text[: m.start()].strip():
        return False
    runs = list(_RUN.finditer(text[: m.end()]))
    if not runs:
        return False
    parsed = _split_title(runs[-1].group(), runs[-1].start(), text, 0)
    pre = text[: parsed[1] if parsed else runs[-1].start()]
    return not (title_before(pre) or _PORTFOLIO_BEFORE.search(pre) or _appositive_before(pre))


def _ends_in_name(phrase: str) -> bool:
    """Whether a role phrase ends with a person's name rather than an organisation or a place."""
    words = phrase.split()
    tail = [w for w in words[-2:] if w[:1].isupper()]
    if len(tail) < 2 or (len(words) > 2 and words[-3].lower() == "the"):
        return False  # "for the South Caucasus": names take no article
    if lexicon.is_place_name(" ".join(tail)) or lexicon.is_place_name(tail[-1]):
        return False
    return not any(w in NON_PERSON_WORDS or w in PORTFOLIOS or is_title_word(w) or lexicon.country_for(w) for w in tail)


def _owner_start(clause: str, start: int) -> int:
    """Where a possessive owner begins: "the European Union's envoy", not "Union's envoy"."""
    m = _OWNER_BEFORE.search(clause[:start])
    return m.start(1) if m and clause[start : start + 1].isupper() else start


def _clean_role(role: str) -> str:
    role = _LEADING_DETERMINER.sub("", role.strip())
    return role.strip(" ,")

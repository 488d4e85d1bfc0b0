"""Clauses of a sentence: where the cue's clause starts, its subject, and the demand's own words.

No parser: news sentences are cut at their punctuation and conjunctions
(";", " — ", ", and", ", while", "that", quotes, relative pronouns), the
subject is the noun phrase that opens the clause once introductory phrases
("On Thursday,", "According to a source close to the talks,") are set
aside, and a clause with no subject of its own ("…, while insisting that",
"… and wants") takes the subject of the clause before it. The demand's
text is the cue's complement up to the end of its clause, with trailing
attribution ("…, an official said") and side remarks (", which …") cut.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.memo import per_run

#: Where a clause may start, with what kind of boundary.
_BOUNDARY = patterns.compile(
    # the characters a boundary can begin with, looked at first: most positions are left at once (a letter
    # only where a word begins: the boundaries that open on one, "that" and "said", open on \b)
    r"(?=[\s;:,“\"]|\b[acdenrstw])(?:"
    r"(?P<stop>(?<=[a-z]{3}[.!?])\s+(?=[‘'“\"]?[A-Z][a-z]))|(?P<semi>;\s*)|(?P<colon>:\s+)|(?P<dash>\s+[—–]\s+)|(?P<nl>\n\s*)"
    r"|(?P<coord>,\s+(?:and|but|yet|so)\s+|\s+but\s+)"
    r"|(?P<sub>,\s+(?:while|whereas|although|though|even\s+as|as|because|since)\s+|\s+(?:while|whereas|because)\s+"
    r"|\s+as\s+(?=(?:the\s+|a\s+)?[A-Z]))"
    r"|(?P<that>\b(?:that|whether)\s+)"
    r"|(?P<quote>[“\"]\s*)"
    r"|(?P<rel>,\s+(?:who|which|whose|what)\s+|\s+which\s+)"
    r"|(?P<part>,\s+(?=[a-z]+ing\b))"
    r"|(?P<with>,?\s+with\s+(?=(?:[\w’'.-]+\s+){1,4}?[a-z]+ing\b))"
    r"|(?P<say>\b(?:said|says|told\s+(?:[\w’'.-]+\s+){1,4}?|added|stressed|warned|argued|noted|announced|declared|"
    r"explained|reiterated|confirmed|wrote|replied)\s+(?=(?:the|a|an|it|its|their|they|he|she|we|there|no|any|all|"
    r"both|neither|none|this|these|those|our|his|her)\b|[A-Z])))",
)
#: Words between a subject and its verb that say nothing about who speaks.
SKIP = frozenset(
    "has have had is are was were will would could should may might must also firmly repeatedly still now already "
    "long again publicly privately strongly flatly personally reportedly continue continues continued to been be "
    "by contrast however meanwhile for its part in turn instead so far consistently openly further once "
    "likewise too even simply categorically clearly explicitly formally previously earlier only".split()
)
#: Introductory words before a subject.
_LEADING = patterns.compile(
    r"^(?:(?:and|but|so|yet|now|meanwhile|however|separately|instead|still|also|then|later|earlier|today|"
    r"indeed|moreover|furthermore|similarly|likewise|nonetheless|nevertheless|in\s+turn|for\s+now)\b[,\s]+)+",
    re.IGNORECASE,
)
_PREPOSITION = frozenset(
    "in on at for after before during since by under with from amid despite following throughout ahead "
    "over across within upon into around near beyond".split()
)
#: Words that open an introductory clause: "As the report detailed, X …".
_SUBORDINATORS = frozenset("according as when while although though because if once since whereas unlike like".split())
_REPORTED_INTRO = patterns.compile(r"^according\s+to\b[^,]{0,120},\s*", re.IGNORECASE)
#: A parenthetical inside a subject: ", for its part,", ", in a statement on Tuesday,", ", by contrast,".
_PARENTHETICAL = patterns.compile(
    r",\s+(?:(?:for|in|on|at|by|from|with|after|during|speaking|according|however|meanwhile|though|"
    r"too|also|instead|in\s+turn|\w+ly)\b[^,]{0,80}),",
    re.IGNORECASE,
)
_DETERMINERS = frozenset("the a an its their his her our this that these those".split())
_WORD = patterns.compile(r"[\w’'.-]+")
#: Verbs and auxiliaries that end a subject noun phrase read from the left.
_VERBS = frozenset(
    "has have had is are was were will would could should may might must can cannot did does do said says told "
    "agreed agrees accepted accepts wants wanted insists insisted rejects rejected demands demanded urged urges "
    "called calls asked asks sought seeks offered offers proposed proposes refused refuses added warned stressed "
    "made set put gave laid signed met held took went came left kept won't wouldn't can't didn't doesn't rules "
    "ruled presses pressed pushes pushed argues argued maintains maintained warns opposes opposed tells".split()
)
INHERIT = "\0inherit"
_THIRD_PERSON = patterns.compile(r"[a-z]{2,}[a-rtv-z]s$")
#: Plural nouns that follow a name in a subject ("the Paris talks", "Syrian officials"), never verbs there.
_PLURALS = frozenset(
    "talks negotiations officials authorities forces troops fighters rebels negotiators diplomats leaders sides "
    "parties members ministers delegations rounds meetings sessions demands conditions terms proposals affairs "
    "relations issues envoys mediators sources representatives workers farmers residents citizens people "
    "prisoners hostages units militias guards police services ministries governments states nations groups".split()
)
#: Words that start a noun phrase, never a verb: "open to a corridor" stays as it is.
_NOT_VERBS = frozenset(
    "the a an any all its their his her our this that these those some no each every one two".split()
)


@dataclass(frozen=True, slots=True)
class Clause:
    """The clause around a cue: where it starts, the boundary before it, and its subject phrase."""

    start: int
    boundary: str
    subject: str | None  # None: no phrase; INHERIT: take the previous clause's subject
    reported: bool = False
    question: bool = False  # "asked whether X would seek …", "if Lima wants …": no statement of a want


def boundaries(text: str, end: int) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each clause boundary that ends at or before ``end``."""
    cuts, ends = _boundaries(text)
    return list(cuts[: bisect_right(ends, end)])  # boundaries never overlap: their ends rise


@per_run()  # a line copied across outlets is cut once (an LRU of 64 lines forgot the copies)
def _boundaries(text: str) -> tuple[tuple[tuple[int, int, str], ...], list[int]]:
    """Every clause boundary of a line (a line's cues ask for them several times), and their ends."""
    cuts = tuple((m.start(), m.end(), m.lastgroup or "") for m in _BOUNDARY.finditer(text))
    return cuts, [b[1] for b in cuts]


@per_run()  # a line copied across outlets is cut once
def clause_at(text: str, pos: int) -> Clause:
    """The clause holding position ``pos`` (a cue's start) and its subject."""
    cuts = boundaries(text, pos)
    start, kind = (cuts[-1][1], cuts[-1][2]) if cuts else (0, "start")
    seg = text[start:pos]
    if cuts and cuts[-1][0] > 0 and ((kind == "quote" and not seg.strip()) or (kind == "rel" and "," in seg)):
        # a quote opening right before the cue ("the government “will not …”"), or a relative clause closed
        # before it ("The union, whose delegation is led by X, rejects …"): the subject is before them
        return clause_at(text, cuts[-1][0])
    subject, reported = subject_of(seg)
    if subject == INHERIT and seg.strip() and kind != "sub":
        subject = subject_before_verb(seg) or INHERIT  # "Lima rejects this and wants …": the clause's own subject
    if subject is None and kind == "that":
        subject = INHERIT if not seg.strip() else None
    question = bool(cuts) and text[cuts[-1][0] : cuts[-1][1]].strip().lower() == "whether"
    question = question or bool(re.match(r"\s*(?:if|whether|asked)\b", seg, re.IGNORECASE))
    return Clause(start, kind, subject, reported, question)


def subject_of(seg: str) -> tuple[str | None, bool]:
    """The subject phrase at the end of ``seg`` (the text between a clause's start and its verb)."""
    reported = False
    m = _REPORTED_INTRO.match(seg.strip())
    if m:
        reported = _is_reported_source(m.group())
        seg = seg.strip()[m.end() :]
    words = _WORD.findall(seg)
    while words and words[-1].lower() in SKIP:
        words.pop()
    if not words or words[-1].lower() in {"and", "or", "but", "nor"}:
        return INHERIT, reported
    text = _trim_trailing(seg, words)
    text = _PARENTHETICAL.sub(",", text)
    text = _LEADING.sub("", text.strip()).strip(" ,")
    text = _drop_intro_phrase(text)
    return (text or None), reported


def _trim_trailing(seg: str, words: list[str]) -> str:
    """``seg`` up to its last kept word (auxiliaries and adverbs after the subject dropped)."""
    last = words[-1]
    pos = seg.rfind(last)
    return seg[: pos + len(last)]


def _drop_intro_phrase(text: str) -> str:
    """ "On Thursday, Kyiv" -> "Kyiv"; "At the closing dinner the minister" -> "the minister"."""
    first = text.split(" ", 1)[0].lower()
    if first not in _PREPOSITION and first not in _SUBORDINATORS:
        return text
    if "," in text:
        return text.rsplit(",", 1)[1].strip()
    words = text.split()
    for i in range(len(words) - 1, 1, -1):
        if words[i].lower() in _DETERMINERS:
            return " ".join(words[i:])
    return ""


def _is_reported_source(intro: str) -> bool:
    """ "According to a source close to the talks," reports; "according to the text of the deal," does not."""
    return not re.search(r"\b(?:text|agreement|deal|document|statement|communiqu|draft|arrangement)", intro, re.I)


def subject_before_verb(seg: str) -> str | None:
    """The subject of a clause read from its start: words up to its first verb ("the movement agreed")."""
    seg = _LEADING.sub("", seg.strip())
    if "," not in seg and seg.split(" ", 1)[0].lower() in _PREPOSITION:
        # "In its opening statement the government set out its conditions": the phrase before the verb, not
        # the whole clause, holds the subject after the introductory one (else "its conditions" would)
        seg = _drop_intro_phrase(" ".join(_words_to_verb(seg)))
    else:
        seg = _drop_intro_phrase(seg)
    return " ".join(_words_to_verb(seg)) or None


#: What :func:`_words_to_verb` asks of a word, as bits: a verb or auxiliary; a long word ending in "ed"; a
#: determiner; capitalised; a lower-case third-person form that is no plural noun ("rules", not "talks").
_VERB, _ED, _DETERMINER, _CAPITAL, _THIRD = 1, 2, 4, 8, 16


@per_run()  # the same few thousand words open most clauses of a folder
def _word_bits(w: str) -> int:
    lw = w.lower()
    bits = _VERB if lw in _VERBS else 0
    if lw.endswith("ed") and len(lw) > 4:
        bits |= _ED
    if lw in _DETERMINERS:
        bits |= _DETERMINER
    if w[:1].isupper():
        bits |= _CAPITAL
    if w.islower() and _THIRD_PERSON.match(w) and w not in _PLURALS:
        bits |= _THIRD
    return bits


def _words_to_verb(seg: str) -> list[str]:
    """The words of ``seg`` before its first verb: an auxiliary or verb of :data:`_VERBS`, a past form after
    a word that is no determiner, or a third-person form after a name ("Khartoum rules out …")."""
    out: list[str] = []
    last = 0  # the bits of the word before
    for m in _WORD.finditer(seg):  # lazily: the first verb comes a few words into a line of dozens
        w = m.group()
        bits = _word_bits(w)
        if bits & _VERB or (out and ((bits & _ED and not last & _DETERMINER) or (last & _CAPITAL and bits & _THIRD))):
            break
        out.append(w)
        last = bits
    return out


#: Boundaries after which a clause stands at the level of the sentence (not a complement or a quote).
_MAIN_LEVEL = frozenset({"start", "coord", "semi", "dash"})
#: Any clause but a quote: what a participle may hang on ("…, that the delegation arrived “…”, demanding …").
_ANY_LEVEL = frozenset({"start", "coord", "sub", "semi", "dash", "that", "say", "colon", "rel"})


def previous_subject(text: str, pos: int, main: bool = True) -> str | None:
    """The subject of the nearest earlier clause ("…, and B agreed, while insisting" is B's).

    With ``main`` only clauses of the sentence's own level count: complements ("that …"), quotes,
    relative and participle clauses are passed over, so "X said the army would respect the truce
    “as long as …”, and warned that …" is X's warning. A participle hangs on any clause but a quote.
    """
    levels = _MAIN_LEVEL if main else _ANY_LEVEL
    cuts = boundaries(text, pos)
    while cuts:
        b_start, _b_end, _kind = cuts.pop()
        prev_start, prev_kind = (cuts[-1][1], cuts[-1][2]) if cuts else (0, "start")
        seg = text[prev_start:b_start]
        if not seg.strip() or prev_kind not in levels:
            continue
        subject = subject_before_verb(seg)
        if subject and subject.split()[0].lower() not in {"and", "but", "while", "as", "if", "when"}:
            return subject
    return None


#: Where a demand's own words end.
_END = patterns.compile(
    # the characters an end can begin with, looked at first: most positions are left at once
    r"(?=[;\s.”\",?])(?:"
    r";|\s+[—–]\s+|\n|(?<=[a-z]{3})\.\s+(?=[A-Z“\"])|[”\"](?=\s*,?\s*(?:[\w’'.-]+\s+){0,6}?(?:said|says|told|added|stressed|warned|insisted)\b)"
    r"|,\s+(?:which|who|whose|where)\b"
    r"|,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:demand|proposal|plan|idea|offer|move|step|clause|position|"
    r"condition|request|reference|signal|call|line|point|sign|nod|concession|stance)\b"
    r"|,\s+(?:according\s+to|as\s+(?!well\b|soon\b|long\b|much\b|many\b|far\b|a\s+condition\b))"
    r"|,\s+(?:most|many|some|all|none|several|each|half)\s+of\s+(?:them|whom|which)\b"
    r"|,\s+(?:said|says|told|tells|added|adds|stressed|insisted|insists|warned|warns|noted)\b"
    r"|,\s+(?:(?:an?|the)\s+)?(?:[\w’'.-]+\s+){0,6}?(?:said|says|told|tells|added|adds|stressed|warned|warns|"
    r"noted|reported|confirmed)\b(?![^,.]*\bthat\b)"
    r"|,\s+(?:a|an)\s+(?:[\w’'-]+\s+){1,6}?(?:say|says|said|aimed|designed|seen|described|meant|intended|that|which)\b"
    r"|,?\s+(?:and|but)\s+(?=(?:the\s+|a\s+|an\s+)?(?:[A-Z][\w’'-]*\s+){1,4}(?:[\w’'-]+\s+){0,2}?"
    r"(?:has|have|had|is|are|was|were|will|would|agreed|said|says|accepted|insisted|rejected|refused)\b)"
    r"|,?\s+(?:and|but)\s+(?=(?:the|its|their)\s+(?:[a-z]+\s+){0,2}(?:movement|government|side|delegation|group|"
    r"team|army|rebels|militia|command|administration)\s+(?:has\s+|have\s+)?(?:agreed|said|accepted|rejected|"
    r"refused|insisted)\b)"
    r"|,\s+(?:while|whereas|but|although|though|even\s+though|because)\b"
    r"|,?\s+(?:and|but)\s+(?=(?:it|they|he|she|we)\s+(?:\w+\s+)?(?:has|have|had|is|are|was|were|will|would|\w+ed|"
    r"\w+s)\b)"
    r"|,?\s+and\s+(?=[“\"]?(?:will|would|shall|can|could|must|does|do|did|is|are|has|have)\s+(?:not|never)\b)"
    r"|,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:wants?|wanted|demands?|demanded|insists?|insisted|rejects?|rejected|"
    r"refuses?|refused|calls?|called|seeks?|sought|says?|said|urges?|urged|offers?|offered|proposes?|proposed|"
    r"has|have|had|is|are|was|were|will|would)\b)"
    r"|,\s+(?!including\b|notably\b|especially\b|particularly\b)(?=[a-z]+ing\s+(?:(?:the|a|an|that|it|its|their|his|"
    r"her|on|for|to|as|them|him|with|what|how|this|these|those)\b|[“\"]))"
    r"|\s+(?:while|whereas)\s+(?:[\w’'-]+\s+){0,3}?(?:insisting|demanding|calling)\b"
    r"|\?)",
)
#: In a headline, what follows the demand: "X demands Y as talks open".
_HEADLINE_END = patterns.compile(
    r"\s+(?:as|after|amid|ahead\s+of|while|before|at|in|with)\s+(?=(?:[\w’'-]+\s+){0,7}?"
    r"(?:talks?|rounds?|negotiations|meeting|summit|deal|agreement|session|ends?|opens?|begins?|closes?|resumes?|"
    r"is\s+sealed|concludes?)\b)",
    re.IGNORECASE,
)
MAX_WORDS = 32


def content_end(text: str, begin: int, headline: bool = False) -> int:
    """Where the demand that starts at ``begin`` ends: the end of its clause."""
    m = _END.search(text, begin)
    end = m.start() if m else len(text)
    if headline:
        h = _HEADLINE_END.search(text, begin, end)
        if h and len(text[begin : h.start()].split()) >= 2:
            end = h.start()
    return end


def tidy(words: str) -> str:
    """The demand as a bullet: trimmed, capitalised, quotes balanced, at most MAX_WORDS words, one full stop."""
    out = words.strip().strip(",;:").strip()
    out = re.sub(r"^(?:(?:also|again|too|further|instead)\s+)?(?:that|for|to\s+(?=the\b))\s+", "", out)
    out = re.sub(r"\s+(?:and|or|but|as well as)$", "", out)
    out = _balance_quotes(out).strip(" ,;:")
    parts = out.split()
    if len(parts) > MAX_WORDS:
        out = " ".join(parts[:MAX_WORDS]).rstrip(",;:") + "…"
    elif (out and out[-1] not in '.!?”"…') or (out.endswith(("”", '"')) and len(out) > 1 and out[-2] not in ".!?,"):
        out += "."
    lead = len(out) - len(out.lstrip("“\"‘'"))  # "“joint zone” in its waters" -> "“Joint zone” …"
    return out[: lead + 1].upper() + out[lead + 1 :] if out else out


def _balance_quotes(text: str) -> str:
    if text.count("“") > text.count("”"):
        text += "”"
    elif text.count("”") > text.count("“"):
        text = text.replace("”", "", 1) if text.startswith("”") else text.rstrip("”") if text.endswith("”") else text
    if text.count('"') % 2:
        text = text[1:] if text.startswith('"') else text.rstrip('"') if text.endswith('"') else text + '"'
    return text


def gerund(phrase: str) -> str:
    """ "withdraw its fighters" -> "withdrawing its fighters": a refused or offered act as a noun phrase;
    a passive keeps its auxiliary ("be released" -> "being released")."""
    passive = re.match(r"(?:to\s+)?be\s+(?=[a-z]+(?:ed|en|wn|ne|lt|pt)\b)", phrase.strip())
    if passive:
        return "being " + phrase.strip()[passive.end() :]
    phrase = re.sub(r"^(?:to\s+|be\s+)", "", phrase.strip())
    first, _, rest = phrase.partition(" ")
    low = first.lower()
    if not low.isalpha() or low.endswith("ing") or low in _NOT_VERBS or first[:1].isupper():
        return phrase
    if low in {"be", "see", "flee", "agree", "free", "guarantee"}:
        ing = low + "ing"
    elif low.endswith("ie"):
        ing = low[:-2] + "ying"
    elif low.endswith("e") and not low.endswith(("ee", "ye", "oe")):
        ing = low[:-1] + "ing"
    elif re.fullmatch(r"[^aeiou]*[aeiou][bdgklmnprt]", low) and len(low) <= 4:
        ing = low + low[-1] + "ing"
    else:
        ing = low + "ing"
    return f"{ing} {rest}".strip()

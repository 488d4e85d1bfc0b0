"""The cue lexicon: the words by which outlets say that a side wants, refuses, conditions or offers.

General English, written from general knowledge (the argument classes of
the MPQA arguing lexicon, the reporting verbs of news style), never from
any particular article. Each family says what its stance is, where the
demand's own words begin (the complement) and who speaks:

* ``subject``: the subject of the cue's clause ("Kyiv demands …");
* ``possessor``: the owner of a noun of wanting ("Oslo's conditions
  include …", "the demands of the union are …", "its call for …");
* ``governor``: the speaker of the clause that frames the cue ("X made
  clear that the group must …"): necessity words never speak for the
  grammatical subject of their own clause.

Complements are taken four ways: ``np`` (the words after the cue),
``gerund`` (a verb after the cue, said as "…ing": "refuses to sign" ->
"signing …"), ``object`` ("urged Lima to drop …" -> "Lima to drop …") and
``clause`` (the whole local clause, for necessity and conditions whose
subject is not the speaker: "the bridge will not open while …").

The families are matched against a line by :mod:`.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.derive.quick_re import quick_compile


def _v(*stems: str) -> str:
    """Inflections of regular verbs: "demand" -> demand|demands|demanded|demanding."""
    forms = []
    for stem in stems:
        if stem.endswith("e"):
            forms.append(f"{stem}[sd]?|{stem[:-1]}ing")
        elif stem.endswith("y") and stem[-2] not in "aeiou":
            forms.append(f"{stem}|{stem[:-1]}(?:ies|ied)|{stem}ing")
        elif stem.endswith(("s", "sh", "ch", "x", "z")):
            forms.append(f"{stem}(?:es|ed|ing)?")
        else:
            forms.append(f"{stem}(?:s|ed|ing)?")
    return "|".join(forms)


#: Words between an auxiliary and its verb that change nothing ("has also firmly rejected").
ADVERBS = (
    r"(?:also|again|still|now|already|firmly|flatly|repeatedly|publicly|privately|strongly|reportedly|"
    r"once again|further|long|previously|earlier|consistently|openly|explicitly|formally|so far|likewise|"
    r"in turn|instead|meanwhile|too|even|simply|categorically|clearly|specifically|particularly|notably)"
)
_ADV = rf"(?:{ADVERBS}\s+){{0,2}}"
_AUX = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|shall|should|could|can|may|might|must|does|do|did)\s+"
    rf"{_ADV}(?:been\s+)?{_ADV})?"
)
#: An auxiliary before a cue's verb ("has also firmly rejected"): looked for back from the verb, so that the
#: families' patterns start with their own words (a pattern that may start anywhere is slow on long lines).
AUX_BEFORE = quick_compile(
    r"\b(?:has|have|had|is|are|was|were|will|would|shall|should|could|can|may|might|must|does|do|did)\s+"
    rf"{_ADV}(?:been\s+)?{_ADV}$",
    re.IGNORECASE,
)
_NEG = r"(?:not|never|n[’']t)"
#: "will not", "won't", "cannot", "is not", "does not": a refusal's auxiliary.
_NEG_AUX = (
    rf"(?:(?:will|would|shall|can|could|does|do|did|is|are|am|was|were|must|should|has|have|had)\s+{_ADV}{_NEG}"
    r"|won[’']t|wouldn[’']t|cannot|can[’']t|doesn[’']t|don[’']t|didn[’']t|isn[’']t|aren[’']t|"
    r"shan[’']t|mustn[’']t|hasn[’']t|haven[’']t)"
)
#: Verbs whose refusal is a position in a negotiation ("will not sign", "is not leaving").
ACTIONS = (
    "accept|agree|sign|withdraw|leave|disarm|move|give|hand|negotiate|bargain|discuss|allow|permit|return|"
    "recognise|recognize|tolerate|concede|trade|pull|surrender|lay|stand|compromise|budge|yield|drop|abandon|"
    "renounce|release|cede|lift|open|reopen|resume|halt|stop|end|retreat|demobilise|demobilize|dismantle|"
    "relinquish|entertain|countenance|consider|support|endorse|back|approve|ratify|talk|sit|attend|join|"
    "engage|enter|pay|waive|lower|cut|reduce|exempt|include|exclude|extend|renew|go|step|come|budge|let|"
    "settle|drop|freeze|suspend|rearm|reopen|share|send|deploy|station|commit|cooperate|participate"
)
_ACTION = rf"(?:{ACTIONS})(?:s|es|ed|d|ing)?"
#: Verbs of speech: "declined to say" and "would not comment" are no positions.
_SPEECH = (
    r"say|comment|elaborate|confirm|specify|name|answer|respond|disclose|reveal|speculate|be\s+drawn|discuss\s+details|"
    r"(?:discuss|negotiate)\s+(?:[\w’'-]+\s+){0,4}?(?:in\s+public|publicly|through\s+the\s+(?:media|press))|"
    r"discuss\s+(?:it|this|that|them|details|the\s+(?:matter|issue|subject|question|details))(?=\s*(?:[.,;]|$|further))"
)
#: Verbs whose object, not a verb phrase, is what is refused ("will not accept a deal that …").
OBJECT_VERBS = frozenset(
    "accept tolerate recognise recognize countenance entertain consider support endorse back approve ratify".split()
)
#: Words of wanting as nouns, and the stance each carries.
DEMAND_NOUNS = {
    "demand": "demand",
    "demands": "demand",
    "call": "demand",
    "calls": "demand",
    "request": "demand",
    "requests": "demand",
    "priority": "demand",
    "priorities": "demand",
    "goal": "demand",
    "goals": "demand",
    "aim": "demand",
    "aims": "demand",
    "objective": "demand",
    "objectives": "demand",
    "terms": "demand",
    "insistence": "demand",
    "wish": "demand",
    "wishes": "demand",
    "condition": "condition",
    "conditions": "condition",
    "precondition": "condition",
    "preconditions": "condition",
    "red line": "reject",
    "red lines": "reject",
    "refusal": "reject",
    "rejection": "reject",
    "opposition": "reject",
    "proposal": "offer",
    "proposals": "offer",
    "offer": "offer",
    "offers": "offer",
}
_NOUN = "|".join(sorted((re.escape(n) for n in DEMAND_NOUNS), key=len, reverse=True))
_NOUN_ADJ = (
    r"(?:(?:core|main|key|central|chief|principal|first|second|last|latest|new|other|final|top|original|own|"
    r"long-standing|longstanding|stated|headline|basic|minimum|maximum|non-negotiable|firm|public|written|"
    r"formal|opening|twin|two|three|four|five|six|seven|\d+|\w+-point)\s+){0,3}"
)
#: A possessor: a name ("Lima's", "the union's") or a possessive pronoun.
_OWNER = r"(?P<who>(?-i:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w.-]*)|(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?[\w-]+)[’']s?"
_OWNER_PRONOUN = r"(?P<pron>its|their|his|her|our)"
_INCLUDE = r"(?:include[sd]?|including|are|is|was|were|remains?|remained|consist of|comprise[sd]?)"


#: What makes a reported statement a position: it says what must, must not or can only happen.
_NORMATIVE = (
    r"\b(?:must|cannot|can't|can’t|should|has\s+to|have\s+to|needs?\s+to|would\s+be\s+(?:treated|considered|"
    r"regarded)|will\s+not|would\s+not|won[’']t|only\s+(?:if|when|once|after)|never|impossible|unacceptable|"
    r"non-negotiable|no\s+(?:[\w-]+\s+){0,3}?(?:without|unless|until|absent))\b"
)
NORMATIVE = quick_compile(_NORMATIVE, re.IGNORECASE)


#: A day or place between a verb and its clause: "insisted on Monday that …", "insists in Oslo that …".
_WHEN_WHERE = (
    r"(?:on\s+\w+day|(?:in|at)\s+(?-i:[A-Z])[\w-]+|again|repeatedly|publicly|privately|yesterday|today|"
    r"this\s+(?:week|month|morning)|last\s+(?:week|month|night))"
)
#: "no deal that …", "no settlement which …": a kind of settlement a side refuses (its lookahead).
_SETTLEMENT = (
    r"(?:[\w’'-]+\s+){0,2}?(?:deal|agreement|accord|settlement|ceasefire|truce|peace|compromise|solution|"
    r"arrangement|treaty|map|border|plan)\s+(?:that|which)\b"
)


@dataclass(frozen=True, slots=True, eq=False)
class Family:
    """One way of saying a stance: its pattern, stance, complement and speaker rule.

    Each family is made once (:data:`FAMILIES`, names unique), so it is equal only to itself and hashed by
    identity: a cue is part of memo keys (per line and cue), and hashing a family's five fields, a compiled
    pattern among them, made up much of each look-up.
    """

    name: str
    stance: str
    kind: str  # "np" | "gerund" | "object" | "clause"
    rule: str  # "subject" | "possessor" | "governor"
    pattern: re.Pattern[str]


def _family(name: str, stance: str, kind: str, rule: str, pattern: str) -> Family:
    """A family whose pattern leaves at once the positions where none of its cue words can start
    (:func:`quick_compile`: the same matches, a few times faster on the lines its hint words let through)."""
    return Family(name, stance, kind, rule, quick_compile(pattern, re.IGNORECASE))


FAMILIES: tuple[Family, ...] = (
    # nominal forms: the speaker owns the noun
    _family(
        "noun-is",
        "demand",
        "np",
        "possessor",
        rf"(?<!\bof\s)(?:\b{_OWNER}|\b{_OWNER_PRONOUN})\s+{_NOUN_ADJ}(?P<noun>{_NOUN})\b"
        r"(?:\s+(?:for|in|at)\s+[^,:;]{1,40}?)?"
        rf"\s+{_INCLUDE}\b(?!\s+(?:not\s+)?(?:\w+ly\s+)?(?:\w+ed|\w+en|set|laid|put|spelt|met|kept|unclear|"
        r"known|vague|unchanged)\b)(?:\s+(?:clear|simple|these|as\s+follows))?(?:\s+that\b)?",
    ),
    _family(
        "noun-of",
        "demand",
        "np",
        "possessor",
        rf"\b(?:one\s+of\s+)?the\s+{_NOUN_ADJ}(?P<noun>{_NOUN})\s+(?:of|by|from)\s+(?P<who>[^,:;]{{2,60}}?)\s+"
        rf"{_INCLUDE}\b(?:\s+that\b)?",
    ),
    _family(
        "noun-that",
        "demand",
        "np",
        "possessor",
        rf"(?:\b{_OWNER}|\b{_OWNER_PRONOUN})\s+{_NOUN_ADJ}(?P<noun>demands?|calls?|requests?|insistence|proposals?|"
        r"offers?|conditions?|wish)\s+(?:for|that|to)\b",
    ),
    # conditions first: "is open to X only if Y" beats "open to"
    _family(
        "open-if",
        "condition",
        "gerund",
        "subject",
        r"\b(?:is|are|was|were|remains?|remained|would be|'s|’s)\s+(?:only\s+)?(?:open|ready|willing|prepared)\s+to\b"
        r"(?=[^.;]{0,160}?\b(?:only\s+if|only\s+once|only\s+after|provided|on\s+condition|as\s+long\s+as|"
        r"so\s+long\s+as|if\b|once\b|in\s+exchange|in\s+return))",
    ),
    _family(
        "accept-if",
        "condition",
        "np",
        "subject",
        r"\b(?:only\s+)?(?:accept|agree\s+to|sign|consider|support|discuss|take\s+part\s+in)\b"
        r"(?=[^.;]{0,160}?\b(?:only\s+if|provided|on\s+condition|as\s+long\s+as|so\s+long\s+as|unless)\b)",
    ),
    _family(
        "conditions-on",
        "condition",
        "np",
        "subject",
        rf"\b{_v('condition')}\b(?!s?\s+(?:include|are|is|for|of)\b)(?=[^.;]{{3,160}}?\s+(?:on|upon)\s)",
    ),
    _family(
        "without",
        "condition",
        "clause",
        "subject",
        rf"\b{_NEG_AUX}\s+{_ADV}(?:be\s+able\s+to\s+)?(?:move|go|proceed|advance|agree|sign|accept|continue|"
        r"talk|discuss|negotiate|open|start|begin|take|make)\w*\b(?=[^.;]{0,120}?\b(?:without|unless|until|"
        r"absent|before|while|as long as|so long as)\b)",
    ),
    _family(
        "no-without",
        "condition",
        "clause",
        "governor",
        r"(?:\bthere\s+(?:can|will|could|would|shall)\s+be\s+|\b)no\s+(?:[\w’'-]+\s+){0,4}?"
        r"(?:without|unless|until|absent|while)\b",
    ),
    _family(
        "no-deal-that",
        "reject",
        "clause",
        "governor",
        rf"\bthere\s+(?:can|will|could|would|shall)\s+be\s+no\s+(?={_SETTLEMENT})",
    ),
    _family(
        "accept-no",
        "reject",
        "np",
        "subject",
        rf"\b(?:accept|sign|support|back|tolerate|want)s?\s+no\s+(?={_SETTLEMENT})",
    ),
    _family(
        "no-one-will",
        "reject",
        "clause",
        "governor",
        r"\bno\s+(?:[\w’'-]+\s+){1,3}?(?:will|would|shall|can|could|is\s+going\s+to)\s+(?:ever\s+)?",
    ),
    _family(
        "only-if",
        "condition",
        "clause",
        "subject",
        r"\b(?:will|would|could|can|shall|is|are|was|were)\s+(?:[\w’'-]+\s+){0,3}?[“\"]?only\s+(?:\w+\s+){0,6}?"
        r"(?:if|once|after|when)\b|\bon\s+(?:the\s+)?condition\s+that\b|"
        r"\bprovided\s+(?:that\s+)?(?=\w)",
    ),
    # refusals
    _family(
        "reject",
        "reject",
        "np",
        "subject",
        rf"\b(?:{_v('reject', 'oppose', 'dismiss', 'resist')}|vetoe?[sd]?|vetoing|rul(?:e|es|ed|ing)\s+out|"
        rf"turn(?:s|ed|ing)?\s+down|balk(?:s|ed|ing)?\s+at|object(?:s|ed|ing)?\s+to|"
        r"(?:has|have|had)\s+no\s+interest\s+in|(?:is|are|was|were)\s+(?:firmly\s+)?(?:against|opposed\s+to))\b",
    ),
    _family(
        "refuse",
        "reject",
        "gerund",
        "subject",
        rf"\b(?:{_v('refuse')}|declin(?:e|es|ed|ing))\s+to\b(?!\s+(?:{_SPEECH})\b)",
    ),
    _family("refuse-np", "reject", "np", "subject", rf"\b{_v('refuse')}\b(?!\s+to\b)"),
    _family(
        "will-not",
        "reject",
        "gerund",
        "subject",
        rf"\b{_NEG_AUX}\s+{_ADV}(?:be\s+)?(?={_ACTION}\b)(?!{_SPEECH}\b)|\b(?:will|would|shall)\s+never\s+(?={_ACTION}\b)",
    ),
    # demands
    _family(
        "urge",
        "demand",
        "object",
        "subject",
        rf"\b(?:{_v('urge', 'press', 'push', 'ask', 'invite', 'implore', 'encourage')}|"
        r"call(?:s|ed|ing)?\s+(?:on|upon)|appeal(?:s|ed|ing)?\s+to|told|tell(?:s|ing)?)\b"
        r"(?=\s+(?:(?!that\b|he\b|she\b|they\b|it\b|we\b|who\b|which\b)[\w’'.-]+\s+){1,8}?to\s+(?!the\b|a\b|an\b)(?-i:[a-z]))",
    ),
    _family(
        "ask-np",
        "demand",
        "np",
        "subject",
        r"\bask(?:s|ed)?\s+(?=(?:a|an)\s+(?!(?:question|series|number|few|senior|junior|spokes\w*|official|minister|"
        r"diplomat|reporter|journalist|source|member|delegate|negotiator|representative|mediator|envoy|panel|court|"
        r"judge|committee)\b)[\w-]+(?:\s+[\w,.-]+){0,3}?\s+(?:of|for)\s)"
        r"(?!(?:[\w-]+\s+){0,8}?(?:to|whether|if|about|why|how|what)\b)",
    ),
    _family(
        "press-on",
        "demand",
        "np",
        "subject",
        rf"\b(?:{_v('press', 'push', 'lean')})\s+(?-i:(?:[A-Z][\w’'.-]*\s+){{1,3}})(?:hard\s+)?on\b",
    ),
    _family(
        "call-for",
        "demand",
        "np",
        "subject",
        rf"\b(?:{_v('call', 'push', 'press', 'lobby', 'ask', 'appeal', 'plead', 'argue', 'hold')}"
        r"(?:\s+out)?|renew(?:s|ed|ing)?\s+(?:its|their|his|her)\s+calls?)\s+for\b",
    ),
    _family(
        "insist",
        "demand",
        "np",
        "subject",
        rf"\b(?:{_v('insist')})\s+(?:{_WHEN_WHERE}\s+)?(?:on|upon|that)\b|\b(?:{_v('insist')})(?=\s*[:“\"])",
    ),
    _family(
        "demand",
        "demand",
        "np",
        "subject",
        rf"\b(?:{_v('demand', 'want', 'request', 'require')}|seek(?:s|ing)?|sought|"
        rf"(?:is|are|was|were)\s+(?:pushing|pressing|holding\s+out|angling)\s+for)\b(?!\s+to\b)",
    ),
    _family("want-to", "demand", "gerund", "subject", rf"\b(?:{_v('want', 'seek')}|sought)\s+to\b"),
    _family(
        "made-clear",
        "demand",
        "np",
        "subject",
        rf"\b(?:made\s+(?:it\s+)?clear|{_v('warn', 'stress', 'maintain', 'argue')}|"
        rf"(?:{_v('emphasi[sz]e', 'reiterate', 'underline', 'repeat')}))\b(?:\s+(?:to\s+[\w\s’'-]{{1,60}}?\s+)?that)\b"
        rf"(?=[^.;]{{0,200}}?{_NORMATIVE})",
    ),
    _family(
        "hinges-on",
        "demand",
        "np",
        "subject",
        r"\b(?:hinges?|hinged|hinging)\s+on\b",
    ),
    _family(
        "red-line",
        "demand",
        "clause",
        "frame",
        r"\b(?:is|are|was|were|remains?|remained)\s+(?:a\s+|the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:red\s+lines?|non-negotiable|not\s+negotiable)\b",
    ),
    _family(
        "called-red-line",
        "reject",
        "np",
        "subject",
        rf"\b(?:{_v('consider', 'call', 'describe', 'regard', 'view', 'term')})\s+(?:it\s+|this\s+|that\s+)?"
        r"(?:as\s+)?[“\"]?(?:a|an|its|their)\s+(?:[\w-]+\s+)?red\s+line[”\"]?",
    ),
    # offers
    _family(
        "raise",
        "offer",
        "np",
        "subject",
        r"\b(?:raised?|raising|floated|broached)\s+the\s+(?:possibility|idea|prospect|option)\s+of\b",
    ),
    _family(
        "offer",
        "offer",
        "np",
        "subject",
        rf"\b(?:{_v('offer', 'propose', 'suggest', 'float')}|put(?:s|ting)?\s+forward)\b"
        r"(?!\s+to\b)(?!\s+(?:that|on|in|at|by|with|for)\b)",
    ),
    _family(
        "offer-to",
        "offer",
        "gerund",
        "subject",
        rf"\b(?:{_v('offer', 'propose')}|(?:is|are|was|were|remains?)\s+(?:ready|willing|prepared|open)|"
        r"(?:has|have|had)\s+agreed\s+in\s+principle)\s+to\b",
    ),
)

#: Verbs of saying that open a reported clause: "X said (that) Y …".
SAYING = quick_compile(
    r"\b(?:said|says|say|told\s+[\w\s’'.-]{1,40}?|added|stressed|insisted|warned|argued|noted|announced|declared|"
    r"explained|reiterated|repeated|confirmed|claimed|wrote|tweeted|posted|replied|responded|acknowledged|"
    r"made\s+(?:it\s+)?clear(?:\s+to\s+[\w\s’'.-]{1,40}?)?|indicated|signalled|signaled|suggested)"
    r"(?:\s+(?:on|in|at)\s+\w+)?(?:\s+that)?\s+$",
    re.IGNORECASE,
)

"""The vocabulary of titles and roles that candidate names are read against, and the title before a name.

Split from :mod:`briefing.derive.mentions` (which finds the candidates): the
word lists say which capitalised words head or modify a title ("Deputy
Foreign Minister"), which mark a run as no person ("Council", "Monday"),
which open sentences but never names; :func:`title_before` reads the title
standing right before a name. Other stages (roles, places, press,
affiliations) read the same lists.
"""

from __future__ import annotations

import re

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.lexicon import word_list
from briefing.derive.quick_re import quick_compile
from briefing.ingest.segment import TITLE_ABBREVIATIONS

#: Nouns that head a title or role ("Foreign Minister", "military adviser").
HEAD_NOUNS = frozenset(
    """minister president premier chancellor ambassador envoy secretary director general chief commander head
    adviser advisor negotiator spokesman spokeswoman spokesperson governor mayor senator king queen prince
    princess emir sheikh sultan chairman chairwoman chair diplomat mediator coordinator administrator leader
    deputy counsellor counselor commissioner judge justice speaker lieutenant colonel major captain admiral
    brigadier marshal officer aide consul delegate representative undersecretary vice-president
    vice-chancellor attorney-general ayatollah pope cardinal archbishop foreign-minister negotiators
    ambassadors envoys ministers counterpart columnist correspondent reporter journalist editor commentator
    co-leader co-chair co-chairs spokesmen delegation-head""".split()
) | {w.lower() for w in word_list("occupations")}
#: Roles of the press: such a person reports on the talks and belongs to no side.
JOURNALIST_ROLE = quick_compile(
    r"\b(?:columnist|correspondent|reporter|journalist|editor|commentator)\b", re.IGNORECASE
)
#: Title words that are also parts of names ("Hassan Sheikh Mohamud", "Abdul Malik").
NAME_PART_TITLES = frozenset(
    "sheikh general major king prince chief head leader judge justice marshal emir sultan".split()
)
#: Words that modify a title ("acting", "Deputy Prime", "National Security").
TITLE_MODIFIERS = frozenset(
    """acting deputy former previous chief lead senior top special foreign prime military national security
    intelligence defence defense interior finance economy trade first vice assistant associate executive
    permanent principal state affairs new incoming outgoing interim then current veteran longtime
    presidential royal crown supreme high grand regional international attorney solicitor surgeon inspector retired
    staff operations energy health education economy trade justice agriculture water resources environment
    transport labour labor culture tourism communications information planning industry commerce oil petroleum
    mines housing development investment reconciliation integration immigration homeland veterans treasury
    cooperation relations diaspora affairs legal political economic technical press media policy""".split()
)
#: Small words allowed inside a title ("Minister of State", "Envoy to Syria").
TITLE_CONNECTORS = frozenset({"of", "to", "for", "the", "on", "in"})
#: Words that mark a capitalised run as an organisation, a place or a thing.
NON_PERSON_WORDS = frozenset(
    """Council Agreement Agreements Accord Accords News Times Post Heights Nations Union Bank Ministry Department
    Forces Army Navy Party Front Organization Organisation Agency University Institute Committee Commission
    Court Parliament Assembly Congress Senate House Palace Street Centre Center Airport River Sea Ocean
    Mountains Mountain Province Region Gulf Strait Canal Dam Corridor Zone Authority Group Company
    Corporation Inc Ltd Foundation Fund Summit Talks Conference Treaty Plan Initiative Process Audio Player
    Gate Square Tower Hotel Hall Media Network TV Radio Daily Herald Journal Press Tribune Gazette Review
    Monitor Observer Independent Chronicle Telegraph Express Insider Television Channel Report Reporter
    Wire Office Embassy Government Administration Cabinet Regime Republic Kingdom State States Emirates
    Islands Coast Valley Desert Lake Bay Island Peninsula Basin Plateau Strip Bank Brigade Brigades Movement
    Alliance Coalition Federation League Association Society Service Services Police Guard Guards Corps
    Doctrine Declaration Protocol Convention Charter Act Law Bill Resolution Memorandum Framework Road
    Avenue Boulevard Stadium Museum Church Mosque Temple Airlines Airways Group Holdings Partners Capital
    Watch Rights International Amnesty Cross Crescent Programme Program Project Forum Club Studies Affairs
    Reuters Bloomberg Axios Politico Monde Figaro Spiegel Haaretz Xinhua Tass Interfax Anadolu Yonhap Kyodo
    Square Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December Christmas Ramadan Eid Easter
    Wisma Istana Dewan Palais Palacio Palazzo Schloss Château Chateau Qasr Kasr""".split()
) | word_list("organisation_words")
ORGANISATION_WORDS = word_list("organisation_words")
#: Capitalised words that start sentences but never names.
COMMON_STARTS = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Its Our My Your According After
    Before Despite While Since During For In On At As But And Or Yet If When Where Why How What Which Who
    Both Each Neither None No Not Under Over With Without Among Between Although Though Meanwhile However
    Also Still Then Now Earlier Later Today Tomorrow Yesterday There Here Such Many Most Some All Any Other
    Another Several Few Once Even Only Just So Because Unlike Like Instead Asked Speaking Writing Following
    Amid Against Within Across Through Throughout Ahead Behind Beyond Near Last Next First Second Third
    Former Senior Analysts Officials Diplomats Sources Critics Observers Reports Mr Mrs Ms Dr Sir Madam
    Dear Please Yes Notably Separately Additionally Moreover Furthermore Nevertheless Nonetheless Finally
    Initially Ultimately Overall Elsewhere Previously Similarly Likewise Crucially Importantly Officially
    Reportedly Apparently Indeed Thus Hence Therefore Otherwise Besides Regardless""".split()
)
#: A title noun used as a verb: "nominated to head the agency", "will lead the talks".
_VERB_BEFORE_TITLE = patterns.compile(
    r"\b(?:to|will|would|could|may|might|must|should|who|which|and)\s+$", re.IGNORECASE
)
_TITLE_VERBS = frozenset({"head", "lead", "chair", "direct", "coordinate"})
#: Courtesy titles (with or without a dot) mark a person but are no role.
HONORIFICS = frozenset(w.lower() for w in word_list("honorifics"))
_POSSESSIVE_END = patterns.compile(r"['’]s?$")
#: Portfolio words of titles ("Minister for Peace"), never the start of the name after them.
PORTFOLIOS = word_list("portfolios")


def is_title_word(tok: str) -> bool:
    low = tok.lower()
    if tok.endswith(".") and low.rstrip(".") in TITLE_ABBREVIATIONS:
        return True
    if low in HEAD_NOUNS or low in TITLE_MODIFIERS or low in HONORIFICS:
        return True
    parts = low.split("-")
    return len(parts) > 1 and all(p in HEAD_NOUNS or p in TITLE_MODIFIERS for p in parts) and parts[-1] in HEAD_NOUNS


def is_honorific(title: str) -> bool:
    """ "Mr", "Dr.", "Sr": a courtesy title, which marks a person but is no role."""
    return title.lower().rstrip(".") in HONORIFICS


def title_before(before: str) -> str | None:
    """The title right before a name: "US Special Envoy to Syria", "Maj. Gen.", "former chief negotiator"."""
    if before[-1:] not in (" ", "\u00a0"):
        return None
    words = before.rsplit(None, 10)[-10:]  # the last ten words: a title is read from them alone
    if not words:
        return None
    taken: list[str] = []
    for word in reversed(words):
        if word[-1] in ',;:()“”"' or (word.endswith(".") and word.lower().rstrip(".") not in TITLE_ABBREVIATIONS):
            break
        if word.lower() in TITLE_CONNECTORS and any(is_head(w) for w in taken):
            break  # "adviser to Prime Minister X": X's title is "Prime Minister"
        bare = word.rstrip(".")
        if (
            word.lower() in TITLE_CONNECTORS
            or is_title_word(word)
            or lexicon.country_for(word)
            or (bare[:1].isupper() and not _POSSESSIVE_END.search(word))
        ):
            taken.append(word)
        else:
            break
    while taken and taken[-1].lower() in TITLE_CONNECTORS:
        taken.pop()
    title_words = list(reversed(taken))
    while title_words and title_words[-1].lower() in TITLE_CONNECTORS:
        return None
    if not title_words or not any(is_head(w) for w in title_words):
        return None
    if title_words[0].lower() in _TITLE_VERBS:
        rest = before[: len(before.rstrip()) - len(" ".join(title_words))]
        if _VERB_BEFORE_TITLE.search(rest):
            return None  # "nominated to head Rosatom": a verb, and what follows is no person
    return " ".join(title_words)


def is_head(word: str) -> bool:
    low = word.lower()
    if low in HEAD_NOUNS or low in HONORIFICS or (word.endswith(".") and low.rstrip(".") in TITLE_ABBREVIATIONS):
        return True
    if "-" in low and word[:1].isupper() and is_title_word(word):
        return True  # "Lieutenant-Colonel", "Vice-Admiral"
    return word.islower() and len(word) > 5 and word.endswith("ist")  # "hydrologist", "economist"


def has_head_noun(phrase: str) -> bool:
    return any(is_head(w.strip("’'")) or _POSSESSIVE_END.sub("", w).lower() in HEAD_NOUNS for w in phrase.split())


#: Articles a titled name's phrase may open with, and the words before its title (the pattern
#: ``(?:[a-z][\w-]*\s+)`` a whole token matches).
_ARTICLES = frozenset({"the", "a", "an"})
_LOWER_WORD = patterns.compile(r"[a-z][\w-]*")
_UPPER = frozenset(lexicon.UPPER)


def opens_with_titled_name(phrase: str) -> bool:
    r"""A phrase that opens with a title and its name ("legal adviser Yared Tessema and ..."): an article
    perhaps, at most three lower-case words, a head noun, a capital. Token by token, what the pattern
    ``^(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:HEADS)\s+[UPPER]`` matches, without compiling an
    alternation of every head noun at import."""
    if not phrase[:1] or phrase[:1].isspace():
        return False
    toks = phrase.split()
    for i, tok in enumerate(toks[:5]):
        if tok in HEAD_NOUNS and i + 1 < len(toks) and toks[i + 1][0] in _UPPER:
            limit = 4 if toks[0] in _ARTICLES else 3
            if i <= limit and all(_LOWER_WORD.fullmatch(t) for t in toks[:i]):
                return True
        if not _LOWER_WORD.fullmatch(tok):
            return False
    return False

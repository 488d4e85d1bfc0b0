"""People: names with their titles and roles, merged across outlets.

Every run of capitalised words in a body sentence is a candidate. A
candidate is split into a title part (title vocabulary, states, demonyms)
and a name part; it counts as a person when some mention of it carries a
cue of news English: a title before it, an appositive role before or after
it, "headed / led / joined / accompanied by" before it, a verb of speech
after it, or a role after its possessive ("N's military adviser").
Spellings are merged by :mod:`briefing.derive.names`; a bare surname joins
the one person with that surname. The byline's author is a journalist.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import ClassVar

from briefing.derive import lexicon
from briefing.derive.names import ARTICLES, cluster_names, name_tokens, surname_key
from briefing.ingest.segment import TITLE_ABBREVIATIONS
from briefing.model import Person, Sentence, Source

#: Nouns that head a title or role ("Foreign Minister", "military adviser").
HEAD_NOUNS = frozenset(
    """minister president premier chancellor ambassador envoy secretary director general chief commander head
    adviser advisor negotiator spokesman spokeswoman spokesperson governor mayor senator king queen prince
    princess emir sheikh sultan chairman chairwoman chair diplomat mediator coordinator administrator leader
    deputy counsellor counselor commissioner judge justice speaker lieutenant colonel major captain admiral
    brigadier marshal officer aide consul delegate representative undersecretary vice-president
    vice-chancellor attorney-general ayatollah pope cardinal archbishop foreign-minister negotiators
    ambassadors envoys ministers counterpart columnist correspondent reporter journalist editor commentator""".split()
)
#: Roles of the press: such a person reports on the talks and belongs to no side.
JOURNALIST_ROLE = re.compile(r"\b(?:columnist|correspondent|reporter|journalist|editor|commentator)\b", re.IGNORECASE)
#: Title words that are also parts of names ("Hassan Sheikh Mohamud", "Abdul Malik").
NAME_PART_TITLES = frozenset(
    "sheikh general major king prince chief head leader judge justice marshal emir sultan".split()
)
#: Words that modify a title ("acting", "Deputy Prime", "National Security").
TITLE_MODIFIERS = frozenset(
    """acting deputy former previous chief lead senior top special foreign prime military national security
    intelligence defence defense interior finance economy trade first vice assistant associate executive
    permanent principal state affairs new incoming outgoing interim then current veteran longtime
    presidential royal crown supreme high grand regional international attorney solicitor surgeon inspector
    staff operations energy health education economy trade justice agriculture water resources environment
    transport labour labor culture tourism communications information planning industry commerce oil petroleum
    mines housing development investment reconciliation integration immigration homeland veterans treasury
    cooperation relations diaspora affairs""".split()
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
    July August September October November December Christmas Ramadan Eid Easter""".split()
)
#: Capitalised words that start sentences but never names.
COMMON_STARTS = frozenset(
    """The A An This That These Those It He She They We I You His Her Their Its Our My Your According After
    Before Despite While Since During For In On At As But And Or Yet If When Where Why How What Which Who
    Both Each Neither None No Not Under Over With Without Among Between Although Though Meanwhile However
    Also Still Then Now Earlier Later Today Tomorrow Yesterday There Here Such Many Most Some All Any Other
    Another Several Few Once Even Only Just So Because Unlike Like Instead Asked Speaking Writing Following
    Amid Against Within Across Through Throughout Ahead Behind Beyond Near Last Next First Second Third
    Former Senior Analysts Officials Diplomats Sources Critics Observers Reports Mr Mrs Ms Dr Sir Madam
    Dear Please Yes""".split()
)
#: Verbs of speech and reporting after a name ("Leiter said").
_SPEECH_AFTER = re.compile(
    r"^\s*(?:,\s*[^,]{0,60},\s*)?(?:has\s+|had\s+|also\s+|later\s+|then\s+)?"
    r"(?:said|says|told|added|warned|insisted|urged|stated|noted|argued|wrote|stressed|explained|announced|"
    r"declared|claimed|asked|replied|responded|acknowledged|confirmed|denied|tweeted|posted|called|demanded|"
    r"rejected|accused|praised|met|arrived|left|spoke|described)\b"
)
#: Words before a name that make it a participant ("headed by X", "joined by X").
_BY_BEFORE = re.compile(
    r"(?:\b(?:headed|led|joined|accompanied|chaired|represented|moderated|mediated|hosted|appointed|named|"
    r"replaced|succeeded|flanked)\s+by|\bincluding|\bincludes?|\bsent|\bdispatched|\bwill\s+be)\s+$",
    re.IGNORECASE,
)
#: Name tokens: a capitalised word (with an optional article prefix "al-"), or an initial.
_NAME_TOKEN = (
    r"(?:(?:al|el|ad|as|ash|an|ar|at|az|ul|ud|abu|abd|bin|ibn|ben|de|di|da|du|le|la|van|von|der)[-‐])?"
    r"[A-Z][\w]*(?:['’](?!s\b)\w+)*(?:[-‐][A-Za-z][\w]*(?:['’](?!s\b)\w+)*)*"
)
_ABBREV = r"(?:[A-Z][a-z]{0,5}\.)"
_PARTICLE = r"(?:bin|ibn|bint|ben|de|da|di|du|del|della|van|von|der|den|le|la|al|el|abu|abd)"
_RUN = re.compile(
    rf"(?<![\w’'-])(?:{_ABBREV}\s+)*{_NAME_TOKEN}(?:\s+(?:{_PARTICLE}\s+)*(?:{_NAME_TOKEN}|{_ABBREV}(?=\s+[A-Z])))*"
)
_TOKEN_SPLIT = re.compile(r"\s+")
_POSSESSIVE_AFTER = re.compile(r"^['’]s?\s+((?:[\w-]+\s+){0,3}?)([\w-]+)\b")
_APPOSITIVE_AFTER = re.compile(
    r"^,\s+((?:the|a|an|its|his|her|their|[A-Z][\w]*['’]s)\s+[^,.;:()“”\"]{2,90}?)(?=[,.;:]|\s+who\b|$)"
)
_DETERMINERS = re.compile(r"(?:^|\s)((?:the|a|an|its|his|her|their|our|[A-Z][\w-]*['’]s)\s)", re.IGNORECASE)
_OF_STATE_AFTER = re.compile(r"^\s+of\s+((?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})")
MAX_NAME_TOKENS = 4
_WORD = re.compile(r"\S+")
#: Courtesy titles mark a person but are no role.
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Messrs|Mme|Mlle|Sir|Madam)\.?$")
_POSSESSIVE_MARK = re.compile(r"['’]s?\b|['’]\s")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CLAUSE_BREAK = re.compile(r"[,;:()“”\"]|\b(?:is|was|are|were|be|by)\s")
_LEADING_DETERMINER = re.compile(r"^(?:the|a|an|its|his|her|their|our)\s+", re.IGNORECASE)
_OWNER_BEFORE = re.compile(r"(?:^|\s)((?:the\s+)?(?:[A-Z][\w.-]*\s+){1,3})$")
#: A credit line at the foot of wire copy: "Reporting by A; Editing by B".
CREDIT_LINE = re.compile(r"^\s*\(?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s")
_CREDIT_NAMES = re.compile(
    r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled)\s+by\s+(.+?)(?=;|\)|$|\s+[Ee]diting\b|\s+[Ww]riting\b)"
)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z]+")
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


def find_people(sources: list[Source]) -> list[Person]:
    """Every person named in the body text, spellings merged, plus each byline's author."""
    lower_words = _lowercase_vocabulary(sources)
    mentions: list[Mention] = []
    for src in sources:
        outlet = src.outlet_key
        for sent in src.body:
            mentions.extend(sentence_mentions(sent, outlet, lower_words))
    people = _assemble(mentions)
    people.extend(_journalists(sources, people))
    for i, person in enumerate(people, start=1):
        person.id = f"p{i}"
    return people


_VOCABULARY_MEMO: dict[tuple[tuple[str, int], ...], frozenset[str]] = {}


def _lowercase_vocabulary(sources: list[Source]) -> frozenset[str]:
    """Words seen in lower case anywhere: "Joining" at a sentence start is a word, not a name.

    Several stages need it for the same sources, so the last result is kept.
    """
    key = tuple((src.id, len(src.text)) for src in sources)
    if key not in _VOCABULARY_MEMO:
        words: set[str] = set()
        for src in sources:
            for sent in src.body:
                words.update(_LOWER_WORD.findall(sent.text))
        _VOCABULARY_MEMO.clear()
        _VOCABULARY_MEMO[key] = frozenset(words)
    return _VOCABULARY_MEMO[key]


@dataclass(frozen=True, slots=True)
class _Parsed:
    surface: str
    start: int
    end: int
    roles: tuple[str, ...]
    cue: bool
    strong: bool
    possessive: bool


def sentence_mentions(sent: Sentence, outlet: str, lower_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Candidate names in one sentence, each with its roles and whether a cue marks it a person."""
    if CREDIT_LINE.match(sent.text):
        return []
    return [
        Mention(p.surface, sent, outlet, p.start, p.end, list(p.roles), p.cue, p.strong, p.possessive)
        for p in _parse(sent.text, _leading_common(sent.text, lower_words))
    ]


@lru_cache(maxsize=1 << 16)
def _leading_common(text: str, lower_words: frozenset[str]) -> int:
    """How many words opening the sentence are ordinary words ("Joining Leiter will be ...")."""
    m = _RUN.match(text, len(text) - len(text.lstrip(" “\"‘'(")))
    if not m:
        return 0
    n = 0
    for tok in m.group().split():
        if not _common_word(tok, lower_words):
            break
        n += 1
    return n


@lru_cache(maxsize=1 << 16)
def _parse(text: str, leading: int) -> tuple[_Parsed, ...]:
    """The candidates of a sentence; cached because several stages re-read the same sentences."""
    found: list[_Parsed] = []
    for m in _RUN.finditer(text):
        at_start = not text[: m.start()].strip(" “\"‘'(")
        parsed = _split_title(m.group(), m.start(), text, leading if at_start else 0)
        if parsed is None:
            continue
        name, start = parsed
        mention = Mention(name, _NO_SENTENCE, "", start, start + len(name))
        _add_cues(mention, text)
        found.append(
            _Parsed(name, start, mention.end, tuple(mention.roles), mention.cue, mention.strong, mention.possessive)
        )
    return tuple(found)


def _split_title(run: str, run_start: int, text: str, leading: int) -> tuple[str, int] | None:
    """The name part of a capitalised run (title words and states before it dropped)."""
    toks = [(t.group(), run_start + t.start()) for t in _WORD.finditer(run)][leading:]
    last_title = -1
    for i, (tok, _) in enumerate(toks):
        if not (_is_title_word(tok) or lexicon.country_for(tok)):
            continue
        if tok.lower() in NAME_PART_TITLES and i > 0 and i - 1 > last_title:
            continue  # "Hassan Sheikh Mohamud": a title word inside a name
        last_title = i
    name = toks[last_title + 1 :]
    while name and name[0][0].lower() in {"bin", "ibn", "de", "van", "von", "la", "le", "abu"}:
        name = name[1:]
    if not name or len(name) > MAX_NAME_TOKENS:
        return None
    words = [t for t, _ in name]
    if any(w in NON_PERSON_WORDS or w.strip(".") in NON_PERSON_WORDS for w in words):
        return None
    if any(len(w) >= 2 and w.isupper() for w in words) or words[-1].endswith("."):
        return None
    surface = text[name[0][1] : name[-1][1] + len(name[-1][0])]
    if lexicon.country_mentions(surface) or not name_tokens(surface):
        return None
    if len(words) == 1 and words[0] in COMMON_STARTS:
        return None
    return surface, name[0][1]


def _common_word(tok: str, lower_words: frozenset[str]) -> bool:
    if tok.lower() in ARTICLES:
        return False
    return tok in COMMON_STARTS or tok.lower() in lower_words or tok.endswith("ing")


def _is_title_word(tok: str) -> bool:
    low = tok.lower()
    if tok.endswith(".") and low.rstrip(".") in TITLE_ABBREVIATIONS:
        return True
    return low in HEAD_NOUNS or low in TITLE_MODIFIERS


def _add_cues(mention: Mention, text: str) -> None:
    before = text[: mention.start]
    after = text[mention.end :]
    title = _title_before(before)
    if title:
        of_state = _OF_STATE_AFTER.match(after)
        if of_state and lexicon.country_for(of_state.group(1)):
            title = f"{title} of {of_state.group(1)}"
        if not _HONORIFIC.match(title):
            mention.roles.append(title)
        mention.cue = mention.strong = True
    role = _appositive_before(before[: before.rfind(title)] if title else before)
    if role:
        mention.roles.append(role)
        mention.cue = mention.strong = True
    m = _APPOSITIVE_AFTER.match(after)
    if m and _has_head_noun(m.group(1)) and not lexicon.country_for(mention.surface):
        mention.roles.append(_clean_role(m.group(1)))
        mention.cue = mention.strong = True
    if _BY_BEFORE.search(before) or _SPEECH_AFTER.match(after):
        mention.cue = True
    mention.possessive = bool(_POSSESSIVE_MARK.match(after))
    pm = _POSSESSIVE_AFTER.match(after)
    if pm and pm.group(2).lower() in HEAD_NOUNS:
        mention.cue = mention.strong = True


def _title_before(before: str) -> str | None:
    """The title right before a name: "US Special Envoy to Syria", "Maj. Gen.", "former chief negotiator"."""
    words = before.split()
    if not words or before[-1:] not in (" ", "\u00a0"):
        return None
    taken: list[str] = []
    for word in reversed(words[-10:]):
        if word[-1] in ',;:()“”"' or (word.endswith(".") and word.lower().rstrip(".") not in TITLE_ABBREVIATIONS):
            break
        bare = word.rstrip(".")
        if (
            word.lower() in TITLE_CONNECTORS
            or _is_title_word(word)
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
    if not title_words or not any(_is_head(w) for w in title_words):
        return None
    return " ".join(title_words)


def _is_head(word: str) -> bool:
    low = word.lower()
    return low in HEAD_NOUNS or (word.endswith(".") and low.rstrip(".") in TITLE_ABBREVIATIONS)


def _has_head_noun(phrase: str) -> bool:
    return any(_is_head(w.strip("’'")) or _POSSESSIVE_END.sub("", w).lower() in HEAD_NOUNS for w in phrase.split())


def _appositive_before(before: str) -> str | None:
    """ "its ambassador to the United States, X": the role phrase ending in the comma before a name."""
    stripped = before.rstrip()
    if not stripped.endswith(","):
        return None
    clause = stripped[:-1]
    clause = _CLAUSE_BREAK.split(clause)[-1]
    starts = [m.start(1) for m in _DETERMINERS.finditer(clause)]
    for start in reversed(starts):
        phrase = clause[_owner_start(clause, start) :].strip()
        if _has_head_noun(phrase) and len(phrase.split()) <= 12:
            return _clean_role(phrase)
    return None


def _owner_start(clause: str, start: int) -> int:
    """Where a possessive owner begins: "the European Union's envoy", not "Union's envoy"."""
    m = _OWNER_BEFORE.search(clause[:start])
    return m.start(1) if m and clause[start : start + 1].isupper() else start


def _clean_role(role: str) -> str:
    role = _LEADING_DETERMINER.sub("", role.strip())
    return role.strip(" ,")


@dataclass(slots=True)
class _Group:
    """Mentions of one person being assembled."""

    surfaces: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


def _assemble(mentions: list[Mention]) -> list[Person]:
    """Merge mentions into people: full names by key, bare surnames when unambiguous."""
    by_surface: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_surface[m.surface].append(m)
    full = sorted(s for s in by_surface if len(name_tokens(s)) >= 2)
    groups: list[_Group] = []
    for cluster in cluster_names(full):
        group = _Group(list(cluster), [m for s in cluster for m in by_surface[s]])
        if any(m.cue for m in group.mentions):
            groups.append(group)
    groups = _attach_double_surnames(groups)
    by_surname: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({surname_key(s) for s in group.surfaces}):
            by_surname[key].append(group)
    by_given: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({name_tokens(s)[0] for s in group.surfaces if len(name_tokens(s)) >= 2}):
            by_given[key].append(group)
    for surface in sorted(s for s in by_surface if len(name_tokens(s)) == 1):
        owners = by_surname.get(surname_key(surface), [])
        if not owners and any(m.cue for m in by_surface[surface]):
            owners = by_given.get(surname_key(surface), [])  # "Abiy said": a name used without a surname
        if len(owners) == 1:
            owners[0].surfaces.append(surface)
            owners[0].mentions.extend(by_surface[surface])
        elif not owners and any(m.strong for m in by_surface[surface]):
            groups.append(_Group([surface], list(by_surface[surface])))
    people = [_person(g) for g in groups]
    order = {id(p): _first_position(g) for p, g in zip(people, groups, strict=True)}
    people.sort(key=lambda p: order[id(p)])
    return people


def _attach_double_surnames(groups: list[_Group]) -> list[_Group]:
    """ "Rojas Salazar replied": two names without a title, ending one person's longer name, are that person.

    Only bare references qualify: with a title ("President Hafez al-Assad") two names are a full name.
    """
    suffixes: dict[tuple[str, ...], list[_Group]] = defaultdict(list)
    for group in groups:
        for key in sorted({tuple(name_tokens(s)[-2:]) for s in group.surfaces if len(name_tokens(s)) >= 3}):
            suffixes[key].append(group)
    kept: list[_Group] = []
    for group in groups:
        keys = {tuple(name_tokens(s)) for s in group.surfaces}
        owners = suffixes.get(next(iter(keys)), []) if len(keys) == 1 else []
        bare = len(next(iter(keys))) == 2 and not any(m.strong for m in group.mentions)
        if bare and len(owners) == 1 and owners[0] is not group:
            owners[0].surfaces.extend(group.surfaces)
            owners[0].mentions.extend(group.mentions)
        else:
            kept.append(group)
    return kept


def _first_position(group: _Group) -> tuple[str, int, int]:
    first = min(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start + m.start))
    return (first.sentence.source_id, first.sentence.start, first.start)


def _person(group: _Group) -> Person:
    ordered = sorted(group.mentions, key=lambda m: (m.sentence.source_id, m.sentence.start, m.start))
    counts: dict[str, int] = defaultdict(int)
    for m in ordered:
        counts[m.surface] += 1
    full = [s for s in counts if len(name_tokens(s)) >= 2] or list(counts)
    name = max(full, key=lambda s: (counts[s], len(s), -full.index(s)))
    variants = sorted(counts, key=lambda s: (-len(name_tokens(s)), s))
    roles: list[str] = []
    seen: set[str] = set()
    for m in ordered:
        for role in m.roles:
            if role.casefold() not in seen:
                seen.add(role.casefold())
                roles.append(role)
    sentence_ids = list(dict.fromkeys(m.sentence.id for m in ordered))
    kind = "journalist" if any(JOURNALIST_ROLE.search(r) for r in roles) else "official"
    return Person(id="", name=name, variants=variants, roles=roles, mentions=sentence_ids, kind=kind)


def _journalists(sources: list[Source], people: list[Person]) -> list[Person]:
    """Bylines and wire credit lines ("Reporting by A; Editing by B") name the press: people of no party."""
    known = {p.name for p in people}
    found: dict[str, Person] = {}
    for src in sources:
        names = re.split(r"\s*(?:,|\band\b|&)\s*", src.byline) if src.byline else []
        credit_lines = [b.text for b in src.boilerplate if b.kind == "credits"]
        for line in [*credit_lines, *(s.text for s in src.body)]:
            if CREDIT_LINE.match(line):
                for credit in _CREDIT_NAMES.finditer(line):
                    names += re.split(r"\s*(?:,|\band\b|&|\bin\s+[A-Z]\w+)\s*", credit.group(1))
        for name in names:
            name = name.strip()
            if len(name_tokens(name)) < 2 or name in known:
                continue
            person = found.setdefault(name, Person(id="", name=name, variants=[name], kind="journalist"))
            if "journalist" not in person.roles:
                person.roles.append("journalist")
    return [found[n] for n in sorted(found)]


class PersonLocator:
    """Finds where known people are named in a sentence (any spelling or bare surname).

    Re-reads the sentence's cached capitalised runs rather than searching for
    every variant, so the cost stays linear in the text whatever the number
    of people. Parties, delegations and discrepancies all locate the same
    people in the same sentences, so :meth:`shared` hands them one locator
    that remembers its answers.
    """

    _memo: ClassVar[dict[tuple[object, ...], PersonLocator]] = {}

    def __init__(self, sources: list[Source], people: list[Person]) -> None:
        self._lower_words = _lowercase_vocabulary(sources)
        self._by_surface: dict[str, Person] = {}
        self._found: dict[str, list[tuple[Mention, Person]]] = {}
        #: Results other stages derive from these mentions, kept with them (e.g. delegation frames).
        self.memo: dict[str, object] = {}
        for person in people:
            if person.kind == "journalist":
                continue
            for variant in [person.name, *person.variants]:
                self._by_surface.setdefault(variant, person)

    @classmethod
    def shared(cls, sources: list[Source], people: list[Person]) -> PersonLocator:
        """One locator per (sources, people), kept until asked for another."""
        officials = [p for p in people if p.kind != "journalist"]
        key = (
            tuple((src.id, len(src.text)) for src in sources),
            tuple((id(p), p.name, tuple(p.variants)) for p in officials),
        )
        if key not in cls._memo:
            cls._memo.clear()
            cls._memo[key] = cls(sources, officials)
        return cls._memo[key]

    def find(self, sent: Sentence) -> list[tuple[Mention, Person]]:
        """Mentions of known people in reading order, each with its person."""
        cached = self._found.get(sent.id)
        if cached is not None:
            return cached
        out: list[tuple[Mention, Person]] = []
        for p in _parse(sent.text, _leading_common(sent.text, self._lower_words)):
            person = self._by_surface.get(p.surface)
            if person is not None:
                mention = Mention(p.surface, sent, "", p.start, p.end, list(p.roles), p.cue, p.strong, p.possessive)
                out.append((mention, person))
        self._found[sent.id] = out
        return out

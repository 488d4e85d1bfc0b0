"""Who speaks a demand: a subject phrase, a possessor or a quote's speaker, turned into a party.

A phrase names a party directly (a state, its capital or demonym, an
alias, a person whose party is known: :class:`PartyResolver`), through a
document ("the movement's memorandum", "the draft submitted by Lima": the
author speaks; a document named again alone is the one last attributed),
through a generic noun ("the government", "the rebels", "the delegation":
the one negotiating side of that kind, else the one this article last spoke
of), or through a pronoun (the party this article last spoke of; a
possessive pronoun first looks for a party named earlier in its sentence).
Journalists, analysts and joint bodies never speak for a party, and
first-person words in a quote are the quote's speaker's.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from briefing import patterns
from briefing.derive import lexicon
from briefing.derive.names import name_key
from briefing.derive.parties import PartyResolver
from briefing.derive.quick_re import whole_phrases
from briefing.model import Party, Person

#: Nouns of a government side and of an armed or political movement; heads of a delegation's side.
STATE_WORDS = frozenset(
    "government governments administration authorities cabinet regime state army military junta presidency "
    "ministry executive federal troops".split()
)
MOVEMENT_WORDS = frozenset(
    "movement group rebels rebel insurgents insurgent insurgency guerrillas guerrilla militia militias fighters "
    "front command organisation organization faction alliance coalition opposition separatists militants bloc "
    "body".split()
)
SIDE_WORDS = frozenset("delegation delegations side team negotiators negotiator camp leadership delegates".split())
#: Words before "group" that make it a committee, not a movement ("working group").
_COMMITTEE = frozenset("working contact study advisory expert technical steering friends focus task".split())
#: Documents whose author speaks through them; joint ones are outcomes, never one side's.
DOCUMENTS = frozenset(
    "memorandum memo proposal proposals counter-proposal counterproposal counter-offer draft paper plan response "
    "reply letter document list platform submission offer note roadmap blueprint chapter framework statement "
    "position non-paper communication demands".split()
)
_JOINT = patterns.compile(
    r"\b(?:joint|agreed|final|common|signed|agreement|arrangement|deal|accord|communiqu\w*|declaration|"
    r"mediators?|mediation|both|two\s+sides|parties)\b",
    re.IGNORECASE,
)
#: Who never speaks for a party.
_OUTSIDER = patterns.compile(
    r"\b(?:analysts?|researchers?|professor|scholars?|commentators?|columnists?|institute|university|think[- ]tank|"
    r"editors?|correspondents?|journalists?|reporters?|economists?|historians?|critics?|pundits?|bloggers?|"
    r"our\s+correspondent|residents?|shopkeepers?|villagers?|farmers?)\b",
    re.IGNORECASE,
)
#: Heads of a subject that name an event or a joint text, never a side ("the Paris talks", "the deal").
_EVENTS = frozenset(
    "talks negotiations meeting meetings round rounds summit process conference deal agreement accord ceasefire "
    "truce arrangement session sessions dialogue forum".split()
)
_FIRST_PERSON = frozenset("we i us our my".split())
#: Subjects that are nobody in particular: "you do not pay …", "nobody wants …".
_NOBODY_WORDS = frozenset("you your one nobody everyone anyone someone no-one".split())
#: Subjects that are both sides at once: what they call for together is an outcome, no side's demand.
_JOINT_SUBJECT = patterns.compile(
    r"(?:both|the\s+two|all\s+(?:the\s+)?(?:two|three|four|parties|sides))\s+(?:[\w-]+\s+)?"
    r"(?:sides|delegations|parties|governments|teams|negotiators|leaders|countries|states|capitals|camps)\b"
    r"|(?:the\s+)?(?:parties|sides)$",
    re.IGNORECASE,
)
PRONOUNS = frozenset("it they he she its their his her them".split())
_PREPOSITIONS = frozenset(
    "in at on to from with for by after before during since under over near between about against into "
    "through within without toward towards across amid despite following ahead".split()
)
_WORD = patterns.compile(r"[\w’'.-]+")


@dataclass(slots=True)
class Memory:
    """What an article has said so far that later sentences lean on: pronouns, documents, generic nouns."""

    last: str | None = None  # the party last spoken of
    it: str | None = None  # the party behind the last non-person subject ("it")
    person: str | None = None  # the party of the last person who spoke ("he", "she")
    kinds: dict[str, str] = field(default_factory=dict)  # "state"/"movement" -> last party of that kind
    docs: dict[str, str] = field(default_factory=dict)  # document noun -> its author
    doc: str | None = None  # the author of the last document named
    quote: str | None = None  # the party of the last quote's speaker
    content: tuple[str, str] | None = None  # (party, words) of the last statement: "rejects this"
    demand: tuple[str, str] | None = None  # (party, words) of the last demand or condition: "rejects the demand"
    named: Counter[str] = field(default_factory=Counter)  # how often the article has named each party so far


@dataclass(frozen=True, slots=True)
class Who:
    """A phrase resolved: the party, and how (``person``, ``document``, ``pronoun``, ``generic``, ``name``)."""

    party: str | None
    how: str = "name"

    @property
    def first_person(self) -> bool:
        return self.how == "first"


NOBODY = Who(None, "none")


class Speakers:
    """Resolves speaker phrases to parties for one derivation (answers for fixed phrases remembered)."""

    def __init__(self, parties: list[Party], people: list[Person]) -> None:
        self._resolver = PartyResolver(parties, people)
        self._seen: dict[str, str | None] = {}
        self._readings: dict[str, tuple[str, str | None]] = {}
        self._mentioned: dict[str, list[str]] = {}
        self.parties = parties
        self._by_kind = {
            "state": [p.name for p in parties if p.role == "party" and lexicon.is_country(p.name)],
            "movement": [p.name for p in parties if not lexicon.is_country(p.name) and _movement(p)],
        }
        #: The kinds a party is the side of, in the order of ``_by_kind``: what :meth:`remember` records.
        self._kinds_of: dict[str, tuple[str, ...]] = {}
        for kind, sides in self._by_kind.items():
            for side in sides:
                self._kinds_of[side] = (*self._kinds_of.get(side, ()), kind)
        self._role = {p.name: p.role for p in parties}
        heads: dict[str, list[str]] = {}
        for p in parties:
            words = p.name.lower().split()
            if len(words) > 1 and words[-1] in MOVEMENT_WORDS | STATE_WORDS and p.role != "mediator":
                heads.setdefault(words[-1], []).append(p.name)
        #: "the coalition" is the "Ranaw Unity Coalition" when one side's name ends so (its head noun).
        self._by_head = {head: names[0] for head, names in heads.items() if len(names) == 1}
        self._kind = {p.name: "state" if lexicon.is_country(p.name) else "movement" for p in parties}
        self._journalists = {
            name_key(v) for p in people if p.kind == "journalist" for v in [p.name, *p.variants] if v.strip()
        }
        self._person_words = {
            name_key(v.split()[-1])
            for p in people
            if p.kind != "journalist"
            for v in [p.name, *p.variants]
            if v.split()
        }
        aliases = sorted({a for p in parties for a in [p.name, *p.aliases] if len(a) > 1}, key=len, reverse=True)
        self._mention = whole_phrases(aliases) if aliases else None

    def role(self, party: str) -> str | None:
        return self._role.get(party)

    def kind_of(self, party: str) -> str:
        return self._kind.get(party, "movement")

    def direct(self, phrase: str) -> str | None:
        """The party a phrase names outright (PartyResolver, remembered), or None."""
        if phrase not in self._seen:
            self._seen[phrase] = self._resolver.resolve(phrase)
        return self._seen[phrase]

    def is_outsider(self, phrase: str) -> bool:
        """A journalist, analyst or bystander: never the voice of a party."""
        if _OUTSIDER.search(phrase):
            return True
        names = re.findall(r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*", phrase)
        return any(name_key(n) in self._journalists for n in names)

    def resolve(self, phrase: str | None, memory: Memory, line: str = "", at: int = 0) -> Who:
        """The party ``phrase`` (a subject or possessor, found at ``at`` in ``line``) stands for."""
        if not phrase:
            return NOBODY
        reading = self._readings.get(phrase)
        if reading is None:
            reading = self._readings[phrase] = self._read(phrase)
        how, value = reading
        if how in {"name", "person"}:
            return Who(value, how)
        if how == "pronoun":
            return Who(self._pronoun(value or "", memory, line, at), "pronoun")
        if how == "document":
            return self._document(phrase.strip(" ,“”\"'"), memory, line, at) or NOBODY
        if how == "generic":
            named = self._by_head.get(_core(phrase).lower().split()[-1])
            return Who(named or self._of_generic(value or "", memory), "generic")
        return NOBODY if how == "none" else Who(None, how)

    def _read(self, phrase: str) -> tuple[str, str | None]:
        """What a phrase is, apart from what the article said before: (how, party or word or kind).

        Remembered per phrase: subjects repeat a lot across a large folder.
        """
        raw = phrase.strip(" ,“”\"'")
        words = raw.lower().split()
        if not words or self.is_outsider(raw):
            return ("none", None)
        if words[0] in _FIRST_PERSON:
            return ("first", None)
        if words[0] in _NOBODY_WORDS or _JOINT_SUBJECT.match(raw):
            return ("nobody", None)
        if len(words) == 1 and words[0] in PRONOUNS:
            return ("pronoun", words[0])
        if any(w.lower() in DOCUMENTS for w in _WORD.findall(raw)):
            return ("document", None)
        core = _core(raw)
        if core.lower().split()[-1:] and core.lower().split()[-1] in _EVENTS:
            return ("none", None)  # "the Paris talks seek to …": an event, not a side
        party = self._named(core)
        if party:
            return ("person" if self._is_person(core) else "name", party)
        kind = _generic_kind(core)
        return ("generic", kind) if kind else ("none", None)

    def _named(self, core: str) -> str | None:
        """A direct name, unless the phrase joins two parties ("Qatar's envoy and Oman's").

        Aliases are looked for first, however short ("DLM chairman X" is the DLM's
        whatever party X was given), then the resolver's own reading.
        """
        named = self.mentioned(core)
        party = named[0] if len(set(named)) == 1 else self.direct(core)
        if party and re.search(r"\s(?:and|&)\s", core):
            sides = {self.direct(p) for p in re.split(r"\s(?:and|&)\s", core)}
            if len(sides - {None}) > 1:
                return None
        return party

    def _is_person(self, core: str) -> bool:
        names = re.findall(r"[A-Z][\w’'-]+", core)
        return bool(names) and name_key(names[-1]) in self._person_words

    def _pronoun(self, word: str, memory: Memory, line: str, at: int) -> str | None:
        if word in {"its", "their", "his", "her"} and line:
            near = self.last_mention(line[:at])
            if near:
                return near
        if word in {"it", "its"}:
            return memory.it or memory.last
        if word in {"he", "she", "his", "her"}:
            return memory.person or memory.last
        return memory.last

    def mentioned(self, text: str) -> list[str]:
        """The parties named by their names or aliases in ``text``, in order (remembered per text: a line
        copied across outlets is searched once)."""
        if self._mention is None:
            return []
        named = self._mentioned.get(text)
        if named is None:
            named = self._mentioned[text] = [p for m in self._mention.finditer(text) if (p := self.direct(m.group()))]
        return named

    def last_mention(self, text: str) -> str | None:
        """The party named last in ``text`` (names, aliases and generic nouns)."""
        best: tuple[int, str] | None = None
        if self._mention is not None:
            for m in self._mention.finditer(text):
                party = self.direct(m.group())
                if party:
                    best = (m.start(), party)
        return best[1] if best else None

    def _document(self, raw: str, memory: Memory, line: str, at: int) -> Who | None:
        """A document as the speaker: its author ("the movement's memorandum", "the draft submitted by Lima")."""
        words = _WORD.findall(raw)
        heads = [i for i, w in enumerate(words) if w.lower() in DOCUMENTS]
        if not heads:
            return None
        i = heads[0]
        if _JOINT.search(" ".join(words[: i + 1])):
            return NOBODY
        noun = words[i].lower()
        before = " ".join(words[:i])
        owner = re.sub(r"[’']s?$", "", before.split(",")[-1].strip()) if before else ""
        after = " ".join(words[i + 1 :])
        by = re.search(r"\b(?:by|of|from)\s+(?P<who>.+)$", after)
        for phrase in (owner, by.group("who") if by else ""):
            phrase = re.sub(r"^(?:the|a|an)\s+(?=[a-z]+$)", "", phrase.strip()) if phrase else ""
            if not phrase or phrase.lower() in {"the", "a", "an", "this", "that"}:
                continue
            who = self.resolve(phrase, memory, line, at)
            if who.party:
                memory.docs[noun] = who.party
                memory.doc = who.party
                return Who(who.party, "document")
        author = memory.docs.get(noun) or memory.doc
        return Who(author, "document") if author else NOBODY

    def _of_generic(self, kind: str, memory: Memory) -> str | None:
        """ "the government", "the armed group", "the delegation": a side known from its kind or the article."""
        if kind == "side":
            last = memory.last
            return last if last and self._role.get(last) in {"party", "mediator"} else None
        return self._of_kind(kind, memory)

    def _of_kind(self, kind: str, memory: Memory) -> str | None:
        """The side of a kind: the one this article last spoke of, the only one, or the one it names most."""
        known = memory.kinds.get(kind)
        if known:
            return known
        sides = self._by_kind.get(kind, [])
        if len(sides) <= 1:
            return sides[0] if sides else None
        counts = sorted(((memory.named[s], s) for s in sides), reverse=True)
        return counts[0][1] if counts[0][0] > counts[1][0] else None

    def remember(self, memory: Memory, who: Who) -> None:
        """After a sentence: its subject's party is what later pronouns and generic nouns lean on."""
        if not who.party:
            return
        memory.last = who.party
        if who.how == "person":
            memory.person = who.party
        else:
            memory.it = who.party
        for kind in self._kinds_of.get(who.party, ()):
            memory.kinds[kind] = who.party


def _movement(party: Party) -> bool:
    """A side that "the movement", "the rebels" may stand for: a negotiating non-state party, or one whose
    aliases or its own name are such nouns (whatever role but mediator it was given: "the coalition" is the
    "Ranaw Unity Coalition" however the parties stage rated it)."""
    if party.role == "party" or any(_generic_kind(a) == "movement" for a in party.aliases if a.islower()):
        return True
    return party.role != "mediator" and _generic_kind(party.name) == "movement"


def _generic_kind(core: str) -> str | None:
    """ "state", "movement" or "side" for a generic noun phrase ("the federal government", "the rebels")."""
    words = [re.sub(r"[’']s?$", "", w.lower()) for w in _WORD.findall(core)]
    if not words or len(words) > 6:
        return None
    if any(w in STATE_WORDS for w in words):
        return "state"
    for j, w in enumerate(words):
        if w in MOVEMENT_WORDS and not (w == "group" and j and words[j - 1] in _COMMITTEE):
            return "movement"
    if any(w in SIDE_WORDS for w in words[-2:]):
        return "side"
    return None


def _core(phrase: str) -> str:
    """The head of a subject phrase: relative clauses and prepositional phrases (but "of …") cut off."""
    phrase = re.split(r",\s*(?:who|which|whose|in|on|at|speaking|according)\b", phrase)[0]
    out: list[str] = []
    for w in _WORD.findall(phrase):
        if out and w.lower() in _PREPOSITIONS:
            break
        out.append(w)
    return " ".join(out)

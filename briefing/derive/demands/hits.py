"""The demands one line states: its cues kept or dropped, each cut to its own clause's words.

Each cue (:mod:`.cues`) has its speaker found by its rule
(:mod:`.attribution`) and its words cut to the demand's own clause.
Negated, speculative, denied and questioned cues are not demands; a
quote's first person is its speaker's; second-hand reports keep the party
and are marked ``reported``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns
from briefing.derive.demands.attribution import cue_speaker, inside_quote, passive_agent, quote_spans, quote_speaker
from briefing.derive.demands.clauses import Clause, content_end, gerund
from briefing.derive.demands.cue_families import OBJECT_VERBS
from briefing.derive.demands.cues import Cue, find_cues
from briefing.derive.demands.refusals import refused_proposal
from briefing.derive.demands.speakers import NOBODY, Memory, Speakers, Who
from briefing.derive.memo import per_run
from briefing.derive.quick_re import quick_compile


@dataclass(frozen=True, slots=True)
class Hit:
    """A demand found in a line: who, what stance, its words and where they sit in the line."""

    party: str
    stance: str
    words: str
    begin: int
    end: int
    reported: bool
    anaphoric: bool = False
    that_clause: bool = False
    normative: bool = False  # "X maintains that A and that B": only the pieces that say what must happen


REPORTED = quick_compile(
    r"\baccording\s+to\s+(?!(?:the|a)\s+(?:\w+\s+){0,2}(?:text|agreement|deal|document|statement|communiqu|draft|"
    r"arrangement|copy|memorandum|proposal))"
    r"|\b(?:is|are|was|were)\s+(?:said|reported|understood|believed|thought|known)\s+to\b|\breportedly\b"
    r"|\b(?:sources?|diplomats?|people|officials?)\s+(?:close\s+to|familiar\s+with|briefed\s+on)\b"
    r"|\b(?:reported|reports)\s+that\b|\bsources\s+(?:said|say|told)\b|\ba\s+source\s+(?:said|told|added)\b",
    re.IGNORECASE,
)


@per_run()  # a line copied across outlets is searched once
def reported_line(line: str) -> bool:
    """Whether a line reports second-hand ("according to sources close to …", "is said to", "reportedly")."""
    return bool(REPORTED.search(line))


_NEGATED = patterns.compile(r"(?:\b(?:not|never|no\s+longer)|n[’']t)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SPECULATIVE = patterns.compile(
    r"\b(?:may|might|could|(?:is|are|was|were)\s+(?:expected|likely|unlikely|set|due|poised)\s+to|would\s+likely|"
    r"if|whether)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_DENIAL = patterns.compile(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?\s+(?:reports|claims|suggestions|speculation)|"
    r"rejected\s+(?:reports|claims|suggestions)|no\s+truth|false\s+that)\b",
    re.IGNORECASE,
)
#: "rejects this", "ruled out the idea": the demand is the one named before.
_ANAPHORIC = patterns.compile(
    r"^(?:this|that|it|them|these|those|the\s+(?:idea|proposal|plan|demand|request|offer|suggestion|call)|"
    r"this\s+(?:idea|proposal|plan|demand|request|offer|suggestion|call|deadline))"
    r"(?:\s+(?:again|too|also|outright|firmly|once\s+more|out\s+of\s+hand))?\W*$",
    re.IGNORECASE,
)


def _referent(words: str, memory: Memory) -> tuple[str, str] | None:
    """What "the demand" or "this" refers to: the last demand named, or the last statement of any stance."""
    if re.search(r"\b(?:demand|request|call)\b", words, re.IGNORECASE):
        return memory.demand
    return memory.content


_WHILE = patterns.compile(r"\b(?:while|until|unless|as\s+long\s+as|so\s+long\s+as|without|before)\b", re.IGNORECASE)
_ANAPHORIC_SUBJECT = patterns.compile(
    r"(?:this|that|these|those|such|it)\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|remains?)\b", re.I
)


#: "seeking what it describes as a balanced deal" -> "a balanced deal".
_DESCRIBED = patterns.compile(
    r"^what\s+(?:it|they|he|she|[A-Z][\w’'-]*|the\s+\w+)\s+(?:describes?|described|calls?|called|terms?|termed|sees?)"
    r"\s+(?:as\s+)?",
    re.IGNORECASE,
)
#: "hinges on two interlocking objectives: A, B" -> "A, B".
_LIST_HEAD = patterns.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:objectives|goals|conditions|demands|points|priorities|elements|aims|things|pillars)\s*:\s*",
    re.IGNORECASE,
)
_OBJECT_ADVERB = patterns.compile(
    r"\s+(?:on\s+\w+day|this\s+(?:week|month|year)|last\s+(?:week|month)|again|yesterday|today|hard|repeatedly|"
    r"publicly|privately|once\s+more)(?=\s+to\s)",
    re.IGNORECASE,
)
#: What stands between a cue and its that-clause: "demanded on Monday that …", "insisted in Lusaka that …".
_BEFORE_THAT = patterns.compile(
    r"^(?:,?\s*(?:however|though|meanwhile|moreover|in\s+turn|for\s+(?:its|their|his|her)\s+part),\s+)?"
    r"(?:(?:also|again|too|further|instead|once\s+more|repeatedly|publicly|privately)\s+|"
    r"(?:on|in|at|during|after|before|this|last|late|early)\s+[^,;:“”\"]{1,40}?\s+)?that\s+",
    re.IGNORECASE,
)
#: "wants it to cover …", "wants the deal to include …": the agreement's content is the demand.
_TEXT_COVERS = patterns.compile(
    r"^(?:it|the\s+(?:deal|agreement|text|accord|declaration|framework|statement|second\s+stage|next\s+phase))\s+"
    r"to\s+(?:cover|include|address|contain|provide\s+for|spell\s+out|guarantee|deal\s+with)\s+(?=\w)",
    re.IGNORECASE,
)
_PRONOUN_SUBJECT = patterns.compile(r"^(?:it|they|we|he|she)\s+", re.IGNORECASE)


def line_hits(line: str, speakers: Speakers, memory: Memory, headline: bool = False) -> list[Hit]:
    """The demands one line states, each with its party (cues without a speaker are dropped)."""
    cues = find_cues(line)
    if not cues:
        return []
    quotes = quote_spans(line)
    quoted_by = quote_speaker(line, quotes, speakers, memory)
    reported = reported_line(line)
    hits: list[Hit] = []
    for cue in cues:
        if _not_a_demand(line, cue):
            continue
        who, clause = cue_speaker(line, cue, speakers, memory)
        if clause.question or who.how == "nobody":
            continue
        inside = inside_quote(quotes, cue.start)
        party = _quoted_party(line, who, clause, inside, quoted_by, speakers) if inside else who.party
        if not party or any(h.party == party and h.begin <= cue.start < h.end for h in hits):
            continue  # no speaker, or a cue inside the same side's demand ("insists that … must …")
        hit = _hit(line, cue, clause, party, reported or clause.reported, headline, inside, memory, hits)
        if hit is None or _LOGISTICS.match(hit.words):
            continue
        if not (speakers.role(party) in _BYSTANDERS and _facilitation(line, cue, hit)):
            hits.append(hit)
            hits += [
                Hit(*owned, hit.begin, hit.end, True)
                for owned in refused_proposal(hit.stance, hit.words, hit.party, speakers)
            ]
    return hits


#: Roles whose offers are good offices, no side's position: a mediator's ("ready to host"), and a third state's
#: that neither negotiates nor mediates ("Uzbek officials said they were ready to help").
_BYSTANDERS = frozenset({"mediator", "other"})
#: An offer to host or arrange the next meeting: logistics of the talks, no side's position.
_LOGISTICS = patterns.compile(
    r"^\W*(?:to\s+)?(?:host|hosting|organi[sz]e|organi[sz]ing|arrange|arranging)\s+(?:the\s+|a\s+)?"
    r"(?:next|another|further|new|third|fourth|fifth|following)?\s*(?:round|meeting|session|talks|summit)\b",
    re.IGNORECASE,
)
#: "…, and Ankara agreed": what a mediator urged was taken up, an outcome of the talks.
_AGREED_AFTER = patterns.compile(r"^\W*,?\s+and\s+(?:[\w’'-]+\s+){1,4}?(?:agreed|accepted|consented)\b", re.IGNORECASE)


def _facilitation(line: str, cue: Cue, hit: Hit) -> bool:
    """A mediator's offer (to host, to fund, to verify) or an urging the side then accepted: no position."""
    return hit.stance == "offer" or (cue.family.name == "urge" and bool(_AGREED_AFTER.match(line[hit.end :])))


def _quoted_party(
    line: str, who: Who, clause: Clause, inside: tuple[int, int], quoted_by: Who, speakers: Speakers
) -> str | None:
    """The party of a cue inside a quote: the quote's speaker's, when the quote speaks for them.

    A partial quote whose subject stands outside it ("the government “will not …”") is the
    subject's; "we" is the speaker's; a third party named inside the quote ("Lima wants …,"
    said Quito's envoy) is one side's account of the other's wants, the demand of neither.
    """
    if clause.start < inside[0]:
        return who.party
    if quoted_by is NOBODY:
        return None
    party = who.party
    if who.how == "pronoun":
        # "they ask us to …": a third person in a quote is someone else unless the quote named it
        party = speakers.last_mention(line[inside[0] : clause.start])
        if party is None:
            return None
    if who.how in {"name", "person", "generic", "document", "pronoun"} and party and party != quoted_by.party:
        return None
    return quoted_by.party if party is None or who.first_person else party


#: "the demands", "its call": a determiner before the cue makes it a noun.
_DETERMINER_BEFORE = patterns.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|these|those|such|any|every|no|main|key|core|new|first|last|two)|"
    r"[’']s)\s+$",
    re.IGNORECASE,
)


@per_run()  # a line copied across outlets (a third of those with cues) is judged once per cue
def _not_a_demand(line: str, cue: Cue) -> bool:
    """Negated ("does not want"), speculative ("may seek"), denied, questioned, or a noun ("the demands")."""
    before = line[max(0, cue.start - 60) : cue.start]
    family = cue.family
    if family.stance in {"demand", "offer"} and family.rule == "subject":
        if _NEGATED.search(before) or _SPECULATIVE.search(before):
            return True
        if family.name in {"demand", "call-for", "offer", "insist", "urge"} and _DETERMINER_BEFORE.search(before):
            return True
    if _demonstrative_noun(line, cue, before) or _noun_in_apposition(line, cue, before):
        return True
    if family.name == "will-not" and (_past_fact(line, cue) or _present_fact(line, cue)):
        return True
    if _DENIAL.search(line[: cue.start]):
        return True
    stop = re.search(r"[.!?](?=\s|$|[”\"])", line[cue.end :])
    return bool(stop and stop.group() == "?")


def _demonstrative_noun(line: str, cue: Cue, before: str) -> bool:
    """ "set that demand aside", "this call": a noun after a demonstrative ("the parties that demand" stay verbs)."""
    if cue.family.name not in {"demand", "call-for", "offer", "insist"}:
        return False
    return bool(re.search(r"\b(?:this|that)\s+$", before)) and not line[cue.start : cue.end].lower().endswith("s")


#: What follows a noun of wanting, never its verb: "the central Croatian demand, …", "the new demand is …".
_AFTER_NOUN = patterns.compile(
    r"\s*(?:,(?!\s+(?:however|though|meanwhile|moreover|in\s+turn|for\s+(?:its|their)\s+part|he|she|they|it|"
    r"officials?|sources?|diplomats?)\b)|[;:.—–]|(?:is|was|for|of|has|had|remains|remained|would|will|came)\b)"
)


def _noun_in_apposition(line: str, cue: Cue, before: str) -> bool:
    """ "the central Croatian demand, …": a determiner, a few modifiers and the singular noun, then a comma
    or a copula; "the rebels demand that …" stays a verb (a plural subject takes "demand" with its object)."""
    word = line[cue.start : cue.end].lower()
    if cue.family.name not in {"demand", "call-for"} or word.endswith("s") or " " in word:
        return False
    return bool(re.search(r"\b(?:the|a|an|its|their|this|that)\s+(?:[\w’'-]+\s+){1,3}$", before, re.I)) and bool(
        _AFTER_NOUN.match(line, cue.end)
    )


def _past_fact(line: str, cue: Cue) -> bool:
    """ "did not take part", "could not agree": what happened, not a position (but "did not accept" refuses)."""
    aux = line[cue.start : cue.end].lower()
    if not re.match(r"(?:did|could|had|has|have|was|were)\b|didn|couldn|hadn|hasn|haven|wasn|weren", aux):
        return False
    verb = re.sub(r"(?:ed|d|s|ing)$", "", (line[cue.end :].split(" ", 1)[0] or "").lower())
    return not any(verb == v or verb == v[:-1] for v in OBJECT_VERBS)


def _present_fact(line: str, cue: Cue) -> bool:
    """ "does not include", "do not share": a description; "does not accept", "do not negotiate" refuse."""
    aux = line[cue.start : cue.end].lower()
    if not re.match(r"(?:does|do)\s|doesn|don", aux):
        return False
    verb = re.sub(r"(?:ed|d|s|ing)$", "", (line[cue.end :].split(" ", 1)[0] or "").lower())
    return not any(verb in (v, v[:-1]) for v in (*OBJECT_VERBS, "negotiate", "discuss", "bargain", "sign"))


def _hit(
    line: str,
    cue: Cue,
    clause: Clause,
    party: str,
    reported: bool,
    headline: bool,
    inside: tuple[int, int] | None,
    memory: Memory,
    earlier: list[Hit],
) -> Hit | None:
    """The cue's demand as words of its own clause, or None when there are none worth listing."""
    kind = cue.family.kind
    begin, end, words, short = _own_words(line, cue, clause, party, headline, inside)
    if short and clause.boundary in {"that", "rel"}:
        words = _antecedent(line, clause, earlier)  # "…, a demand that Quito has ruled out"
    if not words or (len(words.split()) < (1 if kind == "gerund" else 2) and not _ANAPHORIC.match(words)):
        return None
    if _ANAPHORIC.match(words):
        named = _referent(words, memory)
        if named is None or named[0] == party:
            return None
        words = named[1]
    that = line[begin:end].lstrip().lower().startswith("that ") or line[cue.start : cue.end].lower().endswith("that")
    stance = cue.stance
    kept = _KEPT_DEMAND.match(words) if stance == "reject" else None
    if kept:  # "will not drop its insistence that X": X is still demanded
        stance = "condition" if kept.group("noun").lower().startswith("condition") else "demand"
        words = kept.group("rest")
    if stance == "reject" and kind == "gerund" and _WHILE.search(words):
        stance = "condition"  # "will not lay down arms while foreign troops stay on its soil"
    anaphoric = bool(_ANAPHORIC_SUBJECT.match(words))
    return Hit(party, stance, words, begin, end, reported, anaphoric, that, cue.family.name == "made-clear")


@per_run()  # a demand copied across outlets is cut and shaped once; what depends on the article is not here
def _own_words(
    line: str, cue: Cue, clause: Clause, party: str, headline: bool, inside: tuple[int, int] | None
) -> tuple[int, int, str, bool]:
    """Where the cue's words begin and end, the words shaped as a bullet's, and whether they are too short to
    say anything alone (a relative or "that" clause's object is then its antecedent)."""
    kind = cue.family.kind
    begin = clause.start if kind == "clause" and cue.family.name not in _NO_FAMILIES else cue.end
    if cue.family.name in _NO_FAMILIES:
        begin = cue.start + (_NO_FAMILIES[cue.family.name].match(line[cue.start :]) or _EMPTY).end()
    end = content_end(line, begin, headline)
    if clause.boundary == "rel":
        close = _REL_CLOSE.search(line, begin, end)
        end = close.start() if close else end  # "X, who wants A, met B": the relative clause ends at its comma
    if inside is not None:
        end = min(end, inside[1])
    if passive_agent(line, cue) is not None:
        begin, end = clause.start, cue.start  # "The proposal … was not accepted by Kyiv": the subject is refused
    words = _shape(line[begin:end], cue, party) if begin < end else ""
    if cue.family.name in {"no-deal-that", "accept-no"} and words:
        words = f"any {words}"  # "there will be no deal that …" refuses any deal that …
    if kind == "gerund" and (len(words.split()) == 1 or _passive_cue(line, cue)):
        # "The union refuses to sign": a bare verb reads better with its subject; so does a passive, whose
        # subject is what is refused ("politics cannot be settled without …", never "settleding without …")
        words = line[clause.start : end]
    short = not words.strip(" .,;:") or _AS_ONLY.match(words) or (clause.boundary == "rel" and len(words.split()) < 4)
    return begin, end, words, bool(short)


_EMPTY = re.match("", "")
#: A past participle right after a refusal's "be" ("cannot be settled", "will not be given", "won't be drawn").
_PARTICIPLE = patterns.compile(r"[a-z]+(?:ed|en|wn|ne|lt|pt)\b")


def _passive_cue(line: str, cue: Cue) -> bool:
    return line[cue.start : cue.end].rstrip().lower().endswith(" be") and _PARTICIPLE.match(line, cue.end) is not None


#: A refusal to give up a demand keeps it: "will not drop its insistence that …", "refuses to abandon its call for …".
_KEPT_DEMAND = patterns.compile(
    r"^(?:dropping|abandoning|giving\s+up|withdrawing|softening|relaxing|waiving)\s+(?:its|their|his|her|our)\s+"
    r"(?:[\w-]+\s+)?(?P<noun>insistence|demands?|calls?|conditions?|requests?|claims?)\s+(?:that|for|on)\s+(?P<rest>.+)$",
    re.IGNORECASE | re.DOTALL,
)
#: The comma closing a relative clause before the main verb: ", rejected the map", ", met the press".
_REL_CLOSE = patterns.compile(
    r",\s+(?!(?:and|or|but|the|a|an|its|their|as|including|such|plus|while|with)\b)[a-z]+"
    r"(?=\s+(?:the|a|an|its|their|to|that|with|on|(?-i:[A-Z])))"
)
#: Where the words of a "no …" cue begin: "there can be no X unless Y" is "no X unless Y"; "no deal that Z" refuses
#: "any deal that Z".
_NO_FAMILIES = {
    "no-without": patterns.compile(r"(?:there\s+\w+\s+be\s+)?", re.I),
    "no-deal-that": patterns.compile(r"(?:there\s+\w+\s+be\s+)?no\s+", re.I),
}
#: "… a proposal that Quito rejected as interference": the object is the antecedent, not "as …".
_AS_ONLY = patterns.compile(r"^as\s+(?:[\w-]+\s*){1,3}\W*$", re.IGNORECASE)
#: "…, a demand that X ruled out": the noun a relative clause's object refers to.
_ANTECEDENT = patterns.compile(r"(?P<np>(?:[\w’'-]+\s+){1,8}?)(?:that|which)\s+$")


def _antecedent(line: str, clause: Clause, earlier: list[Hit]) -> str:
    """What a relative clause refuses or wants: the demand just named, or the noun phrase it hangs on."""
    before = line[: clause.start]
    head = before.rsplit(",", 1)[-1]
    if re.match(r"\s*what\s*$", head) and earlier:
        return earlier[-1].words  # "…, what Lima rejected"
    m = _ANTECEDENT.search(head)
    if not m:
        return ""
    np = m.group("np").strip()
    if re.match(r"(?:a|an|the|this|that)\s+(?:\w+\s+)?(?:demand|proposal|idea|request|plan|offer|step|move|call)$", np):
        return earlier[-1].words if earlier else ""
    return np


def _shape(words: str, cue: Cue, party: str) -> str:
    """The complement as a bullet's words: a refused act as "…ing", a refused object alone, a subject named."""
    words = words.strip().lstrip(":").strip()
    kind = cue.family.kind
    verb = words.split(" ", 1)[0].lower() if words else ""
    if kind == "gerund" or (kind == "np" and re.match(r"to\s+[a-z]", words)):
        words = re.sub(r"^to\s+", "", words)
        verb = words.split(" ", 1)[0].lower() if words else ""
        if re.sub(r"(?:s|ed|d)$", "", verb) in OBJECT_VERBS or verb in OBJECT_VERBS:
            act = re.match(r"^\w+\s+to\s+(?=[a-z]+\s)(?!(?:the|a|an|its|their|any|all)\b)", words)
            # "does not accept to discuss X" refuses discussing X; "will not accept a deal" the deal
            return gerund(words[act.end() :]) if act else re.sub(r"^\w+\s+(?:to\s+)?", "", words)
        if verb == "agree" and words.lower().startswith("agree to "):
            return words[9:]
        return gerund(words)
    if kind == "clause":
        words = re.sub(r"^(?i:for|from|in)\s+[^,]{1,40},\s*", "", words)
        return _PRONOUN_SUBJECT.sub(f"{party} ", words)
    words = _BEFORE_THAT.sub("", words, count=1)
    words = _LIST_HEAD.sub("", _DESCRIBED.sub("", words, count=1), count=1)
    if kind == "object":
        words = _OBJECT_ADVERB.sub("", words, count=1)  # "pressed Quito on Monday to …" -> "Quito to …"
    words = _TEXT_COVERS.sub("", words, count=1)  # "wants it to cover X": X is what the text must hold
    return words

"""Demands per party: what each side wants, refuses, makes a condition or offers, as an analyst lists them.

Every way outlets state a position counts (see :mod:`.cues`): verbs of
demanding, refusing, conditioning and offering; necessity ("must",
"cannot move forward without"); nominal forms ("the main demands of the X
plan are …", "X's conditions include …"); documents that speak ("The
memorandum calls for …"); lists under an intro ("The delegation listed
three points:"); headlines. The speaker is found by rule (:mod:`.clauses`,
:mod:`.speakers`): the subject of the cue's own clause, the owner of the
noun, the speaker framing a "that" clause or a quote; pronouns and generic
nouns carry the party an article last spoke of. Each demand's text is its
own clause's words, short enough for a bullet; the sentences of every
outlet that say the same thing for one party become one claim
(:mod:`.merging`), with its stance (``demand``, ``reject``, ``condition``,
``offer``), its outlet count, and ``reported`` when only second-hand
reports carry it. A joint text's commitments are outcomes, never one
side's demands.
"""

from __future__ import annotations

from briefing.derive.by_article import Step, active, digest_of, recall
from briefing.derive.demands.merging import merge
from briefing.derive.demands.scan import Found, scan_source
from briefing.derive.demands.speakers import Speakers
from briefing.model import Claim, Party, Person, Source

#: The stances a demand may have, in the order the reader explains them.
STANCES = ("demand", "reject", "condition", "offer")

__all__ = ["STANCES", "find_demands"]

#: An article's demands as its sentences state them, kept between derivations.
_SCAN: Step[list[Found]] = Step("demands", list[Found])


def find_demands(sources: list[Source], people: list[Person], parties: list[Party]) -> list[Claim]:
    """Demands, refusals, conditions and offers per party, merged across sentences and outlets."""
    speakers = Speakers(parties, people)
    given = digest_of(parties, people) if active() else ""  # all an article's scan reads besides the article
    found: list[Found] = []
    for src in sources:
        found += recall(_SCAN, src, given, lambda src=src: scan_source(src, speakers))
    return merge(found, sources, parties)

"""Names with particles of descent (Tuareg "ag" and "walet", Hassaniya "ould" and "mint"), and the
article some outlets glue on after them.

The articles are invented for these tests (talks between Niger and an armed movement in Agadez,
reported by a wire and a regional paper); no name comes from the seeds, the development set or the
corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.name_matching import same_person
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing, Person

WIRE = "\n".join(
    [
        "Niger and the Azawagh front resume talks in Agadez",
        "",
        "AGADEZ, March 3 - Niger's government and the Azawagh Liberation Front resumed talks on Tuesday, "
        "a mediator said.",
        "The front's delegation was led by Moussa Ag Alhabib, its political chief. Ibrahim Ag Alhabib, "
        "his cousin and the front's military commander, stayed in the north.",
        "The government side was headed by Interior Minister Mariama Mint Ahmedou.",
        "Ag Alhabib said the front wanted the army to leave the wells of the valley.",
        "",
    ]
)
REGIONAL = "\n".join(
    [
        "Azawagh rebels want the army out",
        "",
        "Moussa Ag al-Habib told reporters the front would not sign without guarantees.",
        "Minister Mariama Mint Ahmedou said the state would answer within a week.",
        "",
    ]
)


def _briefing() -> Briefing:
    return derive([source_from_text(WIRE, "w", "w.txt"), source_from_text(REGIONAL, "r", "r.txt")])


def _people(b: Briefing, spelling: str) -> list[Person]:
    return [p for p in b.people if spelling in [p.name, *p.variants]]


def test_a_particle_with_the_article_glued_on_or_apart_is_one_name() -> None:
    assert same_person("Moussa Ag Alhabib", "Moussa Ag al-Habib")
    assert same_person("Sidi Ould Elmoctar", "Sidi Ould al-Mukhtar")
    b = _briefing()
    moussa = _people(b, "Moussa Ag Alhabib")
    assert len(moussa) == 1 and "Moussa Ag al-Habib" in moussa[0].variants


def test_relatives_who_share_the_particle_and_surname_stay_apart() -> None:
    assert not same_person("Moussa Ag Alhabib", "Ibrahim Ag Alhabib")
    b = _briefing()
    assert _people(b, "Moussa Ag Alhabib") != _people(b, "Ibrahim Ag Alhabib")


def test_a_particle_is_no_given_name() -> None:
    """'Ag Alhabib' alone is a surname: two people bear it here, so it names neither for sure."""
    b = _briefing()
    bare = [p for p in b.people if p.name == "Ag Alhabib"]
    assert not bare  # not a third person
    assert len(_people(b, "Mariama Mint Ahmedou")) == 1

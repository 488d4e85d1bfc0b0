"""A pasted page hard-wraps a line after a comma: the list goes on in the next line, one sentence.

Invented snippets (a Sudan-South Sudan border round, a Chad-Niger water round); none comes from the
seeds, the development set or the corpora. List items that each end in a comma stay apart.
"""

from __future__ import annotations

from briefing.derive.demands import find_demands
from briefing.ingest.sources import source_from_text
from briefing.model import Party

PARTIES = [Party("Sudan", ["Sudanese", "Khartoum"], "party"), Party("South Sudan", ["Juba"], "party")]

WRAPPED = "\n".join(
    [
        "Border round ends",
        "",
        "The delegations met for two days in the Ethiopian capital.",
        "Sudan wants the Heglig oil field and the Kiir Adit crossing under joint control, and the Abyei Area,",
        "Kafia Kingi and the Mile 14 strip demilitarised.",
        "South Sudan rejects any troops in the area.",
        "",
    ]
)

BULLETS = "\n".join(
    [
        "Statement",
        "",
        "The Sudanese delegation set out the following demands:",
        "- the withdrawal of all troops from the Heglig field,",
        "- the reopening of the Kiir Adit crossing,",
        "- joint patrols along the river.",
        "A wrapped line of the statement said the talks were held in good faith.",
        "",
    ]
)


def _sentences(text: str) -> list[str]:
    return [s.text for s in source_from_text(text, "t").sentences]


def test_a_line_ending_in_a_comma_runs_on_into_the_next() -> None:
    sents = _sentences(WRAPPED)
    joined = [s for s in sents if s.startswith("Sudan wants")]
    assert len(joined) == 1 and joined[0].endswith("Mile 14 strip demilitarised.")
    assert "Kafia Kingi and the Mile 14 strip demilitarised." not in sents
    assert "South Sudan rejects any troops in the area." in sents


def test_list_items_ending_in_commas_stay_apart() -> None:
    sents = _sentences(BULLETS)
    assert any(s.endswith("the Heglig field,") for s in sents)
    assert not any("Heglig" in s and "Kiir Adit" in s for s in sents)


def test_the_demand_of_a_wrapped_line_keeps_the_whole_list() -> None:
    src = source_from_text(WRAPPED, "t")
    demands = [d for d in find_demands([src], [], PARTIES) if d.party == "Sudan"]
    assert len(demands) == 1
    assert "Kafia Kingi" in demands[0].text and "Abyei Area" in demands[0].text


def test_bullet_demands_ending_in_commas_stay_three() -> None:
    src = source_from_text(BULLETS, "t")
    texts = [d.text for d in find_demands([src], [], PARTIES) if d.party == "Sudan"]
    assert len(texts) == 3, texts

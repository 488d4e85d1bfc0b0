"""A minister at home: "Foreign Minister X said in Lima" serves the state whose capital it is.

The articles are invented for these tests (Peru and Chile talks on a water treaty in Quito); no name
comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text

TEXT = "\n".join(
    [
        "Peru and Chile resume water treaty talks in Quito",
        "",
        "QUITO - Peru and Chile resumed talks on Tuesday on sharing the Lauca basin, officials said.",
        "The Peruvian delegation was led by Vice Minister Rosa Quispe Mamani. The Chilean delegation was "
        "led by Undersecretary Tomás Errázuriz.",
        "The talks were mediated by UN envoy Helga Sørensen, who said in Lima last week that a deal was near.",
        "Foreign Minister Ignacio Valdivieso said in Santiago that the basin was vital.",
        "Energy Minister Carmen Huamán, speaking in Lima, said the talks were useful.",
        "Chilean Trade Minister Paula Ríos said in Lima that exports would follow.",
        "",
    ]
)


def test_a_minister_speaking_in_a_capital_serves_its_state_and_an_envoy_does_not() -> None:
    b = derive([source_from_text(TEXT, "a", "a.txt")])
    party = {p.name: p.party for p in b.people}
    assert party["Ignacio Valdivieso"] == "Chile"
    assert party["Carmen Huamán"] == "Peru"
    assert party["Helga Sørensen"] != "Peru"  # an envoy speaks anywhere
    assert party["Paula Ríos"] == "Chile"  # her title names her state: where she speaks does not count

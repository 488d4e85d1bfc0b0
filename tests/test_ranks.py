"""Ranks of navies, air forces and police before a name are titles, never part of the name.

An invented round between Sri Lanka and the Maldives (no name from the seeds, the development set or
the corpus).
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.sources import source_from_text

TEXT = "\n".join(
    [
        "Sri Lanka and the Maldives open coast guard talks in Male",
        "",
        "MALE, June 2 - Sri Lanka and the Maldives opened talks on coast guard patrols on Monday.",
        "The Sri Lankan delegation was led by Defence Secretary Nalaka Perera. Its members included "
        "Commodore Asanka Silva, Superintendent Ruwan Kumara and Wing Commander Lalith Mendis.",
        "The Maldivian delegation was led by Colonel Ahmed Shiyam.",
        "Constable Nuwan Rajapakse, who guarded the venue, said the talks ran late.",
        "",
    ]
)


def test_naval_and_police_ranks_are_titles() -> None:
    b = derive([source_from_text(TEXT, "w", "w.txt")])
    names = {p.name: p.roles for p in b.people}
    assert names.get("Asanka Silva") == ["Commodore"]
    assert names.get("Ruwan Kumara") == ["Superintendent"]
    assert names.get("Nuwan Rajapakse") == ["Constable"]
    assert not any(n.split()[0] in {"Commodore", "Superintendent", "Constable"} for n in names)

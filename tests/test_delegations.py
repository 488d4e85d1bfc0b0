"""Delegations: members from frames of news English; outsiders and mediators kept apart."""

from __future__ import annotations

from briefing.derive.delegations import find_delegations
from briefing.derive.parties import find_parties
from briefing.derive.people import find_people
from briefing.ingest.sources import source_from_text

ARTICLE = """Kenya and Somalia resume maritime talks in Doha

By Peter Mwangi

Kenyan and Somali officials resumed talks in Doha on Monday, mediated by Qatar.
The discussions are being moderated by Qatari Minister of State Mohammed Al-Khulaifi.
Kenya's delegation is headed by Attorney General Justin Muturi, a veteran of earlier rounds.
He is joined by Rear Admiral Jimson Mutai and Foreign Affairs adviser Korir Sing'oei.
The team replaces the one led by former lead negotiator Amina Mohamed, who left in March.
Somalia has sent Foreign Minister Ahmed Moallim Fiqi and Ambassador Hussein Sheikh-Ali.
President William Ruto of Kenya is not attending, and neither is Somali President Hassan Sheikh Mohamud.
Kenya wants the maritime boundary to follow a line of latitude. Somalia rejects that claim.
"""


def _derive(*texts: str):
    sources = [source_from_text(t, f"s{i}", f"s{i}.txt") for i, t in enumerate(texts)]
    people = find_people(sources)
    parties = find_parties(sources, people)
    return people, parties, find_delegations(sources, people, parties)


def _members(people, delegations) -> dict[str, list[tuple[str, bool]]]:
    by_id = {p.id: p.name for p in people}
    return {d.party: [(by_id[m.person], m.lead) for m in d.members] for d in delegations}


def test_members_leads_and_mediator() -> None:
    people, parties, delegations = _derive(ARTICLE)
    roles = {p.name: p.role for p in parties}
    assert roles["Kenya"] == roles["Somalia"] == "party"
    assert roles["Qatar"] == "mediator"
    members = _members(people, delegations)
    assert members["Kenya"] == [("Justin Muturi", True), ("Jimson Mutai", False), ("Korir Sing'oei", False)]
    # "Somalia has sent A and B": members, but no cue names a head
    assert members["Somalia"] == [("Ahmed Moallim Fiqi", False), ("Hussein Sheikh-Ali", False)]
    assert members["Qatar"] == [("Mohammed Al-Khulaifi", False)]


def test_former_negotiators_heads_of_state_and_journalists_are_not_members() -> None:
    people, _, delegations = _derive(ARTICLE)
    seated = {m.person for d in delegations for m in d.members}
    outside = {p.id for p in people if p.name in {"Amina Mohamed", "William Ruto", "Hassan Sheikh Mohamud"}}
    assert len(outside) == 3
    assert not seated & outside
    assert not any(p.kind == "journalist" and p.id in seated for p in people)


def test_every_member_cites_a_sentence_of_the_frame() -> None:
    _, _, delegations = _derive(ARTICLE)
    assert all(m.citations for d in delegations for m in d.members)


def test_people_get_the_party_of_their_frame() -> None:
    people, _, _ = _derive(ARTICLE)
    party = {p.name: p.party for p in people}
    assert party["Jimson Mutai"] == "Kenya"
    assert party["Hussein Sheikh-Ali"] == "Somalia"
    assert party["Mohammed Al-Khulaifi"] == "Qatar"
    assert party["Peter Mwangi"] is None


WIRE = "\n\n".join(
    [
        "Armenia, Azerbaijan top diplomats meet in Geneva",
        "GENEVA, March 3 (Reuters) - Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart "
        "Jeyhun Bayramov met in Geneva on Monday for talks hosted by Switzerland.",
        "The talks were facilitated by the European Union's special representative for the South Caucasus, "
        "Toivo Klaar. U.S. Secretary of State Antony Blinken, who brokered earlier rounds, was not present.",
        "Russia's foreign ministry spokeswoman Maria Zakharova said Moscow was ready to help.",
        "Reporting by John Irish; Editing by Peter Graff",
    ]
)


def test_wire_story_counterparts_meeting_and_credit_line() -> None:
    people, parties, delegations = _derive(WIRE)
    roles = {p.name: p.role for p in parties}
    assert [n for n, r in roles.items() if r == "party"] == ["Armenia", "Azerbaijan"]
    assert roles["European Union"] == "mediator"
    assert "Ireland" not in roles
    members = _members(people, delegations)
    # "A and his counterpart B met": both at the table; no explicit cue names either the head
    assert members["Armenia"] == [("Ararat Mirzoyan", False)]
    assert members["Azerbaijan"] == [("Jeyhun Bayramov", False)]
    kinds = {p.name: (p.kind, p.party) for p in people}
    assert kinds["John Irish"] == ("journalist", None)
    assert kinds["Peter Graff"] == ("journalist", None)
    assert kinds["Toivo Klaar"] == ("official", "European Union")

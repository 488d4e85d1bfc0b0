"""The sides of a negotiation: armed groups and ruling councils as sides, elliptical two-side lists,
delegation frames other than "delegation", and third parties (guarantors, facilitators, observers).

Invented articles: a Mozambique government round with an insurgent coalition, a Sahel junta facing a
regional bloc, a Yemen prisoner round, a Myanmar round with observers, and two-state negatives.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.derive.actors import Actors
from briefing.derive.organisations import find_organisations
from briefing.ingest.sources import source_from_text
from briefing.model import Briefing


def _derive(*texts: str) -> Briefing:
    return derive([source_from_text(t, f"s{i}", f"s{i}.txt") for i, t in enumerate(texts)])


def _roles(b: Briefing) -> dict[str, str]:
    return {p.name: p.role for p in b.parties}


def _party_of(b: Briefing) -> dict[str, str | None]:
    return {p.name: p.party for p in b.people}


def _members(b: Briefing) -> dict[str, list[tuple[str, bool]]]:
    name = {p.id: p.name for p in b.people}
    return {d.party: [(name[m.person], m.lead) for m in d.members] for d in b.delegations}


MOZAMBIQUE = "\n".join(
    [
        "Maputo and Cabo rebels agree local truce in Pemba",
        "",
        "PEMBA, March 3 - Mozambique's government and the Frente Popular Costeira–Exército do Norte "
        "(FPC-EN) guerrilla agreed on Tuesday to a 60-day truce in two districts, with Tanzania and "
        "Portugal acting as guarantor countries.",
        "The government panel was headed by Celestino Mabunda Chissano, the deputy interior minister. "
        "It also included Graça Muianga Tembe, a senior prosecutor.",
        "Nobody was designated to lead the guerrilla's panel. It was made up of Armando Cossa Nhaca "
        "and commander Felisberto Macuácua Langa.",
        "The guerrilla wants its fighters to keep their weapons until a general amnesty is passed.",
        "The guarantor countries were represented by Joaquim Mwakyusa Salim and Rui Tavares Pinho.",
        "The group of experts advising the talks met in Nampula.",
        "",
    ]
)

MOZAMBIQUE_DAILY = "\n".join(
    [
        "Truce holds in Cabo Delgado",
        "",
        "The FPC-EN rebels said the truce would hold. The rebels' negotiator Armando Cossa Nhaca said the "
        "army had to leave the villages first.",
        "Celestino Mabunda Chissano told reporters the insurgents must free all hostages.",
        "",
    ]
)


def test_a_dashed_acronym_and_its_dashed_name_make_one_armed_side() -> None:
    sources = [source_from_text(MOZAMBIQUE, "m", "m.txt"), source_from_text(MOZAMBIQUE_DAILY, "d", "d.txt")]
    orgs = {o.name: o for o in find_organisations(sources)}
    assert "Frente Popular Costeira–Exército do Norte" in orgs
    assert "FPC-EN" in orgs["Frente Popular Costeira–Exército do Norte"].aliases
    actors = Actors.of(sources)
    said = [s.name for s in actors.mentions("The guerrilla and the rebels and the insurgents said so.")]
    assert said == ["Frente Popular Costeira–Exército do Norte"] * 3
    assert actors.mentions("The group of experts met.") == []  # "the group of experts" is no party


def test_the_armed_side_keeps_its_own_people_and_the_guarantors_mediate() -> None:
    b = _derive(MOZAMBIQUE, MOZAMBIQUE_DAILY)
    roles = _roles(b)
    side = "Frente Popular Costeira–Exército do Norte"
    assert roles[side] == "party" and roles["Mozambique"] == "party"
    assert roles["Tanzania"] == "mediator" and roles["Portugal"] == "mediator"
    members = _members(b)
    assert sorted(members[side]) == [("Armando Cossa Nhaca", False), ("Felisberto Macuácua Langa", False)]
    assert ("Celestino Mabunda Chissano", True) in members["Mozambique"]
    assert ("Graça Muianga Tembe", False) in members["Mozambique"]
    seated = {n for ms in members.values() for n, _ in ms}
    assert not {"Joaquim Mwakyusa Salim", "Rui Tavares Pinho"} & {n for n, _ in members["Mozambique"]}
    assert "Armando Cossa Nhaca" in seated


SAHEL = "\n".join(
    [
        "Niger's junta and the regional bloc agree a transition calendar",
        "",
        "DAKAR, June 9 - Niger's military rulers and the Economic Community of Sahel States (ECSS) agreed on "
        "Friday on an 18-month transition, after talks facilitated by Senegal's Foreign Minister Aminata "
        "Diop Faye, who chaired the sessions.",
        "Niamey's negotiators were led by Colonel Issoufou Maïga Hamani, secretary-general of the ruling "
        "National Military Council for Renewal (CMNR). The bloc's mission was headed by Ousmane Traoré "
        "Keita, a former Malian foreign minister.",
        "Hamidou Sanda Zakari, the CMNR's legal director, said the junta wanted sanctions lifted first.",
        "Senegal's President Macky Ndiaye Sow gave the delegations a dinner on Thursday evening.",
        "",
    ]
)


def test_a_ruling_military_council_is_its_state_and_a_former_office_gives_no_side() -> None:
    b = _derive(SAHEL)
    roles = _roles(b)
    assert roles.get("Niger") == "party"
    assert not any("Council" in name for name in roles)  # the council is Niger's government, not a side
    party = _party_of(b)
    assert party["Hamidou Sanda Zakari"] == "Niger"
    assert party["Ousmane Traoré Keita"] != "Mali"  # "a former Malian foreign minister" serves the bloc now
    assert roles.get("Senegal") == "mediator"


def test_a_host_who_gives_a_dinner_is_no_mediator_and_sits_at_no_table() -> None:
    b = _derive(SAHEL)
    seated = {n for ms in _members(b).values() for n, _ in ms}
    assert "Macky Ndiaye Sow" not in seated


YEMEN = "\n".join(
    [
        "Yemen prisoner round ends in Muscat",
        "",
        "MUSCAT, Jan 12 - Saudi Arabia and Yemen agreed on Sunday to exchange 200 detainees.",
        "Saudi Arabia's side was led by Faisal Al-Otaibi, with Brigadier Nawaf Al-Harbi and Ambassador Turki "
        "Al-Shammari; Yemen's by Deputy Minister Abdulkarim Al-Sharafi with Colonel Mohammed Al-Hamdani and "
        "Judge Yahya Al-Wazir.",
        "The talks were mediated by Hans Lindqvist, the UN special envoy. Oman's Foreign Minister Badr "
        "Al-Busaidi welcomed the delegations but took no part in the talks themselves.",
        "",
    ]
)


def test_an_elliptical_two_side_sentence_gives_each_list_to_its_own_side() -> None:
    members = _members(_derive(YEMEN))
    assert members["Saudi Arabia"] == [
        ("Faisal Al-Otaibi", True),
        ("Nawaf Al-Harbi", False),
        ("Turki Al-Shammari", False),
    ]
    assert members["Yemen"] == [
        ("Abdulkarim Al-Sharafi", True),
        ("Mohammed Al-Hamdani", False),
        ("Yahya Al-Wazir", False),
    ]


def test_two_states_map_no_rebel_nouns_and_a_welcoming_host_is_not_seated() -> None:
    b = _derive(YEMEN)
    sources = [source_from_text(YEMEN, "y", "y.txt")]
    assert Actors.of(sources).mentions("The rebels and the group said so.") == []
    seated = {n for ms in _members(b).values() for n, _ in ms}
    assert "Badr Al-Busaidi" not in seated
    assert _roles(b).get("Oman") != "mediator"


MYANMAR = "\n".join(
    [
        "Myanmar and the Salween Peoples Alliance agree corridor",
        "",
        "CHIANG MAI, Aug 2 - Myanmar's government and the Salween Peoples Alliance (SPA) agreed on Saturday to "
        "open a humanitarian corridor. The session was facilitated by Somchai Wongsakul, Thailand's special "
        "envoy, with Indian ambassador Rajesh Menon Iyer sitting in as an observer.",
        "The government team was led by Min Thant Aung. The alliance side has no single chief; it was "
        "represented by General Saw Ler Htoo and Dr Nang Kham Hseng.",
        "The alliance's spokesman Sai Mawng Leng said the coalition wanted the army out of the valley.",
        "",
    ]
)


def test_an_envoy_who_facilitated_and_an_observer_make_their_states_mediators() -> None:
    b = _derive(MYANMAR)
    roles = _roles(b)
    assert roles["Thailand"] == "mediator" and roles["India"] == "mediator"
    assert roles["Myanmar"] == "party" and roles["Salween Peoples Alliance"] == "party"
    members = _members(b)
    assert members["Myanmar"] == [("Min Thant Aung", True)]
    assert sorted(members["Salween Peoples Alliance"]) == [("Nang Kham Hseng", False), ("Saw Ler Htoo", False)]
    assert _party_of(b)["Sai Mawng Leng"] == "Salween Peoples Alliance"


def test_the_junta_is_an_alias_of_the_state_its_council_rules() -> None:
    niger = next(p for p in _derive(SAHEL).parties if p.name == "Niger")
    assert "the junta" in niger.aliases
    assert "National Military Council for Renewal" in niger.aliases


SAHEL_MEMBER = "\n".join(
    [
        "Bloc keeps sanctions on Niger",
        "",
        "The bloc's mission was headed by Ousmane Traoré Keita. Fatou Bintou Cissé, a lawyer from Bamako, "
        "also sat on the mission.",
        "",
    ]
)


def test_a_person_who_sat_on_the_panel_is_its_member() -> None:
    members = _members(_derive(SAHEL, SAHEL_MEMBER))
    bloc = next(side for side in members if "Sahel States" in side)
    assert ("Fatou Bintou Cissé", False) in members[bloc]


GULF = "\n".join(
    [
        "Qatar and Bahrain agree maritime hotline",
        "",
        "NEW YORK, Sept 3 - Qatar and Bahrain agreed on Monday to a maritime hotline. The talks were chaired by "
        "Norway's Deputy Foreign Minister Ingrid Haugen Berg together with Carlos Ibáñez Ruiz, Spain's "
        "special envoy for the Gulf.",
        "Bahrain sent Minister of State Khalid Al-Zayani Al-Khalifa. He was accompanied by Brigadier Salman "
        "Al-Nuaimi and Ambassador Hessa Al-Jalahma.",
        "The Qatari delegation was headed by Minister of State Jassim Al-Muraikhi. It included "
        "Ambassador Fahad Al-Kuwari.",
        "",
    ]
)

GULF_BRIEF = "\n".join(
    [
        "Gulf neighbours agree hotline",
        "",
        "Qatar's delegation was led by Jassim Al-Muraikhi, with Fahad Al-Kuwari.",
        "Ambassador Fahad Al-Kuwari headed Qatar's delegation, one report said.",
        "",
    ]
)


def test_a_second_chair_joined_to_the_first_mediates_and_he_is_the_one_sent_last() -> None:
    b = _derive(GULF, GULF_BRIEF)
    roles = _roles(b)
    assert roles["Norway"] == "mediator" and roles["Spain"] == "mediator"
    members = _members(b)
    assert ("Salman Al-Nuaimi", False) in members["Bahrain"]
    assert not any(n == "Salman Al-Nuaimi" for n, _ in members["Qatar"])


def test_one_outlets_head_is_a_member_where_others_name_another_head_more_often() -> None:
    members = _members(_derive(GULF, GULF_BRIEF))
    assert members["Qatar"][0] == ("Jassim Al-Muraikhi", True)
    assert ("Fahad Al-Kuwari", False) in members["Qatar"]


SAHARA = "\n".join(
    [
        "Morocco and the Polisario Front meet in Geneva",
        "",
        "GENEVA, Oct 8 - Morocco and the Polisario Front (PF) held a second round of talks on Thursday, "
        "under the auspices of the UN envoy Staffan Lindahl Berg, with Algeria and Mauritania attending as "
        "observers.",
        "The Moroccan camp was led by Foreign Minister Nasser Bourita Alami. He was accompanied by: "
        "Ambassador Omar Hilale Benjelloun,",
        "General Abdelfattah Louarak Tazi and Senator Fatima Zahra Mansouri, officials said.",
        "The Polisario team was headed by Brahim Ghali Moussa. The front wants a referendum on independence.",
        "",
    ]
)


def test_a_camp_is_a_delegation_a_list_cut_by_a_line_break_runs_on_and_observers_mediate() -> None:
    b = _derive(SAHARA)
    members = _members(b)
    assert members["Morocco"][0] == ("Nasser Bourita Alami", True)
    assert {"Omar Hilale Benjelloun", "Abdelfattah Louarak Tazi", "Fatima Zahra Mansouri"} <= {
        n for n, _ in members["Morocco"]
    }
    assert members["Polisario Front"] == [("Brahim Ghali Moussa", True)]
    roles = _roles(b)
    assert roles["Algeria"] == "mediator" and roles["Mauritania"] == "mediator"


def test_a_first_word_is_a_short_name_only_where_the_text_uses_it_as_an_actor() -> None:
    text = "\n".join(
        [
            "Talks in Sabah",
            "",
            "The Sulu Freedom Front (SFF) and Manila met on the shore of the Sulu Sea. The Sulu islands are calm.",
            "",
        ]
    )
    sahara = {o.name: o for o in find_organisations([source_from_text(SAHARA, "w", "w.txt")])}
    assert "Polisario" in sahara["Polisario Front"].aliases  # "The Polisario team was headed by"
    sulu = {o.name: o for o in find_organisations([source_from_text(text, "s", "s.txt")])}
    assert "Sulu" not in sulu["Sulu Freedom Front"].aliases  # only a sea and islands, never an actor


JUNTA = "\n".join(
    [
        "Mali's junta and ECOWAS resume talks",
        "",
        "BAMAKO, May 2 - Mali's junta and the Economic Community of West African States (ECOWAS) resumed "
        "talks on Tuesday. The junta wants sanctions lifted before any election date is set.",
        "",
    ]
)


def test_the_junta_is_the_state_whose_rulers_the_text_calls_so() -> None:
    sources = [source_from_text(JUNTA, "j", "j.txt")]
    said = [s.name for s in Actors.of(sources).mentions("The junta wants sanctions lifted.")]
    assert said == ["Mali"]
    two = "\n".join(["Juntas meet", "", "Mali's junta and Niger's junta met in Niamey.", ""])
    assert Actors.of([source_from_text(two, "t", "t.txt")]).mentions("The junta said no.") == []


def test_a_un_envoy_who_chairs_makes_the_un_a_mediator_and_no_place() -> None:
    text = "\n".join(
        [
            "Cyprus talks resume",
            "",
            "NICOSIA, Feb 4 - Greece and Turkey resumed talks on Tuesday in the UN buffer zone. The session was "
            "chaired by Maria Lindgren Ekholm, the UN special adviser on Cyprus.",
            "The Greek delegation was headed by Nikos Papadakis Stavrou. The Turkish delegation was led by "
            "Ahmet Yilmaz Demirci.",
            "",
        ]
    )
    b = _derive(text)
    assert _roles(b)["United Nations"] == "mediator"
    assert "UN" not in {p.name for p in b.places} and "United Nations" not in {p.name for p in b.places}
    assert "the bloc" not in next(p for p in b.parties if p.name == "United Nations").aliases

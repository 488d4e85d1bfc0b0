"""Demands as an analyst lists them: every form outlets use, who speaks, what is no demand, merging.

The articles under ``tests/articles_demands/`` were written for these tests
(invented negotiations, people and outlets); their ``expected.json`` lists,
form by form, the demands an analyst would list (party, a quote of a cited
sentence, stance, second-hand or not), the sentences that are no one's
demand (questions, denials, opinions, joint commitments, past facts), and
demands that several outlets state and must come out as one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.derive import derive
from briefing.derive.demands import find_demands
from briefing.derive.demands.clauses import MAX_WORDS, gerund, tidy
from briefing.derive.demands.splitting import split_demand
from briefing.ingest.sources import load_sources, source_from_text
from briefing.model import Claim, Party, Person, Source

HERE = Path(__file__).parent
ARTICLES = HERE / "articles"
OWN = HERE / "articles_demands"
CASES = sorted(p for p in ARTICLES.iterdir() if "demands" in json.loads((p / "expected.json").read_text("utf-8")))
FORMS = sorted(p for p in OWN.iterdir() if p.is_dir())
#: Share of the expected demands each derived case must find (party right, a cited sentence holding the quote).
MIN_RECALL = 0.9

PARTIES = [
    Party("Serbia", ["Serbian", "Belgrade"], "party"),
    Party("Croatia", ["Croatian", "Zagreb"], "party"),
    Party("Norway", ["Norwegian", "Oslo"], "mediator"),
]


def _demands(*sentences: str, parties: list[Party] = PARTIES) -> list[tuple[str | None, str | None, list[str]]]:
    text = "Headline\n\n" + " ".join(sentences) + "\n"
    src = source_from_text(text, "t")
    by_text = {s.id: s.text for s in src.sentences}
    return [(d.party, d.stance, [by_text[c] for c in d.citations]) for d in find_demands([src], [], parties)]


def _case(folder: Path) -> tuple[dict, list[Source], list[Claim]]:
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    parties = [Party(p["name"], p["aliases"], p["role"]) for p in expected["parties"]]
    people = [
        Person(f"p{i}", p["name"], p["variants"], [], p["party"], kind=p.get("kind", "official"))
        for i, p in enumerate(expected["people"])
    ]
    sources, _ = load_sources(sorted(folder.glob("*.txt")))
    return expected, sources, find_demands(sources, people, parties)


def _citing(demands: list[Claim], sources: list[Source], quote: str) -> list[Claim]:
    texts = {s.id: s.text for src in sources for s in src.sentences}
    return [d for d in demands if any(quote in texts[c] for c in d.citations)]


@pytest.fixture(scope="module", params=FORMS, ids=lambda p: p.name)
def case(request: pytest.FixtureRequest) -> tuple[dict, list[Source], list[Claim]]:
    return _case(request.param)


def test_every_form_is_found_with_its_party_and_stance(case) -> None:
    expected, sources, demands = case
    missed = []
    for want in expected["demands"]:
        got = [d for d in _citing(demands, sources, want["quote"]) if d.party == want["party"]]
        if "stance" in want:
            got = [d for d in got if d.stance == want["stance"]]
        if "reported" in want:
            got = [d for d in got if d.reported == want["reported"]]
        if not got:
            missed.append(f"{want['form']}: {want['party']} / {want.get('stance')}: {want['quote']}")
    assert missed == []


def test_what_is_no_demand_is_not_listed(case) -> None:
    """No demand cites the sentence (of any party, or of the party named); with "text", none says those words."""
    expected, sources, demands = case
    wrong = []
    for no in expected["not"]:
        hits = [d for d in demands if no["text"] in d.text] if "text" in no else _citing(demands, sources, no["quote"])
        wrong += [(no["why"], d.party, d.text) for d in hits if no.get("party") in (None, d.party)]
    assert wrong == []


def test_outlets_stating_one_demand_make_one_claim(case) -> None:
    """The party's one claim about the thing cites every outlet's sentence that states it."""
    expected, sources, demands = case
    for group in expected.get("merged", []):
        claims = [d for d in demands if d.party == group["party"] and group["text"] in d.text]
        assert len(claims) == 1, (group, [d.text for d in claims])
        assert all(claims[0] in _citing(demands, sources, q) for q in group["quotes"])


def test_each_demand_is_a_short_bullet_with_stance_and_outlets(case) -> None:
    _, _, demands = case
    for d in demands:
        assert d.party and d.stance in {"demand", "reject", "condition", "offer"}
        assert d.citations and d.outlets >= 1
        assert 2 <= len(d.text.split()) <= MAX_WORDS + 1, d.text
        assert d.text[0].isupper() and d.text.endswith((".", "…", "”", '"', "!")), d.text


def test_best_attested_first_within_each_party(case) -> None:
    _, _, demands = case
    for party in {d.party for d in demands}:
        counts = [d.outlets for d in demands if d.party == party]
        assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize("folder", CASES, ids=lambda p: p.name)
def test_expected_demands_of_our_own_articles_end_to_end(folder: Path) -> None:
    expected = json.loads((folder / "expected.json").read_text("utf-8"))["demands"]
    sources, _ = load_sources(sorted(folder.glob("*.txt")))
    briefing = derive(sources)
    found = sum(
        bool([d for d in _citing(briefing.demands, sources, w["quote"]) if d.party == w["party"]]) for w in expected
    )
    assert found / len(expected) >= MIN_RECALL, f"{found}/{len(expected)}"


def test_state_only_talks_end_to_end_find_the_sides_demands() -> None:
    """The whole derivation (its own parties) on the Singapore talks: the sides are states, so found by name."""
    expected = json.loads((OWN / "natuna-singapore-talks" / "expected.json").read_text("utf-8"))
    sources, _ = load_sources(sorted((OWN / "natuna-singapore-talks").glob("*.txt")))
    demands = derive(sources).demands
    found = [
        w for w in expected["demands"] if any(d.party == w["party"] for d in _citing(demands, sources, w["quote"]))
    ]
    assert len(found) / len(expected["demands"]) >= MIN_RECALL


def test_cue_classes_and_capital_as_speaker() -> None:
    got = _demands(
        "Serbia wants Croatia to reopen the crossing.",
        "Zagreb rejects the proposal to close it.",
        "Croatian officials maintain that no deal is possible without guarantees.",
    )
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand"), ("Croatia", "reject"), ("Croatia", "demand")]


def test_pronoun_takes_previous_speaker_and_speaker_is_never_after_the_cue() -> None:
    got = _demands("Belgrade has sent its delegation.", "They also continue to oppose Croatia's new border fence.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "reject")]


def test_the_rejected_demand_is_the_relative_clauses_antecedent() -> None:
    got = _demands(
        "Croatia had raised the possibility of a toll-free bridge, a demand that Belgrade has firmly ruled out."
    )
    src = source_from_text(
        "H\n\nCroatia had raised the possibility of a toll-free bridge, a demand that Belgrade ruled out.\n", "t"
    )
    texts = {d.party: d.text for d in find_demands([src], [], PARTIES)}
    assert {(p, s) for p, s, _ in got} == {("Croatia", "offer"), ("Serbia", "reject")}
    assert texts == {"Croatia": "A toll-free bridge.", "Serbia": "A toll-free bridge."}


def test_idioms_assessments_and_nouns_are_not_cues() -> None:
    assert (
        _demands(
            "The border would remain a wound that refuses to heal.",
            "Serbia views the talks as serious.",
            "The demands of the day kept the delegations busy.",
        )
        == []
    )


def test_framing_phrase_and_quote_speaker() -> None:
    got = _demands(
        "For Belgrade, minority rights are a red line.",
        "\u201cThere will be no deal without the bridge,\u201d a senior Croatian official told reporters.",
    )
    assert [p for p, _, _ in got] == ["Serbia", "Croatia"]


def test_a_quote_naming_the_other_side_is_no_demand_of_either() -> None:
    assert _demands("\u201cZagreb wants the whole river,\u201d a Serbian minister said.") == []


def test_passive_refusal_and_declined_comment() -> None:
    assert _demands("Croatia declined to say whether it would sign.", "Serbia did not attend the dinner.") == []


def test_same_demand_in_two_outlets_is_one_claim_with_both_citations() -> None:
    a = source_from_text("A\n\nSerbia wants Croatia to reopen the Bajakovo border crossing this winter.\n", "a")
    b = source_from_text("B\n\nBelgrade wants Zagreb to reopen the Bajakovo border crossing by the winter.\n", "b")
    demands = find_demands([a, b], [], PARTIES)
    assert len(demands) == 1 and len(demands[0].citations) == 2 and demands[0].outlets == 2


def test_coordinated_demands_are_split_but_noun_lists_are_not() -> None:
    assert split_demand("Croatia to reopen the crossing, lift the tariffs and also free the drivers") == [
        "Croatia to reopen the crossing",
        "Croatia to lift the tariffs",
        "Croatia to free the drivers",
    ]
    assert split_demand("Croatia to withdraw troops, tanks and artillery") == [
        "Croatia to withdraw troops, tanks and artillery"
    ]
    assert split_demand("a buffer zone on the river and the release of detained civilians") == [
        "a buffer zone on the river",
        "the release of detained civilians",
    ]
    whole = "electricity, banking and telephone lines in the two districts"
    assert split_demand(whole) == [whole]
    assert split_demand("guidelines that are binding and that leave room for dams") == [
        "guidelines that are binding and that leave room for dams"
    ]
    got = _demands("Serbia wants Croatia to reopen the crossing and to free the drivers.")
    assert len(got) == 2 and all(cites == got[0][2] for _, _, cites in got)


def test_refused_acts_read_as_nouns_and_bullets_are_tidy() -> None:
    assert gerund("withdraw its fighters") == "withdrawing its fighters"
    assert gerund("stop the convoys") == "stopping the convoys"
    assert gerund("sign anything") == "signing anything"
    assert gerund("move one step") == "moving one step"
    assert tidy("that the army leave the valley") == "The army leave the valley."
    assert tidy("a “fair share") == "A “fair share”."


def test_a_syndicated_copy_adds_no_outlet() -> None:
    body = (
        "Serbia wants Croatia to reopen the Bajakovo border crossing this winter. "
        "Officials met in Oslo on Monday for a second day of talks on trade and transit."
    )
    a = source_from_text(f"A\n\n{body}\n\nFor the latest news, visit: Coast Daily\n", "a")
    b = source_from_text(f"B\n\n{body}\n\nFor the latest news, visit: Aggregator\n", "b")
    demands = find_demands([a, b], [], PARTIES)
    assert len(demands) == 1 and len(demands[0].citations) == 2 and demands[0].outlets == 1


def test_a_demand_repeated_across_outlets_merges_in_a_large_folder(tmp_path: Path) -> None:
    """200 generated articles, 5 outlets per invented negotiation, names respelled between outlets:
    the words of each demand are common across the folder, so only its whole wording (spelling-folded)
    can bring the copies together. Before: 77 of 2,613 demands had more than one outlet."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))
    from corpus import generate

    from briefing.pipeline import load_briefing

    generate(200, tmp_path / "folder")
    demands = load_briefing([tmp_path / "folder"], strict=False, use_cache=False).briefing.demands
    corroborated = [d for d in demands if d.outlets > 1]
    assert len(corroborated) >= 0.3 * len(demands)
    assert all(len(d.citations) >= d.outlets for d in corroborated)


def test_a_mediators_offer_and_an_urging_the_side_accepted_are_outcomes_not_demands() -> None:
    assert _demands("Norway offered to host the next round in Bergen.") == []
    assert _demands("Norway urged Croatia to reopen the crossing, and Zagreb agreed.") == []
    assert [(p, s) for p, s, _ in _demands("Norway urged Croatia to reopen the crossing.")] == [("Norway", "demand")]


def test_a_third_person_in_a_quote_is_the_other_side() -> None:
    assert _demands("\u201cThey ask us to leave the valley,\u201d a Croatian negotiator said.") == []


def test_a_relative_clause_between_subject_and_verb_is_passed_over() -> None:
    got = _demands("Serbia, whose delegation is led by a former general, rejects any new checkpoint on the bridge.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "reject")]


def test_a_participle_hangs_on_the_clause_before_it() -> None:
    got = _demands(
        "A Croatian envoy said that the Serbian delegation had arrived \u201cwith the old list\u201d, "
        "demanding that Croatian police leave the crossing."
    )
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand")]


def test_a_verb_after_a_subordinate_clause_takes_the_main_subject() -> None:
    got = _demands("Belgrade rules out any deal while Croatian troops stay on the river and wants them withdrawn.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "reject"), ("Serbia", "demand")]


def test_rejecting_the_demand_names_the_demand_rejected() -> None:
    src = source_from_text(
        "H\n\nCroatia wants the Bajakovo crossing reopened before the winter. Serbia rejects the demand.\n", "t"
    )
    texts = {(d.party, d.stance): d.text for d in find_demands([src], [], PARTIES)}
    assert (
        texts[("Serbia", "reject")]
        == texts[("Croatia", "demand")]
        == "The Bajakovo crossing reopened before the winter."
    )


#: The forms issue 14 lists, each with the words its entries carry in the ``form`` of an ``expected.json``
#: under tests/articles_demands (articles of our own): every one must be stated there at least once.
ISSUE_FORMS = {
    "a document speaks ('The memorandum calls for')": "a document speaks",
    "a document speaks ('The proposal demands')": "a document speaks: the proposal demands",
    "a pronoun carries the last speaker ('It also demands')": "a pronoun carries",
    "nominal: 'one of the core demands of the X proposal is that'": "nominal: one of the demands of the X proposal",
    "nominal: 'X's conditions include'": "nominal: X's conditions include",
    "nominal: 'the demands of X are:'": "(the demands of X are:)",
    "list: '→ …;' items": "list item under a nominal intro",
    "list: '- …' items": "list: dash items",
    "list: '1. …' items": "numbered",
    "list: the intro's stance passes to its items": "list: numbered items take the intro's stance",
    "condition: 'is open to X only if Y'": "condition: open to X only if Y",
    "condition: 'will accept X provided that'": "condition: will accept X provided that Y",
    "condition: 'on condition that'": "condition: on condition that",
    "necessity: 'cannot move forward without'": "necessity: cannot move forward without",
    "necessity: 'there can be no X unless'": "necessity: there can be no X unless",
    "refusal: 'will not accept'": "refusal: will not accept",
    "refusal: 'ruled out'": "refusal: ruled out",
    "refusal: 'no deal that'": "refusal: no deal that",
    "headline: 'X demands Y as talks open'": "headline: X demands Y as talks open",
    "attribution: 'A urged B …, and B agreed, while insisting' is B's": "A urged B, and B agreed, while insisting: B's",
    "attribution: a participle clause takes its own subject": "a participle clause takes its own subject",
    "second-hand: 'according to a source close to the talks'": "second-hand: according to a source",
    "second-hand: 'Reuters reported that X wants'": "second-hand: an outlet reported that X wants",
}
#: What the issue says is no demand: each must be a case of ``not`` in our own articles.
ISSUE_NEGATIVES = (
    "a demand reported of one party is not the party named first",
    "a question",
    "a denial",
    "a joint statement's commitments are outcomes",
    "a joint statement's call is an outcome",
    "the urged side's condition is not the mediator's",
    "a participle clause with its own subject is not the main clause's",
)


def test_every_form_of_the_issue_has_cases_and_negatives_in_our_own_articles() -> None:
    """An audit, not a tautology: the forms above are the issue's list; each needs an article line of ours."""
    expected = [json.loads((f / "expected.json").read_text("utf-8")) for f in FORMS]
    forms = [d["form"] for e in expected for d in e["demands"]]
    whys = [n["why"] for e in expected for n in e["not"]]
    assert [f for f, key in ISSUE_FORMS.items() if not any(key in form for form in forms)] == []
    assert [w for w in ISSUE_NEGATIVES if not any(why.startswith(w) for why in whys)] == []
    assert all(e.get("merged") for e in expected)  # one demand across outlets and spellings, in every set


def _lines(*lines: str) -> list[tuple[str | None, str | None, str]]:
    """(party, stance, text) of the demands in an article made of these paragraphs."""
    src = source_from_text("Headline\n\n" + "\n\n".join(lines) + "\n", "t")
    return [(d.party, d.stance, d.text) for d in find_demands([src], [], PARTIES)]


def test_the_demands_of_a_side_are_its_list_items_with_their_own_refusals() -> None:
    got = _lines(
        "The demands of the Serbian side are:\n- the reopening of the Bajakovo crossing;\n- no new tolls on the bridge."
    )
    assert got == [
        ("Serbia", "demand", "The reopening of the Bajakovo crossing."),
        ("Serbia", "reject", "New tolls on the bridge."),
    ]
    # an agreed text's list stays an outcome however its intro is worded
    assert _lines("The two sides agreed on the following:\n- the reopening of the Bajakovo crossing;") == []


def test_with_x_doing_takes_its_own_subject_not_the_main_clauses() -> None:
    got = _lines("Serbia tabled a new map on Friday, with Croatia insisting that the island stay Croatian.")
    assert [(p, s) for p, s, _ in got] == [("Croatia", "demand")]
    # a participle without its own subject still hangs on the main clause
    got = _lines("Serbia tabled a new map on Friday, insisting that the island be shared.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand")]


def test_no_deal_that_refuses_any_such_deal_but_a_past_fact_is_no_refusal() -> None:
    assert _lines("\u201cThere will be no agreement that splits the river,\u201d a Croatian negotiator said.") == [
        ("Croatia", "reject", "Any agreement that splits the river.")
    ]
    assert _lines("Belgrade will sign no deal that leaves the Serbs of Vukovar without schools.") == [
        ("Serbia", "reject", "Any deal that leaves the Serbs of Vukovar without schools.")
    ]
    assert _lines("There was no agreement that day, officials said.") == []


def test_an_unquoted_necessity_is_its_trailing_speakers_but_not_an_analysts() -> None:
    got = _lines("There can be no border deal unless Croatia lifts the tariffs, a Serbian negotiator said.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "condition")]
    assert _lines("There can be no border deal unless both sides give ground, an analyst said.") == []


def test_refusing_to_discuss_a_thing_in_public_is_no_position() -> None:
    assert (
        _lines(
            "Asked whether Zagreb would drop its claim, the Croatian minister said he would not discuss it in public."
        )
        == []
    )
    got = _lines("Croatia will not discuss the island while Serbian troops stay on the river.")
    assert [(p, s) for p, s, _ in got] == [("Croatia", "condition")]


def test_what_both_sides_call_for_together_is_no_sides_demand() -> None:
    assert _lines("In a joint statement, both delegations called for calm on the river.") == []
    assert _lines("The two sides urged the Danube commission to reopen the channel.") == []
    assert [p for p, _, _ in _lines("The Serbian delegation called for calm on the river.")] == ["Serbia"]


def test_a_time_or_place_between_the_cue_and_its_that_clause_is_not_the_demand() -> None:
    assert _lines("Serbia demanded on Monday that Croatia reopen the crossing.") == [
        ("Serbia", "demand", "Croatia reopen the crossing.")
    ]
    assert _lines("Croatia insisted in Oslo that the tariffs stay.") == [("Croatia", "demand", "The tariffs stay.")]


def test_a_paper_of_the_coalition_speaks_for_it_whatever_role_the_coalition_was_given() -> None:
    """ "A coalition position paper … calls for …; it also demands …": the side the generic noun names
    wrote it, even when the parties stage rated the coalition 'other' rather than a negotiating party."""
    parties = [Party("Bolivia", ["Bolivian", "La Paz"], "party"), Party("Andean Water Coalition", ["AWC"], "other")]
    src = source_from_text(
        "H\n\nThe government team was led by a vice-minister. It also included two engineers.\n\n"
        "A coalition position paper seen by this newspaper calls for the closure of the Silala pumping station. "
        "It also demands a public audit of the water contracts.\n",
        "t",
    )
    got = [(d.party, d.text) for d in find_demands([src], [], parties)]
    assert got == [
        ("Andean Water Coalition", "The closure of the Silala pumping station."),
        ("Andean Water Coalition", "A public audit of the water contracts."),
    ]
    # a mediator is never "the coalition", whatever its name
    mediator = [Party("Bolivia", ["Bolivian"], "party"), Party("Andean Coalition", [], "mediator")]
    assert all(d.party != "Andean Coalition" for d in find_demands([src], [], mediator))


def test_a_leading_its_is_the_speaking_sides_so_the_bullet_reads_alone() -> None:
    assert _lines("Serbia wants its trucks exempted from the new tolls.") == [
        ("Serbia", "demand", "Serbia's trucks exempted from the new tolls.")
    ]
    # only a leading "its": one inside the demand may be anyone's
    assert _lines("Serbia wants Croatia to lift its new tolls.") == [
        ("Serbia", "demand", "Croatia to lift its new tolls.")
    ]


def test_a_relative_clause_is_its_antecedents_not_the_sentences_subject() -> None:
    parties = [*PARTIES, Party("Hungary", ["Hungarian", "Budapest"], "other")]
    src = source_from_text(
        "H\n\nSerbian negotiators also met Hungarian envoy Laszlo Kiss, who wants a new rail link through Subotica.\n",
        "t",
    )
    assert [(d.party, d.text) for d in find_demands([src], [], parties)] == [
        ("Hungary", "A new rail link through Subotica.")
    ]
    # a subject of the sentence's own, with its relative clause before the verb, is still the subject's
    assert [(p, s) for p, s, _ in _lines("Croatia, which wants the island back, rejected the Serbian map.")] == [
        ("Croatia", "reject")
    ]


def test_a_generic_noun_is_the_side_whose_name_it_heads() -> None:
    """ "the front" is the Azawad Liberation Front, not whichever movement the article named most."""
    parties = [
        Party("Mali", ["Malian", "Bamako"], "party"),
        Party("Azawad Liberation Front", ["ALF"], "party"),
        Party("Youth Movement of Kidal", ["YMK"], "other"),
    ]
    src = source_from_text(
        "H\n\nThe YMK sent observers. The YMK praised the mediators.\n\n"
        "The front also wants a referendum on self-rule in Kidal.\n",
        "t",
    )
    assert [(d.party, d.text) for d in find_demands([src], [], parties)] == [
        ("Azawad Liberation Front", "A referendum on self-rule in Kidal.")
    ]


def test_its_call_is_its_own_clauses_subjects_unless_another_side_is_named_between() -> None:
    got = _lines(
        "A Croatian diplomat said that the Serbian delegation had renewed its call for a new census in Vukovar."
    )
    assert [(p, t) for p, _, t in got] == [("Serbia", "A new census in Vukovar.")]
    got = _lines("Norway urged Croatia to drop its call for a new census, and Zagreb agreed.")
    assert [p for p, _, _ in got] == ["Croatia"]


def test_a_repeated_for_opens_a_second_demand() -> None:
    got = _lines("Croatia called for a pull-back of Serbian police and for the release of eleven fishermen.")
    assert [t for _, _, t in got] == ["A pull-back of Serbian police.", "The release of eleven fishermen."]
    # one noun's two purposes stay one demand
    assert [t for _, _, t in _lines("Croatia called for a fund for schools and for hospitals.")] == [
        "A fund for schools and for hospitals."
    ]


def test_a_list_reported_by_a_person_is_its_reported_clauses_subjects() -> None:
    got = _lines(
        "Ana Horvat said the Croatian delegation had set three conditions before the round began:\n"
        "• the return of the Vukovar archives;\n• a joint survey of the river bed."
    )
    assert got == [
        ("Croatia", "condition", "The return of the Vukovar archives."),
        ("Croatia", "condition", "A joint survey of the river bed."),
    ]


def test_an_offer_to_host_the_next_round_is_logistics_of_any_side() -> None:
    assert _lines("Serbia offered to host the next round in Novi Sad.") == []
    assert _lines("Croatia proposed hosting another session in Split.") == []
    # an offer of substance stays
    assert [(p, s) for p, s, _ in _lines("Serbia offered to reopen the Bajakovo crossing at night.")] == [
        ("Serbia", "offer")
    ]


def test_that_demand_set_aside_is_a_noun_not_a_new_demand() -> None:
    got = _lines("Croatia wants a new census. At the mediators' request Zagreb set that demand aside for this round.")
    assert [t for _, _, t in got] == ["A new census."]
    # a verb after "that" with a subject of its own is still a demand
    got = _lines("Officials said that Serbia demands a new census.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand")]


def test_a_quotes_speaker_carries_to_the_next_quote_even_with_no_demand_between() -> None:
    got = _lines(
        "Ana Horvat said the Croatian delegation had set two conditions:\n• the return of the archives;",
        "\u201cThe archives come first,\u201d she said. "
        "\u201cWe cannot talk about fishing quotas without first seeing the archives.\u201d",
    )
    assert got[-1][:2] == ("Croatia", "condition") and "fishing quotas" in got[-1][2]


def test_asking_a_thing_of_or_for_is_a_demand_but_asking_a_person_or_a_question_is_not() -> None:
    got = _lines("According to a source close to the talks, Croatia asked a quota of 9,000 tonnes for its sardines.")
    assert got == [("Croatia", "demand", "A quota of 9,000 tonnes for its sardines.")]
    assert _lines("Serbia asked a question about the map of the river.") == []
    assert _lines("Croatia asked a senior official of the commission for comment.") == []


def test_a_singular_noun_of_wanting_in_apposition_is_no_demand_of_its_own() -> None:
    """ "the central Croatian demand, “nothing is settled so far,” she said": a noun, not a verb with an object."""
    assert _lines("On the river, the central Croatian demand, \u201cnothing is settled so far,\u201d she said.") == []
    assert _lines("The new Croatian demand is a census.") == []
    # a plural subject's verb, and one with a parenthetical after it, stay demands
    assert [(p, t) for p, _, t in _lines("The Serbian rebels demand a new census.")] == [("Serbia", "A new census.")]
    assert [t for _, _, t in _lines("The Serbian delegates demand, however, that the census be repeated.")] == [
        "The census be repeated."
    ]


def test_terms_described_are_no_demand_and_declining_to_discuss_it_is_no_refusal() -> None:
    assert _lines("Belgrade's terms were spelled out in a draft protocol circulated on Tuesday.") == []
    assert [t for _, _, t in _lines("Croatia's conditions include a census.")] == ["A census."]
    assert _lines("The Croatian minister declined to discuss it.") == []
    assert [(p, s) for p, s, _ in _lines("Croatia will not discuss it while troops remain.")] == [
        ("Croatia", "condition")
    ]


def test_refusing_to_drop_a_demand_keeps_the_demand() -> None:
    assert _lines("Serbia will not drop its insistence that the census be repeated.") == [
        ("Serbia", "demand", "The census be repeated.")
    ]
    assert _lines("Croatia refuses to abandon its call for a new bridge.") == [("Croatia", "demand", "A new bridge.")]
    assert _lines("Serbia will not drop the tariffs.") == [("Serbia", "reject", "Dropping the tariffs.")]


def test_the_bloc_or_the_body_is_the_organisation_at_the_table() -> None:
    parties = [Party("Guinea", ["Guinean", "Conakry"], "party"), Party("ECOWAS", ["ECOWAS"], "party")]
    src = source_from_text(
        "H\n\nA Nigerian envoy said the regional body will not drop its insistence that soldiers stay home.\n",
        "t",
    )
    assert [(d.party, d.stance) for d in find_demands([src], [], parties)] == [("ECOWAS", "demand")]


def test_a_bullets_words_stop_at_a_sentence_inside_a_quote_and_at_a_subordinate_clause() -> None:
    """ "“We rejected it again. Fishermen …”": "it again" is the earlier demand, never "It again. Fishermen …";
    "to be closed …, when turbot spawn" is one demand, not "the bank to when turbot spawn"."""
    got = _lines(
        "Croatia wants a joint fishing zone.",
        "\u201cWe rejected it again. Fishermen from Novi Sad lost half their catch,\u201d a Serbian minister said.",
    )
    assert ("Serbia", "reject", "A joint fishing zone.") in got and all("Fishermen" not in t for _, _, t in got)
    got = _lines("A Serbian paper calls for the bank to be closed to trawling from April to June, when carp spawn.")
    assert [t for _, _, t in got] == ["The bank to be closed to trawling from April to June, when carp spawn."]
    assert [t for _, _, t in _lines("Serbia wants Gen. Markovic to chair the commission.")] == [
        "Gen. Markovic to chair the commission."
    ]


def test_a_refused_list_item_in_quotes_reads_as_the_thing_refused() -> None:
    got = _lines(
        "Serbia\u2019s requirements for the talks:\n\u2192 the 1986 line stays;\n"
        "\u2192 no \u201cjoint zone\u201d in Serbian waters."
    )
    assert got == [
        ("Serbia", "demand", "The 1986 line stays."),
        ("Serbia", "reject", "\u201cJoint zone\u201d in Serbian waters."),
    ]


def test_to_before_a_noun_phrase_is_a_preposition_not_a_second_verb_phrase() -> None:
    """ "a withdrawal to the river, including from the ridge" is one demand; "X to reopen A, lift B" is two."""
    got = _lines("Croatia demands a complete withdrawal to the river, including from the ridge above Ilok.")
    assert [t for _, _, t in got] == ["A complete withdrawal to the river, including from the ridge above Ilok."]
    got = _lines("Serbia set out its terms:\n\u2192 a permanent end to the tolls, guaranteed in writing by Oslo;")
    assert [t for _, _, t in got] == ["A permanent end to the tolls, guaranteed in writing by Oslo."]
    assert len(_lines("Serbia wants Croatia to reopen the crossing, lift the tariffs and free the drivers.")) == 3


def test_refusing_to_accept_to_do_reads_as_the_act_refused() -> None:
    got = _lines("Croatia does not accept to discuss the island.")
    assert got == [("Croatia", "reject", "Discussing the island.")]
    assert _lines("Serbia will not accept a deal that splits the river.") == [
        ("Serbia", "reject", "A deal that splits the river.")
    ]


def test_the_core_demands_of_a_proposal_are_demands_not_the_proposals_offer() -> None:
    got = _lines("Among the core demands of the Serbian proposal is that no Croatian police patrol the bridge.")
    assert [(p, s) for p, s, _ in got] == [("Serbia", "demand")]
    assert [(p, s) for p, s, _ in _lines("Croatia's proposal is that both sides free all detained drivers.")] == [
        ("Croatia", "offer")
    ]


def test_wanting_the_text_to_cover_a_thing_demands_the_thing() -> None:
    got = _lines(
        "Serbia wants it to cover the return of the archives; Croatia wants it to cover an end to the tolls "
        "and the release of the drivers."
    )
    assert got == [
        ("Serbia", "demand", "The return of the archives."),
        ("Croatia", "demand", "An end to the tolls."),
        ("Croatia", "demand", "The release of the drivers."),
    ]
    assert _lines("Croatia wants the deal to include a river commission.") == [
        ("Croatia", "demand", "A river commission.")
    ]


def test_a_claims_text_is_a_copy_that_does_not_open_with_a_pronoun() -> None:
    a = source_from_text(
        "A\n\nNorway urged Croatia to lift the tolls, and Zagreb agreed, while insisting that it apply to trucks.\n",
        "a",
    )
    b = source_from_text("B\n\nCroatia insists that the toll exemption apply to trucks from both countries.\n", "b")
    texts = [d.text for d in find_demands([a, b], [], PARTIES) if d.party == "Croatia" and "trucks" in d.text]
    assert texts and not texts[0].startswith("It ")


def test_a_condition_in_a_quote_of_two_sentences_is_the_second_sentence_s_own() -> None:
    """The quote's first sentence sets the scene; the condition is the clause after its full stop."""
    got = _lines(
        '"Our drivers have waited at the bridge for weeks. We cannot sign a deal without the tolls going," '
        "the Croatian negotiator said."
    )
    assert [(p, s) for p, s, _ in got] == [("Croatia", "condition")]
    assert "waited" not in got[0][2] and "without the tolls going" in got[0][2]


def test_a_passive_refusal_reads_as_its_clause_never_a_made_up_gerund() -> None:
    got = _lines(
        '"Trade can wait, but the border cannot be settled without the archives returning," the Serbian '
        "negotiator said."
    )
    assert [(p, s, t) for p, s, t in got] == [
        ("Serbia", "condition", "The border cannot be settled without the archives returning.")
    ]
    assert gerund("be released without delay") == "being released without delay"  # a passive keeps its auxiliary


def test_an_intro_phrase_without_a_comma_does_not_hide_the_list_s_owner() -> None:
    got = _lines(
        "In its opening statement the Serbian side set out its conditions:\n- the reopening of the crossing;\n"
        "- no new tolls on the bridge."
    )
    assert [(p, s) for p, s, _ in got] == [("Serbia", "condition"), ("Serbia", "reject")]  # "no X" refuses X


def test_only_if_inside_a_quote_is_a_condition() -> None:
    got = _lines('The Serbian negotiator added that trucks would cross "only if the tolls are lifted".')
    assert [(p, s) for p, s, _ in got] == [("Serbia", "condition")]
    assert "only if the tolls are lifted" in got[0][2]

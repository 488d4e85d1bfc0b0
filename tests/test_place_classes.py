"""Places no gazetteer knows, each class with the cases that must not match.

The articles are invented for these tests: a Namibia-Botswana water round on the Okavango, a
hostage exchange mediated in a desert palace, a Peru-Indonesia trade round, a Congo-Angola
fisheries round. No name comes from the
seeds or the development set; real countries and rivers appear only as setting.
"""

from __future__ import annotations

from briefing.derive.place_guard import PlaceGuard
from briefing.ingest.sources import source_from_text
from briefing.model import Person
from tests.derived import places_in, spellings_of

WATER = "\n".join(
    [
        "Namibia and Botswana agree on Okavango flows at the Etosha Crest Hotel",
        "",
        "By Ndapewa Hamutenya",
        "",
        "WINDHOEK, May 4 - Namibian and Botswana negotiators met for three days at the Etosha Crest Hotel "
        "and signed a memorandum on the river's dry-season flows, officials said.",
        "Namibia's Water Minister Ndapewa Shikongo led her delegation; Botswana's team was headed by "
        "Kagiso Mosweu, the permanent secretary for water.",
        "Botswana wants a joint gauge on the Ngoma bridge and the release of water from the Mohembo weir "
        "to the delta in August.",
        "Villages in the Kavango and Zambezi regions have lost half their harvest, the Namibian side said.",
        "A corridor from Rundu through Divundu to Katima will carry relief water by truck, and monitors "
        "will be posted near Shakawe.",
        "The talks will resume at the Trade and Convention Centre in Gaborone in July.",
        "Fishermen on the Kwando and Linyanti Rivers asked for a share of the new fund.",
        "A loan from the World Bank will pay for the gauges, said analyst Grace Hall of the Kalahari Policy Institute.",
        "Hall said the talks ran from Monday to Friday and that Shikongo flew home from Windhoek.",
        "The Angolan and Zambian villages downstream were not consulted, the Windhoek Observer reported.",
        "",
    ]
)

HOSTAGES = "\n".join(
    [
        "Hostage exchange agreed after talks in the Qasr al-Nakhil",
        "",
        "NOUAKCHOTT, March 9 - The exchange was agreed at the al-Nakhil Palace, a government guest house "
        "outside the capital, after five days of indirect talks.",
        "Mediators shuttled between the Qasr al-Nakhil and the Sahel Star Hotel where the rebel team stayed.",
        "The captives will be handed over at the Tintane crossing, and the army will pull back from a "
        "15-kilometre buffer zone along the border.",
        "Rebels also want a security strip around the Tintane crossing cleared of mines.",
        "Some officials spoke of a buffer zone in the north, but the text does not define one.",
        "Hostages were held in camps in the Hodh and Assaba provinces, the mediators said.",
        "Families gathered outside the Sahel Star Hotel, and a convoy left from Kiffa to Tintane.",
        "The eurozone pledged aid, and the talks ended at noon, local time zone.",
        "",
    ]
)

TRADE = "\n".join(
    [
        "Peru and Indonesia close a trade round",
        "",
        "LIMA, June 2 - Peruvian and Indonesian negotiators met at the Miraflores Pavilion and agreed to "
        "cut tariffs on cocoa and tin.",
        "The next round will be held in the City of Panama, the Peruvian vice-minister said.",
        "Indonesia wants its goods from the Batam Free Trade Zone counted as Indonesian.",
        "Growers in Piura and Tumbes fear cheaper Asian cocoa, the Lima Courier reported.",
        "The delegation flew in from the Libyan capital Trablus, where it had signed a shipping deal.",
        "A spokesman in Jakarta said the meeting near the Tumbes border was routine.",
        "",
    ]
)


def test_landmark_heads_name_venues() -> None:
    places = places_in(WATER)
    assert places["Etosha Crest Hotel"].kind == "landmark"
    assert "Trade and Convention Centre" in places  # one venue, a coordinated singular head
    assert "Gaborone" in places


def test_landmark_heads_do_not_name_bodies_or_people() -> None:
    spellings = spellings_of(places_in(WATER))
    assert "World Bank" not in spellings  # an institution, even after "from the"
    assert not any("Hall" in s or "Institute" in s or "Shikongo" in s for s in spellings)


def test_venue_spellings_merge_across_openers_and_articles() -> None:
    places = places_in(HOSTAGES)
    nakhil = [p for p in places.values() if "Nakhil" in p.name]
    assert len(nakhil) == 1, [p.name for p in nakhil]
    assert {"al-Nakhil Palace", "Qasr al-Nakhil"} <= set(nakhil[0].variants)
    assert "Sahel Star Hotel" in places


def test_coordinated_plurals_give_each_place() -> None:
    places = places_in(WATER)
    assert places["Kavango"].kind == "province"
    assert "Zambezi region" in places["Zambezi"].variants
    assert {"Kwando River", "Linyanti River"} <= set(places)
    hostages = places_in(HOSTAGES)
    assert {"Hodh", "Assaba"} <= set(hostages)


def test_coordinated_demonyms_are_not_places() -> None:
    spellings = spellings_of(places_in(WATER))
    assert not any(s.startswith(("Angolan", "Zambian", "Namibian")) for s in spellings)


def test_lower_case_heads_and_crossings() -> None:
    places = places_in(WATER)
    assert "Ngoma bridge" in places["Ngoma"].variants
    assert "Mohembo" in places
    hostages = places_in(HOSTAGES)
    assert "Tintane crossing" in hostages["Tintane"].variants


def test_routes_and_place_only_prepositions() -> None:
    places = places_in(WATER)
    assert {"Rundu", "Divundu", "Katima", "Shakawe"} <= set(places)
    assert "Kiffa" in places_in(HOSTAGES)


def test_days_and_people_on_a_route_are_not_places() -> None:
    spellings = spellings_of(places_in(WATER))
    assert not {"Monday", "Friday", "Shikongo", "Hall"} & spellings


def test_measured_zones_are_places_and_their_other_names_join() -> None:
    places = places_in(HOSTAGES)
    zone = places["buffer zone"]
    assert zone.kind == "zone"
    assert {"buffer zone", "security strip"} <= set(zone.variants)
    assert len(zone.mentions) == 3  # the measured one, the security strip and the unmeasured mention


def test_an_unmeasured_zone_alone_and_other_zones_are_not_places() -> None:
    text = "Talks\n\nThe sides spoke of a buffer zone in the north. The eurozone and the time zone were no topic.\n"
    names = set(places_in(text))
    assert "buffer zone" not in names
    assert not any("zone" in n.lower() for n in names)


def test_capital_in_apposition_and_a_translated_city() -> None:
    places = places_in(TRADE)
    assert "Trablus" in places["Tripoli"].variants
    assert "City of Panama" in places["Panama City"].variants
    assert "Miraflores Pavilion" in places


def test_in_a_pair_of_unknown_names_and_its_negatives() -> None:
    places = places_in(TRADE)
    assert {"Piura", "Tumbes"} <= set(places)
    text = "Talks\n\nThe memorandum was drafted in Arabic and Hebrew and signed in March and April.\n"
    assert not {"Arabic", "Hebrew", "March", "April"} & set(places_in(text))


def test_a_city_inside_an_outlets_name_is_not_a_place() -> None:
    assert "lima" in {n.casefold() for n in places_in(TRADE)}  # the dateline is a place
    water = spellings_of(places_in(WATER))
    assert "Windhoek Observer" not in water
    trade = places_in(TRADE)
    assert "Lima Courier" not in trade
    assert not any("Courier" in v for p in trade.values() for v in p.variants)


def test_a_cut_off_word_is_no_spelling_of_a_capital() -> None:
    text = "Talks\n\nThe committee will meet next month in the Libyan capital Trip"
    places = places_in(text)
    assert "Trip" not in spellings_of(places)


FISHERIES = "\n".join(
    [
        "Congo and Angola open fisheries talks at the Palais de Kinshasa",
        "",
        "KINSHASA, October 3 - Delegations met at the Palais de Kinshasa, the Palace of Kinshasa as the "
        "Angolan side calls it, for a first round on the Khoragorsky Bank.",
        "Trawlers from both sides fish on the Khoragorsky Bank, and the translated Angolan note speaks of "
        "the shoal Choragorski.",
        "Herders crossed into the Upper Ngami overnight, but the Upper House has not ratified the accord.",
        "Boats moored in the river Boteti and in the Karabulak and Karabalta districts were inspected.",
        "Inspectors near the ECOWAS Bank office said the HDMI port of the recorder failed.",
        "The accord goes beyond Order 66, and Chief Minister Amos Tau spoke near Chief Minister Tau's home.",
        "The paper appeared in Science and Nature; the science is sound, the fishermen said.",
        "",
    ]
)


def test_venues_of_other_languages_and_head_of_name_forms_merge() -> None:
    places = places_in(FISHERIES)
    palace = [p for p in places.values() if "Palais de Kinshasa" in p.variants]
    assert len(palace) == 1 and palace[0].kind == "landmark"
    assert {"Palais de Kinshasa", "Palace of Kinshasa"} <= set(palace[0].variants)
    city = [p for p in places.values() if p.name.casefold() == "kinshasa"]
    assert len(city) == 1 and city[0].kind == "city"  # the city stays apart from the palace named after it


def test_long_romanisations_of_one_place_merge_and_different_names_do_not() -> None:
    places = places_in(FISHERIES)
    assert "Choragorski" in places["Khoragorsky Bank"].variants
    assert {"Karabulak", "Karabalta"} <= set(places)


def test_upper_parts_and_a_feature_noun_before_the_name() -> None:
    places = places_in(FISHERIES)
    assert places["Upper Ngami"].kind == "region"
    assert "Boteti" in places
    assert "Upper House" not in spellings_of(places)


def test_bodies_devices_numbered_things_titles_and_common_words_are_not_places() -> None:
    spellings = spellings_of(places_in(FISHERIES))
    for bad in ("ECOWAS Bank", "HDMI", "Order", "Chief Minister Tau", "Science", "Nature"):
        assert not any(s.startswith(bad) for s in spellings), bad


def test_a_venue_head_outweighs_a_name_misread_as_a_person() -> None:
    misread = Person(id="p1", name="Hôtel Mirabeau")
    guard = PlaceGuard([misread, Person(id="p2", name="Amos Tau")], [])
    assert not guard.rejects("Hôtel Mirabeau")
    assert guard.rejects("Tau") and guard.rejects("Amos Tau")


def test_a_dateline_names_a_place_and_labels_and_mastheads_do_not() -> None:
    text = "\n".join(
        [
            "Rebels and government sign a truce",
            "",
            "SOMEWHERE IN UPPER KWANZA — On Friday the rebels told the government in Luanda to pull back.",
            "LIVE — Talks resume in the capital as delegations arrive at the venue this morning.",
            "",
        ]
    )
    places = places_in(text)
    assert "UPPER KWANZA" in places["Upper Kwanza"].variants
    assert not any(n.casefold() == "live" for n in places)
    masthead = "Talks\n\nKASAI MORNING STAR — English edition\n\nThe talks resumed in Luanda on Monday.\n"
    assert not any("Kasai" in n for n in places_in(masthead))


def test_an_autonomous_republic_is_a_province_and_its_owner_is_dropped() -> None:
    text = (
        "Talks\n\nTrucks will run to the Nakhira Autonomous Republic and across Angola’s Cabinda Autonomous Region.\n"
    )
    places = places_in(text)
    assert places["Nakhira"].kind == "province"
    assert "Nakhira Autonomous Republic" in places["Nakhira"].variants
    assert "Cabinda" in places and not any("’s" in n for n in places)


def test_a_dateline_from_elsewhere_is_a_place_but_not_a_second_city_of_the_talks() -> None:
    from briefing.derive import derive

    wire = "\n".join(
        [
            "Kenya and Somalia agree a maritime hotline",
            "",
            "MOMBASA, May 3 (Coast Wire) - Kenyan and Somali negotiators ended a third round of talks "
            "in Mombasa on Friday.",
            "The talks were held at the Serena Beach Hotel in Mombasa, officials said.",
            "",
        ]
    )
    release = "\n".join(
        [
            "Agency welcomes Kenya-Somalia hotline",
            "",
            "ROME, May 4 - The agency today welcomed the agreement reached by Kenya and Somalia at the "
            "third round of talks in Mombasa.",
            "",
        ]
    )
    briefing = derive([source_from_text(wire, "a", "a.txt"), source_from_text(release, "b", "b.txt")])
    assert "rome" in {p.name.casefold() for p in briefing.places}
    assert not any("Rome" in d.text or "ROME" in d.text for d in briefing.discrepancies)

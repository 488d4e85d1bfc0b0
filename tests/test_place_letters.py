"""Names that open with a capital beyond A-Z, and letters that fold to two: one place, not two, not none.

Invented snippets (an Azerbaijan-Georgia road round, a Slovenia-Croatia fishing round); no name
comes from the seeds, the development set or the corpora.
"""

from __future__ import annotations

from tests.derived import places_in

ROADS = "\n".join(
    [
        "Road round ends",
        "",
        "Residents of Şəki met officials, and the next meeting will be held in Shaki.",
        "Residents of Žirovnica said the Čakovec crossing had closed; the talks took place in Zhirovnica.",
        "Residents of Ørsta and Łomża were not consulted, and the talks will resume in Igdir and Iğdır.",
        "Residents of Sakhi were asked too.",
        "",
    ]
)


def test_a_name_may_open_with_any_latin_capital() -> None:
    places = places_in(ROADS)
    assert {"Ørsta", "Łomża"} <= set(places)
    assert "Čakovec crossing" in places["Čakovec"].variants


def test_hooked_and_turkic_letters_fold_to_the_english_spelling() -> None:
    places = places_in(ROADS)
    assert "Shaki" in places["Şəki"].variants
    assert "Zhirovnica" in places["Žirovnica"].variants


def test_a_near_spelling_with_another_consonant_stays_apart() -> None:
    places = places_in(ROADS)
    assert "Sakhi" in places and "Sakhi" not in places["Şəki"].variants

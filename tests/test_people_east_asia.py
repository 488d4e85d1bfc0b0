"""East Asian, Turkic, Francophone and Filipino names across outlets: one person each, and the people
who must stay apart.

The articles are invented for these tests (a South Korea–Vietnam shipping round hosted in
Ulaanbaatar, written up by a Seoul paper in Western order, a Hanoi paper with diacritics and a wire
in family-name-first order); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

import pytest

from briefing.derive.name_matching import cluster_names, same_person
from briefing.derive.names import surname_key
from briefing.derive.people import find_people
from briefing.derive.press import journalists
from briefing.ingest.sources import source_from_text
from briefing.model import Person

WIRE = "\n".join(
    [
        "Korea and Viet Nam open shipping talks in Ulaanbaatar",
        "",
        "ULAANBAATAR, March 4 - The South Korean delegation is headed by Vice Minister Kang Minseo. "
        "Viet Nam's delegation is led by Deputy Minister Lê Thị Mai.",
        "He Xiaoming, China's special envoy for maritime affairs, attended the opening as an observer.",
        "He said Beijing hoped for a quick deal.",
        '"We will not sign a text that leaves our crews unprotected," Mai said.',
        "Deputy Transport Minister Pham Van Nam said Viet Nam wanted a joint inspection regime.",
        "Zhou Wenbo, a shipping lawyer, said the dispute went back to 2019.",
        "",
    ]
)
SEOUL = "\n".join(
    [
        "Seoul presses Hanoi on crew rules",
        "",
        "Vice Minister Minseo Kang told reporters in Ulaanbaatar that Seoul wanted a register of crews.",
        "Special Envoy He told the two sides China would back any deal.",
        "Wenbo Zhou, a lawyer who advised both ports, said the register was feasible.",
        "Deputy Minister Le Thi Mai replied that Vietnam had its own register.",
        "",
    ]
)
HANOI = "\n".join(
    [
        "Việt Nam giữ lập trường",
        "",
        "Deputy Minister Lê Thị Mai said on Tuesday that the talks had been useful.",
        "Nam, the deputy transport minister, told the Hanoi Courier that inspections must be joint.",
        "Viet Nam and Korea will meet again in May, Mai said.",
        "",
    ]
)


def _people(*texts: str) -> list[Person]:
    sources = [source_from_text(text, f"s{i}", f"s{i}.txt") for i, text in enumerate(texts)]
    return find_people(sources)


def _owner(people: list[Person], spelling: str) -> list[Person]:
    return [p for p in people if spelling in [p.name, *p.variants]]


def test_family_name_first_and_last_are_one_person() -> None:
    people = _people(WIRE, SEOUL)
    assert len(_owner(people, "Kang Minseo")) == 1
    assert _owner(people, "Kang Minseo") == _owner(people, "Minseo Kang")
    assert _owner(people, "Zhou Wenbo") == _owner(people, "Wenbo Zhou")


def test_vietnamese_names_with_and_without_diacritics_and_by_the_given_name() -> None:
    people = _people(WIRE, SEOUL, HANOI)
    mai = _owner(people, "Lê Thị Mai")
    assert len(mai) == 1 and "Le Thi Mai" in mai[0].variants and "Mai" in mai[0].variants
    nam = _owner(people, "Pham Van Nam")
    assert len(nam) == 1 and "Nam" in nam[0].variants
    assert not any(p.name in ("Viet Nam", "Việt Nam", "Nam") for p in people)


def test_he_the_family_name_is_a_person_and_he_the_pronoun_is_not() -> None:
    people = _people(WIRE, SEOUL)
    he = _owner(people, "He Xiaoming")
    assert len(he) == 1
    assert "He" in he[0].variants  # "Special Envoy He told the two sides"
    assert not any(p.name == "He" for p in people)
    # the pronoun opening "He said Beijing hoped ..." is no mention of him
    assert all("He said Beijing" not in s for s in he[0].mentions)


def test_a_bare_chinese_or_korean_family_name_stands_for_the_name_it_opens() -> None:
    assert surname_key("Zhou Wenbo") == surname_key("Zhou")
    assert surname_key("Kang Minseo") == surname_key("Kang")
    # Vietnamese people are called by the given name, the last word
    assert surname_key("Pham Van Nam") == surname_key("Nam")
    # a Western name keeps its last word
    assert surname_key("Sarah Kang") == surname_key("Kang")


SAME = [
    ("Huang Jinrong", "Jinrong Huang"),
    ("Tan Wei Liang", "Chen Weiliang"),  # Hokkien and pinyin spellings of one family name
    ("Lim Su Yin", "Lin Suyin"),
    ("Nguyễn Đức Toàn", "Nguyen Duc Toan"),
    ("Timur Dzhumabaev", "Timur Jumabaev"),  # Russian dzh, Turkic j
    ("Nursultan Zhaksybekov", "Nursultan Jaksybekov"),  # Kazakh zh / j
    ("Jasur Xoʻjaqulov", "Jasur Khojakulov"),  # Uzbek Latin x is kh
    ("Abdourahamane Diallo", "Abdurrahman Diallo"),  # French mute final e
    ("Ousmane Traoré", "Usman Traore"),
    ("Mohd Faizal Ismail", "Mohammad Faizal Ismail"),  # Malay abbreviation of Muhammad
    ("Teresa Lacson", "Teresa Villanueva-Lacson"),  # a double surname by its last name
    ("Pablo Ruiz", "Pablo Ruiz-Tagle"),  # by its first
    ("Mahmoud Abbaszadeh", "Mahmoud Abbaszade"),
    ("Hamid Khorramshahi", "Hamid Horramshahi"),
]
APART = [
    ("Wang Peng", "Wang Ping"),  # pinyin spells a syllable one way: a vowel apart is another name
    ("Nguyen Van Minh", "Nguyen Van Manh"),
    ("Kim Jiwoo", "Kim Jihoon"),
    ("Abiy Ahmed", "Ahmed Abiy"),  # no East Asian family name: the order is not free
    ("Teresa Villanueva-Lacson", "Pablo Villanueva-Lacson"),
    ("Teresa Lacson", "Teresa Villanueva"),  # each half of a double surname alone: not known to be one
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_same_person(a: str, b: str) -> None:
    assert same_person(a, b) and same_person(b, a)
    assert len(cluster_names([a, b])) == 1


@pytest.mark.parametrize(("a", "b"), APART)
def test_different_people(a: str, b: str) -> None:
    assert not same_person(a, b) and not same_person(b, a)


def test_a_credit_line_naming_the_work_after_the_names() -> None:
    text = "\n".join(
        [
            "Talks resume",
            "",
            "The delegations met for six hours on Monday, officials said.",
            "(Oyun Bat-Erdene and Park Jisoo reporting; Daniel Okafor editing)",
            "",
        ]
    )
    press = journalists([source_from_text(text, "a", "a.txt")], [])
    assert sorted(p.name for p in press) == ["Daniel Okafor", "Oyun Bat-Erdene", "Park Jisoo"]
    assert all(p.kind == "journalist" and p.party is None for p in press)


def test_a_sentence_about_reporting_is_no_credit_line() -> None:
    text = "Talks resume\n\nThe ministry said Reuters and Kyodo were reporting from the venue.\n"
    assert journalists([source_from_text(text, "a", "a.txt")], []) == []

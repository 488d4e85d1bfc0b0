"""One name in its Vietnamese and its Mandarin reading, merged only with a shared title.

The articles are invented for these tests (a China–Vietnam railway round hosted in Vientiane: a
Chinese outlet gives the Vietnamese delegates in Mandarin readings, a Vietnamese outlet the Chinese
ones in Vietnamese readings); no name comes from the seeds, the development set or the corpus.
"""

from __future__ import annotations

import pytest

from briefing.derive.people import find_people
from briefing.derive.sino_readings import same_reading
from briefing.ingest.sources import source_from_text
from briefing.model import Person

WIRE = "\n".join(
    [
        "China and Vietnam open railway talks in Vientiane",
        "",
        "VIENTIANE, May 2 - The Vietnamese delegation is led by Deputy Transport Minister Phạm Quốc "
        "Bảo. China's delegation is headed by Vice Minister Huang Jianhua.",
        "Colonel Đặng Văn Tùng, a railway security officer, joined the Vietnamese team.",
        "",
    ]
)
BEIJING = "\n".join(
    [
        "China urges a single gauge",
        "",
        "Deputy transport minister Fan Guobao said Vietnam would study the proposal.",
        "Vice Minister Huang Jianhua said the line could open in 2029.",
        "Deng Wenzhong, a Chinese engineer, said the gauge question was technical.",
        "",
    ]
)
HANOI = "\n".join(
    [
        "Việt Nam giữ khổ đường ray",
        "",
        "Vice Minister Hoàng Kiến Hoa said Beijing would fund a feasibility study.",
        "Deputy Transport Minister Phạm Quốc Bảo said the study must be joint.",
        "",
    ]
)


def _people() -> list[Person]:
    texts = [WIRE, BEIJING, HANOI]
    return find_people([source_from_text(t, f"s{i}", f"s{i}.txt") for i, t in enumerate(texts)])


def _owner(people: list[Person], spelling: str) -> list[Person]:
    return [p for p in people if spelling in [p.name, *p.variants]]


def test_a_vietnamese_delegate_in_a_mandarin_reading_is_one_person() -> None:
    people = _people()
    assert len(_owner(people, "Phạm Quốc Bảo")) == 1
    assert _owner(people, "Phạm Quốc Bảo") == _owner(people, "Fan Guobao")


def test_a_chinese_delegate_in_a_vietnamese_reading_is_one_person() -> None:
    people = _people()
    assert _owner(people, "Huang Jianhua") == _owner(people, "Hoàng Kiến Hoa")


def test_a_reading_without_a_shared_title_stays_apart() -> None:
    """ "Deng Wenzhong, a Chinese engineer" and "Colonel Đặng Văn Tùng" are two people."""
    people = _people()
    assert _owner(people, "Deng Wenzhong") != _owner(people, "Đặng Văn Tùng")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nguyễn Văn Thành", "Ruan Wencheng", True),
        ("Trương Minh Tuấn", "Zhang Mingjun", True),
        ("Nguyễn Văn Thành", "Ruan Guoqiang", False),  # the given syllables do not correspond
        ("Nguyễn Văn Thành", "Chen Wencheng", False),  # nor the family names
        ("Nguyễn Văn Thành", "Ruan Wen", False),  # nor the count of syllables
    ],
)
def test_readings(a: str, b: str, same: bool) -> None:
    assert same_reading(a, b) is same and same_reading(b, a) is same

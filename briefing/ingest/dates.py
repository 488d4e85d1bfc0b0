"""Dates and times as pages print them, normalised to ISO (``2025-10-14``, ``21:40``).

News pages write dates in a handful of shapes: ``14 October 2025``,
``October 14, 2025``, ``Oct. 14, 2025``, ``2025-10-14``, ``14/10/2025``,
``14.10.2025``, often after a weekday and before a time. A numeric date
whose day and month could swap is read day first unless the page's URL
(``/2025/10/14/``) says otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing import patterns

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
_MONTH = (
    r"(?P<{}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday|sday)?\.?,?\s+)?"
_TIME = (
    r"(?:(?:,|\s|\s*[-–|·@]\s*|\s+at\s+)\s*(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)"
    r"(?:\s*(?P<ampm>[ap]\.?m\.?))?)?"
)
DATE = patterns.compile(
    r"(?i)(?<![\w/.-])" + _WEEKDAY + r"(?:"
    r"(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH.format("month1") + r",?\s+(?P<year1>(?:19|20)\d\d)"
    r"|" + _MONTH.format("month2") + r"\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<year3>(?:19|20)\d\d)-(?P<month3>[01]\d)-(?P<day3>[0-3]\d)"
    r"(?:[T ](?P<hour3>[01]\d|2[0-3]):(?P<minute3>[0-5]\d))?"
    r"|(?P<a4>[0-3]?\d)(?P<sep4>[/.])(?P<b4>[01]?\d)(?P=sep4)(?P<year4>(?:19|20)\d\d)"
    r")" + _TIME + r"(?!\d)"
)
_URL_DATE = patterns.compile(r"(?<!\d)((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?!\d)")


@dataclass(frozen=True, slots=True)
class Found:
    """A date found in a line: where it stands, and what it says."""

    start: int
    end: int
    date: str
    time: str | None = None


def url_date(url: str | None) -> str | None:
    """The date a URL's path carries (``/2025/10/14/``, ``-2025-10-14``), if a valid one."""
    m = _URL_DATE.search(url or "")
    return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def find_date(text: str, hint: str | None = None) -> Found | None:
    """The first valid date in ``text``; ``hint`` (an ISO date) settles day/month order."""
    for m in DATE.finditer(text):
        date = _date_of(m, hint)
        if date:
            return Found(m.start(), m.end(), date, _time_of(m))
    return None


def _date_of(m: re.Match[str], hint: str | None) -> str | None:
    g = m.groupdict()
    if g["year1"]:
        return _iso(int(g["year1"]), _MONTHS[g["month1"].lower().rstrip(".")], int(g["day1"]))
    if g["year2"]:
        return _iso(int(g["year2"]), _MONTHS[g["month2"].lower().rstrip(".")], int(g["day2"]))
    if g["year3"]:
        return _iso(int(g["year3"]), int(g["month3"]), int(g["day3"]))
    year, a, b = int(g["year4"]), int(g["a4"]), int(g["b4"])
    day_first = _iso(year, b, a)
    month_first = _iso(year, a, b)
    if hint and month_first == hint:
        return month_first
    return day_first or month_first


def _time_of(m: re.Match[str]) -> str | None:
    hour, minute = m.group("hour") or m.group("hour3"), m.group("minute") or m.group("minute3")
    if hour is None or minute is None:
        return None
    h = int(hour)
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return f"{h:02d}:{minute}"


def _iso(year: int, month: int, day: int) -> str | None:
    days = (31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
    if 1 <= month <= 12 and 1 <= day <= days[month - 1]:
        return f"{year:04d}-{month:02d}-{day:02d}"
    return None

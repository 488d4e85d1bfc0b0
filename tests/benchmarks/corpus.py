"""A deterministic generator of news articles about invented negotiations.

Used by the speed benchmarks and by robustness tests: ``generate(n, folder)``
writes ``n`` plain-text articles of roughly 700 words (varied lengths), in
news style, with the web furniture real pasted articles carry (byline,
promo line, audio prompt, photo caption, TAGS) and with the people's names
spelt differently by different outlets. The same ``seed`` always yields
the same files, byte for byte.

Run as a script: ``python tests/benchmarks/corpus.py N FOLDER [--seed S]``.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

#: (country, demonym, capital) of states that negotiate in the generated stories.
STATES = [
    ("Armenia", "Armenian", "Yerevan"),
    ("Azerbaijan", "Azerbaijani", "Baku"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"),
    ("Eritrea", "Eritrean", "Asmara"),
    ("Serbia", "Serbian", "Belgrade"),
    ("India", "Indian", "New Delhi"),
    ("Pakistan", "Pakistani", "Islamabad"),
    ("Peru", "Peruvian", "Lima"),
    ("Ecuador", "Ecuadorian", "Quito"),
    ("Sudan", "Sudanese", "Khartoum"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Algeria", "Algerian", "Algiers"),
    ("Georgia", "Georgian", "Tbilisi"),
    ("Thailand", "Thai", "Bangkok"),
    ("Cambodia", "Cambodian", "Phnom Penh"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Somalia", "Somali", "Mogadishu"),
]
MEDIATORS = [
    ("Qatar", "Qatari", "Doha"),
    ("Norway", "Norwegian", "Oslo"),
    ("Switzerland", "Swiss", "Geneva"),
    ("Turkey", "Turkish", "Ankara"),
    ("Oman", "Omani", "Muscat"),
    ("Kazakhstan", "Kazakh", "Astana"),
]
VENUES = ["Geneva", "Vienna", "Doha", "Oslo", "Istanbul", "Muscat", "Nairobi", "Astana", "Helsinki", "Lisbon"]

#: Given names with the spellings different outlets use.
GIVEN = [
    ["Mohammed", "Muhammad", "Mohamed"],
    ["Aleksandr", "Alexander", "Aleksander"],
    ["Yusuf", "Youssef", "Yousef"],
    ["Hussein", "Husayn", "Hussain"],
    ["Sergei", "Sergey"],
    ["Abdullah", "Abdallah"],
    ["Mikhail", "Mikhail"],
    ["Omar", "Umar"],
    ["Ahmed", "Ahmad"],
    ["Nikolai", "Nikolay"],
    ["Karim", "Kareem"],
    ["Tigran", "Tigran"],
    ["Elena", "Yelena"],
    ["Fatima", "Fatimah"],
    ["Rustam", "Rustam"],
    ["Samir", "Sameer"],
    ["Dawit", "Dawit"],
    ["Ana", "Anna"],
    ["Pedro", "Pedro"],
    ["Luis", "Luiz"],
]
SURNAMES = [
    ["Haddad", "al-Haddad"],
    ["Mammadov", "Mamedov"],
    ["Tesfaye", "Tesfay"],
    ["Petrovic", "Petrović"],
    ["Qureshi", "Qureishi"],
    ["Sargsyan", "Sarkisian"],
    ["Aliyev", "Aliev"],
    ["Kebede", "Kebbede"],
    ["Gutierrez", "Gutiérrez"],
    ["Rahman", "Rehman"],
    ["Osman", "Othman"],
    ["Chaudhry", "Chaudhary"],
    ["Mendoza", "Mendosa"],
    ["Nasser", "Naser"],
    ["Bekov", "Bekov"],
    ["Warsame", "Warsami"],
    ["Saleh", "Salih"],
    ["Kovalenko", "Kovalenko"],
    ["Abebe", "Abebe"],
    ["Vargas", "Vargas"],
]
ROLES = [
    "Foreign Minister",
    "Defence Minister",
    "National Security Adviser",
    "Deputy Foreign Minister",
    "Chief of General Staff",
    "Ambassador to the United Nations",
    "Interior Minister",
]
LEADER_TITLES = ["President", "Prime Minister"]
OUTLETS = [
    "The Daily Ledger",
    "Global Wire",
    "Regional Herald",
    "The Frontier Post",
    "Capital Observer",
    "World Desk Review",
    "The Evening Standard Bearer",
    "Horizon News",
]
ISSUES = [
    "the disputed border",
    "prisoner exchanges",
    "water rights on the river",
    "a demilitarised zone",
    "the return of displaced families",
    "trade through the corridor",
    "the ceasefire line",
    "monitoring by international observers",
    "customs checkpoints",
    "airspace violations",
    "the reopening of the railway",
    "compensation for damaged property",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
#: Vocabulary for background sentences, so that texts are not all alike.
NOUNS = (
    "analysts diplomats observers economists residents farmers traders lawmakers veterans students "
    "negotiators generals envoys officials commanders villagers refugees merchants engineers doctors "
    "pipelines harvests tariffs currencies bridges railways markets elections budgets reforms "
    "checkpoints patrols drones satellites treaties protocols memoranda sanctions loans exports"
).split()
ADJECTIVES = (
    "cautious fragile tentative renewed prolonged bitter historic sweeping modest uneasy "
    "unexpected gradual contested quiet rapid costly durable narrow broad limited"
).split()
VERBS = (
    "complicated delayed reshaped undermined strengthened tested slowed accelerated clouded "
    "overshadowed revived shaped eased tightened weakened"
).split()


@dataclass(slots=True)
class Figure:
    """A person in a generated story, with the spelling variants outlets use."""

    given: list[str]
    surname: list[str]
    role: str
    country: str

    def name(self, rng: random.Random) -> str:
        return f"{rng.choice(self.given)} {rng.choice(self.surname)}"

    def last(self, rng: random.Random) -> str:
        surname = rng.choice(self.surname)
        return surname[3:].capitalize() if surname.startswith("al-") and rng.random() < 0.3 else surname


@dataclass(slots=True)
class Story:
    """One invented negotiation: two sides, a mediator, people, a venue."""

    a: tuple[str, str, str]
    b: tuple[str, str, str]
    mediator: tuple[str, str, str]
    venue: str
    round_no: int
    people: dict[str, list[Figure]]
    leaders: dict[str, Figure]


def _figure(rng: random.Random, country: str, role: str) -> Figure:
    return Figure(rng.choice(GIVEN), rng.choice(SURNAMES), role, country)


def make_story(rng: random.Random) -> Story:
    a, b = rng.sample(STATES, 2)
    mediator = rng.choice(MEDIATORS)
    people = {c[0]: [_figure(rng, c[0], r) for r in rng.sample(ROLES, 3)] for c in (a, b, mediator)}
    leaders = {c[0]: _figure(rng, c[0], rng.choice(LEADER_TITLES)) for c in (a, b, mediator)}
    return Story(a, b, mediator, rng.choice(VENUES), rng.randint(2, 9), people, leaders)


def _ordinal(n: int) -> str:
    return {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth"}.get(n, "ninth")


def _background(rng: random.Random) -> str:
    n1, n2 = rng.sample(NOUNS, 2)
    return (
        f"{rng.choice(ADJECTIVES).capitalize()} {n1} have {rng.choice(VERBS)} the {rng.choice(ADJECTIVES)} "
        f"{n2} since {rng.choice(MONTHS)}, according to {rng.choice(NOUNS)} in the region."
    )


def _numbers(rng: random.Random, s: Story) -> str:
    side = rng.choice((s.a, s.b))
    return rng.choice(
        [
            f"{side[1]} officials said {rng.randint(2, 90) * 10} detainees could be released in a first phase.",
            f"The talks in {s.venue} are expected to last {rng.randint(2, 4)} days.",
            f"About {rng.randint(5, 60) * 1000:,} people have been displaced along the frontier "
            f"since {rng.choice(MONTHS)}.",
            f"Observers counted {rng.randint(3, 40)} violations of the truce in the past {rng.randint(2, 6)} weeks.",
        ]
    )


def _demand(rng: random.Random, s: Story) -> str:
    side, other = rng.sample((s.a, s.b), 2)
    person = rng.choice(s.people[side[0]])
    issue = rng.choice(ISSUES)
    return rng.choice(
        [
            f"{side[0]} wants {other[0]} to withdraw its troops from {issue} before any deal is signed.",
            f"{side[2]} insists that {issue} must be settled first.",
            f"{side[1]} officials rejected a proposal on {issue}, saying it violated national sovereignty.",
            f"{side[0]} has ruled out any concession on {issue}.",
            f"{person.role} {person.name(rng)} said {side[0]} is seeking guarantees on {issue}.",
            f"For {side[2]}, {issue} is a red line.",
            f"A senior {side[1]} official told reporters that {issue} was non-negotiable.",
            f"{side[0]} is pushing for international monitoring of {issue}.",
        ]
    )


def _delegation(rng: random.Random, s: Story, side: tuple[str, str, str]) -> str:
    head, *rest = s.people[side[0]]
    others = " and ".join(f"{p.role} {p.name(rng)}" for p in rest)
    return rng.choice(
        [
            f"The {side[1]} delegation is headed by {head.role} {head.name(rng)}, who is joined by {others}.",
            f"{side[0]} has sent {head.role} {head.name(rng)} and {others}.",
            f"{head.role} {head.name(rng)} leads the {side[1]} team, which includes {others}.",
        ]
    )


def article_text(rng: random.Random, s: Story, outlet: str) -> str:
    """One article about ``s`` as ``outlet`` would publish it, furniture included."""
    words_target = rng.randint(450, 950)
    la, lb = s.leaders[s.a[0]], s.leaders[s.b[0]]
    med = s.people[s.mediator[0]][0]
    day = rng.choice(DAYS)
    title = f"{s.a[1]} and {s.b[1]} negotiators meet in {s.venue} as {rng.choice(ISSUES)} divides them"
    lead = [
        f"{s.a[1]} and {s.b[1]} officials resumed talks in {s.venue} on {day}, marking the "
        f"{_ordinal(s.round_no)} round of negotiations between the two countries.",
        f"The discussions, mediated by {s.mediator[0]}, come after a pause of nearly {rng.randint(2, 9)} weeks.",
        f"{med.role} {med.name(rng)} of {s.mediator[0]} is moderating the meetings.",
        f"{la.role} {la.name(rng)} urged {lb.role} {lb.name(rng)} to return to the table without delay.",
    ]
    body = [_delegation(rng, s, s.a), _delegation(rng, s, s.b)]
    paragraphs: list[list[str]] = [lead[:2], lead[2:], body]
    count = sum(len(x.split()) for p in paragraphs for x in p)
    while count < words_target:
        para = []
        for _ in range(rng.randint(2, 4)):
            pick = rng.random()
            sent = _demand(rng, s) if pick < 0.3 else _numbers(rng, s) if pick < 0.45 else _background(rng)
            para.append(sent)
            count += len(sent.split())
        paragraphs.append(para)
    furniture_top = [title, ""]
    if rng.random() < 0.5:
        furniture_top += ["Getting your audio player ready...", "|", ""]
    furniture_top += [f"By {rng.choice(GIVEN)[0]} {rng.choice(SURNAMES)[0]}", ""]
    lines = list(furniture_top)
    for i, para in enumerate(paragraphs):
        lines += [" ".join(para), ""]
        if i == 1 and rng.random() < 0.6:
            lines += [f"{la.name(rng)} and {lb.name(rng)} at an earlier meeting | {outlet}/Reuters", ""]
    lines += [f"For the latest news and analysis, visit: {outlet}", "", "TAGS", s.a[0], s.b[0], s.mediator[0]]
    return "\n".join(lines) + "\n"


def generate(n: int, folder: Path, seed: int = 0, per_story: int = 5) -> list[Path]:
    """Write ``n`` articles into ``folder`` (created if needed) and return their paths.

    Articles come in groups of up to ``per_story`` outlets covering the same
    invented negotiation, so cross-outlet matching has work to do.
    """
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    story = make_story(rng)
    for i in range(n):
        if i and i % per_story == 0:
            story = make_story(rng)
        outlet = OUTLETS[i % len(OUTLETS)]
        path = folder / f"article_{i:05d}.txt"
        path.write_text(article_text(rng, story, outlet), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("folder", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    paths = generate(a.n, a.folder, a.seed)
    print(f"wrote {len(paths)} articles to {a.folder}")


if __name__ == "__main__":
    main()

"""The Markdown briefing: render and parse round trips, escaping, errors with line numbers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_helpers import OWN, ROOT, SEEDS, claims_view, entities_view, sample_briefing

from briefing.derive import derive
from briefing.errors import InputError
from briefing.formats.markdown_read import parse
from briefing.formats.markdown_write import render
from briefing.ingest.sources import load_sources
from briefing.model import Briefing, Claim

#: Every set of test articles about a negotiation (others' included), for the derivation round trip.
FOLDERS = [SEEDS, OWN, *sorted(p for p in (ROOT / "tests" / "articles").glob("*") if p.is_dir())]


@pytest.fixture(scope="module")
def seeds() -> list:
    return load_sources([SEEDS])[0]


@pytest.fixture(scope="module")
def own() -> list:
    return load_sources([OWN])[0]


def _grouped(b: Briefing) -> Briefing:
    """Demands as the file lists them: grouped per party, in order of first appearance."""
    order: dict[str | None, int] = {}
    for c in b.demands:
        order.setdefault(c.party, len(order))
    b.demands = sorted(b.demands, key=lambda c: order[c.party])
    return b


def _assert_round_trip(b: Briefing) -> None:
    text = render(b)
    parsed = parse(text, b.sources)
    assert parsed.findings == []
    assert render(parsed.briefing) == text
    assert claims_view(parsed.briefing) == claims_view(_grouped(b))
    assert entities_view(parsed.briefing) == entities_view(b)
    assert parsed.briefing.title == b.title


def test_round_trip_hand_made_on_seeds(seeds: list) -> None:
    _assert_round_trip(sample_briefing(seeds))


def test_round_trip_hand_made_on_own_articles(own: list) -> None:
    _assert_round_trip(sample_briefing(own, ("Norway", "Iceland")))


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_round_trip_of_the_derivation(folder) -> None:
    _assert_round_trip(derive(load_sources([folder])[0]))


def test_outlet_counts_recomputed_from_citations(seeds: list) -> None:
    parsed = parse(render(sample_briefing(seeds)), seeds).briefing
    assert [c.outlets for c in parsed.summary] == [2, 1]


def test_paths_in_the_file_are_file_names_only(seeds: list) -> None:
    text = render(sample_briefing(seeds))
    assert str(ROOT) not in text
    assert "[000_4f712100c890b02c.txt](000_4f712100c890b02c.txt)" in text


def test_citation_written_with_id_and_short_quote(seeds: list) -> None:
    b = sample_briefing(seeds)
    line = next(ln for ln in render(b).splitlines() if ln.startswith("- Little progress"))
    sid = b.summary[1].citations[0]
    m = re.search(r'\[\^(\S+) "([^"]+)"\]$', line)
    assert m and m.group(1) == sid
    assert b.sentence(sid).text.startswith(m.group(2).rstrip("…"))


TRICKY = [
    "Plain text.",
    "Stars *like this* and __that__ and _x_ snake_case",
    "Brackets [a](b) and [^not a citation] and ![img](x)",
    "A backslash \\ and a `tick` and <b>html</b> & &amp; &#42;",
    "# not a heading",
    "- not a list",
    "1. not a list either",
    "> not a quote",
    "ends with a hash #",
    'quotes "inside" and “curly” ones',
    "**bold:** start",
]


@pytest.mark.parametrize("text", TRICKY)
def test_claim_text_escaped_and_read_back(seeds: list, text: str) -> None:
    b = sample_briefing(seeds)
    b.summary[0].text = text
    b.demands[0].stance = "reject"
    parsed = parse(render(b), seeds)
    assert parsed.briefing.summary[0].text == text
    assert parsed.briefing.demands[0].stance == "reject"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=60).filter(str.strip))
def test_any_claim_text_round_trips(text: str) -> None:
    sources = load_sources([OWN])[0]
    b = sample_briefing(sources, ("Norway", "Iceland"))
    b.summary[0].text = text
    b.discrepancies[0].text = text
    parsed = parse(render(b), sources).briefing
    assert parsed.summary[0].text == " ".join(text.split())
    assert parsed.discrepancies[0].text == " ".join(text.split())
    assert parsed.summary[0].citations == b.summary[0].citations


def _doc(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_bare_and_scoped_quotes_and_curly_quotes(seeds: list) -> None:
    text = _doc(
        "# T",
        "## Summary",
        '- Talks resumed. [^"resumed high-level security talks in Paris"]',
        "- Trump pushed. [^001_2ffd7f0d9c7c426a “personally pressed Prime Minister”]",
        "- Two at once. [^000_4f712100c890b02c:2add7436,88989efa]",
    )
    parsed = parse(text, seeds)
    s = parsed.briefing.summary
    assert s[0].citations == ["000_4f712100c890b02c:2add7436"]
    assert s[1].citations == ["001_2ffd7f0d9c7c426a:d06f0426"]
    assert s[2].citations == ["000_4f712100c890b02c:2add7436", "000_4f712100c890b02c:88989efa"]
    assert [(f.line, f.status) for f in parsed.findings] == [(3, "resolved"), (4, "resolved")]


def test_citations_may_sit_mid_sentence_and_on_continuation_lines(seeds: list) -> None:
    text = _doc(
        "# T",
        "",
        "## Summary",
        "",
        "- Talks [^000_4f712100c890b02c:2add7436] resumed",
        '  in Paris. [^"no such words anywhere in these articles"]',
    )
    parsed = parse(text, seeds)
    assert parsed.briefing.summary[0].text == "Talks resumed in Paris."
    assert [(f.line, f.status) for f in parsed.findings] == [(6, "unresolved")]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 1, "Title"),
        ("Some text\n", 1, "outside a bullet list"),
        ("## Summary\n", 1, "starts with its '# Title'"),
        ("# T\n\n# Again\n", 3, "second"),
        ("# T\n\n## Notes\n", 3, "unknown section"),
        ("# T\n\n- a bullet\n", 3, "before any"),
        ("# T\n\n## Summary\n\nprose here\n", 5, "outside a bullet list"),
        ("# T\n\n## Summary\n\n- one\n  - nested\n", 6, "inside a bullet"),
        ("# T\n\n## Summary\n\n```\ncode\n```\n", 5, "code block"),
        ("# T\n\n## Key demands\n\n- orphan\n", 5, "### Party"),
        ("# T\n\n## People and places\n\n### Cats\n", 5, "unknown list"),
        ("# T\n\n## People and places\n\n### People\n\n- no bold name\n", 7, "name in bold"),
        ("# T\n\n## Sources\n\n- no id\n", 5, "backticks"),
        ("# T\n\n## Summary\n\n#### Deep\n", 5, "heading level 4"),
        ('# T\n\n## Summary\n\n- [^"only a quote"]\n', 5, "needs some text"),
    ],
)
def test_errors_name_file_and_line(seeds: list, text: str, line: int, words: str) -> None:
    with pytest.raises(InputError, match=rf"^briefing\.md:{line}: .*{re.escape(words)}"):
        parse(text, seeds)


def test_malformed_citation_is_reported_not_dropped(seeds: list) -> None:
    parsed = parse(_doc("# T", "## Summary", '- Claim [^"unclosed quote]'), seeds)
    assert parsed.unresolved and parsed.unresolved[0].line == 3
    assert "[^" in parsed.briefing.summary[0].text


def test_unresolved_citation_survives_a_rewrite(seeds: list) -> None:
    text = _doc("# T", "## Summary", '- Claim. [^000_4f712100c890b02c:deadbeef "words that are nowhere at all in it"]')
    parsed = parse(text, seeds)
    claim: Claim = parsed.briefing.summary[0]
    assert claim.citations == [] and len(claim.unresolved) == 1
    again = parse(render(parsed.briefing), seeds)
    assert again.briefing.summary[0].unresolved == claim.unresolved
    assert [f.message for f in again.findings] == [f.message for f in parsed.findings]


_PIECES = st.sampled_from(
    [
        "# ",
        "## ",
        "### ",
        "#### ",
        "- ",
        "1. ",
        "  ",
        "\n",
        "\n\n",
        "> ",
        "```",
        "**",
        "*",
        "_",
        "`",
        "<!-- x -->",
        "[^",
        "]",
        '"',
        "“",
        "”",
        "\\",
        ":",
        ",",
        " · ",
        "—",
        "also: ",
        "party: ",
        "lead",
        "Summary",
        "Sources",
        "Key demands",
        "Delegations",
        "People and places",
        "Discrepancies",
        "Parties",
        "People",
        "Places",
        "000_4f712100c890b02c:2add7436",
        "000_4f712100c890b02c",
        "Paris",
        "word",
        "&amp;",
        "[a](b)",
        "|",
        "---",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_generated_markdown_never_crashes_the_parser(text: str) -> None:
    sources = load_sources([OWN])[0]
    try:
        parsed = parse(text, sources)
    except InputError as err:
        assert re.match(r"^briefing\.md:\d+: \S", str(err)), str(err)
        assert "\n" not in str(err)
        return
    assert isinstance(parsed.briefing, Briefing)
    render(parsed.briefing)


@settings(max_examples=100, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_generated_documents_with_a_title_parse_or_fail_cleanly(body: str) -> None:
    sources = load_sources([OWN])[0]
    text = "# Title\n\n## Summary\n\n- " + body
    try:
        parsed = parse(text, sources)
    except InputError as err:
        assert re.match(r"^briefing\.md:\d+: ", str(err))
        return
    rendered = render(parsed.briefing)
    assert render(parse(rendered, sources).briefing) == rendered


def test_readme_example_parses_clean(own: list) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The Markdown briefing format") :]
    example = section[section.index("```markdown\n") + 12 : section.index("\n```\n")] + "\n"
    parsed = parse(example, own)
    assert [f.status for f in parsed.findings] == ["resolved", "resolved"]
    assert parsed.briefing.outcomes[0].status == "agreed"
    assert parsed.briefing.demands[0].stance == "demand"
    assert parsed.briefing.discrepancies[0].about == "Vollan's title"


_NAME = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="·,;:"), min_size=1, max_size=20)
    .map(lambda t: " ".join(t.split()))
    .filter(lambda t: t and t.lower() not in ("lead", "-", "—"))
)


@settings(max_examples=150, deadline=None)
@given(_NAME, _NAME, _NAME, _NAME)
def test_any_names_roles_and_subjects_round_trip(party: str, person: str, role: str, about: str) -> None:
    sources = load_sources([OWN])[0]
    b = sample_briefing(sources, ("Norway", "Iceland"))
    b.parties[0].name = b.delegations[0].party = b.demands[0].party = party
    b.people[0].name, b.people[0].variants, b.people[0].roles = person, [person], [role]
    b.delegations[0].members[0].role = role
    b.discrepancies[0].about = about
    p = parse(render(b), sources).briefing
    assert (p.parties[0].name, p.delegations[0].party, p.demands[0].party) == (party, party, party)
    assert (p.people[0].name, p.people[0].roles, p.delegations[0].members[0].role) == (person, [role], role)
    assert p.discrepancies[0].about == about


@pytest.mark.parametrize("name", ["Unattributed", "Unattributed (no party)"])
def test_a_party_named_as_the_unattributed_heading_keeps_its_demands_apart(name: str) -> None:
    """Found by the round-trip property: a party called "Unattributed" read back as no party at all."""
    sources = load_sources([OWN])[0]
    b = sample_briefing(sources, ("Norway", "Iceland"))
    b.parties[0].name = b.delegations[0].party = b.demands[0].party = name
    b.demands[1].party = None
    text = render(b)
    p = parse(text, sources).briefing
    assert [d.party for d in p.demands] == [d.party for d in b.demands]
    assert render(p) == text

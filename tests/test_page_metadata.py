"""Pasted pages as they come: URL, headline, outlet, date, byline, credits and furniture.

Every article here is invented for these tests (other negotiations, other
outlets); each rule is checked on a shape, and on a look-alike it must leave alone.
"""

from __future__ import annotations

from briefing.derive import derive
from briefing.ingest.outlet import site_name, spells_host
from briefing.ingest.sources import source_from_text
from briefing.model import Source

JUNK_PAGE = """\
URL: https://andeswire24.example.net/2024/09/12/bolivia-chile-water-talks-end/

Skip to content
AndesWire24
Home Politics Business Sports World Contact Us
La Paz 14°C Sunny | USD/BOB 6.91 ▲0.1% | Copper $4.10
date 2024-09-12Bolivia And Chile Agree Water Survey As Silala Talks End In Lima
Posted by Admin | 12 September 2024 | 4 min read
Share on Facebook Share on X Share on WhatsApp Copy Link
Advertisement
( Photos: Rosa Mamani, Tomás Herrera / AFP )Bolivia and Chile agreed on Thursday to survey the Silala springs.

The Bolivian delegation was led by Vice Minister Ana Flores. The talks were held at the Torre Tagle Palace.

Advertisement

Read more: Copper prices climb for a third day
Related: Five facts about the Silala dispute

Chile wants the survey finished before the rainy season, officials said.

Tags: Bolivia, Chile, Silala, water

You may also like
Opinion: Why rivers divide neighbours
Watch: Llama festival draws record crowds

© 2024 AndesWire24 | All Rights Reserved | Privacy Policy | Terms of Use
"""


def _marked(src: Source) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for b in src.boilerplate:
        out.setdefault(b.kind, []).append(b.text)
    return out


def _body(src: Source) -> list[str]:
    return [s.text for s in src.sentences if s.kind == "body"]


def test_url_line_is_the_url_and_never_the_title() -> None:
    src = source_from_text(JUNK_PAGE, "a", "a.txt")
    assert src.url == "https://andeswire24.example.net/2024/09/12/bolivia-chile-water-talks-end/"
    assert src.title == "Bolivia And Chile Agree Water Survey As Silala Talks End In Lima"
    assert not any("URL:" in s.text for s in src.sentences)


def test_junk_heavy_page_metadata() -> None:
    src = source_from_text(JUNK_PAGE, "a", "a.txt")
    assert src.outlet == "AndesWire24"  # the masthead the host spells, not "a"
    assert src.date == "2024-09-12"
    assert src.byline is None  # "Posted by Admin" names no one
    assert src.credits == ["Rosa Mamani", "Tomás Herrera"]


def test_junk_heavy_page_furniture_is_marked_not_deleted() -> None:
    src = source_from_text(JUNK_PAGE, "a", "a.txt")
    assert src.text == JUNK_PAGE
    found = _marked(src)
    assert found["furniture"] == ["Skip to content", "Advertisement", "Advertisement"]
    assert found["masthead"] == ["AndesWire24"]
    assert found["navigation"] == ["Home Politics Business Sports World Contact Us"]
    assert found["widget"] == ["La Paz 14°C Sunny | USD/BOB 6.91 ▲0.1% | Copper $4.10"]
    assert found["dateline"] == ["date 2024-09-12"]
    assert found["share"] == ["Share on Facebook Share on X Share on WhatsApp Copy Link"]
    assert found["caption"] == ["( Photos: Rosa Mamani, Tomás Herrera / AFP )"]
    assert found["promo"] == [
        "Read more: Copper prices climb for a third day",
        "Related: Five facts about the Silala dispute",
    ]
    assert "Watch: Llama festival draws record crowds" in found["tags"] + found.get("related", [])
    assert found["footer"] == ["© 2024 AndesWire24 | All Rights Reserved | Privacy Policy | Terms of Use"]
    body = _body(src)
    assert body[0].startswith("Bolivia and Chile agreed on Thursday")  # cut off the glued credit, whole
    assert body[-1] == "Chile wants the survey finished before the rainy season, officials said."
    for b in src.boilerplate:
        assert src.text[b.start : b.end] == b.text


WIRE = """\
URL: https://news.example.org/wire/2024/06/03/armenia-azerbaijan-border-commission

Armenia and Azerbaijan border commissions agree to meet monthly

By Lena Hovsepyan

ALMATY, June 3 (CAW) – Armenia and Azerbaijan agreed on Monday that their border commissions would meet every month.

Officials told Reuters the next meeting would be held in Almaty. Reuters could not confirm the date.

(Reporting by Lena Hovsepyan; Editing by Omar Sayed)

© 2024 Central Asia Wire. All rights reserved.
"""


def test_wire_copy_outlet_from_copyright_date_from_url_byline() -> None:
    src = source_from_text(WIRE, "w", "w.txt")
    assert src.title == "Armenia and Azerbaijan border commissions agree to meet monthly"
    assert src.outlet == "Central Asia Wire"
    assert src.date == "2024-06-03"
    assert src.byline == "Lena Hovsepyan"
    body = _body(src)
    assert "Officials told Reuters the next meeting would be held in Almaty." in body  # mentioning an agency is prose
    assert "Reuters could not confirm the date." in body


GLUED = """\
URL: https://andeanledger.example.com.pe/politica/2025/06/02/peru-ecuador-fisheries

Peru and Ecuador close fisheries round without a quota
Amaru QuispeMonday, 2 June 2025, 21:35

LIMA — Peru and Ecuador ended a third round of fisheries talks on Monday without agreeing a catch quota.

Ana Flores greets her counterpart in Lima on Monday. Photo: Kusi Huaman/ReutersThe two delegations met for nine hours.

The Ecuadorian side wants joint patrols. (AP Photo/Lucía Paredes)

Negotiators said a fourth round would be held in Quito.
"""


def test_byline_glued_to_date_and_caption_glued_to_paragraph() -> None:
    src = source_from_text(GLUED, "g", "g.txt")
    assert src.title == "Peru and Ecuador close fisheries round without a quota"
    assert src.byline == "Amaru Quispe"
    assert (src.date, src.time) == ("2025-06-02", "21:35")
    assert src.credits == ["Kusi Huaman", "Lucía Paredes"]
    found = _marked(src)
    assert found["byline"] == ["Amaru QuispeMonday, 2 June 2025, 21:35"]
    assert found["caption"][0].endswith("Photo: Kusi Huaman/Reuters")
    body = _body(src)
    assert "The two delegations met for nine hours." in body
    assert not any("Photo" in s or "greets" in s for s in body)


BARE = """\
URL: https://balticherald.example.com/diplomacy/latvia-estonia-ferry-accord

Latvia and Estonia sign ferry accord after Riga talks
Kaspars Ozols
Diplomacy | 4 March 2025

RIGA

Latvia and Estonia signed an accord on a shared ferry line on Tuesday after talks in Riga.

Ρωγμές στις συνομιλίες: οι αντιπροσωπείες στη Ρίγα
The Estonian delegation was led by Deputy Minister Mari Tamm.
"""


def test_bare_name_byline_section_date_place_and_other_script_caption() -> None:
    src = source_from_text(BARE, "b", "b.txt")
    assert src.byline == "Kaspars Ozols"
    assert src.date == "2025-03-04"
    assert src.outlet == "Baltic Herald"  # from the host alone, split into words
    found = _marked(src)
    assert found["byline"] == ["Kaspars Ozols"]
    assert found["dateline"] == ["Diplomacy | 4 March 2025", "RIGA"]
    assert found["other-script"] == ["Ρωγμές στις συνομιλίες: οι αντιπροσωπείες στη Ρίγα"]
    assert _body(src)[-1] == "The Estonian delegation was led by Deputy Minister Mari Tamm."


def test_first_sentences_that_look_like_bylines_stay_article_text() -> None:
    text = (
        "Talks to resume on 5 June 2025 in Geneva\n\n"
        "Maria Lopez said on Monday the talks had failed.\n\n"
        "By Tuesday evening the delegations had left.\n\n"
        "Home truths were spoken in the hall, one envoy said.\n"
    )
    src = source_from_text(text, "n", "n.txt")
    assert src.title == "Talks to resume on 5 June 2025 in Geneva"  # a date inside a headline is no dateline
    assert src.byline is None and src.boilerplate == []
    assert _body(src) == [
        "Maria Lopez said on Monday the talks had failed.",
        "By Tuesday evening the delegations had left.",
        "Home truths were spoken in the hall, one envoy said.",
    ]


def test_a_two_word_name_line_inside_the_body_is_not_a_byline() -> None:
    text = (
        "Envoys meet again in Oslo\n\n"
        + "The talks resumed today in Oslo after a long pause. " * 3
        + "\n\nJonas Berg\n"
    )
    src = source_from_text(text, "x", "x.txt")
    assert src.byline is None


def test_outlet_names_from_hosts() -> None:
    assert site_name("https://www.balticherald.example.com/x") == "Baltic Herald"
    assert site_name("https://pampaledger.example.com.ar/x", ["Pampa"]) == "Pampa Ledger"
    assert site_name("https://www.bbc.co.uk/news/world") == "BBC"
    assert site_name("https://news.example.net/x") is None  # a generic label names no one
    assert spells_host("National Times", "nattimes")
    assert spells_host("The Coast Ledger", "coastledger")
    assert not spells_host("Coast Guard", "coastledger")


def test_no_outlet_without_text_or_url_and_never_the_file_name() -> None:
    src = source_from_text("Envoys meet\n\nThe two sides met in Oslo. They agreed.\n", "01_outlet", "01_outlet.txt")
    assert src.outlet is None and src.url is None
    assert src.label == "Envoys meet"  # citations name the headline, not "01_outlet"


def test_two_files_of_one_outlet_are_one_outlet() -> None:
    one = source_from_text("Talks end\n\nThe two sides met.\n\n© 2025 The Coast Ledger\n", "one", "one.txt")
    two = source_from_text("Talks resume\n\nThe two sides met again.\n\n© Coast Ledger 2025\n", "two", "two.txt")
    assert one.outlet == "The Coast Ledger" and two.outlet == "Coast Ledger"
    assert one.outlet_key == two.outlet_key


def test_no_boilerplate_sentence_is_cited_by_any_claim() -> None:
    sources = [
        source_from_text(text, sid, f"{sid}.txt")
        for sid, text in (("a", JUNK_PAGE), ("w", WIRE), ("g", GLUED), ("b", BARE))
    ]
    briefing = derive(sources)
    cited = [sid for c in briefing.claims() for sid in c.citations]
    cited += [sid for d in briefing.delegations for m in d.members for sid in m.citations]
    assert cited
    for sid in cited:
        sent = briefing.sentence(sid)
        assert sent is not None and sent.kind == "body"
        src = briefing.source_index[sent.source_id]
        assert not any(b.start < sent.end and sent.start < b.end for b in src.boilerplate)
    people = {p.id: p for p in briefing.people}
    delegates = {
        people[m.person].name if m.person in people else m.person for d in briefing.delegations for m in d.members
    }
    for photographer in ("Rosa Mamani", "Kusi Huaman"):  # named only in photo credits: press at most, never delegates
        assert photographer not in delegates
        assert all(p.kind != "official" for p in briefing.people if p.name == photographer)


def test_a_masthead_with_an_elided_article_names_the_outlet_in_its_own_case() -> None:
    """The host leaves the article out ("L'…" on ``lechodelariviere`` or ``echodelariviere``)."""
    page = (
        "URL: https://echodelariviere.example.ne/politique/2026/03/04/talks\n\n"
        "L'ÉCHO DE LA RIVIÈRE\n"
        "Accueil | Politique | Économie | Sport\n"
        "Agadez talks resume with a truce on the table\n\n"
        "The government and the front resumed talks in Agadez on Tuesday, officials said.\n"
    )
    assert source_from_text(page, "e", "e.txt").outlet == "L'Écho de la Rivière"
    assert spells_host("L’Unione Sarda", "unionesarda") and spells_host("L'Orient-Le Jour", "lorientlejour")
    assert not spells_host("L'Écho du Fleuve", "echodesmontagnes")

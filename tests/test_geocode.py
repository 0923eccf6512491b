"""Geocoding in context: demonyms, spans read against the article's places, both languages.

Every sentence is written here for the test.
"""

from __future__ import annotations

import pytest

from veilleur.gazetteer import Gazetteer
from veilleur.geocode import Geocoder, demonym_countries
from veilleur.lang import LANGUAGES
from veilleur.pipeline import Pipeline
from veilleur.record import Article


def analyse(pipeline: Pipeline, text: str, language: str = "en") -> Article:
    return pipeline(Article(text=text, language=language))


def test_geocode_demonyms_name_their_country_but_plurals_and_abbreviations_do_not(gazetteer: Gazetteer) -> None:
    text = "A Kenyan runner and a North Korean diplomat met Americans at the Syrian Observatory, a U.S. group."
    found = [(span.text, country.country) for span, country in demonym_countries(text, LANGUAGES["en"], gazetteer)]
    assert found == [("Kenyan", "KE"), ("North Korean", "KP"), ("Syrian", "SY")]
    assert demonym_countries("the kenyan runner", LANGUAGES["en"], gazetteer) == []  # lower case: no name


def test_geocode_span_reads_demonym_as_country_and_small_town_in_context(
    pipeline: Pipeline, gazetteer: Gazetteer
) -> None:
    text = "The Canadian envoy travelled from Ottawa to the Ontario town of Kanata on Monday."
    article = analyse(pipeline, text)
    geocoder = Geocoder(None, article.text, LANGUAGES["en"], article.entities, gazetteer)
    start = text.index("Canadian")
    entry = geocoder.resolve_span(start, start + len("Canadian"))
    assert entry is not None and (entry.country, entry.feature) == ("CA", "PCLI")
    empty = text.index(" envoy")
    assert geocoder.resolve_span(empty, empty + 1) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Des drones ont frappé la région de Koursk dans la nuit, selon le gouverneur."),
        ("en", "Drones struck the Kursk region overnight, the governor said."),
    ],
)
def test_geocode_region_cue_still_gives_the_oblast(pipeline: Pipeline, language: str, text: str) -> None:
    article = analyse(pipeline, text, language)
    assert [(p.name, p.feature) for p in article.places] == [("Kursk Oblast", "ADM1")]

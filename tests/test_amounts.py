"""Tests for veilleur.amounts and veilleur.numbers: figures, words, units, bounds, what is counted.

No spaCy model: `amount_grammar(lang).find(text, skip=...)` is called directly; where
a time expression matters, `skip` comes from the time grammar, as the stage does.
Every sentence is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veilleur.amounts import Amount, amount_grammar
from veilleur.lang import LANGUAGES
from veilleur.numbers import parse_figure, parse_words
from veilleur.timex import grammar

DCT = date(2024, 8, 14)


def find(lang: str, text: str) -> list[Amount]:
    """The amounts of `text` outside its time expressions, as the quantities stage finds them."""
    skip = [(timex.start, timex.end) for timex in grammar(lang).find(text, DCT)]
    return amount_grammar(lang).find(text, skip=skip)


def only(lang: str, text: str) -> Amount:
    found = find(lang, text)
    assert len(found) == 1, [(a.text, a.value) for a in found]
    return found[0]


# ---------------------------------------------------------------- numbers in figures and words

FIGURES = [
    ("fr", "Plus de 1 000 soldats sont arrivés.", 1000),
    ("fr", "Plus de 1\u00a0000 soldats sont arrivés.", 1000),
    ("fr", "Plus de 1\u202f000 soldats sont arrivés.", 1000),
    ("fr", "Plus de 1\u2009000 soldats sont arrivés.", 1000),
    ("fr", "Le dépôt contenait 1.000 obus.", 1000),
    ("fr", "Le dépôt contenait 2.500.000 obus.", 2_500_000),
    ("fr", "Le taux a atteint 1,5 % en juillet.", 1.5),
    ("fr", "La zone couvre 1 000,5 km².", 1000.5),
    ("fr", "Le dépôt contenait 12 000 obus.", 12_000),
    ("en", "More than 1,000 soldiers arrived.", 1000),
    ("en", "More than 1 000 soldiers arrived.", 1000),
    ("en", "More than 1\u202f000 soldiers arrived.", 1000),
    ("en", "The rate reached 1.5% in July.", 1.5),
    ("en", "The zone covers 1,000.5 km².", 1000.5),
    ("en", "The depot held 2,500,000 shells.", 2_500_000),
]


@pytest.mark.parametrize(("lang", "text", "value"), FIGURES)
def test_amounts_figures_in_either_writing(lang: str, text: str, value: float) -> None:
    assert only(lang, text).value == value


WORDS = [
    ("fr", "Deux soldats ont été blessés.", 2, None, None, "exact"),
    ("fr", "Vingt-et-un civils ont été évacués.", 21, None, None, "exact"),
    ("fr", "Quatre-vingt-dix otages ont été libérés.", 90, None, None, "exact"),
    ("fr", "Une centaine de manifestants se sont réunis.", 100, None, None, "approx"),
    ("fr", "Des dizaines de drones ont survolé la ville.", None, 20, 99, "approx"),
    ("fr", "Des milliers d'habitants ont fui.", None, 2000, 9999, "approx"),
    ("en", "Two soldiers were wounded.", 2, None, None, "exact"),
    ("en", "Twenty-one civilians were evacuated.", 21, None, None, "exact"),
    ("en", "Two hundred and five hostages were freed.", 205, None, None, "exact"),
    ("en", "A dozen drones flew over the city.", 12, None, None, "approx"),
    ("en", "Hundreds of residents fled.", None, 200, 999, "approx"),
    ("en", "Dozens of drones flew over the city.", None, 24, 119, "approx"),
]


@pytest.mark.parametrize(("lang", "text", "value", "low", "high", "qualifier"), WORDS)
def test_amounts_numbers_in_words(
    lang: str, text: str, value: float | None, low: float | None, high: float | None, qualifier: str
) -> None:
    amount = only(lang, text)
    assert (amount.value, amount.low, amount.high, amount.qualifier) == (value, low, high, qualifier)


NOT_AMOUNTS = [
    ("fr", "Il a terminé 2e de la course."),
    ("fr", "La 47e brigade a reculé."),
    ("fr", "Le 3ème bataillon a reculé."),
    ("fr", "C'est le premier convoi depuis l'hiver."),
    ("fr", "La 1re compagnie a été évacuée."),
    ("fr", "Un accord a été trouvé."),
    ("fr", "L'une des écoles a été touchée."),
    ("fr", "Le titre figure dans le Top 10 des ventes."),
    ("fr", "L'article 5 du traité a été invoqué."),
    ("en", "He finished 3rd in the race."),
    ("en", "The 47th Brigade pulled back."),
    ("en", "It was the first convoy since winter."),
    ("en", "The 2nd battalion pulled back."),
    ("en", "A deal was reached."),
    ("en", "The song is in the Top 10."),
    ("en", "Article 5 of the treaty was invoked."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_AMOUNTS)
def test_amounts_ordinals_articles_and_labels_are_not_amounts(lang: str, text: str) -> None:
    assert [(a.text, a.value) for a in find(lang, text)] == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "L'accord a été signé le 6 août 2024 à Vienne."),
        ("fr", "Le décret du 6/8/2024 a été abrogé."),
        ("fr", "La centrale a été fermée en 2022."),
        ("fr", "Le convoi est parti à 14h30."),
        ("fr", "Les combats ont duré trois jours."),
        ("fr", "Le pont a été bombardé il y a deux jours."),
        ("en", "The deal was signed on 6 August 2024 in Vienna."),
        ("en", "The convoy left at 2:30 p.m."),
        ("en", "The fighting lasted three days."),
        ("en", "The bridge was shelled two days ago."),
    ],
)
def test_amounts_numbers_inside_time_expressions_are_left_to_times(lang: str, text: str) -> None:
    assert grammar(lang).find(text, DCT)
    assert find(lang, text) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Les 2000 soldats sont arrivés."), ("en", "The 2000 soldiers arrived.")],
)
def test_amounts_a_count_like_a_year_is_a_count(lang: str, text: str) -> None:
    amount = only(lang, text)
    assert (amount.value, amount.counts) == (2000, "soldier")


# ---------------------------------------------------------------- units

UNITS = [
    ("fr", "Les troupes ont avancé de 12 km.", 12, "km", "distance"),
    ("fr", "Le front s'étend sur 300 kilomètres.", 300, "km", "distance"),
    ("fr", "L'armée a repris 40 km² de terrain.", 40, "km2", "area"),
    ("fr", "L'armée a repris 40 kilomètres carrés de terrain.", 40, "km2", "area"),
    ("fr", "Le mur mesure 300 mètres.", 300, "m", "distance"),
    ("fr", "Le colis pesait 12 kg.", 12, "kg", "weight"),
    ("fr", "Le convoi transportait 40 tonnes de farine.", 40, "t", "weight"),
    ("fr", "Le chômage atteint 18 % dans la région.", 18, "%", None),
    ("fr", "Le chômage atteint 18 pour cent dans la région.", 18, "%", None),
    ("fr", "Le programme coûte 3 millions de dollars.", 3_000_000, "USD", None),
    ("fr", "Le pont a coûté 40 $.", 40, "USD", None),
    ("fr", "Le programme coûte 5 milliards d'euros.", 5_000_000_000, "EUR", None),
    ("fr", "Le billet coûte 15 €.", 15, "EUR", None),
    ("fr", "L'aide atteint 200 millions de hryvnias.", 200_000_000, "UAH", None),
    ("fr", "L'amende s'élève à 10 000 roubles.", 10_000, "RUB", None),
    ("en", "The troops advanced 12 km.", 12, "km", "distance"),
    ("en", "The front stretches for 300 kilometres.", 300, "km", "distance"),
    ("en", "The army retook 40 km² of land.", 40, "km2", "area"),
    ("en", "The army retook 40 square kilometres of land.", 40, "km2", "area"),
    ("en", "The army retook 40 square kilometers of land.", 40, "km2", "area"),
    ("en", "The wall is 300 metres long.", 300, "m", "distance"),
    ("en", "The parcel weighed 12 kg.", 12, "kg", "weight"),
    ("en", "The convoy carried 40 tonnes of flour.", 40, "t", "weight"),
    ("en", "Unemployment reached 18% in the region.", 18, "%", None),
    ("en", "Unemployment reached 18 percent in the region.", 18, "%", None),
    ("en", "The programme costs $3 million.", 3_000_000, "USD", None),
    ("en", "The programme costs 3 million dollars.", 3_000_000, "USD", None),
    ("en", "The programme costs €5 billion.", 5_000_000_000, "EUR", None),
    ("en", "The aid reached ₴200 million.", 200_000_000, "UAH", None),
    ("en", "The aid reached 200 million hryvnias.", 200_000_000, "UAH", None),
    ("en", "The fine was ₽10,000.", 10_000, "RUB", None),
    ("en", "The fine was 10,000 roubles.", 10_000, "RUB", None),
]


@pytest.mark.parametrize(("lang", "text", "value", "unit", "counts"), UNITS)
def test_amounts_units_are_normalised(lang: str, text: str, value: float, unit: str, counts: str | None) -> None:
    amount = only(lang, text)
    assert (amount.value, amount.unit, amount.counts) == (value, unit, counts)
    assert amount.qualifier == "exact"


def test_amounts_million_euro_abbreviation() -> None:
    amount = only("fr", "Le fonds dispose de 20 M€.")
    assert (amount.value, amount.unit) == (20_000_000, "EUR")


# ---------------------------------------------------------------- what is counted

COUNTS = [
    ("fr", "Trois civils tués dans une frappe.", 3, "killed"),
    ("fr", "Trois civils ont été tués dans la frappe.", 3, "killed"),
    ("fr", "Cinq morts et huit blessés ont été recensés.", 5, "killed"),
    ("fr", "Douze personnes ont été blessées.", 12, "injured"),
    ("fr", "Quarante prisonniers ont été échangés.", 40, "prisoner"),
    ("fr", "Près de 300 soldats ont été capturés.", 300, "prisoner"),
    ("fr", "Deux cents soldats sont arrivés en renfort.", 200, "soldier"),
    ("fr", "Six civils attendent l'évacuation.", 6, "civilian"),
    ("fr", "Quinze drones ont survolé la ville.", 15, "drone"),
    ("fr", "Quatre missiles ont visé le port.", 4, "missile"),
    ("fr", "Quinze drones ont été abattus.", 15, "shot down"),
    ("fr", "40 000 déplacés attendent de l'aide.", 40_000, "displaced"),
    ("en", "Three civilians killed in a strike.", 3, "killed"),
    ("en", "Three civilians were killed in the strike.", 3, "killed"),
    ("en", "The strike left four people dead.", 4, "killed"),
    ("en", "Twelve people were injured.", 12, "injured"),
    ("en", "Forty prisoners were swapped.", 40, "prisoner"),
    ("en", "Nearly 300 soldiers were captured.", 300, "prisoner"),
    ("en", "Two hundred soldiers arrived as reinforcements.", 200, "soldier"),
    ("en", "Six civilians await evacuation.", 6, "civilian"),
    ("en", "Fifteen drones flew over the city.", 15, "drone"),
    ("en", "Four missiles targeted the port.", 4, "missile"),
    ("en", "Fifteen drones were shot down.", 15, "shot down"),
    ("en", "40,000 displaced people await aid.", 40_000, "displaced"),
]


@pytest.mark.parametrize(("lang", "text", "value", "counts"), COUNTS)
def test_amounts_counted_things_in_english_lemmas(lang: str, text: str, value: float, counts: str) -> None:
    amount = find(lang, text)[0]
    assert (amount.value, amount.counts) == (value, counts)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Deux soldats ont été tués et cinq blessés.", [(2, "killed"), (5, "injured")]),
        ("en", "Twelve people died and 30 were injured.", [(12, "killed"), (30, "injured")]),
    ],
)
def test_amounts_each_number_gets_its_own_outcome(lang: str, text: str, expected: list[tuple[int, str]]) -> None:
    assert [(a.value, a.counts) for a in find(lang, text)] == expected


def test_amounts_english_one_is_a_number() -> None:
    amount = only("en", "One civilian was killed in the strike.")
    assert (amount.value, amount.counts) == (1, "killed")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les bombardements ont tué deux civils."),
        ("en", "The shelling killed two civilians."),
        ("en", "Troops shelled the village, killing 2 civilians."),
    ],
)
def test_amounts_outcome_before_the_number(lang: str, text: str) -> None:
    amount = only(lang, text)
    assert (amount.value, amount.counts) == (2, "killed")


def test_amounts_fatalities_are_deaths() -> None:
    amount = only("en", "The attack caused 4 fatalities.")
    assert (amount.value, amount.counts) == (4, "killed")


@pytest.mark.parametrize(
    ("lang", "text"), [("fr", "Jean Dupont, 87 ans, a été blessé."), ("en", "John Smith, 87, was injured.")]
)
def test_amounts_an_age_counts_no_victims(lang: str, text: str) -> None:
    assert [a for a in find(lang, text) if a.counts == "injured"] == []


# ---------------------------------------------------------------- ranges and bounds

BOUNDS = [
    ("fr", "Les troupes ont avancé d'un à deux kilomètres.", None, 1, 2, "km", "range"),
    ("fr", "Les troupes ont avancé de 3 à 5 km.", None, 3, 5, "km", "range"),
    ("fr", "Entre 10 et 15 drones ont survolé la ville.", None, 10, 15, None, "range"),
    ("fr", "Plus de 1 000 km² ont été minés.", 1000, 1000, None, "km2", "more_than"),
    ("fr", "Au moins 12 personnes ont été évacuées.", 12, 12, None, None, "at_least"),
    ("fr", "Moins de 20 soldats tiennent la position.", 20, None, 20, None, "less_than"),
    ("fr", "Jusqu'à 50 drones ont été lancés.", 50, None, 50, None, "at_most"),
    ("fr", "Près de 300 soldats sont arrivés.", 300, None, None, None, "approx"),
    ("fr", "Environ 40 missiles ont été tirés.", 40, None, None, None, "approx"),
    ("en", "The troops advanced one to two kilometres.", None, 1, 2, "km", "range"),
    ("en", "The troops advanced from 3 to 5 km.", None, 3, 5, "km", "range"),
    ("en", "Between 10 and 15 drones flew over the city.", None, 10, 15, None, "range"),
    ("en", "More than 1,000 km² were mined.", 1000, 1000, None, "km2", "more_than"),
    ("en", "At least 12 people were evacuated.", 12, 12, None, None, "at_least"),
    ("en", "Fewer than 20 soldiers hold the position.", 20, None, 20, None, "less_than"),
    ("en", "Up to 50 drones were launched.", 50, None, 50, None, "at_most"),
    ("en", "Nearly 300 soldiers arrived.", 300, None, None, None, "approx"),
    ("en", "About 40 missiles were fired.", 40, None, None, None, "approx"),
]


@pytest.mark.parametrize(("lang", "text", "value", "low", "high", "unit", "qualifier"), BOUNDS)
def test_amounts_ranges_and_bounds(
    lang: str,
    text: str,
    value: float | None,
    low: float | None,
    high: float | None,
    unit: str | None,
    qualifier: str,
) -> None:
    amount = only(lang, text)
    assert (amount.value, amount.low, amount.high, amount.unit, amount.qualifier) == (
        value,
        low,
        high,
        unit,
        qualifier,
    )


def test_amounts_range_text_spans_both_ends() -> None:
    amount = only("fr", "Les troupes ont avancé d'un à deux kilomètres.")
    assert amount.text == "d'un à deux kilomètres"


# ---------------------------------------------------------------- numbers.py


@pytest.mark.parametrize(
    ("text", "decimal", "value"),
    [
        ("1 000", ",", 1000.0),
        ("1\u00a0000", ",", 1000.0),
        ("1\u202f000,5", ",", 1000.5),
        ("1.000", ",", 1000.0),
        ("1,5", ",", 1.5),
        ("1.000.000", ",", 1_000_000.0),
        ("1,000.5", ".", 1000.5),
        ("1,000", ".", 1000.0),
        ("1.5", ".", 1.5),
        ("1,5", ".", 1.5),
        ("abc", ".", None),
        ("", ",", None),
    ],
)
def test_numbers_parse_figure(text: str, decimal: str, value: float | None) -> None:
    assert parse_figure(text, decimal=decimal) == value


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "deux", 2),
        ("fr", "vingt-et-un", 21),
        ("fr", "soixante-dix", 70),
        ("fr", "quatre-vingts", 80),
        ("fr", "quatre-vingt-dix-huit", 98),
        ("fr", "deux cents", 200),
        ("fr", "trois mille", 3000),
        ("en", "two", 2),
        ("en", "twenty-one", 21),
        ("en", "two hundred and five", 205),
        ("en", "three thousand", 3000),
        ("en", "banana", None),
    ],
)
def test_numbers_parse_words(lang: str, text: str, value: int | None) -> None:
    assert parse_words(text, LANGUAGES[lang].numbers) == value


# ---------------------------------------------------------------- properties

_PIECES = [
    "1", "000", "1 000", "1\u202f000", "1.000", "1,5", "1,000.5", "2e", "3rd", "premier", "deux", "vingt-et-un",
    "une", "centaine", "des", "dizaines", "a", "dozen", "hundreds", "of", "plus", "de", "d'un", "à", "entre", "et",
    "more", "than", "at", "least", "up", "to", "km", "km²", "kilomètres", "carrés", "square", "kilometres", "%", "$",
    "€", "₴", "₽", "M€", "million", "milliards", "tués", "killed", "civils", "soldiers", "drones", "-", "–", ",",
    ".", "'", "le", "6", "août", "2024", "ans", "Top", "10",
]  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "\u00a0", "-"])), max_size=16).map(
        lambda parts: "".join(word + sep for word, sep in parts)
    ),
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en"]))
def test_amounts_offsets_always_slice_the_text(text: str, lang: str) -> None:
    found = find(lang, text)
    for amount in found:
        assert 0 <= amount.start < amount.end <= len(text)
        assert text[amount.start : amount.end] == amount.text
        assert amount.text == amount.text.strip()
        assert amount.qualifier in {"exact", "approx", "more_than", "less_than", "at_least", "at_most", "range"}
        if amount.qualifier == "range":
            assert amount.value is None and amount.low is not None and amount.high is not None
            assert amount.low < amount.high
    assert [a.start for a in found] == sorted(a.start for a in found)


@settings(max_examples=200, deadline=None)
@given(text=_TEXTS, lang=st.sampled_from(["fr", "en"]))
def test_amounts_stay_out_of_time_expressions(text: str, lang: str) -> None:
    skip = [(timex.start, timex.end) for timex in grammar(lang).find(text, DCT)]
    for amount in amount_grammar(lang).find(text, skip=skip):
        assert not any(start <= amount.end - 1 < end for start, end in skip)

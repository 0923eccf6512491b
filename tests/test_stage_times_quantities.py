"""Tests for the times and quantities stages (veilleur.stages.times, veilleur.stages.quantities).

The first tests run the two stages without a parse (no model). Those marked `slow`
go through `Pipeline.default()`, where the parse tells past from future. Every
sentence is invented for these tests; `published` is Wednesday 14 August 2024.
"""

from __future__ import annotations

import pytest

from veilleur.pipeline import Pipeline
from veilleur.record import Article
from veilleur.stages.quantities import Quantities
from veilleur.stages.times import Times

PUBLISHED = "2024-08-14"


def run(text: str, language: str, published: str | None = PUBLISHED) -> Article:
    return Pipeline([Times(), Quantities()])(Article(text=text, language=language, published=published))


def times_of(article: Article) -> list[tuple[str, str, str | None, str | None]]:
    return [(t.text, t.type, t.value, t.anchor) for t in article.times]


def quantities_of(article: Article) -> list[tuple[str, float | None, str | None]]:
    return [(q.text, q.value, q.counts) for q in article.quantities]


# ---------------------------------------------------------------- without a parse


def test_stage_times_anchors_relative_expressions_on_published() -> None:
    article = run("Le ministre a parlé hier. Le traité a été signé le 15 août 2024.", "fr")
    assert times_of(article) == [
        ("hier", "DATE", "2024-08-13", "published"),
        ("le 15 août 2024", "DATE", "2024-08-15", None),
    ]
    assert [t.id for t in article.times] == ["T1", "T2"]
    assert not any(w.startswith("times:") for w in article.warnings)


def test_stage_times_published_as_a_datetime() -> None:
    article = run("The minister spoke yesterday.", "en", published="2024-08-14T21:30:00+00:00")
    assert times_of(article) == [("yesterday", "DATE", "2024-08-13", "published")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("fr", "Le ministre a parlé mercredi.", [("mercredi", "DATE", "XXXX-WXX-3", None)]),
        ("fr", "Des tirs ont été signalés hier.", [("hier", "DATE", None, None)]),
        ("fr", "Les troupes sont entrées le 6 août.", [("le 6 août", "DATE", "XXXX-08-06", None)]),
        ("en", "The army advanced last week.", [("last week", "DATE", None, None)]),
        ("en", "The troops entered on August 6.", [("August 6", "DATE", "XXXX-08-06", None)]),
    ],
)
def test_stage_times_without_published_leaves_relative_expressions_unanchored(
    language: str, text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    article = run(text, language, published=None)
    assert times_of(article) == expected
    assert any("no publication date" in w for w in article.warnings)


def test_stage_times_unreadable_published_is_named_in_the_warning() -> None:
    article = run("Des tirs ont été signalés hier.", "fr", published="mardi dernier")
    assert times_of(article) == [("hier", "DATE", None, None)]
    assert any("unreadable publication date 'mardi dernier'" in w for w in article.warnings)


def test_stage_times_absolute_dates_need_no_published_and_no_warning() -> None:
    article = run("Le traité a été signé le 15 août 2024.", "fr", published=None)
    assert times_of(article) == [("le 15 août 2024", "DATE", "2024-08-15", None)]
    assert not any(w.startswith("times:") for w in article.warnings)


def test_stage_times_unanchored_expressions_have_lower_confidence() -> None:
    article = run("Des tirs ont été signalés hier.", "fr", published=None)
    assert article.times[0].confidence < run("Des tirs ont été signalés hier.", "fr").times[0].confidence


@pytest.mark.parametrize(
    ("language", "text", "time"),
    [
        ("fr", "Le traité a été signé le 6 août 2024 à Vienne.", "le 6 août 2024"),
        ("fr", "Le décret du 06/08/2024 a été abrogé.", "06/08/2024"),
        ("fr", "Le convoi est parti à 14h30.", "14h30"),
        ("en", "The treaty was signed on 6 August 2024 in Vienna.", "6 August 2024"),
        ("en", "The decree dated 08/06/2024 was repealed.", "08/06/2024"),
    ],
)
def test_stage_numbers_inside_a_time_are_no_quantity(language: str, text: str, time: str) -> None:
    article = run(text, language)
    assert [t.text for t in article.times] == [time]
    assert article.quantities == []


def test_stage_quantities_beside_times() -> None:
    article = run("Trois civils ont été tués mercredi et plus de 1 000 habitants ont fui depuis le 6 août.", "fr")
    assert times_of(article) == [
        ("mercredi", "DATE", "2024-08-14", "published"),
        ("le 6 août", "DATE", "2024-08-06", "published"),
    ]
    assert quantities_of(article) == [("Trois", 3, "killed"), ("plus de 1 000", 1000, "resident")]
    assert [q.id for q in article.quantities] == ["Q1", "Q2"]
    assert article.quantities[1].qualifier == "more_than"
    assert article.quantities[1].low == 1000


def test_stage_quantities_record_fields() -> None:
    article = run("Les troupes ont avancé d'un à deux kilomètres.", "fr")
    (quantity,) = article.to_dict()["quantities"]
    assert quantity == {
        "id": "Q1",
        "text": "d'un à deux kilomètres",
        "start": article.text.index("d'un"),
        "end": article.text.index("d'un") + len("d'un à deux kilomètres"),
        "value": None,
        "low": 1,
        "high": 2,
        "unit": "km",
        "qualifier": "range",
        "counts": "distance",
        "confidence": quantity["confidence"],
    }
    assert 0 <= quantity["confidence"] <= 1


@pytest.mark.parametrize("language", ["und", "de"])
def test_stage_times_and_quantities_skip_languages_they_do_not_know(language: str) -> None:
    article = run("Am 6. August 2024 wurden 3 Drohnen abgeschossen.", language)
    assert article.times == [] and article.quantities == []


def test_stage_offsets_slice_the_text() -> None:
    text = "Hier soir, près de 300 soldats ont avancé de 3 à 5 km ; le 6 août, deux drones ont été abattus."
    article = run(text, "fr")
    for item in [*article.times, *article.quantities]:
        assert text[item.start : item.end] == item.text


# ---------------------------------------------------------------- through the default pipeline (parse)


def analyse(pipeline: Pipeline, text: str, language: str, published: str | None = PUBLISHED) -> Article:
    return pipeline(Article(text=text, language=language, published=published))


TENSE_CASES = [
    ("fr", "Le ministre rencontrera vendredi son homologue.", "vendredi", "2024-08-16"),
    ("fr", "Le ministre a rencontré vendredi son homologue.", "vendredi", "2024-08-09"),
    ("fr", "Le ministre parlera lundi devant les députés.", "lundi", "2024-08-19"),
    ("fr", "Le ministre a parlé lundi devant les députés.", "lundi", "2024-08-12"),
    ("fr", "Le ministre a parlé mercredi devant les députés.", "mercredi", "2024-08-14"),
    ("fr", "Le sommet se tiendra le 20 décembre à Genève.", "le 20 décembre", "2024-12-20"),
    ("fr", "Le sommet s'est tenu le 20 décembre à Genève.", "le 20 décembre", "2023-12-20"),
    ("en", "The minister will meet his counterpart on Friday.", "Friday", "2024-08-16"),
    ("en", "The minister met his counterpart on Friday.", "Friday", "2024-08-09"),
    ("en", "The minister will speak in parliament on Monday.", "Monday", "2024-08-19"),
    ("en", "The minister spoke in parliament on Monday.", "Monday", "2024-08-12"),
    ("en", "The summit will be held on December 20 in Geneva.", "December 20", "2024-12-20"),
    ("en", "The summit was held on December 20 in Geneva.", "December 20", "2023-12-20"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("language", "text", "time", "value"), TENSE_CASES)
def test_stage_times_tense_from_the_parse(pipeline: Pipeline, language: str, text: str, time: str, value: str) -> None:
    article = analyse(pipeline, text, language)
    assert times_of(article) == [(time, "DATE", value, "published")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "time", "value"),
    [
        ("fr", "Le traité a été signé le 6 août 2024 à Vienne.", "le 6 août 2024", "2024-08-06"),
        ("en", "The treaty was signed on 6 August 2024 in Vienna.", "6 August 2024", "2024-08-06"),
    ],
)
def test_stage_full_date_yields_a_time_and_no_quantity(
    pipeline: Pipeline, language: str, text: str, time: str, value: str
) -> None:
    article = analyse(pipeline, text, language)
    assert times_of(article) == [(time, "DATE", value, None)]
    assert article.quantities == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Trois civils ont été tués mercredi dans une frappe."),
        ("en", "Three civilians were killed on Wednesday."),
    ],
)
def test_stage_count_of_killed_through_the_pipeline(pipeline: Pipeline, language: str, text: str) -> None:
    article = analyse(pipeline, text, language)
    assert [t.value for t in article.times] == ["2024-08-14"]
    assert [(q.value, q.counts, q.qualifier) for q in article.quantities] == [(3, "killed", "exact")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("language", "text", "value"),
    [
        ("fr", "Le ministre a parlé mercredi devant les députés.", "XXXX-WXX-3"),
        ("en", "Shelling resumed yesterday.", None),
    ],
)
def test_stage_without_published_warns_through_the_pipeline(
    pipeline: Pipeline, language: str, text: str, value: str | None
) -> None:
    article = analyse(pipeline, text, language, published=None)
    assert [(t.value, t.anchor) for t in article.times] == [(value, None)]
    assert "times: no publication date; relative expressions are left unanchored" in article.warnings

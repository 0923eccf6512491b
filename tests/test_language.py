from __future__ import annotations

import pytest

from veilleur.record import Article
from veilleur.stages.language import DetectLanguage


@pytest.fixture(scope="module")
def stage() -> DetectLanguage:
    return DetectLanguage()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les forces gouvernementales ont repris le contrôle du pont mardi, selon le ministère.", "fr"),
        ("Government forces retook the bridge on Tuesday, the ministry said in a statement.", "en"),
        ("Die Regierungstruppen haben am Dienstag die Brücke zurückerobert, teilte das Ministerium mit.", "de"),
        ("Правительственные войска во вторник вернули контроль над мостом, сообщило министерство.", "ru"),
    ],
)
def test_language_detects_news_text(stage: DetectLanguage, text: str, language: str) -> None:
    assert stage(Article(text=text)).language == language


def test_language_unsure_is_und(stage: DetectLanguage) -> None:
    article = stage(Article(text="OK 2024"))
    assert article.language == "und"
    assert any("could not determine" in warning for warning in article.warnings)


def test_language_other_languages_are_kept_with_a_warning(stage: DetectLanguage) -> None:
    article = stage(Article(text="Die Regierungstruppen haben am Dienstag die Brücke zurückerobert, hieß es."))
    assert article.language == "de"
    assert any("not analysed" in warning for warning in article.warnings)


def test_language_given_by_the_input_is_trusted(stage: DetectLanguage) -> None:
    text = "Government forces retook the bridge on Tuesday, the ministry said."
    assert stage(Article(text=text, language="fr")).language == "fr"

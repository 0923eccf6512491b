"""The public Python API: what `import veilleur` promises."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import veilleur
from veilleur.cli import app


def test_api_all_names_exist() -> None:
    for name in veilleur.__all__:
        assert hasattr(veilleur, name), name


def test_api_record_lists_are_always_present() -> None:
    record = veilleur.Article(text="").to_dict()
    for name in ("removed", "entities", "claims", "times", "quantities", "places", "events", "warnings"):
        assert record[name] == []
    assert record["schema"] == "veilleur/1"


@pytest.mark.slow
def test_api_analyze_gives_the_same_record_as_the_cli(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre de la Défense, Rustem Oumerov, a affirmé mardi que les troupes avaient repris deux villages.\n"
        "« Nous avançons », a-t-il écrit sur Telegram."
    )
    path = tmp_path / "depeche.txt"
    path.write_text(text, encoding="utf-8")
    record = veilleur.analyze(text, published="2024-03-05").to_dict()
    result = CliRunner().invoke(app, ["analyze", str(path), "--published", "2024-03-05"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    printed.pop("source")
    record.pop("source")
    assert printed == record
    assert record["claims"] and record["times"] and record["entities"]

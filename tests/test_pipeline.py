from __future__ import annotations

import pytest

from veilleur.errors import PipelineError, StageError
from veilleur.pipeline import Pipeline
from veilleur.record import RECORD_LISTS, Article


class Upper:
    name = "upper"
    needs = frozenset({"text"})
    fills = frozenset({"text"})

    def __call__(self, article: Article) -> Article:
        article.text = article.text.upper()
        return article


class NeedsDoc:
    name = "needs-doc"
    needs = frozenset({"doc"})
    fills = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        return article


class Broken:
    name = "broken"
    needs = frozenset({"text"})
    fills: frozenset[str] = frozenset()

    def __call__(self, article: Article) -> str:
        return "not an article"


def test_pipeline_runs_stages_in_order() -> None:
    pipeline = Pipeline([Upper()])
    assert pipeline(Article(text="kiev")).text == "KIEV"
    assert [a.text for a in pipeline.pipe([Article(text="a"), Article(text="b")], batch_size=1)] == ["A", "B"]


def test_pipeline_refuses_a_stage_whose_needs_no_earlier_stage_fills() -> None:
    with pytest.raises(PipelineError, match=r"needs-doc.*doc"):
        Pipeline([NeedsDoc()])


def test_pipeline_refuses_the_same_stage_twice() -> None:
    with pytest.raises(PipelineError, match="twice"):
        Pipeline([Upper(), Upper()])


def test_pipeline_reports_a_stage_that_returns_something_else() -> None:
    with pytest.raises(StageError, match="broken"):
        Pipeline([Broken()])(Article(text="x"))  # type: ignore[list-item]


def test_pipeline_default_order_is_the_codebook_order() -> None:
    names = Pipeline.default().stage_names
    assert names[:4] == ["clean", "language", "parse", "entities"]
    assert [n for n in names if n in RECORD_LISTS] == list(RECORD_LISTS)


@pytest.mark.slow
def test_pipeline_batches_and_processes_give_the_same_records(pipeline: Pipeline) -> None:
    texts = [
        "Le ministre Andrii Sybiha a rencontré son homologue à Varsovie. Sybiha a salué l'accord.",
        "The defence minister, Rustem Umerov, met his counterpart in Warsaw on Monday.",
        "Die Minister trafen sich am Montag in Warschau, um über die Lage zu beraten.",
        "",
    ] * 3
    one = [a.to_dict() for a in pipeline.pipe([Article(text=t) for t in texts], batch_size=1)]
    batched = [a.to_dict() for a in pipeline.pipe([Article(text=t) for t in texts], batch_size=5)]
    parallel = [a.to_dict() for a in pipeline.pipe([Article(text=t) for t in texts], batch_size=2, n_process=2)]
    assert one == batched == parallel
    assert [r["language"] for r in one[:4]] == ["fr", "en", "de", "und"]
    assert one[0]["entities"] and not one[2]["entities"]


@pytest.mark.slow
def test_pipeline_leaves_no_working_state(pipeline: Pipeline) -> None:
    article = pipeline(
        Article(html="<html><body><article><p>" + "Le texte est court. " * 10 + "</p></article></body></html>")
    )
    assert article.doc is None and article.html is None
    assert "doc" not in article.to_dict() and "html" not in article.to_dict()

"""Ingest: read inputs, run the pipeline, store each article in its own transaction.

The library function behind `veilleur ingest` and `make run`. A bad input, or an
article whose page holds no text, is reported through `on_error` and skipped;
the others go on, and nothing stored before is touched.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from veilleur.errors import InputError, StoreError
from veilleur.pipeline import Pipeline
from veilleur.record import Article
from veilleur.sources import read_paths
from veilleur.store import Store


@dataclass(slots=True)
class IngestReport:
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[InputError | StoreError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)


def readable(items: Iterable[Article | InputError], on_error: Callable[[InputError], None]) -> Iterator[Article]:
    """The articles of a reader's stream; each error goes to `on_error`."""
    for item in items:
        if isinstance(item, InputError):
            on_error(item)
        else:
            yield item


def analyzed(
    items: Iterable[Article | InputError],
    pipeline: Pipeline,
    on_error: Callable[[InputError], None],
    *,
    batch_size: int = 32,
    n_process: int = 1,
) -> Iterator[Article]:
    """Records of every readable input with text; errors for the others."""
    for article in pipeline.pipe(readable(items, on_error), batch_size=batch_size, n_process=n_process):
        if not article.text:
            on_error(InputError(article.source or article.id or "?", "no article text found"))
            continue
        yield article


def ingest(
    paths: Iterable[str | Path],
    store: Store,
    *,
    pipeline: Pipeline,
    published: str | None = None,
    language: str | None = None,
    batch_size: int = 32,
    n_process: int = 1,
    on_article: Callable[[Article, str], None] | None = None,
    on_error: Callable[[InputError | StoreError], None] | None = None,
) -> IngestReport:
    """Analyse and store every article under `paths`; returns what happened."""
    report = IngestReport()

    def fail(error: InputError | StoreError) -> None:
        report.errors.append(error)
        if on_error is not None:
            on_error(error)

    items = read_paths(paths, published=published, language=language)
    for article in analyzed(items, pipeline, fail, batch_size=batch_size, n_process=n_process):
        try:
            outcome = store.put(article)
        except StoreError as err:
            fail(err)
            continue
        report.counts[outcome] += 1
        if on_article is not None:
            on_article(article, outcome)
    return report


__all__ = ["IngestReport", "analyzed", "ingest", "readable"]

"""The pipeline: ordered `Article -> Article` stages, run one by one or in batches.

Like spaCy's `Language`, calling a pipeline is a loop over its stages. A stage
declares what it `needs` and what it `fills`; the pipeline checks the order
when it is built, so a misordered pipeline fails at once, not halfway through
a corpus. Parallelism wraps the pipeline: `pipe(..., n_process=2)` runs whole
pipelines in worker processes, each loading its models once; the stages never
know.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import Protocol, runtime_checkable

from veilleur.errors import PipelineError, StageError
from veilleur.record import Article

#: What a raw article has before any stage ran.
RAW_FIELDS: frozenset[str] = frozenset(
    {"id", "text", "html", "url", "title", "outlet", "published", "language", "source"}
)


@runtime_checkable
class Stage(Protocol):
    """One step of the pipeline.

    `needs` names the record fields (or working fields such as `doc`) the stage
    reads; `fills` those it writes. A stage does no I/O.
    """

    name: str
    needs: frozenset[str]
    fills: frozenset[str]

    def __call__(self, article: Article) -> Article: ...


@runtime_checkable
class BatchStage(Stage, Protocol):
    """A stage that is faster on a batch (the parse stage, with `nlp.pipe`)."""

    def pipe(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Article]: ...


class Pipeline:
    """Ordered stages. Build it with `Pipeline.default()` or from stages.

    >>> pipeline = Pipeline.default()                     # doctest: +SKIP
    >>> for article in pipeline.pipe(articles, n_process=2): ...  # doctest: +SKIP
    """

    def __init__(self, stages: Sequence[Stage]) -> None:
        self.stages: tuple[Stage, ...] = tuple(stages)
        check_order(self.stages)

    @classmethod
    def default(cls, *, skip: Iterable[str] = ()) -> Pipeline:
        """veilleur's stages in their order, minus the named ones."""
        from veilleur.registrations import default_stages

        return cls(default_stages(skip=frozenset(skip)))

    @property
    def stage_names(self) -> list[str]:
        return [stage.name for stage in self.stages]

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            article = _checked(stage, stage(article))
        return finish(article)

    def pipe(
        self,
        articles: Iterable[Article],
        *,
        batch_size: int = 32,
        n_process: int = 1,
    ) -> Iterator[Article]:
        """Process a stream of articles, in order, lazily.

        With `n_process > 1` the batches go to worker processes that each run
        the whole pipeline; results come back in input order.
        """
        if n_process < 1:
            raise PipelineError(f"n_process must be at least 1, got {n_process}")
        if n_process == 1:
            yield from self._pipe_local(articles, batch_size=batch_size)
            return
        context = multiprocessing.get_context("fork" if _can_fork() else "spawn")
        with context.Pool(n_process, initializer=_init_worker, initargs=(self,)) as pool:
            batches = _batched(articles, batch_size)
            for batch in pool.imap(_run_batch, batches):
                yield from batch

    def _pipe_local(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Article]:
        stream: Iterator[Article] = iter(articles)
        for stage in self.stages:
            stream = _stage_stream(stage, stream, batch_size)
        for article in stream:
            yield finish(article)


def check_order(stages: Sequence[Stage]) -> None:
    """Raise `PipelineError` when a stage needs what no earlier stage fills."""
    available = set(RAW_FIELDS)
    seen: set[str] = set()
    for stage in stages:
        if not isinstance(stage, Stage):
            raise PipelineError(f"{stage!r} is not a stage: it needs `name`, `needs`, `fills` and __call__")
        if stage.name in seen:
            raise PipelineError(f"stage {stage.name!r} appears twice in the pipeline")
        missing = stage.needs - available
        if missing:
            raise PipelineError(
                f"stage {stage.name!r} needs {sorted(missing)}, which no earlier stage fills; "
                f"put the stages that fill them before it"
            )
        available |= stage.fills
        seen.add(stage.name)


def finish(article: Article) -> Article:
    """Drop working state that must not leave the pipeline (the spaCy doc)."""
    article.doc = None
    article.html = None
    return article


def _checked(stage: Stage, result: object) -> Article:
    if not isinstance(result, Article):
        raise StageError(f"stage {stage.name!r} returned {type(result).__name__}, not an Article")
    return result


def _stage_stream(stage: Stage, stream: Iterator[Article], batch_size: int) -> Iterator[Article]:
    if isinstance(stage, BatchStage):
        for result in stage.pipe(stream, batch_size=batch_size):
            yield _checked(stage, result)
    else:
        for article in stream:
            yield _checked(stage, stage(article))


def _batched(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


_worker_pipeline: Pipeline | None = None


def _init_worker(pipeline: Pipeline) -> None:
    global _worker_pipeline
    _worker_pipeline = pipeline


def _run_batch(batch: list[Article]) -> list[Article]:
    assert _worker_pipeline is not None, "worker started without a pipeline"
    return list(_worker_pipeline._pipe_local(batch, batch_size=len(batch)))


StageFactory = Callable[[], Stage]

__all__ = ["RAW_FIELDS", "BatchStage", "Pipeline", "Stage", "check_order", "finish"]

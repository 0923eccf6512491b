"""The Python API: `analyze` one text, `Pipeline` for streams.

>>> import veilleur
>>> rec = veilleur.analyze("Kiev affirme que…", published="2024-08-14")  # doctest: +SKIP
>>> rec.to_dict()["entities"]  # doctest: +SKIP
"""

from __future__ import annotations

from functools import lru_cache

from veilleur.pipeline import Pipeline
from veilleur.record import Article


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The process-wide default pipeline (models load on first use)."""
    return Pipeline.default()


def analyze(
    text: str = "",
    *,
    html: str | None = None,
    published: str | None = None,
    language: str | None = None,
    url: str | None = None,
    title: str | None = None,
    outlet: str | None = None,
) -> Article:
    """The codebook record of one article, from its text or its HTML page.

    `language` None or `"auto"` detects it; `published` anchors relative dates.
    """
    article = Article(
        text=text,
        html=html,
        published=published,
        language=language if language not in (None, "auto") else "und",
        url=url,
        title=title,
        outlet=outlet,
    )
    return default_pipeline()(article)


__all__ = ["analyze", "default_pipeline"]

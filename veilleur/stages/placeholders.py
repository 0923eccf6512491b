"""Stages that are not written yet: they fill nothing and say so in `warnings`."""

from __future__ import annotations

from veilleur.record import Article


class NotYet:
    """Stands for a codebook list whose stage does not exist yet."""

    needs: frozenset[str] = frozenset()

    def __init__(self, fills: str) -> None:
        self.name = fills
        self.fills = frozenset({fills})

    def __call__(self, article: Article) -> Article:
        article.warn(f"{self.name}: not extracted yet (this version of veilleur has no {self.name} stage)")
        return article

"""claims: who said what, how, on which channel, with what stance (see `veilleur.attribution`)."""

from __future__ import annotations

from veilleur.attribution import find_claims
from veilleur.lang import LANGUAGES
from veilleur.record import Article


class Claims:
    name = "claims"
    needs = frozenset({"doc", "language", "entities", "times", "quantities"})
    fills = frozenset({"claims"})

    def __call__(self, article: Article) -> Article:
        if article.doc is None or article.language not in LANGUAGES:
            return article
        data = LANGUAGES[article.language]
        article.claims = find_claims(
            article.doc, data, article.entities, article.times, article.quantities, text=article.text
        )
        return article


__all__ = ["Claims"]

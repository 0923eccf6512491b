"""places: each place entity geocoded with the offline gazetteer (see `veilleur.geocode`)."""

from __future__ import annotations

from veilleur.gazetteer import Gazetteer
from veilleur.geocode import geocode
from veilleur.lang import LANGUAGES
from veilleur.record import Article


class Places:
    name = "places"
    needs = frozenset({"text", "language", "entities"})
    fills = frozenset({"places", "entities"})

    def __call__(self, article: Article) -> Article:
        if article.language not in LANGUAGES or not article.entities:
            return article
        data = LANGUAGES[article.language]
        article.entities, article.places = geocode(
            article.doc, article.text, data, article.entities, Gazetteer.default()
        )
        return article


__all__ = ["Places"]

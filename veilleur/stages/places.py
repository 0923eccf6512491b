"""places: each place entity geocoded with the offline gazetteer (see `veilleur.geocode`)."""

from __future__ import annotations

from veilleur.gazetteer import Gazetteer
from veilleur.geocode import geocode, one_entity_per_place
from veilleur.lang import LANGUAGES
from veilleur.record import Article


class Places:
    name = "places"
    needs = frozenset({"text", "language", "entities"})
    fills = frozenset({"places", "entities"})  # and the speakers of claims, when two entities are one place

    def __call__(self, article: Article) -> Article:
        if article.language not in LANGUAGES or not article.entities:
            return article
        data = LANGUAGES[article.language]
        entities, places = geocode(article.doc, article.text, data, article.entities, Gazetteer.default())
        article.entities, article.places, merged = one_entity_per_place(entities, places)
        for claim in article.claims:  # a claim said by a place ("Henrico County said") keeps its speaker
            claim.speaker = merged.get(claim.speaker or "", claim.speaker)
        return article


__all__ = ["Places"]

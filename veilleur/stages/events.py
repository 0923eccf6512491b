"""events: what happened, coded with PLOVER and ACLED types (see `veilleur.coding`)."""

from __future__ import annotations

from veilleur.coding import find_events
from veilleur.lang import LANGUAGES
from veilleur.record import Article


class Events:
    name = "events"
    needs = frozenset({"doc", "language", "entities", "times", "quantities", "claims", "places"})
    fills = frozenset({"events"})

    def __call__(self, article: Article) -> Article:
        if article.doc is None or article.language not in LANGUAGES:
            return article
        article.events = find_events(article.doc, LANGUAGES[article.language], article)
        return article


__all__ = ["Events"]

"""quantities: figures and numbers in words, with unit, bounds, qualifier and what they count.

Numbers inside a time expression belong to `times`, so this stage runs after it.
"""

from __future__ import annotations

from veilleur.amounts import amount_grammar
from veilleur.lang import LANGUAGES
from veilleur.record import Article, Quantity


class Quantities:
    name = "quantities"
    needs = frozenset({"text", "language", "times"})
    fills = frozenset({"quantities"})

    def __call__(self, article: Article) -> Article:
        if article.language not in LANGUAGES or not article.text:
            return article
        skip = [(time.start, time.end) for time in article.times]
        found = amount_grammar(article.language).find(article.text, skip=skip)
        article.quantities = [
            Quantity(
                id=f"Q{i}",
                text=amount.text,
                start=amount.start,
                end=amount.end,
                value=amount.value,
                low=amount.low,
                high=amount.high,
                unit=amount.unit,
                qualifier=amount.qualifier,
                counts=amount.counts,
                confidence=amount.confidence,
            )
            for i, amount in enumerate(found, 1)
        ]
        return article


__all__ = ["Quantities"]

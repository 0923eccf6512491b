"""times: every time expression, normalised to a TIMEX3 value against `published`.

The grammar (`veilleur.timex`) finds and normalises; this stage picks the
grammar of the article's language, uses the parse (when there is one) to tell
past from future for weekdays and dates without a year, and writes `times`.
"""

from __future__ import annotations

from veilleur.lang import LANGUAGES
from veilleur.record import Article, Time
from veilleur.timex import Timex, grammar, parse_dct, tense_from_doc


def to_times(found: list[Timex], *, anchored: bool) -> list[Time]:
    return [
        Time(
            id=f"T{i}",
            text=timex.text,
            start=timex.start,
            end=timex.end,
            type=timex.type,
            value=timex.value,
            mod=timex.mod,
            anchor="published" if timex.relative and anchored else None,
            confidence=timex.confidence if timex.value is not None else 0.5,
        )
        for i, timex in enumerate(found, 1)
    ]


class Times:
    name = "times"
    needs = frozenset({"text", "language", "published"})
    fills = frozenset({"times"})

    def __call__(self, article: Article) -> Article:
        if article.language not in LANGUAGES or not article.text:
            return article
        dct = parse_dct(article.published)
        tense = tense_from_doc(article.doc) if article.doc is not None else None
        found = grammar(article.language).find(article.text, dct, tense=tense)
        article.times = to_times(found, anchored=dct is not None)
        if dct is None and any(timex.relative for timex in found):
            reason = (
                "no publication date" if not article.published else f"unreadable publication date {article.published!r}"
            )
            article.warn(f"times: {reason}; relative expressions are left unanchored")
        return article


__all__ = ["Times", "to_times"]

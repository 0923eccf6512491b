"""Numbers as news writes them: figures in French and English styles, and numbers in words.

>>> parse_figure("1 000,5", decimal=",")
1000.5
>>> parse_figure("1,000.5", decimal=".")
1000.5
>>> from veilleur.lang import LANGUAGES
>>> parse_words("vingt-et-un", LANGUAGES["fr"].numbers)
21
"""

from __future__ import annotations

import re

from veilleur.lang import NumberWords

#: A figure: digits with optional thousands groups (space of any width, dot or comma) and decimals.
FIGURE = r"\d{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*(?!\d)"
_SPACES = re.compile(r"[ \u00a0\u202f\u2009]")


def parse_figure(text: str, *, decimal: str) -> float | None:
    """The value of a figure written with `decimal` as decimal mark, or None if it is no number."""
    text = _SPACES.sub("", text.strip())
    if not text or not text[0].isdigit():
        return None
    thousands = "," if decimal == "." else "."
    marks = [ch for ch in text if ch in ".,"]
    if marks.count(decimal) > 1:  # "1.000.000" in French: dots are thousands
        decimal, thousands = thousands, decimal
    elif marks and marks[-1] == thousands and marks.count(thousands) == 1 and decimal not in marks:
        tail = text.split(thousands)[1]
        if len(tail) != 3:  # "1,5" in English text is still 1.5
            decimal, thousands = thousands, decimal
    cleaned = text.replace(thousands, "").replace(decimal, ".")
    try:
        return float(cleaned)
    except ValueError:
        return None


def parse_words(text: str, words: NumberWords) -> int | None:
    """The value of a number written in words ("dix-huit", "quatre-vingt-dix", "two hundred and five")."""
    parts = [part for part in re.split(r"[\s-]+", text.lower().strip()) if part and part not in words.joiners]
    if not parts:
        return None
    total = current = 0
    previous: int | None = None
    for part in parts:
        if part in words.units:
            value = words.units[part]
            if value == 20 and previous is not None and previous < 20 and current == previous:
                current = current * 20  # quatre-vingt(s)
            else:
                current += value
        elif part in words.scales:
            scale = words.scales[part]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
        previous = words.units.get(part)
    return total + current


def number_word_pattern(words: NumberWords) -> str:
    """A regex alternation of number words, longest first, for use inside bigger patterns."""
    vocabulary = sorted({*words.units, *words.scales} - {"a", "an"}, key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w) for w in vocabulary) + ")"
    joiner = "(?:[\\s-]+(?:" + "|".join(re.escape(j) for j in sorted(words.joiners)) + ")[\\s-]+|[\\s-]+)"
    return rf"{word}(?:{joiner}{word})*"


__all__ = ["FIGURE", "number_word_pattern", "parse_figure", "parse_words"]

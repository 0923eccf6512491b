"""Name keys: one spelling-independent key per name, the same in every article and language.

>>> name_key("Volodymyr Zelensky") == name_key("Wolodymyr Selenskyj")
True
>>> name_key("Vladimir Poutine") == name_key("Vladimir Putin")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from veilleur.lang.common import NAME_REWRITES

_REWRITES = tuple((re.compile(pattern), replacement) for pattern, replacement in NAME_REWRITES)
_NON_WORD = re.compile(r"[^\w’'`ʹʼ]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, without accents, with hyphens and punctuation as single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NON_WORD.sub(" ", bare).split())


@lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """The transliteration skeleton of one folded word."""
    for pattern, replacement in _REWRITES:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """A key that unifies spelling and transliteration variants of a name."""
    return " ".join(word_key(word) for word in fold(name).split())


__all__ = ["fold", "name_key", "word_key"]

"""The tokens of a parsed doc as one list, shared by the stages that read them all.

spaCy makes a new `Token` object each time a doc is iterated or indexed; the entities,
claims and events stages each read every token, several times. `tokens_of` makes the list
once per doc (the last two docs are kept: the stages take one article after the other).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token


@lru_cache(maxsize=2)
def tokens_of(doc: Doc) -> list[Token]:
    """The doc's tokens, in order; do not change the list."""
    return list(doc)


__all__ = ["tokens_of"]

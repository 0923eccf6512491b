"""The tokens and sentences of a parsed doc, made once and shared by the stages that read them all.

spaCy makes a new `Token` object each time a doc is iterated or indexed; the entities,
claims and events stages each read every token, several times. `tokens_of` makes the list
once per doc (the last two docs are kept: the stages take one article after the other),
`texts_of` their texts.
`token.sent` scans the doc's tokens back and forth at each call; `sentence_of` finds the
same sentence among the doc's sentences, listed once per doc.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span, Token


@lru_cache(maxsize=2)
def tokens_of(doc: Doc) -> list[Token]:
    """The doc's tokens, in order; do not change the list."""
    return list(doc)


@lru_cache(maxsize=2)
def texts_of(doc: Doc) -> list[str]:
    """The doc's tokens' texts, in order (`token.text` looks the string up at each call); do not change
    the list."""
    return [token.text for token in tokens_of(doc)]


@lru_cache(maxsize=2)
def _sentences(doc: Doc) -> tuple[list[int], list[Span]] | None:
    """(first token of each sentence, the sentences) of a doc, or None where `token.sent` is to be asked
    (a doc with sentence hooks, or without sentence boundaries: `token.sent` raises)."""
    if "sent" in doc.user_token_hooks or "sent" in doc.user_span_hooks or "sents" in doc.user_hooks:
        return None
    if not doc.has_annotation("SENT_START"):
        return None
    sentences = list(doc.sents)
    return [sentence.start for sentence in sentences], sentences


def sentence_of(token: Token) -> Span:
    """`token.sent`: the sentence the token is in."""
    found = _sentences(token.doc)
    if found is None:
        return token.sent
    starts, sentences = found
    return sentences[bisect_right(starts, token.i) - 1]


__all__ = ["sentence_of", "texts_of", "tokens_of"]

"""parse: the spaCy pipeline of the article's language, in batches.

Models are loaded on first use, once per process, and shared by every
`Parse` stage of that process. Articles whose language veilleur does not
analyse, or whose text is empty, pass through untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from veilleur.lang import LANGUAGES
from veilleur.record import Article

#: Longer texts are not parsed (spaCy's parser needs about 1 GB per 100,000 words).
MAX_CHARS = 1_000_000
#: Batches `Parse.pipe` reads at once. Languages alternate in a feed: a window of several
#: batches gives each language's `nlp.pipe` full batches (on the bench's mixed French and
#: English corpus, windows of 8 batches of 32 parse 2-3 % faster than windows of one).
READ_AHEAD = 8


PARAGRAPHS = "veilleur_paragraphs"


def paragraph_breaks(doc: Doc) -> Doc:
    """A new paragraph starts a new sentence: the parser may not run sentences across it."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


@cache
def load_model(language: str) -> Language:
    """The spaCy pipeline for `language`, loaded once per process, with paragraph breaks."""
    nlp = spacy.load(LANGUAGES[language].model)
    nlp.max_length = MAX_CHARS + 1
    if PARAGRAPHS not in Language.factories:
        Language.component(PARAGRAPHS, func=paragraph_breaks)
    nlp.add_pipe(PARAGRAPHS, before="parser")
    return nlp


class Parse:
    name = "parse"
    needs = frozenset({"text", "language"})
    fills = frozenset({"doc"})

    def _parseable(self, article: Article) -> bool:
        if article.language not in LANGUAGES or not article.text:
            return False
        if len(article.text) > MAX_CHARS:
            article.warn(f"parse: text too long ({len(article.text):,} characters > {MAX_CHARS:,}); no NLP was run")
            return False
        return True

    def __call__(self, article: Article) -> Article:
        if self._parseable(article):
            article.doc = load_model(article.language)(article.text)
        return article

    def pipe(self, articles: Iterable[Article], *, batch_size: int) -> Iterator[Article]:
        iterator = iter(articles)
        while window := list(islice(iterator, batch_size * READ_AHEAD)):
            by_language: dict[str, list[Article]] = {}
            for article in window:
                if self._parseable(article):
                    by_language.setdefault(article.language, []).append(article)
            for language, group in by_language.items():
                nlp = load_model(language)
                for article, doc in zip(group, nlp.pipe((a.text for a in group), batch_size=batch_size), strict=True):
                    article.doc = doc
            yield from window


__all__ = ["MAX_CHARS", "READ_AHEAD", "Parse", "load_model"]

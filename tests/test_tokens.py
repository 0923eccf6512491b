from __future__ import annotations

import pytest
from spacy.language import Language

from veilleur.tokens import sentence_of, tokens_of


def test_tokens_sentence_of_is_the_tokens_sentence(nlp_fr: Language, nlp_en: Language) -> None:
    docs = [
        nlp_fr("Kiev affirme que les forces avancent. Moscou dément. « Rien n'a changé », dit-il."),
        nlp_en("Kyiv says the troops advanced. Moscow denied it.\n\nTwo were killed on Sunday"),
    ]
    for doc in docs:
        assert len(list(doc.sents)) > 1
        for token in tokens_of(doc):
            assert (sentence_of(token).start, sentence_of(token).end) == (token.sent.start, token.sent.end)


def test_tokens_sentence_of_a_doc_without_sentences_raises_as_spacy_does(nlp_fr: Language) -> None:
    doc = nlp_fr.make_doc("Kiev affirme que les forces avancent.")
    with pytest.raises(ValueError):
        doc[0].sent  # noqa: B018
    with pytest.raises(ValueError):
        sentence_of(doc[0])

"""language: the article's language, with lingua, `und` when unsure.

lingua compares the languages veilleur analyses with a catch-all of the
languages most often met in international news, so a German or Russian article is
recognised as such (stored with a warning, no NLP) rather than forced into French
or English. A language given by the input is trusted.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from veilleur.lang import LANGUAGES
from veilleur.record import Article

#: Languages lingua may answer besides those veilleur analyses (ISO 639-1).
CATCH_ALL: tuple[str, ...] = ("de", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar", "tr", "fa", "zh", "ja")
#: lingua's relative confidence (its values sum to 1 over the candidates) above which
#: the top language is taken outright...
SURE_CONFIDENCE = 0.6
#: ...and, on short texts where lingua spreads its values over the catch-all languages
#: (a French sentence of six words: fr 0.48, en 0.14), the floor for a top language
#: that leads the next one by `MIN_LEAD` times.
MIN_CONFIDENCE = 0.3
MIN_LEAD = 2.5
#: Characters looked at: enough for a sure answer, cheap on long articles (600 and 1,500 gave the
#: same answers on 860 news texts, 788 English and 72 French; 600 costs 0.7 ms an article, 1,500 1.7).
SAMPLE_CHARS = 600
#: Shorter texts are `und` unless the input says otherwise.
MIN_CHARS = 20


class DetectLanguage:
    name = "language"
    needs = frozenset({"text"})
    fills = frozenset({"language"})

    def __init__(self, *, supported: tuple[str, ...] | None = None) -> None:
        self.supported = supported if supported is not None else tuple(LANGUAGES)

    def __getstate__(self) -> dict[str, Any]:
        return {"supported": self.supported}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.supported = state["supported"]

    @cached_property
    def detector(self) -> Any:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, code.upper()) for code in (*self.supported, *CATCH_ALL)]
        return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()

    def detect(self, text: str) -> tuple[str, float]:
        """(ISO 639-1 code or `und`, confidence)."""
        sample = text[:SAMPLE_CHARS]
        if len(sample.strip()) < MIN_CHARS:
            return "und", 0.0
        values = self.detector.compute_language_confidence_values(sample)
        if not values:
            return "und", 0.0
        top = values[0].value
        runner_up = values[1].value if len(values) > 1 else 0.0
        if top >= SURE_CONFIDENCE or (top >= MIN_CONFIDENCE and top >= MIN_LEAD * runner_up):
            return values[0].language.iso_code_639_1.name.lower(), top
        return "und", top

    def __call__(self, article: Article) -> Article:
        if article.language in (None, "", "auto"):
            article.language = "und"
        if article.language == "und":
            article.language, _ = self.detect(article.text)
        if article.language == "und" and article.text:
            article.warn("language: could not determine the language; no NLP was run")
        elif article.language not in self.supported and article.text:
            known = ", ".join(self.supported)
            article.warn(f"language: {article.language!r} is not analysed (only {known}); no NLP was run")
        return article


__all__ = ["CATCH_ALL", "DetectLanguage"]

"""Amounts: figures and numbers in words, with their unit, bounds and what they count.

One grammar for every language, built from `NumberWords` and `QuantityWords`:
"plus de 1 000 km²" -> 1000 km2 more_than; "d'un à deux kilomètres" -> 1–2 km range;
"trois civils tués" -> 3, counts killed; "$1.5 billion" -> 1.5e9 USD.
Numbers that are part of a time expression (years, dates, clock times,
durations) are left to the times stage; ordinals are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from veilleur.lang import LANGUAGES, LanguageData
from veilleur.lang.common import SYMBOL_UNITS, UNIT_COUNTS
from veilleur.numbers import FIGURE, number_word_pattern, parse_figure, parse_words
from veilleur.patterns import Gated, compile_word_start

_PREFIX_CURRENCIES = r"(?:US\$|\$|€|£|₴|₽)"
_SUFFIX_CURRENCIES = r"(?:\$|€|£|₴|₽)"
#: "Jean Dupont, 87 ans, a été blessé", "John Smith, 87, was injured": an age.
_AGE = re.compile(r",\s*$")
_WORD = re.compile(r"[\w'’-]+")
#: Words looked at after an amount for what it counts, and for what happened to it.
COUNTED_WINDOW = 3
OUTCOME_WINDOW = 6


@dataclass(frozen=True, slots=True)
class Amount:
    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str
    counts: str | None
    confidence: float


def _words(words: object) -> str:
    escaped = sorted({re.escape(str(w)).replace("'", "['’]") for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "(?:" + "|".join(escaped) + ")"


class AmountGrammar:
    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.words = data.quantities
        self.numbers = data.numbers
        number_words = number_word_pattern(self.numbers)
        approx = _words(self.numbers.approximate)
        figure = rf"(?:{FIGURE})"
        self.core = rf"(?:{figure}|{number_words}|{approx})"
        units = _words([*self.words.units, *SYMBOL_UNITS])
        qualifiers = _words(self.words.qualifiers)
        magnitudes = _words(self.words.magnitudes)
        link = _words(self.words.links)
        head = rf"(?P<qual>{qualifiers}\s*)?(?P<cur>{_PREFIX_CURRENCIES})?\s?"
        short = _words(self.words.short_magnitudes)
        tail = (
            rf"(?:\s?(?P<short>{short})\s?(?P<cur2>{_SUFFIX_CURRENCIES})"  # "20 M€", "3 Md$"
            rf"|(?:\s*(?P<mag>{magnitudes}))?(?:\s*(?:{link}\s*)?(?P<unit>{units}))?)"
        )
        bodies = [frame.replace("{n}", self.core) for frame in self.words.ranges]
        bodies.append(rf"(?P<n>{self.core})")
        self.patterns = [
            compile_word_start(r"(?<![\w.,-])", rf"{head}(?:{body}){tail}(?![\w²])", re.IGNORECASE) for body in bodies
        ]
        #: Each pattern, searched only in a text that may hold its matches, as its lowercase twin.
        self.gated = [Gated.of(pattern) for pattern in self.patterns]
        self.labels = re.compile(rf"(?:{_words(self.words.labels)})\s*$", re.IGNORECASE)
        years = "|".join(re.escape(word) for word, code in data.time.units.items() if code == "Y")
        self._age_end = re.compile(rf"\s*(?:(?:{years})\s*)?,", re.IGNORECASE)
        self.word_split = re.compile(r"[\w'’-]+|[.,;:!?()«»\"“”]")

    def find(self, text: str, *, skip: list[tuple[int, int]] = ()) -> list[Amount]:  # type: ignore[assignment]
        """The amounts of `text`, outside the `skip` spans (time expressions)."""
        candidates: list[tuple[int, int, int, re.Match[str]]] = []
        for order, gated in enumerate(self.gated):
            for match in gated.findall(text):
                start, end = match.start(), match.end()
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1].isspace():
                    end -= 1
                candidates.append((start, end, order, match))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2]))
        taken = list(skip)
        found: list[Amount] = []
        for start, end, _, match in candidates:
            core_start = match.start("n") if "n" in match.re.groupindex else match.start("a")
            if any(core_start < e and s < end for s, e in taken):
                continue
            amount = self._amount(text, match, start, end)
            if amount is None:
                continue
            found.append(amount)
            taken.append((start, end))
        return sorted(found, key=lambda a: a.start)

    def _is_age(self, text: str, start: int, end: int) -> bool:
        """A bare number between commas after a name: "Jean Dupont, 87 ans, a été…"."""
        return bool(_AGE.search(text, max(0, start - 3), start)) and bool(self._age_end.match(text, end))

    def _value(self, text: str | None, magnitude: str | None) -> tuple[float | None, bool]:
        """(value, approximate) of a number in figures, words or an approximate noun."""
        if text is None:
            return None, False
        word = text.strip().lower()
        approximate = False
        if word in self.numbers.approximate:
            value: float | None = float(self.numbers.approximate[word])
            approximate = True
        elif word[:1].isdigit():
            value = parse_figure(word, decimal=self.numbers.decimal)
        else:
            parsed = parse_words(word, self.numbers)
            value = None if parsed is None else float(parsed)
        if value is not None and magnitude:
            scales = {**self.words.short_magnitudes, **self.words.magnitudes}
            value *= scales.get(magnitude, scales.get(magnitude.lower(), 1))
        return value, approximate

    def _amount(self, text: str, match: re.Match[str], start: int, end: int) -> Amount | None:
        groups = match.re.groupindex
        before = text[max(0, start - 20) : start]
        if self.labels.search(before):
            return None  # "article 5", "le Top 10"
        magnitude = match.group("mag") or match.group("short")
        unit = self._unit(match.group("unit"), match.group("cur") or match.group("cur2"))
        if self._is_age(text, start, end):
            return None
        if "n" in groups:
            number = match.group("n")
            value, approximate = self._value(number, magnitude)
            if value is None:
                return None
            lone_article = number.lower() in self.words.articles
            if lone_article and unit is None:
                return None  # "un accord", "l'une des": an article, not an amount
            low = high = None
            qualifier = "approx" if approximate else "exact"
            if approximate and number.lower().endswith("s"):  # "des dizaines", "hundreds of"
                low, high, value = value * 2, value * 10 - 1, None
        else:
            low, _ = self._value(match.group("a"), magnitude)
            high, _ = self._value(match.group("b"), magnitude)
            if low is None or high is None or low >= high:
                return None
            value, qualifier = None, "range"
        qualifier_text = match.group("qual")
        if qualifier_text and qualifier != "range":
            qualifier = self.words.qualifiers[" ".join(qualifier_text.lower().replace("’", "'").split())]
            if qualifier in ("more_than", "at_least") and value is not None:
                low = value
            elif qualifier in ("less_than", "at_most") and value is not None:
                high = value
        outcome, counted = self._following(text, end)
        counts = UNIT_COUNTS.get(unit or "") or outcome or self._outcome_before(text, start) or counted
        if unit is None and counts is None and value is not None and value == int(value) and 1900 <= value <= 2100:
            return None  # a year the times stage did not take ("en 1999-2000")
        return Amount(
            start,
            end,
            text[start:end],
            _plain(value),
            _plain(low),
            _plain(high),
            unit,
            qualifier,
            counts,
            0.9 if unit or counts else 0.7,
        )

    def _unit(self, word: str | None, currency: str | None) -> str | None:
        if currency:
            return SYMBOL_UNITS.get(currency.lower(), SYMBOL_UNITS.get(currency))
        if not word:
            return None
        key = " ".join(word.lower().replace("’", "'").split())
        return self.words.units.get(key) or SYMBOL_UNITS.get(key)

    def _outcome_before(self, text: str, start: int) -> str | None:
        """ "ont tué deux civils", "killing 2 civilians": the verb before the number says what happened."""
        words = _WORD.findall(text[max(0, start - 30) : start].lower())[-2:]
        for word in reversed(words):
            if word in self.words.outcomes:
                return self.words.outcomes[word]
        return None

    def _following(self, text: str, end: int) -> tuple[str | None, str | None]:
        """What follows an amount: (what happened to it, "tués"/"killed"; the counted noun)."""
        words = []
        for match in self.word_split.finditer(text, end, min(len(text), end + 120)):
            token = match.group().lower().replace("’", "'")
            if token in '.;:!?()«»"“”':
                break
            words.append(token)
            if len(words) == OUTCOME_WINDOW:  # no more is read
                break
        counted = None
        for word in words[:COUNTED_WINDOW]:
            if word in self.words.links:
                continue
            counted = self.words.counted.get(word)
            if counted:
                break
        window = words[:OUTCOME_WINDOW]
        for size in (2, 1):
            for i in range(len(window) - size + 1):
                outcome = self.words.outcomes.get(" ".join(window[i : i + size]))
                if outcome:
                    return outcome, counted
        return None, counted


def _plain(value: float | None) -> float | None:
    """1000.0 -> 1000, so records read as written."""
    if value is not None and value == int(value) and abs(value) < 1e15:
        return int(value)
    return value


@cache
def amount_grammar(language: str) -> AmountGrammar:
    return AmountGrammar(LANGUAGES[language])


__all__ = ["Amount", "AmountGrammar", "amount_grammar"]

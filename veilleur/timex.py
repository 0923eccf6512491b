"""Time expressions found and normalised to TIMEX3 (ISO-TimeML) values.

One grammar for every language: `TimeGrammar(data)` builds its patterns from the
language's `TimeWords` and `NumberWords`. `TimeGrammar.find(text, dct)` returns
the expressions of a text, each normalised against the document creation time
(`dct`, the article's `published`). Without a `dct`, relative expressions keep an
unanchored value (`XXXX-WXX-3` for "mercredi") or `None`; they are never guessed.

Patterns are tried all at once; where matches overlap the longest wins, then the
earliest rule. Each rule has a handler that turns its match into a `Timex`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any, Literal

from veilleur.lang import LANGUAGES, LanguageData
from veilleur.numbers import number_word_pattern, parse_figure, parse_words
from veilleur.patterns import Gated, compile_word_start

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Units of clock time: durations in them are written PT…
_CLOCK_UNITS = {"H", "TM", "S"}
#: Words before a season name that make it the season ("l'été", "au printemps", "in the spring").
_SEASON_LEAD = re.compile(
    r"(?:\bl['’]|\b(?:au|en|le|cet|ce|cette|the|in|this|last|next|de\s+l['’]|during|pendant)\s*)$"
)
#: Words before a weekday that put it ahead ("until Friday", "d'ici vendredi").
_UNTIL = re.compile(r"\b(?:until|till|by|jusqu['’]?(?:à|au)|d['’]ici)\s*$", re.IGNORECASE)
#: Words before "N ans" that make it an age ("Jean Dupont, 87 ans", "un homme de 37 ans").
_AGE_LEAD = re.compile(r"(?:,|\b(?:âgée?s?\s+de|aged))\s*$", re.IGNORECASE)
#: "un homme de 37 ans," is an age; "au terme de trois ans de tractations" a duration.
_AGE_OF = re.compile(r"\b(?:de|d['’])\s*$", re.IGNORECASE)
_AGE_END = re.compile(r"\s*(?:[,.;)]|$|et\b|qui\b)")


@dataclass(frozen=True, slots=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    relative: bool = False
    confidence: float = 0.9


Tense = Literal["past", "present", "future"]
#: The tense of the clause the expression between two offsets belongs to.
TenseTest = Callable[[int, int], Tense]


@dataclass(frozen=True, slots=True)
class _Context:
    text: str
    dct: date | None
    tense: TenseTest
    previous: date | None  # the last day-level date found before this expression


Handler = Callable[["TimeGrammar", re.Match[str], _Context], "tuple[str, str | None, str | None, bool] | None"]


def parse_dct(published: str | None) -> date | None:
    """The date of an ISO 8601 date or datetime, or None."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(published.strip()[:10])
        except ValueError:
            return None


def _words(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first, apostrophes of either kind."""
    escaped = sorted({re.escape(w).replace("'", "['’]") for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")"


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


class TimeGrammar:
    """The time expressions of one language."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.time = data.time
        self.numbers = data.numbers
        self.rules = self._rules()
        #: Each rule's pattern, searched only in a text that may hold its matches, as its lowercase twin.
        self.gated = [Gated.of(pattern) for _, pattern, _ in self.rules]

    # -- building the patterns ---------------------------------------------------------------

    def _rules(self) -> list[tuple[str, re.Pattern[str], Handler]]:
        t = self.time
        month = _words(t.months)
        weekday = _words(t.weekdays)
        weekdays_plural = _words([w + "s" for w in t.weekdays] + list(t.weekdays))
        unit = _words(t.units)
        pod = _words(t.parts_of_day)
        number = rf"(?:\d+(?:[.,]\d+)?|{number_word_pattern(self.numbers)})"
        vague = _words({*self.numbers.vague, "des", "few", "a few"})
        count = rf"(?:{number}|{vague})"
        day = rf"(?:[12]\d|3[01]|0?[1-9]){t.day_suffix}|premier"
        year = r"(?:1[5-9]\d\d|20\d\d)"
        after = _words(t.deictic_after) if t.deictic_after else "(?!)"
        before = _words(t.deictic_before)
        mods = _words(t.mods)
        lead = _words(t.date_lead)
        relative_day = _words(t.relative_days)
        season = _words(t.seasons)
        period = _words(t.period_mods)
        starts = _words((*t.start_of, *t.end_of, *t.whole_period))
        article = r"(?:(?:la|le|les|l'|l’|the|this|cette|cet|ce)\s*)"
        interposed = _words(t.interposed)
        day_units = _words(word for word, code in t.units.items() if code in ("D", "WE"))
        rules: list[tuple[str, str, Handler]] = [
            (
                "night-between",
                rf"(?:(?:dans|pendant|durant)\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd>{weekday})\s+(?:à|au)\s+{weekday}"
                rf"|(?:on\s+the\s+night\s+of\s+|overnight\s+(?:from\s+)?)(?P<wd2>{weekday})\s+(?:to|into|and)\s+{weekday}",
                TimeGrammar._night_between,
            ),
            (
                "day-month",
                rf"(?:(?P<wd>{weekday}),?\s+)?(?:(?:{lead})\s+)?(?:(?P<wd3>{weekday})\s+)?(?P<d>{day})\s+(?:of\s+)?"
                rf"(?P<m>{month})(?:,?\s+(?P<y>{year}|'?\d\d)(?!\d))?(?:\s+(?P<da>{after}))?",
                TimeGrammar._full_date,
            ),
            (
                "month-day",
                rf"(?:(?P<wd>{weekday}),?\s+)?(?P<m>{month})\s+(?P<d>{day})(?:,?\s+(?P<y>{year}))?(?![\d:])",
                TimeGrammar._full_date,
            ),
            ("iso-date", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])", TimeGrammar._iso_date),
            (
                "numeric-date",
                r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4}|\d{2})(?![\d/]|\.\d)",
                TimeGrammar._numeric_date,
            ),
            (
                "period-month",
                rf"(?:(?P<pm>{period})(?:\s+|-)(?:d['’e]\s*)?|(?P<db>{before})\s+)?(?:(?:le\s+)?mois\s+d['’e]\s*)?(?P<m>{month})"
                rf"(?:\s+(?P<y>{year}|'?\d\d)(?!\d|[.,]\d))?(?:\s+(?P<da>{after}))?",
                TimeGrammar._month,
            ),
            (
                "season",
                rf"(?:(?P<db>{before})\s*)?(?P<s>{season})(?:\s+(?:(?:of|de|d['’])\s*)?(?P<y>{year})|\s+(?P<da>{after}))?",
                TimeGrammar._season,
            ),
            (
                "decade",
                r"(?:(?P<pm>"
                + period
                + r")\s+(?:des\s+|of\s+the\s+)?)?(?:(?:les|des)\s+années\s+(?P<fr>(?:1[5-9]|20)?\d0)"
                r"|the\s+(?:(?P<en4>1[5-9]\d0|20\d0)|'?(?P<en2>\d0))['’]?s)(?!\d)",
                TimeGrammar._decade,
            ),
            (
                "century",
                r"(?:le\s+|du\s+|au\s+)?(?P<r>[IVXL]+)e\s+siècle|the\s+(?P<n>\d{1,2})(?:st|nd|rd|th)\s+century",
                TimeGrammar._century,
            ),
            (
                "relative-day",
                rf"(?P<rd>{relative_day})(?:\s+(?:en\s+)?(?:(?P<pm>{period})\s+(?:d['’e]|of\s+the)\s*)?(?P<pod>{pod}))?",
                TimeGrammar._relative_day,
            ),
            ("fused-day-part", _words(t.day_parts) if t.day_parts else "(?!)", TimeGrammar._fused_day_part),
            (
                "weekday",
                rf"(?:(?P<db>{before})\s+)?(?P<wd>{weekday})(?:\s+(?P<da>{after}))?(?:\s+(?P<pod>{pod}))?",
                TimeGrammar._weekday,
            ),
            ("neighbour-day", _words(t.neighbour_days) + rf"(?:\s+(?P<pod>{pod}))?", TimeGrammar._neighbour_day),
            (
                "period-of-unit",
                rf"(?P<phr>{starts})\s+{article}?(?P<u>{unit})(?:\s+(?P<da>{after}))?",
                TimeGrammar._period_of_unit,
            ),
            (
                "last-n-units",
                rf"(?:(?:les|ces|the)\s+)?(?:(?P<db>{before}|past)\s+)(?P<n>{number})\s+(?:{interposed}\s+)?(?P<u>{unit})"
                rf"|(?:les|ces)\s+(?P<n2>{number})\s+(?P<da>{after})\s+(?P<u2>{unit})",
                TimeGrammar._last_n_units,
            ),
            (
                "deictic-unit",
                rf"(?P<db>{before})\s+(?P<u>{unit})(?:\s+(?P<da>{after}))?|{article}(?P<u2>{unit})\s+(?P<da2>{after})",
                TimeGrammar._deictic_unit,
            ),
            (
                "ago",
                self._ago_pattern(count, unit),
                TimeGrammar._ago,
            ),
            (
                "later",
                rf"(?:{_words(t.later_before)})\s+(?P<n>{count}|une?|an?)\s+(?P<u>{unit})(?!\s+(?:de|d['’]|of)\b)",
                TimeGrammar._later,
            ),
            (
                "set",
                rf"(?:{_words(t.each)})\s+(?:(?P<n>{number})\s+)?(?:(?P<u>{unit})|(?P<wd>{weekdays_plural}))",
                TimeGrammar._set,
            ),
            ("frequency", _words(t.frequencies), TimeGrammar._frequency),
            (
                "duration",
                rf"(?:(?P<mod>{mods})\s*)?(?P<n>{count}|une?|an?)\s+(?:{interposed}\s+)?(?P<u>{unit})"
                rf"|(?P<n2>\d+|{number_word_pattern(self.numbers)})-(?P<u2>{unit})(?:-long|-old)?",
                TimeGrammar._duration,
            ),
            *((f"clock-{i}", clock, TimeGrammar._clock) for i, clock in enumerate(t.clock)),
            (
                "part-of-day",
                rf"(?:(?:dans\s+|pendant\s+|durant\s+|in\s+|during\s+)?(?P<det>la|le|l'|l’|the|ce|cet|cette|this|du|de\s+la)\s*)"
                rf"(?:(?P<pm>{period})\s+(?:d['’e]|of\s+the)\s*)?(?P<pod>{pod})(?!\s*-)",
                TimeGrammar._part_of_day,
            ),
            (
                "period-part-of-day",
                rf"(?:en\s+)?(?P<pm>{period})\s+(?:d['’e]|of\s+the)\s*(?P<pod>{pod})",
                TimeGrammar._period_part_of_day,
            ),
            ("reference", _words(t.references), TimeGrammar._reference),
            (
                "the-day",
                rf"(?:(?P<lead>{_words(t.day_leads)})\s+)(?P<t>(?:la|le|the)\s+(?P<u>{day_units}))",
                TimeGrammar._the_day,
            ),
            (
                "year",
                rf"(?:(?P<lead>{_words(t.year_lead)})\s+(?:d['’e]\s*)?)?(?P<t>(?:l['’]ann[ée]e\s+|l['’]an\s+)?(?P<y>{year}))"
                r"(?![\d,.]\d|\s?%|\s?\d)(?:\s+(?P<next>\w+))?",
                TimeGrammar._year,
            ),
        ]
        compiled = []
        for name, pattern, handler in rules:
            regex = compile_word_start(r"(?<![\w-])", rf"(?:{pattern})(?![\w]|-\w)", re.IGNORECASE)
            compiled.append((name, regex, handler))
        return compiled

    def _ago_pattern(self, count: str, unit: str) -> str:
        t = self.time
        parts = []
        if t.ago_before:
            parts.append(
                rf"(?:{_words(t.ago_before)})\s+(?:(?P<mod>{_words(t.mods)})\s*)?(?P<n>{count}|une?)\s+(?P<u>{unit})"
            )
        if t.ago_after:
            parts.append(rf"(?P<n2>{count}|an?)\s+(?P<u2>{unit})\s+(?:{_words(t.ago_after)})")
        return "|".join(parts)

    # -- finding ---------------------------------------------------------------------------------

    def find(self, text: str, dct: date | None, *, tense: TenseTest | None = None) -> list[Timex]:
        """The time expressions of `text`, in order, normalised against `dct`."""
        candidates: list[tuple[int, int, int, re.Match[str], Handler]] = []
        for order, ((_, _, handler), gated) in enumerate(zip(self.rules, self.gated, strict=True)):
            for match in gated.findall(text):
                start, end = self._span(match)
                if end > start:
                    candidates.append((start, end, order, match, handler))
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
        taken: list[tuple[int, int]] = []
        chosen: list[tuple[int, int, re.Match[str], Handler]] = []
        for start, end, _, match, handler in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            chosen.append((start, end, match, handler))
            taken.append((start, end))
        chosen.sort(key=lambda c: c[0])
        found: list[Timex] = []
        previous: date | None = None
        tense_at = tense or (lambda start, end: self._tense_by_words(text, start, end))
        for start, end, match, handler in chosen:
            result = handler(self, match, _Context(text, dct, tense_at, previous))
            if result is None:
                continue
            kind, value, mod, relative = result
            found.append(Timex(start, end, text[start:end], kind, value, mod, relative, 0.8 if relative else 0.9))
            if kind == "DATE" and value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                previous = date.fromisoformat(value)
        return found

    @staticmethod
    def _span(match: re.Match[str]) -> tuple[int, int]:
        if "t" in match.re.groupindex and match.group("t") is not None:
            return match.start("t"), match.end("t")
        return match.start(), match.end()

    def _tense_by_words(self, text: str, start: int, end: int) -> Tense:
        """Without a parse: future if the sentence carries a future cue, else past (news)."""
        left = max(text.rfind(mark, 0, start) for mark in ".!?\n")
        rights = [i for i in (text.find(mark, end) for mark in ".!?\n") if i >= 0]
        window = (text[left + 1 : start] + " " + text[end : min(rights, default=len(text))]).lower()
        future = any(re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", window) for cue in self.time.future_cues)
        return "future" if future else "past"

    # -- helpers ---------------------------------------------------------------------------------

    def _number(self, text: str | None) -> float | None:
        """A count in figures or words; None for a vague count ("quelques")."""
        if text is None:
            return None
        text = text.strip().lower()
        if text in self.numbers.units:
            return float(self.numbers.units[text])
        if text[:1].isdigit():
            return parse_figure(text, decimal=self.numbers.decimal)
        value = parse_words(text, self.numbers)
        return None if value is None else float(value)

    def _unit(self, word: str) -> str:
        return self.time.units[word.lower().replace("’", "'")]

    def _month_number(self, word: str) -> int:
        return self.time.months[word.lower()]

    def _deictic(self, match: re.Match[str], *names: str) -> int | None:
        for name in names:
            if name in match.re.groupindex and match.group(name):
                word = match.group(name).lower()
                if word in self.time.deictic_before:
                    return self.time.deictic_before[word]
                if word in self.time.deictic_after:
                    return self.time.deictic_after[word]
                if word == "past":
                    return -1
        return None

    @staticmethod
    def _group(match: re.Match[str], *names: str) -> str | None:
        for name in names:
            if name in match.re.groupindex and match.group(name):
                return match.group(name)
        return None

    def _year_for(
        self, month: int, day: int | None, ctx: _Context, start: int, end: int, direction: int | None
    ) -> int | None:
        """The year of a day or month given without one: the DCT's, moved by tense or 'dernier/prochain'."""
        if ctx.dct is None:
            return None
        year = ctx.dct.year
        candidate = (month, day or 1)
        now = (ctx.dct.month, ctx.dct.day if day else 1)
        tense = "future" if direction == 1 else "past" if direction == -1 else ctx.tense(start, end)
        months_ahead = (candidate[0] - now[0]) + (candidate[1] - now[1]) / 31
        if tense == "past" and candidate > now:
            return year - 1  # told in the past tense: it has happened
        if tense == "future" and candidate < now:
            return year + 1
        if tense == "present" and abs(months_ahead) > 6:
            return year + (1 if months_ahead < 0 else -1)  # the nearest such date
        return year

    def _wrong_case(self, word: str, start: int, text: str) -> bool:
        """A calendar name written against the language's habit, mid-sentence ("Mars", "may")."""
        if word.isupper() or word[0].isupper() == self.time.capitalised:
            return False
        before = text[:start].rstrip()
        return bool(before) and before[-1] not in '.!?\n«"“:'

    # -- handlers --------------------------------------------------------------------------------

    def _full_date(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        month = self._month_number(match.group("m"))
        day_text = match.group("d").lower()
        day = 1 if day_text == "premier" else int(re.match(r"\d+", day_text).group())  # type: ignore[union-attr]
        year_text = self._group(match, "y")
        if year_text:
            digits = year_text.lstrip("'")
            year: int | None = (
                int(digits) if len(digits) == 4 else (1900 + int(digits) if int(digits) > 30 else 2000 + int(digits))
            )
        else:
            year = self._year_for(month, day, ctx, match.start(), match.end(), self._deictic(match, "da"))
        try:
            date(year or 2000, month, day)
        except ValueError:
            return None
        value = f"{year:04d}-{month:02d}-{day:02d}" if year else f"XXXX-{month:02d}-{day:02d}"
        return "DATE", value, None, not year_text

    def _iso_date(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        try:
            value = date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
        except ValueError:
            return None
        return "DATE", value.isoformat(), None, False

    def _numeric_date(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        first, second = int(match.group("a")), int(match.group("b"))
        day, month = (first, second) if self.time.numeric_order == "DMY" else (second, first)
        year = int(match.group("y"))
        if year < 100:
            year += 1900 if year > 30 else 2000
        try:
            value = date(year, month, day)
        except ValueError:
            return None
        return "DATE", value.isoformat(), None, False

    def _month(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        word = match.group("m")
        month = self._month_number(word)
        year_text = match.group("y")
        lead_word = ctx.text[max(0, match.start() - 12) : match.start()].lower()
        has_context = (
            bool(year_text or match.group("da") or match.group("pm") or match.group("db"))
            or re.search(
                r"(?:\b(?:en|in|of|since|depuis|until|jusqu'en|d'ici|by|from|to|au|du|à|de|mois|month|early|late|mid|during"
                r"|pendant|between|entre)"
                r"\s*['’]?\s*)$",
                lead_word,
            )
            or match.group().lower().startswith(("mois", "month"))
        )
        if not has_context:
            return None  # "may" the verb, "Mars" the planet: a month alone needs a word that makes it one
        if not year_text and self._wrong_case(word, match.start("m"), ctx.text):
            return None  # "Mars" mid-sentence in French, "march" in English
        mod = self.time.period_mods.get(match.group("pm").lower()) if match.group("pm") else None
        if year_text:
            digits = year_text.lstrip("'")
            year: int | None = (
                int(digits) if len(digits) == 4 else 1900 + int(digits) if int(digits) > 30 else 2000 + int(digits)
            )
        else:
            year = self._year_for(month, None, ctx, match.start(), match.end(), self._deictic(match, "da", "db"))
        value = f"{year:04d}-{month:02d}" if year else f"XXXX-{month:02d}"
        return "DATE", value, mod, not year_text

    def _season(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        code = self.time.seasons[match.group("s").lower()]
        lead = ctx.text[max(0, match.start() - 16) : match.start()].lower()
        if not (match.group("y") or match.group("db") or match.group("da") or _SEASON_LEAD.search(lead)):
            return None  # "a été" is no summer
        if match.group("y"):
            return "DATE", f"{match.group('y')}-{code}", None, False
        direction = self._deictic(match, "db", "da")
        if direction is None or ctx.dct is None:
            return "DATE", f"XXXX-{code}", None, direction is not None
        year = ctx.dct.year
        if direction == -1 and _SEASON_START[code] >= ctx.dct.month:
            year -= 1
        elif direction == 1 and _SEASON_START[code] <= ctx.dct.month:
            year += 1
        return "DATE", f"{year}-{code}", None, True

    def _decade(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        digits = self._group(match, "fr", "en4", "en2") or ""
        if len(digits) == 2:
            digits = ("19" if int(digits) > 20 else "20") + digits
        mod = self.time.period_mods.get(match.group("pm").lower()) if match.group("pm") else None
        return "DATE", digits[:3] + "X", mod, False

    def _century(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        if match.group("r"):
            roman = match.group("r").upper()
            number = 0
            for i, ch in enumerate(roman):
                value = _ROMAN[ch]
                number += -value if i + 1 < len(roman) and _ROMAN[roman[i + 1]] > value else value
        else:
            number = int(match.group("n"))
        return "DATE", f"{number - 1:02d}", None, False

    def _with_part(
        self, day: date | None, pod: str | None, mod: str | None = None
    ) -> tuple[str, str | None, str | None, bool]:
        if pod is None:
            return "DATE", day.isoformat() if day else None, mod, True
        code = self.time.parts_of_day[pod.lower()]
        if code == "MI":
            return "TIME", f"{day.isoformat()}T12:00" if day else None, mod, True
        return "TIME", f"{day.isoformat()}T{code}" if day else None, mod, True

    def _relative_day(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        offset = self.time.relative_days[match.group("rd").lower().replace("’", "'")]
        day = ctx.dct + timedelta(days=offset) if ctx.dct else None
        mod = self.time.period_mods.get(match.group("pm").lower()) if match.group("pm") else None
        return self._with_part(day, match.group("pod"), mod)

    def _fused_day_part(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        offset, code = self.time.day_parts[match.group().lower()]
        if ctx.dct is None:
            return "TIME", None, None, True
        return "TIME", f"{(ctx.dct + timedelta(days=offset)).isoformat()}T{code}", None, True

    def _weekday_date(self, weekday: int, direction: int | None, ctx: _Context, start: int, end: int) -> date | None:
        if ctx.dct is None:
            return None
        tense = "future" if direction == 1 else "past" if direction == -1 else ctx.tense(start, end)
        ahead = (weekday - ctx.dct.weekday()) % 7
        back = (ctx.dct.weekday() - weekday) % 7
        if direction == 1:
            ahead = ahead or 7
        if direction == -1:
            back = back or 7
        if tense == "future" or (tense == "present" and ahead < back):
            return ctx.dct + timedelta(days=ahead)
        return ctx.dct - timedelta(days=back)

    def _weekday(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        weekday = self.time.weekdays[match.group("wd").lower()]
        if self._wrong_case(match.group("wd"), match.start("wd"), ctx.text):
            return None  # "le Vendredi saint"
        direction = self._deictic(match, "db", "da")
        if direction == 0:
            direction = None
        if direction is None and _UNTIL.search(ctx.text[max(0, match.start() - 14) : match.start()]):
            direction = 1  # "jusqu'à vendredi", "until Friday": still to come
        day = self._weekday_date(weekday, direction, ctx, match.start(), match.end())
        if day is None:
            kind = "TIME" if match.group("pod") else "DATE"
            return kind, f"XXXX-WXX-{weekday + 1}", None, True
        return self._with_part(day, match.group("pod"))

    def _night_between(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        weekday = self.time.weekdays[(self._group(match, "wd", "wd2") or "").lower()]
        day = self._weekday_date(weekday, None, ctx, match.start(), match.end())
        if day is None:
            return "TIME", f"XXXX-WXX-{weekday + 1}TNI", None, True
        if ctx.dct is not None and day == ctx.dct and ctx.tense(match.start(), match.end()) == "past":
            day -= timedelta(days=7)  # "la nuit de mercredi à jeudi" told on a Wednesday is last week's
        return "TIME", f"{day.isoformat()}TNI", None, True

    def _neighbour_day(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        phrase = match.group().lower().replace("’", "'")
        key = next((k for k in self.time.neighbour_days if phrase.startswith(k)), None)
        if key is None:
            return None
        anchor = ctx.previous or ctx.dct
        day = anchor + timedelta(days=self.time.neighbour_days[key]) if anchor else None
        return self._with_part(day, match.group("pod"))

    def _unit_value(self, code: str, day: date, offset: int) -> str | None:
        if code == "D":
            return (day + timedelta(days=offset)).isoformat()
        if code == "W":
            return _iso_week(day + timedelta(weeks=offset))
        if code == "WE":
            return _iso_week(day + timedelta(weeks=offset)) + "-WE"
        if code == "M":
            year, month = _shift_month(day, offset)
            return f"{year:04d}-{month:02d}"
        if code == "Q":
            year, month = _shift_month(day, 3 * offset)
            return f"{year:04d}-Q{(month - 1) // 3 + 1}"
        if code == "Y":
            return f"{day.year + offset:04d}"
        if code == "DE":
            return f"{(day.year + 10 * offset) // 10:03d}X"
        if code == "CE":
            return f"{(day.year + 100 * offset) // 100:02d}"
        return None

    def _period_of_unit(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        code = self._unit(match.group("u"))
        if code in _CLOCK_UNITS:
            return None
        phrase = " ".join(match.group("phr").lower().split())
        mod = None
        if phrase in self.time.start_of:
            mod = "START"
        elif phrase in self.time.end_of:
            mod = "END"
        offset = self._deictic(match, "da") or 0
        if ctx.dct is None:
            return "DATE", None, mod, True
        return "DATE", self._unit_value(code, ctx.dct, offset), mod, True

    def _deictic_unit(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        word = self._group(match, "u", "u2") or ""
        code = self._unit(word)
        if code in _CLOCK_UNITS:
            return None
        offset = self._deictic(match, "db", "da", "da2")
        if offset is None:
            return None
        if offset == 0 and code == "WE" and ctx.tense(match.start(), match.end()) == "past":
            offset = -1  # "ce week-end" told in the past tense: the one just gone
        if ctx.dct is None:
            return "DATE", None, None, True
        return "DATE", self._unit_value(code, ctx.dct, offset), None, True

    def _last_n_units(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        amount = self._number(self._group(match, "n", "n2"))
        code = self._unit(self._group(match, "u", "u2") or "")
        return "DURATION", self._duration_value(amount, code), None, False

    def _ago(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        amount = self._number(self._group(match, "n", "n2"))
        code = self._unit(self._group(match, "u", "u2") or "")
        if amount is None:
            return "DATE", "PAST_REF", None, True
        if ctx.dct is None or code in _CLOCK_UNITS or amount != int(amount):
            return "DATE", None, None, True
        n = int(amount)
        if code in ("D", "W"):
            return "DATE", (ctx.dct - timedelta(days=n * (7 if code == "W" else 1))).isoformat(), None, True
        return "DATE", self._unit_value(code, ctx.dct, -n), None, True

    def _later(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        amount = self._number(match.group("n"))
        code = self._unit(match.group("u"))
        if ctx.tense(match.start(), match.end()) != "future":
            return "DURATION", self._duration_value(amount, code), None, False  # "the lowest in six years"
        if amount is None:
            return "DATE", "FUTURE_REF", None, True
        if ctx.dct is None or code in _CLOCK_UNITS or amount != int(amount):
            return "DATE", None, None, True
        n = int(amount)
        if code in ("D", "W"):
            return "DATE", (ctx.dct + timedelta(days=n * (7 if code == "W" else 1))).isoformat(), None, True
        return "DATE", self._unit_value(code, ctx.dct, n), None, True

    def _duration_value(self, amount: float | None, code: str) -> str:
        number = "X" if amount is None else (f"{amount:g}" if amount != int(amount) else str(int(amount)))
        if code in _CLOCK_UNITS:
            return f"PT{number}{'M' if code == 'TM' else code}"
        if code in ("DE", "CE") and amount is not None:
            return f"P{int(amount * (10 if code == 'DE' else 100))}Y"
        return f"P{number}{code}"

    def _duration(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        count_text = self._group(match, "n", "n2") or ""
        amount = self._number(count_text)
        if amount is None and count_text.lower() not in self.numbers.vague | {"des", "few", "a few"}:
            return None
        code = self._unit(self._group(match, "u", "u2") or "")
        if amount is None and code not in ("D", "W", "M", "Y"):
            return None  # "des heures scolaires"
        if code == "S" and count_text.lower() in ("a", "une", "un"):
            return None  # "a second attack", "une seconde fois": an ordinal
        mod_word = match.group("mod")
        before = ctx.text[max(0, match.start() - 30) : match.start()]
        age_of = _AGE_OF.search(before) and (_AGE_END.match(ctx.text, match.end()) or self._person_before(before))
        if code == "Y" and not mod_word and (_AGE_LEAD.search(before) or age_of):
            return None  # an age: "Jean Dupont, 87 ans", "un homme de 37 ans"
        mod = self.time.mods.get(" ".join(mod_word.lower().replace("’", "'").split())) if mod_word else None
        return "DURATION", self._duration_value(amount, code), mod, False

    def _person_before(self, before: str) -> bool:
        """ "un homme de", "une victime de": a person noun before "de N ans" makes it an age."""
        words = re.findall(r"[\w'’-]+", before.lower())
        if len(words) < 2:
            return False
        noun = words[-2]
        return noun in self.data.quantities.counted or noun in self.data.titles

    def _set(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        amount = self._number(match.group("n")) if match.group("n") else 1.0
        if match.group("wd"):
            name = match.group("wd").lower()
            weekday = self.time.weekdays.get(name, self.time.weekdays.get(name.rstrip("s")))
            if weekday is None:
                return None
            return "SET", f"XXXX-WXX-{weekday + 1}", None, False
        code = self._unit(match.group("u"))
        return "SET", self._duration_value(amount, code), None, False

    def _frequency(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        before = ctx.text[max(0, match.start() - 7) : match.start()].lower()
        if re.search(r"\b(?:le|la|les|des|ces|de|du|un|presse|the|a)\s+$", before):
            return None  # "les quotidiens", "la presse quotidienne": newspapers
        return "SET", self.time.frequencies[match.group().lower()], None, False

    def _clock(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        ampm = match.groupdict().get("ampm")
        if ampm:
            hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
        clock = f"T{hour:02d}:{minute:02d}" + ("Z" if match.groupdict().get("zone") else "")
        day = ctx.previous or ctx.dct
        return "TIME", f"{day.isoformat()}{clock}" if day else f"XXXX-XX-XX{clock}", None, True

    def _part_of_day(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        mod = self.time.period_mods.get(match.group("pm").lower()) if match.group("pm") else None
        deictic = match.group("det").lower() in self.time.deictic_before
        return self._with_part(ctx.dct if deictic else ctx.previous or ctx.dct, match.group("pod"), mod)

    def _period_part_of_day(
        self, match: re.Match[str], ctx: _Context
    ) -> tuple[str, str | None, str | None, bool] | None:
        mod = self.time.period_mods.get(match.group("pm").lower())
        return self._with_part(ctx.previous or ctx.dct, match.group("pod"), mod)

    def _the_day(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        """ "ending the day", "during the weekend": the day (or weekend) the story tells of."""
        code = self._unit(match.group("u"))
        day = ctx.previous or ctx.dct
        if day is None:
            return "DATE", None, None, True
        if code == "WE":
            past = ctx.tense(match.start(), match.end()) == "past"
            return "DATE", self._unit_value("WE", day, -1 if past and day.weekday() < 5 else 0), None, True
        return "DATE", day.isoformat(), None, True

    def _reference(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        return "TIME", self.time.references[match.group().lower().replace("’", "'")], None, False

    def _year(self, match: re.Match[str], ctx: _Context) -> tuple[str, str | None, str | None, bool] | None:
        following = (match.group("next") or "").lower()
        if not match.group("lead") and (following in self.data.quantities.counted or following in self.time.units):
            return None  # "2000 soldats": a count, not a year
        return "DATE", match.group("y"), None, False


@cache
def grammar(language: str) -> TimeGrammar:
    """The time grammar of a language, built once per process."""
    return TimeGrammar(LANGUAGES[language])


def tense_from_doc(doc: Any) -> TenseTest:
    """A tense test from a spaCy parse: the tense of the verb governing the characters."""

    def tense(start: int, end: int) -> Tense:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return "present"
        token = span.root
        for _ in range(4):
            if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
                break
            token = token.head
        if token.pos_ not in ("VERB", "AUX"):
            return "present"  # a headline, a caption: no verb to go by
        auxiliaries = [child for child in token.children if child.dep_.startswith("aux")]
        words = {child.lower_ for child in auxiliaries}
        if "Fut" in token.morph.get("Tense") or words & _FUTURE_AUXILIARIES:
            return "future"
        if any("Fut" in child.morph.get("Tense") for child in auxiliaries):
            return "future"  # "aura été"
        if token.tag_ in ("VBD", "VBN") or "Imp" in token.morph.get("Tense"):
            return "past"
        if "Past" in token.morph.get("Tense") and (auxiliaries or token.lang_ != "fr"):
            return "past"  # "a continué", "avait été"; a bare French participle is no past
        if any(child.tag_ == "VBD" or "Past" in child.morph.get("Tense") for child in auxiliaries):
            return "past"
        return "present"

    return tense


_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "va", "vont", "allons", "allez", "vais", "vas"})

__all__ = ["Tense", "TenseTest", "TimeGrammar", "Timex", "grammar", "parse_dct", "tense_from_doc"]

"""Tests for veilleur.timex: TIMEX3 values of French and English time expressions.

No spaCy model: the grammar is called directly (`grammar(lang).find(text, dct)`),
with an explicit tense where the value depends on it. Every sentence is invented
for these tests. The document creation time is Wednesday 14 August 2024 (ISO week 33).
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veilleur.timex import Tense, TenseTest, Timex, grammar, parse_dct

DCT = date(2024, 8, 14)  # a Wednesday


def always(tense: Tense) -> TenseTest:
    return lambda start, end: tense


def find(lang: str, text: str, dct: date | None = DCT, tense: Tense | None = None) -> list[Timex]:
    return grammar(lang).find(text, dct, tense=always(tense) if tense else None)


def only(lang: str, text: str, dct: date | None = DCT, tense: Tense | None = None) -> Timex:
    """The one expression of `text`."""
    found = find(lang, text, dct, tense)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


def check(lang: str, text: str, core: str, kind: str, value: str | None, mod: str | None = None) -> Timex:
    """`text` holds exactly one expression, covering `core`, with this type, value and mod."""
    timex = only(lang, text)
    assert core in timex.text, (timex.text, core)
    assert (timex.type, timex.value, timex.mod) == (kind, value, mod)
    return timex


# ---------------------------------------------------------------- absolute dates

ABSOLUTE = [
    ("fr", "Le cessez-le-feu a été signé le 15 août 2024 à Vienne.", "15 août 2024", "2024-08-15"),
    ("fr", "La trêve a été rompue le 1er août 2024.", "1er août 2024", "2024-08-01"),
    ("fr", "Le décret du 6/8/2024 a été abrogé.", "6/8/2024", "2024-08-06"),
    ("fr", "Le décret du 06.08.2024 a été abrogé.", "06.08.2024", "2024-08-06"),
    ("fr", "Le rapport daté du 2024-08-06 a fuité.", "2024-08-06", "2024-08-06"),
    ("fr", "La centrale a été fermée en 2022.", "2022", "2022"),
    ("fr", "Le barrage a cédé au printemps 2023.", "printemps 2023", "2023-SP"),
    ("fr", "La région a été dévastée au XXe siècle.", "XXe siècle", "19"),
    ("fr", "Le port a été agrandi au XIXe siècle.", "XIXe siècle", "18"),
    ("fr", "La ville s'est vidée dans les années 60.", "années 60", "196X"),
    ("fr", "La ville s'est vidée dans les années 1990.", "années 1990", "199X"),
    ("en", "The ceasefire was signed on 15 August 2024 in Vienna.", "15 August 2024", "2024-08-15"),
    ("en", "The ceasefire was signed on August 15, 2024 in Vienna.", "August 15, 2024", "2024-08-15"),
    ("en", "The decree dated 6/8/2024 was repealed.", "6/8/2024", "2024-06-08"),
    ("en", "The report dated 2024-08-06 leaked.", "2024-08-06", "2024-08-06"),
    ("en", "The power plant was closed in 2022.", "2022", "2022"),
    ("en", "The dam burst in spring 2023.", "spring 2023", "2023-SP"),
    ("en", "Wars reshaped the region in the 20th century.", "20th century", "19"),
    ("en", "The town emptied in the 1990s.", "1990s", "199X"),
    ("en", "The town emptied in the '60s.", "'60s", "196X"),
]


@pytest.mark.parametrize(("lang", "text", "core", "value"), ABSOLUTE)
def test_timex_absolute_dates(lang: str, text: str, core: str, value: str) -> None:
    timex = check(lang, text, core, "DATE", value)
    assert not timex.relative


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", "Le cessez-le-feu a été signé le 15 août 2024."), ("en", "The ceasefire was signed on 15 August 2024.")],
)
def test_timex_absolute_dates_need_no_dct(lang: str, text: str) -> None:
    assert only(lang, text, dct=None).value == "2024-08-15"


def test_timex_numeric_dates_follow_the_language_order() -> None:
    assert only("fr", "Le décret du 3/9/2024 a été abrogé.").value == "2024-09-03"
    assert only("en", "The decree dated 3/9/2024 was repealed.").value == "2024-03-09"


def test_timex_season_of_year_in_english() -> None:
    check("en", "The dam burst in the spring of 2023.", "spring of 2023", "DATE", "2023-SP")


# ---------------------------------------------------------------- dates without a year, months

PARTIAL = [
    ("fr", "Les troupes sont entrées dans la ville le 6 août.", "6 août", "2024-08-06"),
    ("fr", "Le dépôt a brûlé le 20 décembre.", "20 décembre", "2023-12-20"),
    ("fr", "Les frappes ont repris en août.", "août", "2024-08"),
    ("fr", "La grève a commencé en mai.", "mai", "2024-05"),
    ("en", "The troops entered the town on August 6.", "August 6", "2024-08-06"),
    ("en", "The depot burned down on December 20.", "December 20", "2023-12-20"),
    ("en", "The strikes resumed in August.", "August", "2024-08"),
    ("en", "The strike began in May.", "May", "2024-05"),
]


@pytest.mark.parametrize(("lang", "text", "core", "value"), PARTIAL)
def test_timex_dates_without_a_year_take_the_dct_year(lang: str, text: str, core: str, value: str) -> None:
    timex = check(lang, text, core, "DATE", value)
    assert timex.relative


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Le sommet se tiendra le 20 décembre.", "2024-12-20"),
        ("en", "The summit will be held on December 20.", "2024-12-20"),
    ],
)
def test_timex_date_without_a_year_in_the_future(lang: str, text: str, value: str) -> None:
    assert only(lang, text, tense="future").value == value


# ---------------------------------------------------------------- weekdays and tense

WEEKDAYS = [
    # (lang, text, past value, future value): the nearest such day not after / not before the DCT
    ("fr", "Le ministre a parlé lundi.", "2024-08-12", "2024-08-19"),
    ("fr", "Le ministre a parlé vendredi.", "2024-08-09", "2024-08-16"),
    ("fr", "Le ministre a parlé mercredi.", "2024-08-14", "2024-08-14"),
    ("en", "The minister spoke on Monday.", "2024-08-12", "2024-08-19"),
    ("en", "The minister spoke on Friday.", "2024-08-09", "2024-08-16"),
    ("en", "The minister spoke on Wednesday.", "2024-08-14", "2024-08-14"),
]


@pytest.mark.parametrize(("lang", "text", "past", "future"), WEEKDAYS)
def test_timex_weekday_follows_the_tense(lang: str, text: str, past: str, future: str) -> None:
    assert only(lang, text, tense="past").value == past
    assert only(lang, text, tense="future").value == future


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Le ministre a parlé lundi.", "2024-08-12"),
        ("fr", "Le ministre va parler lundi.", "2024-08-19"),
        ("en", "The minister spoke on Monday.", "2024-08-12"),
        ("en", "The minister will speak on Monday.", "2024-08-19"),
    ],
)
def test_timex_weekday_without_a_parse_reads_future_cues(lang: str, text: str, value: str) -> None:
    timex = only(lang, text)
    assert (timex.type, timex.value, timex.relative) == ("DATE", value, True)


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "Le ministre a parlé lundi dernier.", "2024-08-12"),
        ("fr", "Le ministre parlera lundi prochain.", "2024-08-19"),
        ("en", "The minister spoke last Monday.", "2024-08-12"),
        ("en", "The minister will speak next Monday.", "2024-08-19"),
    ],
)
def test_timex_weekday_with_last_or_next(lang: str, text: str, value: str) -> None:
    assert only(lang, text, tense="present").value == value


# ---------------------------------------------------------------- relative expressions

RELATIVE = [
    ("fr", "Des tirs ont été signalés hier.", "hier", "DATE", "2024-08-13", None),
    ("fr", "Des tirs sont signalés aujourd'hui.", "aujourd'hui", "DATE", "2024-08-14", None),
    ("fr", "Le sommet aura lieu demain.", "demain", "DATE", "2024-08-15", None),
    ("fr", "L'armée a progressé la semaine dernière.", "semaine dernière", "DATE", "2024-W32", None),
    ("fr", "Les pourparlers reprendront la semaine prochaine.", "semaine prochaine", "DATE", "2024-W34", None),
    ("fr", "Les pourparlers reprendront le mois prochain.", "mois prochain", "DATE", "2024-09", None),
    ("fr", "Les prix ont chuté le mois dernier.", "mois dernier", "DATE", "2024-07", None),
    ("fr", "La récolte a été maigre l'année dernière.", "année dernière", "DATE", "2023", None),
    ("fr", "Le pont a été bombardé il y a deux jours.", "il y a deux jours", "DATE", "2024-08-12", None),
    (
        "fr",
        "Douze drones ont été abattus depuis le début de la journée.",
        "début de la journée",
        "DATE",
        "2024-08-14",
        "START",
    ),
    ("fr", "Les sirènes ont retenti ce matin.", "ce matin", "TIME", "2024-08-14TMO", None),
    ("fr", "Le président s'exprimera ce soir.", "ce soir", "TIME", "2024-08-14TEV", None),
    ("fr", "Des explosions ont secoué le port hier soir.", "hier soir", "TIME", "2024-08-13TEV", None),
    ("fr", "Des explosions ont secoué le port mardi après-midi.", "mardi après-midi", "TIME", "2024-08-13TAF", None),
    (
        "fr",
        "Une frappe a visé le port dans la nuit de mardi à mercredi.",
        "nuit de mardi à mercredi",
        "TIME",
        "2024-08-13TNI",
        None,
    ),
    ("fr", "Les loyers ont grimpé cette année.", "cette année", "DATE", "2024", None),
    ("fr", "Les combats ont duré tout au long de l'année.", "tout au long de l'année", "DATE", "2024", None),
    ("en", "Gunfire was reported yesterday.", "yesterday", "DATE", "2024-08-13", None),
    ("en", "Gunfire is reported today.", "today", "DATE", "2024-08-14", None),
    ("en", "The summit will take place tomorrow.", "tomorrow", "DATE", "2024-08-15", None),
    ("en", "The army advanced last week.", "last week", "DATE", "2024-W32", None),
    ("en", "Talks will resume next month.", "next month", "DATE", "2024-09", None),
    ("en", "Rents rose earlier this month.", "this month", "DATE", "2024-08", None),
    ("en", "The bridge was shelled two days ago.", "two days ago", "DATE", "2024-08-12", None),
    ("en", "Sirens sounded this morning.", "this morning", "TIME", "2024-08-14TMO", None),
    ("en", "The president will speak tonight.", "tonight", "TIME", "2024-08-14TNI", None),
    ("en", "Blasts shook the port last night.", "last night", "TIME", "2024-08-13TNI", None),
    ("en", "Blasts shook the port on Tuesday afternoon.", "Tuesday afternoon", "TIME", "2024-08-13TAF", None),
    ("en", "Rents rose this year.", "this year", "DATE", "2024", None),
]


@pytest.mark.parametrize(("lang", "text", "core", "kind", "value", "mod"), RELATIVE)
def test_timex_relative_expressions(lang: str, text: str, core: str, kind: str, value: str, mod: str | None) -> None:
    timex = check(lang, text, core, kind, value, mod)
    assert timex.relative


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Une frappe a visé le port dans la nuit de mardi à mercredi."),
        ("en", "A strike hit the port overnight from Tuesday to Wednesday."),
        ("en", "A strike hit the port on the night of Tuesday to Wednesday."),
    ],
)
def test_timex_night_between_two_days_is_the_first_one(lang: str, text: str) -> None:
    assert only(lang, text).value == "2024-08-13TNI"


# ---------------------------------------------------------------- durations and sets

DURATIONS = [
    ("fr", "Le siège dure depuis plus d'une semaine.", "plus d'une semaine", "DURATION", "P1W", "MORE_THAN"),
    ("fr", "Les combats ont duré pendant trois jours.", "trois jours", "DURATION", "P3D", None),
    ("fr", "La coupure a duré près de deux heures.", "deux heures", "DURATION", "PT2H", "APPROX"),
    ("fr", "La mission durera au moins six mois.", "six mois", "DURATION", "P6M", "EQUAL_OR_MORE"),
    ("fr", "La ville subit des attaques quotidiennes.", "quotidiennes", "SET", "P1D", None),
    ("fr", "Le convoi passe chaque semaine.", "chaque semaine", "SET", "P1W", None),
    ("fr", "Les patrouilles passent tous les jours.", "tous les jours", "SET", "P1D", None),
    ("fr", "Le marché se tient chaque lundi.", "chaque lundi", "SET", "XXXX-WXX-1", None),
    ("en", "The siege has lasted more than a week.", "more than a week", "DURATION", "P1W", "MORE_THAN"),
    ("en", "The fighting went on for three days.", "three days", "DURATION", "P3D", None),
    ("en", "The outage lasted about two hours.", "two hours", "DURATION", "PT2H", "APPROX"),
    ("en", "The city faces daily attacks.", "daily", "SET", "P1D", None),
    ("en", "The convoy passes every week.", "every week", "SET", "P1W", None),
    ("en", "The market opens every Monday.", "every Monday", "SET", "XXXX-WXX-1", None),
]


@pytest.mark.parametrize(("lang", "text", "core", "kind", "value", "mod"), DURATIONS)
def test_timex_durations_and_sets(lang: str, text: str, core: str, kind: str, value: str, mod: str | None) -> None:
    timex = check(lang, text, core, kind, value, mod)
    assert not timex.relative


def test_timex_newspapers_are_no_set() -> None:
    assert find("fr", "Les quotidiens régionaux ont titré sur la crue.") == []


# ---------------------------------------------------------------- no anchor: placeholders, never a guess

UNANCHORED = [
    ("fr", "Les troupes sont entrées dans la ville le 6 août.", "XXXX-08-06"),
    ("fr", "Le ministre a parlé mercredi.", "XXXX-WXX-3"),
    ("fr", "Les frappes ont repris en août.", "XXXX-08"),
    ("fr", "Des tirs ont été signalés hier.", None),
    ("fr", "L'armée a progressé la semaine dernière.", None),
    ("fr", "Le pont a été bombardé il y a deux jours.", None),
    ("fr", "Les sirènes ont retenti ce matin.", None),
    ("en", "The troops entered the town on August 6.", "XXXX-08-06"),
    ("en", "The minister spoke on Wednesday.", "XXXX-WXX-3"),
    ("en", "The army advanced last week.", None),
    ("en", "The bridge was shelled two days ago.", None),
]


@pytest.mark.parametrize(("lang", "text", "value"), UNANCHORED)
def test_timex_without_dct_relative_expressions_stay_unanchored(lang: str, text: str, value: str | None) -> None:
    timex = only(lang, text, dct=None)
    assert timex.value == value
    assert timex.relative


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le 31 février, la digue a cédé."),
        ("fr", "Le décret du 31/2/2024 a été abrogé."),
        ("en", "The decree dated 13/13/2024 was repealed."),
    ],
)
def test_timex_impossible_dates_are_dropped(lang: str, text: str) -> None:
    assert [t for t in find(lang, text) if t.type == "DATE" and t.value and t.value.count("-") == 2] == []


# ---------------------------------------------------------------- false hits

NOT_TIMES = [
    ("fr", "La ministre a remis sa démission."),
    ("fr", "Sa maison a été détruite par un obus."),
    ("fr", "Le titre figure dans le Top 10 des ventes."),
    ("fr", "Il voulait partir, mais il est resté."),
    ("fr", "La sonde a photographié Mars en détail."),
    ("fr", "Le chocolatier Mars a publié ses résultats."),
    ("fr", "La ville a été bombardée."),
    ("fr", "Le pont a été reconstruit."),
    ("fr", "Jean Dupont, 87 ans, a été blessé."),
    ("fr", "Un passant de 37 ans, blessé, a été évacué."),
    ("fr", "2000 soldats ont été déployés."),
    ("fr", "Environ 2000 soldats ont été déployés."),
    ("fr", "Le Vendredi saint est férié."),
    ("en", "The ministers may decide later."),
    ("en", "The probe photographed Mars in detail."),
    ("en", "The song is in the Top 10."),
    ("en", "John Smith, 87, was injured."),
    ("en", "2000 soldiers were deployed."),
    ("en", "About 2000 soldiers were deployed."),
    ("en", "Thousands march in the capital."),
    ("en", "They plan to march to the square."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_TIMES)
def test_timex_false_hits_are_avoided(lang: str, text: str) -> None:
    assert [(t.text, t.value) for t in find(lang, text)] == []


def test_timex_age_before_a_verb_is_no_duration() -> None:
    assert find("fr", "Un homme de 37 ans a été arrêté.") == []


def test_timex_a_duration_in_years_is_kept() -> None:
    check("fr", "Au terme de trois ans de négociations, le traité est signé.", "trois ans", "DURATION", "P3Y")


@pytest.mark.parametrize(
    ("lang", "text", "core", "value"),
    [
        ("fr", "La grève a commencé en mai, mais elle a vite cessé.", "mai", "2024-05"),
        ("fr", "L'attaque a eu lieu en mars.", "mars", "2024-03"),
        ("en", "The attack happened in March.", "March", "2024-03"),
        ("en", "The vote may take place in May.", "May", "2024-05"),
    ],
)
def test_timex_month_names_with_context_are_months(lang: str, text: str, core: str, value: str) -> None:
    check(lang, text, core, "DATE", value)


# ---------------------------------------------------------------- parse_dct


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-08-14", DCT),
        ("2024-08-14T09:30:00Z", DCT),
        ("2024-08-14T23:30:00+02:00", DCT),
        ("2024-08-14 blah", DCT),
        ("", None),
        (None, None),
        ("mercredi", None),
    ],
)
def test_timex_parse_dct(published: str | None, expected: date | None) -> None:
    assert parse_dct(published) == expected


# ---------------------------------------------------------------- properties

_PIECES = [
    "le", "la", "6", "15", "31", "août", "mai", "mars", "2024", "mercredi", "mardi", "à", "dans", "nuit", "de",
    "plus", "d'une", "semaine", "il", "y", "a", "deux", "jours", "hier", "soir", "XXe", "siècle", "années", "60",
    "chaque", "quotidiennes", "printemps", "ans", "87", "the", "1990s", "May", "Mars", "last", "week", "ago", "two",
    "days", "on", "Wednesday", "night", "to", "every", "daily", "earlier", "this", "month", "tonight", "spring",
    "20th", "century", "more", "than", "6/8/2024", "2024-08-06", "1er", "premier", "fin", "début", "mi-", "h", "14h30",
    "10:30", "p.m.", ",", ".", "'", "’", "-", "/", "\u00a0", "\u202f",
]  # fmt: skip
_TEXTS = st.one_of(
    st.text(max_size=60),
    st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from([" ", "", "\n", "-"])), max_size=16).map(
        lambda parts: "".join(word + sep for word, sep in parts)
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    text=_TEXTS,
    lang=st.sampled_from(["fr", "en"]),
    dct=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31))),
    tense=st.one_of(st.none(), st.sampled_from(["past", "present", "future"])),
)
def test_timex_offsets_always_slice_the_text(text: str, lang: str, dct: date | None, tense: Tense | None) -> None:
    found = find(lang, text, dct, tense)
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert text[timex.start : timex.end] == timex.text
        assert timex.text == timex.text.strip()
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(a.end <= b.start for a, b in pairwise(found))

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veilleur.amounts import amount_grammar
from veilleur.bench import SAMPLES
from veilleur.patterns import (
    caseless,
    compile_word_start,
    find_caseless,
    first_characters,
    lowercase_twin,
    lowered,
    may_match,
    needed_strings,
)
from veilleur.record import Article
from veilleur.sources import read_paths
from veilleur.timex import grammar


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"(?:lundi|mardi)\b", "[lm]"),
        (r"(?:plus de\s+)?\d+", r"[\dp]"),
        (r"(?P<cur>\$)?\s?[0-9]+", r"[0-9\$\s]"),
        (r"(?=x)y", "[y]"),
        (r"(?:a|b?)c", "[abc]"),
    ],
)
def test_patterns_first_characters_of_a_body(body: str, expected: str) -> None:
    assert first_characters(body, re.IGNORECASE) == expected


@pytest.mark.parametrize("body", [r"a?", r"(?:a|)", r".x", r"\w+", r"[^a]b", r"(?i:a)b"])
def test_patterns_no_gate_when_the_first_character_is_not_known(body: str) -> None:
    assert first_characters(body) is None


BODIES = [
    r"(?:lundi|mardi|été)(?![\w]|-\w)",
    r"(?:(?P<mod>plus de|about)\s*)?(?P<n>\d+|deux|ſix)\s+(?:jours?|kelvins?)",
    r"(?P<cur>\$|€)?\s?(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:\s*(?:k|M))?",
    r"(?:[IVX]+e\s+siècle|the\s+\d0s)",
]


FRAGMENTS = ["lundi", "MARDI", "été", "ÉTÉ", "plus de", "about", "deux", "ſix", "jours", "\u212aelvin", "kelvins"]
FRAGMENTS += ["$", "€", "12", "1 000", "3,5", "k", "M", "XIe", "siècle", "the 90s", "x", "İ", "ı", "-", "'", ".", ","]
TEXTS = st.lists(st.sampled_from(FRAGMENTS) | st.sampled_from([" ", "  ", "\n"]), max_size=20).map("".join)


@given(TEXTS | st.text(alphabet="aAdeéÉijklmMnsStuvxX ſKk\u212a\u0130ı0123456789-.,$€'’", max_size=60))
def test_patterns_gate_changes_no_match(text: str) -> None:
    for body in BODIES:
        gated = compile_word_start(r"(?<![\w-])", body, re.IGNORECASE)
        plain = re.compile(rf"(?<![\w-]){body}", re.IGNORECASE)
        assert gated.pattern != plain.pattern
        assert [m.groupdict() | {"": m.span()} for m in gated.finditer(text)] == [
            m.groupdict() | {"": m.span()} for m in plain.finditer(text)
        ]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_patterns_grammars_are_gated(language: str) -> None:
    rules = [regex for _, regex, _ in grammar(language).rules]
    gated = [regex for regex in [*rules, *amount_grammar(language).patterns] if "(?=[" in regex.pattern]
    assert len(gated) >= len(rules) - 1  # only a rule that never matches ("(?!)") has no gate


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?:lundi|mardi)\b", (("lundi", "mardi"),)),
        (r"il\s+y\s+a\s+\d+\s+(?:jours?|ans?)", (("il ",), (" y ",), (" a ",))),
        (r"(?:\d+\s+)?(?:jours?|semaines?)", (("jour", "semaine"),)),
        (r"[IVX]+e\s+siècle|the\s+\d+(?:st|th)\s+century", ((" siècle", " century"),)),
        (r"(?<![\w-])(?=[ſs])ſix", (("six",),)),
        (r"(?:depuis|il\s+y\s+a)\s+\d+\s+(?:jours?|ans?)", (("il ", "depuis"), (" an", " jour"), ("0 ",))),
        (r"\d{4}-\d\d", (("0000-00",),)),
        (r"\d+\s?-\s?\d+", (("0-0", "0 -0", "0- 0", "0 - 0"), ("0",))),
        (r"\w+", None),
        (r"(?:a|\w)b?", None),
        (r"x?", None),
    ],
)
def test_patterns_needed_strings_of_a_pattern(pattern: str, expected: tuple[tuple[str, ...], ...] | None) -> None:
    assert needed_strings(re.compile(pattern, re.IGNORECASE)) == expected


def test_patterns_caseless_keeps_one_character_for_one() -> None:
    assert caseless("ÉTÉ İSTANBUL ſix ΣΟΦΟΣ") == "été istanbul six ςοφος"
    assert caseless("Le 12\u00a0MAI\n2024\u2009٣") == "le 00 mai 0000 0"


NEEDED_BODIES = [
    *BODIES,
    r"il\s+y\s+a\s+(?P<n>\d+)\s+jours?",
    r"(?:the|l['’])\s*(?:week-end|lendemain)",
    r"(?P<a>\d+)\s?[-–]\s?(?P<b>\d{2})(?:\s+ans?)+",
    r"(?:\d{1,2}[/.]){2}\d{4}",
]
NEEDED_FRAGMENTS = [*FRAGMENTS, "il y a", "IL Y A", "ıl y a", "the", "THE", "l'", "L’", "week-end", "lendemain"]
NEEDED_FRAGMENTS += ["12-14", "3 – 45", "٣-٤٥", "1/2/2024", "01.02.2024", "an", "ANS", "\u00a0", "\u2009", "\t"]
NEEDED_TEXTS = st.lists(st.sampled_from(NEEDED_FRAGMENTS) | st.sampled_from([" ", "  ", "\n"]), max_size=20).map(
    "".join
)


@given(NEEDED_TEXTS | st.text(alphabet="aAdeéÉijklmMnsStuvxXyY ſKk\u212a\u0130ı0123456789-.,$€'’", max_size=60))
def test_patterns_a_text_without_the_needed_strings_has_no_match(text: str) -> None:
    folded = caseless(text)
    for body in NEEDED_BODIES:
        for flags in (re.IGNORECASE, 0):
            regex = re.compile(rf"(?<![\w-]){body}", flags)
            if regex.search(text):
                assert may_match(needed_strings(regex), folded), (body, text)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_patterns_grammar_rules_skipped_on_a_text_have_no_match(language: str) -> None:
    rules = [regex for _, regex, _ in grammar(language).rules]
    texts = [item.text for item in read_paths([SAMPLES]) if isinstance(item, Article) and item.text]
    texts += ["Il y a trois jours, le IIIe siècle, the 1990s, 3 a.m. UTC, 2024-05-01, la veille au soir."]
    for text in texts:
        folded = caseless(text)
        for regex in [*rules, *amount_grammar(language).patterns]:
            if not may_match(needed_strings(regex), folded):
                assert regex.search(text) is None


def test_patterns_word_digit_and_space_classes_say_the_same_of_a_lowercase_letter() -> None:
    chars = [chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF]
    pairs = [(char, char.lower()) for char in chars if len(char.lower()) == 1 and lowered(char) is not None]
    text, low = "".join(c for c, _ in pairs), "".join(lower for _, lower in pairs)
    assert lowered(text) == low
    for category in (r"\w", r"\d", r"\s", r"[\w.,-]", r"\b"):
        assert [m.span() for m in re.finditer(category, text)] == [m.span() for m in re.finditer(category, low)]


def test_patterns_lowercase_twin_and_when_there_is_none() -> None:
    twin = lowercase_twin(re.compile(r"(?<![\w-])(?=[LM])(?:Lundi|MARDI)[^A]", re.IGNORECASE))
    assert twin is not None
    assert [m.span() for m in twin.finditer("le lundi, mardia")] == [(3, 9)]
    assert lowercase_twin(re.compile("lundi")) is None  # not IGNORECASE
    assert lowercase_twin(re.compile(r"(?-i:L)undi", re.IGNORECASE)) is None
    assert lowercase_twin(re.compile(r"(a)\1", re.IGNORECASE)) is None
    assert lowercase_twin(re.compile(r"[a-z]", re.IGNORECASE)) is None
    assert lowered("ſix") is None and lowered("ΣΟΦΟΣ") is None
    assert lowered("ÉTÉ İSTANBUL") == "été istanbul"


TWIN_TEXTS = NEEDED_TEXTS | st.text(alphabet="aAdeéÉijklmMnsStuvxXyY ſKk\u212a\u0130ı0123456789-.,$€'’", max_size=60)


@settings(deadline=None)
@given(st.lists(TWIN_TEXTS, min_size=1, max_size=3).map(" ".join))
def test_patterns_lowercase_twins_find_what_the_grammar_patterns_find(text: str) -> None:
    low = lowered(text)
    for language in ("fr", "en"):
        rules = [regex for _, regex, _ in grammar(language).rules]
        twins = [g.twin for g in [*grammar(language).gated, *amount_grammar(language).gated]]
        for regex, twin in zip([*rules, *amount_grammar(language).patterns], twins, strict=True):
            assert twin is not None
            expected = [(m.span(), m.groups()) for m in regex.finditer(text)]
            if low is not None:
                assert [m.span() for m in twin.finditer(low)] == [span for span, _ in expected]
            assert [(m.span(), m.groups()) for m in find_caseless(regex, twin, text, low)] == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_patterns_lowercase_twins_on_the_samples(language: str) -> None:
    texts = [item.text for item in read_paths([SAMPLES]) if isinstance(item, Article) and item.text]
    rules = [regex for _, regex, _ in grammar(language).rules]
    twins = [g.twin for g in [*grammar(language).gated, *amount_grammar(language).gated]]
    for text in [*texts, *(t.upper() for t in texts)]:
        low = lowered(text)
        assert low is not None
        for regex, twin in zip([*rules, *amount_grammar(language).patterns], twins, strict=True):
            assert [m.span() for m in twin.finditer(low)] == [m.span() for m in regex.finditer(text)]  # type: ignore[union-attr]
            found = find_caseless(regex, twin, text, low)
            assert [(m.span(), m.groups()) for m in found] == [(m.span(), m.groups()) for m in regex.finditer(text)]

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veilleur.amounts import amount_grammar
from veilleur.bench import SAMPLES
from veilleur.patterns import caseless, compile_word_start, first_characters, may_match, needed_strings
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
        (r"(?:lundi|mardi)\b", ("lundi", "mardi")),
        (r"il\s+y\s+a\s+\d+\s+(?:jours?|ans?)", ("il",)),
        (r"(?:\d+\s+)?(?:jours?|semaines?)", ("jour", "semaine")),
        (r"[IVX]+e\s+siècle|the\s+\d+(?:st|th)\s+century", ("siècle", "century")),
        (r"(?<![\w-])(?=[ſs])ſix", ("six",)),
        (r"\w+", None),
        (r"(?:a|\w)b?", None),
        (r"x?", None),
    ],
)
def test_patterns_needed_strings_of_a_pattern(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert needed_strings(re.compile(pattern, re.IGNORECASE)) == expected


def test_patterns_caseless_keeps_one_character_for_one() -> None:
    assert caseless("ÉTÉ İSTANBUL ſix ΣΟΦΟΣ") == "été istanbul six ςοφος"


NEEDED_BODIES = [*BODIES, r"il\s+y\s+a\s+(?P<n>\d+)\s+jours?", r"(?:the|l['’])\s*(?:week-end|lendemain)"]
NEEDED_FRAGMENTS = [*FRAGMENTS, "il y a", "IL Y A", "ıl y a", "the", "THE", "l'", "L’", "week-end", "lendemain"]
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

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veilleur.amounts import amount_grammar
from veilleur.patterns import compile_word_start, first_characters
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

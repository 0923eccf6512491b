"""The PLOVER -> ACLED table (`veilleur.plover`) against the language data and ACLED's vocabulary."""

from __future__ import annotations

import pytest

from veilleur.lang import LANGUAGES
from veilleur.plover import ACLED, PLOVER_TYPES, acled

#: ACLED's event types and their sub-event types (ACLED codebook).
ACLED_VOCABULARY: dict[str, frozenset[str]] = {
    "Battles": frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"}),
    "Explosions/Remote violence": frozenset(
        {
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        }
    ),
    "Violence against civilians": frozenset({"Sexual violence", "Attack", "Abduction/forced disappearance"}),
    "Protests": frozenset({"Peaceful protest", "Protest with intervention", "Excessive force against protesters"}),
    "Riots": frozenset({"Violent demonstration", "Mob violence"}),
    "Strategic developments": frozenset(
        {
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        }
    ),
}

#: What the coder adds beyond the word tables: a promise or threat of violence is THREATEN
#: with no mode (`Coder.drafts`); weapons seized are a seizure (`Coder._capture`).
CODER_PAIRS = {("THREATEN", ""), ("COERCE", "seizure")}


def _split(code: str) -> tuple[str, str]:
    kind, _, mode = code.partition("/")
    return kind, mode


def language_pairs() -> set[tuple[str, str]]:
    """Every (PLOVER type, mode) the language data can produce, weapons included."""
    pairs: set[tuple[str, str]] = set()
    for data in LANGUAGES.values():
        words = data.events
        pairs |= {_split(code) for code in (*words.verbs.values(), *words.nouns.values())}
        pairs |= {("ASSAULT", mode) for mode in words.means.values()}  # a weapon refines an assault
    return pairs


def test_plover_language_data_codes_events() -> None:
    pairs = language_pairs()
    assert {kind for kind, _ in pairs} >= {"ASSAULT", "COERCE", "CONSULT", "REQUEST", "PROTEST", "AGREE"}
    assert len(pairs) >= 20


@pytest.mark.parametrize(("kind", "mode"), sorted(language_pairs() | CODER_PAIRS))
def test_plover_every_pair_the_coder_makes_is_in_the_table(kind: str, mode: str) -> None:
    assert kind in PLOVER_TYPES
    assert (kind, mode) in ACLED, f"({kind!r}, {mode!r}) has no entry in plover.ACLED"


def test_plover_table_has_no_entry_the_coder_cannot_make() -> None:
    defaults = {(kind, "") for kind in PLOVER_TYPES}  # a type's fallback for modes not in the table
    assert set(ACLED) - defaults <= language_pairs() | CODER_PAIRS


def test_plover_table_types_are_plover_roots() -> None:
    assert {kind for kind, _ in ACLED} <= set(PLOVER_TYPES)
    assert len(set(PLOVER_TYPES)) == len(PLOVER_TYPES) == 16


@pytest.mark.parametrize(("key", "pair"), sorted(ACLED.items(), key=str))
def test_plover_acled_pairs_use_the_acled_vocabulary(key: tuple[str, str], pair: tuple[str, str] | None) -> None:
    if pair is None:
        return
    event_type, sub_event_type = pair
    assert event_type in ACLED_VOCABULARY, key
    assert sub_event_type in ACLED_VOCABULARY[event_type], key


@pytest.mark.parametrize(
    ("kind", "mode", "expected"),
    [
        ("ASSAULT", "shelling", ("Explosions/Remote violence", "Shelling/artillery/missile attack")),
        ("ASSAULT", "drone-strike", ("Explosions/Remote violence", "Air/drone strike")),
        ("ASSAULT", "interception", ("Strategic developments", "Disrupted weapons use")),
        ("COERCE", "detention", ("Strategic developments", "Arrests")),
        ("PROTEST", "protest", ("Protests", "Peaceful protest")),
        ("CONSULT", "meeting", None),
        ("COERCE", "expulsion", None),
        # an unknown mode falls back to the type's default...
        ("ASSAULT", "no-such-mode", ("Battles", "Armed clash")),
        ("ASSAULT", None, ("Battles", "Armed clash")),
        ("PROTEST", None, ("Protests", "Peaceful protest")),
        ("THREATEN", None, None),
        # ...and a type without a default is not coded by ACLED
        ("COERCE", "no-such-mode", None),
        ("CONSULT", None, None),
        ("REJECT", "", None),
    ],
)
def test_plover_acled_maps_and_falls_back(kind: str, mode: str | None, expected: tuple[str, str] | None) -> None:
    assert acled(kind, mode) == expected


def test_plover_acled_default_of_a_type_is_its_empty_mode() -> None:
    for kind in PLOVER_TYPES:
        assert acled(kind, "no-such-mode") == ACLED.get((kind, ""))

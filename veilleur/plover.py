"""PLOVER event types and modes, and how they map onto ACLED's event types.

The mapping is documented in docs/event-coding.md (generated from this table by
a test that checks the two agree). An event ACLED would not code maps to None.
"""

from __future__ import annotations

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

#: (PLOVER type, mode) -> (ACLED event_type, ACLED sub_event_type). Mode "" is the type's default.
ACLED: dict[tuple[str, str], tuple[str, str] | None] = {
    ("ASSAULT", "ground-advance"): ("Battles", "Armed clash"),
    ("ASSAULT", "armed-clash"): ("Battles", "Armed clash"),
    ("ASSAULT", "capture-territory"): ("Battles", "Government regains territory"),
    ("ASSAULT", "shelling"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "missile-strike"): ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("ASSAULT", "air-strike"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "drone-strike"): ("Explosions/Remote violence", "Air/drone strike"),
    ("ASSAULT", "IED"): ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("ASSAULT", "killing"): ("Violence against civilians", "Attack"),
    ("ASSAULT", "interception"): ("Strategic developments", "Disrupted weapons use"),
    ("COERCE", "defusal"): ("Strategic developments", "Disrupted weapons use"),
    ("COERCE", "seizure"): ("Strategic developments", "Disrupted weapons use"),
    ("ASSAULT", ""): ("Battles", "Armed clash"),
    ("COERCE", "abduction"): ("Violence against civilians", "Abduction/forced disappearance"),
    ("COERCE", "detention"): ("Strategic developments", "Arrests"),
    ("COERCE", "capture"): ("Strategic developments", "Arrests"),
    ("COERCE", "expulsion"): None,
    ("PROTEST", "protest"): ("Protests", "Peaceful protest"),
    ("PROTEST", ""): ("Protests", "Peaceful protest"),
    ("AGREE", "agreement"): ("Strategic developments", "Agreement"),
    ("RETREAT", "withdrawal"): ("Strategic developments", "Non-violent transfer of territory"),
    ("MOBILIZE", "mobilization"): ("Strategic developments", "Headquarters or base established"),
    ("CONSULT", "meeting"): None,
    ("CONSULT", "visit"): None,
    ("CONSULT", "call"): None,
    ("REQUEST", "appeal"): None,
    ("THREATEN", ""): None,
    ("SANCTION", "sanction"): None,
    ("AID", "military-aid"): None,
    ("AID", "aid"): None,
}


def acled(kind: str, mode: str | None) -> tuple[str, str] | None:
    """The ACLED (event_type, sub_event_type) of a PLOVER type and mode, or None."""
    return ACLED.get((kind, mode or ""), ACLED.get((kind, "")))


__all__ = ["ACLED", "PLOVER_TYPES", "acled"]

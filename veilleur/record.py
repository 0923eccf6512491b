"""The veilleur record, codebook v1 (docs/codebook.md).

One `Article` flows through every stage. Each part of the record is a small
dataclass with `to_dict()`; `Article.from_dict()` reads back what `to_dict()`
wrote, so the store and the exports round-trip a record unchanged.

Offsets are `str` indices into `Article.text`, end exclusive.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from typing import Any, ClassVar, Literal

SCHEMA = "veilleur/1"

EntityType = Literal["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC"]
ENTITY_TYPES: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "MISC")
#: The entity types that name places: the ones the gazetteer may place.
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})

#: The codebook's extracted lists, in pipeline order.
RECORD_LISTS: tuple[str, ...] = (
    "entities",
    "times",
    "quantities",
    "claims",
    "places",
    "events",
)


@dataclass(slots=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)
class TextSpan:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Removed:
    text: str
    reason: str


@dataclass(slots=True)
class StandsFor:
    kind: Literal["government", "military", "people"]
    country: str


@dataclass(slots=True)
class Entity:
    id: str
    type: str
    name: str
    key: str
    mentions: list[TextSpan] = field(default_factory=list)
    stands_for: StandsFor | None = None
    title: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Cue:
    text: str
    start: int
    end: int
    lemma: str


@dataclass(slots=True)
class Claim:
    id: str
    kind: str
    speaker: str | None
    speaker_text: str | None
    speaker_span: list[int] | None
    cue: Cue | None
    content: TextSpan
    parts: list[Span] = field(default_factory=list)
    channel: str | None = None
    stance: str = "assert"
    time: str | None = None
    about: list[str] = field(default_factory=list)
    confidence: float = 1.0


@dataclass(slots=True)
class Time:
    id: str
    text: str
    start: int
    end: int
    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Quantity:
    id: str
    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    qualifier: str = "exact"
    counts: str | None = None
    confidence: float = 1.0


@dataclass(slots=True)
class Place:
    id: str
    entity: str
    name: str
    geonames_id: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    feature: str | None
    precision: str
    role: str = "mentioned"
    confidence: float = 1.0


@dataclass(slots=True)
class EventActor:
    entity: str | None
    role: str
    side: str | None


@dataclass(slots=True)
class EventDate:
    start: str | None
    end: str | None
    precision: str


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    acled_type: str | None
    acled_subtype: str | None
    trigger: TextSpan
    actors: list[EventActor] = field(default_factory=list)
    place: str | None = None
    time: str | None = None
    date: EventDate | None = None
    fatalities: int | None = None
    quantities: list[str] = field(default_factory=list)
    modality: str = "actual"
    reported_by: str | None = None
    sentence: Span | None = None
    confidence: float = 1.0


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Build a dataclass from a dict, recursing into the nested record parts."""
    known = {f.name for f in fields(cls)}
    values = {k: v for k, v in data.items() if k in known}
    for name, part in _NESTED.get(cls, {}).items():
        value = values.get(name)
        if value is None:
            continue
        if isinstance(value, list):
            values[name] = [_build(part, item) for item in value]
        else:
            values[name] = _build(part, value)
    return cls(**values)


_NESTED: dict[type, dict[str, type]] = {
    Entity: {"mentions": TextSpan, "stands_for": StandsFor},
    Claim: {"cue": Cue, "content": TextSpan, "parts": Span},
    Event: {
        "trigger": TextSpan,
        "actors": EventActor,
        "date": EventDate,
        "sentence": Span,
    },
}


def normalised_body(text: str) -> str:
    """The text an article's id is computed from: NFC, whitespace folded."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, url: str | None) -> str:
    """Stable id: a hash of the normalised body text and the source URL."""
    digest = hashlib.sha256()
    digest.update(normalised_body(text).encode("utf-8"))
    digest.update(b"\x00")
    digest.update((url or "").encode("utf-8"))
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class Article:
    """One news article and everything veilleur extracted from it.

    `html`, `doc` and `source` are working fields: `html` is the raw page
    a reader found (the clean stage turns it into `text`), `doc` the spaCy
    parse (kept between stages, never serialised), `source` where the input
    came from (a path, `path:line` or a URL), used by the store to recognise
    an article it has seen before.
    """

    text: str = ""
    id: str | None = None
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    language: str = "und"
    removed: list[Removed] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str | None = None
    html: str | None = field(default=None, repr=False)
    doc: Any = field(default=None, repr=False, compare=False)

    WORKING_FIELDS: ClassVar[frozenset[str]] = frozenset({"html", "doc"})

    def to_dict(self) -> dict[str, Any]:
        """The codebook v1 record as plain JSON-ready data."""
        out: dict[str, Any] = {"schema": SCHEMA}
        for f in fields(self):
            if f.name in self.WORKING_FIELDS:
                continue
            value = getattr(self, f.name)
            if isinstance(value, list):
                out[f.name] = [asdict(item) if hasattr(item, "__dataclass_fields__") else item for item in value]
            else:
                out[f.name] = value
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read back a record written by `to_dict()`."""
        parts: dict[str, type] = {
            "removed": Removed,
            "entities": Entity,
            "claims": Claim,
            "times": Time,
            "quantities": Quantity,
            "places": Place,
            "events": Event,
        }
        values: dict[str, Any] = {}
        for f in fields(cls):
            if f.name in cls.WORKING_FIELDS or f.name not in data:
                continue
            value = data[f.name]
            if f.name in parts:
                value = [_build(parts[f.name], item) for item in value]
            elif f.name == "warnings":
                value = list(value)
            values[f.name] = value
        return cls(**values)

    def entity(self, entity_id: str) -> Entity:
        """The entity with this record-local id."""
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        raise KeyError(entity_id)

    def warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)


__all__ = [
    "ENTITY_TYPES",
    "PLACE_TYPES",
    "RECORD_LISTS",
    "SCHEMA",
    "Article",
    "Claim",
    "Cue",
    "Entity",
    "Event",
    "EventActor",
    "EventDate",
    "Place",
    "Quantity",
    "Removed",
    "Span",
    "StandsFor",
    "TextSpan",
    "Time",
    "article_id",
    "normalised_body",
]

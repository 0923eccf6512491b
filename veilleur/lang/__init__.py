"""Per-language data. Adding a language is adding a module here and a spaCy model.

Each module defines `DATA`, a `LanguageData`: the stages read it, they hold no
language knowledge of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

ActorKind = Literal["government", "military", "people"]


@dataclass(frozen=True, slots=True)
class LanguageData:
    code: str
    #: The spaCy pipeline (an installed package name) for this language.
    model: str
    #: spaCy entity label -> codebook type; labels not here are not entities.
    labels: dict[str, str]
    #: reason -> regexes matching a whole boilerplate line (case-insensitive).
    boilerplate: dict[str, tuple[str, ...]]
    #: Head words of titles and roles ("ministre", "president"), lowercased lemmas.
    titles: frozenset[str]
    #: Determiners and articles stripped from the edges of a title.
    determiners: frozenset[str]
    #: Demonym (lowercased, any inflection) -> ISO 3166-1 alpha-2.
    demonyms: dict[str, str]
    #: Collective nouns that make a demonym phrase an actor, with the actor's kind.
    actor_nouns: dict[str, ActorKind]
    #: Seats of power used for their government or army ("le Kremlin", "the Pentagon").
    seats_of_power: dict[str, tuple[ActorKind, str]]
    #: Words that make the name after them the source of a statement ("selon Kiev").
    attribution_phrases: tuple[str, ...] = ()


def _load() -> MappingProxyType[str, LanguageData]:
    from veilleur.lang import en, fr

    return MappingProxyType({data.code: data for data in (fr.DATA, en.DATA)})


#: The languages veilleur analyses, by ISO 639-1 code.
LANGUAGES = _load()

__all__ = ["LANGUAGES", "ActorKind", "LanguageData"]

"""The stages veilleur ships, in pipeline order. Registration is explicit, here only."""

from __future__ import annotations

from veilleur.pipeline import Stage
from veilleur.stages.claims import Claims
from veilleur.stages.clean import Clean
from veilleur.stages.entities import Entities
from veilleur.stages.events import Events
from veilleur.stages.language import DetectLanguage
from veilleur.stages.parse import Parse
from veilleur.stages.places import Places
from veilleur.stages.quantities import Quantities
from veilleur.stages.times import Times


def default_stages(*, skip: frozenset[str] = frozenset()) -> list[Stage]:
    stages: list[Stage] = [
        Clean(),
        DetectLanguage(),
        Parse(),
        Entities(),
        Times(),
        Quantities(),
        Claims(),
        Places(),
        Events(),
    ]
    return [stage for stage in stages if stage.name not in skip]


__all__ = ["default_stages"]

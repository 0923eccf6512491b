"""The entity mentions of an article, indexed by position (for the stages that read roles)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from veilleur.record import Entity

#: Mentions starting this many places before a character are looked at for one covering it.
NESTING = 4


class MentionIndex:
    """(start, end, entity) for every mention, sorted by start (the outer of two nested mentions first), with
    lookups by character."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        mentions = ((m.start, m.end, e) for e in entities for m in e.mentions)
        self.items = sorted(mentions, key=lambda item: (item[0], -item[1]))
        self.starts = [start for start, _, _ in self.items]

    def __iter__(self) -> Iterator[tuple[int, int, Entity]]:
        return iter(self.items)

    def at(self, char: int) -> Entity | None:
        """The entity with a mention over `char` (the outermost, where mentions nest)."""
        index = bisect.bisect_right(self.starts, char)
        found = None
        for start, end, entity in reversed(self.items[max(0, index - NESTING) : index]):
            if start <= char < end:
                found = entity
        return found

    def between(self, start: int, end: int) -> list[tuple[int, int, Entity]]:
        """Mentions starting in [start, end)."""
        return self.items[bisect.bisect_left(self.starts, start) : bisect.bisect_left(self.starts, end)]


__all__ = ["MentionIndex"]

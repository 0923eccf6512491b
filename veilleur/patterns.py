"""Regexes that start where a word starts, compiled so a search skips other places fast.

The time and amount grammars scan every text with some thirty case-insensitive patterns,
each opening with a look-behind (`(?<![\\w-])`) and an alternation of words. Python's
regex engine tries each pattern at every character; at a word's start it enters every
branch of the alternation, even when no branch can begin with that word's first letter.
`compile_word_start(lead, body)` adds, after the look-behind `lead`, a look-ahead for the
characters `body` can begin with, read from the parsed body: a place no branch can start
at fails at once. The matches are the same, the look-ahead only says what the body says.

>>> import re
>>> compile_word_start(r"(?<!\\w)", r"(?:lundi|mardi)\\b", re.IGNORECASE).pattern
'(?<!\\\\w)(?=[lm])(?:lundi|mardi)\\\\b'
>>> first_characters(r"(?:plus de\\s+)?\\d+", re.IGNORECASE)
'[\\\\dp]'
"""

from __future__ import annotations

import re

# The parser `re` compiles with, and its opcodes (`sre_parse` before Python 3.11; no stubs).
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: Character ranges wider than this give no useful gate.
MAX_RANGE = 256


class _Unknown(Exception):
    """The body can begin with characters this module does not enumerate (`.`, `\\w`, `[^…]`)."""


def first_characters(body: str, flags: int = 0) -> str | None:
    """A character class of every character a match of `body` can begin with, or None.

    None when the body may match the empty string or may begin with a character of a
    class not listed here (any character, a word character, a negated set): no gate then.
    """
    try:
        chars, nullable = _first(list(_parser.parse(body, flags)), flags)
    except _Unknown:
        return None
    if nullable or not chars:
        return None
    return "[" + "".join(sorted(chars)) + "]"


def compile_word_start(lead: str, body: str, flags: int = 0) -> re.Pattern[str]:
    """`lead + body` compiled, with a look-ahead for the first characters of `body` after `lead`.

    `lead` is zero-width (a look-behind): the characters a match begins with are those of `body`.
    """
    gate = first_characters(body, flags)
    return re.compile(f"{lead}(?={gate}){body}" if gate else f"{lead}{body}", flags)


def _first(items: list[tuple[Any, Any]], flags: int) -> tuple[set[str], bool]:
    """(class items the sequence can begin with, whether it can match the empty string)."""
    chars: set[str] = set()
    for op, av in items:
        found, nullable = _first_of(op, av, flags)
        chars |= found
        if not nullable:
            return chars, False
    return chars, True


def _first_of(op: Any, av: Any, flags: int) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        return _charset(av), False
    if op is sre.CATEGORY:
        return _charset([(op, av)]), False
    if op is sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE and not flags & re.IGNORECASE:
            raise _Unknown  # a case-insensitive part would need a case-insensitive gate
        return _first(list(sub), flags)
    if op is sre.ATOMIC_GROUP:
        return _first(list(av), flags)
    if op is sre.BRANCH:
        chars: set[str] = set()
        any_nullable = False
        for branch in av[1]:
            found, nullable = _first(list(branch), flags)
            chars |= found
            any_nullable = any_nullable or nullable
        return chars, any_nullable
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, sub = av
        found, nullable = _first(list(sub), flags)
        return found, nullable or low == 0
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return set(), True  # zero-width: what follows says which character comes first
    raise _Unknown


def _charset(items: list[tuple[Any, Any]]) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(re.escape(chr(av)))
        elif op is sre.RANGE and av[1] - av[0] <= MAX_RANGE:
            chars.add(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add(r"\d")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(r"\s")
        else:
            raise _Unknown
    return chars


__all__ = ["compile_word_start", "first_characters"]

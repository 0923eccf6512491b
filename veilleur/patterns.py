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

Most patterns find nothing in most texts: a month name, a weekday, "il y a" must be there.
`needed_strings(pattern)` reads from the parsed pattern sets of strings, every match holding
one string of each, compared caselessly (any space as " ", any digit as "0");
`may_match(needed, caseless(text))` is a few substring tests, and a pattern whose strings are
missing is not run at all. The matches are the same.

>>> needed_strings(re.compile(r"(?<!\\w)(?:il\\s+y\\s+a|depuis)\\s+\\d+\\s+(?:jours?|ans?)", re.IGNORECASE))
(('il ', 'depuis'), (' an', ' jour'), ('0 ',))
>>> may_match((('il ', 'depuis'), (' an', ' jour'), ('0 ',)), caseless("IL Y A 3 JOURS"))
True

Case-insensitive matching is slow in `re`: an alternation's branches are entered one by one,
where without IGNORECASE the engine skips those whose first letter is not the text's.
`lowercase_twin(pattern)` is the pattern lowercased and compiled case-sensitive; on
`lowered(text)` it finds the places the pattern finds on the text, where `find_caseless`
matches the pattern again, for matches with the text's own case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# The parser and compiler of `re`, and its opcodes (`sre_parse` before Python 3.11; no stubs).
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re._casefix import _EXTRA_CASES
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


# -- strings every match contains -------------------------------------------------------------

#: Sets of strings are multiplied out (a sequence of alternations) up to this many strings.
MAX_STRINGS = 64
#: Character classes of more characters than this are not written out as strings.
MAX_CLASS = 16
#: A repeat `x{n}` of a known string is written out up to this many times.
MAX_TIMES = 4
#: Sets of needed strings kept for a pattern (each costs substring tests on every text).
MAX_NEEDED = 3

#: Characters `re` takes for one another without IGNORECASE telling it by lowercasing ("ſ" for
#: "s", "ı" for "i", "ς" for "σ"): each lowercase one -> the smallest of its kind.
_SAME_CASE: dict[int, int] = {
    code: min((code, *others)) for code, others in _EXTRA_CASES.items() if min((code, *others)) != code
}
_SAME_CASE_CHARS = re.compile("[" + "".join(re.escape(chr(code)) for code in _SAME_CASE) + "]")
#: The one character whose lowercase is two ("İ" -> "i̇"); `re` lowercases it to "i".
_DOTTED_I = "\u0130"
#: `\s` and `\d` are the same to `needed_strings`: every space is " ", every digit "0".
_OTHER_SPACE = re.compile(r"[^\S ]")
_DIGIT = re.compile(r"\d")

#: What needed_strings reads a pattern as: (the strings it matches, if few and known;
#: else sets of strings, from each of which every match contains one).
_Info = tuple["set[str] | None", "list[frozenset[str]]"]
#: Sets of strings: a text holds one string of each, or no match can be found in it.
Needed = tuple[tuple[str, ...], ...]


def caseless(text: str, low: str | None = None) -> str:
    """`text` as `needed_strings` compares it, one character for one: lowercase, "ſ" as "s", any
    space as " ", any digit as "0". `low` is `lowered(text)`, if the caller has it."""
    if low is None:
        if _DOTTED_I in text:
            text = text.replace(_DOTTED_I, "i")
        low = text.lower()
        if not low.isascii() and _SAME_CASE_CHARS.search(low):
            low = low.translate(_SAME_CASE)
    return _DIGIT.sub("0", _OTHER_SPACE.sub(" ", low))


@lru_cache(maxsize=2)
def text_forms(text: str) -> tuple[str | None, str]:
    """(`lowered(text)`, `caseless(text)`), kept for the last two texts: the times and the quantities
    stages read the same article one after the other."""
    low = lowered(text)
    return low, caseless(text, low)


def needed_strings(pattern: re.Pattern[str]) -> Needed | None:
    """Sets of caseless strings (see `caseless`); every match of `pattern` contains one string of each.

    Read from the parsed pattern: literals, spaces, digits, small character classes,
    alternations, groups and repeats of at least one; zero-width assertions are skipped,
    anything else (`\\w`, `.`, a class of many characters) breaks a string. With or without
    IGNORECASE: a character that matches a literal has the same caseless form as it. None when
    nothing is known (some match may contain none of them).
    """
    try:
        items = list(_parser.parse(pattern.pattern, pattern.flags))
    except re.error:  # pragma: no cover - the pattern compiled, so it parses
        return None
    exact, sets = _sequence(items)
    if exact is not None:
        sets = _sets_of(exact)
    kept: list[tuple[str, ...]] = []
    for strings in sorted({_shortest(s) for s in sets}, key=lambda s: (_strength(s), s), reverse=True):
        if not any(set(other) <= set(strings) for other in kept):  # one of `other` found: one of these too
            kept.append(strings)
    return tuple(kept[:MAX_NEEDED]) or None


def may_match(needed: Needed | None, folded: str) -> bool:
    """Whether a pattern whose `needed_strings` are `needed` can match the text `folded` is made from."""
    return needed is None or all(any(string in folded for string in strings) for strings in needed)


def _shortest(strings: frozenset[str]) -> tuple[str, ...]:
    """The strings without those containing another ("jour" found means "jours" need not be looked for)."""
    kept: list[str] = []
    for string in sorted(strings, key=lambda s: (len(s), s)):
        if not any(other in string for other in kept):
            kept.append(string)
    return tuple(kept)


def _strength(strings: tuple[str, ...] | frozenset[str]) -> tuple[int, int]:
    """How much a set of needed strings says: longer strings, then fewer."""
    return min(map(len, strings)), -len(strings)


def _sets_of(exact: set[str]) -> list[frozenset[str]]:
    return [] if "" in exact else [frozenset(exact)]


def _caseless_char(code: int) -> str:
    char = chr(code)
    if char.isspace():
        return " "
    if char.isdecimal():
        return "0"
    lower = "i" if char == _DOTTED_I else char.lower()
    if len(lower) != 1:  # pragma: no cover - only "İ" lowercases to two characters
        lower = char
    return chr(_SAME_CASE.get(ord(lower), ord(lower)))


def _product(left: set[str], right: set[str]) -> set[str]:
    return {a + b for a in left for b in right}


def _sequence(items: list[tuple[Any, Any]]) -> _Info:
    run: set[str] = {""}  # the strings the items since the last break match
    sets: list[frozenset[str]] = []
    broken = False
    for op, av in items:
        exact, item_sets = _info(op, av)
        if exact is None and op in _REPEATS and av[0] >= 1:
            once, _ = _sequence(list(av[2]))
            if once is not None and "" not in once:
                # one or more of known strings: the run goes on with the first, a new run starts with the last
                broken = True
                if len(run) * len(once) <= MAX_STRINGS:
                    sets += _sets_of(_product(run, once))
                else:
                    sets += _sets_of(run) + _sets_of(once)
                run = set(once)
                continue
        if exact is not None and len(run) * len(exact) <= MAX_STRINGS:
            run = _product(run, exact)
            continue
        broken = True
        sets += _sets_of(run)
        if exact is not None:
            run = set(exact)
        else:
            sets += item_sets
            run = {""}
    if not broken:
        return run, []
    return None, sets + _sets_of(run)


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _class_strings(items: list[tuple[Any, Any]]) -> set[str] | None:
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(_caseless_char(av))
        elif op is sre.RANGE and av[1] - av[0] < MAX_CLASS:
            chars.update(_caseless_char(code) for code in range(av[0], av[1] + 1))
        elif op is sre.CATEGORY and av is sre.CATEGORY_DIGIT:
            chars.add("0")
        elif op is sre.CATEGORY and av is sre.CATEGORY_SPACE:
            chars.add(" ")
        else:
            return None
    return chars if len(chars) <= MAX_CLASS else None


def _info(op: Any, av: Any) -> _Info:
    if op is sre.LITERAL:
        return {_caseless_char(av)}, []
    if op is sre.IN:
        return _class_strings(av), []
    if op is sre.CATEGORY:
        return _class_strings([(op, av)]), []
    if op is sre.SUBPATTERN:
        return _sequence(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is sre.BRANCH:
        infos = [_sequence(list(branch)) for branch in av[1]]
        exacts = [exact for exact, _ in infos if exact is not None]
        if len(exacts) == len(infos):
            union = set().union(*exacts)
            if len(union) <= MAX_STRINGS:
                return union, []
        # each branch's strongest set: a match contains one string of one of them
        strongest = []
        for exact, sets in infos:
            sets = _sets_of(exact) if exact is not None else sets
            if not sets:
                return None, []
            strongest.append(max(sets, key=_strength))
        return None, [frozenset().union(*strongest)]
    if op in _REPEATS:
        low, high, sub = av
        exact, sets = _sequence(list(sub))
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, []
            return None, []
        if exact is not None and low == high <= MAX_TIMES and len(exact) ** low <= MAX_STRINGS:
            times = {""}
            for _ in range(low):
                times = _product(times, exact)
            return times, []
        return None, sets if exact is None else _sets_of(exact)
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return {""}, []  # zero-width
    return None, []


# -- case-insensitive patterns run case-sensitively on the lowercased text ------------------------

#: Characters `re` IGNORECASE matches beyond their lowercase (see `_SAME_CASE`), but for "i" and "s":
#: a lowercased text without them is matched by a lowercased pattern as the text by the pattern.
_BEYOND_LOWERCASE = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for code in sorted({*_EXTRA_CASES, *(c for others in _EXTRA_CASES.values() for c in others)})
        if chr(code) not in "is"
    )
    + "]"
)


class _NoTwin(Exception):
    """The pattern holds what `lowercase_twin` does not rewrite."""


def lowered(text: str) -> str | None:
    """`text` lowercased one character for one, as IGNORECASE compares it, or None when the text holds
    a character IGNORECASE takes for another beyond lowercasing ("ſ", "ı", Greek "ς"): the
    `lowercase_twin` of a pattern then does not stand for it."""
    if _DOTTED_I in text:
        text = text.replace(_DOTTED_I, "i")
    low = text.lower()
    if not low.isascii() and _BEYOND_LOWERCASE.search(low):
        return None
    return low


def lowercase_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The IGNORECASE `pattern` with its letters lowercased, compiled case-sensitive, or None.

    On `lowered(text)` the twin matches where `pattern` matches on `text`, with the same spans:
    `\\w`, `\\d`, `\\s` say the same of a character and of its lowercase, and the text has no
    character IGNORECASE matches otherwise than by its lowercase. The twin runs faster: the
    engine skips the branches of an alternation whose first letter is not the text's.
    None for a pattern that is not IGNORECASE or holds what is not rewritten here (local flags,
    back-references, "ı", "ſ", "İ").
    """
    if not pattern.flags & re.IGNORECASE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    try:
        _lower_sequence(parsed)
    except _NoTwin:
        return None
    parsed.state.flags &= ~re.IGNORECASE
    twin: re.Pattern[str] = _compiler.compile(parsed, 0)
    return twin


def find_caseless(
    pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, low: str | None
) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, found by the twin on `low = lowered(text)` when both are there.

    Each place the twin finds is matched again by `pattern` on `text`, so the matches are
    `pattern`'s own (with the text's case in their groups).
    """
    if twin is None or low is None:
        return list(pattern.finditer(text))
    matches = []
    for found in twin.finditer(low):
        match = pattern.match(text, found.start())
        if match is None or match.end() != found.end():  # pragma: no cover - the twin stands for the pattern
            return list(pattern.finditer(text))
        matches.append(match)
    return matches


@dataclass(frozen=True, slots=True)
class Gated:
    """A pattern with what makes searching it fast: its `needed_strings` and its `lowercase_twin`."""

    pattern: re.Pattern[str]
    needed: Needed | None
    twin: re.Pattern[str] | None

    @classmethod
    def of(cls, pattern: re.Pattern[str]) -> Gated:
        return cls(pattern, needed_strings(pattern), lowercase_twin(pattern))

    def findall(self, text: str) -> list[re.Match[str]]:
        """`list(pattern.finditer(text))`; none, without searching, in a text lacking the needed strings."""
        low, folded = text_forms(text)
        if not may_match(self.needed, folded):
            return []
        return find_caseless(self.pattern, self.twin, text, low)


def _lowercase(code: int) -> int:
    char = chr(code)
    lower = char.lower()
    if len(lower) != 1 or lower in ("ı", "ſ"):
        raise _NoTwin
    return ord(lower)


def _lower_sequence(items: Any) -> None:
    for index, (op, av) in enumerate(items):
        items[index] = (op, _lower_item(op, av))


def _lower_item(op: Any, av: Any) -> Any:
    if op in (sre.LITERAL, sre.NOT_LITERAL):
        return _lowercase(av)
    if op is sre.IN:
        return [_lower_class_item(item_op, item_av) for item_op, item_av in av]
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _NoTwin
        _lower_sequence(sub)
        return av
    if op is sre.BRANCH:
        for branch in av[1]:
            _lower_sequence(branch)
        return av
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT, sre.ASSERT, sre.ASSERT_NOT):
        _lower_sequence(av[-1])
        return av
    if op is sre.ATOMIC_GROUP:
        _lower_sequence(av)
        return av
    if op in (sre.AT, sre.ANY, sre.CATEGORY):
        return av
    raise _NoTwin  # back-references, conditionals


def _lower_class_item(op: Any, av: Any) -> tuple[Any, Any]:
    if op is sre.LITERAL:
        return op, _lowercase(av)
    if op is sre.RANGE:
        low, high = av
        if high - low < MAX_RANGE and all(chr(c).lower() == chr(c) == chr(c).upper() for c in range(low, high + 1)):
            return op, av  # digits, punctuation: no case
        raise _NoTwin  # a range of letters would be written out; the grammars have none
    if op in (sre.NEGATE, sre.CATEGORY):
        return op, av
    raise _NoTwin


__all__ = [
    "Gated",
    "caseless",
    "compile_word_start",
    "find_caseless",
    "first_characters",
    "lowercase_twin",
    "lowered",
    "may_match",
    "needed_strings",
    "text_forms",
]

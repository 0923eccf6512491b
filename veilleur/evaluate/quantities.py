"""Quantities against ACLED's fatality counts: does the death toll a note states match `fatalities`?

ACLED event rows (`ACLED-Ukraine.csv`, read from a path given at run time and never
copied) carry a researcher's `notes` summary and a gold `fatalities` count. Each
note goes through the English quantities extraction (`Parse`, `Times`,
`Quantities`, `published` = the event date) and its stated death toll is derived
from the quantities; the toll is compared with the row's `fatalities`.

How a note's toll is read (`note_toll`):

- the sum of the `value`s of quantities whose `counts` is `killed`. Ranges ("two
  to three killed") and vague amounts ("dozens killed") have no single value and
  are skipped: a range states no toll (ACLED's own convention would code its low
  end; that is a one-line change if wanted). Bounds keep their value ("at least 3
  killed" → 3);
- otherwise 0 when the note says nobody died ("no casualties", "no fatalities",
  "nobody was killed");
- otherwise no stated count: the note says the toll is unknown ("casualties
  unknown") or says nothing about deaths. These rows are left out of the "stated"
  accuracy and counted; the all-rows accuracy reads them as 0, as ACLED does.

ACLED's bracketed remarks ("[4 fatalities split across 22 events]", "[size=…]",
"[coded to …]") are coder's notes about the coding, not what the sources reported:
they are removed before extraction. A row whose remark splits a toll across several
events ("split across/among/over") has a per-event `fatalities` that no note states;
such rows are left out of both accuracies and counted.

>>> scores = run_fatalities_eval(Path("../shared/eval/acled_ukraine/ACLED-Ukraine.csv"))  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from veilleur.errors import InputError
from veilleur.record import Article, Quantity

#: The columns `load_acled_notes` reads.
ACLED_COLUMNS: tuple[str, ...] = ("event_id_cnty", "event_date", "notes", "fatalities")

#: Characters of a note shown by `format_fatality_errors`.
NOTE_CHARS = 150

#: ACLED's bracketed coder remarks.
_REMARK = re.compile(r"\s*\[[^\[\]]*\]")
#: A remark that spreads one toll over several event rows.
_SPLIT = re.compile(r"\bsplit\s+(?:across|among|over|between)\b", re.IGNORECASE)
#: A note saying nobody died.
_NONE_KILLED = re.compile(
    r"\b(?:no|without|zero)\s+(?:reported\s+)?(?:casualties|fatalities|deaths|dead|killed)\b"
    r"|\b(?:no\s+one|nobody|none)\s+(?:was|were)\s+(?:killed|hurt|injured)\b"
    r"|\b(?:casualties|fatalities)\s*:\s*(?:none|0)\b",
    re.IGNORECASE,
)
#: A note saying the toll is not known.
_UNKNOWN = re.compile(
    r"\b(?:casualties|fatalities|deaths|losses)\s+(?:are\s+|were\s+|remain\s+)?(?:unknown|unclear|not\s+known)\b"
    r"|\bunknown\s+(?:number\s+of\s+)?(?:casualties|fatalities|deaths)\b",
    re.IGNORECASE,
)

Reading = Literal["count", "zero", "unknown", "silent", "split"]
Run = Callable[[Article], Article]


@dataclass(frozen=True)
class AcledNote:
    """One ACLED event row: its id, date (ISO), notes and gold fatalities."""

    id: str
    date: str | None
    notes: str
    fatalities: int


@dataclass(frozen=True)
class NoteToll:
    """The death toll a note states: `killed` is None when it states none.

    `reading` says how it was read: `count` (killed quantities), `zero` (the note
    says nobody died), `unknown` (the note says the toll is unknown), `silent`
    (nothing said about deaths), `split` (a remark spreads the toll over events).
    """

    killed: int | None
    reading: Reading


@dataclass(frozen=True)
class JudgedNote:
    note: AcledNote
    toll: NoteToll

    @property
    def stated(self) -> bool:
        return self.toll.killed is not None

    @property
    def extracted(self) -> int:
        """The toll, 0 when the note states none (ACLED's reading of silence)."""
        return self.toll.killed or 0


@dataclass
class FatalityScores:
    """Figures of the fatalities check. Accuracies are fractions in [0, 1]."""

    rows: int = 0
    split: int = 0
    stated: int = 0
    zero: int = 0
    said_unknown: int = 0
    silent: int = 0
    stated_correct: int = 0
    stated_over: int = 0
    stated_under: int = 0
    all_correct: int = 0
    all_over: int = 0
    all_under: int = 0
    #: Over the scored rows (all but split): (gold > 0, extracted > 0) -> rows.
    confusion: dict[tuple[bool, bool], int] = field(default_factory=dict)
    judged: list[JudgedNote] = field(default_factory=list, repr=False)

    @property
    def scored(self) -> int:
        """Rows in the all-rows accuracy: every row but the split ones."""
        return self.rows - self.split

    @property
    def stated_accuracy(self) -> float:
        return self.stated_correct / self.stated if self.stated else 0.0

    @property
    def all_accuracy(self) -> float:
        return self.all_correct / self.scored if self.scored else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "split": self.split,
            "stated": self.stated,
            "zero": self.zero,
            "said_unknown": self.said_unknown,
            "silent": self.silent,
            "stated_accuracy": self.stated_accuracy,
            "stated_over": self.stated_over,
            "stated_under": self.stated_under,
            "scored": self.scored,
            "all_accuracy": self.all_accuracy,
            "all_over": self.all_over,
            "all_under": self.all_under,
            "confusion": {
                f"gold{'>0' if g else '=0'}/extracted{'>0' if e else '=0'}": n
                for (g, e), n in sorted(self.confusion.items())
            },
        }


# ---------------------------------------------------------------- reading the file


def _iso_date(text: str) -> str | None:
    """ACLED's `dd/mm/yyyy[ hh:mm:ss]` (or an ISO date) as `yyyy-mm-dd`; None if unreadable."""
    text = text.strip()
    for layout in ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, layout).date().isoformat()
        except ValueError:
            continue
    return None


def load_acled_notes(path: Path) -> list[AcledNote]:
    """The rows of an ACLED CSV export that has `event_date`, `notes` and `fatalities`.

    `path` is the CSV file or a folder holding one. Raises `InputError` when the
    file lacks a column or a row's `fatalities` is not a whole number.
    """
    if path.is_dir():
        files = sorted(path.glob("*.csv"))
        if len(files) != 1:
            raise InputError(str(path), f"expected one ACLED CSV file in the folder, found {len(files)}")
        path = files[0]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [column for column in ACLED_COLUMNS[1:] if column not in (reader.fieldnames or [])]
        if missing:
            raise InputError(str(path), f"not an ACLED export: no column {', '.join(missing)}")
        notes = []
        for line, row in enumerate(reader, 2):
            try:
                fatalities = int(row["fatalities"].strip())
            except ValueError:
                raise InputError(f"{path}:{line}", f"fatalities {row['fatalities']!r} is not a whole number") from None
            notes.append(
                AcledNote(
                    id=row.get("event_id_cnty") or row.get("id") or f"line {line}",
                    date=_iso_date(row["event_date"] or ""),
                    notes=row["notes"] or "",
                    fatalities=fatalities,
                )
            )
    return notes


# ---------------------------------------------------------------- reading a note's toll


def without_remarks(notes: str) -> str:
    """The note without ACLED's bracketed coder remarks."""
    return _REMARK.sub("", notes).strip()


def is_split(notes: str) -> bool:
    """Does a bracketed remark spread the note's toll over several events?"""
    return any(_SPLIT.search(remark) for remark in _REMARK.findall(notes))


def note_toll(text: str, quantities: Sequence[Quantity]) -> NoteToll:
    """The death toll `text` states, from its extracted `quantities` (see the module doc)."""
    killed = [q.value for q in quantities if q.counts == "killed" and q.qualifier != "range" and q.value is not None]
    if killed:
        return NoteToll(round(sum(killed)), "count")
    if _NONE_KILLED.search(text):
        return NoteToll(0, "zero")
    if _UNKNOWN.search(text):
        return NoteToll(None, "unknown")
    return NoteToll(None, "silent")


def judge(notes: Iterable[AcledNote], run: Run) -> list[JudgedNote]:
    """Each note's toll as `run` (a pipeline with the quantities stage) reads it."""
    judged = []
    for note in notes:
        if is_split(note.notes):
            judged.append(JudgedNote(note, NoteToll(None, "split")))
            continue
        text = without_remarks(note.notes)
        article = run(Article(text=text, language="en", published=note.date, source=note.id))
        judged.append(JudgedNote(note, note_toll(article.text, article.quantities)))
    return judged


def score_fatalities(judged: Iterable[JudgedNote]) -> FatalityScores:
    scores = FatalityScores()
    for item in judged:
        scores.rows += 1
        scores.judged.append(item)
        if item.toll.reading == "split":
            scores.split += 1
            continue
        gold, extracted = item.note.fatalities, item.extracted
        if item.stated:
            scores.stated += 1
            scores.zero += item.toll.reading == "zero"
            scores.stated_correct += extracted == gold
            scores.stated_over += extracted > gold
            scores.stated_under += extracted < gold
        elif item.toll.reading == "unknown":
            scores.said_unknown += 1
        else:
            scores.silent += 1
        scores.all_correct += extracted == gold
        scores.all_over += extracted > gold
        scores.all_under += extracted < gold
        cell = (gold > 0, extracted > 0)
        scores.confusion[cell] = scores.confusion.get(cell, 0) + 1
    return scores


# ---------------------------------------------------------------- report


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}" if whole else "-"


def format_fatality_scores(scores: FatalityScores) -> str:
    """The figures as markdown tables."""
    lines = [
        f"{scores.rows} rows; {scores.split} split across events (left out), "
        f"{scores.stated} state a death toll ({scores.zero} of them that nobody died), "
        f"{scores.said_unknown} say it is unknown, {scores.silent} say nothing of deaths.",
        "",
        "| rows | n | extracted == gold | % | over | under |",
        "|---|---:|---:|---:|---:|---:|",
        f"| note states a toll | {scores.stated} | {scores.stated_correct} | "
        f"{_pct(scores.stated_correct, scores.stated)} | {scores.stated_over} | {scores.stated_under} |",
        f"| all but split (no toll = 0) | {scores.scored} | {scores.all_correct} | "
        f"{_pct(scores.all_correct, scores.scored)} | {scores.all_over} | {scores.all_under} |",
        "",
        "| all but split | extracted = 0 | extracted > 0 |",
        "|---|---:|---:|",
    ]
    for gold in (False, True):
        cells = [scores.confusion.get((gold, extracted), 0) for extracted in (False, True)]
        lines.append(f"| gold {'> 0' if gold else '= 0'} | {cells[0]} | {cells[1]} |")
    return "\n".join(lines)


def format_fatality_errors(scores: FatalityScores, limit: int) -> str:
    """Up to `limit` disagreements: id, gold, extracted, how the note was read, its start."""
    lines: list[str] = []
    for item in scores.judged:
        if len(lines) >= limit:
            break
        if item.toll.reading == "split" or item.extracted == item.note.fatalities:
            continue
        start = " ".join(item.note.notes.split())[:NOTE_CHARS]
        lines.append(
            f"{item.note.id}  gold={item.note.fatalities}  extracted={item.extracted} ({item.toll.reading})  {start}"
        )
    return "\n".join(lines)


def run_fatalities_eval(path: Path, *, errors: int = 0, run: Run | None = None) -> FatalityScores:
    """`veilleur eval fatalities --data PATH`: read each ACLED note's death toll, compare, print the report.

    `run` is the pipeline that fills `quantities` (default: `Parse`, `Times`,
    `Quantities`). `errors` > 0 also prints that many disagreements with the start
    of their note (to the terminal only). Returns the scores.
    """
    if run is None:
        from veilleur.pipeline import Pipeline
        from veilleur.stages.parse import Parse
        from veilleur.stages.quantities import Quantities
        from veilleur.stages.times import Times

        run = Pipeline([Parse(), Times(), Quantities()])
    scores = score_fatalities(judge(load_acled_notes(path), run))
    print(f"## Fatalities stated in ACLED notes: {path}\n")
    print(format_fatality_scores(scores))
    if errors > 0:
        print("\n" + format_fatality_errors(scores, errors))
    return scores


__all__ = [
    "ACLED_COLUMNS",
    "NOTE_CHARS",
    "AcledNote",
    "FatalityScores",
    "JudgedNote",
    "NoteToll",
    "format_fatality_errors",
    "format_fatality_scores",
    "is_split",
    "judge",
    "load_acled_notes",
    "note_toll",
    "run_fatalities_eval",
    "score_fatalities",
    "without_remarks",
]

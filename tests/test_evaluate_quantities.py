"""Tests for veilleur.evaluate.quantities: the death toll stated in ACLED-style notes.

The CSV files are written here, with invented notes in ACLED's layout; the real
ACLED file is never needed. Most tests run `Times` and `Quantities` without a
parse (no model); the one marked `slow` uses the default `Parse` pipeline.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from veilleur.errors import InputError
from veilleur.evaluate.quantities import (
    AcledNote,
    FatalityScores,
    JudgedNote,
    NoteToll,
    format_fatality_errors,
    format_fatality_scores,
    is_split,
    judge,
    load_acled_notes,
    note_toll,
    run_fatalities_eval,
    score_fatalities,
    without_remarks,
)
from veilleur.pipeline import Pipeline
from veilleur.record import Article, Quantity
from veilleur.stages.quantities import Quantities
from veilleur.stages.times import Times

COLUMNS = ["id", "event_id_cnty", "event_date", "event_type", "notes", "fatalities"]

LONG_TAIL = " The village council said repairs to the school roof and the water tower would take several weeks."

ROWS = [
    (
        "UKR1",
        "03/05/2023 00:00:00",
        "On 3 May 2023, artillery shelled Ivanivka. Two civilians were killed and four were injured.",
        2,
    ),
    (
        "UKR2",
        "04/05/2023 00:00:00",
        "On 4 May 2023, a drone hit a fuel depot near Petrivka. No casualties were reported.",
        0,
    ),
    ("UKR3", "05/05/2023 00:00:00", "On 5 May 2023, forces shelled Sadove with mortars. Casualties unknown.", 0),
    (
        "UKR4",
        "06/05/2023 00:00:00",
        "On 6 May 2023, troops clashed near Lisne. Three soldiers were killed [3 fatalities split across 2 events].",
        1,
    ),
    (
        "UKR5",
        "07/05/2023 00:00:00",
        "On 7 May 2023, about 40 people protested outside the town hall of Dubove [size=about 40].",
        0,
    ),
    ("UKR6", "08/05/2023 00:00:00", "On 8 May 2023, shelling of Mykolaivka left 5 people dead." + LONG_TAIL, 4),
    ("UKR7", "09/05/2023 00:00:00", "On 9 May 2023, two to three soldiers were killed near Zelene.", 2),
]


def write_csv(path: Path, rows: list[tuple[str, str, str, int]], columns: list[str] = COLUMNS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        for i, (event_id, event_date, notes, fatalities) in enumerate(rows, 1):
            row = {
                "id": str(i),
                "event_id_cnty": event_id,
                "event_date": event_date,
                "event_type": "Explosions/Remote violence",
                "notes": notes,
                "fatalities": str(fatalities),
            }
            writer.writerow({key: value for key, value in row.items() if key in columns})
    return path


@pytest.fixture
def acled_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "acled.csv", ROWS)


def no_parse() -> Pipeline:
    return Pipeline([Times(), Quantities()])


def quantity(value: float | None, counts: str | None, qualifier: str = "exact") -> Quantity:
    return Quantity(id="Q1", text="x", start=0, end=1, value=value, qualifier=qualifier, counts=counts)


# ---------------------------------------------------------------- reading the file


def test_evaluate_quantities_load_acled_notes(acled_csv: Path) -> None:
    notes = load_acled_notes(acled_csv)
    assert len(notes) == len(ROWS)
    assert notes[0] == AcledNote(id="UKR1", date="2023-05-03", notes=ROWS[0][2], fatalities=2)


def test_evaluate_quantities_load_reads_iso_dates_and_falls_back_to_the_id(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "iso.csv",
        [("", "2023-05-03", "A drone was shot down.", 0), ("", "sometime", "A drone was shot down.", 0)],
    )
    notes = load_acled_notes(path)
    assert [(n.id, n.date) for n in notes] == [("1", "2023-05-03"), ("2", None)]


def test_evaluate_quantities_load_refuses_a_file_without_the_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", ROWS[:1], columns=["id", "event_date", "notes"])
    with pytest.raises(InputError, match="fatalities"):
        load_acled_notes(path)


def test_evaluate_quantities_load_refuses_a_non_numeric_toll(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("event_id_cnty,event_date,notes,fatalities\nUKR1,03/05/2023,Shelling.,many\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"odd\.csv:2.*'many'"):
        load_acled_notes(path)


# ---------------------------------------------------------------- remarks and tolls


@pytest.mark.parametrize(
    ("notes", "split", "clean"),
    [
        ("Two soldiers were killed [2 fatalities split across 3 events].", True, "Two soldiers were killed."),
        ("A soldier was killed [1 fatality split among 4 events].", True, "A soldier was killed."),
        ("Soldiers were killed [Fatalities split over 2 events].", True, "Soldiers were killed."),
        ("About 30 people rallied [size=about 30].", False, "About 30 people rallied."),
        ("The town was shelled [coded to Lisne]. No casualties.", False, "The town was shelled. No casualties."),
        ("Talks were split across two days.", False, "Talks were split across two days."),
    ],
)
def test_evaluate_quantities_remarks(notes: str, split: bool, clean: str) -> None:
    assert is_split(notes) is split
    assert without_remarks(notes) == clean


@pytest.mark.parametrize(
    ("text", "quantities", "toll"),
    [
        ("", [quantity(2, "killed"), quantity(3, "killed"), quantity(4, "injured")], NoteToll(5, "count")),
        ("", [quantity(3, "killed", "at_least")], NoteToll(3, "count")),
        ("", [quantity(None, "killed", "range")], NoteToll(None, "silent")),
        ("", [quantity(None, "killed", "approx")], NoteToll(None, "silent")),
        ("No casualties were reported.", [], NoteToll(0, "zero")),
        ("There were no fatalities.", [], NoteToll(0, "zero")),
        ("Nobody was killed.", [], NoteToll(0, "zero")),
        ("Casualties unknown.", [], NoteToll(None, "unknown")),
        ("Fatalities are unknown.", [], NoteToll(None, "unknown")),
        ("An unknown number of casualties.", [], NoteToll(None, "unknown")),
        ("A depot was hit.", [quantity(4, "drone")], NoteToll(None, "silent")),
        ("Casualties unknown.", [quantity(1, "killed")], NoteToll(1, "count")),
    ],
)
def test_evaluate_quantities_note_toll(text: str, quantities: list[Quantity], toll: NoteToll) -> None:
    assert note_toll(text, quantities) == toll


def test_evaluate_quantities_judge_runs_english_with_the_event_date(acled_csv: Path) -> None:
    seen: list[Article] = []

    def record(article: Article) -> Article:
        seen.append(article)
        return no_parse()(article)

    judged = judge(load_acled_notes(acled_csv), record)
    assert [item.toll.reading for item in judged] == ["count", "zero", "unknown", "split", "silent", "count", "silent"]
    assert len(seen) == len(ROWS) - 1  # the split row is not run
    assert {a.language for a in seen} == {"en"}
    assert seen[0].published == "2023-05-03"
    assert "[" not in seen[3].text  # the remark of UKR5 is gone


# ---------------------------------------------------------------- scores and report


def test_evaluate_quantities_scores(acled_csv: Path) -> None:
    scores = score_fatalities(judge(load_acled_notes(acled_csv), no_parse()))
    assert (scores.rows, scores.split, scores.scored) == (7, 1, 6)
    assert (scores.stated, scores.zero, scores.said_unknown, scores.silent) == (3, 1, 1, 2)
    assert (scores.stated_correct, scores.stated_over, scores.stated_under) == (2, 1, 0)
    assert (scores.all_correct, scores.all_over, scores.all_under) == (4, 1, 1)
    assert scores.stated_accuracy == pytest.approx(2 / 3)
    assert scores.all_accuracy == pytest.approx(4 / 6)
    assert scores.confusion == {(False, False): 3, (True, True): 2, (True, False): 1}
    assert scores.to_dict()["confusion"] == {
        "gold=0/extracted=0": 3,
        "gold>0/extracted=0": 1,
        "gold>0/extracted>0": 2,
    }


def test_evaluate_quantities_empty_scores_do_not_divide_by_zero() -> None:
    scores = score_fatalities([])
    assert (scores.stated_accuracy, scores.all_accuracy) == (0.0, 0.0)
    assert "| note states a toll | 0 | 0 | - |" in format_fatality_scores(scores)


def test_evaluate_quantities_report_and_errors(acled_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores = run_fatalities_eval(acled_csv, errors=5, run=no_parse())
    assert isinstance(scores, FatalityScores)
    out = capsys.readouterr().out
    assert "7 rows; 1 split across events (left out), 3 state a death toll (1 of them that nobody died)" in out
    assert "| note states a toll | 3 | 2 | 66.67 | 1 | 0 |" in out
    assert "| all but split (no toll = 0) | 6 | 4 | 66.67 | 1 | 1 |" in out
    assert "| gold > 0 | 1 | 2 |" in out
    assert "UKR6  gold=4  extracted=5 (count)  On 8 May 2023, shelling of Mykolaivka left 5 people dead." in out
    assert "UKR7  gold=2  extracted=0 (silent)" in out
    ukr6 = next(line for line in out.splitlines() if line.startswith("UKR6"))
    assert ukr6.endswith(ROWS[5][2][:150])  # the note's first 150 characters, no more
    assert "UKR4" not in out  # split rows are not disagreements


def test_evaluate_quantities_errors_are_limited(acled_csv: Path) -> None:
    scores = score_fatalities(judge(load_acled_notes(acled_csv), no_parse()))
    assert len(format_fatality_errors(scores, 1).splitlines()) == 1
    assert format_fatality_errors(scores, 0) == ""


def test_evaluate_quantities_no_errors_printed_by_default(acled_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run_fatalities_eval(acled_csv, run=no_parse())
    assert "UKR6" not in capsys.readouterr().out


def test_evaluate_quantities_judged_note_reads_silence_as_zero() -> None:
    note = AcledNote(id="UKR9", date=None, notes="Shelling.", fatalities=0)
    item = JudgedNote(note, NoteToll(None, "silent"))
    assert (item.stated, item.extracted) == (False, 0)


@pytest.mark.slow
def test_evaluate_quantities_default_pipeline(acled_csv: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scores = run_fatalities_eval(acled_csv)
    assert (scores.rows, scores.split, scores.stated_correct, scores.all_correct) == (7, 1, 2, 4)
    assert "## Fatalities stated in ACLED notes" in capsys.readouterr().out

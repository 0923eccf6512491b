"""Event coding measured on ACLED notes: the main event of each note against its coded row.

For each row, the note goes through the pipeline as an English article
published on the event date (bracketed ACLED remarks removed). The main event
is the first event ACLED would code (an ACLED type), told as actual, else the
first event. Figures, each over the rows where the field can be judged:

- event type and sub-event type: equal to the row's;
- actor 1: the main event's first actor side equals the row's `actor1` once both
  are normalised (lower case, ACLED's period tags like "(2000-)" and unit
  suffixes after them dropped; a predicted side the gold starts with counts);
- place: the event's place within 50 km of the row's point;
- date: the event's resolved start date equal to the row's `event_date`;
- fatalities: the event's figure (none = 0) equal to the row's, over rows whose
  note states a toll (`evaluate.quantities.note_toll`), split rows left out.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from veilleur.errors import InputError
from veilleur.evaluate.quantities import is_split, note_toll, without_remarks
from veilleur.geocode import km
from veilleur.record import Article, Event

Run = Callable[[Article], Article]
PLACE_KM = 50.0
_PERIOD = re.compile(r"\s*\(\d{4}-(?:\d{4})?\)")


@dataclass(frozen=True, slots=True)
class AcledRow:
    line: int
    notes: str
    date: str
    event_type: str
    sub_event_type: str
    actor1: str
    lat: float
    lon: float
    fatalities: int


@dataclass(slots=True)
class EventScores:
    rows: int = 0
    with_event: int = 0
    type_right: int = 0
    subtype_right: int = 0
    actor_right: int = 0
    place_judged: int = 0
    place_right: int = 0
    date_right: int = 0
    toll_judged: int = 0
    toll_right: int = 0
    errors: list[str] = field(default_factory=list)


def load_acled(path: Path) -> list[AcledRow]:
    if path.is_dir():
        files = sorted(path.glob("*.csv"))
        if len(files) != 1:
            raise InputError(str(path), f"expected one ACLED CSV file in the folder, found {len(files)}")
        path = files[0]
    rows = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), 2):
            day, month, year = row["event_date"].split()[0].split("/")
            rows.append(
                AcledRow(
                    line=line,
                    notes=row["notes"],
                    date=f"{year}-{month}-{day}",
                    event_type=row["event_type"],
                    sub_event_type=row["sub_event_type"],
                    actor1=row["actor1"],
                    lat=float(row["latitude"]),
                    lon=float(row["longitude"]),
                    fatalities=int(row["fatalities"] or 0),
                )
            )
    return rows


def normalise_actor(name: str) -> str:
    """ "Military Forces of Russia (2000-) Air Force" -> "military forces of russia"."""
    return _PERIOD.split(name)[0].strip().lower()


def main_event(article: Article) -> Event | None:
    coded = [e for e in article.events if e.acled_type and e.modality == "actual"]
    return coded[0] if coded else (article.events[0] if article.events else None)


def score_events(rows: list[AcledRow], run: Run, *, errors: int = 0) -> EventScores:
    scores = EventScores()
    for row in rows:
        text = without_remarks(row.notes)
        article = run(Article(text=text, language="en", published=row.date, source=f"acled:{row.line}"))
        scores.rows += 1
        event = main_event(article)
        problems = []
        if event is not None:
            scores.with_event += 1
        got_type = event.acled_type if event else None
        got_subtype = event.acled_subtype if event else None
        scores.type_right += got_type == row.event_type
        scores.subtype_right += got_subtype == row.sub_event_type
        if got_type != row.event_type or got_subtype != row.sub_event_type:
            problems.append(f"type {got_type}/{got_subtype} ≠ {row.event_type}/{row.sub_event_type}")
        actor = next((a.side for a in event.actors if a.role == "actor" and a.side), None) if event else None
        gold_actor = normalise_actor(row.actor1)
        if actor is not None and gold_actor.startswith(normalise_actor(actor)):
            scores.actor_right += 1
        else:
            problems.append(f"actor {actor} ≠ {row.actor1}")
        place = next((p for p in article.places if event is not None and p.id == event.place), None)
        scores.place_judged += 1
        if place is not None and place.lat is not None and place.lon is not None:
            if km(place.lat, place.lon, row.lat, row.lon) <= PLACE_KM:
                scores.place_right += 1
            else:
                problems.append(f"place {place.name} {km(place.lat, place.lon, row.lat, row.lon):.0f} km off")
        else:
            problems.append("no place")
        if event is not None and event.date is not None and event.date.start == row.date:
            scores.date_right += 1
        else:
            problems.append(f"date {event.date if event else None} ≠ {row.date}")
        toll = note_toll(text, article.quantities)
        if toll.killed is not None and not is_split(row.notes):
            scores.toll_judged += 1
            got = event.fatalities if event is not None and event.fatalities is not None else 0
            if got == row.fatalities:
                scores.toll_right += 1
            else:
                problems.append(f"fatalities {got} ≠ {row.fatalities}")
        if problems and len(scores.errors) < errors:
            scores.errors.append(f"line {row.line}: {'; '.join(problems)}  …{text[:140]}")
    return scores


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.2f}" if whole else "–"


def format_event_scores(scores: EventScores) -> str:
    lines = [
        f"{scores.rows} notes; {scores.with_event} with an event.",
        "",
        "| field | judged | right | % |",
        "|---|---:|---:|---:|",
        f"| event type | {scores.rows} | {scores.type_right} | {_pct(scores.type_right, scores.rows)} |",
        f"| sub-event type | {scores.rows} | {scores.subtype_right} | {_pct(scores.subtype_right, scores.rows)} |",
        f"| actor 1 | {scores.rows} | {scores.actor_right} | {_pct(scores.actor_right, scores.rows)} |",
        f"| place ≤ {PLACE_KM:.0f} km | {scores.place_judged} | {scores.place_right} | "
        f"{_pct(scores.place_right, scores.place_judged)} |",
        f"| date | {scores.rows} | {scores.date_right} | {_pct(scores.date_right, scores.rows)} |",
        f"| fatalities (note states a toll) | {scores.toll_judged} | {scores.toll_right} | "
        f"{_pct(scores.toll_right, scores.toll_judged)} |",
    ]
    return "\n".join(lines)


@dataclass(slots=True)
class UcdpScores:
    rows: int = 0
    with_event: int = 0
    violence_right: int = 0
    place_judged: int = 0
    place_right: int = 0


#: UCDP's type_of_violence from an event: 3 one-sided (violence against civilians), else 1 state-based
#: when a state's forces or government take part, else 2 non-state.
def violence_type(event: Event | None) -> int | None:
    if event is None or event.acled_type is None:
        return None
    if event.acled_type == "Violence against civilians" or any(a.role == "victim" for a in event.actors):
        return 3
    sides = [a.side or "" for a in event.actors]
    if any(s.startswith(("Military Forces of", "Government of", "Police Forces of")) for s in sides) or not sides:
        return 1
    return 2


def score_ucdp(path: Path, run: Run) -> UcdpScores:
    """UCDP GED rows: the headline of the row's source article -> violence type and place."""
    if path.is_dir():
        path = sorted(path.glob("*.csv"))[0]
    scores = UcdpScores()
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        for line, row in enumerate(csv.DictReader(handle), 2):
            headline = (row.get("source_headline") or "").strip()
            if not headline:
                continue
            published = (row.get("date_start") or "").split()[0]
            month, day, year = ([*published.split("/"), "", "", ""])[:3]
            iso = f"{year}-{int(month):02d}-{int(day):02d}" if year and month and day else None
            article = run(Article(text=headline, language="en", published=iso, source=f"ucdp:{line}"))
            event = main_event(article)
            scores.rows += 1
            scores.with_event += event is not None
            scores.violence_right += violence_type(event) == int(row["type_of_violence"])
            places = [p for p in article.places if p.lat is not None and p.lon is not None and p.precision != "country"]
            place = next(
                (p for p in places if event is not None and p.id == event.place), places[0] if places else None
            )
            scores.place_judged += 1
            if place is not None and place.lat is not None and place.lon is not None:
                scores.place_right += (
                    km(place.lat, place.lon, float(row["latitude"]), float(row["longitude"])) <= PLACE_KM
                )
    return scores


def format_ucdp_scores(scores: UcdpScores) -> str:
    return "\n".join(
        [
            f"{scores.rows} headlines; {scores.with_event} with an event.",
            "",
            "| field | judged | right | % |",
            "|---|---:|---:|---:|",
            f"| violence type | {scores.rows} | {scores.violence_right} | {_pct(scores.violence_right, scores.rows)} |",
            f"| place ≤ {PLACE_KM:.0f} km | {scores.place_judged} | {scores.place_right} | "
            f"{_pct(scores.place_right, scores.place_judged)} |",
        ]
    )


def _is_ucdp(path: Path) -> bool:
    file = sorted(path.glob("*.csv"))[0] if path.is_dir() else path
    with file.open(encoding="utf-8", errors="replace") as handle:
        return "type_of_violence" in handle.readline()


def run_events_eval(path: Path, run: Run, *, errors: int = 0) -> EventScores | UcdpScores:
    """`veilleur eval events --data PATH`: ACLED notes or UCDP headlines, scored and printed."""
    if _is_ucdp(path):
        ucdp = score_ucdp(path, run)
        print(f"## Events on UCDP headlines: {path}\n")
        print(format_ucdp_scores(ucdp))
        return ucdp
    scores = score_events(load_acled(path), run, errors=errors)
    print(f"## Events on ACLED notes: {path}\n")
    print(format_event_scores(scores))
    if scores.errors:
        print("\n" + "\n".join(scores.errors))
    return scores


__all__ = [
    "AcledRow",
    "EventScores",
    "UcdpScores",
    "load_acled",
    "main_event",
    "normalise_actor",
    "run_events_eval",
    "score_events",
    "violence_type",
]

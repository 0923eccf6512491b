"""The command line: a thin shell over the library (`veilleur --help`)."""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from veilleur.errors import InputError, StoreError, VeilleurError
from veilleur.exports import export as export_records
from veilleur.exports import json_line
from veilleur.ingest import analyzed
from veilleur.ingest import ingest as ingest_paths
from veilleur.pipeline import Pipeline
from veilleur.record import Article
from veilleur.sources import read_paths
from veilleur.store import Store

app = typer.Typer(
    name="veilleur",
    help="Read news in French and English and keep a structured, sourced record of it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


class RecordFormat(StrEnum):
    jsonl = "jsonl"
    table = "table"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


class Language(StrEnum):
    auto = "auto"
    fr = "fr"
    en = "en"


DbOption = Annotated[
    Path,
    typer.Option("--db", envvar="VEILLEUR_DB", help="The SQLite store (default ./veilleur.db, or $VEILLEUR_DB)."),
]
PublishedOption = Annotated[
    str | None, typer.Option("--published", help="Publication date (ISO 8601) for inputs that do not give one.")
]
LanguageOption = Annotated[Language, typer.Option("--language", help="Language of the inputs, or auto to detect it.")]
ProcessesOption = Annotated[int, typer.Option("--n-process", min=1, help="Worker processes for the pipeline.")]
BatchOption = Annotated[int, typer.Option("--batch-size", min=1, help="Articles per batch.")]


def _report(error: InputError | StoreError) -> None:
    err.print(Text.assemble(("error", "red"), " ", str(error)), highlight=False)


@app.command()
def analyze(
    files: Annotated[list[str], typer.Argument(help="Text, HTML or JSONL files; - reads standard input.")],
    published: PublishedOption = None,
    language: LanguageOption = Language.auto,
    fmt: Annotated[
        RecordFormat, typer.Option("--format", help="jsonl: one codebook record per line.")
    ] = RecordFormat.jsonl,
    n_process: ProcessesOption = 1,
    batch_size: BatchOption = 32,
) -> None:
    """Print one codebook v1 record per article.

    Example: veilleur analyze dépêche.txt --published 2024-08-14 --format table
    """
    failures: list[InputError] = []

    def fail(error: InputError) -> None:
        failures.append(error)
        _report(error)

    items = read_paths(files, published=published, language=language.value)
    for article in analyzed(items, Pipeline.default(), fail, batch_size=batch_size, n_process=n_process):
        if fmt is RecordFormat.jsonl:
            sys.stdout.write(json_line(article.to_dict()) + "\n")
        else:
            _print_article(article)
    if failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files and folders (read recursively); - reads standard input.")],
    db: DbOption = Path("veilleur.db"),
    published: PublishedOption = None,
    language: LanguageOption = Language.auto,
    n_process: ProcessesOption = 1,
    batch_size: BatchOption = 32,
) -> None:
    """Analyse articles and store them; the same article twice is stored once.

    Example: veilleur ingest samples/ --db veilleur.db
    """
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with _open_store(db) as store, Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("analysing", total=None)

        def advance(article: Article, outcome: str) -> None:
            progress.update(task, advance=1, description=f"{outcome:9} {article.source or article.id}")

        report = ingest_paths(
            paths,
            store,
            pipeline=Pipeline.default(),
            published=published,
            language=language.value,
            batch_size=batch_size,
            n_process=n_process,
            on_article=advance,
            on_error=_report,
        )
    counts = report.counts
    out.print(
        Text(
            f"{sum(counts.values())} articles: {counts['inserted']} new, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged; {report.failed} failed; store {db}"
        )
    )
    if report.failed:
        raise typer.Exit(1)


@app.command()
def show(
    article_id: Annotated[
        str, typer.Argument(metavar="ID", help="An article id (or a unique prefix of 6+ characters).")
    ],
    db: DbOption = Path("veilleur.db"),
    fmt: Annotated[RecordFormat, typer.Option("--format")] = RecordFormat.table,
) -> None:
    """Show one stored article.

    Example: veilleur show 3f2a9c
    """
    with _open_store(db, must_exist=True) as store:
        article = store.get(article_id)
    if article is None:
        err.print(Text(f"error: no article {article_id!r} in {db}"))
        raise typer.Exit(1)
    if fmt is RecordFormat.jsonl:
        sys.stdout.write(json_line(article.to_dict(), indent=2) + "\n")
    else:
        _print_article(article)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="Plain words; accents and case do not matter.")],
    db: DbOption = Path("veilleur.db"),
    limit: Annotated[int, typer.Option("--limit", min=1)] = 20,
    fmt: Annotated[RecordFormat, typer.Option("--format")] = RecordFormat.table,
) -> None:
    """Full-text search over titles and bodies.

    Example: veilleur search "zone tampon"
    """
    with _open_store(db, must_exist=True) as store:
        hits = store.search(query, limit=limit)
    if fmt is RecordFormat.jsonl:
        for hit in hits:
            sys.stdout.write(json_line(_plain(hit)) + "\n")
        return
    table = Table("id", "published", "lang", "title", "snippet")
    for hit in hits:
        table.add_row(hit.id, hit.published or "", hit.language, Text(hit.title or ""), Text(hit.snippet))
    out.print(table if hits else Text(f"no article matches {query!r}"))


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="jsonl, csv or parquet.")] = ExportFormat.jsonl,
    out_path: Annotated[Path | None, typer.Option("--out", help="Output file (default: standard output).")] = None,
    db: DbOption = Path("veilleur.db"),
) -> None:
    """Export every stored record.

    Example: veilleur export --format parquet --out articles.parquet
    """
    if fmt is ExportFormat.parquet and out_path is None and sys.stdout.isatty():
        err.print("error: Parquet is binary; give --out FILE or redirect standard output")
        raise typer.Exit(2)
    with _open_store(db, must_exist=True) as store:
        count = export_records(store.records(), fmt.value, out_path if out_path is not None else sys.stdout.buffer)
    if out_path is not None:
        err.print(Text(f"{count} records written to {out_path}"))


@app.command()
def stats(
    db: DbOption = Path("veilleur.db"),
    fmt: Annotated[RecordFormat, typer.Option("--format")] = RecordFormat.table,
) -> None:
    """Summarise the store: articles, languages, entities.

    Example: veilleur stats --db veilleur.db
    """
    with _open_store(db, must_exist=True) as store:
        summary = store.stats()
    if fmt is RecordFormat.jsonl:
        sys.stdout.write(json_line(_plain(summary)) + "\n")
        return
    out.print(Text.assemble((str(summary.articles), "bold"), f" articles in {db}"))
    out.print("languages: " + ", ".join(f"{lang} {n}" for lang, n in sorted(summary.languages.items())))
    if summary.first_published:
        out.print(Text(f"published: {summary.first_published} … {summary.last_published}"))
    out.print(
        f"entities: {summary.entities} ("
        + ", ".join(f"{kind} {n}" for kind, n in sorted(summary.entity_types.items()))
        + ")"
    )
    out.print(
        Text(
            f"claims: {summary.claims} · times: {summary.times} · quantities: {summary.quantities}"
            f" · places: {summary.places} · events: {summary.events}"
        )
    )
    table = Table("entity", "key", "articles", title="most frequent entities")
    for entity in summary.top_entities:
        table.add_row(Text(entity.name), Text(entity.key), str(entity.articles))
    out.print(table)


@app.command()
def bench(
    articles: Annotated[int, typer.Option("--articles", min=10, help="Size of the generated corpus.")] = 2000,
    n_process: Annotated[list[int] | None, typer.Option("--n-process", help="Repeat for each count.")] = None,
    batch_size: BatchOption = 32,
) -> None:
    """Throughput of the pipeline against bare spaCy on the same articles and cores.

    Example: veilleur bench --articles 2000 --n-process 1 --n-process 2
    """
    from veilleur.bench import main as run_bench

    counts = [str(n) for n in (n_process or [1, 2])]
    run_bench(["--articles", str(articles), "--batch-size", str(batch_size), "--n-process", *counts])


eval_app = typer.Typer(help="Measure accuracy on gold datasets (see docs/benchmarks.md).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
DataOption = Annotated[Path, typer.Option("--data", exists=True, help="The dataset folder or file.")]
ErrorsOption = Annotated[int, typer.Option("--errors", min=0, help="Also print this many disagreements.")]


@eval_app.command("times")
def eval_times(data: DataOption, errors: ErrorsOption = 0) -> None:
    """Time expressions: extraction F1 (strict, relaxed), type and value F1.

    Example: veilleur eval times --data ../shared/eval/fr_timebank
    """
    from veilleur.evaluate.timex import predict_with, run_times_eval
    from veilleur.stages.parse import Parse
    from veilleur.stages.times import Times

    run_times_eval(data, predict_with(Pipeline([Parse(), Times()])), errors=errors)


@eval_app.command("fatalities")
def eval_fatalities(data: DataOption, errors: ErrorsOption = 0) -> None:
    """Death tolls read from ACLED notes against the coded `fatalities`.

    Example: veilleur eval fatalities --data ../shared/eval/acled_ukraine
    """
    from veilleur.evaluate.quantities import run_fatalities_eval

    run_fatalities_eval(data, errors=errors)


@eval_app.command("events")
def eval_events(data: DataOption, errors: ErrorsOption = 0) -> None:
    """Event coding on ACLED notes: type, sub-type, actor, place, date, fatalities.

    Example: veilleur eval events --data ../shared/eval/acled_ukraine
    """
    from veilleur.evaluate.events import run_events_eval

    run_events_eval(data, Pipeline.default(), errors=errors)


@eval_app.command("geoparsing")
def eval_geoparsing(data: DataOption, errors: ErrorsOption = 0) -> None:
    """Toponyms in GeoWebNews and LGL: detection F1, accuracy within 161 km, gold-span accuracy.

    The toponyms are the record's places, as users get them: places inside organisation names
    and demonyms ("a French engineer": France) included, as these sets count them.

    Example: veilleur eval geoparsing --data ../shared/eval/geoparsing
    """
    from veilleur.evaluate.places import (
        place_in_article,
        predict_with,
        resolve_span_with,
        run_geoparsing_eval,
        within_reach,
    )
    from veilleur.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    predict = predict_with(Pipeline.default())
    resolve = resolve_span_with(predict, _coordinates(gazetteer), place_in_article(gazetteer))
    run_geoparsing_eval(data, predict, resolve_span=resolve, reachable=within_reach(gazetteer), errors=errors)


@eval_app.command("places")
def eval_places(data: DataOption, errors: ErrorsOption = 0) -> None:
    """Place names of conflict tables (CIR, UCDP) resolved within 10 km and 50 km of the gold point.

    Example: veilleur eval places --data ../shared/eval/cir_ukraine
    """
    from veilleur.evaluate.places import run_place_table_eval
    from veilleur.gazetteer import Gazetteer
    from veilleur.geocode import resolve_name

    gazetteer = Gazetteer.default()
    run_place_table_eval(
        data,
        lambda place, admin1, country, admin2: resolve_name(gazetteer, place, admin1, country, admin2),
        errors=errors,
    )


def _coordinates(gazetteer: Any) -> Any:
    def resolve(name: str) -> tuple[float, float] | None:
        entry = gazetteer.best(name)
        return (entry.lat, entry.lon) if entry is not None and entry.lat is not None else None

    return resolve


@eval_app.command("claims")
def eval_claims(
    data: DataOption,
    split: Annotated[str, typer.Option("--split", help="train, dev or test.")] = "dev",
    errors: ErrorsOption = 0,
) -> None:
    """Attribution on PolNeAR: content F1 at 0.3 overlap, exact spans, cues, speakers.

    Example: veilleur eval claims --data ../shared/eval/polnear --split dev
    """
    from veilleur.evaluate.claims import predict_with, run_claims_eval

    run_claims_eval(data, predict_with(Pipeline.default()), split=split, errors=errors)


@eval_app.command("direct-speech")
def eval_direct_speech(
    data: DataOption,
    split: Annotated[str, typer.Option("--split", help="train, val or test.")] = "test",
    errors: ErrorsOption = 0,
) -> None:
    """French direct speech on AADS: token F1 of the direct claims' quoted spans.

    Example: veilleur eval direct-speech --data ../shared/eval/aads_french
    """
    from veilleur.evaluate.claims import run_direct_speech_eval, speech_spans_with

    predict = speech_spans_with(Pipeline.default(), kinds=("direct",))
    run_direct_speech_eval(data, predict, split=split, errors=errors)


gazetteer_app = typer.Typer(help="The offline gazetteer: build the place index, look names up.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


@gazetteer_app.command("build")
def gazetteer_build(
    geonames: Annotated[
        list[Path] | None,
        typer.Option(
            "--geonames",
            exists=True,
            dir_okay=False,
            help="A GeoNames dump to merge in (allCountries.txt, cities500.txt, alternateNamesV2.txt, .zip); repeat.",
        ),
    ] = None,
    target: Annotated[
        Path | None, typer.Option("--out", dir_okay=False, help="Write the index here instead of the data directory.")
    ] = None,
) -> None:
    """Build the place index from the packaged data (and your GeoNames dumps); the first analysis does it too.

    Example: veilleur gazetteer build --geonames cities500.txt --geonames alternateNamesV2.txt
    """
    from veilleur.gazetteer import build_index

    path, seconds, places, names = build_index(geonames or [], out=target)
    out.print(Text(f"{path}: {places:,} places, {names:,} names, built in {seconds:.1f} s"))


@gazetteer_app.command("lookup")
def gazetteer_lookup(
    name: Annotated[str, typer.Argument(help="A place name, in any spelling: Koursk, Kiev, oblast de Koursk.")],
    country: Annotated[str | None, typer.Option("--country", help="Only places in this country (ISO2).")] = None,
    limit: Annotated[int, typer.Option("--limit", min=1, help="Show at most this many candidates.")] = 10,
) -> None:
    """Candidates for a place name, the most likely first.

    Example: veilleur gazetteer lookup "oblast de Koursk"
    """
    from veilleur.gazetteer import Gazetteer

    candidates = Gazetteer.default().lookup(name, country=country)[:limit]
    if not candidates:
        err.print(Text(f"no place named {name!r}"))
        raise typer.Exit(1)
    table = Table("key", "name", "feature", "country", "admin1", "population", "lat", "lon")
    for entry in candidates:
        table.add_row(
            Text(entry.key),
            Text(entry.name),
            entry.feature,
            entry.country,
            Text(entry.admin1 or ""),
            f"{entry.population:,}",
            "" if entry.lat is None else f"{entry.lat:.4f}",
            "" if entry.lon is None else f"{entry.lon:.4f}",
        )
    out.print(table)


def _open_store(db: Path, *, must_exist: bool = False) -> Store:
    if must_exist and not db.exists():
        err.print(Text(f"error: no store at {db}; run `veilleur ingest PATH --db {db}` first"))
        raise typer.Exit(1)
    return Store(db)


def _plain(value: Any) -> Any:
    from dataclasses import asdict, is_dataclass

    return asdict(value) if is_dataclass(value) and not isinstance(value, type) else value


def _print_article(article: Article) -> None:
    out.rule(Text(article.title or article.source or article.id or "", style="bold"))
    out.print(
        Text(
            f"id {article.id} · {article.language} · published {article.published or '?'}"
            f" · {article.outlet or ''} {article.url or ''}"
        )
    )
    for removed in article.removed:
        out.print(Text(f"removed ({removed.reason}): {removed.text}", style="dim"))
    table = Table("id", "type", "name", "key", "mentions", "title", "stands for")
    for entity in article.entities:
        stands_for = f"{entity.stands_for.kind} {entity.stands_for.country}" if entity.stands_for else ""
        mentions = ", ".join(m.text for m in entity.mentions)
        cells = (entity.id, entity.type, entity.name, entity.key, mentions, entity.title or "", stands_for)
        table.add_row(*map(Text, cells))
    out.print(table)
    _print_items(article)
    for warning in article.warnings:
        out.print(Text.assemble(("warning", "yellow"), " ", warning))


def _print_items(article: Article) -> None:
    if article.times:
        table = Table("id", "text", "type", "value", "mod", title="times")
        for time in article.times:
            table.add_row(*map(Text, (time.id, time.text, time.type, time.value or "", time.mod or "")))
        out.print(table)
    if article.quantities:
        table = Table("id", "text", "value", "low–high", "unit", "qualifier", "counts", title="quantities")
        for q in article.quantities:
            bounds = f"{q.low if q.low is not None else ''}–{q.high if q.high is not None else ''}"
            cells = (
                q.id,
                q.text,
                "" if q.value is None else f"{q.value:g}",
                bounds,
                q.unit or "",
                q.qualifier,
                q.counts or "",
            )
            table.add_row(*map(Text, cells))
        out.print(table)


def main() -> None:
    """Entry point: errors of veilleur's own become one line and exit code 1."""
    try:
        app()
    except VeilleurError as error:
        err.print(Text(f"error: {error}"))
        sys.exit(1)


if os.environ.get("VEILLEUR_CLI_DEBUG"):
    app.pretty_exceptions_enable = True

__all__ = ["app", "main"]

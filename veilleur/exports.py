"""Exports of articles to JSONL, CSV and Parquet, each a view of the codebook record.

- `jsonl`: one `Article.to_dict()` per line, UTF-8 (not ASCII-escaped). The full record.
- `csv`: one row per article: the scalar fields (`CSV_FIELDS`), a `n_<list>` count
  for each list, and `entities` as `name|type|key; name|type|key; …`. For
  spreadsheets; quoting keeps newlines and commas inside a field.
- `parquet`: one row per article. The scalar fields (`SCALAR_COLUMNS`) are
  string columns; each list (`LIST_COLUMNS`: removed, entities, claims, times,
  quantities, places, events, warnings) is a string column holding the list as
  JSON, so decoding those columns gives the record back:
  `{**scalars, **{c: json.loads(row[c]) for c in LIST_COLUMNS}}` equals `to_dict()`.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, Literal

import pyarrow as pa
import pyarrow.parquet as pq

from veilleur.record import Article

Format = Literal["jsonl", "csv", "parquet"]
FORMATS: tuple[str, ...] = ("jsonl", "csv", "parquet")

SCALAR_COLUMNS: tuple[str, ...] = (
    "schema",
    "id",
    "url",
    "outlet",
    "title",
    "published",
    "language",
    "text",
    "source",
)
LIST_COLUMNS: tuple[str, ...] = (
    "removed",
    "entities",
    "claims",
    "times",
    "quantities",
    "places",
    "events",
    "warnings",
)
CSV_FIELDS: tuple[str, ...] = ("id", "url", "outlet", "title", "published", "language", "text")
CSV_COLUMNS: tuple[str, ...] = (*CSV_FIELDS, *(f"n_{name}" for name in LIST_COLUMNS), "entities")
PARQUET_SCHEMA = pa.schema([(name, pa.string()) for name in (*SCALAR_COLUMNS, *LIST_COLUMNS)])

#: Rows per Parquet row group (and per batch held in memory).
PARQUET_BATCH = 1000


def export(records: Iterable[Article], fmt: Format, out: BinaryIO | Path) -> int:
    """Write `records` to `out` (a path, or a binary stream left open) in `fmt`.

    Returns the number of articles written.
    """
    writers = {"jsonl": _write_jsonl, "csv": _write_csv, "parquet": _write_parquet}
    if fmt not in writers:
        raise ValueError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if isinstance(out, Path):
        with out.open("wb") as stream:
            return writers[fmt](records, stream)
    return writers[fmt](records, out)


@contextmanager
def _text(stream: BinaryIO) -> Iterator[io.TextIOWrapper]:
    """A UTF-8 text view of a binary stream, flushed and detached (not closed) at the end."""
    text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
    try:
        yield text
    finally:
        text.flush()
        text.detach()


#: Characters `str.splitlines()` breaks on that JSON leaves unescaped: escaped in JSONL
#: so that any line splitter sees one record per line.
_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def jsonl_line(article: Article) -> str:
    """One article as a JSON line (UTF-8 text, ending with a newline)."""
    return json_line(article.to_dict()) + "\n"


def json_line(data: object, *, indent: int | None = None) -> str:
    """JSON on one line that every line splitter keeps whole (U+2028 and kin escaped)."""
    line = json.dumps(data, ensure_ascii=False, indent=indent)
    for char, escaped in _LINE_BREAKS.items():
        line = line.replace(char, escaped)
    return line


def _write_jsonl(records: Iterable[Article], stream: BinaryIO) -> int:
    count = 0
    with _text(stream) as text:
        for article in records:
            text.write(jsonl_line(article))
            count += 1
    return count


def csv_row(article: Article) -> dict[str, Any]:
    """The CSV row of one article."""
    record = article.to_dict()
    row: dict[str, Any] = {name: record[name] for name in CSV_FIELDS}
    row.update({f"n_{name}": len(record[name]) for name in LIST_COLUMNS})
    row["entities"] = "; ".join(f"{ent.name}|{ent.type}|{ent.key}" for ent in article.entities)
    return row


def _write_csv(records: Iterable[Article], stream: BinaryIO) -> int:
    count = 0
    with _text(stream) as text:
        writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for article in records:
            writer.writerow(csv_row(article))
            count += 1
    return count


def parquet_row(article: Article) -> dict[str, str | None]:
    """The Parquet row of one article: scalars as strings, lists as JSON strings."""
    record = article.to_dict()
    row: dict[str, str | None] = {name: record[name] for name in SCALAR_COLUMNS}
    row.update({name: json.dumps(record[name], ensure_ascii=False) for name in LIST_COLUMNS})
    return row


def _batches(records: Iterable[Article]) -> Iterator[list[dict[str, str | None]]]:
    batch: list[dict[str, str | None]] = []
    for article in records:
        batch.append(parquet_row(article))
        if len(batch) == PARQUET_BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _write_parquet(records: Iterable[Article], stream: BinaryIO) -> int:
    """Parquet wants a seekable sink: a non-seekable stream gets a copy of an in-memory file."""
    if stream.seekable():
        return _write_parquet_to(records, stream)
    buffer = io.BytesIO()
    count = _write_parquet_to(records, buffer)
    buffer.seek(0)
    shutil.copyfileobj(buffer, stream)
    stream.flush()
    return count


def _write_parquet_to(records: Iterable[Article], sink: BinaryIO) -> int:
    count = 0
    with pq.ParquetWriter(sink, PARQUET_SCHEMA) as writer:
        for batch in _batches(records):
            writer.write_table(pa.Table.from_pylist(batch, schema=PARQUET_SCHEMA))
            count += len(batch)
    return count


__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "LIST_COLUMNS",
    "SCALAR_COLUMNS",
    "csv_row",
    "export",
    "jsonl_line",
    "parquet_row",
]

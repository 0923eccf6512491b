"""Tests for veilleur.exports: JSONL, CSV and Parquet views of the record."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from veilleur.exports import CSV_COLUMNS, LIST_COLUMNS, SCALAR_COLUMNS, export
from veilleur.record import Article, Entity, Removed, StandsFor, TextSpan, Time, article_id
from veilleur.store import Store

FERRY = "Le ferry de l'île Morvane a repris du service.\nLe capitaine, Jonas Ferral, a salué « l'équipage »."
MARKET = 'Prices at the Dunmere market rose by 4%, traders said, "mostly fish".\r\nMore tomorrow.'
ODD = "Ligne\u2028séparée\x85et\u2029fin, avec; virgules | barres"


def _articles() -> list[Article]:
    start = FERRY.index("Jonas Ferral")
    ferry = Article(
        text=FERRY,
        id=article_id(FERRY, None),
        source="ferry.txt",
        title="Retour du ferry, enfin",
        language="fr",
        published="2031-05-02",
        removed=[Removed(text="Partager", reason="share")],
        entities=[
            Entity(
                id="E1",
                type="PERSON",
                name="Jonas Ferral",
                key="jonas ferral",
                mentions=[TextSpan(text="Jonas Ferral", start=start, end=start + 12)],
                title="capitaine",
            ),
            Entity(
                id="E2",
                type="GPE",
                name="Morvane",
                key="geonames:9990003",
                stands_for=StandsFor(kind="people", country="FR"),
            ),
        ],
        times=[Time(id="T1", text="x", start=0, end=1, type="DATE", value=None)],
        warnings=["times: no anchor"],
    )
    market = Article(
        text=MARKET,
        id=article_id(MARKET, "https://example.test/market"),
        url="https://example.test/market",
        outlet="Dunmere Post",
        language="en",
    )
    odd = Article(text=ODD, id="odd0000000000001", title='Un "titre", vraiment')
    return [ferry, market, odd]


def test_exports_jsonl_lines_are_records() -> None:
    articles = _articles()
    out = io.BytesIO()
    assert export(articles, "jsonl", out) == 3
    assert not out.closed
    raw = out.getvalue()
    assert "île".encode() in raw  # UTF-8, not \\u-escaped
    lines = raw.decode("utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [a.to_dict() for a in articles]


def test_exports_csv_is_readable_with_newlines_and_commas() -> None:
    articles = _articles()
    out = io.BytesIO()
    assert export(articles, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue().decode("utf-8"), newline="")))
    assert list(rows[0]) == list(CSV_COLUMNS)
    assert [row["text"] for row in rows] == [FERRY, MARKET, ODD]
    assert [row["id"] for row in rows] == [a.id for a in articles]
    assert rows[2]["title"] == 'Un "titre", vraiment'
    assert rows[0]["entities"] == "Jonas Ferral|PERSON|jonas ferral; Morvane|GPE|geonames:9990003"
    assert (rows[0]["n_entities"], rows[0]["n_times"], rows[0]["n_removed"], rows[0]["n_warnings"]) == (
        "2",
        "1",
        "1",
        "1",
    )
    assert rows[1]["entities"] == "" and rows[1]["url"] == "https://example.test/market"
    assert rows[1]["title"] == ""  # None is written as an empty field


def _read_back(table: pa.Table) -> list[dict[str, object]]:
    records = []
    for row in table.to_pylist():
        record = {name: row[name] for name in SCALAR_COLUMNS}
        record.update({name: json.loads(row[name]) for name in LIST_COLUMNS})
        records.append(record)
    return records


def test_exports_parquet_round_trips(tmp_path: Path) -> None:
    articles = _articles()
    path = tmp_path / "articles.parquet"
    assert export(articles, "parquet", path) == 3
    table = pq.read_table(path)
    assert all(table.schema.field(name).type == pa.string() for name in table.column_names)
    assert table.column("id").to_pylist() == [a.id for a in articles]
    entities = [json.loads(value) for value in table.column("entities").to_pylist()]
    assert entities == [a.to_dict()["entities"] for a in articles]
    assert _read_back(table) == [a.to_dict() for a in articles]
    assert [Article.from_dict(r).to_dict() for r in _read_back(table)] == [a.to_dict() for a in articles]


class _Pipe(io.RawIOBase):
    """A write-only, non-seekable stream, like stdout piped to another program."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False

    def write(self, b: object) -> int:
        chunk = bytes(b)  # type: ignore[call-overload]
        self.data.extend(chunk)
        return len(chunk)


def test_exports_parquet_to_a_non_seekable_stream() -> None:
    pipe = _Pipe()
    assert export(_articles(), "parquet", pipe) == 3  # type: ignore[arg-type]
    table = pq.read_table(pa.BufferReader(bytes(pipe.data)))
    assert table.num_rows == 3


def test_exports_parquet_in_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("veilleur.exports.PARQUET_BATCH", 2)
    many = [Article(text=f"Brève {n}", id=f"b{n:015d}") for n in range(5)]
    path = tmp_path / "many.parquet"
    assert export(iter(many), "parquet", path) == 5
    assert pq.read_table(path).column("text").to_pylist() == [f"Brève {n}" for n in range(5)]


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_exports_empty_input(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"empty.{fmt}"
    assert export([], fmt, path) == 0  # type: ignore[arg-type]
    assert path.exists()
    if fmt == "parquet":
        assert pq.read_table(path).num_rows == 0


def test_exports_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export([], "xml", io.BytesIO())  # type: ignore[arg-type]


def test_exports_from_the_store(tmp_path: Path) -> None:
    articles = _articles()
    with Store(tmp_path / "v.db") as store:
        store.put_many(articles)
        path = tmp_path / "all.jsonl"
        assert export(store.records(), "jsonl", path) == 3
    lines = path.read_text(encoding="utf-8").split("\n")
    assert [json.loads(line) for line in lines if line] == [a.to_dict() for a in articles]

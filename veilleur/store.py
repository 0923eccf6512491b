"""The SQLite store: one file, WAL, FTS5, a versioned schema.

`Store` keeps every `Article` as its full codebook record (`articles.record`, the
JSON of `Article.to_dict()`) plus query tables filled from it: `entities`,
`mentions`, `claims`, `times`, `quantities`, `places` and `events`, each row
deleted with its article. `articles_fts` indexes title and text, accent- and
case-insensitively, kept in step with `articles` by triggers.

One `Store` is one connection and the only writer; readers (another `Store` on
the same file, in another process) read while it writes, as WAL allows.

Each article is written in one transaction (`put`): all its rows or none. An
article is recognised by its `source_key` (its url, else its `source`, else its
id): a known id is left alone, a known source with a new id (its text changed)
replaces the old rows.

The schema is versioned with `PRAGMA user_version`; `MIGRATIONS[i]` takes a
database from version `i` to `i + 1` in one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal

from veilleur.errors import StoreError
from veilleur.record import Article, article_id

PutResult = Literal["inserted", "updated", "unchanged"]
Migration = Callable[[sqlite3.Connection], None]

BUSY_TIMEOUT_MS = 5000
MIN_PREFIX = 6
_PAGE = 500

#: Tables holding one row per item of an article's other lists: the scalar columns
#: copied from each item (besides `article_id`, `id`, and `data`, the item's JSON).
ITEM_COLUMNS: dict[str, tuple[str, ...]] = {
    "claims": ("kind", "speaker", "stance", "channel"),
    "times": ("type", "value"),
    "quantities": ("value", "unit", "counts"),
    "places": ("name", "geonames_id", "lat", "lon", "country", "role"),
    "events": ("type", "mode", "acled_type", "place", "fatalities"),
}
ITEM_TABLES: tuple[str, ...] = tuple(ITEM_COLUMNS)

_V1: tuple[str, ...] = (
    # `seq` aliases the rowid: ingest order, and a rowid VACUUM cannot renumber,
    # which the external-content FTS index relies on.
    """CREATE TABLE articles (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        id TEXT NOT NULL UNIQUE,
        source_key TEXT NOT NULL UNIQUE,
        url TEXT,
        outlet TEXT,
        title TEXT,
        published TEXT,
        language TEXT NOT NULL,
        text TEXT NOT NULL,
        record TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX articles_published ON articles(published)",
    """CREATE TABLE entities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        type TEXT NOT NULL,
        name TEXT NOT NULL,
        key TEXT NOT NULL,
        title TEXT,
        stands_for TEXT,
        confidence REAL,
        PRIMARY KEY (article_id, id)
    )""",
    "CREATE INDEX entities_key ON entities(key)",
    "CREATE INDEX entities_type ON entities(type)",
    """CREATE TABLE mentions (
        article_id TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        text TEXT NOT NULL,
        FOREIGN KEY (article_id, entity_id) REFERENCES entities(article_id, id)
            ON DELETE CASCADE ON UPDATE CASCADE
    )""",
    "CREATE INDEX mentions_entity ON mentions(article_id, entity_id)",
    """CREATE TABLE claims (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        kind TEXT,
        speaker TEXT,
        stance TEXT,
        channel TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    )""",
    """CREATE TABLE times (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        type TEXT,
        value TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    )""",
    """CREATE TABLE quantities (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        value REAL,
        unit TEXT,
        counts TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    )""",
    """CREATE TABLE places (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        name TEXT,
        geonames_id INTEGER,
        lat REAL,
        lon REAL,
        country TEXT,
        role TEXT,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    )""",
    """CREATE TABLE events (
        article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE ON UPDATE CASCADE,
        id TEXT NOT NULL,
        type TEXT,
        mode TEXT,
        acled_type TEXT,
        place TEXT,
        fatalities INTEGER,
        data TEXT NOT NULL,
        PRIMARY KEY (article_id, id)
    )""",
    "CREATE INDEX events_type ON events(type)",
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content='articles', content_rowid='seq',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
            VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
)


def _statements(*statements: str) -> Migration:
    """A migration that runs SQL statements in order (inside the caller's transaction)."""

    def apply(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


#: `MIGRATIONS[i]` takes the schema from version `i` to `i + 1`. Append only.
MIGRATIONS: list[Migration] = [_statements(*_V1)]


def schema_version() -> int:
    """The schema version this code writes."""
    return len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One full-text match; `snippet` marks the matched words with `[` `]`.

    `rank` is FTS5's bm25 score: lower (more negative) is a better match.
    """

    id: str
    title: str | None
    published: str | None
    language: str
    snippet: str
    rank: float


@dataclass(frozen=True, slots=True)
class EntityCount:
    key: str
    name: str
    articles: int


@dataclass(frozen=True, slots=True)
class StoreStats:
    articles: int
    languages: dict[str, int]
    entities: int
    entity_types: dict[str, int]
    top_entities: list[EntityCount]
    claims: int
    times: int
    quantities: int
    places: int
    events: int
    first_published: str | None
    last_published: str | None


def source_key(article: Article) -> str:
    """What recognises an article seen before: its url, else its source, else its id.

    An article without an id is given the codebook's (`article_id(text, url)`).
    """
    return article.url or article.source or article.id or article_id(article.text, article.url)


def fts_query(query: str) -> str | None:
    """A user's plain words as an FTS5 query: every word must match, no FTS syntax.

    Each whitespace-separated word becomes a quoted phrase, so quotes, hyphens,
    colons, parentheses and `AND`/`OR`/`NOT` are searched as text, never parsed.
    None when no word has a letter or digit. NUL ends an FTS5 query string, so it
    separates words like a space; lone surrogates (undecodable bytes from a
    terminal) cannot be UTF-8, so they are dropped.
    """
    text = query.encode("utf-8", "replace").decode("utf-8").replace("\x00", " ")
    words = [word for word in text.split() if any(ch.isalnum() for ch in word)]
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _analysis(record: dict[str, Any]) -> dict[str, Any]:
    """What the pipeline made of an article, without where it was read from."""
    return {name: value for name, value in record.items() if name != "source"}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class Store:
    """An SQLite file of articles. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path = "veilleur.db") -> None:
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open {self.path}: {err}; check the path and its permissions") from err
        try:
            self._configure()
            self._migrate()
        except BaseException:
            self._conn.close()
            raise

    # -- connection and schema -------------------------------------------------

    def _configure(self) -> None:
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as err:
            raise StoreError(f"cannot open {self.path} as an SQLite database: {err}") from err

    def _version(self) -> int:
        row = self._conn.execute("PRAGMA user_version").fetchone()
        return int(row[0])

    def _check_version(self, version: int) -> None:
        if version > schema_version():
            raise StoreError(
                f"{self.path} has schema version {version}, newer than this veilleur knows "
                f"({schema_version()}); upgrade veilleur to open it"
            )

    def _migrate(self) -> None:
        """Apply the migrations this database lacks, one transaction each."""
        try:
            version = self._version()
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self.path}: {err}") from err
        self._check_version(version)
        while version < schema_version():
            version = self._apply_next_migration()

    def _apply_next_migration(self) -> int:
        """Apply the next migration in one transaction; the version reached."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            version = self._version()  # another process may have migrated meanwhile
        except sqlite3.Error as err:
            self._rollback()
            raise StoreError(f"cannot migrate {self.path}: {err}") from err
        try:
            self._check_version(version)
            if version < schema_version():
                MIGRATIONS[version](self._conn)
                self._conn.execute(f"PRAGMA user_version = {version + 1}")
            self._conn.execute("COMMIT")
        except sqlite3.Error as err:
            self._rollback()
            raise StoreError(f"cannot migrate {self.path} to schema version {version + 1}: {err}") from err
        except BaseException:
            self._rollback()
            raise
        return self._version()

    @property
    def version(self) -> int:
        """The schema version of the open database."""
        return self._version()

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def put(self, article: Article) -> PutResult:
        """Store one article in one transaction: all its rows or none.

        - its id is stored already with the same record (from this or another
          source): "unchanged"; with another record (a newer analysis of the
          same text): the record and its rows are replaced, "updated";
        - its source_key is stored under another id (the text changed): the old
          rows are replaced in place (ingest order kept): "updated";
        - else "inserted".

        An article without an id gets the codebook id (`article_id(text, url)`)
        in the stored record; the article passed in is not modified.
        Raises StoreError naming the article if anything fails; nothing of it is
        then stored, and what was stored before is untouched.
        """
        record = article.to_dict()
        if record["id"] is None:
            record["id"] = article_id(article.text, article.url)
        key = source_key(article)
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as err:
            raise StoreError(f"cannot write article {key} ({record['id']}): {err}") from err
        try:
            result = self._put(record, key)
            self._conn.execute("COMMIT")
        except (sqlite3.Error, TypeError, ValueError) as err:
            self._rollback()
            raise StoreError(f"cannot store article {key} ({record['id']}): {err}; nothing of it stored") from err
        except BaseException:
            self._rollback()
            raise
        return result

    def put_many(self, articles: Iterable[Article]) -> Counter[str]:
        """`put` each article; counts of "inserted", "updated" and "unchanged"."""
        counts: Counter[str] = Counter()
        for article in articles:
            counts[self.put(article)] += 1
        return counts

    def delete(self, article_id: str) -> bool:
        """Delete an article and all its rows; False if it was not stored."""
        try:
            cursor = self._conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        except sqlite3.Error as err:
            raise StoreError(f"cannot delete article {article_id}: {err}") from err
        return cursor.rowcount > 0

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def _put(self, record: dict[str, Any], key: str) -> PutResult:
        stored = self._conn.execute("SELECT seq, record FROM articles WHERE id = ?", (record["id"],)).fetchone()
        if stored is not None:
            if _analysis(json.loads(stored[1])) == _analysis(record):
                return "unchanged"
            # Same text, new analysis (a newer veilleur): replace what was extracted.
            self._delete_items(record["id"])
            self._replace_article(stored[0], {**record, "source": json.loads(stored[1]).get("source")})
            self._insert_items(record)
            return "updated"
        row = self._conn.execute("SELECT seq, id FROM articles WHERE source_key = ?", (key,)).fetchone()
        if row is None:
            self._insert_article(record, key)
            result: PutResult = "inserted"
        else:
            self._delete_items(row[1])
            self._replace_article(row[0], record)
            result = "updated"
        self._insert_items(record)
        return result

    def _insert_article(self, record: dict[str, Any], key: str) -> None:
        now = _now()
        self._conn.execute(
            "INSERT INTO articles (source_key, id, url, outlet, title, published, language, text,"
            " record, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (key, *_article_columns(record), now, now),
        )

    def _replace_article(self, seq: int, record: dict[str, Any]) -> None:
        self._conn.execute(
            "UPDATE articles SET id = ?, url = ?, outlet = ?, title = ?, published = ?, language = ?,"
            " text = ?, record = ?, updated_at = ? WHERE seq = ?",
            (*_article_columns(record), _now(), seq),
        )

    def _delete_items(self, old_id: str) -> None:
        for table in ("mentions", "entities", *ITEM_TABLES):
            self._conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (old_id,))

    def _insert_items(self, record: dict[str, Any]) -> None:
        self._insert_entities(record["id"], record["entities"])
        for table, columns in ITEM_COLUMNS.items():
            names = ", ".join(columns)
            marks = ", ".join("?" * (len(columns) + 3))
            self._conn.executemany(
                f"INSERT INTO {table} (article_id, id, {names}, data) VALUES ({marks})",
                [(record["id"], item["id"], *(item[c] for c in columns), _json(item)) for item in record[table]],
            )

    def _insert_entities(self, article_id: str, entities: list[dict[str, Any]]) -> None:
        for ent in entities:
            stands_for = None if ent["stands_for"] is None else _json(ent["stands_for"])
            self._conn.execute(
                "INSERT INTO entities (article_id, id, type, name, key, title, stands_for, confidence)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    article_id,
                    ent["id"],
                    ent["type"],
                    ent["name"],
                    ent["key"],
                    ent["title"],
                    stands_for,
                    ent["confidence"],
                ),
            )
            self._conn.executemany(
                'INSERT INTO mentions (article_id, entity_id, start, "end", text) VALUES (?, ?, ?, ?, ?)',
                [(article_id, ent["id"], m["start"], m["end"], m["text"]) for m in ent["mentions"]],
            )

    # -- reading -----------------------------------------------------------------

    def get(self, article_id: str) -> Article | None:
        """The article with this id, or with this unique id prefix (at least 6 characters).

        None if nothing matches; StoreError if a prefix matches several articles.
        """
        row = self._read("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None and len(article_id) >= MIN_PREFIX:
            rows = self._read(
                "SELECT record FROM articles WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                (article_id, article_id + "\U0010ffff"),
            ).fetchall()
            if len(rows) > 1:
                raise StoreError(f"id prefix {article_id!r} matches several articles; give more characters")
            row = rows[0] if rows else None
        return None if row is None else Article.from_dict(json.loads(row[0]))

    def records(self) -> Iterator[Article]:
        """Every stored article, in ingest order (read a page at a time)."""
        last = 0
        while True:
            rows = self._read(
                "SELECT seq, record FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, _PAGE)
            ).fetchall()
            for _seq, record in rows:
                yield Article.from_dict(json.loads(record))
            if len(rows) < _PAGE:
                return
            last = rows[-1][0]

    def __len__(self) -> int:
        return int(self._read("SELECT COUNT(*) FROM articles").fetchone()[0])

    def search(self, query: str, *, limit: int = 20) -> list[SearchHit]:
        """Articles whose title or text has every word of `query`, best first.

        Accent- and case-insensitive; the query is plain words (no FTS syntax).
        """
        match = fts_query(query)
        if match is None or limit < 1:
            return []
        rows = self._read(
            "SELECT a.id, a.title, a.published, a.language,"
            " snippet(articles_fts, -1, '[', ']', '…', 12), articles_fts.rank"
            " FROM articles_fts JOIN articles AS a ON a.seq = articles_fts.rowid"
            " WHERE articles_fts MATCH ? ORDER BY articles_fts.rank LIMIT ?",
            (match, limit),
        ).fetchall()
        return [SearchHit(*row) for row in rows]

    def stats(self) -> StoreStats:
        """Counts over the whole store."""
        counts = {table: self._count(table) for table in ("articles", "entities", *ITEM_TABLES)}
        first, last = self._read(
            "SELECT MIN(published), MAX(published) FROM articles WHERE published IS NOT NULL"
        ).fetchone()
        return StoreStats(
            articles=counts["articles"],
            languages=self._group_count("articles", "language"),
            entities=counts["entities"],
            entity_types=self._group_count("entities", "type"),
            top_entities=self._top_entities(10),
            claims=counts["claims"],
            times=counts["times"],
            quantities=counts["quantities"],
            places=counts["places"],
            events=counts["events"],
            first_published=first,
            last_published=last,
        )

    def _read(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as err:
            raise StoreError(f"cannot read {self.path}: {err}") from err

    def _count(self, table: str) -> int:
        return int(self._read(f"SELECT COUNT(*) FROM {table}").fetchone()[0])

    def _group_count(self, table: str, column: str) -> dict[str, int]:
        rows = self._read(
            f"SELECT {column}, COUNT(*) AS n FROM {table} GROUP BY {column} ORDER BY n DESC, {column}"
        ).fetchall()
        return {value: int(n) for value, n in rows}

    def _top_entities(self, n: int) -> list[EntityCount]:
        """The keys found in most articles, each with its most frequent name."""
        rows = self._read(
            "SELECT key, COUNT(DISTINCT article_id) AS n FROM entities GROUP BY key ORDER BY n DESC, key LIMIT ?",
            (n,),
        ).fetchall()
        top = []
        for key, count in rows:
            (name,) = self._read(
                "SELECT name FROM entities WHERE key = ? GROUP BY name ORDER BY COUNT(*) DESC, name LIMIT 1",
                (key,),
            ).fetchone()
            top.append(EntityCount(key=key, name=name, articles=int(count)))
        return top


def _article_columns(record: dict[str, Any]) -> tuple[Any, ...]:
    """id, url, outlet, title, published, language, text, record."""
    return (
        record["id"],
        record["url"],
        record["outlet"],
        record["title"],
        record["published"],
        record["language"],
        record["text"],
        _json(record),
    )


__all__ = [
    "ITEM_COLUMNS",
    "ITEM_TABLES",
    "MIGRATIONS",
    "EntityCount",
    "SearchHit",
    "Store",
    "StoreStats",
    "fts_query",
    "schema_version",
    "source_key",
]

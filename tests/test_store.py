"""Tests for veilleur.store: round-trips, idempotency, FTS, atomicity, WAL readers, migrations."""

from __future__ import annotations

import itertools
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from veilleur import store as store_module
from veilleur.errors import StoreError
from veilleur.record import (
    Article,
    Claim,
    Cue,
    Entity,
    Event,
    EventActor,
    EventDate,
    Place,
    Quantity,
    Removed,
    Span,
    StandsFor,
    TextSpan,
    Time,
    article_id,
)
from veilleur.store import SearchHit, Store, fts_query, schema_version

BRIDGE = (
    "La ministre Inès Carvalho a déclaré mardi à Valmorin que la sécurité du pont était assurée. "
    "« Nous tiendrons », a-t-elle écrit sur Telegram. Trois drones ont été abattus près de Kyiv."
)
HARBOUR = "The harbour of Port Esker reopened on Friday after a storm, the mayor said."


def _span(text: str, part: str) -> TextSpan:
    start = text.index(part)
    return TextSpan(text=part, start=start, end=start + len(part))


def _article(text: str, *, url: str | None = None, source: str | None = None, **fields: Any) -> Article:
    return Article(text=text, id=article_id(text, url), url=url, source=source, **fields)


def rich_article(text: str = BRIDGE, url: str | None = "https://example.test/pont") -> Article:
    """An article with every list filled by hand."""
    minister = _span(text, "Inès Carvalho")
    town = _span(text, "Valmorin")
    cue = _span(text, "a déclaré")
    content = _span(text, "la sécurité du pont était assurée")
    quote = _span(text, "Nous tiendrons")
    tuesday = _span(text, "mardi")
    drones = _span(text, "Trois drones")
    shot = _span(text, "abattus")
    return _article(
        text,
        url=url,
        source="tests/bridge.txt",
        outlet="Le Courrier fictif",
        title="Le pont de Valmorin tient bon",
        published="2031-03-12",
        language="fr",
        removed=[Removed(text="Lire aussi : la crue de 2030", reason="related-link")],
        entities=[
            Entity(
                id="E1",
                type="PERSON",
                name="Inès Carvalho",
                key="ines carvalho",
                mentions=[minister],
                title="ministre",
                confidence=0.9,
            ),
            Entity(
                id="E2",
                type="GPE",
                name="Valmorin",
                key="geonames:9990001",
                mentions=[town],
                stands_for=StandsFor(kind="government", country="FR"),
            ),
        ],
        claims=[
            Claim(
                id="C1",
                kind="indirect",
                speaker="E1",
                speaker_text="La ministre Inès Carvalho",
                speaker_span=[0, minister.end],
                cue=Cue(text=cue.text, start=cue.start, end=cue.end, lemma="déclarer"),
                content=content,
                parts=[Span(content.start, content.end)],
                time="T1",
            ),
            Claim(
                id="C2",
                kind="direct",
                speaker="E1",
                speaker_text="elle",
                speaker_span=None,
                cue=None,
                content=quote,
                parts=[Span(quote.start, quote.end)],
                channel="Telegram",
                stance="promise",
                confidence=0.7,
            ),
        ],
        times=[
            Time(
                id="T1",
                text="mardi",
                start=tuesday.start,
                end=tuesday.end,
                type="DATE",
                value="2031-03-11",
                anchor="published",
            )
        ],
        quantities=[Quantity(id="Q1", text=drones.text, start=drones.start, end=drones.end, value=3.0, counts="drone")],
        places=[
            Place(
                id="P1",
                entity="E2",
                name="Valmorin",
                geonames_id=9990001,
                lat=45.25,
                lon=4.5,
                country="FR",
                admin1=None,
                feature="PPL",
                precision="locality",
                role="event",
            )
        ],
        events=[
            Event(
                id="V1",
                type="ASSAULT",
                mode="drone-strike",
                acled_type="Explosions/Remote violence",
                acled_subtype="Air/drone strike",
                trigger=shot,
                actors=[EventActor(entity=None, role="target", side=None)],
                place="P1",
                time="T1",
                date=EventDate(start="2031-03-11", end="2031-03-11", precision="day"),
                quantities=["Q1"],
                sentence=Span(drones.start, len(text)),
            )
        ],
        warnings=["places: Valmorin resolved by name only"],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "veilleur.db"


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with Store(db) as opened:
        yield opened


def _rows(db: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the file the way another tool would."""
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _count(db: Path, table: str) -> int:
    return int(_rows(db, f"SELECT COUNT(*) FROM {table}")[0][0])


# -- round trip ------------------------------------------------------------------------


def test_store_put_get_round_trips_the_record(store: Store) -> None:
    article = rich_article()
    assert store.put(article) == "inserted"
    got = store.get(article.id or "")
    assert got is not None
    assert got.to_dict() == article.to_dict()


def test_store_fills_query_tables(store: Store, db: Path) -> None:
    article = rich_article()
    store.put(article)
    assert _rows(db, "SELECT id, type, key, title FROM entities ORDER BY id") == [
        ("E1", "PERSON", "ines carvalho", "ministre"),
        ("E2", "GPE", "geonames:9990001", None),
    ]
    assert _rows(db, "SELECT stands_for FROM entities WHERE id = 'E2'") == [('{"kind":"government","country":"FR"}',)]
    assert _rows(db, 'SELECT entity_id, start, "end", text FROM mentions') == [
        ("E1", *_mention(article, "E1")),
        ("E2", *_mention(article, "E2")),
    ]
    assert _rows(db, "SELECT id, kind, speaker, stance, channel FROM claims ORDER BY id") == [
        ("C1", "indirect", "E1", "assert", None),
        ("C2", "direct", "E1", "promise", "Telegram"),
    ]
    assert _rows(db, "SELECT type, value FROM times") == [("DATE", "2031-03-11")]
    assert _rows(db, "SELECT value, unit, counts FROM quantities") == [(3.0, None, "drone")]
    assert _rows(db, "SELECT name, geonames_id, lat, lon, country, role FROM places") == [
        ("Valmorin", 9990001, 45.25, 4.5, "FR", "event")
    ]
    assert _rows(db, "SELECT type, mode, place, fatalities FROM events") == [("ASSAULT", "drone-strike", "P1", None)]
    assert _rows(db, "SELECT source_key FROM articles") == [("https://example.test/pont",)]


def _mention(article: Article, entity_id: str) -> tuple[int, int, str]:
    mention = article.entity(entity_id).mentions[0]
    return (mention.start, mention.end, mention.text)


def test_store_get_accepts_a_unique_prefix(store: Store) -> None:
    article = rich_article()
    store.put(article)
    assert article.id is not None
    got = store.get(article.id[:6])
    assert got is not None and got.id == article.id
    assert store.get(article.id[:5]) is None  # too short for a prefix
    assert store.get("zzzzzzzz") is None


def test_store_get_ambiguous_prefix_raises(store: Store) -> None:
    store.put_many([Article(text="un", id="abcdef01"), Article(text="deux", id="abcdef02")])
    with pytest.raises(StoreError, match="several"):
        store.get("abcdef")


def test_store_records_in_ingest_order(store: Store) -> None:
    texts = [f"Dépêche numéro {n} sur la foire de Brenneville." for n in range(7)]
    store.put_many(_article(text, source=f"wire:{n}") for n, text in enumerate(texts))
    assert [a.text for a in store.records()] == texts
    assert len(store) == 7


def test_store_records_pages_through_many(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "_PAGE", 3)
    store.put_many(_article(f"Brève {n}.", source=f"wire:{n}") for n in range(8))
    assert [a.text for a in store.records()] == [f"Brève {n}." for n in range(8)]


def test_store_article_without_id_gets_the_codebook_id(store: Store) -> None:
    article = Article(text=HARBOUR, url="https://example.test/port")
    store.put(article)
    expected = article_id(HARBOUR, "https://example.test/port")
    got = store.get(expected)
    assert got is not None and got.text == HARBOUR
    assert article.id is None  # the caller's article is not modified


# -- idempotency -----------------------------------------------------------------------


def test_store_put_twice_is_unchanged(store: Store, db: Path) -> None:
    article = rich_article()
    assert store.put(article) == "inserted"
    assert store.put(article) == "unchanged"
    assert _count(db, "articles") == 1
    assert _count(db, "entities") == 2
    assert _count(db, "mentions") == 2


def test_store_changed_text_same_url_is_updated(store: Store, db: Path) -> None:
    first = rich_article()
    store.put(_article(HARBOUR, source="other"))
    store.put(first)
    changed_text = BRIDGE.replace("Trois drones", "Quatre planeurs").replace("Kyiv", "Ostrava")
    second = _article(changed_text, url=first.url, title="Mise à jour", language="fr")
    assert store.put(second) == "updated"
    assert _count(db, "articles") == 2
    assert _count(db, "entities") == 0  # the old rows went with the old version
    assert store.get(first.id or "") is None
    got = store.get(second.id or "")
    assert got is not None and got.to_dict() == second.to_dict()
    assert [hit.id for hit in store.search("planeurs")] == [second.id]
    assert store.search("drones") == []
    assert store.search("Kyiv") == []
    assert [a.text for a in store.records()] == [HARBOUR, changed_text]  # keeps its place


def test_store_changed_text_same_source_is_updated(store: Store, db: Path) -> None:
    store.put(_article("Le marché ouvre à huit heures.", source="feed.jsonl:4"))
    assert store.put(_article("Le marché ouvre à neuf heures.", source="feed.jsonl:4")) == "updated"
    assert _count(db, "articles") == 1
    assert store.search("neuf")
    assert not store.search("huit")


def test_store_same_id_from_another_source_is_unchanged(store: Store, db: Path) -> None:
    store.put(_article(HARBOUR, source="a/port.txt"))
    assert store.put(_article(HARBOUR, source="b/port-copy.txt")) == "unchanged"
    assert _rows(db, "SELECT source_key FROM articles") == [("a/port.txt",)]


def test_store_put_many_counts(store: Store) -> None:
    counts = store.put_many(
        [
            _article(HARBOUR, source="x"),
            _article(HARBOUR, source="x"),
            _article(BRIDGE, source="y"),
            _article(BRIDGE + " Fin.", source="y"),
        ]
    )
    assert counts == {"inserted": 2, "unchanged": 1, "updated": 1}


# -- full-text search ------------------------------------------------------------------


@pytest.mark.parametrize("query", ["securite", "SÉCURITÉ", "Sécurité", "kyiv", "Kyiv", "pont securite"])
def test_store_search_is_accent_and_case_insensitive(store: Store, query: str) -> None:
    article = rich_article()
    store.put(article)
    store.put(_article(HARBOUR, source="port"))
    hits = store.search(query)
    assert [hit.id for hit in hits] == [article.id]


def test_store_search_hit_fields(store: Store) -> None:
    article = rich_article()
    store.put(article)
    (hit,) = store.search("securite")
    assert isinstance(hit, SearchHit)
    assert (hit.id, hit.title, hit.published, hit.language) == (
        article.id,
        article.title,
        "2031-03-12",
        "fr",
    )
    assert "[sécurité]" in hit.snippet
    assert isinstance(hit.rank, float)


def test_store_search_finds_title_words_and_ranks(store: Store) -> None:
    store.put(_article("Le port est calme.", source="a", title="Tempête sur la côte"))
    store.put(_article("Tempête, tempête, tempête sur la côte.", source="b"))
    hits = store.search("tempete")
    assert len(hits) == 2
    assert hits[0].rank <= hits[1].rank
    assert store.search("tempete", limit=1) == hits[:1]
    assert store.search("tempete", limit=0) == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        'pont"',
        '"la sécurité',
        "Saint-Pierre",
        "pont-levis",
        "title:pont",
        "text : pont",
        "(pont",
        "pont)",
        "pont AND",
        "AND",
        "OR NOT",
        "NEAR(pont",
        "-",
        "- pont",
        "pont*",
        "^pont",
        "+",
        "{title}: pont",
        "",
        "   ",
        "l'hôtel",
        "pont\x00",
        "\x00",
        "pont\udcff",
    ],
)
def test_store_search_user_queries_never_raise(store: Store, query: str) -> None:
    store.put(rich_article())
    assert isinstance(store.search(query), list)


def test_store_search_hyphenated_query_matches_words(store: Store) -> None:
    article = _article("La course Saint-Pierre Marathon aura lieu dimanche.", source="course")
    store.put(article)
    assert [hit.id for hit in store.search("Saint-Pierre")] == [article.id]
    assert [hit.id for hit in store.search('"marathon"')] == [article.id]


def test_store_search_nothing_found_is_empty(store: Store) -> None:
    store.put(rich_article())
    assert store.search("introuvable") == []


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('pont "levis" AND') == '"pont" """levis""" "AND"'
    assert fts_query(" - ( ) ") is None
    assert fts_query("0\x00pont") == '"0" "pont"'


def test_store_delete_removes_rows_and_index(store: Store, db: Path) -> None:
    article = rich_article()
    other = _article(HARBOUR, source="port")
    store.put_many([article, other])
    assert store.delete(article.id or "")
    assert not store.delete(article.id or "")
    assert store.search("securite") == []
    assert [hit.id for hit in store.search("harbour")] == [other.id]
    for table in ("entities", "mentions", *store_module.ITEM_TABLES):
        assert _count(db, table) == 0


def test_store_fts_integrity_after_updates(store: Store, db: Path) -> None:
    store.put(rich_article())
    store.put(_article("Nouvelle version du texte sur le pont.", url="https://example.test/pont"))
    store.put(_article(HARBOUR, source="port"))
    store.delete(article_id(HARBOUR, None))
    conn = sqlite3.connect(db)
    try:
        conn.execute("INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)")
    finally:
        conn.close()


# -- atomicity -------------------------------------------------------------------------


def test_store_failed_put_stores_nothing_of_the_article(store: Store, db: Path) -> None:
    earlier = _article(HARBOUR, source="port")
    store.put(earlier)
    broken = rich_article()
    broken.entities.append(Entity(id="E1", type="ORG", name="Doublon", key="doublon"))
    with pytest.raises(StoreError, match=re.escape("https://example.test/pont")) as info:
        store.put(broken)
    assert broken.id is not None and broken.id in str(info.value)
    assert info.value.code == "V300"
    assert store.get(broken.id) is None
    assert store.search("securite") == []
    assert _count(db, "articles") == 1
    assert _count(db, "entities") == 0
    assert _count(db, "mentions") == 0
    got = store.get(earlier.id or "")
    assert got is not None and got.to_dict() == earlier.to_dict()
    broken.entities.pop()
    assert store.put(broken) == "inserted"  # the store is still usable


def test_store_failed_update_keeps_the_old_version(store: Store, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = rich_article()
    store.put(old)

    def fail(record: dict[str, Any]) -> None:
        raise sqlite3.OperationalError("disk went away")

    monkeypatch.setattr(store, "_insert_items", fail)
    new = _article("Le pont est fermé.", url=old.url, source="tests/bridge.txt")
    with pytest.raises(StoreError, match="disk went away"):
        store.put(new)
    got = store.get(old.id or "")
    assert got is not None and got.to_dict() == old.to_dict()
    assert _count(db, "entities") == 2
    assert store.search("securite")
    assert not store.search("fermé")


def test_store_unserialisable_value_is_a_store_error(store: Store) -> None:
    article = _article(HARBOUR, source="port")
    article.entities.append(Entity(id="E1", type="GPE", name="Port Esker", key="k", confidence=float("nan")))
    with pytest.raises(StoreError):
        store.put(article)
    assert len(store) == 0


# -- concurrency -----------------------------------------------------------------------


def test_store_uses_wal(store: Store, db: Path) -> None:
    assert _rows(db, "PRAGMA journal_mode") == [("wal",)]


def test_store_reader_reads_while_writer_holds_a_transaction(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db) as writer, Store(db) as reader:
        writer.put(rich_article())
        seen: list[list[SearchHit]] = []
        original = writer._insert_items

        def insert_then_read(record: dict[str, Any]) -> None:
            original(record)
            assert writer._conn.in_transaction
            seen.append(reader.search("harbour"))  # the write is not committed yet
            seen.append(reader.search("securite"))
            assert reader.get(record["id"]) is None

        monkeypatch.setattr(writer, "_insert_items", insert_then_read)
        assert writer.put(_article(HARBOUR, source="port")) == "inserted"
        assert seen[0] == []
        assert len(seen[1]) == 1
        assert [hit.id for hit in reader.search("harbour")] == [article_id(HARBOUR, None)]


def test_store_reader_reads_during_a_raw_write_transaction(db: Path) -> None:
    with Store(db) as first:
        first.put(rich_article())
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM articles")
        with Store(db) as reader:
            assert len(reader.search("securite")) == 1
            assert reader.stats().articles == 1
        script = "import sys; from veilleur.store import Store; print(len(Store(sys.argv[1]).search('pont')))"
        other = subprocess.run(
            [sys.executable, "-c", script, str(db)], capture_output=True, text=True, timeout=60, check=True
        )
        assert other.stdout.strip() == "1"  # a reader in another process
        conn.execute("ROLLBACK")
    finally:
        conn.close()


# -- migrations ------------------------------------------------------------------------


def test_store_fresh_database_gets_current_version(store: Store, db: Path) -> None:
    assert store.version == schema_version() == 1
    assert _rows(db, "PRAGMA user_version") == [(schema_version(),)]


def test_store_reopening_keeps_data(db: Path) -> None:
    with Store(db) as first:
        first.put(rich_article())
    with Store(db) as second:
        assert len(second) == 1
        assert second.version == schema_version()


def test_store_newer_database_raises(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {schema_version() + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer than this veilleur knows"):
        Store(db)


def test_store_old_database_is_migrated(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db) as first:
        first.put(rich_article())

    def add_stories(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE stories (id TEXT PRIMARY KEY, title TEXT)")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, add_stories])
    with Store(db) as second:
        assert second.version == 2
        assert len(second) == 1
    assert _count(db, "stories") == 0


def test_store_failed_migration_rolls_back(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store(db) as first:
        first.put(rich_article())

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE stories (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(store_module, "MIGRATIONS", [*store_module.MIGRATIONS, half_done])
    with pytest.raises(StoreError, match="schema version 2"):
        Store(db)
    assert _rows(db, "PRAGMA user_version") == [(1,)]
    assert _rows(db, "SELECT name FROM sqlite_master WHERE name = 'stories'") == []
    assert _count(db, "articles") == 1


def test_store_not_a_database_raises(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("ceci n'est pas une base de données\n" * 100)
    with pytest.raises(StoreError):
        Store(path)


def test_store_unopenable_path_raises(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        Store(tmp_path / "missing" / "dir" / "v.db")


# -- stats -----------------------------------------------------------------------------


def test_store_stats(store: Store) -> None:
    empty = store.stats()
    assert (empty.articles, empty.entities, empty.first_published, empty.top_entities) == (0, 0, None, [])
    store.put(rich_article())
    store.put(
        _article(
            HARBOUR,
            source="port",
            language="en",
            published="2031-02-01",
            entities=[
                Entity(id="E1", type="GPE", name="Port Esker", key="geonames:9990002"),
                Entity(id="E2", type="PERSON", name="Ines Carvalho", key="ines carvalho"),
            ],
        )
    )
    stats = store.stats()
    assert stats.articles == 2
    assert stats.languages == {"en": 1, "fr": 1}
    assert stats.entities == 4
    assert stats.entity_types == {"GPE": 2, "PERSON": 2}
    assert stats.top_entities[0] == store_module.EntityCount(key="ines carvalho", name="Ines Carvalho", articles=2)
    assert len(stats.top_entities) == 3
    assert (stats.claims, stats.times, stats.quantities, stats.places, stats.events) == (2, 1, 1, 1, 1)
    assert (stats.first_published, stats.last_published) == ("2031-02-01", "2031-03-12")


# -- properties ------------------------------------------------------------------------


def test_store_round_trips_any_text(tmp_path: Path) -> None:
    serial = itertools.count()
    with Store(tmp_path / "property.db") as store:

        @settings(max_examples=150, deadline=None)
        @given(text=st.text(), title=st.none() | st.text())
        def check(text: str, title: str | None) -> None:
            n = next(serial)
            article = Article(text=text, title=title, id=f"prop{n:012d}", source=f"prop:{n}")
            assert store.put(article) == "inserted"
            got = store.get(article.id or "")
            assert got is not None
            assert got.to_dict() == article.to_dict()
            store.search(text)

        check()


def test_store_search_any_query_never_raises(tmp_path: Path) -> None:
    with Store(tmp_path / "search.db") as store:
        store.put(rich_article())

        @settings(max_examples=200, deadline=None)
        @given(query=st.text(st.characters()))
        def check(query: str) -> None:
            assert isinstance(store.search(query), list)

        check()


def test_store_put_same_text_with_a_new_analysis_replaces_the_record(tmp_path: Path) -> None:
    with Store(tmp_path / "v.db") as store:
        first = _article("Le ministre a visité Odessa.", source="a.txt")
        assert store.put(first) == "inserted"
        again = _article("Le ministre a visité Odessa.", source="a.txt")
        again.entities = [Entity(id="E1", type="GPE", name="Odessa", key="geonames:698740")]
        assert store.put(again) == "updated"
        assert store.put(again) == "unchanged"
        stored = store.get(again.id or "")
        assert stored is not None and [e.key for e in stored.entities] == ["geonames:698740"]
        assert len(store) == 1

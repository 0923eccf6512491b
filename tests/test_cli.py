"""End-to-end tests of the `veilleur` command line: what the README promises its users.

Most tests run the typer app in-process with `CliRunner` (the spaCy models load once
per test session); two run the installed `veilleur` executable, where the exit code
and the separation of standard output and standard error must be the real ones.
"""

from __future__ import annotations

import csv
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
import typer
from typer.testing import CliRunner, Result

from veilleur.cli import app
from veilleur.store import Store

VEILLEUR = Path(sys.executable).parent / "veilleur"
README = Path(__file__).resolve().parent.parent / "README.md"

PUBLISHED = "2024-03-05"
RECORD_LISTS = ("entities", "claims", "times", "quantities", "places", "events", "removed", "warnings")

FR_TEXT = (
    "Le ministre Paul Ferrand a déclaré mardi à Lyon que la sécurité du port était assurée.\n"
    "Lire aussi : Les autres nouvelles de la semaine\n"
    "Les forces de Valdorie ont avancé près de Marseille, selon l'état-major.\n"
    "Dossier à suivre\n"
)
EN_TEXT = (
    "Minister Helen Carter said on Monday in London that the bridge would reopen soon.\n"
    "Read more: Other stories from this week\n"
    "Forces advanced near Manchester overnight, the army said.\n"
)
BOILERPLATE = ("Lire aussi : Les autres nouvelles de la semaine", "Dossier à suivre", "Read more: Other stories")

PAGE = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Le port de Brest rouvre après la tempête</title>
<meta property="og:site_name" content="La Gazette du Ponant">
<meta property="og:title" content="Le port de Brest rouvre après la tempête">
<meta property="article:published_time" content="2024-02-11T08:30:00+01:00">
<link rel="canonical" href="https://gazette-ponant.example/port-brest-rouvre">
</head>
<body>
<nav><a href="/">Accueil</a> <a href="/politique">Politique</a> <a href="/monde">Monde</a></nav>
<article>
<h1>Le port de Brest rouvre après la tempête</h1>
<p>La ministre de la Mer, Claire Dubreuil, a annoncé lundi la réouverture complète du port de Brest
après trois jours de fermeture.</p>
<p>Selon la capitainerie, les quais ont été inspectés pendant la nuit et aucun dégât majeur n'a été
constaté sur les installations.</p>
<p>Les pêcheurs du Finistère, qui attendaient depuis samedi, ont pu reprendre la mer dès l'aube,
a précisé la préfecture maritime.</p>
<p>« Nous restons vigilants pour les prochains jours », a affirmé Claire Dubreuil lors d'un point
presse à Quimper.</p>
</article>
<footer><p>© La Gazette du Ponant – Mentions légales – Contact</p></footer>
</body>
</html>
"""
NAV_ONLY = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Rubrique Monde</title></head>
<body>
<header><nav><ul><li><a href="/">Accueil</a></li><li><a href="/politique">Politique</a></li>
<li><a href="/monde">Monde</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<footer><p>Mentions légales</p><p>Contact</p><p>Plan du site</p></footer>
</body></html>
"""

runner = CliRunner()


def run(*args: str | Path, env: dict[str, str] | None = None) -> Result:
    """`veilleur ARGS` in-process; standard output and error kept apart."""
    return runner.invoke(app, [str(arg) for arg in args], env=env)


def parse_lines(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.split("\n") if line.strip()]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error")]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*lines: dict[str, str] | str) -> str:
    return "".join((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n" for line in lines)


def real_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key != "VEILLEUR_DB"}


@pytest.fixture(autouse=True)
def _isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test reads the user's $VEILLEUR_DB or writes ./veilleur.db outside tmp_path."""
    monkeypatch.delenv("VEILLEUR_DB", raising=False)
    monkeypatch.chdir(tmp_path)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    """A store holding three articles (French text, English text, French page): (db, {file: id})."""
    folder = tmp_path_factory.mktemp("stored")
    write(folder / "corpus" / "fr.txt", FR_TEXT)
    write(folder / "corpus" / "en.txt", EN_TEXT)
    write(folder / "corpus" / "page.html", PAGE)
    db = folder / "store.db"
    result = run("ingest", folder / "corpus", "--db", db)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        ids = {Path(article.source or "").name: article.id or "" for article in store.records()}
    assert set(ids) == {"fr.txt", "en.txt", "page.html"}
    return db, ids


# -- analyze ---------------------------------------------------------------------


@pytest.mark.slow
def test_cli_analyze_prints_one_codebook_record_per_article(tmp_path: Path) -> None:
    fr = write(tmp_path / "fr.txt", FR_TEXT)
    en = write(tmp_path / "en.txt", EN_TEXT)
    result = run("analyze", fr, en, "--published", PUBLISHED)
    assert result.exit_code == 0, result.output
    assert error_lines(result.stderr) == []
    records = parse_lines(result.stdout)
    assert len(records) == len(result.stdout.strip().split("\n")) == 2
    assert [r["language"] for r in records] == ["fr", "en"]
    for record in records:
        assert record["schema"] == "veilleur/1"
        assert record["published"] == PUBLISHED
        assert record["id"]
        for name in RECORD_LISTS:
            assert isinstance(record[name], list), name
        text = record["text"]
        mentions = [m for entity in record["entities"] for m in entity["mentions"]]
        assert mentions
        for mention in mentions:
            assert text[mention["start"] : mention["end"]] == mention["text"]
        removed = [item["text"] for item in record["removed"]]
        assert removed
        for line in BOILERPLATE:
            assert line not in text
    fr_record, en_record = records
    assert [item["text"] for item in fr_record["removed"]] == [BOILERPLATE[0], BOILERPLATE[1]]
    assert en_record["removed"][0]["text"].startswith(BOILERPLATE[2])
    assert "Paul Ferrand" in {entity["name"] for entity in fr_record["entities"]}
    assert "Helen Carter" in {entity["name"] for entity in en_record["entities"]}
    assert "Valdorie ont avancé près de Marseille" in fr_record["text"]


@pytest.mark.slow
def test_cli_analyze_table_format_is_readable(tmp_path: Path) -> None:
    fr = write(tmp_path / "fr.txt", FR_TEXT)
    result = run("analyze", fr, "--format", "table")
    assert result.exit_code == 0, result.output
    assert not result.stdout.lstrip().startswith("{")
    rows = result.stdout.splitlines()
    assert any("PERSON" in row and "Paul" in row and "ministre" in row for row in rows)
    assert any("GPE" in row and "Marseille" in row for row in rows)
    assert "Dossier à suivre" in result.stdout  # listed as removed


@pytest.mark.slow
def test_cli_analyze_jsonl_broken_line_is_reported_and_others_go_on(tmp_path: Path) -> None:
    feed = write(
        tmp_path / "feed.jsonl",
        jsonl(
            {"text": FR_TEXT, "title": "Le port est sûr", "url": "https://exemple.test/port"},
            '{"text": "Le ministre a parlé", "title": ',
            {"text": EN_TEXT, "published": "2024-01-02"},
        ),
    )
    result = run("analyze", feed, "--published", PUBLISHED)
    assert result.exit_code == 1
    records = parse_lines(result.stdout)
    assert [r["source"] for r in records] == [f"{feed}:1", f"{feed}:3"]
    assert records[0]["title"] == "Le port est sûr"
    assert records[0]["url"] == "https://exemple.test/port"
    assert records[0]["published"] == PUBLISHED
    assert records[1]["published"] == "2024-01-02"  # the line's own date wins
    errors = error_lines(result.stderr)
    assert len(errors) == 1
    assert "feed.jsonl:2" in errors[0]
    assert "invalid JSON" in errors[0]


@pytest.mark.slow
def test_cli_analyze_html_page_reads_title_outlet_and_date(tmp_path: Path) -> None:
    page = write(tmp_path / "page.html", PAGE)
    result = run("analyze", page)
    assert result.exit_code == 0, result.output
    (record,) = parse_lines(result.stdout)
    assert record["title"] == "Le port de Brest rouvre après la tempête"
    assert record["outlet"] == "La Gazette du Ponant"
    assert record["published"].startswith("2024-02-11")
    assert record["url"] == "https://gazette-ponant.example/port-brest-rouvre"
    assert record["language"] == "fr"
    assert "aucun dégât majeur" in record["text"]
    assert "Nous restons vigilants" in record["text"]
    assert "Mentions légales" not in record["text"]
    assert "Politique" not in record["text"]


@pytest.mark.slow
def test_cli_analyze_published_option_does_not_override_the_page_date(tmp_path: Path) -> None:
    page = write(tmp_path / "page.html", PAGE)
    result = run("analyze", page, "--published", PUBLISHED)
    assert result.exit_code == 0, result.output
    (record,) = parse_lines(result.stdout)
    assert record["published"].startswith("2024-02-11")  # --published is for inputs that give no date


@pytest.mark.slow
def test_cli_analyze_language_option_forces_the_language(tmp_path: Path) -> None:
    fr = write(tmp_path / "fr.txt", FR_TEXT)
    forced = parse_lines(run("analyze", fr, "--language", "en").stdout)
    detected = parse_lines(run("analyze", fr, "--language", "auto").stdout)
    assert [r["language"] for r in forced] == ["en"]
    assert [r["language"] for r in detected] == ["fr"]


@pytest.mark.slow
def test_cli_analyze_jsonl_line_holds_one_record_for_any_line_splitter(tmp_path: Path) -> None:
    odd = write(tmp_path / "odd.txt", "La ministre Claire Dubreuil a parlé mardi\u2028à Brest de la tempête.\n")
    result = run("analyze", odd)
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1


@pytest.mark.slow
def test_cli_analyze_reads_standard_input_with_the_real_executable(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(VEILLEUR), "analyze", "-", "--language", "en", "--published", PUBLISHED],
        input=EN_TEXT.encode("utf-8"),
        capture_output=True,
        cwd=tmp_path,
        env=real_env(),
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    lines = done.stdout.decode("utf-8").splitlines()
    assert len(lines) == 1  # nothing but the record on standard output
    record = json.loads(lines[0])
    assert record["source"] == "-"
    assert record["language"] == "en"
    assert record["published"] == PUBLISHED
    assert "Helen Carter" in {entity["name"] for entity in record["entities"]}
    assert b"error" not in done.stderr


def test_cli_bad_inputs_exit_1_with_one_error_line_each_on_stderr(tmp_path: Path) -> None:
    write(tmp_path / "vide.txt", "")
    done = subprocess.run(
        [str(VEILLEUR), "analyze", "vide.txt", "absent.txt"],
        capture_output=True,
        cwd=tmp_path,
        env=real_env(),
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    assert done.stdout == b""
    errors = done.stderr.decode("utf-8").splitlines()
    assert len(errors) == 2
    assert "vide.txt" in errors[0]
    assert "empty" in errors[0]
    assert "absent.txt" in errors[1]
    assert "No such file" in errors[1]


def test_cli_error_line_names_a_file_with_brackets_in_its_name(tmp_path: Path) -> None:
    empty = write(tmp_path / "notes[brouillon].txt", "")
    result = run("analyze", empty)
    assert result.exit_code == 1
    (line,) = error_lines(result.stderr)
    assert "notes[brouillon].txt" in line


# -- ingest ----------------------------------------------------------------------


def _bad_and_good_inbox(folder: Path) -> dict[str, str]:
    """Write bad inputs and good ones into `folder`; {name in the error line: reason in it}."""
    write(folder / "empty.txt", "")
    write(folder / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    with (folder / "big.txt").open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)  # sparse: over the 5 MB limit without writing it
    write(folder / "garbage.txt", bytes(range(0x80, 0x100)) * 8)
    write(folder / "nav.html", NAV_ONLY)
    write(
        folder / "feed.jsonl",
        jsonl(
            {"text": "Ostrava affirme que ses forces ont repoussé une attaque près de la frontière."},
            '{"text": "Le convoi est arrivé"',
            {"text": "The capital says its troops crossed the river near Dunmore at dawn.", "language": "en"},
        ),
    )
    write(folder / "good1.txt", FR_TEXT)
    write(folder / "good2.txt", EN_TEXT)
    return {
        "empty.txt": "empty",
        "binary.txt": "binary",
        "big.txt": "too large",
        "garbage.txt": "not valid UTF-8",
        "nav.html": "no article text",
        "feed.jsonl:2": "invalid JSON",
    }


def _stats(db: Path) -> dict[str, Any]:
    result = run("stats", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    (summary,) = parse_lines(result.stdout)
    return summary


@pytest.mark.slow
def test_cli_ingest_reports_each_bad_input_and_stores_the_good_ones(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    expected = _bad_and_good_inbox(inbox)
    db = tmp_path / "store.db"
    result = run("ingest", inbox, "--db", db)
    assert result.exit_code == 1
    errors = error_lines(result.stderr)
    assert len(errors) == len(expected), errors
    for name, reason in expected.items():
        (line,) = [line for line in errors if f"/{name}: " in line]
        assert reason in line, line
    assert "4 new" in result.stdout
    assert "6 failed" in result.stdout
    assert _stats(db)["articles"] == 4
    with Store(db) as store:
        before = {article.id: article.to_dict() for article in store.records()}
        assert sorted(Path(a["source"]).name for a in before.values()) == [
            "feed.jsonl:1",
            "feed.jsonl:3",
            "good1.txt",
            "good2.txt",
        ]

    write(inbox / "good3.txt", "La capitale Norvalie affirme que ses navires ont quitté le port de Nantes jeudi.")
    write(inbox / "sub" / "blank.md", "   \n\n")
    again = run("ingest", inbox, "--db", db)
    assert again.exit_code == 1
    assert len(error_lines(again.stderr)) == len(expected) + 1
    assert "1 new" in again.stdout
    assert "4 unchanged" in again.stdout
    with Store(db) as store:
        assert len(store) == 5
        for article_id, record in before.items():
            kept = store.get(article_id)
            assert kept is not None
            assert kept.to_dict() == record


def _search_ids(query: str, db: Path) -> list[str]:
    result = run("search", query, "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    return [hit["id"] for hit in parse_lines(result.stdout)]


@pytest.mark.slow
def test_cli_ingest_twice_stores_once_and_a_changed_text_updates(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus / "a.txt", "La capitale Norvalie affirme que ses goélettes ont quitté le port de Nantes jeudi.")
    write(corpus / "b.txt", EN_TEXT)
    write(corpus / "c.txt", FR_TEXT)
    db = tmp_path / "store.db"

    first = run("ingest", corpus, "--db", db)
    assert first.exit_code == 0, first.output
    assert "3 new, 0 updated, 0 unchanged; 0 failed" in first.stdout
    old_ids = _search_ids("goelettes", db)
    assert len(old_ids) == 1

    second = run("ingest", corpus, "--db", db)
    assert second.exit_code == 0, second.output
    assert "0 new, 0 updated, 3 unchanged; 0 failed" in second.stdout
    with Store(db) as store:
        assert len(store) == 3

    write(corpus / "a.txt", "La capitale Norvalie affirme que ses catamarans ont quitté le port de Nantes jeudi.")
    third = run("ingest", corpus, "--db", db)
    assert third.exit_code == 0, third.output
    assert "0 new, 1 updated, 2 unchanged" in third.stdout
    with Store(db) as store:
        assert len(store) == 3
    new_ids = _search_ids("catamarans", db)
    assert len(new_ids) == 1
    assert new_ids != old_ids
    assert _search_ids("goelettes", db) == []


# -- show, search, export, stats -------------------------------------------------


@pytest.mark.slow
def test_cli_show_by_full_id_and_by_prefix(stored: tuple[Path, dict[str, str]]) -> None:
    db, ids = stored
    article_id = ids["page.html"]
    with Store(db) as store:
        expected = store.get(article_id)
    assert expected is not None
    full = run("show", article_id, "--db", db, "--format", "jsonl")
    assert full.exit_code == 0, full.output
    assert json.loads(full.stdout) == expected.to_dict()
    prefix = run("show", article_id[:6], "--db", db, "--format", "jsonl")
    assert prefix.exit_code == 0, prefix.output
    assert json.loads(prefix.stdout)["id"] == article_id
    table = run("show", article_id[:8], "--db", db)
    assert table.exit_code == 0, table.output
    assert article_id in table.stdout
    assert "Le port de Brest rouvre après la tempête" in table.stdout
    assert "Dubreuil" in table.stdout  # the table may wrap a name over two lines


@pytest.mark.slow
@pytest.mark.parametrize("wanted", ["0000000000000000", "zzzzzz", "5char"])
def test_cli_show_unknown_id_exits_1_with_a_message(stored: tuple[Path, dict[str, str]], wanted: str) -> None:
    db, ids = stored
    if wanted == "5char":
        wanted = ids["fr.txt"][:5]  # a prefix must have 6+ characters
    result = run("show", wanted, "--db", db)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert f"no article {wanted!r}" in result.stderr


@pytest.mark.slow
def test_cli_search_ignores_accents_and_case(stored: tuple[Path, dict[str, str]]) -> None:
    db, ids = stored
    assert _search_ids("securite", db) == [ids["fr.txt"]]
    assert _search_ids("SÉCURITÉ port", db) == [ids["fr.txt"]]
    assert _search_ids("peche finistere", db) == []  # every word must match
    assert _search_ids("pecheurs finistere", db) == [ids["page.html"]]
    table = run("search", "securite", "--db", db)
    assert table.exit_code == 0, table.output
    assert ids["fr.txt"] in table.stdout
    assert ids["en.txt"] not in table.stdout
    nothing = run("search", "zeppelin", "--db", db)
    assert nothing.exit_code == 0
    assert "no article matches" in nothing.stdout


@pytest.mark.slow
def test_cli_search_table_snippet_shows_the_matched_word(stored: tuple[Path, dict[str, str]]) -> None:
    db, ids = stored
    result = run("search", "bridge", "--db", db)
    assert result.exit_code == 0, result.output
    assert ids["en.txt"] in result.stdout
    assert "bridge" in result.stdout


def _exported_ids(fmt: str, path: Path) -> list[str]:
    if fmt == "jsonl":
        return [record["id"] for record in parse_lines(path.read_text(encoding="utf-8"))]
    if fmt == "csv":
        with path.open(encoding="utf-8", newline="") as handle:
            return [row["id"] for row in csv.DictReader(handle)]
    return [str(value) for value in pq.read_table(path).column("id").to_pylist()]


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_cli_export_writes_every_record(stored: tuple[Path, dict[str, str]], tmp_path: Path, fmt: str) -> None:
    db, ids = stored
    out = tmp_path / f"records.{fmt}"
    result = run("export", "--format", fmt, "--out", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert sorted(_exported_ids(fmt, out)) == sorted(ids.values())
    assert "3 records written" in result.stderr


@pytest.mark.slow
def test_cli_export_jsonl_to_stdout_is_the_stored_records(stored: tuple[Path, dict[str, str]]) -> None:
    db, _ids = stored
    result = run("export", "--db", db)
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert parse_lines(result.stdout) == [article.to_dict() for article in store.records()]


@pytest.mark.slow
def test_cli_stats_prints_article_and_language_counts(stored: tuple[Path, dict[str, str]]) -> None:
    db, _ids = stored
    table = run("stats", "--db", db)
    assert table.exit_code == 0, table.output
    assert "3 articles" in table.stdout
    assert "languages: en 1, fr 2" in table.stdout
    summary = _stats(db)
    assert summary["articles"] == 3
    assert summary["languages"] == {"fr": 2, "en": 1}
    assert summary["top_entities"]
    assert summary["top_entities"][0]["name"] in table.stdout


# -- the store -------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["show", "0123456789abcdef"], ["search", "port"], ["stats"], ["export", "--out", "out.jsonl"]],
    ids=["show", "search", "stats", "export"],
)
def test_cli_commands_on_a_missing_store_say_to_ingest_first(tmp_path: Path, args: list[str]) -> None:
    db = tmp_path / "absent.db"
    result = run(*args, "--db", db)
    assert result.exit_code == 1
    assert "ingest" in result.stderr
    assert str(db) in result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no store, no -wal, no export file


@pytest.mark.slow
def test_cli_db_option_and_environment_select_the_store(tmp_path: Path) -> None:
    write(tmp_path / "in" / "a.txt", FR_TEXT)
    by_env = tmp_path / "env.db"
    env = {"VEILLEUR_DB": str(by_env)}
    result = run("ingest", tmp_path / "in", env=env)
    assert result.exit_code == 0, result.output
    assert by_env.exists()
    assert not (tmp_path / "veilleur.db").exists()

    assert parse_lines(run("stats", "--format", "jsonl", env=env).stdout)[0]["articles"] == 1
    assert _stats(by_env)["articles"] == 1
    # --db wins over $VEILLEUR_DB
    other = run("stats", "--db", tmp_path / "other.db", env=env)
    assert other.exit_code == 1
    assert "other.db" in other.stderr
    # neither: ./veilleur.db, which does not exist here
    default = run("stats")
    assert default.exit_code == 1
    assert "veilleur.db" in default.stderr
    assert not (tmp_path / "veilleur.db").exists()


# -- help and docs ---------------------------------------------------------------


def _command_paths(command: Any = None, path: tuple[str, ...] = ()) -> list[str]:
    """Every command a user can run, as typed after `veilleur` ("ingest", "eval times")."""
    command = command or typer.main.get_command(app)
    if hasattr(command, "commands"):  # a group (typer vendors its own click classes)
        return [
            name for sub in sorted(command.commands) for name in _command_paths(command.commands[sub], (*path, sub))
        ]
    return [" ".join(path)]


def _top_level_commands() -> list[str]:
    return sorted({path.split()[0] for path in _command_paths()})


@pytest.mark.parametrize("command", _command_paths())
def test_cli_every_command_help_has_an_example(command: str) -> None:
    result = run(*command.split(), "--help")
    assert result.exit_code == 0, result.output
    examples = [line.strip() for line in result.stdout.splitlines() if "Example:" in line]
    assert len(examples) == 1, result.stdout
    assert re.match(rf"Example: veilleur {command}\b", examples[0]), examples


@pytest.mark.parametrize("command", _top_level_commands())
def test_cli_every_command_is_documented_in_the_readme(command: str) -> None:
    readme = README.read_text(encoding="utf-8")
    assert re.search(rf"^\| `{command}\b", readme, re.MULTILINE), f"no row for `{command}` in the README command table"
    assert re.search(rf"veilleur {command}\b", readme), f"no `veilleur {command}` example in the README"

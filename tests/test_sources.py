"""Tests for veilleur.sources: the input readers.

Every text here is a made-up news sentence written for these tests.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import veilleur.sources as sources
from veilleur.errors import InputError
from veilleur.record import Article
from veilleur.sources import MAX_BYTES, Kind, read_bytes, read_file, read_paths
from veilleur.sources.decode import declared_encoding, decode
from veilleur.sources.kinds import kind_for, sniff

FRENCH = (
    "Le ministre a déclaré à la presse que la trêve était fragile. "
    "Les négociations reprendront après la fête nationale, a précisé un porte-parole. "
    "À Lyon, les élus ont salué une décision « prudente » et réclamé un geste de Genève."
)
ENGLISH = "The harbour authority of Port Vellan said on Tuesday that the ferry strike had ended."
PAGE = (
    "<!DOCTYPE html><html><head><title>Ferry strike ends</title></head>"
    "<body><article><h1>Ferry strike ends</h1><p>{}</p></article></body></html>"
)


def articles(items: Iterable[Article | InputError]) -> list[Article]:
    return [item for item in items if isinstance(item, Article)]


def errors(items: Iterable[Article | InputError]) -> list[InputError]:
    return [item for item in items if isinstance(item, InputError)]


def only_article(items: Iterable[Article | InputError]) -> Article:
    result = list(items)
    assert len(result) == 1 and isinstance(result[0], Article), result
    return result[0]


def only_error(items: Iterable[Article | InputError]) -> InputError:
    result = list(items)
    assert len(result) == 1 and isinstance(result[0], InputError), result
    return result[0]


# -- public API --------------------------------------------------------------


def test_sources_all_names_exist() -> None:
    for name in sources.__all__:
        assert hasattr(sources, name), name
    assert MAX_BYTES == 5 * 1024 * 1024


# -- text and decoding -------------------------------------------------------


def test_sources_text_utf8(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(FRENCH.encode("utf-8"))
    article = only_article(read_file(path))
    assert article.text == FRENCH
    assert article.html is None
    assert article.source == str(path)
    assert article.id is None and article.language == "und"


def test_sources_text_utf8_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbf" + FRENCH.encode("utf-8"))
    assert only_article(read_file(path)).text == FRENCH


def test_sources_text_utf16_bom() -> None:
    data = "\ufeff".encode("utf-16-le") + FRENCH.encode("utf-16-le")
    assert only_article(read_bytes(data, "a.txt", kind="text")).text == FRENCH


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_sources_text_legacy_french_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(FRENCH.encode(encoding))
    assert only_article(read_file(path)).text == FRENCH


def test_sources_decode_short_cp1252_prefers_cp1252() -> None:
    assert decode("Trêve fragile à Gênes.".encode("cp1252"), "s") == "Trêve fragile à Gênes."


def test_sources_text_crlf_normalised() -> None:
    article = only_article(read_bytes(b"First line.\r\nSecond line.\rThird.", "a.txt", kind="text"))
    assert article.text == "First line.\nSecond line.\nThird."


# -- HTML --------------------------------------------------------------------


def test_sources_html_file_sets_html(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    page = PAGE.format(ENGLISH)
    path.write_text(page, encoding="utf-8")
    article = only_article(read_file(path))
    assert article.html == page
    assert article.text == ""
    assert article.source == str(path)


def test_sources_html_meta_charset_honoured(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>Trêve à Gênes.</p></body></html>'
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode("cp1252"))
    assert only_article(read_file(path)).html == page


def test_sources_html_declared_encoding() -> None:
    assert declared_encoding(b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">') == ("cp1252")
    assert declared_encoding(b'<?xml version="1.0" encoding="koi8-r"?>') == "koi8-r"
    assert declared_encoding(b'<meta charset="base64">') is None
    assert declared_encoding(b"<p>no declaration</p>") is None


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        ("<html><head><title>Only a title</title></head><body>  </body></html>", "HTML page has no text"),
        ("<html><body><script>var x = 1;</script><!-- note --></body></html>", "HTML page has no text"),
        ("Just a sentence about the ferry strike.", "does not look like HTML (no tags found)"),
    ],
)
def test_sources_html_without_text_is_an_error(page: str, reason: str) -> None:
    assert only_error(read_bytes(page.encode(), "p.html", kind="html")).reason == reason


# -- JSON Lines --------------------------------------------------------------


def test_sources_jsonl_broken_line_reported_others_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = [
        json.dumps({"id": "a1", "text": ENGLISH, "url": "https://example.org/ferry", "extra": 3}),
        '{"text": "The mayor resigned." "title": "Mayor"}',
        json.dumps({"html": PAGE.format("The bridge reopened."), "title": "Bridge", "outlet": "Le Vigie"}),
        "",
        json.dumps({"text": FRENCH, "published": "2024-03-05", "language": "fr"}, ensure_ascii=False),
    ]
    Path("f.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_paths(["f.jsonl"]))
    good = articles(items)
    assert [a.source for a in good] == ["f.jsonl:1", "f.jsonl:3", "f.jsonl:5"]
    assert good[0].id == "a1" and good[0].url == "https://example.org/ferry" and good[0].text == ENGLISH
    assert good[1].html is not None and good[1].text == "" and good[1].outlet == "Le Vigie"
    assert good[2].published == "2024-03-05" and good[2].language == "fr" and good[2].text == FRENCH
    (bad,) = errors(items)
    assert bad.source == "f.jsonl:2"
    assert bad.reason == "invalid JSON: Expecting ',' delimiter at column 32"
    assert str(bad) == "[V100] f.jsonl:2: invalid JSON: Expecting ',' delimiter at column 32"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("[1, 2]", "not a JSON object but an array"),
        ('{"title": "No body"}', 'no "text" or "html" field'),
        ('{"text": "  ", "html": ""}', '"text" and "html" are empty'),
        ('{"text": 42}', '"text" must be a string, not a number'),
        ('{"text": "Ok.", "published": 2024}', '"published" must be a string, not a number'),
        ('{"text": "Ok.", "url": ["a"]}', '"url" must be a string, not an array'),
        ('{"text": "Ok.", "language": true}', '"language" must be a string, not a boolean'),
        ('{"text": "\\ud800 odd"}', '"text" is not valid Unicode (an unpaired surrogate)'),
        ('{"html": "plain words"}', '"html": does not look like HTML (no tags found)'),
        ("[" * 100_000, "invalid JSON: maximum recursion depth"),
    ],
)
def test_sources_jsonl_bad_line_reasons(line: str, reason: str) -> None:
    err = only_error(read_bytes(line.encode(), "b.jsonl", kind="jsonl"))
    assert err.source == "b.jsonl:1"
    assert err.reason.startswith(reason)


def test_sources_jsonl_text_wins_over_html_and_nulls_are_missing() -> None:
    line = json.dumps({"text": ENGLISH, "html": PAGE.format("x"), "url": None, "title": " ", "language": "auto"})
    article = only_article(read_bytes(line.encode(), "c.jsonl", kind="jsonl"))
    assert article.text == ENGLISH and article.html is None
    assert article.url is None and article.title is None and article.language == "und"


# -- folders and paths -------------------------------------------------------


def test_sources_folder_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_text("Article A about a harbour.", encoding="utf-8")
    (root / "b" / "deep" / "c.md").write_text("Article C about a bridge.", encoding="utf-8")
    (root / "b" / "page.HTML").write_text(PAGE.format("Article B about a ferry."), encoding="utf-8")
    (root / "b" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (root / "b" / "notes.json").write_text('{"not": "read"}', encoding="utf-8")
    (root / ".secret.txt").write_text("Hidden file.", encoding="utf-8")
    (root / ".hidden" / "x.txt").write_text("Hidden folder.", encoding="utf-8")
    (root / "z.jsonl").write_text(json.dumps({"text": "Line one."}) + "\n", encoding="utf-8")
    items = list(read_paths([root]))
    assert errors(items) == []
    assert [a.source for a in articles(items)] == [
        os.path.join(str(root), "a.txt"),
        os.path.join(str(root), "b", "deep", "c.md"),
        os.path.join(str(root), "b", "page.HTML"),
        os.path.join(str(root), "z.jsonl") + ":1",
    ]


def test_sources_explicit_hidden_and_unknown_suffix_files_are_read(tmp_path: Path) -> None:
    hidden = tmp_path / ".draft.txt"
    hidden.write_text("A draft about the harbour.", encoding="utf-8")
    page = tmp_path / "page.dat"
    page.write_text(PAGE.format(ENGLISH), encoding="utf-8")
    lines = tmp_path / "batch.out"
    lines.write_text('{"text": "One."}\n\n{"text": "Two."}\n', encoding="utf-8")
    plain = tmp_path / "README"
    plain.write_text(ENGLISH, encoding="utf-8")
    items = articles(read_paths([hidden, page, lines, plain]))
    assert [a.source for a in items] == [str(hidden), str(page), f"{lines}:1", f"{lines}:3", str(plain)]
    assert items[1].html is not None and items[4].text == ENGLISH


def test_sources_sniff() -> None:
    assert sniff("  <p>Hello</p>", "s") == "html"
    assert sniff("Breaking: <html> in the middle", "s") == "html"
    assert sniff('{"text": "a"}\n\n{"text": "b"}', "s") == "jsonl"
    assert sniff('{"text": "a"}\nbroken line', "s") == "jsonl"
    assert sniff("[Update] The strike ended.", "s") == "text"
    assert sniff("{Draft} The strike ended.\n{x}", "s") == "jsonl"  # every line starts with {
    assert sniff("{Draft} The strike ended.\nSecond line.", "s") == "text"
    with pytest.raises(InputError, match="not JSON Lines"):
        sniff('{\n  "text": "pretty printed"\n}', "s")
    assert kind_for("A.NDJSON") == "jsonl" and kind_for("x.json") is None


def test_sources_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    err = only_error(read_paths([missing]))
    assert err.source == str(missing)
    assert err.reason == "No such file or directory"


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_sources_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    path.chmod(0)
    err = only_error(read_paths([path]))
    assert err.reason == "Permission denied"


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists a folder whatever its mode")
def test_sources_unlistable_folder(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked").chmod(0)
    err = only_error(read_paths([tmp_path / "locked"]))
    assert err.reason == "cannot list folder: Permission denied"


def test_sources_unopenable_entries_even_as_root(tmp_path: Path) -> None:
    """A symlink loop and a dangling link fail to open for root too (unlike chmod 000)."""
    (tmp_path / "loop.txt").symlink_to("loop.txt")
    (tmp_path / "gone.txt").symlink_to("missing.txt")
    (tmp_path / "gone.png").symlink_to("missing.png")  # not an input: skipped
    (tmp_path / "ok.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert [(e.source, e.reason) for e in errors(items)] == [
        (str(tmp_path / "gone.txt"), "No such file or directory"),
        (str(tmp_path / "loop.txt"), "Too many levels of symbolic links"),
    ]
    assert [a.source for a in articles(items)] == [str(tmp_path / "ok.txt")]


def test_sources_fifo_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert only_error(read_paths([fifo])).reason == "not a regular file (a FIFO)"


def test_sources_folder_symlink_loop_read_once(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "sub" / "back").symlink_to(tmp_path, target_is_directory=True)
    items = list(read_paths([tmp_path]))
    assert len(articles(items)) == 1
    assert [e.reason for e in errors(items)] == ["folder already read (a symbolic link leads back to it)"]


# -- bad inputs --------------------------------------------------------------


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n", b"\xef\xbb\xbf\n"])
def test_sources_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert only_error(read_paths([path])).reason == "empty file"


def test_sources_binary_file_nul(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"GIF89a\x01\x00\x01\x00\x00\xff\x00,")
    assert only_error(read_paths([path])).reason == "binary file, not text (found NUL bytes)"


def test_sources_binary_control_characters() -> None:
    err = only_error(read_bytes(b"ab\x01\x02\x03\x04\x05\x06cd", "x.txt"))
    assert err.reason.startswith("binary file, not text (") and "control characters" in err.reason


def test_sources_undecodable_bytes() -> None:
    err = only_error(read_bytes(bytes(range(0x80, 0x100)), "x.txt", kind="text"))
    assert err.reason == "not valid UTF-8 and no text encoding could be detected"


def test_sources_oversized_sparse_file_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(6 * 1024 * 1024)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    monkeypatch.setattr(Path, "open", refuse)
    assert only_error(read_paths([path])).reason == "file too large (6.0 MB > 5.0 MB limit)"


def test_sources_small_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    expected = f"file too large ({len(ENGLISH)} bytes > 20 bytes limit)"
    assert only_error(read_paths([path], max_bytes=20)).reason == expected


def test_sources_bad_inputs_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    items = list(read_paths([tmp_path / "missing.txt", tmp_path]))
    assert [type(item).__name__ for item in items] == ["InputError", "InputError", "Article"]


# -- defaults from the command line -----------------------------------------


def test_sources_defaults_fill_only_missing(tmp_path: Path) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text(
        json.dumps({"text": "Set.", "published": "2023-01-02", "language": "en"})
        + "\n"
        + json.dumps({"text": "Unset."})
        + "\n",
        encoding="utf-8",
    )
    text = tmp_path / "g.txt"
    text.write_text(FRENCH, encoding="utf-8")
    items = articles(read_paths([path, text], published="2024-06-01", language="fr"))
    assert [(a.published, a.language) for a in items] == [
        ("2023-01-02", "en"),
        ("2024-06-01", "fr"),
        ("2024-06-01", "fr"),
    ]


def test_sources_language_auto_sets_nothing(tmp_path: Path) -> None:
    path = tmp_path / "g.txt"
    path.write_text(ENGLISH, encoding="utf-8")
    assert only_article(read_paths([path], language="auto")).language == "und"


# -- standard input ----------------------------------------------------------


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_sources_stdin_text(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, FRENCH.encode("utf-8"))
    article = only_article(read_paths(["-"], language="fr"))
    assert article.source == "-" and article.text == FRENCH and article.language == "fr"


def test_sources_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b'{"text": "One."}\nnot json\n')
    items = list(read_paths(["-"]))
    assert [item.source for item in items] == ["-:1", "-:2"]
    assert isinstance(items[1], InputError)


def test_sources_stdin_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_stdin(monkeypatch, b"x" * 50)
    assert only_error(read_paths(["-"], max_bytes=10)).reason == "input too large (over the 10 bytes limit)"


# -- properties --------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(data=st.binary(max_size=2048), kind=st.sampled_from([None, "text", "html", "jsonl"]))
def test_sources_read_bytes_never_raises(data: bytes, kind: Kind | None) -> None:
    for item in read_bytes(data, "p", kind=kind):
        assert isinstance(item, Article | InputError)
        assert item.source is not None and item.source.startswith("p")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from(list('<>/!-[]{}"\\:,ab \n\r\tàé\x00\x01')), max_size=400),
    kind=st.sampled_from([None, "text", "html", "jsonl"]),
    encoding=st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
def test_sources_read_bytes_never_raises_on_markup(text: str, kind: Kind | None, encoding: str) -> None:
    data = text.encode(encoding, errors="replace")
    for item in read_bytes(data, "p", kind=kind):
        assert isinstance(item, Article | InputError)

"""Read one input (bytes, a file, standard input) into raw articles.

Every function here yields an `InputError` for a bad input instead of raising,
so a batch goes on without it.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from veilleur.errors import InputError
from veilleur.record import Article
from veilleur.sources.decode import decode
from veilleur.sources.html import parse_html
from veilleur.sources.jsonl import parse_jsonl
from veilleur.sources.kinds import Kind, kind_for, sniff
from veilleur.sources.text import parse_text

#: Largest input read, in bytes: a news article is far smaller, and a
#: JSON Lines batch bigger than this should be split.
MAX_BYTES = 5 * 1024 * 1024

#: `stat` file types that are not read, by name.
_SPECIAL = {
    stat.S_IFIFO: "a FIFO",
    stat.S_IFSOCK: "a socket",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
}


def read_bytes(
    data: bytes,
    source: str,
    *,
    kind: Kind | None = None,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Raw articles from an input's bytes; `kind` None sniffs the format.

    `published` and `language` fill articles the input leaves without them
    (`language="auto"` fills nothing: the language is detected later).
    """
    try:
        items = _parse(data, source, kind=kind, max_bytes=max_bytes)
    except InputError as err:
        yield err
        return
    default_language = None if language is None or language.lower() == "auto" else language
    for item in items:
        if isinstance(item, Article):
            if item.published is None:
                item.published = published
            if item.language == "und" and default_language is not None:
                item.language = default_language
        yield item


def read_file(
    path: str | Path,
    *,
    kind: Kind | None = None,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Raw articles from one file; its `source` is the path as given.

    The format is `kind`, else the suffix's (see `SUFFIXES`), else sniffed.
    The size is checked before anything is read.
    """
    source = str(path)
    try:
        data = load(Path(path), source, max_bytes=max_bytes)
    except InputError as err:
        yield err
        return
    yield from read_bytes(
        data,
        source,
        kind=kind or kind_for(path),
        published=published,
        language=language,
        max_bytes=max_bytes,
    )


def read_stdin(
    *,
    kind: Kind | None = None,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Raw articles from standard input, source `-` (`-:LINE` for JSON Lines)."""
    try:
        data = sys.stdin.buffer.read(max_bytes + 1)
    except OSError as err:
        yield InputError("-", os_reason(err))
        return
    if len(data) > max_bytes:
        yield InputError("-", f"input too large (over the {_size(max_bytes)} limit)")
        return
    yield from read_bytes(data, "-", kind=kind, published=published, language=language, max_bytes=max_bytes)


def load(path: Path, source: str, *, max_bytes: int = MAX_BYTES) -> bytes:
    """A regular file's bytes, once its size is known to be within `max_bytes`."""
    try:
        info = path.stat()
    except OSError as err:
        raise InputError(source, os_reason(err)) from err
    if stat.S_ISDIR(info.st_mode):
        raise InputError(source, "is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        special = _SPECIAL.get(stat.S_IFMT(info.st_mode), "a special file")
        raise InputError(source, f"not a regular file ({special})")
    if info.st_size > max_bytes:
        raise InputError(source, _too_large(info.st_size, max_bytes))
    try:
        with path.open("rb") as handle:
            return handle.read(max_bytes + 1)  # + 1: the file may have grown since
    except OSError as err:
        raise InputError(source, os_reason(err)) from err


def os_reason(err: OSError) -> str:
    """The operating system's one-line reason, e.g. "Permission denied"."""
    return err.strerror or str(err)


def _parse(data: bytes, source: str, *, kind: Kind | None, max_bytes: int) -> Iterator[Article | InputError]:
    """Check and decode the whole input, then hand it to its format's reader."""
    if len(data) > max_bytes:
        raise InputError(source, _too_large(len(data), max_bytes))
    if not data.strip():
        raise InputError(source, "empty file")
    text = decode(data, source, markup=kind in (None, "html"))
    if not text.strip():
        raise InputError(source, "empty file")
    kind = kind or sniff(text, source)
    if kind == "html":
        return iter([parse_html(text, source)])
    if kind == "jsonl":
        return parse_jsonl(text, source)
    return iter([parse_text(text, source)])


def _too_large(size: int, limit: int) -> str:
    return f"file too large ({_size(size)} > {_size(limit)} limit)"


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


__all__ = ["MAX_BYTES", "load", "os_reason", "read_bytes", "read_file", "read_stdin"]

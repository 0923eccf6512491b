"""Read the files and folders a user names, in a fixed order.

Folders are read recursively, entries sorted by name. In a folder, hidden
entries (a name starting with `.`) and files whose suffix isn't in `SUFFIXES`
are skipped without a word; a file named explicitly is read whatever its name
(its format sniffed if the suffix is unknown). `-` is standard input.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from veilleur.errors import InputError
from veilleur.record import Article
from veilleur.sources.kinds import kind_for
from veilleur.sources.read import MAX_BYTES, os_reason, read_file, read_stdin


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: str | None = None,
    language: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Iterator[Article | InputError]:
    """Raw articles from files, folders and `-`; an `InputError` for each bad input.

    `published` and `language` fill articles the input leaves without them
    (`language="auto"` fills nothing). Never raises for a bad input.
    """
    for path in paths:
        source = str(path)
        if source == "-":
            yield from read_stdin(published=published, language=language, max_bytes=max_bytes)
        elif os.path.isdir(source):
            yield from _read_folder(source, set(), published, language, max_bytes)
        else:  # a file, or a path read_file explains the trouble with
            yield from read_file(source, published=published, language=language, max_bytes=max_bytes)


def _read_folder(
    folder: str,
    seen: set[tuple[int, int]],
    published: str | None,
    language: str | None,
    max_bytes: int,
) -> Iterator[Article | InputError]:
    """A folder's inputs, depth first in name order; `seen` stops symlink loops."""
    try:
        info = os.stat(folder)
        with os.scandir(folder) as listing:
            names = sorted(entry.name for entry in listing)
    except OSError as err:
        yield InputError(folder, f"cannot list folder: {os_reason(err)}")
        return
    identity = (info.st_dev, info.st_ino)
    if identity in seen:
        yield InputError(folder, "folder already read (a symbolic link leads back to it)")
        return
    seen.add(identity)
    for name in names:
        if name.startswith("."):
            continue
        child = os.path.join(folder, name)
        kind = kind_for(name)
        try:
            child_info = os.stat(child)
        except OSError as err:
            if kind is not None:  # a broken link to an input: say so
                yield InputError(child, os_reason(err))
            continue
        if stat.S_ISDIR(child_info.st_mode):
            yield from _read_folder(child, seen, published, language, max_bytes)
        elif kind is not None:
            yield from read_file(child, kind=kind, published=published, language=language, max_bytes=max_bytes)


__all__ = ["read_paths"]

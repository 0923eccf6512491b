"""Input readers: files, folders, standard input and bytes to raw `Article`s.

Readers do the I/O and nothing more: plain text goes to `Article.text`, an HTML
page to `Article.html` (with `text=""`) for the clean stage to extract, JSON
Lines lines to one article each. `source` names the input: the path as given,
`path:LINE` for a JSON Lines line, `-` for standard input. A bad input is
yielded as an `InputError`, never raised, and the others are still read.

Formats by suffix (`SUFFIXES`): `.txt .text .md` text, `.html .htm .xhtml`
HTML, `.jsonl .ndjson` JSON Lines. Example::

    for item in read_paths(["corpus/"], language="fr"):
        if isinstance(item, InputError):
            print(item)
"""

from __future__ import annotations

from veilleur.sources.kinds import SUFFIXES, Kind
from veilleur.sources.paths import read_paths
from veilleur.sources.read import MAX_BYTES, read_bytes, read_file, read_stdin

__all__ = ["MAX_BYTES", "SUFFIXES", "Kind", "read_bytes", "read_file", "read_paths", "read_stdin"]

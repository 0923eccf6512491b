"""Which format an input is: by its suffix, or by sniffing its text."""

from __future__ import annotations

import json
from pathlib import PurePath
from typing import Literal

from veilleur.errors import InputError

Kind = Literal["text", "html", "jsonl"]

#: Suffixes read as input (compared lower-cased). In a folder, files with any
#: other suffix are skipped; a file named explicitly is sniffed instead.
#: `.json` is left out on purpose: folders of articles often hold JSON metadata,
#: and a JSON document is not JSON Lines (see `sniff`).
SUFFIXES: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

#: How far into a text `sniff` looks for an `<html` tag.
_HTML_WINDOW = 4096


def kind_for(path: str | PurePath) -> Kind | None:
    """The format a path's suffix names, or None for an unknown suffix."""
    return SUFFIXES.get(PurePath(path).suffix.lower())


def sniff(text: str, source: str) -> Kind:
    """Guess the format of a decoded input that has no known suffix.

    HTML if it starts with `<` or has an `<html` tag near the top; JSON Lines if
    every non-blank line starts with `{`, or the first one is a JSON object on
    its own (so one broken line is reported as such, not read as prose);
    otherwise plain text. A whole JSON document (an array, or an object over
    several lines) is an error rather than an article text.
    """
    head = text.lstrip()
    if head.startswith("<") or "<html" in head[:_HTML_WINDOW].lower():
        return "html"
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and all(line.lstrip().startswith("{") for line in lines):
        return "jsonl"
    if lines and lines[0].lstrip().startswith("{") and _is_json(lines[0]):
        return "jsonl"
    if head.startswith(("{", "[")) and _is_json(text):
        raise InputError(source, "a JSON document, not JSON Lines: write one article object per line")
    return "text"


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


__all__ = ["SUFFIXES", "Kind", "kind_for", "sniff"]

"""JSON Lines input: one article object per line.

Each line is read on its own: a broken line yields an `InputError` for
`path:LINE` and the other lines are still read. Blank lines are skipped and
unknown keys ignored. Metadata values lose surrounding space, and an empty
one counts as missing (as does `null`, and `"language": "auto"`). A line with
both a non-empty "text" and "html" keeps the text: the page is dropped, so the
clean stage does not replace text the producer already extracted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from veilleur.errors import InputError
from veilleur.record import Article
from veilleur.sources.html import html_problem

#: The keys a line may set; every one is an optional string.
FIELDS: tuple[str, ...] = ("id", "text", "html", "url", "title", "published", "language", "outlet")

#: JSON may escape a lone UTF-16 surrogate (`"\\ud800"`); no later stage could write it out.
_SURROGATE = re.compile("[\ud800-\udfff]")


def parse_jsonl(text: str, source: str) -> Iterator[Article | InputError]:
    """One raw article, or one error, per non-blank line; sources are `source:LINE`."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            yield parse_line(line, where)
        except InputError as err:
            yield err


def parse_line(line: str, source: str) -> Article:
    """The raw article one JSON Lines line describes; `InputError` if it can't."""
    data = _load(line, source)
    if not isinstance(data, dict):
        raise InputError(source, f"not a JSON object but {_json_type(data)}")
    for key in FIELDS:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(source, f'"{key}" must be a string, not {_json_type(value)}')
        if value is not None and _SURROGATE.search(value):
            raise InputError(source, f'"{key}" is not valid Unicode (an unpaired surrogate)')
    body: str = data.get("text") or ""
    page: str = data.get("html") or ""
    if body.strip():
        return _article(data, source, text=body)
    if page.strip():
        problem = html_problem(page)
        if problem is not None:
            raise InputError(source, f'"html": {problem}')
        return _article(data, source, html=page)
    if "text" in data or "html" in data:
        raise InputError(source, '"text" and "html" are empty')
    raise InputError(source, 'no "text" or "html" field')


def _article(data: dict[str, Any], source: str, *, text: str = "", html: str | None = None) -> Article:
    """The raw article with a checked line's metadata."""

    def meta(key: str) -> str | None:
        value: str = (data.get(key) or "").strip()
        return value or None

    language = meta("language")
    if language is None or language.lower() == "auto":
        language = "und"
    return Article(
        text=text,
        html=html,
        id=meta("id"),
        url=meta("url"),
        outlet=meta("outlet"),
        title=meta("title"),
        published=meta("published"),
        language=language,
        source=source,
    )


def _load(line: str, source: str) -> Any:
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(source, f"invalid JSON: {err.msg} at column {err.colno}") from err
    except (ValueError, RecursionError) as err:  # too many digits, too deep
        raise InputError(source, f"invalid JSON: {err}") from err


def _json_type(value: Any) -> str:
    """The JSON name of a decoded value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


__all__ = ["FIELDS", "parse_jsonl", "parse_line"]

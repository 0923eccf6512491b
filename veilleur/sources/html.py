"""HTML input: the page is kept whole for the clean stage, its metadata read now.

Extracting the article from the page is the clean stage's job (trafilatura).
The page's own title, URL, date and site name are read here, so that defaults
given for a batch (`--published`) only fill what the page does not say.
Here a page is only checked to be HTML with some visible text in it, with
regular expressions that never fail on broken markup (the standard library's
`HTMLParser` raises `AssertionError` on some).
"""

from __future__ import annotations

import html
import re

import trafilatura

from veilleur.errors import InputError
from veilleur.record import Article

#: A start tag or a doctype: the least a page has.
_TAG = re.compile(r"<(?:!doctype|[a-z][a-z0-9-]*)(?:\s[^<>]*)?/?>", re.IGNORECASE)

#: Markup whose content a reader never sees. `[^<>]*` keeps each try linear.
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<(script|style|template|title|noscript)\b[^<>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_ANY_TAG = re.compile(r"<[a-z!/?][^<>]*>?", re.IGNORECASE)


def html_problem(markup: str) -> str | None:
    """Why `markup` can't be an article page, or None if it may be one."""
    if _TAG.search(markup) is None:
        return "does not look like HTML (no tags found)"
    visible = html.unescape(_ANY_TAG.sub(" ", _HIDDEN.sub(" ", markup)))
    if not visible.strip():
        return "HTML page has no text"
    return None


def parse_html(markup: str, source: str) -> Article:
    """A raw article holding the page in `html`, its `text` left to the clean stage."""
    problem = html_problem(markup)
    if problem is not None:
        raise InputError(source, problem)
    article = Article(text="", html=markup, source=source)
    metadata = trafilatura.extract_metadata(markup)
    if metadata is not None:
        article.title = metadata.title or None
        article.url = metadata.url or None
        article.published = metadata.date or None
        article.outlet = metadata.sitename or metadata.hostname or None
    return article


__all__ = ["html_problem", "parse_html"]

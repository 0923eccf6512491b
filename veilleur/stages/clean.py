"""clean: the article's body as plain, normalised text, with boilerplate taken out.

From HTML, trafilatura finds the body and the page's metadata. Then, for any
input, C1 control characters become the Windows-1252 punctuation they stood for
("\x97" is "—" in text decoded as Latin-1), typographic spaces become plain spaces, apostrophes inside words become
`'`, whitespace is folded line by line, and lines that are boilerplate
(related links, "À suivre", share and cookie notices, captions,
bylines, agency tags standing alone) move to `removed` with their reason.
Quotes, dashes and every other character keep their meaning and place.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import trafilatura

from veilleur.lang import LANGUAGES
from veilleur.record import Article, Removed, article_id

#: Spaces that mean "space" in news text, whatever their typography.
_SPACES = re.compile(r"[\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\f\v]")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_RUNS = re.compile(r" {2,}")


def _cp1252_controls() -> dict[int, str]:
    """C1 control characters as the Windows-1252 characters they stood for in text decoded as Latin-1
    ("\x97" -> "—", "\x93" -> "“"); the five code points cp1252 leaves undefined go."""
    table = {}
    for code in range(0x80, 0xA0):
        try:
            table[code] = bytes([code]).decode("cp1252")
        except UnicodeDecodeError:
            table[code] = ""
    return table


#: News text holds no C1 controls: they are cp1252 punctuation read as Latin-1 ("NEWARK \x97 The…").
_C1_CONTROLS = _cp1252_controls()
#: ’ between letters is an apostrophe (d’avancer); elsewhere it may close a quote.
_APOSTROPHE = re.compile(r"(?<=\w)[’ʼ](?=\w)")
#: News agencies whose tag may stand alone on a line: "(AFP)", "— Reuters".
_AGENCIES = r"(?:AFP|Reuters|AP|Associated Press|dpa|Belga|ATS|ANSA|EFE|Anadolu|Ukrinform|TASS|RIA Novosti|Interfax)"
_AGENCY_TAG = re.compile(rf"[\s(—–-]*(?:{_AGENCIES})(?:\s*[/,]\s*{_AGENCIES})*[\s).—–-]*", re.IGNORECASE)
#: A page whose extracted text is shorter than this holds menus and links, not an article.
MIN_PAGE_WORDS = 12
#: A line longer than this is prose, not boilerplate, whatever it starts with.
_MAX_BOILERPLATE_CHARS = 240


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    reason: str | None


def _compile_boilerplate() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rules: list[tuple[str, re.Pattern[str]]] = []
    for data in LANGUAGES.values():
        for reason, patterns in data.boilerplate.items():
            # Bylines need the capitals of names: their patterns set (?i:) where case does not matter.
            flags = 0 if reason == "byline" else re.IGNORECASE
            rules.extend((reason, re.compile(pattern, flags)) for pattern in patterns)
    return tuple(rules)


_BOILERPLATE = _compile_boilerplate()


def normalise_line(line: str) -> str:
    line = line.translate(_C1_CONTROLS)
    line = _ZERO_WIDTH.sub("", line)
    line = _SPACES.sub(" ", line)
    line = _APOSTROPHE.sub("'", line)
    return _RUNS.sub(" ", line).strip()


def boilerplate_reason(line: str) -> str | None:
    """The reason a (normalised) line is boilerplate, or None if it is content."""
    if len(line) > _MAX_BOILERPLATE_CHARS:
        return None
    if _AGENCY_TAG.fullmatch(line):
        return "agency"
    for reason, pattern in _BOILERPLATE:
        if pattern.fullmatch(line):
            return reason
    return None


def split_lines(text: str) -> list[Line]:
    """Normalised lines, each marked with its boilerplate reason (None for content)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return [Line(line, boilerplate_reason(line) if line else None) for line in map(normalise_line, text.split("\n"))]


def clean_text(text: str) -> tuple[str, list[Removed]]:
    """The body without boilerplate lines, and what was removed."""
    kept: list[str] = []
    removed: list[Removed] = []
    for line in split_lines(text):
        if line.reason is not None:
            removed.append(Removed(text=line.text, reason=line.reason))
        elif line.text or (kept and kept[-1]):
            kept.append(line.text)
    return "\n".join(kept).strip(), removed


@dataclass(frozen=True, slots=True)
class Page:
    text: str
    title: str | None
    url: str | None
    published: str | None
    outlet: str | None


def extract_page(html: str, *, with_metadata: bool = True) -> Page:
    """Body (and, if asked, metadata) of an HTML page (empty text if the page has no article)."""
    doc = trafilatura.bare_extraction(html, with_metadata=with_metadata, include_comments=False, include_tables=False)
    if doc is None:
        return Page("", None, None, None, None)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    return Page(
        text=text if len(text.split()) >= MIN_PAGE_WORDS else "",
        title=data.get("title"),
        url=data.get("url"),
        published=data.get("date"),
        outlet=data.get("sitename") or data.get("hostname"),
    )


class Clean:
    name = "clean"
    needs: frozenset[str] = frozenset()
    fills = frozenset({"id", "text", "removed", "title", "url", "published", "outlet"})

    def __call__(self, article: Article) -> Article:
        raw = article.text
        if article.html is not None and not raw.strip():
            # The HTML reader has read the page's metadata already; read it again only for what is missing.
            known = (article.title, article.url, article.published, article.outlet)
            page = extract_page(article.html, with_metadata=not all(known))
            raw = page.text
            article.title = article.title or page.title
            article.url = article.url or page.url
            article.published = article.published or page.published
            article.outlet = article.outlet or page.outlet
        article.text, removed = clean_text(raw)
        article.removed.extend(removed)
        if article.title:
            article.title = normalise_line(article.title)
        if not article.text:
            article.warn("clean: no article text found")
        if article.id is None:
            article.id = article_id(article.text, article.url)
        return article


__all__ = ["Clean", "Page", "boilerplate_reason", "clean_text", "extract_page", "normalise_line"]

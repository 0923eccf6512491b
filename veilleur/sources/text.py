"""Plain text input: the decoded text is the article."""

from __future__ import annotations

from veilleur.record import Article


def parse_text(text: str, source: str) -> Article:
    """A raw article whose body is `text`, as decoded."""
    return Article(text=text, source=source)


__all__ = ["parse_text"]

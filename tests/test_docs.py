"""Docs that describe code must agree with it."""

from __future__ import annotations

from pathlib import Path

from veilleur.plover import ACLED

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_docs_event_coding_lists_every_acled_mapping() -> None:
    page = (DOCS / "event-coding.md").read_text(encoding="utf-8")
    for (kind, mode), value in ACLED.items():
        row = f"| {kind} | {mode or '(any)'} | {value[0] if value else '—'} | {value[1] if value else '—'} |"
        assert row in page, row


def test_docs_benchmarks_give_the_command_of_every_figure() -> None:
    page = (DOCS / "benchmarks.md").read_text(encoding="utf-8")
    for task in ("times", "claims", "direct-speech", "fatalities", "events", "geoparsing", "places"):
        assert f"veilleur eval {task}" in page, task
    assert "make bench" in page

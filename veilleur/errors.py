"""Errors veilleur raises, each with a code and a message that says what to do.

Following spaCy's `errors.py`: a code makes an error searchable in the docs and
the issue tracker; the message names the input and the problem.
"""

from __future__ import annotations


class VeilleurError(Exception):
    """Base class: `code` is stable, `str(err)` is a one-line message."""

    code = "V000"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class InputError(VeilleurError):
    """An input (file, line, page) could not be read into an article.

    `source` names the input (`path`, `path:line` or `-`), `reason` says what is
    wrong with it. The rest of a batch goes on without it.
    """

    code = "V100"

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class PipelineError(VeilleurError):
    """The pipeline was built wrongly: a stage needs what no earlier stage fills."""

    code = "V200"


class StageError(VeilleurError):
    """A stage returned something other than an `Article`."""

    code = "V201"


class StoreError(VeilleurError):
    """The store cannot be opened, migrated or written."""

    code = "V300"


__all__ = ["InputError", "PipelineError", "StageError", "StoreError", "VeilleurError"]

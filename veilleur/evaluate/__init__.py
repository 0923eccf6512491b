"""Evaluation against third-party gold sets (docs/EVAL.md).

Each module reads one task's gold data from a path given at run time, scores a
predictor against it and formats the figures. Nothing here ships or copies the
data: the sets live outside the project (`veilleur eval TASK --data PATH`).

- `veilleur.evaluate.timex`: time expressions (French TimeBank, MEANTIME, TempEval-3).
- `veilleur.evaluate.claims`: attribution (PolNeAR) and French direct speech (AADS).
- `veilleur.evaluate.quantities`: death tolls in ACLED notes.
- `veilleur.evaluate.events`: event coding on ACLED notes and UCDP headlines.
- `veilleur.evaluate.places`: geoparsing (GeoWebNews, LGL) and place tables (CIR, UCDP).
"""


def ratio(part: float, whole: float) -> float:
    """part / whole, 0 when there is nothing to divide by."""
    return part / whole if whole else 0.0


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


__all__ = ["f1", "ratio"]

"""Evaluation against third-party gold sets (docs/EVAL.md).

Each module reads one task's gold data from a path given at run time, scores a
predictor against it and formats the figures. Nothing here ships or copies the
data: the sets live outside the project (`veilleur eval TASK --data PATH`).

- `veilleur.evaluate.timex`: time expressions (French TimeBank, MEANTIME, TempEval-3).
"""

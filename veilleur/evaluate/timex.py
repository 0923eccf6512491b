"""Time expressions against gold TIMEX3 annotations: loaders, scorer, report.

Gold sets (docs/EVAL.md), read from a path given at run time and never copied:

- French TimeBank (`fr_timebank/Data/*.tml`): inline ISO-TimeML. The document's
  text is the plain text of `<TEXT>` with every inline tag removed, entities
  decoded and whitespace kept as in the file; the `<DCT>` TIMEX3 gives `dct`
  and is not a gold expression.
- MEANTIME English and TempEval-3 Platinum as BIO token files
  (`en_timex/datasets/{meantime,timebank}/en/test.tsv`: `token \\t BIO-TYPE \\t value`).
  The text is rebuilt from the tokens (`detokenise`), one sentence a line.

Scoring follows TempEval-3: extraction P/R/F1 strict (same start and end) and
relaxed (at least one character in common, one-to-one); type and value are
judged on relaxed matches, and their F1 is relaxed F1 × accuracy.

>>> docs = load_times(Path("../shared/eval/fr_timebank"))        # doctest: +SKIP
>>> print(format_scores(score_times(docs, my_predict)))          # doctest: +SKIP
"""

from __future__ import annotations

import difflib
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from veilleur.errors import InputError
from veilleur.evaluate import f1 as _f1
from veilleur.evaluate import ratio as _ratio
from veilleur.record import Article, Time

#: The TIMEX3 types, in the order reports list them.
TIMEX_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")

#: Characters of context shown on each side of an expression in `errors()`.
CONTEXT_CHARS = 30

Predict = Callable[["TimexDoc"], list[Time]]


@dataclass(frozen=True)
class GoldTimex:
    """One gold expression; `start`/`end` index `TimexDoc.text`, end exclusive."""

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None


@dataclass
class TimexDoc:
    """One gold document. `dct` is the document creation time (the article's `published`).

    `corpus` names the gold set the document comes from; `notes` records what the
    loader did with unusual annotations (empty or nested TIMEX3, trimmed spaces).
    """

    id: str
    text: str
    dct: str
    language: str
    gold: list[GoldTimex]
    corpus: str = ""
    notes: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- French TimeBank


def load_fr_timebank(path: Path) -> list[TimexDoc]:
    """Every `*.tml` document under `path` (the corpus folder or its `Data/`), sorted by name."""
    folder = path / "Data" if (path / "Data").is_dir() else path
    files = sorted(folder.glob("*.tml"))
    if not files:
        raise InputError(str(path), "no *.tml files here or in Data/: give the French TimeBank folder")
    return [_read_tml(file) for file in files]


def _read_tml(file: Path) -> TimexDoc:
    source = str(file)
    try:
        root = ET.parse(file).getroot()
    except ET.ParseError as err:
        raise InputError(source, f"not well-formed XML ({err})") from err
    dct_timex = root.find("DCT/TIMEX3")
    dct = dct_timex.get("value") if dct_timex is not None else None
    if not dct:
        raise InputError(source, "no <DCT><TIMEX3 value=...> (document creation time)")
    body = root.find("TEXT")
    if body is None:
        raise InputError(source, "no <TEXT> element")

    pieces: list[str] = []
    length = 0
    found: list[tuple[ET.Element, int, int]] = []
    notes: list[str] = []

    def add(piece: str | None) -> None:
        nonlocal length
        if piece:
            pieces.append(piece)
            length += len(piece)

    def visit(element: ET.Element, outer: ET.Element | None) -> None:
        is_timex = element.tag == "TIMEX3"
        if is_timex and outer is not None:
            notes.append(f"TIMEX3 {element.get('tid')} nested in {outer.get('tid')}: kept the outer one")
        start = length
        add(element.text)
        inner_outer = element if is_timex and outer is None else outer
        for child in element:
            visit(child, inner_outer)
            add(child.tail)
        if is_timex and outer is None:
            found.append((element, start, length))

    add(body.text)
    for child in body:
        visit(child, None)
        add(child.tail)
    text = "".join(pieces)

    gold: list[GoldTimex] = []
    for element, start, end in found:
        tid = element.get("tid")
        raw = text[start:end]
        if raw != "".join(element.itertext()):
            raise InputError(source, f"TIMEX3 {tid}: offsets do not slice its text (loader bug)")
        if not raw.strip():
            notes.append(f"TIMEX3 {tid} has no text (anchor-only): skipped")
            continue
        lead, trail = len(raw) - len(raw.lstrip()), len(raw) - len(raw.rstrip())
        if lead or trail:
            notes.append(f"TIMEX3 {tid}: spaces at its edges left out of the span")
        start, end = start + lead, end - trail
        timex = GoldTimex(
            start=start,
            end=end,
            text=text[start:end],
            type=element.get("type", ""),
            value=element.get("value") or None,
            mod=element.get("mod") or None,
        )
        assert text[timex.start : timex.end] == timex.text
        gold.append(timex)
    return TimexDoc(
        id=f"fr-timebank/{file.stem}",
        text=text,
        dct=dct,
        language="fr",
        gold=gold,
        corpus="fr-timebank",
        notes=notes,
    )


# ---------------------------------------------------------------- BIO token files (MEANTIME, TempEval-3)

_DCT_LINE = re.compile(r'^\*!-DCTVALUE="([^"]*)"-!\*$')
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "n't", "N'T", "..."})
_OPENERS = frozenset({"(", "[", "{", "$", "``"})
_CONTRACTION = re.compile(r"^'(?:s|S|d|D|m|M|re|RE|ve|VE|ll|LL)$")
_CONTRACTION_REST = frozenset({"s", "d", "m", "t", "re", "ve", "ll"})

#: English BIO files under the `en_timex` folder: (corpus, relative path), TempEval-3 first.
EN_TIMEX_FILES: tuple[tuple[str, str], ...] = (
    ("te3-platinum", "datasets/timebank/en/test.tsv"),
    ("meantime-en", "datasets/meantime/en/test.tsv"),
)


def detokenise(tokens: Sequence[str], *, quote_open: bool = False) -> tuple[str, list[tuple[int, int]], bool]:
    """Readable text from one sentence's tokens: the text, each token's (start, end), the quote state after.

    A space goes between tokens except before closing punctuation, `%`, `'s`/`n't`
    and the other clitics, and after opening brackets and currency signs (`$`, `US$`).
    PTB quotes (`` and '') become `"`; a plain `"` opens or closes by turns
    (`quote_open` carries that state across sentences). A lone `-` between two
    capitalised words or two numbers joins them (`Wal - Mart` → `Wal-Mart`).
    Every token except the quotes appears unchanged at its offset.
    """
    surfaces: list[str] = []
    glue_left: list[bool] = []
    glue_right: list[bool] = []
    for i, token in enumerate(tokens):
        surface, left, right = token, False, False
        if token == "``" or (token == '"' and not quote_open):
            surface, right, quote_open = '"', True, True
        elif token == "''" or (token == '"' and quote_open):
            surface, left, quote_open = '"', True, False
        elif token in _CLOSERS or _CONTRACTION.match(token):
            left = True
            if token == "'" and i + 1 < len(tokens) and tokens[i + 1] in _CONTRACTION_REST:
                right = True  # "we ' re" → "we're"
        elif token in _OPENERS or (len(token) > 1 and token.endswith("$") and token[:-1].isalpha()):
            right = True
        elif token == "-" and 0 < i < len(tokens) - 1 and _joins(tokens[i - 1], tokens[i + 1]):
            left = right = True
        surfaces.append(surface)
        glue_left.append(left)
        glue_right.append(right)

    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    for i, surface in enumerate(surfaces):
        if i and not (glue_right[i - 1] or glue_left[i]):
            pieces.append(" ")
            length += 1
        spans.append((length, length + len(surface)))
        pieces.append(surface)
        length += len(surface)
    return "".join(pieces), spans, quote_open


def _joins(before: str, after: str) -> bool:
    words = before.isalpha() and after.isalpha() and before[0].isupper() and after[0].isupper()
    return words or (before.isdigit() and after.isdigit())


@dataclass
class _Row:
    token: str
    tag: str
    value: str
    line: int


def load_meantime(path: Path, *, corpus: str = "meantime-en") -> list[TimexDoc]:
    """Documents of a BIO timex file (`token \\t BIO-TYPE \\t value|-`), in file order.

    A document starts at its `*!-DCTVALUE="YYYY-MM-DD"-!*` line; blank lines end
    sentences. A `B-` tag always starts a new expression, even right after another;
    an `I-` with no expression open (or of another type) starts one too, with a note.
    The value is the one on the expression's first token (`-` means none).
    """
    documents: list[tuple[str, list[list[_Row]]]] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            line = line.rstrip("\r\n")
            if not line.strip():
                if documents and documents[-1][1][-1]:
                    documents[-1][1].append([])
                continue
            columns = line.split("\t")
            if len(columns) != 3:
                raise InputError(f"{path}:{number}", f"expected 3 tab-separated columns, found {len(columns)}")
            token, tag, value = columns
            dct = _DCT_LINE.match(token)
            if dct:
                documents.append((dct.group(1), [[]]))
                continue
            if not documents:
                raise InputError(f"{path}:{number}", 'token before the first *!-DCTVALUE="..."-!* line')
            if tag != "O" and not re.match(r"^[BI]-[A-Z]+$", tag):
                raise InputError(f"{path}:{number}", f"tag {tag!r} is not O, B-TYPE or I-TYPE")
            documents[-1][1][-1].append(_Row(token, tag, value, number))
    return [
        _bio_document(f"{corpus}/{n:03d}", dct, [s for s in sentences if s], corpus)
        for n, (dct, sentences) in enumerate(documents, start=1)
    ]


def _bio_document(doc_id: str, dct: str, sentences: list[list[_Row]], corpus: str) -> TimexDoc:
    pieces: list[str] = []
    offset = 0
    quote_open = False
    found: list[tuple[int, int, _Row]] = []  # start, end, the expression's first row
    notes: list[str] = []
    for sentence in sentences:
        if pieces:
            pieces.append("\n")
            offset += 1
        text, token_spans, quote_open = detokenise([row.token for row in sentence], quote_open=quote_open)
        pieces.append(text)
        spans: list[tuple[int, int, _Row]] = []  # first token, last token, first row
        for i, row in enumerate(sentence):
            if row.tag == "O":
                continue
            kind, label = row.tag[0], row.tag[2:]
            open_span = bool(spans) and spans[-1][1] == i - 1 and spans[-1][2].tag[2:] == label
            if kind == "I" and open_span:
                first, _, head = spans[-1]
                spans[-1] = (first, i, head)
                if row.value != head.value:
                    notes.append(f"line {row.line}: value {row.value!r} differs from its expression's first token")
                continue
            if kind == "I":
                notes.append(f"line {row.line}: I-{label} with no {label} expression open: started one")
            spans.append((i, i, row))
        found.extend(
            (offset + token_spans[first][0], offset + token_spans[last][1], head) for first, last, head in spans
        )
        offset += len(text)
    full = "".join(pieces)
    gold = [
        GoldTimex(start, end, full[start:end], head.tag[2:], None if head.value in ("-", "") else head.value, None)
        for start, end, head in found
    ]
    return TimexDoc(id=doc_id, text=full, dct=dct, language="en", gold=gold, corpus=corpus, notes=notes)


def load_en_timex(path: Path) -> list[TimexDoc]:
    """The English timex gold: a BIO `.tsv` file, or the `en_timex` folder (TempEval-3 and MEANTIME tests)."""
    if path.is_file():
        named = [corpus for corpus, relative in EN_TIMEX_FILES if relative.split("/")[1] in path.parts]
        return load_meantime(path, corpus=named[0] if named else path.stem)
    present = [(corpus, path / relative) for corpus, relative in EN_TIMEX_FILES if (path / relative).is_file()]
    if not present:
        wanted = " or ".join(relative for _, relative in EN_TIMEX_FILES)
        raise InputError(str(path), f"no {wanted} here: give the en_timex folder or a .tsv file")
    return [doc for corpus, file in present for doc in load_meantime(file, corpus=corpus)]


def load_times(path: Path) -> list[TimexDoc]:
    """Any supported timex gold set: French TimeBank (`*.tml`) or the English BIO files (`*.tsv`)."""
    if path.is_file() and path.suffix == ".tsv":
        return load_en_timex(path)
    if path.is_dir() and ((path / "Data").is_dir() or any(path.glob("*.tml"))):
        return load_fr_timebank(path)
    if path.is_dir() and any(path.glob("datasets/*/en/test.tsv")):
        return load_en_timex(path)
    raise InputError(str(path), "not a timex gold set: give the fr_timebank or en_timex folder, or a .tsv file")


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class TypeScores:
    """Gold expressions of one TIMEX3 type: how many were found (relaxed) and normalised right."""

    type: str
    gold: int
    matched: int
    value_correct: int

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.matched)


@dataclass
class TimexScores:
    """Counts over a gold set; every figure (a fraction in [0, 1]) is a property computed from them.

    `strict` and `relaxed` count matched gold–predicted pairs; `type_correct` and
    `value_correct` count relaxed pairs whose type, or value, is the gold one.
    """

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    type_correct: int = 0
    value_correct: int = 0
    by_type: dict[str, TypeScores] = field(default_factory=dict)

    @property
    def strict_precision(self) -> float:
        return _ratio(self.strict, self.predicted)

    @property
    def strict_recall(self) -> float:
        return _ratio(self.strict, self.gold)

    @property
    def strict_f1(self) -> float:
        return _f1(self.strict_precision, self.strict_recall)

    @property
    def relaxed_precision(self) -> float:
        return _ratio(self.relaxed, self.predicted)

    @property
    def relaxed_recall(self) -> float:
        return _ratio(self.relaxed, self.gold)

    @property
    def relaxed_f1(self) -> float:
        return _f1(self.relaxed_precision, self.relaxed_recall)

    @property
    def type_accuracy(self) -> float:
        return _ratio(self.type_correct, self.relaxed)

    @property
    def type_precision(self) -> float:
        return _ratio(self.type_correct, self.predicted)

    @property
    def type_recall(self) -> float:
        return _ratio(self.type_correct, self.gold)

    @property
    def type_f1(self) -> float:
        """TempEval-3 attribute F1: relaxed F1 × type accuracy."""
        return self.relaxed_f1 * self.type_accuracy

    @property
    def value_accuracy(self) -> float:
        return _ratio(self.value_correct, self.relaxed)

    @property
    def value_precision(self) -> float:
        return _ratio(self.value_correct, self.predicted)

    @property
    def value_recall(self) -> float:
        return _ratio(self.value_correct, self.gold)

    @property
    def value_f1(self) -> float:
        """TempEval-3 attribute F1: relaxed F1 × value accuracy."""
        return self.relaxed_f1 * self.value_accuracy

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures as plain JSON-ready data."""
        out: dict[str, Any] = {k: v for k, v in asdict(self).items() if k != "by_type"}
        for name in FIGURES:
            out[name] = getattr(self, name)
        out["by_type"] = {
            name: {**asdict(part), "recall": part.recall, "value_accuracy": part.value_accuracy}
            for name, part in self.by_type.items()
        }
        return out


#: The figures `TimexScores.to_dict()` adds to the counts.
FIGURES: tuple[str, ...] = (
    *(f"{kind}_{m}" for kind in ("strict", "relaxed", "type", "value") for m in ("precision", "recall", "f1")),
    "type_accuracy",
    "value_accuracy",
)


def _value(value: str | None) -> str | None:
    """The light normalisation values get before comparison: surrounding spaces only."""
    if value is None:
        return None
    return value.strip() or None


def _predictions(doc: TimexDoc, predict: Predict) -> list[Time]:
    predicted = list(predict(doc))
    for time in predicted:
        if not 0 <= time.start < time.end <= len(doc.text):
            raise ValueError(
                f"{doc.id}: predicted time {time.id!r} has offsets {time.start}:{time.end} outside the "
                f"{len(doc.text)}-character text; offsets must index TimexDoc.text"
            )
    return predicted


def _strict_matches(gold: list[GoldTimex], predicted: list[Time]) -> int:
    """Pairs with the same start and end, each gold and each prediction used once."""
    spans = Counter((g.start, g.end) for g in gold) & Counter((p.start, p.end) for p in predicted)
    return sum(spans.values())


def _relaxed_pairs(gold: list[GoldTimex], predicted: list[Time]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs sharing at least one character.

    Greedy: the pair with the largest overlap first; ties go to the pair whose
    boundaries are closest, then to the earlier gold and prediction.
    """
    candidates: list[tuple[int, int, int, int]] = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            overlap = min(g.end, p.end) - max(g.start, p.start)
            if overlap > 0:
                candidates.append((-overlap, abs(g.start - p.start) + abs(g.end - p.end), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def score_times(docs: Iterable[TimexDoc], predict: Predict) -> TimexScores:
    """Score `predict` (a `TimexDoc` → its `Time`s, offsets into `doc.text`) against the gold of `docs`."""
    scores = TimexScores()
    type_gold: Counter[str] = Counter()
    type_matched: Counter[str] = Counter()
    type_value: Counter[str] = Counter()
    for doc in docs:
        predicted = _predictions(doc, predict)
        scores.documents += 1
        scores.gold += len(doc.gold)
        scores.predicted += len(predicted)
        scores.strict += _strict_matches(doc.gold, predicted)
        type_gold.update(g.type for g in doc.gold)
        for gi, pi in _relaxed_pairs(doc.gold, predicted):
            g, p = doc.gold[gi], predicted[pi]
            scores.relaxed += 1
            type_matched[g.type] += 1
            scores.type_correct += p.type == g.type
            if _value(p.value) == _value(g.value):
                scores.value_correct += 1
                type_value[g.type] += 1
    names = [*TIMEX_TYPES, *sorted(set(type_gold) - set(TIMEX_TYPES))]
    scores.by_type = {name: TypeScores(name, type_gold[name], type_matched[name], type_value[name]) for name in names}
    return scores


# ---------------------------------------------------------------- errors, for development


@dataclass(frozen=True)
class TimexError:
    """One disagreement with the gold.

    `kind`: `miss` (gold not found), `false` (prediction with no gold), `value`
    (found, wrong value), `span` (found with the right value, other boundaries).
    `text` is the gold expression (the prediction's for `false`); `context` shows
    the expression in [brackets] with up to `CONTEXT_CHARS` characters each side.
    """

    kind: Literal["miss", "false", "value", "span"]
    doc: str
    text: str
    gold_value: str | None
    predicted_value: str | None
    context: str
    predicted_text: str | None = None


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _doc_errors(doc: TimexDoc, predicted: list[Time]) -> list[tuple[int, TimexError]]:
    pairs = _relaxed_pairs(doc.gold, predicted)
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    found: list[tuple[int, TimexError]] = []
    for gi, g in enumerate(doc.gold):
        if gi not in matched_gold:
            context = _context(doc.text, g.start, g.end)
            found.append((g.start, TimexError("miss", doc.id, g.text, g.value, None, context)))
    for pi, p in enumerate(predicted):
        if pi not in matched_predicted:
            context = _context(doc.text, p.start, p.end)
            found.append((p.start, TimexError("false", doc.id, doc.text[p.start : p.end], None, p.value, context)))
    for gi, pi in pairs:
        g, p = doc.gold[gi], predicted[pi]
        kind: Literal["value", "span"]
        if _value(p.value) != _value(g.value):
            kind = "value"
        elif (p.start, p.end) != (g.start, g.end):
            kind = "span"
        else:
            continue
        context = _context(doc.text, g.start, g.end)
        predicted_text = doc.text[p.start : p.end]
        found.append((g.start, TimexError(kind, doc.id, g.text, g.value, p.value, context, predicted_text)))
    found.sort(key=lambda item: item[0])
    return found


def errors(docs: Iterable[TimexDoc], predict: Predict, limit: int) -> list[TimexError]:
    """The first `limit` disagreements with the gold, document by document, in text order."""
    out: list[TimexError] = []
    for doc in docs:
        if len(out) >= limit:
            break
        out.extend(error for _, error in _doc_errors(doc, _predictions(doc, predict)))
    return out[: max(limit, 0)]


_first_errors = errors  # `run_times_eval` takes a count named `errors`


def format_errors(found: Iterable[TimexError]) -> str:
    """One line per error: kind, document, gold → predicted value, context."""
    lines = []
    for error in found:
        texts = error.text if error.predicted_text in (None, error.text) else f"{error.text} / {error.predicted_text}"
        lines.append(
            f"{error.kind:<5}  {error.doc}  {texts!r}  gold={error.gold_value or '-'}  "
            f"predicted={error.predicted_value or '-'}  …{error.context}…"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- report


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.2f}"


def format_scores(scores: TimexScores, *, title: str | None = None) -> str:
    """The figures as markdown tables (percentages, two decimals)."""
    lines = [f"### {title}", ""] if title else []
    lines += [
        f"{scores.documents} documents, {scores.gold} gold expressions, {scores.predicted} predicted.",
        "",
        "| measure | P | R | F1 |",
        "|---|---:|---:|---:|",
    ]
    for kind in ("strict", "relaxed", "type", "value"):
        p, r, f = (getattr(scores, f"{kind}_{m}") for m in ("precision", "recall", "f1"))
        lines.append(f"| {kind} | {_pct(p)} | {_pct(r)} | {_pct(f)} |")
    lines += [
        "",
        f"Over {scores.relaxed} relaxed matches: type accuracy {_pct(scores.type_accuracy)} %, "
        f"value accuracy {_pct(scores.value_accuracy)} %.",
        "",
        "| type | gold | relaxed recall | value accuracy |",
        "|---|---:|---:|---:|",
    ]
    for part in scores.by_type.values():
        lines.append(f"| {part.type} | {part.gold} | {_pct(part.recall)} | {_pct(part.value_accuracy)} |")
    return "\n".join(lines)


def run_times_eval(path: Path, predict: Predict, *, errors: int = 0) -> TimexScores:
    """`veilleur eval times --data PATH`: load the gold set at `path`, score `predict`, print the report.

    Each document is predicted once. With several corpora under `path` (TempEval-3
    and MEANTIME), each gets its own table before the total. `errors` > 0 also
    prints that many disagreements. Returns the scores over every loaded document.
    """
    docs = load_times(path)
    predictions = {doc.id: _predictions(doc, predict) for doc in docs}

    def cached(doc: TimexDoc) -> list[Time]:
        return predictions[doc.id]

    corpora = list(dict.fromkeys(doc.corpus for doc in docs))
    print(f"## Time expressions: {path}\n")
    for note in (f"{doc.id}: {note}" for doc in docs for note in doc.notes):
        print(f"note: {note}")
    if len(corpora) > 1:
        for corpus in corpora:
            part = score_times([doc for doc in docs if doc.corpus == corpus], cached)
            print(format_scores(part, title=corpus) + "\n")
    scores = score_times(docs, cached)
    print(format_scores(scores, title=" + ".join(corpora) if len(corpora) > 1 else corpora[0]))
    if errors > 0:
        print("\n" + format_errors(_first_errors(docs, cached, errors)))
    return scores


# ---------------------------------------------------------------- the pipeline as a predictor


def predict_with(run: Callable[[Article], Article]) -> Predict:
    """A predictor from anything that takes and returns an `Article` (a `Pipeline`, a stage).

    The article gets the document's text, `published` = its DCT and its language.
    If `run` changes the text (the clean stage folds whitespace and drops
    boilerplate lines), predicted offsets are carried back onto the document's text.
    """

    def predict(doc: TimexDoc) -> list[Time]:
        article = run(Article(text=doc.text, published=doc.dct, language=doc.language, source=doc.id))
        if article.text == doc.text:
            return list(article.times)
        to_doc = _position_map(article.text, doc.text)
        moved = []
        for time in article.times:
            start, end = to_doc[time.start], to_doc[max(time.end - 1, time.start)] + 1
            if end > start:
                moved.append(_replace_span(time, start, end, doc.text))
        return moved

    return predict


def _replace_span(time: Time, start: int, end: int, text: str) -> Time:
    return Time(
        id=time.id,
        text=text[start:end],
        start=start,
        end=end,
        type=time.type,
        value=time.value,
        mod=time.mod,
        anchor=time.anchor,
        confidence=time.confidence,
    )


def _position_map(changed: str, original: str) -> list[int]:
    """For each position of `changed` (and its end), the corresponding position in `original`."""
    positions = [0] * (len(changed) + 1)
    matcher = difflib.SequenceMatcher(None, original, changed, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        for j in range(j1, j2):
            positions[j] = min(i1 + (j - j1), max(i2 - 1, i1))
    positions[len(changed)] = len(original)
    return positions


__all__ = [
    "EN_TIMEX_FILES",
    "FIGURES",
    "TIMEX_TYPES",
    "GoldTimex",
    "Predict",
    "TimexDoc",
    "TimexError",
    "TimexScores",
    "TypeScores",
    "detokenise",
    "errors",
    "format_errors",
    "format_scores",
    "load_en_timex",
    "load_fr_timebank",
    "load_meantime",
    "load_times",
    "predict_with",
    "run_times_eval",
    "score_times",
]

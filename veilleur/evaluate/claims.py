"""Attribution (claims) against gold annotations: loaders, scorers, report.

Gold sets (docs/EVAL.md), read from a path given at run time and never copied:

- PolNeAR (`polnear/`, English news): brat standoff, one `text/<article>.txt` and
  one or more `attributions/<article>_<annotator>.ann` per article. An `E` line
  links an attribution's Source (may be absent), Cue and Content, each a `T` span
  that may be discontinuous (`start end;start end`). Scored by `score_claims`.
- AADS-French (`aads_french/aggregated_corpus.json`, French fiction): direct-speech
  character spans per chapter, a proxy for quotation marks and dialogue dashes.
  Scored token by token by `score_direct_speech`.

>>> docs = load_polnear(Path("../shared/eval/polnear"))               # doctest: +SKIP
>>> print(format_scores(score_claims(docs, predict_with(pipeline))))  # doctest: +SKIP

PolNeAR metrics (`score_claims`). Tokens are the words of the text (`\\w+`, found
by position in `AttributionDoc.text`, so case and punctuation never matter); a
token belongs to a span when its first character lies inside one of the span's
parts (the convention of the AADS-French tools). A claim's content is the union of
its `parts` (its `content` span when it has none); a gold content is the union of
its Content (and Content2) parts.

- content: a prediction and a gold attribution *match* when their shared content
  tokens are at least `threshold` (0.3) of the tokens of each, i.e.
  overlap / max(|pred|, |gold|) ≥ 0.3. This symmetric ratio is the two directions
  of match at once: one over-long prediction (a whole paragraph) cannot match a
  one-clause gold, nor a three-word fragment a long quotation, and precision and
  recall are counted on the same pairs. Pairs are one-to-one, chosen greedily
  (highest ratio first, then most shared tokens, then text order).
- content, directional: each prediction counts for precision when the gold it
  overlaps most covers ≥ 0.3 of *the prediction's* tokens; each gold counts for
  recall when the prediction overlapping it most covers ≥ 0.3 of *the gold's*
  tokens. Not one-to-one: an upper bound that shows which side the errors are on.
- exact: same word tokens, one-to-one. Surrounding whitespace, quote marks and
  punctuation are thus ignored (a gap between parts holding only punctuation too).
- cue: on a matched pair, right when the predicted cue shares at least one
  character with a part of the gold cue. Reported over the matched pairs
  (P = right / pairs with a predicted cue, R = right / pairs with a gold cue) and
  overall (P = right / predicted claims with a cue, R = right / gold attributions).
- speaker, on matched pairs: right when the claim's `speaker_span` shares at least
  one character with a part of the gold Source; when the gold has no Source, right
  when the claim has no `speaker_span` (no speaker). Only `speaker_span` is read:
  a claim whose speaker entity is known but whose span is null counts as "no speaker".
  "content + speaker" P/R/F1 counts matched pairs with the right speaker.

AADS-French metrics (`score_direct_speech`): tokens `\\w+|[^\\w\\s]` (punctuation,
dashes and guillemets are tokens, as in the spaCy tokenisation the authors used),
a token is direct speech when its first character lies inside a gold span, and
predicted when it lies inside a predicted span; token P/R/F1 summed over chapters
(micro) and averaged per chapter (macro). Span exact P/R/F1 compares spans after
stripping spaces, quote marks and dashes at both edges.
"""

from __future__ import annotations

import bisect
import dataclasses
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from veilleur.errors import InputError
from veilleur.evaluate import f1 as _f1
from veilleur.evaluate import ratio as _ratio
from veilleur.evaluate.timex import _position_map
from veilleur.record import Article, Claim, Cue, Span, TextSpan

#: The share of content tokens a match needs (see the module docstring).
THRESHOLD = 0.3

#: Characters of context shown on each side of a span in the error listings.
CONTEXT_CHARS = 80

#: Longest text given to the pipeline at once by `speech_spans_with`.
MAX_CHUNK = 100_000

Spans = list[tuple[int, int]]

_WORDS = re.compile(r"\w+")
_SPEECH_TOKENS = re.compile(r"\w+|[^\w\s]")


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.2f}"


class _Tokens:
    """The tokens of one text, by position: a token is in a span when its first character is."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self.starts = [m.start() for m in pattern.finditer(text)]

    def __len__(self) -> int:
        return len(self.starts)

    def inside(self, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
        found: set[int] = set()
        for start, end in spans:
            found.update(range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end)))
        return frozenset(found)


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """At least one character in common with one of `spans`."""
    return any(min(end, e) > max(start, s) for s, e in spans)


def _context(text: str, spans: Sequence[tuple[int, int]], *, longest: int = 160) -> str:
    """The spans' extent in [brackets] (elided in the middle past `longest`) with context each side."""
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    inner = text[start:end]
    if len(inner) > longest:
        inner = f"{inner[: longest // 2]} … {inner[-longest // 2 :]}"
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{left}[{inner}]{right}".split())


def _surface(text: str, spans: Sequence[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


# ---------------------------------------------------------------- PolNeAR


@dataclass(frozen=True)
class GoldAttribution:
    """One gold attribution relation; each role is a list of (start, end) parts into the text.

    `source` is empty when the annotator marked no Source. `id` is the brat `E` id.
    """

    source: Spans
    cue: Spans
    content: Spans
    id: str = ""


@dataclass
class AttributionDoc:
    """One annotated article: `id` is the article's file stem, `annotator` the .ann file's suffix.

    `published` comes from `metadata.tsv` (ISO date); `notes` records what the loader
    did with unusual annotations.
    """

    id: str
    text: str
    published: str | None
    gold: list[GoldAttribution]
    annotator: str = ""
    notes: list[str] = field(default_factory=list)


_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$", re.DOTALL)


def _polnear_data(path: Path) -> Path:
    for folder in (path / "data", path):
        if any((folder / split).is_dir() for split in ("train", "dev", "test")):
            return folder
    raise InputError(str(path), "no train/, dev/ or test/ folder here or in data/: give the PolNeAR folder")


def _polnear_dates(data: Path) -> dict[tuple[str, str], str]:
    """(compartment, article) → publication date, from `metadata.tsv` if present."""
    file = data / "metadata.tsv"
    if not file.is_file():
        return {}
    lines = file.read_text(encoding="utf-8").splitlines()
    if not lines:
        return {}
    header = lines[0].split("\t")
    try:
        where, name, date = (header.index(c) for c in ("compartment", "filename", "publication_date"))
    except ValueError as err:
        raise InputError(str(file), "expected compartment, filename and publication_date columns") from err
    dates: dict[tuple[str, str], str] = {}
    for line in lines[1:]:
        cells = line.split("\t")
        if len(cells) > max(where, name, date) and cells[date] not in ("", "None"):
            dates[cells[where], cells[name]] = cells[date]
    return dates


def load_polnear(path: Path, split: str = "dev", *, annotator: str = "first") -> list[AttributionDoc]:
    """The articles of one PolNeAR split (`train`, `dev`, `test`), sorted by name.

    `path` is the PolNeAR folder or its `data/`. An article annotated by several
    annotators gives its first `.ann` file in sorted order (`annotator="first"`), or
    one document per file (`annotator="all"`); `AttributionDoc.annotator` records which.
    """
    if annotator not in ("first", "all"):
        raise ValueError(f"annotator must be 'first' or 'all', not {annotator!r}")
    data = _polnear_data(path)
    texts_dir, ann_dir = data / split / "text", data / split / "attributions"
    if not texts_dir.is_dir() or not ann_dir.is_dir():
        raise InputError(str(data / split), "no text/ and attributions/ folders: is the split name right?")
    dates = _polnear_dates(data)
    by_article: dict[str, list[Path]] = {}
    for file in sorted(ann_dir.glob("*.ann")):
        article, _, _ = file.stem.rpartition("_")
        by_article.setdefault(article, []).append(file)
    docs: list[AttributionDoc] = []
    for text_file in sorted(texts_dir.glob("*.txt")):
        files = by_article.get(text_file.stem)
        if not files:
            continue
        text = text_file.read_text(encoding="utf-8")
        published = dates.get((split, text_file.stem))
        if published is None:
            found = re.search(r"_(\d{4}-\d{2}-\d{2})_", text_file.name)
            published = found.group(1) if found else None
        for file in files if annotator == "all" else files[:1]:
            gold, notes = _read_ann(file, text)
            label = file.stem.rpartition("_")[2]
            docs.append(AttributionDoc(text_file.stem, text, published, gold, label, notes))
    if not docs:
        raise InputError(str(data / split), "no article with both a .txt and an .ann file")
    return docs


_RECORD_START = re.compile(r"^(?:[A-Z]\d+|#\d*|\*)\t")


def _ann_records(file: Path) -> list[tuple[int, str]]:
    """(line number, record) pairs: a line that starts no record continues the one before
    (a span's text may hold line breaks, which some .ann files keep)."""
    records: list[tuple[int, str]] = []
    for number, line in enumerate(file.read_text(encoding="utf-8").splitlines(), start=1):
        if records and not _RECORD_START.match(line):
            records[-1] = (records[-1][0], f"{records[-1][1]}\n{line}")
        elif line.strip():
            records.append((number, line))
    return records


def _read_ann(file: Path, text: str) -> tuple[list[GoldAttribution], list[str]]:
    spans: dict[str, Spans] = {}
    relations: list[tuple[str, dict[str, list[str]]]] = []
    notes: list[str] = []
    for number, line in _ann_records(file):
        if line.startswith("T"):
            match = _T_LINE.match(line)
            if not match:
                raise InputError(
                    f"{file}:{number}", "a T line should read `Tn<TAB>Label start end[;start end]<TAB>text`"
                )
            tid, _, offsets, surface = match.groups()
            parts = [(int(a), int(b)) for a, b in (piece.split() for piece in offsets.split(";"))]
            if any(not 0 <= s <= e <= len(text) for s, e in parts):
                raise InputError(f"{file}:{number}", f"offsets {offsets} outside the {len(text)}-character text")
            if _surface(text, parts).split() != surface.split():
                notes.append(f"{file.name}:{number}: {tid} text differs from the article at its offsets")
            spans[tid] = parts
        elif line.startswith("E"):
            eid, _, args = line.partition("\t")
            roles: dict[str, list[str]] = {}
            for arg in args.split():
                role, _, target = arg.partition(":")
                roles.setdefault(role, []).append(target)
            relations.append((eid, roles))
    gold: list[GoldAttribution] = []
    for eid, roles in relations:

        def parts_of(*names: str, roles: dict[str, list[str]] = roles, eid: str = eid) -> Spans:
            found: Spans = []
            for name in names:
                for target in roles.get(name, []):
                    if target not in spans:
                        raise InputError(str(file), f"{eid} points to {target}, which has no T line")
                    found.extend(spans[target])
            return found

        content, cue = parts_of("Content", "Content2"), parts_of("Cue")
        if not content or not cue:
            notes.append(f"{file.name}: {eid} has no Content or no Cue: skipped")
            continue
        gold.append(GoldAttribution(source=parts_of("Source"), cue=cue, content=content, id=eid))
    return gold, notes


# ---------------------------------------------------------------- PolNeAR scoring

ClaimPredict = Callable[[AttributionDoc], list[Claim]]


def claim_parts(claim: Claim) -> Spans:
    """A claim's content as (start, end) parts: its `parts`, or its `content` span when it has none."""
    if claim.parts:
        return [(p.start, p.end) for p in claim.parts]
    return [(claim.content.start, claim.content.end)]


def _speaker_span(claim: Claim) -> tuple[int, int] | None:
    span = claim.speaker_span
    return (span[0], span[1]) if span is not None and len(span) == 2 else None


def _speaker_right(claim: Claim, gold: GoldAttribution) -> bool:
    span = _speaker_span(claim)
    if not gold.source:
        return span is None
    return span is not None and _overlaps(*span, gold.source)


def _cue_right(claim: Claim, gold: GoldAttribution) -> bool:
    return claim.cue is not None and _overlaps(claim.cue.start, claim.cue.end, gold.cue)


@dataclass(frozen=True)
class KindScores:
    """Predicted claims of one kind: how many matched a gold attribution, how many with the right speaker."""

    kind: str
    predicted: int
    matched: int
    speaker_correct: int

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.matched)


@dataclass
class ClaimScores:
    """Counts over a gold set; every figure (a fraction in [0, 1]) is a property computed from them.

    `matched` counts one-to-one content pairs, `exact` pairs with the same words;
    `predicted_hits`/`gold_hits` count the directional matches; the `matched_*`
    counts and `cue_correct`, `speaker_correct` are taken over the matched pairs.
    The gold carries no kind: `by_kind` splits the predictions by their own kind.
    """

    documents: int = 0
    gold: int = 0
    predicted: int = 0
    threshold: float = THRESHOLD
    matched: int = 0
    exact: int = 0
    predicted_hits: int = 0
    gold_hits: int = 0
    predicted_cues: int = 0
    matched_predicted_cues: int = 0
    matched_gold_cues: int = 0
    cue_correct: int = 0
    matched_with_source: int = 0
    matched_without_source: int = 0
    speaker_correct_with_source: int = 0
    speaker_correct_without_source: int = 0
    by_kind: dict[str, KindScores] = field(default_factory=dict)

    @property
    def content_precision(self) -> float:
        return _ratio(self.matched, self.predicted)

    @property
    def content_recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def content_f1(self) -> float:
        return _f1(self.content_precision, self.content_recall)

    @property
    def directional_precision(self) -> float:
        return _ratio(self.predicted_hits, self.predicted)

    @property
    def directional_recall(self) -> float:
        return _ratio(self.gold_hits, self.gold)

    @property
    def directional_f1(self) -> float:
        return _f1(self.directional_precision, self.directional_recall)

    @property
    def exact_precision(self) -> float:
        return _ratio(self.exact, self.predicted)

    @property
    def exact_recall(self) -> float:
        return _ratio(self.exact, self.gold)

    @property
    def exact_f1(self) -> float:
        return _f1(self.exact_precision, self.exact_recall)

    @property
    def cue_precision(self) -> float:
        return _ratio(self.cue_correct, self.predicted_cues)

    @property
    def cue_recall(self) -> float:
        return _ratio(self.cue_correct, self.gold)

    @property
    def cue_f1(self) -> float:
        return _f1(self.cue_precision, self.cue_recall)

    @property
    def matched_cue_precision(self) -> float:
        return _ratio(self.cue_correct, self.matched_predicted_cues)

    @property
    def matched_cue_recall(self) -> float:
        return _ratio(self.cue_correct, self.matched_gold_cues)

    @property
    def matched_cue_f1(self) -> float:
        return _f1(self.matched_cue_precision, self.matched_cue_recall)

    @property
    def speaker_correct(self) -> int:
        return self.speaker_correct_with_source + self.speaker_correct_without_source

    @property
    def speaker_accuracy(self) -> float:
        return _ratio(self.speaker_correct, self.matched)

    @property
    def speaker_accuracy_with_source(self) -> float:
        return _ratio(self.speaker_correct_with_source, self.matched_with_source)

    @property
    def speaker_accuracy_without_source(self) -> float:
        return _ratio(self.speaker_correct_without_source, self.matched_without_source)

    @property
    def attribution_precision(self) -> float:
        """Content matched and speaker right, over the predictions."""
        return _ratio(self.speaker_correct, self.predicted)

    @property
    def attribution_recall(self) -> float:
        return _ratio(self.speaker_correct, self.gold)

    @property
    def attribution_f1(self) -> float:
        return _f1(self.attribution_precision, self.attribution_recall)

    def to_dict(self) -> dict[str, Any]:
        """Counts and figures as plain JSON-ready data."""
        out: dict[str, Any] = {k: v for k, v in asdict(self).items() if k != "by_kind"}
        out["speaker_correct"] = self.speaker_correct
        for name in CLAIM_FIGURES:
            out[name] = getattr(self, name)
        out["by_kind"] = {
            name: {**asdict(part), "precision": part.precision, "speaker_accuracy": part.speaker_accuracy}
            for name, part in self.by_kind.items()
        }
        return out


#: The figures `ClaimScores.to_dict()` adds to the counts.
CLAIM_FIGURES: tuple[str, ...] = (
    *(
        f"{kind}_{m}"
        for kind in ("content", "directional", "exact", "cue", "matched_cue", "attribution")
        for m in ("precision", "recall", "f1")
    ),
    "speaker_accuracy",
    "speaker_accuracy_with_source",
    "speaker_accuracy_without_source",
)


def _claim_predictions(doc: AttributionDoc, predict: ClaimPredict) -> list[Claim]:
    predicted = list(predict(doc))
    size = len(doc.text)
    for claim in predicted:
        spans = claim_parts(claim)
        if claim.cue is not None:
            spans.append((claim.cue.start, claim.cue.end))
        speaker = _speaker_span(claim)
        if speaker is not None:
            spans.append(speaker)
        if any(not 0 <= s <= e <= size for s, e in spans):
            raise ValueError(
                f"{doc.id}: predicted claim {claim.id!r} has offsets outside the {size}-character text; "
                "offsets must index AttributionDoc.text"
            )
    return predicted


@dataclass
class _Alignment:
    """How one document's predictions line up with its gold."""

    pairs: list[tuple[int, int]]  # (gold index, predicted index), one-to-one
    exact: int
    predicted_hits: list[bool]
    gold_hits: list[bool]


def _align(doc: AttributionDoc, predicted: list[Claim], threshold: float) -> _Alignment:
    tokens = _Tokens(doc.text, _WORDS)
    gold_sets = [tokens.inside(g.content) for g in doc.gold]
    predicted_sets = [tokens.inside(claim_parts(c)) for c in predicted]
    best_for_gold = [0.0] * len(gold_sets)
    best_for_predicted = [0.0] * len(predicted_sets)
    candidates: list[tuple[float, int, int, int]] = []
    for gi, g in enumerate(gold_sets):
        for pi, p in enumerate(predicted_sets):
            shared = len(g & p)
            if not shared:
                continue
            best_for_gold[gi] = max(best_for_gold[gi], shared / len(g))
            best_for_predicted[pi] = max(best_for_predicted[pi], shared / len(p))
            ratio = shared / max(len(g), len(p))
            if ratio >= threshold:
                candidates.append((-ratio, -shared, gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    same = Counter(s for s in gold_sets if s) & Counter(s for s in predicted_sets if s)
    return _Alignment(
        pairs=sorted(pairs),
        exact=sum(same.values()),
        predicted_hits=[best >= threshold for best in best_for_predicted],
        gold_hits=[best >= threshold for best in best_for_gold],
    )


def score_claims(docs: Iterable[AttributionDoc], predict: ClaimPredict, *, threshold: float = THRESHOLD) -> ClaimScores:
    """Score `predict` (an `AttributionDoc` → its `Claim`s, offsets into `doc.text`) against the gold of `docs`.

    The metrics are defined in the module docstring.
    """
    scores = ClaimScores(threshold=threshold)
    kind_predicted: Counter[str] = Counter()
    kind_matched: Counter[str] = Counter()
    kind_speaker: Counter[str] = Counter()
    for doc in docs:
        predicted = _claim_predictions(doc, predict)
        found = _align(doc, predicted, threshold)
        scores.documents += 1
        scores.gold += len(doc.gold)
        scores.predicted += len(predicted)
        scores.matched += len(found.pairs)
        scores.exact += found.exact
        scores.predicted_hits += sum(found.predicted_hits)
        scores.gold_hits += sum(found.gold_hits)
        scores.predicted_cues += sum(c.cue is not None for c in predicted)
        kind_predicted.update(c.kind for c in predicted)
        for gi, pi in found.pairs:
            g, p = doc.gold[gi], predicted[pi]
            scores.matched_predicted_cues += p.cue is not None
            scores.matched_gold_cues += bool(g.cue)
            scores.cue_correct += _cue_right(p, g)
            right = _speaker_right(p, g)
            if g.source:
                scores.matched_with_source += 1
                scores.speaker_correct_with_source += right
            else:
                scores.matched_without_source += 1
                scores.speaker_correct_without_source += right
            kind_matched[p.kind] += 1
            kind_speaker[p.kind] += right
    scores.by_kind = {
        kind: KindScores(kind, kind_predicted[kind], kind_matched[kind], kind_speaker[kind])
        for kind in sorted(kind_predicted)
    }
    return scores


# ---------------------------------------------------------------- PolNeAR errors, for development


@dataclass(frozen=True)
class ClaimError:
    """One disagreement with the gold.

    `kind`: `miss` (gold attribution not matched), `false` (claim matching no gold),
    `speaker` (matched, wrong speaker), `cue` (matched, right speaker, cue not on
    the gold cue). `context` shows the content (gold's, or the claim's for `false`)
    in [brackets] with up to `CONTEXT_CHARS` characters each side.
    """

    kind: Literal["miss", "false", "speaker", "cue"]
    doc: str
    context: str
    gold_source: str | None = None
    gold_cue: str | None = None
    predicted_speaker: str | None = None
    predicted_cue: str | None = None


def _claim_speaker_text(doc: AttributionDoc, claim: Claim) -> str | None:
    span = _speaker_span(claim)
    return doc.text[span[0] : span[1]] if span else None


def _doc_claim_errors(doc: AttributionDoc, predicted: list[Claim], threshold: float) -> list[tuple[int, ClaimError]]:
    found = _align(doc, predicted, threshold)
    matched_gold = {gi for gi, _ in found.pairs}
    matched_predicted = {pi for _, pi in found.pairs}
    out: list[tuple[int, ClaimError]] = []
    name = f"{doc.id}_{doc.annotator}" if doc.annotator else doc.id

    def gold_fields(g: GoldAttribution) -> dict[str, str | None]:
        source = _surface(doc.text, g.source) if g.source else None
        return {"gold_source": source, "gold_cue": _surface(doc.text, g.cue)}

    def predicted_fields(p: Claim) -> dict[str, str | None]:
        cue = p.cue.text if p.cue else None
        return {"predicted_speaker": _claim_speaker_text(doc, p), "predicted_cue": cue}

    for gi, g in enumerate(doc.gold):
        if gi not in matched_gold:
            out.append(
                (
                    min(s for s, _ in g.content),
                    ClaimError("miss", name, _context(doc.text, g.content), **gold_fields(g)),
                )
            )
    for pi, p in enumerate(predicted):
        if pi not in matched_predicted:
            parts = claim_parts(p)
            out.append(
                (min(s for s, _ in parts), ClaimError("false", name, _context(doc.text, parts), **predicted_fields(p)))
            )
    for gi, pi in found.pairs:
        g, p = doc.gold[gi], predicted[pi]
        kind: Literal["speaker", "cue"]
        if not _speaker_right(p, g):
            kind = "speaker"
        elif not _cue_right(p, g):
            kind = "cue"
        else:
            continue
        context = _context(doc.text, g.content)
        out.append(
            (min(s for s, _ in g.content), ClaimError(kind, name, context, **gold_fields(g), **predicted_fields(p)))
        )
    out.sort(key=lambda item: item[0])
    return out


def claim_errors(
    docs: Iterable[AttributionDoc], predict: ClaimPredict, limit: int, *, threshold: float = THRESHOLD
) -> list[ClaimError]:
    """The first `limit` disagreements with the gold, document by document, in text order."""
    out: list[ClaimError] = []
    for doc in docs:
        if len(out) >= limit:
            break
        out.extend(error for _, error in _doc_claim_errors(doc, _claim_predictions(doc, predict), threshold))
    return out[: max(limit, 0)]


def format_claim_errors(found: Iterable[ClaimError]) -> str:
    """One line per error: kind, document, gold source/cue → predicted speaker/cue, context."""
    lines = []
    for error in found:
        who = f"gold={error.gold_source!r}/{error.gold_cue!r}" if error.kind != "false" else ""
        said = f"predicted={error.predicted_speaker!r}/{error.predicted_cue!r}" if error.kind != "miss" else ""
        lines.append(
            "  ".join(part for part in (f"{error.kind:<7}", error.doc, who, said, f"…{error.context}…") if part)
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- PolNeAR report


def format_scores(scores: ClaimScores, *, title: str | None = None) -> str:
    """The attribution figures as markdown tables (percentages, two decimals)."""
    t = f"{scores.threshold:g}"
    lines = [f"### {title}", ""] if title else []
    lines += [
        f"{scores.documents} documents, {scores.gold} gold attributions, {scores.predicted} predicted claims.",
        "",
        "| measure | P | R | F1 |",
        "|---|---:|---:|---:|",
    ]
    rows = (
        (f"content (≥ {t} of both, one-to-one)", "content"),
        (f"content, directional (≥ {t} of the prediction / of the gold)", "directional"),
        ("content exact (same words)", "exact"),
        ("cue", "cue"),
        ("cue, on matched pairs", "matched_cue"),
        ("content + speaker", "attribution"),
    )
    for label, kind in rows:
        p, r, f = (getattr(scores, f"{kind}_{m}") for m in ("precision", "recall", "f1"))
        lines.append(f"| {label} | {_pct(p)} | {_pct(r)} | {_pct(f)} |")
    lines += [
        "",
        f"Speaker accuracy on {scores.matched} matched claims: {_pct(scores.speaker_accuracy)} % "
        f"(gold with a source {scores.speaker_correct_with_source}/{scores.matched_with_source}, "
        f"without {scores.speaker_correct_without_source}/{scores.matched_without_source}).",
    ]
    if scores.by_kind:
        lines += ["", "| predicted kind | claims | content precision | speaker accuracy |", "|---|---:|---:|---:|"]
        for part in scores.by_kind.values():
            lines.append(f"| {part.kind} | {part.predicted} | {_pct(part.precision)} | {_pct(part.speaker_accuracy)} |")
    return "\n".join(lines)


def run_claims_eval(
    path: Path, predict: ClaimPredict, *, split: str = "dev", errors: int = 0, each_annotator: bool = True
) -> ClaimScores:
    """`veilleur eval claims --data PATH`: load PolNeAR's `split`, score `predict`, print the report.

    Each article is predicted once. Scored against the first annotator file of each
    article; with `each_annotator` and articles annotated more than once, a second
    table scores against every annotator file. `errors` > 0 also prints that many
    disagreements. Returns the scores against the first annotator files.
    """
    docs = load_polnear(path, split)
    predictions = {doc.id: _claim_predictions(doc, predict) for doc in docs}

    def cached(doc: AttributionDoc) -> list[Claim]:
        return predictions[doc.id]

    print(f"## Attribution (PolNeAR {split}): {path}\n")
    for note in (note for doc in docs for note in doc.notes):
        print(f"note: {note}")
    scores = score_claims(docs, cached)
    print(format_scores(scores, title=f"PolNeAR {split}, first annotator file of each article"))
    if each_annotator:
        every = load_polnear(path, split, annotator="all")
        if len(every) > len(docs):
            title = f"PolNeAR {split}, every annotator file ({len(every)} files for {len(docs)} articles)"
            print("\n" + format_scores(score_claims(every, cached), title=title))
    if errors > 0:
        print("\n" + format_claim_errors(claim_errors(docs, cached, errors)))
    return scores


# ---------------------------------------------------------------- the pipeline as a predictor


#: What the clean stage may write in place of a character: a plain space for any space, "'" for ’.
_SAME_AS = {" ": frozenset(" \t\f\v\u00a0\u2007\u2009\u200a\u202f\u205f\u3000"), "'": frozenset("'’ʼ")}
#: Characters the clean stage may drop: folded whitespace and zero-width characters.
_DROPPED = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


def _folded_positions(changed: str, original: str) -> list[int] | None:
    """For each position of `changed` (and its end), its position in `original`, when `changed` is
    `original` with whitespace folded, spaces and apostrophes made plain and zero-width characters
    dropped (what the clean stage does to most texts); None otherwise. Linear: one pass over both."""
    positions = [0] * (len(changed) + 1)
    i, n = 0, len(original)
    for j, char in enumerate(changed):
        same = _SAME_AS.get(char)
        while i < n and original[i] != char and (same is None or original[i] not in same):
            if not (original[i].isspace() or original[i] in _DROPPED):
                return None  # a line taken out or a character changed: not a folding
            i += 1
        if i == n:
            return None
        positions[j] = i
        i += 1
    positions[len(changed)] = n
    return positions


def _mapper(changed: str, original: str) -> Callable[[int, int], tuple[int, int] | None]:
    """(start, end) in `changed` → (start, end) in `original`, None when the span vanishes.

    A text whose whitespace was folded is aligned in one pass; any other change (a line
    taken out, a normalised character) by a character diff of the two texts.
    """
    if changed == original:
        return lambda start, end: (start, end) if end > start else None
    folded = _folded_positions(changed, original)
    to_original = folded if folded is not None else _position_map(changed, original)

    def move(start: int, end: int) -> tuple[int, int] | None:
        new_start, new_end = to_original[start], to_original[max(end - 1, start)] + 1
        return (new_start, new_end) if end > start and new_end > new_start else None

    return move


def _moved_claim(claim: Claim, move: Callable[[int, int], tuple[int, int] | None], text: str) -> Claim | None:
    parts = [moved for moved in (move(s, e) for s, e in claim_parts(claim)) if moved]
    content = move(claim.content.start, claim.content.end)
    if not parts or content is None:
        return None
    cue = None
    if claim.cue is not None and (moved_cue := move(claim.cue.start, claim.cue.end)):
        cue = Cue(text=text[moved_cue[0] : moved_cue[1]], start=moved_cue[0], end=moved_cue[1], lemma=claim.cue.lemma)
    speaker = _speaker_span(claim)
    speaker_span = move(*speaker) if speaker else None
    return dataclasses.replace(
        claim,
        content=TextSpan(text=text[content[0] : content[1]], start=content[0], end=content[1]),
        parts=[Span(s, e) for s, e in parts] if claim.parts else [],
        cue=cue,
        speaker_span=list(speaker_span) if speaker_span else None,
        speaker_text=text[speaker_span[0] : speaker_span[1]] if speaker_span else None,
    )


def _claims_on(run: Callable[[Article], Article], text: str, language: str, **fields: Any) -> list[Claim]:
    """Run the pipeline on `text` and return its claims with offsets into `text`."""
    article = run(Article(text=text, language=language, **fields))
    if article.text == text:
        return list(article.claims)
    move = _mapper(article.text, text)
    return [moved for moved in (_moved_claim(c, move, text) for c in article.claims) if moved]


def predict_with(run: Callable[[Article], Article]) -> ClaimPredict:
    """A predictor from anything that takes and returns an `Article` (a `Pipeline`, a stage).

    The article gets the document's text, `language="en"` and `published`. If `run`
    changes the text (the clean stage folds whitespace), the claims' offsets
    (content, parts, cue, speaker span) are carried back onto the document's text.
    """

    def predict(doc: AttributionDoc) -> list[Claim]:
        return _claims_on(run, doc.text, "en", published=doc.published, source=doc.id)

    return predict


# ---------------------------------------------------------------- AADS-French


@dataclass
class SpeechDoc:
    """One chapter: `gold` are the direct-speech (start, end) spans, sorted, duplicates removed.

    `corpus` is the chapter's original corpus, `version` the JSON's own `version`
    field (annotation provenance: main, beta, reannotated or empty), `split` its split.
    """

    id: str
    text: str
    gold: Spans
    corpus: str = ""
    version: str = ""
    split: str = ""


#: Original corpora of the upstream "main" corpus (README; the JSON spells sini-bonus `sini_bonnus`).
AADS_MAIN = frozenset({"fr-litbank", "synpaflex", "sini_bonus", "sini_bonnus"})
#: Original corpora of the upstream "noisy" corpus.
AADS_NOISY = frozenset({"straight_talk"})


def load_aads(path: Path, *, split: str = "test", version: str = "main") -> list[SpeechDoc]:
    """The chapters of `aggregated_corpus.json` (`path` is the file or its folder), sorted by id.

    `split`: `train`, `val`, `test` or `all`. `version` follows the upstream README's
    grouping by original corpus: `main` (fr-litbank, SynPaFlex, sini-bonus), `noisy`
    (Straight Talk!) or `all`. The JSON's own `version` field does not mean that (it
    records annotation provenance) and is kept in `SpeechDoc.version` for filtering.
    """
    if version not in ("main", "noisy", "all"):
        raise ValueError(f"version must be 'main', 'noisy' or 'all', not {version!r}")
    file = path / "aggregated_corpus.json" if path.is_dir() else path
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(str(file), f"cannot read the AADS-French JSON corpus ({err})") from err
    if not isinstance(data, dict):
        raise InputError(str(file), "expected an object {chapter: {text, labels, split, ...}}")
    groups = {"main": AADS_MAIN, "noisy": AADS_NOISY}
    docs: list[SpeechDoc] = []
    for key in sorted(data):
        entry = data[key]
        if not isinstance(entry, dict) or "text" not in entry or "labels" not in entry:
            raise InputError(f"{file}:{key}", "a chapter needs `text` and `labels`")
        corpus = str(entry.get("original_corpus", ""))
        if split != "all" and entry.get("split") != split:
            continue
        if version != "all" and corpus not in groups[version]:
            continue
        text: str = entry["text"]
        gold = sorted({(int(s), int(e)) for s, e in entry["labels"]})
        if any(not 0 <= s < e <= len(text) for s, e in gold):
            raise InputError(f"{file}:{key}", f"a label lies outside the {len(text)}-character text")
        docs.append(SpeechDoc(key, text, gold, corpus, str(entry.get("version", "")), str(entry.get("split", ""))))
    return docs


SpeechPredict = Callable[[SpeechDoc], list[tuple[int, int]]]

#: Characters stripped at both edges of a span before the exact span comparison.
SPEECH_EDGES = " \t\n\r\u00a0\u202f\u2009\"'«»“”„‟‘’‚‹›-‐‑‒–—―"


def _stripped(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in SPEECH_EDGES:
        start += 1
    while end > start and text[end - 1] in SPEECH_EDGES:
        end -= 1
    return (start, end) if end > start else None


@dataclass(frozen=True)
class ChapterScores:
    """Token counts of one chapter."""

    id: str
    tokens: int
    true_positive: int
    false_positive: int
    false_negative: int

    @property
    def f1(self) -> float:
        p = _ratio(self.true_positive, self.true_positive + self.false_positive)
        r = _ratio(self.true_positive, self.true_positive + self.false_negative)
        return _f1(p, r)


@dataclass
class SpeechScores:
    """Token and span counts over the chapters; figures are properties (fractions in [0, 1])."""

    documents: int = 0
    tokens: int = 0
    gold_tokens: int = 0
    predicted_tokens: int = 0
    true_positive: int = 0
    gold_spans: int = 0
    predicted_spans: int = 0
    exact_spans: int = 0
    chapters: list[ChapterScores] = field(default_factory=list)

    @property
    def token_precision(self) -> float:
        return _ratio(self.true_positive, self.predicted_tokens)

    @property
    def token_recall(self) -> float:
        return _ratio(self.true_positive, self.gold_tokens)

    @property
    def token_f1(self) -> float:
        return _f1(self.token_precision, self.token_recall)

    @property
    def macro_token_f1(self) -> float:
        """The token F1 of each chapter, averaged."""
        return _ratio(sum(c.f1 for c in self.chapters), len(self.chapters)) if self.chapters else 0.0

    @property
    def span_precision(self) -> float:
        return _ratio(self.exact_spans, self.predicted_spans)

    @property
    def span_recall(self) -> float:
        return _ratio(self.exact_spans, self.gold_spans)

    @property
    def span_f1(self) -> float:
        return _f1(self.span_precision, self.span_recall)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {k: v for k, v in asdict(self).items() if k != "chapters"}
        for name in SPEECH_FIGURES:
            out[name] = getattr(self, name)
        out["chapters"] = [{**asdict(c), "f1": c.f1} for c in self.chapters]
        return out


#: The figures `SpeechScores.to_dict()` adds to the counts.
SPEECH_FIGURES: tuple[str, ...] = (
    *(f"{kind}_{m}" for kind in ("token", "span") for m in ("precision", "recall", "f1")),
    "macro_token_f1",
)


def _speech_predictions(doc: SpeechDoc, predict: SpeechPredict) -> Spans:
    predicted = [(int(s), int(e)) for s, e in predict(doc)]
    if any(not 0 <= s <= e <= len(doc.text) for s, e in predicted):
        raise ValueError(f"{doc.id}: a predicted span lies outside the {len(doc.text)}-character text")
    return predicted


def _exact_set(text: str, spans: Spans) -> set[tuple[int, int]]:
    return {stripped for s, e in spans if (stripped := _stripped(text, s, e))}


def score_direct_speech(docs: Iterable[SpeechDoc], predict: SpeechPredict) -> SpeechScores:
    """Score `predict` (a `SpeechDoc` → direct-speech (start, end) spans into `doc.text`) against the gold.

    Token and span metrics as defined in the module docstring.
    """
    scores = SpeechScores()
    for doc in docs:
        predicted = _speech_predictions(doc, predict)
        tokens = _Tokens(doc.text, _SPEECH_TOKENS)
        gold_set, predicted_set = tokens.inside(doc.gold), tokens.inside(predicted)
        hits = len(gold_set & predicted_set)
        gold_spans, predicted_spans = _exact_set(doc.text, doc.gold), _exact_set(doc.text, predicted)
        scores.documents += 1
        scores.tokens += len(tokens)
        scores.gold_tokens += len(gold_set)
        scores.predicted_tokens += len(predicted_set)
        scores.true_positive += hits
        scores.gold_spans += len(gold_spans)
        scores.predicted_spans += len(predicted_spans)
        scores.exact_spans += len(gold_spans & predicted_spans)
        scores.chapters.append(
            ChapterScores(doc.id, len(tokens), hits, len(predicted_set) - hits, len(gold_set) - hits)
        )
    return scores


def format_speech_scores(scores: SpeechScores, *, title: str | None = None) -> str:
    """The direct-speech figures as a markdown table, then the token F1 of each chapter."""
    lines = [f"### {title}", ""] if title else []
    lines += [
        f"{scores.documents} chapters, {scores.tokens} tokens ({scores.gold_tokens} direct speech, "
        f"{scores.predicted_tokens} predicted); {scores.gold_spans} gold spans, {scores.predicted_spans} predicted.",
        "",
        "| measure | P | R | F1 |",
        "|---|---:|---:|---:|",
        f"| tokens | {_pct(scores.token_precision)} | {_pct(scores.token_recall)} | {_pct(scores.token_f1)} |",
        f"| spans, exact | {_pct(scores.span_precision)} | {_pct(scores.span_recall)} | {_pct(scores.span_f1)} |",
        "",
        f"Token F1 averaged over chapters: {_pct(scores.macro_token_f1)}.",
    ]
    if len(scores.chapters) > 1:
        lines += ["", "| chapter | tokens | token F1 |", "|---|---:|---:|"]
        lines += [f"| {c.id} | {c.tokens} | {_pct(c.f1)} |" for c in scores.chapters]
    return "\n".join(lines)


@dataclass(frozen=True)
class SpeechError:
    """A gold span no predicted token touches (`miss`), a predicted span touching no gold
    token (`false`), or a gold span found with other boundaries (`span`, the predicted
    spans that touch it in `predicted`)."""

    kind: Literal["miss", "false", "span"]
    doc: str
    context: str
    predicted: str | None = None


def speech_errors(docs: Iterable[SpeechDoc], predict: SpeechPredict, limit: int) -> list[SpeechError]:
    """The first `limit` disagreements with the gold, chapter by chapter, in text order."""
    out: list[SpeechError] = []
    for doc in docs:
        if len(out) >= limit:
            break
        predicted = _speech_predictions(doc, predict)
        tokens = _Tokens(doc.text, _SPEECH_TOKENS)
        predicted_exact = _exact_set(doc.text, predicted)
        found: list[tuple[int, SpeechError]] = []
        for s, e in doc.gold:
            touching = [p for p in predicted if tokens.inside([p]) & tokens.inside([(s, e)])]
            if not touching:
                found.append((s, SpeechError("miss", doc.id, _context(doc.text, [(s, e)]))))
            elif _stripped(doc.text, s, e) not in predicted_exact:
                shown = " | ".join(doc.text[a:b] for a, b in touching)
                found.append((s, SpeechError("span", doc.id, _context(doc.text, [(s, e)]), shown)))
        gold_tokens = tokens.inside(doc.gold)
        for s, e in predicted:
            if not tokens.inside([(s, e)]) & gold_tokens:
                found.append((s, SpeechError("false", doc.id, _context(doc.text, [(s, e)]))))
        found.sort(key=lambda item: item[0])
        out.extend(error for _, error in found)
    return out[: max(limit, 0)]


def format_speech_errors(found: Iterable[SpeechError]) -> str:
    lines = []
    for error in found:
        shown = f"  predicted={error.predicted!r}" if error.predicted is not None else ""
        lines.append(f"{error.kind:<5}  {error.doc}{shown}  …{error.context}…")
    return "\n".join(lines)


def run_direct_speech_eval(
    path: Path, predict: SpeechPredict, *, split: str = "test", version: str = "main", errors: int = 0
) -> SpeechScores:
    """`veilleur eval speech --data PATH`: load AADS-French, score `predict`, print the report.

    Each chapter is predicted once. `errors` > 0 also prints that many disagreements.
    """
    docs = load_aads(path, split=split, version=version)
    predictions = {doc.id: _speech_predictions(doc, predict) for doc in docs}

    def cached(doc: SpeechDoc) -> Spans:
        return predictions[doc.id]

    print(f"## Direct speech (AADS-French {version} {split}): {path}\n")
    scores = score_direct_speech(docs, cached)
    print(format_speech_scores(scores, title=f"AADS-French, {version} corpus, {split} split"))
    if errors > 0:
        print("\n" + format_speech_errors(speech_errors(docs, cached, errors)))
    return scores


def chunks(text: str, limit: int = MAX_CHUNK) -> list[tuple[int, int]]:
    """(start, end) pieces of `text`, each at most `limit` characters, cut after blank lines.

    A paragraph longer than `limit` is cut after its last line break or space before
    the limit (or at the limit). The pieces cover the text, in order.
    """
    cuts = [m.end() for m in re.finditer(r"\n[ \t]*\n\s*", text)]
    pieces: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        inside = [c for c in cuts if start < c <= start + limit]
        if inside:
            end = inside[-1]
        else:
            window = text[start : start + limit]
            space = max(window.rfind("\n"), window.rfind(" "))
            end = start + space + 1 if space > 0 else start + limit
        pieces.append((start, end))
        start = end
    if start < len(text) or not pieces:
        pieces.append((start, len(text)))
    return pieces


_OPENING = '«“"—–-'
_CLOSING = '»”"'


def _with_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A claim's words with the quote marks or dialogue dash around them, as AADS marks speech."""
    before = start
    while before > 0 and text[before - 1] in " \u00a0\u202f":
        before -= 1
    if before > 0 and text[before - 1] in _OPENING:
        start = before - 1
    after = end
    while after < len(text) and text[after] in " \u00a0\u202f,.!?…":
        after += 1
    if after < len(text) and text[after] in _CLOSING:
        end = after + 1
    elif end < len(text) and text[end] in ",;":  # « A, dit-il, B »: the comma before an incise is the speaker's
        end += 1
    return start, end


def speech_spans_with(
    run: Callable[[Article], Article], *, kinds: Sequence[str] = ("direct", "mixed"), limit: int = MAX_CHUNK
) -> SpeechPredict:
    """A direct-speech predictor from the pipeline: the `parts` of each claim of `kinds`,
    widened to the quote marks or the dialogue dash around them (AADS counts them as speech).

    The chapter goes to `run` as a French article, in `chunks` of at most `limit`
    characters; a claim without parts gives its content span. Offsets are carried
    back onto the chapter's text.
    """

    def predict(doc: SpeechDoc) -> Spans:
        spans: Spans = []
        for start, end in chunks(doc.text, limit):
            for claim in _claims_on(run, doc.text[start:end], "fr", source=doc.id):
                if claim.kind in kinds:
                    spans.extend(_with_marks(doc.text, start + s, start + e) for s, e in claim_parts(claim))
        return spans

    return predict


__all__ = [
    "AADS_MAIN",
    "AADS_NOISY",
    "CLAIM_FIGURES",
    "MAX_CHUNK",
    "SPEECH_FIGURES",
    "THRESHOLD",
    "AttributionDoc",
    "ChapterScores",
    "ClaimError",
    "ClaimPredict",
    "ClaimScores",
    "GoldAttribution",
    "KindScores",
    "SpeechDoc",
    "SpeechError",
    "SpeechPredict",
    "SpeechScores",
    "chunks",
    "claim_errors",
    "claim_parts",
    "format_claim_errors",
    "format_scores",
    "format_speech_errors",
    "format_speech_scores",
    "load_aads",
    "load_polnear",
    "predict_with",
    "run_claims_eval",
    "run_direct_speech_eval",
    "score_claims",
    "score_direct_speech",
    "speech_errors",
    "speech_spans_with",
]

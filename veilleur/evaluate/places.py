"""Places against gold coordinates: geoparsing in running text, and place-name tables.

Gold sets (docs/EVAL.md), read from a path given at run time and never copied:

- **GeoWebNews** (`geoparsing/GWN.xml`): `<article file>` with `<text>` and
  `<toponym>`s (`extractedName`, `type`, `start`, `end` into `<text>`,
  `geonamesID`, `latitude`, `longitude`). This file is the gold used here, not
  the brat folder `GeoWebNews/` (`<n>.txt` + `<n>.ann`): the brat notes carry
  only a GeoNames id (coordinates would need a GeoNames dump) and some 200
  geocoded toponyms have coordinates but no id; the `.txt` files begin with a
  `TITLE: … LINK: …` line that is not article text (the `.ann` offsets count
  it). `GWN.xml` is the same annotation with coordinates for every geocodable
  toponym and offsets into the article text alone. Its few annotations that
  point into the title (negative offsets) cannot be placed and are left out with
  a note. Annotations the taxonomy marks as not toponyms (`GWN_NON_TOPONYMS`:
  demonyms, languages, homonyms, non-toponyms, expressions such as "city")
  are not gold: a prediction there is a false positive.
- **LGL** (`geoparsing/lgl.xml`; TR-News has the same format): `<article docid>`
  with `<text>` and `<toponym>`s (`start`, `end`, `phrase`, `<gaztag geonameid>`
  with `lat`, `lon`).

Gold toponyms are those with coordinates. Toponyms without (LGL's untagged
streets and regions, a few GeoWebNews coercions) are counted and left out; a
prediction overlapping one of them is neither right nor wrong (`ignored`).

End-to-end metrics, from the document's raw text (`score_geoparsing`):

- detection P/R/F1: a prediction matches a gold toponym when their spans share
  a character, one to one (largest overlap first);
- accuracy@161 km over *all* gold toponyms: correct when matched by a prediction
  whose point is within 161 km (100 miles) of the gold point; misses are wrong;
- mean and median error (km) and the AUC of the error curve over matched pairs.
  AUC (Gritta et al.) is the area under the sorted ln(1 + error km) curve,
  scaled by ln(20039 km) so it lies in [0, 1]; lower is better.

Gold-span metric (`score_gold_spans`): each gold span is handed to
`resolve_span(doc, start, end)`; accuracy@161 km over all gold toponyms, a
`None` answer counting wrong.

Place tables (`load_place_table`, `score_place_table`): CIR's Ukraine monitor
(`cir_ukraine/events.csv`: `town/city`, `province`, `country`, `lat`, `lon`) and
UCDP GED (`ucdp_ukraine/*.csv`: `where_coordinates`, else `where_description`,
`adm_1`, `country`, `latitude`, `longitude`). Each row's place text, cleaned by
`clean_place`, goes to `resolve(place, admin1, country, admin2)`, admin2 being
the row's district (CIR `district`, UCDP `adm_2`); the figures are the
shares of rows within 10 km and 50 km of the gold point. Rows with no place text
are counted and left out; a `None` answer counts as not within.

>>> predict = predict_with(Pipeline.default())                                  # doctest: +SKIP
>>> run_geoparsing_eval(Path("../shared/eval/geoparsing"), predict,
...                     resolve_span=resolve_span_with(predict, gazetteer_name))  # doctest: +SKIP
>>> run_place_table_eval(Path("../shared/eval/ucdp_ukraine"), resolve)          # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import math
import re
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

from veilleur.errors import InputError
from veilleur.evaluate import f1 as _f1
from veilleur.evaluate import ratio as _ratio
from veilleur.evaluate.timex import _position_map
from veilleur.geocode import EARTH_RADIUS_KM
from veilleur.geocode import km as haversine_km
from veilleur.record import Article

LatLon = tuple[float, float]

#: Mean Earth radius (IUGG), km.
#: The accuracy threshold of geoparsing (100 miles).
ACCURACY_KM = 161.0
#: Half the Earth's circumference: the largest possible error, the AUC's scale.
MAX_ERROR_KM = 20039.0
#: The thresholds of the place-table figures.
TABLE_KM: tuple[float, float] = (10.0, 50.0)

#: Characters of context shown on each side of a toponym in error listings.
CONTEXT_CHARS = 30

#: Geoparsing gold files under the `geoparsing` folder (or its `Corpora/`): corpus, file name.
GEOPARSING_FILES: tuple[tuple[str, str], ...] = (
    ("geowebnews", "GWN.xml"),
    ("lgl", "lgl.xml"),
    ("tr-news", "TR-News.xml"),
)

#: GeoWebNews annotation types that are not toponyms (Gritta et al.'s pragmatic taxonomy).
GWN_NON_TOPONYMS: frozenset[str] = frozenset(
    {"Demonym", "Homonym", "Language", "Non_Toponym", "Literal_Expression", "Non_Lit_Expression"}
)


def error_auc(errors_km: Iterable[float]) -> float | None:
    """Area under the sorted ln(1 + km) error curve over ln(`MAX_ERROR_KM`): 0 is perfect, 1 the worst."""
    values = sorted(math.log1p(min(max(e, 0.0), MAX_ERROR_KM)) for e in errors_km)
    if not values:
        return None
    scale = math.log(MAX_ERROR_KM)
    if len(values) == 1:
        return values[0] / scale
    area = sum((a + b) / 2 for a, b in itertools.pairwise(values))
    return area / (scale * (len(values) - 1))


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


# ---------------------------------------------------------------- geoparsing gold


@dataclass(frozen=True)
class GoldToponym:
    """One gold toponym with its point; `start`/`end` index `GeoDoc.text`, end exclusive."""

    start: int
    end: int
    phrase: str
    lat: float
    lon: float
    geonames_id: int | None = None


@dataclass
class GeoDoc:
    """One gold document.

    `gold` holds the toponyms with coordinates. `uncoded` are the spans of
    toponyms without coordinates (not scored; predictions on them are ignored),
    `non_toponyms` counts annotations that say a mention is not a toponym
    (GeoWebNews), `notes` what the loader left out and why.
    """

    id: str
    text: str
    corpus: str
    gold: list[GoldToponym]
    uncoded: list[tuple[int, int]] = field(default_factory=list)
    non_toponyms: int = 0
    notes: list[str] = field(default_factory=list)


def _parse(file: Path) -> ET.Element:
    try:
        return ET.parse(file).getroot()
    except ET.ParseError as err:
        raise InputError(str(file), f"not well-formed XML ({err})") from err
    except OSError as err:
        raise InputError(str(file), f"cannot be read ({err.strerror})") from err


def _number(value: str | None, where: str, what: str) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        return float(value)
    except ValueError:
        raise InputError(where, f"{what} {value!r} is not a number") from None


def _offsets(element: ET.Element, where: str) -> tuple[int, int]:
    try:
        return int(element.findtext("start", "")), int(element.findtext("end", ""))
    except ValueError:
        raise InputError(where, "a toponym's <start>/<end> is not a whole number") from None


def _geonames_id(value: str | None) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() else None


def _placed(text: str, start: int, end: int, phrase: str) -> bool:
    return 0 <= start < end <= len(text) and text[start:end] == phrase


def load_geowebnews(path: Path, *, corpus: str = "geowebnews") -> list[GeoDoc]:
    """The articles of GeoWebNews's `GWN.xml` (the file, or a folder holding it), in file order."""
    file = path / "GWN.xml" if path.is_dir() else path
    root = _parse(file)
    docs = []
    for number, article in enumerate(root.iter("article")):
        name = article.get("file") or str(number)
        where = f"{file}: article {name}"
        text = article.findtext("text") or ""
        doc = GeoDoc(id=f"{corpus}/{name}", text=text, corpus=corpus, gold=[])
        for toponym in article.iter("toponym"):
            start, end = _offsets(toponym, where)
            phrase = toponym.findtext("extractedName") or ""
            kind = toponym.findtext("type") or ""
            lat = _number(toponym.findtext("latitude"), where, "latitude")
            lon = _number(toponym.findtext("longitude"), where, "longitude")
            if not _placed(text, start, end, phrase):
                doc.notes.append(f"{kind} {phrase!r} at {start}:{end} is not in <text> (title?): left out")
            elif lat is not None and lon is not None:
                geonames = _geonames_id(toponym.findtext("geonamesID"))
                doc.gold.append(GoldToponym(start, end, phrase, lat, lon, geonames))
            elif kind in GWN_NON_TOPONYMS:
                doc.non_toponyms += 1
            else:
                doc.uncoded.append((start, end))
        docs.append(doc)
    if not docs:
        raise InputError(str(file), "no <article> elements: give GeoWebNews's GWN.xml")
    return docs


def load_lgl(path: Path, *, corpus: str = "lgl") -> list[GeoDoc]:
    """The articles of an LGL-format file (`lgl.xml`, `TR-News.xml`), in file order."""
    root = _parse(path)
    docs = []
    for number, article in enumerate(root.iter("article")):
        name = article.get("docid") or str(number)
        where = f"{path}: article {name}"
        text = article.findtext("text") or ""
        doc = GeoDoc(id=f"{corpus}/{name}", text=text, corpus=corpus, gold=[])
        for toponym in article.iter("toponym"):
            start, end = _offsets(toponym, where)
            phrase = toponym.findtext("phrase") or ""
            tag = toponym.find("gaztag")
            lat = _number(tag.findtext("lat"), where, "lat") if tag is not None else None
            lon = _number(tag.findtext("lon"), where, "lon") if tag is not None else None
            if not _placed(text, start, end, phrase):
                doc.notes.append(f"{phrase!r} at {start}:{end} does not slice <text>: left out")
            elif tag is not None and lat is not None and lon is not None:
                doc.gold.append(GoldToponym(start, end, phrase, lat, lon, _geonames_id(tag.get("geonameid"))))
            else:
                doc.uncoded.append((start, end))
        docs.append(doc)
    if not docs:
        raise InputError(str(path), "no <article> elements: give an LGL-format file such as lgl.xml")
    return docs


def _is_geowebnews(file: Path) -> bool:
    for _, element in ET.iterparse(file, events=("start",)):
        if element.tag == "article":
            return element.get("file") is not None
        if element.tag in ("extractedName", "phrase"):
            return element.tag == "extractedName"
    return False


def load_geoparsing(path: Path) -> list[GeoDoc]:
    """Any supported geoparsing gold: one XML file, or the folder holding `GEOPARSING_FILES` (all present)."""
    if path.is_file():
        try:
            geowebnews = _is_geowebnews(path)
        except ET.ParseError as err:
            raise InputError(str(path), f"not well-formed XML ({err})") from err
        if geowebnews:
            return load_geowebnews(path)
        named = [corpus for corpus, name in GEOPARSING_FILES if name == path.name]
        return load_lgl(path, corpus=named[0] if named else path.stem.lower())
    docs: list[GeoDoc] = []
    for corpus, name in GEOPARSING_FILES:
        for folder in (path, path / "Corpora"):
            if (folder / name).is_file():
                file = folder / name
                docs.extend(load_geowebnews(file) if corpus == "geowebnews" else load_lgl(file, corpus=corpus))
                break
    if not docs:
        wanted = ", ".join(name for _, name in GEOPARSING_FILES)
        raise InputError(str(path), f"none of {wanted} here: give the geoparsing folder or one of those files")
    return docs


# ---------------------------------------------------------------- predictions


@dataclass(frozen=True)
class PredictedToponym:
    """A toponym found in `GeoDoc.text` (offsets into it) and the point it was resolved to."""

    start: int
    end: int
    lat: float
    lon: float


Predict = Callable[[GeoDoc], list[PredictedToponym]]
ResolveSpan = Callable[[GeoDoc, int, int], LatLon | None]
ResolveName = Callable[[str], LatLon | None]
#: The point of a stretch of an analysed article's text (offsets into `article.text`), read in its context.
ResolveInArticle = Callable[[Article, int, int], LatLon | None]
Run = Callable[[Article], Article]


def article_toponyms(article: Article) -> list[PredictedToponym]:
    """Every mention of every entity that has a place with coordinates, offsets into `article.text`.

    An entity with several places takes the first that has coordinates; a span
    found twice is kept once.
    """
    points: dict[str, LatLon] = {}
    for place in article.places:
        if place.lat is not None and place.lon is not None:
            points.setdefault(place.entity, (place.lat, place.lon))
    found: dict[tuple[int, int], PredictedToponym] = {}
    for entity in article.entities:
        point = points.get(entity.id)
        if point is None:
            continue
        for mention in entity.mentions:
            if 0 <= mention.start < mention.end <= len(article.text):
                found.setdefault((mention.start, mention.end), PredictedToponym(mention.start, mention.end, *point))
    return sorted(found.values(), key=lambda t: (t.start, t.end))


class PipelinePredict:
    """A `Predict` that runs the pipeline once per document (`predict_with`) and remembers the answer.

    `article(doc)` gives the analysed article of a document already predicted.
    """

    def __init__(self, run: Run) -> None:
        self.run = run
        self._cache: dict[str, tuple[str, list[PredictedToponym]]] = {}
        self._articles: dict[str, Article] = {}

    def article(self, doc: GeoDoc) -> Article | None:
        self(doc)
        return self._articles.get(doc.id)

    def __call__(self, doc: GeoDoc) -> list[PredictedToponym]:
        hit = self._cache.get(doc.id)
        if hit is not None and hit[0] == doc.text:
            return list(hit[1])
        article = self.run(Article(text=doc.text, language="en", source=doc.id))
        self._articles[doc.id] = article
        toponyms = article_toponyms(article)
        if article.text != doc.text:
            to_doc = _position_map(article.text, doc.text)
            moved = []
            for t in toponyms:
                start, end = to_doc[t.start], to_doc[max(t.end - 1, t.start)] + 1
                if end > start:
                    moved.append(PredictedToponym(start, end, t.lat, t.lon))
            toponyms = moved
        self._cache[doc.id] = (doc.text, toponyms)
        return list(toponyms)


def predict_with(run: Run) -> PipelinePredict:
    """A predictor from anything that takes and returns an `Article` (a `Pipeline`, a stage).

    The article gets the document's text and `language="en"`; each mention of an
    entity with a geocoded place becomes a `PredictedToponym`. If `run` changes the
    text, offsets are carried back onto the document's text. Each document is run
    once: pass the result to `resolve_span_with` too to share the runs.
    """
    return PipelinePredict(run)


def _best_overlap(start: int, end: int, candidates: Sequence[tuple[int, int]]) -> int | None:
    """Index of the candidate span sharing most characters with start:end (closest boundaries on ties)."""
    best: tuple[int, int, int] | None = None
    for i, (s, e) in enumerate(candidates):
        overlap = min(end, e) - max(start, s)
        if overlap > 0:
            key = (-overlap, abs(start - s) + abs(end - e), i)
            if best is None or key < best:
                best = key
    return None if best is None else best[2]


class SpanResolver:
    """`resolve_span(doc, start, end)` from a pipeline, with a lookup to fall back on.

    Answers with the point of the predicted toponym (a mention of a geocoded
    entity) that overlaps the span most; when none does, with
    `resolve_in_article(article, start, end)` on the analysed article (offsets
    carried onto its text), else with `resolve_name(phrase)` on the span's text.
    `last_source` says where the last answer came from (`"pipeline"`,
    `"fallback"`, or `None` when there was none); the scorer reads it to count
    fallbacks.
    """

    def __init__(
        self,
        predict: Predict,
        resolve_name: ResolveName | None = None,
        resolve_in_article: ResolveInArticle | None = None,
    ) -> None:
        self.predict = predict
        self.resolve_name = resolve_name
        self.resolve_in_article = resolve_in_article
        self.last_source: Literal["pipeline", "fallback"] | None = None
        self._maps: dict[str, list[int]] = {}

    def __call__(self, doc: GeoDoc, start: int, end: int) -> LatLon | None:
        predicted = self.predict(doc)
        best = _best_overlap(start, end, [(p.start, p.end) for p in predicted])
        if best is not None:
            self.last_source = "pipeline"
            return predicted[best].lat, predicted[best].lon
        self.last_source = None
        article = self.predict.article(doc) if isinstance(self.predict, PipelinePredict) else None
        if self.resolve_in_article is not None and article is not None:
            a_start, a_end = start, end
            if article.text != doc.text:
                if doc.id not in self._maps:
                    self._maps[doc.id] = _position_map(doc.text, article.text)
                to_article = self._maps[doc.id]
                a_start, a_end = to_article[start], to_article[end - 1] + 1
            point = self.resolve_in_article(article, a_start, a_end) if a_end > a_start else None
            if point is not None:
                self.last_source = "fallback"
                return point
        if self.resolve_name is not None:
            point = self.resolve_name(doc.text[start:end])
            if point is not None:
                self.last_source = "fallback"
                return point
        return None


def resolve_span_with(
    run: Run | PipelinePredict,
    resolve_name: ResolveName | None = None,
    resolve_in_article: ResolveInArticle | None = None,
) -> SpanResolver:
    """A gold-span resolver: the pipeline's place for the span, else `resolve_in_article`, else `resolve_name`.

    `run` is a pipeline (run once per document) or the object `predict_with`
    returned (its runs are shared). `resolve_in_article` takes the analysed
    article and the span's offsets into its text (e.g. `place_in_article`);
    `resolve_name` takes the span's text; both return (lat, lon) or `None`.
    """
    predict = run if isinstance(run, PipelinePredict) else PipelinePredict(run)
    return SpanResolver(predict, resolve_name, resolve_in_article)


#: Whether the gazetteer holds a place of a name within `ACCURACY_KM` of a point (lat, lon).
Reachable = Callable[[str, float, float], bool]


def within_reach(gazetteer: Any, language: str = "en") -> Reachable:
    """`reachable` for `run_geoparsing_eval`: some candidate of the name, or for a demonym its
    country, lies within `ACCURACY_KM` of the gold point. The share of gold spans so reachable
    bounds any resolver that draws on this gazetteer (a country's or a region's point that is not
    GeoNames' one, a river or a village no packaged source holds is out of reach)."""
    from veilleur.geocode import demonym_countries
    from veilleur.lang import LANGUAGES

    data = LANGUAGES[language]

    def reach(name: str, lat: float, lon: float) -> bool:
        entries = [*gazetteer.lookup(name), *(country for _, country in demonym_countries(name, data, gazetteer))]
        return any(e.lat is not None and haversine_km(lat, lon, e.lat, e.lon) <= ACCURACY_KM for e in entries)

    return reach


def place_in_article(gazetteer: Any) -> ResolveInArticle:
    """`resolve_in_article` for `resolve_span_with`: the span read in the context of the article's places
    (`veilleur.geocode.Geocoder.resolve_span`), or a name the gazetteer lacks at the place that holds
    it (`Geocoder.host`: "Royal Street" in its town); the geocoder of each article is built once."""
    from veilleur.geocode import Geocoder
    from veilleur.lang import LANGUAGES

    geocoders: dict[int, tuple[Article, Geocoder]] = {}

    def resolve(article: Article, start: int, end: int) -> LatLon | None:
        data = LANGUAGES.get(article.language or "")
        if data is None:
            return None
        held = geocoders.get(id(article))
        if held is None or held[0] is not article:
            held = geocoders[id(article)] = (article, Geocoder(None, article.text, data, article.entities, gazetteer))
        geocoder = held[1]
        entry = geocoder.resolve_span(start, end) or geocoder.host(start, end)  # "Royal Street": in its town
        if entry is None or entry.lat is None or entry.lon is None:
            return None
        return entry.lat, entry.lon

    return resolve


# ---------------------------------------------------------------- geoparsing scores


def _predictions(doc: GeoDoc, predict: Predict) -> list[PredictedToponym]:
    predicted = list(predict(doc))
    for p in predicted:
        if not 0 <= p.start < p.end <= len(doc.text):
            raise ValueError(
                f"{doc.id}: predicted toponym at {p.start}:{p.end} is outside the {len(doc.text)}-character "
                "text; offsets must index GeoDoc.text"
            )
    return predicted


def _overlap_pairs(gold: Sequence[tuple[int, int]], predicted: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs sharing a character; largest overlap first."""
    candidates = []
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(predicted):
            overlap = min(ge, pe) - max(gs, ps)
            if overlap > 0:
                candidates.append((-overlap, abs(gs - ps) + abs(ge - pe), gi, pi))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, _, gi, pi in candidates:
        if gi not in used_gold and pi not in used_predicted:
            used_gold.add(gi)
            used_predicted.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class DocJudgement:
    """One document's predictions set against its gold: pairs (gold, predicted, km), misses, false, ignored."""

    doc: GeoDoc
    predicted: list[PredictedToponym]
    pairs: list[tuple[int, int, float]]
    missed: list[int]
    false: list[int]
    ignored: list[int]


def judge_doc(doc: GeoDoc, predicted: list[PredictedToponym]) -> DocJudgement:
    """Match predictions to gold toponyms; unmatched predictions on an uncoded toponym are ignored."""
    pairs = _overlap_pairs([(g.start, g.end) for g in doc.gold], [(p.start, p.end) for p in predicted])
    matched_gold = {gi for gi, _ in pairs}
    matched_predicted = {pi for _, pi in pairs}
    false, ignored = [], []
    for pi, p in enumerate(predicted):
        if pi in matched_predicted:
            continue
        if any(min(p.end, e) > max(p.start, s) for s, e in doc.uncoded):
            ignored.append(pi)
        else:
            false.append(pi)
    judged_pairs = [
        (gi, pi, haversine_km(doc.gold[gi].lat, doc.gold[gi].lon, predicted[pi].lat, predicted[pi].lon))
        for gi, pi in pairs
    ]
    missed = [gi for gi in range(len(doc.gold)) if gi not in matched_gold]
    return DocJudgement(doc, predicted, judged_pairs, missed, false, ignored)


class _Errors:
    """Distance figures over the matched pairs of a score class holding `errors_km`."""

    errors_km: list[float]

    @property
    def mean_error_km(self) -> float | None:
        return _mean(self.errors_km)

    @property
    def median_error_km(self) -> float | None:
        return _median(self.errors_km)

    @property
    def auc(self) -> float | None:
        return error_auc(self.errors_km)


@dataclass
class GeoScores(_Errors):
    """End-to-end counts; every figure is a property computed from them.

    `gold` counts toponyms with coordinates, `uncoded` those without (not
    scored), `ignored` predictions that only overlap an uncoded toponym (left
    out of precision). `errors_km` holds the distance of every matched pair.
    """

    documents: int = 0
    gold: int = 0
    uncoded: int = 0
    non_toponyms: int = 0
    predicted: int = 0
    ignored: int = 0
    matched: int = 0
    correct: int = 0
    errors_km: list[float] = field(default_factory=list)

    @property
    def false(self) -> int:
        return self.predicted - self.ignored - self.matched

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.predicted - self.ignored)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        return _f1(self.precision, self.recall)

    @property
    def accuracy(self) -> float:
        """Accuracy@161 km over all gold toponyms (misses are wrong)."""
        return _ratio(self.correct, self.gold)

    @property
    def matched_accuracy(self) -> float:
        """Accuracy@161 km over the matched gold toponyms."""
        return _ratio(self.correct, self.matched)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "errors_km"}
        for name in GEO_FIGURES:
            out[name] = getattr(self, name)
        return out


#: The figures `GeoScores.to_dict()` adds to the counts.
GEO_FIGURES: tuple[str, ...] = (
    "false",
    "precision",
    "recall",
    "f1",
    "accuracy",
    "matched_accuracy",
    "mean_error_km",
    "median_error_km",
    "auc",
)


def _add_judgement(scores: GeoScores, judged: DocJudgement) -> None:
    scores.documents += 1
    scores.gold += len(judged.doc.gold)
    scores.uncoded += len(judged.doc.uncoded)
    scores.non_toponyms += judged.doc.non_toponyms
    scores.predicted += len(judged.predicted)
    scores.ignored += len(judged.ignored)
    scores.matched += len(judged.pairs)
    scores.correct += sum(km <= ACCURACY_KM for _, _, km in judged.pairs)
    scores.errors_km.extend(km for _, _, km in judged.pairs)


def score_geoparsing(docs: Iterable[GeoDoc], predict: Predict) -> GeoScores:
    """Score `predict` (a `GeoDoc` → its `PredictedToponym`s) end to end against the gold of `docs`."""
    scores = GeoScores()
    for doc in docs:
        _add_judgement(scores, judge_doc(doc, _predictions(doc, predict)))
    return scores


@dataclass(frozen=True)
class JudgedSpan:
    """One gold toponym handed to `resolve_span`: the answer, where it came from, its error."""

    doc: GeoDoc
    gold: GoldToponym
    point: LatLon | None
    source: str | None
    km: float | None


def judge_gold_spans(docs: Iterable[GeoDoc], resolve_span: ResolveSpan) -> list[JudgedSpan]:
    """Resolve every gold span once. `source` is `resolve_span.last_source` when it has one."""
    judged = []
    for doc in docs:
        for g in doc.gold:
            point = resolve_span(doc, g.start, g.end)
            source = getattr(resolve_span, "last_source", None) if point is not None else None
            km = haversine_km(g.lat, g.lon, point[0], point[1]) if point is not None else None
            judged.append(JudgedSpan(doc, g, point, source, km))
    return judged


@dataclass
class SpanScores(_Errors):
    """Gold-span counts. `fallback` is `None` when the resolver does not say where answers came from."""

    gold: int = 0
    resolved: int = 0
    correct: int = 0
    fallback: int | None = None
    fallback_correct: int | None = None
    errors_km: list[float] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        """Accuracy@161 km over all gold toponyms (no answer is wrong)."""
        return _ratio(self.correct, self.gold)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "errors_km"}
        for name in ("accuracy", "mean_error_km", "median_error_km", "auc"):
            out[name] = getattr(self, name)
        return out


def span_scores(judged: Iterable[JudgedSpan]) -> SpanScores:
    """The counts of judged gold spans (`judge_gold_spans`)."""
    scores = SpanScores()
    sources_known = False
    fallback = fallback_correct = 0
    for item in judged:
        scores.gold += 1
        if item.km is None:
            continue
        scores.resolved += 1
        scores.errors_km.append(item.km)
        correct = item.km <= ACCURACY_KM
        scores.correct += correct
        if item.source is not None:
            sources_known = True
        if item.source == "fallback":
            fallback += 1
            fallback_correct += correct
    if sources_known:
        scores.fallback, scores.fallback_correct = fallback, fallback_correct
    return scores


def score_gold_spans(docs: Iterable[GeoDoc], resolve_span: ResolveSpan) -> SpanScores:
    """Accuracy@161 km of `resolve_span(doc, start, end)` on every gold span of `docs`."""
    return span_scores(judge_gold_spans(docs, resolve_span))


# ---------------------------------------------------------------- geoparsing errors


@dataclass(frozen=True)
class GeoError:
    """One disagreement with the gold.

    `kind`: `miss` (gold toponym not found), `false` (prediction on no gold
    toponym), `far` (found, more than 161 km off), `none` (gold span left
    unresolved). `context` shows the text in [brackets].
    """

    kind: Literal["miss", "false", "far", "none"]
    doc: str
    text: str
    gold: LatLon | None
    predicted: LatLon | None
    km: float | None
    context: str


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT_CHARS) : start]
    right = text[end : end + CONTEXT_CHARS]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _judgement_errors(judged: DocJudgement) -> list[GeoError]:
    doc, found = judged.doc, []
    for gi in judged.missed:
        g = doc.gold[gi]
        found.append(
            (
                g.start,
                GeoError("miss", doc.id, g.phrase, (g.lat, g.lon), None, None, _context(doc.text, g.start, g.end)),
            )
        )
    for pi in judged.false:
        p = judged.predicted[pi]
        text = doc.text[p.start : p.end]
        found.append(
            (p.start, GeoError("false", doc.id, text, None, (p.lat, p.lon), None, _context(doc.text, p.start, p.end)))
        )
    for gi, pi, km in judged.pairs:
        if km > ACCURACY_KM:
            g, p = doc.gold[gi], judged.predicted[pi]
            context = _context(doc.text, g.start, g.end)
            found.append((g.start, GeoError("far", doc.id, g.phrase, (g.lat, g.lon), (p.lat, p.lon), km, context)))
    found.sort(key=lambda item: item[0])
    return [error for _, error in found]


def errors(docs: Iterable[GeoDoc], predict: Predict, limit: int) -> list[GeoError]:
    """The first `limit` end-to-end disagreements, document by document, in text order."""
    out: list[GeoError] = []
    for doc in docs:
        if len(out) >= limit:
            break
        out.extend(_judgement_errors(judge_doc(doc, _predictions(doc, predict))))
    return out[: max(limit, 0)]


def span_errors(judged: Iterable[JudgedSpan], limit: int) -> list[GeoError]:
    """The first `limit` gold spans resolved more than 161 km off or not at all."""
    out: list[GeoError] = []
    for item in judged:
        if len(out) >= limit:
            break
        g, doc = item.gold, item.doc
        if item.km is not None and item.km <= ACCURACY_KM:
            continue
        kind: Literal["far", "none"] = "none" if item.km is None else "far"
        context = _context(doc.text, g.start, g.end)
        out.append(GeoError(kind, doc.id, g.phrase, (g.lat, g.lon), item.point, item.km, context))
    return out


def _point(point: LatLon | None) -> str:
    return f"{point[0]:.3f},{point[1]:.3f}" if point is not None else "-"


def format_errors(found: Iterable[GeoError]) -> str:
    """One line per error: kind, document, text, gold and predicted points, distance, context."""
    lines = []
    for e in found:
        km = f"{e.km:.0f} km" if e.km is not None else "-"
        lines.append(
            f"{e.kind:<5}  {e.doc}  {e.text!r}  gold={_point(e.gold)}  predicted={_point(e.predicted)}  "
            f"{km}  …{e.context}…"
        )
    return "\n".join(lines)


# ---------------------------------------------------------------- geoparsing report


def _pct(fraction: float) -> str:
    return f"{100 * fraction:.2f}"


def _km(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "-"


def _auc(value: float | None) -> str:
    return f"{value:.3f}" if value is not None else "-"


def format_geo_scores(rows: Sequence[tuple[str, GeoScores]], *, title: str | None = None) -> str:
    """End-to-end figures, one table row per (name, scores): percentages, km, AUC."""
    lines = [f"### {title}", ""] if title else []
    lines += [
        "| corpus | docs | gold | predicted | ignored | P | R | F1 | acc@161 | acc@161 matched | mean km | median km "
        "| AUC |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in rows:
        lines.append(
            f"| {name} | {s.documents} | {s.gold} | {s.predicted} | {s.ignored} | {_pct(s.precision)} | "
            f"{_pct(s.recall)} | {_pct(s.f1)} | {_pct(s.accuracy)} | {_pct(s.matched_accuracy)} | "
            f"{_km(s.mean_error_km)} | {_km(s.median_error_km)} | {_auc(s.auc)} |"
        )
    return "\n".join(lines)


def format_span_scores(rows: Sequence[tuple[str, SpanScores]], *, title: str | None = None) -> str:
    """Gold-span figures, one table row per (name, scores)."""
    lines = [f"### {title}", ""] if title else []
    lines += [
        "| corpus | gold | resolved | acc@161 | fell back | of which ≤161 km | mean km | median km | AUC |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in rows:
        fallback = "-" if s.fallback is None else str(s.fallback)
        fallback_correct = "-" if s.fallback_correct is None else str(s.fallback_correct)
        lines.append(
            f"| {name} | {s.gold} | {s.resolved} | {_pct(s.accuracy)} | {fallback} | {fallback_correct} | "
            f"{_km(s.mean_error_km)} | {_km(s.median_error_km)} | {_auc(s.auc)} |"
        )
    return "\n".join(lines)


def format_reach(spans: Sequence[JudgedSpan], reachable: Reachable) -> str:
    """Of the gold spans resolved wrong, how many had a candidate within reach (`within_reach`):
    a better choice could fix those; the others need data the gazetteer lacks (a country's or a
    region's point other than GeoNames', a river, a village no packaged source holds)."""
    lines = [
        "### Wrong gold spans within the gazetteer's reach",
        "",
        "| corpus | gold | wrong | of which a candidate ≤161 km | accuracy with those right |",
        "|---|---:|---:|---:|---:|",
    ]
    counts: dict[str, list[int]] = {}
    for item in spans:
        wrong = item.km is None or item.km > ACCURACY_KM
        near = wrong and reachable(item.doc.text[item.gold.start : item.gold.end], item.gold.lat, item.gold.lon)
        for name in (item.doc.corpus, "all"):
            count = counts.setdefault(name, [0, 0, 0])
            count[0] += 1
            count[1] += wrong
            count[2] += near
    pooled = counts.pop("all", None)
    if pooled is not None and len(counts) > 1:
        counts["all"] = pooled  # last, as in the other tables
    for name, (gold, missed, fixable) in counts.items():
        lines.append(f"| {name} | {gold} | {missed} | {fixable} | {_pct(_ratio(gold - missed + fixable, gold))} |")
    return "\n".join(lines)


@dataclass
class GeoparsingScores:
    """What `run_geoparsing_eval` measured, per corpus and over every document (`all`)."""

    end_to_end: dict[str, GeoScores]
    gold_span: dict[str, SpanScores] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "end_to_end": {name: s.to_dict() for name, s in self.end_to_end.items()},
            "gold_span": None if self.gold_span is None else {n: s.to_dict() for n, s in self.gold_span.items()},
        }


def run_geoparsing_eval(
    path: Path,
    predict: Predict,
    *,
    resolve_span: ResolveSpan | None = None,
    reachable: Reachable | None = None,
    errors: int = 0,
) -> GeoparsingScores:
    """`veilleur eval places --data PATH`: load the geoparsing gold, score, print the report.

    Each document is predicted once. End-to-end figures per corpus and pooled
    (`all`: every toponym counts once); with `resolve_span`, the gold-span
    table too, and with `reachable` how many of its wrong spans a better choice could fix.
    `errors` > 0 also prints that many disagreements of each kind of run. Returns
    the scores.
    """
    docs = load_geoparsing(path)
    judged = [judge_doc(doc, _predictions(doc, predict)) for doc in docs]
    corpora = list(dict.fromkeys(doc.corpus for doc in docs))
    print(f"## Geoparsing: {path}\n")
    for corpus in corpora:
        part = [doc for doc in docs if doc.corpus == corpus]
        notes = [f"{doc.id}: {note}" for doc in part for note in doc.notes]
        gold = sum(len(doc.gold) for doc in part)
        uncoded = sum(len(doc.uncoded) for doc in part)
        other = sum(doc.non_toponyms for doc in part)
        print(
            f"{corpus}: {len(part)} documents, {gold} gold toponyms with coordinates; {uncoded} toponyms without "
            f"coordinates left out (predictions on them ignored); {other} non-toponym annotations; "
            f"{len(notes)} annotations left out by the loader."
        )
        for note in notes:
            print(f"note: {note}")
    end_to_end: dict[str, GeoScores] = {}
    for corpus in corpora:
        end_to_end[corpus] = GeoScores()
        for item in judged:
            if item.doc.corpus == corpus:
                _add_judgement(end_to_end[corpus], item)
    if len(corpora) > 1:
        end_to_end["all"] = GeoScores()
        for item in judged:
            _add_judgement(end_to_end["all"], item)
    print("\n" + format_geo_scores(list(end_to_end.items()), title="End to end (from raw text)"))
    gold_span: dict[str, SpanScores] | None = None
    spans: list[JudgedSpan] = []
    if resolve_span is not None:
        spans = judge_gold_spans(docs, resolve_span)
        gold_span = {corpus: span_scores(s for s in spans if s.doc.corpus == corpus) for corpus in corpora}
        if len(corpora) > 1:
            gold_span["all"] = span_scores(spans)
        print("\n" + format_span_scores(list(gold_span.items()), title="Gold spans"))
    if reachable is not None and spans:
        print("\n" + format_reach(spans, reachable))
    if errors > 0:
        found = [e for item in judged for e in _judgement_errors(item)][:errors]
        print("\n" + format_errors(found))
        if spans:
            print("\n" + format_errors(span_errors(spans, errors)))
    return GeoparsingScores(end_to_end, gold_span)


# ---------------------------------------------------------------- place tables


#: Words that only say a name is a settlement or a vague area; `clean_place` removes them.
GENERIC_PLACE_WORDS: tuple[str, ...] = (
    "village",
    "vilage",
    "town",
    "city",
    "settlement",
    "hamlet",
    "municipality",
    "area",
)
_GENERIC = "|".join(GENERIC_PLACE_WORDS)
_TRAILING_GENERIC = re.compile(rf"\s+(?:{_GENERIC})\s*$", re.IGNORECASE)
_LEADING_GENERIC = re.compile(rf"^(?:the\s+)?(?:{_GENERIC})\s+of\s+", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]*\)")
_EDGE_PUNCTUATION = " \t,;:./-"


def clean_place(text: str | None) -> str | None:
    """A table's place text as a name to resolve, or `None` when nothing is left.

    Parenthesised remarks go ("Hranitne village (Volnovakha raion)", "Lyman
    (-ish)"), then punctuation at the edges, then — as long as a name remains —
    a trailing generic word from `GENERIC_PLACE_WORDS` (repeatedly: "Mariupol
    City municipality" → "Mariupol") and a leading "(the) village of". Words that
    change what is meant (oblast, raion, airport, border post) stay: the resolver
    has to read them.
    """
    if text is None:
        return None
    name = " ".join(_PARENTHESES.sub(" ", text).split()).strip(_EDGE_PUNCTUATION)
    while True:
        shorter = _LEADING_GENERIC.sub("", _TRAILING_GENERIC.sub("", name)).strip(_EDGE_PUNCTUATION)
        if shorter == name or not shorter:
            break
        name = shorter
    return name or None


@dataclass(frozen=True)
class PlaceRow:
    """One table row: the place text as cleaned (`None`: the row has none), its context, the gold point.

    `raw` is the place text as in the file; `group` is the part of the table the
    row is reported under (CIR: country; UCDP: `where_prec`); `admin2` the finer
    division the row names, cleaned like the place (CIR: `district`; UCDP: `adm_2`,
    "Amvrosiivka raion", "Donetsk City municipality" -> "Donetsk").
    """

    id: str
    place: str | None
    raw: str
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    group: str = ""
    admin2: str | None = None


@dataclass
class PlaceTable:
    """A loaded table: which dataset, its rows, and what the loader left out."""

    dataset: Literal["cir", "ucdp"]
    path: Path
    rows: list[PlaceRow]
    notes: list[str] = field(default_factory=list)


#: Columns that identify each table (all must be present).
CIR_COLUMNS: tuple[str, ...] = ("town/city", "province", "country", "lat", "lon")
UCDP_COLUMNS: tuple[str, ...] = ("where_coordinates", "where_description", "adm_1", "latitude", "longitude")


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


codecs.register_error("veilleur-cp1252", _cp1252_fallback)


def _read_csv(file: Path) -> tuple[list[str], list[dict[str, str]]]:
    """Header and rows; bytes that are not UTF-8 are read as cp1252 (UCDP's original file mixes both)."""
    try:
        text = file.read_bytes().decode("utf-8-sig", errors="veilleur-cp1252")
    except OSError as err:
        raise InputError(str(file), f"cannot be read ({err.strerror})") from err
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def _dataset(header: Sequence[str]) -> Literal["cir", "ucdp"] | None:
    if all(column in header for column in CIR_COLUMNS):
        return "cir"
    if all(column in header for column in UCDP_COLUMNS):
        return "ucdp"
    return None


def _value(row: dict[str, str], column: str) -> str:
    return (row.get(column) or "").strip()


def _table_file(path: Path) -> Path:
    if path.is_file():
        return path
    files = sorted(path.glob("*.csv"))
    known = []
    for file in files:
        with file.open(encoding="utf-8", errors="replace", newline="") as handle:
            header = next(csv.reader(handle), [])
        if _dataset(header) is not None:
            known.append(file)
    if not known:
        raise InputError(str(path), "no CIR (events.csv) or UCDP GED CSV file here")
    utf8 = [file for file in known if "utf8" in file.name.lower()]
    return (utf8 or known)[0]


def load_place_table(path: Path) -> PlaceTable:
    """CIR's `events.csv` or a UCDP GED CSV (the file or its folder), recognised by its columns.

    CIR: place `town/city`, admin1 `province`, admin2 `district`, `country`, gold
    `lat`/`lon`, grouped by country. UCDP: place `where_coordinates` (the name of the
    point UCDP coded; `where_description` when it is empty), admin1 `adm_1`, admin2
    `adm_2`, `country`, gold `latitude`/`longitude`, grouped by `where_prec`. Rows whose
    gold point is not a number are left out with a note.
    """
    file = _table_file(path)
    header, records = _read_csv(file)
    dataset = _dataset(header)
    if dataset is None:
        raise InputError(
            str(file), f"not a CIR or UCDP table: needs {', '.join(CIR_COLUMNS)} or {', '.join(UCDP_COLUMNS)}"
        )
    table = PlaceTable(dataset, file, [])
    for line, record in enumerate(records, 2):
        if dataset == "cir":
            raw, admin1, lat_text, lon_text = (_value(record, c) for c in ("town/city", "province", "lat", "lon"))
            row_id = _value(record, "entry") or f"line {line}"
            group = _value(record, "country") or "(no country)"
            admin2 = _value(record, "district")
        else:
            raw = _value(record, "where_coordinates") or _value(record, "where_description")
            admin1, lat_text, lon_text = (_value(record, c) for c in ("adm_1", "latitude", "longitude"))
            row_id = _value(record, "id") or f"line {line}"
            group = f"where_prec {_value(record, 'where_prec') or '?'}"
            admin2 = _value(record, "adm_2")
        try:
            lat, lon = float(lat_text), float(lon_text)
        except ValueError:
            table.notes.append(
                f"line {line} ({row_id}): gold point {lat_text!r}, {lon_text!r} is not a number: left out"
            )
            continue
        table.rows.append(
            PlaceRow(
                id=row_id,
                place=clean_place(raw),
                raw=raw,
                admin1=admin1 or None,
                country=_value(record, "country") or None,
                lat=lat,
                lon=lon,
                group=group,
                admin2=clean_place(admin2),
            )
        )
    return table


#: `resolve(place, admin1, country, admin2)`.
Resolve = Callable[[str, str | None, str | None, str | None], LatLon | None]


@dataclass(frozen=True)
class JudgedRow:
    """A row and what `resolve` answered; `km` is `None` when it answered nothing."""

    row: PlaceRow
    point: LatLon | None
    km: float | None


def judge_place_rows(rows: Iterable[PlaceRow], resolve: Resolve) -> list[JudgedRow]:
    """Resolve the place of every row that has one (each distinct place, admin1, country, admin2 asked once)."""
    answers: dict[tuple[str, str | None, str | None, str | None], LatLon | None] = {}
    judged = []
    for row in rows:
        if row.place is None:
            judged.append(JudgedRow(row, None, None))
            continue
        key = (row.place, row.admin1, row.country, row.admin2)
        if key not in answers:
            answers[key] = resolve(*key)
        point = answers[key]
        km = haversine_km(row.lat, row.lon, point[0], point[1]) if point is not None else None
        judged.append(JudgedRow(row, point, km))
    return judged


@dataclass
class PlaceScores:
    """Counts over a table; `scored` rows have place text, the shares are over them."""

    rows: int = 0
    no_place: int = 0
    unresolved: int = 0
    within_10: int = 0
    within_50: int = 0
    errors_km: list[float] = field(default_factory=list)

    @property
    def scored(self) -> int:
        return self.rows - self.no_place

    @property
    def share_10(self) -> float:
        return _ratio(self.within_10, self.scored)

    @property
    def share_50(self) -> float:
        return _ratio(self.within_50, self.scored)

    @property
    def median_error_km(self) -> float | None:
        return _median(self.errors_km)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "errors_km"}
        for name in ("scored", "share_10", "share_50", "median_error_km"):
            out[name] = getattr(self, name)
        return out


def score_place_rows(judged: Iterable[JudgedRow]) -> PlaceScores:
    """The counts of judged rows (`judge_place_rows`)."""
    scores = PlaceScores()
    near, far = TABLE_KM
    for item in judged:
        scores.rows += 1
        if item.row.place is None:
            scores.no_place += 1
        elif item.km is None:
            scores.unresolved += 1
        else:
            scores.errors_km.append(item.km)
            scores.within_10 += item.km <= near
            scores.within_50 += item.km <= far
    return scores


def score_place_table(rows: Iterable[PlaceRow], resolve: Resolve) -> PlaceScores:
    """Shares of rows whose place `resolve` puts within 10 km and 50 km of the gold point."""
    return score_place_rows(judge_place_rows(rows, resolve))


def format_place_scores(rows: Sequence[tuple[str, PlaceScores]], *, title: str | None = None) -> str:
    """One table row per (name, scores)."""
    lines = [f"### {title}", ""] if title else []
    lines += [
        "| part | rows | no place text | scored | no answer | ≤10 km | ≤50 km | median km |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, s in rows:
        lines.append(
            f"| {name} | {s.rows} | {s.no_place} | {s.scored} | {s.unresolved} | {_pct(s.share_10)} | "
            f"{_pct(s.share_50)} | {_km(s.median_error_km)} |"
        )
    return "\n".join(lines)


def format_place_errors(judged: Iterable[JudgedRow], limit: int) -> str:
    """Up to `limit` scored rows not within 50 km: id, raw → cleaned place, admin1, gold, answer, distance."""
    lines: list[str] = []
    for item in judged:
        if len(lines) >= limit:
            break
        row = item.row
        if row.place is None or (item.km is not None and item.km <= TABLE_KM[1]):
            continue
        km = f"{item.km:.0f} km" if item.km is not None else "no answer"
        lines.append(
            f"{row.id}  {row.raw!r} → {row.place!r}  admin1={row.admin1 or '-'}  admin2={row.admin2 or '-'}  "
            f"country={row.country or '-'}  gold={_point((row.lat, row.lon))}  answer={_point(item.point)}  {km}"
        )
    return "\n".join(lines)


def run_place_table_eval(path: Path, resolve: Resolve, *, errors: int = 0) -> PlaceScores:
    """`veilleur eval place-names --data PATH`: load CIR or UCDP, resolve each row's place, print the report.

    Prints the whole table's figures, then one row per group (CIR: country,
    UCDP: `where_prec`). `errors` > 0 also prints that many rows not within
    50 km. Returns the scores over the whole table.
    """
    table = load_place_table(path)
    judged = judge_place_rows(table.rows, resolve)
    name = {"cir": "CIR Russia-Ukraine monitor", "ucdp": "UCDP GED Ukraine"}[table.dataset]
    print(f"## Place names, {name}: {table.path}\n")
    for note in table.notes:
        print(f"note: {note}")
    scores = score_place_rows(judged)
    groups = sorted({item.row.group for item in judged}, key=lambda g: (-sum(i.row.group == g for i in judged), g))
    parts = [("all", scores)] + [(g, score_place_rows(i for i in judged if i.row.group == g)) for g in groups]
    print(format_place_scores(parts))
    if errors > 0:
        print("\n" + format_place_errors(judged, errors))
    return scores


__all__ = [
    "ACCURACY_KM",
    "CIR_COLUMNS",
    "EARTH_RADIUS_KM",
    "GENERIC_PLACE_WORDS",
    "GEOPARSING_FILES",
    "GEO_FIGURES",
    "GWN_NON_TOPONYMS",
    "MAX_ERROR_KM",
    "TABLE_KM",
    "UCDP_COLUMNS",
    "DocJudgement",
    "GeoDoc",
    "GeoError",
    "GeoScores",
    "GeoparsingScores",
    "GoldToponym",
    "JudgedRow",
    "JudgedSpan",
    "LatLon",
    "PipelinePredict",
    "PlaceRow",
    "PlaceScores",
    "PlaceTable",
    "Predict",
    "PredictedToponym",
    "Resolve",
    "ResolveInArticle",
    "ResolveName",
    "ResolveSpan",
    "SpanResolver",
    "SpanScores",
    "article_toponyms",
    "clean_place",
    "error_auc",
    "errors",
    "format_errors",
    "format_geo_scores",
    "format_place_errors",
    "format_place_scores",
    "format_span_scores",
    "haversine_km",
    "judge_doc",
    "judge_gold_spans",
    "judge_place_rows",
    "load_geoparsing",
    "load_geowebnews",
    "load_lgl",
    "load_place_table",
    "place_in_article",
    "predict_with",
    "resolve_span_with",
    "run_geoparsing_eval",
    "run_place_table_eval",
    "score_geoparsing",
    "score_gold_spans",
    "score_place_rows",
    "score_place_table",
    "span_errors",
    "span_scores",
]

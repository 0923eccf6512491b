"""Tests for veilleur.evaluate.places: geoparsing loaders and scores, place tables.

Every fixture is written here (invented towns, sentences and points); the real
gold sets in ../shared are never needed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

import pytest

from veilleur.errors import InputError
from veilleur.evaluate.places import (
    EARTH_RADIUS_KM,
    MAX_ERROR_KM,
    GeoDoc,
    GoldToponym,
    PredictedToponym,
    Resolve,
    clean_place,
    error_auc,
    errors,
    format_geo_scores,
    format_reach,
    haversine_km,
    judge_gold_spans,
    load_geoparsing,
    load_geowebnews,
    load_lgl,
    load_place_table,
    predict_with,
    resolve_span_with,
    run_geoparsing_eval,
    run_place_table_eval,
    score_geoparsing,
    score_gold_spans,
    score_place_table,
    span_errors,
)
from veilleur.record import Article, Entity, Place, TextSpan

#: Kilometres per degree of latitude along a meridian, for points a known distance apart.
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180


def north(lat: float, lon: float, km: float) -> tuple[float, float]:
    """The point `km` due north of (lat, lon)."""
    return lat + km / KM_PER_DEGREE, lon


# ---------------------------------------------------------------- distances


def test_haversine_known_distances() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=1e-3)
    assert haversine_km(0, 0, 1, 0) == pytest.approx(111.195, abs=1e-3)
    assert haversine_km(10, 20, 10, 20) == 0
    assert haversine_km(0, 0, 0, 180) == pytest.approx(math.pi * EARTH_RADIUS_KM)
    # 60° N: a degree of longitude is half as long as at the equator (close to it on a sphere).
    assert haversine_km(60, 0, 60, 1) == pytest.approx(55.6, abs=0.1)
    assert haversine_km(*north(45.0, 7.0, 100), 45.0, 7.0) == pytest.approx(100)


def test_error_auc() -> None:
    assert error_auc([]) is None
    assert error_auc([0, 0]) == 0
    assert error_auc([100, 200]) == pytest.approx((math.log(101) + math.log(201)) / 2 / math.log(MAX_ERROR_KM))
    assert error_auc([200, 100]) == error_auc([100, 200])
    assert error_auc([MAX_ERROR_KM]) == pytest.approx(1, abs=1e-4)


# ---------------------------------------------------------------- fixtures

RIVERTON = (44.0, 10.0)
LAKE_COUNTY = (44.5, 10.5)
OAKVALE = (-12.0, 130.0)

LGL_ONE = "Floods hit Riverton on Monday. Officials in Lake County said Main Street in Riverton was closed."
LGL_TWO = "A new bridge opened in Oakvale."


def _lgl_toponym(text: str, phrase: str, nth: int = 0, point: tuple[float, float] | None = None, gid: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    tag = ""
    if point is not None:
        tag = (
            f'<gaztag geonameid="{gid}"><name>{phrase}</name><fclass>P</fclass><fcode>PPL</fcode>'
            f"<lat>{point[0]}</lat><lon>{point[1]}</lon></gaztag>"
        )
    return f"<toponym><start>{start}</start><end>{start + len(phrase)}</end><phrase>{phrase}</phrase>{tag}</toponym>"


def write_lgl(folder: Path, name: str = "lgl.xml") -> Path:
    one = "".join(
        [
            _lgl_toponym(LGL_ONE, "Riverton", 0, RIVERTON, 101),
            _lgl_toponym(LGL_ONE, "Lake County", 0, LAKE_COUNTY, 102),
            _lgl_toponym(LGL_ONE, "Main Street"),  # a toponym with no gazetteer entry
            _lgl_toponym(LGL_ONE, "Riverton", 1, RIVERTON, 101),
        ]
    )
    two = _lgl_toponym(LGL_TWO, "Oakvale", 0, OAKVALE, 103)
    xml = (
        '<?xml version="1.0" encoding="utf-8"?>\n<articles>\n'
        f'<article docid="1"><title>t</title><text><![CDATA[{LGL_ONE}]]></text><toponyms count="4">{one}</toponyms>'
        "</article>\n"
        f'<article docid="2"><title>t</title><text><![CDATA[{LGL_TWO}]]></text><toponyms count="1">{two}</toponyms>'
        "</article>\n</articles>\n"
    )
    file = folder / name
    file.write_text(xml, encoding="utf-8")
    return file


GWN_TEXT = "Northport (AP) - Northport officials met Ostrovians near the harbour of Greyfield and the Old Mill."


def _gwn_toponym(kind: str, name: str, start: int, point: tuple[float, float] | None, gid: str = "") -> str:
    coords = f"<latitude>{point[0]}</latitude><longitude>{point[1]}</longitude>" if point else ""
    return (
        f"<toponym><extractedName>{name}</extractedName><normalisedName/><type>{kind}</type><modifierType/>"
        f"<nonLocational>No</nonLocational><start>{start}</start><end>{start + len(name)}</end>"
        f"<geonamesID>{gid}</geonamesID>{coords}</toponym>"
    )


def write_gwn(folder: Path) -> Path:
    text = GWN_TEXT
    toponyms = "".join(
        [
            _gwn_toponym("Literal", "Northport", 0, (50.0, 1.0), "201"),
            _gwn_toponym("Metonymic", "Northport", text.index("Northport", 1), (50.0, 1.0), "201"),
            _gwn_toponym("Demonym", "Ostrovians", text.index("Ostrovians"), None),
            _gwn_toponym("Literal_Expression", "harbour", text.index("harbour"), None),
            _gwn_toponym("Literal", "Greyfield", text.index("Greyfield"), (51.0, 2.0)),  # coordinates, no id
            _gwn_toponym("Coercion", "Old Mill", text.index("Old Mill"), None),
            _gwn_toponym("Literal_Modifier", "Ostrovian", -40, (52.0, 3.0), "202"),  # in the title
        ]
    )
    xml = (
        '<?xml version="1.0" ?>\n<articles>\n<!--our own test article-->\n'
        f'<article file="7"><title>Ostrovian visit</title><link>http://example.org/a</link>'
        f"<text>{text}</text><toponyms>{toponyms}</toponyms></article>\n</articles>\n"
    )
    file = folder / "GWN.xml"
    file.write_text(xml, encoding="utf-8")
    return file


# ---------------------------------------------------------------- loaders


def test_load_lgl(tmp_path: Path) -> None:
    docs = load_lgl(write_lgl(tmp_path))
    assert [d.id for d in docs] == ["lgl/1", "lgl/2"]
    one = docs[0]
    assert one.text == LGL_ONE and one.corpus == "lgl"
    assert [g.phrase for g in one.gold] == ["Riverton", "Lake County", "Riverton"]
    assert all(LGL_ONE[g.start : g.end] == g.phrase for g in one.gold)
    assert (one.gold[1].lat, one.gold[1].lon, one.gold[1].geonames_id) == (44.5, 10.5, 102)
    start = LGL_ONE.index("Main Street")
    assert one.uncoded == [(start, start + len("Main Street"))]
    assert docs[1].gold == [GoldToponym(23, 30, "Oakvale", -12.0, 130.0, 103)]


def test_load_geowebnews(tmp_path: Path) -> None:
    (doc,) = load_geowebnews(write_gwn(tmp_path))
    assert doc.id == "geowebnews/7" and doc.text == GWN_TEXT
    assert [(g.phrase, g.geonames_id) for g in doc.gold] == [
        ("Northport", 201),
        ("Northport", 201),
        ("Greyfield", None),
    ]
    assert doc.non_toponyms == 2  # the demonym and the expression
    start = GWN_TEXT.index("Old Mill")
    assert doc.uncoded == [(start, start + len("Old Mill"))]
    assert len(doc.notes) == 1 and "'Ostrovian'" in doc.notes[0]


def test_load_geoparsing_folder_and_files(tmp_path: Path) -> None:
    write_gwn(tmp_path)
    (tmp_path / "Corpora").mkdir()
    write_lgl(tmp_path / "Corpora")
    docs = load_geoparsing(tmp_path)
    assert [d.corpus for d in docs] == ["geowebnews", "lgl", "lgl"]
    assert [d.corpus for d in load_geoparsing(tmp_path / "GWN.xml")] == ["geowebnews"]
    assert [d.id for d in load_geoparsing(write_lgl(tmp_path, "TR-News.xml"))] == ["tr-news/1", "tr-news/2"]
    with pytest.raises(InputError):
        load_geoparsing(tmp_path / "Corpora" / "nothing")
    (tmp_path / "broken.xml").write_text("<articles><article>", encoding="utf-8")
    with pytest.raises(InputError):
        load_geoparsing(tmp_path / "broken.xml")


# ---------------------------------------------------------------- end-to-end scores


def scored_doc() -> GeoDoc:
    text = "Alpha met Beta near Gamma and Delta and Epsilon."
    spans = {name: (text.index(name), text.index(name) + len(name)) for name in ("Alpha", "Beta", "Gamma", "Delta")}
    gold = [GoldToponym(*spans[name], name, 10.0 + i, 20.0) for i, name in enumerate(("Alpha", "Beta", "Gamma"))]
    return GeoDoc("test/1", text, "test", gold, uncoded=[spans["Delta"]])


def predictions(doc: GeoDoc) -> list[PredictedToponym]:
    alpha, beta = doc.gold[0], doc.gold[1]
    epsilon = doc.text.index("Epsilon")
    delta = doc.text.index("Delta")
    return [
        PredictedToponym(alpha.start, alpha.end, *north(alpha.lat, alpha.lon, 100)),  # found, 100 km off: right
        PredictedToponym(beta.start + 1, beta.end + 4, *north(beta.lat, beta.lon, 200)),  # overlaps, 200 km: wrong
        PredictedToponym(delta, delta + 5, 0.0, 0.0),  # on an uncoded toponym: ignored
        PredictedToponym(epsilon, epsilon + 7, 0.0, 0.0),  # no gold there: false
    ]  # Gamma is missed: wrong


def test_score_geoparsing_by_hand() -> None:
    scores = score_geoparsing([scored_doc()], predictions)
    assert (scores.gold, scores.predicted, scores.ignored, scores.matched, scores.correct) == (3, 4, 1, 2, 1)
    assert scores.false == 1
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.accuracy == pytest.approx(1 / 3)  # over all gold: the miss counts wrong
    assert scores.matched_accuracy == pytest.approx(1 / 2)
    assert scores.mean_error_km == pytest.approx(150)
    assert scores.median_error_km == pytest.approx(150)
    assert scores.auc == pytest.approx(error_auc([100, 200]))
    table = format_geo_scores([("test", scores)])
    assert "| test | 1 | 3 | 4 | 1 | 66.67 | 66.67 | 66.67 | 33.33 | 50.00 | 150.0 | 150.0 |" in table
    assert scores.to_dict()["accuracy"] == pytest.approx(1 / 3)


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    doc = GeoDoc("t/2", "New Riverton Bay", "t", [GoldToponym(0, 12, "New Riverton", 1.0, 1.0)])
    both = [PredictedToponym(0, 3, 1.0, 1.0), PredictedToponym(4, 16, 50.0, 50.0)]
    scores = score_geoparsing([doc], lambda d: both)
    assert (scores.matched, scores.correct, scores.false) == (1, 0, 1)  # "Riverton Bay" shares 8 characters
    found = errors([doc], lambda d: both, 10)
    assert sorted(e.kind for e in found) == ["false", "far"]


def test_prediction_outside_text_is_refused() -> None:
    doc = scored_doc()
    with pytest.raises(ValueError, match="outside"):
        score_geoparsing([doc], lambda d: [PredictedToponym(0, len(d.text) + 1, 0.0, 0.0)])


def test_errors_listing() -> None:
    found = errors([scored_doc()], predictions, 10)
    assert [(e.kind, e.text) for e in found] == [("far", "Beta"), ("miss", "Gamma"), ("false", "Epsilon")]
    assert found[0].km == pytest.approx(200)
    assert "[Beta]" in found[0].context
    assert len(errors([scored_doc()], predictions, 1)) == 1


# ---------------------------------------------------------------- the pipeline as a predictor


def place_run(calls: list[str], *, fold_spaces: bool = False) -> Callable[[Article], Article]:
    """A fake pipeline: every capitalised word is an entity; words in POINTS are places."""
    points = {"Riverton": RIVERTON, "Lake": LAKE_COUNTY, "Oakvale": OAKVALE, "Nowhere": None}

    def run(article: Article) -> Article:
        calls.append(article.text)
        if fold_spaces:
            article.text = " ".join(article.text.split())
        text = article.text
        by_name: dict[str, Entity] = {}
        for word in dict.fromkeys(w.strip(".,") for w in text.split()):
            if word[:1].isupper():
                start = -1
                entity = Entity(id=f"E{len(by_name) + 1}", type="GPE", name=word, key=word)
                while (start := text.find(word, start + 1)) >= 0:
                    entity.mentions.append(TextSpan(word, start, start + len(word)))
                by_name[word] = entity
        article.entities = list(by_name.values())
        for word, point in points.items():
            if word in by_name:
                lat, lon = point if point else (None, None)
                article.places.append(
                    Place(f"P{word}", by_name[word].id, word, None, lat, lon, None, None, None, "city")
                )
        return article

    return run


def test_predict_with_emits_every_mention_of_placed_entities() -> None:
    doc = GeoDoc("t/3", "Riverton and Nowhere. Later Riverton again.", "t", [])
    calls: list[str] = []
    predict = predict_with(place_run(calls))
    predicted = predict(doc)
    assert [(doc.text[p.start : p.end], p.lat) for p in predicted] == [("Riverton", 44.0), ("Riverton", 44.0)]
    predict(doc)
    assert len(calls) == 1  # once per document


def test_predict_with_maps_offsets_back_when_the_text_changes() -> None:
    doc = GeoDoc("t/4", "Floods  in   Riverton,  then Oakvale.", "t", [])
    predicted = predict_with(place_run([], fold_spaces=True))(doc)
    assert [doc.text[p.start : p.end] for p in predicted] == ["Riverton", "Oakvale"]


# ---------------------------------------------------------------- gold spans


def test_resolve_span_in_article_comes_before_the_name_lookup() -> None:
    doc = GeoDoc("t/6", "Floods  in   Riverton,  then Ashcombe  and Elmford.", "t", [])
    predict = predict_with(place_run([], fold_spaces=True))
    seen: list[str] = []

    def in_article(article: Article, start: int, end: int) -> tuple[float, float] | None:
        seen.append(article.text[start:end])
        return (5.0, 5.0) if article.text[start:end] == "Elmford" else None

    resolve = resolve_span_with(predict, lambda phrase: (7.0, 7.0), in_article)
    assert resolve(doc, doc.text.index("Riverton"), doc.text.index(",")) == RIVERTON
    assert resolve.last_source == "pipeline"
    assert resolve(doc, doc.text.index("Elmford"), len(doc.text) - 1) == (5.0, 5.0)  # offsets carried over
    assert resolve.last_source == "fallback"
    assert resolve(doc, doc.text.index("Ashcombe"), doc.text.index("  and")) == (7.0, 7.0)  # then by name
    assert seen == ["Elmford", "Ashcombe"]


def test_resolve_span_with_pipeline_then_fallback(tmp_path: Path) -> None:
    docs = load_lgl(write_lgl(tmp_path))
    calls: list[str] = []
    predict = predict_with(place_run(calls))
    asked: list[str] = []

    def by_name(phrase: str) -> tuple[float, float] | None:
        asked.append(phrase)
        return north(*LAKE_COUNTY, 100) if phrase == "Lake County" else None

    resolve = resolve_span_with(predict, by_name)
    score_geoparsing(docs, predict)
    scores = score_gold_spans(docs, resolve)
    assert len(calls) == 2  # shared with the end-to-end predictor: one run per document
    # The fake pipeline's "Lake" entity overlaps "Lake County": no fallback there. Everything resolves.
    assert (scores.gold, scores.resolved, scores.correct, scores.fallback) == (4, 4, 4, 0)
    assert asked == []

    def no_places(article: Article) -> Article:
        return article

    bare = resolve_span_with(no_places, by_name)
    scores = score_gold_spans(docs, bare)
    assert asked == ["Riverton", "Lake County", "Riverton", "Oakvale"]
    assert (scores.gold, scores.resolved, scores.correct, scores.fallback, scores.fallback_correct) == (4, 1, 1, 1, 1)
    assert scores.accuracy == pytest.approx(1 / 4)
    judged = judge_gold_spans(docs, bare)
    assert [e.kind for e in span_errors(judged, 10)] == ["none", "none", "none"]


def test_gold_span_accuracy_thresholds() -> None:
    doc = scored_doc()
    answers = {"Alpha": 100, "Beta": 200}

    def resolve(d: GeoDoc, start: int, end: int) -> tuple[float, float] | None:
        gold = next(g for g in d.gold if (g.start, g.end) == (start, end))
        km = answers.get(gold.phrase)
        return None if km is None else north(gold.lat, gold.lon, km)

    scores = score_gold_spans([doc], resolve)
    assert (scores.gold, scores.resolved, scores.correct, scores.fallback) == (3, 2, 1, None)
    assert scores.accuracy == pytest.approx(1 / 3)
    assert scores.mean_error_km == pytest.approx(150)


def test_wrong_gold_spans_within_reach_count_the_choices_a_resolver_could_fix() -> None:
    doc = scored_doc()
    answers = {"Alpha": 100, "Beta": 200}  # Alpha right; Beta and Gamma wrong

    def resolve(d: GeoDoc, start: int, end: int) -> tuple[float, float] | None:
        gold = next(g for g in d.gold if (g.start, g.end) == (start, end))
        km = answers.get(gold.phrase)
        return None if km is None else north(gold.lat, gold.lon, km)

    def reachable(name: str, lat: float, lon: float) -> bool:
        return name == "Beta"  # the gazetteer holds a Beta near the gold point, no Gamma

    table = format_reach(judge_gold_spans([doc], resolve), reachable)
    assert f"| {doc.corpus} | 3 | 2 | 1 | 66.67 |" in table


def test_run_geoparsing_eval_prints_per_corpus_and_pooled(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_gwn(tmp_path)
    write_lgl(tmp_path)
    predict = predict_with(place_run([]))
    result = run_geoparsing_eval(tmp_path, predict, resolve_span=resolve_span_with(predict), errors=5)
    out = capsys.readouterr().out
    assert "| geowebnews |" in out and "| lgl |" in out and "| all |" in out
    assert "### Gold spans" in out and "note: geowebnews/7" in out
    assert result.end_to_end["lgl"].gold == 4 and result.end_to_end["all"].gold == 7
    assert result.end_to_end["lgl"].correct == 4
    assert result.gold_span is not None and result.gold_span["lgl"].accuracy == 1.0
    assert result.to_dict()["end_to_end"]["all"]["documents"] == 3


# ---------------------------------------------------------------- place tables


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Kiev city", "Kiev"),
        ("Riverton town", "Riverton"),
        ("Ostrovka village", "Ostrovka"),
        ("Ostrovka vilage", "Ostrovka"),
        ("Ostrovka village (Lake raion)", "Ostrovka"),
        ("Riverton City municipality", "Riverton"),
        ("the village of Ostrovka", "Ostrovka"),
        ("Donets Basin Area", "Donets Basin"),
        ("Lake oblast", "Lake oblast"),
        ("Riverton airport", "Riverton airport"),
        ("Area", "Area"),
        ("Town", "Town"),
        ("Lyman (-ish)", "Lyman"),
        ("Komyshany,", "Komyshany"),
        ("  ", None),
        ("", None),
        (None, None),
    ],
)
def test_clean_place(raw: str | None, clean: str | None) -> None:
    assert clean_place(raw) == clean


CIR_HEADER = (
    "entry,date,event_group,title,brief description,lat,lon,country,province,district,town/city,"
    "arms/munition,violence level,link,geolocation\n"
)
UCDP_HEADER = "id,year,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,country\n"


def write_cir(folder: Path) -> Path:
    near = north(*RIVERTON, 5)
    folder.mkdir(exist_ok=True)
    file = folder / "events.csv"
    file.write_text(
        CIR_HEADER
        + f"T1,2022-03-01,Test,t,d,{near[0]},{near[1]},Ruritania,Lake Oblast,Riverton Raion,Riverton,,1,,\n"
        + f"T2,2022-03-02,Test,t,d,{OAKVALE[0]},{OAKVALE[1]},Ruritania,,,Unknownville,,1,,\n"
        + f"T3,2022-03-03,Test,t,d,{OAKVALE[0]},{OAKVALE[1]},Ruritania,Lake Oblast,,,,1,,\n",
        encoding="utf-8",
    )
    return file


def write_ucdp(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    a, b, c = north(*RIVERTON, 5), north(*RIVERTON, 30), north(*RIVERTON, 80)
    file = folder / "UCDP-Test.csv"
    file.write_bytes(
        (
            UCDP_HEADER
            + f'1,2015,1,Riverton town,"near Riverton",Lake oblast,,{a[0]},{a[1]},Ruritania\n'
            + "2,2015,2,Ostrovka village,outskirts of Ostrovka,Lake oblast,Riverton City municipality,"
            + f"{b[0]},{b[1]},Ruritania\n"
            + f"3,2015,4,,the river\x92s mouth,,,{c[0]},{c[1]},Ruritania\n"
        ).encode("latin-1")
    )
    return file


def table_resolver(asked: list[tuple[str, str | None, str | None, str | None]]) -> Resolve:
    def resolve(place: str, admin1: str | None, country: str | None, admin2: str | None) -> tuple[float, float] | None:
        asked.append((place, admin1, country, admin2))
        return RIVERTON if place in ("Riverton", "Ostrovka", "the river’s mouth") else None

    return resolve


def test_cir_table(tmp_path: Path) -> None:
    table = load_place_table(write_cir(tmp_path / "cir"))
    assert table.dataset == "cir"
    assert [(r.id, r.place, r.admin1, r.country, r.admin2) for r in table.rows] == [
        ("T1", "Riverton", "Lake Oblast", "Ruritania", "Riverton Raion"),
        ("T2", "Unknownville", None, "Ruritania", None),
        ("T3", None, "Lake Oblast", "Ruritania", None),
    ]
    asked: list[tuple[str, str | None, str | None, str | None]] = []
    scores = score_place_table(table.rows, table_resolver(asked))
    assert asked == [
        ("Riverton", "Lake Oblast", "Ruritania", "Riverton Raion"),
        ("Unknownville", None, "Ruritania", None),
    ]
    assert (scores.rows, scores.no_place, scores.scored, scores.unresolved) == (3, 1, 2, 1)
    assert (scores.within_10, scores.within_50) == (1, 1)
    assert scores.share_10 == pytest.approx(0.5) and scores.share_50 == pytest.approx(0.5)


def test_ucdp_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "ucdp"
    write_ucdp(folder)
    (folder / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")  # not a table: passed over
    table = load_place_table(folder)
    assert table.dataset == "ucdp"
    assert [(r.place, r.raw, r.group, r.admin2) for r in table.rows] == [
        ("Riverton", "Riverton town", "where_prec 1", None),
        ("Ostrovka", "Ostrovka village", "where_prec 2", "Riverton"),  # the district cleaned as a place
        ("the river’s mouth", "the river’s mouth", "where_prec 4", None),  # description used; cp1252 byte read
    ]
    asked: list[tuple[str, str | None, str | None, str | None]] = []
    scores = run_place_table_eval(folder, table_resolver(asked), errors=5)
    assert asked[:2] == [
        ("Riverton", "Lake oblast", "Ruritania", None),
        ("Ostrovka", "Lake oblast", "Ruritania", "Riverton"),
    ]
    assert (scores.scored, scores.unresolved, scores.within_10, scores.within_50) == (3, 0, 1, 2)
    assert scores.share_10 == pytest.approx(1 / 3) and scores.share_50 == pytest.approx(2 / 3)
    assert scores.median_error_km == pytest.approx(30)
    out = capsys.readouterr().out
    assert "UCDP" in out and "| where_prec 2 |" in out and "80 km" in out


def test_run_place_table_eval_detects_cir(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = write_cir(tmp_path / "cir")
    scores = run_place_table_eval(file, table_resolver([]), errors=5)
    assert scores.rows == 3
    out = capsys.readouterr().out
    assert "CIR" in out and "| Ruritania |" in out and "no answer" in out


def test_place_table_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        load_place_table(tmp_path)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError):
        load_place_table(other)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "events.csv").write_text(CIR_HEADER + "T1,,,,,north,,X,,,Riverton,,,,\n", encoding="utf-8")
    table = load_place_table(bad)
    assert table.rows == [] and "not a number" in table.notes[0]

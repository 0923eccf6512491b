"""Tests for veilleur.evaluate.timex: gold loaders, the TempEval-3 style scorer, the report.

Every fixture is written here (our own sentences and annotations); the real gold
sets in ../shared are never needed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from veilleur.errors import InputError
from veilleur.evaluate.timex import (
    GoldTimex,
    TimexDoc,
    detokenise,
    errors,
    format_scores,
    load_en_timex,
    load_fr_timebank,
    load_meantime,
    load_times,
    predict_with,
    run_times_eval,
    score_times,
)
from veilleur.record import Article, Time

TML_HEAD = """<?xml version='1.0' encoding='UTF-8'?>
<TimeML>
<DOCID>{docid}</DOCID>
<DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="{dct}" /></DCT>
<TEXT>
"""

TML_WORKS = """Le maire a <EVENT eid="e1" class="OCCURRENCE">annoncé</EVENT> \
<TIMEX3 tid="t1" type="DATE" value="2024-03-05">mardi</TIMEX3> que les travaux \
<EVENT eid="e2" class="OCCURRENCE">dureront</EVENT> \
<TIMEX3 tid="t2" type="DURATION" value="P3W">trois semaines</TIMEX3>.
La mairie &amp; la préfecture se  réuniront <TIMEX3 tid="t3" type="TIME" value="2024-03-06TMO">demain matin</TIMEX3>.
</TEXT>
</TimeML>
"""

TML_MARKET = """Le marché se tient <TIMEX3 tid="t1" type="SET" value="XXXX-WXX-6" quant="EVERY">chaque samedi</TIMEX3> \
<SIGNAL sid="s1">depuis</SIGNAL> <TIMEX3 tid="t2" type="DATE" value="2019">2019</TIMEX3>.\
<TIMEX3 tid="t3" type="DURATION" value="P5Y" beginPoint="t2" endPoint="t0" />
La fête aura lieu <TIMEX3 tid="t4" type="DATE" value="2024-06-21">\
<TIMEX3 tid="t5" type="DATE" value="XXXX-06-21">le 21 juin</TIMEX3> prochain</TIMEX3>.
</TEXT>
</TimeML>
"""

BIO = """*!-DCTVALUE="2024-03-05"-!*\tO\t-

The\tO\t-
council\tO\t-
met\tO\t-
on\tO\t-
Tuesday\tB-TIME\t2024-03-05TMO
morning\tI-TIME\t2024-03-05TMO
,\tO\t-
and\tO\t-
the\tO\t-
works\tO\t-
will\tO\t-
last\tO\t-
three\tB-DURATION\tP3W
weeks\tI-DURATION\tP3W
.\tO\t-

The\tO\t-
storm\tO\t-
lasted\tO\t-
two\tB-DURATION\tP2D
days\tI-DURATION\tP2D
yesterday\tB-DATE\t2024-03-04
.\tO\t-

*!-DCTVALUE="2024-03-06"-!*\tO\t-

The\tO\t-
market\tO\t-
opens\tO\t-
every\tB-SET\tXXXX-WXX-6
Saturday\tI-SET\tXXXX-WXX-6
(\tO\t-
since\tO\t-
2019\tB-DATE\t2019
)\tO\t-
.\tO\t-

The\tO\t-
mayor\tO\t-
's\tO\t-
aide\tO\t-
said\tO\t-
``\tO\t-
it\tO\t-
does\tO\t-
n't\tO\t-
cost\tO\t-
$\tO\t-
5\tO\t-
now\tB-DATE\tPRESENT_REF
''\tO\t-
.\tO\t-
"""


def write_fr_timebank(root: Path) -> Path:
    data = root / "fr_timebank" / "Data"
    data.mkdir(parents=True)
    (data / "2024-03-05-0001.tml").write_text(
        TML_HEAD.format(docid="2024-03-05-0001", dct="2024-03-05") + TML_WORKS, encoding="utf-8"
    )
    (data / "2024-03-06-0002.tml").write_text(
        TML_HEAD.format(docid="2024-03-06-0002", dct="2024-03-06") + TML_MARKET, encoding="utf-8"
    )
    return root / "fr_timebank"


def write_en_timex(root: Path, *, timebank: bool = False) -> Path:
    folder = root / "en_timex"
    meantime = folder / "datasets" / "meantime" / "en"
    meantime.mkdir(parents=True)
    (meantime / "test.tsv").write_text(BIO, encoding="utf-8")
    if timebank:
        tb = folder / "datasets" / "timebank" / "en"
        tb.mkdir(parents=True)
        (tb / "test.tsv").write_text(BIO.split("\n\n*!-")[0] + "\n", encoding="utf-8")
    return folder


def exact(doc: TimexDoc) -> list[Time]:
    """The perfect predictor: the gold, as `Time` records."""
    return [Time(f"t{i}", g.text, g.start, g.end, g.type, g.value) for i, g in enumerate(doc.gold)]


# ---------------------------------------------------------------- loaders


def test_evaluate_timex_fr_timebank_offsets_slice_the_plain_text(tmp_path: Path) -> None:
    docs = load_fr_timebank(write_fr_timebank(tmp_path))
    assert [doc.id for doc in docs] == ["fr-timebank/2024-03-05-0001", "fr-timebank/2024-03-06-0002"]
    works = docs[0]
    assert works.language == "fr"
    assert works.text == (
        "\nLe maire a annoncé mardi que les travaux dureront trois semaines.\n"
        "La mairie & la préfecture se  réuniront demain matin.\n"
    )
    assert [(g.text, g.type, g.value) for g in works.gold] == [
        ("mardi", "DATE", "2024-03-05"),
        ("trois semaines", "DURATION", "P3W"),
        ("demain matin", "TIME", "2024-03-06TMO"),
    ]
    for doc in docs:
        assert doc.gold
        for g in doc.gold:
            assert doc.text[g.start : g.end] == g.text


def test_evaluate_timex_fr_timebank_dct_is_not_gold_and_odd_timexes_are_noted(tmp_path: Path) -> None:
    docs = load_times(write_fr_timebank(tmp_path))
    assert [doc.dct for doc in docs] == ["2024-03-05", "2024-03-06"]
    market = docs[1]
    # The DCT and the anchor-only t3 are not gold; the nested t5 gives way to its outer t4.
    assert [(g.text, g.value) for g in market.gold] == [
        ("chaque samedi", "XXXX-WXX-6"),
        ("2019", "2019"),
        ("le 21 juin prochain", "2024-06-21"),
    ]
    assert all(g.value != "2024-03-06" for g in market.gold)
    assert any("t3" in note and "skipped" in note for note in market.notes)
    assert any("t5" in note and "outer" in note for note in market.notes)


def test_evaluate_timex_fr_timebank_broken_file_says_which(tmp_path: Path) -> None:
    data = tmp_path / "Data"
    data.mkdir()
    (data / "x.tml").write_text("<TimeML><TEXT>Lundi</TEXT></TimeML>", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.tml.*DCT"):
        load_fr_timebank(tmp_path)


def test_evaluate_timex_meantime_rebuilds_text_and_spans(tmp_path: Path) -> None:
    path = write_en_timex(tmp_path) / "datasets" / "meantime" / "en" / "test.tsv"
    docs = load_meantime(path)
    assert [(doc.id, doc.dct, doc.language) for doc in docs] == [
        ("meantime-en/001", "2024-03-05", "en"),
        ("meantime-en/002", "2024-03-06", "en"),
    ]
    assert docs[0].text == (
        "The council met on Tuesday morning, and the works will last three weeks.\nThe storm lasted two days yesterday."
    )
    assert docs[1].text == (
        "The market opens every Saturday (since 2019).\nThe mayor's aide said \"it doesn't cost $5 now\"."
    )
    for doc in docs:
        for g in doc.gold:
            assert doc.text[g.start : g.end] == g.text
    assert [(g.text, g.type, g.value) for g in docs[1].gold] == [
        ("every Saturday", "SET", "XXXX-WXX-6"),
        ("2019", "DATE", "2019"),
        ("now", "DATE", "PRESENT_REF"),
    ]


def test_evaluate_timex_meantime_b_tag_right_after_a_span_starts_a_new_one(tmp_path: Path) -> None:
    docs = load_en_timex(write_en_timex(tmp_path))
    storm = [(g.text, g.type, g.value) for g in docs[0].gold if g.start > docs[0].text.index("\n")]
    assert storm == [("two days", "DURATION", "P2D"), ("yesterday", "DATE", "2024-03-04")]


def test_evaluate_timex_meantime_bad_line_says_where(tmp_path: Path) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text('*!-DCTVALUE="2024-03-05"-!*\tO\t-\n\nMonday\tB-DATE\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.tsv:3"):
        load_meantime(path)


def test_evaluate_timex_load_times_dispatches_on_folder_content(tmp_path: Path) -> None:
    assert {doc.corpus for doc in load_times(write_fr_timebank(tmp_path))} == {"fr-timebank"}
    en = write_en_timex(tmp_path, timebank=True)
    assert [doc.corpus for doc in load_times(en)] == ["te3-platinum"] + ["meantime-en"] * 2
    single = en / "datasets" / "timebank" / "en" / "test.tsv"
    assert [doc.id for doc in load_times(single)] == ["te3-platinum/001"]
    with pytest.raises(InputError, match="not a timex gold set"):
        load_times(tmp_path)


@given(st.lists(st.sampled_from(["May", "2024", ",", ".", "'s", "n't", "(", ")", "$", "US$", "-", '"', "``", "''"])))
def test_evaluate_timex_detokenised_tokens_sit_at_their_offsets(tokens: list[str]) -> None:
    text, spans, _ = detokenise(tokens)
    assert len(spans) == len(tokens)
    previous_end = 0
    for token, (start, end) in zip(tokens, spans, strict=True):
        assert start >= previous_end
        assert text[start:end] == ('"' if token in ('"', "``", "''") else token)
        previous_end = end


# ---------------------------------------------------------------- scorer

SENTENCE = "Le maire a annoncé mardi que les travaux dureront trois semaines."


def works_doc() -> TimexDoc:
    mardi, weeks = SENTENCE.index("mardi"), SENTENCE.index("trois semaines")
    gold = [
        GoldTimex(mardi, mardi + 5, "mardi", "DATE", "2024-03-05", None),
        GoldTimex(weeks, weeks + 14, "trois semaines", "DURATION", "P3W", None),
    ]
    return TimexDoc("works", SENTENCE, "2024-03-05", "fr", gold)


def time(doc: TimexDoc, start: int, end: int, type_: str, value: str | None) -> Time:
    return Time("t", doc.text[start:end], start, end, type_, value)


def test_evaluate_timex_perfect_predictor_scores_100() -> None:
    scores = score_times([works_doc()], exact)
    assert (scores.documents, scores.gold, scores.predicted) == (1, 2, 2)
    for name in ("strict_f1", "relaxed_f1", "value_f1", "type_f1", "value_accuracy", "type_accuracy"):
        assert getattr(scores, name) == 1.0
    assert "| relaxed | 100.00 | 100.00 | 100.00 |" in format_scores(scores)


def test_evaluate_timex_off_by_one_span_is_relaxed_not_strict() -> None:
    doc = works_doc()
    mardi, weeks = doc.gold

    def predict(d: TimexDoc) -> list[Time]:
        return [
            time(d, mardi.start, mardi.end + 1, "DATE", mardi.value),
            time(d, weeks.start, weeks.end, "DURATION", "P3W"),
        ]

    scores = score_times([doc], predict)
    assert (scores.strict_precision, scores.strict_recall, scores.strict_f1) == (0.5, 0.5, 0.5)
    assert scores.relaxed_f1 == 1.0
    assert scores.value_f1 == 1.0
    assert [e.kind for e in errors([doc], predict, 10)] == ["span"]


def test_evaluate_timex_wrong_value_lowers_value_f1_not_relaxed_f1() -> None:
    doc = works_doc()
    mardi, weeks = doc.gold

    def predict(d: TimexDoc) -> list[Time]:
        return [
            time(d, mardi.start, mardi.end, "DATE", "2024-03-12"),
            time(d, weeks.start, weeks.end, "DURATION", "P3W"),
        ]

    scores = score_times([doc], predict)
    assert scores.strict_f1 == scores.relaxed_f1 == 1.0
    assert scores.value_accuracy == 0.5
    assert (scores.value_precision, scores.value_recall, scores.value_f1) == (0.5, 0.5, 0.5)
    assert scores.by_type["DATE"].value_accuracy == 0.0
    assert scores.by_type["DURATION"].value_accuracy == 1.0
    [error] = errors([doc], predict, 10)
    assert (error.kind, error.gold_value, error.predicted_value) == ("value", "2024-03-05", "2024-03-12")
    assert "[mardi]" in error.context
    assert len(error.context) <= 2 * 30 + len("[mardi]")


def test_evaluate_timex_spurious_prediction_lowers_precision() -> None:
    doc = works_doc()
    maire = SENTENCE.index("maire")

    def predict(d: TimexDoc) -> list[Time]:
        return [*exact(d), time(d, maire, maire + 5, "DATE", "2024")]

    scores = score_times([doc], predict)
    assert scores.relaxed_precision == pytest.approx(2 / 3)
    assert scores.relaxed_recall == 1.0
    assert scores.relaxed_f1 == pytest.approx(0.8)
    assert scores.value_f1 == pytest.approx(0.8)
    assert [(e.kind, e.text) for e in errors([doc], predict, 10)] == [("false", "maire")]


def test_evaluate_timex_relaxed_matching_is_one_to_one_by_largest_overlap() -> None:
    doc = works_doc()
    weeks = doc.gold[1]

    def predict(d: TimexDoc) -> list[Time]:
        # "trois" and "semaines" both overlap "trois semaines": only "semaines" (the larger) matches it.
        return [
            time(d, weeks.start, weeks.start + 5, "DURATION", "P3W"),
            time(d, weeks.end - 8, weeks.end, "DURATION", "P3W"),
        ]

    scores = score_times([doc], predict)
    assert (scores.relaxed, scores.predicted, scores.gold) == (1, 2, 2)
    assert scores.by_type["DURATION"].recall == 1.0
    assert scores.by_type["DATE"].recall == 0.0
    assert (scores.by_type["SET"].gold, scores.by_type["TIME"].gold) == (0, 0)
    found = [(e.kind, e.text, e.predicted_text) for e in errors([doc], predict, 10)]
    assert found == [("miss", "mardi", None), ("false", "trois", None), ("span", "trois semaines", "semaines")]
    assert len(errors([doc], predict, 2)) == 2


def test_evaluate_timex_wrong_type_lowers_type_f1_only() -> None:
    doc = works_doc()

    def predict(d: TimexDoc) -> list[Time]:
        first, second = exact(d)
        first.type = "TIME"
        return [first, second]

    scores = score_times([doc], predict)
    assert scores.type_accuracy == scores.type_f1 == 0.5
    assert scores.value_f1 == 1.0


def test_evaluate_timex_prediction_outside_the_text_is_refused() -> None:
    doc = works_doc()
    with pytest.raises(ValueError, match="outside"):
        score_times([doc], lambda d: [Time("t", "x", 60, 99, "DATE", None)])


spans = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10)), max_size=6)


@given(spans, spans)
def test_evaluate_timex_figures_are_fractions_and_strict_never_beats_relaxed(
    gold_spans: list[tuple[int, int]], predicted_spans: list[tuple[int, int]]
) -> None:
    text = "x" * 40
    gold = [GoldTimex(s, s + n, text[s : s + n], "DATE", "2024", None) for s, n in gold_spans]
    doc = TimexDoc("d", text, "2024-01-01", "en", gold)
    scores = score_times([doc], lambda d: [Time("t", "", s, s + n, "DATE", "2024") for s, n in predicted_spans])
    assert scores.strict <= scores.relaxed <= min(scores.gold, scores.predicted)
    for name, value in scores.to_dict().items():
        if isinstance(value, float):
            assert 0.0 <= value <= 1.0, name


# ---------------------------------------------------------------- report and adapter


def test_evaluate_timex_run_prints_tables_per_corpus_and_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    en = write_en_timex(tmp_path, timebank=True)
    scores = run_times_eval(en, lambda d: exact(d)[1:], errors=3)
    out = capsys.readouterr().out
    assert "### te3-platinum" in out and "### meantime-en" in out and "### te3-platinum + meantime-en" in out
    assert scores.documents == 3
    assert scores.gold == 4 + 4 + 3
    assert scores.relaxed == scores.gold - 3
    assert out.count("\nmiss ") == 3


def test_evaluate_timex_predict_with_carries_offsets_back_to_the_gold_text(tmp_path: Path) -> None:
    [works, _] = load_fr_timebank(write_fr_timebank(tmp_path))

    def cleaning_run(article: Article) -> Article:
        # Like the clean stage: lines stripped, runs of spaces folded. Finds the times in its own text.
        article.text = "\n".join(" ".join(line.split()) for line in article.text.strip().split("\n"))
        assert article.published == "2024-03-05" and article.language == "fr"
        for word, type_ in (("mardi", "DATE"), ("demain matin", "TIME")):
            start = article.text.index(word)
            article.times.append(Time("t", word, start, start + len(word), type_, None))
        return article

    predicted = predict_with(cleaning_run)(works)
    assert [(t.text, works.text[t.start : t.end]) for t in predicted] == [
        ("mardi", "mardi"),
        ("demain matin", "demain matin"),
    ]

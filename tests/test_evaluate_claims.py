"""Tests for veilleur.evaluate.claims: PolNeAR and AADS-French loaders, the scorers, the reports.

Every fixture is written here (our own sentences and annotations); the real gold
sets in ../shared are never needed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from veilleur.errors import InputError
from veilleur.evaluate.claims import (
    AttributionDoc,
    GoldAttribution,
    SpeechDoc,
    chunks,
    claim_errors,
    format_scores,
    load_aads,
    load_polnear,
    predict_with,
    run_claims_eval,
    run_direct_speech_eval,
    score_claims,
    score_direct_speech,
    speech_errors,
    speech_spans_with,
)
from veilleur.record import Article, Claim, Cue, Span, TextSpan

# ---------------------------------------------------------------- PolNeAR fixtures

BRIDGE = (
    "Bridge to reopen\n\n"
    'The mayor said that the bridge will reopen in May. "We are ready," she added, "and the money is there."\n'
)
TALKS = "Talks in doubt\n\nIt is feared that the talks\nwill collapse. Nobody commented.\n"


def at(text: str, piece: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


def t_line(tid: str, label: str, text: str, *spans: tuple[int, int]) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in spans)
    return f"{tid}\t{label} {offsets}\t{' '.join(text[s:e] for s, e in spans)}"


def bridge_ann(cue_two: str = "added") -> str:
    t = BRIDGE
    return "\n".join(
        [
            t_line("T1", "Source", t, at(t, "The mayor")),
            t_line("T2", "Cue", t, at(t, "said")),
            t_line("T3", "Content", t, at(t, "that the bridge will reopen in May")),
            t_line("T4", "Attribution", t, at(t, "said")),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            t_line("T5", "Source", t, at(t, "she")),
            t_line("T6", "Cue", t, at(t, cue_two)),
            t_line("T7", "Content", t, at(t, '"We are ready,"'), at(t, '"and the money is there."')),
            t_line("T8", "Attribution", t, at(t, cue_two)),
            "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7",
            "",
        ]
    )


def talks_ann() -> str:
    t = TALKS
    return "\n".join(
        [
            t_line("T1", "Cue", t, at(t, "It is feared")),
            t_line("T2", "Content", t, at(t, "that the talks\nwill collapse")),  # the line break stays in the file
            t_line("T3", "Attribution", t, at(t, "It is feared")),
            "E1\tAttribution-no-source:T3 Cue:T1 Content:T2",
            t_line("T4", "Attribution", t, at(t, "commented")),
            "E2\tAttribution-no-source:T4",
            "",
        ]
    )


METADATA = (
    "compartment\tfilename\tlevel\tannotators\tpublisher\tpublication_date\tauthor\ttitle\n"
    "dev\tpaper_2024-05-02_bridge\tNone\taaaa|bbbb\tpaper\t2024-05-03\tNone\tBridge to reopen\n"
)


@pytest.fixture
def polnear(tmp_path: Path) -> Path:
    root = tmp_path / "polnear"
    text_dir, ann_dir = root / "data" / "dev" / "text", root / "data" / "dev" / "attributions"
    text_dir.mkdir(parents=True)
    ann_dir.mkdir(parents=True)
    (text_dir / "paper_2024-05-02_bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (text_dir / "paper_2024-06-01_talks.txt").write_text(TALKS, encoding="utf-8")
    (text_dir / "paper_2024-06-02_unannotated.txt").write_text("No annotation here.\n", encoding="utf-8")
    (ann_dir / "paper_2024-05-02_bridge_bbbb.ann").write_text(bridge_ann("ready"), encoding="utf-8")
    (ann_dir / "paper_2024-05-02_bridge_aaaa.ann").write_text(bridge_ann(), encoding="utf-8")
    (ann_dir / "paper_2024-06-01_talks_cccc.ann").write_text(talks_ann(), encoding="utf-8")
    (root / "data" / "metadata.tsv").write_text(METADATA, encoding="utf-8")
    return root


def test_load_polnear_reads_discontinuous_spans_and_missing_sources(polnear: Path) -> None:
    docs = load_polnear(polnear)
    assert [(d.id, d.annotator, d.published) for d in docs] == [
        ("paper_2024-05-02_bridge", "aaaa", "2024-05-03"),  # from metadata.tsv
        ("paper_2024-06-01_talks", "cccc", "2024-06-01"),  # not in metadata.tsv: the file name's date
    ]
    bridge, talks = docs
    assert bridge.text == BRIDGE
    first, second = bridge.gold
    assert first == GoldAttribution(
        source=[at(BRIDGE, "The mayor")],
        cue=[at(BRIDGE, "said")],
        content=[at(BRIDGE, "that the bridge will reopen in May")],
        id="E1",
    )
    assert second.content == [at(BRIDGE, '"We are ready,"'), at(BRIDGE, '"and the money is there."')]
    assert second.cue == [at(BRIDGE, "added")]
    (feared,) = talks.gold  # E2 has neither content nor cue
    assert feared.source == []
    assert feared.content == [at(TALKS, "that the talks\nwill collapse")]
    assert talks.notes == ["paper_2024-06-01_talks_cccc.ann: E2 has no Content or no Cue: skipped"]


def test_load_polnear_every_annotator(polnear: Path) -> None:
    docs = load_polnear(polnear / "data", annotator="all")
    assert [(d.id, d.annotator) for d in docs] == [
        ("paper_2024-05-02_bridge", "aaaa"),
        ("paper_2024-05-02_bridge", "bbbb"),
        ("paper_2024-06-01_talks", "cccc"),
    ]
    assert docs[1].gold[1].cue == [at(BRIDGE, "ready")]
    with pytest.raises(ValueError):
        load_polnear(polnear, annotator="bbbb")
    with pytest.raises(InputError):
        load_polnear(polnear, "test")
    with pytest.raises(InputError):
        load_polnear(polnear / "data" / "dev")


# ---------------------------------------------------------------- PolNeAR scoring

TEXT = "The mayor said that the new bridge will reopen in May next year. Critics say the cost is far too high."
GOLD = [
    GoldAttribution(
        [at(TEXT, "The mayor")], [at(TEXT, "said")], [at(TEXT, "that the new bridge will reopen in May next year")]
    ),
    GoldAttribution([at(TEXT, "Critics")], [at(TEXT, "say")], [at(TEXT, "the cost is far too high")]),
]
DOC = AttributionDoc("doc", TEXT, "2024-05-02", GOLD)


def claim(content: str, speaker: str | None, cue: str | None, *, kind: str = "indirect", nth: int = 0) -> Claim:
    s, e = at(TEXT, content, nth)
    span = list(at(TEXT, speaker)) if speaker else None
    found_cue = Cue(cue, *at(TEXT, cue), lemma=cue) if cue else None
    return Claim(f"c{s}", kind, "e1" if speaker else None, speaker, span, found_cue, TextSpan(content, s, e))


PERFECT = [
    claim("that the new bridge will reopen in May next year", "The mayor", "said"),
    claim("the cost is far too high", "Critics", "say", kind="direct"),
]


def test_perfect_predictor_scores_100() -> None:
    scores = score_claims([DOC], lambda doc: PERFECT)
    assert (scores.documents, scores.gold, scores.predicted, scores.matched, scores.exact) == (1, 2, 2, 2, 2)
    for figure in ("content", "directional", "exact", "cue", "matched_cue", "attribution"):
        assert getattr(scores, f"{figure}_f1") == 1.0
    assert scores.speaker_accuracy == 1.0
    assert {k: (v.predicted, v.matched) for k, v in scores.by_kind.items()} == {"direct": (1, 1), "indirect": (1, 1)}
    assert "| content (≥ 0.3 of both, one-to-one) | 100.00 | 100.00 | 100.00 |" in format_scores(scores)
    assert scores.to_dict()["content_f1"] == 1.0


def test_partial_content_matches_at_threshold_but_not_exactly() -> None:
    # 4 of the gold's 10 words: 0.4 of the gold, all of the prediction
    partial = [claim("will reopen in May", "The mayor", "said"), PERFECT[1]]
    scores = score_claims([DOC], lambda doc: partial)
    assert scores.content_f1 == 1.0
    assert (scores.exact_precision, scores.exact_recall) == (0.5, 0.5)
    assert scores.speaker_accuracy == 1.0 and scores.cue_f1 == 1.0
    # 2 of 10 words (0.2) is below the threshold, but the prediction lies inside the gold
    small = [claim("in May", "The mayor", "said", nth=0)]
    scores = score_claims([DOC], lambda doc: small)
    assert (scores.matched, scores.content_precision, scores.content_recall) == (0, 0.0, 0.0)
    assert (scores.directional_precision, scores.directional_recall) == (1.0, 0.0)
    assert score_claims([DOC], lambda doc: small, threshold=0.2).matched == 1


def test_wrong_speaker_lowers_speaker_accuracy_only() -> None:
    wrong = [PERFECT[0], claim("the cost is far too high", "The mayor", "say")]
    scores = score_claims([DOC], lambda doc: wrong)
    assert scores.content_f1 == 1.0 and scores.exact_f1 == 1.0 and scores.cue_f1 == 1.0
    assert scores.speaker_accuracy == 0.5
    assert (scores.attribution_precision, scores.attribution_recall) == (0.5, 0.5)
    assert [(e.kind, e.gold_source, e.predicted_speaker) for e in claim_errors([DOC], lambda doc: wrong, 5)] == [
        ("speaker", "Critics", "The mayor")
    ]


def test_extra_prediction_lowers_precision_only() -> None:
    extra = [*PERFECT, claim("The mayor said", None, None)]
    scores = score_claims([DOC], lambda doc: extra)
    assert scores.content_precision == pytest.approx(2 / 3)
    assert scores.content_recall == 1.0
    assert scores.speaker_accuracy == 1.0
    assert scores.matched_cue_f1 == 1.0
    assert scores.cue_precision == 1.0  # the extra claim has no cue
    kinds = [e.kind for e in claim_errors([DOC], lambda doc: extra, 5)]
    assert kinds == ["false"]


def test_cue_and_missing_source() -> None:
    text = "It is feared that the talks will collapse."
    doc = AttributionDoc("d", text, None, [GoldAttribution([], [(0, 12)], [(13, 41)])])
    content = TextSpan(text[13:41], 13, 41)
    no_speaker = Claim("c1", "indirect", None, None, None, Cue("feared", 6, 12, "fear"), content)
    scores = score_claims([doc], lambda d: [no_speaker])
    assert scores.speaker_accuracy == 1.0 and scores.matched_without_source == 1
    with_speaker = Claim("c1", "indirect", "e1", "It", [0, 2], Cue("talks", 22, 27, "talk"), content)
    scores = score_claims([doc], lambda d: [with_speaker])
    assert scores.speaker_accuracy == 0.0 and scores.cue_f1 == 0.0 and scores.content_f1 == 1.0


def test_parts_are_the_content_and_offsets_are_checked() -> None:
    first, second = at(TEXT, "that the new bridge"), at(TEXT, "will reopen in May next year")
    split = Claim("c", "direct", None, None, [0, 9], Cue("said", *at(TEXT, "said"), "say"), TextSpan("x", 0, 1))
    split.parts = [Span(*first), Span(*second)]
    assert score_claims([DOC], lambda doc: [split]).exact == 1
    outside = Claim("c", "direct", None, None, None, None, TextSpan("x", 0, len(TEXT) + 5))
    with pytest.raises(ValueError):
        score_claims([DOC], lambda doc: [outside])


def test_run_claims_eval_prints_both_tables(polnear: Path, capsys: pytest.CaptureFixture[str]) -> None:
    def predict(doc: AttributionDoc) -> list[Claim]:
        out = []
        for g in doc.gold:
            s, e = g.content[0]
            speaker = list(g.source[0]) if g.source else None
            cue = Cue(doc.text[g.cue[0][0] : g.cue[0][1]], *g.cue[0], lemma="x")
            out.append(Claim(g.id, "indirect", None, None, speaker, cue, TextSpan(doc.text[s:e], s, e)))
        return out

    scores = run_claims_eval(polnear, predict, errors=10)
    printed = capsys.readouterr().out
    assert scores.documents == 2 and scores.gold == 3 and scores.matched == 3
    assert scores.speaker_accuracy == 1.0
    assert "every annotator file (3 files for 2 articles)" in printed
    assert "note: paper_2024-06-01_talks_cccc.ann: E2" in printed
    # the second part of the split quote is not predicted: only the exact figure drops
    assert scores.exact == 2


def test_predict_with_maps_offsets_back() -> None:
    original = "The  mayor said   that the bridge will reopen."

    def run(article: Article) -> Article:
        text = " ".join(article.text.split())
        s, e = at(text, "that the bridge will reopen")
        found = Claim(
            "c1",
            "indirect",
            "e1",
            "The mayor",
            list(at(text, "The mayor")),
            Cue("said", *at(text, "said"), "say"),
            TextSpan(text[s:e], s, e),
            [Span(s, e)],
        )
        assert article.language == "en" and article.published == "2024-05-02"
        return Article(text=text, language="en", claims=[found])

    doc = AttributionDoc("d", original, "2024-05-02", [])
    (moved,) = predict_with(run)(doc)
    assert (moved.content.start, moved.content.end) == at(original, "that the bridge will reopen")
    assert moved.content.text == "that the bridge will reopen"
    assert [(p.start, p.end) for p in moved.parts] == [at(original, "that the bridge will reopen")]
    assert moved.speaker_span == list(at(original, "The  mayor"))
    assert moved.cue is not None and (moved.cue.start, moved.cue.end) == at(original, "said")


def test_mapper_aligns_folded_text_in_one_pass_and_falls_back_to_a_diff() -> None:
    from veilleur.evaluate.claims import _folded_positions, _mapper
    from veilleur.stages.clean import clean_text

    original = "  Le maire\u00a0a dit :\u200b « l\u2019eau  revient ».\n\n\n  Elle   part. "
    changed, _ = clean_text(original)
    assert changed == "Le maire a dit : « l'eau revient ».\n\nElle part."
    positions = _folded_positions(changed, original)
    assert positions is not None
    assert all(changed[j] == original[positions[j]] for j, c in enumerate(changed) if c not in " '")
    move = _mapper(changed, original)
    assert move(*at(changed, "l'eau revient")) == at(original, "l\u2019eau  revient")
    assert move(*at(changed, "Elle part")) == at(original, "Elle   part")
    # a line taken out is no folding: the character diff aligns the rest
    shorter = "Le maire a dit : « l'eau revient ».\n\nElle part."
    longer = "Le maire a dit : « l'eau revient ».\nLire aussi : la crue\nElle part."
    assert _folded_positions(shorter, longer) is None
    assert _mapper(shorter, longer)(*at(shorter, "Elle part")) == at(longer, "Elle part")


# ---------------------------------------------------------------- AADS-French

SPEECH = "— Bonjour, dit Paul. « Au revoir ! »"


def speech_doc() -> SpeechDoc:
    return SpeechDoc("ch", SPEECH, [at(SPEECH, "— Bonjour,"), at(SPEECH, "« Au revoir ! »")])


@pytest.fixture
def aads(tmp_path: Path) -> Path:
    b, q = at(SPEECH, "— Bonjour,"), at(SPEECH, "« Au revoir ! »")
    corpus = {
        "chapitre_b": {"text": SPEECH, "labels": [list(q), list(b), list(b)], "split": "test", "version": "main"}
        | {"original_corpus": "fr-litbank"},
        "chapitre_a": {"text": "« Oui. »", "labels": [[0, 8]], "split": "test", "version": ""}
        | {"original_corpus": "sini_bonnus"},
        "bruit": {"text": "« Non. »", "labels": [[0, 8]], "split": "test", "version": "reannotated"}
        | {"original_corpus": "straight_talk"},
        "entrainement": {"text": "Rien.", "labels": [], "split": "train", "version": "main"}
        | {"original_corpus": "fr-litbank"},
    }
    folder = tmp_path / "aads"
    folder.mkdir()
    (folder / "aggregated_corpus.json").write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
    return folder


def test_load_aads_selects_split_and_corpus_group(aads: Path) -> None:
    docs = load_aads(aads)
    assert [(d.id, d.corpus, d.version) for d in docs] == [
        ("chapitre_a", "sini_bonnus", ""),
        ("chapitre_b", "fr-litbank", "main"),
    ]
    assert docs[1].gold == [at(SPEECH, "— Bonjour,"), at(SPEECH, "« Au revoir ! »")]  # sorted, duplicate removed
    assert [d.id for d in load_aads(aads / "aggregated_corpus.json", version="noisy")] == ["bruit"]
    assert len(load_aads(aads, split="all", version="all")) == 4
    with pytest.raises(ValueError):
        load_aads(aads, version="reannotated")
    with pytest.raises(InputError):
        load_aads(aads / "missing.json")


def test_token_f1_on_a_hand_made_case() -> None:
    # tokens: — Bonjour , dit Paul . « Au revoir ! »  (11); gold: 3 + 5 = 8
    predicted = [at(SPEECH, "Bonjour"), at(SPEECH, "Au revoir !")]
    scores = score_direct_speech([speech_doc()], lambda doc: predicted)
    assert (scores.tokens, scores.gold_tokens, scores.predicted_tokens, scores.true_positive) == (11, 8, 4, 4)
    assert (scores.token_precision, scores.token_recall) == (1.0, 0.5)
    assert scores.token_f1 == pytest.approx(2 / 3)
    assert scores.macro_token_f1 == pytest.approx(2 / 3)
    # spans, edges stripped: "Bonjour," / "Au revoir !" against "Bonjour" / "Au revoir !"
    assert (scores.gold_spans, scores.predicted_spans, scores.exact_spans) == (2, 2, 1)
    assert scores.span_f1 == 0.5
    assert [e.kind for e in speech_errors([speech_doc()], lambda doc: predicted, 10)] == ["span"]
    wrong = [at(SPEECH, "dit Paul")]
    assert [e.kind for e in speech_errors([speech_doc()], lambda doc: wrong, 10)] == ["miss", "false", "miss"]


def test_chunks_cut_after_blank_lines() -> None:
    text = "Un.\n\n" + "Deux deux.\n\n" + "Trois trois trois.\n\n" + "x" * 30
    pieces = chunks(text, limit=25)
    assert pieces[0] == (0, len("Un.\n\nDeux deux.\n\n"))
    assert all(e - s <= 25 for s, e in pieces)
    assert [p for piece in pieces for p in piece][1:-1:2] == [p for piece in pieces for p in piece][2::2]
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert chunks("") == [(0, 0)]


def test_speech_spans_with_runs_per_chunk_and_keeps_direct_kinds(
    aads: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(article: Article) -> Article:
        assert article.language == "fr"
        found = []
        for n, m in enumerate(re.finditer(r"«[^»]*»|— [^,]*,", article.text)):
            kind = "direct" if n % 2 == 0 else "mixed"
            content = TextSpan(m.group(), m.start(), m.end())
            found.append(Claim(f"c{n}", kind, None, None, None, None, content, [Span(m.start(), m.end())]))
        found.append(Claim("i", "indirect", None, None, None, None, TextSpan("dit", 11, 14)))
        return Article(text=article.text, language="fr", claims=found)

    doc = SpeechDoc("long", "Il dit :\n\n" + SPEECH + "\n\n" + SPEECH, [])
    spans = speech_spans_with(run, limit=50)(doc)
    assert [doc.text[s:e] for s, e in spans] == ["— Bonjour,", "« Au revoir ! »"] * 2

    scores = run_direct_speech_eval(aads, speech_spans_with(run), errors=5)
    assert scores.documents == 2 and scores.token_f1 == 1.0 and scores.span_f1 == 1.0
    printed = capsys.readouterr().out
    assert "| tokens | 100.00 | 100.00 | 100.00 |" in printed


def test_speech_spans_take_the_comma_before_an_incise() -> None:
    """AADS counts the comma that ends a quoted piece before its incise as speech, as the quote marks."""
    text = "— Bonjour, dit Paul, et au revoir."

    def run(article: Article) -> Article:
        pieces = [Span(2, 9), Span(21, 34)]
        content = TextSpan(text[2:34], 2, 34)
        return Article(text=text, language="fr", claims=[Claim("c", "direct", None, None, None, None, content, pieces)])

    spans = speech_spans_with(run)(SpeechDoc("d", text, []))
    assert [text[s:e] for s, e in spans] == ["— Bonjour,", "et au revoir."]

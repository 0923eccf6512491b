"""Throughput benchmark: the whole pipeline against bare spaCy `nlp.pipe` on the same texts.

The corpus is the bundled sample articles, repeated with variations (paragraphs
rotated, figures changed) up to `--articles`. Each measurement runs in a fresh
process, so its peak memory is its own; models, the gazetteer and the language
detector are loaded before the clock starts, in both modes.

    python -m veilleur.bench --articles 2000 --n-process 1 2
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from functools import partial
from pathlib import Path

from veilleur.lang import LANGUAGES
from veilleur.pipeline import Pipeline
from veilleur.record import Article
from veilleur.sources import read_paths
from veilleur.stages.clean import Clean
from veilleur.stages.language import DetectLanguage
from veilleur.stages.parse import load_model

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Run:
    mode: str
    n_process: int
    articles: int
    tokens: int
    seconds: float
    peak_mb: float

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds


def corpus(size: int, samples: Path = SAMPLES) -> list[Article]:
    """`size` raw articles made from the samples, each one a little different."""
    originals = [item for item in read_paths([samples]) if isinstance(item, Article)]
    if not originals:
        raise SystemExit(f"no sample articles under {samples}")
    return list(_variants(originals, size))


def _variants(originals: list[Article], size: int) -> Iterator[Article]:
    for i in range(size):
        original = originals[i % len(originals)]
        shift = i // len(originals)
        if original.html is not None:
            yield Article(html=original.html, language=original.language, source=f"{original.source}#{i}")
            continue
        paragraphs = original.text.split("\n")
        turn = shift % max(1, len(paragraphs))
        text = "\n".join(paragraphs[turn:] + paragraphs[:turn])
        text = _DIGIT.sub(partial(_shift_digit, shift=shift), text)
        yield Article(text=text, language=original.language, source=f"{original.source}#{i}")


def _shift_digit(match: re.Match[str], *, shift: int) -> str:
    return str((int(match.group()) + shift) % 10)


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (own + children) / 1024


def run_pipeline(articles: list[Article], *, n_process: int, batch_size: int) -> Run:
    pipeline = Pipeline.default()
    warm = [Article(text=t) for t in ("Kiev affirme que les forces avancent.", "Kyiv says the troops advanced.")]
    list(pipeline.pipe(warm))
    start = time.perf_counter()
    done = list(pipeline.pipe(articles, batch_size=batch_size, n_process=n_process))
    seconds = time.perf_counter() - start
    # The same texts as the bare run: main() gives this run that run's token count.
    return Run("veilleur", n_process, len(done), 0, seconds, _peak_mb())


def run_bare(articles: list[Article], *, n_process: int, batch_size: int) -> Run:
    """spaCy alone on the cleaned texts, one `nlp.pipe` per language."""
    by_language: dict[str, list[str]] = {}
    prepare = Pipeline([Clean(), DetectLanguage()])
    for article in prepare.pipe(articles):
        if article.language in LANGUAGES:  # other languages get no NLP in veilleur either
            by_language.setdefault(article.language, []).append(article.text)
    for language in by_language:
        load_model(language)
    start = time.perf_counter()
    tokens = 0
    for language, group in by_language.items():
        nlp = load_model(language)
        for doc in nlp.pipe(group, batch_size=batch_size, n_process=n_process):
            tokens += len(doc)
    seconds = time.perf_counter() - start
    return Run("spacy", n_process, sum(len(g) for g in by_language.values()), tokens, seconds, _peak_mb())


def measure(mode: str, *, size: int, n_process: int, batch_size: int) -> Run:
    """One measurement in a fresh process; returns its figures."""
    command = [
        sys.executable,
        "-m",
        "veilleur.bench",
        "--one",
        mode,
        "--articles",
        str(size),
        "--n-process",
        str(n_process),
        "--batch-size",
        str(batch_size),
    ]
    result = subprocess.run(command, check=True, capture_output=True, text=True)
    return Run(**json.loads(result.stdout.strip().splitlines()[-1]))


def report(runs: list[Run]) -> str:
    lines = [
        "| run | processes | articles | articles/s | tokens/s | peak memory (MB) | ratio to bare spaCy |",
        "|---|---|---|---|---|---|---|",
    ]
    bare = {run.n_process: run for run in runs if run.mode == "spacy"}
    for run in runs:
        base = bare.get(run.n_process)
        ratio = f"{run.articles_per_s / base.articles_per_s:.2f}" if base and run.mode != "spacy" else "1.00"
        lines.append(
            f"| {run.mode} | {run.n_process} | {run.articles} | {run.articles_per_s:.1f} | "
            f"{run.tokens_per_s:,.0f} | {run.peak_mb:,.0f} | {ratio} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--n-process", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--one", choices=["spacy", "veilleur"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        articles = corpus(args.articles)
        runner = run_bare if args.one == "spacy" else run_pipeline
        run = runner(articles, n_process=args.n_process[0], batch_size=args.batch_size)
        print(json.dumps(asdict(run)))
        return
    runs = []
    for n_process in args.n_process:
        bare = measure("spacy", size=args.articles, n_process=n_process, batch_size=args.batch_size)
        ours = measure("veilleur", size=args.articles, n_process=n_process, batch_size=args.batch_size)
        runs += [bare, replace(ours, tokens=bare.tokens)]
        print(f"n_process={n_process}: ratio {ours.articles_per_s / bare.articles_per_s:.2f}", file=sys.stderr)
    print(report(runs))


if __name__ == "__main__":
    main()

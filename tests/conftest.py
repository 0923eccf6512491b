"""Shared fixtures. Model-loading fixtures are session-scoped: each model loads once."""

from __future__ import annotations

import pytest
from spacy.language import Language

from veilleur.gazetteer import Gazetteer
from veilleur.pipeline import Pipeline
from veilleur.stages.parse import load_model


@pytest.fixture(scope="session")
def nlp_fr() -> Language:
    return load_model("fr")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    return load_model("en")


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline.default()

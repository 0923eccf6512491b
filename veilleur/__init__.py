"""veilleur: reads news in French and English and keeps a structured, sourced record of it.

>>> import veilleur
>>> rec = veilleur.analyze("Kiev affirme que ses forces ont avancé.", published="2024-08-14")  # doctest: +SKIP
"""

from veilleur.api import analyze
from veilleur.errors import InputError, PipelineError, StageError, StoreError, VeilleurError
from veilleur.pipeline import Pipeline
from veilleur.record import SCHEMA, Article
from veilleur.store import Store

__version__ = "0.1.0"

__all__ = [
    "SCHEMA",
    "Article",
    "InputError",
    "Pipeline",
    "PipelineError",
    "StageError",
    "Store",
    "StoreError",
    "VeilleurError",
    "__version__",
    "analyze",
]

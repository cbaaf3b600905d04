"""Building the extraction pipeline from ``extractors/pipeline.cfg``.

    >>> from extractors.nlp import build_pipeline
    >>> nlp = build_pipeline()
    >>> doc = nlp("Kota Palembang meraih predikat KKPHAM tahun 2023.")
    >>> [(f.region_code, f.predikat, f.year, f.status) for f in doc._.facts]
    [('16.71', 'KKPHAM', 2023, 'achieved')]

The pipeline is ``spacy.blank("id")`` plus predikat's registered components, so it serialises
with ``nlp.to_disk`` and loads back with ``spacy.load`` once ``extractors.components`` is imported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.util import load_config, load_model_from_config

import extractors.components  # noqa: F401  (registers the factories)
from extractors.tokens import TEXT_KEY

CONFIG_PATH = Path(__file__).resolve().parent / "pipeline.cfg"


def build_pipeline(overrides: dict | None = None) -> Language:
    config = load_config(CONFIG_PATH, overrides=overrides or {}, interpolate=False)
    return load_model_from_config(config, auto_fill=True)


def make_doc(nlp: Language, text: str, published: date | None = None):
    """A tokenised ``Doc`` carrying the article date, ready for ``nlp.pipe``."""
    doc = nlp.make_doc(text)
    doc.user_data[TEXT_KEY] = text  # spaCy keeps the text exactly; saves rebuilding doc.text
    if published is not None:
        doc._.published = published
        doc._.published_basis = "metadata"
    return doc


def load_pipeline(path: Path | str) -> Language:
    return spacy.load(path)

"""Shared fixtures. The spaCy pipeline takes seconds to build, so it is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed_antara_2024-02-19.txt"


@pytest.fixture(scope="session")
def nlp():
    from extractors.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def extractor(nlp):
    from extractors.extract import Extractor

    return Extractor(nlp)


@pytest.fixture
def extract(extractor):
    """``extract(text, published=None) -> Extraction`` with the session pipeline."""

    def run(text, published=None):
        return extractor.extract(text, published)

    return run


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def cli_runner(extractor, monkeypatch):
    """Click's runner, with the session pipeline reused by every command (builds take seconds)."""
    from click.testing import CliRunner

    import pipeline.processing

    monkeypatch.setattr(pipeline.processing.DocumentProcessor, "extractor", property(lambda self: extractor))
    return CliRunner()


def facts_of(extraction, **where):
    """(region_code, predikat, grade, year, status) tuples of region facts, filtered by fields."""
    out = set()
    for f in extraction.facts:
        if f.holder_kind == "region" and all(getattr(f, k) == v for k, v in where.items()):
            out.add((f.region_code, f.predikat, f.grade, f.year, f.status))
    return out


@pytest.fixture
def httpserver(httpserver):
    """pytest-httpserver's server, answering 404 (not 500) for paths no test handles, as a real site."""
    httpserver.no_handler_status_code = 404
    return httpserver

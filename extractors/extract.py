"""Extraction as a pure function: text (and its date) in, facts, citations and mentions out.

No global state and no I/O, so it can be mapped over documents by any engine (a process pool,
Ray, Dask, Spark) reading the same archive. ``Extractor.extract_many`` batches through
``nlp.pipe`` for speed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language

from extractors.citations import Citation
from extractors.model import Fact, RegionMention
from extractors.nlp import build_pipeline, make_doc
from extractors.version import EXTRACTOR_VERSION


@dataclass
class Extraction:
    facts: list[Fact]
    citations: list[Citation]
    regions: list[RegionMention]
    published: date | None
    published_basis: str | None
    place: str | None
    extractor_version: str = EXTRACTOR_VERSION
    units: list = field(default_factory=list)


class Extractor:
    def __init__(self, nlp: Language | None = None, batch_size: int = 32) -> None:
        self.nlp = nlp or build_pipeline()
        self.batch_size = batch_size

    def extract(self, text: str, published: date | None = None) -> Extraction:
        return next(self.extract_many([(text, published)]))

    def extract_many(self, items: Iterable[tuple[str, date | None]]) -> Iterator[Extraction]:
        docs = (make_doc(self.nlp, text, published) for text, published in items)
        for doc in self.nlp.pipe(docs, batch_size=self.batch_size):
            dateline = doc._.dateline
            yield Extraction(
                facts=list(doc._.facts or []),
                citations=[c.citation for c in doc._.citations or []],
                regions=list(doc._.regions or []),
                published=doc._.published,
                published_basis=doc._.published_basis,
                place=dateline[2] if dateline else None,
                units=list(doc._.units or []),
            )

"""``predikat_citations``: regulation citations ("Permenkumham 22/2021") with token positions.

The parsing is the pure function ``extractors.citations.find_citations``; this component only
places its results on the ``Doc``. Result: ``doc._.citations`` (``DocCitation`` list).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from extractors.citations import Citation, find_citations
from extractors.tokens import view

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)


@dataclass(frozen=True)
class DocCitation:
    citation: Citation
    start: int  # tokens
    end: int

    @property
    def start_char(self) -> int:
        return self.citation.start

    @property
    def end_char(self) -> int:
        return self.citation.end


@Language.factory("predikat_citations")
def make_citations(nlp: Language, name: str) -> "CitationFinder":
    return CitationFinder()


class CitationFinder:
    def __call__(self, doc: Doc) -> Doc:
        found = []
        tv = view(doc)
        for citation in find_citations(tv.text):
            span = tv.tokens_at(citation.start, citation.end)
            if span is not None:
                found.append(DocCitation(citation, span[0], span[1]))
        doc._.citations = found
        return doc

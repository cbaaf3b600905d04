"""``predikat_facts``: the fact assembler as the last pipeline component.

Result: ``doc._.facts`` (``Fact`` list). The logic lives in ``extractors.facts``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.facts.assemble import Assembler
from extractors.gazetteer import Gazetteer
from extractors.vocabulary import Vocabulary

if not Doc.has_extension("facts"):
    Doc.set_extension("facts", default=None)


@Language.factory("predikat_facts")
def make_facts(nlp: Language, name: str) -> "FactAssembler":
    return FactAssembler(Assembler(Vocabulary.load(), Gazetteer.load()))


class FactAssembler:
    def __init__(self, assembler: Assembler) -> None:
        self.assembler = assembler

    def __call__(self, doc: Doc) -> Doc:
        doc._.facts = self.assembler(doc)
        return doc

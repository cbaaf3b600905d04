"""Per-document token arrays, built once and shared by the components.

``doc.text``, ``doc.sents`` and ``doc[i].text`` each build new Python objects on every access;
in loops over hundreds of thousands of tokens that is most of the extractors' time. ``view(doc)``
reads every token once and keeps plain lists in ``doc.user_data``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, LENGTH, SPACY
from spacy.tokens import Doc

_KEY = "predikat_token_view"
TEXT_KEY = "predikat_text"  # the exact input text, stashed by extractors.nlp.make_doc


@dataclass(frozen=True)
class TokenView:
    text: str  # doc.text
    words: list[str]  # token texts
    lower: list[str]  # lower-cased token texts
    capitalised: list[bool]  # first character upper case
    alpha: list[bool]
    space: list[bool]  # whitespace tokens ("\n\n")
    trailing: list[bool]  # the token is followed by a space
    idx: list[int]  # character offset of each token


def view(doc: Doc) -> TokenView:
    cached = doc.user_data.get(_KEY)
    if cached is not None and len(cached.words) == len(doc):
        return cached
    # Token objects are costly to create; offsets and lengths come out of the Doc as one array,
    # and spaCy's tokenization never changes the text, so words are slices of it.
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
    if len(doc):
        columns = doc.to_array([IDX, LENGTH, SPACY]).tolist()
    else:
        columns = []
    idx = [c[0] for c in columns]
    words = [text[a : a + n] for a, n, _ in columns]
    built = TokenView(
        text=text,
        words=words,
        lower=[w.lower() for w in words],
        capitalised=[w[:1].isupper() for w in words],
        alpha=[w.isalpha() for w in words],
        space=[w.isspace() for w in words],
        trailing=[bool(c[2]) for c in columns],
        idx=idx,
    )
    doc.user_data[_KEY] = built
    return built

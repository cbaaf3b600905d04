"""Per-document token arrays, built once and shared by the components.

``doc.text``, ``doc.sents`` and ``doc[i].text`` each build new Python objects on every access;
in loops over hundreds of thousands of tokens that is most of the extractors' time. ``view(doc)``
reads every token once and keeps plain lists in ``doc.user_data``.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.attrs import IDX, IS_ALPHA, IS_PUNCT, IS_SPACE, LENGTH, SPACY
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
    punct: list[bool]  # punctuation (``Token.is_punct``)
    trailing: list[bool]  # the token is followed by a space
    idx: list[int]  # character offset of each token

    def chars(self, start: int, end: int) -> tuple[int, int]:
        """Character offsets of tokens ``start:end`` (``Span.start_char``/``end_char`` without a Span)."""
        return self.idx[start], self.idx[end - 1] + len(self.words[end - 1])

    def span_text(self, start: int, end: int) -> str:
        a, b = self.chars(start, end)
        return self.text[a:b]

    def tokens_at(self, start_char: int, end_char: int) -> tuple[int, int] | None:
        """Token range covering characters ``start_char:end_char`` (``doc.char_span(...,
        alignment_mode="expand")`` without creating a Span), or None outside the text."""
        if not self.idx or end_char <= start_char or start_char < 0:
            return None
        first = bisect_right(self.idx, start_char) - 1
        last = bisect_right(self.idx, end_char - 1) - 1
        if first < 0 or last < first:
            return None
        if start_char >= self.idx[first] + len(self.words[first]):
            first += 1  # the range starts in the space after a token
            if first > last:
                return None
        return first, last + 1


def view(doc: Doc) -> TokenView:
    cached = doc.user_data.get(_KEY)
    if cached is not None:
        # no component of this pipeline retokenizes, so a view built once stays true
        return cached
    # Token objects are costly to create; offsets and lengths come out of the Doc as one array,
    # and spaCy's tokenization never changes the text, so words are slices of it.
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.text
    if len(doc):
        # the lexeme flags are computed once per vocabulary entry, in C
        array = doc.to_array([IDX, LENGTH, SPACY, IS_ALPHA, IS_SPACE, IS_PUNCT])
        idx, lengths = array[:, 0].tolist(), array[:, 1].tolist()
        trailing, alpha, space, punct = (array[:, k].astype(bool).tolist() for k in (2, 3, 4, 5))
    else:
        idx, lengths, trailing, alpha, space, punct = [], [], [], [], [], []
    words = [text[a : a + n] for a, n in zip(idx, lengths)]
    built = TokenView(
        text=text,
        words=words,
        lower=[w.lower() for w in words],
        capitalised=[w[:1].isupper() for w in words],
        alpha=alpha,
        space=space,
        punct=punct,
        trailing=trailing,
        idx=idx,
    )
    doc.user_data[_KEY] = built
    return built


_STARTS_KEY = "predikat_sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of every sentence, in order (from ``doc.sents``, read once per document).

    ``doc[i].sent`` walks the sentence and builds a Span on every call; the rules ask it tens of
    thousands of times per thousand articles. Sentence boundaries are set by the first component
    and no later one changes them, so the starts read once stay true."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        starts = doc.user_data[_STARTS_KEY] = [sent.start for sent in doc.sents]
    return starts


def remember_sentence_starts(doc: Doc, starts: list[int]) -> None:
    """Keep the sentence starts the component that sets the boundaries knows, so that nobody walks ``doc.sents``
    for them."""
    doc.user_data[_STARTS_KEY] = starts


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """(start, end) of the sentence holding token ``i``: ``doc[i].sent.start``, ``.end`` without a Span."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, i) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc)

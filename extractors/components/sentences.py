"""``predikat_sentences``: a sentence splitter that survives Indonesian news style.

No split after "Kab.", "No.", "H." (initials) or inside "(16/2)"; a split at every line break
unless the line is visibly wrapped (the next line starts in lower case, or the line ends with a
comma); a split after ".", "!" or "?" when the next word starts a sentence. spaCy's own
``sentencizer`` splits after every full stop, which breaks "Kab. Lahat" and initials.
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractors.lexicon import structure
from extractors.tokens import remember_sentence_starts, view

_ENDERS = {".", "!", "?", "…", "...", "!?", "?!"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_WRAP_ENDERS = {",", ";", "dan", "serta", "atau", "yang", "di", "ke", "dari", "dengan", "untuk", "bagi", "oleh"}


@Language.factory("predikat_sentences")
def make_sentences(nlp: Language, name: str) -> "SentenceSplitter":
    return SentenceSplitter()


class SentenceSplitter:
    def __init__(self) -> None:
        self.abbreviations = structure().abbreviations
        # "masih berada di predikat B. Ketujuh pemda ...": a letter after these is a grade, not an initial
        self.grade_nouns = structure().grade_nouns | structure().predikat_nouns | {"nilai", "indeks"}

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        starts = numpy.full(len(doc), -1, dtype="int32")
        starts[0] = 1
        for i in self._boundaries(doc):
            if 0 < i < len(doc):
                starts[i] = 1
        doc.from_array([SENT_START], starts.reshape(-1, 1).astype("uint64"))
        remember_sentence_starts(doc, numpy.flatnonzero(starts == 1).tolist())
        return doc

    def _boundaries(self, doc: Doc):
        tv = view(doc)
        words, space, trailing = tv.words, tv.space, tv.trailing
        n = len(words)
        first_line = True
        for i in range(n):
            text = words[i]
            if "\n" in text:
                nxt = _next_word(space, i + 1)
                if nxt is None:
                    continue
                prev = _prev_word(space, i - 1)
                paragraph = text.count("\n") > 1
                # the title line always stands alone; a blank line ends a sentence unless the
                # line before ends with a comma (a list wrapped over a blank line)
                if not first_line and prev is not None:
                    if paragraph and words[prev] in {",", ";"}:
                        continue
                    if not paragraph and (self._wrapped(words[prev], words[nxt])
                                          or _wrapped_item(words, space, i, nxt)):
                        continue
                first_line = False
                yield nxt
            elif text in _ENDERS:
                if i > 0 and not trailing[i] and i + 1 < n and words[i + 1] not in _CLOSERS and not space[i + 1]:
                    continue  # "1.2", "M.HH": a dot glued to the next token
                if i > 0 and text == "." and (self._abbreviation(words[i - 1]) or _list_number(words, space, i - 1)
                                              or _inline_number(words, space, i - 1)):
                    continue  # "Kab. Lahat", "H. Laoly", "1. Kota Padang", "Nindya: 1. Kota Depok, 2. .."
                j = i + 1
                while j < n and words[j] in _CLOSERS:
                    j += 1
                nxt = _next_word(space, j)
                if nxt is None:
                    continue
                first = words[nxt]
                if first[:1].isupper() or first[:1].isdigit() or first[:1] in '"“\'(-•':
                    yield nxt
            elif len(text) == 2 and text[1] == "." and text[0].isupper() and i > 0 \
                    and words[i - 1].lower() in self.grade_nouns:
                # "predikat B." is one token (a letter and its dot, like an initial) but ends the sentence
                nxt = _next_word(space, i + 1)
                if nxt is not None and words[nxt][:1].isupper():
                    yield nxt

    def _abbreviation(self, word: str) -> bool:
        if word.lower().rstrip(".") in self.abbreviations:
            return True
        return len(word) == 1 and word.isalpha()  # an initial: "Yasonna H. Laoly"

    @staticmethod
    def _wrapped(prev: str, nxt: str) -> bool:
        """A line break inside a sentence: the next line continues in lower case, or this line
        ends with a comma or a word that cannot end a sentence."""
        if nxt in {"-", "•", "*", "–"}:
            return False
        if prev.lower() in _WRAP_ENDERS:
            return True
        return nxt[:1].islower()


def _wrapped_item(words: list[str], space: list[bool], newline: int, nxt: int) -> bool:
    """A list item wrapped onto a short next line: "2. Kota Tidore" / "Kepulauan" / "3. ..."."""
    start = newline - 1
    while start > 0 and "\n" not in words[start - 1]:
        start -= 1
    first = _next_word(space, start)
    if first is None or first >= newline:
        return False
    if not (_list_number(words, space, first) or words[first] in {"-", "•", "*", "–"}):
        return False
    if _list_number(words, space, nxt) or words[nxt] in {"-", "•", "*", "–"} or not words[nxt][:1].isupper():
        return False
    end = nxt
    while end < len(words) and "\n" not in words[end]:
        if words[end] in _ENDERS or words[end] in {",", ":", ";"}:
            return False
        end += 1
    return end - nxt <= 3  # one to three words: the rest of a name


def _next_word(space: list[bool], i: int) -> int | None:
    while i < len(space) and space[i]:
        i += 1
    return i if i < len(space) else None


def _prev_word(space: list[bool], i: int) -> int | None:
    while i >= 0 and space[i]:
        i -= 1
    return i if i >= 0 else None


def _inline_number(words: list[str], space: list[bool], i: int) -> bool:
    """A number of a list run inline after a colon or a comma ("Kategori Nindya: 1. Kota Depok, 2. ...")."""
    if not (words[i].isdigit() and len(words[i]) <= 2):
        return False
    before = _prev_word(space, i - 1)
    return before is not None and words[before] in {":", ",", ";"}


def _list_number(words: list[str], space: list[bool], i: int) -> bool:
    """A number or roman numeral opening a line ("1.", "IV.")."""
    word = words[i]
    if not (word.isdigit() and len(word) <= 3 or word in {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"}):
        return False
    return i == 0 or "\n" in words[i - 1]

"""Per-document values that the fact assembler reads in its inner loops, computed once.

Every ``doc._`` access builds a new ``Underscore`` object; reading the article year or the
predikat tokens per status group and per year mention cost more than the rules using them.
These accessors cache in ``doc.user_data`` (as ``extractors.tokens.view`` does) and must only
be called after the component that sets the underlying extension has run.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc

_PUBLISHED = "predikat_published_year"
_NAMED = "predikat_named_tokens"


def published_year(doc: Doc) -> int | None:
    """The article's year (metadata or inferred), or None."""
    if _PUBLISHED not in doc.user_data:
        published = doc._.published
        doc.user_data[_PUBLISHED] = published.year if published else None
    return doc.user_data[_PUBLISHED]


def predikat_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside predikat mentions ("Kabupaten Layak Anak", "Menuju Informatif")."""
    cached = doc.user_data.get(_NAMED)
    if cached is None:
        cached = frozenset(i for m in doc._.predikat or [] for i in range(m.start, m.end))
        doc.user_data[_NAMED] = cached
    return cached


def cues_between(doc: Doc, start: int, end: int) -> list:
    """The status cues starting in tokens ``start:end``, in order."""
    return _starting_between(doc, "cues", start, end)


def mentions_between(doc: Doc, start: int, end: int) -> list:
    """The predikat mentions starting in tokens ``start:end``, in order."""
    return _starting_between(doc, "predikat", start, end)


def regions_between(doc: Doc, start: int, end: int) -> list:
    """The region mentions starting in tokens ``start:end``, in order."""
    return _starting_between(doc, "regions", start, end)


def _starting_between(doc: Doc, extension: str, start: int, end: int) -> list:
    """Items of ``doc._.<extension>`` starting in tokens ``start:end``: sorted once per document, then
    found by bisection instead of a scan per sentence."""
    key = f"predikat_{extension}_by_start"
    cached = doc.user_data.get(key)
    if cached is None:
        items = sorted(doc._.get(extension) or [], key=lambda item: item.start)
        cached = doc.user_data[key] = (items, [item.start for item in items])
    items, starts = cached
    return items[bisect_left(starts, start) : bisect_left(starts, end)]

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
_CUES = "predikat_cues_by_start"
_MENTIONS = "predikat_mentions_by_start"


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
    """The status cues starting in tokens ``start:end``, in order (``doc._.cues`` sorted once)."""
    cached = doc.user_data.get(_CUES)
    if cached is None:
        cues = sorted(doc._.cues or [], key=lambda c: c.start)
        cached = doc.user_data[_CUES] = (cues, [c.start for c in cues])
    cues, starts = cached
    return cues[bisect_left(starts, start) : bisect_left(starts, end)]


def mentions_between(doc: Doc, start: int, end: int) -> list:
    """The predikat mentions starting in tokens ``start:end``, in order (``doc._.predikat`` sorted once)."""
    cached = doc.user_data.get(_MENTIONS)
    if cached is None:
        mentions = sorted(doc._.predikat or [], key=lambda m: m.start)
        cached = doc.user_data[_MENTIONS] = (mentions, [m.start for m in mentions])
    mentions, starts = cached
    return mentions[bisect_left(starts, start) : bisect_left(starts, end)]

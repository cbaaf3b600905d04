"""spaCy's Indonesian tokenizer with a prefix search that gives the same answers in a third of the time.

spaCy compiles the prefix rules into one regex ``^§|^%|^=|...`` (about 150 branches) and calls its
``search`` for every token candidate, and again for each of the 16,000 Indonesian tokenizer
exceptions while the tokenizer is built. ``search`` tries every branch at every position of the
string, although all but one branch can only match at position 0. That alone is a third of the
time of building the tokenizer and of tokenising a text.

:func:`anchored_prefix_search` returns a function with exactly the answers of ``regex.search``:

- a match at position 0 is what ``regex.match`` finds (``match`` tries the branches in the same
  order that ``search`` does at position 0);
- a match further on can only come from the few branches that are not anchored with ``^`` (the
  Indonesian rules have one, ``<a([^>]+)>``), searched on their own, in their original order.

The tokens are therefore identical to ``spacy.blank("id")``'s (``tests/extractors/test_tokenizer.py``
checks this on every annotated article), and the tokenizer is registered as
``predikat.Tokenizer.v1`` so that ``pipeline.cfg`` names it. A pipeline saved with ``nlp.to_disk``
stores the pattern text only; loaded back, it uses plain ``search`` again: the same tokens, slower.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy import util
from spacy.language import Language
from spacy.tokenizer import Tokenizer


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (not inside groups or classes)."""
    branches, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            if char == "]":
                in_class = False
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "^":
                i += 1
            if pattern[i + 1:i + 2] == "]":  # a ']' first in a class is a literal
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


def anchored_prefix_search(regex: re.Pattern) -> Callable[[str], re.Match | None]:
    """A function with the answers of ``regex.search`` for a prefix regex, tried mostly at position 0."""
    floating = [branch for branch in top_level_branches(regex.pattern) if not branch.startswith("^")]
    match = regex.match
    if not floating:
        return match
    rest = re.compile("|".join(floating), regex.flags).search

    def search(text: str) -> re.Match | None:
        return match(text) or rest(text)

    search.__self__ = regex  # what spaCy reads to serialise a prefix search: ``prefix_search.__self__.pattern``
    return search


@util.registry.tokenizers("predikat.Tokenizer.v1")
def create_tokenizer() -> Callable[[Language], Tokenizer]:
    """The language's default tokenizer (as ``spacy.Tokenizer.v1``) with :func:`anchored_prefix_search`."""

    def tokenizer_factory(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=anchored_prefix_search(util.compile_prefix_regex(defaults.prefixes))
            if defaults.prefixes else None,
            suffix_search=util.compile_suffix_regex(defaults.suffixes).search if defaults.suffixes else None,
            infix_finditer=util.compile_infix_regex(defaults.infixes).finditer if defaults.infixes else None,
            token_match=defaults.token_match,
            url_match=defaults.url_match,
        )

    return tokenizer_factory

"""predikat's tokenizer gives exactly the tokens of spacy.blank("id"), only faster (extractors/tokenizer.py)."""

import json
import random
import re
from pathlib import Path

import pytest
import spacy

from extractors.tokenizer import HyphenWords, anchored_prefix_search, split_exceptions, top_level_branches

EVAL = Path(__file__).resolve().parents[1] / "eval"

TRICKY = [
    "foo<a href='x'>bar</a> (Kab.) \"OKU\"—Timur…",
    "<a href=x>Lahat</a>, Rp1.500.000, US$5, 12/2/2024, 2016-2018, Perda No.3/2020.",
    "...Kota Batu!? «Palu» ‘Serang’ ¿qué? (16/2) M.HH-03.HA.02.01.01 e-mail: humas@kemenkumham.go.id",
    "https://jdih.kemenkum.go.id/feed/document.json?page=2 anak-anak ber-HAM Sumsel:",
]


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("id")


def _texts():
    texts = list(TRICKY)
    for path in sorted(EVAL.glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


def test_same_tokens_as_spacy_blank_id_on_every_annotated_article(nlp, blank):
    texts = _texts()
    assert len(texts) > 100
    for text in texts:
        assert _tokens(nlp.make_doc(text)) == _tokens(blank.make_doc(text)), text[:80]


def _tokens(doc):
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]


def test_same_special_cases_as_spacy_blank_id(nlp, blank):
    assert nlp.tokenizer.prefix_search.__qualname__.startswith("anchored_prefix_search")
    words = nlp.tokenizer.token_match.__self__
    assert isinstance(words, HyphenWords) and len(words.words) > 15000
    assert words.words.isdisjoint(nlp.tokenizer.rules)
    assert {**nlp.tokenizer.rules, **{w: [{65: w}] for w in words.words}} == blank.tokenizer.rules
    assert nlp.tokenizer.explain("foo<a x>bar (Kab.)") == blank.tokenizer.explain("foo<a x>bar (Kab.)")


def test_only_single_token_hyphenated_words_leave_the_special_cases():
    words, rules = split_exceptions({"anak-anak": [{65: "anak-anak"}], "Jan.": [{65: "Jan.", 67: "Januari"}],
                                     ":-)": [{65: ":-)"}], "°c.": [{65: "°"}, {65: "c"}, {65: "."}],
                                     "e-KTP": [{65: "e-KTP", 67: "ektp"}]})
    assert words == {"anak-anak"}
    assert set(rules) == {"Jan.", ":-)", "°c.", "e-KTP"}


_CONTEXTS = ["{}", "({})", "{},", '"{}"', "x-{}", "{}-nya", "{}/x", "({}.", "{}-{}", "se{}", "{}an", "- {} -",
             "{} - x", "x -{}", "[{}]:", "{}...", "'{}'", "{}!?", "<{}>", "ke-{}", "{}—x", "x—{}", "{}-2024", "2024-{}"]


def test_every_hyphenated_word_in_every_context_tokenises_as_spacy_does(nlp, blank):
    rng = random.Random(7)
    words = sorted(nlp.tokenizer.token_match.__self__.words)
    for k in range(0, len(words), 40):
        text = " ".join(context.format(word, rng.choice(words)) for context in _CONTEXTS
                        for word in words[k : k + 40][_CONTEXTS.index(context) % 2 :: 12])
        assert _tokens(nlp.make_doc(text)) == _tokens(blank.make_doc(text)), text[:200]


def test_chained_and_broken_hyphen_words_merge_as_spacy_merges_them(nlp, blank):
    """Runs of word parts joined by hyphens, spaces and punctuation: the overlapping candidates that
    spaCy's special-case matcher chooses among."""
    rng = random.Random(11)
    words = sorted(nlp.tokenizer.token_match.__self__.words)
    parts = sorted({part for word in words for part in word.split("-")})
    separators = ["-", "-", "-", " ", " - ", "- ", " -", ",", ".", "(", ")", "--", "—", "/", "-nya ", "2"]
    for _ in range(3000):
        own = rng.choice(words).split("-")
        run = []
        for _ in range(rng.randint(1, 5)):
            run += (own if rng.random() < 0.6 else [rng.choice(parts)])
        text = run[0] + "".join(rng.choice(separators) + part for part in run[1:])
        text = rng.choice(["", "", "(", '"', "x-", "-"]) + text + rng.choice(["", "", ")", ".", "-", "-an"])
        assert _tokens(nlp.make_doc(text)) == _tokens(blank.make_doc(text)), text
    assert [t.text for t in nlp.make_doc("x-anak-anak anak-anak/remaja anak - anak-anak")] == \
        ["x", "-", "anak-anak", "anak-anak", "/", "remaja", "anak", "-", "anak-anak"]


def test_prefix_search_agrees_with_regex_search_including_unanchored_branches():
    regex = re.compile(r"^\(|^\.\.+|^<(b|i)\s?/>|<a([^>]+)>|^\$")
    search = anchored_prefix_search(regex)
    for text in ["(x", "...", "<b/>", "foo<a x>", "<a x>y", "$5", "plain", "x$", "", "<a>"]:
        expected, got = regex.search(text), search(text)
        assert (expected and expected.span()) == (got and got.span()), text


def test_top_level_branches_ignore_bars_in_groups_and_classes():
    assert top_level_branches(r"^a|^(b|c)|[|]|\||^[]|]x") == ["^a", "^(b|c)", "[|]", r"\|", "^[]|]x"]


def test_the_tokenizer_saved_loads_back_with_the_same_tokens(nlp, blank, tmp_path):
    nlp.tokenizer.to_disk(tmp_path / "tokenizer")
    text = "(anak-anak) x-kupu-kupu Jan. 2024 Sumsel:"
    # through plain spaCy: the word set comes back as the stored alternation
    plain = spacy.tokenizer.Tokenizer(blank.vocab).from_disk(tmp_path / "tokenizer")
    assert _tokens(plain(text)) == _tokens(blank.make_doc(text))
    # through predikat.Tokenizer.v1: the fast search and the set are put back
    ours = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": "predikat.Tokenizer.v1"}}}).tokenizer
    ours.from_disk(tmp_path / "tokenizer")
    assert isinstance(ours.token_match.__self__, HyphenWords)
    assert ours.prefix_search.__qualname__.startswith("anchored_prefix_search")
    assert _tokens(ours(text)) == _tokens(blank.make_doc(text))

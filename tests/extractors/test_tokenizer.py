"""predikat's tokenizer gives exactly the tokens of spacy.blank("id"), only faster (extractors/tokenizer.py)."""

import json
import re
from pathlib import Path

import pytest
import spacy

from extractors.tokenizer import anchored_prefix_search, top_level_branches

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
        assert [t.text for t in nlp.make_doc(text)] == [t.text for t in blank.make_doc(text)], text[:80]


def test_same_special_cases_as_spacy_blank_id(nlp, blank):
    assert nlp.tokenizer.prefix_search.__qualname__.startswith("anchored_prefix_search")
    assert nlp.tokenizer.rules == blank.tokenizer.rules
    assert nlp.tokenizer.explain("foo<a x>bar (Kab.)") == blank.tokenizer.explain("foo<a x>bar (Kab.)")


def test_prefix_search_agrees_with_regex_search_including_unanchored_branches():
    regex = re.compile(r"^\(|^\.\.+|^<(b|i)\s?/>|<a([^>]+)>|^\$")
    search = anchored_prefix_search(regex)
    for text in ["(x", "...", "<b/>", "foo<a x>", "<a x>y", "$5", "plain", "x$", "", "<a>"]:
        expected, got = regex.search(text), search(text)
        assert (expected and expected.span()) == (got and got.span()), text


def test_top_level_branches_ignore_bars_in_groups_and_classes():
    assert top_level_branches(r"^a|^(b|c)|[|]|\||^[]|]x") == ["^a", "^(b|c)", "[|]", r"\|", "^[]|]x"]


def test_the_pipeline_still_serialises_its_tokenizer(nlp, tmp_path):
    nlp.tokenizer.to_disk(tmp_path / "tokenizer")
    assert (tmp_path / "tokenizer").exists()

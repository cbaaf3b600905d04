"""The pipeline is spaCy-native: one config, registered factories, serialisable."""

import spacy

from extractors.nlp import build_pipeline


def test_pipeline_components_are_registered_factories(nlp):
    assert nlp.pipe_names == ["predikat_sentences", "predikat_citations", "predikat_time", "predikat_mentions",
                              "predikat_status_cues", "predikat_regions", "predikat_units", "predikat_facts"]
    assert nlp.lang == "id"


def test_config_override_changes_a_component_setting():
    strict = build_pipeline({"components.predikat_regions.fuzzy_cutoff": 99.0})
    text = "Judul\nPenerimanya Kabupaten Lahat, Panajam Paser Utara dan Muara Enim."
    assert "64.09" not in {r.code for r in strict(text)._.regions}


def test_to_disk_and_back_gives_the_same_facts(nlp, tmp_path, seed_text):
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    key = lambda doc: sorted((f.region_code, f.predikat, f.year, f.status) for f in doc._.facts)  # noqa: E731
    assert key(loaded(seed_text)) == key(nlp(seed_text))

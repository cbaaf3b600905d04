"""Statuses from Indonesian cues, and the year each fact is for, one sentence per case."""

from datetime import date

import pytest

from tests.conftest import facts_of

HEAD = "Judul berita\n"


@pytest.mark.parametrize("sentence, status", [
    ("Kota Palembang meraih predikat KKPHAM tahun 2023.", "achieved"),
    ("Kota Palembang dianugerahi penghargaan Peduli HAM tahun 2023.", "achieved"),
    ("Kota Palembang kembali meraih predikat KKPHAM tahun 2023.", "achieved"),
    ("Kota Palembang berhasil mempertahankan predikat KKPHAM tahun 2023.", "achieved"),
    ("Kota Palembang diharapkan dapat mempertahankan predikat KKPHAM tahun 2023.", "maintain_target"),
    ("Kota Palembang didorong untuk mempertahankan predikat KKPHAM tahun 2023.", "maintain_target"),
    ("Kota Palembang dibina agar meraih predikat KKPHAM tahun 2023.", "target"),
    ("Kota Palembang menargetkan meraih predikat KKPHAM tahun 2023.", "target"),
    ("Kota Palembang belum meraih predikat KKPHAM tahun 2023.", "not_achieved"),
    ("Kota Palembang gagal meraih predikat KKPHAM tahun 2023.", "not_achieved"),
    ("Kota Palembang tidak memperoleh predikat KKPHAM tahun 2023.", "not_achieved"),
])
def test_status_cues(extract, sentence, status):
    found = facts_of(extract(HEAD + sentence))
    assert found == {("16.71", "KKPHAM", "Peduli HAM", 2023, status)}


def test_not_only_is_not_a_negation(extract):
    found = facts_of(extract(HEAD + "Kota Palembang tidak hanya meraih predikat KKPHAM tahun 2023."))
    assert {s for *_, s in found} == {"achieved"}


def test_coach_is_not_the_holder(extract):
    text = HEAD + "Pemprov Sumsel akan mendampingi Kota Prabumulih agar meraih predikat KKPHAM tahun 2024."
    assert facts_of(extract(text)) == {("16.74", "KKPHAM", "Peduli HAM", 2024, "target")}


def test_relative_year_resolves_against_the_article_date(extract):
    text = HEAD + "Kota Palembang didorong untuk mempertahankan predikat KKPHAM pada tahun ini."
    assert facts_of(extract(text, date(2024, 2, 19))) == {("16.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_next_year(extract):
    text = HEAD + "Kabupaten Sragen yakin naik ke KLA Madya tahun depan."
    assert facts_of(extract(text, date(2019, 7, 24))) == {("33.14", "KLA", "Madya", 2020, "target")}


def test_decree_assessment_year_wins_over_the_decree_date(extract):
    text = (HEAD + "Kemenkumham menetapkan Kota Kediri sebagai kota peduli HAM. Dasar penetapannya adalah "
            "Kepmenkumham Nomor M.HH-02.HA.02.01.01 Tahun 2022 Tentang Penetapan Kabupaten/Kota Peduli Hak Asasi "
            "Manusia Pada Tahun 2021.")
    assert facts_of(extract(text)) == {("35.71", "KKPHAM", "Peduli HAM", 2021, "achieved")}


def test_kkpham_decree_without_assessment_year_means_the_year_before(extract):
    text = (HEAD + "Lewat Surat Keputusan Nomor M.HH-03.HA.02.01.01 Tahun 2023 tentang penetapan kabupaten/kota "
            "peduli HAM, Menteri mengukuhkan Kota Palu sebagai kota yang peduli HAM.")
    assert {y for _, _, _, y, _ in facts_of(extract(text))} == {2022}


def test_fiscal_year_of_an_audit_opinion(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2023 pada Senin (27/5/2024). "
            "Kabupaten Lahat memperoleh opini WTP.")
    assert facts_of(extract(text)) == {("16.04", "OPINI_BPK", "WTP", 2023, "achieved")}


def test_year_list_gives_one_fact_per_year(extract):
    text = HEAD + "Kota Denpasar meraih WTP atas LKPD tahun anggaran 2013, 2014, dan 2015."
    assert {y for _, _, _, y, _ in facts_of(extract(text))} == {2013, 2014, 2015}


def test_downgrade_between_grades(extract):
    text = HEAD + "Pada 2018 opini Kota Sibolga turun dari WTP menjadi WDP."
    assert facts_of(extract(text)) == {
        ("12.73", "OPINI_BPK", "WDP", 2018, "achieved"),
        ("12.73", "OPINI_BPK", "WTP", 2017, "achieved"),
        ("12.73", "OPINI_BPK", "WTP", 2018, "not_achieved"),
    }


def test_nominee_is_not_a_winner(extract):
    text = HEAD + "Kabupaten Pati masuk bursa nominator Adipura Paripurna."
    assert facts_of(extract(text)) == set()


def test_named_predikat_with_a_determiner_dates_the_fact_before(extract):
    text = (HEAD + "Pada 2014-2016, Kabupaten Bantul selalu meraih opini WTP. Opini WTP tersebut diberikan "
            "atas LKPD tahun anggaran 2013, tahun anggaran 2014, dan tahun anggaran 2015.")
    assert facts_of(extract(text, date(2017, 6, 1))) == {
        ("34.02", "OPINI_BPK", "WTP", y, "achieved") for y in (2013, 2014, 2015)}


def test_a_year_range_is_not_replaced_by_the_article_year(extract):
    text = (HEAD + "LKPD Kabupaten Bantul tahun anggaran 2018 diganjar opini WDP. "
            "Pada 2016-2018, Kabupaten Bantul selalu memperoleh predikat WTP.")
    assert facts_of(extract(text, date(2019, 6, 1))) == {("34.02", "OPINI_BPK", "WDP", 2018, "achieved"),
                                                         ("34.02", "OPINI_BPK", "WTP", None, "achieved")}


def test_a_wish_over_its_subject_makes_next_year_a_target(extract):
    text = HEAD + "Bupati berharap tahun depan Kabupaten Gunungkidul mampu meraih penghargaan Adipura."
    assert facts_of(extract(text, date(2017, 6, 1))) == {("34.03", "ADIPURA", "Adipura", 2018, "target")}


def test_the_year_before_dates_a_past_award(extract):
    text = (HEAD + "Capaian itu naik dibandingkan tahun sebelumnya, ketika Kabupaten Lampung Selatan "
            "mendapat KLA kategori Madya.")
    assert facts_of(extract(text, date(2023, 7, 23))) == {("18.01", "KLA", "Madya", 2022, "achieved")}


def test_copyright_line_dates_an_undated_article(extract):
    text = (HEAD + "Kabupaten Gunungkidul tahun ini belum berhasil mendapatkan penghargaan Adipura.\n"
            "COPYRIGHT © ANTARA 2017")
    assert facts_of(extract(text)) == {("34.03", "ADIPURA", "Adipura", 2017, "not_achieved")}

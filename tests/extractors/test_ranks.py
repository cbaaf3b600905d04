"""Places in a ranking read as grades: "terbaik pertama" -> Terbaik 1, "urutan ke-4" -> Peringkat 4,
"3 (tiga) besar" -> Top 3."""

from datetime import date

import pytest

from extractors.ranks import find_ranks
from tests.conftest import facts_of

HEAD = "Judul berita\n"


@pytest.mark.parametrize("words, grade", [
    ("pengelola terbaik pertama JDIHN", "Terbaik 1"),
    ("JDIH terbaik I nasional", "Terbaik 1"),
    ("terbaik ke - 6 se - Indonesia", "Terbaik 6"),
    ("masih di urutan ke - 4 ,", "Peringkat 4"),
    ("menempati peringkat tiga", "Peringkat 3"),
    ("di posisi ketiga ,", "Peringkat 3"),
    ("peringkat II .", "Peringkat 2"),
    ("menembus 3 ( tiga ) besar nominasi", "Top 3"),
    ("masuk sepuluh besar", "Top 10"),
])
def test_places(words, grade):
    assert [r.grade for r in find_ranks(words.split())] == [grade]


@pytest.mark.parametrize("words", [
    "5 terbaik nasional",  # a group of the best, not a place
    "JDIH terbaik i",  # a roman numeral only in capitals
    "rumah besar",
    "peringkat A",  # a letter grade
    "peringkat 74 dari 514",  # a position in a league table
    "berada di urutan ketujuh dari bawah",  # counted from the last place
    "menempati peringkat kelima terendah",
])
def test_no_place(words):
    assert find_ranks(words.split()) == []


def test_a_ranked_award_takes_its_place_as_grade(extract):
    text = ("Banyuwangi Raih Penghargaan JDIHN 2020\nKemenkumham menobatkan Pemerintah Kabupaten Banyuwangi menjadi pengelola terbaik pertama Jaringan "
            "Dokumentasi dan Informasi Hukum Nasional (JDIHN) 2020.")
    assert facts_of(extract(text, date(2020, 11, 27))) == {("35.10", "JDIHN_AWARD", "Terbaik 1", 2020, "achieved")}


def test_a_place_with_no_predikat_named_ranks_the_one_discussed(extract):
    text = (HEAD + "Ombudsman RI menganugerahkan Predikat Kepatuhan 2018 kepada 97 instansi. Kabupaten Pemalang "
            "berhasil menembus 3 (tiga) besar.")
    assert facts_of(extract(text, date(2018, 10, 12))) == {("33.27", "OMBUDSMAN_KEPATUHAN", "Top 3", 2018, "achieved")}


def test_top_places_of_peduli_ham_are_terbaik_nasional(extract):
    text = HEAD + "Kota Mojokerto meraih peringkat pertama Kabupaten/Kota Peduli HAM 2023."
    assert facts_of(extract(text, date(2023, 12, 11))) == {("35.76", "KKPHAM", "Terbaik Nasional", 2023, "achieved")}


def test_places_in_a_ranking_from_the_lowest_are_no_award():
    words = "persentase paling rendah ditempati Nias Barat di peringkat satu terbawah , disusul Labuhanbatu di peringkat kedua"
    assert find_ranks(words.split()) == []

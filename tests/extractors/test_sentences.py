"""The sentence splitter on Indonesian news style."""

import pytest


def sentences(nlp, text):
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("predikat_sentences")(doc)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


def test_no_split_after_kab_abbreviation(nlp):
    assert sentences(nlp, "Penghargaan diterima Kab. Lahat dan Kota Palembang.") == [
        "Penghargaan diterima Kab. Lahat dan Kota Palembang."]


def test_no_split_after_initial_or_title(nlp):
    text = "Menkumham Yasonna H. Laoly menyerahkan piagam kepada Dr. Ilham Djaya di Jakarta."
    assert len(sentences(nlp, text)) == 1


def test_no_split_inside_day_and_date(nlp):
    text = "Tim melakukan koordinasi pada Jumat (16/2) dengan Pemkot Lubuklinggau."
    assert len(sentences(nlp, text)) == 1


def test_decree_number_does_not_split(nlp):
    text = "Berdasarkan Kepmenkumham Nomor M.HH-03.HA.02.01.01 Tahun 2023 sebanyak 12 daerah ditetapkan."
    assert len(sentences(nlp, text)) == 1


def test_split_at_full_stop_before_capital(nlp):
    assert sentences(nlp, "Kota Palu meraih predikat. Kabupaten Poso juga.") == [
        "Kota Palu meraih predikat.", "Kabupaten Poso juga."]


def test_title_line_stands_alone(nlp):
    text = "Sumsel raih penghargaan\nid sumsel, ham, penghargaan\n\nPalembang (ANTARA) - Isi berita."
    got = sentences(nlp, text)
    assert got[0] == "Sumsel raih penghargaan"


def test_wrapped_line_continues_sentence(nlp):
    text = "Judul\nKoordinasi agar lebih meningkatkan\npelayanan publik berbasis HAM sesuai aturan."
    assert sentences(nlp, text)[1] == "Koordinasi agar lebih meningkatkan\npelayanan publik berbasis HAM sesuai aturan."


@pytest.mark.parametrize("bullet", ["- ", "• ", "1. "])
def test_list_items_on_their_own_lines_split(nlp, bullet):
    text = f"Daerah penerima adalah:\n{bullet}Kota Padang\n{bullet}Kota Solok"
    assert len(sentences(nlp, text)) == 3


def test_a_letter_grade_ends_its_sentence_although_it_looks_like_an_initial(nlp):
    text = "Nilai SAKIP Lampung masih berada di predikat B. Ketujuh pemda peraih predikat A adalah Jatim."
    assert sentences(nlp, text) == ["Nilai SAKIP Lampung masih berada di predikat B.",
                                    "Ketujuh pemda peraih predikat A adalah Jatim."]
    assert len(sentences(nlp, "Piagam diserahkan kepada Agus B. Santoso di Jakarta.")) == 1


def test_a_list_numbered_inline_after_a_colon_does_not_split(nlp):
    text = "-Kabupaten/Kota Layak Anak Kategori Nindya: 1. Kota Depok, 2. Kabupaten Bogor.\nIsi berita."
    assert sentences(nlp, text)[0] == "-Kabupaten/Kota Layak Anak Kategori Nindya: 1. Kota Depok, 2. Kabupaten Bogor."

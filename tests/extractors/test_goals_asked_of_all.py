"""Goals asked of every holder at once: "seluruh kabupaten/kota", "para bupati dan wali kota", ..."""

from datetime import date

import pytest

from tests.conftest import facts_of

HEAD = "Judul berita\n"

HOLDERS = (HEAD + "Ketiga daerah tersebut yakni Kota Batam, Kota Tanjungpinang dan Kabupaten Bintan, yang meraih "
           "predikat Kabupaten/Kota Peduli HAM atas hasil penilaian tahun 2022.\n")
KEPT = {("21.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
        ("21.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
        ("21.01", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def kept(extraction) -> set:
    return {f for f in facts_of(extraction) if f[4] == "maintain_target"}


def test_all_regions_asked_to_keep_the_predikat_pointed_back_at(extract):
    # blind121's b121_06: "Ia meminta seluruh kabupaten/kota mempertahankan predikat tersebut pada penilaian tahun
    # 2024": "tersebut" points at the predikat, so "seluruh kabupaten/kota" is no count of names said before (which
    # would find none, the names being three sentences back)
    text = HOLDERS + ("Gubernur Kepri Ansar Ahmad menyampaikan terima kasih kepada bupati dan wali kota. Tantangan di Kepri "
                      "berbeda, sebagian besar wilayahnya laut.\n"
                      "Ia meminta seluruh kabupaten/kota mempertahankan predikat tersebut pada penilaian tahun 2024.")
    assert kept(extract(text, date(2023, 12, 12))) == KEPT
    # (the whole pointed back at is still a count of the names before: "seluruh kabupaten/kota tersebut diminta
    # mempertahankan predikat pada 2024")
    text = HOLDERS + "Seluruh kabupaten/kota tersebut diminta mempertahankan predikat itu pada penilaian tahun 2024."
    assert kept(extract(text, date(2023, 12, 12))) == KEPT


def test_the_heads_of_all_regions_asked_to_keep_it_ask_their_regions(extract):
    # blind127's b127_09: "Safrizal meminta para bupati dan wali kota di Babel mempertahankan predikat tersebut pada
    # 2024"
    text = HOLDERS + "Ansar meminta para bupati dan wali kota di Kepri mempertahankan predikat tersebut pada 2024."
    assert kept(extract(text, date(2023, 12, 12))) == KEPT
    text = HOLDERS + "Ansar mengajak seluruh kepala daerah di Kepri mempertahankan predikat tersebut pada 2024."
    assert kept(extract(text, date(2023, 12, 12))) == KEPT
    # (people who head no region are no regions: "para kepala dinas")
    text = HOLDERS + "Ansar meminta para kepala dinas di Kepri mempertahankan predikat tersebut pada 2024."
    assert not kept(extract(text, date(2023, 12, 12)))
    # (the heads of one level ask the regions of that level: "para bupati" not the kota)
    text = HOLDERS + "Ansar meminta para bupati di Kepri mempertahankan predikat tersebut pada 2024."
    assert {f[0] for f in kept(extract(text, date(2023, 12, 12)))} == {"21.01"}
    # (and only after a word that groups them: "istri bupati dan wali kota" are not the heads)
    text = HOLDERS + "Ketua TP PKK meminta istri bupati dan wali kota mempertahankan predikat tersebut pada 2024."
    assert not kept(extract(text, date(2023, 12, 12)))


def test_a_verb_of_going_along_with_heads_still_asks_nobody(extract):
    # "didampingi para bupati" is company, not coaching: no goal for anyone
    text = HOLDERS + ("Penghargaan diterima Gubernur Kepri Ansar Ahmad yang didampingi para bupati dan wali kota di "
                      "Jakarta.")
    assert {f[4] for f in facts_of(extract(text, date(2023, 12, 12)))} == {"achieved"}


def test_members_named_of_the_group_asked_before_hold_it_and_are_asked_to_keep_it(extract):
    # blind127's b127_05: "Ia juga meminta daerah yang sudah menyandang predikat agar mempertahankannya pada penilaian
    # tahun ini. Beberapa di antaranya Kota Padang, Kota Bukittinggi dan Kabupaten Agam yang selama ini dinilai
    # konsisten."
    text = (HEAD + "Pada penilaian tahun 2022, sebanyak 14 dari 19 kabupaten/kota di Sumbar berhasil meraih predikat "
            "KKPHAM.\nIa juga meminta daerah yang sudah menyandang predikat agar mempertahankannya pada penilaian tahun "
            "ini. Beberapa di antaranya Kota Padang dan Kabupaten Agam yang selama ini dinilai konsisten.")
    found = {f for f in facts_of(extract(text, date(2024, 3, 6))) if f[0] in {"13.71", "13.06"}}
    assert found == {("13.71", "KKPHAM", "Peduli HAM", 2022, "achieved"),
                     ("13.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                     ("13.06", "KKPHAM", "Peduli HAM", 2022, "achieved"),
                     ("13.06", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (members of a group asked to keep it that is not said to hold it are only asked)
    text = text.replace("daerah yang sudah menyandang predikat agar mempertahankannya", "seluruh daerah agar "
                        "mempertahankan predikat itu")
    found = {f for f in facts_of(extract(text, date(2024, 3, 6))) if f[0] == "13.71"}
    assert found == {("13.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (not after a second group, the ones without it)
    text = (HEAD + "Pada penilaian tahun 2022, sebanyak 14 dari 19 kabupaten/kota di Sumbar berhasil meraih predikat "
            "KKPHAM.\nIa meminta daerah yang sudah menyandang predikat agar mempertahankannya pada penilaian tahun ini, "
            "sementara daerah yang belum diminta segera berbenah. Di antaranya Kabupaten Kepulauan Mentawai.")
    assert not {f for f in facts_of(extract(text, date(2024, 3, 6))) if f[0] == "13.09"}


def test_the_ones_holding_it_asked_in_a_quote_keep_it_for_the_round_the_quote_named(extract):
    # blind135's b135_04 (February 2024): '"Tahun ini kami targetkan tidak ada lagi daerah di Kalbar yang tertinggal.
    # Yang sudah meraih harus mempertahankan, yang belum harus mengejar," kata Kepala Kanwil ...' (the holders named
    # later: "pada penilaian tahun 2023, sebanyak sembilan kabupaten/kota ... yakni ...")
    text = ("Kemenkumham Kalbar dorong 14 kabupaten/kota raih predikat Peduli HAM 2024\n"
            '"Tahun ini kami targetkan tidak ada lagi daerah di Kalbar yang tertinggal. Yang sudah meraih harus '
            'mempertahankan, yang belum harus mengejar," kata Kepala Kanwil Kemenkumham Kalbar Tito.\n'
            "Ia menyebutkan pada penilaian tahun 2023, sebanyak dua kabupaten/kota di Kalbar ditetapkan sebagai daerah "
            "peduli HAM, yakni Kota Pontianak dan Kota Singkawang.")
    assert kept(extract(text, date(2024, 2, 22))) == {("61.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                                                     ("61.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (the year of a history told in the quote is no round to keep it for: "Ini kali kedua Minut meraih predikat peduli
    # HAM setelah tahun 2021. Ke depan predikat ini harus kita pertahankan")
    text = text.replace("Tahun ini kami targetkan", "Setelah tahun 2021, kami targetkan")
    assert not {f for f in kept(extract(text, date(2024, 2, 22))) if f[3] is not None}


def test_keeping_asked_of_every_region_for_a_round_not_told_is_a_wish(extract):
    # blind139's b139_01: "Ia meminta seluruh daerah menjaga capaian itu pada penilaian berikutnya." (no year told)
    text = HOLDERS + "Gubernur Kepri Ansar Ahmad mengapresiasi kerja sama itu. Ia meminta seluruh daerah menjaga capaian itu pada penilaian berikutnya."
    assert not kept(extract(text, date(2023, 12, 12)))
    # (the round told, it is asked of them: "... pada penilaian tahun 2024")
    text = text.replace("pada penilaian berikutnya", "pada penilaian tahun 2024")
    assert kept(extract(text, date(2023, 12, 12))) == KEPT


def test_the_holders_of_a_grade_are_aimed_at_the_next(extract):
    # blind135's b135_10: "Soraya berharap daerah yang sudah meraih Nindya dapat naik ke kategori Utama pada 2024."
    text = ("Judul\nKota Samarinda dan Kota Balikpapan meraih predikat KLA kategori Nindya tahun 2023, sedangkan Kabupaten "
            "Berau meraih kategori Madya. Soraya berharap daerah yang sudah meraih Nindya dapat naik ke kategori Utama "
            "pada 2024.")
    goals = {f for f in facts_of(extract(text, date(2023, 7, 25))) if f[4] == "target"}
    assert goals == {("64.72", "KLA", "Utama", 2024, "target"), ("64.71", "KLA", "Utama", 2024, "target")}


GRADES = ("Judul\nKota Samarinda dan Kota Balikpapan meraih predikat KLA kategori Nindya tahun 2023, sedangkan Kabupaten "
          "Berau meraih kategori Madya. ")


@pytest.mark.parametrize("sentence, aimed", [
    # every grade named, and only those holders
    ("Soraya berharap daerah yang sudah meraih Madya dan Nindya dapat naik ke kategori Utama pada 2024.",
     {"64.72", "64.71", "64.03"}),
    # the level named
    ("Soraya berharap kota yang sudah meraih Nindya dapat naik ke kategori Utama pada 2024.", {"64.72", "64.71"}),
    ("Soraya berharap kabupaten yang sudah meraih Nindya dapat naik ke kategori Utama pada 2024.", set()),
    # others aimed at, not themselves
    ("Soraya berharap daerah yang sudah meraih Nindya dapat membina daerah lain agar naik ke kategori Madya pada 2024.",
     set()),
])
def test_scope_the_holders_of_a_grade_aimed_at_the_next(extract, sentence, aimed):
    goals = {f[0] for f in facts_of(extract(GRADES + sentence, date(2023, 7, 25))) if f[4] == "target"}
    assert goals == aimed


def test_scope_the_grade_of_the_holders_aimed_at_filters_only_their_goal(extract):
    text = GRADES + ("Gubernur meminta predikat KLA itu dipertahankan pada 2024, dan daerah yang sudah meraih Nindya dapat "
                     "naik ke kategori Utama pada 2024.")
    kept = {f[0] for f in facts_of(extract(text, date(2023, 7, 25))) if f[4] == "maintain_target"}
    assert "64.03" in kept


@pytest.mark.parametrize("sentence, aimed", [
    # blind148's b148_13: "Untuk daerah yang masih Pratama, kami dorong naik ke Madya tahun depan."
    ('"Untuk daerah yang masih Madya, kami dorong naik ke Nindya pada 2024," ujarnya.', {"64.03"}),
    ("Soraya berharap kabupaten yang masih berada di kategori Madya dapat naik ke Nindya pada 2024.", {"64.03"}),
    # (the ones still at a grade nobody holds: nobody)
    ("Soraya berharap daerah yang masih Pratama dapat naik ke Madya pada 2024.", set()),
])
def test_the_holders_still_at_a_grade_are_aimed_at_the_next(extract, sentence, aimed):
    goals = {f[0] for f in facts_of(extract(GRADES + sentence, date(2023, 7, 25))) if f[4] == "target"}
    assert goals == aimed


def test_keeping_asked_in_the_quote_of_a_list_is_asked_of_the_list(extract):
    # blind160's b160_02: '"Delapan daerah itu adalah Kota Pontianak, ... dan Kayong Utara. Kami minta predikat ini
    # dipertahankan," kata Tito ...'
    text = ("Judul\nKanwil mendampingi pemerintah kabupaten/kota menyiapkan penilaian KKPHAM tahun 2024.\nMenurut Kepala "
            "Kanwil, baru dua daerah yang menyandang predikat tersebut berdasarkan hasil penilaian tahun 2022.\n\"Dua daerah "
            "itu adalah Kota Pontianak dan Kota Singkawang. Kami minta predikat ini dipertahankan,\" kata Tito.")
    kept = facts_of(extract(text, date(2024, 3, 6)), status="maintain_target")
    assert {f[0] for f in kept} == {"61.71", "61.72"}
    # (not once the quote is closed: the keeping asked there is of nobody named)
    text = text.replace("Singkawang. Kami", "Singkawang,\" katanya. \"Kami")
    assert facts_of(extract(text, date(2024, 3, 6)), status="maintain_target") == set()


def test_the_ones_holding_it_named_with_no_noun(extract):
    # blind157's b157_05: '"Untuk yang sudah meraih, kami minta predikat itu dipertahankan tahun ini. ..."'
    text = ("Judul\nPada penilaian tahun 2023, Kota Jambi dan Kabupaten Batanghari meraih predikat KKPHAM, sedangkan "
            "Kabupaten Kerinci dan Sarolangun belum meraih predikat tersebut.\n\"Untuk yang sudah meraih, kami minta "
            "predikat itu dipertahankan tahun ini,\" ujarnya.")
    found = facts_of(extract(text, date(2024, 2, 20)), status="maintain_target")
    assert {f[0] for f in found} == {"15.71", "15.04"}


def test_heads_of_both_levels_asked_with_no_group_word_are_every_holder(extract):
    text = ("Seluruh Kabupaten/Kota di Gorontalo Sandang Predikat Peduli HAM\nGorontalo (ANTARA) - Enam kabupaten dan kota "
            "di Provinsi Gorontalo ditetapkan sebagai Kabupaten/Kota Peduli HAM tahun 2018. Keenam daerah itu ialah Kota "
            "Gorontalo, Kabupaten Gorontalo, Boalemo, Bone Bolango, Pohuwato dan Gorontalo Utara.\nAtas capaian "
            "tersebut, Pemerintah Provinsi Gorontalo menerima penghargaan sebagai provinsi pembina Kabupaten/Kota Peduli "
            "HAM.\n\"Saya minta bupati dan wali kota menjaga predikat ini pada penilaian tahun 2019,\" kata Gubernur.")
    found = facts_of(extract(text, date(2019, 12, 11)), status="maintain_target")
    assert ("75.02", "KKPHAM", "Peduli HAM", 2019, "maintain_target") in found
    assert ("75.71", "KKPHAM", "Peduli HAM", 2019, "maintain_target") in found

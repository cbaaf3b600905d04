"""Coaching (pendampingan, pembinaan): what the coached get, and for which round."""

from datetime import date

import pytest

from tests.conftest import facts_of

LEAD = ("Kemenkumham Sulteng Targetkan Tiga Kabupaten Raih Predikat Peduli HAM\n"
        "PALU - Kanwil Kemenkumham Sulawesi Tengah menggelar rapat koordinasi penilaian Kabupaten/Kota Peduli HAM, "
        "Rabu (6/3/2024).\n"
        "Kepala Kanwil mengatakan, rakor tersebut menjadi langkah awal agar seluruh kabupaten/kota di Sulteng dapat "
        "meraih predikat peduli HAM pada penilaian tahun ini.\n")
COACHED = ("Adapun tiga daerah yang belum meraih predikat, yakni Kabupaten Sigi, Buol dan Morowali Utara, akan "
           "mendapat pendampingan khusus dari tim kanwil.")


def test_coaching_got_is_no_predikat_got(extract):
    # blind123's b123_06: "... yang belum meraih predikat, yakni ..., akan mendapat pendampingan khusus dari tim kanwil"
    statuses = {(f[0], f[4]) for f in facts_of(extract(LEAD + COACHED, date(2024, 3, 6)))}
    assert ("72.10", "achieved") not in statuses
    assert {("72.10", "not_achieved"), ("72.10", "target")} <= statuses
    # (a predikat got is still got: "mendapat predikat")
    text = LEAD + "Pada penilaian tahun 2022, Kabupaten Sigi mendapat predikat peduli HAM."
    assert ("72.10", "achieved") in {(f[0], f[4]) for f in facts_of(extract(text, date(2024, 3, 6)))}


def test_undated_coaching_is_for_the_round_the_lead_aims_at(extract):
    # the lead aims at "penilaian tahun ini" (2024): the coaching told later without a year is for that round
    targets = {f for f in facts_of(extract(LEAD + COACHED, date(2024, 3, 6))) if f[4] == "target"}
    assert ("72.10", "KKPHAM", "Peduli HAM", 2024, "target") in targets
    # (with no round aimed at in the lead, it stays undated)
    lead = LEAD.replace(" pada penilaian tahun ini", "")
    targets = {f for f in facts_of(extract(lead + COACHED, date(2024, 3, 6))) if f[4] == "target" and f[0] == "72.10"}
    assert targets == {("72.10", "KKPHAM", "Peduli HAM", None, "target")}


def test_coaching_with_no_round_is_for_the_round_the_coaching_before_was_for(extract):
    # blind125's b125_02: '"Sembilan daerah lainnya belum memenuhi nilai minimal. Tahun ini kami dampingi satu per satu
    # supaya pada penilaian 2024 mereka bisa naik kelas," kata Marciana. Kesembilan daerah yang didampingi itu adalah
    # ...'
    text = ("Kemenkumham NTT Dampingi Dua Daerah yang Belum Raih Predikat KKPHAM\n"
            "Kupang - Kanwil mulai mendampingi pemerintah daerah yang belum meraih predikat Kabupaten/Kota Peduli HAM.\n"
            '"Dua daerah lainnya belum memenuhi nilai minimal. Tahun ini kami dampingi satu per satu supaya pada '
            'penilaian 2024 mereka bisa naik kelas," kata Marciana.\n'
            "Kedua daerah yang didampingi itu adalah Kabupaten Sumba Barat dan Kabupaten Lembata.")
    targets = {f for f in facts_of(extract(text, date(2024, 2, 28))) if f[4] == "target"}
    assert targets == {("53.12", "KKPHAM", "Peduli HAM", 2024, "target"), ("53.13", "KKPHAM", "Peduli HAM", 2024, "target")}
    # (not the round of coaching towards another predikat)
    text = (HEAD_OTHER + "Kanwil juga mendampingi Lapas Palu agar pada penilaian WBK tahun 2025 bisa lolos.\n"
            "Kabupaten Buol ditargetkan meraih predikat Kabupaten Peduli HAM.")
    assert ("72.05", "KKPHAM", "Peduli HAM", None, "target") in facts_of(extract(text, date(2024, 3, 6)))


def test_they_as_the_subject_of_coaching_are_the_names_before(extract):
    # blind123's b123_05: '"Keenam daerah itu adalah Kabupaten Kepulauan Selayar, ... dan Kota Palopo. Mereka menjadi
    # prioritas pendampingan kami tahun ini," kata Liberti.'
    text = ("Kemenkumham Sulsel Dampingi Pemkab Maros\n"
            "Maros merupakan satu dari dua daerah di Sulsel yang belum masuk daftar penerima penghargaan KKPHAM.\n"
            '"Kedua daerah itu adalah Kabupaten Maros dan Kota Palopo. Mereka menjadi prioritas pendampingan kami tahun '
            'ini," kata Liberti.')
    targets = {f for f in facts_of(extract(text, date(2024, 5, 16))) if f[4] == "target"}
    assert targets == {("73.09", "KKPHAM", "Peduli HAM", 2024, "target"), ("73.73", "KKPHAM", "Peduli HAM", 2024, "target")}
    # ("dorongan kuat mereka": theirs, no subject pointed back)
    text = (HEAD_OTHER + "Menteri mengapresiasi para kepala daerah atas keteladanan dan dorongan kuat mereka mewujudkan "
            "pemerintahan yang baik.")
    assert {f[4] for f in facts_of(extract(text, date(2019, 2, 1)))} == {"achieved"}


HEAD_OTHER = ("Pemprov Kalsel dan Jawa Timur Raih SAKIP A\n"
              "Pemprov Kalsel dan Pemprov Jawa Timur meraih predikat A dalam evaluasi SAKIP tahun 2018.\n")


DENIED = ("Judul berita\nPada penilaian tahun 2023, tiga kabupaten di Bali meraih predikat KKPHAM. Dua kabupaten yang "
          "belum meraih predikat tersebut adalah Kabupaten Bangli dan Kabupaten Karangasem.\n")


@pytest.mark.parametrize("sentence", [
    # blind110's b110_01, blind134's b134_04, blind95's b95_02, blind121's b121_07
    '"Dua daerah yang belum lolos akan kami dampingi agar bisa menyusul pada penilaian tahun 2024," ujarnya.',
    '"Dua daerah yang belum itu akan kami dampingi secara intensif agar pada penilaian tahun depan bisa menyusul," ujarnya.',
    '"Daerah yang belum meraih predikat akan kami dampingi, terutama dalam melengkapi data dukung, agar bisa masuk '
    'kategori peduli HAM pada penilaian tahun 2024," ujarnya.',
    '"Keduanya akan kami dampingi secara intensif agar tahun depan Bali bisa 100 persen," kata Sorta.',
    # blind136's b136_15: the object left out, in the quote that named them
    '"Kami akan dampingi agar bisa meraih predikat Peduli HAM pada 2024," ujarnya.',
    # blind103's b103_09: the ones coached as its object
    '"Kanwil bersama Biro Hukum Pemprov Bali akan mendampingi kedua kabupaten itu, sehingga pada penilaian tahun 2024 '
    'seluruh kabupaten/kota di Bali bisa meraih predikat peduli HAM," katanya.',
])
def test_coaching_of_the_regions_just_denied_it_is_for_the_round_its_purpose_names(extract, sentence):
    goals = {f for f in facts_of(extract(DENIED + sentence, date(2023, 12, 12))) if f[4] == "target"}
    assert goals == {("51.06", "KKPHAM", "Peduli HAM", 2024, "target"), ("51.07", "KKPHAM", "Peduli HAM", 2024, "target")}


def test_coaching_of_a_count_that_is_not_the_regions_just_denied_is_nobodys(extract):
    sentence = '"Tiga daerah yang belum lolos akan kami dampingi agar bisa menyusul pada penilaian tahun 2024," ujarnya.'
    assert not {f for f in facts_of(extract(DENIED + sentence, date(2023, 12, 12))) if f[4] == "target"}
    # (nor coaching of a region the sentence names itself: that one is coached)
    sentence = '"Daerah yang belum lolos, yakni Kabupaten Jembrana, akan kami dampingi pada tahun 2024," ujarnya.'
    goals = {f[0] for f in facts_of(extract(DENIED + sentence, date(2023, 12, 12))) if f[4] == "target"}
    assert "51.06" not in goals and "51.07" not in goals


def test_coaching_takes_the_round_of_a_target_the_next_sentence_sets(extract):
    # blind123's b123_04: "Kanwil Kemenkumham Sulbar menyatakan akan melakukan pendampingan kepada kedua daerah itu.
    # 'Kami ingin pada tahun 2024 enam kabupaten di Sulbar semuanya menyandang predikat peduli HAM,' ujar ..."
    text = DENIED + ("Kanwil Kemenkumham Bali menyatakan akan melakukan pendampingan kepada kedua daerah itu.\n"
                     '"Kami menargetkan seluruh kabupaten/kota di Bali meraih predikat peduli HAM pada penilaian tahun '
                     '2024," ujar Kepala Divisi.')
    goals = {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "target"}
    assert goals == {("51.06", "KKPHAM", "Peduli HAM", 2024, "target"), ("51.07", "KKPHAM", "Peduli HAM", 2024, "target")}


def test_scope_coaching_toward_something_else_or_a_goal_of_others_next(extract):
    # coaching in drafting a regulation is no coaching toward the predikat
    text = ("Judul berita\nSementara Kabupaten Bangli dan Kabupaten Karangasem belum meraih predikat KLA tahun 2023. "
            "Pemprov Bali akan memberikan pendampingan kepada kedua kabupaten itu dalam penyusunan Ranperda Disabilitas "
            "tahun 2024.")
    assert not {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "target"}
    # a dated goal of another region, next, is not the coached ones' round
    text = ("Judul berita\nKota Denpasar meraih predikat Kota Peduli HAM 2023. Kanwil akan mendampingi Kabupaten Bangli "
            "dan Kabupaten Karangasem meraih predikat Peduli HAM. Bupati Badung menargetkan Kabupaten Badung meraih "
            "predikat Peduli HAM tahun 2026.")
    goals = {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "target" and f[0] in {"51.06", "51.07"}}
    assert {f[3] for f in goals} == {None}


@pytest.mark.parametrize("sentence", [
    "Ia juga mengimbau agar opini WTP dari BPK dipertahankan pada 2024.",
    "Kakanwil meminta agar predikat Peduli HAM yang sudah diraih dipertahankan pada penilaian tahun 2024.",
])
def test_scope_asking_with_a_purpose_is_no_coaching_of_the_regions_just_denied(extract, sentence):
    text = DENIED + sentence
    assert not {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "target" and f[0] in {"51.06", "51.07"}}


def test_a_goal_of_regions_pointed_back_at_is_theirs_over_names_in_what_follows_from_it(extract):
    # blind106's b106_16: '"Kami harap tahun depan ketujuh kabupaten itu bisa menyusul, sehingga Jawa Barat bisa seperti
    # Jawa Timur dan Jawa Tengah ...," ujarnya.'
    text = DENIED + '"Kami harap tahun depan kedua kabupaten itu bisa menyusul, sehingga Bali bisa seperti NTB," ujarnya.'
    goals = {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "target"}
    assert goals == {("51.06", "KKPHAM", "Peduli HAM", 2024, "target"), ("51.07", "KKPHAM", "Peduli HAM", 2024, "target")}


def test_coaching_the_ones_a_relative_clause_denies_the_predikat_is_coaching_for_it(extract):
    # blind153's b153_02: "kami akan mendampingi Kabupaten Nias, ... dan Kota Gunungsitoli yang sampai saat ini belum
    # meraih predikat tersebut"
    text = ("Judul\nSebanyak 20 kabupaten/kota di Sumut meraih predikat KKPHAM.\n\"Pada tahun 2024 kami akan mendampingi "
            "Kabupaten Nias dan Kota Gunungsitoli yang sampai saat ini belum meraih predikat tersebut,\" ujarnya.")
    found = facts_of(extract(text, date(2024, 2, 26)), status="target")
    assert found == {(code, "KKPHAM", "Peduli HAM", 2024, "target") for code in ("12.04", "12.78")}


def test_a_count_pointing_back_takes_the_frames_of_its_own_clause(extract):
    # blind153's b153_03: the five denied are coached; the seven holders are asked to keep it
    text = ("Judul\nSebanyak dua kabupaten/kota di Riau menerima penghargaan Peduli HAM tahun 2021. Meski demikian, dua "
            "daerah lain belum berhasil meraih predikat tersebut, yakni Indragiri Hulu dan Rokan Hilir.\n\"Kedua daerah itu "
            "akan kami dampingi agar tahun depan bisa menyusul, sedangkan daerah yang sudah meraih kami minta "
            "mempertahankannya,\" ujarnya.")
    found = facts_of(extract(text, date(2022, 12, 19)), region_code="14.02")
    assert ("14.02", "KKPHAM", "Peduli HAM", 2023, "target") in found
    assert not {f for f in found if f[4] in {"achieved", "maintain_target"}}


def test_a_goal_a_count_takes_back_stays_beside_a_denial_told_with_the_names(extract):
    # blind148's b148_03
    text = ("Judul\nKanwil mulai mendampingi tiga pemerintah kabupaten yang belum menyandang predikat Kabupaten/Kota "
            "Peduli HAM (KKPHAM) agar dapat meraihnya pada 2024.\n\"Dari sepuluh kabupaten/kota di Kaltim, tujuh sudah "
            "berpredikat Peduli HAM pada 2023. Tiga lainnya kami dampingi secara khusus tahun ini,\" kata Kepala Divisi di "
            "Samarinda, Selasa.\nTiga daerah yang belum meraih predikat tersebut yakni Kabupaten Kutai Barat, Mahakam Ulu "
            "dan Penajam Paser Utara.")
    found = facts_of(extract(text, date(2024, 2, 27)), region_code="64.07")
    assert ("64.07", "KKPHAM", "Peduli HAM", 2024, "target") in found
    assert any(f[4] == "not_achieved" for f in found)


def test_scope_coaching_the_ones_denied_in_a_dated_relative_clause_takes_not_its_year(extract):
    text = ("Judul\nSebanyak 20 kabupaten/kota di Sumut meraih predikat KKPHAM tahun 2023. Tahun ini Kanwil mendampingi "
            "Kabupaten Nias dan Kota Gunungsitoli, yang pada 2023 belum meraih predikat tersebut.")
    assert facts_of(extract(text, date(2024, 2, 26)), status="target", year=2023) == set()


def test_the_result_of_a_goal_set_with_targetkan_is_aimed_at_too(extract):
    # blind160's b160_02: '"Kami targetkan tahun ini keenam daerah tersebut bisa menyusul, sehingga seluruh kabupaten/kota
    # di Kalimantan Barat menyandang predikat Peduli HAM," ujarnya.'
    text = ("Judul\nKota Pontianak menyandang predikat KKPHAM hasil penilaian tahun 2022. Adapun dua daerah yang belum "
            "meraih predikat Peduli HAM, yaitu Kabupaten Sambas dan Bengkayang, akan mendapat pendampingan.\n\"Kami "
            "targetkan tahun ini kedua daerah tersebut bisa menyusul, sehingga seluruh kabupaten/kota di Kalimantan Barat "
            "menyandang predikat Peduli HAM,\" ujarnya.")
    assert facts_of(extract(text, date(2024, 3, 6)), region_code="61.01", status="achieved") == set()

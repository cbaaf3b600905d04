"""Facts over whole passages: lists across sentences, counts, units, the seed article."""

from datetime import date

import pytest

from tests.conftest import facts_of

HEAD = "Judul berita\n"


def test_seed_article_all_17_regions(extract, seed_text):
    """The issue's acceptance case: 12 asked to keep KKPHAM in 2024, 5 coached to reach it in 2024."""
    extraction = extract(seed_text)
    keep = {code for code, _, _, year, status in facts_of(extraction) if status == "maintain_target" and year == 2024}
    coach = {code for code, _, _, year, status in facts_of(extraction) if status == "target" and year == 2024}
    assert keep == {"16.01", "16.03", "16.04", "16.05", "16.06", "16.08", "16.09", "16.10", "16.12", "16.71",
                    "16.72", "16.73"}
    assert coach == {"16.02", "16.07", "16.11", "16.13", "16.74"}
    assert ("Permenkumham", "25", 2023) in {c.key for c in extraction.citations}


def test_list_continues_in_the_next_sentence(extract):
    text = (HEAD + "Sebanyak 5 daerah yang diharapkan dapat mempertahankan predikat KKPHAM 2024 yakni Kabupaten "
            "Lahat, Muara Enim. Kemudian Kabupaten Ogan Ilir, serta Kota Lubuklinggau dan Pagaralam.")
    found = facts_of(extract(text))
    assert {c for c, *_ in found} == {"16.04", "16.03", "16.10", "16.73", "16.72"}
    assert {s for *_, s in found} == {"maintain_target"}


def test_count_points_back_to_the_sentence_that_said_what_they_got(extract):
    text = (HEAD + "Kemenkumham menganugerahkan penghargaan Peduli HAM tahun 2020 kepada enam kabupaten/kota di "
            "Lampung. Keenam Kabupaten/Kota tersebut ialah Lampung Selatan, Lampung Utara, Pringsewu, Tulang Bawang, "
            "Metro dan kota Bandar Lampung.")
    found = facts_of(extract(text))
    assert {c for c, *_ in found} == {"18.01", "18.03", "18.10", "18.05", "18.72", "18.71"}
    assert {(y, s) for _, _, _, y, s in found} == {(2020, "achieved")}


def test_level_hint_from_the_sentence_before(extract):
    text = (HEAD + "Kemenkumham menetapkan 3 daerah di Jatim sebagai kabupaten/kota peduli HAM tahun 2021. "
            "Dari 3 daerah tersebut, 2 di antaranya berstatus kabupaten. Mereka adalah Pacitan dan Kediri. "
            "Sementara satu sisanya merupakan kota yang memperoleh predikat sama. Ketujuhnya ialah Malang.")
    codes = {c for c, *_ in facts_of(extract(text))}
    assert {"35.01", "35.06"} <= codes  # Kediri the kabupaten, from 'berstatus kabupaten'


def test_unit_is_the_holder_not_its_region(extract):
    text = HEAD + "Lapas Kelas IIA Curup di Kabupaten Rejang Lebong meraih predikat WBK tahun 2023."
    extraction = extract(text)
    assert facts_of(extraction) == set()
    units = [(f.holder_kind, f.holder, f.region_code, f.grade) for f in extraction.facts]
    assert units == [("unit", "Lapas Kelas IIA Curup", "17.02", "WBK")]


def test_police_resort_named_after_a_place_is_not_that_place(extract):
    extraction = extract(HEAD + "Polres Pacitan dan Polres Pamekasan meraih predikat WBK tahun 2020.")
    assert facts_of(extraction) == set()
    assert {(f.holder, f.region_code) for f in extraction.facts} == {("Polres Pacitan", None), ("Polres Pamekasan", None)}


def test_province_cannot_hold_a_kabupaten_level_predikat(extract):
    assert facts_of(extract(HEAD + "Provinsi Jawa Tengah meraih predikat Kabupaten Layak Anak 2023.")) == set()


@pytest.mark.parametrize("name, code", [("Kabupaten Lahat", "16.04"), ("Kota Kediri", "35.71"),
                                         ("Kabupaten Banyumas", "33.02"), ("Kota Pekanbaru", "14.71")])
def test_renaming_the_region_changes_only_the_code(extract, name, code):
    """Metamorphic: the same sentence with another region gives the same fact for the other code."""
    template = HEAD + "Pada 2022, {} meraih predikat Kabupaten/Kota Peduli HAM."
    base = facts_of(extract(template.format("Kota Palembang")))
    moved = facts_of(extract(template.format(name)))
    assert {f[1:] for f in base} == {f[1:] for f in moved}
    assert {f[0] for f in moved} == {code}


def test_every_fact_has_evidence_with_its_mention(extract, seed_text):
    extraction = extract(seed_text)
    for fact in extraction.facts:
        assert fact.evidence_start <= fact.mention_start < fact.mention_end <= fact.evidence_end
        assert fact.mention in fact.evidence
        assert 0 < fact.confidence <= 1


def test_fuzzy_and_inherited_facts_score_lower(extract, seed_text):
    facts = {f.holder: f.confidence for f in extract(seed_text).facts if f.status == "target"}
    assert facts["Musirawas Utara"] < facts["Kota Prabumulih"]


def test_numbered_list_after_a_colon_gives_each_item_the_head_frame(extract):
    text = ("BPK Jambi\nBerikut daftar kabupaten/kota penerima opini WTP atas LKPD TA 2022:\n"
            "1. Kota Jambi\n2. Kota Sungai Penuh\n3. Sarolangon\n4. Merangin\n")
    found = facts_of(extract(text))
    assert found == {(code, "OPINI_BPK", "WTP", 2022, "achieved") for code in ("15.71", "15.72", "15.03", "15.02")}


def test_grade_cells_of_a_list(extract):
    text = ("Daftar Predikat KLA 2023 di Sulsel\nBerikut daftar predikat KLA 2023 untuk kabupaten/kota di Sulsel:\n"
            "1. Kota Makassar – Nindya\n2. Kabupaten Bone – Madya\n3. Maros – Pratama\n")
    found = facts_of(extract(text, date(2023, 7, 23)))
    assert found == {("73.71", "KLA", "Nindya", 2023, "achieved"), ("73.08", "KLA", "Madya", 2023, "achieved"),
                     ("73.09", "KLA", "Pratama", 2023, "achieved")}


def test_a_topic_introduced_by_untuk_is_no_purpose(extract):
    text = (HEAD + "Monev KIP tahun 2023 telah diumumkan. Untuk kategori Menuju Informatif diraih "
            "Pemkab Serdang Bedagai dan Pemko Binjai.")
    assert {f[4] for f in facts_of(extract(text))} == {"achieved"}


def test_a_count_points_back_to_names_running_over_two_sentences(extract):
    text = (HEAD + "Kemenkumham menetapkan lima kabupaten/kota di Aceh sebagai Kabupaten/Kota Peduli HAM tahun 2022. "
            "Kelima daerah tersebut yakni Kota Banda Aceh, Sabang dan Langsa. Berikutnya Kabupaten Pidie "
            "serta Bireuen. Sementara itu, Kabupaten Simeulue belum meraih predikat tersebut. "
            "Adapun kelima daerah penerima diminta mempertahankan predikat KKPHAM pada penilaian tahun 2023.")
    kept = {f[0] for f in facts_of(extract(text), status="maintain_target")}
    assert kept == {"11.71", "11.72", "11.74", "11.07", "11.11"}  # Banda Aceh, Sabang, Langsa, Pidie, Bireuen


def test_rising_from_a_grade_is_not_holding_it_now(extract):
    text = (HEAD + "Kota Makassar meraih KLA kategori Nindya tahun 2023. Kota Makassar naik kelas dari "
            "kategori Madya yang diraih pada 2022.")
    assert facts_of(extract(text)) == {("73.71", "KLA", "Nindya", 2023, "achieved"),
                                       ("73.71", "KLA", "Madya", 2022, "achieved")}


def test_a_heading_line_names_the_grade_of_the_bullets_under_it(extract):
    text = ("Adipura Jateng\nBerikut daftar penerima penghargaan Adipura periode 2023 dari Jawa Tengah:\n\n"
            "Adipura\n• Kota Magelang\n• Kota Salatiga\n\nSertifikat Adipura\n• Kabupaten Pati\n• Kabupaten Blora\n")
    assert facts_of(extract(text, date(2024, 3, 6))) == {
        ("33.71", "ADIPURA", "Adipura", 2023, "achieved"), ("33.73", "ADIPURA", "Adipura", 2023, "achieved"),
        ("33.18", "ADIPURA", "Sertifikat Adipura", 2023, "achieved"),
        ("33.16", "ADIPURA", "Sertifikat Adipura", 2023, "achieved")}


def test_table_rows_with_a_score_between_the_name_and_the_grade(extract):
    text = ("Ombudsman Kalbar\nOmbudsman merilis hasil Penilaian Kepatuhan Standar Pelayanan Publik Tahun 2021.\n"
            "Rinciannya sebagai berikut:\nKota Pontianak: 90,07 (zona hijau)\nKabupaten Sambas: 68,90 (zona kuning)\n")
    assert facts_of(extract(text, date(2021, 12, 22))) == {
        ("61.71", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2021, "achieved"),
        ("61.01", "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2021, "achieved")}


def test_a_grade_heading_a_line_of_names(extract):
    text = ("KLA Sulsel\nSepuluh kabupaten/kota di Sulawesi Selatan meraih predikat KLA pada 2024 ini.\n"
            "Rinciannya sebagai berikut:\n- Nindya: Kabupaten Gowa dan Kota Pare-Pare\n"
            "- Pratama: Kabupaten Toraja Utara\n")
    assert facts_of(extract(text, date(2024, 7, 23))) == {
        ("73.06", "KLA", "Nindya", 2024, "achieved"), ("73.72", "KLA", "Nindya", 2024, "achieved"),
        ("73.26", "KLA", "Pratama", 2024, "achieved")}


def test_the_holder_set_aside_by_selain_does_not_share_the_sentence(extract):
    text = (HEAD + "Kota Solo meraih Adipura Kencana 2023. Selain Solo, Kota Magelang meraih Piala Adipura 2023.")
    assert facts_of(extract(text)) == {("33.72", "ADIPURA", "Adipura Kencana", 2023, "achieved"),
                                       ("33.71", "ADIPURA", "Adipura", 2023, "achieved")}


def test_letter_grades_in_list_cells_of_the_articles_predikat(extract):
    text = ("Hasil evaluasi akuntabilitas\nHasil evaluasi SAKIP 2023 untuk kabupaten/kota di Kepri sebagai berikut:\n"
            "Kota Batam – BB\nKota Tanjung Pinang – B\n")
    assert facts_of(extract(text, date(2024, 2, 19))) == {("21.71", "SAKIP", "BB", 2023, "achieved"),
                                                          ("21.72", "SAKIP", "B", 2023, "achieved")}


def test_a_sentence_that_names_its_own_predikat_does_not_continue_the_one_before(extract):
    text = (HEAD + "Kabupaten Indragiri Hulu masih mendapat rapor merah Aksi HAM 2022.\n\nSementara itu, dalam "
            "penilaian Indeks Reformasi Hukum (IRH) 2023, Pemkab Kepulauan Meranti memperoleh nilai 81,2.")
    assert "14.10" not in {f[0] for f in facts_of(extract(text, date(2023, 11, 24)), predikat="AKSI_HAM")}


def test_a_verb_left_out_after_the_first_holder_carries_over(extract):
    text = HEAD + "Kota Makassar meraih KLA Nindya tahun 2023, Kabupaten Bone Madya, dan Kabupaten Maros Pratama."
    assert facts_of(extract(text)) == {("73.71", "KLA", "Nindya", 2023, "achieved"),
                                       ("73.08", "KLA", "Madya", 2023, "achieved"),
                                       ("73.09", "KLA", "Pratama", 2023, "achieved")}


def test_a_kabupaten_holding_a_predikat_is_not_also_the_place_of_villages(extract):
    text = (HEAD + "Kanwil menyerahkan penghargaan Kabupaten/Kota Peduli HAM tahun 2022 kepada tiga pemerintah daerah, "
            "sekaligus mengukuhkan lima desa dan kelurahan sadar hukum. Ketiga daerah penerima ialah Kabupaten "
            "Gorontalo, Kota Gorontalo, dan Kabupaten Bone Bolango.")
    extraction = extract(text, date(2023, 12, 11))
    assert {f.predikat for f in extraction.facts if f.region_code in {"75.01", "75.71", "75.03"}} == {"KKPHAM"}


def test_a_read_also_line_is_another_articles_title(extract):
    # its own fact, with no year of this article's
    text = (HEAD + "BPK memberikan opini WTP atas LKPD Tahun Anggaran 2023 kepada Kabupaten Lahat.\n\n"
            "Baca juga: BPK: Pemprov Sumsel raih WTP 11 kali beruntun\n\nPenyerahan dilakukan di Palembang.")
    assert facts_of(extract(text, date(2024, 5, 22))) == {("16.04", "OPINI_BPK", "WTP", 2023, "achieved"),
                                                          ("16", "OPINI_BPK", "WTP", None, "achieved")}


def test_a_count_points_back_to_a_numbered_list(extract):
    text = ("Judul\nJambi (ANTARA) - BPK memberikan opini WTP atas LKPD Tahun Anggaran 2022.\n"
            "Berikut daftar kabupaten/kota penerima opini WTP atas LKPD TA 2022:\n1. Kota Jambi\n"
            "2. Kota Sungai Penuh\n3. Kabupaten Muaro Jambi\n\nSementara itu, Kabupaten Kerinci memperoleh opini WDP.\n\n"
            "Gubernur Jambi Al Haris mengapresiasi capaian tersebut dan meminta ketiga kabupaten/kota itu "
            "mempertahankan opini WTP.")
    kept = facts_of(extract(text, date(2023, 6, 1)), status="maintain_target")
    assert kept == {(code, "OPINI_BPK", "WTP", None, "maintain_target") for code in ("15.71", "15.72", "15.05")}
    assert not facts_of(extract(text, date(2023, 6, 1)), status="target")  # the asking verb asks, it holds no goal


def test_kami_in_a_quote_speaks_for_the_region_its_head_governs(extract):
    text = ("Judul\nSurabaya (ANTARA) - Kabupaten Malang meraih KLA kategori Nindya 2023.\n\n\"Target kami tahun "
            "depan bisa menembus kategori Utama,\" kata Bupati Malang Sanusi.\n\n\"Kami terus mendorong agar makin "
            "banyak Kabupaten/Kota memperoleh penghargaan KLA,\" kata Simeon Itlay, Staf Ahli Gubernur Jawa Timur.")
    found = facts_of(extract(text, date(2023, 7, 24)))
    assert ("35.07", "KLA", "Utama", 2024, "target") in found
    assert not {f for f in found if f[0] == "35"}  # a governor's staff coaching others holds nothing


def test_rows_of_a_table_with_bars(extract):
    text = ("Hasil evaluasi akuntabilitas\nHasil lengkap evaluasi SAKIP 2023 di Kaltim sebagai berikut:\n\n"
            "No | Daerah | Predikat\n1 | Kota Balikpapan | A\n2 | Kukar | BB\n3 | Kubar | CC\n")
    assert facts_of(extract(text, date(2024, 2, 1))) == {("64.71", "SAKIP", "A", 2023, "achieved"),
                                                         ("64.02", "SAKIP", "BB", 2023, "achieved"),
                                                         ("64.07", "SAKIP", "CC", 2023, "achieved")}


def test_a_letter_grade_right_after_an_achieve_verb(extract):
    text = HEAD + "Evaluasi SAKIP 2023: Kota Balikpapan meraih A, Kabupaten Paser memperoleh B."
    assert facts_of(extract(text, date(2024, 2, 1))) == {("64.71", "SAKIP", "A", 2023, "achieved"),
                                                         ("64.01", "SAKIP", "B", 2023, "achieved")}


def test_grade_words_as_objects_and_a_denial_after_a_list(extract):
    text = (HEAD + "Sebanyak 12 daerah di Kalsel meraih penghargaan KLA 2023. Kota Banjarbaru juga meraih Nindya. "
            "\"Kabupaten Tapin masih Pratama,\" ujarnya. Adapun Kabupaten Balangan belum masuk nominasi tahun ini. "
            "Menurut dia, Balangan masih perlu melengkapi sejumlah indikator.")
    assert facts_of(extract(text, date(2023, 7, 23))) == {
        ("63.72", "KLA", "Nindya", 2023, "achieved"), ("63.05", "KLA", "Pratama", 2023, "achieved"),
        ("63.11", "KLA", None, 2023, "not_achieved")}


def test_list_items_wrapped_onto_the_next_line(extract):
    text = ("Judul\nTERNATE - Berikut daftar penerima penghargaan Kabupaten/Kota Peduli HAM 2023 di Malut:\n\n"
            "1. Kota Ternate\n2. Kota Tidore\nKepulauan\n3. Kabupaten Halmahera\nBarat\n4. Kabupaten Halut\n")
    assert {f[0] for f in facts_of(extract(text, date(2023, 12, 14)))} == {"82.71", "82.72", "82.01", "82.03"}


def test_criteria_not_met_speak_of_the_predikat_named_far_before(extract):
    text = (HEAD + "Enam daerah menerima penghargaan Kabupaten/Kota Peduli HAM tahun 2023. Acara dihadiri pejabat. "
            "Tema tahun ini adalah harmoni. Kegiatan berlangsung meriah. Sementara itu, Halmahera Tengah dan "
            "Pulau Taliabu belum memenuhi kriteria penilaian.")
    assert facts_of(extract(text, date(2023, 12, 14))) == {("82.02", "KKPHAM", "Peduli HAM", 2023, "not_achieved"),
                                                           ("82.08", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_a_holder_after_a_comma_with_its_own_verb_is_another_statement(extract):
    text = ("Kota Kupang Sabet Predikat Sangat Inovatif di IGA 2023, Kabupaten Kupang Naik Kelas\n\n"
            "KUPANG - Berita.\n\nSementara itu, daerah yang memperoleh predikat Sangat Inovatif berpeluang "
            "mendapat insentif. Sementara itu, Kabupaten Malaka dan Rote Ndao tidak dinilai.")
    assert facts_of(extract(text, date(2023, 12, 20))) == {("53.71", "IGA", "Sangat Inovatif", 2023, "achieved")}


def test_respectively_pairs_holders_and_grades_in_order(extract):
    text = (HEAD + "Penganugerahan KLA 2023 digelar di Semarang. Di tingkat Provinsi Nusa Tenggara Barat, Kota Mataram "
            "dan Kabupaten Lombok Barat masing-masing meraih Nindya dan Madya.")
    assert facts_of(extract(text, date(2023, 7, 24))) == {("52.71", "KLA", "Nindya", 2023, "achieved"),
                                                          ("52.01", "KLA", "Madya", 2023, "achieved")}


def test_counted_holders_coached_without_the_predikat_named(extract):
    text = (HEAD + "Kanwil menyerahkan penghargaan Kabupaten/Kota Peduli HAM pada Tahun 2022. Sementara itu, masih ada "
            "tiga daerah yang belum meraih predikat tersebut, yakni Kabupaten Kerinci, Tebo dan Kota Sungai Penuh. "
            "\"Ketiga daerah itu akan kami dampingi secara intensif supaya pada penilaian tahun depan bisa menyusul,\" "
            "ujarnya. \"Ini harus menjadi perhatian bagi ketiga pemerintah daerah tersebut,\" katanya.")
    targets = facts_of(extract(text, date(2023, 12, 12)), status="target")
    assert targets == {(c, "KKPHAM", "Peduli HAM", 2024, "target") for c in ("15.01", "15.09", "15.72")}


def test_names_part_of_a_whole_counted_earlier_take_what_the_whole_got(extract):
    text = (HEAD + "Kanwil menyerahkan penghargaan Kabupaten/Kota Peduli HAM tahun 2022 kepada 14 pemerintah kabupaten "
            "dan kota. Menurut dia, penghargaan tersebut merupakan bentuk apresiasi kepada pemerintah daerah. "
            "Dari 14 daerah penerima, kelompok kota diwakili Kota Padang, Kota Bukittinggi dan Kota Solok.")
    found = facts_of(extract(text, date(2023, 12, 12)))
    assert {("13.71", "KKPHAM", "Peduli HAM", 2022, "achieved"), ("13.75", "KKPHAM", "Peduli HAM", 2022, "achieved"),
            ("13.72", "KKPHAM", "Peduli HAM", 2022, "achieved")} <= found


def test_a_table_header_dates_each_column(extract):
    text = (HEAD + "Opini yang diberikan kepada kedua daerah adalah sebagai berikut:\n"
            "No | Pemerintah Daerah | Opini LKPD TA 2022 | Opini LKPD TA 2023\n"
            "1 | Kabupaten Empat Lawang | WDP | WTP\n"
            "2 | Kota Prabumulih | WTP | WTP\n")
    found = facts_of(extract(text, date(2024, 5, 21)))
    assert found == {("16.11", "OPINI_BPK", "WDP", 2022, "achieved"), ("16.11", "OPINI_BPK", "WTP", 2023, "achieved"),
                     ("16.74", "OPINI_BPK", "WTP", 2022, "achieved"), ("16.74", "OPINI_BPK", "WTP", 2023, "achieved")}


def test_a_handing_over_still_to_come_gives_nothing(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Pemerintah Provinsi Sumatera Selatan Tahun Anggaran 2023 dengan opini "
            "WTP. Adapun LHP untuk sembilan daerah lainnya, termasuk Kabupaten Musi Rawas dan Kota Palembang, "
            "dijadwalkan diserahkan pekan depan.")
    assert facts_of(extract(text, date(2024, 5, 21))) == {("16", "OPINI_BPK", "WTP", 2023, "achieved")}


def test_a_count_subject_keeps_the_holders_before_it_to_their_own_grade(extract):
    text = ("Ombudsman: Banda Aceh dan Sabang Masuk Zona Hijau, Dua Daerah Masih Zona Merah\n"
            "Banda Aceh (ANTARA) - Ombudsman menyampaikan hasil penilaian kepatuhan.")
    # (news of December: the year's round, handed over that month)
    assert facts_of(extract(text, date(2021, 12, 9))) == {
        ("11.71", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2021, "achieved"),
        ("11.72", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2021, "achieved")}


def test_a_sentence_that_names_another_grade_does_not_continue_the_list_before(extract):
    text = (HEAD + "Kota Banda Aceh dan Kota Sabang masuk zona hijau kepatuhan Ombudsman tahun 2021. Adapun zona kuning "
            "ditempati antara lain Kabupaten Aceh Besar dan Nagan Raya.")
    found = facts_of(extract(text, date(2021, 12, 9)))
    assert {(c, g) for c, _, g, _, _ in found} == {("11.71", "Zona Hijau"), ("11.72", "Zona Hijau"),
                                                   ("11.06", "Zona Kuning"), ("11.15", "Zona Kuning")}


def test_a_goal_for_counted_holders_pools_the_sentences_that_gave_them_one_grade(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2022. Kabupaten Manggarai Barat turun menjadi Wajar "
            "Dengan Pengecualian (WDP). Opini WDP juga diberikan kepada Kabupaten Sabu Raijua dan Sumba Barat Daya. "
            "Pengecualian antara lain terkait aset tetap. \"Ketiga daerah tersebut harus segera menindaklanjuti "
            "rekomendasi kami agar opini WTP bisa diraih atas LKPD Tahun Anggaran 2023,\" tegas Adi.")
    goals = facts_of(extract(text, date(2023, 5, 26)), status="target")
    assert goals == {(c, "OPINI_BPK", "WTP", 2023, "target") for c in ("53.15", "53.20", "53.18")}


def test_a_co_coach_and_the_speakers_office_are_not_holders_of_the_goal(extract):
    text = (HEAD + "Sementara itu, empat daerah belum memperoleh predikat Peduli HAM tahun ini. Keempatnya adalah "
            "Kabupaten Lombok Timur, Lombok Utara, Sumbawa dan Kabupaten Bima.\n\"Keempat daerah itu akan terus kami "
            "dorong dan kami bina bersama Pemprov NTB agar tahun depan bisa menyusul,\" kata Kepala Bidang HAM Kanwil "
            "Kemenkumham NTB, Bima Prasetya.")
    goals = facts_of(extract(text, date(2023, 12, 12)), status="target")
    assert goals == {(c, "KKPHAM", "Peduli HAM", 2024, "target") for c in ("52.03", "52.08", "52.04", "52.06")}


def test_a_grade_acronym_in_a_table_row_names_its_grade(extract):
    text = (HEAD + "Berikut opini BPK atas LKPD Tahun Anggaran 2023:\n1. Kota Kupang : WTP\n"
            "8. Kabupaten Sabu Raijua : TMP\n")
    found = facts_of(extract(text, date(2024, 5, 22)))
    assert found == {("53.71", "OPINI_BPK", "WTP", 2023, "achieved"), ("53.20", "OPINI_BPK", "TMP", 2023, "achieved")}


def test_keeping_that_achievement_keeps_the_grade_each_holder_was_said_to_hold(extract):
    text = (HEAD + "Penilaian Kepatuhan Ombudsman tahun 2022 diumumkan. Kota Pontianak dan Kabupaten Kubu Raya meraih "
            "predikat Kualitas Tertinggi. Ia meminta Kota Pontianak dan Kubu Raya mempertahankan capaian tersebut.")
    keep = facts_of(extract(text, date(2022, 12, 23)), status="maintain_target")
    assert {(c, g) for c, _, g, _, _ in keep} == {("61.71", "Kualitas Tertinggi"), ("61.12", "Kualitas Tertinggi")}


def test_a_similar_award_is_this_articles_predikat_not_a_read_also_headline(extract):
    text = ("Kota Tegal Kembali Sandang Predikat Kota Peduli HAM\nTEGAL – Pemerintah Kota Tegal kembali meraih "
            "penghargaan sebagai Kota Peduli Hak Asasi Manusia (HAM) pada Tahun 2021.\n\n"
            "Baca juga: Kabupaten Tegal Raih Piala Adipura Kategori Kota Sedang\n\n"
            "Selain Kota Tegal, Kabupaten Tegal dan Kabupaten Brebes juga menerima penghargaan serupa.")
    found = facts_of(extract(text, date(2022, 12, 13)))
    # (the headline's own Adipura, with no year)
    assert found == {("33.76", "KKPHAM", "Peduli HAM", 2021, "achieved"), ("33.28", "KKPHAM", "Peduli HAM", 2021, "achieved"),
                     ("33.29", "KKPHAM", "Peduli HAM", 2021, "achieved"), ("33.28", "ADIPURA", "Adipura", None, "achieved")}


def test_a_head_quoted_by_name_alone_speaks_for_the_region(extract):
    text = (HEAD + "Penghargaan Kota Peduli HAM diserahkan kepada Wali Kota Tegal Dedy Yon Supriyono pada Tahun 2022.\n"
            "\"Kami berharap predikat ini bisa terus dipertahankan,\" kata Dedy.")
    keep = facts_of(extract(text, date(2022, 12, 13)), status="maintain_target")
    assert {(c, label) for c, label, *_ in keep} == {("33.76", "KKPHAM")}


def test_a_list_goes_on_after_a_read_also_line(extract):
    text = (HEAD + "Kanwil menyerahkan penghargaan Kabupaten/Kota Peduli HAM pada Tahun 2021 kepada lima daerah.\n\n"
            "Kelima daerah tersebut yakni Kota Medan, Binjai dan Sibolga.\n\n"
            "Baca juga: Lapas Kelas I Medan Raih Predikat WBK dari Kementerian PANRB\n\n"
            "Kemudian Kabupaten Deli Serdang dan Langkat.")
    found = facts_of(extract(text, date(2022, 12, 13)))
    assert {c for c, *_ in found} == {"12.71", "12.75", "12.73", "12.07", "12.05"}


def test_a_concessive_clause_speaks_of_the_holders_before_it(extract):
    text = (HEAD + "Kemenkumham menetapkan lima daerah sebagai Kabupaten/Kota Peduli HAM terbaik nasional pada Tahun "
            "2021.\nAdapun Kota Bima dan Kabupaten Serang, meski berpredikat Peduli HAM, belum masuk jajaran terbaik "
            "nasional.")
    found = {(c, g, s) for c, _, g, _, s in facts_of(extract(text, date(2022, 12, 10)))}
    assert {("52.72", "Peduli HAM", "achieved"), ("52.72", "Terbaik Nasional", "not_achieved"),
            ("36.04", "Peduli HAM", "achieved"), ("36.04", "Terbaik Nasional", "not_achieved")} <= found


def test_provinces_named_after_a_count_take_the_pembina_award(extract):
    text = (HEAD + "Kementerian Hukum dan HAM menganugerahkan penghargaan Provinsi Pembina Kabupaten/Kota Peduli Hak "
            "Asasi Manusia kepada dua pemerintah provinsi pada Tahun 2021.\n\nKedua provinsi itu adalah Jambi dan "
            "Banten.")
    found = facts_of(extract(text, date(2022, 12, 10)))
    assert {(c, label) for c, label, *_ in found} == {("15", "KKPHAM_PEMBINA"), ("36", "KKPHAM_PEMBINA")}


def test_a_grade_phrase_of_the_predikat_just_named_in_an_article_about_another(extract):
    text = ("Enam Satker Raih WBK\nKUPANG – Enam satuan kerja meraih predikat Wilayah Bebas dari Korupsi (WBK) tahun "
            "2023. Kejaksaan Negeri Kupang juga meraih predikat WBK.\n\nCapaian ini melengkapi kabar baik bagi "
            "Pemerintah Kota Kupang, yang dalam penilaian kepatuhan standar pelayanan publik 2023 dari Ombudsman RI "
            "meraih predikat kualitas tinggi. Adapun Pemerintah Kabupaten Kupang masih berada pada kualitas sedang.")
    found = {(c, label, g) for c, label, g, _, _ in facts_of(extract(text, date(2023, 12, 20)))}
    assert ("53.01", "OMBUDSMAN_KEPATUHAN", "Kualitas Sedang") in found


def test_a_table_with_bars_around_its_rows_dates_each_column(extract):
    text = (HEAD + "| No | Pemerintah Daerah | Opini TA 2022 | Opini TA 2023 |\n"
            "| 1 | Kota Kupang | WTP | WDP |\n| 2 | Kabupaten Kupang | WDP | WTP |\n")
    found = facts_of(extract(text, date(2024, 5, 22)))
    assert found == {("53.71", "OPINI_BPK", "WTP", 2022, "achieved"), ("53.71", "OPINI_BPK", "WDP", 2023, "achieved"),
                     ("53.01", "OPINI_BPK", "WDP", 2022, "achieved"), ("53.01", "OPINI_BPK", "WTP", 2023, "achieved")}


def test_a_recipient_with_nothing_named_after_it_received_what_the_sentence_named(extract):
    text = (HEAD + "Turut hadir para Bupati yang daerahnya meraih peringkat Nindya; untuk Provinsi Lampung terdapat "
            "2 Kabupaten/Kota penerima, yaitu Kabupaten Tanggamus dan Kota Metro.")
    found = facts_of(extract("Penganugerahan Kab./Kota Layak Anak Tahun 2022\n" + text.split("\n", 1)[1]))
    assert found == {("18.06", "KLA", "Nindya", 2022, "achieved"), ("18.72", "KLA", "Nindya", 2022, "achieved")}


def test_a_denied_verb_with_an_object_of_its_own_denies_no_predikat(extract):
    text = (HEAD + "Kabupaten Lombok Utara meraih opini WTP 11 kali berturut-turut. \"Sebagai Gubernur NTB, saya tidak "
            "datang membawa janji, tetapi datang membawa niat tulus,\" katanya.")
    assert {c for c, *_ in facts_of(extract(text))} == {"52.08"}


def test_seven_of_eight_named_by_a_pronoun_list_are_asked_later_by_count(extract):
    text = (HEAD + "Ahmad mengatakan tujuh dari delapan daerah yang diperiksa tahun ini memperoleh opini WTP. Mereka "
            "adalah Pemkab Ogan Komering Ilir (OKI), Muba, Ogan Ilir dan Kabupaten Lahat. Selanjutnya Kota Prabumulih, "
            "Kota Pagar Alam serta Empat Lawang juga mendapat opini serupa.\nBagi OKI, capaian ini merupakan opini WTP "
            "kesembilan kali berturut-turut. Sementara itu, Kabupaten Musi Rawas Utara belum berhasil meraih WTP dan "
            "harus puas dengan opini WDP. Pengecualian menyangkut pencatatan aset tetap. Bupati Musi Rawas Utara "
            "mengakui masih banyak pekerjaan rumah. \"Seluruh rekomendasi BPK akan kami tindak lanjuti,\" katanya. "
            "Penyerahan berlangsung di auditorium. Opini bukan jaminan bebas korupsi. Pemeriksaan sesuai amanat "
            "undang-undang.\nAhmad juga meminta ketujuh daerah tersebut mempertahankan opini "
            "WTP untuk LKPD Tahun Anggaran 2023.")
    keep = facts_of(extract(text, date(2023, 5, 25)), status="maintain_target")
    assert {c for c, *_ in keep} == {"16.02", "16.04", "16.06", "16.10", "16.11", "16.72", "16.74"}


def test_a_plural_pointing_back_denies_for_the_names_before_it_and_a_new_count_is_a_new_group(extract):
    text = (HEAD + "Predikat Peduli Hak Asasi Manusia (HAM) hanya berhasil diraih dua dari 14 kabupaten dan kota di "
            "Kalimantan Tengah, yakni Kabupaten Kotawaringin Timur dan Pulang Pisau.\n\nKepala Kantor Wilayah "
            "Kementerian Hukum dan HAM Kalteng memaparkan 12 kabupaten seperti Gunung Mas, Barito Timur dan Kota "
            "Palangkaraya.\n\nDaerah-daerah itu tidak menerima predikat tersebut karena dinilai belum memenuhi "
            "kriteria.")
    found = facts_of(extract(text))
    assert {(c, s) for c, _, _, _, s in found} == {
        ("62.02", "achieved"), ("62.11", "achieved"),
        ("62.10", "not_achieved"), ("62.13", "not_achieved"), ("62.71", "not_achieved")}


def test_brackets_abbreviating_the_last_words_of_a_name_define_no_predikat(nlp):
    doc = nlp(HEAD + "Kota Palu meraih predikat Peduli Hak Asasi Manusia (HAM) tahun 2023. Kantor Wilayah "
              "Kementerian Hukum dan HAM Sulteng menyerahkannya.")
    assert [m.text for m in doc._.predikat if m.label] == ["Peduli Hak Asasi Manusia (HAM)"]


def test_a_grade_noun_pointing_back_takes_the_grade_just_named(extract):
    text = (HEAD + "Adapun Peringkat Madya KLA diraih Kota Kediri. Pendatang baru di peringkat ini adalah Kabupaten "
            "Nganjuk dan Pacitan.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2023, 7, 23)))} == {
        ("35.71", "Madya"), ("35.18", "Madya"), ("35.01", "Madya")}


def test_each_item_of_a_list_of_achievements_is_held(extract):
    text = (HEAD + "Apriyadi juga memaparkan sejumlah capaian Muba sepanjang tahun ini, mulai dari opini "
            "Wajar Tanpa Pengecualian (WTP) atas LKPD Tahun Anggaran 2022 yang merupakan WTP kesepuluh "
            "secara berturut-turut, predikat Kabupaten Layak Anak kategori Nindya tahun 2023, hingga "
            "predikat Kabupaten Peduli HAM hasil penilaian tahun 2022.")
    assert facts_of(extract(text, date(2023, 11, 6))) == {
        ("16.06", "OPINI_BPK", "WTP", 2022, "achieved"), ("16.06", "KLA", "Nindya", 2023, "achieved"),
        ("16.06", "KKPHAM", "Peduli HAM", 2022, "achieved")}


def test_a_quote_tagged_with_a_pronoun_speaks_for_the_head_named_before_it(extract):
    text = (HEAD + "Pj Bupati Muratara yang hadir dalam kesempatan itu mengakui masih banyak pekerjaan rumah. \"Kami "
            "menargetkan opini WTP atas LKPD Tahun Anggaran 2023. Seluruh rekomendasi BPK akan kami tindak lanjuti,\" "
            "katanya.")
    assert facts_of(extract(text, date(2023, 5, 25))) == {("16.13", "OPINI_BPK", "WTP", 2023, "target")}


def test_a_quote_tagged_with_a_pronoun_goes_on_with_the_head_who_spoke_last(extract):
    # blind121's b121_08: '..., ujar Apriyadi. Menurut dia, ... "Jangan berhenti di piagam. Tahun depan predikat ini
    # harus kita pertahankan," tegasnya.'
    text = (HEAD + "Penghargaan diterima Pj Bupati Muba Apriyadi Mahmud di Palembang.\n"
            '"Tahun lalu kita belum masuk. Kita perbaiki data dukungnya," ujar Apriyadi.\n'
            "Menurut dia, penghargaan itu harus dibarengi peningkatan layanan nyata.\n"
            '"Jangan berhenti di piagam. Tahun depan predikat peduli HAM ini harus kita pertahankan," tegasnya.')
    kept = {f for f in facts_of(extract(text, date(2023, 12, 14))) if f[4] == "maintain_target"}
    assert kept == {("16.06", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (not over someone else quoted by name in between)
    text = text.replace("Menurut dia, penghargaan itu harus dibarengi peningkatan layanan nyata.",
                        '"Ini kerja bersama," kata Kepala Kanwil Ilham Djaya.')
    assert not {f for f in facts_of(extract(text, date(2023, 12, 14))) if f[4] == "maintain_target"}
    # (nor over someone else reporting by name: "Kepala Kanwil ... Ilham Djaya mengatakan, ...")
    text = text.replace('"Ini kerja bersama," kata Kepala Kanwil Ilham Djaya.',
                        "Kepala Kanwil Kemenkumham Sumsel Ilham Djaya mengatakan, penilaian tahun depan diperketat.")
    assert not {f for f in facts_of(extract(text, date(2023, 12, 14))) if f[4] == "maintain_target"}


def test_ia_opening_a_sentence_after_a_heads_quote_is_that_head(extract):
    # blind133's b133_06: '"... seluruh perangkat daerah. ...," kata Sonny. Ia meminta seluruh OPD menjaga konsistensi
    # program agar predikat Kota Peduli HAM dapat dipertahankan tahun depan.' (the head introduced after a comma:
    # "Penjabat (Pj) Wali Kota Padang Panjang, Sonny Budaya Putra")
    text = (HEAD + "Penghargaan tersebut diterima Penjabat (Pj) Wali Kota Padang Panjang, Sonny Budaya Putra, di Padang.\n"
            '"Alhamdulillah, ini hasil kerja bersama seluruh perangkat daerah," kata Sonny.\n'
            "Ia meminta seluruh organisasi perangkat daerah (OPD) menjaga konsistensi program agar predikat Kota "
            "Peduli HAM dapat dipertahankan tahun depan.")
    kept = {f for f in facts_of(extract(text, date(2023, 12, 15))) if f[4] == "maintain_target"}
    assert kept == {("13.74", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (not when the sentence before quoted nobody who heads a government)
    text = text.replace('," kata Sonny.', '," kata Kepala Kanwil Andika.')
    assert not {f for f in facts_of(extract(text, date(2023, 12, 15))) if f[4] == "maintain_target"}


def test_a_head_named_opening_a_sentence_with_a_verb_of_asking_speaks_for_his_region(extract):
    # blind139's b139_07: 'Irna meminta jajarannya tidak berpuas diri. "Tahun depan predikat ini harus kita
    # pertahankan, ...," tegasnya.'
    text = (HEAD + "Penghargaan Kabupaten Peduli HAM diterima Bupati Pandeglang Irna Narulita di Bandung.\n"
            "Di Provinsi Banten, predikat serupa juga diberikan kepada Kabupaten Lebak dan Kota Cilegon.\n"
            'Irna meminta jajarannya tidak berpuas diri. "Tahun depan predikat ini harus kita pertahankan, bahkan '
            'pelayanannya harus lebih baik lagi," tegasnya.')
    kept = {f for f in facts_of(extract(text, date(2019, 12, 11))) if f[4] == "maintain_target"}
    assert kept == {("36.01", "KKPHAM", "Peduli HAM", 2020, "maintain_target")}


def test_a_second_object_after_lalu_takes_the_verb_with_its_own_years(extract):
    text = HEAD + "Kota Yogyakarta membawa pulang Adipura Kencana pada 2016 dan 2017, lalu Piala Adipura pada 2018 dan 2019."
    assert {(g, y) for _, _, g, y, _ in facts_of(extract(text))} == {
        ("Adipura Kencana", 2016), ("Adipura Kencana", 2017), ("Adipura", 2018), ("Adipura", 2019)}


def test_regions_coached_to_an_award_and_then_listed_as_recipients_hold_it_and_aim_at_nothing(extract):
    text = ("15 Kabupaten dan Kota di Sumbar Diganjar Penghargaan Daerah Peduli HAM\nPemerintah Provinsi Sumbar juga "
            "diganjar penghargaan sebagai provinsi peduli HAM karena dinilai berhasil membina sehingga 15 kabupaten "
            "dan kota lainnya meraih penghargaan yang sama. Adapun 15 kabupaten dan kota yang menerima penghargaan "
            "di antaranya Kabupaten Pesisir Selatan, Solok dan Kota Padang.")
    found = facts_of(extract(text))
    assert {(c, s) for c, _, _, _, s in found if c != "13"} == {
        ("13.01", "achieved"), ("13.02", "achieved"), ("13.71", "achieved")}


def test_a_predikat_counted_as_received_once_more_is_held_by_each_holder_listed(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2024. Bagi Pemerintah Kabupaten Batang Hari, ini "
            "merupakan opini WTP ke-12, Pemerintah Kabupaten Kerinci ke-10, Pemerintah Kabupaten Merangin ke-9.")
    assert facts_of(extract(text, date(2025, 6, 16))) == {
        ("15.04", "OPINI_BPK", "WTP", 2024, "achieved"), ("15.01", "OPINI_BPK", "WTP", 2024, "achieved"),
        ("15.02", "OPINI_BPK", "WTP", 2024, "achieved")}


def test_a_zone_qualified_by_a_quality_grade_holds_both(extract):
    text = HEAD + ("Dua Pemda berada di zona hijau dengan kategori A kualitas tertinggi, yaitu Kabupaten Timor Tengah "
                   "Utara (91,82) dan Kabupaten Manggarai Barat (89,62).")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2024, 11, 17)))} == {
        ("53.03", "Zona Hijau"), ("53.03", "Kualitas Tertinggi"), ("53.15", "Zona Hijau"), ("53.15", "Kualitas Tertinggi")}
    # "atau setara": another name for the same grade, not a second one
    same = HEAD + "Kota Metro meraih opini kualitas tertinggi atau setara zona hijau."
    assert {g for _, _, g, _, _ in facts_of(extract(same, date(2023, 1, 5)))} == {"Kualitas Tertinggi"}


def test_zonasi_is_a_zone(extract):
    text = HEAD + "Nilai Kota Kendari masuk Zonasi Kuning pada penilaian Ombudsman 2022."
    assert facts_of(extract(text, date(2023, 1, 27))) == {("74.71", "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2022, "achieved")}


def test_the_same_predikat_is_the_same_grade(extract):
    text = HEAD + ("Pemerintah Kabupaten Muaro Jambi kembali meraih opini WTP atas LKPD Tahun 2023. Selain Muaro Jambi, "
                   "ada dua kabupaten yang memperoleh predikat yang sama, diantaranya Batanghari dan Merangin.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2024, 5, 7)))} == {
        ("15.05", "WTP"), ("15.04", "WTP"), ("15.02", "WTP")}
    # "capaian tersebut" need not be the same grade
    text = HEAD + ("Kabupaten Kediri meraih predikat KLA kategori Nindya tahun 2023. Capaian tersebut naik dibanding "
                   "tahun lalu, ketika Kabupaten Kediri masih berada di kategori Madya.")
    assert ("35.06", "KLA", "Nindya", 2022, "achieved") not in facts_of(extract(text, date(2023, 7, 22)))


def test_each_count_holds_the_predikat_named_after_it(extract):
    text = HEAD + ("Dari rapor SAKIP 151 pemda, sebanyak 2 pemda meraih predikat A, 21 predikat BB, dan 49 pemda predikat "
                   "CC tahun 2018. Kedua pemda peraih predikat A adalah Pemprov Jawa Timur dan Kalimantan Selatan.")
    assert facts_of(extract(text, date(2019, 2, 26))) == {
        ("35", "SAKIP", "A", 2018, "achieved"), ("63", "SAKIP", "A", 2018, "achieved")}


def test_a_contrast_that_leaves_out_the_verb_goes_on_with_the_clause_before(extract):
    text = ("Rapor SAKIP 2018\nPredikat BB SAKIP diraih Provinsi Bali, sedangkan untuk kabupaten/kota di antaranya "
            "Kabupaten Badung dan Tulungagung.")
    assert {c for c, *_ in facts_of(extract(text, date(2019, 2, 26)))} == {"51", "51.03", "35.04"}
    # a contrast clause with a verb of its own keeps it
    own = HEAD + "Provinsi Bali meraih opini WTP, sedangkan untuk Kabupaten Badung belum meraih opini WTP."
    assert facts_of(extract(own, date(2019, 5, 26)), region_code="51.03") == {
        ("51.03", "OPINI_BPK", "WTP", 2018, "not_achieved")}


def test_a_letter_grade_in_quotes_after_its_noun(extract):
    text = "Rapor SAKIP 2018\nSementara predikat ‘BB’ diraih Provinsi Bali. Predikat “A” diraih Provinsi Jawa Timur."
    assert facts_of(extract(text, date(2019, 2, 26))) == {
        ("51", "SAKIP", "BB", 2018, "achieved"), ("35", "SAKIP", "A", 2018, "achieved")}


def test_the_common_misspelling_perduli(extract):
    text = HEAD + "Kota Bengkulu dan Kabupaten Bengkulu Selatan baru mendapatkan predikat cukup perduli HAM tahun 2019."
    assert facts_of(extract(text, date(2020, 12, 15))) == {
        ("17.71", "KKPHAM", "Cukup Peduli HAM", 2019, "achieved"), ("17.01", "KKPHAM", "Cukup Peduli HAM", 2019, "achieved")}


def test_a_grade_named_after_the_noun_it_completes(extract):
    text = ("SAKIP 2018\nDi Banten, tiga daerah mencapai predikat tertinggi, yakni BB. Mereka adalah Kabupaten Serang, "
            "Kabupaten Lebak, dan Kabupaten Pandeglang.")
    assert facts_of(extract(text, date(2019, 1, 29))) == {
        (c, "SAKIP", "BB", 2018, "achieved") for c in ("36.04", "36.02", "36.01")}


def test_a_quoted_letter_after_berpredikat(extract):
    text = "Rapor SAKIP 2018\nPemda berpredikat “BB” itu ialah Kabupaten Wonogiri dan Kota Manado."
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2019, 2, 19)))} == {("33.12", "BB"), ("71.71", "BB")}


def test_a_verbless_grade_then_untuk_and_the_holders(extract):
    text = ("KLA Kalteng\nPada tahun 2023 ini ada 7 kabupaten/kota di Kalimantan Tengah yang menerima penghargaan.\n\n"
            "“Yaitu Penghargaan KLA Kategori Madya untuk Kota Palangka Raya, Kabupaten Pulang Pisau, serta Kategori "
            "Pratama untuk Kabupaten Kapuas dan Sukamara,” ujarnya.")
    assert facts_of(extract(text, date(2023, 11, 22))) == {
        ("62.71", "KLA", "Madya", 2023, "achieved"), ("62.11", "KLA", "Madya", 2023, "achieved"),
        ("62.03", "KLA", "Pratama", 2023, "achieved"), ("62.08", "KLA", "Pratama", 2023, "achieved")}


def test_berzona_and_tergolong_name_a_zone_held(extract):
    text = ("Baru 7 Daerah yang Oke\nMenurut Ombudsman, pada 2019 baru ada dua pemerintahan daerah di Jawa Barat yang "
            "sudah tergolong zona hijau. Haneda menyebutkan kedua pemerintah daerah berzona hijau itu ialah Kabupaten "
            "Ciamis dan Kota Sukabumi.")
    assert facts_of(extract(text, date(2019, 12, 10))) == {
        ("32.07", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2019, "achieved"),
        ("32.72", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2019, "achieved")}


def test_a_list_after_a_verb_with_an_object_of_its_own_holds_nothing(extract):
    text = HEAD + ("Kabupaten Ciamis meraih zona hijau Ombudsman pada 2019. Ia berharap survei pada 2020 bisa menjangkau kabupaten "
                   "yang belum disurvei, yakni Kabupaten Cirebon dan Kabupaten Indramayu.")
    assert {c for c, *_ in facts_of(extract(text, date(2019, 12, 10)))} == {"32.07"}


def test_an_article_about_one_region_gives_it_the_history_told_without_its_name(extract):
    text = ("Tabalong Kembali Raih Predikat Kabupaten Layak Anak\nKabupaten Tabalong kembali menyabet predikat KLA tahun "
            "ini.\n\nPada tahun 2017 KLA yang didapat adalah untuk kategori pratama, sedangkan tahun 2018 meningkat "
            "menjadi KLA Madya.\n")
    found = facts_of(extract(text, date(2018, 7, 25)))
    assert {("63.09", "KLA", "Pratama", 2017, "achieved"), ("63.09", "KLA", "Madya", 2018, "achieved")} <= found
    # not when two regions are named: whose history it is is not said
    two = text.replace("tahun ini.", "tahun ini, begitu pula Kabupaten Balangan.")
    assert ("63.09", "KLA", "Pratama", 2017, "achieved") not in facts_of(extract(two, date(2018, 7, 25)))


def test_grades_listed_under_a_line_that_named_their_predikat_in_another_predikats_article(extract):
    text = ("Provinsi Layak Anak Jadi Kado HUT Riau\nRiau dinobatkan sebagai Provinsi Layak Anak 2025. Status itu makin "
            "kokoh berkat 2 kabupaten/kota yang juga menyabet penghargaan Kabupaten/Kota Layak Anak (KLA) pada "
            "berbagai tingkatan:\n1. Kategori Utama: Kabupaten Siak\n2. Kategori Nindya: Kota Pekanbaru\n")
    found = facts_of(extract(text, date(2025, 8, 9)), predikat="KLA")
    assert found == {("14.08", "KLA", "Utama", 2025, "achieved"), ("14.71", "KLA", "Nindya", 2025, "achieved")}


def test_a_count_made_a_few_sentences_before_is_named_later(extract):
    text = ("Pemda di Sumut Kantongi Opini WTP\nDari 5 daerah peraih opini WTP 2017 itu, dua adalah pemerintah kota "
            "(Pemko) dan 3 pemerintah kabupaten (Pemkab). Kedua Pemko yang mendapat opini WTP adalah Pemkot Binjai dan "
            "Pemko Sibolga. Sedangkan 3 pemerintah kabupaten (Pemkab) masing-masing, Pemkab Asahan, Dairi dan Karo.")
    assert {c for c, *_ in facts_of(extract(text, date(2018, 6, 29)))} == {"12.75", "12.73", "12.09", "12.11", "12.06"}


def test_the_misspelling_innovatif(extract):
    text = HEAD + "Penghargaan IGA 2021 kategori daerah sangat innovatif ini diraih Kabupaten Pangkep."
    assert facts_of(extract(text, date(2022, 1, 10))) == {("73.10", "IGA", "Sangat Inovatif", 2021, "achieved")}


def test_years_each_heading_a_grade_after_yakni(extract):
    text = HEAD + ("Sebelumnya Denpasar sudah tiga kali memperoleh Penghargaan Kota Sehat, yakni Tahun 2011 Swasti Saba "
                   "kategori Padapa, Tahun 2013 Swasti Saba kategori Wiwerda, Tahun 2015 Swasti Saba Wistara.")
    assert facts_of(extract(text, date(2017, 12, 4))) == {
        ("51.71", "KOTA_SEHAT", "Swasti Saba Padapa", 2011, "achieved"),
        ("51.71", "KOTA_SEHAT", "Swasti Saba Wiwerda", 2013, "achieved"),
        ("51.71", "KOTA_SEHAT", "Swasti Saba Wistara", 2015, "achieved")}


def test_the_top_grade_named_later_in_the_sentence(extract):
    text = HEAD + ("Pemerintah Pusat menganugerahkan penghargaan Kota Sehat kepada Kota Denpasar dengan tingkatan "
                   "tertinggi, yakni Swasti Saba Wistara.")
    assert {g for _, _, g, _, _ in facts_of(extract(text, date(2017, 12, 4)))} == {"Swasti Saba Wistara"}


def test_ada_before_a_count_starts_a_new_group(extract):
    text = HEAD + ("Untuk opini 2018, 17 pemda meraih opini WTP dan tiga pemda mendapat Tidak Menyatakan Pendapat (TMP). "
                   "Sebaliknya, ada tiga pemda yang opininya menurun dari WTP ke WDP yakni Pemkab Labuhanbatu Utara, "
                   "Pakpak Bharat dan Pemkot Pematangsiantar.")
    assert "TMP" not in {g for _, _, g, _, _ in facts_of(extract(text, date(2019, 6, 26)))}


def test_a_region_named_with_a_number_is_no_count_and_a_count_may_stand_before_yakni(extract):
    text = ("Sumbar Raih Pengakuan Nasional\nBukan hanya Sumbar, ada 3 Kabupaten/Kota yang ikut kecipratan penghargaan "
            "sebagai daerah Peduli HAM.\n\nTiga Kabupaten/Kota tersebut adalah; Kabupaten Pesisir Selatan, Kabupaten 50 "
            "Kota, Kota Padang.\n\nAdapun Kab/Kota yang cukup peduli HAM berjumlah 2 Kab/Kota yakni; Kabupaten "
            "Pasaman dan Kota Solok.\n")
    found = facts_of(extract(text))
    assert {(c, g) for c, _, g, _, _ in found} == {
        ("13.01", "Peduli HAM"), ("13.07", "Peduli HAM"), ("13.71", "Peduli HAM"),
        ("13.08", "Cukup Peduli HAM"), ("13.72", "Cukup Peduli HAM")}


def test_a_grade_the_clause_ends_with(extract):
    text = ("KLA Kabupaten Gorontalo\nKabupaten Gorontalo meraih penghargaan itu sejak tahun 2015, 2017, dan 2021, "
            "seluruhnya dalam kategori Madya.")
    assert {g for _, _, g, _, _ in facts_of(extract(text, date(2021, 7, 29)))} == {"Madya"}


def test_holders_before_a_named_giver_are_the_receivers(extract):
    text = ("BPK Serahkan LHP LKPD TA 2022\nBerdasarkan pemeriksaan, termasuk rencana aksi yang akan dijalankan Kota "
            "Sorong dan Kabupaten Maybrat untuk menindaklanjuti rekomendasi, BPK memberikan opini Wajar Tanpa "
            "Pengecualian (WTP).")
    assert {c for c, *_ in facts_of(extract(text, date(2023, 5, 24)))} == {"96.71", "96.05"}
    also = HEAD + "Atas Laporan Keuangan Pemkab Bulungan dan Pemkab Tana Tidung TA 2015, BPK juga memberikan Opini WDP."
    assert {c for c, *_ in facts_of(extract(also, date(2016, 6, 10)))} == {"65.01", "65.04"}
    # a region giving is still the giver
    giver = HEAD + "Pemprov Jawa Barat menyerahkan penghargaan KLA kepada Kota Depok pada 2023."
    assert {c for c, *_ in facts_of(extract(giver, date(2023, 7, 22)))} == {"32.76"}


def test_a_count_after_the_verb_is_no_object_of_its_own(extract):
    text = ("KLA Sumbar\nNasrul Abit mengatakan, penerima penghargaan Kota Layak Anak (KLA) tahun 2017 ini bertambah.\n"
            "\"Tahun 2017 ini bertambah menjadi tiga daerah, yakni Kota Padang, Kota Solok dan Kabupaten Tanahdatar,\" "
            "imbuhnya.\n")
    assert {c for c, *_ in facts_of(extract(text, date(2017, 7, 23)))} == {"13.71", "13.72", "13.04"}


def test_a_noun_of_giving_with_its_receivers(extract):
    text = HEAD + ("Peringatan itu dirangkaikan dengan penyerahan Piagam Penghargaan Kabupaten/Kota Peduli HAM (KKP HAM) "
                   "Tahun 2023 kepada Kota Tidore Kepulauan dan Kabupaten Halmahera Barat.")
    assert {c for c, *_ in facts_of(extract(text, date(2023, 12, 19)))} == {"82.72", "82.01"}
    # without receivers named it gives nothing
    none = HEAD + "Penyerahan berlangsung dalam Rapat Koordinasi Aksi HAM di Hotel Claro Makassar, Senin."
    assert facts_of(extract(none, date(2024, 3, 25))) == set()


def test_the_same_qualification_and_cukup_ham(extract):
    text = ("Sumsel Raih Kualifikasi Menuju Informatif 2018\nSumsel mencapai kualifikasi 'Menuju Informatif' dalam "
            "keterbukaan informasi publik 2018. Provinsi Sumsel bersama daerah lainnya, yakni Provinsi Aceh dan "
            "Kalimantan Tengah, meraih kualifikasi yang sama.")
    assert ("11", "KIP", "Menuju Informatif", 2018, "achieved") in facts_of(extract(text, date(2018, 11, 5)))
    ham = HEAD + "Dua kabupaten dengan cukup HAM yakni Bangka Selatan dan Belitung Timur."
    assert {g for _, _, g, _, _ in facts_of(extract(ham, date(2020, 12, 14)))} == {"Cukup Peduli HAM"}


def test_opini_serupa_is_the_opinion_just_named(extract):
    text = ("Lombok Barat Kembali Raih Opini WTP\nOpini WTP kembali dikantongi Pemkab Lombok Barat atas LKPD Tahun "
            "Anggaran 2016. Untuk LKPD tahun anggaran 2014 dan 2015 Pemkab Lobar juga sudah memperoleh opini serupa.")
    assert facts_of(extract(text, date(2017, 5, 31))) == {
        ("52.01", "OPINI_BPK", "WTP", y, "achieved") for y in (2014, 2015, 2016)}


def test_each_grade_with_the_names_in_brackets_after_it(extract):
    text = HEAD + ("Di Provinsi Sulawesi Selatan terdapat 15 daerah kabupaten/kota peraih penghargaan KLA 2021, yakni 7 "
                   "kategori pratama (Maros, Gowa), 6 kategori Madya (Bulukumba, Makassar), serta 2 kategori Nindya "
                   "(Parepare dan Bone).")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2021, 7, 29)))} == {
        ("73.09", "Pratama"), ("73.06", "Pratama"), ("73.02", "Madya"), ("73.71", "Madya"),
        ("73.72", "Nindya"), ("73.08", "Nindya")}


def test_regions_only_listed_where_no_predikat_is_named_do_not_share_the_article(extract):
    text = ("Pemkab Serang Raih Predikat A, Nilai SAKIP Memuaskan\nPada penilaian SAKIP tahun 2019, Kabupaten Serang "
            "memperoleh predikat A (memuaskan) dengan nilai 80,08. Wilayah I itu meliputi Provinsi Aceh, Bengkulu, dan "
            "Jambi. Tahun 2017 predikatnya kembali meningkat menjadi BB (sangat baik) dengan nilai 70,01 poin.")
    assert ("36.04", "SAKIP", "BB", 2017, "achieved") in facts_of(extract(text, date(2020, 2, 10)))


def test_terinovatif_is_an_iga_grade_next_to_its_award(extract):
    for text in ["Kabupaten Wonogiri meraih IGA 2020 kategori Terinovatif.",
                 "Kabupaten Wonogiri meraih penghargaan Pemda Terinovatif pada IGA 2020."]:
        assert facts_of(extract(HEAD + text, date(2020, 12, 18))) == {("33.12", "IGA", "Terinovatif", 2020, "achieved")}
    # "masuk jajaran kota terinovatif" with no award named by it is no grade
    loose = HEAD + "Kota Tangerang kembali masuk jajaran kota terinovatif nasional tahun 2023."
    assert facts_of(extract(loose, date(2023, 12, 12))) == set()


def test_the_predikat_as_subject_of_a_copula_heads_the_names_after_it(extract):
    text = ("Ombudsman Umumkan Hasil Penilaian\nPenilaian kepatuhan standar pelayanan publik oleh Ombudsman RI tahun 2021 sudah "
            "selesai. Tidak ada yang masuk zona merah. \"Yang zona hijau itu Kota Banjarmasin, Banjarbaru dan Kabupaten "
            "Tanah Laut,\" kata Hadi.")
    assert facts_of(extract(text, date(2022, 2, 11))) == {
        (code, "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2021, "achieved") for code in ("63.71", "63.72", "63.01")}


def test_an_office_named_by_its_affairs_with_commas_is_one_unit(extract):
    text = HEAD + ("Badan publik yang meraih penghargaan kategori Informatif itu adalah Dinas Komunikasi, Informatika "
                   "dan Statistik Kota Denpasar, Sekretariat DPRD Kota Denpasar, Dinas Perhubungan Kota Denpasar dan "
                   "RSUD Wangaya.")
    found = extract(text, date(2024, 12, 11)).facts
    assert [(f.holder_kind, f.holder, f.region_code) for f in found] == [
        ("unit", "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar", "51.71"),
        ("unit", "Sekretariat DPRD Kota Denpasar", "51.71"),
        ("unit", "Dinas Perhubungan Kota Denpasar", "51.71"),
        ("unit", "RSUD Wangaya", None)]


def test_a_phrase_introducer_after_a_verbless_grade_heads_the_list(extract):
    text = ("Peringkat KLA di Jatim\nPeringkat nindya diraih Kota Batu. Untuk peringkat madya antara lain Kota Kediri "
            "dan Kabupaten Sumenep. Sedangkan peringkat pratama di antaranya Kabupaten Nganjuk.")
    assert facts_of(extract(text, date(2022, 7, 23))) == {
        ("35.79", "KLA", "Nindya", 2022, "achieved"), ("35.71", "KLA", "Madya", 2022, "achieved"),
        ("35.29", "KLA", "Madya", 2022, "achieved"), ("35.18", "KLA", "Pratama", 2022, "achieved")}


def test_an_opening_phrase_that_sets_other_holders_aside_gives_them_nothing(extract):
    text = ("Opini LKPD Sumut\nMenurut Ambar, Pemda peraih WTP itu ialah Provsu dan Dairi. Di luar 12 penerima WTP, BPK "
            "Sumut memberikan opini WDP kepada 2 Pemda, yaitu Asahan dan Batubara. Adapun Karo memperoleh opini "
            "disclamer.")
    assert facts_of(extract(text, date(2017, 10, 10))) == {
        ("12", "OPINI_BPK", "WTP", 2016, "achieved"), ("12.11", "OPINI_BPK", "WTP", 2016, "achieved"),
        ("12.09", "OPINI_BPK", "WDP", 2016, "achieved"), ("12.19", "OPINI_BPK", "WDP", 2016, "achieved"),
        ("12.06", "OPINI_BPK", "TMP", 2016, "achieved")}
    # "Selain" with no other holders named is "besides": the holder has both
    text = HEAD + "Selain meraih opini WTP, Kota Medan juga meraih predikat Kota Layak Anak kategori Madya tahun 2017."
    assert {f[1] for f in facts_of(extract(text, date(2017, 10, 10)))} == {"OPINI_BPK", "KLA"}


def test_each_holder_takes_the_grade_after_it_when_the_verb_is_left_out(extract):
    text = ("SAKIP Kepri\nPemprov Kepri meraih penghargaan SAKIP Award dengan nilai BB tahun 2019. Kabupaten Karimun "
            "mendapat nilai BB, Bintan dan Batam nilai B, sedangkan Kabupaten Lingga nilai CC.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2020, 7, 1)))} == {
        ("21", "BB"), ("21.02", "BB"), ("21.01", "B"), ("21.71", "B"), ("21.04", "CC")}


def test_capital_towns_listed_with_the_adipura_hold_it_for_their_kabupaten(extract):
    text = ("Adipura Sumsel\nHanya 4 kota yang meraih Piala Adipura untuk penilaian tahun 2024. Keempat kota itu adalah "
            "Kota Lahat dan Kota Muaraenim.")
    assert facts_of(extract(text)) == {("16.04", "ADIPURA", "Adipura", 2024, "achieved"),
                                       ("16.03", "ADIPURA", "Adipura", 2024, "achieved")}
    # a town named alone is a place
    alone = HEAD + "Kabupaten Pati meraih Adipura Buana. Kota Pati tetap tercatat sebagai kota terbersih lantaran lolos penilaian Adipura Paripurna."
    assert {c for c, *_ in facts_of(extract(alone))} == {"33.18"}
    assert {g for _, _, g, _, _ in facts_of(extract(alone))} == {"Buana"}


def test_the_grade_named_after_the_award_as_its_manner(extract):
    for tail in ["sebagai Badan Publik Informatif.", "dengan predikat Informatif."]:
        text = HEAD + "Pemprov Jawa Barat kembali meraih penghargaan keterbukaan informasi publik dari Komisi Informasi " + tail
        assert facts_of(extract(text, date(2020, 12, 3))) == {("32", "KIP", "Informatif", 2020, "achieved")}


def test_pelopor_provinsi_layak_anak_names_its_grade(extract):
    text = HEAD + "Provinsi Kepulauan Riau menerima penghargaan Pelopor Provinsi Layak Anak (PROVILA) tahun 2021."
    assert facts_of(extract(text)) == {("21", "PROVINSI_LAYAK_ANAK", "Pelopor", 2021, "achieved")}


def test_one_name_a_line_under_a_heading_continues_the_list(extract):
    text = ("Opini Sulut\nBPK menyerahkan LHP atas LKPD Tahun Anggaran 2024.\nDaerah dengan opini WTP:\nKota Manado\n"
            "Kota Tomohon\nKabupaten Minahasa Utara\n")
    assert facts_of(extract(text, date(2025, 5, 27))) == {
        (code, "OPINI_BPK", "WTP", 2024, "achieved") for code in ("71.71", "71.73", "71.06")}


def test_the_rest_of_the_names_take_the_grade_after_sisanya(extract):
    text = ("Survei Kepatuhan Ombudsman 2018\nTahun ini di Sumsel ada 4 daerah yang dinilai Ombudsman, yakni Kota "
            "Prabumulih, Kabupaten Lahat, OKI dan Pagaralam, dan hasilnya hanya OKI yang meraih predikat hijau, sisanya "
            "kuning semua.")
    found = facts_of(extract(text, date(2018, 12, 12)))
    assert found == {("16.02", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2018, "achieved")} | {
        (code, "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2018, "achieved") for code in ("16.74", "16.04", "16.72")}


def test_a_grade_fronted_with_untuk_grades_the_clause(extract):
    text = HEAD + ("Komisi Informasi menyerahkan Anugerah Keterbukaan Informasi Publik tahun 2021. Untuk kualifikasi "
                   "informatif, penghargaan diberikan kepada Pemerintah Kabupaten Keerom dan Kabupaten Biak Numfor.")
    assert facts_of(extract(text)) == {("91.11", "KIP", "Informatif", 2021, "achieved"),
                                       ("91.06", "KIP", "Informatif", 2021, "achieved")}


def test_rapor_merah_in_news_of_the_ombudsman_rating_is_its_red_zone(extract):
    text = ("Ombudsman Beri Rapor Merah\nOmbudsman merilis hasil penilaian kepatuhan pelayanan publik tahun 2019. "
            "Empat daerah mendapat rapor merah, yakni Buton Utara dan Kolaka.")
    assert facts_of(extract(text, date(2019, 12, 19))) == {
        ("74.10", "OMBUDSMAN_KEPATUHAN", "Zona Merah", 2019, "achieved"),
        ("74.01", "OMBUDSMAN_KEPATUHAN", "Zona Merah", 2019, "achieved")}
    # where Aksi HAM is named, it is the Aksi HAM report card
    aksi = HEAD + "Laporan Aksi HAM tahun 2019 menunjukkan Kabupaten Kolaka mendapat rapor merah."
    assert {f[1] for f in facts_of(extract(aksi, date(2019, 12, 19)))} == {"AKSI_HAM"}


def test_penghargaan_ini_opening_a_sentence_is_the_award_the_sentence_before_was_about(extract):
    text = HEAD + ("Sertifikat Adipura diberikan kepada kota dan kabupaten yang kinerjanya meningkat signifikan. Penghargaan "
                   "ini pernah diterima Kabupaten Paser dan Kutai Timur.")
    assert facts_of(extract(text)) == {("64.01", "ADIPURA", "Sertifikat Adipura", None, "achieved"),
                                       ("64.08", "ADIPURA", "Sertifikat Adipura", None, "achieved")}


def test_each_listed_holder_with_its_own_grade_after_dengan(extract):
    text = HEAD + ("Keempat daerah itu ialah Balikpapan yang meraih Adipura Kencana, Kutai Barat dengan Sertifikat "
                   "Adipura, serta Penajam Paser Utara yang memperoleh Plakat Adipura.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text))} == {
        ("64.71", "Adipura Kencana"), ("64.07", "Sertifikat Adipura"), ("64.09", "Plakat Adipura")}


def test_grade_words_with_typos_head_their_line(extract):
    text = ("KLA Sumut 2022\nPenghargaan KLA 2022 diterima 3 kabupaten/kota di Sumut. Kota Tebing Tinggi meraih katagori "
            "Nindya.\nKategori Madya, Kabupaten Deli Serdang.\nIKategori Pratama, Kabupaten Tapanuli Selatan dan Karo.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2022, 8, 12)))} == {
        ("12.76", "Nindya"), ("12.07", "Madya"), ("12.03", "Pratama"), ("12.06", "Pratama")}


def test_a_sentence_counting_its_own_recipients_does_not_reach_back_to_the_one_before(extract):
    text = HEAD + ("Wakil Wali Kota Samarinda saat menerima penghargaan Kota Layak Anak. Pada Penghargaan KLA 2023, "
                   "sebanyak 19 Kabupaten/Kota meraih penghargaan Kategori Utama.")
    assert ("64.72", "KLA", "Utama", 2023, "achieved") not in facts_of(extract(text, date(2023, 7, 22)))


def test_an_anaphoric_predikat_takes_the_one_grade_the_sentence_before_gave(extract):
    text = HEAD + ("Pada Penghargaan KLA 2023, sebanyak 19 Kabupaten/Kota meraih penghargaan Kategori Utama. Delapan "
                   "Kabupaten/Kota mempertahankan predikat dari tahun lalu. Di antaranya Kota Yogyakarta dan Kota Surabaya.")
    assert {g for _, _, g, _, _ in facts_of(extract(text, date(2023, 7, 22)))} == {"Utama"}
    # a score is no predikat
    score = HEAD + ("Kota Samarinda mendapat Sertifikat Adipura tahun 2022. Dengan demikian, Bontang dan Balikpapan "
                    "meraih nilai di atas standar.")
    assert {c for c, *_ in facts_of(extract(score, date(2023, 3, 1)))} == {"64.72"}


def test_a_place_in_the_keterbukaan_informasi_ranking_is_no_grade(extract):
    text = HEAD + ("Komisi Informasi menganugerahkan Anugerah Keterbukaan Informasi Publik tahun 2022. Pemprov Sulsel "
                   "berhasil menjadi provinsi kategori Informatif Terbaik ke 5 dengan poin 98,21. Adapun Pemprov Sulbar "
                   "menjadi provinsi Informatif Terbaik ke 20 dengan poin 90,87.")
    assert facts_of(extract(text, date(2022, 12, 14))) == {("73", "KIP", "Informatif", 2022, "achieved"),
                                                           ("76", "KIP", "Informatif", 2022, "achieved")}


def test_this_city_is_the_one_just_named(extract):
    text = HEAD + ("Hingga kini, Kota Kotamobagu sudah empat kali meraih Piala Adipura, dan Kota Manado dua kali. Dua kali "
                   "kota ini menerima Sertifikat, yakni pada tahun 2011 dan 2015.")
    found = facts_of(extract(text, date(2018, 3, 1)))
    assert {(c, y) for c, _, g, y, _ in found if g == "Sertifikat Adipura"} == set()  # two cities named: no reading
    single = HEAD + ("Hingga kini, Kota Kotamobagu sudah empat kali meraih Piala Adipura. Dua kali kota ini menerima "
                     "Sertifikat, yakni pada tahun 2011 dan 2015. Warga Kota Manado juga bangga.")
    assert {(c, y) for c, _, g, y, _ in facts_of(extract(single, date(2018, 3, 1)))
            if g == "Sertifikat Adipura"} == {("71.74", 2011), ("71.74", 2015)}


def test_years_after_lalu_belong_to_the_next_verb(extract):
    text = HEAD + ("Pada tahun 2012-2013 Kotamobagu meraih Piala Adipura, lalu pada 2016 dan 2017 kembali menerima "
                   "Piala Adipura.")
    assert {y for _, _, _, y, _ in facts_of(extract(text, date(2018, 3, 1)))} == {2012, 2013, 2016, 2017}


def test_misspelt_and_long_forms_of_child_friendly_grades(extract):
    text = HEAD + ("Kota Pekanbaru memperoleh Anugerah KLA Tingkat Nandya tahun 2019. Provinsi Riau meraih Terbaik Nasional "
                   "Provinsi Penggerak Layak Anak 2019.")
    assert facts_of(extract(text, date(2019, 10, 18))) == {("14.71", "KLA", "Nindya", 2019, "achieved"),
                                                           ("14", "PROVINSI_LAYAK_ANAK", "Penggerak", 2019, "achieved")}


def test_each_name_followed_by_its_grade_takes_that_grade(extract):
    text = ("SAKIP Wilayah I\nEvaluasi SAKIP tahun 2019. Provinsi Aceh memperoleh predikat B dan Kepulauan Riau predikat "
            "BB.\nKemudian Jambi predikat B, Bangka Belitung predikat BB dan Jawa Barat predikat A.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2019, 11, 20)))} == {
        ("11", "B"), ("21", "BB"), ("15", "B"), ("19", "BB"), ("32", "A")}


def test_a_fronted_predikat_set_off_with_yang_is_the_subject_of_the_passive_verb(extract):
    text = HEAD + ("Predikat A, yang tertinggi dalam hasil evaluasi SAKIP wilayah I tahun 2019 dari Kementerian PANRB, "
                   "diraih Provinsi Jawa Barat, Kabupaten Lebak dan Kota Serang Banten.")
    assert facts_of(extract(text)) == {(c, "SAKIP", "A", 2019, "achieved") for c in ("32", "36.02", "36.73")}


def test_parts_of_a_count_made_before_name_its_holders(extract):
    text = ("KKPHAM Kaltimtara\nKemenkumham menyerahkan penghargaan Kabupaten/Kota Peduli HAM (KKPHAM) tahun 2023. "
            "Penghargaan KKPHAM diterima lima kabupaten/kota. Tiga di antaranya dari Kaltim, yaitu Samarinda, "
            "Balikpapan, dan Paser. Sedangkan dua lainnya dari Kaltara, yaitu Tarakan dan Bulungan.")
    assert {c for c, *_ in facts_of(extract(text, date(2023, 12, 20)))} == {"64.72", "64.71", "64.01", "65.71", "65.01"}


def test_a_grade_in_brackets_closing_a_numbered_line(extract):
    text = ("Penilaian Kepatuhan 2024\nBerikut nilai Pemerintah Daerah dalam Penilaian Kepatuhan Penyelenggaraan "
            "Pelayanan Publik Tahun 2024 beserta zonanya.\n1. Pemerintah Kota Ambon, 91.01 (Hijau)\n"
            "2. Pemerintah Kabupaten Buru, 59.86 (Kuning)\n")
    assert facts_of(extract(text)) == {("81.71", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2024, "achieved"),
                                       ("81.04", "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2024, "achieved")}


def test_a_count_named_later_with_a_verb_of_another_object(extract):
    text = HEAD + ("BPK menetapkan opini WTP untuk tiga kabupaten/kota di Sultra atas LKPD tahun anggaran 2020. Kepala BPK "
                   "mengatakan, tiga kabupaten kota yang sudah menerima LHP adalah Kabupaten Muna, Kabupaten Wakatobi dan "
                   "Kota Baubau.")
    assert facts_of(extract(text, date(2021, 5, 21))) == {
        (c, "OPINI_BPK", "WTP", 2020, "achieved") for c in ("74.03", "74.07", "74.72")}


def test_a_day_name_and_a_full_slash_date_date_the_article(extract):
    text = ("Pemerintah Aceh Raih Penghargaan\nPemerintah Aceh menerima penghargaan Keterbukaan Informasi Publik "
            "berkualifikasi Menuju Informatif. Penghargaan itu diterima di Jakarta, Senin 05/11/2018.")
    assert facts_of(extract(text)) == {("11", "KIP", "Menuju Informatif", 2018, "achieved")}


def test_a_grade_misspelt_by_one_letter_after_a_grade_word(extract):
    text = HEAD + ("Penghargaan Kabupaten/Kota Layak Anak 2025 kategori Nindiya jatuh kepada Kota Pekanbaru. Kategori "
                   "Pratamaa diberikan kepada Kabupaten Siak.")
    assert {(c, g) for c, _, g, _, _ in facts_of(extract(text, date(2025, 8, 9)))} == {
        ("14.71", "Nindya"), ("14.08", "Pratama")}
    # a word that is not a grade stays none
    other = HEAD + "Penghargaan Kabupaten/Kota Layak Anak 2025 kategori Nasional diberikan kepada Kota Pekanbaru."
    assert {g for _, _, g, _, _ in facts_of(extract(other, date(2025, 8, 9)))} == {None}


def test_a_colour_zone_in_news_without_the_ombudsman_is_no_rating(extract):
    text = HEAD + "Polda Kalsel berhasil mengeluarkan Kalsel dari 10 besar zona merah Covid-19 tahun 2020."
    assert facts_of(extract(text, date(2020, 12, 22))) == set()
    rated = HEAD + "Ombudsman menilai kepatuhan pelayanan publik: Kabupaten Banjar masuk zona merah tahun 2020."
    assert facts_of(extract(rated, date(2020, 12, 22))) == {("63.03", "OMBUDSMAN_KEPATUHAN", "Zona Merah", 2020, "achieved")}


def test_the_human_rights_action_plan_is_no_rating(extract):
    text = HEAD + "Wakil Gubernur DIY mendorong Kabupaten Sleman agar melaksanakan RANHAM tahun 2021."
    assert facts_of(extract(text, date(2020, 12, 14))) == set()


def test_the_award_after_a_compared_grade_is_the_one_reported(extract):
    text = ("Kabupaten Agam Raih KLA Tahun 2022 Kategori Nindya\nCapaian Agam ini naik dua tingkat dibanding perolehan "
            "tahun 2021 lalu, yakni kategori Pratama. Penghargaan KLA itu diterima Bupati Agam di Bogor.")
    assert ("13.06", "KLA", "Pratama", 2022, "achieved") not in facts_of(extract(text, date(2022, 7, 23)))


def test_a_graded_undated_claim_and_a_dated_ungraded_one_are_one_claim(extract):
    text = ("Pemkab Seruyan Targetkan KLA Predikat Pratama\nPemerintah Kabupaten Seruyan menggelar pendampingan untuk "
            "memenuhi dokumen evaluasi Kabupaten Layak Anak (KLA) tahun 2024.")
    found = facts_of(extract(text, date(2024, 2, 29)))
    assert ("62.07", "KLA", "Pratama", 2024, "target") in found
    assert ("62.07", "KLA", None, 2024, "target") not in found


def test_also_won_with_no_predikat_named_is_the_one_just_spoken_of(extract):
    text = (HEAD + "Piala Adipura tahun 2023 kembali diraih Kabupaten Luwu Timur.\n"
            "Di kategori ini selain Lutim, juga diraih Kabupaten Hulu Sungai Selatan.")
    assert ("63.06", "ADIPURA", "Adipura", 2023, "achieved") in facts_of(extract(text))


def test_adipura_lines_name_the_capital_town_then_its_kabupaten(extract):
    text = (HEAD + "Piala Adipura tahun 2023 kembali diraih Kabupaten Luwu Timur.\n"
            "Di kategori ini juga diraih Kandangan – Kab. Hulu Sungai Selatan. Lasusua – Kabupaten Kolaka. "
            "Sragen – Kabupaten Sragen. Batu Sangkar – Kabupatan Tanah Datar. Kota Solok.")
    found = {code for code, label, *_ in facts_of(extract(text)) if label == "ADIPURA"}
    assert found == {"73.24", "63.06", "74.01", "33.14", "13.04", "13.72"}


def test_a_dashed_line_after_a_sentence_that_names_no_holder_is_no_list_item(extract):
    text = (HEAD + "Piala Adipura tahun 2023 diserahkan di Jakarta.\nLasusua – Kabupaten Kolaka.")
    assert not facts_of(extract(text))


def test_there_are_four_in_a_grade_namely(extract):
    text = (HEAD + "Komisi Informasi menyerahkan hasil monev keterbukaan informasi publik tahun 2023.\n"
            "Pada kategori pemerintah kabupaten/kota, ada 2 yang informatif yakni Kota Jambi dan Kota Sungai Penuh.")
    found = facts_of(extract(text, date(2024, 2, 19)))
    assert {(code, grade, status) for code, _, grade, _, status in found} == {
        ("15.71", "Informatif", "achieved"), ("15.72", "Informatif", "achieved")}


def test_a_count_points_back_to_names_a_few_sentences_before(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Tahun Anggaran 2023. Penyerahan itu meliputi Kota Gorontalo, "
            "Kabupaten Boalemo dan Kabupaten Pohuwato.\nSeremoni digelar di Auditorium Kantor BPK pada Senin (10/6). "
            "Hadir para kepala daerah dan ketua DPRD.\nIa menyatakan ketiga LKPD Tahun Anggaran 2023 itu mendapat "
            "opini Wajar Tanpa Pengecualian.")
    found = facts_of(extract(text, date(2024, 6, 10)))
    assert found == {(code, "OPINI_BPK", "WTP", 2023, "achieved") for code in ("75.71", "75.02", "75.04")}


def test_the_exception_keeps_its_own_grade_and_the_others_do_not_share_it(extract):
    text = (HEAD + "Atas LKPD TA 2016 itu, BPK menjatuhkan opini Wajar Tanpa Pengecualian (WTP) bagi Kabupaten Boyolali "
            "dan Kabupaten Batang, kecuali Kabupaten Kebumen yang opininya masih Wajar Dengan Pengecualian (WDP).")
    assert facts_of(extract(text, date(2017, 5, 26))) == {
        ("33.09", "OPINI_BPK", "WTP", 2016, "achieved"), ("33.25", "OPINI_BPK", "WTP", 2016, "achieved"),
        ("33.05", "OPINI_BPK", "WTP", 2016, "not_achieved"), ("33.05", "OPINI_BPK", "WDP", 2016, "achieved")}


def test_a_count_with_an_exception_is_the_names_before_without_it(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD TA 2016 bagi tiga kabupaten, yakni Kabupaten Kebumen, Kabupaten "
            "Boyolali dan Kabupaten Batang.\nAtas LKPD TA 2016 itu, BPK menjatuhkan opini WTP bagi kedua kabupaten, "
            "kecuali Kabupaten Kebumen yang opininya masih WDP.")
    found = facts_of(extract(text, date(2017, 5, 26)))
    assert {("33.09", "OPINI_BPK", "WTP", 2016, "achieved"), ("33.25", "OPINI_BPK", "WTP", 2016, "achieved"),
            ("33.05", "OPINI_BPK", "WDP", 2016, "achieved")} <= found
    assert ("33.05", "OPINI_BPK", "WTP", 2016, "achieved") not in found


def test_an_award_falls_to_its_recipients_and_the_next_award_is_the_next_verbs(extract):
    text = (HEAD + "Sementara Piala Adipura Kategori Kota Kecil jatuh ke Kabupaten Penajam Paser Utara dan Paser, dan "
            "Sertifikat Adipura Kategori Kota Besar diraih Kota Samarinda.")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text))}
    assert found == {("64.09", "Adipura"), ("64.01", "Adipura"), ("64.72", "Sertifikat Adipura")}


@pytest.mark.parametrize("sentence, codes", [
    ("Sementara Kabupaten Minahasa Utara dan Kabupaten Minahasa membukukan kategori KLA tingkat Pratama.",
     {"71.06", "71.02"}),
    ("Adapun Adipura Kencana diserahkan Wakil Presiden. Penerimanya yakni Kota Surabaya dan Kota Bitung.",
     {"35.78", "71.72"}),
])
def test_more_verbs_of_getting(extract, sentence, codes):
    assert {code for code, *_ in facts_of(extract(HEAD + sentence))} == codes


def test_congratulated_on_an_opinion_holds_it(extract):
    text = HEAD + "Ia mengucapkan selamat kepada Pemerintah Kabupaten Bangka atas opini WTP tahun anggaran 2022."
    assert facts_of(extract(text, date(2023, 5, 20))) == {("19.01", "OPINI_BPK", "WTP", 2022, "achieved")}


def test_a_red_report_card_in_audit_news_is_no_human_rights_rating(extract):
    text = ("Lambar, Lamtim, Lamteng Rapor Merah\nBPK merilis hasil pemeriksaan. Tiga kabupaten mendapat predikat "
            "Wajar Dengan Pengecualian (WDP), yakni Kabupaten Lampung Tengah, Lampung Timur dan Pesisir Barat.")
    assert {label for _, label, *_ in facts_of(extract(text))} == {"OPINI_BPK"}


def test_a_red_report_card_of_human_rights_action_is_still_one(extract):
    text = (HEAD + "Kabupaten Lampung Tengah mendapat rapor merah dalam pelaporan Aksi HAM tahun 2023, sedangkan "
            "opini WTP diraih Kabupaten Lampung Timur.")
    assert ("18.02", "AKSI_HAM", None, 2023, "not_achieved") in facts_of(extract(text))


def test_names_that_own_the_audited_report_are_not_the_giver(extract):
    text = (HEAD + "Berdasarkan penilaian tersebut terhadap LKPD Tahun 2024 Pemkab Langkat, Labuhanbatu, dan Pemko "
            "Sibolga, BPK Perwakilan Provinsi Sumatera Utara memberikan Opini Wajar Dengan Pengecualian (WDP).")
    assert facts_of(extract(text, date(2025, 5, 26))) == {
        (code, "OPINI_BPK", "WDP", 2024, "achieved") for code in ("12.05", "12.10", "12.73")}


def test_all_of_those_named_before_got_it(extract):
    text = (HEAD + "BPK menyerahkan LHP atas LKPD Tahun 2024 kepada Kota Dumai, serta Kabupaten Bengkalis dan Kampar.\n"
            "Hasil pemeriksaan menunjukkan seluruh pemerintah daerah penerima LHP tersebut meraih opini Wajar Tanpa "
            "Pengecualian (WTP).")
    assert facts_of(extract(text, date(2025, 5, 20))) == {
        (code, "OPINI_BPK", "WTP", 2024, "achieved") for code in ("14.72", "14.03", "14.01")}


def test_handing_over_the_results_of_an_evaluation_is_no_award(extract):
    text = (HEAD + "Menteri PANRB menyerahkan langsung hasil evaluasi SAKIP itu kepada pemerintah daerah wilayah I, "
            "yaitu Aceh, Sumatra Utara dan Jawa Barat.")
    assert not facts_of(extract(text, date(2020, 2, 11)))


def test_submitting_its_own_report_is_no_award(extract):
    text = (HEAD + "BPK mengumumkan opini WTP bagi kabupaten/kota penerima LKPD.\nHingga batas 31 Maret 2016, tercatat ada "
            "16 pemerintah kabupaten dan kota yang menyerahkan LKPD ke BPK. Satu kabupaten, yaitu Musi Rawas Utara "
            "(Muratara), baru menyerahkan laporannya pada 12 April 2016.")
    assert not any(code == "16.13" for code, *_ in facts_of(extract(text, date(2016, 6, 1))))


def test_a_grade_after_its_category_and_level_words(extract):
    text = (HEAD + "Penghargaan Innovative Government Award (IGA) 2021 diserahkan Mendagri. Sedangkan penghargaan kategori "
            "kabupaten dan kota terinovatif diperoleh Kabupaten Banyuwangi dan Kota Surabaya.")
    found = facts_of(extract(text, date(2021, 12, 30)))
    assert {("35.10", "IGA", "Terinovatif", 2021, "achieved"), ("35.78", "IGA", "Terinovatif", 2021, "achieved")} <= found


def test_the_ombudsman_zones_under_their_old_names(extract):
    text = (HEAD + "Penilaian kepatuhan Ombudsman tahun 2021 diumumkan. Adapun Kota Sorong meraih predikat kepatuhan "
            "tinggi dengan nilai 81,60, sedangkan Kabupaten Kaimana berada pada predikat kepatuhan rendah.")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text, date(2021, 12, 1)))}
    assert found == {("96.71", "Zona Hijau"), ("92.08", "Zona Merah")}


def test_one_name_after_both_type_words_is_two_regions(extract):
    text = HEAD + "Kabupaten dan Kota Solok meraih KLA Pratama tahun 2023."
    extraction = extract(text)
    assert facts_of(extraction) == {("13.02", "KLA", "Pratama", 2023, "achieved"),
                                    ("13.72", "KLA", "Pratama", 2023, "achieved")}
    assert {f.holder for f in extraction.facts} == {"Kabupaten dan Kota Solok", "Kota Solok"}


def test_the_predikat_that_names_who_the_subject_is_is_not_the_verbs_object(extract):
    text = (HEAD + "Bupati Lahat menerima Piala Adipura Tahun 2022.\nSiti Nurbaya berharap para kepala daerah penerima "
            "Piala Adipura bisa menjadi champions dalam mengatasi persoalan lingkungan.")
    assert facts_of(extract(text, date(2023, 3, 1))) == {("16.04", "ADIPURA", "Adipura", 2022, "achieved")}


def test_recipients_of_a_letter_grade_with_their_provinces_in_brackets(extract):
    text = (HEAD + "Hasil evaluasi SAKIP 2018 diserahkan. Sedangkan peraih BB meliputi Kota Serang, (Banten), Kabupaten "
            "Lebak, (Banten) dan Kabupaten Batanghari (Jambi).")
    found = facts_of(extract(text, date(2019, 1, 29)))
    assert {(code, grade) for code, _, grade, _, _ in found} == {("36.73", "BB"), ("36.02", "BB"), ("15.04", "BB")}


def test_like_the_holder_compared_with_is_the_grade_it_got(extract):
    text = (HEAD + "Batola berhasil meraih Anugerah Adipura 2023.\nPada edisi 2023, Adipura Kencana diraih Kota Balikpapan.\n"
            "Seperti Batola, kabupaten lain di Kalimantan Selatan yang juga meraih penghargaan adalah Tanah Bumbu dan Tapin.")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text, date(2024, 3, 6)))}
    assert {("63.10", "Adipura"), ("63.05", "Adipura"), ("64.71", "Adipura Kencana")} <= found
    assert ("63.10", "Adipura Kencana") not in found


def test_the_fields_of_a_record_belong_to_the_name_that_opened_it(extract):
    text = (HEAD + "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar layanan publik tahun 2022 di Provinsi "
            "Jambi:\n1. Kabupaten Tebo\nNilai kepatuhan: 92,5\nOpini: kualitas tertinggi\nKategori: A\n"
            "2. Kabupaten Kerinci\nNilai kepatuhan: 87,31\nOpini: kualitas tinggi\nKategori: B\n")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text, date(2023, 1, 31))) if grade}
    assert found == {("15.09", "Kualitas Tertinggi"), ("15.01", "Kualitas Tinggi")}


def test_each_holder_with_the_grade_it_came_with(extract):
    text = (HEAD + "Dua kabupaten menerima Penghargaan Adipura 2022. Kedua kabupaten itu ialah Kabupaten Way Kanan dengan "
            "kategori penghargaan Plakat Adipura serta Kabupaten Lampung Barat untuk kategori Sertifikat Adipura.")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text, date(2023, 3, 2)))}
    assert {("18.08", "Plakat Adipura"), ("18.04", "Sertifikat Adipura")} <= found
    assert ("18.08", "Sertifikat Adipura") not in found and ("18.04", "Plakat Adipura") not in found


def test_a_counted_award_noun_announces_the_awards_named_after_it(extract):
    text = (HEAD + "Kabupaten Sragen meraih dua penghargaan sekaligus, yakni penghargaan Kabupaten Layak Anak (KLA) "
            "kategori Pratama dan penghargaan Pemenuhan Hak Sipil Anak tahun 2018.")
    assert facts_of(extract(text, date(2018, 7, 24))) == {("33.14", "KLA", "Pratama", 2018, "achieved")}


def test_a_count_larger_than_the_names_before_still_points_at_them(extract):
    # "di antaranya" names some of the eighteen: the names are trusted
    text = (HEAD + "Daerah yang diperiksa itu di antaranya Pemerintah Kabupaten Ende, Rote Ndao, Malaka dan Pemerintah "
            "Kota Kupang.\nKe-18 kabupaten/kota tersebut merupakan pemerintah daerah yang pada tahun sebelumnya sukses "
            "mengantongi opini WTP atas LKPD mereka.")
    assert {c for c, *_ in facts_of(extract(text, date(2021, 6, 1)))} == {"53.08", "53.14", "53.21", "53.71"}
    # a smaller count picks some of the names, and which is not known
    fewer = (HEAD + "Daerah yang diperiksa itu ialah Kabupaten Ende, Rote Ndao, Malaka dan Kota Kupang.\n"
             "Dua kabupaten tersebut hanya meraih opini WDP.")
    assert facts_of(extract(fewer, date(2021, 6, 1))) == set()


def test_a_grade_then_ada_lists_its_holders(extract):
    text = (HEAD + "Seluruh 35 kabupaten/kota di Jawa Tengah meraih predikat KLA 2025. Kategori Pratama diraih "
            "Kabupaten Semarang dan Jepara.\nUntuk kategori Madya, ada Kabupaten Banjarnegara, Banyumas dan Kota "
            "Salatiga.")
    found = facts_of(extract(text, date(2025, 8, 11)))
    assert {(c, g) for c, _, g, _, _ in found} == {("33.22", "Pratama"), ("33.20", "Pratama"), ("33.04", "Madya"),
                                                   ("33.02", "Madya"), ("33.73", "Madya")}


def test_a_wako_quoted_with_kami_speaks_for_the_city(extract):
    text = (HEAD + "Pemko Padang meraih opini WTP atas LKPD tahun anggaran 2022.\n\"Kami bertekad mempertahankan opini "
            "WTP tahun depan,\" kata Wako Padang Hendri Septa.")
    assert ("13.71", "OPINI_BPK", "WTP", 2023, "maintain_target") in facts_of(extract(text, date(2023, 5, 1)))


def test_a_category_that_names_the_kind_of_holder_before_its_grade(extract):
    # blind57's b57-15: "dalam kategori Provinsi Sangat Inovatif" grades the award the sentence before named
    text = ("Aceh Terima Innovative Government Award 2020\nPemerintah Aceh menerima Innovative Government Award (IGA) "
            "2020 dari Kementerian Dalam Negeri.\nAceh diganjar penghargaan dalam kategori Provinsi Sangat Inovatif.")
    assert facts_of(extract(text, date(2020, 12, 19))) == {("11", "IGA", "Sangat Inovatif", 2020, "achieved")}


@pytest.mark.parametrize("trophy, grade", [("Piala Adipura Kirana", "Kirana"), ("Piala Adipura Kencana", "Adipura Kencana"),
                                           ("Piala Adipura", "Adipura")])
def test_a_trophy_named_with_its_grade_is_that_grade(extract, trophy, grade):
    # blind57's b57-11: "Piala Adipura" and "Adipura Kirana" share a word; the grade is the one named last
    text = HEAD + f"{trophy} yang diterima Kota Banda Aceh tahun ini akan diarak keliling kota."
    assert facts_of(extract(text, date(2016, 7, 21))) == {("11.71", "ADIPURA", grade, 2016, "achieved")}


def test_the_ombudsmans_opinion_classes_of_2024(extract):
    # blind57's b57-13: the Ombudsman's "opini tertinggi" is Kualitas Tertinggi; in audit news it names nothing
    text = (HEAD + "Ombudsman RI Perwakilan Aceh menyampaikan hasil penilaian kepatuhan standar pelayanan publik 2024. "
            "Hasil penilaian dituangkan dalam opini pengawasan pelayanan publik.\n\n"
            "Pemerintah kabupaten kota peraih opini tertinggi itu adalah Pemkab Pidie Jaya dan Pemkot Banda Aceh.")
    assert facts_of(extract(text, date(2025, 1, 21))) == {
        (code, "OMBUDSMAN_KEPATUHAN", "Kualitas Tertinggi", 2024, "achieved") for code in ("11.18", "11.71")}
    audit = HEAD + "Pemkot Banda Aceh meraih opini tertinggi, yakni WTP, atas LKPD Tahun Anggaran 2023."
    assert facts_of(extract(audit, date(2024, 5, 21))) == {("11.71", "OPINI_BPK", "WTP", 2023, "achieved")}


@pytest.mark.parametrize("name", ["Anugerah Keterbukaan Informasi Publik", "KI Award", "Anugerah Keterbukaan Informasi "
                                  "Badan Publik"])
def test_names_of_the_information_commissions_award(extract, name):
    text = HEAD + f"Pemkab Rokan Hulu meraih {name} 2019."
    assert facts_of(extract(text, date(2019, 12, 2))) == {("14.06", "KIP", None, 2019, "achieved")}


def test_a_grade_as_the_subject_of_a_passive(extract):
    # blind61's b61-08: "Pratama diraih 9 daerah yakni ..." in a KLA article
    text = (HEAD + "Kota Makassar meraih penghargaan KLA kategori Nindya tahun 2019.\n\nPratama diraih dua daerah yakni "
            "Gowa dan Maros.")
    assert facts_of(extract(text, date(2019, 11, 19)), grade="Pratama") == {
        ("73.06", "KLA", "Pratama", 2019, "achieved"), ("73.09", "KLA", "Pratama", 2019, "achieved")}


def test_a_passive_opinion_whose_subject_says_at_length_what_it_is_on(extract):
    # blind61's b61-04
    text = (HEAD + "Opini wajar tanpa pengecualian (WTP) atas pemeriksaan Laporan Hasil Keuangan (LHP) tahun 2021 "
            "diberikan kepada Pemerintah Kota (Pemkot) Makassar.")
    assert facts_of(extract(text, date(2022, 5, 20))) == {("73.71", "OPINI_BPK", "WTP", 2021, "achieved")}


def test_holders_each_with_a_score_and_a_grade_after_one_verb(extract):
    # blind61's b61-12
    text = (HEAD + "Adapun berdasarkan indeks SAKIP tahun 2018, Pemprov Gorontalo mendapat nilai 63,22 dengan predikat B, "
            "Kabupaten Bone Bolango 70,58 dengan predikat BB, Kota Gorontalo 64,87 predikat B, dan Kabupaten Boalemo "
            "54,1 predikat CC.")
    assert facts_of(extract(text, date(2019, 8, 20))) == {
        ("75", "SAKIP", "B", 2018, "achieved"), ("75.03", "SAKIP", "BB", 2018, "achieved"),
        ("75.71", "SAKIP", "B", 2018, "achieved"), ("75.02", "SAKIP", "CC", 2018, "achieved")}


def test_places_named_one_after_another_keep_their_own(extract):
    # blind61's b61-13: "Peringkat kedua" and "peringkat ketiga" after "peringkat pertama"
    text = (HEAD + "Bupati Pinrang menerima penghargaan peringkat pertama pada Penilaian Kepatuhan Tahun 2023 di lingkup "
            "Kab/Kota se-Sulawesi Selatan. Peringkat kedua diraih Kab Luwu Utara, sedangkan Bupati Gowa menerima "
            "penghargaan untuk peringkat ketiga.")
    grades = {f[0]: f[2] for f in facts_of(extract(text, date(2024, 1, 29)))}
    assert grades["73.22"] == "Peringkat 2" and grades["73.06"] == "Peringkat 3"


def test_a_place_right_after_the_award_noun_grades_it(extract):
    # blind61's b61-13: the place follows "penghargaan", the programme is named later in the sentence
    text = (HEAD + "Bupati Pinrang menerima penghargaan peringkat pertama sebagai Kabupaten dengan nilai tertinggi pada "
            "Penilaian Kepatuhan Tahun 2023 di lingkup Kab/Kota se-Sulawesi Selatan.")
    assert facts_of(extract(text, date(2024, 1, 29))) == {
        ("73.15", "OMBUDSMAN_KEPATUHAN", "Peringkat 1", 2023, "achieved")}


def test_a_letter_right_after_the_name_of_its_predikat(extract):
    # blind58's b58_04
    text = HEAD + 'Pemda Provinsi Jawa Barat memperoleh nilai akuntabilitas kinerja "A" dari Kementerian PAN RB.'
    assert facts_of(extract(text, date(2018, 5, 28))) == {("32", "SAKIP", "A", None, "achieved")}


def test_an_index_named_like_a_predikat_is_no_predikat(extract):
    # blind60's b60-12: the Indeks Keterbukaan Informasi Publik (IKIP) is a survey score, not the KIP monev
    text = HEAD + "Indeks Keterbukaan Informasi Publik (IKIP) Provinsi Kalimantan Timur menembus peringkat 3 nasional."
    assert facts_of(extract(text, date(2025, 10, 4))) == set()


def test_the_whole_an_only_picks_from_holds_nothing(extract):
    # blind67's b67-11: of the five named, only the province got the green zone
    text = (HEAD + "Dari lima pemerintah daerah yakni provinsi, Kabupaten Bengkulu Utara, Mukomuko, Kota Bengkulu dan "
            "Lebong, hanya Pemerintah Provinsi Bengkulu yang mendapat zona hijau dari Ombudsman.")
    assert {c for c, *_ in facts_of(extract(text, date(2017, 6, 1)))} == {"17"}


def test_kualifikasi_names_a_grade(extract):
    # blind62's b62_11: the Information Commission grades by "kualifikasi"
    text = (HEAD + "Lima provinsi meraih penghargaan Keterbukaan Informasi Publik kategori badan publik pemerintah provinsi "
            "dengan kualifikasi cukup informatif, yaitu Pemprov Jawa Timur dan Pemprov Banten.")
    assert {g for _, _, g, _, _ in facts_of(extract(text, date(2018, 11, 5)))} == {"Cukup Informatif"}


def test_a_ranking_told_place_by_place(extract):
    # blind65's b65-11: "Kedua, Kota Bima (83,90). Ketiga, ..." go on with the ranking before
    text = (HEAD + "Ombudsman RI melakukan penilaian kepatuhan pemda se-NTB tahun 2023. Adapun 8 Pemda berhasil meraih "
            "opini kualitas tinggi. Urutan pertama ditempati Kabupaten Bima dengan nilai 86,65, kategori B dengan opini "
            "kualitas tinggi.\nKedua, Kota Bima (83,90). Ketiga, Kota Mataram (82,88).")
    found = facts_of(extract(text, date(2024, 2, 1)))
    assert {("52.72", "OMBUDSMAN_KEPATUHAN", "Kualitas Tinggi", 2023, "achieved"),
            ("52.71", "OMBUDSMAN_KEPATUHAN", "Kualitas Tinggi", 2023, "achieved")} <= found


def test_bullets_right_under_the_title_are_other_headlines(extract):
    # blind67's b67-12: a block of related headlines between the title and the body
    text = ("Menuju Informatif, Riau Urutan Pertama Keterbukaan Informasi Publik\n"
            "- Pj. Bupati Bengkalis, Semua Orang Harus Tahu Anggaran Di Tiap Perangkat Daerah\n"
            "- Ikan Cupang Hias Api-Api Aset Berharga Riau\n"
            "PEKANBARU - Provinsi Riau menempati peringkat pertama pada kualifikasi menuju informatif tahun 2020.")
    assert {c for c, *_ in facts_of(extract(text, date(2020, 11, 25)))} == {"14"}


def test_a_grade_list_goes_on_past_read_also_lines(extract):
    # the award named before the "Baca juga" lines is still the one graded after them, in an article
    # that speaks mostly of another predikat
    text = ("Jateng Raih Penghargaan Provinsi Layak Anak\n"
            "Jawa Tengah meraih penghargaan Provinsi Layak Anak 2025. Penghargaan Provinsi Layak Anak "
            "diterima Wakil Gubernur.\n"
            "Sebanyak 35 kabupaten/kota juga meraih penghargaan Kabupaten/Kota Layak Anak tahun 2025. "
            "Kategori Pratama diraih Kabupaten Jepara dan Wonosobo.\n"
            "BACA JUGA:Ketua DPRD Jateng Sumanto Tonton Wayang\n"
            "BACA JUGA:Lokus Utama di Jateng, Pemerintah Canangkan Gemapatas 2025\n"
            "Sementara kategori Nindya diraih Kota Surakarta dan Kabupaten Klaten.")
    found = facts_of(extract(text))
    assert ("33.72", "KLA", "Nindya", 2025, "achieved") in found
    assert ("33.10", "KLA", "Nindya", 2025, "achieved") in found


def test_a_grade_fronted_before_the_award_noun_grades_it(extract):
    text = (HEAD + "Sebanyak 35 kabupaten/kota meraih penghargaan Kabupaten/Kota Layak Anak tahun 2025. "
            "Untuk kategori Madya, penghargaan jatuh kepada Banjarnegara, Banyumas, dan Kota Salatiga.")
    assert facts_of(extract(text)) == {("33.04", "KLA", "Madya", 2025, "achieved"),
                                       ("33.02", "KLA", "Madya", 2025, "achieved"),
                                       ("33.73", "KLA", "Madya", 2025, "achieved")}
    # set apart, not this one's grade
    text = (HEAD + "Kabupaten Sorong meraih opini WTP atas LKPD Tahun Anggaran 2018. Di luar predikat WTP, "
            "Kabupaten Maybrat juga mendapat piagam penghargaan.")
    assert facts_of(extract(text)) == {("96.01", "OPINI_BPK", "WTP", 2018, "achieved")}


def test_list_items_each_with_their_own_year(extract):
    text = (HEAD + "Di lingkup Provinsi NTT, baru dua Pemda yang masuk zona hijau kepatuhan pelayanan publik, yaitu Pemda "
            "Kabupaten Timor Tengah Selatan (TTS) yang mencapainya pada tahun 2016 dan Pemda Provinsi NTT pada tahun 2017.")
    assert facts_of(extract(text, date(2018, 12, 14))) == {
        ("53.02", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2016, "achieved"),
        ("53", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2017, "achieved")}


OMBUDSMAN = "Ombudsman mengumumkan hasil penilaian kepatuhan standar pelayanan publik. "


def test_a_list_of_regions_with_their_scores_runs_past_its_semicolons(extract):
    # blind81's b81_13: "Name: score;" items are one list, not four clauses
    text = (HEAD + OMBUDSMAN + "Empat kabupaten lain yang masuk zona hijau yaitu Kabupaten Bungo: 92,06; Tebo: 87,24; "
            "Muaro Jambi 87,09; Tanjung Jabung Timur: 82,56.")
    found = facts_of(extract(text, date(2021, 12, 29)))
    assert {code for code, *_ in found} == {"15.08", "15.09", "15.05", "15.07"}
    # a semicolon between clauses with verbs of their own still cuts
    text = HEAD + OMBUDSMAN + "Kabupaten Bungo meraih zona hijau; Kabupaten Tebo berbenah agar naik kelas."
    assert {code for code, *_ in facts_of(extract(text, date(2021, 12, 29)))} == {"15.08"}


def test_a_year_after_padahal_is_the_state_before_not_the_one_reached(extract):
    # blind81's b81_13: "masuk zona hijau ..., padahal pada penilaian 2019 masih berada di zona kuning"
    text = (HEAD + "Ombudsman mengumumkan hasil penilaian kepatuhan standar pelayanan publik tahun 2021. "
            "Kota Sungai Penuh berhasil masuk zona hijau dengan nilai 90,40, padahal pada penilaian 2019 masih "
            "berada di zona kuning.")
    found = facts_of(extract(text, date(2021, 12, 29)))
    assert ("15.72", "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2019, "achieved") in found
    assert ("15.72", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2021, "achieved") in found


def test_a_list_that_points_back_at_a_counted_group_holds_its_predikat(extract):
    # blind83's b83_01: "Daerah penerima itu ialah ..." names the group counted in the title
    text = ("Tiga Pemda di Jatim Kantongi Opini WTP\n"
            "Tiga kabupaten di Jawa Timur menerima LHP atas LKPD Tahun 2024 dari BPK, Kamis (17/4/2025). "
            "LHP diserahkan langsung oleh Kepala BPK Jatim di Sidoarjo. "
            "Daerah penerima itu ialah Kabupaten Bangkalan, Gresik, dan Tuban.")
    found = facts_of(extract(text))
    assert {code for code, *_ in found} == {"35.26", "35.25", "35.23"}
    assert {(label, grade, year, status) for _, label, grade, year, status in found} \
        == {("OPINI_BPK", "WTP", 2024, "achieved")}
    # names set apart from the group are not its members
    for opening in ("Sementara yang belum itu ialah", "Daerah lain itu ialah"):
        other = text.replace("Daerah penerima itu ialah", opening).replace("Bangkalan, Gresik, dan Tuban",
                                                                           "Sampang, Pamekasan, dan Sumenep")
        assert not any(code in {"35.27", "35.28", "35.29"} for code, *_ in facts_of(extract(other)))


def test_a_zone_left_behind_before_a_leap_to_the_next(extract):
    # blind83's b83_12: "yang dulunya berada di zona merah kini melesat ke zona hijau"
    text = (HEAD + "Ombudsman menyerahkan hasil survei kepatuhan 2018 kepada lima kabupaten. Pemkab Klungkung yang "
            "dulunya berada di zona merah kini melesat ke zona hijau dengan nilai 92,51.")
    found = facts_of(extract(text, date(2019, 1, 7)))
    assert ("51.05", "OMBUDSMAN_KEPATUHAN", "Zona Hijau", 2018, "achieved") in found
    assert not any(grade == "Zona Merah" and year == 2018 for _, _, grade, year, _ in found)


def test_regions_headed_by_wilayah_as_a_subject_are_holders(extract):
    # blind85's b85-05: "Sementara wilayah Balikpapan dan Kutai Timur tidak kebagian penghargaan tersebut."
    text = (HEAD + "Gubernur menyerahkan penghargaan Peduli HAM kepada Samarinda dan Berau. Sementara wilayah "
            "Balikpapan dan Kutai Timur tidak kebagian penghargaan tersebut.")
    found = facts_of(extract(text))
    assert {(code, status) for code, _, _, _, status in found} == {
        ("64.72", "achieved"), ("64.03", "achieved"), ("64.71", "not_achieved"), ("64.08", "not_achieved")}
    # after a preposition the same words are a place
    text = HEAD + "Penghargaan Peduli HAM diserahkan kepada Samarinda di wilayah Balikpapan dan Kutai Timur."
    assert {code for code, *_ in facts_of(extract(text))} == {"64.72"}
    text = (HEAD + "Kota Samarinda meraih penghargaan Peduli HAM tahun 2023 yang diserahkan di Hotel Aston, wilayah "
            "Balikpapan.")
    assert {code for code, *_ in facts_of(extract(text))} == {"64.72"}


def test_a_grade_after_a_comma_heads_the_names_that_follow_it(extract):
    # blind32's b32_13: "masuk kategori menuju informatif, cukup informatif Merangin, Kerinci, Sarolangun"
    text = (HEAD + "Kabupaten Tebo masuk kategori menuju informatif, cukup informatif Merangin, Kerinci, Sarolangun, "
            "selainnya kurang informatif Bungo, Batang Hari dan Tanjab Barat.")
    found = {(code, grade) for code, _, grade, _, _ in facts_of(extract(text, date(2024, 2, 19)))}
    assert found == {("15.09", "Menuju Informatif"), ("15.02", "Cukup Informatif"), ("15.01", "Cukup Informatif"),
                     ("15.03", "Cukup Informatif"), ("15.08", "Kurang Informatif"), ("15.04", "Kurang Informatif"),
                     ("15.06", "Kurang Informatif")}


def test_a_list_under_a_bare_verb_takes_the_predikat_named_a_paragraph_before(extract):
    # blind97's b97_03: four sentences without a predikat's name stand between "daerah peduli HAM" and the list
    # asked to keep "capaiannya"
    text = (HEAD + "Dari 17 kabupaten/kota di Sultra, baru 10 daerah yang ditetapkan sebagai daerah peduli HAM.\n"
            "Tim sudah turun ke lapangan. Mereka membantu data dukung. Sebagian besar daerah itu baru.\n"
            "Tim juga memeriksa layanan kesehatan.\n"
            "Sementara itu, daerah yang telah menyandang predikat, di antaranya Kota Kendari dan Kota Baubau, diminta "
            "mempertahankan capaiannya pada penilaian tahun ini.")
    assert {f for f in facts_of(extract(text, date(2024, 2, 7))) if f[4] == "maintain_target"} == {
        ("74.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"), ("74.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_bare_names_coordinated_with_a_grade_share_it_and_keeping_it_keeps_the_grade(extract):
    # blind97's b97_16: "Sangat Inovatif pada IGA 2021 dan IGA 2022"; keeping "IGA 2024" keeps Sangat Inovatif
    text = (HEAD + "Kubu Raya sebelumnya juga meraih predikat Sangat Inovatif pada IGA 2021 dan IGA 2022.\n"
            "Bupati Kubu Raya berharap predikat tersebut dapat dipertahankan pada IGA 2024.")
    assert facts_of(extract(text, date(2023, 12, 20))) == {
        ("61.12", "IGA", "Sangat Inovatif", 2021, "achieved"), ("61.12", "IGA", "Sangat Inovatif", 2022, "achieved"),
        ("61.12", "IGA", "Sangat Inovatif", 2024, "maintain_target")}


def test_a_named_speaker_speaks_every_sentence_of_the_quote_he_closes(extract):
    # blind95's b95_16: the goal is two sentences before "kata Alfedri"
    text = (HEAD + "LHE diserahkan di Pekanbaru, Kamis (8/2/2024), dan diterima langsung Bupati Siak Alfedri.\n"
            '"Alhamdulillah, kita bertahan di BB. Tapi target kita tahun ini naik ke predikat A. Untuk itu, kinerja '
            'harus makin tajam," kata Alfedri.')
    assert ("14.08", "SAKIP", "A", 2024, "target") in facts_of(extract(text, date(2024, 2, 9)))


def test_a_head_of_governments_dated_goal_with_nobody_named_is_his_regions(extract):
    # blind95's b95_11: "targetnya" in the mayor's quote is Batam's; an undated hope stays nobody's
    text = (HEAD + "Kota Batam kembali meraih predikat Kota Layak Anak (KLA) kategori Nindya. Penghargaan diterima "
            "Wali Kota Batam Muhammad Rudi.\n"
            '"Kategori Nindya ini berhasil kami pertahankan. Tahun depan targetnya naik ke Utama," kata Rudi.')
    assert ("21.71", "KLA", "Utama", 2024, "target") in facts_of(extract(text, date(2023, 7, 23)))
    text = (HEAD + "Kota Batam kembali meraih predikat Kota Layak Anak (KLA) kategori Nindya. Penghargaan diterima "
            "Wali Kota Batam Muhammad Rudi.\n"
            '"Mudah-mudahan prestasi ini bisa terus dipertahankan," kata Rudi.')
    assert {f[4] for f in facts_of(extract(text, date(2023, 7, 23)))} == {"achieved"}


def test_that_predikat_of_a_kabupaten_after_a_pembina_award_is_the_kabupaten_one(extract):
    # blind101's b101_05: the Kanwil's coaching award is named last, but "predikat itu" kept by five kab/kota is KKPHAM
    text = (HEAD + "Seluruh kabupaten/kota di DIY meraih predikat Kabupaten/Kota Peduli HAM tahun 2023.\n"
            "Kelima daerah tersebut adalah Kota Yogyakarta, Kabupaten Sleman, Bantul, Kulon Progo dan Gunungkidul.\n"
            "Atas capaian itu, Kanwil Kemenkumham DIY dinobatkan sebagai salah satu dari lima kantor wilayah pembina "
            "Kabupaten/Kota Peduli HAM terbaik.\n"
            "Ia berharap kelima daerah tersebut mampu mempertahankan predikat itu pada tahun depan.")
    kept = {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "maintain_target"}
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target")
                    for code in ("34.71", "34.04", "34.02", "34.01", "34.03")}


def test_a_plural_pointing_back_is_asked_to_keep_the_predikat_it_names(extract):
    # blind100's b100_04
    text = (HEAD + "Ia menyebutkan delapan daerah yang telah menyandang predikat KKPHAM adalah Kota Bengkulu, "
            "Kabupaten Rejang Lebong dan Seluma.\n"
            "Daerah-daerah itu, kata dia, diminta mempertahankan predikat KKPHAM pada penilaian 2024.")
    kept = {f for f in facts_of(extract(text, date(2024, 2, 22))) if f[4] == "maintain_target"}
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("17.71", "17.02", "17.05")}


def test_a_count_pointing_back_at_every_region_of_a_kind_takes_what_they_all_got(extract):
    # blind100's b100_06: "Seluruh kabupaten dan kota ... ditetapkan ...", then "Ketujuh daerah tersebut yakni ..."
    text = (HEAD + "Seluruh kabupaten dan kota di Provinsi Kepulauan Bangka Belitung ditetapkan sebagai Kabupaten/Kota "
            "Peduli HAM berdasarkan hasil penilaian tahun 2022.\n"
            "Ketujuh daerah tersebut yakni Kota Pangkalpinang, Kabupaten Bangka, Bangka Barat, Bangka Tengah, Bangka "
            "Selatan, Belitung dan Kabupaten Belitung Timur.")
    assert facts_of(extract(text, date(2023, 12, 12))) == {
        (code, "KKPHAM", "Peduli HAM", 2022, "achieved")
        for code in ("19.71", "19.01", "19.05", "19.04", "19.03", "19.02", "19.06")}


def test_a_headline_names_who_did_not_get_it_with_a_bare_belum(extract):
    # blind95's b95_05 and blind100's b100_05: "X Raih ..., Y dan Z Belum"
    text = ("Lima Daerah di Kepri Raih Penghargaan Peduli HAM, Natuna dan Anambas Belum\n"
            "TANJUNGPINANG - Lima daerah menerima penghargaan itu.")
    assert facts_of(extract(text, date(2022, 12, 15))) == {
        ("21.03", "KKPHAM", "Peduli HAM", None, "not_achieved"), ("21.05", "KKPHAM", "Peduli HAM", None, "not_achieved")}


def test_a_relative_clause_of_another_counted_group_is_theirs(extract):
    # blind106's b106_07: "juga delapan daerah lain yang belum pernah meraih" says nothing of Bombana and Muna
    text = (HEAD + '"Kami akan lakukan pendampingan bagi Bombana dan Muna, juga delapan daerah lain yang belum pernah '
            'meraih, agar jumlah daerah peduli HAM di Sultra bertambah pada penilaian 2024," kata Silvester.')
    assert not {f for f in facts_of(extract(text, date(2023, 12, 18))) if f[4] == "not_achieved"}
    # "salah satu kabupaten yang ..." is the holder itself
    text = HEAD + "Pemkab Tuban diapresiasi sebagai salah satu kabupaten yang diusulkan mendapat predikat SAKIP BB."
    assert facts_of(extract(text, date(2018, 10, 30))) != set()


def test_keeping_asked_of_every_region_of_a_province_is_asked_of_its_holders(extract):
    # blind106's b106_13: "seluruh kabupaten/kota di Banten dapat mempertahankan" after naming the holders
    text = (HEAD + "Kabupaten Serang, Kota Cilegon dan Kota Serang meraih predikat Kabupaten/Kota Peduli HAM tahun 2023.\n"
            "Kabupaten Lebak belum berhasil meraih predikat itu.\n"
            "Dodot berharap seluruh kabupaten/kota di Banten dapat mempertahankan predikat Peduli HAM pada penilaian "
            "tahun 2024.")
    kept = {f for f in facts_of(extract(text, date(2023, 12, 15))) if f[4] == "maintain_target"}
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("36.04", "36.72", "36.73")}


@pytest.mark.parametrize("text, expected", [
    # a holder's own verb is not the relative clause of a count after it
    ("Kota Kendari menerima predikat Kabupaten/Kota Peduli HAM tahun 2023, sedangkan dua kabupaten yang menerima "
     "predikat itu tahun lalu kini gagal.", {("74.71", "KKPHAM", "Peduli HAM", 2023, "achieved")}),
    # "sehingga" in the sentence before is no wish for this one; work done before "sehingga" is done
    ("Pemkot ingin layanan membaik sehingga warga puas. Kota Malang meraih predikat Kabupaten/Kota Peduli HAM tahun "
     "2023.", {("35.73", "KKPHAM", "Peduli HAM", 2023, "achieved")}),
    ("Pemkot Malang terus berbenah agar pelayanan publik makin baik, sehingga Kota Malang berhasil meraih predikat "
     "Kabupaten/Kota Peduli HAM tahun 2023.", {("35.73", "KKPHAM", "Peduli HAM", 2023, "achieved")}),
    # never invited is not going to receive
    ("Kabupaten Lahat belum pernah diundang ke Jakarta untuk menerima penghargaan Kabupaten/Kota Peduli HAM.", set()),
    # a bare "belum" after a later verb denies that verb, not the predikat
    ("Kota Batam yang meraih opini WTP sudah menyerahkan LKPD 2023 ke BPK, Kabupaten Bintan dan Kabupaten Karimun "
     "belum.", {("21.71", "OPINI_BPK", "WTP", 2023, "achieved")}),
    # "hampir seluruh" is not every one
    ("Hampir seluruh kabupaten/kota di Jawa Timur meraih predikat KKPHAM tahun 2023. Keempat daerah tersebut yakni "
     "Kabupaten Sampang, Sumenep, Probolinggo dan Kabupaten Pamekasan.", set()),
])
def test_the_eleventh_sessions_rules_keep_to_their_scope(extract, text, expected):
    # cases a review of the eleventh session's rules found them misfiring on
    assert facts_of(extract(HEAD + text, date(2024, 1, 10))) == expected


def test_a_bare_number_after_a_counted_whole_is_a_count_of_it(extract):
    # blind109's b109_02: "Dari sepuluh kabupaten/kota di NTB, delapan sudah menyandang ..." then "Kedelapan daerah itu"
    text = (HEAD + "Dari sepuluh kabupaten/kota di NTB, delapan sudah menyandang predikat KKPHAM tahun 2023.\n"
            "Kedelapan daerah itu ialah Kota Mataram, Kota Bima, Kabupaten Lombok Barat, Lombok Tengah, Lombok Timur, "
            "Sumbawa, Sumbawa Barat dan Dompu.")
    found = facts_of(extract(text, date(2024, 3, 5)))
    assert found == {(code, "KKPHAM", "Peduli HAM", 2023, "achieved")
                     for code in ("52.71", "52.72", "52.01", "52.02", "52.03", "52.04", "52.07", "52.05")}


def test_not_holding_it_while_the_next_round_is_prepared_is_of_the_round_before(extract):
    # blind109's b109_02: "menyiapkan data dukung penilaian KKPHAM tahun 2024, dengan prioritas pada dua daerah
    # yang belum menyandang predikat tersebut"
    text = (HEAD + "Kanwil mulai mendampingi pemerintah daerah dalam menyiapkan data dukung penilaian Kabupaten/Kota "
            "Peduli HAM (KKPHAM) tahun 2024, dengan prioritas pada Kabupaten Lombok Utara yang belum menyandang "
            "predikat tersebut.")
    denied = {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[4] == "not_achieved"}
    assert denied == {("52.08", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_a_goal_named_as_the_subject_reaches_its_verb(extract):
    # blind109's b109_02: "Tahun ini targetnya seluruh kabupaten/kota di NTB meraih predikat peduli HAM, termasuk ..."
    text = (HEAD + "Tahun ini targetnya Kabupaten Lombok Utara dan Kabupaten Bima meraih predikat peduli HAM.")
    assert facts_of(extract(text, date(2024, 3, 5))) == {
        ("52.08", "KKPHAM", "Peduli HAM", 2024, "target"), ("52.06", "KKPHAM", "Peduli HAM", 2024, "target")}
    # (a full stop ends it: the goal of one sentence is not the verb of the next)
    text = HEAD + "Tahun ini targetnya jelas sekali. Kabupaten Bima meraih predikat peduli HAM tahun 2023."
    assert facts_of(extract(text, date(2024, 3, 5))) == {("52.06", "KKPHAM", "Peduli HAM", 2023, "achieved")}


def test_a_count_of_as_many_as_hold_it_asked_to_keep_it(extract):
    # blind109's b109_02: "Sementara bagi delapan daerah yang sudah meraih predikat, Kanwil meminta agar capaian itu
    # dipertahankan pada penilaian tahun ini"
    text = (HEAD + "Kota Mataram dan Kota Bima sudah menyandang predikat KKPHAM tahun 2023.\n"
            "Sementara bagi dua daerah yang sudah meraih predikat, Kanwil meminta agar capaian itu dipertahankan pada "
            "penilaian tahun ini.")
    kept = {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[4] == "maintain_target"}
    assert kept == {("52.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("52.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (a count that is not how many hold it asks nobody named)
    text = text.replace("bagi dua daerah", "bagi tiga daerah")
    assert not {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[4] == "maintain_target"}


def test_a_count_pointing_back_at_a_coaching_award_takes_the_kabupaten_predikat(extract):
    # blind107's b107_06: "Lengkap 13 Kabupaten/Kota, Kalsel Sabet Penghargaan Provinsi Pembina Peduli HAM ...
    # Ketiga belas daerah itu yakni ..."
    text = ("Lengkap 3 Kabupaten/Kota, Kalsel Sabet Penghargaan Provinsi Pembina Peduli HAM\n"
            "BANJARMASIN - Penghargaan diserahkan di Jakarta.\n"
            "Ketiga daerah itu yakni Kabupaten Tabalong, Balangan dan Kota Banjarbaru.")
    found = {f for f in facts_of(extract(text, date(2021, 12, 10))) if f[0] != "63"}
    assert {(c, label, s) for c, label, _, _, s in found} == {
        (code, "KKPHAM", "achieved") for code in ("63.09", "63.11", "63.72")}


def test_a_purpose_reaches_its_verb_over_the_round_and_a_subject(extract):
    # blind109's b109_01: "Talaud dan Bolsel akan kami dampingi sejak awal tahun supaya pada penilaian 2024 seluruh
    # 15 kabupaten/kota di Sulut berpredikat peduli HAM"
    text = (HEAD + '"Talaud dan Bolsel akan kami dampingi sejak awal tahun supaya pada penilaian 2024 seluruh 15 '
            'kabupaten/kota di Sulut berpredikat peduli HAM," ujarnya.')
    assert facts_of(extract(text, date(2023, 12, 12))) == {
        ("71.04", "KKPHAM", "Peduli HAM", 2024, "target"), ("71.11", "KKPHAM", "Peduli HAM", 2024, "target")}


def test_a_goal_with_no_year_is_for_the_round_of_the_goal_just_before(extract):
    # blind110's b110_06: "... agar pada 2025 seluruh kabupaten/kota di NTB meraih predikat KKPHAM. Sementara delapan
    # daerah yang sudah meraih kami harapkan mempertahankannya"
    text = (HEAD + "Kota Mataram dan Kota Bima meraih predikat KKPHAM tahun 2024.\n"
            '"Kabupaten Bima akan kami dampingi agar pada 2025 seluruh kabupaten/kota di NTB meraih predikat KKPHAM. '
            'Sementara dua daerah yang sudah meraih kami harapkan mempertahankannya," ujarnya.')
    found = facts_of(extract(text, date(2025, 1, 16)))
    assert {f for f in found if f[4] == "maintain_target"} == {
        ("52.71", "KKPHAM", "Peduli HAM", 2025, "maintain_target"), ("52.72", "KKPHAM", "Peduli HAM", 2025, "maintain_target")}
    # (a goal of another grade leaves it undated)
    text = (HEAD + "Kota Langsa meraih kategori Informatif.\n"
            '"Kami mendorong badan publik agar naik ke kategori Menuju Informatif tahun depan," katanya. Ia juga meminta '
            "Pemko Banda Aceh mempertahankan kategori Informatif.")
    kept = {f for f in facts_of(extract(text, date(2022, 12, 20))) if f[4] == "maintain_target"}
    assert kept == {("11.71", "KIP", "Informatif", None, "maintain_target")}


def test_keeping_asked_of_the_regions_that_already_hold_it(extract):
    # blind110's b110_13: '"Kami berharap tahun depan jumlahnya bertambah, dan daerah yang sudah meraih tetap
    # mempertahankan," ujarnya.' with no predikat named in the sentence
    text = (HEAD + "Kanwil menyerahkan penghargaan Kabupaten/Kota Peduli HAM kepada Kota Sabang dan Kota Langsa.\n"
            '"Kami berharap tahun depan jumlahnya bertambah, dan daerah yang sudah meraih tetap mempertahankan," '
            "ujarnya.")
    kept = {f for f in facts_of(extract(text, date(2022, 12, 12))) if f[4] == "maintain_target"}
    assert kept == {("11.72", "KKPHAM", "Peduli HAM", 2023, "maintain_target"),
                    ("11.74", "KKPHAM", "Peduli HAM", 2023, "maintain_target")}
    # (undated, the hope to keep it is a wish)
    text = text.replace("tahun depan jumlahnya bertambah", "jumlahnya bertambah")
    assert not {f for f in facts_of(extract(text, date(2022, 12, 12))) if f[4] == "maintain_target"}


def test_the_same_predikat_takes_the_grade_of_the_sentence_before(extract):
    # blind111's b111_08: an Ombudsman article of three zones; "Predikat yang sama juga diraih ..." is the zona hijau
    text = (HEAD + "Sebagian besar pemerintah daerah sudah berada di zona hijau dan zona kuning, namun masih ada dua daerah "
            "di zona merah.\nIa menyebutkan Pemerintah Aceh memperoleh predikat zona hijau dengan kategori kepatuhan "
            "tinggi. Predikat yang sama juga diraih Kota Banda Aceh dan Kota Langsa.")
    found = {f for f in facts_of(extract(text, date(2021, 12, 30))) if f[0] != "11"}
    assert {(c, g) for c, _, g, _, _ in found} == {("11.71", "Zona Hijau"), ("11.74", "Zona Hijau")}


def test_a_grade_to_leave_is_no_goal(extract):
    # blind111's b111_08: "agar keluar dari zona merah dan minimal naik ke zona kuning pada penilaian tahun depan"
    text = (HEAD + "Taqwaddin meminta Pemkab Aceh Singkil segera membenahi standar pelayanan agar keluar dari zona merah "
            "dan minimal naik ke zona kuning pada penilaian tahun depan.")
    assert facts_of(extract(text, date(2021, 12, 30))) == {
        ("11.10", "OMBUDSMAN_KEPATUHAN", "Zona Kuning", 2022, "target")}
    # blind116's b116_06: with no better grade named, the goal is the predikat in some better grade
    text = HEAD + "Ombudsman meminta Pemkab Aceh Singkil agar keluar dari zona merah pada penilaian tahun depan."
    assert facts_of(extract(text, date(2021, 12, 30))) == {("11.10", "OMBUDSMAN_KEPATUHAN", None, 2022, "target")}


def test_a_holders_own_never_says_more_than_the_denial_of_its_group(extract):
    # blind107's b107_05: "17 daerah yang belum meraih predikat ... termasuk Kabupaten Nias, ... yang hingga kini belum
    # pernah menyandang predikat KKPHAM"
    text = (HEAD + "Keputusan Menteri Hukum dan HAM tentang Penetapan Kabupaten/Kota Peduli HAM Tahun 2022 terbit.\n"
            "Sementara 17 daerah yang belum meraih predikat KKPHAM akan terus dibina agar dapat menyusul tahun depan, "
            "termasuk Kabupaten Nias dan Nias Barat yang hingga kini belum pernah menyandang predikat KKPHAM.")
    denied = {f for f in facts_of(extract(text, date(2023, 12, 13))) if f[4] == "not_achieved"}
    assert denied == {("12.04", "KKPHAM", "Peduli HAM", None, "not_achieved"),
                      ("12.25", "KKPHAM", "Peduli HAM", None, "not_achieved")}


def test_out_of_the_list_is_out_of_the_predikat_just_named(extract):
    # blind107's b107_05: "Kota Padangsidimpuan yang pada penetapan tahun 2021 meraih predikat tersebut, kali ini tidak
    # masuk daftar"
    text = (HEAD + "Penetapan Kabupaten/Kota Peduli HAM Tahun 2022 diumumkan.\nDi sisi lain, Kota Padangsidimpuan yang "
            "pada penetapan tahun 2021 meraih predikat tersebut, kali ini tidak masuk daftar karena nilainya berada di "
            "bawah ambang 75.")
    assert facts_of(extract(text, date(2023, 12, 13))) == {
        ("12.77", "KKPHAM", "Peduli HAM", 2021, "achieved"), ("12.77", "KKPHAM", "Peduli HAM", 2022, "not_achieved")}
    # (only the holder before the verb: "Batam Pertahankan KLA Nindya, Anambas Belum Masuk Daftar")
    found = facts_of(extract("Batam Pertahankan KLA Nindya, Anambas Belum Masuk Daftar\nBATAM - Penghargaan diserahkan.",
                             date(2023, 7, 23)))
    assert {(c, s) for c, _, _, _, s in found} == {("21.71", "achieved"), ("21.05", "not_achieved")}


def test_emphasis_between_a_negation_and_its_verb(extract):
    # blind110's b110_15: "yang belum pernah sekali pun meraih predikat KKPHAM" is never, not achieved
    text = HEAD + "Lampung Tengah merupakan salah satu daerah di Lampung yang belum pernah sekali pun meraih predikat KKPHAM."
    assert facts_of(extract(text, date(2024, 2, 26))) == {("18.02", "KKPHAM", "Peduli HAM", None, "not_achieved")}


def test_never_is_a_claim_of_its_own_beside_a_dated_denial(extract):
    # blind110's b110_15: never, and missed again in 2023 "bersama Kabupaten Mesuji" (with: no object of its own)
    text = (HEAD + "Lampung Tengah merupakan salah satu daerah yang belum pernah meraih predikat KKPHAM. Pada penilaian "
            "2023, Lampung Tengah kembali belum lolos bersama Kabupaten Mesuji.")
    assert facts_of(extract(text, date(2024, 2, 26))) == {
        ("18.02", "KKPHAM", "Peduli HAM", None, "not_achieved"), ("18.02", "KKPHAM", "Peduli HAM", 2023, "not_achieved"),
        ("18.11", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_the_ones_left_are_the_ones_without_it(extract):
    # blind110's b110_15: '"Dari 15 kabupaten/kota di Lampung, 13 daerah sudah meraih predikat peduli HAM tahun 2023.
    # Tinggal Lampung Tengah dan Mesuji."'
    text = (HEAD + '"Dari 15 kabupaten/kota di Lampung, 13 daerah sudah meraih predikat peduli HAM tahun 2023. Tinggal '
            'Lampung Tengah dan Mesuji," kata Sorta.')
    assert facts_of(extract(text, date(2024, 2, 26))) == {
        ("18.02", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), ("18.11", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_a_count_of_others_is_not_the_group_counted_before(extract):
    # blind113's b113_02: "kedua daerah tersebut hingga kini belum pernah meraih ... Sementara dua daerah lainnya, yakni
    # Kabupaten Merangin dan Tebo, sebelumnya pernah meraih predikat tersebut namun tidak berhasil mempertahankannya"
    text = (HEAD + "Kanwil mendampingi Kabupaten Kerinci dan Kota Sungai Penuh. Kepala Divisi mengatakan kedua daerah "
            "tersebut hingga kini belum pernah meraih predikat peduli HAM.\nSementara dua daerah lainnya, yakni Kabupaten "
            "Merangin dan Tebo, tidak berhasil mempertahankan predikat KKPHAM pada 2023.")
    found = {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[0] in {"15.02", "15.09"}}
    assert found == {("15.02", "KKPHAM", "Peduli HAM", 2023, "not_achieved"),
                     ("15.09", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_becoming_a_concern_is_no_award(extract):
    # blind113's b113_02: "Kerinci dan Sungai Penuh menjadi perhatian kami karena belum pernah meraihnya"
    text = (HEAD + "Pada penilaian tahun 2023 ada tujuh daerah yang meraih predikat KKPHAM. Kerinci dan Sungai Penuh menjadi "
            "perhatian kami karena belum pernah meraihnya.")
    assert not {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[4] == "achieved"}


def test_not_held_while_aimed_at_for_a_round_is_not_held_in_the_round_before(extract):
    # blind113's b113_10: "mendorong enam kabupaten ... yang belum menyandang predikat KKPHAM agar dapat meraihnya pada
    # tahun 2024. Enam daerah yang menjadi sasaran pembinaan tahun ini ialah ..."
    text = ("Kemenkumham Bengkulu Dorong Enam Daerah Raih Predikat Peduli HAM 2024\n"
            "Kanwil mendorong enam kabupaten di provinsi itu yang belum menyandang predikat Kabupaten/Kota Peduli Hak Asasi "
            "Manusia (KKPHAM) agar dapat meraihnya pada tahun 2024. Enam daerah yang menjadi sasaran pembinaan tahun ini "
            "ialah Kabupaten Seluma dan Kaur.")
    denied = {f for f in facts_of(extract(text, date(2024, 2, 27))) if f[4] == "not_achieved"}
    assert denied == {("17.05", "KKPHAM", "Peduli HAM", 2023, "not_achieved"),
                      ("17.04", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_keeping_asked_with_no_year_is_for_the_round_the_lead_aims_at(extract):
    # blind113's b113_10: the title aims at 2024; "Sementara bagi empat daerah yang sudah meraih predikat, kata dia, Kanwil
    # meminta agar capaian itu dipertahankan"
    text = ("Kemenkumham Bengkulu Dorong Enam Daerah Raih Predikat Peduli HAM 2024\n"
            "Kanwil mendorong enam kabupaten agar dapat meraih predikat KKPHAM pada tahun 2024.\n"
            '"Dari 10 kabupaten/kota di Bengkulu, baru dua yang meraih predikat KKPHAM pada 2023, yaitu Kota Bengkulu dan '
            'Kabupaten Kepahiang," katanya.\n'
            "Sementara bagi dua daerah yang sudah meraih predikat, kata dia, Kanwil meminta agar capaian itu "
            "dipertahankan.")
    kept = {f for f in facts_of(extract(text, date(2024, 2, 27))) if f[4] == "maintain_target"}
    assert kept == {("17.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("17.08", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_each_group_of_names_takes_the_grade_told_after_it(extract):
    # blind116's b116_16: "predikat KLA juga diraih Kota Tanjungpinang dan Kabupaten Bintan dengan kategori Madya, serta
    # Kabupaten Karimun dan Lingga dengan kategori Pratama"
    text = (HEAD + "Di Provinsi Kepulauan Riau, selain Batam, predikat KLA juga diraih Kota Tanjungpinang dan Kabupaten "
            "Bintan dengan kategori Madya, serta Kabupaten Karimun dan Lingga dengan kategori Pratama.")
    found = facts_of(extract(text, date(2023, 7, 24)))
    assert {(c, g) for c, _, g, _, _ in found} == {("21.72", "Madya"), ("21.01", "Madya"), ("21.02", "Pratama"),
                                                   ("21.04", "Pratama")}


def test_an_assessment_of_another_predikat_dates_none_of_this_one(extract):
    # blind116's b116_16: "memperoleh predikat BB dalam evaluasi SAKIP tahun 2022" in news of the KLA round of 2023
    text = ("Batam Pertahankan Predikat KLA Nindya, Wali Kota Rudi Bidik Utama\n"
            "Batam - Pemerintah Kota Batam kembali meraih predikat Kota Layak Anak (KLA) kategori Nindya dari "
            "KemenPPPA tahun 2023.\n"
            "Wali Kota Batam Muhammad Rudi mengatakan predikat Nindya ini mempertahankan capaian yang diraih Batam pada "
            "2022.\n"
            "Di Provinsi Kepulauan Riau, selain Batam, predikat KLA juga diraih Kota Tanjungpinang dengan kategori Madya.\n"
            "Sebelumnya, Batam memperoleh predikat BB dalam evaluasi SAKIP tahun 2022.")
    found = facts_of(extract(text, date(2023, 7, 24)))
    assert ("21.72", "KLA", "Madya", 2023, "achieved") in found


def test_the_assessment_before_is_the_round_before_the_one_named_with_the_predikat(extract):
    # blind113's b113_08: "Penetapan Kabupaten/Kota Peduli HAM Pada Tahun 2021" (December 2022), then "meningkat
    # dibandingkan penilaian tahun sebelumnya yang hanya tiga daerah, yakni ..."
    text = (HEAD + "Penyerahan itu menindaklanjuti Keputusan Menteri Hukum dan HAM RI tentang Penetapan Kabupaten/Kota "
            "Peduli HAM Pada Tahun 2021.\nKepala Kanwil menyampaikan, jumlah daerah peraih predikat tersebut di Jambi "
            "meningkat dibandingkan penilaian tahun sebelumnya yang hanya tiga daerah, yakni Kota Jambi, Muaro Jambi dan "
            "Batanghari.")
    assert facts_of(extract(text, date(2022, 12, 15))) == {
        (code, "KKPHAM", "Peduli HAM", 2020, "achieved") for code in ("15.71", "15.05", "15.04")}


def test_to_follow_is_to_get_the_predikat_spoken_of_last(extract):
    # blind113's b113_03: "Tiga kabupaten ini akan kami dampingi secara khusus agar tahun depan bisa menyusul"
    text = (HEAD + "Kesembilan daerah itu meraih predikat Kabupaten/Kota Peduli HAM. Ia menyebutkan, tiga daerah lainnya "
            "yakni Kabupaten Rokan Hilir, Indragiri Hulu dan Kepulauan Meranti belum memenuhi kriteria.\n"
            '"Tiga kabupaten ini akan kami dampingi secara khusus agar tahun depan bisa menyusul, sehingga seluruh '
            'kabupaten/kota di Riau menyandang predikat peduli HAM," katanya.')
    goals = {f for f in facts_of(extract(text, date(2022, 12, 13))) if f[4] == "target"}
    assert goals == {(code, "KKPHAM", "Peduli HAM", 2023, "target") for code in ("14.07", "14.02", "14.10")}
    # (following in another act is not: "empat pemerintah daerah lagi kini menyusul menyerahkannya kepada BPK")
    text = (HEAD + "BPK memberikan opini WTP kepada Kabupaten Sidoarjo. Empat pemerintah daerah lagi kini menyusul "
            "menyerahkannya kepada BPK, yaitu Kabupaten Pacitan dan Kabupaten Lumajang.")
    assert not {f for f in facts_of(extract(text, date(2019, 3, 25))) if f[0] in {"35.01", "35.08"}}


def test_the_result_of_a_planned_purpose_is_aimed_at(extract):
    # blind113's b113_03: "akan kami dampingi secara khusus agar tahun depan bisa menyusul, sehingga seluruh
    # kabupaten/kota di Riau menyandang predikat peduli HAM"
    text = (HEAD + "Ia menyebutkan, tiga daerah lainnya yakni Kabupaten Rokan Hilir, Indragiri Hulu dan Kepulauan Meranti "
            'belum memenuhi kriteria.\n"Tiga kabupaten ini akan kami dampingi secara khusus agar tahun depan bisa '
            'menyusul, sehingga seluruh kabupaten/kota di Riau menyandang predikat peduli HAM," katanya.')
    assert not {f for f in facts_of(extract(text, date(2022, 12, 13))) if f[4] == "achieved"}
    # (what was done first is done: "berbenah agar pelayanan makin baik, sehingga Kota Malang berhasil meraih ...")
    text = HEAD + "Pemkot berbenah agar pelayanan makin baik, sehingga Kota Malang berhasil meraih predikat KLA Utama."
    assert {f[4] for f in facts_of(extract(text, date(2023, 7, 23)))} == {"achieved"}


def test_the_office_of_a_subject_who_reports_is_no_holder(extract):
    # blind109's b109_03: "Kepala Kanwil Kemenkumham Bali Anggiat Napitupulu mengatakan, kesembilan daerah tersebut adalah
    # ..." then "ketika kesembilan kabupaten/kota di Bali juga ditetapkan sebagai daerah peduli HAM" (the nine, not ten)
    text = (HEAD + "Seluruh kabupaten/kota di Provinsi Bali kembali ditetapkan sebagai Kabupaten/Kota Peduli HAM.\n"
            "Penghargaan diserahkan pada peringatan Hari HAM Sedunia ke-74 di Jakarta, Sabtu (10/12/2022). Kepala Kanwil "
            "Kemenkumham Bali Anggiat Napitupulu mengatakan, kesembilan daerah tersebut adalah Kota "
            "Denpasar, Kabupaten Badung, Gianyar, Tabanan, Klungkung, Bangli, Karangasem, Buleleng dan Jembrana.\n"
            '"Capaian ini sama dengan hasil penilaian tahun 2020, ketika kesembilan kabupaten/kota di Bali juga '
            'ditetapkan sebagai daerah peduli HAM," ujar Anggiat.')
    found = facts_of(extract(text, date(2022, 12, 10)))
    assert {c for c, _, _, y, _ in found if y == 2020} == {
        "51.71", "51.03", "51.04", "51.02", "51.05", "51.06", "51.07", "51.08", "51.01"}
    assert all(f.holder_kind == "region" for f in extract(text, date(2022, 12, 10)).facts)


def test_awards_listed_after_the_holders_verb_are_each_got(extract):
    # blind111's b111_02: "sepanjang 2023 Pemkab Sleman juga menerima sejumlah penghargaan, di antaranya penghargaan
    # Kabupaten Peduli HAM dari Kementerian Hukum dan HAM serta predikat Kabupaten Layak Anak (KLA) kategori Nindya"
    text = (HEAD + "Sepanjang 2023 Pemkab Sleman juga menerima sejumlah penghargaan, di antaranya penghargaan Kabupaten "
            "Peduli HAM dari Kementerian Hukum dan HAM serta predikat Kabupaten Layak Anak (KLA) kategori Nindya.")
    assert facts_of(extract(text, date(2024, 5, 17))) == {
        ("34.04", "KKPHAM", "Peduli HAM", 2023, "achieved"), ("34.04", "KLA", "Nindya", 2023, "achieved")}


def test_all_of_them_are_the_names_just_listed(extract):
    # blind111's b111_02: "LHP juga diserahkan kepada Pemerintah Kabupaten Bantul, Kulon Progo, Gunungkidul dan Pemerintah
    # Kota Yogyakarta. Seluruhnya memperoleh opini WTP."
    text = (HEAD + "Pada kesempatan yang sama, LHP atas LKPD Tahun Anggaran 2023 juga diserahkan kepada Pemerintah "
            "Kabupaten Bantul, Kulon Progo, Gunungkidul dan Pemerintah Kota Yogyakarta. Seluruhnya memperoleh opini WTP.")
    assert facts_of(extract(text, date(2024, 5, 16))) == {
        (code, "OPINI_BPK", "WTP", 2023, "achieved") for code in ("34.02", "34.01", "34.03", "34.71")}


def test_to_get_a_predikat_with_dapat(extract):
    # blind111's b111_06 (title): "Kukar dan Kutim belum dapat Adipura": "dapat" before a predikat is to get it
    text = HEAD + "Kabupaten Kutai Kartanegara dan Kutai Timur belum dapat Adipura tahun 2023."
    assert facts_of(extract(text, date(2024, 3, 6))) == {
        ("64.02", "ADIPURA", "Adipura", 2023, "not_achieved"), ("64.08", "ADIPURA", "Adipura", 2023, "not_achieved")}


def test_dissatisfied_is_no_denial(extract):
    # blind111's b111_06: "Wali Kota Samarinda Andi Harun menyatakan tidak puas dengan capaian sertifikat"
    text = (HEAD + "Kota Samarinda memperoleh Sertifikat Adipura tahun 2023. Wali Kota Samarinda Andi Harun menyatakan "
            "tidak puas dengan capaian sertifikat.")
    assert {f[4] for f in facts_of(extract(text, date(2024, 3, 6)))} == {"achieved"}


def test_regions_compared_with_are_no_holders(extract):
    # blind111's b111_06: '"Kami ingin Samarinda sejajar dengan Balikpapan dan Bontang. Tahun ini kami kejar Piala
    # Adipura," kata Andi Harun.'
    text = (HEAD + "Ia menargetkan Samarinda meraih Piala Adipura tahun ini. Kami ingin Samarinda sejajar dengan "
            "Balikpapan dan Bontang.")
    assert {f[0] for f in facts_of(extract(text, date(2024, 3, 6)))} == {"64.72"}
    roles = {r.text: r.role for r in extract(text, date(2024, 3, 6)).regions}
    assert roles["Balikpapan"] == roles["Bontang"] == "compared"


def test_a_round_asked_to_keep_is_not_the_round_reported(extract):
    # blind110's b110_07 (June 2023): "Kami minta predikat ini dipertahankan pada penilaian tahun 2023" dates no award:
    # the denial is of the 2022 round
    text = (HEAD + 'Ia mengatakan Tanjungpinang sudah berstatus peduli HAM. "Kami minta predikat ini dipertahankan pada '
            'penilaian tahun 2023," katanya.\nIa menyebutkan, predikat KKPHAM pada 2022 juga diraih Kota Batam. '
            "Sementara Kabupaten Natuna belum berhasil meraihnya.")
    denied = {f for f in facts_of(extract(text, date(2023, 6, 21))) if f[4] == "not_achieved"}
    assert denied == {("21.03", "KKPHAM", "Peduli HAM", 2022, "not_achieved")}


def test_a_village_is_in_the_kabupaten_named_before_it(extract):
    # blind109's b109_11: "Kabupaten Gianyar memperoleh empat, yakni Desa Mas, Desa Taro, ..." and "Dari Kabupaten Badung,
    # yang diresmikan ialah Desa Sangeh, ..."
    text = (HEAD + "BPHN meresmikan 24 desa dan kelurahan di Bali sebagai Desa/Kelurahan Sadar Hukum tahun 2023.\n"
            "Dari Kabupaten Badung, yang diresmikan ialah Desa Sangeh dan Desa Kutuh. Kabupaten Gianyar memperoleh dua, "
            "yakni Desa Mas dan Kelurahan Samplangan.")
    located = {u.text: u.region_code for u in extract(text, date(2023, 11, 15)).units}
    assert located == {"Desa Sangeh": "51.03", "Desa Kutuh": "51.03", "Desa Mas": "51.04", "Kelurahan Samplangan": "51.04"}


# Scope of the twelfth session's rules, from a review of them: what each must not take.

def test_following_in_another_act_or_to_a_place_is_no_following_suit(extract):
    text = (HEAD + "Kota Mataram meraih predikat KKPHAM tahun 2023. Acara berlangsung meriah. Menyusul pengumuman itu, "
            "Pemkab Bima menggelar rapat evaluasi kinerja. Bupati Bima menyusul ke Jakarta pada hari kedua.")
    assert {f[0] for f in facts_of(extract(text, date(2023, 12, 12)))} == {"52.71"}


def test_a_goal_noun_met_or_across_a_clause_reaches_no_verb(extract):
    for text in ("Targetnya tercapai dan Kabupaten Bima meraih predikat KKPHAM tahun 2023.",
                 "Harapannya terwujud karena Kabupaten Bima meraih predikat KKPHAM tahun 2023."):
        assert {f[4] for f in facts_of(extract(HEAD + text, date(2024, 1, 5)))} == {"achieved"}


def test_the_rest_of_a_list_is_not_the_ones_left_without_it(extract):
    text = (HEAD + "Sebanyak 4 daerah di Lampung meraih predikat peduli HAM tahun 2023. Dua di antaranya Kabupaten Lampung "
            "Selatan dan Kabupaten Pesawaran. Sisanya Kota Bandar Lampung dan Kota Metro.")
    assert {f[4] for f in facts_of(extract(text, date(2023, 12, 20)))} == {"achieved"}


def test_names_compared_with_that_have_a_clause_of_their_own_hold_it(extract):
    text = (HEAD + "Kabupaten Bima ingin sejajar dengan Kota Mataram dan Kabupaten Lombok Barat yang sudah meraih predikat "
            "KKPHAM tahun 2023.")
    found = facts_of(extract(text, date(2024, 1, 5)))
    assert {("52.71", "KKPHAM", "Peduli HAM", 2023, "achieved"), ("52.01", "KKPHAM", "Peduli HAM", 2023, "achieved")} <= found


def test_a_holders_list_of_awards_ends_with_its_paragraph(extract):
    text = ("Deretan Penghargaan Pemkab Lamongan\nBerikut sejumlah penghargaan yang diraih Pemkab Lamongan sepanjang 2023:\n"
            "1. Predikat Kabupaten Layak Anak (KLA) kategori Nindya.\n"
            "Acara penyerahan berlangsung meriah.\nAdapun syarat untuk penilaian tahun depan meliputi:\n"
            "1. Predikat SAKIP minimal BB.")
    assert {f[1] for f in facts_of(extract(text, date(2024, 1, 3)))} == {"KLA"}


def test_a_purpose_with_its_own_later_time_plans_no_result(extract):
    text = (HEAD + "Pemkot Malang membangun ruang laktasi agar ibu menyusui nanti nyaman, sehingga Kota Malang meraih "
            "predikat KLA Nindya tahun 2023.")
    assert {f[4] for f in facts_of(extract(text, date(2023, 7, 23)))} == {"achieved"}


def test_keeping_achieved_dates_its_round(extract):
    text = (HEAD + "Acara digelar di Jakarta. Hadir para bupati. Berkat komitmen seluruh OPD, Kota Bogor berhasil "
            "mempertahankan KLA pada penilaian tahun 2023. Kabupaten Bogor juga meraih predikat KLA kategori Madya.")
    assert ("32.01", "KLA", "Madya", 2023, "achieved") in facts_of(extract(text, date(2024, 8, 1)))


def test_regions_that_got_something_else_are_no_holders_asked_to_keep(extract):
    text = (HEAD + "Kota Mataram dan Kota Bima meraih predikat KKPHAM tahun 2023. Kami berharap daerah yang sudah menerima "
            "dana insentif tetap mempertahankan kinerja keuangannya pada tahun 2024.")
    assert not {f for f in facts_of(extract(text, date(2024, 1, 5))) if f[4] == "maintain_target"}


def test_a_village_across_a_contrast_is_not_in_the_kabupaten_before(extract):
    text = (HEAD + "Kabupaten Badung meraih predikat KKPHAM, sedangkan penghargaan Desa Sadar Hukum diraih Desa Taro dan "
            "Desa Mas.")
    assert {u.region_code for u in extract(text, date(2023, 12, 12)).units} == {None}


def test_once_again_is_no_emphasis_of_a_negation(extract):
    text = HEAD + "Kota Bogor tak pelak sekali lagi meraih opini WTP atas LKPD Tahun Anggaran 2022."
    assert {f[4] for f in facts_of(extract(text, date(2023, 6, 1)))} == {"achieved"}


def test_out_of_another_list_is_no_denial(extract):
    text = HEAD + "Kota Bogor yang meraih opini WTP tahun 2023 belum masuk jajaran kota terbersih."
    assert {f[4] for f in facts_of(extract(text, date(2024, 6, 1)))} == {"achieved"}


def test_a_unit_reporting_on_itself_holds_its_award(extract):
    text = HEAD + "Kepala Lapas Kerobokan Fikri Jaya menyatakan pihaknya meraih predikat WBK tahun 2023."
    assert [(f.holder_kind, f.predikat) for f in extract(text, date(2024, 1, 5)).facts] == [("unit", "ZONA_INTEGRITAS")]


def test_failing_to_leave_a_grade_holds_it(extract):
    text = HEAD + "Kabupaten Bima gagal keluar dari zona merah Ombudsman pada penilaian tahun 2023."
    assert {f[2] for f in facts_of(extract(text, date(2024, 1, 5)))} == {"Zona Merah"}


def test_the_score_stated_for_a_holder_is_the_grade_of_a_score_label(extract):
    # blind106's b106_06; vocabulary.csv's IRH note: "A score or rank rather than a predikat; record the score when stated"
    text = (HEAD + "Pemerintah Kabupaten Siak meraih nilai tertinggi Indeks Reformasi Hukum (IRH) tahun 2023 di antara "
            "pemerintah daerah se-Provinsi Riau dengan nilai 87,15.\nIa merinci, setelah Siak, nilai IRH tertinggi "
            "berikutnya diraih Pemerintah Provinsi Riau dengan 84,70, Kota Pekanbaru 82,60 dan Kabupaten Kampar 80,30.\n"
            "Adapun Kota Dumai memperoleh nilai di kisaran 60 hingga 75.")
    grades = {c: g for c, label, g, _, _ in facts_of(extract(text, date(2023, 11, 29))) if label == "IRH"}
    assert grades == {"14.08": "87,15", "14": "84,70", "14.71": "82,60", "14.01": "80,30", "14.72": None}


def test_a_passive_keeping_for_a_round_keeps_the_predikat_spoken_of_last(extract):
    # blind103's b103_08: '"Untuk delapan daerah itu, kami minta predikatnya dipertahankan pada penilaian tahun ini."'
    text = (HEAD + "Pada penilaian tahun 2022 sebanyak dua kabupaten/kota di Riau telah meraih predikat peduli HAM. Kedua "
            'daerah itu yakni Kota Pekanbaru dan Kota Dumai.\n"Untuk dua daerah itu, kami minta predikatnya dipertahankan '
            'pada penilaian tahun ini," kata Jahari.')
    kept = {f for f in facts_of(extract(text, date(2023, 3, 16))) if f[4] == "maintain_target"}
    assert kept == {("14.71", "KKPHAM", "Peduli HAM", 2023, "maintain_target"),
                    ("14.72", "KKPHAM", "Peduli HAM", 2023, "maintain_target")}
    # (undated, the keeping is asked all the same, as of "predikat itu": its year is left open)
    text = text.replace(" pada penilaian tahun ini", "")
    assert {f for f in facts_of(extract(text, date(2023, 3, 16))) if f[4] == "maintain_target"} == {
        ("14.71", "KKPHAM", "Peduli HAM", None, "maintain_target"), ("14.72", "KKPHAM", "Peduli HAM", None, "maintain_target")}


def test_the_keeping_a_title_asks_of_a_count_is_asked_of_the_names_listed(extract):
    # blind101's b101_08: "Kemenkumham Banten dorong delapan daerah pertahankan predikat KKPHAM" (the title), then
    # "Kedelapan daerah itu ialah ..."
    text = ("Kemenkumham Banten dorong dua daerah pertahankan predikat KKPHAM\n"
            "Serang (ANTARA) - Kanwil menggelar rapat koordinasi untuk mempertahankan predikat KKPHAM pada 2024.\n"
            '"Pada penilaian 2023, kedua kota itu meraih predikat peduli HAM," katanya.\n'
            "Kedua daerah itu ialah Kota Serang dan Kota Cilegon.")
    kept = {f for f in facts_of(extract(text, date(2024, 2, 22))) if f[4] == "maintain_target"}
    assert kept == {("36.73", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("36.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_keeping_asked_of_nobody_by_a_giver_is_asked_of_the_recipients(extract):
    # blind106's b106_07: the governor hands the awards over: '"Penghargaan ini cerminan kerja keras pemda ... Tolong dijaga,
    # jangan sampai tahun depan turun," ujar mantan Sekretaris Jenderal Kemenkumham itu.'
    text = (HEAD + "Tujuh kabupaten/kota di Sulawesi Tenggara menerima penghargaan Kabupaten/Kota Peduli HAM tahun 2023. "
            "Penghargaan diserahkan Penjabat Gubernur Sultra Andap Budhi Revianto di Kendari.\nKedua daerah penerima "
            "yakni Kota Kendari dan Kota Baubau.\n"
            '"Penghargaan ini cerminan kerja keras pemda. Tolong dijaga, jangan sampai tahun depan turun," ujar Andap.')
    kept = {f for f in facts_of(extract(text, date(2023, 12, 18))) if f[4] == "maintain_target"}
    assert kept == {("74.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("74.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (a holder speaking of its own keeps it itself: the recipients are not all asked)
    text = (HEAD + "Kota Kendari dan Kota Baubau menerima penghargaan Kabupaten/Kota Peduli HAM tahun 2023.\n"
            '"Tolong dijaga, jangan sampai tahun depan turun," kata Wali Kota Kendari Sulkarnain.')
    kept = {f[0] for f in facts_of(extract(text, date(2023, 12, 18))) if f[4] == "maintain_target"}
    assert "74.72" not in kept


def test_a_count_that_named_nobody_leaves_the_names_to_the_sentence_that_gives_them(extract):
    # blind127's b127_04: "... menyerahkan penghargaan KKPHAM kepada sembilan pemerintah kabupaten/kota se-Bali" (no
    # names), the names two sentences on, then "berharap kesembilan daerah itu mempertahankan predikat tersebut pada
    # tahun depan" -- after a sentence on the P2HAM of two units, which the nine hold none of
    text = ("Tiga Kabupaten/Kota di Bali Raih Penghargaan Peduli HAM\n"
            "Denpasar - Kanwil Kemenkumham Bali menyerahkan penghargaan Kabupaten/Kota Peduli HAM kepada tiga "
            "pemerintah kabupaten/kota se-Bali di Denpasar, Rabu (13/12/2023).\n"
            "Penghargaan diberikan atas hasil penilaian tahun 2022.\n"
            '"Mereka yang lolos penilaian yakni Kota Denpasar, Kabupaten Badung dan Gianyar," kata Romi.\n'
            "Kanwil juga menyerahkan penghargaan Pelayanan Publik Berbasis HAM (P2HAM) tahun 2023 kepada Lapas "
            "Kelas IIA Kerobokan.\n"
            "Penjabat Gubernur Bali berharap ketiga daerah itu mempertahankan predikat tersebut pada tahun depan.")
    kept = {f for f in facts_of(extract(text, date(2023, 12, 13))) if f[4] == "maintain_target"}
    assert kept == {("51.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("51.03", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("51.04", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_what_a_sentence_says_of_its_holders_wins_over_the_opposite_a_count_took_back(extract):
    # blind121's b121_02: the title "Sepuluh Kabupaten/Kota di Lampung Ditetapkan Peduli HAM, Lima Daerah Masih
    # Tertinggal", then "Adapun lima daerah yang belum berhasil meraih predikat tersebut yakni ..."
    text = ("Tiga Kabupaten/Kota di Lampung Ditetapkan Peduli HAM, Dua Daerah Masih Tertinggal\n"
            "Ketiga daerah tersebut ialah Kabupaten Lampung Selatan, Lampung Utara dan Kota Metro.\n"
            "Adapun dua daerah yang belum berhasil meraih predikat tersebut yakni Kabupaten Mesuji dan Pesisir Barat.")
    found = {(f[0], f[4]) for f in facts_of(extract(text, date(2022, 12, 12)))}
    assert found == {("18.01", "achieved"), ("18.03", "achieved"), ("18.72", "achieved"), ("18.11", "not_achieved"),
                     ("18.13", "not_achieved")}


def test_a_head_reporting_then_quoted_keeps_the_predikat_for_his_region(extract):
    # blind121's b121_07: '... kata Dendi. [...] Dendi menambahkan, Pemkab Pesawaran bertekad mempertahankan predikat
    # tersebut. "Predikat ini bukan akhir. Kami ingin tahun depan tetap bertahan, bahkan skornya lebih baik lagi,"
    # ujarnya.'
    text = (HEAD + "Penghargaan diterima Bupati Pesawaran Dendi Ramadhona di Bandar Lampung.\n"
            '"Untuk penilaian tahun 2022 ini Pesawaran akhirnya ditetapkan sebagai kabupaten peduli HAM," kata Dendi.\n'
            "Menurut dia, keberhasilan itu tidak lepas dari pembenahan layanan dasar.\n"
            "Sorta mengatakan tahun ini jumlah daerah peduli HAM di Lampung bertambah.\n"
            "Dendi menambahkan, pemkab bertekad terus membenahi layanan.\n"
            '"Predikat ini bukan akhir. Kami ingin tahun depan tetap bertahan, bahkan skornya lebih baik lagi," ujarnya.')
    kept = {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "maintain_target"}
    assert kept == {("18.09", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (said by nobody who heads a region, it is nobody's)
    text = text.replace("Dendi menambahkan", "Sorta menambahkan")
    assert not {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "maintain_target"}


def test_the_rest_denied_with_no_verb_is_denied_what_the_sentence_before_gave(extract):
    # blind125's b125_10: '"Pada penilaian 2023, delapan dari sepuluh kabupaten/kota di NTB meraih predikat peduli HAM.
    # Dua yang belum adalah Kota Bima dan Kabupaten Lombok Utara," kata ...'
    text = (HEAD + '"Pada penilaian 2023, delapan dari sepuluh kabupaten/kota di NTB meraih predikat peduli HAM. Dua yang '
            'belum adalah Kota Bima dan Kabupaten Lombok Utara," kata Kepala Bidang HAM.')
    assert facts_of(extract(text, date(2024, 6, 20))) == {
        ("52.72", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), ("52.08", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}
    # (a verb after "yang belum" is its own: "Dua yang belum menyerahkan laporan adalah ..." denies nothing of it)
    text = text.replace("Dua yang belum adalah", "Dua yang belum menyerahkan laporan adalah")
    assert not {f for f in facts_of(extract(text, date(2024, 6, 20))) if f[4] == "not_achieved"}


def test_each_their_own_at_a_sentence_end_opens_no_list(extract):
    # blind123's b123_05: "... 18 kabupaten/kota yang telah meraih predikat diminta tetap menjaga kualitas pemenuhan hak
    # asasi manusia di daerahnya masing-masing. Sekretaris Daerah Kabupaten Maros menyambut baik pendampingan tersebut."
    text = (HEAD + "Sementara itu, 18 kabupaten/kota yang telah meraih predikat peduli HAM diminta tetap menjaga kualitas "
            "pemenuhan hak asasi manusia di daerahnya masing-masing.\n"
            "Sekretaris Daerah Kabupaten Maros menyambut baik pendampingan tersebut.")
    assert not {f for f in facts_of(extract(text, date(2024, 5, 16))) if f[0] == "73.09"}


def test_a_predikat_pointed_at_of_a_group_is_one_predikat_for_all_of_it(extract):
    # review of b127_04's rule: when one of the group holds the predikat named last, "predikat tersebut" is that one for
    # every member, not one predikat for some and another for the rest
    text = (HEAD + "Kota Denpasar, Kabupaten Badung dan Kabupaten Gianyar meraih predikat KKPHAM tahun 2022.\n"
            "Sementara itu, Kabupaten Badung juga meraih predikat Kabupaten Layak Anak kategori Utama tahun 2023.\n"
            "Gubernur berharap ketiga daerah itu bisa meraih predikat tersebut pada tahun depan.")
    targets = {f for f in facts_of(extract(text, date(2024, 3, 6))) if f[4] == "target"}
    assert len({f[1] for f in targets}) == 1 and {f[0] for f in targets} == {"51.71", "51.03", "51.04"}


def test_keeping_an_achievement_pointed_back_at_is_asked_of_the_one_who_achieved_it(extract):
    # blind123's b123_02: '"Pohuwato sudah meraih predikat Kabupaten Peduli HAM tahun lalu. Kami berharap capaian itu
    # bisa dipertahankan tahun ini, ...," katanya.' (the Kanwil's Kepala Bidang speaking)
    text = (HEAD + '"Pohuwato sudah meraih predikat Kabupaten Peduli HAM tahun lalu. Kami berharap capaian itu bisa '
            'dipertahankan tahun ini," kata Kepala Bidang HAM.')
    kept = {f for f in facts_of(extract(text, date(2024, 2, 20))) if f[4] == "maintain_target"}
    assert kept == {("75.04", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}
    # (undated, it is a wish)
    text = text.replace(" tahun ini", "")
    assert not {f for f in facts_of(extract(text, date(2024, 2, 20))) if f[4] == "maintain_target"}


def test_a_region_set_aside_with_selain_is_not_among_the_names_a_count_points_back_at(extract):
    # blind123's b123_02: "Selain Pohuwato, tim juga akan mendampingi Kabupaten Boalemo dan Kabupaten Gorontalo Utara
    # agar bisa meraih predikat serupa tahun ini. Kedua daerah tersebut pada 2023 belum memperoleh predikat peduli HAM."
    text = (HEAD + "Pohuwato meraih predikat Kabupaten Peduli HAM tahun 2023.\nSelain Pohuwato, tim juga akan mendampingi "
            "Kabupaten Boalemo dan Kabupaten Gorontalo Utara agar bisa meraih predikat serupa tahun ini. Kedua daerah "
            "tersebut pada 2023 belum memperoleh predikat peduli HAM.")
    denied = {f for f in facts_of(extract(text, date(2024, 2, 20))) if f[4] == "not_achieved"}
    assert denied == {("75.02", "KKPHAM", "Peduli HAM", 2023, "not_achieved"),
                      ("75.05", "KKPHAM", "Peduli HAM", 2023, "not_achieved")}


def test_the_whole_said_to_hold_it_between_a_count_and_its_names_holds_it_too(extract):
    # blind126's b126_08: "... meminta tujuh kabupaten/kota di provinsi itu mempertahankan predikat ... pada penilaian
    # tahun 2024. 'Pada 2023 seluruh kabupaten/kota di Babel meraih predikat KKPHAM. ...' Ketujuh daerah itu ialah ..."
    text = ("Kemenkumham Babel Minta Dua Daerah Jaga Predikat KKPHAM\n"
            "Pangkalpinang - Kanwil meminta dua kabupaten/kota di provinsi itu mempertahankan predikat Kabupaten/Kota "
            "Peduli HAM pada penilaian tahun 2024.\n"
            '"Pada 2023 seluruh kabupaten/kota di Babel meraih predikat KKPHAM. Capaian ini harus dijaga," kata Harun.\n'
            "Kedua daerah itu ialah Kota Pangkalpinang dan Kabupaten Bangka.")
    found = {f for f in facts_of(extract(text, date(2024, 3, 5))) if f[0] == "19.71"}
    assert found == {("19.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                     ("19.71", "KKPHAM", "Peduli HAM", 2023, "achieved")}


def test_a_possessed_achievement_points_back_at_the_predikat(extract):
    # blind126's b126_02: "Sepuluh daerah yang telah meraih predikat itu yakni Kota Banda Aceh, Sabang, ... Daerah-daerah
    # tersebut diminta mempertahankan capaiannya pada penilaian tahun ini."
    text = (HEAD + "Dua daerah yang telah meraih predikat KKPHAM tahun 2023 yakni Kota Banda Aceh dan Sabang. "
            "Daerah-daerah tersebut diminta mempertahankan capaiannya pada penilaian tahun ini.")
    kept = {f for f in facts_of(extract(text, date(2024, 5, 21))) if f[4] == "maintain_target"}
    assert kept == {("11.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target"),
                    ("11.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_a_round_the_speakers_region_missed_is_denied_of_it(extract):
    # blind137's b137_10: '"Banyuwangi pernah meraih predikat ini pada 2018 dan 2019. Pada penilaian 2021 kami tidak
    # masuk, itu menjadi bahan evaluasi. ...," kata Ipuk'
    text = (HEAD + "Predikat Kabupaten Peduli HAM untuk penilaian tahun 2022 itu diterima Bupati Banyuwangi Ipuk "
            "Fiestiandani.\n"
            '"Pada penilaian 2021 kami tidak masuk, itu menjadi bahan evaluasi," kata Ipuk.')
    assert ("35.10", "KKPHAM", "Peduli HAM", 2021, "not_achieved") in facts_of(extract(text, date(2023, 12, 12)))
    # (nobody who heads a government speaking, no region is denied it)
    text = text.replace("kata Ipuk", "kata Kepala Kanwil Heni")
    assert not {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "not_achieved"}


def test_one_dropped_out_of_the_list_after_a_comma_did_not_get_it(extract):
    # blind137's b137_08: "Sembilan Daerah di Kalteng Raih Predikat Peduli HAM, Kotim Terlempar"; "... yang pada
    # penilaian tahun 2020 masih berpredikat peduli HAM, kali ini tidak lagi masuk daftar penerima."
    text = HEAD + "Sembilan daerah di Kalteng meraih predikat Peduli HAM 2021, Kotim terlempar."
    assert facts_of(extract(text, date(2022, 12, 16))) == {("62.02", "KKPHAM", "Peduli HAM", 2021, "not_achieved")}
    text = (HEAD + "Sembilan daerah di Kalteng ditetapkan sebagai Kabupaten/Kota Peduli HAM tahun 2021.\nKabupaten "
            "Kotawaringin Timur yang pada penilaian tahun 2020 masih berpredikat peduli HAM, kali ini tidak lagi masuk "
            "daftar penerima.")
    assert facts_of(extract(text, date(2022, 12, 16))) == {("62.02", "KKPHAM", "Peduli HAM", 2020, "achieved"),
                                                          ("62.02", "KKPHAM", "Peduli HAM", 2021, "not_achieved")}
    # (a clause fronted before its subject is still the subject's: "Setelah pada 2015 memperoleh ..., Kabupaten Sleman
    # kini membidik kategori Nindya")
    text = HEAD + ("Sleman - Setelah pada 2015 memperoleh Predikat Kabupaten Layak Anak dengan kategori Madya, Kabupaten "
                   "Sleman kini membidik kategori Nindya.")
    assert ("34.04", "KLA", "Madya", 2015, "achieved") in facts_of(extract(text, date(2016, 3, 1)))


def villages(extraction) -> set:
    """(holder, region_code, year, status) of the village facts."""
    return {(f.holder, f.region_code, f.year, f.status) for f in extraction.facts if f.holder_kind == "unit"}


def test_regions_counted_with_their_villages_hold_the_village_predikat_through_them(extract):
    # blind123's b123_11: "Sebanyak 28 desa dan kelurahan di Sulawesi Selatan resmi menyandang status Desa/Kelurahan
    # Sadar Hukum tahun 2023. Ke-28 desa/kelurahan itu tersebar di empat daerah. Kabupaten Pinrang menyumbang paling
    # banyak, yakni 12 desa, disusul Kabupaten Sidenreng Rappang (Sidrap) tujuh desa dan Kabupaten Barru enam desa."
    text = (HEAD + "Sebanyak 25 desa di Sulawesi Selatan resmi menyandang status Desa/Kelurahan Sadar Hukum tahun 2023.\n"
            "Kabupaten Pinrang menyumbang paling banyak, yakni 12 desa, disusul Kabupaten Sidenreng Rappang (Sidrap) "
            "tujuh desa dan Kabupaten Barru enam desa.")
    assert villages(extract(text, date(2023, 11, 2))) == {
        ("desa/kelurahan di Pinrang", "73.15", 2023, "achieved"),
        ("desa/kelurahan di Sidenreng Rappang", "73.14", 2023, "achieved"),
        ("desa/kelurahan di Barru", "73.11", 2023, "achieved")}
    # blind139's b139_11: "Dari Kabupaten Kulon Progo ada lima kalurahan, yakni Kalurahan Sentolo, ..." (a place)
    text = (HEAD + "Sebanyak 14 kalurahan di DIY dikukuhkan sebagai Desa Sadar Hukum tahun 2022.\n"
            "Dari Kabupaten Kulon Progo ada lima kalurahan, yakni Kalurahan Sentolo, Banguncipto dan Hargorejo.")
    assert ("desa/kelurahan di Kulon Progo", "34.01", 2022, "achieved") in villages(extract(text, date(2022, 11, 25)))
    # blind138's b138_11: "Dari Kabupaten Sambas terdapat enam desa, yaitu Desa Temajuk, ...": "terdapat" after "Dari" is
    # a part of the whole given, not all the villages the kabupaten has
    text = (HEAD + "Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\n"
            "Dari Kabupaten Sambas terdapat tiga desa, yaitu Desa Temajuk, Desa Sebubus dan Desa Nibung.")
    assert ("desa/kelurahan di Sambas", "61.01", 2022, "achieved") in villages(extract(text, date(2022, 10, 27)))
    # (but "Di Kabupaten Sambas terdapat 193 desa": all it has)
    text = (HEAD + "Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\n"
            "Di Kabupaten Sambas terdapat 193 desa dan kelurahan.")
    assert ("desa/kelurahan di Sambas", "61.01", 2022, "achieved") not in villages(extract(text, date(2022, 10, 27)))
    # blind177's b177_11: villages counted before their place, and the place coordinated with it
    text = (HEAD + "Sebanyak 14 nagari di Sumatera Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nKanwil tengah "
            "membina sejumlah nagari di Kabupaten Solok dan Kabupaten Sijunjung agar dapat diusulkan sebagai desa sadar "
            "hukum pada tahun 2023.")
    assert {("desa/kelurahan di Solok", "13.02", 2023, "target"), ("desa/kelurahan di Sijunjung", "13.03", 2023, "target")} \
        <= villages(extract(text, date(2022, 11, 2)))
    # blind29's b29_08: "23 kalurahan di Sleman, ..., serta 1 kelurahan di Kota Yogyakarta" (the last with no count after)
    text = (HEAD + "Kanwil mengukuhkan 24 Kalurahan/Kelurahan Sadar Hukum. Rinciannya, 23 kalurahan di Sleman, serta 1 "
            "kelurahan di Kota Yogyakarta.")
    assert {v[1] for v in villages(extract(text, date(2024, 11, 2)))} >= {"34.04", "34.71"}
    # (villages a place has are not given anything: "memiliki 86 desa di Kabupaten Sleman")
    text = (HEAD + "Sebanyak 14 desa di DIY diresmikan sebagai Desa Sadar Hukum tahun 2022.\nPemkab yang memiliki 86 desa "
            "di Kabupaten Sleman itu belum mengusulkan.")
    assert "34.04" not in {v[1] for v in villages(extract(text, date(2022, 11, 2)))}
    # (no village predikat, no such holding: "Kabupaten Pinrang punya 12 desa wisata")
    text = HEAD + "Kabupaten Pinrang meraih predikat KKPHAM tahun 2023.\nKabupaten Barru memiliki enam desa wisata."
    assert not villages(extract(text, date(2023, 11, 2)))


def test_villages_made_sadar_hukum_and_named_after_a_summed_count(extract):
    # blind126's b126_11: "BPHN meresmikan empat nagari dan satu kelurahan di Sumatera Barat sebagai Desa/Kelurahan
    # Sadar Hukum tahun 2022. ... Kelima desa/kelurahan tersebut ialah Nagari Pariangan di Kabupaten Tanah Datar, ..."
    text = ("Empat Nagari dan Satu Kelurahan di Sumbar Diresmikan Jadi Desa/Kelurahan Sadar Hukum\n"
            "BPHN meresmikan dua nagari dan satu kelurahan di Sumatera Barat sebagai Desa/Kelurahan Sadar Hukum tahun "
            "2022.\nKetiga desa/kelurahan tersebut ialah Nagari Pariangan di Kabupaten Tanah Datar, Nagari Sungai Batang "
            "di Kabupaten Agam, serta Kelurahan Balai-Balai di Kota Padang Panjang.")
    assert villages(extract(text, date(2022, 11, 23))) == {
        ("Nagari Pariangan", "13.04", 2022, "achieved"), ("Nagari Sungai Batang", "13.06", 2022, "achieved"),
        ("Kelurahan Balai-Balai", "13.74", 2022, "achieved")}


def test_a_part_of_a_whole_pointed_back_at_holds_what_the_whole_got(extract):
    # blind137's b137_12: "Sebanyak 12 dari 19 kabupaten/kota di Sumatera Barat ditetapkan sebagai Kabupaten/Kota Peduli
    # HAM ... [the hand-over] Dari jumlah tersebut, tujuh di antaranya adalah pemerintah kota, yakni Padang, ..."
    text = (HEAD + "Sebanyak 12 dari 19 kabupaten/kota di Sumatera Barat ditetapkan sebagai Kabupaten/Kota Peduli HAM "
            "tahun 2021.\nKepala Kanwil menyerahkan langsung piagam penghargaan kepada perwakilan pemerintah daerah di "
            "Padang.\nDari jumlah tersebut, dua di antaranya adalah pemerintah kota, yakni Bukittinggi dan Payakumbuh.")
    assert facts_of(extract(text, date(2022, 12, 14))) == {("13.75", "KKPHAM", "Peduli HAM", 2021, "achieved"),
                                                          ("13.76", "KKPHAM", "Peduli HAM", 2021, "achieved")}
    # (not a part of nothing pointed back at: "Dua di antaranya adalah kota wisata, yakni ...")
    text = text.replace("Dari jumlah tersebut, dua di antaranya adalah pemerintah kota",
                        "Sumbar punya banyak kota wisata. Dua di antaranya")
    assert not facts_of(extract(text, date(2022, 12, 14)))


def test_a_head_titled_alone_who_hopes_speaks_for_his_region(extract):
    # blind134's b134_07: "Bupati berharap capaian tersebut dapat dipertahankan pada penilaian tahun 2020 ..." after the
    # other holders of the province were named: the bupati's own region keeps it
    text = (HEAD + "Pemerintah Kabupaten Wonosobo kembali dianugerahi penghargaan Kabupaten Peduli HAM tahun 2019, diterima "
            "Bupati Wonosobo Eko Purnomo.\nDi Jawa Tengah, selain Wonosobo, penghargaan yang sama juga diterima antara "
            "lain Kota Surakarta dan Kabupaten Boyolali.\nBupati berharap capaian tersebut dapat dipertahankan pada "
            "penilaian tahun 2020.")
    kept = {f for f in facts_of(extract(text, date(2020, 12, 11))) if f[4] == "maintain_target"}
    assert kept == {("33.07", "KKPHAM", "Peduli HAM", 2020, "maintain_target")}


def test_scope_villages_counted_but_not_given_anything(extract):
    text = (HEAD + "Sebanyak 25 desa ditetapkan sebagai Desa Sadar Hukum tahun 2023. Sementara Kabupaten Jeneponto baru "
            "mengusulkan tiga desa untuk tahun depan, dan Kabupaten Gowa yang memiliki 121 desa belum mengusulkan.")
    assert not villages(extract(text, date(2023, 11, 2)))


def test_scope_a_denied_verb_with_an_object_of_its_own_denies_no_round(extract):
    text = (HEAD + "Predikat Kabupaten Peduli HAM tahun 2022 diterima Bupati Banyuwangi Ipuk Fiestiandani.\n"
            '"Pada evaluasi 2022 kami tidak mendapat catatan apa pun dari tim," kata Ipuk.')
    assert not {f for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "not_achieved"}


def test_scope_a_title_after_a_comma_is_no_heads_name(extract):
    text = (HEAD + "Kabupaten Gianyar dan Kota Denpasar meraih predikat Kabupaten/Kota Peduli HAM tahun 2023.\nPiagam "
            "diterima Bupati Gianyar, Kepala Kanwil Kemenkumham Bali dan Sekda Bangli.\n"
            '"Predikat Kabupaten Peduli HAM ini harus dipertahankan pada 2024," kata Kepala Kanwil.')
    kept = {f[0] for f in facts_of(extract(text, date(2023, 12, 12))) if f[4] == "maintain_target"}
    assert kept == {"51.04", "51.71"}


def test_a_gapped_clause_after_a_comma_gives_its_holder_its_own_grade(extract):
    # blind134's b134_13: "Sementara Kabupaten Klungkung dan Bangli masih berada pada kualitas sedang, dan Kabupaten
    # Karangasem pada kualitas rendah."
    text = (HEAD + "Hasil Penilaian Kepatuhan Ombudsman tahun 2023 diumumkan. Sementara Kabupaten Klungkung dan Bangli masih "
            "berada pada kualitas sedang, dan Kabupaten Karangasem pada kualitas rendah.")
    assert {(f[0], f[2]) for f in facts_of(extract(text, date(2024, 1, 30)))} == {
        ("51.05", "Kualitas Sedang"), ("51.06", "Kualitas Sedang"), ("51.07", "Kualitas Rendah")}


def test_ia_hoping_after_a_heads_quote_is_that_head(extract):
    # blind121's b121_04: '... kata Helmi. Ia berharap predikat tersebut dapat dipertahankan pada penilaian tahun depan.'
    text = (HEAD + "Kota Bengkulu meraih predikat Kota Peduli HAM tahun 2018, diterima Wali Kota Bengkulu Helmi Hasan.\n"
            "Kota Lubuklinggau juga meraih predikat Kota Peduli HAM tahun 2018.\n"
            '"Ini kerja bersama seluruh OPD," kata Helmi.\nIa berharap predikat tersebut dapat dipertahankan pada '
            "penilaian tahun depan.")
    kept = {f for f in facts_of(extract(text, date(2019, 12, 11))) if f[4] == "maintain_target"}
    assert kept == {("17.71", "KKPHAM", "Peduli HAM", 2020, "maintain_target")}


def test_a_count_no_sentence_made_names_the_whole_said_to_hold_the_predikat_a_few_sentences_before(extract):
    # blind148's b148_01: the whole ("seluruh kabupaten/kota di provinsi itu kini menyandang predikat"), a quote that
    # counts it with no predikat, a sentence on the decree, then "Kesepuluh daerah tersebut yakni ..."
    text = ("Judul berita\nKanwil Kemenkumham NTB menyatakan seluruh kabupaten/kota di provinsi itu kini menyandang "
            "predikat Kabupaten/Kota Peduli HAM (KKPHAM).\n\"Tiga dari tiga kabupaten/kota lolos penilaian,\" kata "
            "Kepala Kanwil di Mataram, Selasa.\nPenghargaannya diserahkan pada peringatan Hari HAM Sedunia.\nKetiga daerah "
            "tersebut yakni Kota Mataram, Kabupaten Lombok Barat dan Lombok Tengah.")
    found = facts_of(extract(text, date(2023, 12, 12)))
    assert {code for code, *_ in found} == {"52.71", "52.01", "52.02"}


def test_scope_a_rank_is_no_count_of_the_whole(extract):
    text = ("Judul berita\nOmbudsman berharap seluruh pemerintah daerah se-Provinsi Jambi meraih zona hijau.\nPemenuhan "
            "standar pelayanan publiknya masih rendah.\nKabupaten Kerinci menempati urutan ke-33 se-Indonesia.")
    assert facts_of(extract(text, date(2015, 12, 18)), region_code="15.01") == set()


def test_what_was_got_in_a_round_named_before_yang_is_the_predikat_spoken_of(extract):
    # blind146's b146_06: "... bertambah dibanding penilaian tahun 2019 yang hanya diraih Kota Ternate dan ..."
    text = ("Judul\nKabupaten Halmahera Barat meraih penghargaan Kabupaten/Kota Peduli HAM untuk penilaian tahun 2020.\n"
            "Menurut Kakanwil, jumlah daerah penerima di Maluku Utara bertambah dibanding penilaian tahun 2019 yang hanya "
            "diraih Kota Ternate dan Kota Tidore Kepulauan.")
    found = facts_of(extract(text, date(2021, 12, 13)))
    assert {("82.71", "KKPHAM", "Peduli HAM", 2019, "achieved"), ("82.72", "KKPHAM", "Peduli HAM", 2019, "achieved")} <= found


def test_scope_a_round_named_before_yang_with_no_verb_of_getting_gives_nothing(extract):
    text = ("Judul\nKabupaten Halmahera Barat meraih penghargaan Kabupaten/Kota Peduli HAM untuk penilaian tahun 2020.\n"
            "Penilaian tahun 2019 yang diikuti Kota Ternate berlangsung ketat.")
    assert facts_of(extract(text, date(2021, 12, 13)), region_code="82.71") == set()


def test_predikatnya_points_back_at_the_predikat_held(extract):
    # blind156's b156_06: "Kami minta tujuh daerah ini mempertahankan predikatnya pada penilaian tahun depan."
    text = ("Judul\nKota Pangkalpinang, Kabupaten Bangka dan Belitung meraih predikat KKPHAM tahun 2023.\nIa menuturkan "
            "hal itu di Pangkalpinang.\n\"Kami minta tiga daerah ini mempertahankan predikatnya pada penilaian tahun "
            "depan,\" ujarnya.")
    kept = facts_of(extract(text, date(2023, 12, 11)), status="maintain_target")
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("19.71", "19.01", "19.02")}


def test_a_list_after_a_count_asked_to_keep_holds_what_the_count_before_it_held(extract):
    # blind156's b156_05: held (2023), then asked to keep (this year), then named
    text = ('Judul\nKanwil menggelar rapat di Pontianak, Kamis.\n"Pada penilaian sebelumnya, tiga kabupaten/kota di Kalbar '
            'telah menyandang predikat KKPHAM tahun 2023. Kami minta tiga daerah itu mempertahankannya tahun ini," kata '
            'Kepala Divisi.\nKetiga daerah tersebut adalah Kota Pontianak, Kota Singkawang dan Kabupaten Sambas.')
    found = facts_of(extract(text, date(2024, 5, 16)), region_code="61.71")
    assert found == {("61.71", "KKPHAM", "Peduli HAM", 2023, "achieved"),
                     ("61.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target")}


def test_scope_a_count_asked_of_something_is_not_held_before_when_no_count_before_held_it(extract):
    text = ('Judul\nKanwil menggelar rapat di Pontianak, Kamis.\n"Kami minta tiga daerah mempertahankan predikat KKPHAM '
            'tahun ini," kata Kepala Divisi.\nKetiga daerah tersebut adalah Kota Pontianak, Kota Singkawang dan Kabupaten '
            'Sambas.')
    assert facts_of(extract(text, date(2024, 5, 16)), region_code="61.71", status="achieved") == set()


def test_names_that_are_the_object_of_a_verb_of_their_own_sentence_do_not_go_on_with_the_list_before(extract):
    # blind155's b155_08: "Selain Sigi, ... tim juga akan menyambangi Parigi Moutong, Tolitoli, ... dengan tujuan yang sama."
    text = ("Judul\nKota Palu meraih predikat KKPHAM 2022.\nAdapun enam daerah yang telah meraih predikat itu diminta "
            "mempertahankannya pada penilaian tahun ini.\nTim akan menyambangi Parigi Moutong, Tolitoli dan Buol.")
    assert facts_of(extract(text, date(2024, 3, 5)), region_code="72.08") == set()
    # (a list a verb introduces still goes on: "meliputi Kabupaten ...")
    text = "Judul\nKota Palu meraih predikat KKPHAM 2022. Daerah lainnya meliputi Parigi Moutong, Tolitoli dan Buol."
    assert ("72.08", "KKPHAM", "Peduli HAM", 2022, "achieved") in facts_of(extract(text, date(2024, 3, 5)))


def test_a_count_pointing_back_in_a_clause_of_no_names_takes_its_clause_for_the_ones_it_counts(extract):
    # blind155's b155_10
    text = ('Judul\n"Pada penilaian tahun 2021, dua daerah di Gorontalo berhasil meraih predikat KKPHAM, yakni Kota '
            'Gorontalo dan Bone Bolango. Kami harap keduanya mempertahankan capaian itu pada penilaian tahun ini, sementara '
            'Boalemo yang belum meraihnya bisa menyusul," ujarnya.')
    kept = facts_of(extract(text, date(2023, 5, 23)), status="maintain_target")
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2023, "maintain_target") for code in ("75.71", "75.03")}


def test_a_count_coached_in_a_clause_of_no_predikat_is_coached_for_the_one_spoken_of(extract):
    # blind179's b179_13: the coaching clause names no predikat; the next clause points at it ("predikatnya")
    text = ("Judul\nKepala Kanwil mengatakan, di Provinsi Jambi terdapat dua daerah yang meraih penghargaan KKPHAM tahun "
            "2023, yakni Kota Jambi dan Kabupaten Kerinci.\nAdapun dua daerah lainnya, yakni Kabupaten Tebo dan Bungo, "
            "belum berhasil meraih predikat tersebut.\n\"Tahun ini kedua daerah itu akan kami dampingi secara intensif, "
            "sementara dua daerah penerima kami minta mempertahankan predikatnya,\" ujarnya.")
    goals = facts_of(extract(text, date(2024, 1, 18)), status="target")
    assert goals == {(code, "KKPHAM", "Peduli HAM", 2024, "target") for code in ("15.09", "15.08")}
    # the other count, of as many as received it, is asked to keep it, in the year opening the sentence
    kept = facts_of(extract(text, date(2024, 1, 18)), status="maintain_target")
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("15.71", "15.01")}
    # (a year at a clause's end is that clause's: "... diraih pada tahun sebelumnya, sementara ... meraih kembali")
    text = ("Judul\nUntuk kedua LHP atas LKPD TA 2016 tersebut, BPK memberikan opini WTP. Kabupaten Jember sukses "
            "mempertahankan opini WTP yang sudah diraih pada tahun sebelumnya, sementara Kabupaten Situbondo berhasil "
            "meraih kembali opini WTP.")
    assert ("35.12", "OPINI_BPK", "WTP", 2015, "achieved") not in facts_of(extract(text, date(2017, 6, 1)))


def test_a_count_with_a_relative_clause_after_a_comma_and_dan_opens_another_subject(extract):
    # blind179's b179_07
    text = ("Judul\nPada 2023 dua dari tiga kabupaten/kota di NTB meraih predikat KKPHAM.\nKedua daerah itu adalah Kota "
            "Mataram dan Kabupaten Lombok Barat.\n\"Kami minta kedua daerah ini mempertahankan predikatnya tahun ini, dan "
            "satu daerah yang belum meraih, yaitu Kabupaten Dompu, harus kita dorong bersama,\" kata Parlindungan.")
    found = facts_of(extract(text, date(2024, 5, 21)))
    assert {f for f in found if f[4] == "maintain_target"} == {
        (code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("52.71", "52.01")}
    assert ("52.05", "KKPHAM", "Peduli HAM", 2023, "not_achieved") in found
    # (no count with its own relative clause, no new subject: "..., dan satu lagi ...")
    text = text.replace("dan satu daerah yang belum meraih, yaitu Kabupaten Dompu, harus kita dorong bersama",
                        "dan Kabupaten Dompu juga")
    assert ("52.05", "KKPHAM", "Peduli HAM", 2024, "maintain_target") in facts_of(extract(text, date(2024, 5, 21)))


def test_coaching_with_no_round_is_for_the_round_the_hope_after_it_names(extract):
    # blind177's b177_05
    text = ("Judul\nSebanyak 2 dari 4 kabupaten di Sumatera Utara ditetapkan sebagai Kabupaten Peduli HAM tahun 2021.\n"
            "Adapun dua kabupaten yang belum lolos penilaian tahun 2021 ialah Nias dan Dairi.\n\"Kedua kabupaten ini akan "
            "kami dampingi. Harapannya tahun depan mereka bisa menyusul sehingga Sumut meraih 100 persen,\" ujarnya.")
    goals = facts_of(extract(text, date(2022, 12, 12)), status="target")
    assert goals == {(code, "KKPHAM", "Peduli HAM", 2023, "target") for code in ("12.04", "12.11")}
    # blind183's b183_07: '"Empat daerah ini akan kami dampingi. Tahun depan kami harap semuanya bisa masuk"'
    hoped = text.replace("Harapannya tahun depan mereka bisa menyusul", "Tahun depan kami harap semuanya bisa masuk")
    assert facts_of(extract(hoped, date(2022, 12, 12)), status="target") == goals
    # (not a hope about somebody else: "Harapannya tahun depan Kabupaten Karo juga ...")
    text = text.replace("Harapannya tahun depan mereka bisa menyusul", "Harapannya tahun depan Kabupaten Karo bisa menyusul")
    assert ("12.04", "KKPHAM", "Peduli HAM", 2023, "target") not in facts_of(extract(text, date(2022, 12, 12)))


def test_the_others_of_a_whole_counted_just_before_are_told_the_same(extract):
    # blind177's b177_06
    text = ("Judul\nKanwil mendampingi Kabupaten Kepulauan Mentawai dalam persiapan penilaian KKPHAM tahun 2024.\n"
            "Kepala Divisi mengatakan, Mentawai merupakan satu dari tiga daerah di Sumbar yang tidak masuk daftar penerima "
            "predikat KKPHAM tahun lalu.\nDua daerah lainnya ialah Kabupaten Solok dan Sijunjung.")
    denied = {f for f in facts_of(extract(text, date(2024, 5, 15))) if f[4] == "not_achieved"}
    assert {"13.02", "13.03"} <= {f[0] for f in denied if f[3] == 2023}
    # (not when they do not make up the rest: "Tiga daerah lainnya ...")
    text = text.replace("Dua daerah lainnya", "Tiga daerah lainnya")
    assert not {f for f in facts_of(extract(text, date(2024, 5, 15))) if f[0] in {"13.02", "13.03"}}


def test_all_of_them_asked_to_keep_it_are_the_names_before_in_the_round_the_lead_aims_at(extract):
    # blind183's b183_04
    text = ("Judul\nKanwil NTB menargetkan seluruh kabupaten/kota di provinsi itu menyandang predikat KKPHAM pada 2024.\n"
            "Saat ini dua dari tiga kabupaten/kota di NTB sudah berpredikat peduli HAM berdasarkan penetapan tahun 2023.\n"
            "\"Dua daerah itu adalah Kota Mataram dan Dompu. Kami minta semuanya mempertahankan,\" ujarnya.")
    kept = facts_of(extract(text, date(2024, 2, 26)), status="maintain_target")
    assert kept == {(code, "KKPHAM", "Peduli HAM", 2024, "maintain_target") for code in ("52.71", "52.05")}
    # blind183's b183_02: all of them as the subject of a purpose's goal
    text2 = ("Judul\nSebanyak 31 dari 38 kabupaten/kota di Jawa Timur ditetapkan sebagai Kabupaten/Kota Peduli HAM.\n"
             "\"Masih ada Kabupaten Sampang dan Kota Pasuruan. Kami minta OPD terkait berkoordinasi dengan Kanwil agar "
             "tahun depan semuanya masuk,\" kata Khofifah.")
    goals = facts_of(extract(text2, date(2023, 12, 11)), status="target")
    assert {(f[0], f[3]) for f in goals} == {("35.27", 2024), ("35.75", 2024)}
    # (the aim of the lead is no achievement: "menargetkan seluruh ... menyandang predikat KKPHAM pada 2024")
    assert not {f for f in facts_of(extract(text, date(2024, 2, 26))) if f[3] == 2024 and f[4] == "achieved"}


def test_the_others_making_up_the_province_are_denied_the_round_just_given(extract):
    # blind179's b179_03: 5 named + "Sembilan kabupaten lainnya" = the 14 kabupaten/kota of Kalimantan Barat
    text = ("Judul\nKanwil memverifikasi data dukung penilaian KKPHAM tahun 2022 di Kubu Raya.\nIa menyebutkan, pada "
            "penilaian tahun 2021 terdapat lima daerah di Kalbar yang ditetapkan sebagai KKPHAM, yakni Kota Pontianak, "
            "Kota Singkawang, Kabupaten Kubu Raya, Sanggau dan Ketapang.\nSembilan kabupaten lainnya belum memenuhi "
            "kriteria, di antaranya Kabupaten Landak dan Sintang.")
    denied = {f for f in facts_of(extract(text, date(2022, 8, 10))) if f[4] == "not_achieved"}
    assert {(f[0], f[3]) for f in denied} == {("61.08", 2021), ("61.05", 2021)}
    # (not the rest of another count: "Delapan kabupaten lainnya" with five named are not the 14)
    text = text.replace("Sembilan kabupaten lainnya", "Delapan kabupaten lainnya")
    assert not {f for f in facts_of(extract(text, date(2022, 8, 10))) if f[4] == "not_achieved" and f[3] == 2021}


def test_menurut_and_a_head_s_name_opening_a_sentence_makes_him_the_speaker(extract):
    # blind155's b155_09: "Menurut Edi, ...", "Ia menyebut ...", then '"Kami akan berupaya mempertahankan predikat ini
    # tahun depan, ...," ujarnya.'
    text = ("Judul\nPemerintah Kota Pontianak kembali meraih penghargaan Kota Peduli HAM tahun 2018.\nPenghargaan diterima "
            "langsung Wali Kota Pontianak Edi Rusdi Kamtono di Bandung, Selasa (10/12).\nMenurut Edi, penilaian meliputi "
            "pemenuhan hak atas kesehatan dan pendidikan.\nIa menyebut sejumlah program turut menopang penilaian itu.\n"
            "\"Kami akan berupaya mempertahankan predikat ini tahun depan,\" ujarnya.")
    kept = facts_of(extract(text, date(2019, 12, 11)), status="maintain_target")
    assert kept == {("61.71", "KKPHAM", "Peduli HAM", 2020, "maintain_target")}


def test_a_grade_a_goal_noun_names_without_a_verb_is_aimed_at(extract):
    # blind148's b148_14: '"... Target kami berikutnya kategori Utama pada tahun depan," kata Santoso.'
    text = ("Judul\nPemerintah Kota Blitar meraih penghargaan Kota Layak Anak (KLA) kategori Nindya tahun 2022.\nPenghargaan "
            "diterima Wali Kota Blitar Santoso secara daring, Jumat (22/7/2022).\n\"Alhamdulillah. Target kami berikutnya "
            "kategori Utama pada tahun depan,\" kata Santoso.")
    assert ("35.72", "KLA", "Utama", 2023, "target") in facts_of(extract(text, date(2022, 7, 24)))


# ---- Scope of the fifteenth session's rules (from a review of the session's diff)

def test_scope_a_count_asked_to_get_it_does_not_hold_what_the_count_before_held(extract):
    text = ('Judul\n"Pada penilaian sebelumnya, tiga kabupaten/kota di Kalbar telah menyandang predikat KKPHAM tahun 2023. '
            'Kami dorong tiga daerah lainnya meraih predikat itu tahun ini," kata Kadiv.\nKetiga daerah tersebut adalah '
            'Kabupaten Sambas, Bengkayang dan Landak.')
    assert facts_of(extract(text, date(2024, 5, 16)), region_code="61.01") == {
        ("61.01", "KKPHAM", "Peduli HAM", 2024, "target")}


@pytest.mark.parametrize("text", [
    # a whole of another province
    "Judul\nSeluruh kabupaten/kota di NTB meraih predikat Kabupaten/Kota Peduli HAM tahun 2022. Kondisi berbeda terjadi "
    "di Bali. Ketiga daerah yang dikunjungi tim yakni Kabupaten Bangli, Karangasem dan Klungkung.",
    # a place in a ranking
    "Judul\nOmbudsman berharap seluruh pemerintah daerah se-Provinsi Bali meraih zona hijau.\nPemenuhan standarnya masih "
    "rendah.\nKabupaten Bangli menempati urutan kedua terbawah se-Bali.",
])
def test_scope_a_whole_said_to_hold_names_only_counts_of_its_own_province_and_no_ranks(extract, text):
    assert facts_of(extract(text, date(2023, 1, 16)), region_code="51.06") == set()


def test_scope_a_list_an_active_verb_lists_goes_on(extract):
    text = ("Judul\nKota Palu, Kabupaten Sigi dan Donggala meraih predikat KKPHAM 2022. Daftar itu juga memuat Parigi "
            "Moutong, Tolitoli dan Buol.")
    assert ("72.08", "KKPHAM", "Peduli HAM", 2022, "achieved") in facts_of(extract(text, date(2023, 3, 1)))


def test_scope_a_second_clause_pointing_back_at_the_same_group_keeps_its_frames(extract):
    text = ("Judul\nKanwil mencatat tiga daerah di Sulteng berprestasi, yakni Kota Palu, Kabupaten Sigi dan Donggala. "
            "Ketiga daerah itu meraih predikat KKPHAM tahun 2022, sedangkan pada tahun 2023 mereka juga meraih predikat "
            "KLA kategori Madya.")
    assert ("72.10", "KLA", "Madya", 2023, "achieved") in facts_of(extract(text, date(2024, 1, 10)))


def test_scope_a_goal_of_another_clause_is_not_the_counts(extract):
    # blind132's b132_03 shape: the ones asked to keep it are not the ones coached to follow
    text = ('Judul\nTujuh daerah meraih predikat KKPHAM tahun 2023, yakni Kota Banda Aceh dan Kabupaten Aceh Tengah.\n'
            'Meurah meminta kedua daerah tersebut mempertahankan predikatnya pada penilaian 2024, sementara 16 daerah '
            'lainnya terus didampingi agar bisa menyusul.')
    found = facts_of(extract(text, date(2024, 1, 10)), region_code="11.71")
    assert ("11.71", "KKPHAM", "Peduli HAM", 2024, "maintain_target") in found
    assert not {f for f in found if f[4] == "target"}


def test_scope_a_report_of_a_round_received_is_no_predikat_got(extract):
    text = ("Judul\nKota Palu meraih predikat Kota Peduli HAM tahun 2022. Sementara laporan hasil penilaian tahun 2022 yang "
            "diterima Kabupaten Sigi menunjukkan nilai 55.")
    assert facts_of(extract(text, date(2023, 1, 10)), region_code="72.10") == set()


def test_scope_predikatnya_kept_and_hoped_for(extract):
    # "sekaligus" adds another predicate; a hope about the achievement pointed back at is no goal of getting it
    text = ("Judul\nKota Kupang ditetapkan sebagai Kota Peduli HAM pada penilaian tahun 2021. Pemkot Kupang diminta "
            "mempertahankan predikatnya tahun ini sekaligus menjadi contoh bagi daerah lain.")
    assert ("53.71", "KKPHAM", "Peduli HAM", 2023, "maintain_target") in facts_of(extract(text, date(2023, 8, 9)))
    text = "Judul\nKabupaten Siak meraih predikat KLA kategori Nindya tahun 2022. Pemkab Siak berharap predikatnya tidak turun."
    assert facts_of(extract(text, date(2022, 7, 25)), status="target") == set()


def test_regions_denied_after_a_units_predikat_take_the_regions_predikat(extract):
    # a predikat only units held in between is not what "tiga daerah lainnya" were denied
    text = ("Judul\nTujuh dari sepuluh kabupaten/kota di Kalimantan Timur ditetapkan sebagai Kabupaten/Kota Peduli HAM "
            "untuk penilaian tahun 2022. Pada kesempatan yang sama, Rutan Kelas IIA Samarinda menerima penghargaan "
            "Pelayanan Publik Berbasis HAM (P2HAM) tahun 2023. Adapun tiga daerah lainnya, yakni Kutai Barat, Kutai Timur "
            "dan Mahakam Ulu, belum memenuhi nilai minimal.")
    found = facts_of(extract(text, date(2023, 12, 19)), region_code="64.07")
    assert ("64.07", "KKPHAM", None, 2022, "not_achieved") in {(c, p, None, y, s) for c, p, g, y, s in found}
    assert not {f for f in found if f[1] == "P2HAM"}



def test_a_count_of_a_province_takes_its_holders_named_over_several_sentences(extract):
    text = ("Kulon Progo Kembali Dinobatkan Kabupaten Peduli HAM\nWATES - Pemerintah Kabupaten Kulon Progo kembali menerima "
            "penghargaan Kabupaten Peduli HAM tahun 2019 dari Kementerian Hukum dan HAM, Kamis (10/12/2020).\n"
            "Di DIY, penghargaan serupa juga diberikan kepada Kota Yogyakarta, Kabupaten Sleman, Bantul dan Gunungkidul.\n"
            "Kepala Kanwil mengapresiasi capaian tersebut. Ia meminta kelima kabupaten/kota di DIY mempertahankan predikat "
            "peduli HAM pada tahun 2021.")
    found = facts_of(extract(text, date(2020, 12, 11)), status="maintain_target")
    assert {f[0] for f in found} == {"34.01", "34.71", "34.04", "34.02", "34.03"}
    # the count of another province takes nobody
    other = text.replace("kelima kabupaten/kota di DIY", "kelima kabupaten/kota di Jawa Tengah")
    assert facts_of(extract(other, date(2020, 12, 11)), status="maintain_target") == set()


# Scope of the sixteenth session's rules (review findings)

def test_scope_the_same_award_again_is_the_last_one_named_even_a_units(extract):
    text = ("Judul\nKota Palu meraih predikat Kota Peduli HAM tahun 2022. Pada kesempatan yang sama, Lapas Kelas IIA Palu "
            "menerima penghargaan Pelayanan Publik Berbasis HAM (P2HAM) tahun 2023. Hal serupa juga diraih Kabupaten Sigi "
            "dan Kabupaten Donggala.")
    found = facts_of(extract(text, date(2023, 12, 12)), region_code="72.10")
    assert not {f for f in found if f[1] == "KKPHAM"}


def test_scope_a_count_of_a_province_that_some_of_them_is_no_list(extract):
    text = ("Judul\nKota Yogyakarta meraih predikat Kota Peduli HAM tahun 2022. Kabupaten Sleman juga meraih predikat "
            "serupa. Kakanwil meminta kedua kabupaten/kota di DIY yang belum meraih predikat agar berbenah menghadapi "
            "penilaian tahun 2023.")
    found = facts_of(extract(text, date(2023, 1, 10)), region_code="34.71")
    assert not {f for f in found if f[4] in {"not_achieved", "target"}}


def test_scope_a_count_of_kabupaten_takes_no_kota(extract):
    text = ("Judul\nKota Yogyakarta meraih predikat Kota Peduli HAM tahun 2022. Kabupaten Sleman juga meraih predikat "
            "serupa. Kakanwil meminta kedua kabupaten di DIY mempertahankan predikat itu pada tahun 2023.")
    assert facts_of(extract(text, date(2023, 1, 10)), region_code="34.71", status="maintain_target") == set()


def test_a_count_in_a_clause_that_denies_takes_nothing_the_other_clause_held(extract):
    text = ("Judul\nEnam daerah itu ialah Kabupaten Kepulauan Selayar, Jeneponto dan Kota Palopo. Ia menjelaskan, pada "
            "penyerahan penghargaan KKPHAM di Makassar, sebanyak 18 kabupaten/kota di Sulsel telah menyandang predikat "
            "tersebut, sedangkan keenam daerah itu belum berhasil.")
    assert facts_of(extract(text, date(2024, 4, 24)), region_code="73.73", status="achieved") == set()


def test_the_others_counted_and_denied_are_denied_the_predikat_just_named_and_keep_their_goal(extract):
    text = ("Kanwil Dorong Sembilan Kabupaten Raih Predikat Peduli HAM\nAmbon (ANTARA) - Kanwil Kemenkumham Maluku mendorong "
            "sembilan kabupaten di provinsi itu agar dapat meraih predikat Kabupaten/Kota Peduli HAM pada penilaian tahun "
            "2022.\n\"Dari 11 kabupaten/kota di Maluku, baru Kota Ambon dan Kota Tual yang ditetapkan sebagai KKPHAM pada "
            "penilaian tahun 2021. Sembilan kabupaten lainnya belum berhasil,\" kata Kepala Kanwil, Rabu.\nKesembilan "
            "kabupaten tersebut yaitu Maluku Tengah, Maluku Tenggara, Kepulauan Tanimbar, Buru dan Buru Selatan. "
            "Selanjutnya Seram Bagian Barat, Seram Bagian Timur, Kepulauan Aru serta Maluku Barat Daya.")
    found = facts_of(extract(text, date(2022, 3, 2)), region_code="81.01")
    assert found == {("81.01", "KKPHAM", "Peduli HAM", 2021, "not_achieved"), ("81.01", "KKPHAM", "Peduli HAM", 2022, "target")}


def test_keeping_the_lead_asked_of_a_count_goes_to_as_many_names_after_it(extract):
    text = ("Kanwil Minta Lima Daerah Pertahankan Predikat Peduli HAM\nDenpasar (ANTARA) - Kantor Wilayah Kementerian Hukum "
            "dan HAM Bali meminta lima kabupaten/kota di Pulau Dewata mempertahankan predikat Kabupaten/Kota Peduli HAM "
            "(KKPHAM) pada penilaian tahun 2024.\n\"Pada 2023 kabupaten/kota itu sudah ditetapkan sebagai KKPHAM, yaitu "
            "Kota Denpasar, Kabupaten Badung, Gianyar, Tabanan dan Jembrana,\" kata Kepala Kanwil, Kamis.")
    found = facts_of(extract(text, date(2024, 5, 20)), region_code="51.03")
    assert ("51.03", "KKPHAM", "Peduli HAM", 2024, "maintain_target") in found
    # names of another number are not the ones asked
    other = text.replace(" dan Jembrana", ", Jembrana dan Buleleng")
    assert facts_of(extract(other, date(2024, 5, 20)), region_code="51.03", status="maintain_target") == set()


# Scope of the sixteenth session's later rules (second review)

def test_scope_a_concession_or_an_earlier_denial_takes_nothing_away(extract):
    head = ("Judul\nKanwil menyerahkan piagam kepada lima daerah yakni Kabupaten Maros, Gowa, Takalar, Bantaeng dan Kota "
            "Parepare. ")
    text = head + ("Kelima daerah itu belum sempat menerima piagam secara langsung, tetapi sudah ditetapkan sebagai "
                   "Kabupaten/Kota Peduli HAM pada penilaian tahun 2023.")
    assert ("73.09", "KKPHAM", "Peduli HAM", 2023, "achieved") in facts_of(extract(text, date(2024, 1, 10)))


def test_scope_keeping_the_lead_asked_is_not_for_another_province_or_an_old_round(extract):
    head = ("Kanwil Minta Lima Daerah Pertahankan Predikat\nDenpasar (ANTARA) - Kanwil Kemenkumham Bali meminta lima "
            "kabupaten/kota di Pulau Dewata mempertahankan predikat KKPHAM pada penilaian tahun 2024.\n")
    text = head + ("Di provinsi tetangga, predikat KKPHAM tahun 2023 juga diraih Kota Mataram, Kabupaten Lombok Barat, "
                   "Lombok Tengah, Lombok Timur dan Sumbawa.")
    assert facts_of(extract(text, date(2024, 5, 20)), region_code="52.71", status="maintain_target") == set()
    text = head + ("Sejarah mencatat, pada 2019 predikat KKPHAM pertama kali diraih oleh Kabupaten Buleleng, Bangli, "
                   "Klungkung, Karangasem dan Tabanan.")
    assert facts_of(extract(text, date(2024, 5, 20)), region_code="51.08", status="maintain_target") == set()


def test_names_set_against_the_ones_asked_to_keep_it_are_coached(extract):
    text = ("Judul\nManokwari (ANTARA) - Kanwil Kemenkumham Papua Barat memacu lima kabupaten agar dapat meraih predikat "
            "Kabupaten Peduli HAM pada penilaian tahun 2023.\n\"Manokwari dan Teluk Bintuni kami minta mempertahankan "
            "predikatnya. Sedangkan Fakfak, Kaimana dan Teluk Wondama kami dampingi secara intensif,\" ujarnya.")
    found = facts_of(extract(text, date(2023, 3, 2)), region_code="92.03")
    assert ("92.03", "KKPHAM", "Peduli HAM", 2023, "target") in found
    assert not {f for f in found if f[4] == "maintain_target"}


def test_the_ones_a_goal_is_to_catch_up_with_are_not_aimed_at(extract):
    text = ("Judul\nKabupaten Bangkalan ditetapkan sebagai Kabupaten Peduli HAM tahun 2021, sedangkan Sampang, Pamekasan dan "
            "Sumenep belum. \"Kami ingin tahun ini ketiganya bisa menyusul Bangkalan,\" kata Kepala Kanwil.")
    found = facts_of(extract(text, date(2022, 6, 15)), region_code="35.26")
    assert not {f for f in found if f[4] == "target"}
    # blind183's b183_10: after the goal and a comma ("..., menyusul Bangkalan"); the count takes the three
    text = ("Judul\nBaru Kabupaten Bangkalan yang ditetapkan sebagai Kabupaten Peduli HAM tahun 2023. Tiga daerah yang belum "
            "di Madura, yakni Sampang, Pamekasan dan Sumenep. \"Target kami tahun ini ketiga kabupaten di Madura itu bisa "
            "meraih predikat peduli HAM, menyusul Bangkalan,\" ujarnya.")
    goals = facts_of(extract(text, date(2024, 7, 10)), status="target")
    assert {f[0] for f in goals if f[3] == 2024} == {"35.27", "35.28", "35.29"}


def test_a_government_coaching_together_through_its_office_is_no_holder(extract):
    text = ("Judul\nAdapun sembilan daerah yang belum meraih predikat Kabupaten/Kota Peduli HAM tersebut ialah Kabupaten "
            "Kepulauan Selayar, Jeneponto, Maros, Pangkep, Wajo, Luwu, Tana Toraja, Toraja Utara dan Kota Palopo. "
            "\"Sembilan daerah ini akan kami dampingi bersama Biro Hukum Pemprov Sulsel, terutama dalam pemenuhan data "
            "dukung, agar pada penilaian tahun 2022 bisa menyusul,\" ujarnya.")
    found = facts_of(extract(text, date(2022, 12, 12)))
    assert ("73.01", "KKPHAM", "Peduli HAM", 2022, "target") in found
    assert not {f for f in found if f[0] == "73"}



def test_villages_listed_together_are_in_the_kabupaten_after_them_or_before_them(nlp):
    doc = nlp("Judul\n\"Dari Kabupaten Kupang ada Desa Noelbaki, Penfui Timur dan Oelnasi,\" kata Marciana. Selanjutnya "
              "Desa Silawan dan Dualaus di Kabupaten Belu, serta Desa Habi di Kabupaten Sikka.")
    regions = {u.text: u.region_code for u in doc._.units}
    assert regions.get("Desa Noelbaki") == "53.01"
    assert regions.get("Desa Silawan") == "53.04"
    assert regions.get("Desa Habi") == "53.07"


def test_a_village_in_a_kecamatan_of_a_kabupaten_is_in_that_kabupaten(nlp):
    # blind170's b170_12, blind183's b183_16
    doc = nlp("Judul\nKeempat penerima tersebut adalah Desa Lerep di Kecamatan Ungaran Barat, Kabupaten Semarang; serta "
              "Kelurahan Kandri di Kecamatan Gunungpati, Kota Semarang. Desa Kemiren di Kecamatan Glagah, Kabupaten "
              "Banyuwangi meraih penghargaan Anubhawa Sasana Desa.")
    regions = {u.text: u.region_code for u in doc._.units}
    assert (regions.get("Desa Lerep"), regions.get("Kelurahan Kandri"), regions.get("Desa Kemiren")) == (
        "33.22", "33.74", "35.10")
    # (no comma after the kecamatan, no region taken over it: "di Kecamatan Batu Ampar sejak 2019")
    doc = nlp("Judul\nDesa Kemiren di Kecamatan Glagah sejak 2019 dibina Kabupaten Banyuwangi.")
    assert {u.text: u.region_code for u in doc._.units}.get("Desa Kemiren") is None


def test_scope_the_next_in_a_list_or_one_with_its_own_clause_is_no_one_caught_up_with(extract):
    text = ("Judul\nKota Palu meraih predikat Kota Layak Anak kategori Pratama tahun 2023. \"Kami ingin bisa menyamai Kota "
            "Surabaya yang tahun ini meraih predikat KLA kategori Utama,\" ujarnya.")
    assert ("35.78", "KLA", "Utama", 2023, "achieved") in facts_of(extract(text, date(2023, 7, 25)))


def test_scope_sementara_ini_is_for_now(extract):
    text = ("Judul\nManokwari (ANTARA) - Kanwil memacu lima kabupaten agar dapat meraih predikat Kabupaten Peduli HAM pada "
            "penilaian tahun 2023.\n\"Manokwari dan Teluk Bintuni kami minta mempertahankan predikatnya. Sementara ini "
            "Fakfak dan Kaimana kami dampingi dulu soal pembentukan posyandu,\" ujarnya.")
    assert facts_of(extract(text, date(2023, 3, 2)), region_code="92.03", status="target") == set()


@pytest.mark.parametrize("text, when, fact, present", [
    # (the first review)
    # "Dari" not opening the sentence, and villages waiting: none given in Sambas
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022, seluruhnya dari '
     'Kota Pontianak dan Kabupaten Kubu Raya.\nSementara itu, dari Kabupaten Sambas terdapat lima desa yang '
     'masih menunggu penilaian tahun depan.',
     date(2022, 10, 27), ('village', '61.01'), False),
    # all the villages Sambas has, in a relative clause
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nDari Kabupaten '
     'Sambas terdapat 184 desa dan kelurahan yang tersebar di 19 kecamatan.',
     date(2022, 10, 27), ('village', '61.01'), False),
    # "tetap" after a concession: nevertheless
    ('Kabupaten Tebo belum meraih predikat KKPHAM tahun 2023.\nMeski dokumen terlambat, Kanwil menargetkan '
     'Tebo tetap meraih predikat tersebut pada 2024.',
     date(2023, 12, 11), ('15.09', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), False),
    # nobody keeps what it was denied
    ('Sebanyak 10 daerah di Kalteng belum meraih predikat KKPHAM tahun 2023, termasuk Kabupaten '
     'Katingan.\nKanwil berharap Katingan tetap menyandang predikat kabupaten peduli HAM tahun depan setelah '
     'pembenahan.',
     date(2023, 12, 11), ('62.06', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), False),
    # holding WDP, not WTP
    ('Kabupaten Gunung Mas meraih opini WDP atas LKPD 2022.\nBupati meminta OPD bekerja keras agar Gunung Mas '
     'tetap mendapat opini WTP pada pemeriksaan LKPD 2023 meski ada temuan aset.',
     date(2024, 3, 11), ('62.10', 'OPINI_BPK', 'WTP', 2023, 'maintain_target'), False),
    # the last of a list of recipients is no new subject
    ('Penghargaan KKPHAM tahun 2023 diberikan kepada Kota Mataram, Kabupaten Lombok Barat, dan dua kabupaten '
     'yang baru pertama kali ikut penilaian, yakni Dompu dan Bima.',
     date(2023, 12, 12), ('52.05', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), True),
    # the last of a list of recipients is no new subject
    ('Tahun 2023 predikat KKPHAM diraih Kota Mataram, Kota Bima, dan 3 kabupaten yang berada di Pulau Sumbawa, '
     'yaitu Sumbawa, Dompu dan Bima.',
     date(2023, 12, 12), ('52.04', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), True),
    # the whole was visited; only the part got it
    ('Kota Padang menjadi satu dari empat daerah di Sumbar yang dikunjungi tim penilai KKPHAM tahun 2023, dan '
     'hanya Padang yang meraih predikat.\nTiga daerah lainnya adalah Kabupaten Agam, Kota Solok dan Kabupaten '
     'Pesisir Selatan.',
     date(2024, 5, 15), ('13.06', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), False),
    # the whole was assessed; the part alone got it
    ('Kota Padang merupakan satu dari tiga daerah di Sumbar yang dinilai Ombudsman tahun 2023 dan satu-satunya '
     'yang meraih predikat kualitas tinggi.\nDua daerah lainnya ialah Kabupaten Agam dan Kota Solok.',
     date(2024, 5, 15), ('13.06', 'OMBUDSMAN_KEPATUHAN', 'Kualitas Tinggi', 2023, 'achieved'), False),
    # "menyusul X tahun depan": X follows later, it is not caught up with
    ('"Kami targetkan Sampang bisa meraih predikat peduli HAM tahun ini, menyusul Pamekasan dan Sumenep tahun '
     'depan," kata Kepala Kanwil.',
     date(2024, 7, 10), ('35.28', 'KKPHAM', 'Peduli HAM', 2025, 'target'), True),
    # keeping a commitment, asked of the denied
    ('Dua daerah di NTB belum meraih predikat KKPHAM tahun 2023, yaitu Kabupaten Bima dan Sumbawa.\n"Kami '
     'minta semuanya mempertahankan komitmen untuk membenahi layanan," ujarnya.',
     date(2024, 2, 26), ('52.06', 'KKPHAM', 'Peduli HAM', None, 'maintain_target'), False),
    # two predikat named before: which is not known
    ('Kota Mataram dan Kabupaten Dompu meraih opini WTP atas LKPD 2023, sementara Kota Mataram juga meraih '
     'predikat KKPHAM tahun 2023.\n"Kami minta semuanya mempertahankan," ujar Gubernur.',
     date(2024, 2, 26), ('52.05', 'KKPHAM', 'Peduli HAM', None, 'maintain_target'), False),
    # keeping a spirit
    ('Kanwil NTB mencatat dua daerah meraih predikat KKPHAM tahun 2023.\n"Dua daerah itu adalah Kota Mataram '
     'dan Dompu. Tiga daerah lain, yakni Bima, Sumbawa dan Lombok Timur, masih dibina. Kami minta semuanya '
     'mempertahankan semangat," ujarnya.',
     date(2024, 2, 26), ('52.04', 'KKPHAM', 'Peduli HAM', None, 'maintain_target'), False),
    # coached, not aimed: a result
    ('Ombudsman RI Perwakilan NTT merilis hasil penilaian kepatuhan pelayanan publik. Tujuh daerah yang '
     'didampingi ialah Kabupaten Kupang, Kabupaten Belu, Kabupaten Alor, Kabupaten Ende, Kabupaten Sikka, '
     'Kabupaten Flores Timur dan Kabupaten Lembata.\n"Kami dampingi pada penilaian 2022, ketujuh daerah itu '
     'minimal berada di kualitas sedang," katanya.',
     date(2023, 3, 1), ('53.05', 'OMBUDSMAN_KEPATUHAN', 'Kualitas Sedang', 2022, 'achieved'), True),
    # coaching done, towards another predikat named
    ('Kepala Kanwil mengatakan, dua daerah di Jambi meraih penghargaan KKPHAM tahun 2023, yakni Kota Jambi dan '
     'Kabupaten Kerinci. Adapun dua daerah lainnya, yakni Kabupaten Tebo dan Bungo, belum berhasil meraih '
     'predikat tersebut.\n"Kedua daerah itu sudah kami dampingi tahun lalu, dan hasilnya keduanya meraih opini '
     'WTP pada pemeriksaan LKPD 2022," ujarnya.',
     date(2024, 1, 18), ('15.09', 'KKPHAM', 'Peduli HAM', 2023, 'target'), False),
    # a governor's hope about the regencies
    ('Sebanyak 19 kabupaten/kota di Sumbar meraih opini WTP atas LKPD Tahun Anggaran 2023.\n"Ini prestasi '
     'kabupaten dan kota," kata Gubernur Sumbar Mahyeldi. Ia juga berharap opini WTP dapat dipertahankan pada '
     'pemeriksaan tahun depan.',
     date(2024, 5, 23), ('13', 'OPINI_BPK', 'WTP', 2024, 'maintain_target'), False),
    # (the second review, of the first review's narrowings)
    # villages only attending are given nothing
    ('Sebanyak 5 desa di Kabupaten Kubu Raya diresmikan sebagai Desa Sadar Hukum tahun 2023.\nPeresmian '
     'dihadiri perwakilan 30 desa di Kabupaten Mempawah.',
     date(2023, 12, 12), ('village', '61.02'), False),
    # villages lacking something are given nothing
    ('Sebanyak 12 desa di Kabupaten Sambas diresmikan sebagai Desa Sadar Hukum tahun 2023.\nNamun ratusan desa '
     'di Kabupaten Ketapang belum memiliki Pos Bantuan Hukum.',
     date(2023, 12, 12), ('village', '61.04'), False),
    # "masih ada 184 desa di ... yang perlu dibina"
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2023.\nKepala Kanwil '
     'mengatakan, masih ada 184 desa di Kabupaten Sambas yang perlu dibina.',
     date(2023, 12, 12), ('village', '61.01'), False),
    # representatives of villages
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2023.\nSedikitnya 50 '
     'kepala desa dan perwakilan dari 30 desa di Kabupaten Landak turut hadir.',
     date(2023, 12, 12), ('village', '61.08'), False),
    # "..., sedangkan dari Kabupaten Landak terdapat dua desa": a part of the whole
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nDari Kabupaten '
     'Sambas terdapat tiga desa, sedangkan dari Kabupaten Landak terdapat dua desa.',
     date(2022, 10, 27), ('village', '61.08'), True),
    # "tiga desa/kelurahan, yaitu ..."
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nDari Kabupaten '
     'Sambas terdapat tiga desa/kelurahan, yaitu Desa Temajuk, Desa Sebubus dan Kelurahan Pemangkat Kota.',
     date(2022, 10, 27), ('village', '61.01'), True),
    # "Namun, ..." does not undo keeping for a holder
    ('Pemerintah Kota Palangka Raya meraih predikat Kota Peduli HAM tahun 2023.\nNamun, Wali Kota mengingatkan '
     'perangkat daerah agar Palangka Raya tetap menyandang predikat kota peduli HAM pada tahun depan.',
     date(2023, 12, 11), ('62.71', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), True),
    # a grade held but not named is not another grade
    ('Kota Bogor meraih predikat Kota Layak Anak tahun 2023.\nWali Kota berharap Bogor tetap meraih predikat '
     'KLA kategori Nindya pada evaluasi tahun depan.',
     date(2023, 12, 11), ('32.71', 'KLA', 'Nindya', 2024, 'maintain_target'), True),
    # a denied count after a list of names is another subject
    ('Pada 2023 predikat KKPHAM diraih Kota Mataram dan Kabupaten Lombok Barat, dan satu daerah yang belum '
     'meraih, yaitu Kabupaten Dompu, akan kami dampingi tahun ini.',
     date(2024, 5, 21), ('52.05', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), False),
    # a denied count after a list of names is another subject
    ('Tahun 2023 yang meraih predikat KKPHAM adalah Kota Mataram dan Kabupaten Lombok Barat, dan tiga daerah '
     'yang belum meraih, yakni Bima, Sumbawa dan Dompu, akan didampingi Kanwil.',
     date(2024, 5, 21), ('52.06', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), False),
    # "padahal hanya kurang satu kriteria" is no "only the part"
    ('Kanwil mendampingi Kabupaten Kepulauan Mentawai dalam persiapan penilaian KKPHAM tahun 2024.\nKepala '
     'Divisi mengatakan, Mentawai merupakan satu dari tiga daerah di Sumbar yang tidak masuk daftar penerima '
     'predikat KKPHAM tahun lalu, padahal hanya kurang satu kriteria.\nDua daerah lainnya ialah Kabupaten Solok '
     'dan Sijunjung.',
     date(2024, 5, 15), ('13.02', 'KKPHAM', 'Peduli HAM', 2023, 'not_achieved'), True),
    # "menyusul Bangkalan tahun lalu": caught up with, not aimed at
    ('Baru Kabupaten Bangkalan yang ditetapkan sebagai Kabupaten Peduli HAM tahun 2023. Tiga daerah yang belum '
     'di Madura, yakni Sampang, Pamekasan dan Sumenep. "Target kami tahun ini ketiga kabupaten di Madura itu '
     'bisa meraih predikat peduli HAM, menyusul Bangkalan tahun lalu," ujarnya.',
     date(2024, 7, 10), ('35.26', 'KKPHAM', 'Peduli HAM', 2024, 'target'), False),
    # "mempertahankan pada penilaian tahun ini": a round, no object
    ('Kanwil NTB menargetkan seluruh kabupaten/kota di provinsi itu menyandang predikat KKPHAM pada 2024.\nSaat '
     'ini dua dari tiga kabupaten/kota di NTB sudah berpredikat peduli HAM berdasarkan penetapan tahun '
     '2023.\n"Dua daerah itu adalah Kota Mataram dan Dompu. Kami minta semuanya mempertahankan pada penilaian '
     'tahun ini," ujarnya.',
     date(2024, 2, 26), ('52.71', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), True),
    # hoping over a round not yet past
    ('Ombudsman RI Perwakilan NTT merilis rencana penilaian kepatuhan pelayanan publik. Tujuh daerah yang '
     'didampingi ialah Kabupaten Kupang, Kabupaten Belu, Kabupaten Alor, Kabupaten Ende, Kabupaten Sikka, '
     'Kabupaten Flores Timur dan Kabupaten Lembata.\n"Kami harapkan pada penilaian 2023, ketujuh daerah itu '
     'minimal berada di kualitas tinggi," katanya.',
     date(2023, 3, 1), ('53.05', 'OMBUDSMAN_KEPATUHAN', 'Kualitas Tinggi', 2023, 'target'), True),
    # the same predikat named in the keeping clause
    ('Kepala Kanwil mengatakan, di Provinsi Jambi terdapat dua daerah yang meraih penghargaan KKPHAM tahun '
     '2023, yakni Kota Jambi dan Kabupaten Kerinci.\nAdapun dua daerah lainnya, yakni Kabupaten Tebo dan Bungo, '
     'belum berhasil meraih predikat tersebut.\n"Tahun ini kedua daerah itu akan kami dampingi secara intensif, '
     'sementara dua daerah penerima KKPHAM kami minta mempertahankan predikatnya," ujarnya.',
     date(2024, 1, 18), ('15.09', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), False),
    # "masih termasuk zona kuning": the grade held
    ('Dalam penilaian kepatuhan pelayanan publik Ombudsman tahun 2023, Pemkab Deli Serdang masih termasuk zona '
     'kuning.',
     date(2023, 12, 11), ('12.07', 'OMBUDSMAN_KEPATUHAN', 'Zona Kuning', 2023, 'achieved'), True),
    # (the third review, of the second review's fixes)
    # "menyerahkan penghargaan ... kepada 12 desa di ...": the recipients
    ('Kakanwil Kemenkumham Jawa Tengah menyerahkan penghargaan Desa Sadar Hukum kepada 12 desa di Kabupaten '
     'Boyolali tahun 2023.',
     date(2023, 12, 12), ('village', '33.09'), True),
    # all the villages a place has, spread over its kecamatan
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nDari Kabupaten '
     'Sambas terdapat 150 desa dan kelurahan tersebar di 19 kecamatan.',
     date(2022, 10, 27), ('village', '61.01'), False),
    # "terdapat 253 desa, tetapi belum satu pun yang diusulkan"
    ('Sebanyak 14 desa di Kalimantan Barat diresmikan sebagai Desa Sadar Hukum tahun 2022.\nMenurut dia, dari '
     'Kabupaten Ketapang terdapat 253 desa, tetapi belum satu pun yang diusulkan.',
     date(2022, 10, 27), ('village', '61.04'), False),
    # one more recipient after "A dan B,"
    ('Predikat KKPHAM tahun 2023 diberikan kepada Kota Mataram dan Kabupaten Lombok Barat, dan dua kabupaten '
     'yang baru pertama kali ikut penilaian, yakni Dompu dan Bima.',
     date(2024, 5, 21), ('52.05', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), True),
    # a count denied an earlier round is one more recipient
    ('Pada 2023 predikat KKPHAM diraih Kota Mataram, Kabupaten Lombok Barat, dan dua daerah yang tahun lalu '
     'belum lolos, yakni Dompu dan Bima.',
     date(2024, 5, 21), ('52.05', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), True),
    # "namun yang lolos hanya Padang"
    ('Kota Padang merupakan satu dari empat daerah di Sumbar yang diusulkan menerima predikat KKPHAM tahun '
     '2023, namun yang lolos hanya Padang.\nTiga daerah lainnya adalah Kabupaten Agam, Kota Solok dan Kabupaten '
     'Pesisir Selatan.',
     date(2024, 5, 15), ('13.06', 'KKPHAM', 'Peduli HAM', 2023, 'achieved'), False),
    # "Meski belum masuk daftar, ... tetap meraih": nevertheless
    ('Sebanyak 5 dari 14 kabupaten/kota di Kalteng meraih predikat KKPHAM tahun 2023, yakni Kota Palangka '
     'Raya, Kabupaten Kotawaringin Barat, Kabupaten Kapuas, Kabupaten Barito Selatan dan Kabupaten Gunung '
     'Mas.\nMeski belum masuk daftar, Kabupaten Katingan diharapkan tetap meraih predikat tersebut tahun depan.',
     date(2023, 12, 11), ('62.06', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), False),
    # "Meski belum pernah meraih ..., ... tetap meraih"
    ('Meski belum pernah meraih predikat KKPHAM, Pemkab Tebo berharap Kabupaten Tebo tetap meraih predikat '
     'tersebut pada penilaian tahun depan.',
     date(2023, 12, 11), ('15.09', 'KKPHAM', 'Peduli HAM', 2024, 'maintain_target'), False),
    # a holder of Madya aims at Nindya
    ('Kota Bogor meraih penghargaan Kota Layak Anak tahun 2023.\nPada penghargaan tersebut, Bogor berada di '
     'kategori Madya.\nWali Kota berharap Bogor tetap meraih predikat KLA kategori Nindya pada evaluasi tahun '
     'depan.',
     date(2023, 12, 11), ('32.71', 'KLA', 'Nindya', 2024, 'target'), True),
    # "agar tahun depan semuanya masuk" after holders: all the province
    ('Sebanyak 31 dari 38 kabupaten/kota di Jawa Timur ditetapkan sebagai Kabupaten/Kota Peduli HAM.\n"Yang '
     'sudah meraih antara lain Kota Surabaya, Kota Malang dan Kabupaten Sidoarjo. Kami minta OPD terkait '
     'berkoordinasi dengan Kanwil agar tahun depan semuanya masuk," kata Khofifah.',
     date(2023, 12, 11), ('35.78', 'KKPHAM', 'Peduli HAM', 2024, 'target'), False),
])
def test_scope_of_the_seventeenth_sessions_rules(extract, text, when, fact, present):
    # three reviews of the session's rules, each of the fixes before it, ran these sentences; each failed on the code
    # before its fix (one of the first review's, before the rule it found was reverted)
    found = extract("Judul berita\n" + text, when)
    got = fact[1] in {v[1] for v in villages(found)} if fact[0] == "village" else fact in facts_of(found)
    assert got == present


def test_some_of_the_ones_counted_just_before_share_their_status(extract):
    # blind185's b185_01: "Beberapa di antaranya adalah ..." names some of the 13 counted in the sentence before
    text = ("Judul\nKupang (ANTARA) - Kemenkumham menetapkan delapan kabupaten/kota di NTT sebagai Kabupaten/Kota Peduli "
            "HAM berdasarkan penilaian tahun 2021. Sementara 14 kabupaten lainnya belum mencapai skor minimal. Beberapa "
            "di antaranya adalah Rote Ndao, Alor dan Sumba Tengah, yang terkendala data dukung.")
    found = facts_of(extract(text, date(2022, 12, 12)), status="not_achieved")
    assert {f[0] for f in found if f[3] == 2021} == {"53.14", "53.05", "53.17"}
    # (after a sentence that counts nobody, the names keep their own reading: "daerah yang sudah menyandang predikat")
    text = ("Judul\nPadang (ANTARA) - Pada penilaian tahun 2022 sebanyak 14 dari 19 kabupaten/kota di Sumbar meraih "
            "predikat KKPHAM. Ia meminta daerah yang sudah menyandang predikat agar mempertahankannya pada penilaian "
            "tahun ini. Beberapa di antaranya Kota Solok dan Kabupaten Tanah Datar yang selama ini konsisten.")
    found = facts_of(extract(text, date(2024, 3, 6)), region_code="13.72")
    assert ("13.72", "KKPHAM", "Peduli HAM", 2024, "maintain_target") in found
    assert not {f for f in found if f[4] == "target"}


def test_untuk_before_an_area_is_for_not_a_purpose(extract):
    # blind185's b185_06
    text = ("Judul\nKabupaten Alor meraih predikat Kabupaten Peduli HAM tahun 2020. Selain Alor, penghargaan yang sama untuk "
            "wilayah NTT diterima Kota Kupang dan Kabupaten Rote Ndao.")
    found = facts_of(extract(text, date(2021, 12, 14)))
    assert ("53.14", "KKPHAM", "Peduli HAM", 2020, "achieved") in found
    assert not {f for f in found if f[4] == "target"}


def test_a_goal_over_a_list_of_names_and_the_one_they_catch_up_with(extract):
    # blind185's b185_08: the goal noun reaches over a list of names, and the one caught up with holds it already
    text = ("Judul\nKabupaten Jayapura menjadi satu-satunya daerah di Papua yang meraih predikat Kabupaten Peduli HAM "
            "tahun 2022.\n\"Target kami, pada 2024 Sarmi, Keerom dan Waropen menyusul Jayapura,\" ujarnya.")
    found = facts_of(extract(text, date(2023, 12, 13)))
    assert {f[0] for f in found if f[4] == "target" and f[3] == 2024} == {"91.10", "91.11", "91.15"}
    assert not {f for f in found if f[3] == 2022 and f[0] != "91.03"}


def test_every_kabupaten_kota_of_a_province_counted_in_a_wish_to_keep_it(extract):
    # blind187's b187_01: as many as the province has ("sembilan kabupaten/kota di Bali") are all of them; "ingin"
    # reaches over them to "tetap berstatus"
    text = ("Judul\nSeluruh kabupaten/kota di Kepulauan Bangka Belitung meraih predikat Kabupaten/Kota Peduli HAM tahun "
            "2022. Ketujuh daerah itu adalah Kota Pangkalpinang, Kabupaten Bangka, Bangka Barat, Bangka Tengah, Bangka "
            "Selatan, Belitung dan Belitung Timur.\n\"Predikat ini harus dijaga. Tahun depan kami ingin tujuh "
            "kabupaten/kota di Babel tetap berstatus peduli HAM,\" ujarnya.")
    kept = facts_of(extract(text, date(2023, 12, 12)), status="maintain_target")
    assert {f[0] for f in kept if f[3] == 2024} == {"19.71", "19.01", "19.02", "19.03", "19.04", "19.05", "19.06"}


def test_a_wish_does_not_reach_the_verb_of_a_relative_clause_told_done(extract):
    # blind157's b157_08, once "ingin" reached over its subject
    text = ("Judul\nDi Bengkulu baru beberapa daerah yang meraih predikat tersebut pada penilaian tahun 2021, di "
            "antaranya Kota Bengkulu dan Rejang Lebong. Sekda menyatakan pemkab menargetkan Kepahiang meraih predikat "
            "KKPHAM pada penilaian tahun ini.\n\"Kami ingin Kepahiang "
            "sejajar dengan Rejang Lebong yang sudah lebih dulu meraihnya,\" katanya.")
    found = facts_of(extract(text, date(2022, 3, 1)), region_code="17.02")
    assert not {f for f in found if f[4] == "target"}


def test_helping_the_ones_counted_is_coaching_but_thanking_helpers_is_not(extract):
    # blind187's b187_13
    text = ("Judul\nSementara tiga daerah lain, yakni Kabupaten Kutai Barat, Kutai Timur dan Mahakam Ulu, belum meraih "
            "predikat Kabupaten Peduli HAM tahun ini. Pemprov Kaltim akan membantu ketiga daerah itu agar pada penilaian "
            "2025 seluruh kabupaten/kota di Kaltim bisa menyandang predikat peduli HAM.")
    goals = facts_of(extract(text, date(2024, 12, 12)), status="target")
    assert {f[0] for f in goals if f[3] == 2025} == {"64.07", "64.08", "64.11"}
    # (blind31's b31_05: the helpers thanked)
    text = ("Judul\nBupati Sragen berterima kasih kepada semua pihak yang membantu Kabupaten Sragen kembali meraih Adipura "
            "setelah lima tahun tidak menerima penghargaan itu.")
    assert not facts_of(extract(text, date(2019, 1, 15)), status="target")


def test_an_evaluation_placing_regions_at_a_grade_and_a_region_eyeing_one(extract):
    # blind189's b189_13
    text = ("Judul: Pemda DIY Pertahankan Predikat SAKIP AA, Gunungkidul Incar Nilai A\nDi tingkat kabupaten/kota, hasil "
            "evaluasi SAKIP 2023 menempatkan Kota Yogyakarta dan Kabupaten Sleman pada predikat A.")
    found = facts_of(extract(text, date(2024, 2, 8)))
    assert {f[0] for f in found if f[1:] == ("SAKIP", "A", 2023, "achieved")} == {"34.71", "34.04"}
    assert not {f for f in found if f[0] == "34.03" and f[4] == "achieved"}


def test_a_grade_named_again_by_its_other_name_after_atau_is_the_first(extract):
    # blind189's b189_14
    text = ("Judul\nOmbudsman merilis hasil Penilaian Kepatuhan terhadap Standar Pelayanan Publik tahun 2022. Kabupaten "
            "Pohuwato memperoleh opini kualitas tertinggi atau masuk zona hijau.")
    found = facts_of(extract(text, date(2022, 12, 23)), region_code="75.04")
    assert found == {("75.04", "OMBUDSMAN_KEPATUHAN", "Kualitas Tertinggi", 2022, "achieved")}


def test_dari_after_a_recipient_noun_is_no_object_of_its_own(extract):
    # blind191's b191_07: "daerah penerima dari unsur kota ialah ..." lists the ones who got the predikat named before
    text = ("Judul\nTujuh kabupaten/kota di Provinsi Banten menerima penghargaan Kabupaten/Kota Peduli HAM tahun 2021.\n"
            "Tejo merinci, daerah penerima dari unsur kota ialah Kota Serang, Kota Cilegon dan Kota Tangerang Selatan.")
    found = facts_of(extract(text, date(2022, 12, 13)), status="achieved")
    assert {f[0] for f in found} == {"36.73", "36.72", "36.74"}


def test_names_wished_for_over_the_round_and_a_hedge_are_aimed_at(extract):
    # blind191's b191_15
    text = ("Judul\nOmbudsman Lampung merilis hasil penilaian kepatuhan 2022. Mesuji dan Pesisir Barat berada pada "
            "kualitas rendah.\n\"Kami berharap pada penilaian 2023 Mesuji dan Pesisir Barat setidaknya naik ke kualitas "
            "tinggi,\" ujarnya.")
    found = facts_of(extract(text, date(2023, 1, 10)), region_code="18.11")
    assert ("18.11", "OMBUDSMAN_KEPATUHAN", "Kualitas Tinggi", 2023, "target") in found
    assert not {f for f in found if f[2] == "Kualitas Tinggi" and f[4] == "achieved"}


_SULUT = ("Pada penilaian tahun 2022, tiga daerah di Sulut meraih predikat KKPHAM, yaitu Kota Manado, Kota Tomohon dan Kota "
          "Bitung. Sementara dua daerah lainnya belum meraih predikat tersebut. Kedua daerah itu ialah Kabupaten Kepulauan "
          "Talaud dan Bolaang Mongondow.\n")
_SELUMA = ("Kanwil Kemenkumham Bengkulu mendampingi Kabupaten Seluma agar dapat meraih predikat Kabupaten Peduli HAM pada "
           "penilaian tahun 2023. ")
_SIANTAR = ("Kota Pematangsiantar tidak termasuk dalam daftar kabupaten/kota peduli HAM untuk penilaian tahun 2022. "
            "Padahal, dalam dua penilaian sebelumnya Pematangsiantar selalu meraih predikat tersebut.\nKetua DPRD menilai "
            "lepasnya predikat itu harus menjadi bahan evaluasi.\n\"Ini kemunduran,\" ujarnya.\nPemko harus mencari tahu "
            "di mana kelemahannya.\nKabag Hukum mengakui data dukung tidak lengkap.\nIa memastikan Pemko akan "
            "memperbaikinya agar predikat itu dapat kembali diraih.\n")


@pytest.mark.parametrize("text, when, fact, present", [
    # (the first review, of 7486f63)
    # "Beberapa di antaranya" after a count whose own sentence says only "belum": not the achieving count before it
    ("Sebanyak 12 kabupaten/kota di Jawa Tengah meraih predikat Kabupaten/Kota Peduli HAM tahun 2023. Sementara 23 "
     "daerah lainnya belum. Beberapa di antaranya adalah Kabupaten Brebes, Tegal dan Pemalang.",
     date(2023, 12, 12), ("33.29", "KKPHAM", "Peduli HAM", 2023, "achieved"), False),
    # a name set against the part's names, denied
    ("Sebanyak 14 kabupaten/kota di Jawa Timur meraih predikat Kabupaten/Kota Peduli HAM tahun 2023. Beberapa di "
     "antaranya adalah Kota Surabaya dan Kabupaten Sidoarjo, sedangkan Kabupaten Jember belum.",
     date(2023, 12, 12), ("35.09", "KKPHAM", "Peduli HAM", 2023, "achieved"), False),
    # a goal met: "Sesuai target kami, ... berhasil meraih"
    ('Kabupaten Jayapura meraih predikat Kabupaten Peduli HAM tahun 2023.\n"Sesuai target kami, Sarmi, Keerom dan '
     'Waropen juga berhasil meraih predikat yang sama tahun ini," ujarnya.',
     date(2023, 12, 13), ("91.10", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    ('"Target kami, tahun ini Sarmi, Keerom dan Waropen sudah bisa meraih predikat Kabupaten Peduli HAM, dan itu '
     'tercapai," ujarnya.',
     date(2023, 12, 13), ("91.10", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    # the relative clause of the whole list caught up with
    ('"Harapannya Kabupaten Sarmi menyusul Kabupaten Keerom dan Kabupaten Waropen yang juga diusulkan meraih predikat '
     'Kabupaten Peduli HAM tahun 2024," ujarnya.',
     date(2023, 12, 13), ("91.11", "KKPHAM", "Peduli HAM", 2024, "target"), True),
    # a province's every kabupaten/kota: not another province's holder
    ('Kabupaten Lombok Barat meraih predikat Kabupaten Peduli HAM tahun 2022. Kakanwil NTB bercermin pada Bali.\n"Tahun '
     'depan kami ingin sembilan kabupaten/kota di Bali tetap berstatus peduli HAM seperti tahun ini," kata Kakanwil Bali.',
     date(2023, 12, 12), ("52.01", "KKPHAM", "Peduli HAM", 2024, "maintain_target"), False),
    # "ingin" over a verb or "bahwa": something said, not wished
    ('"Saya ingin menyampaikan bahwa Kabupaten Sleman meraih predikat Kabupaten Peduli HAM tahun 2023," kata Bupati.',
     date(2023, 12, 12), ("34.04", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    ("Bupati ingin seluruh ASN Kabupaten Sleman mengetahui Kabupaten Sleman meraih predikat Kabupaten Peduli HAM tahun "
     "2023.",
     date(2023, 12, 12), ("34.04", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    ('"Kami ingin berbagi kabar gembira bahwa Kota Magelang meraih Adipura tahun ini," kata Wali Kota Magelang.',
     date(2023, 12, 12), ("33.71", "ADIPURA", "Adipura", 2023, "achieved"), True),
    # "ingin" does not reach the relative clause of a named region
    ('"Kami ingin Kabupaten Bantul sejajar dengan Kabupaten Sleman yang meraih predikat Kabupaten Peduli HAM tahun '
     '2023," ujarnya.',
     date(2023, 12, 12), ("34.04", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    # "membantu" of what helped
    ("Keberadaan Posbankum di setiap desa membantu Kabupaten Bantul meraih predikat Kabupaten Peduli HAM tahun 2023.",
     date(2023, 12, 12), ("34.02", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    ("Inovasi layanan pengaduan HAM telah membantu Kabupaten Sleman meraih predikat Kabupaten Peduli HAM tahun ini.",
     date(2023, 12, 12), ("34.04", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    # the predikat long sought, finally got
    ("Predikat KLA kategori Utama yang lama diincar Kota Bekasi akhirnya diraih tahun ini.",
     date(2023, 12, 12), ("32.75", "KLA", "Utama", 2023, "achieved"), True),
    # "atau gagal meraih": another grade denied, not the same grade's other name
    ("Kabupaten Boalemo meraih opini WDP atau gagal meraih WTP atas LKPD 2023.",
     date(2024, 6, 10), ("75.02", "OPINI_BPK", "WTP", 2023, "not_achieved"), True),
    # (the second review, of f764700..5e9625b)
    # a round faced before, or something else faced, is no round ahead
    ("Dalam menghadapi penilaian Kabupaten/Kota Peduli HAM tahun 2022 lalu, Pemkab Sleman membentuk tim khusus.\n"
     "Hasilnya, Sleman meraih predikat tersebut.",
     date(2024, 2, 15), ("34.04", "KKPHAM", "Peduli HAM", 2022, "achieved"), True),
    ("Kota Kotamobagu yang menghadapi penurunan nilai pada penilaian Kota Peduli HAM tahun 2023 gagal mempertahankan "
     "predikat tersebut.",
     date(2024, 1, 10), ("71.74", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), True),
    # "masih dalam" a grade or a zone still holds it
    ("Kota Bengkulu masih dalam kategori KLA Madya pada evaluasi tahun 2023.",
     date(2024, 1, 10), ("17.71", "KLA", "Madya", 2023, "achieved"), True),
    ("Berdasarkan penilaian Ombudsman tahun 2023, Kabupaten Kepahiang masih dalam zona merah kepatuhan pelayanan publik.",
     date(2024, 1, 10), ("17.08", "OMBUDSMAN_KEPATUHAN", "Zona Merah", 2023, "achieved"), True),
    # not in a list of something else
    ("Kabupaten Sleman yang meraih predikat Kabupaten Peduli HAM tahun 2023 tidak termasuk dalam daftar daerah rawan "
     "konflik sosial.",
     date(2023, 12, 12), ("34.04", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), False),
    ("Meski meraih opini WTP atas LKPD 2023, Kota Medan tidak termasuk dalam daftar penerima Dana Insentif Daerah.",
     date(2024, 6, 10), ("12.71", "OPINI_BPK", "WTP", 2023, "achieved"), True),
    ("Kota Binjai tidak termasuk daftar daerah yang dikunjungi tim penilai Kabupaten/Kota Peduli HAM tahun 2023.",
     date(2023, 12, 12), ("12.75", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), False),
    # a stage passed, something handed in: no predikat after paragraphs pointing back
    (_SIANTAR + "Daerah yang lolos ke tahap wawancara, yakni Kota Medan, Kota Binjai dan Kabupaten Simalungun.",
     date(2023, 12, 15), ("12.71", "KKPHAM", "Peduli HAM", 2022, "achieved"), False),
    (_SIANTAR + "Sementara daerah yang belum menyerahkan, yakni Kabupaten Nias dan Kabupaten Nias Barat.",
     date(2023, 12, 15), ("12.04", "KKPHAM", "Peduli HAM", 2022, "not_achieved"), False),
    # the denied set against others who are coached, opting out or handed to others, are not coached
    (_SULUT + '"Kami akan mendampingi daerah yang sudah meraih agar mempertahankan predikat pada penilaian tahun 2024, '
              'sementara dua daerah yang belum meraih memutuskan tidak ikut penilaian tahun ini," ujarnya.',
     date(2024, 2, 22), ("71.04", "KKPHAM", "Peduli HAM", None, "target"), False),
    (_SULUT + '"Kami akan mendampingi daerah yang sudah meraih agar mempertahankan predikat pada penilaian tahun 2024, '
              'sementara dua daerah yang belum meraih diserahkan kepada Pemprov untuk dibina," ujarnya.',
     date(2024, 2, 22), ("71.04", "KKPHAM", "Peduli HAM", 2024, "target"), False),
    # the same coaching denied, refused, hoped for or given before is no goal now
    (_SELUMA + "Pendampingan serupa tidak diberikan kepada Kabupaten Kaur karena belum mengajukan permohonan.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    (_SELUMA + "Kabupaten Kaur menolak pendampingan serupa karena merasa sudah siap.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    (_SELUMA + "Pendampingan serupa tahun lalu diberikan kepada Kabupaten Kaur.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    (_SELUMA + "Pendampingan serupa juga diberikan kepada Kabupaten Kaur, yang sudah meraih predikat tersebut sejak 2021.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), False),
    # (the third review, of 5e9625b..275e35f)
    # a span the round ran over is no deadline
    ("Kabupaten Bantul kembali meraih predikat Kabupaten Peduli HAM. Penilaian dilakukan sejak Januari sampai Desember "
     "2023 oleh tim penilai pusat.",
     date(2024, 1, 10), ("34.02", "KKPHAM", "Peduli HAM", 2023, "achieved"), True),
    # a far goal stops at a time or a comparison: what happened then
    ('"Harapannya sama seperti tahun lalu saat Sampang, Pamekasan dan Sumenep meraih predikat Kabupaten Peduli HAM," '
     'ujarnya.',
     date(2024, 7, 25), ("35.27", "KKPHAM", "Peduli HAM", None, "achieved"), True),
    # the ones asked who were denied it cannot keep it
    ("Kabupaten Sleman dan Bantul ditetapkan sebagai Kabupaten Peduli HAM pada penilaian tahun 2022. Kabupaten Kulon "
     "Progo dan Gunungkidul belum meraih predikat tersebut.\nIa meminta kedua daerah yang belum meraih predikat itu "
     "tidak berkecil hati. \"Harapannya predikat yang sudah diraih dapat dipertahankan pada penilaian tahun 2023,\" "
     "ujarnya.",
     date(2023, 12, 11), ("34.03", "KKPHAM", "Peduli HAM", 2023, "maintain_target"), False),
    # "A, B, dan dua daerah lainnya meraih ...": one list, one verb
    ("Pada penilaian tahun 2022, Kabupaten Badung, Kabupaten Gianyar, dan dua daerah lainnya meraih predikat "
     "Kabupaten/Kota Peduli HAM.",
     date(2023, 12, 12), ("51.03", "KKPHAM", "Peduli HAM", 2022, "achieved"), True),
    ("Pemkab Lombok Barat, Pemkab Lombok Tengah, dan delapan pemda lainnya di NTB memperoleh opini WTP atas LKPD tahun "
     "2023.",
     date(2024, 6, 10), ("52.01", "OPINI_BPK", "WTP", 2023, "achieved"), True),
    # a stage of the assessment faced is faced too
    ("Kanwil Kemenkumham Jawa Tengah menggelar bimtek bagi pemda untuk menghadapi tahapan penilaian Kabupaten/Kota Peduli "
     "HAM tahun 2024. Kota Semarang meraih predikat Kota Peduli HAM.",
     date(2024, 3, 10), ("33.74", "KKPHAM", "Peduli HAM", 2024, "achieved"), False),
    # "masih dalam penilaian": the assessment runs, nothing held
    ("Kabupaten Gunungkidul masih dalam penilaian untuk predikat Kabupaten Peduli HAM tahun 2023.",
     date(2023, 11, 10), ("34.03", "KKPHAM", "Peduli HAM", 2023, "achieved"), False),
    # the list of the predikat's holders, by a relative clause
    ("Kota Binjai tidak termasuk dalam daftar daerah yang meraih predikat Kota Peduli HAM tahun 2023.",
     date(2023, 12, 12), ("12.75", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), True),
    # keeping and losing verbs get the predikat itself
    (_SIANTAR + "Daerah yang gagal mempertahankan, yakni Kota Tebing Tinggi dan Kabupaten Asahan.",
     date(2023, 12, 15), ("12.76", "KKPHAM", "Peduli HAM", 2022, "not_achieved"), True),
    # coaching received by the denied, and a comma after their relative clause
    (_SULUT + '"Kami akan mendampingi daerah yang sudah meraih agar mempertahankan predikat pada penilaian tahun 2024, '
              'sementara dua daerah yang belum meraih akan mendapat pendampingan khusus," ujarnya.',
     date(2024, 2, 22), ("71.04", "KKPHAM", "Peduli HAM", 2024, "target"), True),
    (_SULUT + '"Kami akan mendampingi daerah yang sudah meraih agar mempertahankan predikat pada penilaian tahun 2024, '
              'sedangkan dua daerah yang belum meraih, akan kami dampingi secara intensif," ujarnya.',
     date(2024, 2, 22), ("71.04", "KKPHAM", "Peduli HAM", 2024, "target"), True),
    # the same coaching for the same round, or with a relative clause on its recipient
    (_SELUMA + "Pendampingan serupa juga diberikan kepada Kabupaten Kaur untuk penilaian tahun 2023.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), True),
    (_SELUMA + "Pendampingan serupa juga diberikan kepada Kabupaten Kaur, yang diminta segera melengkapi data dukung.",
     date(2023, 5, 10), ("17.04", "KKPHAM", "Peduli HAM", 2023, "target"), True),
    # (the fourth review, of 6870673)
    # the others besides take only what the count's own clause told: not another clause's denial
    ("Tahun ini enam kabupaten/kota di Riau meraih predikat Kabupaten/Kota Peduli HAM, sementara Kabupaten Rokan Hulu "
     "belum berhasil meraihnya. Selain Siak, lima daerah lainnya adalah Kota Pekanbaru, Kota Dumai, Kabupaten Kampar, "
     "Kabupaten Pelalawan dan Kabupaten Bengkalis.",
     date(2023, 12, 12), ("14.71", "KKPHAM", "Peduli HAM", 2023, "not_achieved"), False),
    # a count that got nothing by its own verb, or others of another kind, give nothing
    ("Tim Kemenkumham memverifikasi enam kabupaten/kota di Riau, dan Kabupaten Siak dinyatakan meraih predikat "
     "Kabupaten Peduli HAM tahun 2022. Selain Siak, lima daerah lainnya adalah Kabupaten Kampar, Kabupaten Pelalawan, "
     "Kabupaten Bengkalis, Kabupaten Rokan Hilir dan Kabupaten Kuantan Singingi.",
     date(2023, 12, 12), ("14.01", "KKPHAM", "Peduli HAM", 2022, "achieved"), False),
    ("Sebanyak enam kabupaten/kota di Riau meraih predikat Kabupaten/Kota Peduli HAM tahun 2022. Selain Siak, lima daerah "
     "lainnya yang mendapat pelatihan Posbankum dari Kanwil adalah Kabupaten Kampar, Kabupaten Pelalawan, Kabupaten "
     "Bengkalis, Kabupaten Rokan Hilir dan Kabupaten Kuantan Singingi.",
     date(2023, 12, 12), ("14.01", "KKPHAM", "Peduli HAM", 2022, "achieved"), False),
    # the same coaching given to keep it is no target besides
    ("Pada penilaian 2023, delapan dari sepuluh kabupaten/kota di NTB meraih predikat Kabupaten/Kota Peduli HAM. Dua yang "
     "belum adalah Kota Bima dan Kabupaten Lombok Utara.\nKanwil Kemenkumham NTB akan melakukan pendampingan kepada Kota "
     "Bima dan Kabupaten Lombok Utara agar meraih predikat tersebut pada 2024. Pendampingan yang sama juga diberikan "
     "kepada Kabupaten Lombok Timur untuk mempertahankan predikatnya.",
     date(2023, 12, 10), ("52.03", "KKPHAM", "Peduli HAM", 2024, "target"), False),
])
def test_scope_of_the_eighteenth_sessions_rules(extract, text, when, fact, present):
    # four reviews of the session's rules ran these sentences; each failed on the code before its fix (7486f63,
    # 9a5443f, 275e35f and 6870673)
    assert (fact in facts_of(extract("Judul berita\n" + text, when))) == present


def test_the_round_a_region_faces_is_ahead_however_long_its_name(extract):
    # blind191's b191_02: "menghadapi penilaian Kabupaten/Kota Peduli Hak Asasi Manusia (KKPHAM) tahun 2024" is no year
    # the holders named later got it in
    text = ("Judul\nBandar Lampung (ANTARA) - Kanwil Kemenkumham Lampung mulai berkoordinasi dengan pemerintah "
            "kabupaten/kota untuk menghadapi penilaian Kabupaten/Kota Peduli Hak Asasi Manusia (KKPHAM) tahun 2024.\n"
            "Kepala Kanwil mengatakan, dari 15 kabupaten/kota di Lampung, 13 daerah telah ditetapkan sebagai KKPHAM "
            "berdasarkan hasil penilaian tahun 2022.\nKe-13 daerah yang telah menyandang predikat tersebut adalah Kota "
            "Bandar Lampung, Kota Metro dan Kabupaten Lampung Selatan.")
    found = facts_of(extract(text, date(2024, 2, 21)), region_code="18.72")
    assert found == {("18.72", "KKPHAM", "Peduli HAM", 2022, "achieved")}


def test_masih_before_a_state_or_a_process_holds_nothing(extract):
    # blind191's b191_09
    text = ("Judul\nKabupaten Cianjur belum memenuhi nilai minimal predikat Kabupaten Peduli HAM tahun 2022.\n\"Cianjur "
            "masih dalam masa pemulihan pascagempa, sehingga sebagian data dukung belum bisa dipenuhi. Kami akan bantu,\" "
            "ujarnya.")
    found = facts_of(extract(text, date(2023, 12, 11)), region_code="32.03")
    assert not {f for f in found if f[4] == "achieved"}


def test_not_in_the_list_a_ministry_decided_is_denied(extract):
    # blind195's b195_15
    text = ("Judul\nKota Pematangsiantar tidak termasuk dalam daftar kabupaten/kota peduli hak asasi manusia (HAM) yang "
            "ditetapkan Kementerian Hukum dan HAM untuk penilaian tahun 2022.")
    assert facts_of(extract(text, date(2023, 12, 15))) == {("12.72", "KKPHAM", "Peduli HAM", 2022, "not_achieved")}
    # ("belum termasuk opini Pemkab Nias Selatan": not counted in, no denial; "gagal mempertahankan opini WTP yang diraih
    # atas LKPD 2022": what it got before stands)
    text = "Judul\nKabupaten Nias gagal mempertahankan opini WTP yang diraih atas LKPD 2022."
    assert ("12.04", "OPINI_BPK", "WTP", 2022, "achieved") in facts_of(extract(text, date(2024, 6, 1)))


def test_a_list_of_holders_after_paragraphs_that_point_back_takes_the_predikat_named_last(extract):
    # blind195's b195_15: six sentences between the last name of the predikat and the list, each pointing back at it
    text = ("Judul\nKota Pematangsiantar tidak termasuk dalam daftar kabupaten/kota peduli HAM untuk penilaian tahun "
            "2022. Padahal, dalam dua penilaian sebelumnya Pematangsiantar selalu meraih predikat tersebut.\nKetua DPRD "
            "menilai lepasnya predikat itu harus menjadi bahan evaluasi.\n\"Ini kemunduran,\" ujarnya.\nPemko harus "
            "mencari tahu di mana kelemahannya.\nKabag Hukum mengakui data dukung tidak lengkap.\nIa memastikan Pemko "
            "akan memperbaikinya agar predikat itu dapat kembali diraih.\nDari Sumatera Utara, penetapan kali ini "
            "meliputi Kota Medan, Kota Binjai dan Kabupaten Simalungun.")
    found = facts_of(extract(text, date(2023, 12, 15)), status="achieved")
    assert {f[0] for f in found if f[3] == 2022} >= {"12.71", "12.75", "12.08"}


def test_the_denied_opening_a_clause_set_against_another_are_coached(extract):
    # blind195's b195_07
    text = ("Judul\nPada penilaian tahun 2022, tiga daerah di Sulut meraih predikat KKPHAM, yaitu Kota Manado, Kota "
            "Tomohon dan Kota Bitung. Sementara dua daerah lainnya belum meraih predikat tersebut. Kedua daerah itu "
            "ialah Kabupaten Kepulauan Talaud dan Bolaang Mongondow.\n\"Daerah yang sudah meraih kami minta "
            "mempertahankan, sedangkan dua daerah yang belum akan kami dampingi secara intensif agar bisa meraih "
            "predikat KKPHAM pada penilaian tahun ini,\" ujarnya.")
    goals = facts_of(extract(text, date(2024, 2, 22)), status="target")
    assert {f[0] for f in goals if f[3] == 2024} == {"71.04", "71.01"}


def test_the_same_coaching_given_to_others_aims_them_at_the_same_round(extract):
    # blind193's b193_10
    text = ("Judul\nKanwil Kemenkumham Bengkulu mendampingi Kabupaten Seluma agar dapat meraih predikat Kabupaten Peduli "
            "HAM pada penilaian tahun 2023. Menurut dia, pendampingan yang sama juga diberikan kepada Kaur, Lebong dan "
            "Bengkulu Selatan.")
    goals = facts_of(extract(text, date(2023, 5, 10)), status="target")
    assert {f[0] for f in goals if f[3] == 2023} == {"17.05", "17.04", "17.07", "17.01"}


def test_a_deadline_dated_by_its_month_is_no_round_assessed(extract):
    # blind193's b193_03
    text = ("Judul\nKanwil menggelar rapat koordinasi persiapan penilaian KKPHAM tahun 2022, Kamis (9/3/2023). Pengisian "
            "data dukung penilaian dibuka hingga akhir April 2023.\nDaerah di Lampung yang ditetapkan sebagai KKPHAM tahun "
            "2021 adalah Kota Bandar Lampung dan Kota Metro.\nAdapun dua daerah yang belum meraih predikat, yakni "
            "Mesuji dan Pesisir Barat, akan mendapat pendampingan khusus.")
    found = facts_of(extract(text, None), status="not_achieved")
    assert {(f[0], f[3]) for f in found} == {("18.11", 2021), ("18.13", 2021)}


def test_a_far_goal_reaches_over_a_list_of_names(extract):
    # blind199's b199_10
    text = ("Judul\nKabupaten Bangkalan ditetapkan sebagai Kabupaten Peduli HAM tahun 2022.\n\"Targetnya tahun ini "
            "Sampang, Pamekasan dan Sumenep masuk daftar daerah Peduli HAM,\" ujarnya.")
    found = facts_of(extract(text, date(2024, 7, 25)))
    assert {f[0] for f in found if f[3:] == (2024, "target")} == {"35.27", "35.28", "35.29"}
    assert not {f for f in found if f[0] == "35.27" and f[4] == "achieved"}


def test_a_hope_to_keep_it_right_after_asking_the_holders_is_keeping(extract):
    # blind197's b197_01
    text = ("Judul\nSeluruh kabupaten dan kota di DIY kembali ditetapkan sebagai Kabupaten/Kota Peduli HAM.\n"
            "\"Kelima daerah itu adalah Kota Yogyakarta, Kabupaten Sleman, Bantul, Kulon Progo, dan Gunungkidul,\" "
            "kata Agung. Penetapannya didasarkan atas penilaian tahun 2022.\nIa meminta kelima pemda tidak cepat berpuas "
            "diri. \"Kami berharap predikat ini dapat dipertahankan pada penilaian tahun 2023,\" ujarnya.")
    found = facts_of(extract(text, date(2023, 12, 11)), region_code="34.04")
    assert ("34.04", "KKPHAM", "Peduli HAM", 2023, "maintain_target") in found
    assert not {f for f in found if f[4] == "target"}


def test_the_others_counted_in_a_clause_of_their_own_are_the_other_holders(extract):
    # blind199's b199_02
    text = ("Judul\nPada penilaian tahun 2022, dua dari tiga daerah sudah ditetapkan sebagai Kabupaten Peduli HAM, yakni "
            "Kabupaten Badung dan Gianyar. Tinggal Karangasem yang belum.\n\"Karangasem harus masuk, dan dua daerah "
            "lainnya wajib mempertahankan predikat yang sudah diraih pada penilaian tahun ini,\" tegasnya.")
    kept = facts_of(extract(text, date(2024, 3, 5)), status="maintain_target")
    assert {f[0] for f in kept if f[3] == 2024} == {"51.03", "51.04"}


def test_the_others_besides_one_set_aside_make_up_the_count_before(extract):
    # blind195's b195_06
    text = ("Judul\nKepala Kanwil mengatakan, di Provinsi Riau terdapat tiga kabupaten/kota yang meraih predikat peduli "
            "HAM untuk penilaian tahun 2020. Selain Siak, dua daerah lainnya adalah Kota Pekanbaru dan Kota Dumai.")
    found = facts_of(extract(text, date(2021, 12, 14)), status="achieved")
    assert {f[0] for f in found if f[3] == 2020} >= {"14.71", "14.72"}


def test_not_for_the_first_time_is_no_denial(extract):
    # blind195's b195_06
    text = ("Judul\nKabupaten Siak kembali meraih predikat Kabupaten Peduli HAM atas hasil penilaian tahun 2020. Bupati "
            "mengatakan, predikat peduli HAM bukan kali pertama diraih Siak.")
    assert not facts_of(extract(text, date(2021, 12, 14)), status="not_achieved")

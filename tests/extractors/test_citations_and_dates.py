"""Regulation citations and Indonesian dates: examples and properties."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.citations import canonical_type, find_citations
from extractors.dates import find_long_dates, find_slash_dates, infer_article_date
from extractors.fiscal_years import audited_budget_year, budget_years, report_years


@pytest.mark.parametrize("text, key", [
    ("Peraturan Menteri Hukum dan HAM Nomor 22 Tahun 2021 tentang Kriteria", ("Permenkumham", "22", 2021)),
    ("sesuai Permenkumham 22/2021.", ("Permenkumham", "22", 2021)),
    ("Kepmenkumham Nomor M.HH-03.HA.02.01.01 Tahun 2023", ("Kepmenkumham", "M.HH-03.HA.02.01.01", 2023)),
    ("Surat Keputusan Nomor M.HH-03.HA.02.01.01 Tahun 2023", ("Kepmenkumham", "M.HH-03.HA.02.01.01", 2023)),
    ("Perda Nomor 3 Tahun 2020", ("Perda", "3", 2020)),
    ("UU 39/1999 tentang HAM", ("UU", "39", 1999)),
    ("Permenkumham No. 2 Tahun 2022", ("Permenkumham", "2", 2022)),
    # a number of slashed segments keeps its year, as the decree writes it and the annotators do
    ("PMK Nomor 219/PMK.04/2019", ("PMK", "219/PMK.04/2019", 2019)),
    ("Surat Keputusan Menteri Kesehatan RI Nomor: HK.01.07/MENKES/2087/2023", ("Kepmenkes", "HK.01.07/MENKES/2087/2023", 2023)),
    ("Peraturan KI RI Nomor 1 Tahun 2010", ("Perki", "1", 2010)),
    ("diamanatkan UUD 1945.", ("UUD", None, 1945)),
    ("Kepmen HAM Nomor MHA-01.HA.02.01.01 Tahun 2024", ("KepmenHAM", "MHA-01.HA.02.01.01", 2024)),
    # the common spelling "Mentri", and the signing minister's name before an explicit "nomor"
    ("berdasarkan keputusan Mentri HAM Natalius Pigai dengan nomor : MHA-01.HA.02.01.01 Tahun 2024.",
     ("KepmenHAM", "MHA-01.HA.02.01.01", 2024)),
    ("Surat Keputusan Gubernur Sulut Nomor 321 Tahun 2023 tentang Penetapan", ("Kepgub", "321", 2023)),
    ("Ketetapan Menteri Hak Asasi Manusia Nomor : MHA-04.UM.04.01 Tahun 2024", ("KepmenHAM", "MHA-04.UM.04.01", 2024)),
    # short forms written with and without the space the data marks optional ("permenpan ?-?rb")
    ("berpedoman pada PermenPANRB Nomor 90 Tahun 2021", ("PermenPANRB", "90", 2021)),
    ("Permen PPPA Nomor 12 Tahun 2022", ("PermenPPPA", "12", 2022)),
    # the short form in brackets after the long one, and no "Nomor"
    ("sesuai Peraturan Presiden (Perpres) nomor 75 tahun 2015 tentang RANHAM", ("Perpres", "75", 2015)),
    ("diatur dalam Undang-Undang (UU) 25 tahun 2009 tentang Pelayanan Publik", ("UU", "25", 2009)),
    # the constitution has no number: a numbered "UUD" is a slip for a law
    ("sesuai UUD No 23 tahun 2002 tentang Perlindungan Anak", ("UU", "23", 2002)),
    # blind154's b154_11: a province in capitals between a regional regulation's type and its number
    ("sesuai Peraturan Gubernur DIY Nomor 25 Tahun 2019, sehingga", ("Pergub", "25", 2019)),
    # blind151's b151_11: a regulation of the head of BPHN (Desa/Kelurahan Sadar Hukum)
    ("berpedoman pada Peraturan Kepala Badan Pembinaan Hukum Nasional Nomor PHN.HN.03.05-73 Tahun 2008 tentang "
     "Pembentukan dan Pembinaan Keluarga Sadar Hukum", ("Peraturan Kepala BPHN", "PHN.HN.03.05-73", 2008)),
])
def test_citation_forms(text, key):
    assert [c.key for c in find_citations(text)] == [key]


def test_citation_title_stops_before_the_relative_clause():
    text = "Keputusan Nomor M.HH-03.HA.02.01.01 Tahun 2023 tentang penetapan kabupaten/kota peduli HAM yang diteken pada"
    assert find_citations(text)[0].title == "penetapan kabupaten/kota peduli HAM"


def test_an_office_title_is_no_name_before_nomor():
    # "Peraturan Bersama" of two ministers, the second one's number elsewhere: not a one-issuer citation
    assert find_citations("Peraturan Bersama Menteri Dalam Negeri Nomor 34 Tahun 2005") == []


def test_years_alone_are_not_citations():
    assert find_citations("Pada tahun 2023 sebanyak 12 daerah meraih predikat.") == []


TYPES = ["Permenkumham", "Perda", "UU", "PP", "Perpres", "Perwal", "Perbup", "Pergub", "Permendagri"]


@settings(max_examples=150, deadline=None)
@given(reg_type=st.sampled_from(TYPES), number=st.integers(1, 999), year=st.integers(1950, 2049),
       style=st.sampled_from(["{t} Nomor {n} Tahun {y}", "{t} No. {n} Tahun {y}", "{t} {n}/{y}", "{t} {n} Tahun {y}"]),
       before=st.sampled_from(["", "sesuai ", "berdasarkan "]), after=st.sampled_from(["", ".", " tentang Sesuatu."]))
def test_any_written_form_parses_back(reg_type, number, year, style, before, after):
    text = before + style.format(t=reg_type, n=number, y=year) + after
    assert [c.key for c in find_citations(text)] == [(canonical_type(reg_type), str(number), year)]


@pytest.mark.parametrize("text, expected", [
    ("Senin, 19 Februari 2024 13:45 WIB", date(2024, 2, 19)),
    ("pada 15 November 2023, Menteri", date(2023, 11, 15)),
    ("Selasa, 23 Juli 2019.", date(2019, 7, 23)),
    ("26 July 2022 Dilihat 196 kali", date(2022, 7, 26)),  # a regional site's page date, in English
])
def test_long_dates(text, expected):
    assert find_long_dates(text)[0].value == expected


def test_page_date_with_time_is_converted_to_utc():
    found = find_long_dates("Senin, 19 Februari 2024 13:45 WIB")[0]
    assert (found.moment.hour, found.moment.minute) == (6, 45)


def test_day_and_month_take_the_writers_year():
    text = "Tim bergerak mulai Februari 2024 ini. Pada Jumat (16/2) tim berkoordinasi."
    inferred = infer_article_date(text)
    assert inferred.value == date(2024, 2, 16) and inferred.basis == "text"


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2045, 12, 31)))
def test_slash_dates_round_trip(day):
    text = f"kata dia, Senin ({day.day}/{day.month}/{day.year})."
    assert find_slash_dates(text, None)[0].value == day


def test_a_padded_bracket_still_holds_a_date():
    # blind81's b81_14: "Rabu ( 20/12/2023 )"
    text = "Penganugerahan itu berlangsung di Bangka City Hotel, Pangkalpinang, Rabu ( 20/12/2023 )."
    assert infer_article_date(text).value == date(2023, 12, 20)
    assert find_slash_dates("Kamis ( 7/6 )", 2018)[0].value == date(2018, 6, 7)


def test_a_report_years_this_year_is_not_the_writers():
    # blind65's b65-02: "WTP atas laporan keuangan pemerintah (LKP) tahun 2019 ini" in news of May 2020
    text = ("Menurut Kepala Inspektorat, WTP atas laporan keuangan pemerintah (LKP) tahun 2019 ini merupakan yang "
            "ke-6. Predikat itu diserahkan BPK, Kamis (21/5).")
    assert infer_article_date(text).value == date(2020, 5, 21)
    assert infer_article_date("Pada 2019 ini Pemkab meraih WTP, Kamis (23/5).").value == date(2019, 5, 23)


def test_the_year_an_audit_report_was_received_is_no_budget_year():
    # blind83's b83_05
    assert budget_years("predikat Opini WTP atas Laporan Keuangan Pemerintah Daerah (LKPD) yang diterima pada "
                        "tahun 2025 ini") == set()
    assert budget_years("opini WTP atas laporan keuangan pemerintah daerah tahun 2022") == {2022}
    assert budget_years("opini WTP atas LKPD yang diumumkan BPK pada tahun 2024 ini") == set()


# a body longer than the page's head, where a full date is the page's own
_LONG_LEAD = "Pemerintah daerah terus berbenah untuk meningkatkan pelayanan publik bagi masyarakat. " * 8


def test_a_weekday_before_a_comma_still_dates_the_day():
    # blind46's b46_07: "Kamis, (17/2)" in a text naming 2019 and 2022
    text = (_LONG_LEAD + "Pemkot optimistis meraih predikat KLA 2022, ujar Wali Kota di Kupang, Kamis, (17/2). "
            "Penghargaan itu pernah diterima pada 23 Juli 2019.")
    assert infer_article_date(text).value == date(2022, 2, 17)


def test_a_weekday_with_a_named_month_and_no_year_picks_the_year_as_a_bracketed_one_does():
    # blind68's b68_16 and blind91's b91-01: "Jumat 23 Desember", "Kamis 31 Mei kemaren"
    text = _LONG_LEAD + "Penghargaan IGA 2022 diserahkan Menteri di Jakarta, Jumat 23 Desember, dilansir Antara."
    assert infer_article_date(text).value == date(2022, 12, 23)
    text = _LONG_LEAD + "Kini penantian itu berakhir: Kamis 31 Mei kemaren, BPK menyerahkan LHP atas LKPD 2017."
    assert infer_article_date(text).value == date(2018, 5, 31)


def test_news_of_an_audit_with_no_date_is_of_the_year_after_its_budget_year():
    text = "Opini WTP\nBPK menyerahkan LHP atas LKPD tahun anggaran 2020 kepada enam daerah, Jumat (21/5)."
    assert infer_article_date(text).value == date(2021, 5, 21)
    # two budget years named: no guess
    both = "Opini WTP\nLKPD tahun anggaran 2019 dan LKPD tahun anggaran 2020 diperiksa BPK."
    assert infer_article_date(both) is None


@pytest.mark.parametrize("text, years", [
    ("opini WTP atas LKPD Tahun Anggaran 2022", {2022}),
    ("Laporan Keuangan Pemerintah Daerah (LKPD) 2015 dinilai wajar", {2015}),
    ("LHP TA 2021 atas LKPD Kota Bogor", {2021}),
    ("opini LPKD tahun anggaran 2012", {2012}),  # the common slip for LKPD
    ("Laporan Keuangan Pemerintah Daerah (LKPD) Tahun Anggaran (TA) 2017", {2017}),
    ("penggunaan anggaran tahun 2015 dinilai tertib", {2015}),
    ("meraih opini WTP pada 2023", set()),  # a year of the opinion, not written as a budget year
])
def test_budget_years_as_audit_news_writes_them(text, years):
    assert budget_years(text) == years


def test_an_audited_budget_year_is_written_with_anggaran():
    assert audited_budget_year("LHP atas laporan keuangan pemerintah daerah tahun anggaran 2020") == 2020
    assert audited_budget_year("LKPD Tahun Anggaran (TA) 2017 mendapat WDP") == 2017
    # a bare "tahun" may be the year of the audit itself; two budget years are no one year
    assert audited_budget_year("LKPD tahun 2020 diperiksa") is None
    assert report_years("LKPD tahun 2020 diperiksa") == {2020: 1}
    assert audited_budget_year("LKPD TA 2019 dan LKPD TA 2020") is None
    # budget years coordinated under one name: the audit reported is of the latest
    assert audited_budget_year("meraih WTP atas LKPD tahun anggaran 2013, 2014, dan 2015.") == 2015


def test_a_weekday_with_day_and_month_picks_the_year_after_the_latest_one_named():
    # 26 June was a Wednesday in 2019, not in 2018; the 2024 of another article's title and the
    # 2009 of a law do not count
    text = ("Sepuluh pemda di Sumut mempertahankan opini WTP, kata Ambar, Rabu (26/6). Tahun 2018 WTP 17.\n"
            "Baca juga: Triwulan I 2024 Ekonomi Sumut Tumbuh 4,88 Persen\n"
            "Hal itu diatur UU Nomor 25 tahun 2009.")
    assert infer_article_date(text).value == date(2019, 6, 26)
    # a year of nothing but a law dates nothing
    assert infer_article_date("Kata dia, Kamis (30/12), merujuk UU Nomor 25 tahun 2009.") is None
    # in any form a citation takes (30 December 2010 was a Thursday)
    assert infer_article_date("Kata dia, Kamis (30/12), merujuk UU 25/2009.") is None


def test_news_of_an_audit_is_dated_after_its_budget_year():
    # 7 June 2016 was a Tuesday, but the LHP on the LKPD of 2016 are handed over in 2017
    text = ("31 Daerah di Jateng Raih WTP\nSebanyak 31 daerah memperoleh opini WTP atas LKPD Tahun Anggaran 2016, "
            "kata dia dalam acara penyerahan LHP, Selasa (7/6).")
    assert infer_article_date(text).value == date(2017, 6, 7)


def test_a_decree_on_an_assessment_year_still_dates_the_weekday():
    # the decree's own year (2023) is a law's, but the year its title assesses (2022) is news:
    # 11 December was a Monday in 2023
    text = ("Kanwil menyerahkan penghargaan, Senin (11/12). Sebelas daerah ditetapkan melalui Keputusan Menteri "
            "Hukum dan HAM Nomor M.HH-03.HA.02.01.01 Tahun 2023 tentang Penetapan Kabupaten/Kota Peduli HAM pada "
            "Tahun 2022.")
    assert infer_article_date(text).value == date(2023, 12, 11)


def _day_month(text):
    from extractors.dates import DAY_MONTH_DATE, _day_month_date
    expected = DAY_MONTH_DATE.search(text)
    found = _day_month_date(text)
    return ((found[0], found[1]["day"], found[1]["month"]) if found else None,
            (expected["weekday"], expected["day"], expected["month"]) if expected else None)


def test_a_day_and_month_after_a_day_name_found_from_the_date_first():
    # dates._day_month_date finds what DAY_MONTH_DATE.search finds, looking for the day and month before the day name
    for text in ("Laporan, Jumat 23 Desember, dilansir Antara.", "Senin, 5 Mei dan Selasa 6 Mei", "Kamis 12 Januari 2023",
                 "pada 23 Desember lalu", "Rabu,  7 Juni", "Minggu (4/6) dan Sabtu 3 Juni", "Jumat 123 Desember", ""):
        found, expected = _day_month(text)
        assert found == expected, text
    assert _day_month("Laporan, Jumat 23 Desember, dilansir Antara.")[0] == ("Jumat", "23", "Desember")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Jumat", "jumat", "Senin,", "23", "5", "123", "Desember", "Mei", "2023", "pada",
                                 " ", "  ", ".", ",", "(4/6)", "\n", "x"]), max_size=12))
def test_a_day_and_month_after_a_day_name_on_any_text(parts):
    found, expected = _day_month(" ".join(parts))
    assert found == expected

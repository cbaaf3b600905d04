"""Coaching (pendampingan, pembinaan): what the coached get, and for which round."""

from datetime import date

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

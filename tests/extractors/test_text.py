"""Raw bytes to text: ANTARA pages, generic HTML, encodings, PDFs, hostile input."""

from datetime import date

import pytest

from extractors.text import to_text
from tests.pipeline.site import make_pdf

ANTARA = """<html><head><title>x</title><script>var a=1;</script></head><body>
<nav>menu</nav>
<div class="wrap__article-detail-title"><h1>12 kabupaten dan kota di Sumsel terima penghargaan</h1></div>
<div class="wrap__article-detail-info"><ul><li class="list-inline-item"><i class="fa fa-calendar"></i> Kamis, 7 Desember 2023 16:20 WIB</li></ul></div>
<div class="wrap__article-detail-content">Palembang (ANTARA) - Sebanyak 12 kabupaten dan kota ditetapkan sebagai penerima.<br>
<p>Baca juga: <a href="/berita/1">Berita lain tentang WTP</a></p>
<p>Mereka adalah Kabupaten Lahat dan Kota Palembang.</p>
<p class="text-muted mt-2 small">Pewarta: Yudi Abdullah<br>Editor: Aditia Aulia Rahman<br>Copyright © ANTARA 2023</p>
</div>
<div class="tags"><a href="/tag/peduli-ham">peduli ham</a></div>
<footer>Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini.</footer>
</body></html>"""


def test_antara_article_fields():
    parsed = to_text(ANTARA.encode(), "text/html; charset=utf-8", "https://sumsel.antaranews.com/berita/727071/x")
    assert parsed.parser == "antara" and parsed.ok
    assert parsed.title == "12 kabupaten dan kota di Sumsel terima penghargaan"
    assert parsed.published == date(2023, 12, 7)
    assert (parsed.byline, parsed.editor) == ("Yudi Abdullah", "Aditia Aulia Rahman")
    assert "peduli ham" in parsed.tags
    assert "Baca juga" not in parsed.text and "Dilarang keras" not in parsed.text and "menu" not in parsed.text
    assert "Mereka adalah Kabupaten Lahat dan Kota Palembang." in parsed.text


def test_generic_article_keeps_paragraphs():
    html = ("<html><body><header>Portal</header><article><h1>Judul</h1><p>Kalimat satu" + " panjang" * 40 +
            ".</p><p>Kalimat dua.</p></article><footer>kontak</footer></body></html>")
    parsed = to_text(html.encode(), "text/html", "https://example.go.id/berita/1")
    assert parsed.ok and "Kalimat dua." in parsed.text and "kontak" not in parsed.text
    assert "\n\nKalimat dua." in parsed.text


def test_windows_1252_page_declared_as_utf8():
    body = "<html><body><article><h1>Judul</h1><p>Kota Palembang meraih predikat “Peduli HAM” — tahun 2023." \
           + " isi" * 60 + "</p></article></body></html>"
    parsed = to_text(body.encode("cp1252"), "text/html; charset=utf-8", "https://x.go.id/a")
    assert "“Peduli HAM”" in parsed.text


def test_nul_bytes_are_removed():
    parsed = to_text(b"Judul\n\nKota Palembang\x00 meraih predikat.", "text/plain", "a.txt")
    assert "\x00" not in parsed.text and "Kota Palembang meraih" in parsed.text


def test_pathologically_nested_html_does_not_crash():
    body = ("<div>" * 20000 + "Kota Palembang meraih predikat." + "</div>" * 20000).encode()
    parsed = to_text(body, "text/html", "https://x.go.id/deep")
    assert parsed.status in {"ok", "unreadable", "empty"}


@pytest.mark.parametrize("body, status", [
    (b"", "empty"),
    (b"   \n ", "empty"),
    (b"\x89\x12random bytes that are not a pdf", "unreadable"),
    (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "unreadable"),
])
def test_bad_pdfs_get_a_status_not_an_exception(body, status):
    assert to_text(body, "application/pdf", "x.pdf").status == status


def test_oversized_body_is_refused():
    assert to_text(b"a" * 2000, "text/plain", "big.txt", max_bytes=1000).status == "too_large"


def test_pdf_text_layer():
    body = make_pdf(["SALINAN", "PERATURAN MENTERI HUKUM DAN HAK ASASI MANUSIA", "NOMOR 22 TAHUN 2021",
                     "TENTANG KRITERIA DAERAH KABUPATEN/KOTA PEDULI HAK ASASI MANUSIA",
                     "Menimbang : bahwa untuk melaksanakan ketentuan ..."])
    parsed = to_text(body, "application/pdf", "perm-22-2021.pdf")
    assert parsed.ok and parsed.title.startswith("PERATURAN MENTERI") and "NOMOR 22 TAHUN 2021" in parsed.text


def test_scanned_pdf_is_recorded_as_such():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 100, style="F")  # marks but no text: what a scan without OCR looks like
    parsed = to_text(bytes(pdf.output()), "application/pdf", "scan.pdf")
    assert parsed.status == "scanned" and "no text layer" in parsed.note


def test_truncated_pdf_is_unreadable():
    body = make_pdf(["PERATURAN DAERAH NOMOR 3 TAHUN 2020"] * 20)
    parsed = to_text(body[: len(body) // 3], "application/pdf", "cut.pdf")
    assert parsed.status in {"unreadable", "scanned"}


def test_line_tags_left_in_plain_text_break_lines():
    # blind85's b85-12: sentences joined by "<br /><br />" in text copied out of a page
    body = ('Judul\nPenghargaan itu hasil penilaian pada 2014.<br /><br />Herkulanus berharap.'
            '<p style="text-align: justify;">Asisten hadir.</p>').encode()
    parsed = to_text(body, "text/plain")
    assert parsed.text == "Judul\nPenghargaan itu hasil penilaian pada 2014.\n\nHerkulanus berharap.\nAsisten hadir."
    # angle brackets that are no tags stay
    assert to_text("Judul\nnilai < 60 dan > 40".encode(), "text/plain").text == "Judul\nnilai < 60 dan > 40"

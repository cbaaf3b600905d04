"""A small live site on 127.0.0.1 shaped like the real sources, for end-to-end crawler tests.

robots.txt (disallowing /private), an RSS feed whose items link to ANTARA-style pages (one fails
twice with 500 before it answers, one is a dead link, one is disallowed), and a JDIHN feed with
two PDF records and one record without a file. Every page has an ETag and answers 304 to a
matching If-None-Match, as a well-behaved server does.
"""

from __future__ import annotations

import hashlib
import json
from email.utils import format_datetime

from werkzeug import Response

from extractors.dates import find_long_dates

ARTICLE = """<html><head><title>{title} - ANTARA News</title></head><body>
<nav><a href="/">Beranda</a></nav>
<div class="wrap__article-detail-title"><h1>{title}</h1></div>
<div class="wrap__article-detail-info"><ul><li class="list-inline-item"><i class="fa fa-calendar"></i> {date}</li></ul></div>
<div class="wrap__article-detail-content">{body}
<p>Baca juga: <a href="/berita/9/lain">Kota Bogor raih WTP</a></p>
<p class="text-muted mt-2 small">Pewarta: Yudi Abdullah<br>Editor: Budi<br>Copyright © ANTARA 2023</p></div>
<footer>Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini.</footer>
</body></html>"""

ARTICLES = {
    "/berita/727071/12-kabupaten-kota-sumsel-peduli-ham": (
        "12 kabupaten dan kota di Sumsel terima penghargaan Peduli HAM 2023", "Kamis, 7 Desember 2023 16:20 WIB",
        "Palembang (ANTARA) - Sebanyak 12 kabupaten dan kota dari 17 daerah di Sumatera Selatan ditetapkan tim "
        "Kemenkumham sebagai penerima penghargaan 'Peduli HAM 2023'.<p>Daerah yang ditetapkan menerima penghargaan "
        "itu yakni Kabupaten Lahat, Muara Enim, Musi Banyuasin, Kabupaten Musi Rawas, Ogan Ilir, Ogan Komering Ulu, "
        "Penukal Abab Pematang Ilir (Pali), Ogan Komering Ulu (OKU) Selatan, OKU Timur, serta Kota Lubuklinggau, "
        "Pagaralam, dan Kota Palembang.</p><p>Penilaian didasarkan pada Permenkumham Nomor 22 Tahun 2021 tentang "
        "Kriteria Daerah Kabupaten/Kota Peduli HAM.</p>"),
    "/berita/757603/lapas-lubuklinggau-wbk": (
        "Lapas Lubuklinggau raih predikat WBK", "Rabu, 18 September 2024 10:25 WIB",
        "Palembang (ANTARA) - Lapas Kelas IIA Lubuklinggau di Kota Lubuklinggau meraih predikat WBK tahun 2024 "
        "dari Kemenpan RB.<p>Kepala Kanwil Kemenkumham Sumsel menyampaikan apresiasi di Palembang, Rabu.</p>"),
}
FLAKY = "/berita/744153/flaky-p2ham"
FLAKY_ARTICLE = (
    "Kota Prabumulih didorong raih KKPHAM", "Selasa, 21 Mei 2024 09:08 WIB",
    "Palembang (ANTARA) - Kota Prabumulih didorong untuk meraih predikat Kabupaten/Kota Peduli HAM pada 2024.")
DEAD = "/berita/700000/halaman-hilang"
PRIVATE = "/private/berita/1"


def _pub_date(page_date: str) -> str:
    """The feed's pubDate of an item: its page's date ("Rabu, 18 September 2024 10:25 WIB"), as feeds give it."""
    found = find_long_dates(page_date)
    moment = found[0].moment if found else None
    return format_datetime(moment) if moment else "Thu, 07 Dec 2023 16:20:00 +0700"


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:16] + '"'


def _serve(body: bytes, content_type: str):
    etag = _etag(body)

    def handler(request):
        if request.headers.get("If-None-Match") == etag:
            return Response(status=304, headers={"ETag": etag})
        return Response(body, content_type=content_type, headers={"ETag": etag})

    return handler


def make_pdf(lines: list[str]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def install(server) -> dict:
    """Set up every path on a pytest-httpserver; returns what the tests need to know."""
    base = server.url_for("").rstrip("/")
    server.expect_request("/robots.txt").respond_with_data("User-agent: *\nDisallow: /private\n", content_type="text/plain")
    served = {}
    for path, (title, day, body) in ARTICLES.items():
        html = ARTICLE.format(title=title, date=day, body=body).encode("utf-8")
        served[base + path] = html
        server.expect_request(path).respond_with_handler(_serve(html, "text/html; charset=utf-8"))
    flaky_html = ARTICLE.format(title=FLAKY_ARTICLE[0], date=FLAKY_ARTICLE[1], body=FLAKY_ARTICLE[2]).encode()
    served[base + FLAKY] = flaky_html
    attempts = {"n": 0}
    ok = _serve(flaky_html, "text/html; charset=utf-8")

    def flaky(request):
        attempts["n"] += 1
        return Response("sedang gangguan", status=500) if attempts["n"] <= 2 else ok(request)

    server.expect_request(FLAKY).respond_with_handler(flaky)
    items = "".join(
        f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{_pub_date(when)}</pubDate>"
        f"<description><![CDATA[<img src='x.jpg'/>Palembang (ANTARA) - ringkasan.]]></description></item>"
        for p, (t, when, _) in list(ARTICLES.items()) + [(FLAKY, FLAKY_ARTICLE), (DEAD, ("hilang", "", "")),
                                                         (PRIVATE, ("rahasia", "", ""))])
    rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'
    server.expect_request("/rss/terkini.xml").respond_with_handler(_serve(rss.encode(), "application/rss+xml"))
    pdfs = {
        "/dokumen/permenkumham-22-2021.pdf": make_pdf([
            "SALINAN", "PERATURAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA",
            "NOMOR 22 TAHUN 2021", "TENTANG KRITERIA DAERAH KABUPATEN/KOTA PEDULI HAK ASASI MANUSIA",
            "DENGAN RAHMAT TUHAN YANG MAHA ESA", "Menimbang : bahwa Peraturan Menteri Hukum dan Hak Asasi Manusia "
            "Nomor 34 Tahun 2016 perlu diganti;"]),
        "/dokumen/permenkumham-25-2023.pdf": make_pdf([
            "PERATURAN MENTERI HUKUM DAN HAK ASASI MANUSIA REPUBLIK INDONESIA", "NOMOR 25 TAHUN 2023",
            "TENTANG PELAYANAN PUBLIK BERBASIS HAK ASASI MANUSIA", "Pasal 1 Dalam Peraturan Menteri ini yang "
            "dimaksud dengan Pelayanan Publik Berbasis HAM adalah pelayanan publik yang ..."]),
    }
    for path, body in pdfs.items():
        served[base + path] = body
        server.expect_request(path).respond_with_handler(_serve(body, "application/pdf"))
    feed = [
        {"idData": "10482", "tahun_pengundangan": "2021", "tanggal_pengundangan": "2021-06-02", "jenis": "Peraturan Menteri",
         "noPeraturan": "22", "judul": "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 22 Tahun 2021 tentang Kriteria "
         "Daerah Kabupaten/Kota Peduli Hak Asasi Manusia", "status": "Berlaku", "fileDownload": "permenkumham-22-2021.pdf",
         "urlDownload": base + "/dokumen/permenkumham-22-2021.pdf", "operasi": "4", "display": "1"},
        {"idData": 11873, "tahun_pengundangan": "2023", "jenis": "Peraturan Menteri", "noPeraturan": "25",
         "judul": "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 25 Tahun 2023 tentang Pelayanan Publik Berbasis HAM",
         "urlDownload": base + "/dokumen/permenkumham-25-2023.pdf", "urlabstrak": None, "operasi": "4", "display": "1"},
        {"idData": "12001", "tahun_pengundangan": "2023", "jenis": "Keputusan Menteri", "noPeraturan": "M.HH-03.HA.02.01.01",
         "judul": "Penetapan Kabupaten/Kota Peduli HAM pada Tahun 2022", "fileDownload": "", "urlDownload": "-",
         "operasi": "4", "display": "1"},
    ]
    server.expect_request("/feed/document.json").respond_with_handler(
        _serve(json.dumps(feed).encode(), "application/json"))
    sources = f"""[crawler]
delay = 0.05
[[source]]
name = "antara-test"
kind = "rss"
url = "{base}/rss/terkini.xml"
[[source]]
name = "jdih-test"
kind = "jdihn"
url = "{base}/feed/document.json"
"""
    return {"base": base, "served": served, "sources": sources, "flaky_attempts": attempts}

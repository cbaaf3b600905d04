"""Feed parsing: RSS, hostile XML, JDIHN quirks, truncation."""

import json

import pytest

from corpus.feeds import FeedError, parse_feed
from corpus.jdihn import FeedReport, JdihnError, iter_records
from corpus.sitemaps import parse_sitemap

RSS = b"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>t</title>
<item><title>Satu</title><link>https://sumsel.antaranews.com/berita/1/a</link>
<pubDate>Thu, 28 May 2026 23:27:46 +0700</pubDate><description><![CDATA[<img src="x.jpg"/>Palembang (ANTARA) - Isi.]]></description></item>
<item><title>Dua</title><link>https://sumsel.antaranews.com/berita/2/b</link></item>
</channel></rss>"""


def test_rss_items_keep_their_own_bytes():
    items = parse_feed(RSS)
    assert [i.link for i in items] == ["https://sumsel.antaranews.com/berita/1/a", "https://sumsel.antaranews.com/berita/2/b"]
    assert items[0].raw.startswith(b"<item>") and b"Satu" in items[0].raw
    assert str(items[0].published) == "2026-05-28"  # the Indonesian date, not the UTC one


def test_entity_expansion_is_refused():
    bomb = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss><channel><item><title>&lol2;</title><link>https://x/1</link></item></channel></rss>"""
    with pytest.raises(FeedError, match="refused"):
        parse_feed(bomb)


@pytest.mark.parametrize("body", [b"", b"<html>not a feed</html>", b"\x00\x01garbage"])
def test_malformed_feeds_are_a_clear_error(body):
    with pytest.raises(FeedError):
        parse_feed(body)


def test_sitemap_index_and_urlset():
    body = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>https://x.go.id/a</loc><lastmod>2024-01-01</lastmod></url></urlset>"""
    assert [(e.loc, e.is_sitemap) for e in parse_sitemap(body)] == [("https://x.go.id/a", False)]


FEED = [
    {"idData": "10482", "tahun_pengundangan": "2021", "jenis": "Peraturan Menteri", "noPeraturan": "22",
     "judul": "Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 22 Tahun 2021 tentang Kriteria",
     "urlDownload": "https://jdih.x.go.id/p.pdf", "status": "Berlaku", "operasi": "4", "display": "1"},
    {"iddata": 5519, "TAHUN_PENGUNDANGAN": None, "tanggal_pengundangan": "2023-08-21", "jenis": "Peraturan Wali Kota",
     "noPeraturan": "41", "judul": "tentang Rencana Aksi", "urlDownload": "-", "urlabstrak": None},
]


def test_jdihn_quirks_are_normalised():
    report = FeedReport()
    records = list(iter_records(json.dumps(FEED).encode(), report))
    assert report.records == 2 and report.problem is None
    first, second = records
    assert (first.id_data, first.reg_type, first.number, first.year) == ("10482", "Permenkumham", "22", 2021)
    assert first.pdf_url == "https://jdih.x.go.id/p.pdf"
    assert (second.id_data, second.reg_type, second.year, second.pdf_url) == ("5519", "Perwal", 2023, None)


def test_enveloped_feed():
    report = FeedReport()
    records = list(iter_records(json.dumps({"data": FEED}).encode(), report))
    assert len(records) == 2


def test_truncated_feed_keeps_what_came_before():
    body = json.dumps(FEED * 3).encode()[:-40]
    report = FeedReport()
    records = list(iter_records(body, report))
    assert len(records) == 5 and "truncated" in report.problem


def test_non_json_feed_is_refused():
    with pytest.raises(JdihnError):
        list(iter_records(b"<html>error</html>", FeedReport()))


def test_entries_that_are_not_objects_are_skipped():
    report = FeedReport()
    records = list(iter_records(json.dumps([FEED[0], "junk", 7, None]).encode(), report))
    assert len(records) == 1 and report.skipped == 3

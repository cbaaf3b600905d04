"""``predikat_time``: the article's own date and place, and every year mention with its kind.

- ``doc._.published``: the article date. Set it before the pipeline runs when metadata knows it;
  otherwise it is read from the text (page date, dateline date, "Jumat (16/2)" with the writer's
  year, "Februari 2024 ini"). ``doc._.published_basis`` says which.
- ``doc._.dateline``: ``(start_char, end_char, place)`` of "Palembang (ANTARA) -" and the like.
- ``doc._.years``: ``YearMention`` list. Kinds: ``explicit`` ("tahun 2023", "Peduli HAM 2023"),
  ``relative`` ("tahun ini", resolved against the article year), ``date`` (part of a full date:
  an event, not a predikat year), ``citation`` (the year of a regulation number), ``event``
  ("Hari HAM ke-75 tahun 2023"), ``range`` ("2021-2025").
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors.dates import find_long_dates, find_slash_dates, infer_article_date
from extractors.lexicon import region_context, structure, time_words
from extractors.model import YearMention
from extractors.tokens import view

for _name, _default in (("published", None), ("published_basis", None), ("dateline", None), ("years", None),
                        ("date_spans", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)

YEAR = re.compile(r"(?=[12])(?<![\d.,/-])((?:19[5-9]|20[0-4])\d)(?![\d])")
# "2021-2025", "2012 sampai 2015", "sejak tahun 2016 hingga tahun anggaran 2023"
# ("terhitung dari tahun 2017 – hingga tahun 2023", "2015 sampai dengan 2019")
RANGE = re.compile(r"(?=[12])(?<!\d)((?:19|20)\d\d)\s*(?:[-–—/](?:\s*(?:sampai|hingga))?|s\.?d\.?|sampai(?:\s+dengan)?|hingga)\s*"
                   r"(?:(?:tahun|TA)\s+(?:anggaran\s+)?)?((?:19|20)\d\d)(?!\d)", re.IGNORECASE)
# "Palembang (ANTARA) -", "PALEMBANG, RAKYATEMPATLAWANG.DISWAY.ID –", "bakabar.com, MARABAHAN –",
# "Pati, Antara Jateng -", "KUPANG. NTTsatu.com –", "SURABAYA –", "JAKARTA-", "Nias/Sumut – Detiknews86.com.",
# "KR, Jakarta- ", "Banjarbaru, (Antaranews Kalsel) -", "KBRN, Mamuju : ", "KBRN, Makassar: "
DATELINE = re.compile(
    # the outlet first, before a comma or a bar: "PEKANBARU,LENTERAJABAR.COM", "POS-KUPANG.COM | KUPANG", and a
    # site's lower-case name, "metroikn, Samarinda –"
    r"^[ \t]*(?:(?P<outlet1>[\w.-]+\.(?i:com|id|co\.id|net)|[A-Z]{2,}[\w.]*|[a-z][a-z0-9]{3,}(?=,\s*[A-Z]))\s*[,|]\s*)?"
    r"(?P<place>[A-Z][A-Za-z'.]*(?:(?:[ \t]+|/)[A-Z][A-Za-z'.]*){0,3}?)"
    # then the news agency, after the province at most ("Koba, Babel (ANTARA) -"), an outlet in brackets
    # ("SEMARANG (Lampungpro.co):"), or the outlet after a comma
    r"(?:(?:\s*,\s*[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?\s*,?\s*\((?:ANTARA|Antara)[^)]*\)"
    r"|\s*\([\w .-]{2,30}\.(?:com|co|id|net)[\w.]*\)|\s*[,.]\s*[\w .]{2,40}?"
    # or the day and its date: "Ternate, Rabu (15/3/2023) –"
    r"|\s*,\s*[A-Z][a-z']{3,6}\s*\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\))?"
    r"(?:\s*[-–—]{1,2}(?=\s+\S)|\s*(?:--|—|–)(?=[A-Z])|(?<=[A-Z]{3})-(?=[A-Za-z])|(?<=\))\s*:(?=\s)"
    r"|(?<=[a-z])\s+:(?=\s)(?<=\s:)(?=\s+[A-Z])|(?<=[a-z]):(?=[ \t]+[A-Z]))"
    # and a second town where the first was the province ("SATUHABAR.COM, KALSEL - Banjarbaru - Untuk ...")
    r"(?:[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+[-–—](?=\s))?",
    re.MULTILINE,
)


_OUTLET = re.compile(r"\.(?:com|id|net)\b", re.IGNORECASE)
# words that go on with a region's name after a hyphen ("OKU-Timur", "Lampung-Barat")
_NAME_TAIL = re.compile(r"(?:timur|barat|utara|selatan|tengah|raya|laut|hulu|hilir|ilir|kepulauan)\b", re.IGNORECASE)

_SEASON_BEFORE = re.compile(r"\badipura\b[^.\n]{0,25}$", re.IGNORECASE)
# "ke-76 tahun 2024", "ke 18 2023": the year of a numbered event
_ORDINAL_BEFORE = re.compile(r"ke-?\s?\d+\s+(?:tahun\s+)?$", re.IGNORECASE)


@Language.factory("predikat_time", default_config={"dateline_lines": 8})
def make_time(nlp: Language, name: str, dateline_lines: int) -> "TimeFinder":
    return TimeFinder(dateline_lines)


# words before a month that closes a period running up to the writer's present
_PERIOD_ENDS = {"hingga", "sampai", "per", "s.d.", "s/d"}


class TimeFinder:
    def __init__(self, dateline_lines: int) -> None:
        self.dateline_lines = dateline_lines
        words = time_words()
        self.relative = words.relative
        self.months = set(words.months)
        self.event_words = words.event_words
        # the lookahead on the phrases' first letters lets the scan skip most positions cheaply
        first_letters = "".join(sorted({k[0].lower() for k in self.relative}))
        self.relative_re = re.compile(
            # ("tahun sebelumnya" inside "tahun-tahun sebelumnya" is not matched alone)
            rf"(?=[{first_letters}])(?<!-)\b(" + "|".join(re.escape(k) for k in sorted(self.relative, key=len, reverse=True)) + r")\b",
            re.IGNORECASE,
        )
        self.outlets = region_context().dateline_outlets
        numbers = sorted((w for w in structure().number_words if w not in {"satu", "se"}), key=len, reverse=True)
        self.counted_before = re.compile(r"\b(?:[2-9]|1\d|" + "|".join(re.escape(w) for w in numbers) + r")\s+$",
                                         re.IGNORECASE)
        # a part of the year right before a year: "diumumkan pada awal 2023", "akhir tahun 2022"
        parts = "|".join(sorted(time_words().part_of_year))
        self.part_of_year = re.compile(rf"\b(?:{parts})\s+(?:tahun\s+)?$", re.IGNORECASE)
        # event words ("peringatan", "hari ham") anywhere in the 40 characters before a year
        words = [re.escape(w) for w in sorted(self.event_words) if len(w) > 3]
        self.event_re = re.compile("|".join(words) or "(?!)", re.IGNORECASE)

    def __call__(self, doc: Doc) -> Doc:
        tv = view(doc)
        text = tv.text
        long_dates = find_long_dates(text)
        if doc._.published is None:
            inferred = infer_article_date(text, long_dates=long_dates)
            if inferred is not None:
                doc._.published = inferred.value
                doc._.published_basis = inferred.basis
        elif doc._.published_basis is None:
            doc._.published_basis = "metadata"
        doc._.dateline = self._dateline(text)
        article_year = doc._.published.year if doc._.published else None
        date_spans = [(d.start, d.end) for d in long_dates]
        slash_dates = find_slash_dates(text, article_year)
        date_spans += [(d.start, d.end) for d in slash_dates]
        doc._.date_spans = date_spans
        citation_spans = [(c.start_char, c.end_char) for c in (doc._.citations or [])]
        range_spans = []
        seasons = []  # (start, end, value) of the later year of "2017/2018"
        ends = []  # (start, end, value) of the last year of a span, which YEAR misses after "-" ("2019-2023")
        for m in RANGE.finditer(text):
            first, second = int(m.group(1)), int(m.group(2))
            if second == first + 1 and ("/" in text[m.end(1) : m.start(2)]
                                        or _SEASON_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                # "Adipura periode 2017/2018", "anugerah Adipura periode 2017-2018", "program Adipura 2017-2018":
                # a season named by the later year (an assessment "periode 2017-2018" of another predikat stays
                # a span)
                range_spans.append((m.start(1), m.end(1)))
                seasons.append((m.start(2), m.end(2), second))
            else:
                range_spans.append((m.start(), m.end()))
                ends.append((m.start(2), m.end(2), second))
        years: list[YearMention] = []
        for m in YEAR.finditer(text):
            start, end = m.span(1)
            kind = self._kind(text, start, end, date_spans, citation_spans, range_spans)
            span = tv.tokens_at(start, end)
            if span is None:
                continue
            years.append(YearMention(span[0], span[1], start, end, int(m.group(1)), kind, m.group(1)))
        matched = {y.start_char for y in years}
        for start, end, value in ends:
            span = tv.tokens_at(start, end)
            if start not in matched and span is not None:
                years.append(YearMention(span[0], span[1], start, end, value, "range", text[start:end]))
        for start, end, value in seasons:
            # YEAR does not match after "/" (dates such as 26/5/2025); the season's year is explicit
            span = tv.tokens_at(start, end)
            if span is not None:
                years.append(YearMention(span[0], span[1], start, end, value, "explicit", text[start:end]))
        for d in slash_dates:
            # "Jumat (10/12)": an event dated in the article's year; "Sabtu (22/7/2023)": in the year given
            span = tv.tokens_at(d.start, d.end)
            if span is not None:
                kind = "dated" if d.year_given else "date"
                years.append(YearMention(span[0], span[1], d.start, d.end, d.value.year, kind, text[d.start:d.end]))
        # An undated article is written no earlier than the end of a period it tells ("sepanjang Januari hingga
        # Juni 2023"): the year "tahun lalu" counts back from (not "tahun ini" or "tahun depan", which might be
        # any year after it, nor from a bare year, which may be a round ahead: "pada penilaian 2023")
        latest = None if article_year is not None else max(
            (y.value for y in years if y.kind in {"date", "dated"} or self._period_end(text, y.start_char)), default=None)
        for m in self.relative_re.finditer(text):
            span = tv.tokens_at(m.start(), m.end())
            if span is None:
                continue
            if m.group(1).lower().startswith("tahun-tahun") or m.group(1).lower() == "tahun sebelumnya" \
                    and self.counted_before.search(text, max(0, m.start() - 20), m.start()):
                # "tak sanggup mengulang keberhasilan empat tahun sebelumnya": the years before, none of them
                # one year
                years.append(YearMention(span[0], span[1], m.start(), m.end(), 0, "unresolved", m.group(0)))
                continue
            offset = self.relative[m.group(1).lower()]
            base = article_year if article_year is not None else (latest if offset < 0 else None)
            if base is None:
                # "tahun depan" in an undated article: a year is meant but cannot be known
                years.append(YearMention(span[0], span[1], m.start(), m.end(), 0, "unresolved", m.group(0)))
                continue
            value = base + offset
            years.append(YearMention(span[0], span[1], m.start(), m.end(), value, "relative", m.group(0)))
        years.sort(key=lambda y: y.start)
        doc._.years = years
        return doc

    def _period_end(self, text: str, start: int) -> bool:
        """Whether the year at ``start`` closes a period that ran up to a month ("hingga Juni 2023", "sampai
        Juni 2023", "per Juni 2023"): the writer's present is no earlier. A month alone may be ahead
        ("dijadwalkan pada Desember 2026") or long past ("sejak Maret 2015")."""
        words = text[max(0, start - 30) : start].lower().split()
        return len(words) >= 2 and words[-1] in self.months and words[-2] in _PERIOD_ENDS

    def _kind(self, text, start, end, date_spans, citation_spans, range_spans) -> str:
        if any(a <= start < b for a, b in citation_spans):
            return "citation"
        if any(a <= start < b for a, b in date_spans):
            return "date"
        if any(a <= start < b for a, b in range_spans):
            return "range"
        before = text[max(0, start - 40) : start]
        if self.event_re.search(before) or _ORDINAL_BEFORE.search(before):
            return "event"
        if self.part_of_year.search(before):
            return "date"  # "diumumkan pada awal 2023": when something happened, not what year it is for
        return "explicit"

    def _dateline(self, text: str):
        head = "\n".join(text.split("\n")[: self.dateline_lines + 10])
        for m in DATELINE.finditer(head):
            place = m.group("place").strip(" ,.")
            rest = text[m.end() : m.end() + 3]
            if not rest.strip():
                continue
            if m.group(0).endswith(":") and not m.group("outlet1") and not m.group(0).rstrip(" :").endswith(")"):
                # "Jambi : Informatif" is a table row; "KBRN, Mamuju : Untuk ..." and "SEMARANG (Lampungpro.co):"
                # datelines
                continue
            if m.group(0).endswith(":") and not m.group(0).endswith(" :") and not m.group(0).rstrip(" :").endswith(")") \
                    and (m.group("outlet1") or "").lower() not in self.outlets:
                continue  # "KBRN, Makassar:" after an outlet known to write it so; not "WTP, Kabupaten Sigi: Opini itu ..."
            line_start = text.rfind("\n", 0, m.start()) + 1
            if text[line_start : m.start()].strip():
                continue
            if m.group(0).endswith("-") and (line_start == 0 or _NAME_TAIL.match(text, m.end())):
                # "JAYAPURA-Laporan ...", "Vox NTT-Badan ...": a dateline; "PALI-Muba Raih ..." (a title) and
                # "OKU-Timur meraih ..." are names joined by a hyphen
                continue
            line_end = text.find("\n", m.end())
            rest_of_line = text[m.end() : line_end if line_end >= 0 else len(text)]
            if len(rest_of_line.split()) < 4 and not _OUTLET.search(rest_of_line):
                # "Kota Batam – BB": a list cell; a dateline opens the first sentence of the body (or stands
                # on its line with the outlet's name: "Nias/Sumut – Detiknews86.com.")
                continue
            # A title line like "Musi Rawas - Kabupaten ..." is rare; datelines are short.
            if len(place) > 40 or place.lower() in {"baca", "foto", "editor", "pewarta"}:
                continue
            if m.group("outlet1") and _OUTLET.search(place):
                # "PEKANBARU,LENTERAJABAR.COM -": the place first, then the outlet
                return (m.start("outlet1"), m.end(), m.group("outlet1").strip(" ,."))
            # (the span covers a first word before the comma too, whichever of the two is the town: "KR,
            # Jakarta-" names the outlet first, "BANDUNG, INFO JABAR —" the town; the region linker tells them)
            return (m.start("outlet1") if m.group("outlet1") else m.start("place"), m.end(), place)
        return None

"""Which year a predikat is for.

Local evidence first: a year attached to the predikat ("Peduli HAM 2023", "WTP atas LKPD Tahun
2024"), then a year in the status group's stretch of the clause, then elsewhere in the sentence
(unless the time shifts: "Kalau tahun 2022 baru tiga daerah, sekarang sudah 12 ..."). When the
sentence says nothing, the article decides (``ArticleYears``): a year named with the predikat in
the title or body, then a penetapan decree's assessment year ("Penetapan ... pada Tahun 2021";
a KKPHAM decree of year N without one is for year N-1), then an assessment phrase ("evaluasi atas
kinerja daerah sepanjang tahun 2022"), then the LKPD fiscal year for BPK opinions.

Relative years ("tahun ini") count for goals, not for awards: "tahun ini mendapat penghargaan"
names the ceremony, which is usually not the year assessed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc

from extractors.docdata import cues_between, predikat_tokens, published_year
from extractors.facts.status import groups_between
from extractors.fiscal_years import budget_years, report_years
from extractors.lexicon import status_lexicon, structure, time_words
from extractors.model import PredikatMention, YearMention
from extractors.tokens import sentence_bounds, view
from extractors.vocabulary import later_ceremonies, same_round

_ATTACH_GAP = {"tahun", "th", "th.", "thn", "ta", "t.a.", "anggaran", "periode", "edisi", "(", ")", ":", "-", "ke", "'",
               "pada", "di", "untuk", "atas", "lkpd", '"', "“", "”", "‘", "’"}
_TIME = time_words()
_PART_OF_YEAR = _TIME.part_of_year
_MONTHS = frozenset(_TIME.months)
# "penilaian tahun 2022", "hasil evaluasi 2023": words that make the year after them an assessment year
# ("ta" and "kategori" name other years: a fiscal year, a category)
_ASSESSMENT_WORD = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _TIME.assessment_words if w not in {"ta", "kategori"}) + r")\b")
_S = structure()
_LEX_STATUS = status_lexicon()
_PENETAPAN_YEAR = re.compile(r"(?:pada\s+)?tahun\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_USABLE = {"explicit", "relative"}
_EARLIER_ROUND = {"dari", "setelah", "sebelumnya", "sejak", "dibanding", "dibandingkan"}

def _own_clause(lower: list[str], at: int, words: int) -> list[str]:
    """Up to ``words`` words of the clause before token ``at``, back to its opening punctuation. The commas of an
    enumeration do not open a clause and are left out ("penilaian atas kinerja pemerintah daerah dalam menghormati,
    melindungi, memenuhi, menegakkan, dan memajukan HAM sepanjang tahun 2022")."""
    found: list[str] = []
    i = at - 1
    while i >= 0 and len(found) < words:
        word = lower[i]
        # (an enumeration's comma has another comma two words after it, or closes a run with one two words before:
        # not the comma of "Penilaian itu berat, dan pemkab terus berbenah ...")
        if word == "," and i + 2 < at and (lower[i + 2] == ","
                                           or lower[i + 2] in _S.conjunctions and lower[i + 1] != ","
                                           or lower[i + 1] in _S.conjunctions and i >= 2 and lower[i - 2] == ","):
            i -= 1
            continue
        if word in {",", ".", ";", ":"}:
            break
        found.append(word)
        i -= 1
    return found[::-1]


_DEADLINES = frozenset({"hingga", "sampai", "lambat", "batas", "tenggat"})  # "dibuka hingga akhir April 2023"
_STAGES = frozenset({"tahap", "tahapan", "verifikasi", "lapangan", "proses"})
_SPAN_OPENERS = frozenset({"sejak", "mulai", "dari", "periode", "antara", "selama"})  # "sejak Januari sampai Desember"


def _coming_round(lower: list[str], year: YearMention, now: int | None = None) -> bool:
    """A round still ahead is no year assessed (``preparing`` and ``ahead`` in structure.toml): getting ready for
    it is told within the year's clause ("persiapan penilaian Kabupaten/Kota Peduli Hak Asasi Manusia (KKPHAM) tahun
    2024": thirteen tokens), the other words just before the year. ``now`` is the article's year, when known."""
    return preparing_round(lower, year, now) \
        or not _S.ahead.isdisjoint(lower[max(0, year.start - 5) : year.start])


def preparing_round(lower: list[str], year: YearMention, now: int | None = None) -> bool:
    """A round being got ready for ("persiapan penilaian ... tahun 2024"), met about while it runs ("rapat koordinasi
    penilaian ... tahun 2024" in 2024; not "rapat koordinasi hasil penilaian ... tahun 2022", its results, nor a round
    before the article's year ``now``) or coached in ("mendampingi ... dalam penilaian ... tahun 2025"), told within the
    year's clause."""
    if _word_within(lower, year.start, _S.preparing, 16, {".", "!", "?", ";", ","}):
        return True
    if _facing(lower, year, now):
        return True
    for i in range(year.start - 1, max(-1, year.start - 17), -1):
        if lower[i] in {".", "!", "?", ";", ","}:
            return False
        if lower[i] in _S.meetings and "hasil" not in lower[i + 1 : year.start] and (now is None or year.value >= now):
            return True
        if lower[i] in _S.coaching_rounds:
            # (an assessment coached in, not a person gone along with: "Bupati Sigi didampingi Sekda menerima piagam
            # atas hasil penilaian tahun 2022")
            return i + 1 < len(lower) and not _LEX_STATUS.accompanies(lower[i], lower[i + 1]) \
                and not _S.assessment_nouns.isdisjoint(lower[i + 1 : year.start]) \
                and "hasil" not in lower[i + 1 : year.start]
    return False


_AIMING = {"coach", "maintain", "modal", "announce", "negation"}
# words that tell of an earlier round than the one the article reports
_LOOKING_BACK = frozenset({"sebelumnya", "sempat", "pernah", "dulu", "dahulu"})


def _aimed(doc: Doc, start: int, window: int = 10) -> bool:
    """Whether a goal, a request or a denial governs token ``start`` from the words just before it,
    within its sentence."""
    lower = view(doc).lower
    lo = start
    while lo > max(0, start - window) and lower[lo - 1] not in {".", "!", "?"}:
        lo -= 1
    return any(c.kind in _AIMING for c in cues_between(doc, lo, start))


def _facing(lower: list[str], year: YearMention, now: int | None) -> bool:
    """"untuk menghadapi penilaian Kabupaten/Kota Peduli Hak Asasi Manusia (KKPHAM) tahun 2024": an assessment right
    after "menghadapi", in the year's clause, of a year not past and not told past ("... tahun 2022 lalu")."""
    if (now is not None and year.value < now) or lower[year.end : year.end + 1] == ["lalu"]:
        return False
    for i in range(year.start - 1, max(-1, year.start - 17), -1):
        if lower[i] in {".", "!", "?", ";", ","}:
            return False
        if lower[i] in _S.facing:
            # (over a stage or two: "menghadapi tahapan penilaian ...", "menghadapi verifikasi lapangan penilaian ...")
            noun = next((k for k in range(i + 1, min(len(lower), i + 4)) if lower[k] in _S.assessment_nouns), None)
            return noun is not None and all(w in _STAGES for w in lower[i + 1 : noun])
    return False


def _word_within(lower: list[str], start: int, words, window: int, stops) -> bool:
    """Whether one of ``words`` stands within ``window`` tokens before ``start``, no stop between."""
    for i in range(start - 1, max(-1, start - 1 - window), -1):
        if lower[i] in stops:
            return False
        if lower[i] in words:
            return True
    return False


def looking_back(lower: list[str], start: int) -> bool:
    """Whether a word of an earlier round ("sebelumnya", "sempat") stands before token ``start`` in its sentence."""
    return _word_within(lower, start, _LOOKING_BACK, 12, {".", "!", "?", ";"})


def _goal_round(doc: Doc, start: int) -> bool:
    """Whether a request or a purpose governs the round named at token ``start``, within six words and no
    comma ("Daerah yang belum meraih predikat itu kami dorong untuk meraihnya pada penilaian 2022 ini"): the
    round a goal is set for, not the one the article reports."""
    lower = view(doc).lower
    # six words back, and six not counting a predikat's own name for the purpose ("agar dapat meraih predikat Peduli
    # HAM pada penilaian tahun 2021"), in the clause
    named = predikat_tokens(doc)
    lo = reach = start
    words = 0
    while words < 6 and reach > 0 and lower[reach - 1] not in {".", "!", "?", ",", ";"}:
        reach -= 1
        words += reach not in named
        if start - reach <= 6:
            lo = reach
    # (a purpose word only before a verb: "untuk meraihnya", not the topic of "Untuk penilaian tahun 2022, ...")
    purposes = cues_between(doc, reach, start)
    verbs = {c.start for c in purposes if c.kind in {"achieve", "maintain"}}
    if any(c.kind == "coach" or c.kind == "modal" and c.end in verbs for c in purposes):
        return True
    if _getting_aimed_at(doc, reach, start):
        return True
    cues = cues_between(doc, lo, start)
    # ('"Kami ingin pada penilaian tahun 2024 seluruh 24 kabupaten/kota di Sulsel meraih predikat KKPHAM': a round
    # wished for, a verb of getting after it in its clause; not "Semoga capaian pada penilaian tahun 2022 ini menjadi
    # motivasi")
    if any(c.kind == "modal" and c.text.lower() in _LEX_STATUS.wanting for c in cues):
        end = sentence_bounds(doc, start)[1]
        stop = next((i for i in range(start, end) if lower[i] in {",", ";", "."}), end)
        if any(c.kind in {"achieve", "maintain"} and not c.weak for c in cues_between(doc, start, stop)):
            return True
    # "Kami minta predikat ini dipertahankan pada penilaian tahun 2023": keeping asked for, in the round named (asked
    # in its own clause, and not kept already: "Berkat komitmen seluruh OPD, Kota Bogor berhasil mempertahankan ...")
    opening = sentence_bounds(doc, start)[0]
    clause = max((k + 1 for k in range(opening, lo) if lower[k] in {",", ";"}), default=opening)
    return any(c.kind == "maintain" for c in cues) and not _LEX_STATUS.maintain_requests.isdisjoint(lower[clause:lo]) \
        and _LEX_STATUS.success.isdisjoint(lower[clause:start])


def _held_or_rewarded(doc: Doc, year: YearMention) -> bool:
    """Whether a year a goal seems to govern dates what is held or rewarded: the award described as received ("penghargaan
    KLA 2021 yang diterima daerahnya dapat dipertahankan"), coaching rewarded ("atas upaya membina kabupaten/kota peduli
    HAM pada 2019"), or a goal its sentence says was reached ("..., dan target itu tercapai")."""
    lower = view(doc).lower
    after = lower[year.end : year.end + 2]
    before = lower[max(0, year.start - 10) : year.start]
    rewarded = any(w in _LEX_STATUS.rewarded_effort and k > 0 and before[k - 1] == "atas"
                   and _LEX_STATUS.far_purposes.isdisjoint(before[k:]) for k, w in enumerate(before))
    # ("... agar Kota Makassar dapat mempertahankan predikat ... pada 2023, dan target itu tercapai": reached)
    reached = not _LEX_STATUS.fulfilled.isdisjoint(lower[year.end : sentence_bounds(doc, year.start)[1]])
    return after[:1] == ["yang"] and len(after) > 1 and after[1] in _LEX_STATUS.described_held or rewarded or reached


def _getting_aimed_at(doc: Doc, reach: int, start: int) -> bool:
    """Whether a verb of getting in ``doc[reach:start]`` is aimed at by a coaching verb or a purpose a short object
    before it, in its clause ("menargetkan seluruh 24 kabupaten/kota di Sulsel meraih predikat tersebut pada penilaian
    tahun 2024", "agar kedua daerah itu dapat meraih predikat KKPHAM pada 2024")."""
    verbs = [c.start for c in cues_between(doc, reach, start) if c.kind in {"achieve", "maintain"}]
    if not verbs:
        return False
    lower = view(doc).lower
    verb = min(verbs)
    opening = verb
    while opening > max(0, verb - 12) and lower[opening - 1] not in {".", "!", "?", ",", ";"}:
        opening -= 1
    # (a verb, not a noun of coaching received, and nothing between that tells it was got: "Pemkab Sleman yang terus
    # didorong Kementerian PPPA akhirnya meraih ...", "Berkat pembinaan ... meraih ...")
    return any((c.kind == "coach" and c.text.lower() not in _LEX_STATUS.coaching_received
                or c.text.lower() in _LEX_STATUS.far_purposes)
               and _LEX_STATUS.settled.isdisjoint(lower[c.end : verb]) for c in cues_between(doc, opening, verb))


def _aimed_at(doc: Doc, start: int) -> bool:
    """Whether a verb of aiming ("menargetkan", "membidik") stands within ten tokens before token ``start``, in its
    clause ("Kemenkumham Jatim Targetkan 38 Kabupaten/Kota Raih Predikat Peduli HAM 2024")."""
    return _word_within(view(doc).lower, start, _S.aiming, 10, {".", "!", "?", ",", ";"})


# "Untuk tahun 2018, ..." names the round the article reports on; "Pada 2022, Sragen masih ..." is
# often a look back before the news, and is left to the sentence's own frames
_FRONTING = {"untuk"}
_SENTENCE_OPENERS = {".", "!", "?", '"', "“"}


def _fronted_year(doc: Doc, mention: PredikatMention, years_by_start: dict[int, YearMention]) -> YearMention | None:
    """"Untuk tahun 2018, nilai SAKIP Provinsi Lampung masih berada di predikat B": a year fronted
    before the sentence's first comma dates the predikat named after it."""
    tv = view(doc)
    lower = tv.lower
    # the fronting word opens the sentence: first in the text, or after a full stop, a quote or a line break
    i = next((k for k in range(mention.start - 1, max(-1, mention.start - 20), -1) if lower[k] in _FRONTING
              and (k == 0 or lower[k - 1] in _SENTENCE_OPENERS or lower[k - 1].endswith(".") or tv.space[k - 1])),
             None)
    if i is None or i + 1 >= len(lower):
        return None
    j = i + 1
    if lower[j] == "tahun":
        j += 1
    year = years_by_start.get(j)
    if year is None or year.kind != "explicit" or year.end >= len(lower) or lower[year.end] != "," \
            or "," in lower[year.end + 1 : mention.start]:
        return None
    return year


def attached_year(doc: Doc, mention: PredikatMention, years_by_start: dict[int, YearMention]) -> YearMention | None:
    """"Peduli HAM 2023", "KLA 2019", "WTP tahun 2023", "Peduli HAM (2023)"."""
    i = mention.end
    steps = 0
    lower = view(doc).lower
    while i < len(lower) and steps <= 3:
        year = years_by_start.get(i)
        if year is not None:
            return year if year.kind in _USABLE else None
        word = lower[i]
        if word.isdigit() and len(word) == 4 and i + 1 < len(lower) and lower[i + 1] == "/":
            i += 2  # "Adipura periode 2017/2018": the season is named by its later year
            continue
        if word.isdigit() and len(word) == 4:
            # ("Adipura 2017-2018", "periode 2017-2018": the same, written as a span of two years)
            return _season(doc, i)
        if word == "kategori":
            # "Piala Adipura kategori Kota Kecil Terbersih Tahun 2018": the year after the category's name
            k = i + 1
            while k < min(len(lower), i + 5) and view(doc).capitalised[k] and k not in years_by_start:
                k += 1
            i = k
            steps += 1
            continue
        if word not in _ATTACH_GAP:
            return None
        i += 1
        steps += 1
    return None


def _season(doc: Doc, start: int) -> YearMention | None:
    """"Adipura 2017-2018", "periode 2017-2018" at token ``start``: a round of two years, named by its later
    year (None for any other span, "2012 sampai 2015")."""
    at = {y.start: y for y in doc._.years or []}
    first, later = at.get(start), at.get(start + 2)
    if first is None or later is None or later.value != first.value + 1 or view(doc).lower[start + 1] not in {"-", "–"}:
        return None
    return replace(later, kind="explicit")


def assessment_named_before(lower: list[str], at: int) -> bool:
    """Whether an assessment word stands in the six tokens before the year at ``at`` ("hasil penilaian tahun 2022")."""
    return bool(_ASSESSMENT_WORD.search(" ".join(lower[max(0, at - 6) : at])))


def _denied_round(doc: Doc, at: int) -> bool:
    """Whether the clause of the year at token ``at`` says the predikat was not got in it ("Pada penilaian tahun 2021
    Pesawaran masih belum lolos")."""
    start, end = sentence_bounds(doc, at)
    lower = view(doc).lower
    stop = next((i for i in range(at, end) if lower[i] in {",", ";", "."}), end)
    return any(g.status == "not_achieved" and at < g.verb < stop for g in groups_between(doc, start, end))


def _earlier_round_before(words: list[str]) -> bool:
    """Whether ``words`` (the eight before a year) say the year is of an earlier round ("naik dari predikat CC pada
    evaluasi 2022", "dibanding penilaian tahun 2019"). A "dari" before an "untuk" is the giver's, not a round left
    behind: "penghargaan ... dari Kementerian Hukum dan HAM untuk penilaian tahun 2020" names the round it is for."""
    cut = max((k for k, w in enumerate(words) if w == "untuk"), default=-1)
    return not (_EARLIER_ROUND - {"dari"}).isdisjoint(words) or "dari" in words[cut + 1 :]


class ArticleYears:
    """Article-wide year knowledge, per predikat label."""

    def __init__(self, doc: Doc, title_end: int, dominant_label: str | None,
                 counterparts: dict[str, str] | None = None, text: str | None = None, lead_end: int = 0) -> None:
        self.counterparts = counterparts or {}  # KKPHAM_PEMBINA -> KKPHAM: same penetapan, same year
        self.published_year = doc._.published.year if doc._.published else None
        self.published_month = doc._.published.month if doc._.published else None
        # (a date inferred from a year alone, "text", stands on 1 January: its month says nothing)
        self.month_known = doc._.published_basis in {"metadata", "page", "dateline"}
        years = [y for y in (doc._.years or []) if y.kind in _USABLE]
        by_start = {y.start: y for y in years}
        self.labelled: dict[str, list[tuple[int, int, int]]] = {}  # label -> [(priority, token, year)]
        # label -> the rounds ahead the lead names ("langkah awal menghadapi penilaian KKPHAM tahun 2024")
        self.coming: dict[str, set[int]] = {}
        for mention in doc._.predikat or []:
            if mention.label is None:
                continue
            year = attached_year(doc, mention, by_start) or _fronted_year(doc, mention, by_start)
            if year is not None and year.kind == "relative" and _aimed(doc, mention.start):
                continue  # "Kami menargetkan ... naik ke kualitas tinggi tahun ini": a goal's year
            if year is not None and _aimed_at(doc, mention.start):
                continue  # "Pemprov Lampung Targetkan SAKIP 2019 Raih Predikat 'A'": the year aimed at
            if year is not None and _goal_round(doc, year.start) and not _held_or_rewarded(doc, year):
                continue  # "... agar kedua daerah itu dapat meraih predikat KKPHAM pada 2024": a goal's round
            if year is not None and _coming_round(view(doc).lower, year, self.published_year):
                if mention.start < lead_end and year.kind == "explicit":
                    self.coming.setdefault(mention.label, set()).add(year.value)
                continue  # "rapat koordinasi persiapan penilaian KKPHAM tahun 2024": the round ahead
            if year is not None and self.published_year is not None and year.value > self.published_year:
                # "berharap ... mampu mempertahankan ... untuk Kualifikasi Informatif pada tahun 2020" in 2019:
                # a year still ahead is a goal's, not the round the article reports
                continue
            if year is not None and looking_back(view(doc).lower, mention.start):
                # "penghargaan yang sebelumnya sempat tertahan di kategori Pratama tahun 2020 dan kategori Madya
                # tahun 2021": past rounds
                continue
            if year is not None:
                # the title first, then the earliest in the body (the lead states the award's year);
                # "penghargaan KKP HAM tahun ini" only after every year written out
                priority = (0 if mention.start < title_end else 1) + (2 if year.kind == "relative" else 0)
                self.labelled.setdefault(mention.label, []).append((priority, mention.start, year.value))
        self.decrees: dict[str, int] = {}
        for c in doc._.citations or []:
            self._decree(c.citation)
        self.assessment, self.assessment_at = self._assessment_year(doc)
        # ("memperoleh predikat BB dalam evaluasi SAKIP tahun 2022" in news of a KLA award: SAKIP's round)
        self.assessment_label = next((m.label for m in doc._.predikat or [] if m.label and self.assessment_at is not None
                                      and self.assessment_at - 6 <= m.start < self.assessment_at), None)
        events = [y.value for y in doc._.years or [] if y.kind == "event"]
        published = self.published_year
        events = [y for y in events if published is None or y <= published]
        self.event = max(set(events), key=events.count) if events else None
        self.lead = self._lead_year(doc, published, lead_end)
        self.fiscal = self._fiscal_year(text if text is not None else doc.text, published)
        self.dominant_label = dominant_label

    def _decree(self, citation) -> None:
        title = citation.title or ""
        low = title.lower()
        if not citation.reg_type.startswith("Kep") and citation.reg_type not in {"Keputusan"}:
            return
        label = None
        if "peduli" in low:
            label = "KKPHAM"
        elif "layak anak" in low:
            label = "KLA"
        elif "adipura" in low:
            label = "ADIPURA"
        elif "sadar hukum" in low:
            label = "DESA_SADAR_HUKUM"
        if label is None:
            return
        m = _PENETAPAN_YEAR.search(title)
        if m:
            self.decrees.setdefault(label, int(m.group(1)))
        elif label == "KKPHAM" and citation.year:
            # yearly penetapan decrees are issued in year N+1 for assessment year N
            self.decrees.setdefault(label, citation.year - 1)

    @staticmethod
    def _assessment_year(doc: Doc) -> tuple[int | None, int | None]:
        """The year of the assessment round the article names, and the token where it is written."""
        lower = view(doc).lower
        published = published_year(doc)
        # the first named, unless what it says is that the predikat was not got and a later round is named after it:
        # "Pada penilaian tahun 2021 Pesawaran masih belum lolos. Alhamdulillah, untuk penilaian tahun 2022 ini
        # Pesawaran akhirnya ditetapkan" reports on 2022
        first: tuple[int, int] | None = None
        for y in doc._.years or []:
            if first is not None and y.value <= first[0]:
                continue  # (only a later round can replace a first one denied)
            # ("hasil survei ... selama pertengahan tahun 2023": the part of the year the assessment ran in)
            part_of_year = y.kind == "date" and not _PART_OF_YEAR.isdisjoint(lower[max(0, y.start - 2) : y.start])
            if (y.kind != "explicit" and not part_of_year) or (published is not None and y.value > published):
                continue  # "mempertahankan predikat Pratama pada penilaian 2025": a goal's round, not this one
            if _earlier_round_before(lower[max(0, y.start - 8) : y.start]) \
                    and not (y.start > 0 and lower[y.start - 1] in _MONTHS):
                # "naik dari predikat CC pada evaluasi 2022", "setelah pada evaluasi 2022 berada di B"
                # (but "dilaksanakan sejak Juni-Oktober 2021" dates the assessment by its months)
                continue
            if _coming_round(lower, y, published) or _goal_round(doc, y.start):
                continue
            if y.start > 0 and lower[y.start - 1] in _MONTHS \
                    and not _DEADLINES.isdisjoint(lower[max(0, y.start - 4) : y.start - 1]) \
                    and _SPAN_OPENERS.isdisjoint(lower[max(0, y.start - 8) : y.start - 1]) \
                    and _MONTHS.isdisjoint(lower[max(0, y.start - 8) : y.start - 2]):
                # "pengisian data dukung penilaian dibuka hingga akhir April 2023": a deadline, not the round (not "sejak
                # Januari sampai Desember 2023", the span the round ran over)
                continue
            before = " ".join(lower[max(0, y.start - 6) : y.start])
            named = bool(_ASSESSMENT_WORD.search(before))
            # "Penilaian Kepatuhan terhadap Standar Pelayanan Publik tahun 2023": a named assessment
            # "tahun N" may run to ten words, within the same clause ("hasil penilaian Kementerian Hukum
            # dan HAM atas kinerja pemerintah kabupaten/kota sepanjang tahun 2022": fifteen tokens)
            far = [] if named else _own_clause(lower, y.start, 16)
            # ("penilaian kepatuhan terhadap standar pelayanan publik ini dilaksanakan sejak Juni-Oktober 2021":
            # the months the assessment ran)
            # ("mengumumkan hasil kepatuhan standar pelayanan publik di Provinsi NTB untuk tahun 2022", "Yang dinilai adalah
            # capaian pemerintah daerah pada tahun 2022" -- not "Wali Kota Batam dinilai berhasil membenahi layanan
            # publik pada tahun 2020", judged)
            named = named or bool(far) and (far[-1] == "tahun" or far[-1] in _MONTHS) \
                and not set(far) & {",", ".", ";", ":"} \
                and (not _TIME.clause_assessment_words.isdisjoint(far)
                     or any(a == "yang" and b == "dinilai" for a, b in zip(far, far[1:])))
            if not named:
                continue
            if first is not None:
                return y.value, y.start
            if not _denied_round(doc, y.start):
                return y.value, y.start
            first = (y.value, y.start)
        return first if first is not None else (None, None)

    @staticmethod
    def _lead_year(doc: Doc, published: int | None, end: int) -> int | None:
        """The one year the title and the lead (tokens before ``end``) write out, when it is the
        article's own ("Banyak daerah naik kelas, sehingga pada tahun 2023 ini ..."): the round the
        article reports on."""
        lower = view(doc).lower
        # ("Rakor KLA sebagai persiapan evaluasi Tahun 2023", "menargetkan ... tahun 2023": a round ahead)
        values = {y.value for y in doc._.years or [] if y.kind == "explicit" and y.start < end
                  and not _coming_round(lower, y, published) and not _aimed_at(doc, y.start)
                  and not any(c.kind in {"coach", "maintain"} for c in cues_between(doc, max(0, y.start - 6), y.start))}
        if len(values) != 1:
            return None
        value = next(iter(values))
        return value if published is None or value == published else None

    @staticmethod
    def _fiscal_year(text: str, published: int | None = None) -> int | None:
        found = report_years(text)
        if found and published is not None and all(year >= published for year in found):
            # "penyerahan hasil BPK RI atas laporan keuangan Pemprov Sulbar tahun 2024" in June 2024: the
            # year of the hand-over; a budget year is audited after it ends
            return published - 1
        found = Counter({year: n for year, n in found.items() if published is None or year < published})
        return found.most_common(1)[0][0] if found else None

    # (the budget years a sentence writes, for telling them from hand-over years)
    budget_years = staticmethod(budget_years)

    def fiscal_for(self, label: str) -> int | None:
        """The fiscal year the article reports on, for audit opinions ("LKPD Tahun Anggaran 2022")."""
        return self.fiscal if label == "OPINI_BPK" else None

    def for_label(self, label: str) -> tuple[int | None, str | None]:
        """The article's year for ``label`` and its basis, for facts the sentence leaves open."""
        if self.fiscal_for(label):
            # the audited report the article names ("LKPD tahun anggaran 2012") over a year said of an
            # opinion elsewhere ("berharap ... mengantongi opini WTP pada 2014")
            return self.fiscal, "fiscal"
        named = sorted(self.labelled.get(label, []))
        assessed = self.assessment if self.assessment_label is None or same_round(label, self.assessment_label) else None
        if named and assessed and same_round(label, self.dominant_label) and (named[0][0], named[0][1]) > (1, self.assessment_at):
            # "meraih predikat zona hijau ... berdasarkan hasil penilaian kepatuhan ... tahun 2024", then
            # "dari dua Pemda berpredikat zona hijau pada tahun 2023 menjadi 12": the round the article
            # reports on is the one it names first
            return assessed, "assessment"
        if named:
            return named[0][2], "article"
        if label in self.decrees:
            return self.decrees[label], "decree"
        if assessed and same_round(label, self.dominant_label):
            # (and of the label assessed with it: "Penilaian dilakukan sepanjang tahun 2024" in news of the
            # P2HAM and Peduli HAM awards handed over on Human Rights Day)
            return assessed, "assessment"
        base = self.counterparts.get(label)
        if base:
            return self.for_label(base)
        if self.lead is not None and label not in later_ceremonies() and label != "OPINI_BPK":
            # (a hand-over year is not the year of a predikat assessed the year before; audit opinions
            # have their fiscal year)
            return self.lead, "lead"
        if label == "OPINI_BPK" and self.published_year is not None:
            # LKPD are audited in the first half of the year after their fiscal year: an opinion
            # reported with no year is on the year before the article's
            return self.published_year - 1, "fiscal"
        # The year of the ceremony ("Peringatan Hari HAM Sedunia ke-76 tahun 2024") is deliberately not
        # used: it is usually the year after the one assessed, and annotated news leaves such years open.
        return None, None


_COORDINATING_YEARS = {",", "dan", "serta", "&", "tahun", "anggaran", "ta", ".", "kemudian", "lalu", "disusul"}


def coordinated_years(doc: Doc, years: list[YearMention]) -> list[YearMention]:
    """"2014, 2015, 2016 dan 2017": the years of a coordinated list starting at ``years[0]``."""
    run = [years[0]]
    for y in years[1:]:
        between = view(doc).lower[run[-1].end : y.start]
        # ("pada tahun 2007, 2008, 2009, 2010, kemudian 2012 dan 2014", "untuk tahun anggaran 2007, disusul
        # 2008, 2009, ...")
        if between and all(w in _COORDINATING_YEARS for w in between):
            run.append(y)
        else:
            break
    return run


def said_between(doc: Doc, a: int, b: int, phrases) -> bool:
    """Whether one of ``phrases`` (lower case, of one word or more) stands between tokens ``a`` and ``b``."""
    lo, hi = sorted((a, b))
    text = " " + " ".join(view(doc).lower[lo:hi]) + " "
    return any(f" {phrase} " in text for phrase in phrases)


def time_shift_between(doc: Doc, a: int, b: int) -> bool:
    """Whether a word between tokens ``a`` and ``b`` moves the time ("sekarang", "kini")."""
    return said_between(doc, a, b, _S.time_shift)

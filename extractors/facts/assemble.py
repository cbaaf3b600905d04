"""Fact assembly: holders x frames, sentence by sentence, with evidence.

For each sentence: the frames of its clauses (``frames.build_frames``); frames pointed back to by
counts ("Keenam Kabupaten/Kota tersebut", "Mereka"), by a list that continues the sentence before
("Kemudian Kabupaten Ogan Ilir, ..."), or by a list that names holders an earlier sentence
counted ("Lima daerah yang dibina ... yakni"); then one fact per holder and frame, if the
vocabulary lets that holder hold that predikat. Years the sentence leaves open are filled from
earlier frames (goals) or from the article (awards). Duplicates collapse to the most confident.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import replace
from functools import partial
from itertools import islice
from typing import NamedTuple

from spacy.tokens import Doc, Span

from extractors.facts.counts import find_counts, level_hint, noun_at, number_at
from extractors.facts.frames import (EXISTENTIAL, RESPECTIVE, Frame, build_frames, clauses, denied_names,
                                     opens_speech_tag, rounds_back, speech_tag_start)
from extractors.facts.memory import Memory, SentenceRecord, distinct_holders, holder_key
from extractors.docdata import cues_between, mentions_between, predikat_tokens, published_year, regions_between
from extractors.facts.status import groups_between
from extractors.facts.years import ArticleYears, assessment_named_before, looking_back
from extractors.gazetteer import Gazetteer
from extractors.lexicon import phrases_regex, rank_words, region_context, status_lexicon, structure, time_words, unit_heads
from extractors.model import Fact, RegionMention, UnitMention
from extractors.text.read_also import READ_ALSO
from extractors.tokens import sentence_starts as sentence_starts_of
from extractors.tokens import sentence_bounds, view
from extractors.vocabulary import Vocabulary

_S = structure()
_SPEECH_VERBS = frozenset(region_context().speech_verbs)
_REPORTING_VERBS = region_context().reporting_verbs
# nouns of a goal opening a sentence ("Targetnya, pada penilaian tahun 2025 ...")
_GOAL_OPENERS = frozenset(status_lexicon().far_goals) | frozenset(status_lexicon().owned_goals)
# verbs of dropping out of the predikat ("Kotim terlempar", "sempat absen pada penilaian 2020")
_DROPPED_OUT = status_lexicon().dropped_out
# openers of a clause fronted before its subject ("Setelah pada 2015 memperoleh ..., Kabupaten Sleman kini ...")
_FRONTED = _S.elided_subject | _S.concessive | _S.fronted
# a head of government hoping or asking ("Bupati berharap ...", "Bustami meminta seluruh SKPA ...") speaks for his
# government as one reporting does
_SPEAKING_VERBS = _REPORTING_VERBS | region_context().hoping_verbs \
    | frozenset(w for w in status_lexicon().asking if not w.startswith("di"))
_SELF_REFERENCE = region_context().self_reference
_PERSON_TITLES = frozenset(t for t in region_context().person_titles if " " not in t)
_HOLDER_WINDOW = 4
_RECIPIENT_WORDS = {"untuk", "bagi", "kepada"}
# "Yang zona hijau itu Kota A, B dan C": the predikat as the subject of a copula, the holders after it
_COPULAS = {"itu", "adalah", "ialah"}
# words that may stand between a holder and its grade ("Bintan dan Batam nilai B"), and in the
# elided-verb reading also "dengan" ("..., Kutai Barat dengan Sertifikat Adipura, ...")
_HELD_WITH = _S.grade_words | {"dengan"}
# ... and between a holder and the grade it came with
_NEAR_GRADE = _HELD_WITH | {"untuk", "penghargaan"}
_AMOUNT_WORDS = {"berjumlah", "sebanyak", "sejumlah", "ada", "terdiri", "atas"}
# the words of counted nouns as tokens ("Kab/Kota" is three)
_COUNT_NOUN_PARTS = {part for noun in _S.count_nouns for part in re.split(r"([/ ])", noun) if part.strip()}
_READ_ALSO_FIRST = {"baca", "simak", "lihat"}
_STATUS = status_lexicon()
_LEX_STATUS_STILL = _STATUS.still  # "tetap": a goal of keeping what is held
_GIVE_VERBS = _STATUS.give_agents | _STATUS.passive_give
_STAFF_WORDS = {"ahli", "staf", "staff", "asisten", "sekretaris", "kepala", "biro", "humas", "juru", "ajudan", "i",
                "ii", "iii"}
# A province credited with a kabupaten/kota predikat is credited for coaching (pembina) them.
_COACHING = re.compile(r"\b(pembina|membina|binaan|dibina|pembinaan)\b")


def dominant_label(doc: Doc, title_end: int) -> str | None:
    counts: Counter = Counter()
    for m in doc._.predikat or []:
        if m.label:
            counts[m.label] += 3 if m.start < title_end else 1
    return counts.most_common(1)[0][0] if counts else None


class Assembler:
    def __init__(self, vocabulary: Vocabulary, gazetteer: Gazetteer) -> None:
        self.vocabulary = vocabulary
        self.gazetteer = gazetteer
        # the province's counterpart of a predikat -> the predikat (KKPHAM_PEMBINA -> KKPHAM)
        self.bases = {l.province_counterpart: l.label for l in vocabulary.labels.values() if l.province_counterpart}
        # predikat only villages hold (Desa Sadar Hukum), not the regions they are in
        self.village_labels = frozenset(l.label for l in vocabulary.labels.values()
                                        if l.allows("village") and not l.allows("kabupaten") and not l.allows("kota"))
        # how many kabupaten and kota each province has ("Sembilan kabupaten lainnya" making up the rest of it)
        self.regions_per_province = Counter(r.province_code for r in gazetteer.regions.values()
                                            if r.code != r.province_code)

    def __call__(self, doc: Doc) -> list[Fact]:
        sents = list(doc.sents)
        if not sents:
            return []
        # doc.text and doc.sents rebuild themselves on every access: take them once per document
        self.text = view(doc).text
        self.lower = view(doc).lower
        self.sents = sents
        title_end = sents[0].end
        dominant = dominant_label(doc, title_end)
        # the title and the first two sentences of the body are the lead
        lead_end = sents[min(2, len(sents) - 1)].end
        article = ArticleYears(doc, title_end, dominant, self.bases, self.text, lead_end=lead_end)
        mentions = doc._.predikat or []
        # "Baca juga: Kabupaten Tegal Raih Piala Adipura" is another article's title: "penghargaan
        # serupa" after it still speaks of this article's predikat
        read_also = {index for index, s in enumerate(sents)
                     if view(doc).lower[s.start] in _READ_ALSO_FIRST and READ_ALSO.match(self.text[s.start_char:s.end_char])}
        labelled = [(m.start, m.label) for m in mentions
                    if m.label and not any(sents[k].start <= m.start < sents[k].end for k in read_also)]
        predikat_tokens = {i for m in mentions for i in range(m.start, m.end)}

        def last_label(i: int) -> str | None:
            before = [label for start, label in labelled if start < i]
            return before[-1] if before else dominant

        sentence_starts = sentence_starts_of(doc)
        self.sentence_starts = sentence_starts

        def labelled_recent(index: int, window: int = 6, regions_meant: bool = False) -> str | None:
            """The predikat named last in the ``window`` sentences before sentence ``index``. (A release names
            its predikat, then may spend a paragraph or two on the work behind it before "daerah yang telah
            menyandang predikat, di antaranya ..., diminta mempertahankan capaiannya": six sentences, not three,
            measured on all annotated sets.)

            ``regions_meant``: the holders are regions, so a predikat that only units held where it was named is
            passed over ("Lapas Kelas IIA Samarinda ... menerima penghargaan P2HAM. Adapun tiga daerah lainnya ...
            belum memenuhi nilai minimal": the regions' predikat is the one named before)."""
            lo = sentence_starts[max(0, index - window)]
            hi = sentence_starts[index]
            before = [(start, label) for start, label in labelled if lo <= start < hi]
            if regions_meant:
                before = [(start, label) for start, label in before if not held_by_units_only(start, label)]
            return before[-1][1] if before else None

        def held_by_units_only(start: int, label: str) -> bool:
            """Whether the facts of ``label`` in the sentence naming it at token ``start`` are all units'."""
            k = bisect_right(sentence_starts, start) - 1
            kinds = {fact.holder_kind for i, fact, _ in facts if i == k and fact.predikat == label}
            return kinds == {"unit"}

        regions = [r for r in doc._.regions or [] if r.role == "holder" and r.code]
        # "Target kami tahun depan bisa menembus kategori Utama," kata Bupati Malang Sanusi.
        # (sentence, index, frames, levels or None) asked of "seluruh daerah penerima", "para bupati"
        self.recipient_goals: list[RecipientGoal] = []
        self.award_list = None  # (holder, year, cue) of "Berikut sejumlah penghargaan yang diraih X sepanjang 2023:"
        self.achievers: dict[str, list] = {}  # label -> region holders with an achieved fact
        self.denied: list = []  # (sentence index, label, region holder) of the not_achieved facts so far
        self.achieved_grades: dict[tuple, set] = {}  # (label, region code) -> the grades achieved
        heads = [r for r in doc._.regions or [] if r.code and _heads_government(doc, r)]
        self.speakers_by_sentence = _by_sentence([r for r in heads if r.role == "speaker"], [s.start for s in sents])
        for index, region in _speakers_by_name(doc, sents, heads):
            self.speakers_by_sentence[index].append(region)
        for index, region in _speakers_introduced_before(doc, sents, heads):
            self.speakers_by_sentence[index].append(region)
        for index, region in _speakers_going_on(doc, sents, self.speakers_by_sentence):
            self.speakers_by_sentence[index].append(region)
        for index, region in _speakers_again(doc, sents, self.speakers_by_sentence):
            self.speakers_by_sentence[index].append(region)
        units = doc._.units or []
        # an article about one region: the holder of the sentences that name none (regions only listed
        # in sentences that name no predikat, "Wilayah I itu meliputi Provinsi Aceh, ...", do not count)
        named_in = {bisect_right(sentence_starts, m.start) - 1 for m in mentions}
        spoken_of = [r for r in regions if bisect_right(sentence_starts, r.start) - 1 in named_in]
        self.sole_holder = spoken_of[0] if len({r.code for r in spoken_of}) == 1 else None
        if any(m.label in self.village_labels for m in mentions):
            # "Dari Kabupaten Kulon Progo ada lima kalurahan": where the villages given a village predikat are, named as
            # a place, holds it through them
            placed = [r for r in doc._.regions or [] if r.code and r.role != "holder"
                      and (_villages_after(self.lower, r.end, min(len(doc), r.end + 8), origin=_named_as_origin(self.lower, r))
                           or _villages_counted_before(self.lower, r))]
            # ("sejumlah nagari di Kabupaten Solok dan Kabupaten Sijunjung": the places coordinated with one)
            placed += [r for r in doc._.regions or [] if r.code and r.role != "holder" and r not in placed
                       and any(0 < _start(r) - p.end <= 1 and self.lower[p.end] in {"dan", ","} for p in placed)]
            regions = regions + placed
        # which sentences have anything to say: a predikat mention or a holder
        busy = set()
        for item in list(mentions) + regions + list(units):
            busy.add(bisect_right(sentence_starts, item.start) - 1)
        # ("... dan daerah yang sudah meraih tetap mempertahankan": keeping asked of the holders, no predikat named)
        for cue in doc._.cues or []:
            if cue.kind == "maintain":
                busy.add(bisect_right(sentence_starts, cue.start) - 1)
            elif cue.kind == "negation" and self.speakers_by_sentence[k := bisect_right(sentence_starts, cue.start) - 1]:
                busy.add(k)  # ('"Pada penilaian 2021 kami tidak masuk," kata Ipuk': a round its speaker's region missed)
        memory = Memory()
        facts: list[tuple[int, Fact, Frame]] = []
        # what each sentence holds, sorted into sentences once rather than filtered per sentence
        self.holders_by_sentence = _by_sentence(list(regions) + list(units), sentence_starts)
        self.years_by_sentence = _by_sentence(doc._.years or [], sentence_starts)
        found = [find_counts(doc, sent) for sent in sents]
        self.counts = [[c for c in counts if not c.partitive] for counts in found]
        self.partitives = [[c for c in counts if c.partitive] for counts in found]
        for index, sent in enumerate(sents):
            if index in read_also:
                # "Baca juga: BPK: Pemprov Sumsel raih WTP 11 kali beruntun" is another article's title;
                # a list interrupted by it goes on after it ("Kemudian Kabupaten Deli Serdang, ...")
                previous = memory.previous(index)
                memory.add(replace(previous, index=index, counted=[]) if previous is not None
                           else SentenceRecord(index, [], [], None, 0, False, []))
                facts.extend(self._headline(doc, sent, index, regions, units, mentions, predikat_tokens))
                continue
            if self.award_list is not None and self._new_paragraph(sent) \
                    and not _list_item(view(doc).lower[sent.start : sent.end]):
                self.award_list = None  # the list of awards is over
            if index not in busy and not self.counts[index]:
                # no predikat, holder or count: no frame, no fact; only its shape matters to the next one
                words = view(doc).lower[sent.start : sent.end]
                previous = memory.previous(index)
                if _list_item(words) and previous is not None and previous.frames:
                    # "5. Sarolangon": an item whose name is not recognised keeps the list going
                    memory.add(SentenceRecord(index, previous.frames, [], previous.level_hint, 0,
                                              previous.open_list, []))
                    continue
                memory.add(SentenceRecord(index, [], [], None, 0, _ends_open(words), []))
                facts = _dated_by_year_list(doc, sent, index, facts)
                continue
            facts.extend(self._sentence(doc, sent, index, regions, units, mentions, memory, last_label,
                                        predikat_tokens, labelled_recent))
        facts.extend(self._for_all_recipients(doc))
        return self._finalize(facts, article, memory)

    def _headline(self, doc, sent: Span, index, regions, units, mentions, predikat_tokens):
        """The facts another article's title states ("Baca juga: Lombok Barat raih opini WTP ke-11 kali"),
        read on their own: no list, predikat or year of this article carries into or out of them, and
        a year is theirs only when they write it."""
        named = [(m.start, m.label) for m in mentions if m.label and sent.start <= m.start < sent.end]

        def own_label(i: int, *_) -> str | None:
            before = [label for start, label in named if start < i]
            return before[-1] if before else None

        found = self._sentence(doc, sent, index, regions, units, mentions, Memory(), own_label, predikat_tokens,
                               own_label)
        return [(i, fact, frame if fact.year is not None else replace(frame, never=True))
                for i, fact, frame in found]

    def _year_of_the_whole(self, doc, own: list[Frame], index: int, memory: Memory) -> list[Frame]:
        """"Tahun 2017 disusul 8 Kabupaten/Kota lainnya. Tujuh diantaranya yakni A, B, ... kembali meraih
        predikat Pratama": a part of a count the sentence before made is of the one year that sentence names."""
        counts = self.counts[index] + self.partitives[index]
        previous = memory.previous(index)
        if previous is None or not counts or not any(f.year is None for f in own):
            return own
        if not any(_part_or_rest_of(doc, c, previous) for c in counts):
            # "OKI merupakan satu dari lima kabupaten/kota di Sumsel yang belum menyandang predikat KKPHAM pada penilaian
            # tahun 2023. [a two-sentence quote] Empat daerah lain yang juga belum meraih predikat itu ...": the rest of
            # a whole one of the three sentences before split, of that sentence's round
            previous = next((record for record in reversed(memory.records) if index - 3 <= record.index < index
                             and self._rest_of_a_whole(record, counts)), None)
            if previous is None:
                return own
        years = {y.value for y in self.years_by_sentence[previous.index] if y.kind == "explicit"}
        if len(years) != 1:
            return own
        year = years.pop()
        # (a goal is for a round ahead, not the whole's: "18 dari 24 ... Keenam daerah ini menjadi fokus pendampingan")
        return [replace(f, year=year, year_basis="explicit") if f.year is None and not f.never and f.status not in _GOALS
                else f for f in own]

    def _assessed_over_handed(self, frame: Frame, index: int) -> Frame:
        """"Berdasarkan hasil penilaian tahun 2022 yang penghargaannya diserahkan pada Desember 2023, Kota Administrasi
        Jakarta Pusat ... ditetapkan sebagai ...": a year dated by its month tells when something happened; the round
        the sentence names as assessed is the year of what was got."""
        if frame.status not in {"achieved", "not_achieved"} or frame.year is None \
                or frame.year_basis not in {"explicit", "relative"}:
            return frame
        years = self.years_by_sentence[index]
        lower = self.lower
        # ("... hasil penilaian tahun 2021 yang penghargaannya diserahkan akhir tahun lalu": a relative year the
        # hand-over is dated by)
        by_month = any(y.value == frame.year and y.start > 0 and y.kind == "explicit" and lower[y.start - 1] in _MONTHS
                       for y in years)
        by_hand_over = any(y.value == frame.year and y.kind == "relative"
                           and not _HANDED_OVER.isdisjoint(lower[max(0, y.start - 4) : y.start]) for y in years)
        dated = by_month or by_hand_over
        # (not a round the sentence says was missed: "Setelah gagal pada evaluasi tahun 2021, ... meraih predikat KLA
        # Madya yang diumumkan tahun ini")
        assessed = {y.value for y in years if y.kind == "explicit" and y.value != frame.year
                    and assessment_named_before(lower, y.start) and not _failed_before(lower, y.start)}
        if not dated or len(assessed) != 1:
            return frame
        return replace(frame, year=assessed.pop(), year_basis="assessment")

    def _held_by_the_whole_between(self, memory: Memory, index: int, value: int) -> list[Frame]:
        """The achieved frames of a sentence naming no holder that said every region held it ("seluruh kabupaten/kota
        di Babel meraih predikat KKPHAM"), after the sentence that counted ``value`` and before ``index``."""
        counted = memory.by_count(value, index)
        if counted is None:
            return []
        found = []
        for record in memory.records:
            if counted.index < record.index < index and not record.holders and record.frames:
                sent = self.sents[record.index]
                if _counts_all(self.lower[sent.start : sent.end]):
                    # (dated: an undated whole says no more than the count's own frames)
                    found += [f for f in record.frames if f.status == "achieved" and not f.anaphoric and f.year is not None]
        return found

    def _whole_said_to_hold(self, memory: Memory, index: int, count, holders, window: int = 6):
        """The frames (and level hint) of the whole a count that no sentence before made names:
        "Seluruh kabupaten dan kota di Provinsi Kepulauan Bangka Belitung ditetapkan sebagai Kabupaten/Kota Peduli HAM
        ... Ketujuh daerah tersebut yakni ..." (the sentence just before, naming nobody); '... menyatakan seluruh
        kabupaten/kota di provinsi itu kini menyandang predikat KKPHAM. "Sepuluh dari sepuluh kabupaten/kota di NTB
        lolos penilaian," ... Kesepuluh daerah tersebut yakni ...' (one of the ``window`` sentences before, naming no
        region, said to hold it: what it held, when the names are of its province). None when there is no such whole."""
        previous = memory.previous(index)
        if previous is not None and previous.frames and not previous.holders \
                and _counts_all(self.lower[self.sents[previous.index].start : self.sents[previous.index].end]):
            return previous.frames, previous.level_hint
        if count.start > 0 and (self.lower[count.start - 1] in _RANK_POSITIONS or self.lower[count.start] == "ke"):
            return None  # (a place in a ranking, "menempati urutan ke-31", "urutan kedua terbawah")
        for record in reversed(memory.records):
            if not index - window <= record.index < index or not record.frames:
                continue
            sent = self.sents[record.index]
            if any(isinstance(h, RegionMention) for h in record.holder_list) \
                    or not _counts_all(self.lower[sent.start : sent.end]):
                continue
            held = [f for f in record.frames if f.status == "achieved"]
            province = self._province_of_the_whole(sent)
            named = [h for h in holders if isinstance(h, RegionMention) and h.code]
            if held and (province is None or all(self.gazetteer.province_of(h.code) == province for h in named)):
                return held, record.level_hint
            return None
        return None

    def _province_of_the_whole(self, sent: Span) -> str | None:
        """The province a sentence about a whole names ("seluruh kabupaten/kota di NTB"), or the article's (None when
        neither is known)."""
        doc = sent.doc
        named = {r.code for r in doc._.regions or [] if sent.start <= r.start < sent.end and r.code
                 and self.gazetteer.region(r.code).level == "provinsi"}
        if len(named) == 1:
            return named.pop()
        return doc._.province_context or None

    def _goal_told_next(self, memory: Memory, index: int, frame: Frame) -> tuple[int, str] | None:
        """'"Keenam daerah ini menjadi fokus pendampingan kami. Targetnya, pada penilaian tahun 2025 seluruh
        kabupaten/kota di Sulsel peduli HAM," ujarnya.': a goal with no year is for the round of the goal the next
        sentence opens with ("Targetnya, ...", "Harapannya, ..."), when it names one round of that predikat."""
        after = next((r for r in memory.records if r.index == index + 1), None)
        if after is None or after.holders:
            return None  # (a goal of holders it names is theirs: "Bupati Badung menargetkan Kabupaten Badung meraih ...")
        # ('... akan melakukan pendampingan kepada kedua daerah itu. "Kami ingin pada tahun 2024 enam kabupaten di Sulbar
        # semuanya menyandang predikat peduli HAM," ujar ...': a target of the predikat, for one round, whatever opens it)
        dated = {(f.year, f.year_basis) for f in after.frames if f.status in _GOALS and f.year is not None
                 and f.label == frame.label}
        if frame.status == "target" and len(dated) == 1 and all(f.status == "target" for f in after.frames
                                                                if f.status in _GOALS and f.label == frame.label):
            return dated.pop()
        if any(f.label != frame.label or f.status not in _GOALS for f in after.frames):
            return None  # (a goal of another predikat, or no goal)
        sent = self.sents[after.index]
        if _opening(self.lower[sent.start : sent.end]) not in _GOAL_OPENERS:
            return None
        # (its frames, when it names the predikat with a verb; its years, when it names the round alone: "Targetnya,
        # pada penilaian tahun 2025 seluruh kabupaten/kota di Sulsel peduli HAM")
        years = {(y.value, y.kind) for y in self.years_by_sentence[after.index] if y.kind in {"explicit", "relative"}}
        return years.pop() if len(years) == 1 else None

    def _rest_of_a_whole(self, record, counts) -> bool:
        """Whether one of ``counts`` is what is left of a whole the sentence of ``record`` split ("12 dari 14")."""
        sent = self.sents[record.index]
        wholes = _parts_of_wholes(self.lower[sent.start : sent.end])
        return any(c.value and part + c.value == whole for c in counts for part, whole in wholes)

    def _sentence_text(self, token: int) -> str:
        """The text of the sentence holding ``token``."""
        sent = self.sents[max(0, bisect_right(self.sentence_starts, token) - 1)]
        return self.text[sent.start_char : sent.end_char]

    # ------------------------------------------------------------------ one sentence
    def _sentence(self, doc, sent: Span, index, regions, units, mentions, memory: Memory, last_label, predikat_tokens,
                  labelled_recent):
        holders: list[RegionMention | UnitMention] = sorted(
            (h for h in self.holders_by_sentence[index] if not _co_agent(doc, sent, h) and not _speaking_unit(doc, h)),
            key=lambda h: h.start)
        words = view(doc).lower[sent.start : sent.end]
        open_list = _ends_open(words)
        introducer = _S.introduces(words)
        sent_years = self.years_by_sentence[index]

        heading = not holders and self._heading(doc, sent, index, predikat_tokens)
        award_item = not holders and self.award_list is not None and _list_item(words)
        heading = heading or award_item  # (an item of a holder's list of awards names what it got)

        def holders_near(mention) -> bool:
            """A verb-less predikat counts only right next to a holder ("Kota X (WTP)", "Kota X:
            90,07 (zona hijau)"), before a list ("penerima WTP yakni ...") or as the heading of one."""
            if open_list or heading:
                return True
            after = view(doc).lower[mention.end : min(sent.end, mention.end + 7)]
            if ":" in after[:3] or _S.introduces(after[:3]):
                return True  # ("penerima WTP yakni ...", "Untuk peringkat madya antara lain Kota Kediri, ...")
            if next((w for w in after[:2] if w != ","), None) in EXISTENTIAL:
                return True  # "Untuk kategori Madya, ada Kabupaten Banjarnegara, Banyumas, ...": who there is
            if after and after[0] in _COPULAS and mention.start > sent.start \
                    and view(doc).lower[mention.start - 1] == "yang":
                return True
            # "Adapun Kab/Kota yang cukup peduli HAM berjumlah 4 Kab/Kota yakni; ...": a count between
            counted = next((k for k, w in enumerate(after) if w in _S.list_introducers or w == ":"), None)
            if counted is not None and after[0] in _AMOUNT_WORDS \
                    and all(w.isdigit() or w in _COUNT_NOUN_PARTS or w in _AMOUNT_WORDS for w in after[1:counted]):
                return True
            for h in holders:
                gap = doc[h.end : mention.start] if h.end <= mention.start else doc[mention.end : _start(h)]
                # a score may stand between a row's name and its grade ("Kota Pontianak: 90,07 (zona hijau)")
                # ("Kabupaten Way Kanan dengan kategori penghargaan Plakat Adipura serta ...": the grade it came with)
                if len(gap) <= _HOLDER_WINDOW and all(t.is_punct or t.is_space or t.like_num or t.text == "|"
                                                      or t.lower_ in _NEAR_GRADE for t in gap):
                    return True
                # "Penghargaan KLA Kategori Madya untuk Kota Palangka Raya, ...": the grade, then whom it went to
                if _start(h) > mention.end and len(gap) == 1 and gap[0].lower_ in _RECIPIENT_WORDS:
                    return True
            return False

        def holder_before(mention) -> bool:
            """A holder right before the mention: "..., Kota Solok menuju informatif", "Bintan dan Batam
            nilai B" (a grade word between)."""
            lower = view(doc).lower
            # (a score may stand between: "Kabupaten Bone Bolango 70,58 dengan predikat BB")
            return any(h.end <= mention.start and mention.start - h.end <= 3
                       and all(t.is_punct or t.is_space or t.like_num or lower[t.i] in _HELD_WITH
                               for t in doc[h.end : mention.start])
                       and sum(1 for t in doc[h.end : mention.start] if not (t.is_punct or t.is_space or t.like_num)) <= 1
                       and sum(1 for t in doc[h.end : mention.start] if t.like_num) <= 1
                       for h in holders)

        parts = clauses(doc, sent)
        def sentence_groups():
            """The status groups of the whole sentence, for the checks that look past its clauses."""
            return groups_between(doc, sent.start, sent.end)

        implicit = self._implicit_label(doc, sent, index, holders, introducer, labelled_recent, last_label,
                                        self.counts[index], sentence_groups,
                                        spoken_for=bool(self.speakers_by_sentence[index]) and bool(_S.first_person.intersection(words)),
                                        regions_meant=self._regions_meant(holders, index),
                                        pointed_back=partial(self._pointed_back, doc, index))
        clause_frames = [build_frames(doc, sent, c, parts, mentions, sent_years, last_label, holders_near, implicit,
                                     holder_before)
                         for c in parts]
        clause_frames = [[self._settle_bare(f, memory, index) for f in fs] for fs in clause_frames]
        clause_frames = [[self._time_anaphora(f, words, memory, index, doc) for f in fs] for fs in clause_frames]
        clause_frames = [[_antecedent_year(f, memory, index) for f in fs] for fs in clause_frames]
        clause_frames = [[_goal_year_before(f, memory, index) for f in fs] for fs in clause_frames]
        clause_frames = [[self._coached_for_the_round_before(doc, f, index) for f in fs] for fs in clause_frames]
        clause_frames = [[self._coached_for_the_hope_after(doc, f, index) for f in fs] for fs in clause_frames]
        clause_frames = [[self._denied_the_others_round(f, index, memory) for f in fs] for fs in clause_frames]
        clause_frames = [self._year_of_the_whole(doc, fs, index, memory) for fs in clause_frames]
        clause_frames = [[_goal_of_the_quote(doc, f, index) for f in fs] for fs in clause_frames]
        clause_frames = [[self._assessed_over_handed(f, index) for f in fs] for fs in clause_frames]
        own = [f for fs in clause_frames for f in fs]
        counts = self.counts[index]
        hint = level_hint(doc, sent, counts, predikat_tokens)

        inherited: list[Frame] = []
        inherited_hint = None
        if holders and not any(f.status in {"target", "maintain_target", "achieved"} for f in own) \
                and _same_coaching(words, published_year(doc)):
            # "Pendampingan serupa juga diberikan kepada Kaur, Lebong dan Bengkulu Selatan": coached for what the coaching
            # told before aimed at
            inherited += self._coaching_before(memory, index)
        # "Daerah dengan opini WTP:" then one name a line, with no bullets: each line goes on
        town_line = self._town_line(sent, holders)
        name_line = town_line or self._name_line(sent, holders)
        for count in counts:
            if not count.backward:
                continue
            if count.value is None:
                # ("Beberapa di antaranya adalah ...": a part of the count of the sentence just before, of its frames
                # only; not of an earlier sentence's, when that count's own sentence says nothing we read)
                some = self.lower[count.start] in _S.some_of_them
                record = memory.latest_with_frames(index, window=1 if some else 2)
                frames, h = (record.frames, record.level_hint) if record else ([], None)
            else:
                frames, h = memory.frames_for_count(count.value, index)
                previous = memory.previous(index)
                if not frames and (whole := self._whole_said_to_hold(memory, index, count, holders)) is not None:
                    frames, h = whole
                elif frames:
                    # "... meminta tujuh kabupaten/kota di provinsi itu mempertahankan predikat ... pada penilaian tahun
                    # 2024. 'Pada 2023 seluruh kabupaten/kota di Babel meraih predikat KKPHAM. ...' Ketujuh daerah itu
                    # ialah ...": the whole said to hold it between the count and its names holds it too
                    frames = frames + self._held_by_the_whole_between(memory, index, count.value) \
                        + memory.held_when_first_counted(count.value, index) \
                        + memory.goals_when_counted_before(count.value, index)
            # (a count pointing back points at the predikat too, like "predikat itu": after "Kalsel Sabet Penghargaan
            # Provinsi Pembina Peduli HAM", "Ketiga belas daerah itu yakni ..." takes the kabupaten predikat the
            # coaching award is named after)
            inherited += [replace(f.inherited(), anaphoric=True) for f in frames]
            inherited_hint = inherited_hint or h
            if count.value and holders and index > 1:
                # "Kemenkumham Banten dorong delapan daerah pertahankan predikat KKPHAM" (the title), then "Kedelapan
                # daerah itu ialah ...": the keeping the title asked of as many is asked of them
                inherited += [f.inherited(0.8) for f in memory.title_keeping(count.value)]
        if holders and own and index <= 4 and not any(c.value for c in counts):
            # '... meminta sembilan kabupaten/kota di Pulau Dewata mempertahankan predikat KKPHAM pada penilaian tahun
            # 2024. "Pada 2023 seluruh kabupaten/kota di Bali sudah ditetapkan sebagai KKPHAM, yaitu [nine names]"': the
            # keeping the lead asked of as many is asked of them
            # (held in the round just before the one asked, in the article's province: not "Di provinsi tetangga, ...",
            # nor "Sejarah mencatat, pada 2019 ...")
            held = {(f.label, f.year) for f in own if f.status == "achieved" and f.year is not None}
            lead_end = self.sents[min(2, max(0, index - 1))].end  # (the lead before this sentence)
            provinces = {r.code.split(".")[0] for r in doc._.regions or [] if r.code and r.start < lead_end}
            if provinces and all(isinstance(h, RegionMention) and h.code.split(".")[0] in provinces for h in holders):
                inherited += [f.inherited(0.8) for f in memory.lead_keeping(len(distinct_holders(holders)), index)
                              if (f.label, f.year - 1) in held]
        if holders and not inherited and all(f.anaphoric and f.grade is None for f in own) \
                and not any(c.value for c in counts) and _points_back(words, sent, holders):
            # "Sepuluh Pemda di Jatim Kantongi Opini WTP ... Daerah penerima itu ialah Kabupaten Bangkalan,
            # Banyuwangi, ...": a list that points back at a group holds what the group was counted with
            frames, _ = memory.frames_for_count(len(distinct_holders(holders)), index, window=4)
            if frames:
                inherited = [f.inherited(0.8) for f in frames]
                clause_frames, own = [[] for _ in clause_frames], []
        if holders and not own and not inherited and not any(g.status == "nominee" for g in sentence_groups()):
            # (a sentence that leaves its holders' outcome open, "LHP untuk sembilan daerah lainnya
            # dijadwalkan diserahkan pekan depan", goes on with nothing)
            previous = memory.previous(index)
            # a sentence that names a predikat of its own ("Sementara itu, dalam penilaian IRH 2023,
            # Pemkab Kepulauan Meranti memperoleh nilai 81,2") has turned to it, whatever it starts with
            own_named = {(m.label, m.grade) for m in mentions if sent.start <= m.start < sent.end and m.label}
            own_labels = {label for label, _ in own_named}
            # ... or to another grade of it ("Adapun zona kuning ditempati ..." after a zona hijau list)
            turned = bool(own_labels) and previous is not None and (
                not own_labels & {f.label for f in previous.frames}
                or all(grade and (label, grade) not in {(f.label, f.grade) for f in previous.frames}
                       for label, grade in own_named))
            # "Sementara itu, Kabupaten Malaka ... tidak dinilai" after a sentence about nobody in
            # particular ("daerah yang memperoleh predikat Sangat Inovatif berpeluang ...") continues nothing
            goes_on = previous is not None and previous.addressed \
                and (_continues(words) or self._list_like(sent, holders) or any(_part_of(doc, c, previous) for c in counts)) \
                and not any(g.status == "not_achieved" for g in sentence_groups()) \
                and not any(_object_of_a_verb(doc, h) for h in holders)
            # ("Tim akan menyambangi Parigi Moutong, Tolitoli dan Buol": names that are the object of a verb of the
            # sentence's own are no items of the list before)
            # (a sentence that denies something of its own holders does not go on with the awards before it)
            # ("... diraih dua dari 14 kabupaten, yakni A dan B. Kepala Kanwil memaparkan 12 kabupaten seperti
            # C, D, ...": a count of its own that the sentence before did not make starts another group)
            # ("Penghargaan KKPHAM diterima sembilan kabupaten/kota. Tujuh di antaranya dari Kaltim, yaitu ...":
            # a part of the count before is no group of its own)
            regrouped = not previous.open_list and any(
                c.value and c.value not in {v for v, _, _ in previous.counted} for c in counts
                if not c.backward and not _part_of(doc, c, previous)) if previous else False
            # (the title is no list's head: bullets right under it are other articles' headlines, "- Pj. Bupati
            # Bengkalis, Semua Orang Harus Tahu Anggaran ...")
            under_title = previous is not None and previous.index == 0 and not previous.open_list
            if previous and previous.frames and not turned and not regrouped \
                    and (previous.open_list or goes_on or _list_item(words) and not under_title
                         or name_line and previous.continues
                         or town_line and bool(previous.holder_list)):
                # the items of one list are equally sure: only the step from the list's head costs
                factor = 1.0 if (_list_item(words) or name_line) and not previous.open_list else 0.85
                # (not the grade a holder of the sentence before left behind: "... yang tadinya WTP turun menjadi
                # WDP. Adapun Kabupaten Empat Lawang tetap dengan opini WDP.")
                # (the clause that counted as many holders as the list names is the one it goes on: "meskipun
                # sebagian besar ... sudah mengantongi predikat KLA, empat kabupaten masih belum mendapatkannya.
                # Di antaranya, A, B, C dan D")
                named = len(distinct_holders(holders))
                counted = [fs for value, fs, _ in previous.counted if value == named and fs]
                source = counted[0] if len(counted) == 1 and len({f.anchor for f in previous.frames}) > 1 else previous.frames
                inherited = [f.inherited(factor) for f in source if not rounds_back(f.year_basis)]
                inherited_hint = previous.level_hint
            elif not turned:
                # "... kepada 14 pemerintah kabupaten dan kota. [...] Dari 14 daerah penerima, kelompok
                # kota diwakili Kota Padang, ...": the names are part of a whole counted before
                for count in self.partitives[index]:
                    frames, _ = memory.frames_for_count(count.value, index)
                    inherited += [f.inherited(0.8) for f in frames]
                if not inherited:
                    # "... dua adalah pemerintah kota (Pemko) dan 11 pemerintah kabupaten (Pemkab). Kedua Pemko
                    # ... adalah A dan B. Sedangkan 11 pemerintah kabupaten (Pemkab) masing-masing, C, D, ...":
                    # a count made a few sentences before, named now ("... opini WTP untuk enam kabupaten/kota.
                    # ..., enam kabupaten kota yang sudah menerima LHP adalah A, B, ...")
                    for count in counts:
                        if count.value and not count.backward and not _other_group(self.lower, count):
                            frames, _ = memory.frames_for_count(count.value, index, window=3)
                            inherited += [f.inherited(0.8) for f in frames]
        if holders and not own and not inherited and _villages_counted(self.lower, sent, holders):
            # "Kabupaten Pinrang menyumbang paling banyak, yakni 12 desa, disusul Kabupaten Sidrap tujuh desa ...": where
            # the villages of a whole given a village predikat just before are, each region holding it through them
            record = memory.latest_with_frames(index, window=3)
            inherited = [f.inherited(0.8) for f in record.frames
                         if f.status == "achieved" and f.label in self.village_labels] if record else []
        if holders and not own and not inherited:
            # "Sebanyak 12 dari 19 kabupaten/kota ... ditetapkan ... [the hand-over] Dari jumlah tersebut, tujuh di
            # antaranya adalah pemerintah kota, yakni ...": a part of a whole counted a few sentences before
            for count in counts:
                # (the whole pointed back at before the part: "Dari jumlah tersebut")
                if _names_a_part(doc, count) and not _S.coreference.isdisjoint(self.lower[sent.start : count.start]):
                    inherited = [f.inherited(0.8) for f in memory.frames_of_a_larger_count(count.value, index)]
                    break
        if holders and not own and not inherited and index > 0 \
                and self._rest_of_the_whole_before(counts, index, self.lower):
            # "Mentawai merupakan satu dari lima daerah di Sumbar yang tidak masuk daftar penerima predikat KKPHAM tahun
            # lalu. Empat daerah lainnya ialah Kabupaten Solok, ...": the rest of the whole counted just before, told
            # the same
            previous = memory.previous(index)
            if previous is not None and previous.index == index - 1:
                inherited = [f.inherited(0.8) for f in previous.frames]
        if holders and not own and not inherited and index > 0 \
                and (counts_before := self._others_besides_the_count_before(doc, sent, holders, counts, index)):
            # "... terdapat enam kabupaten/kota yang meraih predikat peduli HAM untuk penilaian tahun 2020. Selain Siak,
            # lima daerah lainnya adalah ...": the others of the count just before, besides the one set aside
            # (what the count's own clause told of it: not another clause's "sementara Rokan Hulu belum meraihnya")
            previous = memory.previous(index)
            whole = sum((frames for value, frames, _ in previous.counted if value == counts_before[0]), []) \
                if previous is not None and previous.index == index - 1 else []
            inherited = [f.inherited(0.8) for f in whole if f.status in {"achieved", "not_achieved"}]
        if holders and not own and not inherited and _opens_with(words, _S.group_examples):
            inherited = self._members_of_the_group_before(memory, index)
        if holders and not own and not inherited and index > 0 and (denial := _rest_denied(words)) is not None:
            # '"Pada penilaian 2023, delapan dari sepuluh kabupaten/kota di NTB meraih predikat peduli HAM. Dua yang
            # belum adalah Kota Bima dan Kabupaten Lombok Utara," ...': the rest, denied what the sentence before gave
            previous = memory.previous(index)
            inherited = [replace(f.inherited(0.85), status="not_achieved", cue=denial)
                         for f in (previous.frames if previous else []) if f.status == "achieved" and not f.never]
        if holders and not own and inherited and _opening(words) in _S.remaining and index > 0 \
                and self.partitives[index - 1]:
            # "Dari 15 kabupaten/kota di Lampung, 13 daerah sudah meraih predikat peduli HAM tahun 2023. Tinggal Lampung
            # Tengah dan Mesuji.": the ones of the whole left without it
            inherited = [replace(f, status="not_achieved", cue=_opening(words)) if f.status == "achieved" else f
                         for f in inherited]
        if holders and own and introducer:
            labels = {f.label for f in own}
            for count in counts:
                if count.backward or count.value is None or _other_group(self.lower, count):
                    continue  # ("Sementara dua daerah lainnya, yakni ...": not the two counted before)
                if count.start > 0 and view(doc).lower[count.start - 1] in EXISTENTIAL:
                    continue  # "Sebaliknya, ada tiga pemda yang opininya menurun ... yakni": a new group, not one counted before
                frames, _ = memory.frames_for_count(count.value, index)
                # (recipients "yang menerima penghargaan" take no goal of the count sentence: "berhasil membina
                # sehingga 15 kabupaten dan kota lainnya meraih penghargaan yang sama" coached them to it)
                received = any(o.status == "achieved" for o in own)
                inherited += [f.inherited(0.8) for f in frames
                              if f.label in labels and all((f.status, f.year) != (o.status, o.year) for o in own)
                              and not (received and f.status == "target")]

        emitted = []
        elided: dict[int, list[Frame]] = {}  # per clause: frames of the clauses after it that go on about its holders
        lower = view(doc).lower
        # the starts of the holders named as exceptions with a clause of their own ("kecuali C yang ...")
        own_exceptions = [_start(h) for h in holders if _excepted(doc, h) and h.end < len(doc) and lower[h.end] == "yang"]
        own_years = _own_years(doc, holders, self.years_by_sentence[index])
        for holder in holders:
            if _besides(doc, sent, holder):
                continue  # "Selain Solo, tujuh kabupaten/kota ... meraih Piala Adipura": the others hold it
            if _in_the_whole_of_only(doc, sent, holder):
                continue  # "Dari lima pemerintah daerah yakni ..., hanya pemerintah provinsi yang mendapat ...": the whole
            k = next((n for n, c in enumerate(parts) if c.start <= _start(holder) < c.end), 0)
            frames = _frames_for(holder, clause_frames[k],
                                 [h for h in holders if parts[k].start <= _start(h) < parts[k].end],
                                 [c.start for c in counts if c.value and not c.backward
                                  and parts[k].start <= c.start < parts[k].end])
            frames = _respectively(holder, frames, [h for h in holders if parts[k].start <= _start(h) < parts[k].end], words)
            # ("pendampingan bagi Bombana dan Muna, juga delapan daerah lain yang belum pernah meraih, agar ...": the
            # relative clause of another counted group is theirs)
            frames = [f for f in frames if not _of_a_counted_group(doc, holder, f, counts)]
            frames = _own_never(holder, frames)
            if frames and _subject_of_own_verb(doc, holder, frames):
                # "Kota Kupang Sabet Predikat Sangat Inovatif, Kabupaten Kupang Naik Kelas": the frames before it are
                # not its own
                frames = [f for f in frames if f.anchor >= _start(holder)]
            if k not in elided:
                elided[k] = [f.inherited(0.9) for f in self._elided_subject_frames(doc, parts, clause_frames, k, holders)]
            frames = frames + elided[k]
            if not frames and k > 0 and not clause_frames[k] and _gapped(doc, parts[k]):
                # "predikat BB diraih Provinsi Bali, sedangkan untuk kabupaten/kota di antaranya Kabupaten
                # Badung, Pasuruan ...": the contrast leaves out the verb and the predikat of the clause before
                frames = [f.inherited(0.9) for f in clause_frames[k - 1] if f.status == "achieved"]
            elif not frames and k > 0 and not clause_frames[k] and denied_names(doc, parts[k].start, parts[k].end):
                # "Lima Daerah di Kepri Raih Penghargaan Peduli HAM, Natuna dan Anambas Belum": what the clause
                # before says of others, denied
                # (not a verb told after it: "Kota Batam yang meraih opini WTP sudah menyerahkan LKPD 2023 ke BPK,
                # Kabupaten Bintan dan Kabupaten Karimun belum" denies the hand-in)
                later = [g.verb for g in groups_between(doc, parts[k - 1].start, parts[k - 1].end)]
                frames = [replace(f.inherited(0.9), status="not_achieved") for f in clause_frames[k - 1]
                          if f.status == "achieved" and not any(start > f.anchor for start in later)]
            if _excepted(doc, holder):
                # "lima Kabupaten di Sulawesi Barat, minus Kabupaten Mamasa, memperoleh penghargaan"
                # ("..., kecuali Kabupaten Kebumen yang opininya masih WDP": what follows the exception is its own)
                # ("Kecuali Kabupaten Bolmong yang menerima opini disclaimer, ke 14 kabupaten kota lainnya meraih
                # opini WTP": a fronted exception's own clause ends at the comma)
                own_clause = holder.end < len(doc) and view(doc).lower[holder.end] == "yang"
                fronted = _start(holder) == sent.start + 1
                own_end = next((i for i in range(holder.end, sent.end) if lower[i] == ","), sent.end) if fronted else sent.end
                if fronted:
                    frames = clause_frames[k]  # (the main clause is about the others, whoever its subject counts)
                frames = [replace(f, status="not_achieved")
                          if f.status == "achieved" and not (own_clause and _start(holder) < f.anchor < own_end) else f
                          for f in frames]
            else:
                # ("WTP bagi A dan B, kecuali C yang opininya masih WDP": the others do not share C's own)
                exceptions = [start for start in own_exceptions if start > _start(holder)]
                if exceptions:
                    frames = [f for f in frames if f.anchor < exceptions[0]] or frames
            own_grade = _grade_after_group(doc, holder, holders, mentions)
            if own_grade is not None:
                # "diraih Kota Tanjungpinang dan Kabupaten Bintan dengan kategori Madya, serta Kabupaten Karimun dan
                # Lingga dengan kategori Pratama": each group of names takes the grade told after it
                frames = [replace(f, grade=own_grade.grade) if f.label == own_grade.label and f.status == "achieved"
                          else f for f in frames]
            # ("Kemudian Jambi predikat B, Bengkulu predikat B, Bangka Belitung predikat BB": a holder's own
            # grade replaces what the list it goes on with gave)
            graded_here = {(f.label, f.grade) for f in frames if f.grade}
            # ("Sepuluh Kabupaten/Kota di Lampung Ditetapkan Peduli HAM, Lima Daerah Masih Tertinggal" as the title, then
            # "Adapun lima daerah yang belum berhasil meraih predikat tersebut yakni ...": what the sentence says of its
            # holders wins over the opposite a count took back)
            told_here = {(f.label, f.status) for f in frames}
            set_against = self._set_against_the_count(parts, k, counts)
            if set_against is not None and not frames and denied_names(doc, set_against, parts[k].end):
                # "Dua di antaranya adalah Kota Surabaya dan Kabupaten Sidoarjo, sedangkan Kabupaten Jember belum": what
                # the count got, denied to the ones set against its names
                frames = [replace(f, status="not_achieved") for f in inherited if f.status == "achieved"]
            # (a goal the count took back stays beside a denial told here: "mendampingi tiga pemerintah kabupaten
            # yang belum menyandang predikat KKPHAM agar dapat meraihnya pada 2024. ... Tiga daerah yang belum meraih
            # predikat tersebut yakni ...")
            all_frames = frames + [f for f in inherited if set_against is None and ((f.label, f.grade) in graded_here
                                                            or f.label not in {label for label, _ in graded_here}
                                                            or f.status in _GOALS and (f.label, f.status) not in told_here)
                                   and (f.label, _OPPOSITE.get(f.status)) not in told_here]
            # a kabupaten named with a predikat it can hold is not also the place of villages holding
            # another one ("ketiga daerah penerima [Peduli HAM] ialah ..." after "... lima desa sadar hukum")
            direct = any(self._holds_directly(holder, f.label, hint or inherited_hint) for f in all_frames)
            own_year = own_years.get(id(holder))
            for frame in all_frames:
                if own_year is not None and frame.year_basis == "explicit" and frame.year != own_year:
                    # "yaitu Pemda Kabupaten TTS yang mencapainya pada tahun 2016 dan Pemda Provinsi NTT pada tahun 2017"
                    frame = replace(frame, year=own_year)
                if frame.agent_before is not None and _start(holder) < frame.agent_before \
                        and not _report_owner(doc, holder, holders):
                    continue  # the giver or the coach, not a holder
                if direct and not self._holds_directly(holder, frame.label, hint or inherited_hint):
                    continue
                fact = self._fact(doc, sent, holder, frame, hint or inherited_hint)
                if fact is not None:
                    emitted.append((index, fact, frame))
        for k, frames in enumerate(clause_frames):
            for frame in (f for f in frames if f.rest):
                # "... yakni A, B, C ..., dan hasilnya hanya B yang meraih predikat hijau, sisanya kuning semua"
                held = {fact.region_code for _, fact, _ in emitted if fact.predikat == frame.label}
                for holder in holders:
                    if _start(holder) < parts[k].start and getattr(holder, "code", None) not in held:
                        fact = self._fact(doc, sent, holder, frame, hint or inherited_hint)
                        if fact is not None:
                            emitted.append((index, fact, frame))
        # "Pemprov Kaltim mendorong keduanya agar ...": the coach or giver holds nothing here
        receivers = [h for h in holders
                     if any(f.agent_before is None or _start(h) >= f.agent_before for f in own)]
        excepted = [h for h in receivers if _excepted(doc, h)]
        if own and excepted and len(excepted) == len(receivers):
            # "BPK menjatuhkan opini WTP bagi kelima Kabupaten, kecuali Kabupaten Kebumen yang opininya masih
            # WDP" after "... Enam Kabupaten ..., yakni Kabupaten Kebumen, Kota Salatiga, ...": the count is
            # of the names before without the exception
            codes = {getattr(h, "code", None) for h in excepted}
            first = min(_start(h) for h in excepted)
            for count in counts:
                if count.backward and count.value and count.start < first:
                    named = memory.holders_for_count(count.value + len(excepted), index)
                    if codes <= {getattr(h, "code", None) for h in named}:
                        for holder in (h for h in named if getattr(h, "code", None) not in codes):
                            for frame in (f for f in own if f.anchor < first):
                                fact = self._fact(doc, sent, holder, frame.inherited(0.8), hint)
                                if fact is not None:
                                    emitted.append((index, fact, frame))
                    break
        if not holders and own and all(f.bare for f in own) and _field_line(words):
            # "1. Kabupaten Tebo" / "Nilai kepatuhan: 92,5" / "Opini: kualitas tertinggi": a field of the record
            # the name opened
            holder = memory.record_holder(index)
            if holder is not None:
                for frame in own:
                    fact = self._fact(doc, sent, holder, frame.inherited(0.9), hint)
                    if fact is not None:
                        emitted.append((index, fact, frame))
        pointer = next((c for c in counts if c.backward), None)
        if receivers and own and pointer is not None:
            # '"Kami harap tahun depan kedua kabupaten itu bisa menyusul, sehingga Jawa Barat bisa seperti Jawa Timur,"':
            # names only in what follows from the goal are not the ones it is set for
            cut = next((i for i in range(pointer.end, sent.end) if self.lower[i] in _PURPOSES), None)
            if cut is not None and all(_start(h) > cut for h in receivers):
                receivers = []
            # ('"Target kami tahun ini ketiga kabupaten di Madura itu bisa meraih predikat peduli HAM, menyusul
            # Bangkalan"': the one caught up with, or set aside, is not counted)
            elif all(_start(h) > pointer.end and _besides(doc, sent, h) for h in receivers):
                receivers = []
        if not receivers and own:
            before = len(emitted)
            named_before = self._holders_named_before(doc, sent, own, counts, memory, index, mentions,
                                                      (parts, clause_frames))
            group = {getattr(h, "code", None) for h, _ in named_before}
            for holder, frames in named_before:
                for frame in frames:
                    frame = self._held_anaphor(holder, frame, group)
                    fact = self._fact(doc, sent, holder, frame.inherited(0.8), hint)
                    if fact is not None:
                        emitted.append((index, fact, frame))
            if len(emitted) == before and not holders and not counts and not self.partitives[index] \
                    and self.sole_holder is not None:
                # "Pada tahun 2017 KLA yang didapat adalah untuk kategori pratama, sedangkan tahun 2018
                # meningkat menjadi KLA Madya" in an article about Kabupaten Tabalong alone: its history
                for frame in own:
                    # (a graded award with its own year: "Penghargaan tersebut diserahkan pada ajang ... 2025"
                    # may be the region's units', "predikat diberikan kepada KLA yang ..." nobody's)
                    if frame.status == "achieved" and frame.year_basis == "explicit" and frame.grade \
                            and frame.agent_before is None:
                        fact = self._fact(doc, sent, self.sole_holder, frame.inherited(0.7), hint)
                        if fact is not None:
                            emitted.append((index, fact, frame))

        if receivers and own:
            emitted += self._counted_in_a_clause_of_no_names(sent, index, counts, receivers, memory, hint, parts,
                                                             clause_frames)
        elif not holders and not counts and own and all(f.status == "maintain_target" for f in own) \
                and _S.first_person.intersection(words) and self._the_list_just_quoted(index, memory):
            # '"Delapan daerah itu adalah Kota Pontianak, ... dan Kayong Utara. Kami minta predikat ini dipertahankan,"
            # kata Tito': keeping asked, in the same quote, of the list the sentence before named
            for holder in memory.last_list(index, window=1):
                for frame in own:
                    fact = self._fact(doc, sent, holder, frame.inherited(0.8), hint)
                    if fact is not None:
                        emitted.append((index, fact, frame))

        if not emitted and self.denied and index - self.denied[-1][0] <= _DENIED_WINDOW \
                and _points_at_the_denied(doc, sent, counts):
            emitted += self._coaching_the_denied(doc, sent, index, own, holders, counts, hint)

        for _, fact, _frame in emitted:
            if fact.status == "achieved" and fact.holder_kind == "region":
                holder = next((h for h in holders if getattr(h, "code", None) == fact.region_code), None)
                if holder is not None:
                    self.achievers.setdefault(fact.predikat, {}).setdefault(fact.region_code, holder)
                    self.achieved_grades.setdefault((fact.predikat, fact.region_code), set()).add(fact.grade)
            elif fact.status == "not_achieved" and fact.holder_kind == "region":
                holder = next((h for h in holders if getattr(h, "code", None) == fact.region_code), None)
                if holder is not None:
                    self.denied.append((index, fact.predikat, holder))

        goals = [f for f in own if f.status in {"maintain_target", "target"}]
        if not holders and goals and not counts and _all_recipients(words):
            # "Isran meminta seluruh Kabupaten/Kota yang menerima penghargaan agar tetap ... mempertahankan"
            self.recipient_goals.append(RecipientGoal(sent, index, goals, None))
        elif not holders and not counts and _counts_all(words) \
                and any(g.status == "maintain_target" and g.year is not None for g in goals):
            # "Dodot berharap seluruh kabupaten/kota di Banten dapat mempertahankan predikat Peduli HAM pada penilaian
            # tahun 2024": only the ones holding it can keep it ("para bupati" only the kabupaten) (for a round told:
            # "Ia meminta seluruh daerah menjaga capaian itu pada penilaian berikutnya" is a wish, recorded by nobody)
            self.recipient_goals.append(RecipientGoal(sent, index, [g for g in goals if g.status == "maintain_target"
                                                                    and g.year is not None], _levels_headed(words)))
        elif not holders and len(counts) == 1 and (province := self._every_region_counted(doc, counts[0])) \
                and any(g.status == "maintain_target" and g.year is not None for g in goals):
            # '"Tahun depan kami ingin sembilan kabupaten/kota di Bali tetap berstatus peduli HAM"': as many as the
            # province has are all of them, the ones holding it there asked to keep it
            self.recipient_goals.append(RecipientGoal(sent, index, [g for g in goals if g.status == "maintain_target"
                                                                    and g.year is not None], None, None, province))
        elif not holders and not counts and _holders_so_far(words) \
                and any(g.status == "maintain_target" and g.year is not None for g in goals):
            # "Kami berharap tahun depan jumlahnya bertambah, dan daerah yang sudah meraih tetap mempertahankan": the
            # ones holding it (for a round told: an undated hope to keep it is a wish, recorded by nobody)
            self.recipient_goals.append(RecipientGoal(sent, index, [g for g in goals if g.status == "maintain_target"
                                                                    and g.year is not None], None))
        elif not holders and not counts and (held := _holders_of_grades(doc, sent)) is not None \
                and (aimed := [g for g in goals if g.status == "target" and g.year is not None and g.label == held[0]
                               and g.grade not in held[1] and _aimed_at_themselves(self.lower, held[3], g.anchor)]):
            # "Soraya berharap daerah yang sudah meraih Nindya dapat naik ke kategori Utama pada 2024": the ones holding
            # that grade (of the level named: "kabupaten yang sudah ...") are aimed at the next (not "dapat membina
            # daerah lain agar naik ...", others)
            self.recipient_goals.append(RecipientGoal(sent, index, aimed, held[2], (held[0], held[1])))
        elif not holders and (lone := _lone_new_count(counts)) is not None:
            # "Sementara bagi delapan daerah yang sudah meraih predikat, Kanwil meminta agar capaian itu
            # dipertahankan": as many as hold it so far are the ones asked to keep it ('"... keempat daerah itu akan kami
            # dampingi, sementara tujuh daerah penerima kami minta mempertahankan predikatnya"': the goals of its clause,
            # the other count pointing back at others)
            k = _clause_index(parts, lone.start) if len(counts) > 1 else None
            kept = [g for g in (clause_frames[k] if k is not None else goals) if g.status == "maintain_target"
                    and len(self.achievers.get(g.label, ())) == lone.value]
            if kept:
                self.recipient_goals.append(RecipientGoal(sent, index, kept, None))
        if holders and (others := _lone_new_count(counts)) is not None \
                and _OTHERS.intersection(self.lower[others.end : others.end + 1]) and len(parts) > 1 \
                and (k := _clause_index(parts, others.start)) is not None and k > 0:
            # '"Karangasem harus masuk, dan delapan daerah lainnya wajib mempertahankan predikat yang sudah diraih"': the
            # others, as many as hold it besides the names of the sentence, are asked to keep it
            named = {getattr(h, "code", None) for h in holders}
            for frame in clause_frames[k]:
                if frame.status != "maintain_target" or frame.year is None:
                    continue
                rest = [h for code, h in self.achievers.get(frame.label, {}).items() if code not in named]
                if len(rest) != others.value:
                    continue
                for holder in rest:
                    fact = self._fact(doc, sent, holder, frame.inherited(0.8), None)
                    if fact is not None:
                        emitted.append((index, fact, frame))
        handed_over = [g for g in goals if g.status == "maintain_target" and g.year is not None
                       and len(self.achievers.get(g.label, ())) > 1
                       and not any(getattr(sp, "code", None) in self.achievers.get(g.label, {})
                                   for sp in self.speakers_by_sentence[index])]
        if not holders and not counts and handed_over and not _S.first_person.intersection(words):
            # '"Penghargaan ini cerminan kerja keras pemda ... Tolong dijaga, jangan sampai tahun depan turun," ujar
            # [the governor who handed it over]': keeping asked of nobody named, by a speaker who holds none of it, is
            # asked of its recipients
            self.recipient_goals.append(RecipientGoal(sent, index, handed_over, _levels_headed(words)))
        # "kami" in a quote whose speaker heads a region's government speaks for that region; so does a dated goal
        # with nobody named ('"... Tahun depan targetnya naik ke Utama," kata Rudi')
        elif not holders and own and not counts and _levels_asked(words) is None and (
                _S.first_person.intersection(words) or all(
                f.status in {"target", "maintain_target"} and f.year is not None for f in own)):
            # (not "Saya minta bupati dan wali kota menjaga predikat ini": the speaker asks the heads of others)
            for speaker in self.speakers_by_sentence[index]:
                # "Kami terus mendorong ... agar makin banyak Kabupaten/Kota memperoleh": "kami" coaches
                for frame in (f for f in own if f.agent_before is None):
                    fact = self._fact(doc, sent, speaker, frame.inherited(0.8), hint)
                    if fact is not None:
                        emitted.append((index, fact, frame))
            if not self.speakers_by_sentence[index]:
                for holder, frame in self._achievement_kept(memory, index, own):
                    fact = self._fact(doc, sent, holder, frame.inherited(0.8), hint)
                    if fact is not None:
                        emitted.append((index, fact, frame))

        if award_item:
            # "Berikut sejumlah penghargaan yang diraih Pemkab Lamongan sepanjang 2023: 1. Opini WTP ... 2. Predikat
            # KLA kategori Nindya ...": each item is the holder's, of the list's year when it names none
            holder, year, cue = self.award_list
            for frame in own:
                if frame.status != "achieved":
                    continue
                if frame.year is None and year is not None:
                    # (the list's year, written in its head: an opinion's year so written is still read as the year
                    # received, "WTP ... sepanjang 2023" being on the budget year before)
                    frame = replace(frame, year=year, year_basis="explicit")
                if frame.cue is None:
                    frame = replace(frame, cue=cue)
                fact = self._fact(doc, sent, holder, frame.inherited(0.85), hint)
                if fact is not None:
                    emitted.append((index, fact, frame))
        elif open_list and not counts and self._heads_award_list(doc, sent, holders):
            # (the list's "penghargaan" is no predikat of its own)
            holder = holders[0]
            years = [y.value for y in sent_years if y.kind in {"explicit", "relative"}]
            getting = next(g for g in sentence_groups() if g.status == "achieved")
            self.award_list = (holder, years[0] if len(set(years)) == 1 else None, getting.cue)
            emitted = [e for e in emitted if not e[2].anaphoric]
            own = [f for f in own if not f.anaphoric]

        counted = []
        for which, count in enumerate(counts):
            k = next((n for n, c in enumerate(parts) if c.start <= count.start < c.end), 0)
            frames = clause_frames[k] or (inherited if count.backward else [])
            if len(frames) > 1 and not count.backward:
                # "sebanyak 7 pemda meraih predikat A, 21 predikat BB, 70 pemda berpredikat B": each count
                # holds the predikat named after it, before the next count
                following = counts[which + 1].start if which + 1 < len(counts) else parts[k].end
                own_frames = [f for f in frames if count.start < f.anchor < following]
                frames = own_frames or frames
            named = [h for h in holders if _start(h) > count.start] if not count.backward else []
            counted.append((count.value, frames, named))
        record_frames = own + inherited
        # ("Selain Pohuwato, tim juga akan mendampingi Kabupaten Boalemo dan Kabupaten Gorontalo Utara ... Kedua daerah
        # tersebut ...": the one set aside is none of the names a count points back at)
        listed = [h for h in holders if not _besides(doc, sent, h)]
        memory.add(SentenceRecord(index, record_frames, counted, hint or inherited_hint, len(holders), open_list,
                                  listed, addressed=bool(holders or counts),
                                  continues=_runs_on(words) or name_line and bool(inherited)))
        return emitted

    def _new_paragraph(self, sent: Span) -> bool:
        """Whether ``sent`` starts a line (only spaces and tabs between it and a line break or the text's start)."""
        i = sent.start_char
        while i > 0 and self.text[i - 1] in " \t":
            i -= 1
        return i == 0 or self.text[i - 1] == "\n"

    def _heads_award_list(self, doc, sent: Span, holders) -> bool:
        """"Berikut sejumlah penghargaan yang diraih Pemkab Lamongan sepanjang 2023:": one region, a verb of getting
        and a plural noun of awards, no predikat named: the list below is of its awards."""
        regions = {getattr(h, "code", None) for h in holders}
        if len(regions) != 1 or None in regions:
            return False
        lower = view(doc).lower
        words = lower[sent.start : sent.end]
        named = any(m.label and not m.anaphoric for m in doc._.predikat or [] if sent.start <= m.start < sent.end)
        return not named and not _S.award_lists.isdisjoint(words) \
            and any(g.status == "achieved" for g in groups_between(doc, sent.start, sent.end))

    def _others_besides_the_count_before(self, doc, sent, holders, counts, index: int) -> list[int]:
        """The one count of the sentence before ("enam kabupaten/kota yang meraih ...") when this sentence sets names
        aside ("Selain Siak, ...") and lists the others right after counting them ("lima daerah lainnya adalah ..."), who
        with them make it up; [] otherwise (not "lima daerah lainnya yang mendapat pelatihan ...", others of another
        kind)."""
        lower = self.lower
        mine = [c for c in counts if c.value and not c.partitive and not c.backward]
        if len(mine) != 1 or mine[0].end + 1 >= len(lower) or lower[mine[0].end] not in _S.others \
                or not _S.introduces(lower[mine[0].end + 1 : mine[0].end + 3]):
            return []
        aside = {getattr(h, "code", None) for h in holders if _start(h) < mine[0].start and _besides(doc, sent, h)}
        before = [c for c in self.counts[index - 1] if c.value and not c.backward]
        if not aside or None in aside or len(before) != 1 or before[0].value != mine[0].value + len(aside):
            return []
        # (the count got or missed the predikat by its own verb, in its clause: "terdapat enam kabupaten/kota yang meraih
        # ...", not "memverifikasi enam kabupaten/kota di Riau, dan ...", "mengusulkan enam kabupaten/kota untuk dinilai")
        end = before[0].end
        stop = next((i for i in range(end, min(len(lower), end + 6)) if lower[i] in _CLAUSE_ENDS), min(len(lower), end + 6))
        return [before[0].value] if any(_gets_itself(lower, i) for i in range(end, stop)) else []

    def _rest_of_the_whole_before(self, counts, index: int, lower: list[str]) -> bool:
        """Whether the sentence counts "the others" ("Empat daerah lainnya") and they are what is left of a whole the
        sentence before counted a part of ("satu dari lima daerah"): one plus four of five."""
        mine = [c for c in counts if c.value and not c.partitive]
        if len(mine) != 1 or mine[0].end >= len(lower) or lower[mine[0].end] not in _S.others:
            return False
        wholes = [c for c in self.partitives[index - 1] if c.value]
        parts = [c.value for c in self.counts[index - 1] if c.value and not c.backward]
        if len(wholes) != 1 or len(parts) != 1 or parts[0] + mine[0].value != wholes[0].value:
            return False
        # what the sentence before told is the whole's, in a relative clause on it ("satu dari lima daerah di Sumbar yang
        # tidak masuk daftar"), not the part's ("12 dari 19 kabupaten/kota di Sumbar ditetapkan ...": the rest is the
        # other side)
        # (the verb of that relative clause, nothing between: not "... yang dikunjungi tim penilai ..., dan hanya Padang
        # yang meraih predikat", where only the part got it)
        sent = self.sents[index - 1]
        group = next((g for g in groups_between(sent.doc, sent.start, sent.end) if g.start >= wholes[0].end), None)
        # ("hanya Padang yang ...", "satu-satunya yang ..." after it: the part alone; not "padahal hanya kurang satu
        # kriteria", about the part's shortfall)
        if group is None or "yang" not in lower[wholes[0].end : group.start] or any(
                lower[k] in _ONLY_ONE and ("yang" in lower[k + 1 : k + 4] or "yang" in lower[max(group.end, k - 3) : k])
                for k in range(group.end, sent.end)):
            return False  # (also "namun yang lolos hanya Padang")
        relative = wholes[0].end + lower[wholes[0].end : group.start].index("yang")
        return _RELATIVE_BREAKS.isdisjoint(lower[relative + 1 : group.start])

    def _denied_the_others_round(self, frame: Frame, index: int, memory: Memory) -> Frame:
        """"... pada penilaian tahun 2021 terdapat lima daerah di Kalbar yang ditetapkan sebagai KKPHAM, yakni ....
        Sembilan kabupaten lainnya belum memenuhi kriteria": the others counted are denied the round the sentence just
        before gave the rest, when it gave one."""
        if frame.status != "not_achieved" or frame.year is not None or frame.never:
            return frame
        others = next((c.value for c in self.counts[index] if c.value and not c.backward and c.end < len(self.lower)
                       and self.lower[c.end] in _S.others), None)
        previous = memory.previous(index)
        if others is None or previous is None or previous.index != index - 1:
            return frame
        # (the others are the rest of the province: named before and counted now, they make up all its kabupaten/kota;
        # not "... Pada penilaian tahun 2020, baru enam daerah ... Sementara lima kabupaten lain ...", the rest of another
        # count)
        named = {h.code for h in previous.holder_list if isinstance(h, RegionMention) and h.code and "." in h.code}
        provinces = {code.split(".")[0] for code in named}
        if len(provinces) != 1 or len(named) + others != self.regions_per_province[provinces.pop()]:
            return frame
        years = {f.year for f in previous.frames if f.status == "achieved" and f.label == frame.label
                 and f.year_basis == "explicit"}
        if len(years) != 1 or None in years:
            return frame
        return replace(frame, year=years.pop(), year_basis="explicit")

    def _coached_for_the_hope_after(self, doc, frame: Frame, index: int) -> Frame:
        """'"Kesembilan kabupaten ini akan kami dampingi. Harapannya tahun depan mereka bisa menyusul ...," ujarnya.':
        coaching with no round is for the round the hope right after it names, when that sentence opens with the hope
        or hopes ('"... akan kami dampingi. Tahun depan kami harap semuanya bisa masuk"'), names nobody and no other
        predikat, and names one round no earlier than the article's year."""
        if frame.status != "target" or frame.year is not None or frame.never or index + 1 >= len(self.sents) \
                or not frame.cue or frame.cue.lower().split()[-1] not in _STATUS.coach_forms:
            return frame
        sent = self.sents[index + 1]
        first = _first_word(self.lower[sent.start : sent.end])
        # (the result hoped for may name its own: "... bisa menyusul sehingga Sumut meraih 100 persen")
        result = next((i for i in range(sent.start, sent.end) if self.lower[i] in _RESULT_WORDS), sent.end)
        # (or hoping on: "Tahun depan kami harap semuanya bisa masuk")
        hoping = _STATUS.wanting.intersection(self.lower[sent.start : result])
        if first is None or self.lower[sent.start + first] not in _STATUS.far_goals and not hoping \
                or any(_start(h) < result for h in self.holders_by_sentence[index + 1]) \
                or any(m.label and m.label != frame.label for m in mentions_between(doc, sent.start, sent.end)):
            return frame
        year = self._one_round_ahead(doc, index + 1)
        if year is None:
            return frame
        # ('Ia meminta kelima pemda tidak cepat berpuas diri. "Kami berharap predikat ini dapat dipertahankan pada
        # penilaian tahun 2023"': a hope to keep it asks the ones asked before to keep it)
        # (of holders only: not 'Ia meminta kedua daerah yang belum meraih predikat itu tidak berkecil hati', who cannot keep
        # it)
        statuses = {g.status for g in groups_between(doc, sent.start, sent.end)}
        asked = self.sents[index]
        lower = self.lower
        denied = any(c.kind == "negation" and c.start > 0 and (lower[c.start - 1] == "yang" or c.end < len(lower)
                                                                and lower[c.end] in _STATUS.achieve_forms)
                     for c in cues_between(doc, asked.start, asked.end))
        status = "maintain_target" if "maintain_target" in statuses and "target" not in statuses and not denied \
            else frame.status
        return replace(frame, year=year, year_basis="explicit", status=status)

    def _one_round_ahead(self, doc, index: int, after: int = -1) -> int | None:
        """The one year sentence ``index`` names (after token ``after``) that is no earlier than the article's, or
        None: the round a goal told there is for."""
        published = published_year(doc)
        years = {y.value for y in self.years_by_sentence[index] if y.start > after
                 and y.kind in {"explicit", "relative"} and (published is None or y.value >= published)}
        return years.pop() if len(years) == 1 else None

    def _coached_for_the_round_before(self, doc, frame: Frame, index: int) -> Frame:
        """'"... Tahun ini kami dampingi satu per satu supaya pada penilaian 2024 mereka bisa naik kelas," kata
        Marciana. Kesembilan daerah yang didampingi itu adalah ...': coaching with no round is for the round the
        coaching the sentence before told was for (its purpose, "agar"/"supaya", names the round; no predikat need be
        named there)."""
        if frame.status != "target" or frame.year is not None or frame.never or index == 0:
            return frame
        sent = self.sents[index - 1]
        # (not coaching towards another predikat: "Kanwil juga mendampingi Lapas Palu agar pada penilaian WBK tahun
        # 2025 bisa lolos")
        if any(m.label and m.label != frame.label for m in mentions_between(doc, sent.start, sent.end)):
            return frame
        cues = cues_between(doc, sent.start, sent.end)
        purpose = next((c.start for c in cues if c.text.lower() in _STATUS.far_purposes), None)
        if purpose is None or not any(c.kind == "coach" and c.start < purpose for c in cues):
            return frame
        year = self._one_round_ahead(doc, index - 1, after=purpose)
        return frame if year is None else replace(frame, year=year, year_basis="explicit")

    @staticmethod
    def _achievement_kept(memory: Memory, index: int, own: list[Frame]) -> list:
        """'"Pohuwato sudah meraih predikat Kabupaten Peduli HAM tahun lalu. Kami berharap capaian itu bisa dipertahankan
        tahun ini," katanya.' (the Kanwil speaking): keeping what was pointed back at, for a round told, is asked of
        the one region the sentence before said achieved it. Returns (holder, frame) pairs."""
        kept = [f for f in own if f.status == "maintain_target" and f.anaphoric and f.year is not None]
        previous = memory.previous(index)
        if not kept or len(kept) != len(own) or previous is None:
            return []
        if len(previous.holder_list) != 1:
            return []
        holder = previous.holder_list[0]
        if not isinstance(holder, RegionMention) or not holder.code:
            return []
        achieved = {f.label for f in previous.frames if f.status == "achieved"}
        return [(holder, f) for f in kept if f.label in achieved]

    def _members_of_the_group_before(self, memory: Memory, index: int) -> list[Frame]:
        """"Ia juga meminta daerah yang sudah menyandang predikat agar mempertahankannya pada penilaian tahun ini.
        Beberapa di antaranya Kota Padang, Kota Bukittinggi dan Kabupaten Agam": some members of the group the
        sentence before asked to keep it, which named nobody. They are asked too, and, being among the ones that hold
        it, hold it (of the latest round the article told them held)."""
        previous = memory.previous(index)
        if previous is None or previous.holders or not previous.frames:
            return []
        kept = [f.inherited(0.8) for f in previous.frames if f.status == "maintain_target"]
        sent = self.sents[previous.index]
        words = self.lower[sent.start : sent.end]
        group = _holders_so_far_phrase(words)
        if not kept or group is None:
            return kept
        # (not after a second group, the ones without it: "... agar mempertahankannya, sementara daerah yang belum
        # diminta segera berbenah. Di antaranya ...")
        if any(a == "yang" and b in _S.bare_denials for a, b in zip(words, words[1:])):
            return []
        years = [f.year for record in memory.records for f in record.frames
                 if f.status == "achieved" and f.label == kept[0].label and f.year is not None and not f.never]
        held = replace(kept[0], status="achieved", year=max(years) if years else None,
                       year_basis="explicit" if years else None, cue=group)
        return kept + [held]

    def _held_anaphor(self, holder, frame: Frame, group: set) -> Frame:
        """'... berharap kesembilan daerah itu mempertahankan predikat tersebut' after a sentence on the units' P2HAM:
        "predikat tersebut" said of holders pointed back at (``group``, their codes) is the one predikat the holder
        holds, when none of them holds the one named last (one that does, "... Kabupaten Badung juga meraih predikat
        KLA ... berharap ketiga daerah itu bisa meraih predikat tersebut", keeps it for all)."""
        code = getattr(holder, "code", None)
        if not frame.anaphoric or code is None or not group.isdisjoint(self.achievers.get(frame.label, {})):
            return frame
        held = {label for label, holders in self.achievers.items() if code in holders}
        if len(held) != 1:
            return frame
        return replace(frame, label=held.pop(), grade=None)

    def _for_all_recipients(self, doc) -> list:
        """Goals set for every recipient: one fact per region holding that predikat in the article."""
        found = []
        for sent, index, frames, levels, held, province in self.recipient_goals:
            for frame in frames:
                if levels is not None and "provinsi" not in levels and frame.label in self.bases:
                    # ("Saya minta bupati dan wali kota menjaga predikat ini" after the province's coaching award: the
                    # kabupaten/kota predikat the award is named after)
                    frame = replace(frame, label=self.bases[frame.label])
                for holder in self.achievers.get(frame.label, {}).values():
                    if levels is not None and holder.level not in levels:
                        continue
                    if held is not None and held[1].isdisjoint(self.achieved_grades.get((held[0], holder.code), ())):
                        continue  # (only the holders of the grades named: "daerah yang sudah meraih Nindya")
                    if province is not None and not holder.code.startswith(province + "."):
                        continue
                    fact = self._fact(doc, sent, holder, frame.inherited(0.8), None)
                    if fact is not None:
                        found.append((index, fact, frame))
        return found

    @staticmethod
    def _elided_subject_frames(doc, parts, clause_frames, k, holders) -> list[Frame]:
        """Frames of the clauses after clause ``k`` that go on about its holders without naming them
        ("..., namun belum lolos verifikasi sehingga tidak meraih penghargaan")."""
        lower, capitalised = view(doc).lower, view(doc).capitalised
        found = []
        for n in range(k + 1, len(parts)):
            clause = parts[n]
            if any(clause.start <= _start(h) < clause.end for h in holders):
                break
            first = next((i for i in range(clause.start, clause.end) if lower[i] not in {",", ";"}), None)
            if first is None or lower[first] not in _S.elided_subject:
                break
            if first + 1 < clause.end and capitalised[first + 1]:
                break  # "namun Pemprov ...": a new subject
            found += clause_frames[n]
        return found

    def _coaching_before(self, memory: Memory, index: int, window: int = 5) -> list[Frame]:
        """The goals of the latest of the ``window`` sentences before ``index`` that coached for a predikat."""
        for record in reversed(memory.records):
            if index - window <= record.index < index:
                goals = [f for f in record.frames if f.status == "target" and f.year is not None]
                if goals:
                    return [f.inherited(0.8) for f in goals]
        return []

    def _pointed_back(self, doc, index: int, window: int = 6) -> bool:
        """Whether the ``window`` sentences before sentence ``index`` point back at a predikat ("predikat itu",
        "predikat tersebut"): the article still speaks of the one it named."""
        lo = self.sentence_starts[max(0, index - window)]
        return any(m.anaphoric for m in mentions_between(doc, lo, self.sentence_starts[index]))

    def _set_against_the_count(self, parts, k: int, counts) -> int | None:
        """Where the words of clause ``k`` begin when it opens with "sedangkan"/"sementara" after the clause of a count
        ("Dua di antaranya adalah ..., sedangkan Kabupaten Jember belum"): its names are set against the ones counted.
        None otherwise."""
        # (a count pointing back at holders named before, or a part of them: not "Dari Kabupaten Sambas terdapat tiga
        # desa, sedangkan dari Kabupaten Landak ...", villages counted)
        if k == 0 or not any(c.start < parts[k].start and (c.backward or self.lower[c.end - 1] in _AMONG_THEM)
                             for c in counts):
            return None
        words = self.lower[parts[k].start : parts[k].end]
        first = _first_word(words)
        return parts[k].start + first + 1 if first is not None and words[first] in _S.set_against else None

    def _every_region_counted(self, doc, count) -> str | None:
        """The province whose every kabupaten/kota ``count`` counts, named right after it ("sembilan kabupaten/kota di
        Bali"), or None."""
        lower = self.lower
        if not count.value or count.end + 1 >= len(lower) or lower[count.end] != "di":
            return None
        place = next((r for r in regions_between(doc, count.end + 1, count.end + 3) if r.code), None)
        if place is not None and "." not in place.code and self.regions_per_province[place.code] == count.value:
            return place.code
        return None

    def _heading(self, doc, sent, index, predikat_tokens) -> bool:
        """A line that only names a predikat or grade and heads the list below it ("Sertifikat
        Adipura" then "• Kabupaten Tegal", "Zona Kuning:" then "1. Kabupaten Sambas")."""
        lower = view(doc).lower
        words = [i for i in range(sent.start, sent.end) if lower[i].strip() and lower[i] != ":" and lower[i] not in _BULLETS]
        if not words or not all(i in predikat_tokens or lower[i] in _HEADING_WORDS for i in words):
            return False
        if not any(i in predikat_tokens for i in words):
            return False
        if any(lower[i] == ":" for i in range(sent.start, sent.end)):
            return True
        if index + 1 >= len(self.sents) or "\n" not in view(doc).text[view(doc).idx[sent.end - 1]:
                                                                          self.sents[index + 1].start_char]:
            return False
        following = self.sents[index + 1]
        return _list_item(lower[following.start : following.end])

    def _regions_meant(self, holders, index: int) -> bool:
        """Whether sentence ``index`` speaks of the other regions, named ("Adapun tiga daerah lainnya, yakni Kutai Barat,
        ... belum memenuhi nilai minimal"): not of whatever was named last ("Hal serupa juga diraih Kabupaten Sigi")."""
        if not holders or not all(isinstance(h, RegionMention) for h in holders):
            return False
        sent = self.sents[index]
        return _others_counted(self.lower[sent.start : sent.end])

    @staticmethod
    def _implicit_label(doc, sent, index, holders, introducer, labelled_recent, last_label, counts,
                        sentence_groups, spoken_for: bool = False, regions_meant: bool = False,
                        pointed_back=lambda: False) -> str | None:
        """"Untuk Sulteng, terdapat 10 kabupaten kota yang ditetapkan, yakni ...": a list with a status
        verb but no predikat named, right after sentences that named one; also "A, B dan C belum
        memenuhi kriteria": a verb whose object is the predikat's criteria."""
        if regions_meant:
            labelled_recent = partial(labelled_recent, regions_meant=True)
        if not holders:
            # "Ketiga daerah itu akan kami dampingi ... supaya pada penilaian tahun depan bisa menyusul", "Mereka menjadi
            # prioritas pendampingan kami tahun ini": holders named before, a status verb and no predikat named
            # (a pronoun as the subject, opening the sentence: not "dorongan kuat mereka", theirs)
            # ('"Tahun ini keempat daerah itu akan kami dampingi secara intensif, sementara tujuh daerah penerima kami
            # minta mempertahankan predikatnya"': the clause of the count and the coaching names none, though the next
            # clause points at the predikat)
            # (only when the other clause points back at the predikat rather than naming one: not "..., dan hasilnya
            # keduanya meraih opini WTP"; and not coaching done: "Kedua daerah itu sudah kami dampingi tahun lalu")
            lower = view(doc).lower
            spoken_of = labelled_recent(index) or last_label(sent.start)
            named = any(m.label and not m.anaphoric and m.label != spoken_of
                        for m in mentions_between(doc, sent.start, sent.end))
            for clause in clauses(doc, sent) if not named else ():
                first = _first_word(lower[clause.start : clause.end])
                coaching = [c for c in cues_between(doc, clause.start, clause.end) if c.kind == "coach"]
                # (done right before the coaching verb: "sudah kami dampingi"; not "sudah kami petakan ... dan akan
                # kami dampingi")
                done = bool(coaching) and not _S.already.isdisjoint(lower[max(clause.start, coaching[0].start - 3)
                                                                          : coaching[0].start]) \
                    and "akan" not in lower[max(clause.start, coaching[0].start - 3) : coaching[0].start]
                if any(clause.start <= c.start < clause.end and c.backward
                       and (c.value or first is not None and c.start == clause.start + first
                            and lower[c.start] in _S.coreference)
                       for c in counts) and coaching and not done \
                        and predikat_tokens(doc).isdisjoint(range(clause.start, clause.end)):
                    return spoken_of
            # ('"Delapan daerah itu adalah A, B, .... Kami minta semuanya mempertahankan," ujarnya': all of them, asked
            # to keep what the names before hold)
            lower = view(doc).lower
            # (keeping nothing else: not "mempertahankan komitmen"; of one predikat named just before: not after "... opini
            # WTP ..., sementara Kota Mataram juga meraih predikat KKPHAM")
            before = sentence_bounds(doc, sent.start - 1) if sent.start > 0 else (0, 0)
            # ('"Masih ada Kabupaten Probolinggo, .... Kami minta OPD terkait berkoordinasi dengan Kanwil agar tahun depan
            # semuanya masuk," kata Khofifah': all of them, the goal of a purpose)
            # (the purpose's all of them only after names left out: "Masih ada ...", not "Yang sudah meraih antara lain ...")
            left_out = _LEFT_OUT.intersection(lower[before[0] : before[1]]) if sent.start > 0 else set()
            if predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) and any(
                    c.backward and lower[c.start] in _S.all_of_them and c.start > sent.start
                    and (lower[c.start - 1] in _S.asking_heads
                         or left_out and not _FAR_PURPOSES.isdisjoint(lower[max(sent.start, c.start - 4) : c.start]))
                    and c.end < sent.end
                    and any(g.status in {"maintain_target", "target"} and g.start <= c.end <= g.verb
                            and (g.end >= sent.end or lower[g.end] in _CLAUSE_ENDS or lower[g.end] in _ROUND_AFTER)
                            for g in sentence_groups())
                    for c in counts) \
                    and len({m.label for m in mentions_between(doc, *before) if m.label}) <= 1:
                return labelled_recent(index) or last_label(sent.start)
            # "Kami berharap tahun depan jumlahnya bertambah, dan daerah yang sudah meraih tetap mempertahankan": keeping
            # the predikat spoken of, asked of its holders for a round told (undated, it is a wish nobody records)
            # ('"Predikat ini bukan akhir. Kami ingin tahun depan tetap bertahan," ujar [the Bupati]': keeping, for a round
            # told, said by a head of government for the region he heads)
            lower = view(doc).lower
            if any(c.value and not c.backward for c in counts) and _about_criteria(doc, sent) and \
                    predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)):
                # '"Tujuh kabupaten lainnya belum memenuhi nilai minimal. ...," ujarnya. Ketujuh kabupaten itu yakni ...':
                # a count denied the criteria of the predikat spoken of, named later
                return labelled_recent(index) or last_label(sent.start)
            # '"... baru Kota Ambon dan Kota Tual yang ditetapkan sebagai KKPHAM pada penilaian tahun 2021. Sembilan
            # kabupaten lainnya belum berhasil," kata ...': the others counted are denied the predikat just named
            if any(c.value and not c.backward for c in counts) and _others_counted(lower[sent.start : sent.end]) and \
                    predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) and \
                    any(g.status == "not_achieved" and lower[g.verb] in _STATUS.success and not _other_object(view(doc), g.end)
                        for g in sentence_groups()):
                return labelled_recent(index) or last_label(sent.start)
            # (a denied verb with an object of its own denies that: "Pada evaluasi 2022 kami tidak mendapat catatan")
            if spoken_for and predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) and \
                    any(g.status == "not_achieved" and not _other_object(view(doc), g.end) for g in sentence_groups()) and \
                    any(y.kind == "explicit" and sent.start <= y.start < sent.end and assessment_named_before(lower, y.start)
                        for y in doc._.years or []):
                # '"Pada penilaian 2021 kami tidak masuk, itu menjadi bahan evaluasi," kata Ipuk': a round the speaker's
                # region was left out of, of the predikat spoken of
                return labelled_recent(index) or last_label(sent.start)
            if (spoken_for or _holders_so_far(view(doc).lower[sent.start : sent.end])) and \
                    (any(sent.start <= y.start < sent.end for y in doc._.years or []) or _quote_year(doc, index)) and \
                    any(c.kind == "maintain" for c in cues_between(doc, sent.start, sent.end)) and \
                    predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)):
                return labelled_recent(index)
            return None
        lower = view(doc).lower
        first = _first_word(lower[sent.start : sent.end])
        if first is not None and lower[sent.start + first] in _S.set_against \
                and not {"itu", "ini", "waktu"}.intersection(lower[sent.start + first + 1 : sent.start + first + 2]) \
                and predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) \
                and any(g.status == "target" and lower[g.verb] in _STATUS.coach_forms and not lower[g.verb].startswith("me")
                        and not "".join(lower[g.end : g.end + 1]).startswith("me") for g in sentence_groups()):
            # '"Manokwari dan Teluk Bintuni kami minta mempertahankan predikatnya. Sedangkan Fakfak, Kaimana, ... kami
            # dampingi secara intensif," ujarnya': names set against the ones before are coached towards the predikat
            # spoken of, not asked to keep it (not "Sementara itu, ...", meanwhile; not "diminta membenahi situs JDIH", a
            # task of its own; the names are the object coached, not the subject of an active verb: "Sementara
            # Kabupaten Jeneponto baru mengusulkan tiga desa")
            return labelled_recent(index) or last_label(sent.start)
        if introducer:
            tv = view(doc)
            if _about_criteria(doc, sent) and any(_S.introducer_ends(tv.lower, _start(h)) for h in holders):
                # "Sementara dua kabupaten lainnya, yakni Mesuji dan Pesisir Barat, belum memenuhi batas nilai
                # minimal": the criteria are no object of their own (when the list introduced is of holders, not
                # "... sejumlah hal yang belum memenuhi syarat, di antaranya aset tanah ...")
                return labelled_recent(index) or last_label(sent.start)
            # ("Ia berharap survei pada 2020 bisa menjangkau ... kabupaten yang belum disurvei, yakni ...":
            # a verb with an object of its own speaks of no predikat)
            groups = sentence_groups()
            # ("Daerah yang belum lolos antara lain Kabupaten Malaka, ...": the list it opens is no object)
            if groups and all(_other_object(tv, g.end) and tv.lower[g.end] not in _POINTERS
                              and not _opens_list(tv.lower, g.end)
                              and tv.lower[g.end] not in _S.number_words for g in groups):
                return None  # (but "bertambah menjadi sembilan daerah, yakni ...": a count is no object of its own)
            if any(tv.lower[g.verb] in _GIVE_VERBS and g.end < len(tv.lower)
                   and tv.lower[g.end].removesuffix("nya") in _REPORT_OBJECTS for g in groups):
                # "... yang menyerahkan LKPD ke BPK. Satu kabupaten, yaitu Musi Rawas Utara, baru menyerahkan
                # laporannya": who handed in a report, not who got the predikat
                return None
            # ("Dari Sumatera Utara, penetapan kali ini meliputi Kota Medan, ..." after paragraphs that only point back at
            # the predikat, "predikat itu", "predikat tersebut": the one named last)
            # (of what was got or missed: a goal with no predikat named is aimed at whatever it names)
            # (by a verb that gets or decides the predikat itself: not "lolos ke tahap wawancara", a stage passed, nor
            # "belum menyerahkan", something handed in)
            return labelled_recent(index) or (
                last_label(sent.start) if groups
                and all(g.status in {"achieved", "not_achieved"} and _gets_itself(tv.lower, g.verb) for g in groups)
                and pointed_back() else None)
        # "Di kategori ini selain Lutim, juga diraih Kandangan – Kab. Hulu Sungai Selatan": "juga" before an
        # achieving verb and no predikat named: the one the sentences just before spoke of
        if "juga" in (lower := view(doc).lower)[sent.start : sent.end] or "pun" in lower[sent.start : sent.end]:
            also = any(g.status == "achieved" and g.start > sent.start and lower[g.start - 1] in {"juga", "pun"}
                       and lower[g.verb] not in _GIVE_VERBS for g in sentence_groups())
        else:
            also = False
        if also and not any(m.label and not m.anaphoric for m in doc._.predikat or [] if sent.start <= m.start < sent.end):
            # (not "LHP juga diserahkan kepada Pemkab Bungo, ...": what is handed over is the report)
            return labelled_recent(index)
        # "A, B dan C belum memenuhi kriteria penilaian": the predikat the article spoke of last, however far back
        if _about_criteria(doc, sent):
            return labelled_recent(index) or last_label(sent.start)
        if predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) and "yang" in lower[sent.start : sent.end] \
                and any(_got_in_the_round_before(doc, g) for g in sentence_groups()):
            # "... bertambah dibanding penilaian tahun 2019 yang hanya diraih Kota Ternate dan Kota Tidore Kepulauan":
            # what was got in a round named, the predikat spoken of
            return labelled_recent(index) or last_label(sent.start)
        # "Adapun Kabupaten Balangan belum masuk nominasi tahun ini": a denial about the predikat just
        # spoken of, which must not take over the grades of the list before it
        # ("LHP Kabupaten Sarmi belum diserahkan": a report not yet handed over is no predikat denied)
        lower = view(doc).lower
        # ("saya tidak datang membawa janji": a verb with an object of its own denies nothing of a predikat)
        if predikat_tokens(doc).isdisjoint(range(sent.start, sent.end)) and \
                any(g.status == "not_achieved" and _GIVE_VERBS.isdisjoint(lower[g.start : g.end])
                    and not _other_object(view(doc), g.end) for g in sentence_groups()):
            return labelled_recent(index) or last_label(sent.start)
        return None

    def _the_list_just_quoted(self, index: int, memory: Memory) -> bool:
        """Whether the sentence before ``index`` listed regions holding a predikat, in a quote that runs on into sentence
        ``index``."""
        previous = memory.previous(index)
        if previous is None or previous.index != index - 1 or not any(f.status == "achieved" for f in previous.frames) \
                or len(distinct_holders([h for h in previous.holder_list if isinstance(h, RegionMention)])) < 2:
            return False
        return _quote_running_into(self.lower, self.sents, index) is not None

    def _counted_in_a_clause_of_no_names(self, sent, index, counts, receivers, memory: Memory, hint, parts,
                                         clause_frames) -> list:
        """'"Kami harap keempatnya mempertahankan capaian itu pada penilaian tahun ini, sementara Boalemo dan Gorontalo
        Utara yang belum meraihnya bisa menyusul"': a count pointing back, in a clause that names nobody, takes that
        clause's frames for the holders it counts, though another clause names holders of its own."""
        found = []
        if len(parts) < 2:
            return found
        for count in counts:
            if not (count.backward and count.value):
                continue
            k = _clause_index(parts, count.start)
            if k is None or any(parts[k].start <= _start(h) < parts[k].end for h in receivers):
                continue
            # (the frames built from the clause's own verbs: "..., sementara 16 daerah lainnya ... terus didampingi agar
            # bisa menyusul" is no goal of the count before it, though its elided object is that clause's "predikatnya")
            frames = clause_frames[k]
            if not frames:
                continue
            named = memory.holders_for_count(count.value, index, goals=all(f.status != "achieved" for f in frames))
            for holder in named:
                for frame in frames:
                    fact = self._fact(sent.doc, sent, holder, frame.inherited(0.8), hint)
                    if fact is not None:
                        found.append((index, fact, frame))
        return found

    @staticmethod
    def _holders_named_before(doc, sent, own, counts, memory: Memory, index, mentions, by_clause):
        """Frames whose holders an earlier sentence named.

        "tiga provinsi ... yakni DKI, Jawa Barat dan Banten. ... menyerahkan penghargaan kepada
        ketiga pemda tersebut": the count points back to the names. "Bagi Batola, ini merupakan
        kali kelima ... Empat penghargaan terdahulu masing-masing diraih pada edisi 2014, 2015, ...":
        an anaphoric predikat with its own years, after a sentence about a single holder."""
        for count in counts:
            if count.backward and count.value:
                named = memory.holders_for_count(count.value, index,
                                                 goals=bool(own) and all(f.status != "achieved" for f in own))
                if not named and count.end < len(doc) and view(doc).lower[count.end] in _S.coreference:
                    # "Daerah yang diperiksa itu di antaranya Kabupaten Ende, ... (twelve names). Ke-18
                    # kabupaten/kota tersebut ... mengantongi opini WTP": a count larger than the names just
                    # before (some left out) still points at them; the names are trusted (a smaller count
                    # picks some of them, and which is not known)
                    before = memory.last_list(index, window=1)
                    named = before if 2 <= len(before) <= count.value else []
                if not named and (province := _province_after_count(doc, count)) is not None:
                    # "... meminta kelima kabupaten/kota di DIY mempertahankan predikat": every holder of that province
                    # named in the last few sentences, when they are that many
                    together = memory.holders_together(count.value, index)
                    if all(isinstance(h, RegionMention) and h.code.split(".")[0] == province
                           and (count.level_hint is None or h.level == count.level_hint) for h in together):
                        named = together
                if named:
                    return [(h, _of_the_clause_of(doc, *by_clause, own, count.start, counts))
                            for h in named]
            elif count.backward and (all(f.status in {"maintain_target", "target"} for f in own) or not any(
                    m.label and sent.start <= m.start < sent.end and not m.anaphoric for m in mentions)):
                # "12 kabupaten seperti Gunung Mas, ... dan Kota Palangkaraya. Daerah-daerah itu tidak menerima
                # predikat tersebut": an uncounted plural points at the names of the sentence just before; so
                # does one asked to keep a predikat it names ("Daerah-daerah itu, kata dia, diminta mempertahankan
                # predikat KKPHAM pada penilaian 2024"), where a predikat named anew would start a topic of its own
                # only for what is held
                named = memory.holders_just_before(index)
                if named:
                    return [(h, own) for h in named]
            elif count.backward and (count.whole or view(doc).lower[count.start] in _S.all_of_them) \
                    and own and all(f.status == "achieved" for f in own):
                # ("LHP juga diserahkan kepada Pemerintah Kabupaten Bantul, Kulon Progo, Gunungkidul dan Pemerintah Kota
                # Yogyakarta. Seluruhnya memperoleh opini WTP.")
                # (goals set for "seluruh daerah tersebut" are asked of everybody, not only the names before)
                # "... kepada Kota Dumai, serta Kabupaten Bengkalis, .... [...] seluruh pemerintah daerah
                # penerima LHP tersebut meraih opini WTP": every name of the list just before
                named = memory.last_list(index)
                if named:
                    return [(h, own) for h in named]
            elif count.backward and _ALSO.intersection(view(doc).lower[sent.start : sent.end]):
                # "Mereka juga meraih opini WTP pada tahun sebelumnya": the same predikat again, for every
                # name of the list just before
                record = memory.previous(index, distance=2)
                labels = {f.label for f in record.frames} if record else set()
                if own and all(f.label in labels for f in own):
                    named = memory.last_list(index)
                    if named:
                        return [(h, own) for h in named]
        anaphoric = any(m.anaphoric for m in mentions if sent.start <= m.start < sent.end) \
            or _points_at_one_holder(view(doc).lower[sent.start : sent.end])
        dated = [f for f in own if f.year is not None and f.year_basis == "explicit"]
        previous = memory.previous(index)
        counted_here = any(c.value and not c.backward for c in counts)  # "sebanyak 19 Kabupaten/Kota meraih ...": its own
        if anaphoric and dated and previous and not counted_here and len({holder_key(h) for h in previous.holder_list}) == 1:
            return [(previous.holder_list[0], dated)]
        return []

    @staticmethod
    def _settle_bare(frame: Frame, memory: Memory, index: int) -> Frame:
        """A verb-less mention ("Sementara untuk WBBM antara lain.") takes the status of the frame before."""
        if not frame.bare:
            return frame
        previous = memory.latest_with_frames(index, window=2)
        if previous:
            before = previous.frames[-1]
            if before.status == "not_achieved" and before.label == frame.label \
                    and before.grade and frame.grade and before.grade != frame.grade:
                # "Tidak ada yang masuk zona merah. Yang zona hijau itu Kota A ...": the grade nobody got
                # says nothing of the others
                return frame
            return replace(frame, status=before.status)
        return frame

    def _time_anaphora(self, frame: Frame, words: list[str], memory: Memory, index: int, doc: Doc) -> Frame:
        """"Kala itu penghargaan Peduli HAM hanya diterima tiga daerah": the year of the sentence before."""
        if frame.year is not None:
            return frame
        text = " " + " ".join(words) + " "
        if not any(f" {phrase} " in text for phrase in _S.time_anaphora):
            return frame
        previous = self.sents[index - 1] if index > 0 else None
        if previous is None:
            return frame
        years = [y for y in doc._.years or [] if previous.start <= y.start < previous.end and y.kind == "explicit"]
        if not years:
            return frame
        if any(y.kind == "unresolved" and y.start > years[-1].start for y in doc._.years or []
               if previous.start <= y.start < previous.end):
            # "... tak sanggup mengulang keberhasilan empat tahun sebelumnya. Kala itu, ...": "then" is the
            # years back just named, which are none of them one year
            return replace(frame, never=True)
        return replace(frame, year=years[-1].value, year_basis="anaphora", confidence=round(frame.confidence * 0.9, 3))

    @staticmethod
    def _name_line(sent: Span, holders) -> bool:
        """A line that is one name and nothing else: "Kota Tomohon"."""
        if len(holders) != 1:
            return False
        covered = range(_start(holders[0]), holders[0].end)
        tv = view(sent.doc)
        return all(i in covered or tv.punct[i] or tv.space[i] for i in range(sent.start, sent.end))

    @staticmethod
    def _town_line(sent: Span, holders) -> bool:
        """A kabupaten after its capital town, as Adipura lists write them: "Lasusua – Kabupaten Kolaka."
        (the town may bear the kabupaten's name: "Sragen – Kabupaten Sragen")."""
        if not holders or len({getattr(h, "code", None) for h in holders}) != 1:
            return False
        start = _start(holders[-1])
        covered = range(start, holders[-1].end)
        words = view(sent.doc).words
        if not any(words[i] in _DASHES for i in range(sent.start, min(start, sent.start + 6))):
            return False  # (most sentences: no dash before the name)
        before = [t for t in sent if t.i < start and not t.is_space]
        dash = next((k for k, t in enumerate(before) if t.text in _DASHES), None)
        if dash is None or not 1 <= dash <= 3 or len(before) - dash > 2:
            return False
        # (a misspelt type word may stand between the dash and the name: "Batu Sangkar – Kabupatan Tanah Datar")
        return all(t.is_title for k, t in enumerate(before) if k != dash) \
            and all(t.i in covered or t.is_punct or t.is_space for t in sent if t.i >= start)

    @staticmethod
    def _list_like(sent: Span, holders) -> bool:
        """A sentence that is mostly names: "Ogan Ilir, OKU Timur, serta Kota Pagaralam."; a closing speech
        tag does not count ("..., Kabupaten Tapin dan Kotabaru," tuturnya kepada wartaniaga.com di sela ...)."""
        if len(holders) < 2:
            return False
        covered = {i for h in holders for i in range(_start(h), h.end)}
        tag = speech_tag_start(sent.doc, sent)
        tv = view(sent.doc)
        others = [i for i in range(sent.start, min(tag, sent.end)) if i not in covered and tv.alpha[i]
                  and tv.lower[i] not in _S.conjunctions and tv.lower[i] not in {"kabupaten", "kota", "kab", "provinsi"}]
        return len(others) <= 5

    # ------------------------------------------------------------------ one fact
    def _coaching_the_denied(self, doc, sent, index, own, holders, counts, hint) -> list:
        """'"Dua daerah yang belum lolos akan kami dampingi agar bisa menyusul pada penilaian tahun 2024," ujarnya.':
        coaching of the regions the sentences just before denied the predikat, for the round its purpose names (or
        none). Emits (index, fact, frame) for each of them."""
        lower = self.lower
        coaching = [c for c in cues_between(doc, sent.start, sent.end) if c.kind == "coach"]
        if not coaching:
            return []
        # (names of the sentence only as the coach, "Kanwil bersama Biro Hukum Pemprov Jateng akan mendampingi ...", or
        # in the coaching's purpose, "agar tahun depan Lampung bisa 100 persen"; not the ones coached)
        purpose = next((i for i in range(coaching[0].end, sent.end) if lower[i] in _PURPOSES), sent.end)
        if any(coaching[0].start <= _start(h) < purpose for h in holders):
            return []
        # (coaching toward the predikat: named, or its assessment, or getting it; not "pendampingan kepada kedua kabupaten
        # itu dalam penyusunan Ranperda Disabilitas")
        # (a purpose told, or nothing more: "... akan melakukan pendampingan kepada kedua daerah itu.")
        after = lower[coaching[0].end : sent.end]
        pointed = max((c.end for c in counts if c.backward and c.start >= coaching[0].end), default=coaching[0].end)
        told = purpose < sent.end or not any(w.isalpha() and w not in _S.coreference
                                             for w in lower[pointed : speech_tag_start(doc, sent)])
        if not told and predikat_tokens(doc).isdisjoint(range(coaching[0].end, sent.end)) \
                and _S.assessment_nouns.isdisjoint(after) and _S.getting.isdisjoint(after) \
                and _FOLLOWING_SUIT.isdisjoint(after):
            return []
        recent = [(i, label, h) for i, label, h in self.denied if index - _DENIED_WINDOW <= i < index]
        if not recent:
            return []
        last = max(i for i, _, _ in recent)
        label = next(label for i, label, _ in reversed(recent) if i == last)
        denied = distinct_holders([h for i, l, h in recent if i == last and l == label])
        value = next((c.value for c in counts if c.value), None)
        if value is not None and value != len(denied):
            return []
        goals = [f for f in own if f.status == "target" and f.label == label and f.year is not None]
        now = published_year(doc)
        years = {(y.value, y.kind) for y in self.years_by_sentence[index] if y.kind in {"explicit", "relative"}
                 and purpose <= y.start and now is not None and y.value >= now}
        if goals:
            year, basis = goals[0].year, goals[0].year_basis
        elif len(years) == 1:
            year, basis = years.pop()
        else:
            year, basis = None, None
        frame = Frame(label, None, "target", year, basis, " ".join(lower[coaching[0].start : coaching[0].end]), 0.6,
                      anchor=coaching[0].start, anaphoric=True)
        found = []
        for holder in denied:
            fact = self._fact(doc, sent, holder, frame, hint)
            if fact is not None:
                found.append((index, fact, frame))
        return found

    def _holds_directly(self, holder, label_name: str, hint: str | None) -> bool:
        """Whether a region holder can hold ``label_name`` itself (not only through its villages)."""
        label = self.vocabulary.labels.get(label_name)
        if label is None or not isinstance(holder, RegionMention):
            return True
        level = self.gazetteer.region(holder.code).level
        if hint and holder.ambiguous:
            level = hint
        return label.allows(level) or (level == "provinsi" and label.province_counterpart is not None)

    def _fact(self, doc: Doc, sent: Span, holder, frame: Frame, hint: str | None) -> Fact | None:
        label = self.vocabulary.labels.get(frame.label)
        if label is None:
            return None
        evidence_start, evidence_end = _trimmed(self.text, sent)
        evidence = self.text[evidence_start:evidence_end]
        if isinstance(holder, UnitMention):
            if not (label.allows("unit") or (holder.kind == "village" and label.allows("village"))):
                return None
            return Fact("unit", holder.text, holder.kind, holder.region_code, frame.label,
                        frame.grade or label.default_grade, frame.year,
                        frame.year_basis, frame.status, frame.cue, holder.text, holder.start_char, holder.end_char,
                        evidence, evidence_start, evidence_end, None, round(frame.confidence * 0.9, 3))
        region = holder
        code = self._apply_hint(region, hint)
        level = self.gazetteer.region(code).level
        mention_start = view(doc).idx[region.mention_start]
        mention = self.text[mention_start : region.end_char]
        confidence = round(region.confidence * frame.confidence, 3)
        predikat_label = frame.label
        base = self.bases.get(frame.label)
        if frame.anaphoric and not label.allows(level) and base is not None and self.vocabulary.labels[base].allows(level):
            # "Kanwil ... dinobatkan sebagai ... pembina Kabupaten/Kota Peduli HAM terbaik. ... Ia berharap kelima
            # daerah tersebut mampu mempertahankan predikat itu": for a kabupaten, "that predikat" is the one the
            # province's coaching award is named after
            frame = replace(frame, label=base, grade=None)
            predikat_label, label = base, self.vocabulary.labels[base]
        if level == "provinsi" and not label.allows("provinsi") and label.province_counterpart \
                and (_COACHING.search(evidence.lower()) or (region.government and frame.status == "achieved")):
            predikat_label = label.province_counterpart
            label = self.vocabulary.labels[predikat_label]
        if label.allows(level):
            grade = (frame.grade or label.default_grade) if predikat_label == frame.label else None
            score = _score_after(doc, region, sent) if grade is None and label.score_is_grade else None
            status = frame.status
            if status == "maintain_target" and frame.cue and not _LEX_STATUS_STILL.isdisjoint(frame.cue.lower().split()) \
                    and self._not_held(code, predikat_label, frame.grade):
                # ("Kanwil berharap Katingan tetap menyandang predikat ... tahun depan" after Katingan was denied it:
                # "tetap" is "still, nevertheless"; nobody keeps what it does not hold)
                status = "target"
            fact = Fact("region", mention, None, code, predikat_label, grade, frame.year, frame.year_basis,
                        status, frame.cue, mention, mention_start, region.end_char, evidence, evidence_start,
                        evidence_end, region.method, confidence)
            fact.grade_is_default = frame.grade is None and grade is not None
            if score is not None:
                fact.grade = score  # (a score stated, not a default)
            return fact
        if label.allows("village") and level != "provinsi":
            # "penghargaan Desa Sadar Hukum ... delapan kabupaten, masing-masing Lembata, ...": villages in X
            name = f"desa/kelurahan di {self.gazetteer.region(code).name}"
            return Fact("unit", name, "village", code, frame.label, frame.grade or label.default_grade, frame.year,
                        frame.year_basis,
                        frame.status, frame.cue, mention, mention_start, region.end_char, evidence, evidence_start,
                        evidence_end, region.method, round(confidence * 0.8, 3))
        return None

    def _not_held(self, code: str, label: str, grade: str | None) -> bool:
        """Whether the article so far denied ``code`` the predikat and never gave it, or gave it only other grades of it
        ("Pada penilaian tahun 2021 Pesawaran masih belum lolos. ... untuk penilaian tahun 2022 ini Pesawaran akhirnya
        ditetapkan": held now)."""
        held = self.achieved_grades.get((label, code))
        if not held:
            return any(denied == label and getattr(holder, "code", None) == code for _, denied, holder in self.denied)
        # (a grade held but not named is not known to differ: "Kota Bogor meraih predikat Kota Layak Anak"; one named is)
        named = held - {None}
        return grade is not None and bool(named) and grade not in named

    def _apply_hint(self, region: RegionMention, hint: str | None) -> str:
        if hint and region.ambiguous:
            for code in region.candidates:
                if self.gazetteer.region(code).level == hint:
                    region.code, region.level, region.decided_by = code, hint, "frame"
                    return code
        return region.code

    # ------------------------------------------------------------------ the whole article
    def _finalize(self, found, article: ArticleYears, memory: Memory) -> list[Fact]:
        facts = []
        # the news of the lead: "Pemprov Malut memperoleh predikat B dalam evaluasi SAKIP ... tahun
        # lalu" dates the other holders the article lists for that predikat, when nothing else does
        lead: dict[str, int] = {}
        for index, fact, frame in sorted(found, key=lambda item: item[0]):
            if index <= 1 and fact.status == "achieved" and fact.year is not None and frame.year_basis in {"explicit", "relative"}:
                # (of a history told in the lead, "masing-masing pada 2015, 2016, dan 2017", the latest round)
                lead[fact.predikat] = max(lead.get(fact.predikat, fact.year), fact.year)
        # the round the lead aims at: "Kemenkumham Bengkulu Dorong Enam Daerah Raih Predikat Peduli HAM 2024" dates
        # keeping asked and coaching told without a year later on ("Kanwil meminta agar capaian itu dipertahankan",
        # "tujuh daerah ... akan mendapat pendampingan khusus"), unless it aims at another grade
        aimed: dict[str, set[tuple[int, str | None]]] = {}
        for record in memory.records:
            if record.index <= 2:
                for f in record.frames:
                    if f.status in {"target", "maintain_target"} and f.year is not None and f.year_basis in {"explicit", "relative"}:
                        aimed.setdefault(f.label, set()).add((f.year, f.grade))
        for index, fact, frame in found:
            if fact.status in {"maintain_target", "target"} and fact.year is None and not frame.never:
                years = {year for year, grade in aimed.get(fact.predikat, ())
                         if grade is None or frame.grade is None or grade == frame.grade}
                if len(years) == 1:
                    fact.year, fact.year_basis = years.pop(), "lead"
                elif (ahead := self._goal_told_next(memory, index, frame)) is not None:
                    fact.year, fact.year_basis = ahead
                elif not years and len(coming := article.coming.get(fact.predikat, ())) == 1:
                    # "Rakor tersebut menjadi langkah awal menghadapi penilaian KKPHAM tahun 2024. ... Keenamnya diminta
                    # mempertahankan predikat tersebut": the round the lead gets ready for
                    fact.year, fact.year_basis = next(iter(coming)), "lead"
            if fact.year_basis == "round_before":
                # "tujuh kabupaten yang belum meraih predikat ... akan menjadi sasaran pembinaan pada 2023", in an
                # article on the penetapan of the 2021 assessment: not held in the round the article reports
                year, basis = article.for_label(frame.label)
                if basis in {"decree", "assessment"} and year is not None and year < fact.year:
                    fact.year, fact.year_basis = year, basis
            fiscal = article.fiscal_for(frame.label)
            # (the sentence the frame came from, built only when a rule needs it)
            source = lambda anchor=frame.anchor: self._sentence_text(anchor)
            if _received_not_audited(fact, article, source) or _received_this_year(fact, article, source):
                # "19 entitas yang meraih opini WTP pada tahun 2021" in March 2022, before any LKPD of 2021
                # is audited: the opinions received in 2021, on the budget year before
                fact.year, fact.year_basis = fact.year - 1, "fiscal"
            if fact.year_basis == "relative" and fiscal is not None and fact.year is not None \
                    and article.published_year is not None and fiscal == article.published_year - 1:
                # an audit opinion is reported the year after its fiscal year: in an article on the
                # LKPD of 2022 published in 2023, "tahun lalu" is the opinion on 2021 and "WTP tahun
                # depan" the one on 2023
                fact.year, fact.year_basis = fact.year - 1, "fiscal"
            if fact.year_basis == "relative" and article.published_year is not None \
                    and fact.year == article.published_year - 1 and _PREVIOUS_ROUND.search(fact.evidence) \
                    and not _THIS_YEAR.search(fact.evidence):
                # "Penetapan ini merupakan hasil penilaian ... sepanjang tahun 2021" (December 2022), then "naik
                # dibanding penilaian tahun sebelumnya, ketika ... belum masuk daftar": the round before the one
                # the article reports, not the calendar year before
                # (or named with the predikat: "Penetapan Kabupaten/Kota Peduli HAM Pada Tahun 2021")
                year, basis = article.for_label(frame.label)
                if basis in {"decree", "assessment", "article"} and year is not None and year < article.published_year:
                    fact.year, fact.year_basis = year - 1, basis
            until = self.vocabulary.results_until_month(frame.label)
            if fact.status == "achieved" and fact.year_basis == "relative" and fact.year is not None \
                    and until is not None and article.month_known and not _EVALUATED_IN.search(fact.evidence) \
                    and article.published_month is not None and article.published_month <= until:
                # "Tahun lalu, SAKIP kita mendapat predikat CC, dan tahun ini B" in news of January 2018: the
                # evaluation years, one behind the calendar while the results are being handed over (goals
                # "tahun ini" are set for the calendar year)
                fact.year, fact.year_basis = fact.year - 1, "evaluation"
            if fact.status in {"achieved", "not_achieved"} and fact.year_basis == "relative" \
                    and fact.year == article.published_year:
                # "tahun ini" at a hand-over: the year the article says was assessed, if it says one,
                # or the edition it names when that is last year's ("Penganugerahan Adipura Tahun
                # 2023", held in March 2024: "Adipura Kencana tahun ini" is the 2023 edition); the same for
                # whoever missed this round ("Dua daerah lainnya ... belum masuk daftar penerima tahun ini")
                year, basis = article.for_label(frame.label)
                if year is not None and (basis in {"decree", "assessment", "fiscal"}
                                         or basis == "article" and year == article.published_year - 1):
                    fact.year, fact.year_basis = year, basis
            if fact.year is None and not frame.never:
                if fact.status in {"achieved", "not_achieved"}:
                    year, basis = article.for_label(frame.label)
                    if basis == "lead" and fact.status != "achieved":
                        # the lead's year is the round of the awards it reports, not of every denial
                        # ("Kecuali Ciamis, semuanya pernah meraih ...": never before)
                        year, basis = None, None
                    if year is None and fact.predikat in lead:
                        year, basis = lead[fact.predikat], "lead"
                    if year is None and fact.status == "not_achieved" and frame.year_basis is None:
                        # "tahun lalu sebanyak 34 kabupaten/kota di Jatim sudah mengantongi predikat peduli HAM. ...
                        # Masih ada empat daerah yang belum berhasil, yaitu ...": missed in the round just told of
                        year = memory.year_for(frame.label, "achieved", index)
                        basis = "inherited" if year is not None else None
                    if year is None and frame.date_year is not None and fact.status == "achieved":
                        year, basis = frame.date_year, "date"
                    month = self.vocabulary.awarded_in_month(frame.label, article.published_year)
                    if year is None and month is not None \
                            and article.published_month is not None and article.published_month >= month \
                            and not looking_back(self.lower, frame.anchor):
                        # "KI NTB menetapkan Kabupaten Sumbawa Barat sebagai Kabupaten Cukup Informatif" in
                        # an article of November 2018: the Anugerah KIP of 2018, for that year's monev (an
                        # article written before the month of the hand-over speaks of the round before); "masih
                        # ada 4 kabupaten yang belum memperoleh predikat KLA" in September 2019: not in the 2019 round
                        year, basis = article.published_year, "published"
                    until = self.vocabulary.results_until_month(frame.label)
                    if fact.status == "achieved" and until is not None and article.month_known \
                            and article.published_month is not None and article.published_month <= until \
                            and year in {None, article.published_year} and basis in {None, "date"} \
                            and not looking_back(self.lower, frame.anchor):
                        # "menerima SAKIP Award ..., Senin (10/2/2020)": SAKIP results for 2019 are handed
                        # over early in 2020
                        year, basis = article.published_year - 1, "evaluation"
                else:
                    year, basis = memory.year_for(frame.label, fact.status, index, fact.grade), "inherited"
                    if year is None and fiscal is not None and article.published_year is not None \
                            and fiscal == article.published_year - 1 \
                            and not any(f.predikat == fact.predikat and f.status == "achieved" and f.year == fiscal
                                        for _, f, _ in found):
                        # "menyerahkan LKPD 2022 ke BPK ..., semoga prestasi itu bisa terus dipertahankan": while the
                        # report is being audited, a goal for the opinion is for that report's year
                        year, basis = fiscal, "fiscal"
                if year is not None and fact.status in {"achieved", "not_achieved"} \
                        and article.published_year is not None and year >= article.published_year \
                        and (_ROUNDS_UNTOLD.search(fact.evidence) or _ROUNDS_UNTOLD.search(self._sentence_text(frame.anchor))):
                    # "Pada penetapan terakhir, delapan dari sepuluh kabupaten/kota di NTB sudah menyandang predikat
                    # KKPHAM" as the 2025 round is prepared: held in the last round, which is not this year's
                    year, basis = None, None
                if year is not None and rounds_back(frame.year_basis):
                    # "opini enam pemda meningkat dari WDP ke WTP": the grade left behind, the round before;
                    # "Dua tahun berturut-turut ... Madya, sekarang naik ke Nindya": the two rounds before
                    year -= rounds_back(frame.year_basis)
                    basis = "transition" if frame.year_basis == "previous" else "streak"
                if year is not None:
                    fact.year, fact.year_basis = year, basis
                    fact.confidence = round(fact.confidence * 0.9, 3)
            if fact.year is None and rounds_back(fact.year_basis):
                fact.year_basis = None
            facts.append((fact, frame))
        _keep_what_was_named(facts)
        facts = _graded(facts, self.vocabulary)
        return deduplicate([fact for fact, frame in facts if not _a_wish(fact, frame)])


# "dalam evaluasi SAKIP yang dilakukan Kementerian PANRB tahun lalu": the relative year is the evaluation's own
_EVALUATED_IN = re.compile(r"\b(?:evaluasi|penilaian)\b[^.]{0,120}?\btahun\s+(?:lalu|ini|kemarin)\b", re.IGNORECASE)
# ("naik dibanding penilaian tahun sebelumnya"; a sentence that also says "tahun ini" dates by the calendar)
_PREVIOUS_ROUND = phrases_regex(time_words().previous_round)
_THIS_YEAR = phrases_regex(time_words().calendar_round)
_AUDITS_DONE_BY_MONTH = 3  # LHP on a budget year reach the governments from April of the year after


def _received_not_audited(fact: Fact, article, source) -> bool:
    """An audit opinion said to be held for the year before an article of January to March, where that
    year is not written as the budget year, in its sentence or in the sentence its frame came from
    (``source()``; a list's year may come from the sentence before: "Opini WTP atas LKPD Tahun Anggaran 2016
    diraih lima daerah. Kelima daerah itu ialah ..."): no LKPD of that year has been audited yet."""
    if fact.predikat != "OPINI_BPK" or fact.status != "achieved" or fact.year_basis != "explicit" \
            or article.published_year is None or article.published_month is None or not article.month_known:
        return False
    if fact.year != article.published_year - 1 or article.published_month > _AUDITS_DONE_BY_MONTH:
        return False
    return not _written_as_budget_year(fact, article, source)


_DOING = _STATUS.coach_forms - _STATUS.wishes


def _a_wish(fact: Fact, frame: Frame) -> bool:
    """A goal with neither a year nor a grade of its own that nobody acts on: told by hoping or striving ("Ia
    berharap ke depan Kabupaten Gorontalo bisa meraih penghargaan KLA pada kategori yang lebih tinggi"), by a
    purpose or a modal alone ("Untuk meraih penghargaan Adipura, Pemerintah Kabupaten Lebak bekerja keras",
    "siap meraih"): too vague to record. One with a coaching verb ("didorong", "didampingi", "menargetkan")
    stays; the coaching words that only hope are ``wishes`` in status_cues.toml."""
    if fact.status != "target" or fact.year is not None or (fact.grade is not None and not fact.grade_is_default):
        return False
    return _DOING.isdisjoint((frame.cue or "").lower().split())


def _written_as_budget_year(fact: Fact, article, source) -> bool:
    """Whether the fact's year is written as a budget year in its sentence or in the one its frame came from
    (``source()``)."""
    return fact.year in article.budget_years(fact.evidence) or fact.year in article.budget_years(source())


def _received_this_year(fact: Fact, article, source) -> bool:
    """An audit opinion said to be held for the article's own year, where that year is not written as the budget
    year ("predikat Opini WTP atas LKPD yang diterima pada tahun 2025 ini" in May 2025): a budget year is audited
    only after it ends, so the year is the hand-over's, on the budget year before."""
    if fact.predikat != "OPINI_BPK" or fact.status not in {"achieved", "not_achieved"} or fact.year_basis != "explicit" \
            or article.published_year is None or fact.year != article.published_year:
        return False
    return not _written_as_budget_year(fact, article, source)


def _keep_what_was_named(facts: list[tuple[Fact, Frame]]) -> None:
    """"Ia meminta Pemprov Kalbar, Kota Pontianak dan Kubu Raya mempertahankan capaian tersebut":
    keeping "that" is keeping the grade each of them was said to hold, when it was one grade; so is keeping
    the predikat by its bare name ("berharap predikat tersebut dapat dipertahankan pada IGA 2024")."""
    held = _held_grades(facts, lambda fact: not fact.grade_is_default)
    for fact, frame in facts:
        if fact.status == "maintain_target" and (fact.grade is None or fact.grade_is_default):
            grades = held.get(fact.holder_key() + (fact.predikat,), set())
            if len(grades) == 1:
                fact.grade, fact.grade_is_default = next(iter(grades)), False


def _held_grades(facts: list[tuple[Fact, Frame]], counts) -> dict[tuple, set]:
    """The grades each holder is said to hold, by holder and predikat, of the achieved facts ``counts``
    admits."""
    held: dict[tuple, set] = {}
    for fact, _ in facts:
        if fact.status == "achieved" and fact.grade is not None and counts(fact):
            held.setdefault(fact.holder_key() + (fact.predikat,), set()).add(fact.grade)
    return held


def _graded(facts: list[tuple[Fact, Frame]], vocabulary) -> list[tuple[Fact, Frame]]:
    """Facts of a label that always has a grade, with their grade: "Pemprov Bengkulu sudah 7 kali
    beruntun meraih opini WTF dari BPK, yakni dari tahun 2017 hingga tahun 2023" holds the one opinion
    the article gives the holder; an "opini" of no grade the article can tell is no audit opinion
    anyone can count ("dengan raihan opini WTP tersebut, lima pemda berhasil mempertahankan capaiannya")."""
    held = _held_grades(facts, lambda fact: vocabulary.grade_required(fact.predikat))
    kept = []
    for fact, frame in facts:
        if fact.grade is None and vocabulary.grade_required(fact.predikat):
            grades = held.get(fact.holder_key() + (fact.predikat,), set())
            if len(grades) != 1 or fact.status != "achieved":
                continue
            fact.grade = next(iter(grades))
        kept.append((fact, frame))
    return kept


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per claim; a claim without year or grade yields to the same claim with one; of two
    equal claims the more confident stays, and a unit keeps the location one of them gives."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = fact.key()
        current = best.get(key)
        if current is None:
            best[key] = fact
            continue
        keep, other = (fact, current) if fact.confidence > current.confidence else (current, fact)
        if keep.region_code is None and other.region_code is not None:
            keep.region_code = other.region_code
        best[key] = keep
    kept = _join_halves(list(best.values()))
    dated = {f.holder_key() + (f.predikat, f.grade, f.status) for f in kept if f.year is not None}
    graded = {f.holder_key() + (f.predikat, f.year, f.status) for f in kept if f.grade is not None and not f.grade_is_default}
    result = []
    for f in kept:
        if f.year is None and f.holder_key() + (f.predikat, f.grade, f.status) in dated and not _never(f):
            continue  # (but "belum pernah meraih" is a claim of its own: never, not in the round dated)
        if (f.grade is None or f.grade_is_default) and f.holder_key() + (f.predikat, f.year, f.status) in graded:
            continue  # "Cukup Peduli HAM" named for this holder: the plain mention meant the same award
        result.append(f)
    result.sort(key=lambda f: (f.evidence_start, f.mention_start))
    return result


def _never(fact: Fact) -> bool:
    """A denial of every round: "belum pernah sekali pun meraih", "tidak pernah menerima"."""
    return fact.status == "not_achieved" and "pernah" in (fact.status_cue or "").lower().split()


def _join_halves(facts: list[Fact]) -> list[Fact]:
    """"Pemkab Seruyan Targetkan KLA Predikat Pratama" (a grade, no year) and "... evaluasi KLA tahun
    2024" (a year, no grade) for the same holder, predikat and status: one claim, when each half is
    the only one of its kind."""
    halves: dict[tuple, list[list[Fact]]] = {}  # key -> [graded undated, dated ungraded, others]
    for f in facts:
        graded, dated, others = halves.setdefault(f.holder_key() + (f.predikat, f.status), [[], [], []])
        if f.grade is not None and not f.grade_is_default and f.year is None:
            graded.append(f)
        elif f.grade is None and f.year is not None:
            dated.append(f)
        else:
            others.append(f)
    joined = set()
    for graded, dated, others in halves.values():
        if len(graded) == 1 and len(dated) == 1 and not others:
            graded[0].year, graded[0].year_basis = dated[0].year, dated[0].year_basis
            joined.add(id(dated[0]))
    return [f for f in facts if id(f) not in joined] if joined else facts


# ---------------------------------------------------------------------- helpers
def _start(holder) -> int:
    return holder.mention_start if isinstance(holder, RegionMention) else holder.start


_GAP_OPENERS = {"untuk", "bagi"}


def _gapped(doc: Doc, clause) -> bool:
    """A clause that opens with a contrast word and "untuk"/"bagi" and has no status verb of its own:
    "sedangkan untuk kabupaten/kota ..."."""
    lower = view(doc).lower
    words = [i for i in range(clause.start, min(clause.end, clause.start + 4)) if lower[i] not in {",", ";"}]
    return len(words) >= 2 and lower[words[0]] in _S.contrast and lower[words[1]] in _GAP_OPENERS \
        and not groups_between(doc, clause.start, clause.end)


_OWN_YEAR_GLUE = {"yang", "pada", "tahun", "di", "(", "mencapainya", "meraihnya", "menerimanya", "memperolehnya"}


def _own_years(doc: Doc, holders: list, years: list) -> dict[int, int]:
    """Holders of one list each followed by a year of its own ("A yang mencapainya pada tahun 2016 dan B
    pada tahun 2017"): id(holder) -> that year, when two holders or more have one and not all the same."""
    if len(holders) < 2 or sum(1 for y in years if y.kind == "explicit") < 2:
        return {}  # (most sentences: nothing to pair)
    lower = view(doc).lower
    starts = sorted(_start(h) for h in holders)
    found = {}
    for holder in holders:
        following = next((s for s in starts if s > _start(holder)), len(lower))
        year = next((y for y in years if holder.end <= y.start < min(holder.end + 6, following)
                     and y.kind == "explicit"), None)
        if year is not None and set(lower[holder.end : year.start]) <= _OWN_YEAR_GLUE:
            found[id(holder)] = year.value
    return found if len(found) >= 2 and len(set(found.values())) >= 2 else {}


def _frames_for(holder, frames: list[Frame], clause_holders: list, counted: list[int] = ()) -> list[Frame]:
    """When holders and differing frames alternate in one clause, each holder takes its own frame:
    the one after it ("A, B sebagai penerima Swasti Saba Padapa, serta C sebagai penerima Swasti
    Saba Wiwerda") or, when the list follows each frame, the one before it ("di zona hijau, yaitu A,
    B, serta satu kota di Zona Kuning, yaitu C"). Otherwise every frame applies. A count stands for
    holders not named ("Banda Aceh dan Sabang Masuk Zona Hijau, Dua Daerah Masih Zona Merah":
    ``counted`` holds its token)."""
    anchors = sorted({f.anchor for f in frames})
    if len(anchors) < 2 or len({(f.label, f.grade, f.status) for f in frames}) < 2:
        return frames
    # "Jambi predikat B, Bengkulu predikat B, Bangka Belitung predikat BB": a frame right after the
    # holder is its own, whatever the other names of the list are
    right_after = [f for f in frames if f.anchor == holder.end and f.bare]  # (not a table row: cells each have a year)
    if right_after:
        return right_after
    starts = [_start(h) for h in clause_holders]
    # a count that introduces names ("tiga kabupaten/kota yang tidak memperoleh predikat ..., yaitu
    # A, B dan C") is their subject, not other holders
    starts += [c for c in counted if c > anchors[0]
               and not any(c < p < next((a for a in anchors if a > c), 10 ** 9) for p in starts)]
    position = _start(holder)
    if min(starts) > anchors[0]:
        bounds = anchors + [10 ** 9]
        if all(any(bounds[i] < p < bounds[i + 1] for p in starts) for i in range(len(anchors))):
            anchor = max(a for a in anchors if a < position)
            return [f for f in frames if f.anchor == anchor]
        return frames
    bounds = [-1] + anchors
    if all(any(bounds[i] < p < bounds[i + 1] for p in starts) for i in range(len(anchors))):
        anchor = next((a for a in anchors if a > position), None)
        return [f for f in frames if f.anchor == anchor] if anchor is not None else frames
    return frames


def _own_never(holder, frames: list[Frame]) -> list[Frame]:
    """"17 daerah yang belum meraih predikat ... termasuk Kabupaten Nias, ... yang hingga kini belum pernah menyandang
    predikat KKPHAM": the holder's own "never" after it says more than the denial of the group before it."""
    never = {(f.label, f.status) for f in frames if f.never and f.anchor > _start(holder)}
    return [f for f in frames if f.never or (f.label, f.status) not in never or f.anchor > _start(holder)]


def _of_a_counted_group(doc: Doc, holder, frame: Frame, counts) -> bool:
    """Whether ``frame`` is told in a relative clause right after a count that stands between ``holder`` and it
    ("..., juga delapan daerah lain yang belum pernah meraih")."""
    if not frame.cue:
        return False
    lower = view(doc).lower
    cue = " ".join(frame.cue.lower().split())
    for c in counts:
        if c.backward or not c.value or c.value == 1 or not holder.end <= c.start < frame.anchor \
                or "yang" not in lower[c.end : c.end + 2]:
            continue  # ("Tuban diapresiasi sebagai salah satu kabupaten yang diusulkan ...": the holder itself)
        relative = lower.index("yang", c.end)
        if " ".join(lower[relative + 1 : relative + 1 + len(cue.split())]) == cue:
            return True
    return False


def _antecedent_year(frame: Frame, memory: Memory, index: int) -> Frame:
    """"daerah penerima penghargaan tersebut adalah ...": an award named before keeps the year (or
    the dated event) of the sentence that named it."""
    if not frame.anaphoric or frame.year is not None or frame.never:
        return frame
    for record in reversed(memory.records):
        if record.index >= index or index - record.index > 4:
            continue
        for earlier in record.frames:
            if earlier.label == frame.label and earlier.status == frame.status and frame.date_year is None:
                # only as the last resort: what the article says about the year still comes first
                fallback = earlier.year if earlier.year is not None else earlier.date_year
                if fallback is not None:
                    return replace(frame, date_year=fallback)
    return frame


_GOALS = {"target", "maintain_target"}
_HANDED_OVER = time_words().handed_over
_ROUNDS_UNTOLD = phrases_regex(_S.rounds_untold)
_MONTHS = frozenset(time_words().months)


def _goal_year_before(frame: Frame, memory: Memory, index: int) -> Frame:
    """'"... agar pada 2025 seluruh kabupaten/kota di NTB meraih predikat KKPHAM. Sementara delapan daerah yang
    sudah meraih kami harapkan mempertahankannya"': a goal with no year is for the round of the goal just before."""
    if frame.status not in _GOALS or frame.year is not None or frame.never:
        return frame
    previous = memory.previous(index)
    if previous is None:
        return frame
    # (not a goal of another grade: "agar naik minimal ke kategori Menuju Informatif tahun depan. Ia juga meminta Pemko
    # Banda Aceh mempertahankan kategori Informatif" leaves the keeping undated)
    years = {(f.year, f.year_basis) for f in previous.frames
             if f.label == frame.label and f.grade == frame.grade and f.status in _GOALS and f.year is not None}
    if len(years) != 1:
        return frame
    year, basis = years.pop()
    return replace(frame, year=year, year_basis=basis)


_OPPOSITE = {"achieved": "not_achieved", "not_achieved": "achieved"}


def _parts_of_wholes(words: list[str]) -> list[tuple[int, int]]:
    """The "N dari M" of a sentence ("sebanyak 12 dari 14 kabupaten/kota ... dinyatakan peduli HAM"): (N, M). A count
    of the rest in the next sentence ("Dua daerah yang belum berhasil ...") is of the same round."""
    found = []
    for k, word in enumerate(words):
        if word != "dari" or k == 0 or k + 1 >= len(words):
            continue
        whole = number_at(words, k + 1)
        part = next((p for n in (1, 2, 3) if k - n >= 0 and (p := number_at(words, k - n)) is not None
                     and p[0] == n), None)
        if whole is not None and part is not None and part[1] < whole[1]:
            found.append((part[1], whole[1]))
    return found


def _part_of(doc: Doc, count, previous) -> bool:
    """"Tujuh di antaranya", "dua lainnya": a part of a larger count the sentence before made."""
    return _names_a_part(doc, count) and any(v and v > count.value for v, _, _ in previous.counted)


def _names_a_part(doc: Doc, count) -> bool:
    """Whether ``count`` counts a part of a whole: "tujuh di antaranya", "dua lainnya"."""
    words = view(doc).lower[count.end - 2 : count.end]
    return bool(count.value) and (words == ["di", "antaranya"] or words[-1:] in (["diantaranya"], ["lainnya"]))


def _part_or_rest_of(doc: Doc, count, previous) -> bool:
    """Whether ``count`` is a part of a larger count the sentence before made, or what is left of it ("lima daerah
    lainnya" after "sebanyak sembilan kabupaten/kota ... ditetapkan"): either way of that count's round (the rest does
    not hold what the part got)."""
    lower = view(doc).lower
    rest = bool(count.value) and count.end < len(lower) and lower[count.end] == "lainnya"
    return (_names_a_part(doc, count) or rest) and any(v and v > count.value for v, _, _ in previous.counted)


_ONE_HOLDER_NOUNS = {"kota", "kabupaten", "daerah", "provinsi", "pemkab", "pemkot", "pemprov", "pemda"}


_DASHES = {"–", "-", "—"}
_ALSO = frozenset({"juga", "pun", "serupa", "sama"})


def _points_at_one_holder(words: list[str]) -> bool:
    """"Dua kali kota ini menerima Sertifikat": a demonstrative for the one holder just named."""
    return any(a in _ONE_HOLDER_NOUNS and b in {"ini", "itu", "tersebut"} for a, b in zip(words, words[1:]))


_REPORTS = {"lkpd", "lpkd", "lkpj", "lppd"}
_REPORT_OBJECTS = _REPORTS | {"laporan", "lhp"}


def _report_owner(doc: Doc, holder, holders) -> bool:
    """"Berdasarkan penilaian ... terhadap LKPD Tahun 2024 Pemkab Langkat, Labuhanbatu, ..., BPK
    memberikan Opini WDP": names after a report's name own the report audited; they are not the giver
    before the giver's verb (nor is the rest of their list)."""
    tv = view(doc)
    for first in holders:
        start = _start(first)
        if start > _start(holder):
            return False
        if any(w in _REPORTS for w in tv.lower[max(0, start - 5) : start]):
            # the holder, or a name of the list that runs on from the report's owner
            return all(tv.capitalised[i] or tv.lower[i] in {",", "dan", "serta"} for i in range(start, _start(holder)))
    return False


def _field_line(words: list[str]) -> bool:
    """"Opini: kualitas tertinggi", "Predikat : BB": a grade word and a colon open the line."""
    content = [w for w in words if w.strip()]
    return len(content) >= 3 and content[0] in _S.grade_words and content[1] == ":"


def _excepted(doc: Doc, holder) -> bool:
    """"minus Kabupaten Mamasa", "kecuali Kota X": named as the exception to the clause."""
    start = _start(holder)
    return start > 0 and view(doc).lower[start - 1] in {"minus", "kecuali", "terkecuali"}


def _speakers_by_name(doc: Doc, sents: list[Span], heads: list[RegionMention]):
    """"Wali Kota Tegal Dedy Yon Supriyono ... 'Kami berharap predikat ini bisa terus
    dipertahankan,' kata Dedy": a head of government (one of ``heads``) introduced with his name,
    quoted later by that name alone, or by the title alone when one holder of it was introduced
    ("..., harap Bupati."). Yields (sentence index, region)."""
    lower, words, capitalised = view(doc).lower, view(doc).words, view(doc).capitalised
    by_name: dict[str, RegionMention] = {}
    for region in heads:
        # ("Penjabat (Pj) Wali Kota Padang Panjang, Sonny Budaya Putra": the name may follow a comma; not another
        # person's title, "Bupati Gianyar, Kepala Kanwil Kemenkumham Bali dan ...")
        first = region.end + 1 if region.end < len(words) and words[region.end] == "," else region.end
        if first > region.end and first < len(words) and (lower[first] in _PERSON_TITLES or lower[first] in _STAFF_WORDS
                                                          or lower[first] in _S.government_heads):
            continue
        for i in range(first, min(len(words), first + 3)):
            if not (capitalised[i] and words[i].isalpha()):
                break
            if len(words[i]) >= 3:
                by_name.setdefault(lower[i], region)
    # ("... harap Bupati.": the title alone, when the article introduced one holder of it)
    by_title: dict[str, dict[str, RegionMention]] = {}  # title -> region code -> the head named so
    for region in heads:
        title = " ".join(lower[region.mention_start : region.start])
        if title in {"bupati", "wali kota", "walikota", "gubernur"}:
            by_title.setdefault(title, {}).setdefault(region.code, region)
    titles = {t: next(iter(r.values())) for t, r in by_title.items() if len(r) == 1}
    if not by_name and not titles:
        return
    starts = sentence_starts_of(doc)
    for t, sent in enumerate(sents):
        # ("Dendi menambahkan, Pemkab Pesawaran bertekad ...": the name opening a sentence, then a verb of reporting)
        speaker, after = by_name.get(lower[sent.start]), sent.start + 1
        for title, region in titles.items() if speaker is None else ():
            # ("Bupati berharap capaian tersebut dapat dipertahankan ...": the title alone, of the one head named so)
            n = len(title.split())
            if " ".join(lower[sent.start : sent.start + n]) == title:
                speaker, after = region, sent.start + n
        if speaker is not None and after < sent.end and lower[after] in _SPEAKING_VERBS:
            yield t, speaker
    opening_words = set(starts)
    for i, word in enumerate(lower[:-1]):
        # ("Menurut Edi, penilaian Kemenkumham meliputi ...": "menurut" opening a sentence)
        if word not in _SPEECH_VERBS or not (i == 0 or lower[i - 1] in {",", '"', "”"}
                                             or word == "menurut" and i in opening_words):
            continue
        speaker = by_name.get(lower[i + 1])
        for title, region in titles.items() if speaker is None else ():
            n = len(title.split())
            if " ".join(lower[i + 1 : i + 1 + n]) == title and i + 1 + n < len(lower) \
                    and not capitalised[i + 1 + n]:
                speaker = region
        if speaker is not None:
            # ('"Alhamdulillah, kita bertahan di BB. Tapi target kita tahun ini naik ke predikat A. ...," kata
            # Alfedri': every sentence of the quote the tag closes)
            t = bisect_right(starts, i) - 1
            opening = _quote_opening(lower, sents, t)
            for k in range(t if opening is None else opening, t + 1):
                yield k, speaker


def _quote_opening(lower: list[str], sents: list[Span], t: int) -> int | None:
    """The sentence that opens the quote sentence ``t`` closes with its speech tag, looked for in the three
    sentences before (None when no opening mark is found)."""
    # (the sentencizer may leave the opening mark at the end of the sentence before)
    return next((q for q in range(t, max(0, t - 4), -1) if lower[sents[q].start] in _OPENING_QUOTES
                 or q > 0 and lower[sents[q - 1].end - 1] in _OPENING_QUOTES), None)


_OPENING_QUOTES = {'"', "“"}
_RESULT_WORDS = frozenset({"sehingga"})  # "... bisa menyusul sehingga Sumut meraih 100 persen": the result hoped for


def _quote_running_into(lower: list[str], sents, index: int) -> int | None:
    """The sentence that opened a quote which runs on, closed nowhere in between, into sentence ``index`` (None when
    there is none, or the quote opens in ``index`` itself). ``sents`` are Spans or anything with ``.start``."""
    opening = _quote_opening(lower, sents, index)
    if opening is None or opening == index:
        return None
    # (a quote closed in between is another one)
    begin = sents[opening].start
    return None if any(w in _CLOSING_QUOTES for w in lower[begin + 1 : sents[index].start]) else opening
_PRONOUN_TAGS = frozenset(verb + "nya" for verb in _SPEECH_VERBS)  # "katanya", "ujarnya"


def _pronoun_tagged(doc: Doc, sents: list[Span]) -> list[int]:
    """The sentences that hold a speech tag with a pronoun after a comma or a closing quote ('...," katanya'), in
    order (found once per document: two rules ask)."""
    found = doc.user_data.get(_PRONOUN_TAGGED)
    if found is None:
        lower = view(doc).lower
        tags = [i for i, word in enumerate(lower) if word in _PRONOUN_TAGS and i > 0 and lower[i - 1] in {",", '"', "”"}]
        starts = sentence_starts_of(doc)
        found = doc.user_data[_PRONOUN_TAGGED] = sorted(
            {bisect_right(starts, i) - 1 for i in tags if i > starts[bisect_right(starts, i) - 1]})
    return found


_PRONOUN_TAGGED = "predikat_pronoun_tagged"


def _speakers_introduced_before(doc: Doc, sents: list[Span], heads: list[RegionMention]):
    """"Pj Bupati Muratara yang hadir ... mengakui masih banyak pekerjaan rumah. 'Kami menargetkan opini
    WTP atas LKPD Tahun Anggaran 2023. ...,' katanya.": a quote tagged with a pronoun ("katanya",
    "ujarnya") is the words of the head of government (one of ``heads``) the sentence before it
    names. Yields (sentence index, region) for every sentence of the quote."""
    if not heads:
        return
    lower = view(doc).lower
    for t in _pronoun_tagged(doc, sents):
        opening = _quote_opening(lower, sents, t)
        if opening is None:
            continue
        before = sents[opening - 1]
        speaker = next((r for r in heads if before.start <= r.start < before.end), None)
        if speaker is not None:
            for k in range(opening, t + 1):
                yield k, speaker


_HE = frozenset({"ia", "dia", "beliau"})  # the one spoken of last, reporting again


def _speakers_again(doc: Doc, sents: list[Span], speakers_by_sentence: list[list]):
    """'"Alhamdulillah, ini hasil kerja bersama seluruh perangkat daerah," kata Sonny. Ia meminta seluruh OPD menjaga
    konsistensi program agar predikat ... dapat dipertahankan tahun depan.': "Ia" opening a sentence with a verb of
    reporting, asking or hoping is the head of government the sentence just before quoted (one, and nobody for this one).
    Yields (sentence index, region)."""
    lower = view(doc).lower
    for t in range(1, len(sents)):
        sent = sents[t]
        if speakers_by_sentence[t] or sent.start + 1 >= sent.end or lower[sent.start] not in _HE:
            continue
        if lower[sent.start + 1] not in _SPEAKING_VERBS:
            continue
        before = speakers_by_sentence[t - 1]
        if len({r.code for r in before}) == 1:
            yield t, before[0]  # (added before the next sentence is looked at: "Ia ... . Ia ..." goes on)


def _speakers_going_on(doc: Doc, sents: list[Span], speakers_by_sentence: list[list]):
    """'..., ujar Apriyadi. Menurut dia, ... "Jangan berhenti di piagam. Tahun depan predikat ini harus kita
    pertahankan," tegasnya.': a quote tagged with a pronoun and no speaker found is the words of the head of
    government who spoke last, in the three sentences before, when nobody else was quoted by name since. Yields
    (sentence index, region) for every sentence of the quote."""
    lower, capitalised = view(doc).lower, view(doc).capitalised
    for t in _pronoun_tagged(doc, sents):
        if speakers_by_sentence[t]:
            continue
        opening = _quote_opening(lower, sents, t)
        if opening is None or any(speakers_by_sentence[k] for k in range(opening, t + 1)):
            continue
        for k in range(opening - 1, max(-1, opening - 4), -1):
            codes = {r.code for r in speakers_by_sentence[k]}
            if len(codes) == 1:
                for q in range(opening, t + 1):
                    yield q, speakers_by_sentence[k][0]
                break
            # (someone else quoted by name in between, "..., kata Kepala Kanwil Ilham Djaya.", or reporting by name:
            # "Kepala Kanwil Kemenkumham Sumsel Ilham Djaya mengatakan, ..." -- not "Ia menegaskan, ...")
            if codes or any(lower[i] in _SPEECH_VERBS and i + 1 < sents[k].end and capitalised[i + 1]
                            or lower[i] in _REPORTING_VERBS and i > sents[k].start and capitalised[i - 1]
                            and lower[i - 1] not in _HE for i in range(sents[k].start, sents[k].end)):
                break


def _points_back(words: list[str], sent, holders) -> bool:
    """Whether a list of at least two names opens with a phrase that points back at a group's recipients
    ("Daerah penerima itu ialah A, B, ..."): a recipient noun and a pointer, then an introducer, before the first
    name."""
    if len(distinct_holders(holders)) < 2:
        return False
    first = min(_start(h) for h in holders) - sent.start
    head = words[:first]  # (lower case already)
    # (the group's own members, named as its recipients: not "Sementara yang belum itu ialah ...", "Daerah lain
    # itu ialah ...")
    return len(head) <= 5 and any(w in {"itu", "tersebut"} for w in head) and not _RECIPIENT_NOUNS.isdisjoint(head) \
        and _SET_APART.isdisjoint(head) and any(" ".join(head[k:]) in _S.list_introducers for k in range(len(head)))


_OTHERS = frozenset({"lain", "lainnya"})  # "dua daerah lainnya": others besides
_SET_APART = frozenset(_STATUS.negation) | _OTHERS | {"selain", "sisanya"}


# words after a denied verb that still leave its object to be the predikat spoken of
# words after a verb or noun that point or name, not objects of their own ("penerima itu ialah ...")
_POINTERS = _S.list_introducers | _S.coreference | {"tersebut", "itu", "ini"}
_OBJECT_OPEN = _S.predikat_nouns | _S.criteria_nouns | {
    "nominasi", "daftar", "lagi", "pernah", "juga", "sebagai", "menjadi", "dalam", "pada", "di", "ke", "tahun",
    "untuk", "dari", "oleh", "karena", "bersama", "akibat", "lantaran", "sehingga", "hingga", "sampai", "kali", "satu", "apa", "apa-apa", "kembali"}


_GRADE_LINKS = {"dengan"}
# a gapped clause's holder after a comma and one of these ("..., dan Kabupaten Karangasem pada kualitas rendah")
_GAP_GLUE = (_S.name_glue | _S.contrast) - {","}


def _grade_after_group(doc: Doc, holder, holders, mentions):
    """The graded mention told right after the group of names ``holder`` is in ("Kota Tanjungpinang dan Kabupaten
    Bintan dengan kategori Madya"), or None; only when another group in the sentence is given a grade of its own, or
    the group opens a clause after a comma whose verb is left out ("..., dan Kabupaten Karangasem pada kualitas
    rendah"; not "..., sementara Kabupaten Bangli di zona merah pada 2022 kini naik ke zona kuning")."""
    lower = view(doc).lower
    starts = {_start(h): h for h in holders}
    i = holder.end
    while i < len(lower):
        if i in starts:
            i = starts[i].end
        elif lower[i] in _S.name_glue:
            i += 1
        else:
            break
    if i >= len(lower) or not (lower[i] in _GRADE_LINKS or lower[i] in _S.gapped_grade_links):
        return None  # (no link word after the names: most holders, nothing more to look at)
    # ("..., dan Kabupaten Karangasem pada kualitas rendah": a clause of its own after a comma, its verb left out)
    ends = {h.end: h for h in holders}
    first = _start(holder)
    while first >= 2 and lower[first - 1] in _S.name_glue and first - 1 in ends:
        first = _start(ends[first - 1])  # (back over the group's names: "..., dan Kabupaten Karangasem dan Bangli")
    sent_start, sent_end = sentence_bounds(doc, holder.start)
    gapped = first - 2 >= sent_start and lower[first - 1] in _GAP_GLUE and lower[first - 2] == ","
    if not (lower[i] in _GRADE_LINKS or gapped):
        return None
    found = next((m for m in mentions if i < m.start <= i + 3 and m.grade and m.label), None)
    if found is None:
        return None
    if gapped and lower[i] in _S.gapped_grade_links:
        stop = next((j for j in range(found.end, sent_end) if lower[j] in {",", ";", "."}), sent_end)
        return found if not groups_between(doc, found.end, stop) else None
    sent = doc[holder.start].sent
    ends = {h.end for h in holders}

    def after_names(m) -> bool:
        """Told right after a group of names: "Kabupaten Karimun dan Lingga dengan kategori Pratama"."""
        link = next((j for j in range(m.start - 1, max(sent.start, m.start - 3) - 1, -1) if lower[j] in _GRADE_LINKS), None)
        return link is not None and link in ends

    others = [m for m in mentions if m is not found and m.label == found.label and m.grade and m.grade != found.grade
              and sent.start <= m.start < sent.end and after_names(m)]
    return found if others else None


_SCORE = re.compile(r"\d{1,3},\d{1,2}")  # "87,15": an Indonesian decimal


def _score_after(doc: Doc, holder, sent: Span) -> str | None:
    """The score stated for ``holder`` (IRH): the first decimal after it in its sentence, before the next holder
    ("Pemerintah Provinsi Riau dengan 84,70, Kota Pekanbaru 82,60, ...", "Kabupaten Siak meraih nilai tertinggi IRH
    tahun 2023 ... dengan nilai 87,15")."""
    following = [r for r in regions_between(doc, holder.end, sent.end) if r.role == "holder" and r.code]
    end = following[0].mention_start if following else sent.end
    words = view(doc).words
    return next((words[i] for i in range(holder.end, end) if _SCORE.fullmatch(words[i])), None)


def _other_group(lower: list[str], count) -> bool:
    """"dua daerah lainnya", "tiga kabupaten lain": a group besides the ones counted before."""
    return count.end < len(lower) and lower[count.end] in _OTHERS


_REST_OPENING = 4  # the words before "yang belum": "Sementara dua daerah lainnya"


def _rest_denied(words: list[str]) -> str | None:
    """"Dua yang belum adalah ...", "Sementara yang belum, yakni ...": an opening that denies, with no verb, what the
    sentence before said, of the names it introduces. Returns the denial's words."""
    first = _first_word(words)
    if first is None:
        return None
    k = first
    while k < len(words) and k - first < _REST_OPENING and words[k] != "yang":
        k += 1  # ("Dua", "Sementara dua daerah", "Adapun")
    if k + 1 >= len(words) or words[k] != "yang" or words[k + 1] not in _S.bare_denials:
        return None
    after = k + 2 + (1 if k + 2 < len(words) and words[k + 2] == "," else 0)
    if after < len(words) and (words[after] in _S.list_introducers or words[after] == ":"):
        return " ".join(words[k : k + 2])
    return None


def _opens_with(words: list[str], phrases: frozenset[str]) -> bool:
    """Whether the sentence opens (past quotes and brackets) with one of ``phrases``."""
    first = _first_word(words)
    return first is not None and any(" ".join(words[first : first + n]) in phrases for n in (1, 2, 3))


def _first_word(words: list[str]) -> int | None:
    """Where the first word of a sentence is, past quotes and brackets."""
    return next((k for k, w in enumerate(words) if w.isalpha()), None)


def _opening(words: list[str]) -> str | None:
    """The first word of a sentence, past quotes and brackets."""
    first = _first_word(words)
    return None if first is None else words[first]


def _other_object(tv, i: int) -> bool:
    """A common noun right after a verb is its own object ("membawa janji"), not the predikat; a
    name is a holder ("Minus Kota Palopo")."""
    # ("belum lolos penilaian tahun lalu": to pass the assessment is to get the predikat; not "belum lolos penilaian
    # tahap pertama", a stage of it)
    return i < len(tv.words) and tv.words[i].isalpha() and tv.words[i][:1].islower() and tv.lower[i] not in _OBJECT_OPEN \
        and not (tv.lower[i - 1] in _S.passing and tv.lower[i] in _S.assessment_nouns
                 and (i + 1 >= len(tv.lower) or tv.lower[i + 1] not in _S.assessment_stages))


def _heads_government(doc: Doc, region: RegionMention) -> bool:
    """"Bupati Malang", "Wali Kota Batam", "Gubernur Jambi": the speaker heads the region's government."""
    lower = view(doc).lower
    # the title may be the mention's own prefix ("Bupati Malang") or stand just before it, but not
    # as part of a staff title ("Staf Ahli Gubernur Papua", "Asisten I Bupati")
    start = max(0, region.mention_start - 2)
    words = lower[start : region.start]
    heads = [k for k, w in enumerate(words, start) if w in _S.government_heads or w == "wali"]
    return bool(heads) and (heads[0] == 0 or lower[heads[0] - 1] not in _STAFF_WORDS)


_ALL = {"seluruh", "semua", "para", "segenap"}
_RECIPIENT_NOUNS = {"penerima", "peraih"}


def _opens_list(lower: list[str], i: int) -> bool:
    """Whether a list introducer starts within the three tokens from ``i`` ("belum lolos antara lain ...", "belum
    lolos, antara lain ...", "belum lolos penilaian ialah ..."). (It also takes "belum mendapat sosialisasi yaitu
    ...", which names who missed something else; tying the words between to the assessment lowered the never-read
    sets.)"""
    return any(" ".join(lower[start : start + n]) in _S.list_introducers for start in (i, i + 1, i + 2) for n in (1, 2, 3))


def _counts_all(words: list[str]) -> bool:
    """"Seluruh kabupaten dan kota di Provinsi ...", "semua daerah", "para bupati dan wali kota": every holder of a
    kind, uncounted (not "hampir seluruh kabupaten/kota", "tidak semua daerah")."""
    return any(word in _ALL and (k == 0 or words[k - 1] not in _S.not_all)
               and (noun_at(words, k + 1) is not None or _S.heads_at(words, k + 1))
               for k, word in enumerate(words)) or _levels_asked(words) is not None


def _levels_headed(words: list[str]) -> frozenset[str] | None:
    """The levels of "para bupati" (kabupaten), "seluruh wali kota" (kota), "para bupati dan wali kota" (both): every
    region of those levels; None when the sentence names no such heads (every region, whatever its level)."""
    for k, word in enumerate(words):
        if word in _S.head_groups and (levels := _S.heads_at(words, k + 1)):
            return levels
    return _levels_asked(words)


def _levels_asked(words: list[str]) -> frozenset[str] | None:
    """"Saya minta bupati dan wali kota menjaga predikat ini": the heads of both levels asked with no group word."""
    for k, word in enumerate(words):
        if word in _S.asking_heads and len(levels := _S.heads_at(words, k + 1)) > 1 \
                and _S.supporting.isdisjoint(words[k + 1 : k + 8]):
            return levels  # (not "minta bupati dan wali kota mendukung kami agar ...": they help the speaker)
    return None


def _all_recipients(words: list[str]) -> bool:
    """"seluruh Kabupaten/Kota yang menerima penghargaan", "semua daerah penerima", "para peraih
    predikat": every recipient, named or not."""
    for k, word in enumerate(words):
        if word not in _ALL:
            continue
        after = words[k + 1 : k + 7]
        if _RECIPIENT_NOUNS.intersection(after):
            return True
        if "yang" in after and after.index("yang") + 1 < len(after):
            verb = after[after.index("yang") + 1 :]
            if verb and (verb[0] in {"menerima", "meraih", "memperoleh", "mendapat"}
                         or verb[0] in {"telah", "sudah"} and len(verb) > 1
                         and verb[1] in {"menerima", "meraih", "memperoleh", "mendapat"}):
                return True
    return False


def _failed_before(lower: list[str], at: int) -> bool:
    """Whether a negation stands in the six tokens before the year at ``at`` ("gagal pada evaluasi tahun 2021")."""
    return not _NEGATIONS.isdisjoint(lower[max(0, at - 6) : at])


_NEGATIONS = status_lexicon().negation


def _quote_year(doc: Doc, index: int) -> tuple[int, str] | None:
    """'"Tahun ini kami targetkan tidak ada lagi daerah di Kalbar yang tertinggal. Yang sudah meraih harus
    mempertahankan, ...," kata ...': the one round (year, kind) now or ahead that the sentences before sentence
    ``index`` in the same quote name, or None (a quote opened by :func:`_quote_opening`, closed nowhere before
    ``index``)."""
    starts = sentence_starts_of(doc)
    lower = view(doc).lower
    bounds = [_Bounds(a, b) for a, b in zip(starts, starts[1:] + [len(lower)])]
    opening = _quote_running_into(lower, bounds, index)
    if opening is None:
        return None
    begin = bounds[opening].start
    # (a round now or ahead: not "Ini kali kedua Minut meraih predikat peduli HAM setelah tahun 2021", a history)
    now = published_year(doc)
    years = {(y.value, y.kind) for y in doc._.years or [] if begin <= y.start < bounds[index].start
             and y.kind in {"explicit", "relative"} and now is not None and y.value >= now}
    return years.pop() if len(years) == 1 else None


class RecipientGoal(NamedTuple):
    """A goal set for every recipient of a predikat in the article: the sentence, its index, the goal frames, the levels
    of government asked (None: all), the grades the recipients must hold ((label, grades), None: any) and the province
    they must be in (None: any)."""
    sent: Span
    index: int
    frames: list
    levels: set | None
    held: tuple | None = None
    province: str | None = None  # only the recipients in this province ("sembilan kabupaten/kota di Bali")


class _Bounds(NamedTuple):
    """A sentence's token bounds, for the helpers that read ``.start`` and ``.end`` of a Span."""
    start: int
    end: int


_CLOSING_QUOTES = {'"', "”"}


def _goal_of_the_quote(doc: Doc, frame: Frame, index: int) -> Frame:
    """An undated keeping asked in a quote is for the round the quote named before it ('"Tahun ini ... Yang sudah
    meraih harus mempertahankan"')."""
    if frame.status != "maintain_target" or frame.year is not None or frame.never:
        return frame
    found = _quote_year(doc, index)
    return replace(frame, year=found[0], year_basis=found[1]) if found else frame


def _holders_of_grades(doc: Doc, sent: Span):
    """"daerah yang sudah meraih Nindya", "kabupaten yang telah meraih Madya dan Nindya": the ones holding those grades,
    uncounted, as (label, grades, levels or None, the token after the grades), or None."""
    lower = view(doc).lower
    found = next(_holders_so_far_at(lower, sent.start, sent.end), None) \
        or next(_holders_still_at(lower, sent.start, sent.end), None)
    if found is None:
        return None
    noun, verb_end = found
    graded, i = [], verb_end
    for m in mentions_between(doc, verb_end, sent.end):
        if m.start != i or not (m.grade and m.label) or graded and m.label != graded[0].label:
            break
        graded.append(m)
        i = m.end + 1 if m.end < sent.end and lower[m.end] in _S.name_glue else m.end
    if not graded:
        return None
    levels = {lower[noun]} if lower[noun] in {"kabupaten", "kota"} else None
    return graded[0].label, frozenset(m.grade for m in graded), levels, graded[-1].end


def _clause_index(parts: list, at: int) -> int | None:
    """The index of the clause of ``parts`` holding token ``at`` (None when none does)."""
    return next((k for k, c in enumerate(parts) if c.start <= at < c.end), None)


# verbs (and the noun of deciding) that get or decide a predikat itself, whatever follows them
_GETTING_ITSELF = frozenset({"meraih", "diraih", "memperoleh", "diperoleh", "mendapat", "mendapatkan", "menerima",
                             "diterima", "menyandang", "disandang", "ditetapkan", "penetapan", "dinobatkan", "dianugerahi",
                             "mengantongi", "menyabet", "penerima", "peraih", "mempertahankan", "dipertahankan",
                             "dianugerahkan", "kehilangan", "meraihnya", "mendapatkannya", "menyandangnya"})


_RECIPIENT_MARKS = frozenset({"kepada", "di", "ke", "bagi"})
_COACHING_GIVEN = frozenset({"diberikan", "dilakukan", "dilaksanakan", "berlanjut", "dijadwalkan", "menyasar", "diterima",
                             "digelar", "menyentuh", "diterapkan"})
# (refused, asked or hoped for, denied, or done before: not given now)
_NOT_GIVEN_NOW = frozenset({"tidak", "tak", "belum", "menolak", "ditolak", "diminta", "meminta", "berharap", "harap",
                            "pernah", "lalu", "dulu"})


def _gets_itself(lower: list[str], verb: int) -> bool:
    """Whether the verb at ``verb`` gets or decides a predikat itself: "meraih", "ditetapkan", "belum lolos", "masuk
    daftar penerima" (not "lolos ke tahap wawancara", "belum menyerahkan")."""
    word, after = lower[verb], lower[verb + 1] if verb + 1 < len(lower) else ""
    return word in _GETTING_ITSELF or (word == "lolos" and after not in {"ke", "tahap", "babak", "seleksi"}) \
        or (word == "masuk" and after == "daftar")


def _same_coaching(words: list[str], now: int | None) -> bool:
    """"Pendampingan serupa juga diberikan kepada ...", "pembinaan yang sama dilakukan di ...": a coaching noun pointing
    back at the coaching told before, given now (not "Pendampingan serupa tidak diberikan kepada ...", "... menolak
    pendampingan serupa", "Pendampingan serupa tahun lalu diberikan ...": words told up to the recipients, and a year
    before the article's anywhere)."""
    for k, w in enumerate(words):
        if w in _S.coaching_nouns and (words[k + 1 : k + 2] == ["serupa"] or words[k + 1 : k + 3] == ["yang", "sama"]):
            given = next((m for m in range(k + 2, min(len(words), k + 8)) if words[m] in _COACHING_GIVEN), None)
            recipients = next((m for m in range(k + 2, len(words)) if words[m] in _RECIPIENT_MARKS), len(words))
            return given is not None and _NOT_GIVEN_NOW.isdisjoint(words[:recipients]) \
                and not any(w.isdigit() and len(w) == 4 and now is not None and int(w) < now for w in words)
    return False


def _lone_new_count(counts) -> CountMention | None:
    """The one count of a sentence that does not point back, when every other one does, or None."""
    new = [c for c in counts if not c.backward]
    return new[0] if len(new) == 1 and new[0].value and all(c.backward and c.value for c in counts if c is not new[0]) \
        else None


def _of_the_clause_of(doc: Doc, parts: list, clause_frames: list, frames: list, at: int, counts) -> list:
    """The frames the clause holding token ``at`` built, when another clause has frames too and a subject of its own (a
    count that points back at nobody): '"Kelima daerah itu akan kami dampingi agar tahun depan bisa menyusul, sedangkan
    tujuh daerah yang sudah meraih kami minta mempertahankannya"': the five are coached, not asked to keep it (not "...,
    sedangkan pada tahun 2023 mereka juga meraih predikat KLA": the same ones again). ``frames`` otherwise. Another
    clause's own subject is a count that points back at nobody, or "daerah yang sudah meraih".

    A clause that built nothing but denies ("sebanyak 18 kabupaten/kota ... telah menyandang predikat tersebut, sedangkan
    keenam daerah itu belum berhasil") gives its count none of the other clause's frames."""
    lower = view(doc).lower
    k = _clause_index(parts, at)
    if len(parts) >= 2 and k is not None and k > 0 and not clause_frames[k] \
            and _S.set_against.intersection(lower[max(0, parts[k].start - 1) : parts[k].start + 1]) \
            and _S.conceding.isdisjoint(lower[parts[0].start : parts[k].end]) and any(
            g.status == "not_achieved" for g in groups_between(doc, parts[k].start, parts[k].end)) \
            and any(f.status == "achieved" for f in clause_frames[k - 1]):
        return [f for f in frames if f.status != "achieved"]
    if len(parts) < 2 or k is None or not clause_frames[k]:
        return frames
    others = [c for j, c in enumerate(parts) if j != k and clause_frames[j]]
    if not any(any(c.start <= n.start < c.end and not n.backward for n in counts)
               or _holders_so_far(lower[c.start : c.end]) for c in others):
        return frames
    return clause_frames[k]


def _object_of_a_verb(doc: Doc, holder) -> bool:
    """Whether a region is named right after an active verb (meN-) that is neither a status cue nor one that lists or
    introduces names ("menyambangi Parigi Moutong", not "memuat Parigi Moutong", "meliputi Kabupaten Badung")."""
    lower = view(doc).lower
    i = _start(holder) - 1
    if not isinstance(holder, RegionMention) or i < 0 or not lower[i].startswith("me") or not view(doc).alpha[i] \
            or len(lower[i]) < 6 or lower[i] in _S.list_introducers or lower[i] in _S.listing_verbs:
        return False
    return not any(c.start <= i < c.end for c in cues_between(doc, max(0, i - 3), i + 1))


def _province_after_count(doc: Doc, count) -> str | None:
    """The code of the province a count is of ("kelima kabupaten/kota di DIY", "se-Sulteng"), or None."""
    lower = view(doc).lower
    i = count.end
    if i < len(lower) and lower[i] in {"di", "se"}:
        i += 1 + (i + 1 < len(lower) and lower[i + 1] == "-")
    elif not (i < len(lower) and lower[i].startswith("se-")):
        return None
    place = next((r for r in regions_between(doc, count.end, i + 2) if r.code and "." not in r.code), None)
    if place is None or place.end < len(lower) and lower[place.end] == "yang":
        return None  # ("kedua kabupaten di DIY yang belum meraih predikat": some of them, not the ones named)
    return place.code


def _others_counted(words: list[str]) -> bool:
    """Whether ``words`` count the others ("sembilan kabupaten lainnya", "tiga daerah lain")."""
    if _OTHERS.isdisjoint(words):
        return False  # (one set test for the sentences that say neither word)
    return any(w in _S.count_nouns and nxt in _OTHERS for w, nxt in zip(words, words[1:]))


def _got_in_the_round_before(doc: Doc, group) -> bool:
    """Whether ``group`` is a passive verb of getting whose subject is a round compared with, named just before it:
    "bertambah dibanding penilaian tahun 2019 yang (hanya) diraih ..." (not "laporan hasil penilaian tahun 2022 yang
    diterima Kabupaten Sigi", a report)."""
    lower = view(doc).lower
    if group.status != "achieved" or not lower[group.verb].startswith("di"):
        return False
    k = group.start - 1
    while k > 0 and lower[k] in _S.passive_adverbs:
        k -= 1
    if k < 1 or lower[k] != "yang":
        return False
    year = next((y for y in doc._.years or [] if y.end == k and y.kind == "explicit"), None)
    if year is None:
        return False
    # the assessment noun right before the year ("penilaian tahun 2019", "evaluasi 2019"), and a comparison before it
    noun = year.start - (2 if lower[year.start - 1] == "tahun" else 1)
    return noun >= 1 and lower[noun] in _S.assessment_nouns and lower[noun - 1] in _S.compared_rounds


def _holders_still_at(lower: list[str], start: int, end: int):
    """Where "daerah yang masih Pratama" ("kabupaten yang masih berada pada level kategori Madya") stands in
    ``lower[start:end]``: (the noun, the token where the grade may start), each, as :func:`_holders_so_far_at` does for
    "daerah yang sudah meraih"."""
    for k in range(start, end - 3):
        if lower[k] in _S.count_nouns and lower[k + 1] == "yang" and lower[k + 2] in _S.still:
            i = k + 3
            while i < end and lower[i] in _S.at_a_grade:
                i += 1
            yield k, i


def _aimed_at_themselves(lower: list[str], start: int, goal: int) -> bool:
    """Whether the goal at token ``goal`` is the holders' own: no others ("daerah lain") and no purpose of another verb
    ("dapat membina daerah lain agar naik ...") between ``start`` and it."""
    between = lower[start:goal]
    return _OTHERS_WORDS.isdisjoint(between) and _PURPOSES.isdisjoint(between)


_OTHERS_WORDS = _S.others


def _holders_so_far(words: list[str]) -> bool:
    """"daerah yang sudah meraih", "kabupaten/kota yang telah menerima penghargaan": the ones holding it, uncounted."""
    return _holders_so_far_phrase(words) is not None


def _holders_so_far_at(lower: list[str], start: int, end: int):
    """Where "daerah yang sudah meraih" stands in ``lower[start:end]``: (the noun, the token after the verb), each."""
    for k in range(start, end - 3):
        if lower[k] in _S.count_nouns and lower[k + 1] == "yang" and lower[k + 2] in _S.already \
                and lower[k + 3] in _S.getting:
            yield k, k + 4
        elif lower[k] == "yang" and lower[k + 1] in _S.already and lower[k + 2] in _S.getting \
                and (k == start or lower[k - 1] in _S.for_the_ones or lower[k - 1] in _OPENING_QUOTES and k - 1 == start):
            # ("Untuk yang sudah meraih, kami minta predikat itu dipertahankan tahun ini": the noun left out)
            yield k, k + 3


def _holders_so_far_phrase(words: list[str]) -> str | None:
    """The words of :func:`_holders_so_far` ("daerah yang sudah menyandang"), or None."""
    for noun, after in _holders_so_far_at(words, 0, len(words)):
        if not _other_object_word(words[after : after + 1]):
            return " ".join(words[noun:after])
    # ('"Yang sudah meraih harus mempertahankan, yang belum harus mengejar"': the noun left out, opening the sentence)
    first = _first_word(words)
    if first is not None and words[first : first + 1] == ["yang"] and words[first + 1 : first + 2] \
            and words[first + 1] in _S.already \
            and words[first + 2 : first + 3] and words[first + 2] in _S.getting:
        return " ".join(words[first : first + 3])
    return None


def _other_object_word(after: list[str]) -> bool:
    """A common noun right after a verb of getting that is no predikat ("yang sudah menerima dana insentif")."""
    return bool(after) and after[0].isalpha() and after[0] not in _S.predikat_nouns and after[0] not in _NO_OBJECT


_NO_OBJECT = {"tetap", "agar", "untuk", "supaya", "diminta", "diharapkan", "harus", "wajib", "juga", "pun", "kami", "kita", "saya",
              "ia", "dia", "beliau", "pihaknya"}


def _respectively(holder, frames: list[Frame], clause_holders: list, words: list[str]) -> list[Frame]:
    """"Kota Mataram dan Kabupaten Lombok Barat masing-masing meraih Nindya dan Madya": the n-th
    holder takes the n-th grade, when the counts agree and every holder comes before the grades."""
    if RESPECTIVE.isdisjoint(words):
        return frames
    anchors = sorted({f.anchor for f in frames})
    distinct = distinct_holders(sorted(clause_holders, key=_start))
    if len(anchors) < 2 or len(anchors) != len(distinct) or any(_start(h) > anchors[0] for h in distinct):
        return frames
    position = next((n for n, h in enumerate(distinct) if holder_key(h) == holder_key(holder)), None)
    return frames if position is None else [f for f in frames if f.anchor == anchors[position]]


def _speaking_unit(doc: Doc, holder) -> bool:
    """"...," kata Kepala Bidang HAM Kanwil Kemenkumham NTB, Bima Prasetya: the office of the one
    speaking, not a holder (the region linker gives regions in a speech tag the role "speaker")."""
    if not isinstance(holder, UnitMention):
        return False
    lower = view(doc).lower
    if holder.start > 0 and lower[holder.start - 1] in _PERSON_TITLES:
        # "Kepala Kanwil Kemenkumham Bali Anggiat Napitupulu mengatakan, ...": the office of the subject who reports
        after = next((i for i in range(holder.end, min(len(lower), holder.end + 4)) if lower[i] not in {","}
                      and not view(doc).capitalised[i]), None)
        # (but "Kepala Lapas Kerobokan Fikri Jaya menyatakan pihaknya meraih predikat WBK": the unit speaks of itself)
        if after is not None and lower[after] in _REPORTING_VERBS \
                and _SELF_REFERENCE.isdisjoint(lower[after + 1 : after + 4]):
            return True
    for i in range(holder.start - 1, max(-1, holder.start - 8), -1):
        if lower[i] in _SPEECH_VERBS:
            return opens_speech_tag(lower, i)
        if lower[i] in {".", ";", '"', "”"}:
            return False
    return False


def _co_agent(doc: Doc, sent: Span, holder) -> bool:
    """"Keempat daerah itu akan terus kami dorong dan kami bina bersama Pemprov NTB": the one who
    coaches together with the speaker, not a holder ("Pemerintah Aceh bersama Kota Banda Aceh ...
    masuk zona hijau" coordinates holders before the verb)."""
    start = _start(holder)
    tv = view(doc)
    lower = tv.lower
    # (past the office of the government named: "kami dampingi bersama Biro Hukum Pemprov Sulsel")
    while start > sent.start + 1 and _start(holder) - start < 3 and tv.capitalised[start - 1] and tv.alpha[start - 1] \
            and lower[start - 1] not in {"bersama", "dengan"}:
        start -= 1
    if start == 0 or lower[start - 1] not in {"bersama", "dengan"}:
        return False
    return any(c.kind == "coach" for c in cues_between(doc, sent.start, start))


_VILLAGE_NOUNS = frozenset(head.lower() for head, kind in unit_heads().items() if kind == "village")
_VILLAGES_PLACED_GLUE = {"lain", "lainnya", "berada", "yang", "binaan", "terletak"}  # "12 gampong lain di Kabupaten ..."
# words before a count of villages that give them something else, or only say they are there
_VILLAGES_OTHERWISE = {"dari", "di", "ke", "perwakilan", "ada", "dengan"}
_VILLAGES_GIVEN_OTHERWISE = {"bantuan", "dana", "perwakilan", "sosialisasi", "penyuluhan"}  # "bantuan kepada 40 desa di"


_PURPOSES = _S.coaching_purposes
# verbs of asking and hoping, which the coaching cues include ("mengimbau agar", "berharap agar"): no coaching
_NOT_COACHING = frozenset(status_lexicon().asking) | region_context().hoping_verbs | status_lexicon().modal
# how far back the regions just denied may be named, in sentences
_DENIED_WINDOW = 4
_FOLLOWING_SUIT = _S.reaching
_COACHING_OBJECT_BEFORE = _S.coached_after
# "daerah yang belum lolos", "Keduanya", "kedua daerah itu": the regions just denied the predikat
_THE_DENIED = re.compile(r"^(?:\S+ )?(?:" + "|".join(sorted((re.escape(n) for n in _S.count_nouns), key=len, reverse=True))
                         + r")(?:-\S+)? yang (?:" + "|".join(sorted(re.escape(w) for w in status_lexicon().negation if " " not in w))
                         + r")\b")


_RECEIVING = frozenset({"mendapat", "mendapatkan", "diberi", "memperoleh", "menerima"})  # "mendapat pendampingan"
_HANDED_ON = frozenset({"diserahkan", "dilimpahkan"})  # "diserahkan kepada Pemprov untuk dibina": coached by others


def _coached_after_the_denied(words: list[str], k: int) -> bool:
    """Whether ``words[k:]`` open with the denied ("delapan daerah yang belum ...") and go on to coach them in the same
    clause, denying nothing more ("... akan kami dampingi"; not "... memutuskan tidak ikut penilaian tahun ini", nor
    "... diserahkan kepada Pemprov untuk dibina", coached by others)."""
    found = _THE_DENIED.match(" ".join(words[k : k + 7]))
    if not found:
        return False
    rest = words[k + len(found.group(0).split()) :]
    # (past the relative clause's own verb and a comma after it: "yang belum meraih, akan kami dampingi")
    n = 0
    while n < min(len(rest), 3) and (rest[n] in _STATUS.achieve_forms and rest[n] not in _STATUS.passive_give
                                     or rest[n] in _S.predikat_nouns):
        n += 1
    if n < len(rest) and rest[n] == ",":
        n += 1
    rest = rest[n:]
    end = next((m for m, w in enumerate(rest) if w in {",", ".", ";", '"', "”"}), len(rest))
    rest = rest[:end]
    # (coaching by a verb, or its noun received: "akan mendapat pendampingan khusus", "akan diberi pembinaan")
    coaching = next((m for m, w in enumerate(rest) if w in _STATUS.coach_forms
                     or w in _S.coaching_nouns and m > 0 and rest[m - 1] in _RECEIVING), None)
    return coaching is not None and _STATUS.negation.isdisjoint(rest[:coaching]) \
        and _HANDED_ON.isdisjoint(rest[:coaching])


def _points_at_the_denied(doc: Doc, sent: Span, counts) -> bool:
    """Whether the sentence points at regions denied the predikat: opening with them ("Daerah yang belum meraih
    predikat akan kami dampingi", "Dua daerah yang belum lolos akan ...", "Keduanya akan kami dampingi"), as the object
    of its coaching ("mendampingi kedua kabupaten itu"), or with that object left out before the coaching's purpose
    ("Kami akan dampingi agar bisa meraih KLA pada 2024"; not asking or hoping: "Ia juga mengimbau agar ...")."""
    lower = view(doc).lower
    words = lower[sent.start : sent.end]
    if any(c.kind == "coach" and c.end < sent.end and lower[c.end] in _S.coaching_purposes
           and lower[c.end - 1] not in _NOT_COACHING for c in cues_between(doc, sent.start, sent.end)):
        return True
    first = _first_word(words)
    if first is None:
        return False
    if _THE_DENIED.match(" ".join(words[first : first + 6])):
        return True
    # ('"Daerah yang sudah meraih kami minta mempertahankan, sedangkan delapan daerah yang belum akan kami dampingi ..."':
    # opening the clause set against the one before)
    if any(w in _S.set_against and k > 0 and words[k - 1] == "," and _coached_after_the_denied(words, k + 1)
           for k, w in enumerate(words)):
        return True
    # (or as the object of the coaching: "Kanwil ... akan mendampingi keempat kabupaten itu, sehingga ...")
    return any(c.backward and (c.start == sent.start + first or lower[c.start - 1] in _COACHING_OBJECT_BEFORE)
               for c in counts)


def _villages_counted(lower: list[str], sent: Span, holders) -> bool:
    """Whether every one of ``holders`` is followed, before the next, by a count of villages: "Kabupaten Pinrang
    menyumbang paling banyak, yakni 12 desa, disusul Kabupaten Sidenreng Rappang (Sidrap) tujuh desa", "Dari Kabupaten
    Kulon Progo ada lima kalurahan"."""
    regions = sorted((h for h in holders if isinstance(h, RegionMention)), key=_start)  # (its villages are no place)
    starts = [_start(h) for h in regions]
    # ("Rinciannya, 23 kalurahan di Sleman, 44 kalurahan di Gunungkidul, ..., serta 1 kelurahan di Kota Yogyakarta": the
    # count may come before the place)
    # (a count before the place gives it what the sentence before gave only when the sentence tells nothing else of
    # them: not "12 desa lain di Kabupaten Lombok Timur masih dalam tahap pembinaan")
    told = any(c.kind in {"coach", "negation"} for c in cues_between(sent.doc, sent.start, sent.end))
    return bool(regions) and all(_villages_after(lower, h.end, min(starts[k + 1] if k + 1 < len(starts) else sent.end,
                                                                   h.end + 8), origin=_named_as_origin(lower, h))
                                 or not told and _villages_counted_before(lower, h) for k, h in enumerate(regions))


def _named_as_origin(lower: list[str], region) -> bool:
    """"Dari Kabupaten Sambas ...", opening the sentence or a clause of it ("..., sedangkan dari Kabupaten Landak",
    "Adapun dari ...", "Menurut dia, dari ..."): the place a part of a whole comes from (not "data dari", "datang
    dari")."""
    i = _start(region) - 1
    if i < 0 or lower[i] != "dari":
        return False
    if i >= 1 and lower[i - 1] in _S.set_against | {"dan", "serta"}:
        return True  # ("... terdapat tiga desa dan dari Kabupaten Landak terdapat dua desa": the next clause)
    if i >= 1 and lower[i - 1] in _ORIGIN_OPENERS:
        i -= 1  # ("Adapun dari Kota Yogyakarta terdapat 4 kelurahan.")
    return i == 0 or not lower[i - 1].strip() or lower[i - 1] in {".", '"', "“", ","}


def _villages_counted_before(lower: list[str], region) -> bool:
    """Whether a count of villages stands right before "di" and the region: "sejumlah nagari di Kabupaten Solok", "12
    gampong lain di Kabupaten Bireuen", "25 desa/kelurahan berada di Kabupaten Lombok Tengah"."""
    i = _start(region) - 1
    if i < 2 or lower[i] != "di":
        return False
    i -= 1
    while i > 0 and lower[i] in _VILLAGES_PLACED_GLUE:
        i -= 1
    if lower[i].split("/")[0] not in _VILLAGE_NOUNS:
        return False
    if i > 2 and lower[i - 1] == "/" and lower[i - 2] in _VILLAGE_NOUNS:
        i -= 2  # "25 desa/kelurahan" in three tokens
    count = lower[i - 1]
    # (not villages given something else or only there: "bantuan kepada 40 desa di ...", "perwakilan dari 30 desa di
    # ...", "masih ada 184 desa di Kabupaten Sambas yang perlu dibina", "ratusan desa di Kabupaten Ketapang belum
    # memiliki ...")
    after = lower[region.end : region.end + 4]
    return (count.isdigit() or count in _S.number_words or count in _S.some) \
        and _S.villages_not_given.isdisjoint(lower[max(0, i - 4) : i - 1]) \
        and (i < 2 or lower[i - 2] not in _VILLAGES_OTHERWISE) \
        and _VILLAGES_GIVEN_OTHERWISE.isdisjoint(lower[max(0, i - 4) : i - 1]) and after[:1] != ["yang"] \
        and _S.villages_not_given.isdisjoint(after)


def _villages_after(lower: list[str], start: int, stop: int, origin: bool = False) -> bool:
    """Whether a count of villages given something ("12 desa", "lima kalurahan"; not "yang memiliki 121 desa", "baru
    mengusulkan tiga desa") stands in ``lower[start:stop]``.

    ``origin``: the place was named after "Dari", a part of the whole given ("Dari Kabupaten Sambas terdapat enam desa,
    yaitu ...": the villages of the whole that are there, listed, not all the villages it has)."""
    for i in range(start, stop - 1):
        if not ((lower[i].isdigit() or lower[i] in _S.number_words) and lower[i + 1].split("/")[0] in _VILLAGE_NOUNS):
            continue
        # (a part given: not "184 desa dan kelurahan yang tersebar di 19 kecamatan", all it has, nor "lima desa yang
        # masih menunggu penilaian"; "... tiga desa/kelurahan, yaitu ...", "tiga desa yang diresmikan, yaitu ...",
        # "tiga desa, sedangkan dari ..." are)
        j = i + 2
        while j + 1 < len(lower) and lower[j] in {"/", "dan", "serta"} and lower[j + 1] in _VILLAGE_NOUNS:
            j += 2
        if j + 1 < len(lower) and lower[j] == "yang" and lower[j + 1] in _VILLAGES_AWARDED:
            j += 2  # ("tiga desa yang diresmikan, yaitu ...")
        if j < len(lower) and lower[j] == ",":
            j += 1
        # (listed, ending the sentence, or the next place's part: "..., sedangkan dari Kabupaten Landak terdapat ...";
        # not "253 desa, tetapi belum satu pun yang diusulkan", "150 desa dan kelurahan tersebar di 19 kecamatan")
        rest = lower[j : j + 10]
        listed = origin and j < len(lower) and (
            lower[j] in _S.list_introducers or lower[j] in {":", "."} or lower[j] in _S.set_against | {"dan"}
            and "dari" in lower[j + 1 : j + 3]) and _NOT_GIVEN_AFTER.isdisjoint(rest)
        not_given = _S.villages_not_given - _S.villages_there if listed else _S.villages_not_given
        if not_given.isdisjoint(lower[max(start, i - 3) : i]):
            return True
    return False


def _subject_of_own_verb(doc: Doc, holder, frames: list[Frame]) -> bool:
    """A holder after a comma with a status verb of its own right after it, all frames before it:
    the subject of another statement, not one more holder of the frames before."""
    start = _start(holder)
    lower = view(doc).lower
    if start == 0 or lower[start - 1] != ",":
        return False
    after = [c for c in cues_between(doc, holder.end, holder.end + 3) if "," not in lower[holder.end : c.start]]
    if not any(c.kind in {"achieve", "maintain", "coach"} or c.text.lower() in _DROPPED_OUT for c in after):
        return False
    # ("Setelah pada 2015 memperoleh Predikat KLA Madya, Kabupaten Sleman kini membidik Nindya": the clause fronted
    # before it, with no subject of its own, is its too)
    sent_start = sentence_bounds(doc, start)[0]
    if not any(f.anchor >= start for f in frames):
        return True
    # ("Tahun lalu meraih predikat KLA Madya, Kabupaten Sleman kini meraih kategori Nindya": a clause before it with no
    # subject of its own, no holder or count of them, is its too)
    subjectless = not any(r.role == "holder" for r in regions_between(doc, sent_start, start)) \
        and _S.count_nouns.isdisjoint(lower[sent_start:start])
    return not subjectless and _FRONTED.isdisjoint(lower[sent_start : min(start, sent_start + 4)])


def _timed_after(lower: list[str], start: int, end: int, published: int | None) -> bool:
    """Whether a time ahead follows in the clause ("..., menyusul Pamekasan dan Sumenep tahun depan": they follow later,
    they are not caught up with; not "menyusul Bangkalan tahun lalu", "pada 2023", when it got it)."""
    for k in range(start, min(end, start + 8)):
        if lower[k] in {",", ".", ";", '"', "”"}:
            return False
        if lower[k] in _TIME_AHEAD or (lower[k].isdigit() and len(lower[k]) == 4 and published is not None
                                       and int(lower[k]) > published):
            return True
    return False


def _besides(doc: Doc, sent: Span, holder) -> bool:
    """Named after "Selain" / "Di luar" and before the comma: the holder the sentence sets aside. Also the ones a goal
    is to catch up with ("Kami ingin tahun ini ketiganya bisa menyusul Bangkalan"): they hold it already."""
    lower = view(doc).lower
    start = _start(holder)
    for i in range(start - 1, max(sent.start, start - 12) - 1, -1):
        if lower[i] in {",", ";", ":", "."}:
            return False
        if lower[i] == "selain" and (i + 1 >= len(lower) or lower[i + 1] != "itu"):
            return True
        # ("... ketiga kabupaten di Madura itu bisa meraih predikat peduli HAM, menyusul Bangkalan": after the goal)
        # ("Target kami, pada 2024 Boven Digoel, Mappi dan Asmat menyusul Merauke": right after the names of a goal)
        if lower[i] in _S.catching_up and i > sent.start \
                and (lower[i - 1] in _S.able or lower[i - 1] == "," and not _S.able.isdisjoint(lower[sent.start : i])
                     and not _timed_after(lower, holder.end, sent.end, published_year(doc))
                     or _after_the_names_of_a_goal(doc, sent, i)) \
                and "yang" not in lower[(end := _list_end(doc, holder)) : end + 1]:
            # (not "bisa menyamai Kota Surabaya yang tahun ini meraih ...": a clause of its own; nor "menyusul Kabupaten
            # Keerom dan Kabupaten Waropen yang juga diusulkan", the clause of the whole list)
            return True
    return False


def _list_end(doc: Doc, holder) -> int:
    """Where the list of regions ``holder`` is named in ends (its own end when it is in none)."""
    list_id = getattr(holder, "list_id", None)
    if list_id is None:
        return holder.end
    return max(r.end for r in regions_between(doc, holder.start, len(doc)) if r.list_id == list_id)


def _after_the_names_of_a_goal(doc: Doc, sent: Span, i: int) -> bool:
    """Whether token ``i`` comes right after a region's name, in a sentence that opens with a goal ("Target kami, pada
    2024 Boven Digoel, Mappi dan Asmat menyusul ...", "Harapannya Sampang menyamai ...")."""
    lower = view(doc).lower
    opening = lower[sent.start : min(i, sent.start + 4)]
    return any(r.end == i for r in regions_between(doc, sent.start, i)) and not _GOAL_OPENERS.isdisjoint(opening)


_AMONG_THEM = {"antaranya", "diantaranya"}  # "Dua di antaranya adalah ..."
_ONLY = {"hanya", "cuma", "baru"}
_FAR_PURPOSES = _STATUS.far_purposes  # "agar", "supaya"
_LEFT_OUT = {"masih", "belum", "tidak", "tak", "gagal"}  # "Masih ada Kabupaten Probolinggo, ...": names left out
_ORIGIN_OPENERS = {"adapun", "kemudian", "selanjutnya", "lalu"}  # "Adapun dari ..."
# relative clauses after a count of villages that tell them given ("terdapat tiga desa yang diresmikan, yaitu ...")
_NOT_GIVEN_AFTER = {"belum", "tidak", "tak", "tersebar"}  # "terdapat 253 desa, tetapi belum satu pun yang diusulkan"
_VILLAGES_AWARDED = {"diresmikan", "ditetapkan", "dikukuhkan", "meraih", "menerima", "mendapat", "terpilih"}
_CLAUSE_ENDS = {",", ".", "!", ";", '"', "”"}
_ROUND_AFTER = {"pada", "di", "tahun", "hingga", "sampai", "dalam"}  # "mempertahankan pada penilaian tahun ini"
_TIME_AHEAD = {"depan", "mendatang", "berikutnya"}  # "menyusul Sumenep tahun depan"
_ONLY_ONE = {"hanya", "cuma", "satu-satunya"}  # "hanya Padang yang meraih predikat": the part alone got it
_RELATIVE_BREAKS = {",", "dan", "namun", "tetapi", "yang", "serta"}  # the end of a relative clause
# places after the first, in words ("Kedua, ..."): the ranking lexicon's ordinals, not a second list of them
_PLACES = frozenset(word for word, place in rank_words().ordinals.items() if place >= 2 and word.startswith("ke"))
_RANK_POSITIONS = rank_words().position


def _in_the_whole_of_only(doc: Doc, sent: Span, holder) -> bool:
    """"Dari lima pemerintah daerah yakni provinsi, Kabupaten Bengkulu Utara, Mukomuko, Kota Bengkulu dan Lebong,
    hanya pemerintah provinsi yang mendapat peringkat hijau": the names of the whole an "hanya ... yang" picks
    from, in the opening "Dari ..." phrase, hold nothing the rest of the sentence gives."""
    lower = view(doc).lower
    if lower[sent.start] != "dari":
        return False
    start = _start(holder)
    comma = next((i for i in range(start, sent.end - 1) if lower[i] == "," and lower[i + 1] in _ONLY), None)
    return comma is not None and all(lower[i] != "," or lower[i + 1] not in _ONLY for i in range(sent.start, start))


def _trimmed(text: str, sent: Span) -> tuple[int, int]:
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_YEAR_LIST_WORDS = {"yaitu", "yakni", "pada", "tahun", "dan", "serta", "masing-masing", "antara", "lain", "th"}


def _by_sentence(items, sentence_starts: list[int]) -> list[list]:
    """``items`` (anything with a token ``start``) in lists per sentence, in their order."""
    buckets: list[list] = [[] for _ in sentence_starts]
    for item in items:
        buckets[bisect_right(sentence_starts, item.start) - 1].append(item)
    return buckets


def _dated_by_year_list(doc: Doc, sent: Span, index: int, facts: list) -> list:
    """"... Kabupaten Kebumen meraih predikat KLA tingkat Pratama. Yaitu pada tahun 2012, 2013,
    2015, 2017, 2018.": a sentence that is only a list of years dates the undated facts of the
    sentence before, one fact per year."""
    words = [w for w in view(doc).lower[sent.start : sent.end] if w.strip()]
    if not words or words[0] not in _S.list_introducers and words[0] not in {"masing-masing", "pada"}:
        return facts
    years = [y for y in doc._.years or [] if sent.start <= y.start < sent.end and y.kind == "explicit"]
    if len(years) < 2 or any(w.isalpha() and w not in _YEAR_LIST_WORDS for w in words):
        return facts
    dated = []
    for item in facts:
        k, fact, frame = item
        if k != index - 1 or fact.year is not None or frame.never:
            dated.append(item)
            continue
        for year in years:
            copy = replace(fact, year=year.value, year_basis="explicit", confidence=round(fact.confidence * 0.85, 3))
            dated.append((k, copy, frame))
    return dated


def _about_criteria(doc: Doc, sent: Span) -> bool:
    """A status verb with the criteria of an award as its object ("belum memenuhi kriteria")."""
    lower = view(doc).lower
    for cue in cues_between(doc, sent.start, sent.end):
        if cue.kind == "achieve":
            after = lower[cue.end : min(sent.end, cue.end + 3)]
            if any(w in _S.criteria_nouns or " ".join(after[k : k + 2]) in _S.criteria_nouns
                   for k, w in enumerate(after)):
                return True
    return False


def _ends_open(words: list[str]) -> bool:
    """"... antara lain." / "... sebagai berikut:" / "yaitu:": the list follows in the next sentence."""
    tail = []  # the last three words, punctuation and breaks left out
    for w in reversed(words):
        if w not in {".", ":"} and w.strip():
            tail.insert(0, w)
            if len(tail) == 3:
                break
    last = next((w for w in reversed(words) if w.strip()), "")
    if last == ":" or last.endswith(":"):
        return True  # "... sebagai berikut:" then a line break and the list
    if tail[-2:-1] and tail[-2].endswith("nya") and tail[-1] in _S.distributive:
        return False  # "... menjaga kualitas pemenuhan HAM di daerahnya masing-masing.": each their own, no list
    return _S.introducer_ends(tail, len(tail))


# words a list's heading may have besides the predikat's own ("Kategori Nindya", "Predikat WTP:")
_HEADING_WORDS = {"kategori", "predikat", "penghargaan", "piala", "peringkat", "zona", "penerima", "opini", "status",
                  "tingkat", "kelompok", "daftar"}
_BULLETS = {"-", "•", "*", "–", "—", "·", "▪", "o"}


def _list_item(words: list[str]) -> bool:
    """A line of a numbered or bulleted list or table: "2. Kota Sungai Penuh", "- Kabupaten Bungo", "3) Tebo"."""
    items = list(islice((w for w in words if w.strip()), 2))  # only the first two words matter
    if not items:
        return False
    first = items[0]
    if first in _BULLETS:
        return True
    if first.rstrip(".)").isdigit() and len(first.rstrip(".)")) <= 2:
        return first[-1] in ".)" or len(items) > 1 and items[1] in {".", ")", "|"}  # "3 | Kota Bontang | BB"
    return False


_RUN_ON = {"kemudian", "selanjutnya", "berikutnya", "lalu", "disusul", "ditambah", "serta", "dan"}


def _runs_on(words: list[str]) -> bool:
    """The sentence goes on naming the holders of the one before ("Berikutnya Kabupaten Aceh
    Besar, ...", "2. Kota Sabang"), rather than turning to others ("Sementara itu, ...")."""
    first = next((w for w in words if w.strip() and w not in {'"', "“"}), "")
    return first in _RUN_ON or _list_item(words)


def _continues(words: list[str]) -> bool:
    first = list(islice((w for w in words if w.strip() and w not in {'"', "“", "-", "•"}), 2))
    # ("Urutan pertama ditempati Kabupaten Bima ... Kedua, Kota Bima (83,90). Ketiga, Provinsi NTB (84,51)."):
    # a place counted with a comma after it goes on with the ranking before
    return bool(first) and (first[0] in _S.continuation or " ".join(first) in _S.continuation
                            or first[0] in _PLACES and first[1:] == [","])

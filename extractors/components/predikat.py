"""``predikat_mentions``: where a predikat is named, its label and grade.

Surface forms come from the vocabulary (``data/predikat``). Acronyms ("WTP", "KKPHAM", "WBK")
match case-sensitively; longer names match in any case. A grade word that is not a predikat name
by itself ("Madya", "Pratama") attaches to the nearest mention of its label in the sentence.
Anaphors ("penghargaan serupa", "predikat tersebut") become mentions with ``label=None`` and
``anaphoric=True``; the fact assembler points them back at the predikat named before.

Result: ``doc._.predikat`` (``PredikatMention`` list, in order).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from rapidfuzz.distance import Levenshtein
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractors.lexicon import structure
from extractors.model import PredikatMention, only_grade_before
from extractors.ranks import find_ranks, grade_for
from extractors.resources import data_path, read_lines
from extractors.text.read_also import READ_ALSO
from extractors.tokens import sentence_bounds, view
from extractors.vocabulary import Vocabulary

if not Doc.has_extension("predikat"):
    Doc.set_extension("predikat", default=None)

_ACRONYM = re.compile(r"^[A-Z0-9]{2,7}$")
_LOOK_ALIKE = "look-alike"
_S = structure()
# an abbreviation defined in brackets: "KKS", "P2HAM", "KLA" (capital first, at most ten characters)
_DEFINED = re.compile(r"^[A-Z][A-Za-z0-9-]{1,9}$")
# verbs after which a letter names a grade of the article's predikat ("Balikpapan Raih A", "meraih BB",
# "Pemda berpredikat “BB” itu ialah ...")
_LETTER_VERBS = {"raih", "meraih", "memperoleh", "mendapat", "mendapatkan", "menyandang", "menjadi", "berpredikat",
                 "menerima", "peraih", "penerima"}
# ... and after which a grade word does ("Kota Banjarbaru juga meraih Nindya", "Kabupaten Tapin masih Pratama")
# ("sisanya kuning semua": the grade of the rest of the names before)
_GRADE_VERBS = _LETTER_VERBS | {"masih", "tetap", "ke", "dan", "serta", "sisanya", "selebihnya"}
# ... and before which one does, as the subject of a passive ("Pratama diraih 9 daerah yakni ...")
_PASSIVE_GRADE_VERBS = {"diraih", "diperoleh", "didapat", "didapatkan", "disabet", "disandang", "diterima"}


# "rapor merah/hijau" names the Aksi HAM report card, unless the article is about the Ombudsman's
# compliance rating and never names Aksi HAM: then it is the zone ("empat di antaranya mendapat
# penilaian pelayanan publik terburuk (rapor merah)")
_REPORT_CARD_ZONES = {"rapor merah": "Zona Merah", "rapor hijau": "Zona Hijau"}


def _report_cards_of_the_ombudsman(mentions: list[PredikatMention]) -> None:
    if not any(m.label == "OMBUDSMAN_KEPATUHAN" for m in mentions):
        return
    cards = [m for m in mentions if m.label == "AKSI_HAM" and m.text.lower() in _REPORT_CARD_ZONES]
    if not cards or any(m.label == "AKSI_HAM" and m.text.lower() not in _REPORT_CARD_ZONES for m in mentions):
        return
    for m in cards:
        m.label, m.grade, m.failing = "OMBUDSMAN_KEPATUHAN", _REPORT_CARD_ZONES[m.text.lower()], False


def _report_cards_in_other_news(doc: Doc, mentions: list[PredikatMention]) -> list[PredikatMention]:
    """"Lambar, Lamtim, Lamteng Rapor Merah" over news of audit opinions: a report card said of
    another predikat, with no word of human rights anywhere, is a figure of speech, not Aksi HAM."""
    cards = [m for m in mentions if m.label == "AKSI_HAM" and m.text.lower() in _REPORT_CARD_ZONES]
    if not cards or any(m.label == "AKSI_HAM" and m.text.lower() not in _REPORT_CARD_ZONES for m in mentions):
        return mentions
    if not any(m.label and m.label != "AKSI_HAM" for m in mentions):
        return mentions
    lower = view(doc).lower
    if "ham" in lower or "hak asasi" in view(doc).text.lower():
        return mentions
    return [m for m in mentions if not any(m is c for c in cards)]


# Words without which a colour zone is no Ombudsman rating ("mengeluarkan Kalsel dari 10 besar zona
# merah" of the pandemic)
_OMBUDSMAN_CONTEXT = ("ombudsman", "kepatuhan", "pelayanan publik", "standar pelayanan")


def _zones_without_the_ombudsman(doc: Doc, mentions: list[PredikatMention]) -> list[PredikatMention]:
    ombudsman = [m for m in mentions if m.label == "OMBUDSMAN_KEPATUHAN"]
    if not ombudsman or any(not (m.grade or "").startswith("Zona") for m in ombudsman):
        return mentions  # ("kualitas tertinggi", "predikat kepatuhan": the rating is named)
    text = doc.text.lower()
    if any(word in text for word in _OMBUDSMAN_CONTEXT):
        return mentions
    return [m for m in mentions if m.label != "OMBUDSMAN_KEPATUHAN"]


@Language.factory("predikat_mentions", default_config={"grade_window": 8})
def make_predikat(nlp: Language, name: str, grade_window: int) -> "PredikatFinder":
    return PredikatFinder(nlp, Vocabulary.load(), grade_window)


class PredikatFinder:
    def __init__(self, nlp: Language, vocabulary: Vocabulary, grade_window: int) -> None:
        self.vocabulary = vocabulary
        self.grade_window = grade_window
        self.names_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.names_exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.grade_form_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.grade_letters = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.anaphora = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.meaning: dict[str, tuple[str | None, str | None]] = {}  # key -> (label, grade)

        standalone_grades = {(g.label, g.form.lower()): g.grade for g in vocabulary.grade_forms if g.standalone}
        for label in vocabulary.labels.values():
            for form in label.surface_forms:
                # a surface form that is a grade's own name ("TMP" among the BPK forms) names that grade,
                # unless it is also the label's ("KLA", the top KLA grade, names the programme)
                grade = standalone_grades.get((label.label, form.lower())) or _named_grade(form, label.label, label.grades) \
                    or next((g for g in label.grades if g == form and form.lower() != label.label.lower()), None)
                self._add_name(nlp, label.label, form, grade)
            for form in label.failing_forms:
                self._add_name(nlp, label.label, form, None)
        self.failing = {(label.label, form.lower()) for label in vocabulary.labels.values() for form in label.failing_forms}
        for g in vocabulary.grade_forms:
            if g.standalone:
                self._add_name(nlp, g.label, g.form, g.grade)
            else:
                key = f"grade|{g.label}|{g.form}"
                self.meaning[key] = (g.label, g.grade)
                if len(g.form) <= 2:
                    # "predikat B." ends a sentence: the tokenizer keeps a capital and its period together
                    self.grade_letters.add(key, [nlp.make_doc(g.form), nlp.make_doc(g.form + ".")])
                else:
                    self.grade_form_matcher.add(key, [nlp.make_doc(g.form)])
        # phrases that contain a predikat's name and name something else ("Indeks Keterbukaan Informasi Publik")
        self.meaning[_LOOK_ALIKE] = (None, None)
        self.names_lower.add(_LOOK_ALIKE, [nlp.make_doc(p.lower()) for p in read_lines(data_path("predikat", "look_alikes.txt"))])
        s = structure()
        phrases = [f"{n} {d}" for n in s.predikat_nouns for d in s.predikat_determiners] + sorted(s.possessed_anaphors)
        self.anaphora.add("anaphor", [nlp.make_doc(p) for p in phrases])
        self.anaphora.add("bare", [nlp.make_doc(n) for n in ("penghargaan", "predikat")])

    def _add_name(self, nlp: Language, label: str, form: str, grade: str | None) -> None:
        key = f"name|{label}|{form.lower()}"
        if key in self.meaning and self.meaning[key][1] is not None:
            return
        self.meaning[key] = (label, grade)
        if _ACRONYM.match(form):
            self.names_exact.add(key, [nlp.make_doc(form)])
        else:
            variants = {form, form.lower()}
            self.names_lower.add(key, [nlp.make_doc(v) for v in variants])

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found = [(s, e, strings[m]) for m, s, e in self.names_lower(doc)]
        found += [(s, e, strings[m]) for m, s, e in self.names_exact(doc)]
        look_alikes: list[int] = []
        mentions = _longest_first(doc, found, self.meaning, look_alikes)
        for m in mentions:
            m.failing = (m.label, m.text.lower()) in self.failing
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for match_id, start, end in self.anaphora(doc):
            if any(i in taken for i in range(start, end)):
                continue
            span = doc[start:end]
            mentions.append(PredikatMention(start, end, span.start_char, span.end_char, span.text, None, None, True))
            taken.update(range(start, end))
        mentions.sort(key=lambda m: m.start)
        _defined_abbreviations(view(doc), mentions, taken)
        self._attach_grades(doc, mentions, taken)
        self._attach_ranks(doc, mentions, taken, look_alikes)
        _mark_named_anaphors(view(doc).lower, mentions)
        _resolve_same(mentions)
        _coordinated_grades(view(doc).lower, mentions)
        _report_cards_of_the_ombudsman(mentions)
        mentions = _other_names_of_a_grade(view(doc).lower, mentions)
        mentions = _report_cards_in_other_news(doc, mentions)
        mentions = _zones_without_the_ombudsman(doc, mentions)
        doc._.predikat = mentions
        return doc

    def _attach_grades(self, doc: Doc, mentions: list[PredikatMention], taken: set[int]) -> None:
        strings = doc.vocab.strings
        labels = Counter(m.label for m in mentions if m.label)
        dominant = labels.most_common(1)[0][0] if labels else None
        grades = [(s, e, strings[m]) for m, s, e in self.grade_form_matcher(doc)]
        lower = view(doc).lower
        grades += self._misspelt_grades(doc, dominant, {s for s, _, _ in grades}, taken)
        alone: set[tuple[int, int]] = set()  # letters that name their own grade: a cell, the object of a verb
        for m, s, e in self.grade_letters(doc):
            key = strings[m]
            form = key.rsplit("|", 1)[-1]
            doubled = len(form) == 2 and form[0] == form[1] and self.meaning[key][0] == dominant
            # single letters need a grade word before them ("predikat B"); doubled SAKIP letters
            # ("mempertahankan BB") stand alone in an article about that predikat
            # and so does a letter alone in a list cell ("Kota Tanjung Pinang – B") of that predikat
            cell = self.meaning[key][0] == dominant and (_list_cell(view(doc), s, e)
                                                          or _word_before(lower, s) in _LETTER_VERBS)
            # ("memperoleh nilai akuntabilitas kinerja "A"": the letter right after the name of its predikat)
            named = any(m.label == self.meaning[key][0] and (m.end == s or m.end == s - 1 and lower[s - 1] in _OPENING_QUOTES)
                        for m in mentions)
            if _after_grade_word(lower, s) or doubled or cell or named:
                grades.append((s, e, key))
                # ("nilainya tahun lalu 2018 CC lalu tahun 2019 naik menjadi B": a doubled letter after a year)
                if cell or doubled and s > 0 and lower[s - 1].isdigit() and len(lower[s - 1]) == 4:
                    alone.add((s, e))
        for start, end, key in sorted(grades):
            if any(i in taken for i in range(start, end)):
                continue
            label, grade = self.meaning[key]
            noun = next((m for m in mentions if m.label is None and m.anaphoric and (
                m.end == start or m.end == start - 1 and lower[start - 1] in _OPENING_QUOTES)), None)
            if noun is not None:
                # "mendapatkan predikat B", "nilai BB": the noun and its grade are one mention
                tv = view(doc)
                noun.label, noun.grade, noun.anaphoric = label, grade, False
                if noun.end < start and end < len(lower) and lower[end] in _CLOSING_QUOTES:
                    end += 1  # the quote around the grade belongs to it: "predikat ‘BB’"
                noun.end, noun.end_char = end, tv.chars(start, end)[1]
                noun.text = tv.text[noun.start_char : noun.end_char]
                taken.update(range(start, end))
                continue
            sentence = _sentence_of(doc, start)
            # (not a name with its own grade right after it: "meraih KLA predikat Madya, sekarang naik ke Nindya")
            # (but "Kabupaten Sehat Swasti saba kategori Wistara": a grade right after is the name's own)
            graded_next = {m.start for m in mentions if m.grade and m.label == label and start - m.end > 2}
            candidates = [
                m for m in mentions
                if m.label == label and m.grade is None and sentence.start <= m.start < sentence.end
                and _distance(m, start, end) <= self.grade_window
                and not {m.end, m.end + 1} & graded_next
            ]
            if candidates and (start, end) not in alone:
                nearest = min(candidates, key=lambda m: (_distance(m, start, end), m.start > start))
                nearest.grade = grade
            elif (start, end) in alone or any(m.label == label and sentence.start <= m.start < sentence.end
                                              for m in mentions) or (
                    # "... Kota Kupang ... meraih predikat kualitas tinggi. Adapun Kabupaten Kupang masih
                    # berada pada kualitas sedang": a grade of two words or more of the predikat just named
                    # ... or one word after a grade noun, in a list under a line that named it ("... penghargaan
                    # KLA pada berbagai tingkatan:" then "1. Kategori Utama: Kabupaten Siak")
                    (end - start > 1 or _after_grade_word(lower, start)) and sentence.start > 0
                    and _named_just_before(doc, mentions, label, sentence.start)) or (
                    # "Kota Banjarbaru juga meraih Nindya", "Kabupaten Tapin masih Pratama"
                    label == dominant and start > 0 and lower[start - 1] in _GRADE_VERBS) or (
                    label == dominant and end < len(lower) and lower[end] in _PASSIVE_GRADE_VERBS) or (
                    # "ada 4 yang informatif yakni Kota Jambi, ...": the grade of the list it introduces
                    label == dominant and start > 0 and lower[start - 1] == "yang"
                    and _S.introduces(lower[end : end + 3])) or (
                    label == dominant and (end - start > 1 or _after_grade_word(lower, start)
                                           or _list_cell(view(doc), start, end) or _row_head(view(doc), start, end))):
                # a grade of the article's predikat: given a grade word before it, or a name of two
                # words or more ("masuk kualitas sedang"), which a plain word cannot be by chance
                # "KLA ... tertahan di Pratama"; "Kategori Madya diraih Samarinda" in a KLA article
                span = doc[start:end]
                mentions.append(PredikatMention(start, end, span.start_char, span.end_char, span.text, label, grade))
            else:
                continue
            taken.update(range(start, end))
        mentions.sort(key=lambda m: m.start)

    def _misspelt_grades(self, doc: Doc, dominant: str | None, found: set[int], taken: set[int]):
        """"kategori Nindiya", "Tingkat Nandya": a one-word grade of the article's predikat misspelt after
        a grade word, within one edit of its name (the name at least five letters long)."""
        if dominant is None:
            return []
        names = self._one_word_grades.get(dominant)
        if not names:
            return []
        tv = view(doc)
        hits = []
        for i in range(1, len(doc)):
            if i in found or i in taken or not tv.alpha[i] or len(tv.lower[i]) < 5 or not _after_grade_word(tv.lower, i):
                continue
            close = [key for name, key in names.items() if Levenshtein.distance(tv.lower[i], name, score_cutoff=1) <= 1]
            if len(close) == 1:
                hits.append((i, i + 1, close[0]))
        return hits

    @cached_property
    def _one_word_grades(self) -> dict[str, dict[str, str]]:
        """label -> one-word grade name (lower case, five letters or more) -> its grade-word key."""
        found: dict[str, dict[str, str]] = {}
        for key, (label, _) in self.meaning.items():
            form = key.rsplit("|", 1)[-1]
            if key.startswith("grade|") and " " not in form and len(form) >= 5:
                found.setdefault(label, {})[form.lower()] = key
        return found

    def _attach_ranks(self, doc: Doc, mentions: list[PredikatMention], taken: set[int], look_alikes: list[int]) -> None:
        """"JDIH terbaik I", "pengelola terbaik pertama JDIHN", "masih di urutan ke-4": a place in a
        ranking is the grade of the predikat it ranks; with no predikat named by it, an anaphor of
        the one discussed ("kabupaten Pemalang menembus 3 (tiga) besar")."""
        if not any(m.label for m in mentions):
            return  # nothing named that a place could rank
        tv = view(doc)
        for rank in find_ranks(tv.words, tv.lower):
            holding = [m for m in mentions if m.start <= rank.start < m.end]
            if holding:
                # "JDIH terbaik I": the rank word ends a predikat's name, the place follows it
                m = holding[0]
                if m.grade is None and m.label is not None and not any(i in taken for i in range(m.end, rank.end)):
                    m.grade = grade_for(rank, m.label)
                    taken.update(range(m.end, rank.end))
                continue
            if any(i in taken for i in range(rank.start, rank.end)):
                continue  # "5 terbaik nasional" is a grade of its own
            sentence = _sentence_of(doc, rank.start)
            noun = next((m for m in mentions if m.label is None and m.anaphoric and m.grade is None
                         and m.end == rank.start), None)
            if noun is not None:
                # "menerima penghargaan peringkat pertama sebagai Kabupaten dengan nilai tertinggi pada Penilaian
                # Kepatuhan": the place of the award the noun names (the programme named in the sentence, else before)
                in_sentence = [m.label for m in mentions if m.label is not None and sentence.start <= m.start < sentence.end]
                before = [m.label for m in mentions if m.label is not None and m.start < rank.start]
                noun.grade = grade_for(rank, in_sentence[0] if in_sentence else before[-1] if before else None)
                a, b = tv.chars(noun.start, rank.end)
                noun.end, noun.end_char, noun.text = rank.end, b, tv.text[noun.start_char : b]
                taken.update(range(rank.start, rank.end))
                continue
            near = [m for m in mentions
                    if m.label is not None and m.grade is None and sentence.start <= m.start < sentence.end
                    and _distance(m, rank.start, rank.end) <= self.grade_window]
            if near:
                nearest = min(near, key=lambda m: _distance(m, rank.start, rank.end))
                nearest.grade = grade_for(rank, nearest.label)
            elif not any(m.label is not None and sentence.start <= m.start < sentence.end for m in mentions) \
                    and not any(sentence.start <= i < sentence.end for i in look_alikes):
                # (not the place of an index named in the sentence: "Indeks Keterbukaan Informasi Publik (IKIP)
                # Kaltim menembus peringkat 3 Nasional")
                a, b = tv.chars(rank.start, rank.end)
                # the place's grade depends on the programme ranked: the one named last, as the
                # assembler will read the anaphor
                before = [m.label for m in mentions if m.label is not None and m.start < rank.start]
                mentions.append(PredikatMention(rank.start, rank.end, a, b, tv.text[a:b], None,
                                                grade_for(rank, before[-1] if before else None), anaphoric=True))
            else:
                continue
            taken.update(range(rank.start, rank.end))
        mentions.sort(key=lambda m: m.start)


def _defined_abbreviations(tv, mentions: list[PredikatMention], taken: set[int]) -> None:
    """"Kabupaten/Kota Sehat (KKS) 2023 ... penerima KKS 2023": an abbreviation the article
    defines after a predikat's name names that predikat wherever it recurs. The brackets join the
    first mention, so a year after them still attaches to it."""
    words = tv.words
    defined: dict[str, PredikatMention] = {}
    for m in list(mentions):
        i = m.end
        if m.label is None or i + 2 >= len(words) or words[i] != "(" or words[i + 2] != ")":
            continue
        abbreviation = words[i + 1]
        inner = next((x for x in mentions if x.start == i + 1 and x.end == i + 2), None)
        if inner is not None and (inner.label, inner.grade) == (m.label, m.grade):
            # "opini Wajar Dengan Pengecualian (WDP)": the name and its acronym are one mention, so that
            # "naik dari ... (WDP) menjadi WTP" leaves one grade behind
            mentions.remove(inner)
            m.end, m.end_char = i + 3, tv.idx[i + 2] + 1
            m.text = tv.text[m.start_char : m.end_char]
            taken.update(range(i, i + 3))
            continue
        if not _DEFINED.match(abbreviation) or (i + 1) in taken:
            continue
        part = _abbreviates_tail(words[m.start : m.end], abbreviation)
        m.end = i + 3
        m.end_char = tv.idx[i + 2] + 1
        m.text = tv.text[m.start_char : m.end_char]
        taken.update(range(i, i + 3))
        if not part:
            defined.setdefault(abbreviation, m)
    if not defined:
        return
    for k, word in enumerate(words):
        first = defined.get(word)
        if first is None or k in taken:
            continue
        a, b = tv.chars(k, k + 1)
        mentions.append(PredikatMention(k, k + 1, a, b, word, first.label, first.grade))
        taken.add(k)
    mentions.sort(key=lambda m: m.start)


def _distance(mention: PredikatMention, start: int, end: int) -> int:
    """Tokens between a mention and the words ``start:end`` on either side of it."""
    return min(abs(mention.start - end), abs(start - mention.end))


def _abbreviates_tail(name: list[str], abbreviation: str) -> bool:
    """"Predikat Peduli Hak Asasi Manusia (HAM)": the brackets abbreviate the last words only, a term
    the name contains ("Kementerian Hukum dan HAM" is no predikat), not the predikat."""
    initials = [w[0].upper() for w in name if w[:1].isalpha()]
    target = abbreviation.upper()
    return any("".join(initials[k:]) == target for k in range(1, len(initials)))


def _list_cell(tv, start: int, end: int) -> bool:
    """"1. Kota Makassar – Nindya", "2 | Kota Balikpapan | A": a grade alone in the last cell of a line,
    after a dash, a colon or a table bar, or in brackets at its end."""
    if start == 0 or tv.words[start - 1] not in {"–", "-", "—", ":", "|", "("}:
        return False
    if tv.words[start - 1] == "(":
        # "1. Pemerintah Kota Ambon, 91.01 (Hijau)": the grade in brackets closing the line
        return end + 1 < len(tv.words) and tv.words[end] == ")" and "\n" in tv.words[end + 1] \
            or end + 1 == len(tv.words) and tv.words[end] == ")"
    return end >= len(tv.words) or "\n" in tv.words[end] or tv.words[end] in {".", ";", ",", "|"}


def _row_head(tv, start: int, end: int) -> bool:
    """"- Nindya: Kabupaten Gowa, Kabupaten Bantaeng": a grade alone at the head of a line, then a colon."""
    if end >= len(tv.words) or tv.words[end] != ":":
        return False
    before = start - 1
    if before >= 0 and tv.words[before] in {"-", "–", "•", "*", "·", "▪"}:
        before -= 1
    if before >= 0 and tv.words[before].rstrip(".)").isdigit():
        before -= 1
    return before < 0 or "\n" in tv.words[before]


def _resolve_same(mentions: list[PredikatMention]) -> None:
    """"Kategori yang sama juga diraih Kota Pasuruan", "penghargaan serupa": the same label and
    grade as the predikat named last."""
    last = None
    for m in mentions:
        if m.label is not None:
            last = m
        elif m.anaphoric and last is not None and (any(w in m.text.lower().split() for w in ("sama", "serupa"))
                                                   or m.text.lower().split()[0] in _S.grade_nouns and last.grade):
            # "di peringkat ini", "kategori tersebut": the grade just named (or, after a mention of the
            # predikat with no grade, the one grade the article named for it)
            # (a place of its own keeps it: "Peringkat kedua diraih ..." after "peringkat pertama")
            m.label, m.grade = last.label, m.grade or last.grade or only_grade_before(mentions, last.label, m.start)


_OR = {"atau", "alias"}
# what may stand between "atau" and the other name ("atau masuk zona hijau", "atau disebut ..."); not "atau gagal meraih
# WTP", another grade denied
_NAMING_AGAIN = {"masuk", "berada", "di", "pada", "disebut", "dikenal", "dengan", "kategori", "predikat", "yang", "biasa"}


def _other_names_of_a_grade(lower: list[str], mentions: list[PredikatMention]) -> list[PredikatMention]:
    """"memperoleh opini kualitas tertinggi atau masuk zona hijau": a grade named again by its other name after "atau"
    (with at most a verb before it) is the same grade; the first name, the one the holders got, stays."""
    dropped = set()
    for first, second in zip(mentions, mentions[1:]):
        if first.label and first.grade and second.label == first.label and second.grade and second.grade != first.grade \
                and 1 <= second.start - first.end <= 3 and lower[first.end] in _OR \
                and all(w in _NAMING_AGAIN for w in lower[first.end + 1 : second.start]):
            dropped.add(id(second))
    return [m for m in mentions if id(m) not in dropped] if dropped else mentions


def _coordinated_grades(lower: list[str], mentions: list[PredikatMention]) -> None:
    """"meraih predikat Sangat Inovatif pada IGA 2021 dan IGA 2022": the bare names coordinated with a graded
    one, with only years and conjunctions between, share its grade."""
    graded = None
    for m in mentions:
        if m.label is None:
            continue
        if graded is not None and m.label == graded.label and m.grade is None and all(
                w in _S.grade_coordination or w.isdigit() or any(o.start <= i < o.end and o.label == graded.label for o in mentions)
                for i, w in enumerate(lower[graded.end : m.start], graded.end)):
            m.grade = graded.grade
            graded = m
            continue
        graded = m if m.grade else None


_OPENING_QUOTES = {'"', "“", "‘", "'", "«"}
_CLOSING_QUOTES = {'"', "”", "’", "'", "»"}


def _word_before(lower: list[str], i: int) -> str | None:
    """The word before token ``i``, past an opening quote ("predikat ‘BB’"), a field's colon ("Opini:
    kualitas tinggi") and the level the grade is for ("kategori kabupaten sangat inovatif", "kategori
    kabupaten dan kota terinovatif")."""
    j = i - 1
    if j >= 0 and lower[j] in _OPENING_QUOTES:
        j -= 1
    if j >= 1 and lower[j] == ":" and lower[j - 1] in _S.grade_words:
        j -= 1  # a record's field: "Opini: kualitas tinggi", "Kategori: A"
    k = j
    while k >= 0 and i - k <= 4 and lower[k] in _LEVEL_WORDS:
        k -= 1
    if k < j and k >= 0 and lower[k] in _S.grade_words:
        return lower[k]
    return lower[j] if j >= 0 else None


_LEVEL_WORDS = {"kabupaten", "kota", "provinsi", "dan", "/", "kab/kota", "kabupaten/kota", "pemda", "daerah"}


def _after_grade_word(lower: list[str], i: int) -> bool:
    """Whether a grade word stands before token ``i``, also with a stray letter glued to it at a
    line's start ("IKategori Pratama, Kabupaten Tapanuli Selatan, ...")."""
    word = _word_before(lower, i)
    return word is not None and (word in _S.grade_words or len(word) > 6 and word[1:] in _S.grade_words)


def _named_just_before(doc: Doc, mentions: list[PredikatMention], label: str, sentence_start: int) -> bool:
    """Whether the sentence before the one starting at ``sentence_start`` names ``label``.

    "Baca juga: ..." lines in between are other articles' titles and are stepped over."""
    previous = _sentence_of(doc, sentence_start - 1)
    while previous.start > 0 and READ_ALSO.match(previous.text):
        previous = _sentence_of(doc, previous.start - 1)
    return any(m.label == label and previous.start <= m.start < previous.end for m in mentions)


def _named_grade(form: str, label: str, grades) -> str | None:
    """The grade a surface form names after a grade word: "KLA kategori Madya" -> Madya."""
    words = form.split()
    for k, word in enumerate(words[:-1]):
        if word.lower() in _S.grade_words:
            rest = " ".join(words[k + 1 :]).lower()
            if rest == label.lower():
                return None  # "predikat KLA" names the label, not its top grade "KLA"
            return next((g for g in grades if g.lower() == rest), None)
    return None


def _mark_named_anaphors(lower: list[str], mentions: list[PredikatMention]) -> None:
    """"Opini WTP tersebut diberikan atas LKPD tahun anggaran 2015, ...", "penerima predikat peduli
    HAM tersebut": a named predikat with a determiner after it speaks of the award named before."""
    for m in mentions:
        if m.label is None:
            continue
        i = m.end
        if i < len(lower) and lower[i] in {")", '"', "”"}:
            i += 1
        if i < len(lower) and lower[i] in _S.named_determiners:
            m.anaphoric = True


def _longest_first(doc: Doc, found, meaning, look_alikes: list[int]) -> list[PredikatMention]:
    """The predikat names found, longest first where they overlap; the starts of look-alikes (names of
    something else that contain a predikat's) go to ``look_alikes``."""
    tv = view(doc)
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    taken: set[int] = set()
    mentions = []
    for start, end, key in found:
        label, grade = meaning[key]
        if key == _LOOK_ALIKE and not any(i in taken for i in range(start, end)):
            taken.update(range(start, end))  # no predikat, and no predikat inside it
            look_alikes.append(start)
            continue
        if any(i in taken for i in range(start, end)):
            chained = next((k for k, m in enumerate(mentions) if m.label == label and m.start < start < m.end < end), None)
            if chained is not None and grade is not None:
                # "Piala Adipura Kirana": the trophy's name and the grade's share a word; one mention of
                # the grade named last
                first = mentions[chained]
                a, b = tv.chars(first.start, end)
                mentions[chained] = PredikatMention(first.start, end, a, b, tv.text[a:b], label, grade)
                taken.update(range(start, end))
            continue
        taken.update(range(start, end))
        a, b = tv.chars(start, end)
        mentions.append(PredikatMention(start, end, a, b, tv.text[a:b], label, grade))
    return mentions


def _sentence_of(doc: Doc, i: int):
    """The sentence around token ``i`` (``Token.sent`` builds it by walking the tokens)."""
    start, end = sentence_bounds(doc, i)
    return doc[start:end]

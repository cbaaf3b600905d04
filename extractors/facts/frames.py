"""Frames: what a clause says about a predikat (label, grade, status, year), before holders.

A sentence is cut into clauses at ";" and at contrast words ("sedangkan", "sementara",
"namun"); each clause's status groups are paired with the predikat they govern (the nearest one
after the verb, else before it, else an anaphor such as "predikat tersebut") and with a year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from extractors.facts.counts import collective_at, streak_lengths
from extractors.facts.tables import column_year
from extractors.facts.status import StatusGroup, dropped_out_at, groups_between
from extractors.facts.years import ArticleYears, attached_year, preparing_round, coordinated_years, said_between, time_shift_between
from extractors.docdata import cues_between, mentions_between, predikat_tokens, published_year, regions_between
from extractors.lexicon import rank_words, region_context, status_lexicon, structure, time_words
from extractors.model import PredikatMention, YearMention, only_grade_before
from extractors.tokens import sentence_bounds, view
from extractors.vocabulary import later_ceremonies

_S = structure()
_CLAUSE_BREAKS = {";"}
_TIME = time_words()


@dataclass(frozen=True)
class Frame:
    label: str
    grade: str | None
    status: str
    year: int | None
    year_basis: str | None
    cue: str | None
    confidence: float
    never: bool = False  # "belum pernah": the fact has no year
    anchor: int = 0  # token index of the predikat mention or verb, for ordering
    bare: bool = False  # no status verb: a list or caption that only names the predikat
    agent_before: int | None = None  # holders of the clause before this token give or coach
    date_year: int | None = None  # the year of a dated event in the sentence (a last resort)
    anaphoric: bool = False  # the predikat was named before ("penghargaan tersebut")
    rest: bool = False  # "..., sisanya kuning semua": the grade of the sentence's holders given no other

    def inherited(self, factor: float = 0.85) -> "Frame":
        return replace(self, confidence=round(self.confidence * factor, 3), agent_before=None)


@dataclass
class Clause:
    start: int
    end: int


def clauses(doc: Doc, sent: Span) -> list[Clause]:
    """Token ranges of the clauses of ``sent``; a contrast word at the very start does not cut."""
    cuts = [sent.start]
    lower = view(doc).lower
    # most words cut nothing: look only at the ones that can
    for i in [i for i in range(sent.start, sent.end) if lower[i] in _CUTTING]:
        low = lower[i]
        if i == sent.start and low not in _S.concessive:
            continue  # (a contrast word at the very start does not cut)
        if low in _CLAUSE_BREAKS:
            if _S.introducer_ends(lower, i):
                continue  # "... berjumlah 4 Kab/Kota yakni; Kabupaten Padang Pariaman, ...": the list goes on
            if _between_scored_items(doc, i):
                continue  # "yaitu Kabupaten Bungo: 92,06; Tebo: 87,24; Muaro Jambi 87,09": items with their scores
            cuts.append(i + 1)
        elif low in _S.concessive and (i == sent.start or lower[i - 1] not in {",", "dan"}) \
                and (i + 1 >= sent.end or lower[i + 1] not in {"begitu", "demikian"}) \
                and (comma := _concession_end(doc, i, sent.end)) is not None and _has_subject(doc, i + 1, comma):
            # "menuturkan meskipun sebagian besar kabupaten/kota sudah mengantongi predikat KLA, empat kabupaten
            # masih belum mendapatkannya": a concession with a subject of its own is a clause up to its comma
            # ("Meski begitu, ...", "Kendati demikian, ..." are connectives, no concession)
            # (not "walau masih mendapat opini WDP, Pemkab Anambas dan Natuna terus berbenah": the subject after
            # the comma is the concession's too)
            cuts += [i, comma + 1] if i - sent.start > 2 else [comma + 1]
        elif low in _S.contrast and i - sent.start > 2:
            # "sementara itu" opens a clause too; "sementara" as an adjective ("hasil sementara") rarely
            # carries a status, so cutting there costs nothing
            cuts.append(i)
        elif low in {"sekarang", "kini"} and lower[i - 1] == ",":
            cuts.append(i)

        elif low == "," and denied_names(doc, i + 1, sent.end):
            # "Lima Daerah di Kepri Raih Penghargaan Peduli HAM, Natuna dan Anambas Belum": names and a bare
            # denial, the verb before left out
            cuts.append(i + 1)
        elif low == "," and _grade_heads_names(doc, sent, i):
            # "Kabupaten Tebo masuk kategori menuju informatif, cukup informatif Merangin, Kerinci, Sarolangun":
            # a grade, then the names that hold it, is a clause of its own
            cuts.append(i + 1)
        elif low == "," and _others_counted_after(lower, i + 1, sent.end) \
                and any(c.kind in _OWN_VERB_KINDS for c in cues_between(doc, cuts[-1], i)):
            # (after a clause with a verb of its own: "Kabupaten Badung, Kabupaten Gianyar, dan dua daerah lainnya
            # meraih ..." is one list with one verb)
            # '"Karangasem harus masuk, dan delapan daerah lainnya wajib mempertahankan predikat yang sudah diraih"': the
            # others, counted, are the subject of a clause of their own
            cuts.append(i + 1)
        elif low == "," and _counted_subject_after(lower, i + 1, sent.end) and _denied_this_round(lower, i + 1, sent.end):
            # (only a count its relative clause denies is another subject: not one more recipient, "... kepada Kota
            # Mataram, Kabupaten Lombok Barat, dan dua kabupaten yang baru pertama kali ikut penilaian, yakni ...", "...
            # dan dua daerah yang tahun lalu belum lolos, yakni ...")
            # '"Kami minta ketujuh daerah ini mempertahankan predikatnya tahun ini, dan tiga daerah yang belum meraih,
            # yaitu ..., harus kita dorong bersama"': a count with a relative clause of its own opens another subject
            cuts.append(i + 1)
        elif (low == "hasilnya" or low in _REST_WORDS) and lower[i - 1] in {",", "dan"}:
            # "ada 7 daerah yang dinilai, yakni A, B, ..., dan hasilnya hanya OKI yang meraih predikat hijau,
            # sisanya kuning semua": the outcome is a clause of its own, and so is the rest
            cuts.append(i)
    cuts = sorted(set(cuts))
    bounds = cuts + [sent.end]
    return [Clause(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


def _denied_this_round(lower: list[str], start: int, end: int) -> bool:
    """Whether the count at ``lower[start:end]`` ("dan tiga daerah yang ...") has a relative clause that denies it the
    round spoken of (a negation right after "yang", maybe after "masih", no earlier round told there) or says it holds
    it ("yang sudah meraih"): a group of its own, not one more recipient."""
    k = start + 4  # ("dan", the number, the noun, "yang")
    if k < end and lower[k] == "masih":
        k += 1
    if k + 1 < end and lower[k] in _S.already and lower[k + 1] in _S.getting:
        return True  # (or says they hold it: "..., dan lima kabupaten yang sudah meraih wajib mempertahankannya")
    return k < end and lower[k] in _NEGATION and _EARLIER_ROUND.isdisjoint(lower[start + 4 : min(end, start + 10)])


_OWN_VERB_KINDS = frozenset({"achieve", "maintain", "coach", "modal", "negation"})


def _others_counted_after(lower: list[str], start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` opens with "dan", a number, a noun of holders and "lainnya"/"lain" and then no list:
    "dan delapan daerah lainnya wajib ..." (not "dan dua daerah lainnya, yakni ...", one more group of names)."""
    return _and_counted(lower, start, end) and lower[start + 3] in {"lainnya", "lain"} \
        and lower[start + 4] not in {",", ":"} and lower[start + 4] not in _S.list_introducers


def _and_counted(lower: list[str], start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` opens with "dan", a number and a noun of holders, with two words at least after them."""
    if end - start < 5 or lower[start] != "dan":
        return False
    number = lower[start + 1]
    return (number.isdigit() or number in _S.number_words) and lower[start + 2] in _S.count_nouns


def _counted_subject_after(lower: list[str], start: int, end: int) -> bool:
    """Whether ``lower[start:end]`` opens with "dan", a number, a noun of holders and "yang": "dan tiga daerah yang
    belum meraih"."""
    return _and_counted(lower, start, end) and lower[start + 3] == "yang"


def denied_names(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are region names joined by commas or "dan" and then a bare denial, with nothing
    after it but punctuation: "..., Natuna dan Anambas Belum"."""
    lower = view(doc).lower
    while end > start and (lower[end - 1].isspace() or lower[end - 1] in {".", "!", '"', "”"}):
        end -= 1
    if end - start < 2 or lower[end - 1] not in _S.bare_denials:
        return False
    names = {i for r in regions_between(doc, start, end - 1) for i in range(r.mention_start, r.end)}
    return bool(names) and all(i in names or lower[i] in _S.name_glue for i in range(start, end - 1))


def _between_scored_items(doc: Doc, i: int) -> bool:
    """Whether the semicolon at ``i`` separates two items of a list of regions with their scores: a region
    name, at most a colon and a number, the semicolon, then the next region name."""
    if not regions_between(doc, i + 1, i + 2):
        return False
    # (a region's name is a few tokens long: the one ending just before the scores starts within eight)
    before = max((r.end for r in regions_between(doc, max(0, i - 8), i) if r.end <= i), default=None)
    if before is None or i - before > 3:
        return False
    return all(t.like_num or t.text == ":" for t in doc[before:i])


def _grade_heads_names(doc: Doc, sent: Span, i: int) -> bool:
    """Whether the comma at ``i`` is followed by a grade (after "selainnya"/"sisanya" at most) and, right after
    it, a region's name, where a grade of the same predikat came before in the sentence."""
    start = i + 2 if i + 1 < len(doc) and view(doc).lower[i + 1] in _REST_WORDS else i + 1
    if start not in predikat_tokens(doc):
        return False  # (most commas: the cheap test first)
    head = next((m for m in mentions_between(doc, start, start + 1) if m.grade and m.label), None)
    if head is None or not regions_between(doc, head.end, head.end + 1):
        return False
    return any(m.label == head.label and m.grade for m in mentions_between(doc, sent.start, i))


def _has_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` name regions or what counts holders ("sebagian besar kabupaten/kota"):
    a clause's own subject."""
    return any(start <= r.start < end for r in doc._.regions or []) \
        or not _S.count_nouns.isdisjoint(view(doc).lower[start:end])


def _concession_end(doc: Doc, start: int, end: int) -> int | None:
    """The comma that closes a concession opened at ``start``: the first after its verb ("meskipun Kabupaten
    Tapin, Kabupaten Batola dan Kotabaru sudah meraih KLA, ...": not the commas of its list)."""
    cue = next((c for c in cues_between(doc, start + 1, end)), None)
    if cue is None:
        return None
    lower = view(doc).lower
    return next((k for k in range(cue.end, end) if lower[k] == ","), None)


def build_frames(doc: Doc, sent: Span, clause: Clause, all_clauses: list[Clause], mentions: list[PredikatMention],
                 years: list[YearMention], last_label, holders_near, implicit_label: str | None = None,
                 holder_before=None) -> list[Frame]:
    """The frames of one clause. ``last_label(i)`` names the predikat mentioned last before token i,
    for anaphors; ``holders_near(mention)`` says whether a holder stands right by a mention;
    ``implicit_label`` is the predikat a list sentence speaks of without naming it."""
    groups = groups_between(doc, clause.start, clause.end)
    aside = _set_aside_end(doc, sent)
    in_clause = [m for m in mentions_between(doc, clause.start, clause.end) if not m.start < aside]
    # (not a year compared with: "datanya harus lebih rapi dari tahun lalu")
    # (not a year measured against: "lebih rapi dari tahun lalu", "Sebagai catatan, sebelum 2017, ...")
    usable_years = [y for y in years if y.kind in {"explicit", "relative"} and not _measured_against(view(doc).lower, y)]
    unresolved = [y for y in years if y.kind == "unresolved"]
    years_by_start = {y.start: y for y in usable_years}
    frames: list[Frame] = []
    claimed: set[int] = set()
    # (spans too: "lalu predikat Madya dari 2019 hingga 2021" in a history of grades)
    moves = transitions(doc, clause, in_clause, [y for y in years if y.kind in {"explicit", "relative", "range"}]) \
        + _bracketed_history(doc, clause, in_clause, years)
    if clause.start > sent.start:
        moves += _fall_to(doc, clause, in_clause, mentions_between(doc, sent.start, clause.start), usable_years)
    respective = not RESPECTIVE.isdisjoint(view(doc).lower[sent.start : sent.end])
    for frame, used in moves:
        frames.append(frame)
        claimed.update(used)
    moving_verbs = {f.anchor for f, _ in moves}
    # a dated event in the same sentence ("pada Peringatan Hari HAM Sedunia ke-76 tahun 2024",
    # "Jumat (10/12)"): the last resort for an award's year, after everything the article says
    dates = [y for y in years if y.kind in {"date", "event", "dated"} and sent.start <= y.start < sent.end]

    def date_year(label: str | None) -> int | None:
        # "Selasa (10/12/2024)" at the Peduli HAM ceremony is the hand-over, a year after the one assessed
        usable = [y.value for y in dates if y.kind not in {"dated", "date"} or label not in later_ceremonies()]
        return usable[-1] if usable else None
    for k, group in enumerate(groups):
        if group.status in {"nominee", "request", "avoid"} or group.verb in moving_verbs:
            continue
        stretch_end = groups[k + 1].start if k + 1 < len(groups) else clause.end
        if k + 1 < len(groups):
            # "Pada tahun 2012-2013 Kotamobagu meraih Piala Adipura, lalu pada 2016 dan 2017 kembali menerima":
            # what follows ", lalu" is the next verb's
            lower = view(doc).lower
            then = next((i for i in range(group.end, stretch_end) if lower[i] in _THEN and lower[i - 1] == ","), None)
            stretch_end = then if then is not None else stretch_end
        stretch_start = groups[k - 1].end if k > 0 else clause.start
        mention = _relative_antecedent(doc, group, in_clause) or \
            _governed(doc, group, [m for m in in_clause if id(m) not in claimed], stretch_start, stretch_end,
                      followed=k + 1 < len(groups))
        if mention is None and view(doc).lower[group.end - 1].endswith("nya"):
            # "meraih predikat itu juga diminta mempertahankannya": the clitic is the predikat before
            earlier = [m for m in in_clause if m.start < group.verb]
            a, b = view(doc).chars(group.end - 1, group.end)
            mention = earlier[-1] if earlier else PredikatMention(
                group.end - 1, group.end, a, b, view(doc).text[a:b], None, None, anaphoric=True)
        if mention is None and group.status == "achieved" and view(doc).lower[group.verb] in _PASSIVE_GETTING \
                and not _FORMERLY.isdisjoint(view(doc).lower[max(sent.start, group.start - 3) : group.start]):
            # "penghargaan ini merupakan yang ketiga bagi Manado setelah sebelumnya diraih pada 2016 dan 2017": the
            # predikat named before, got before in those years
            mention = _named_before(doc, sent.start, group.start, anaphors=True)
        if mention is None and group.status == "maintain_target" and _ends_object_less(doc, group.end, clause.end):
            # "sudah empat kali mendapatkan penghargaan Kabupaten/Kota Peduli HAM, dan tahun 2025 ini harus kita
            # pertahankan sambil ...": keeping, with no object, keeps the predikat just named
            mention = _named_before(doc, sent.start, group.verb)
        if mention is None and group.status == "maintain_target" and view(doc).lower[group.verb].startswith("di") \
                and last_label(group.verb) and not any(m.label for m in mentions_between(doc, sent.start, sent.end)) \
                and any(group.end <= y.start < clause.end for y in usable_years):
            # '"Untuk delapan daerah itu, kami minta agar dipertahankan pada penilaian tahun ini"': a passive keeping
            # has its object before it; in a sentence naming no predikat, the one spoken of last (for a round told:
            # undated, with nothing pointed back at, the hope to keep it is a wish; "predikatnya" and "capaiannya" point
            # back as "predikat itu" does, structure.toml possessed_anaphors)
            mention = _verb_standing_for(doc, group, last_label(group.verb), None)
        if mention is None and view(doc).lower[clause.start] in _S.elided_subject:
            # "WTP kedua ... setelah pertama kali diraih atas LKPD 2022": the predikat of the clause before
            earlier = [m for m in mentions if sent.start <= m.start < clause.start and m.label]
            if earlier:
                mention = replace(earlier[-1], anaphoric=True)
        if mention is None and (view(doc).lower[group.verb] in _FOLLOWING
                                or view(doc).lower[group.verb] in _RECIPIENTS and not in_clause):
            # "yang hingga kini belum pernah meraih penghargaan tersebut, dapat menyusul tahun depan":
            # to follow suit is to get the predikat just named
            mention = _named_before(doc, sent.start, group.verb, anaphors=True)
            if mention is None and view(doc).lower[group.verb] in _FOLLOWING and last_label(group.verb) \
                    and _follows_suit(doc, group, clause.end):
                # "Tiga kabupaten ini akan kami dampingi secara khusus agar tahun depan bisa menyusul": to follow the
                # others to the predikat the article spoke of last
                mention = _verb_standing_for(doc, group, last_label(group.verb), None)
        if mention is None and group.status == "not_achieved" and view(doc).lower[group.verb] in _DROPPED_OUT \
                and dropped_out_at(view(doc).lower, group.end) \
                and _NEGATION.isdisjoint(view(doc).lower[max(sent.start, group.verb - 4) : group.verb]):
            # (not "tak sekali pun absen dalam penghargaan KLA", never absent)
            # "Sembilan Daerah di Kalteng Raih Predikat Peduli HAM, Kotim Terlempar": thrown out of the predikat just
            # named; "setelah sempat absen pada penilaian 2020 dan 2021, Jombang kembali masuk daftar kabupaten peduli
            # HAM": absent from the one the sentence names
            named = [m for m in mentions_between(doc, sent.start, sent.end) if m.label]
            before = [m for m in named if m.start < group.verb]
            label = before[-1] if before else (named[0] if named else None)
            if label is not None:
                mention = _verb_standing_for(doc, group, label.label, label.grade)
        if mention is None and group.status == "not_achieved" and _out_of_the_list(doc, group, clause):
            # "Kota Padangsidimpuan yang pada penetapan tahun 2021 meraih predikat tersebut, kali ini tidak masuk
            # daftar": the list of the predikat just named (told at the verb: "Batam Pertahankan KLA Nindya, Anambas
            # Belum Masuk Daftar" denies it of the holder before the verb only)
            earlier = [m for m in mentions_between(doc, sent.start, group.verb) if m.label or m.anaphoric]
            if earlier:
                mention = _verb_standing_for(doc, group, earlier[-1].label or last_label(earlier[-1].start),
                                             earlier[-1].grade)
        if mention is None and group.status == "target" and _coaching_verb(doc, group):
            # "juga menjadi prioritas pendampingan tahun ini karena pada penetapan terakhir belum memperoleh predikat
            # tersebut": coached for the predikat the reason given denies
            mention = _denied_in_the_reason(doc, group, groups[k + 1 :], in_clause)
        # ("Di kategori ini selain Lutim, juga diraih ...": a category pointed back to is no object)
        if mention is None and implicit_label and not any(m.label and not m.anaphoric for m in in_clause) \
                and (group.end >= len(doc) or view(doc).lower[group.end].removesuffix("nya") not in _OTHER_OBJECTS):
            # (nor "baru menyerahkan laporannya": its own report)
            # (not "enam kabupaten kota yang sudah menerima LHP adalah ...": the verb has an object of its own)
            mention = PredikatMention(group.verb, group.end, doc[group.verb].idx, doc[group.end - 1].idx,
                                      doc[group.verb : group.end].text, implicit_label, None, anaphoric=True)
        if mention is None:
            continue
        if view(doc).lower[group.verb] in _UP | _DOWN and "dari" in view(doc).lower[group.end : mention.start]:
            continue  # "naik kelas dari kategori Madya": the grade left behind, not the one held now
        if group.status in {"target", "maintain_target"} and mention.start >= 2 \
                and " ".join(view(doc).lower[mention.start - 2 : mention.start]) in _S.leaving:
            # "agar keluar dari zona merah": a grade to leave; the goal is the predikat, in some better grade ("gagal
            # keluar dari zona merah" is the grade held)
            mention = replace(mention, grade=None)
        if mention.grade is None and mention.start > group.end \
                and not _OTHER_OBJECTS.isdisjoint(view(doc).lower[group.end : mention.start]):
            # "menyerahkan langsung hasil evaluasi SAKIP itu kepada pemerintah ... Aceh, Sumatra Utara, ...":
            # what is handed over is a report on the predikat, not the predikat
            continue
        label = mention.label or last_label(mention.start)
        if label is None:
            continue
        if mention.anaphoric and mention.grade is None:
            grade = _anaphor_grade(doc, sent, group, mention, mentions, label)
            mention = replace(mention, grade=grade) if grade is not None else mention
        claimed.add(id(mention))
        own_years = usable_years
        if k > 0 and group.status == "achieved" and groups[k - 1].status == "not_achieved" \
                and view(doc).lower[groups[k - 1].verb] in _DROPPED_OUT:
            # "setelah sempat absen pada penilaian 2020 dan 2021, Jombang kembali masuk daftar ...": the years after
            # the absence are its, not the return's
            own_years = [y for y in usable_years if not groups[k - 1].end <= y.start < group.start]
        found = _group_years(doc, sent, clause, all_clauses, group, mention, own_years, years_by_start,
                             stretch_start, stretch_end, label)
        found = _streak_since(doc, group, found, clause, years_by_start, label) or found
        if not found and group.status == "achieved":
            # "Dua tahun berturut-turut Makassar meraih KLA predikat Madya, sekarang naik satu tingkat ke
            # Nindya": the streak ran through the years just before the article's own
            back = _streak_before_now(doc, sent, group, mention)
            found = [(None, f"previous-{k}") for k in range(1, back + 1)]
        found = found + _kept_from(doc, group, found, years_by_start)
        second = _gapped_year_and_grade(doc, mention, in_clause, usable_years, clause.end)
        if second is not None:
            # "Tahun lalu, SAKIP kita mendapat predikat CC, dan tahun ini B": the year after the comma is the
            # second grade's; the first has the year before it
            y2 = second[0]
            earlier = [y for y in usable_years if clause.start <= y.start < mention.start]
            found = [(earlier[-1].value, earlier[-1].kind)] if earlier else [f for f in found if f[0] != y2.value]
        never = group.never
        if not found and any(stretch_start <= y.start < stretch_end
                             and (group.status != "achieved" or _backward(y) and y.start < group.verb)
                             and not _compared(view(doc).lower, y) for y in unresolved):
            # "tahun depan" or, for an award held, "tahun lalu" with no date to count from: the year
            # is unknown, not the article's
            never = True
        if not found and said_between(doc, stretch_start, group.verb, _S.times_untold):
            # "sudah beberapa kali menerima penghargaan Adipura": won before, in years the text leaves open
            never = True
        if group.status == "not_achieved" and (
                said_between(doc, max(sent.start, group.start - 4), group.start, _S.rounds_untold)
                or not found and said_between(doc, stretch_start, stretch_end, _S.rounds_untold)):
            # "belum meraih predikat pada penilaian sebelumnya", "karena pada penetapan terakhir belum memperoleh": not
            # held in the round before, its year left open (over a year of another clause: "prioritas pendampingan
            # tahun ini"); what was held "pada penetapan terakhir" takes the article's round, unless that round is still
            # ahead (see Assembler._finalize)
            found, never = [], True
        if not found and any(y.kind == "range" and stretch_start <= y.start < stretch_end for y in years):
            # "Tahun 2012 sampai 2015 predikatnya CC", "diraih tanpa terputus sejak tahun 2016 hingga tahun
            # anggaran 2023": each year of the span; a span of years that cannot be spelt out (a plan
            # period ahead, audit hand-overs that are not the fiscal years) gives none, and not the article's
            found = _span_years(doc, group, label, [y for y in years if y.kind == "range"
                                                    and stretch_start <= y.start < stretch_end])
            never = not found
        confidence = 0.9 if not group.weak else 0.7
        if mention.anaphoric:
            confidence *= 0.9
        published = published_year(doc)
        if group.status == "not_achieved":
            # "mulai mendampingi ... dalam menyiapkan data dukung penilaian KKPHAM tahun 2024, dengan prioritas
            # pada dua daerah yang belum menyandang predikat tersebut": not held as the round ahead is prepared
            # is not held in the round before it
            found = [(year - 1, "round_before") if basis == "explicit" and year and _prepared_round(doc, year, usable_years,
                                                                                            stretch_start, stretch_end)
                     else (year, basis) for year, basis in found]
        for year, basis in found or [(None, None)]:
            status = group.status
            if status == "achieved" and mention.failing:
                status = "not_achieved"  # "mendapat rapor merah"
            if status == "achieved" and basis == "relative" and published and year and year > published:
                # "tahun depan Gunung Kidul mampu meraih penghargaan tersebut": next year's award can
                # only be a goal, whatever verb says it
                status = "target"
            frames.append(Frame(label, mention.grade, status, year, basis, group.cue, confidence, never,
                                mention.start, agent_before=group.agent_before, date_year=date_year(label),
                                anaphoric=mention.anaphoric))
            if respective:
                # "A dan B masing-masing meraih Nindya dan Madya": one frame per coordinated grade, for
                # the assembler to hand out in order
                for other in _coordinated(doc, mention, in_clause):
                    claimed.add(id(other))
                    frames.append(replace(frames[-1], grade=other.grade, anchor=other.start))
            for other in _qualified_by(doc, mention, in_clause):
                claimed.add(id(other))
                frames.append(replace(frames[-1], grade=other.grade))
        if second is not None:
            y2, m2 = second
            claimed.add(id(m2))
            frames.append(Frame(label, m2.grade, group.status, y2.value, y2.kind, group.cue, confidence * 0.9, False,
                                m2.start, agent_before=group.agent_before, date_year=date_year(label)))
        for year in _compared_years(doc, usable_years, max(stretch_start, group.verb), stretch_end):
            # "bertahan di kategori Menuju Informatif seperti pada monev 2022", "tidak lagi berada di
            # zona hijau seperti pada penilaian 2020": the same predikat was held in the year compared with
            frames.append(Frame(label, mention.grade, "achieved", year.value, year.kind, group.cue,
                                round(confidence * 0.9, 3), False, mention.start, agent_before=group.agent_before,
                                anaphoric=mention.anaphoric))
    trailing: dict[int, PredikatMention | None] = {}
    for n, frame in enumerate(frames):
        if frame.grade is None and not frame.bare:
            # "meraih penghargaan itu sejak tahun 2015, 2017, ... dan 2021, seluruhnya dalam kategori Madya": the
            # grade the clause ends with, for every year of the frame
            if frame.anchor not in trailing:
                trailing[frame.anchor] = _trailing_grade(doc, frame, in_clause, claimed) \
                    or _fronted_grade(doc, frame, in_clause, claimed, clause)
            if trailing[frame.anchor] is not None:
                frames[n] = replace(frame, grade=trailing[frame.anchor].grade)
    claimed.update(id(m) for m in trailing.values() if m is not None)
    if groups and holder_before is not None and frames:
        # "Kabupaten Solok meraih predikat informatif, Kota Solok menuju informatif", "Kota A meraih
        # Nindya, Kabupaten B Madya": the verb is left out after the first holder; each later holder
        # and its own predikat take the status of the verb before them
        for mention in in_clause:
            if id(mention) in claimed or mention.label is None or any(f.anchor == mention.start for f in frames):
                continue
            before = [f for f in frames if f.anchor < mention.start and not f.bare]
            if not before:
                continue
            head = before[-1]
            year = attached_year(doc, mention, years_by_start)
            if holder_before(mention):
                frames.append(replace(head, label=mention.label, grade=mention.grade,
                                      year=year.value if year else head.year,
                                      year_basis="explicit" if year else head.year_basis,
                                      confidence=round(head.confidence * 0.85, 3), anchor=mention.start))
            elif year is not None and head.year is not None and _next_object(doc, head.anchor, mention):
                # "membawa pulang Adipura Kencana pada 2016 dan 2017, lalu Piala Adipura pada 2018 dan 2019":
                # a second object of the same verb, with years of its own
                for y in coordinated_years(doc, [y for y in usable_years if y.start >= year.start]):
                    frames.append(replace(head, label=mention.label, grade=mention.grade, year=y.value,
                                          year_basis="explicit", confidence=round(head.confidence * 0.85, 3),
                                          anchor=mention.start))
            elif mention.grade and mention.label == head.label \
                    and _S.introduces(view(doc).lower[before[0].anchor : mention.start]):
                # grades listed after "yakni", each with what it heads
                heading = next((y for y in usable_years if y.end == mention.start), None)
                if mention.end < len(doc) and view(doc).lower[mention.end] == "(":
                    # "peraih penghargaan KLA, yakni 7 kategori pratama (Maros, Gowa, ...), 6 kategori Madya (Luwu
                    # Utara, ...)": each grade with the names in brackets after it
                    frames.append(replace(before[0], grade=mention.grade,
                                          confidence=round(before[0].confidence * 0.85, 3), anchor=mention.start))
                elif heading is not None:
                    # "memperoleh Penghargaan Kota Sehat ..., yakni Tahun 2011 Swasti Saba kategori Padapa, Tahun
                    # 2013 Swasti Saba kategori Wiwerda, ...": each year with the grade it heads
                    frames.append(replace(before[0], grade=mention.grade, year=heading.value, year_basis="explicit",
                                          confidence=round(before[0].confidence * 0.85, 3), anchor=mention.start))
    if holder_before is not None:
        # "maka Bolsel adalah opini wajar tanpa pengecualian, untuk yang kedua kalinya, dan harus dipertahankan":
        # a holder said to be (hold) the predikat, whatever the clause then asks of it
        lower = view(doc).lower
        for mention in in_clause:
            if mention.label and mention.start > 0 and lower[mention.start - 1] in _COPULA_VERBS \
                    and not any(f.anchor == mention.start and f.status == "achieved" for f in frames) \
                    and holder_before(replace(mention, start=mention.start - 1)):
                year = attached_year(doc, mention, years_by_start)
                frames.append(Frame(mention.label, mention.grade, "achieved", year.value if year else None,
                                    "explicit" if year else None, lower[mention.start - 1], 0.7, anchor=mention.start,
                                    date_year=date_year(mention.label)))
    listed = _achievements_listed(doc, sent, clause) if groups else 0
    getting = next((g for g in reversed(groups) if g.status == "achieved" and g.end <= listed), None) if listed else None
    if getting is not None and not any(r.role == "holder" and r.code and getting.start - r.end <= 3
                                       for r in regions_between(doc, clause.start, getting.start)):
        # (only the subject's: the awards of a ceremony, "Wakil Bupati Maros menuturkan, ... ada 4 penghargaan yang
        # diberikan, yaitu ...", are nobody's here)
        getting = None
    if getting is not None:
        # "sepanjang 2023 Pemkab Sleman juga menerima sejumlah penghargaan, di antaranya penghargaan Kabupaten Peduli
        # HAM ... serta predikat Kabupaten Layak Anak (KLA) kategori Nindya": each award listed is got
        held = {(f.label, f.grade) for f in frames}
        period = next((y for y in usable_years if clause.start <= y.start < getting.verb), None)
        for mention in in_clause:
            if mention.label is None or mention.anaphoric or mention.start < listed or id(mention) in claimed \
                    or (mention.label, mention.grade) in held:
                continue
            held.add((mention.label, mention.grade))
            year = _item_year(doc, mention, in_clause, usable_years, clause.end) or period
            frames.append(Frame(mention.label, mention.grade, "achieved", year.value if year else None,
                                year.kind if year else None, getting.cue, 0.6, anchor=mention.start))
    if not groups:
        # A caption or list that names the predikat with no verb ("Daftar penerima WTP: ...")
        listed = _achievements_listed(doc, sent, clause)
        seen: set[str] = set()
        for mention in in_clause:
            if mention.label is None:
                continue
            if listed and not mention.anaphoric:
                # "memaparkan sejumlah capaian Muba ..., mulai dari opini WTP atas LKPD Tahun Anggaran 2022, predikat
                # Kabupaten Layak Anak kategori Nindya tahun 2023, hingga predikat Kabupaten Peduli HAM": each item held
                # (once: "opini WTP ... yang merupakan WTP kesepuluh" is the same item)
                if mention.label in seen:
                    continue
                seen.add(mention.label)
                year = _item_year(doc, mention, in_clause, usable_years, clause.end)
                frames.append(Frame(mention.label, mention.grade, "achieved", year.value if year else None,
                                    "explicit" if year else None, doc[listed - 1].text, 0.6, anchor=mention.start))
                continue
            if mention.grade and mention.start > 0 and view(doc).lower[mention.start - 1] in _REST_WORDS:
                # "hasilnya hanya OKI yang meraih predikat hijau, sisanya kuning semua"
                year = attached_year(doc, mention, years_by_start)
                frames.append(Frame(mention.label, mention.grade, "achieved", year.value if year else None,
                                    "explicit" if year else None, None, 0.6, anchor=mention.start, rest=True,
                                    date_year=date_year(mention.label)))
                continue
            if mention.grade and _goal_named_before(view(doc).lower, mention.start, clause.start):
                # '"... Target kami berikutnya kategori Utama pada tahun depan," kata Santoso': the grade aimed at
                year = next((y for y in usable_years if mention.end <= y.start < clause.end), None)
                frames.append(Frame(mention.label, mention.grade, "target", year.value if year else None,
                                    year.kind if year else None, None, 0.5, anchor=mention.start))
                continue
            # "4 | Kabupaten Empat Lawang | WDP | WTP": a cell under a header naming its year
            column = column_year(doc, mention.start_char)
            if column is None and not holders_near(mention) and not _numbered_time(doc, mention.end):
                continue
            year = attached_year(doc, mention, years_by_start)
            value = year.value if year else column
            frames.append(Frame(mention.label, mention.grade, "not_achieved" if mention.failing else "achieved",
                                value, "explicit" if value else None, None, 0.5, anchor=mention.start,
                                bare=not _existential(doc, mention.start), date_year=date_year(mention.label)))
            if not mention.failing and mention.grade:
                # "Bagi Balikpapan, kategori Nindya tahun ini sama dengan capaian pada 2022": held in the year compared
                # with too
                frames += [replace(frames[-1], year=y.value, year_basis=y.kind, confidence=0.45)
                           for y in _compared_years(doc, usable_years, mention.end, clause.end)]
    return _denied_before_the_goal(frames + _times_before(view(doc).lower, clause, sent.end, frames, years))


def _times_before(lower: list[str], clause: Clause, end: int, frames: list[Frame], years: list[YearMention]) -> list[Frame]:
    """'"Alhamdulillah, ini ketiga kalinya Lobar meraih predikat Kabupaten Peduli HAM, setelah 2019 dan 2020"': a
    predikat counted as got once more, "setelah" the years it was got before (a list of years and nothing else, right
    after the clause), is held in those years too."""
    times = _times_counted(lower[clause.start : clause.end])
    if times < 2:
        return []  # (not "Ini pertama kalinya ...", "Kali ini ...")
    i = clause.end + (clause.end < end and lower[clause.end] == ",")
    if not (i < end and lower[i] == "setelah"):
        return []
    held = [f for f in frames if f.status == "achieved"]
    starts = {y.start: y for y in years if y.kind == "explicit"}
    found = []
    i += 1
    while i < end:
        if i in starts:
            found.append(starts[i].value)
            i = starts[i].end
        elif lower[i] in {"tahun", "pada", ",", "dan", "serta"} and found or lower[i] in {"tahun", "pada"}:
            i += 1
        else:
            break
    if not found or len(found) > times - 1 or i < end and lower[i] not in {".", ",", '"', "”"}:
        return []  # (not "setelah 2019 dan 2020 absen": the years of something else)
    return [replace(f, year=year, year_basis="explicit") for f in held for year in found
            if f.year is None or year < f.year]


def _goal_named_before(lower: list[str], start: int, lo: int) -> bool:
    """Whether a goal noun stands right before the grade at ``start`` ("Target kami berikutnya kategori Utama",
    "Targetnya predikat A"), no further back than ``lo``, with only its owner and a few linking words between."""
    k = start - 1
    while k >= lo and lower[k] in _GOAL_LINKS:
        k -= 1
    if k >= lo and lower[k] in _LEX_GOALS.far_goals:
        return True
    return k > lo and lower[k] in _LEX_GOALS.owners and lower[k - 1] in _LEX_GOALS.owned_goals


_LEX_GOALS = status_lexicon()
_ORDINALS = {w: n for w, n in rank_words().ordinals.items() if w.startswith("ke")}


def _times_counted(words: list[str]) -> int:
    """The times a predikat is said to be got ("ketiga kalinya", "kali ketiga", "ke-3 kalinya": 3), or 0."""
    if _S.times_counted.isdisjoint(words):
        return 0  # (most clauses count no times: one set test instead of a look at every word)
    best = 0
    for k, word in enumerate(words):
        if _S.times_counted.isdisjoint(words[max(0, k - 1) : k + 2]):
            continue
        n = _ORDINALS.get(word, 0)
        if not n and word.startswith("ke-") and word[3:].isdigit():
            n = int(word[3:])
        best = max(best, n)
    return best
_GOAL_LINKS = _LEX_GOALS.goal_links


def _denied_before_the_goal(frames: list[Frame]) -> list[Frame]:
    """"mendorong enam kabupaten ... yang belum menyandang predikat KKPHAM agar dapat meraihnya pada tahun 2024": not
    held while aimed at for a round is not held in the round before it."""
    goals = {(f.label, f.year) for f in frames if f.status == "target" and f.year_basis == "explicit" and f.year}
    if not goals:
        return frames
    found = []
    for f in frames:
        years = {year for label, year in goals if label == f.label}
        if f.status == "not_achieved" and f.year is None and not f.never and len(years) == 1 \
                and any(g.anchor >= f.anchor for g in frames if g.status == "target" and g.label == f.label):
            f = replace(f, year=years.pop() - 1, year_basis="round_before")
        found.append(f)
    return found


EXISTENTIAL = frozenset({"ada", "terdapat"})


def _existential(doc: Doc, start: int) -> bool:
    """"ada 4 yang informatif yakni ...", "terdapat tiga yang madya": the grade those listed are in,
    a result of its own, not a verb-less mention that goes on with the status before it."""
    lower = view(doc).lower
    return start > 0 and lower[start - 1] == "yang" and any(w in EXISTENTIAL for w in lower[max(0, start - 5) : start])


def rounds_back(basis: str | None) -> int:
    """How many rounds before the year the article gives a frame's year is: "previous" (the grade left
    behind in a rise) is one, "previous-2" (a streak before "sekarang naik") two; other bases none."""
    if not basis or not basis.startswith("previous"):
        return 0
    return int(basis.partition("-")[2] or 1)


_SET_ASIDE_OPENERS = (("di", "luar"), ("diluar",), ("selain",))
_OTHER_HOLDERS = {"penerima", "peraih", "daerah", "pemda", "kabupaten", "kota", "kabupaten/kota", "pemkab", "pemkot"}


_DROPPED_OUT = status_lexicon().dropped_out
_NEGATION = status_lexicon().negation
_EARLIER_ROUND = {"lalu", "sebelumnya", "pernah", "dulu"}  # "yang tahun lalu belum lolos": another round


def _verb_standing_for(doc: Doc, group, label: str | None, grade: str | None) -> PredikatMention:
    """The verb of ``group`` as an anaphoric mention of the predikat ``label``: what a verb with no object of its own
    ("bisa menyusul", "kali ini tidak masuk daftar", "Kotim terlempar") is about."""
    a, b = view(doc).chars(group.verb, group.end)
    return PredikatMention(group.verb, group.end, a, b, view(doc).text[a:b], label, grade, anaphoric=True)


def _named_before(doc: Doc, start: int, end: int, anaphors: bool = False) -> PredikatMention | None:
    """The last predikat mention named in ``doc[start:end]`` (with a label, or an anaphor too when ``anaphors``), as an
    anaphor of it: the object a verb without one of its own takes back."""
    earlier = [m for m in mentions_between(doc, start, end) if m.label or anaphors and m.anaphoric]
    return replace(earlier[-1], anaphoric=True) if earlier else None


_PASSIVE_GETTING = status_lexicon().passive_getting


def _out_of_the_list(doc: Doc, group, clause: Clause) -> bool:
    """Whether the denied ``group`` says its holder is not in the list of recipients, naming no predikat: "kali ini
    tidak masuk daftar", "kali ini tidak lagi masuk daftar penerima" (the recipient noun closing the group)."""
    lower = view(doc).lower
    if group.end < len(doc) and lower[group.end] in _S.recipient_lists:
        return group.end + 1 >= clause.end or lower[group.end + 1] in _LIST_CLOSERS or view(doc).space[group.end + 1]
    return group.verb > 0 and lower[group.verb - 1] in _S.recipient_lists and lower[group.verb] in _LIST_CLOSERS \
        and (group.end >= clause.end or lower[group.end] in _LIST_CLOSERS)


def _coaching_verb(doc: Doc, group) -> bool:
    """Whether the head of ``group`` is a cue of coaching ("pendampingan", "dibina")."""
    return any(c.kind == "coach" and c.start == group.verb for c in cues_between(doc, group.verb, group.end))


def _denied_in_the_reason(doc: Doc, group, later: list, in_clause: list):
    """The predikat a denial after "karena" (or "sebab") denies, for the coaching ``group`` before it: an anaphoric
    copy of its mention (None when the next group, or the one after a weak one, "pada penetapan terakhir belum
    memperoleh", is no such denial)."""
    denial = next((g for g in later[:2] if g.status == "not_achieved"), None)
    if denial is None or denial is not later[0] and not later[0].weak:
        return None
    lower = view(doc).lower
    if _REASONS.isdisjoint(lower[group.end : denial.start]) \
            and not _relative_of_the_coached(doc, group.end, denial.start):
        return None
    after = [m for m in in_clause if m.start >= denial.end and (m.label or m.anaphoric)]
    return replace(after[0], anaphoric=True) if after else None


_REASONS = _S.reasons


def _relative_of_the_coached(doc: Doc, start: int, denial: int) -> bool:
    """Whether the words before the denial at ``denial`` are an undated relative clause on the ones coached ("kami akan
    mendampingi Kabupaten Nias, ... dan Kota Gunungsitoli yang sampai saat ini belum meraih predikat tersebut",
    "mendampingi enam kabupaten/kota yang belum meraih predikat KKPHAM"; not "..., yang pada 2023 belum meraih predikat
    tersebut", whose year is not the goal's)."""
    at = next((i for i in range(denial - 1, start - 1, -1) if view(doc).lower[i] == "yang"), None)
    return at is not None and not any(at < y.start < denial for y in doc._.years or [])


def _set_aside_end(doc: Doc, sent: Span) -> int:
    """"Di luar 12 penerima WTP, BPK memberikan opini WDP kepada 18 Pemda, yaitu ...": an opening
    phrase that sets other holders aside. Returns the token where it ends (``sent.start`` if none):
    its predikat belongs to those others, not to the sentence's holders."""
    lower = view(doc).lower
    words = lower[sent.start : min(sent.end, sent.start + 12)]
    opener = next((o for o in _SET_ASIDE_OPENERS if tuple(words[: len(o)]) == o), None)
    if opener is None or "," not in words:
        return sent.start
    phrase = words[len(opener) : words.index(",")]
    if _OTHER_HOLDERS.isdisjoint(phrase):
        return sent.start  # ("Selain WTP, Kota X juga meraih ...": besides, not apart from)
    return sent.start + words.index(",")


_REST_WORDS = {"sisanya", "selebihnya"}
# objects that are no predikat: what else is received or handed over in the same news
_OTHER_OBJECTS = {"lhp", "laporan", "hasil", "dana", "bantuan", "insentif", "anggaran", "kunjungan", "rekomendasi", "lkpd",
                  "lpkd"}
_COPULA_VERBS = {"adalah", "ialah"}
# words of a hope before a rise ("Kita berharap ke depan Pringsewu bisa naik kelas, dari ... menjadi ...");
# "bisa" alone is no hope ("Alhamdulillah tahun ini Lampung Selatan bisa naik peringkat")
_HOPING = {"berharap", "harap", "diharapkan", "harapkan", "semoga", "mudah-mudahan", "moga-moga", "ingin", "agar",
           "supaya"}
_TRAILING_BEFORE = {"dalam", "di", "pada", "dengan"}
_HOLDER_KINDS = {"provinsi", "kabupaten", "kota", "kabupaten/kota", "daerah", "pemda", "pemerintah"}


def _trailing_grade(doc: Doc, frame: Frame, mentions: list[PredikatMention], claimed: set[int]):
    """A grade of the frame's predikat after it in the clause, as "dalam kategori Madya" (a manner,
    not another object)."""
    lower = view(doc).lower
    for m in mentions:
        # ("dalam kategori Provinsi Sangat Inovatif": the category names the kind of holder before its grade)
        at = m.start - 1 if m.start >= 3 and lower[m.start - 1] in _HOLDER_KINDS else m.start
        if m.start > frame.anchor and id(m) not in claimed and m.grade and (m.label == frame.label) and at >= 2 \
                and (lower[at - 1] in _S.grade_words and lower[at - 2] in _TRAILING_BEFORE
                     # "... dari Komisi Informasi dengan predikat Informatif", "... sebagai Badan Publik Informatif"
                     or lower[m.start] in _S.grade_words and lower[m.start - 1] in _TRAILING_BEFORE
                     or lower[m.start - 1] == "sebagai"):
            return m
    return None


def _fronted_grade(doc: Doc, frame: Frame, mentions: list[PredikatMention], claimed: set[int], clause: Clause):
    """"Untuk kualifikasi informatif, penghargaan diberikan kepada ...": a grade fronted before the
    clause's predikat."""
    lower = view(doc).lower
    for m in mentions:
        if m.start < frame.anchor and id(m) not in claimed and m.grade and m.label == frame.label \
                and m.start - 1 == clause.start and lower[m.start - 1] in {"untuk", "bagi"} \
                and m.end < len(lower) and lower[m.end] == ",":
            return m
    return None


def _opens_next_clause(lower: list[str], start: int) -> bool:
    """ "..., dan tahun 2025 ini": a year phrase right after a conjunction."""
    i = start - 1
    while i > 0 and lower[i] in {"tahun", "pada", "di"}:
        i -= 1
    return i > 0 and lower[i] in {"dan", "serta"} and lower[i - 1] == ","


_OBJECT_LESS_NEXT = {",", ".", ";", "!", "?", "sambil", "seraya", "dengan", "dan", "serta", "agar", "supaya", '"', "”"}


def _ends_object_less(doc: Doc, end: int, clause_end: int) -> bool:
    """Whether the verb ending at ``end`` has no object: the clause ends or another clause starts."""
    return end >= clause_end or view(doc).lower[end] in _OBJECT_LESS_NEXT


def _numbered_time(doc: Doc, i: int) -> bool:
    """"ini merupakan opini WTP ke-12", "WTP kesepuluh": the predikat counted as received once more."""
    return i < len(doc) and collective_at(view(doc).lower, i) is not None


_THEN = {"lalu", "kemudian", "selanjutnya", "berikutnya"}


def _next_object(doc: Doc, anchor: int, mention: PredikatMention) -> bool:
    """Between the object before (at ``anchor``) and ``mention``: only its years and ", lalu"."""
    lower = view(doc).lower
    between = lower[anchor : mention.start]
    k = len(between)
    while k > 0 and (between[k - 1] in _THEN or between[k - 1] in {",", "dan", "serta"}):
        k -= 1
    # ("meraih predikat Swastisaba Padapa pada 2011, Swastisaba Wiwerda pada 2013, ...": each object
    # after the year of the one before)
    after_year = k > 0 and between[k - 1].isdigit() and len(between[k - 1]) == 4
    return k < len(between) and (any(w in _THEN for w in between[k:]) or after_year) and "." not in between


_ACHIEVEMENT_NOUNS = {"capaian", "prestasi", "raihan", "penghargaan"}
_ENUMERATION_STARTS = (("mulai", "dari"), ("antara", "lain"), ("di", "antaranya"), ("diantaranya",), ("yakni",),
                       ("yaitu",), ("seperti",))


def _achievements_listed(doc: Doc, sent: Span, clause: Clause) -> int:
    """Where a list of achievements opens ("sejumlah capaian Muba sepanjang tahun ini, mulai dari ..."):
    the token after the enumeration word, or 0. The achievement noun comes first, a holder right
    after it."""
    lower = view(doc).lower
    for i in range(sent.start, clause.end):
        if lower[i] not in _ACHIEVEMENT_NOUNS:
            continue
        for j in range(i + 1, min(clause.end, i + 12)):
            for opener in _ENUMERATION_STARTS:
                if tuple(lower[j : j + len(opener)]) == opener:
                    return j + len(opener)
    return 0


def _item_year(doc: Doc, mention: PredikatMention, items: list[PredikatMention], years: list[YearMention], end: int):
    """The year written within a listed item: after its mention, before the next item's."""
    following = [m.start for m in items if m.start > mention.start and m.label and m.label != mention.label]
    stop = min(following + [end])
    lower = view(doc).lower
    for y in years:
        if mention.end <= y.start < stop and y.kind == "explicit" and "," not in lower[mention.end : y.start]:
            return y
    return None


def _compares_predikat(doc: Doc, start: int) -> bool:
    """"dibandingkan dengan predikat WTP di tahun-tahun sebelumnya": a year of the predikat compared
    with ("dibandingkan tahun sebelumnya, ketika ... mendapat kategori Madya" compares no predikat)."""
    lower, named = view(doc).lower, predikat_tokens(doc)
    for i in range(start - 1, max(-1, start - 9), -1):
        if lower[i] in _COMPARING:
            return any(k in named for k in range(i + 1, start))
    return False


def _compared_score(lower: list[str], year: YearMention, verb: int) -> bool:
    """"nilainya turun dibanding tahun sebelumnya dan masuk zona kuning", "nilainya menurun dari tahun 2022
    dan masuk zona kuning": the year a score moved from, in a conjunct before the predikat's verb."""
    before = lower[max(0, year.start - 4) : year.start]
    moved = not _COMPARING.isdisjoint(before) or "dari" in before and not (_UP | _DOWN).isdisjoint(before)
    return moved and year.end < verb and set(lower[year.end : verb]) <= {"dan", "serta", "lalu", "sehingga", "juga"}


def _compared_years(doc: Doc, years: list[YearMention], lo: int, hi: int) -> list[YearMention]:
    """Past years a clause compares with ("seperti pada monev 2022", "seperti tahun sebelumnya")."""
    lower = view(doc).lower
    published = published_year(doc)
    return [y for y in years if lo <= y.start < hi and _after_seperti(lower, y)
            and (published is None or y.value < published)]


def _compared(lower: list[str], year: YearMention) -> bool:
    """"masih sama seperti hasil pemeriksaan tahun-tahun sebelumnya, yakni memperoleh opini WDP": the
    years compared with, not the one held."""
    return not {"seperti", "sama", "dibanding", "dibandingkan"}.isdisjoint(lower[max(0, year.start - 5) : year.start])


def _measured_against(lower: list[str], year: YearMention) -> bool:
    """Whether ``year`` is one the text measures against, not one held: what a comparative measures against ("lebih
    rapi dari tahun lalu", "lebih baik daripada 2022"), or a bound opening a clause ("Sebagai catatan, sebelum 2017 DKI
    Jakarta ... memperoleh opini WDP, yakni atas LKPD 2013 hingga 2016"; not a deadline, "meraih WTP sebelum 2025")."""
    before = lower[max(0, year.start - 4) : year.start]
    bound = year.start - (2 if before[-2:-1] and before[-1] == "tahun" else 1)
    if bound >= 0 and lower[bound] in _BOUNDS and (bound == 0 or lower[bound - 1] in _CLAUSE_ENDS
                                                   or not lower[bound - 1].strip()):
        return True
    return "lebih" in before and any(w in {"dari", "daripada"} for w in before[before.index("lebih") :])


_BOUNDS = time_words().bounds


def _after_seperti(lower: list[str], year: YearMention) -> bool:
    """"seperti pada monev 2022", "seperti tahun sebelumnya", "sama dengan capaian pada 2022": a year the clause
    compares with."""
    before = lower[max(0, year.start - 3) : year.start]
    if "seperti" in before:
        k = year.start - len(before) + before.index("seperti")
        return not (k >= 1 and lower[k - 1] in _NEGATION
                    or k >= 2 and lower[k - 1] == "sama" and lower[k - 2] in _NEGATION)
    # ("sama dengan capaian tahun sebelumnya", "sama dengan yang diraih pada 2022": what the year held, the same; not
    # "tidak sama dengan capaian pada 2022")
    k = year.start - 1
    while k > max(0, year.start - 6) and lower[k] in _S.same_as_what:
        k -= 1
    return k >= 1 and lower[k] == "dengan" and lower[k - 1] == "sama" and not (k >= 2 and lower[k - 2] in _NEGATION)


def _last_coordinated_run(doc: Doc, years: list[YearMention]) -> list[YearMention]:
    """The coordinated years ("2021 dan 2022") that end with the last of ``years``."""
    run = [years[-1]]
    for y in reversed(years[:-1]):
        if coordinated_years(doc, [y, run[0]]) != [y, run[0]]:
            break
        run.insert(0, y)
    return run


def _counted(word: str) -> bool:
    """"dua", "tiga", "2": a number before a noun."""
    return word.isdigit() or word in _S.number_words


def _governed(doc: Doc, group: StatusGroup, mentions: list[PredikatMention], lo: int, hi: int,
              followed: bool = False) -> PredikatMention | None:
    """The predikat a status group speaks of: its direct object ("memperoleh predikat"), else the
    nearest named predikat after the verb, else one just before it in the same stretch of words
    ("Penghargaan Peduli HAM diterima ..."). A grade named right after it in apposition completes
    it ("Kota Sehat \"Swasti Saba Wistara\"")."""
    after = [m for m in mentions if group.verb <= m.start < hi]
    if after and after[0].start - group.end <= 1:
        first = after[0]
        if first.anaphoric and len(after) > 1 and after[1].label and after[1].start - first.end <= 2:
            first = after[1]  # "meraih predikat Cukup Peduli HAM": the noun, then its name
        elif first.anaphoric and first.start > group.end and _counted(view(doc).lower[first.start - 1]):
            # "meraih dua penghargaan sekaligus, yakni penghargaan KLA kategori Pratama dan ...": the
            # counted noun announces the awards named after it
            named = [m for m in after[1:] if m.label and m.start - first.end <= 8
                     and _S.introduces(view(doc).lower[first.end : m.start])]
            first = named[0] if named else first
        return _with_apposed_grade(first, mentions, doc)
    lower = view(doc).lower
    # (not a predikat that names who the subject is: "para Kepala Daerah penerima Piala Adipura bisa menjadi
    # champions")
    # (the subject of a passive verb may run long with what an opinion is on: "Opini WTP atas pemeriksaan Laporan
    # Hasil Keuangan (LHP) tahun 2021 diberikan kepada ...")
    passive = lower[group.verb].startswith("di")
    # (and with who gives it: "Penghargaan Kabupaten Layak Anak (KLA) Kategori Pratama dari Menteri Pemberdayaan
    # Perempuan Perlindungan Anak (PPPA) RI Bintang Puspayoga diterima Kabupaten Muaro jambi")
    before = [m for m in mentions if lo <= m.start < group.verb
              and group.verb - m.end <= (15 if passive and not {"atas", "dari"}.isdisjoint(lower[m.end : m.end + 3]) else 8)
              and not any(w in {",", ";", ":"} for w in lower[m.end : group.verb])
              and not (m.start > 0 and lower[m.start - 1] in _RECIPIENT_NOUNS)]
    if followed and before and after and (lower[group.verb].startswith("di") or lower[group.verb] in _FALLS_TO) \
            and any(m.label for m in before):
        # "Piala Adipura Kategori Kota Kecil jatuh ke Kabupaten Penajam Paser Utara, dan Sertifikat Adipura
        # ... diraih Kota Samarinda": a passive verb's predikat is its subject, before it; the one after the
        # holders is the subject of the verb that follows
        return _with_apposed_grade([m for m in before if m.label][-1], mentions)
    labelled = [m for m in after if m.label is not None]
    if labelled:
        return _with_apposed_grade(labelled[0], mentions)
    if after:
        return after[0]
    if before:
        labelled = [m for m in before if m.label is not None]
        return _with_apposed_grade((labelled or before)[-1], mentions)
    if lower[group.verb].startswith("di") and group.status == "maintain_target":
        # "... opini wajar tanpa pengecualian, untuk yang kedua kalinya, dan harus dipertahankan": the
        # predikat to be kept, named before the passive verb
        labelled = [m for m in mentions if lo <= m.start < group.verb and m.label and group.verb - m.end <= 15]
        if labelled:
            return labelled[-1]
    # "Predikat A, yang tertinggi dalam hasil evaluasi SAKIP ... tahun 2019 dari Kementerian PANRB,
    # diraih Provinsi Jawa Barat": a passive verb after a comma, its subject set off with ", yang"
    first = next((m for m in mentions if lo <= m.start < group.verb), None)
    if first is not None and first.label and lower[group.verb].startswith("di") and lower[group.verb - 1] == "," \
            and first.end + 1 < len(lower) and lower[first.end] == "," and lower[first.end + 1] == "yang":
        return _with_apposed_grade(first, mentions)
    return None


_FALLS_TO = {"jatuh"}
_RECIPIENT_NOUNS = {"penerima", "peraih", "pemegang", "penyandang"}


def _backward(year: YearMention) -> bool:
    """An unresolved relative year that points back ("tahun lalu", "tahun sebelumnya")."""
    return _TIME.relative.get(year.text.lower(), 0) < 0


def _relative_antecedent(doc: Doc, group: StatusGroup, mentions: list[PredikatMention]) -> PredikatMention | None:
    """"gagal mempertahankan opini WTP yang diraih atas LKPD Tahun Anggaran 2022": the predikat a
    relative clause hangs on, even when the verb before has claimed it."""
    lower = view(doc).lower
    i = group.start - 1
    while i > 0 and lower[i] in _ADVERBS:
        i -= 1  # "zona hijau yang juga diraih pada tahun lalu"
    if i < 1 or lower[i] != "yang":
        return None
    return next((m for m in mentions if m.end == i and m.label), None)


def _with_apposed_grade(mention: PredikatMention, mentions: list[PredikatMention], doc: Doc | None = None) -> PredikatMention:
    if mention.grade is not None:
        return mention
    for other in mentions:
        if other.label == mention.label and other.grade and 0 <= other.start - mention.end <= 3:
            return replace(mention, grade=other.grade)
    if doc is not None and mention.label is not None:
        # "menganugerahkan penghargaan Kota Sehat kepada Kota Denpasar dengan tingkatan tertinggi, yakni
        # Swasti Saba Wistara": the grade named later as the top one
        lower = view(doc).lower
        for other in mentions:
            if other.label == mention.label and other.grade and mention.end < other.start <= mention.end + 16 \
                    and other.start >= 3 and lower[other.start - 1] in _S.list_introducers and lower[other.start - 2] == "," \
                    and lower[other.start - 3] in _SUPERLATIVES \
                    and not any(w in {".", ";"} for w in lower[mention.end : other.start]):
                return replace(mention, grade=other.grade)
    if doc is not None and mention.label is None:
        # "tiga daerah mencapai predikat tertinggi, yakni BB": the noun, then the grade it names
        lower = view(doc).lower
        for other in mentions:
            between = lower[mention.end : other.start]
            if other.label and other.grade and 0 < len(between) <= 4 and between[-1] in _S.list_introducers \
                    and all(w in _S.list_introducers or w in _SUPERLATIVES or w == "," for w in between):
                return replace(mention, label=other.label, grade=other.grade, end=other.end)
    return mention


_SUPERLATIVES = {"tertinggi", "terbaik", "terendah"}


_SPEECH_VERBS = region_context().speech_verbs
_QUOTE_ENDS = {",", '"', "”", "’"}


def opens_speech_tag(lower: list[str], i: int) -> bool:
    """Whether token ``i`` is a speech verb right after the closing quote or comma of what was said
    ('...," ujar Kepala BPK', '..., kata Kepala Bidang HAM')."""
    return lower[i] in _SPEECH_VERBS and i > 0 and lower[i - 1] in _QUOTE_ENDS


def speech_tag_start(doc: Doc, sent: Span) -> int:
    """Where a closing speech tag begins ("... Pemkab Asahan," ujar Kepala BPK ... dalam Workshop ...
    Triwulan II Tahun 2019, Rabu (26/06/2019).): ``sent.end`` when the sentence has none."""
    lower = view(doc).lower
    return next((i for i in range(sent.start + 2, sent.end) if opens_speech_tag(lower, i)), sent.end)


def _group_years(doc, sent, clause, all_clauses, group, mention, usable, by_start, lo, hi,
                 last_label: str | None = None) -> list[tuple[int, str]]:
    relative_ok = group.status != "achieved"
    if group.never:
        return []
    tag = speech_tag_start(doc, sent)
    if group.verb < tag and mention.start < tag:
        # the years of the speech tag are of the occasion it was said at, not of what was said
        usable = [y for y in usable if y.start < tag]
    published = published_year(doc)
    # (an article dated by its metadata; a date read from the text may be of an earlier event in it)
    dated = doc._.published_basis == "metadata"

    lower = view(doc).lower

    def ok(y: YearMention) -> bool:
        if group.status in {"target", "maintain_target"} and "sejak" in lower[max(0, y.start - 2) : y.start]:
            # "harapan meraih predikat WTP untuk yang ketujuh kalinya atau sejak tahun 2012": the year a record
            # began, not the goal's
            return False
        if _after_seperti(lower, y) or _compares_predikat(doc, y.start) or _compared_score(lower, y, group.verb):
            # "masih mendapat WDP seperti tahun sebelumnya", "menurun bila dibandingkan dengan predikat
            # WTP di tahun-tahun sebelumnya": a comparison, not this one's year
            return False
        return _ok(y)

    def _ok(y: YearMention) -> bool:
        # a year back ("tahun lalu", "tahun sebelumnya") dates a past award; "tahun ini" by an
        # achieved verb dates it too, unless the article names the year assessed (the assembler
        # prefers a decree's, an assessment's or a fiscal year to it); a year ahead is no award
        if y.kind == "explicit":
            # ("diserahkan pada puncak Anugerah KIP 2025, yang sekaligus menjadi ajang peluncuran Indeks Keterbukaan
            # Informasi Publik Tahun 2026": a year after the article's is no award received)
            return relative_ok or published is None or y.value <= published or not dated
        if y.kind != "relative" or published is None:
            return y.kind == "relative" and relative_ok
        this_year_dates = (mention.label or last_label) not in later_ceremonies()
        # a year ahead in the verb's own stretch ("agar pada penilaian tahun depan setidaknya naik ke
        # zona kuning") makes the verb a goal: build_frames turns it into a target
        # ("menembus kategori Utama tahun depan, mengingat keduanya ... berada di kategori Nindya": a
        # year right after another predikat is that one's)
        ahead = y.value > published and lo <= y.start < hi and (
            y.start == mention.end or (y.start - 1) not in predikat_tokens(doc))
        return relative_ok or ahead or y.value < published or (y.value == published and this_year_dates)

    year = attached_year(doc, mention, by_start)
    if year is not None and group.status == "maintain_target":
        # "mempertahankan pencapaian Anugerah KI 2019 untuk Kualifikasi Informatif pada tahun 2020": the year
        # a kept predikat carries is the one it was won in; the goal's is the later year after it
        later = [y for y in usable if mention.end <= y.start < clause.end and y.value > year.value and ok(y)]
        if later:
            return [(later[0].value, later[0].kind)]
    if year is not None and ok(year) and year in usable:
        # "meraih WTP atas LKPD tahun anggaran 2013, 2014, dan 2015": every year of the list
        run = coordinated_years(doc, [y for y in usable if y.start >= year.start])
        return [(y.value, y.kind) for y in run]
    # ("Demak yang pada Adipura 2022 mendapat Sertifikat Adipura, tahun ini tidak masuk daftar
    # penerima": a year that opens the next verb's clause is that verb's)
    local = [y for y in usable if lo <= y.start < hi and ok(y)
             and not (y.end == hi and hi < clause.end and y.start > 0 and lower[y.start - 1] == ",")
             # ("sudah empat kali mendapatkan penghargaan ..., dan tahun 2025 ini harus kita pertahankan": a
             # year after "dan" that opens the next verb's clause is that verb's)
             and not (hi < clause.end and y.start > group.end and _opens_next_clause(lower, y.start))
             # "yang masuk daftar penerima pada penetapan tahun 2020, kali ini tidak lagi meraih"
             and not (y.start < group.verb and time_shift_between(doc, y.end, group.verb))]
    if local:
        # "dalam evaluasi SAKIP tahun 2022 yang diumumkan ... pada awal 2023, Kota Madiun memperoleh
        # predikat A": the year the predikat's own name carries is the edition, over a date near the verb
        named = [y for m in mentions_between(doc, lo, hi) if m.label == (mention.label or last_label)
                 and m is not mention for y in [attached_year(doc, m, by_start)] if y is not None and y in local]
        if named and not any(y.start >= group.verb for y in local):
            return [(named[-1].value, named[-1].kind)]
        after = [y for y in local if y.start >= group.verb]
        # ("setelah pada 2021 dan 2022 bertahan di kategori Madya": before the verb, the coordinated
        # years ending nearest it)
        run = coordinated_years(doc, [y for y in local if y.start >= after[0].start]) if after \
            else _last_coordinated_run(doc, local)
        return [(y.value, y.kind) for y in run]
    # "pada 2023 terdapat 12 kabupaten/kota ... meraih predikat": a year earlier in the clause
    # ("yang atas LKPD Tahun Anggaran 2021 meraih WTP, kali ini gagal mempertahankannya": not across "kali ini")
    earlier = [y for y in usable if clause.start <= y.start < group.verb and ok(y)
               and not time_shift_between(doc, y.end, group.verb)]
    if earlier:
        # "Pada 2019 dan 2021, Waykanan baru meraih ...": the coordinated years ending nearest the verb
        return [(y.value, y.kind) for y in _last_coordinated_run(doc, earlier)]
    if group.status in {"target", "maintain_target"}:
        # "didorong melengkapi data dukung ... agar dapat ditetapkan pada penilaian tahun 2024": a
        # goal's year may come after the purpose clause that ends the verb's own stretch
        later = [y for y in usable if hi <= y.start < clause.end and ok(y)]
        if later:
            return [(later[0].value, later[0].kind)]
    # another clause's year, unless that clause is set at another time ("setelah tahun lalu berada di ...")
    shifted = [c for c in all_clauses if view(doc).lower[c.start] in _OTHER_TIME]
    others = [y for y in usable if sent.start <= y.start < sent.end and not (clause.start <= y.start < clause.end)
              and ok(y) and not any(c.start <= y.start < c.end for c in shifted)]
    # (a year opening the sentence frames every clause of it: '"Tahun ini keempat daerah itu akan kami dampingi ...,
    # sementara tujuh daerah penerima kami minta mempertahankan predikatnya"'; one at a clause's end is that clause's:
    # "... yang sudah diraih pada tahun sebelumnya, sementara ... berhasil meraih kembali opini WTP")
    others = [y for y in others if not time_shift_between(doc, y.end if _opens_sentence(lower, sent, y) else y.start,
                                                          group.verb)]
    if others:
        nearest = min(others, key=lambda y: abs(y.start - group.verb))
        return [(nearest.value, nearest.kind)]
    return []


def _opens_sentence(lower: list[str], sent: Span, year: YearMention) -> bool:
    """Whether ``year`` is the first thing of ``sent`` ("Tahun ini ...", '"Pada 2024 ...'), an opening quote or "pada"
    before it at most."""
    i = sent.start
    while i < year.start and (lower[i] in {'"', "“", "pada"} or not lower[i].strip()):
        i += 1
    if i < year.start and lower[i] == "tahun" and i + 1 == year.start:
        i += 1
    return i == year.start


RESPECTIVE = frozenset({"masing-masing", "berurutan"})  # "respectively"; not "berturut-turut": "in a row"


def _coordinated(doc: Doc, mention: PredikatMention, mentions: list[PredikatMention]) -> list[PredikatMention]:
    """Grades of the same predikat coordinated after ``mention`` ("Nindya dan Madya", "A, BB dan B")."""
    lower = view(doc).lower
    found, last = [], mention
    for m in sorted((m for m in mentions if m.start >= mention.end), key=lambda m: m.start):
        if m.label != mention.label or not m.grade or not all(w in {",", "dan", "serta"} for w in lower[last.end : m.start]):
            break
        found.append(m)
        last = m
    return found


_SAME = {"sama", "serupa"}


def _the_same(doc: Doc, mention: PredikatMention) -> bool:
    """"predikat yang sama", "penghargaan serupa"."""
    after = view(doc).lower[mention.end : mention.end + 2]
    return bool(after) and (after[0] in _SAME or after[0] == "yang" and after[1:] and after[1] in _SAME)


_QUALIFYING = {"dengan", "kategori", "predikat", "(", ")", "a", "b", "c", "d", "e"}


def _qualified_by(doc: Doc, mention: PredikatMention, mentions: list[PredikatMention]) -> list[PredikatMention]:
    """A second grade of the same predikat that qualifies ``mention``: "zona hijau dengan kategori A
    kualitas tertinggi" holds both the zone and the quality grade."""
    lower = view(doc).lower
    after = [m for m in mentions if m.start >= mention.end]
    if not after or not mention.grade:
        return []
    nearest = min(after, key=lambda m: m.start)
    between = lower[mention.end : nearest.start]
    if nearest.label == mention.label and nearest.grade and nearest.grade != mention.grade \
            and between and between[0] == "dengan" and all(w in _QUALIFYING for w in between):
        return [nearest]
    return []


_OTHER_TIME = {"setelah", "sesudah", "sebelum", "padahal"}
_CUTTING = frozenset(_CLAUSE_BREAKS) | frozenset(_S.contrast) | _S.concessive | {"sekarang", "kini", "hasilnya", "sisanya",
                                                                               "selebihnya", ","}
_COMPARING = {"dibandingkan", "dibanding", "ketimbang", "daripada"}
# a grade fronted after these is one left behind or set apart ("naik dari Madya", "Di luar predikat WTP, ...")
_NOT_THIS_GRADE = {"dari", "sebelumnya", "lalu", "luar", "selain", "kecuali"}
_LONGEST_SPAN = 15  # years: a longer span is an era ("1965-1966" aside), not a record of awards


def _anaphor_grade(doc: Doc, sent: Span, group: StatusGroup, mention: PredikatMention,
                   mentions: list[PredikatMention], label: str) -> str | None:
    """The grade an anaphoric predikat ("predikat yang sama", "penghargaan ini", "meraihnya") stands for."""
    lower = view(doc).lower
    clitic = mention.label is None and mention.start == group.end - 1
    # ("predikat itu" is the grade named; "penghargaan itu" may be any of several awards)
    pointed = mention.end < len(doc) and lower[mention.end] in {"itu", "tersebut"} \
        and lower[mention.start] in _S.grade_words
    grade = None
    like = _like_holder_grade(doc, sent, mentions, label)
    if like is not None:
        return like or None
    if mention.start == sent.start and sent.start > 0 and mention.end < len(doc) \
            and lower[mention.end] in {"ini", "itu", "tersebut"}:
        # "Sertifikat Adipura diberikan kepada kota ... . Penghargaan ini pernah diterima Kabupaten Paser":
        # the award the sentence before was about
        topic = _topic_of(doc, mentions, doc[sent.start - 1].sent)
        if topic is not None and topic.label == label:
            grade = topic.grade
    if grade is None and group.status == "achieved":
        # "Untuk kategori Madya, penghargaan jatuh kepada Banjarnegara, ...": the grade fronted before it
        fronted = {m.grade for m in mentions if sent.start <= m.start < mention.start and m.label == label and m.grade}
        if len(fronted) == 1 and not any(m.label == label and m.grade for m in mentions if mention.end <= m.start < sent.end) \
                and _COMPARING.isdisjoint(lower[sent.start : mention.start]) \
                and not _NOT_THIS_GRADE & set(lower[sent.start : mention.start]):
            grade = fronted.pop()
    if grade is None and not (_the_same(doc, mention) or clitic or pointed) and sent.start > 0 \
            and mention.start != group.verb and lower[mention.start] != "nilai" and group.status == "achieved":
        # "... sebanyak 19 Kabupaten/Kota meraih penghargaan Kategori Utama. Delapan Kabupaten/Kota
        # mempertahankan predikat dari tahun lalu": the one grade the sentence before gave (not a
        # predikat the verb implies, nor "meraih nilai di atas standar": a score; a goal to keep "capaian
        # tersebut" keeps what each holder was said to hold; not a grade compared with: "naik dua tingkat
        # dibanding perolehan tahun 2021 lalu, yakni kategori Pratama", then "Penghargaan KLA itu
        # diserahkan ..." is the award the article reports)
        before = doc[sent.start - 1].sent
        grades = {m.grade for m in mentions if before.start <= m.start < before.end and m.label == label and m.grade
                  and _COMPARING.isdisjoint(lower[before.start : m.start])}
        if len(grades) == 1 and not any(m.label == label and (m.grade or not m.anaphoric) for m in mentions
                                        if sent.start <= m.start < sent.end):
            grade = grades.pop()
    if grade is None and (_the_same(doc, mention) or clitic or pointed):
        # "ada tujuh kabupaten kota yang memperoleh predikat yang sama" after an article that speaks
        # only of WTP: the same predikat is the same grade ("capaian tersebut" need not be); "Kota Depok
        # kembali mendapat predikat Nindya ... sudah 6 kali berturut-turut meraihnya", "... dengan
        # predikat AA ..., sehingga predikat itu sudah diraih": the predikat with the one grade named
        grade = only_grade_before(mentions, label, mention.start)
    if grade is None and _the_same(doc, mention) and sent.start > 0:
        # "Pemerintah Aceh memperoleh predikat zona hijau ... Predikat yang sama juga diraih Kota Banda Aceh, ...": in
        # an article of several grades, the one of the sentence just before
        before = doc[sent.start - 1].sent
        grades = {m.grade for m in mentions if before.start <= m.start < before.end and m.label == label and m.grade}
        grade = grades.pop() if len(grades) == 1 else None
    return grade


def _like_holder_grade(doc: Doc, sent: Span, mentions: list[PredikatMention], label: str) -> str | None:
    """"Seperti Batola, kabupaten lain ... yang juga meraih penghargaan adalah ...": the grade the holder
    compared with was given before ("" when it was given none), or None when the sentence compares with
    no holder."""
    lower = view(doc).lower
    if lower[sent.start] not in {"seperti", "sebagaimana"}:
        return None
    holder = next((r for r in doc._.regions or [] if r.mention_start == sent.start + 1 and r.code), None)
    if holder is None:
        return None
    for earlier in reversed([r for r in doc._.regions or [] if r.code == holder.code and r.start < sent.start]):
        around = doc[earlier.start].sent
        graded = [m for m in mentions if around.start <= m.start < around.end and m.label == label and m.grade]
        if graded:
            return graded[0].grade
    return ""


def _topic_of(doc: Doc, mentions: list[PredikatMention], sent: Span) -> PredikatMention | None:
    """The graded predikat a sentence opens with: what it is about."""
    first = next((m for m in mentions if sent.start <= m.start < sent.end), None)
    if first is None or first.grade is None or first.start > sent.start + 1:
        return None
    return first


def _kept_from(doc: Doc, group, found: list[tuple[int, str]], years_by_start: dict[int, YearMention]):
    """"Delapan Kabupaten/Kota mempertahankan predikat dari tahun lalu": kept from last year, the
    predikat is held in the article's year too."""
    published = published_year(doc)
    if group.status != "achieved" or "tahan" not in view(doc).lower[group.verb] or published is None \
            or [year for year, _ in found] != [published - 1]:
        return []
    lower = view(doc).lower
    since = [y for y in years_by_start.values() if y.value == published - 1 and y.kind == "relative"
             and y.start > group.verb and lower[y.start - 1] == "dari"]
    return [(published, "relative")] if since else []


def _streak_since(doc: Doc, group, found: list[tuple[int, str]], clause: Clause,
                  years_by_start: dict[int, YearMention], label: str) -> list[tuple[int, str]]:
    """"predikat itu sudah diraih lima kali berturut-turut sejak 2018": a streak of N from year Y
    is each year from Y to Y+N-1, when that ends in the article's year (audit opinions: by it);
    "... enam tahun berturut-turut sampai LKPD Tahun Anggaran 2018" each year of the N up to Y.

    Not an audit opinion's streak since a year: "Sejak 2011, NTB sudah 12 kali berturut-turut mengantongi
    predikat WTP" tells the length of a record, and readers of audit news (annotated sets: blind40, blind58,
    blind87 against blind56) take no opinion per year from it."""
    if group.status != "achieved" or len(found) > 1 or found and found[0][1] != "explicit":
        return []
    lower = view(doc).lower
    published = published_year(doc)
    lengths = streak_lengths(doc, clause.start, clause.end)
    if len(lengths) != 1:
        return []
    n = lengths.pop()
    if not 1 < n <= _LONGEST_SPAN:
        return []
    for y in years_by_start.values():
        if (found and y.value != found[0][0]) or not clause.start <= y.start < clause.end or y.kind != "explicit":
            continue
        before = lower[max(clause.start, y.start - 6) : y.start]
        if y.start < group.verb and not _NOW.isdisjoint(lower[y.start : group.verb]):
            # "Usai lima kali berturut-turut sejak tahun 2015, Pemkab Kutai Timur kini memperoleh ... WDP": the
            # streak was of what came before "kini"
            continue
        # (a streak of yearly awards ends with the article's own; one ending before it skipped a year, and
        # the text does not say which: "ketujuh kalinya ... sejak 2018" in 2025. Audit opinions end on the
        # budget year, the year before the article's or earlier)
        last = y.value + n - 1
        if "sejak" in before[-2:] and published is not None and last == published and label != "OPINI_BPK":
            return [(year, "streak") for year in range(y.value, y.value + n)]
        if {"sampai", "hingga"} & set(before) and (published is None or y.value <= published):
            # "opini WTP bisa kita pertahankan enam tahun berturut-turut sampai LHP atas LKPD Tahun Anggaran 2018"
            return [(year, "streak") for year in range(y.value - n + 1, y.value + 1)]
    return []


_NOW = {"sekarang", "kini"}


def _streak_before_now(doc: Doc, sent: Span, group, mention: PredikatMention) -> int:
    """The length of a streak told before "sekarang/kini/kali ini ... naik" in the same sentence, or 0
    (for the predikat named before the turn, not the one risen to)."""
    lower = view(doc).lower
    for k in range(max(group.end, mention.end), sent.end):
        now = lower[k] in _NOW or lower[k] == "kali" and k + 1 < sent.end and lower[k + 1] == "ini"
        if now and mention.start > k:
            return 0
        if now and not _UP.isdisjoint(lower[k + 1 : k + 5]):
            lengths = streak_lengths(doc, sent.start, k)
            if len(lengths) == 1 and 1 < (n := lengths.pop()) <= 5:
                return n
            return 0
    return 0


def _span_years(doc: Doc, group, label: str, ends: list[YearMention]) -> list[tuple[int, str]]:
    """The years of a span of awards held ("2012 sampai 2015"), when they can be spelt out: an
    achieved status, a span that is over, and for audit opinions one stated in fiscal years ("Pada
    2016-2018, LKPD ... selalu memperoleh WTP" counts hand-overs, each on the year before)."""
    tv = view(doc)
    lower, named = tv.lower, predikat_tokens(doc)
    if len(ends) == 1 and ends[0].end < len(doc) and lower[ends[0].end] in {"-", "–"}:
        # (the span's second year may be read as a year of its own: "Adipura 2017-2018")
        ends = ends + [y for y in doc._.years or [] if y.start == ends[0].end + 1]
    if group.status != "achieved" or len(ends) < 2:
        return []
    first, last = ends[0].value, ends[1].value
    published = published_year(doc)
    if not 0 < last - first <= _LONGEST_SPAN or (published is not None and last > published):
        return []
    at = ends[0].start
    before = [w for w in lower[max(0, at - 3) : at] if w != "tahun"]
    if last - first == 1 and at > 0 and (at - 1 in named or lower[at - 1] in {"periode", "masa"} and at - 2 in named):
        # "Adipura periode 2017-2018", "program Adipura 2017-2018": the predikat's round of two years, named by
        # the later (not "berdasarkan hasil penilaian periode 2017-2018": the years of a review)
        return [(last, "explicit")]
    if before and before[-1] in {"periode", "masa"}:
        return []  # "hasil penilaian dan review periode 2016-2018": one round spanning several years
    if not _TERM_OF_OFFICE.isdisjoint(lower[max(sentence_bounds(doc, at)[0], at - 10) : at]):
        # "selama periode pertama pemerintahan Dominggus Mandacan dan Mohamad Lakotani pada 2017-2022": a term of
        # office, not the years of the predikat held in it
        return []
    opened = at - 1
    if opened > 0 and lower[opened] == "(" and tv.capitalised[opened - 1] and opened - 1 not in named:
        # "sejak era almarhum Gubernur Abraham O. Atururi (2016–2017)": a term of office (not "meraih
        # dan mempertahankan Opini WTP (2014-2020)")
        return []
    if label == "OPINI_BPK":
        if published is not None and last >= published:
            # "Lima Kali Berturut Sejak 2018-2022, Lingga Kembali Raih WTP" in May 2022: no budget year of 2022
            # is audited yet; the span counts hand-overs
            return []
        words = lower[max(0, at - 2) : ends[1].start]
        sent = doc[ends[0].start].sent
        opening = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        # ... unless a streak of as many years is told with it ("sembilan kali berturut-turut memperoleh
        # opini WTP, mulai tahun 2014 hingga tahun 2022"): then they are the opinions' own years
        # A span of years not written as budget years may count hand-overs, each on the year before: so it
        # does when a streak of another length is told with it, when the next sentence gives the budget
        # years, or when it runs into the budget year the article reports on ("LKPD ... tahun anggaran 2018
        # diganjar opini WDP. Pada 2016-2018, ... selalu memperoleh predikat WTP")
        lengths = streak_lengths(doc, opening, sent.end)
        if "anggaran" not in words and "ta" not in words and last - first + 1 not in lengths \
                and (lengths or _fiscal_years_follow(doc, sent)
                     or last >= min(ArticleYears.budget_years(doc.text), default=last + 1)):
            return []
    return [(year, "range") for year in range(first, last + 1)]


_TERM_OF_OFFICE = {"pemerintahan", "jabatan", "kepemimpinan", "menjabat"}


def _fiscal_years_follow(doc: Doc, sent) -> bool:
    """Whether the sentence after ``sent`` states the opinions' budget years ("Pada 2016-2018, LKPD ...
    selalu memperoleh predikat WTP. Opini WTP tersebut diberikan atas LKPD tahun anggaran 2015, ..."): the
    span before it then counted hand-overs."""
    if sent.end >= len(doc):
        return False
    following = doc[sent.end].sent
    return not {"anggaran", "ta"}.isdisjoint(view(doc).lower[following.start : following.end])


_FOLLOWING = {"menyusul", "mengikuti"}
_CLAUSE_ENDS = {",", ".", ";", "!", "?", '"', "”"}
# after "daftar": the list of the predikat just named ("kali ini tidak masuk daftar karena nilainya ...")
_LIST_CLOSERS = _CLAUSE_ENDS | {"itu", "tersebut", "penerima", "peraih", "karena", "lagi"}


def _another_act(word: str) -> bool:
    """A verb after "menyusul" ("menyusul menyerahkannya kepada BPK"): following in another act."""
    return word.isalpha() and word.startswith(("me", "di", "ber")) and len(word) > 5


def _follows_suit(doc: Doc, group: StatusGroup, clause_end: int) -> bool:
    """To follow suit: "Bangka Selatan dan Belitung Timur baru tahun ini menyusul." (the verb closes its clause), "agar
    dapat menyusul tahun depan" (a goal, then its round), "Keduanya menyusul Kota Gorontalo, ..." and "bisa menyusul
    kabupaten tetangga" (the holders followed); not "Menyusul pengumuman itu, ..." nor "menyusul menyerahkannya
    kepada BPK" nor "menyusul ke Jakarta" (following in another act or to a place)."""
    lower = view(doc).lower
    if group.end >= clause_end or lower[group.end] in _CLAUSE_ENDS:
        return True
    if group.status == "target" and lower[group.end] != "ke" and not _another_act(lower[group.end]):
        return True  # a goal: "agar dapat menyusul tahun depan", "bisa menyusul kabupaten tetangga"
    return any(r.mention_start == group.end and r.code for r in regions_between(doc, group.end, group.end + 3))
# "... yang daerahnya meraih peringkat Nindya; untuk Provinsi Lampung terdapat 6 Kabupaten/Kota
# penerima, yaitu ...": a recipient with nothing named after it received what the sentence named
_RECIPIENTS = {"penerima", "peraih", "penyandang"}
_ADVERBS = {"juga", "pun", "telah", "sudah", "pernah", "sempat", "dulu", "dahulu", "sebelumnya", "selama", "ini"}
_UP = {"naik", "meningkat", "membaik", "berubah", "menaikkan", "meningkatkan", "naikkan", "tingkatkan", "melesat", "melonjak",
       "melompat", "peningkatan", "kenaikan"}
_DOWN_NOUNS = {"penurunan", "turunnya", "merosotnya"}
_DOWN = {"turun", "menurun", "merosot", "anjlok", "melorot", "jatuh"}


def _fall_from(doc: Doc, clause: Clause, graded: list[PredikatMention], i: int):
    """"Opini WDP bagi Kubar merupakan penurunan dari opini WTP yang diraih atas LKPD 2022": the grade
    after "dari" was not kept in the year of the clause (its own year is told by the verb after it)."""
    lower = view(doc).lower
    after = [m for m in graded if i < m.start <= i + 4 and "dari" in lower[i : m.start]]
    before = [m for m in graded if clause.start <= m.start < i]
    if not after or not before or after[0].label != before[-1].label or after[0].grade == before[-1].grade:
        return []
    old = after[0]
    return [(Frame(old.label, old.grade, "not_achieved", None, None, doc[i : old.end].text, 0.8, anchor=i), set())]


def _fall_to(doc: Doc, clause: Clause, mentions: list[PredikatMention], earlier: list[PredikatMention],
             years: list[YearMention]):
    """"pada tahun 2019 ketiganya masih berpredikat WTP, namun di tahun 2020 turun menjadi WDP": the
    grade held in the clause before was not kept in the year of the fall. (The new grade is the
    fall's own status group.)"""
    lower = view(doc).lower
    for i in range(clause.start, clause.end):
        if lower[i] not in _DOWN or i + 1 >= clause.end or lower[i + 1] not in {"menjadi", "jadi", "ke"}:
            continue
        new = next((m for m in mentions if i + 1 < m.start <= i + 4 and m.grade and m.label), None)
        old = next((m for m in reversed(earlier) if new and m.label == new.label and m.grade and m.grade != new.grade), None)
        if old is None:
            continue
        year = next((y for y in years if clause.start <= y.start < clause.end and y.kind == "explicit"), None)
        return [(Frame(old.label, old.grade, "not_achieved", year.value if year else None,
                       "explicit" if year else None, doc[i : new.end].text, 0.8, anchor=i), set())]
    return []


def transitions(doc: Doc, clause: Clause, mentions: list[PredikatMention], years: list[YearMention]):
    """"opininya naik dari WDP menjadi WTP", "turun dari WTP ke WDP", "naik ... dari Pratama ke Madya".

    The grade after "menjadi"/"ke" is held in the year of the clause, the grade after "dari" the
    year before; going down also means the higher grade was not kept that year."""
    graded = [m for m in mentions if m.grade and m.label]
    found = []
    if len(graded) < 2:
        return found
    lower = view(doc).lower
    achieving = {c.start for c in cues_between(doc, clause.start, clause.end) if c.kind == "achieve"}
    for i in range(clause.start, clause.end):
        word = lower[i]
        if word in _DOWN_NOUNS:
            found.extend(_fall_from(doc, clause, graded, i))
            continue
        history = _history(doc, clause, [m for m in graded if i < m.start < clause.end], years, i) \
            if i in achieving else []
        if history:
            found.extend(history)
            continue
        if word not in _UP and word not in _DOWN:
            continue
        steps = _progression(doc, clause, [m for m in graded if i < m.start < clause.end], years, i,
                             [m for m in graded if clause.start <= m.start < i]) \
            or _rise_from_before(doc, clause, graded, years, i) or _came_from(doc, clause, graded, years, i)
        if steps:
            found.extend(steps)
            continue
        after = [m for m in graded if i < m.start <= i + 14]
        if len(after) < 2:
            continue
        first, second = after[0], after[1]
        between = set(lower[i : first.start])
        link = set(lower[first.end : second.start])
        if "dari" not in between or not link & {"ke", "menjadi", "jadi"} or first.label != second.label:
            continue
        # each grade may carry its own year ("dari kategori Madya pada 2022 menjadi Nindya tahun ini");
        # otherwise the clause's year is the new grade's and the year before it the old one's
        left = next((y for y in years if first.end <= y.start < second.start), None)
        right = next((y for y in years if second.end <= y.start < min(clause.end, second.end + 4)), None)
        # ("peningkatan kategori dari tahun 2017 lalu, yakni dari kategori pratama menjadi kategori madya": the
        # year risen from, before the grades, is the old grade's)
        since = next((y for y in years if clause.start <= y.start < first.start and y.kind == "explicit"
                      and "dari" in lower[max(clause.start, y.start - 2) : y.start]), None) if left is None else None
        if since is not None:
            left = since
        year = right.value if right else next((y.value for y in years if clause.start <= y.start < clause.end
                                               and y.kind == "explicit" and y is not left), None)
        if year is None and since is not None:
            # (the rise the clause reports is the article's round; with no date, the round after)
            published = published_year(doc)
            year = published if published is not None and published > since.value else since.value + 1
        before = left.value if left else (year - 1 if year else None)
        cue = doc[i : second.end].text
        urged = any(c.kind == "coach" for c in cues_between(doc, max(clause.start, i - 3), i))
        if not _HOPING.isdisjoint(lower[clause.start : i]) or not _S.aiming.isdisjoint(lower[clause.start : i]) or urged:
            # ("Kota Bengkulu ... juga didorong menaikkan predikat dari KLA Pratama menjadi KLA Madya": urged to)
            # "Kita berharap ke depan Pringsewu bisa naik kelas, dari kategori pratama menjadi nindya": the
            # grade aimed at is a goal and the grade left behind the one held now
            found.append((Frame(second.label, second.grade, "target", right.value if right else None,
                                "explicit" if right else None, cue, 0.8, anchor=i), {id(first), id(second)}))
            found.append((Frame(first.label, first.grade, "achieved", left.value if left else None,
                                "explicit" if left else None, cue, 0.7, anchor=i), set()))
            continue
        frames = [(Frame(second.label, second.grade, "achieved", year, "explicit" if year else None, cue, 0.85,
                         anchor=i), {id(first), id(second)}),
                  # (with no year in the clause, the old grade is on the year before the one the article gives:
                  # "previous" tells the assembler)
                  (Frame(first.label, first.grade, "achieved", before,
                         "explicit" if left else ("transition" if year else "previous"), cue, 0.75, anchor=i), set())]
        if word in _DOWN:
            frames.append((Frame(first.label, first.grade, "not_achieved", year, "explicit" if year else None, cue, 0.8,
                                 anchor=i), set()))
        found.extend(frames)
    return found


def _grade_word(lower: list[str], mention: PredikatMention, lo: int, hi: int, last: bool = False) -> int | None:
    """Where the word of ``mention``'s grade stands in ``lower[lo:hi]`` (the first, or the last), when the
    grade joined a name of the predikat elsewhere ("penilaian KLA ... mulai dari kategori Pratama (2019)")."""
    word = mention.grade.split()[-1].lower()
    found = [j for j in range(lo, hi) if lower[j] == word]
    return (found[-1] if last else found[0]) if found else None


_STEP_WORDS = {"lalu", "kemudian", "sampai", "hingga", "dan", "serta", "selanjutnya", "menjadi", "ke"}


def _progression(doc: Doc, clause: Clause, graded: list[PredikatMention], years: list[YearMention], at: int,
                 earlier: list[PredikatMention] = ()):
    """"terus naik, mulai dari kategori Pratama (2019), lalu Madya (2020, 2021, dan 2023), sampai kategori
    Nindya pada 2025": every step of the climb with its own years, each held then."""
    lower = view(doc).lower
    if not graded or graded[0].start - at > 12 or "dari" not in lower[at : graded[0].start]:
        return []
    steps = []
    # ("penilaian KLA terus naik, mulai dari kategori Pratama (2019)": the first grade may have gone to the
    # predikat's name before the verb; it stands, as a word, after "dari")
    for mention in earlier:
        where = _grade_word(lower, mention, at, graded[0].start)
        if where is not None and mention.label == graded[0].label:
            own = [y for y in years if where < y.start <= where + 4 and y.kind == "explicit"]
            if own:
                steps.append((mention, coordinated_years(doc, [y for y in years if own[0].start <= y.start < graded[0].start])))
                break
    for k, mention in enumerate(graded):
        if mention.start >= clause.end:
            break
        limit = graded[k + 1].start if k + 1 < len(graded) else clause.end
        own = [y for y in years if mention.end <= y.start < min(limit, mention.end + 4) and y.kind == "explicit"]
        if not own:
            break
        steps.append((mention, coordinated_years(doc, [y for y in years if y.start >= own[0].start and y.start < limit])))
        if k + 1 < len(graded) and _STEP_WORDS.isdisjoint(lower[mention.end : graded[k + 1].start]):
            break
    if len(steps) < 2 or len({m.label for m, _ in steps}) != 1:
        return []
    claimed = {id(m) for m, _ in steps}
    cue = doc[at : steps[-1][0].end].text
    return [(Frame(m.label, m.grade, "achieved", y.value, "explicit", cue, 0.85, anchor=at), claimed)
            for m, run in steps for y in run]


# what may stand between one step of a history and the next ("..., lalu kategori Madya pada 2018")
_HISTORY_GLUE = {",", "lalu", "kemudian", "dan", "serta", "selanjutnya", "hingga", "sampai", "pada", "tahun", "di"}


def _bracketed_history(doc: Doc, clause: Clause, mentions: list[PredikatMention], years: list[YearMention]):
    """"mulai dari Tingkat Pratama (2016-2017), lalu Tingkat Madya (2018, 2019, 2021), hingga Tingkat Nindya
    (2022, 2023, 2025)": grades of one predikat, each with the years it was held in brackets after it. Two
    at least, so that one grade with a year in brackets stays what the clause's verb makes of it."""
    lower = view(doc).lower
    steps = []
    for m in mentions:
        if not (m.label and m.grade) or m.end >= clause.end or lower[m.end] != "(":
            continue
        close = next((i for i in range(m.end + 1, min(clause.end, m.end + 12)) if lower[i] == ")"), None)
        held = [y for y in years if close is not None and m.end < y.start < close and y.kind in {"explicit", "range"}]
        if held and all(lower[i] in {",", "-", "–", "dan", "tahun"} or i in {y.start for y in held}
                        for i in range(m.end + 1, close)):
            steps.append((m, held))
    if len(steps) < 2 or len({m.label for m, _ in steps}) != 1 or len({m.grade for m, _ in steps}) < 2:
        return []
    claimed = {id(m) for m, _ in steps}
    anchor = steps[0][0].start
    return [(Frame(m.label, m.grade, "achieved", y.value, "explicit", doc[m.start : m.end].text, 0.8, anchor=anchor),
             claimed) for m, held in steps for y in held]


def _history(doc: Doc, clause: Clause, graded: list[PredikatMention], years: list[YearMention], at: int):
    """"Kota Bitung meraih KLA kategori Pratama pada 2017, kategori Madya pada 2018 dan 2019, lalu kategori
    Nindya pada 2021": one verb, then grades of one predikat each with its own years, each held then."""
    if len(graded) < 2:
        return []
    steps = _grades_then_years(doc, clause, graded, years) if graded[0].start - at <= 6 else []
    if len(steps) < 2:
        steps = _years_then_grades(doc, graded, years, at)
    if len(steps) < 2 or len({m.label for m, _ in steps}) != 1 or len({m.grade for m, _ in steps}) < 2:
        return []
    # (not a list of holders each with its own grade: "Kota A kategori Madya pada 2018, Kota B ...")
    lo, hi = min(steps[0][0].start, steps[0][1][0].start), max(steps[-1][0].end, steps[-1][1][-1].end)
    if any(lo <= r.start < hi for r in doc._.regions or []):
        return []
    claimed = {id(m) for m, _ in steps}
    cue = doc[at : steps[-1][0].end].text
    return [(Frame(m.label, m.grade, "achieved", y.value, "explicit", cue, 0.85, anchor=at), claimed)
            for m, run in steps for y in run]


def _grades_then_years(doc: Doc, clause: Clause, graded: list[PredikatMention], years: list[YearMention]):
    """"KLA kategori Pratama pada 2017, kategori Madya pada 2018 dan 2019, lalu ...": each grade, then
    its own years."""
    lower = view(doc).lower
    steps = []
    for k, mention in enumerate(graded):
        limit = graded[k + 1].start if k + 1 < len(graded) else clause.end
        # (the grade may have joined the predikat's name before it: "KLA kategori Pratama pada 2017")
        word = _grade_word(lower, mention, mention.end, min(limit, mention.end + 3))
        end = word + 1 if word is not None else mention.end
        own = [y for y in years if end <= y.start < min(limit, end + 3) and y.kind == "explicit"]
        if not own and steps:
            # ("..., lalu predikat Madya dari 2019 hingga 2021": each year of the span)
            run = _spelt_span(doc, [y for y in years if end <= y.start < limit and y.kind == "range"], end)
            if not run:
                break
            steps.append((mention, run))
            continue
        if not own:
            break
        run = coordinated_years(doc, [y for y in years if y.start >= own[0].start and y.start < limit])
        steps.append((mention, run))
        if k + 1 < len(graded) and not set(lower[run[-1].end : graded[k + 1].start]) <= _HISTORY_GLUE | _S.grade_words:
            break
    return steps


def _spelt_span(doc: Doc, span: list[YearMention], at: int) -> list[YearMention]:
    """"dari 2019 hingga 2021" right at ``at``: a year for each year of the span."""
    lower = view(doc).lower
    if len(span) < 2 or span[0].start - at > 2 or not set(lower[at : span[0].start]) <= {"dari", "sejak", "tahun", "pada"}:
        return []
    first, last = span[0], span[1]
    if not 0 < last.value - first.value <= _LONGEST_SPAN:
        return []
    return [replace(first, value=v, kind="explicit") for v in range(first.value, last.value + 1)]


def _years_then_grades(doc: Doc, graded: list[PredikatMention], years: list[YearMention], at: int):
    """"meraih penghargaan KLA ... mulai dari tahun 2015 dikategori PRATAMA, 2017 dikategori PRATAMA, 2018
    dikategori MADYA": each grade after its own years."""
    lower = view(doc).lower
    explicit = [y for y in years if y.kind == "explicit" and y.start > at]
    steps, after = [], at
    for mention in graded:
        before = [y for y in explicit if after <= y.start < mention.start]
        if not before or not set(lower[before[-1].end : mention.start]) <= _S.grade_words | {"di", "dikategori"}:
            break
        if not steps and before[0].start - at > 14:
            break
        run = [y for y in before if y.start >= _run_start(doc, before)]
        if steps and not set(lower[after : run[0].start]) <= _HISTORY_GLUE:
            break
        steps.append((mention, run))
        after = mention.end
    return steps


def _run_start(doc: Doc, years: list[YearMention]) -> int:
    """The first token of the coordinated run of years that ends ``years`` ("2018 dan 2019")."""
    start = years[-1].start
    for earlier, later in reversed(list(zip(years, years[1:]))):
        if len(coordinated_years(doc, [earlier, later])) != 2:
            break
        start = earlier.start
    return start


def _rise_from_before(doc: Doc, clause: Clause, graded: list[PredikatMention], years: list[YearMention], at: int):
    """"nilainya tahun lalu 2018 CC lalu tahun 2019 naik menjadi B": the grade left behind stands before
    the verb, each grade with its own year."""
    lower = view(doc).lower
    after = [m for m in graded if at < m.start < min(clause.end, at + 4)]
    # ("yang dulunya berada di zona merah kini melesat ke zona hijau")
    if not after or {"menjadi", "ke"}.isdisjoint(lower[at : after[0].start]) or lower[at] not in _UP | _DOWN:
        return []
    second = after[0]
    prior = [m for m in graded if clause.start <= m.start < at and m.label == second.label and m.grade != second.grade]
    if not prior or "dari" in lower[prior[-1].end : at]:
        return []
    first = prior[-1]
    cue = doc[at : second.end].text
    claimed = {id(first), id(second)}
    if not _FORMERLY.isdisjoint(lower[max(clause.start, first.start - 4) : first.start]):
        # "Kabupaten Ogan Ilir yang tadinya WTP turun menjadi WDP": the grade of the round before, then this
        # round's
        return [(Frame(second.label, second.grade, "achieved", None, None, cue, 0.85, anchor=at), claimed),
                (Frame(first.label, first.grade, "achieved", None, "previous", cue, 0.75, anchor=at), set())]
    # (the grade may have joined the predikat's name before it: "Nilai SAKIP ... 2018 CC")
    where = _grade_word(lower, first, first.start, at, last=True)
    where = first.start if where is None else where
    first_year = next((y for y in years if y.kind == "explicit" and where - 3 <= y.start < where), None)
    second_year = next((y for y in years if y.kind == "explicit" and where < y.start < at), None)
    if lower[at] not in _UP or first_year is None or second_year is None or first_year.value >= second_year.value:
        return []
    return [(Frame(second.label, second.grade, "achieved", second_year.value, "explicit", cue, 0.85, anchor=at),
             claimed),
            (Frame(first.label, first.grade, "achieved", first_year.value, "explicit", cue, 0.8, anchor=at), set())]


_FORMERLY = {"tadinya", "semula", "awalnya", "sebelumnya", "dulunya"}


def _prepared_round(doc: Doc, value: int, years: list[YearMention], start: int, end: int) -> bool:
    """Whether the year ``value`` is written in ``doc[start:end]`` as a round being prepared for."""
    lower = view(doc).lower
    return any(y.value == value and start <= y.start < end and preparing_round(lower, y) for y in years)


def _gapped_year_and_grade(doc: Doc, mention: PredikatMention, mentions: list[PredikatMention],
                           years: list[YearMention], end: int):
    """"... mendapat predikat CC, dan tahun ini (predikat) B": a second year and grade of the same
    predikat with the verb left out, right after the first grade. Returns (year, mention) or None."""
    if not mention.grade:
        return None
    lower = view(doc).lower
    i = mention.end
    if i + 1 >= end or lower[i] != "," or lower[i + 1] not in {"dan", "sedangkan", "sementara", "lalu", "kemudian"}:
        return None
    year = next((y for y in years if y.start == i + 2 and y.kind in {"explicit", "relative"}), None)
    if year is None:
        return None
    m2 = next((m for m in mentions if year.end <= m.start <= year.end + 1 and m.label == mention.label and m.grade
               and m.grade != mention.grade), None)
    if m2 is None or (m2.end < end and lower[m2.end] not in {".", ",", '"', "”", ";"}):
        return None
    return year, m2


def _came_from(doc: Doc, clause: Clause, graded: list[PredikatMention], years: list[YearMention], at: int):
    """"Pemprov Sulteng mendapat predikat zona kuning, turun dari predikat zona hijau pada survei 2019": the
    grade held now is named first, the one left behind after "dari", with its own year."""
    lower = view(doc).lower
    if at + 1 >= clause.end or lower[at + 1] != "dari":
        return []
    after = [m for m in graded if at < m.start <= at + 5 and m.start < clause.end]
    prior = [m for m in graded if clause.start <= m.start < at]
    if len(after) != 1 or not prior or prior[-1].label != after[0].label or prior[-1].grade == after[0].grade:
        return []
    now, left = prior[-1], after[0]
    then = next((y for y in years if left.end <= y.start <= left.end + 5 and y.kind == "explicit"), None)
    current = next((y for y in years if clause.start <= y.start < clause.end and y.kind in {"explicit", "relative"}
                    and (then is None or y.value != then.value)), None)
    if then is None or current is None:
        return []
    cue = doc[at : left.end].text
    frames = [(Frame(now.label, now.grade, "achieved", current.value, current.kind, cue, 0.85, anchor=at),
               {id(now), id(left)}),
              (Frame(left.label, left.grade, "achieved", then.value, "explicit", cue, 0.8, anchor=at), set())]
    if lower[at] in _DOWN:
        frames.append((Frame(left.label, left.grade, "not_achieved", current.value, current.kind, cue, 0.8,
                             anchor=at), set()))
    return frames

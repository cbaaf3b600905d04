"""Status groups: a status verb with the words that change its meaning.

"belum meraih" -> not_achieved; "dibina agar meraih" -> target; "diharapkan dapat
mempertahankan" -> maintain_target; "berhasil mempertahankan" -> achieved; "gagal menyabet" ->
not_achieved; "Minus Kota Palopo" -> not_achieved. A clause can hold several groups ("yang belum
meraih predikat tersebut terus dibina agar meraih penghargaan itu pada 2024 ini").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from extractors.docdata import cues_between, predikat_tokens, published_year, regions_between
from extractors.lexicon import status_lexicon, structure, time_words
from extractors.model import Cue
from extractors.tokens import sentence_bounds, view

_LEX = status_lexicon()
_FAR = _LEX.far_goals | _LEX.far_purposes  # the goal and purpose words that reach over a subject
_GOAL_WORDS = _FAR | _LEX.owned_goals
_TIME = time_words()
# Purpose words make a goal of the verb after them; "akan" alone announces a designated winner.
_PURPOSE = frozenset(_LEX.modal - {"mampu", "akan", "bakal", "segera", "sehingga"})
_NOT_NEGATING = {("tidak", "hanya"), ("tak", "hanya"), ("bukan", "hanya"), ("tidak", "saja"), ("tidak", "cuma"),
                 ("bukan", "sekadar"), ("tidak", "lepas"), ("tak", "lepas"), ("tidak", "terlepas")}
_VERBS = ("achieve", "maintain", "coach")
_ABLE = {"bisa", "dapat", "mampu", "berhasil"}
_CUE_FORMS = _LEX.achieve_forms | _LEX.maintain_forms | _LEX.coach_forms
_DONE_BEFORE_ABLE = {"baru", "hanya", "sudah", "telah", "akhirnya", "cuma"}
# what may stand between "meminta"/"membina" and the verb asked for: the holders asked
_LIST_GLUE = {",", "dan", "serta", "kabupaten", "kota", "provinsi", "pemkab", "pemkot", "pemprov", "kab", "kab.",
              "kabupaten/kota", "/", "daerah", "pemda", "pemerintah", "desa", "kelurahan", "mereka", "seluruh", "semua"}
# the words of a count that points back ("kesepuluh kabupaten/kota itu", "12 daerah tersebut")
_COUNT_WORDS = frozenset({w for phrase in structure().number_words for w in phrase.split()}
                         | {"ke" + w for phrase in structure().number_words for w in phrase.split()[:1]}
                         | {"itu", "tersebut", "ini", "para", "penerima", "lain", "lainnya", "belas", "puluh"})
_OPENING_MODALS = {"bisa", "mampu", "dapat", "agar", "supaya", "untuk", "akan", "segera"}
_OTHERS = {"kabupaten", "kota", "daerah", "pemda", "pemkab", "pemkot", "seluruh", "semua", "provinsi", "lain",
           "lainnya", "kabupaten/kota", "mereka"}
_WINDOW = 4
# nouns of an achievement already made: a hope before them is about what the achievement brings
# ("perolehan" is left out: "menargetkan perolehan WTP" aims at one)
_ACHIEVEMENT_NOUNS = {"raihan"}
# nouns that point back at an achievement with "tersebut"/"ini"/"itu" ("capaian tersebut")
_POINTED_ACHIEVEMENTS = _ACHIEVEMENT_NOUNS | {"capaian", "prestasi", "penghargaan", "predikat"}
# who a head of government asks when the goal stays his government's own
_OWN_STAFF = {"seluruh", "semua", "segenap", "para", "perangkat", "daerah", "organisasi", "opd", "(", ")", "jajaran",
              "asn", "pegawai", "aparatur", "kepala", "dinas", "jajarannya", "pihaknya", "instansi", "terkait"}


_GROUPS = "predikat_status_groups"


@dataclass
class StatusGroup:
    start: int  # first token of the group (its first verb or modifier)
    verb: int  # token index of the head verb
    end: int  # one past the last verb token
    status: str  # achieved | maintain_target | target | not_achieved | nominee | request (asks for the next group)
    cue: str
    weak: bool = False
    never: bool = False  # "belum pernah": no year applies
    agent_before: int | None = None  # holders before this token are the giver or coach

    def covers(self, i: int) -> bool:
        return self.start <= i < self.end


def groups_between(doc: Doc, start: int, end: int) -> list[StatusGroup]:
    """The status groups of ``doc[start:end]``, computed once per range: a sentence of one clause
    is asked for its clause's groups and its own, which are the same. Callers must not change them."""
    cache = doc.user_data.setdefault(_GROUPS, {})
    groups = cache.get((start, end))
    if groups is None:
        groups = cache[(start, end)] = status_groups(doc, cues_between(doc, start, end), start, end)
    return groups


def status_groups(doc: Doc, cues: list[Cue], start: int, end: int) -> list[StatusGroup]:
    """Groups of the clause ``doc[start:end]``, in order."""
    inside = [c for c in cues if start <= c.start < end]
    verbs = _verb_cues(inside)
    # "meminta agar predikat yang diraih dipertahankan": a verb of getting in a relative clause on the achievement,
    # right before the verb of the sentence, describes it; what is asked is the keeping
    words = view(doc).lower
    verbs = [c for k, c in enumerate(verbs)
             if not (c.kind == "achieve" and c.start >= 2 and words[c.start - 1] == "yang"
                     and words[c.start - 2] in _POINTED_ACHIEVEMENTS
                     and k + 1 < len(verbs) and verbs[k + 1].start == c.end and verbs[k + 1].kind == "maintain")]
    chains: list[list[Cue]] = []
    for cue in verbs:
        if chains and _continues(doc, chains[-1][-1], cue, inside):
            chains[-1].append(cue)
        else:
            chains.append([cue])
    groups: list[StatusGroup] = []
    lower = start
    # "... Adipura 2022, penghargaan bagi kota ... yang berhasil menangani kebersihan": success at another
    # verb, not a verb of getting
    chains = [c for c in chains if not (len(c) == 1 and c[0].text.lower() in _LEX.success and c[0].end < len(words)
                                        and _other_verb(words[c[0].end]))]
    # "... akan mendapat pendampingan khusus dari tim kanwil": coaching got (its noun is the cue), no predikat
    chains = [c for c in chains if not (len(c) == 1 and c[0].kind == "achieve" and c[0].end < len(words)
                                        and words[c[0].end] in _LEX.coaching_received)]
    # "Dairi masih termasuk dalam sembilan kabupaten di Sumut yang belum lolos": one of a group, whose own clause tells
    # (a group counted after it, with a relative clause of its own; not "masih termasuk zona kuning", the grade held)
    chains = [c for c in chains if not (len(c) == 1 and c[0].weak and c[0].end < len(words)
                                        and words[c[0].end] in _LEX.among and _group_with_its_clause(words, c[0].end + 1))]
    # "penilaian tahun 2023 yang hasilnya diumumkan tahun depan": the results are announced, nobody gets anything
    chains = [c for c in chains if not (len(c) == 1 and c[0].kind == "achieve" and c[0].start - 1 > start
                                        and words[c[0].start - 1] in _LEX.results and words[c[0].start - 2] == "yang")]
    # "Bupati Sleman meresmikan Ruang Bermain Ramah Anak untuk mendukung predikat KLA": opening something gives nothing,
    # unless "sebagai" or "menjadi" what
    chains = [c for c in chains if not (len(c) == 1 and c[0].text.lower() in _LEX.inaugurating
                                        and not {"sebagai", "menjadi"} & set(words[c[0].end : min(end, c[0].end + 12)]))]
    # "Balangan masih perlu melengkapi indikator": "masih" before a modal is an adverb, not "still holds" (nor before a
    # state or a process: "Cianjur masih dalam masa pemulihan pascagempa", "masih menunggu hasil verifikasi")
    chains = [c for c in chains if not (len(c) == 1 and c[0].text.lower() == "masih" and c[0].end < len(words)
                                        and (words[c[0].end] in _LEX.modal or words[c[0].end] in _LEX.negation
                                             or words[c[0].end] in {"perlu", "harus", "wajib"}
                                             or _in_a_state_after(words, c[0].end)))]
    for n, chain in enumerate(chains):
        group = _resolve(doc, chain, inside, lower)
        if n + 1 < len(chains) and len(chain) == 1 and _award_won_hoped_of(doc, chain[0], chains[n + 1][0]):
            group.status = "request"  # (the hope is for what the award does; the award is held)
        elif len(chain) == 1 and "harap" in chain[0].text.lower() and _achievement_pointed_at(words, chain[0].end):
            # "Hermansyah berharap capaian tersebut memotivasi kabupaten/kota lain": what the achievement does
            group.status = "request"
        if groups and _coordinated_goal(doc, groups[-1], group):
            # "untuk mempertahankan predikat ... dan meraih predikat tersebut": the purpose covers both
            group.status = "maintain_target" if chain[-1].kind == "maintain" else "target"
        if groups and groups[-1].agent_before is not None and group.agent_before is None \
                and _object_between(doc, groups[-1], group):
            # "Gubernur ... meminta Ternate dan Tidore mempertahankan opini WTP": the one who asks
            # stays the one who asks for the verb after the holders asked
            group.agent_before = groups[-1].agent_before
            if group.status == "achieved" and groups[-1].status in {"target", "maintain_target"}:
                group.status = "target"  # "mendorong Kukar dan Berau meraih": asked for, not held
            if groups[-1].status == "target" and group.status in {"target", "maintain_target"}:
                groups[-1].status = "request"  # the asking verb: what is asked for is the verb after it
        if groups and groups[-1].status == "target" and group.status == "achieved" and len(chain) == 1 \
                and words[groups[-1].verb] in _LEX.wanting and groups[-1].end < group.verb \
                and _wished_names(doc, words, groups[-1].end, group.verb):
            # '"Kami berharap pada penilaian 2023 Mesuji dan Pesisir Barat setidaknya naik ke kualitas tinggi"': the
            # names wished for, over the round and a hedge, then their verb: what is wished is that verb
            group.status = "target"
            groups[-1].status = "request"
        groups.append(group)
        lower = chain[-1].end
    # "tidak termasuk dalam daftar kabupaten/kota peduli HAM yang ditetapkan Kementerian": the relative clause on the
    # predikat denied tells who decided it, not that the holder is in it (not "gagal mempertahankan opini WTP yang
    # diraih atas LKPD 2022", what it got before)
    named = predikat_tokens(doc)
    groups = [g for n, g in enumerate(groups)
              if not (n > 0 and groups[n - 1].status == "not_achieved" and g.status == "achieved" and g.start >= 2
                      and words[g.start - 1] == "yang" and g.start - 2 in named and words[g.verb] in _LEX.passive_give)]
    for group in groups:
        if group.status == "target" and _fulfilled(doc, group, end):
            group.status = "achieved"
        if group.status in {"achieved", "not_achieved"} and _possible(words, max(start, group.verb - 10), group.verb):
            # "bukan mustahil Kutim kembali meraih WTP", "bukan tidak mungkin ... meraih predikat BB": a
            # possibility, aimed at
            group.status = "target"
        if group.status == "target" and words[group.verb] in _ACHIEVEMENT_NOUNS and "harap" in group.cue.lower():
            # "Ia berharap raihan Penghargaan Adipura oleh dua kabupaten tersebut dapat memotivasi ...": what is
            # hoped for is what the achievement does; the achievement itself is held
            group.status = "achieved"
        if group.status == "not_achieved" and words[group.end : group.end + 1] == ["pendapat"]:
            # "BPK tidak dapat memberikan pendapat atau disclaimer untuk 10 kabupaten": to give no opinion
            # is the disclaimer opinion, given
            group.status = "achieved"
        if group.status in {"target", "maintain_target"} and _impossible(words, max(start, group.start - 4), group.verb):
            # "opini WTP ini tidak mungkin bisa kita pertahankan [tanpa kerja keras semua pihak]", "tahun ini tak ada yang
            # bisa meraih A": no goal is set
            group.status = "request"
    for group in groups:
        if group.status == "not_achieved" and _not_assessed(words, max(start, group.start - 8), group.verb):
            group.status = "nominee"  # ("tidak dievaluasi karena tidak menyerahkan SAKIP": no result, none withheld)
    for neg in _standalone_negations(doc, inside, verbs):
        groups.append(StatusGroup(neg.start, neg.start, neg.end, "not_achieved", neg.text.lower()))
    groups.sort(key=lambda g: g.start)
    return groups


def _not_assessed(words: list[str], lo: int, hi: int) -> bool:
    """Whether a denied verb of being assessed ("tidak dievaluasi", "belum dinilai") stands in ``words[lo:hi]``."""
    return any(words[i] in _LEX.not_assessed and words[i - 1] in _LEX.negation for i in range(max(lo, 1), hi))


def _impossible(words: list[str], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` say that what follows cannot be, or is done by nobody ("tidak mungkin bisa"), and no
    denial just before it makes it possible again ("bukan sesuatu yang mustahil kita pertahankan")."""
    text = " " + " ".join(words[lo:hi]) + " "
    if not any(f" {p} " in text for p in _LEX.impossible):
        return False
    # (the denial may stand a few words before the window: "bukan sesuatu yang mustahil")
    wider = " " + " ".join(words[max(0, lo - 4) : hi]) + " "
    at = min(wider.find(f" {p} ") for p in _LEX.impossible if f" {p} " in wider)
    return _LEX.denying.isdisjoint(wider[:at].split()[-4:]) and not _possible(words, max(0, lo - 1), hi)


def _possible(words: list[str], lo: int, hi: int) -> bool:
    """Whether ``words[lo:hi]`` say that what follows is possible ("bukan tidak mungkin")."""
    text = " " + " ".join(words[lo:hi]) + " "
    return any(f" {phrase} " in text for phrase in _LEX.possible)


def _fulfilled(doc: Doc, group: StatusGroup, end: int, window: int = 10) -> bool:
    """"target Pemkab Sragen meraih KLA tingkat utama akhirnya tercapai": a goal said to be reached,
    unless denied ("belum tercapai")."""
    words = view(doc).lower
    for i in range(group.end, min(end, group.end + window)):
        if words[i] in {",", ";", "."}:
            return False
        if words[i] in _LEX.fulfilled:
            return words[i - 1] not in _LEX.negation
    return False


def _object_between(doc: Doc, previous: StatusGroup, group: StatusGroup) -> bool:
    """Only a short object (holders and their conjunctions, or a count of them: "ketiga
    kabupaten/kota itu") between an agent's verb and the next."""
    tv = view(doc)
    span = range(previous.end, group.start)
    return 0 < len(span) <= 12 and all(tv.capitalised[i] or tv.lower[i] in _LIST_GLUE or tv.lower[i] in _COUNT_WORDS
                                       or tv.lower[i].isdigit() for i in span)


def _coordinated_goal(doc: Doc, previous: StatusGroup, group: StatusGroup) -> bool:
    if previous.status not in {"target", "maintain_target"} or group.status != "achieved":
        return False
    between = view(doc).lower[previous.end : group.verb]
    # the conjunction joins the verbs, not nouns between them ("membina sehingga 15 kabupaten dan kota
    # lainnya meraih ..." joins two nouns)
    joins = [k for k, w in enumerate(between) if w in {"dan", "serta", "atau"}]
    if not joins or any(w in {";", "."} for w in between) or len(between) > 8:
        return False
    # ... or the names of the holders asked ("menargetkan Pemkab Serang dan Pandeglang naik ...")
    capitalised = view(doc).capitalised
    return all(capitalised[previous.end + k] or w in _LEX.modal or w in _LEX.success
               or w in {"juga", "pun", "lagi", "tetap"} for k, w in enumerate(between) if k > joins[-1])


def _verb_cues(cues: list[Cue]) -> list[Cue]:
    by_token: dict[int, Cue] = {}
    for cue in cues:
        if cue.kind not in _VERBS:
            continue
        current = by_token.get(cue.start)
        # a word that is both a success word and an achieve verb ("berhasil") is a verb here;
        # one that is both coach and modal ("target") is the coach verb
        if current is None or (current.kind == "achieve" and cue.kind == "coach"):
            by_token[cue.start] = cue
    return [by_token[i] for i in sorted(by_token)]


def _award_won_hoped_of(doc: Doc, hope: Cue, verb: Cue) -> bool:
    """"Arief berharap penghargaan Swasti Saba Wistara yang diraih bisa memotivasi masyarakat": the award
    won ("yang diraih", a relative clause on the predikat) is the subject of what is hoped, not the thing
    hoped for."""
    return "harap" in hope.text.lower() and view(doc).lower[verb.start - 1] == "yang" \
        and any(i in predikat_tokens(doc) for i in range(hope.end, verb.start))


def _other_verb(word: str) -> bool:
    """A verb that is no cue ("menangani", "mengelola", "diterapkan"): prefixed, and not one of the cue forms."""
    return word.startswith(("me", "di", "ber", "ter")) and len(word) > 5 and word not in _CUE_FORMS


def _achievement_pointed_at(words: list[str], i: int) -> bool:
    """"capaian tersebut", "penghargaan ini", "prestasi itu", "predikatnya" at token ``i``: an achievement named
    before."""
    return i < len(words) and words[i] in _POSSESSED_ACHIEVEMENTS \
        or i + 1 < len(words) and words[i] in _POINTED_ACHIEVEMENTS and words[i + 1] in {"tersebut", "ini", "itu"}


_POSSESSED_ACHIEVEMENTS = structure().possessed_anaphors


def _continues(doc: Doc, previous: Cue, cue: Cue, cues: list[Cue]) -> bool:
    """Does ``cue`` belong to the same group as ``previous``? "dibina agar meraih", "berhasil
    mempertahankan", "dinobatkan menjadi", "dianugerahi penghargaan ... berpredikat"."""
    gap = cue.start - previous.end
    lower = view(doc).lower
    # "berharap tahun depan Gunung Kidul mampu meraih": a wish reaches over its subject to a verb
    # that a modal opens
    wish = previous.kind == "coach" and cue.kind in {"achieve", "maintain"} and cue.start > 0 \
        and lower[cue.start - 1] in _OPENING_MODALS
    between = _without_glued_nouns(lower[previous.end : cue.start])
    if previous.kind == "coach" and cue.kind in {"achieve", "maintain"} and 0 < gap <= 12 \
            and _names_then_hedge(doc, previous.end, cue.start):
        # "KI Jabar menargetkan Pangandaran dan Banjar setidaknya mencapai kategori Cukup Informatif":
        # the holders aimed at, named between the aiming verb and the verb aimed at
        return True
    if previous.kind == "coach" and cue.kind in {"achieve", "maintain"} and 0 < gap <= 12 \
            and _round_then_count_then_hedge(doc, previous.end, cue.start):
        # '"Kami targetkan pada penilaian 2023, ketujuh daerah itu minimal berada di kualitas tinggi"': the round, then
        # the ones aimed at, pointed back at, before the hedged verb aimed at
        return True
    if previous.kind == "coach" and cue.kind in {"achieve", "maintain"} and 0 < gap <= 10 \
            and _whole_aimed_at(doc, previous.end, cue.start):
        # "Kami menargetkan seluruh kabupaten/kota di Bali meraih predikat peduli HAM": the whole aimed at, between the
        # aiming verb and the verb aimed at
        return True
    if gap < 0 or gap > (8 if wish else 4):
        return False
    # ("diminta mempertahankan capaiannya tahun ini sekaligus menjadi contoh": "sekaligus" adds another predicate)
    if any(w in {",", ";", "sedangkan", "sementara", "namun", "tetapi", "dan", "serta", ".", "karena", "sebab",
                 "sekaligus"} for w in between):
        return False
    if previous.weak and any(w in _LEX.negation for w in between):
        return False  # "tercatat belum meraih": the denial is the verb after, not the weak one before
    prev_word = previous.text.lower()
    if previous.kind == "coach" and cue.kind in {"achieve", "maintain"}:
        if _award_won_hoped_of(doc, previous, cue):
            return False
        if "yang" in between and not _LEX.negation.isdisjoint(between[between.index("yang") + 1 :]):
            # "mendampingi tujuh kabupaten yang belum menyandang predikat KKPHAM agar dapat meraihnya": a denied
            # relative clause says what the coached lack, it is not the verb they are coached to
            return False
        # ("terus berjuang hingga akhirnya tahun 2019 menerima penghargaan Adipura": striving that ended in it)
        return not ({"hingga", "sampai"} & set(between) and "akhirnya" in between)
    if prev_word in _LEX.success and cue.kind in {"achieve", "maintain"}:
        return True  # "berhasil meraih"
    if cue.weak and "yang" in between and cue.end < len(lower) and lower[cue.end] == "dari":
        # "diraih Kota Semarang yang naik dari kategori Nindya": the relative clause tells where it came from
        return False
    if cue.weak or previous.weak:
        return True  # "ditetapkan menjadi", "menobatkan ... menjadi"
    return gap <= 1 and previous.kind == cue.kind == "achieve"


# count nouns that hold a conjunction of their own ("kabupaten dan kota"): no clause joins there
_GLUED_NOUNS = tuple(tuple(noun.split()) for noun in structure().count_nouns if " dan " in noun or " serta " in noun)


def _without_glued_nouns(words: list[str]) -> list[str]:
    """``words`` with every "kabupaten dan kota" made one word, so that its "dan" joins no clauses
    ("mendorong enam kabupaten dan kota di Sumsel agar meraih")."""
    out, i = [], 0
    while i < len(words):
        glued = next((n for n in _GLUED_NOUNS if tuple(words[i : i + len(n)]) == n), None)
        out.append(" ".join(glued) if glued else words[i])
        i += len(glued) if glued else 1
    return out


_HEDGES = {"setidaknya", "minimal", "sekurangnya", "sekurang-kurangnya"}
_CONCEDING = structure().conceding
_ROUND_OPENERS = {"pada", "di", "dalam"}  # "pada penilaian 2023, ..."
_POINTERS = {"itu", "ini", "tersebut"}
_NUMBER_WORDS = frozenset(structure().number_words)


_WHOLES = structure().wholes
# the words of count nouns ("kabupaten/kota", "kabupaten dan kota")
_COUNT_NOUNS = frozenset(w for noun in structure().count_nouns for w in noun.replace("/", " / ").split())


def _whole_aimed_at(doc: Doc, start: int, end: int) -> bool:
    """"seluruh kabupaten/kota di Bali" (then maybe a hedge or modal): every region of a place, nothing else ("seluruh
    kabupaten/kota di provinsi itu": the place pointed back at)."""
    tv = view(doc)
    if end - start < 2 or tv.lower[start] not in _WHOLES:
        return False
    stop = end - 1 if tv.lower[end - 1] in _HEDGES or tv.lower[end - 1] in _OPENING_MODALS else end
    return all(tv.lower[i] in _COUNT_NOUNS or tv.lower[i] in {"/", "di", "se-", "itu", "ini", "tersebut"}
               or tv.capitalised[i] for i in range(start + 1, stop))


def _denied_in_concession(doc: Doc, verb: int) -> bool:
    """Whether a concession before token ``verb`` in its sentence denies something up to its comma ("Meski belum masuk
    daftar, ...")."""
    lower = view(doc).lower
    sent_start = sentence_bounds(doc, verb)[0]
    conceded = next((k for k in range(sent_start, verb) if lower[k] in _CONCEDING), None)
    if conceded is None:
        return False
    comma = next((k for k in range(conceded, verb) if lower[k] == ","), verb)
    return not _LEX.negation.isdisjoint(lower[conceded:comma])


def _group_with_its_clause(words: list[str], i: int) -> bool:
    """Whether a counted group with a relative clause of its own starts at ``words[i]`` (maybe after "dalam"): "dalam
    sembilan kabupaten di Sumut yang belum lolos"."""
    if i < len(words) and words[i] in {"dalam", "di"}:
        i += 1
    if i >= len(words) or not (words[i].isdigit() or words[i] in _NUMBER_WORDS or words[i] in _COUNT_NOUNS):
        return False
    return "yang" in words[i + 1 : i + 8]


def _round_then_count_then_hedge(doc: Doc, start: int, end: int) -> bool:
    """"pada penilaian 2023, ketujuh daerah itu minimal": a round not yet past and a comma, then a count pointing back
    (its number or ordinal, nouns of holders and a pointer), then a hedge right before the verb."""
    tv = view(doc)
    lower = tv.lower
    if end - start < 4 or lower[end - 1] not in _HEDGES:
        return False
    comma = next((i for i in range(start, end) if lower[i] == ","), None)
    if comma is None or not all(lower[i] in _ROUND_OPENERS or lower[i] in _ROUND_WORDS or lower[i].isdigit()
                                for i in range(start, comma)):
        return False
    # (a round still to come: not "pada penilaian 2022, ..." told in 2023, a result)
    published = published_year(doc)
    if published is not None and any(w.isdigit() and int(w) < published for w in lower[start:comma]):
        return False
    count = lower[comma + 1 : end - 1]
    return len(count) >= 3 and count[-1] in _POINTERS and all(w in _COUNT_NOUNS for w in count[1:-1]) \
        and (count[0].isdigit() or count[0] in _NUMBER_WORDS or count[0].startswith("ke"))


def _names_then_hedge(doc: Doc, start: int, end: int) -> bool:
    """Names joined by commas and "dan" (capitalised words and list glue), then a hedge or modal
    right before the verb: "Pangandaran dan Banjar setidaknya"."""
    tv = view(doc)
    if end - start < 2 or not (tv.lower[end - 1] in _HEDGES or tv.lower[end - 1] in _OPENING_MODALS):
        return False
    names = range(start, end - 1)
    return tv.capitalised[start] and all(tv.capitalised[i] or tv.lower[i] in _LIST_GLUE for i in names)


# national bodies that give predikat, as the subject right before a giving verb
_GIVERS = {"bpk", "kemenkumham", "kemenham", "kemenpppa", "kementerian", "menteri", "ombudsman", "klhk", "kemenkes",
           "kemendagri", "kemenpanrb", "ri"}


_ADVERBS_BEFORE_VERB = {"juga", "pun", "telah", "sudah", "kembali", "turut"}


def _giver_after_comma(doc: Doc, verb: int) -> bool:
    """ ", BPK memberikan ...", ", BPK RI memberikan ...": a giving body named right before the verb,
    after a comma."""
    lower = view(doc).lower
    i = verb - 1
    while i >= 0 and lower[i] in _ADVERBS_BEFORE_VERB:
        i -= 1  # ", BPK juga memberikan ..."
    named = i
    while i >= 0 and named - i < 2 and lower[i] in _GIVERS:
        i -= 1
    return i < named and i >= 0 and lower[i] == ","


# "Selamat untuk para penerima penghargaan": "untuk" before whom it is for is no purpose
_ADDRESSEES = {"para", "seluruh", "semua", "segenap", "setiap", "masing-masing"}
# nouns of an area or a level, never verbs: "untuk" before them is "for" ("penghargaan yang sama untuk wilayah NTT diterima
# Kota Kupang", "untuk tingkat provinsi diraih ..."), not a purpose
_AREAS = {"wilayah", "tingkat", "lingkup", "level", "regional", "kawasan"}


def _modifiers(doc: Doc, cues: list[Cue], first: int, lower: int) -> list[Cue]:
    """Non-verb cues in the few words before the group's first verb (not before ``lower``).
    "untuk"/"bagi" before a name is a preposition ("Penghargaan untuk Kabupaten Sorong diterima"),
    not a purpose."""
    tv = view(doc)
    low = max(lower, first - _WINDOW)
    # ("agar pada penilaian 2024 minimal naik ke kualitas tinggi": a purpose reaches over the time and hedge)
    reach = _reach_back(tv.lower, first, lower)
    # (only cues before the verb can modify it; those after it change neither the result nor ``low``)
    # the commas of lists and the tokens of names the reach of a goal word passes over, looked up only when one stands
    # before the verb (most groups have none)
    if any(c.start < first and c.text.lower() in _GOAL_WORDS for c in cues):
        names, listed = _names_and_list_commas(doc, lower, first)
    else:
        listed = names = frozenset()
    cues = [c for c in cues if c.start < first and (
            c.start >= low or (c.start >= reach and c.text.lower() in _LEX.far_purposes)
            or (c.start >= lower and c.text.lower() in _FAR and _over_subject(tv.lower, c.end, first, listed, names,
                                                                          wished=c.text.lower() in _LEX.far_goals))
            # ("Harapannya, pada penilaian tahun 2024 mereka sudah bisa menyusul": the goal noun opening the sentence)
            or (c.start >= lower and c.text.lower() in _LEX.far_goals and c.end < first and tv.lower[c.end] == ","
                and _over_subject(tv.lower, c.end + 1, first))
            # (and "Target kami, pada tahun 2023 ketiga daerah itu sudah bisa menyusul": the owner's comma too)
            or (c.start >= lower and c.text.lower() in _LEX.owned_goals and c.end < first
                and tv.lower[c.end] in _LEX.owners and "yang" not in tv.lower[c.end : first]
                and not _goal_met(doc, c.start, first)
                and _over_subject(tv.lower, c.end + 1 + (c.end + 1 < first and tv.lower[c.end + 1] == ","), first,
                                  listed, names)))]
    low = min([low, reach] + [c.start for c in cues])
    return [c for c in cues if low <= c.start < first and c.kind not in _VERBS
            and not (c.text.lower() in {"untuk", "bagi"} and c.end < len(doc)
                     and (tv.capitalised[c.end] or tv.lower[c.end] in _LIST_GLUE or tv.lower[c.end] in _ADDRESSEES
                          or tv.lower[c.end] in _AREAS))
            and not (c.text.lower() == "untuk" and _times_after(tv.lower, c.end))
            and not (c.text.lower() == "untuk" and _round_after(tv.lower, c.end, published_year(doc)))
            and not (c.text.lower() == "untuk" and _going_to_receive(tv.lower, c.start, lower))]


_ATTENDING_REACH = 12  # "diundang Kementerian Dalam Negeri (Kemendagri) untuk": the words between


def _going_to_receive(lower: list[str], i: int, start: int) -> bool:
    """"diundang ... untuk menerima penghargaan", "hadir mewakili Bupati ... untuk menerima": a purpose of
    going there (after ``start``), to receive what has been decided."""
    if i + 1 >= len(lower) or lower[i + 1] != "menerima":
        return False
    before = lower[max(start, i - _ATTENDING_REACH) : i]
    # (not "belum pernah diundang ke Jakarta untuk menerima ...")
    return not _LEX.attending.isdisjoint(before) and _LEX.negation.isdisjoint(before)


_STILL_IN_A_STATE = {"menunggu", "menjalani", "proses", "tahap"}
# (after "dalam", only a state or a process: "masih dalam masa pemulihan"; "masih dalam zona merah", "masih dalam kategori
# Madya" still hold a grade)
_STATES = {"masa", "proses", "tahap", "tahapan", "pemulihan", "perbaikan", "pembinaan", "penanganan", "pengerjaan",
           "penyusunan", "pembahasan", "penilaian", "verifikasi", "evaluasi", "pengusulan", "pengajuan", "seleksi"}


def _in_a_state_after(words: list[str], i: int) -> bool:
    """Whether a state or a process is named at ``words[i]`` ("menunggu ...", "dalam masa pemulihan")."""
    return words[i] in _STILL_IN_A_STATE or (words[i] == "dalam" and i + 1 < len(words) and words[i + 1] in _STATES)


_AS_IN = {"sesuai", "seperti", "sebagaimana"}
_MET = {"berhasil", "sukses", "akhirnya"}  # (not "kembali", "sudah bisa": aimed at again)


def _goal_met(doc: Doc, goal: int, verb: int) -> bool:
    """Whether the goal noun at ``goal`` is told met: "Sesuai target kami, ..." before it, "berhasil" before the verb,
    or "tercapai" later in the sentence ("Target kami, tahun ini A, B dan C sudah bisa meraih ..., dan itu tercapai")."""
    lower = view(doc).lower
    end = sentence_bounds(doc, verb)[1]
    return (goal > 0 and lower[goal - 1] in _AS_IN) or not _MET.isdisjoint(lower[goal:verb]) \
        or not _LEX.fulfilled.isdisjoint(lower[verb:end])


def _wished_names(doc: Doc, words: list[str], start: int, verb: int) -> bool:
    """Whether ``doc[start:verb]``, between a verb of wanting and the verb after it, names regions and besides them only
    the round, a hedge and list words, a subject the wish reaches over."""
    names, listed = _names_and_list_commas(doc, start, verb)
    return bool(names) and all(i in names or words[i] in _LEX.time_and_hedge or words[i].isdigit()
                               or words[i] in {",", "dan", "serta"} for i in range(start, verb)) \
        and _over_subject(words, start, verb, listed, names)


def _names_and_list_commas(doc: Doc, start: int, end: int) -> tuple[frozenset[int], frozenset[int]]:
    """The tokens of the region names starting in ``doc[start:end]``, and the commas between two names of one list of
    them ("Boven Digoel, Mappi dan Asmat")."""
    regions = regions_between(doc, start, end)
    names = frozenset(i for r in regions for i in range(r.start, r.end))
    listed = frozenset(a.end for a, b in zip(regions, regions[1:])
                       if a.list_id is not None and a.list_id == b.list_id and b.start == a.end + 1)
    return names, listed


# (and the time it was done: "bisa menyamai Kota Surabaya yang tahun ini meraih predikat KLA kategori Utama")
_RELATIVE_ADVERBS = frozenset({"sudah", "telah", "lebih", "dulu", "dahulu", "pernah", "juga", "berhasil", "kembali",
                               "tahun", "ini", "lalu", "pada", "kemarin", "sebelumnya"})
_SUBJECT_REACH = 10  # "targetnya seluruh kabupaten / kota di NTB meraih": the subject between
# (and the subordinators of a time or a comparison: "Harapannya sama seperti tahun lalu saat Sampang, Pamekasan dan Sumenep
# meraih ...": what happened then, not what is hoped)
_SUBJECT_STOPS = frozenset({",", ".", ";", "!", "?", "karena", "sehingga", "namun", "tetapi", "tapi", "bahwa", "tahu",
                            "ketika", "saat", "seperti", "sebagaimana", "setelah", "sejak"})
_NOT_VERBS = frozenset({"mereka", "merah", "menteri", "meter", "berita", "berkas", "beras"})


def _verb_like(word: str) -> bool:
    """A word with a verb's prefix (me-, ber-): "menyampaikan", "berbagi"; not "mereka"."""
    return len(word) > 5 and word.startswith(("me", "ber")) and word not in _NOT_VERBS


def _over_subject(lower: list[str], start: int, verb: int, listed: frozenset[int] = frozenset(),
                  names: frozenset[int] = frozenset(), wished: bool = True) -> bool:
    """Whether ``lower[start:verb]`` can be the subject between a goal noun or a purpose and its verb: a few words
    besides the round and a hedge ("supaya pada penilaian 2024 seluruh 15 kabupaten/kota di Sulut berpredikat"), no
    stop. ``listed``: the commas that join a list of names ("Target kami, pada 2024 Boven Digoel, Mappi dan Asmat
    menyusul Merauke"), which stop nothing. ``names``: the tokens of region names (no verbs, "Mesuji"); a relative
    clause on one tells what that region did ("ingin Bantul sejajar dengan Kabupaten Sleman yang meraih ..."), not what
    is wished. ``wished``: the subject of a wish or a goal noun, which holds no verb of its own ("Saya ingin menyampaikan
    bahwa ..."); a purpose's may ("supaya capaian Jembrana meningkat lagi menjadi ...")."""
    between = [w for i, w in enumerate(lower[start:verb], start) if i not in listed]
    relative = between[len(between) - between[::-1].index("yang"):] if "yang" in between else None
    if relative is not None and any(lower[i] == "yang" and i - 1 in names for i in range(verb - len(relative) - 1, verb)):
        return False
    if relative and all(w in _RELATIVE_ADVERBS or w.isdigit() for w in relative):
        # (the verb of a relative clause that tells it done: "Kami ingin Lebong sejajar dengan Rejang Lebong yang sudah
        # lebih dulu meraihnya"; "agar Pangkep bisa sejajar dengan kabupaten yang meraih predikat A" is aimed at)
        return False
    # (not over another clause or a goal already met: "Targetnya tercapai dan Kabupaten Bima meraih ...")
    # (a subject holds no verb of its own: "Saya ingin menyampaikan bahwa ...", "ingin seluruh ASN mengetahui ...")
    return start <= verb and _SUBJECT_STOPS.isdisjoint(between) and _LEX.fulfilled.isdisjoint(between) \
        and not (wished and any(_verb_like(w) for i, w in enumerate(lower[start:verb], start) if i not in names)) \
        and sum(1 for w in between if not (w in _LEX.time_and_hedge or w.isdigit())) <= _SUBJECT_REACH


def _reach_back(lower: list[str], first: int, bound: int) -> int:
    """The first token of the ``_WINDOW`` words before ``first`` (not before ``bound``), not counting years and the
    words of ``time_and_hedge`` (status_cues.toml)."""
    i, counted = first, 0
    while i > bound and counted < _WINDOW:
        i -= 1
        if not (lower[i] in _LEX.time_and_hedge or lower[i].isdigit()):
            counted += 1
    return i


_TIMES = structure().times_counted  # "kali", "kalinya"


def _round_after(lower: list[str], i: int, now: int | None) -> bool:
    """"predikat serupa untuk penilaian 2019 juga diraih Kota Mataram" (in 2020): a past round something is for, written
    out and followed by a passive verb of getting, not a purpose (a round not yet past may be one aimed at; "mendampingi
    Pemkab Bima untuk tahun 2022 meraih ..." is a purpose)."""
    k = i
    while k < min(len(lower), i + 3) and lower[k] in _ROUND_WORDS:
        k += 1
    if not (k > i and k < len(lower) and len(lower[k]) == 4 and lower[k].isdigit() and now is not None
            and int(lower[k]) < now):
        return False
    k += 1
    while k < len(lower) and lower[k] in _PASSIVE_ADVERBS:
        k += 1
    return k < len(lower) and lower[k].startswith("di") and lower[k].isalpha()


_ROUND_WORDS = frozenset(structure().assessment_nouns) | structure().round_words
_PASSIVE_ADVERBS = structure().passive_adverbs


def _times_after(lower: list[str], i: int) -> bool:
    """"untuk pertama kalinya", "untuk yang kesembilan kalinya", "untuk ke-5 kali", "untuk kali kedua":
    the count of times something happened, not a purpose."""
    if i < len(lower) and lower[i] == "yang":
        i += 1
    if i < len(lower) and lower[i] in _TIMES:
        return True
    return i + 1 < len(lower) and lower[i + 1] in _TIMES \
        and (lower[i] == "pertama" or lower[i].startswith("ke") or lower[i].isdigit())


def _negation(doc: Doc, cues: list[Cue], verb: int, lower: int) -> tuple[bool, bool]:
    """A negation within three words before ``verb``: "belum meraih", "gagal menyabet",
    "belum pernah menerima". "tidak hanya meraih" is not one."""
    negated = never = False
    # ("belum pernah sekali pun meraih": emphasis between does not count towards the three words)
    words, reach, counted = view(doc).lower, verb, 0
    while reach > max(lower, verb - 6) and counted < 3:
        reach -= 1
        if not _emphasis(words, reach):
            counted += 1
    for c in cues:
        if c.kind != "negation" or not (max(lower, reach) <= c.start < verb):
            continue
        following = view(doc).lower[c.end] if c.end < len(doc) else ""
        if (c.text.lower(), following) in _NOT_NEGATING:
            continue
        if following in {"mau", "ingin"} and c.end + 1 < len(doc) \
                and (c.text.lower(), view(doc).lower[c.end + 1]) in _NOT_NEGATING | {("tidak", "sekadar"), ("tak", "sekadar")}:
            continue  # "Kami tidak mau sekadar mempertahankan WTP, tapi juga mengejar ...": not merely
        negated = True
        if "pernah" in c.text.lower() or following == "pernah":
            never = True
    return negated, never


def _emphasis(words: list[str], i: int) -> bool:
    """Token ``i`` is part of "sekali pun", "satu kali pun", "sekalipun" (``[negation] emphasis``), not of "sekali lagi"."""
    return words[i] in _LEX.negation_emphasis and "pun" in words[i : i + 3] or words[i] in {"sekalipun", "jua"}


def _result_word_before(lower: list[str], i: int, reach: int, floor: int = 0) -> int | None:
    """The token of the first "sehingga" among the ``reach`` words before token ``i`` (not before ``floor``)."""
    lo = max(floor, i - reach)
    return next((k for k in range(lo, i) if lower[k] == "sehingga"), None)


def _resulting(doc: Doc, able: Cue) -> bool:
    """"... menjaga kebersihan, sehingga tahun ini daerahnya bisa meraih Adipura": "bisa" in a clause of result
    that is set this year tells what came of it, not what is aimed at (but "sehingga tahun depan bisa
    meraih ..." is a goal)."""
    if able.text.lower() not in _ABLE:
        return False
    lower = view(doc).lower
    at = _result_word_before(lower, able.start, 5)
    if at is None:
        return False
    after = lower[at + 1 : able.start]
    now = (after[:2] == ["tahun", "ini"] or after[:1] in (["kini"], ["sekarang"])
           or any(w in _DONE_BEFORE_ABLE for w in after))
    # (not what was asked or hoped for: "Bupati meminta seluruh OPD bekerja keras sehingga tahun ini ... bisa
    # meraih Adipura")
    opening = sentence_bounds(doc, at)[0]
    return now and not any(c.kind == "coach" or c.text.lower() in _LEX.maintain_requests
                           for c in cues_between(doc, opening, at))


def _hoped_result(doc: Doc, verb: int, end: int) -> bool:
    """"Tahun ini kami ingin keempatnya menyusul, sehingga seluruh 38 kabupaten/kota di Jatim berpredikat peduli
    HAM": the result of a wish is wished for too."""
    lower = view(doc).lower
    opening = sentence_bounds(doc, verb)[0]
    at = _result_word_before(lower, verb, 8, opening)
    if at is None:
        return False
    # (what was done first, "... berbenah agar pelayanan makin baik, sehingga Kota Malang berhasil meraih", is done;
    # what is to be done, "akan kami dampingi ... agar tahun depan bisa menyusul, sehingga seluruh kabupaten/kota di
    # Riau menyandang predikat peduli HAM", is not)
    before = lower[opening:at]
    # (the time ahead told before the purpose, in the main clause: "akan kami dampingi ... agar", not "agar ibu menyusui
    # nanti nyaman, sehingga ...")
    purpose = next((k for k, w in enumerate(before) if w in _LEX.far_purposes), None)
    planned = purpose is not None and not _TIME.future.isdisjoint(before[:purpose])
    return (planned or not _LEX.wanting.isdisjoint(before)) and _LEX.success.isdisjoint(lower[at:end])



_AVOIDING = {"agar", "supaya", "untuk", "demi"}


def _avoided(doc: Doc, cues: list[Cue], verb: int, lower: int) -> bool:
    """"agar tidak lagi berada di zona merah", "supaya tidak turun ke WDP": a purpose right before the
    negation of ``verb`` is something to avoid ("belum cukup untuk meraih" is a plain denial)."""
    tv = view(doc)
    return any(c.kind == "negation" and max(lower, verb - 3) <= c.start < verb and c.start > 0
               and tv.lower[c.start - 1] in _AVOIDING for c in cues)


def _resolve(doc: Doc, chain: list[Cue], cues: list[Cue], lower: int) -> StatusGroup:
    first, head = chain[0], chain[-1]
    named = predikat_tokens(doc)
    # "Untuk kategori Menuju Informatif diraih ...": a word with a predikat's name between it and
    # the verb introduces the topic, it does not modify the verb
    modifiers = [c for c in _modifiers(doc, cues, first.start, lower) if not any(i in named for i in range(c.end, first.start))]
    modifiers += [c for c in cues if first.start <= c.start < head.start and c.kind not in _VERBS]
    # ("Pemkab Jayawijaya baru bisa meraih opini WDP": "only managed to", done, not aimed at)
    modifiers = [c for c in modifiers if not (c.text.lower() in _ABLE and c.start > 0
                                              and view(doc).lower[c.start - 1] in _DONE_BEFORE_ABLE)
                 and not _resulting(doc, c)]
    words = {c.text.lower() for c in modifiers}
    kinds = {c.kind for c in chain}
    # a negation before a coaching verb belongs to an elided verb ("yang belum terus dibina agar
    # meraih"): only the first non-coach verb of the chain can be negated
    target_verb = next((c for c in chain if c.kind != "coach"), None)
    negated, never = (False, False)
    if target_verb is not None and target_verb is first:
        negated, never = _negation(doc, cues, target_verb.start, lower)
    purpose = bool(words & _PURPOSE) or _hoped_result(doc, first.start, head.end)
    success = bool(words & _LEX.success) or any(c.text.lower() in _LEX.success for c in chain[:-1])
    head_kind = head.kind
    if negated and head_kind == "achieve" and _avoided(doc, cues, target_verb.start, lower):
        # "harus meningkatkan diri agar tidak lagi berada di zona merah": what is to be avoided, no fact
        status = "avoid"
    elif negated and head_kind in {"achieve", "maintain"}:
        status = "not_achieved"
    elif ("coach" in kinds and head_kind != "coach") or purpose:
        # ("agar Palangka Raya tetap menyandang predikat kota peduli HAM pada tahun depan": held on to)
        # (not after a concession that denies it: "Meski belum masuk daftar, Katingan diharapkan tetap meraih ...", where
        # "tetap" is "nevertheless"; the assembler also takes it back for a holder denied the predikat before)
        lower_words = view(doc).lower
        still = head_kind == "achieve" and head.start > 0 and lower_words[head.start - 1] in _LEX.still \
            and not _denied_in_concession(doc, head.start)
        status = "maintain_target" if head_kind == "maintain" or still else "target"
    elif head_kind == "maintain":
        status = "achieved" if success or _reported_retention(doc, head, cues) else "maintain_target"
    elif head_kind == "coach":
        status = "target"
    else:
        status = "achieved"
    lo, hi = max(lower, first.start - 3), min(len(doc), head.end + 3)
    named = predikat_tokens(doc)
    # words of a predikat's own name do not count ("meraih Kabupaten Layak Anak" is no "layak")
    nearby = {w for i, w in enumerate(view(doc).lower[lo:hi], lo) if i not in named}
    if status == "achieved" and nearby & _LEX.nominee:
        status = "nominee"  # "kandidat penerima Adipura Paripurna": the outcome is not given
    weak = all(c.weak for c in chain if c.kind == "achieve") and head_kind == "achieve" and not success
    group_start = min([first.start] + [m.start for m in modifiers])
    cue_text = " ".join(view(doc).span_text(group_start, head.end).split())
    agent_before = None
    if first.text.lower() in _LEX.give_agents and _giver_after_comma(doc, first.start):
        # "Berdasarkan pemeriksaan ..., termasuk rencana aksi yang akan dijalankan Kota Sorong, Kabupaten
        # Sorong, ..., BPK memberikan opini WTP": the giver is named; the holders before it are the receivers
        pass
    elif first.text.lower() in _LEX.give_agents or first.text.lower() in _LEX.coach_agents:
        agent_before = first.start
        asked = set(view(doc).lower[first.end : chain[1].start]) if len(chain) > 1 else set()
        if asked and asked <= _OWN_STAFF:
            # "Wali Kota Manado ... meminta seluruh perangkat daerah mempertahankan predikat Peduli
            # HAM": a head asking his own staff sets his government's goal
            agent_before = None
    elif first.kind == "coach" and len(chain) > 1:
        # "Pemprov Papua berharap kabupaten lain bisa menyusul meraih ...": somebody else is meant
        between = set(view(doc).lower[first.end : head.start])
        if between & _OTHERS:
            agent_before = first.start
    return StatusGroup(group_start, head.start, head.end, status, cue_text, weak=weak, never=never,
                       agent_before=agent_before)


def _reported_retention(doc: Doc, verb: Cue, cues: list[Cue]) -> bool:
    """"Kota Makassar mempertahankan predikat KLA kategori Utama": a predikat kept, told as news,
    when nothing earlier in the sentence asks, hopes, plans or coaches for it."""
    if "tahan" not in verb.text.lower():
        return False  # "menjaga" says too little on its own; "bertahan di kategori X" stays at X
    start = sentence_bounds(doc, verb.start)[0]
    before_verb = [c for c in cues if start <= c.start < verb.start]
    if any(c.kind in {"coach", "modal"} for c in before_verb):
        return False
    # a negation denies its own verb: "belum berhasil naik ke Nindya dan masih bertahan di kategori
    # Madya" still reports Madya kept
    if any(c.kind == "negation" and not any(v.kind in _VERBS and c.end <= v.start for v in before_verb)
           for c in before_verb):
        return False
    lower = view(doc).lower
    # ("Didampingi Wakil Ketua DPRK ..., Khairul menyebutkan ... masih mempertahankan": accompanied, not coached)
    before = {lower[i] for i in range(start, verb.start)
              if not (lower[i] in _LEX.coach_forms and i + 1 < len(lower) and _LEX.accompanies(lower[i], lower[i + 1]))}
    return not (before & (_LEX.maintain_requests | _LEX.modal | _LEX.coach_forms)) and "?" not in before


def _standalone_negations(doc: Doc, cues: list[Cue], verbs: list[Cue]):
    """"Minus Kota Palopo", "tertahan di Pratama": a negation with no verb after it."""
    for c in cues:
        if c.kind != "negation" or c.text.lower() not in _LEX.standalone_negation:
            continue
        if any(0 <= v.start - c.end <= 3 for v in verbs):
            continue  # "gagal menyabet": the verb's group has it
        if any(n.kind == "negation" and n is not c and 0 <= c.start - n.end <= 3 for n in cues):
            continue  # "tak sekali pun absen", "tidak lagi absen": never absent, a denial denied
        words = view(doc).lower
        if c.start >= 2 and words[c.start - 1] == "yang" and words[c.start - 2].isdigit():
            continue  # "(kecuali 2020 yang absen karena pandemi)": a round that was not held
        if c.text.lower() in _LEX.dropped_out and not dropped_out_at(words, c.end):
            continue  # "terlempar dari sepuluh besar", "Bupati absen dalam penyerahan penghargaan": out of something else
        yield c


def dropped_out_at(words: list[str], i: int) -> bool:
    """Whether what stands from ``words[i]`` lets a verb of dropping out ("terlempar", "absen") before it deny the
    predikat: the end of its clause, or a list or a round after a preposition ("dari daftar", "pada penilaian 2020")."""
    if i >= len(words) or words[i] in _CLAUSE_END:
        return True
    return words[i] in _LEX.dropped_from and i + 1 < len(words) \
        and (words[i + 1] in _LEX.out_of or words[i + 1].isdigit())


_CLAUSE_END = {",", ".", ";", "!", "?", '"', "”", ")"}

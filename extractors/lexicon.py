"""Typed access to the lexicon files in ``extractors/data/lexicon``.

Each accessor returns plain Python data (sets, dicts, tuples) built once per process.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import cache, cached_property

from extractors.resources import data_path, read_csv, read_toml


def _lowered(items) -> frozenset[str]:
    return frozenset(item.lower() for item in items)


@dataclass(frozen=True)
class RegionContext:
    type_words: dict[str, frozenset[str]]  # level -> words
    government_words: dict[str, frozenset[str]]  # level (or 'any') -> words
    person_titles: frozenset[str]
    speech_verbs: frozenset[str]
    compared_words: frozenset[str]  # "sejajar dengan Balikpapan dan Bontang": compared with, not a holder
    reporting_verbs: frozenset[str]  # "Kepala Kanwil ... Anggiat Napitupulu mengatakan": after the speaker
    hoping_verbs: frozenset[str]  # "Bupati berharap ...": a head hoping speaks for his region
    self_reference: frozenset[str]  # "... menyatakan pihaknya meraih": the office reports on itself
    location_words: frozenset[str]
    recipient_before_ke: frozenset[str]
    office_heads: frozenset[str]
    venue_heads: frozenset[str]
    town_awards: frozenset[str]  # predikat labels (upper case) a capital town holds for its kabupaten
    dateline_outlets: frozenset[str]


@cache
def region_context() -> RegionContext:
    data = read_toml("lexicon", "region_context.toml")
    return RegionContext(
        type_words={level: _lowered(words) for level, words in data["type_words"].items()},
        government_words={level: _lowered(words) for level, words in data["government_words"].items()},
        person_titles=_lowered(data["roles"]["person_titles"]),
        speech_verbs=_lowered(data["roles"]["speech_verbs"]),
        reporting_verbs=_lowered(data["roles"]["reporting_verbs"]),
        hoping_verbs=_lowered(data["roles"]["hoping_verbs"]),
        compared_words=_lowered(data["roles"]["compared_words"]),
        self_reference=_lowered(data["roles"]["self_reference"]),
        location_words=_lowered(data["roles"]["location_words"]),
        recipient_before_ke=_lowered(data["roles"]["recipient_before_ke"]),
        office_heads=_lowered(data["roles"]["office_heads"]) | _lowered(data["roles"]["venue_heads"]),
        venue_heads=_lowered(data["roles"]["venue_heads"]),
        town_awards=frozenset(data["roles"]["town_awards"]),
        dateline_outlets=_lowered(data["roles"]["dateline_outlets"]),
    )


@cache
def unit_heads() -> dict[str, str]:
    """Unit head phrase (as written) -> unit kind."""
    return {row["head"]: row["kind"] for row in read_csv(data_path("lexicon", "units.csv"))}


@dataclass(frozen=True)
class StatusLexicon:
    achieve_lemmas: tuple[str, ...]
    achieve_forms: frozenset[str]
    weak_achieve: frozenset[str]
    denied_only: frozenset[str]  # "tidak termasuk dalam daftar": a verb of getting only after a negation
    denied_only_before: frozenset[str]  # ... and before one of these
    idioms: frozenset[str]  # "penyandang disabilitas": a cue form in a noun of something else
    maintain_lemmas: tuple[str, ...]
    maintain_forms: frozenset[str]
    maintain_requests: frozenset[str]
    coach_lemmas: tuple[str, ...]
    coach_forms: frozenset[str]
    wishes: frozenset[str]
    award_wording: tuple[str, ...]
    modal: frozenset[str]
    still: frozenset[str]  # "agar ... tetap menyandang predikat": a goal of keeping it
    among: frozenset[str]  # "masih termasuk dalam sembilan kabupaten ... yang belum lolos": one of a group
    announce: frozenset[str]
    negation: frozenset[str]
    standalone_negation: frozenset[str]
    dropped_out: frozenset[str]  # "Kotim Terlempar": out of the predikat just named, with no object
    dropped_from: frozenset[str]  # "absen pada ...", "terlempar dari ...": what they may be out of follows
    out_of: frozenset[str]  # "... daftar", "... penilaian 2020": a list or a round
    inaugurating: frozenset[str]  # "meresmikan ... sebagai": getting only "sebagai" or "menjadi" something
    results: frozenset[str]  # "yang hasilnya diumumkan": a verb of getting whose subject is the results
    described_held: frozenset[str]  # "KLA 2021 yang diterima daerahnya": the year of what is held
    rewarded_effort: frozenset[str]  # "atas upaya membina ... pada 2019": coaching rewarded, no goal
    settled: frozenset[str]  # "didorong ... akhirnya meraih": the getting happened, no goal
    possible: tuple[str, ...]  # "bukan tidak mungkin": what follows is aimed at
    impossible: tuple[str, ...]  # "tidak mungkin bisa kita pertahankan": no goal
    denying: frozenset[str]  # "bukan sesuatu yang mustahil": an impossibility denied
    negation_emphasis: frozenset[str]  # "belum pernah sekali pun meraih": not counted in the reach
    success: frozenset[str]
    give_agents: frozenset[str]
    coach_agents: frozenset[str]
    passive_give: frozenset[str]
    nominee: frozenset[str]
    not_assessed: frozenset[str]
    fulfilled: frozenset[str]
    companions: frozenset[str]  # "didampingi Kepala ...": accompanied, not coached
    accompanying: frozenset[str]  # "mendampingi", "didampingi"
    asking: frozenset[str]  # "meminta para bupati ...": the people asked stand for their regions
    helping: frozenset[str]  # "membantu": coaching only when ahead
    help_ahead: frozenset[str]  # "akan membantu": help ahead
    sought: frozenset[str]  # "yang lama diincar": the predikat described, no goal
    coaching_received: frozenset[str]  # "mendapat pendampingan": coaching got, no predikat
    passive_getting: frozenset[str]  # "setelah sebelumnya diraih pada 2016": got before, the predikat named before
    attending: frozenset[str]  # "diundang ... untuk menerima": going to receive what is decided
    wanting: frozenset[str]  # "ingin ..., sehingga ...": a hoped-for result
    time_and_hedge: frozenset[str]  # "agar pada penilaian 2024 minimal naik": not counted in a purpose's reach
    far_purposes: frozenset[str]  # the purposes that reach so far
    far_goals: frozenset[str]  # "targetnya seluruh kabupaten/kota di NTB meraih": over the subject
    owned_goals: frozenset[str]  # "Target kami tahun ini OKI meraih": over the subject, with the owner after
    owners: frozenset[str]  # the owners after them
    goal_links: frozenset[str]  # "Target kami berikutnya kategori Utama": between a goal noun and a grade aimed at
    escorted: frozenset[str]  # "mendampingi Bupati": heads accompanied, after ``accompanying`` verbs only
    give_nouns: frozenset[str]  # "penyerahan ... kepada ...": a cue only with its receivers

    def accompanies(self, verb: str, following: str) -> bool:
        """Whether the coach verb ``verb`` before the word ``following`` (both lower case) is going along
        with a person ("didampingi Kepala ...", "mendampingi Bupati"), not coaching."""
        return following in self.companions or (verb in self.accompanying and following in self.escorted)


@cache
def status_lexicon() -> StatusLexicon:
    data = read_toml("lexicon", "status_cues.toml")
    return StatusLexicon(
        achieve_lemmas=tuple(data["achieve"]["lemmas"]),
        achieve_forms=_lowered(data["achieve"]["forms"]),
        weak_achieve=_lowered(data["achieve"]["weak"]),
        denied_only=_lowered(data["achieve"]["denied_only"]),
        denied_only_before=_lowered(data["achieve"]["denied_only_before"]),
        idioms=_lowered(data["achieve"]["idioms"]),
        maintain_lemmas=tuple(data["maintain"]["lemmas"]),
        maintain_forms=_lowered(data["maintain"]["forms"]),
        maintain_requests=_lowered(data["maintain"]["requests"]),
        coach_lemmas=tuple(data["coach"]["lemmas"]),
        coach_forms=_lowered(data["coach"]["forms"]),
        wishes=_lowered(data["coach"]["wishes"]),
        award_wording=tuple(w.lower() for w in data["coach"]["award_wording"]),
        modal=_lowered(data["modal"]["forms"]),
        still=_lowered(data["agents"]["still"]),
        among=_lowered(data["agents"]["among"]),
        announce=_lowered(data["modal"]["announce"]),
        negation=_lowered(data["negation"]["forms"]),
        standalone_negation=_lowered(data["negation"]["standalone"]),
        dropped_out=_lowered(data["negation"]["dropped_out"]),
        dropped_from=_lowered(data["negation"]["dropped_from"]),
        out_of=_lowered(data["negation"]["out_of"]),
        inaugurating=_lowered(data["achieve"]["inaugurating"]),
        results=_lowered(data["achieve"]["results"]),
        described_held=_lowered(data["achieve"]["described_held"]),
        rewarded_effort=_lowered(data["achieve"]["rewarded_effort"]),
        settled=_lowered(data["achieve"]["settled"]),
        possible=tuple(p.lower() for p in data["possibility"]["possible"]),
        impossible=tuple(p.lower() for p in data["possibility"]["impossible"]),
        denying=_lowered(data["possibility"]["denying"]),
        negation_emphasis=_lowered(data["negation"]["emphasis"]),
        success=_lowered(data["success"]["forms"]),
        give_agents=_lowered(data["agents"]["give"]),
        coach_agents=_lowered(data["agents"]["coach"]),
        passive_give=_lowered(data["agents"]["passive_give"]),
        nominee=_lowered(data["agents"]["nominee"]),
        not_assessed=_lowered(data["agents"]["not_assessed"]),
        fulfilled=_lowered(data["agents"]["fulfilled"]),
        companions=_lowered(data["coach"]["companions"]),
        accompanying=_lowered(data["coach"]["accompanying"]),
        asking=_lowered(data["coach"]["asking"]),
        helping=_lowered(data["coach"]["helping"]),
        help_ahead=_lowered(data["coach"]["help_ahead"]),
        sought=_lowered(data["coach"]["sought"]),
        coaching_received=_lowered(data["coach"]["received"]),
        passive_getting=_lowered(data["achieve"]["passive_getting"]),
        attending=_lowered(data["modal"]["attending"]),
        wanting=_lowered(data["modal"]["wanting"]),
        time_and_hedge=_lowered(data["modal"]["time_and_hedge"]),
        far_purposes=_lowered(data["modal"]["far_purposes"]),
        goal_links=_lowered(data["modal"]["goal_links"]),
        far_goals=_lowered(data["modal"]["far_goals"]),
        owned_goals=_lowered(data["modal"]["owned_goals"]),
        owners=_lowered(data["modal"]["owners"]),
        escorted=_lowered(data["coach"]["escorted"]) | structure().government_heads,
        give_nouns=_lowered(data["coach"]["give_nouns"]),
    )


@dataclass(frozen=True)
class Structure:
    abbreviations: frozenset[str]
    listing_verbs: frozenset[str]  # "Daftar itu juga memuat A, B dan C": active verbs that list the names after them
    list_introducers: frozenset[str]
    continuation: frozenset[str]
    coreference: frozenset[str]
    conjunctions: frozenset[str]
    count_nouns: frozenset[str]
    not_all: frozenset[str]  # "hampir seluruh", "tidak semua": not every one
    region_heads: dict[str, frozenset[str]]  # "bupati" -> {"kabupaten"}: the levels a head of government heads
    head_groups: frozenset[str]  # "para", "seluruh": what groups the heads after it
    asking_heads: frozenset[str]  # "minta bupati dan wali kota": asking verbs that address every head of both levels
    supporting: frozenset[str]  # "minta bupati dan wali kota mendukung kami": helping the speaker
    times_counted: frozenset[str]  # "kalinya", "kali": the times a predikat was got
    catching_up: frozenset[str]  # "bisa menyusul Bangkalan": the object holds it already
    able: frozenset[str]  # "bisa", "dapat", "mampu" before a verb of catching up
    elided_count_next: frozenset[str]  # "..., delapan sudah menyandang": a count whose noun is left out
    all_of_them: frozenset[str]  # "Seluruhnya memperoleh opini WTP": every name just listed
    getting: frozenset[str]  # "daerah yang sudah meraih": the ones holding it
    still: frozenset[str]  # "daerah yang masih Pratama": the ones still at a grade
    for_the_ones: frozenset[str]  # "Untuk yang sudah meraih, ...": before "yang" with its noun left out
    same_as_what: frozenset[str]  # "sama dengan capaian pada 2022": between "sama dengan" and a year compared with
    round_words: frozenset[str]  # "untuk tahun 2022", "periode 2022": a round named with its year
    passive_adverbs: frozenset[str]  # "yang hanya diraih": between "yang" and a passive verb of getting
    compared_rounds: frozenset[str]  # "dibanding penilaian tahun 2019": before a round compared with
    at_a_grade: frozenset[str]  # "yang masih berada di kategori Madya": the words before the grade
    recipient_lists: frozenset[str]  # "tidak masuk daftar": the list of the predikat just named
    award_lists: frozenset[str]  # "Berikut sejumlah penghargaan yang diraih X:": a list of one holder's awards
    remaining: frozenset[str]  # "Tinggal Lampung Tengah dan Mesuji": the ones left without it
    distributive: frozenset[str]  # "di daerahnya masing-masing.": each their own, after a possessive
    group_examples: frozenset[str]  # "Beberapa di antaranya Kota Padang, ...": members of the group just spoken of
    bare_denials: frozenset[str]  # "..., Natuna dan Anambas Belum"
    name_glue: frozenset[str]  # between the names before a bare denial
    grade_coordination: frozenset[str]  # "Sangat Inovatif pada IGA 2021 dan IGA 2022"
    gapped_grade_links: frozenset[str]  # "..., dan Kabupaten Karangasem pada kualitas rendah"
    number_words: dict[str, int]
    villages_not_given: frozenset[str]  # "yang memiliki 121 desa": villages counted that got nothing
    some: frozenset[str]  # "sejumlah nagari": an amount with no number
    villages_there: frozenset[str]  # "Dari Kabupaten Sambas terdapat enam desa": of those, the ones a part may take
    some_of_them: frozenset[str]  # "Beberapa di antaranya adalah ...": a part of the holders counted before
    wholes: frozenset[str]  # "seluruh", "semua": every one of the regions of a place
    already: frozenset[str]  # "daerah yang sudah meraih": the holders so far
    others: frozenset[str]  # "daerah lain": others than the ones spoken of
    contrast: frozenset[str]
    set_against: frozenset[str]  # "sedangkan", "sementara": another group set against the one before
    conceding: frozenset[str]  # "tetapi", "walaupun": a concession, not another group
    elided_subject: frozenset[str]
    concessive: frozenset[str]
    fronted: frozenset[str]  # "Selain meraih opini WTP, Kota Medan ...": a clause before its subject
    time_shift: frozenset[str]
    time_anaphora: frozenset[str]
    times_untold: frozenset[str]
    rounds_untold: frozenset[str]  # "pada penilaian sebelumnya": the round before, its year left open
    reasons: frozenset[str]  # "karena": the reason for what the clause before says
    coaching_purposes: frozenset[str]  # "agar", "sehingga": what coaching is for
    coached_after: frozenset[str]  # "mendampingi", "kepada": the ones coached follow
    reaching: frozenset[str]  # "menyusul", "lolos": reaching the predikat without naming it
    aiming: frozenset[str]
    preparing: frozenset[str]  # "persiapan penilaian ... tahun 2024": the round ahead, told from afar
    facing: frozenset[str]  # "menghadapi penilaian ... tahun 2024": a round ahead, when not past
    meetings: frozenset[str]  # "rapat koordinasi penilaian ... tahun 2024": a round met about while it runs
    coaching_rounds: frozenset[str]  # "mendampingi ... dalam penilaian ... tahun 2025": a round ahead too
    assessment_nouns: frozenset[str]  # what stands between those and the year
    passing: frozenset[str]  # "lolos penilaian": to pass the assessment is to get the predikat
    assessment_stages: frozenset[str]  # "lolos penilaian tahap pertama": only a stage passed
    leaving: frozenset[str]  # "keluar dari zona merah": a grade to leave
    ahead: frozenset[str]  # "menjelang evaluasi tahun 2023": the round ahead, told close by
    predikat_nouns: frozenset[str]
    coaching_nouns: frozenset[str]  # "Pendampingan serupa juga diberikan kepada ...": the coaching told before
    possessed_anaphors: frozenset[str]  # "capaiannya": the predikat held, pointed back at
    grade_nouns: frozenset[str]
    grade_heads: frozenset[str]
    predikat_determiners: frozenset[str]
    named_determiners: frozenset[str]
    criteria_nouns: frozenset[str]
    first_person: frozenset[str]
    government_heads: frozenset[str]

    # List introducers may be phrases ("antara lain", "di antaranya"): match them as phrases.
    @cached_property
    def grade_words(self) -> frozenset[str]:
        """Words a grade's name follows: the grade nouns and the grade heads ("kategori Madya", "nilai BB")."""
        return self.grade_nouns | self.grade_heads

    def introduces(self, words: list[str]) -> bool:
        """Whether ``words`` (lower-cased tokens) hold a list introducer."""
        if not self._single_introducers.isdisjoint(words):
            return True
        text = " " + " ".join(words) + " "
        return any(phrase in text for phrase in self._phrase_introducers)

    def heads_at(self, words: list[str], i: int) -> frozenset[str]:
        """The levels headed by the heads of government named from ``words[i]`` on, joined by "dan", "serta" or "/"
        ("bupati dan wali kota" -> kabupaten and kota); empty when no head stands there."""
        levels: set[str] = set()
        while i < len(words):
            head = next(((n, self.region_heads[" ".join(words[i : i + n]).replace(" / ", "/")]) for n in (3, 2, 1)
                         if " ".join(words[i : i + n]).replace(" / ", "/") in self.region_heads), None)
            if head is None:
                break
            levels |= head[1]
            i += head[0]
            if i + 1 < len(words) and words[i] in {"dan", "serta", "/"}:
                i += 1
            else:
                break
        return frozenset(levels)

    @cached_property
    def _single_introducers(self) -> frozenset[str]:
        return frozenset(w for w in self.list_introducers if " " not in w)

    @cached_property
    def _phrase_introducers(self) -> tuple[str, ...]:
        return tuple(f" {w} " for w in self.list_introducers if " " in w)

    def introducer_ends(self, words: list[str], i: int) -> bool:
        """Whether a list introducer ends just before ``words[i]``."""
        return any(" ".join(words[max(0, i - n) : i]) in self.list_introducers for n in (1, 2, 3) if i >= n)


@cache
def structure() -> Structure:
    data = read_toml("lexicon", "structure.toml")
    return Structure(
        abbreviations=_lowered(data["sentences"]["abbreviations"]),
        listing_verbs=_lowered(data["lists"]["listing_verbs"]),
        list_introducers=_lowered(data["lists"]["introducers"]),
        continuation=_lowered(data["lists"]["continuation"]),
        coreference=_lowered(data["lists"]["coreference"]),
        conjunctions=_lowered(data["lists"]["conjunctions"]),
        count_nouns=_lowered(data["counts"]["nouns"]),
        not_all=_lowered(data["counts"]["not_all"]),
        region_heads={head.lower(): frozenset(levels) for head, levels in data["counts"]["region_heads"].items()},
        head_groups=_lowered(data["counts"]["head_groups"]),
        asking_heads=_lowered(data["counts"]["asking_heads"]),
        supporting=_lowered(data["counts"]["supporting"]),
        times_counted=_lowered(data["counts"]["times_counted"]),
        catching_up=_lowered(data["counts"]["catching_up"]),
        able=_lowered(data["counts"]["able"]),
        elided_count_next=_lowered(data["counts"]["elided_count_next"]),
        recipient_lists=_lowered(data["lists"]["recipient_lists"]),
        all_of_them=_lowered(data["counts"]["all_of_them"]),
        getting=_lowered(data["counts"]["getting"]),
        still=_lowered(data["counts"]["still"]),
        for_the_ones=_lowered(data["counts"]["for_the_ones"]),
        same_as_what=_lowered(data["counts"]["same_as_what"]),
        round_words=_lowered(data["counts"]["round_words"]),
        passive_adverbs=_lowered(data["counts"]["passive_adverbs"]),
        compared_rounds=_lowered(data["counts"]["compared_rounds"]),
        at_a_grade=_lowered(data["counts"]["at_a_grade"]),
        award_lists=_lowered(data["lists"]["award_lists"]),
        remaining=_lowered(data["lists"]["remaining"]),
        group_examples=_lowered(data["lists"]["group_examples"]),
        distributive=_lowered(data["lists"]["distributive"]),
        bare_denials=_lowered(data["lists"]["bare_denials"]),
        name_glue=frozenset(data["lists"]["name_glue"]),
        grade_coordination=frozenset(data["lists"]["grade_coordination"]),
        gapped_grade_links=_lowered(data["lists"]["gapped_grade_links"]),
        number_words={k.lower(): int(v) for k, v in data["counts"]["words"].items()},
        villages_not_given=_lowered(data["counts"]["villages_not_given"]),
        villages_there=_lowered(data["counts"]["villages_there"]),
        some=_lowered(data["counts"]["some"]),
        some_of_them=_lowered(data["counts"]["some_of_them"]),
        wholes=_lowered(data["counts"]["wholes"]),
        already=_lowered(data["counts"]["already"]),
        others=_lowered(data["counts"]["others"]),
        contrast=_lowered(data["clauses"]["contrast"]),
        set_against=_lowered(data["clauses"]["set_against"]),
        conceding=_lowered(data["clauses"]["conceding"]),
        elided_subject=_lowered(data["clauses"]["elided_subject"]),
        concessive=_lowered(data["clauses"]["concessive"]),
        fronted=_lowered(data["clauses"]["fronted"]),
        time_shift=_lowered(data["clauses"]["time_shift"]),
        time_anaphora=_lowered(data["clauses"]["time_anaphora"]),
        times_untold=_lowered(data["clauses"]["times_untold"]),
        rounds_untold=_lowered(data["clauses"]["rounds_untold"]),
        reasons=_lowered(data["clauses"]["reasons"]),
        coaching_purposes=_lowered(data["clauses"]["coaching_purposes"]),
        coached_after=_lowered(data["clauses"]["coached_after"]),
        reaching=_lowered(data["clauses"]["reaching"]),
        aiming=_lowered(data["clauses"]["aiming"]),
        preparing=_lowered(data["clauses"]["preparing"]),
        facing=_lowered(data["clauses"]["facing"]),
        meetings=_lowered(data["clauses"]["meetings"]),
        coaching_rounds=_lowered(data["clauses"]["coaching_rounds"]),
        assessment_nouns=_lowered(data["clauses"]["assessment_nouns"]),
        passing=_lowered(data["clauses"]["passing"]),
        assessment_stages=_lowered(data["clauses"]["assessment_stages"]),
        ahead=_lowered(data["clauses"]["ahead"]),
        leaving=_lowered(data["clauses"]["leaving"]),
        predikat_nouns=_lowered(data["anaphora"]["predikat_nouns"]),
        coaching_nouns=_lowered(data["anaphora"]["coaching_nouns"]),
        possessed_anaphors=_lowered(data["anaphora"]["possessed_anaphors"]),
        grade_nouns=_lowered(data["anaphora"]["grade_nouns"]),
        grade_heads=_lowered(data["anaphora"]["grade_heads"]),
        predikat_determiners=_lowered(data["anaphora"]["predikat_determiners"]),
        named_determiners=_lowered(data["anaphora"]["named_determiners"]),
        criteria_nouns=_lowered(data["anaphora"]["criteria_nouns"]),
        first_person=_lowered(data["speakers"]["first_person"]),
        government_heads=_lowered(data["speakers"]["government_heads"]),
    )


@dataclass(frozen=True)
class RankWords:
    best: frozenset[str]  # "terbaik" + place
    position: frozenset[str]  # "peringkat" / "urutan" + place
    top: frozenset[str]  # number + "besar"
    from_bottom: frozenset[str]  # "urutan ketujuh dari bawah": a place counted from the last
    best_grade: str
    position_grade: str
    top_grade: str
    ordinals: dict[str, int]  # "pertama" -> 1, "iii" -> 3 (roman numerals are matched in capitals only)
    label_grades: dict[str, str]  # label -> the grade any place of its ranking is annotated as


@cache
def rank_words() -> RankWords:
    data = read_toml("lexicon", "structure.toml")["ranks"]
    return RankWords(
        best=_lowered(data["best"]),
        position=_lowered(data["position"]),
        top=_lowered(data["top"]),
        from_bottom=_lowered(data["from_bottom"]),
        best_grade=data["best_grade"],
        position_grade=data["position_grade"],
        top_grade=data["top_grade"],
        ordinals={k.lower(): int(v) for k, v in data["ordinals"].items()},
        label_grades=dict(data.get("label_grades", {})),
    )


@dataclass(frozen=True)
class TimeWords:
    months: dict[str, int]
    days: frozenset[str]
    weekdays: dict[str, int]
    zones: dict[str, int]
    relative: dict[str, int]
    event_words: frozenset[str]
    assessment_words: frozenset[str]
    clause_assessment_words: frozenset[str]  # naming an assessment further back in the year's clause
    handed_over: frozenset[str]  # "diserahkan akhir tahun lalu": a year dating the hand-over, not the round
    bounds: frozenset[str]  # "sebelum 2017, ...": a year bounding the time told
    part_of_year: frozenset[str]
    previous_round: tuple[str, ...]  # "penilaian tahun sebelumnya": the round before the one reported
    calendar_round: tuple[str, ...]  # "tahun ini": a sentence dated by the calendar
    future: frozenset[str]  # "akan", "tahun depan": a time still ahead


def phrases_regex(phrases) -> re.Pattern:
    """One case-insensitive pattern for whole-word ``phrases``, any whitespace between their words."""
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases) + r")\b",
                      re.IGNORECASE)


@cache
def time_words() -> TimeWords:
    data = read_toml("lexicon", "time.toml")
    return TimeWords(
        months={k.lower(): int(v) for k, v in data["months"].items()},
        days=_lowered(data["weekdays"]),
        weekdays={k.lower(): int(v) for k, v in data["weekdays"].items()},
        zones={k.lower(): int(v) for k, v in data["zones"].items()},
        relative={k.lower(): int(v) for k, v in data["relative"].items()},
        event_words=_lowered(data["events"]["words"]),
        assessment_words=_lowered(data["assessment"]["words"]),
        clause_assessment_words=_lowered(data["assessment"]["clause_words"]),
        handed_over=_lowered(data["assessment"]["handed_over"]),
        bounds=_lowered(data["assessment"]["bounds"]),
        part_of_year=_lowered(data["part_of_year"]["words"]),
        previous_round=tuple(w.lower() for w in data["rounds"]["previous"]),
        calendar_round=tuple(w.lower() for w in data["rounds"]["calendar"]),
        future=_lowered(data["rounds"]["future"]),
    )


@cache
def citation_lexicon() -> dict:
    return read_toml("lexicon", "citations.toml")

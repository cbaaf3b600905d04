"""What earlier sentences said, for lists and counts that point back to them.

"Kemenkumham menetapkan enam kabupaten dan kota ... sebagai daerah Peduli HAM. Keenam
Kabupaten/Kota tersebut ialah ..." - the second sentence's names take the first one's frames,
found by the count (6). "Mereka adalah ..." takes the nearest sentence before it that had frames.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.facts.frames import Frame
from extractors.model import RegionMention


@dataclass
class SentenceRecord:
    index: int
    frames: list[Frame]  # own and inherited
    counted: list[tuple[int | None, list[Frame], list]]  # (count value, frames of its clause, holders named after it)
    level_hint: str | None
    holders: int
    open_list: bool  # ends with a list introducer or a colon: the next sentence continues it
    holder_list: list = field(default_factory=list)
    addressed: bool = False  # the sentence named or counted holders (its goals are somebody's goals)
    continues: bool = False  # opens with "Berikutnya", "Kemudian", a list marker: the list before goes on


@dataclass
class Memory:
    records: list[SentenceRecord] = field(default_factory=list)

    def add(self, record: SentenceRecord) -> None:
        self.records.append(record)

    def previous(self, index: int, distance: int = 1) -> SentenceRecord | None:
        for record in reversed(self.records):
            if record.index < index and index - record.index <= distance:
                return record
        return None

    def by_count(self, value: int, index: int, window: int = 8) -> SentenceRecord | None:
        """The latest earlier sentence that counted ``value`` holders and said what they got."""
        for record in reversed(self.records):
            if record.index >= index or index - record.index > window:
                continue
            for counted, frames, _named in record.counted:
                if counted == value and frames:
                    return record
            if _summed(record, value):
                return record
        return None

    def holders_for_count(self, value: int, index: int, window: int = 12, goals: bool = False) -> list:
        """The holders an earlier sentence counted and named ("tiga provinsi ... yakni A, B dan C").

        A sentence that names exactly that many wins over one whose names run on into the next
        sentences ("Kesembilan daerah tersebut yakni Kota Banda Aceh, Sabang, Langsa dan
        Lhoksumawe. Berikutnya Kabupaten Aceh Besar, ..."), which wins over a sentence just before
        that names that many without counting them."""
        counting = [r for r in reversed(self.records)
                    if r.index < index and index - r.index <= window and any(c == value for c, _, _ in r.counted)]
        for record in counting:
            for counted, _frames, named in record.counted:
                if counted == value and len(named) == value:
                    return named
            if len(distinct_holders(record.holder_list)) == value:
                return distinct_holders(record.holder_list)
        for record in counting:
            pool = [h for c, _, named in record.counted if c == value for h in named] or list(record.holder_list)
            for later in self.records:
                if later.index <= record.index or later.index >= index or len(distinct_holders(pool)) >= value:
                    continue
                # ("Mereka adalah A, B dan C. Selanjutnya D ...": a pronoun opens the names of the count)
                opens = any(c is None for c, _, _ in later.counted)
                if later.index - record.index > 3 or not later.holder_list or not (later.continues or opens):
                    break
                pool += later.holder_list
            if len(distinct_holders(pool)) == value:
                return distinct_holders(pool)
        # "1. Kota Jambi" ... "10. Tanjung Jabung Timur", then "kesepuluh kabupaten/kota itu": a
        # numbered or bulleted list not far before, one item a sentence, of exactly that many
        run: list = []
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > window + value:
                break
            if record.holder_list and record.continues:
                run = list(record.holder_list) + run
                continue
            if len(distinct_holders(run)) == value:
                return distinct_holders(run)
            run = []
        if len(distinct_holders(run)) == value:
            return distinct_holders(run)
        # "... Mabar ... turun menjadi WDP. Opini WDP juga diberikan kepada Sabu Raijua dan Sumba
        # Barat Daya. [...] Ketiga daerah tersebut harus ... agar opini WTP bisa diraih": the holders
        # of the last few sentences that got the same grade, counted back to exactly that many, as
        # the ones a goal is set for (a count that is itself given a grade names its own holders)
        pooled = self._same_grade_run(value, index) if goals else []
        if pooled:
            return pooled
        # "Kabupaten Ketapang, Landak dan Melawi belum memenuhi kriteria ... Ketiganya akan
        # didampingi ...": a sentence just before that names exactly that many holders
        named = self.holders_just_before(index)
        if len(named) == value:
            return named
        # "Penyerahan itu meliputi Kota Gorontalo, ... dan Kabupaten Pohuwato. [two sentences on the
        # ceremony] ... keenam LKPD Tahun Anggaran 2023 itu mendapat opini WTP": a sentence a little
        # further back that names exactly that many
        # (not when a sentence counted them and named them otherwise, nor the title's names; a count that named
        # nobody, "... menyerahkan penghargaan KKPHAM kepada sembilan pemerintah kabupaten/kota se-Bali", leaves the
        # names to the sentence that gives them)
        if any(names_given for record in counting for c, _, names_given in record.counted if c == value):
            return []
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > 5 or record.index == 0:
                break
            if len(distinct_holders(record.holder_list)) == value and value > 1:
                return distinct_holders(record.holder_list)
        return []

    def holders_together(self, value: int, index: int) -> list:
        """The holders of the last few sentences before ``index`` together, counted back to exactly ``value`` of them
        ("Kulon Progo kembali menerima penghargaan ... Di DIY, penghargaan serupa juga diberikan kepada Kota Yogyakarta,
        Kabupaten Sleman, Bantul dan Gunungkidul"), or none."""
        pool: list = []
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > 5 or record.index == 0:
                break
            pool = [h for h in record.holder_list if isinstance(h, RegionMention)] + pool  # (regions are counted)
            if len(distinct_holders(pool)) >= value:
                break
        found = distinct_holders(pool)
        return found if value > 1 and len(found) == value else []

    def holders_just_before(self, index: int, window: int = 2) -> list:
        """The holders named by the nearest of the ``window`` sentences before ``index`` that names any."""
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > window:
                break
            if record.holder_list:
                return distinct_holders(record.holder_list)
        return []

    def record_holder(self, index: int, window: int = 3):
        """The one holder a record's first line names, for the field lines under it ("1. Kabupaten Tebo"
        then "Nilai kepatuhan: 92,5", "Opini: kualitas tertinggi"), when no line between names another."""
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > window:
                return None
            if record.holder_list:
                named = distinct_holders(record.holder_list)
                return named[0] if len(named) == 1 else None
        return None

    def last_list(self, index: int, window: int = 2) -> list:
        """The holders of the list the nearest sentences before ``index`` named, with the sentences
        it ran on from ("... ialah Kabupaten Kotabaru, Banjar ... Selanjutnya Kabupaten Barito Kuala, ...")."""
        found: list = []
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if not found:
                if index - record.index > window:
                    break
                if record.holder_list:
                    found = list(record.holder_list)
                    runs_on = record.continues
                continue
            if not runs_on or not record.holder_list:
                break
            found = list(record.holder_list) + found
            runs_on = record.continues
        return distinct_holders(found)

    def _same_grade_run(self, value: int, index: int, window: int = 4) -> list:
        pool: list = []
        grades: set | None = None
        for record in reversed(self.records):
            if record.index >= index:
                continue
            if index - record.index > window:
                break
            if not record.holder_list or not record.frames:
                continue
            kinds = {(f.label, f.grade) for f in record.frames if f.grade and f.status == "achieved"}
            grades = kinds if grades is None else grades & kinds
            if not grades:
                return []
            pool = list(record.holder_list) + pool
            found = distinct_holders(pool)
            if len(found) == value:
                return found
            if len(found) > value:
                return []
        return []

    def frames_for_count(self, value: int, index: int, window: int = 8) -> tuple[list[Frame], str | None]:
        record = self.by_count(value, index, window)
        if record is None:
            return [], None
        frames = [f for counted, fs, _named in record.counted if counted == value for f in fs]
        if not frames and _summed(record, value):
            frames = next(list(fs) for counted, fs, _named in record.counted if counted and fs)
        return frames, record.level_hint

    def held_when_first_counted(self, value: int, index: int) -> list[Frame]:
        """"Pada penilaian sebelumnya, delapan kabupaten/kota di Kalbar telah menyandang predikat KKPHAM tahun 2023.
        Kami minta delapan daerah itu mempertahankannya tahun ini. Kedelapan daerah tersebut adalah ...": the achieved
        frames of the count of ``value`` the sentence just before the latest one made, when the latest one only asked
        the same number to keep it (a count asked to get it does not hold it: "Kami dorong tiga daerah lainnya meraih
        predikat itu")."""
        return self._told_of_the_count_before(value, index, "maintain_target", "achieved", window=1)

    def goals_when_counted_before(self, value: int, index: int) -> list[Frame]:
        """"Kanwil ... mendorong sembilan kabupaten ... agar dapat meraih predikat ... pada penilaian tahun 2022. '... Sembilan
        kabupaten lainnya belum berhasil,' kata ... Kesembilan kabupaten tersebut yaitu ...": the goals an earlier count of
        ``value`` was set, when the latest count of as many was only denied the predikat (they lack it and aim at it)."""
        return self._told_of_the_count_before(value, index, "not_achieved", "target")

    def _told_of_the_count_before(self, value: int, index: int, latest_status: str, wanted: str,
                                  window: int = 8) -> list[Frame]:
        """The ``wanted`` frames the count of ``value`` before the latest one was told, of the predikat the latest one
        spoke of, when everything the latest one said of its count has ``latest_status``."""
        latest = self.by_count(value, index)
        if latest is None:
            return []
        told = [f for counted, fs, _ in latest.counted if counted == value for f in fs]
        if not told or any(f.status != latest_status for f in told):
            return []
        earlier = self.by_count(value, latest.index, window=window)
        if earlier is None:
            return []
        labels = {f.label for f in told}
        return [f for counted, fs, _ in earlier.counted if counted == value for f in fs
                if f.status == wanted and f.label in labels]

    def frames_of_a_larger_count(self, value: int, index: int, window: int = 3) -> list[Frame]:
        """The frames of the latest whole larger than ``value`` counted in the ``window`` sentences before ``index``
        ("Sebanyak 12 dari 19 kabupaten/kota ... ditetapkan ... Dari jumlah tersebut, tujuh di antaranya ...")."""
        for record in reversed(self.records):
            if index - window <= record.index < index:
                frames = [f for counted, fs, _ in record.counted if counted and counted > value for f in fs]
                if frames:
                    return frames
        return []

    def title_keeping(self, value: int) -> list[Frame]:
        """The keeping the title (sentence 0) asked of a count of ``value`` holders it names none of."""
        title = next((r for r in self.records if r.index == 0), None)
        if title is None or title.holders:
            return []
        return [f for counted, fs, _named in title.counted if counted == value for f in fs
                if f.status == "maintain_target"]

    def lead_keeping(self, value: int, index: int) -> list[Frame]:
        """The keeping the title or the lead (sentences 0-2, before ``index``) asked of a count of ``value`` holders
        it named none of ("Kanwil ... meminta sembilan kabupaten/kota di Pulau Dewata mempertahankan predikat KKPHAM pada
        penilaian tahun 2024")."""
        return [f for r in self.records if r.index <= 2 and r.index < index
                for counted, fs, named in r.counted if counted == value and not named for f in fs
                if f.status == "maintain_target" and f.year is not None]

    def latest_with_frames(self, index: int, window: int = 3) -> SentenceRecord | None:
        for record in reversed(self.records):
            if record.index < index and index - record.index <= window and record.frames:
                return record
        return None

    def year_for(self, label: str, status: str, index: int, grade: str | None = None) -> int | None:
        """The year an earlier frame gave the same predikat and status ("mempertahankan predikat
        KKPHAM pada tahun ini" ... later "12 daerah diharapkan mempertahankan predikat KKPHAM")."""
        for record in reversed(self.records):
            if record.index >= index or not record.addressed:
                continue
            for frame in record.frames:
                if frame.label == label and frame.status == status and frame.year is not None \
                        and (grade is None or frame.grade is None or frame.grade == grade):
                    # "Pemprov ditargetkan meraih predikat A pada 2024 ... Boltim didorong naik ke
                    # predikat B": another grade's goal gives no year
                    return frame.year
        return None


def holder_key(holder) -> str:
    """One key per holder: a region's code, a unit's name."""
    return getattr(holder, "code", None) or holder.text


def distinct_holders(holders: list) -> list:
    """One holder per region or unit, in the order of first mention."""
    return list({holder_key(h): h for h in holders}.values())


def _summed(record: SentenceRecord, value: int) -> bool:
    """Whether ``record`` counted parts that add up to ``value``, all with the same frames: "meresmikan empat nagari dan
    satu kelurahan ... sebagai Desa/Kelurahan Sadar Hukum", then "Kelima desa/kelurahan tersebut ialah ..."."""
    parts = [(counted, fs) for counted, fs, _named in record.counted if counted and fs]
    return len(parts) >= 2 and sum(c for c, _ in parts) == value and all(fs == parts[0][1] for _, fs in parts)

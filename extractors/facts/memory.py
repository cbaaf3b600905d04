"""What earlier sentences said, for lists and counts that point back to them.

"Kemenkumham menetapkan enam kabupaten dan kota ... sebagai daerah Peduli HAM. Keenam
Kabupaten/Kota tersebut ialah ..." - the second sentence's names take the first one's frames,
found by the count (6). "Mereka adalah ..." takes the nearest sentence before it that had frames.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from extractors.facts.frames import Frame


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
        return None

    def holders_for_count(self, value: int, index: int, window: int = 8) -> list:
        """The holders an earlier sentence counted and named ("tiga provinsi ... yakni A, B dan C")."""
        for record in reversed(self.records):
            if record.index >= index or index - record.index > window:
                continue
            for counted, _frames, named in record.counted:
                if counted == value and len(named) == value:
                    return named
        # "Kabupaten Ketapang, Landak dan Melawi belum memenuhi kriteria ... Ketiganya akan
        # didampingi ...": a sentence just before that names exactly that many holders
        for record in reversed(self.records):
            if record.index >= index or index - record.index > 2:
                continue
            distinct = list({_key(h): h for h in record.holder_list}.values())
            if distinct:
                return distinct if len(distinct) == value else []
        return []

    def frames_for_count(self, value: int, index: int, window: int = 8) -> tuple[list[Frame], str | None]:
        record = self.by_count(value, index, window)
        if record is None:
            return [], None
        frames = [f for counted, fs, _named in record.counted if counted == value for f in fs]
        return frames, record.level_hint

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


def _key(holder) -> str:
    """One key per holder: a region's code, a unit's name."""
    return getattr(holder, "code", None) or holder.text

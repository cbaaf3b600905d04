"""Places in a ranking, read as grades: "terbaik pertama" -> "Terbaik 1", "urutan ke-4" ->
"Peringkat 4", "3 (tiga) besar" -> "Top 3".

An award ranked within its programme ("pengelola terbaik pertama JDIHN 2020", "menembus 3 (tiga)
besar" of the Ombudsman's compliance survey) is annotated with the place as its grade. The words
live in ``data/lexicon/structure.toml`` under ``[ranks]``; this module only reads token sequences.
"""

from __future__ import annotations

from typing import NamedTuple

from extractors.lexicon import rank_words, structure

_R = rank_words()
_NUMBER_WORDS = {k: v for k, v in structure().number_words.items() if " " not in k and k != "se"}
_ROMAN = {k for k in _R.ordinals if set(k) <= set("ivx")}
# the words that can start or end a rank
RANK_WORDS = _R.best | _R.position | _R.top


# a place further down is a position in a league table ("peringkat 74 dari 500 daerah"), not an award
_LAST_PLACE = 10


class Rank(NamedTuple):
    start: int
    end: int  # token indices of the whole phrase, rank word included
    grade: str


def _place(words: list[str], i: int) -> tuple[int, int] | None:
    """The place written at token ``i``, and the token after it: "1", "I", "pertama", "ke-4", "ke 6"."""
    if i >= len(words):
        return None
    word = words[i]
    low = word.lower()
    if low == "ke":
        # "ke-4", "ke 6"
        j = i + 1 + (i + 1 < len(words) and words[i + 1] == "-")
        if j < len(words) and words[j].isdigit() and 0 < int(words[j]) <= _LAST_PLACE:
            return int(words[j]), j + 1
        return None
    if word.isdigit() and 0 < int(word) <= _LAST_PLACE:
        return int(word), i + 1
    if low in _ROMAN:
        return (_R.ordinals[low], i + 1) if word.isupper() else None
    if low in _R.ordinals:
        return _R.ordinals[low], i + 1
    if low in _NUMBER_WORDS and words[i - 1].lower() in _R.position:
        return _NUMBER_WORDS[low], i + 1  # "menempati peringkat tiga"
    return None


def _count_before(words: list[str], i: int) -> tuple[int, int] | None:
    """The number ending at token ``i - 1`` and where it starts: "3", "tiga", "3 (tiga)"."""
    j = i - 1
    if j >= 3 and words[j] == ")" and words[j - 2] == "(":
        j -= 3  # "3 (tiga) besar": the figure, spelled out again in brackets
    if j < 0:
        return None
    word = words[j].lower()
    if word.isdigit() and 0 < int(word) <= _LAST_PLACE:
        return int(word), j
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word], j
    return None


def _from_bottom(lower: list[str], i: int) -> bool:
    """ "kelima terendah", "ketujuh dari bawah": the place at ``i`` is counted from the last."""
    return i < len(lower) and (lower[i] in _R.from_bottom
                               or lower[i] == "dari" and i + 1 < len(lower) and lower[i + 1] in _R.from_bottom)


def _lowest_first(lower: list[str], i: int, window: int = 20) -> bool:
    """ "persentase paling rendah ditempati Nias Barat di peringkat satu terbawah, disusul Labuhanbatu di
    peringkat kedua": a ranking from the lowest, said earlier in the sentence."""
    for k in range(i - 1, max(-1, i - 1 - window), -1):
        if lower[k] in {".", "!", "?"}:
            return False
        if lower[k] in _R.from_bottom and lower[k] != "bawah" or lower[k] == "rendah" and lower[k - 1] == "paling":
            return True
    return False


def grade_for(rank: Rank, label: str | None) -> str | None:
    """The grade a place is annotated as for ``label``: "Terbaik Nasional" for any top place of
    Peduli HAM, none for a place among the informative public bodies, else the place itself."""
    return (_R.label_grades.get(label, rank.grade) if label else rank.grade) or None


def find_ranks(words: list[str], lower: list[str] | None = None) -> list[Rank]:
    """Every ranking place in ``words`` (the tokens' texts; ``lower``: the same lower-cased, when
    the caller has them), in order."""
    lower = [w.lower() for w in words] if lower is None else lower
    found = []
    for i in [k for k, w in enumerate(lower) if w in RANK_WORDS]:
        low = lower[i]
        if low in _R.best or low in _R.position:
            place = _place(words, i + 1)
            if place is not None and not _from_bottom(lower, place[1]) and not _lowest_first(lower, i):
                grade = _R.best_grade if low in _R.best else _R.position_grade
                found.append(Rank(i, place[1], f"{grade} {place[0]}"))
        else:
            count = _count_before(words, i)
            if count is not None:
                found.append(Rank(count[1], i + 1, f"{_R.top_grade} {count[0]}"))
    return found

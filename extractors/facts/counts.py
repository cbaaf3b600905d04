"""Counted holders: "12 kabupaten/kota", "Lima daerah", "Kedua belas daerah itu", "Mereka".

A list of names often follows a sentence that only counts its holders ("Kemenkumham menetapkan
enam kabupaten dan kota ... Keenam Kabupaten/Kota tersebut ialah ..."). Counts let the assembler
link the names back to the sentence that said what they got.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from extractors.lexicon import structure
from extractors.model import CountMention
from extractors.tokens import sentence_bounds, view

_S = structure()
_COLLECTIVE = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6, "ketujuh": 7, "kedelapan": 8,
               "kesembilan": 9, "kesepuluh": 10, "kesebelas": 11}
# ("seluruhnya juga meraih opini serupa pada tahun sebelumnya": all of the ones just named)
_PRONOUNS = {"mereka": None, "seluruhnya": None, "semuanya": None, "kesemuanya": None, "keduanya": 2, "ketiganya": 3, "keempatnya": 4, "kelimanya": 5, "keenamnya": 6,
             "ketujuhnya": 7, "kedelapannya": 8, "kesembilannya": 9, "kesepuluhnya": 10}
_LEVEL_NOUNS = {"kabupaten": "kabupaten", "kab": "kabupaten", "pemkab": "kabupaten", "kota": "kota",
                "pemkot": "kota", "provinsi": "provinsi", "pemprov": "provinsi"}
_PARTITIVE = {"dari", "diantara", "antara"}
_ALL = _S.wholes
# words a count can start with: pronouns, collectives ("keenam", "ke" of "ke - 18") and the first
# word of every number word; besides these only digits and "ke-18" can
_NUMBER_STARTS = frozenset(w.split()[0] for w in _S.number_words)  # the first word of every number word
_STARTERS = frozenset(_PRONOUNS) | frozenset(_COLLECTIVE) | {"ke"} | _NUMBER_STARTS \
    | {f"{noun}-{noun}" for noun in _S.count_nouns if " " not in noun and "/" not in noun} | _ALL | _S.some_of_them
_BACK = {"tersebut", "itu", "ini"}


def noun_at(sent_tokens: list[str], i: int) -> tuple[int, str] | None:
    """A count noun starting at ``i``: returns (length, noun)."""
    for length in (3, 2, 1):
        words = sent_tokens[i : i + length]
        if len(words) < length:
            continue
        phrase = " ".join(words).replace(" / ", "/").replace("/ ", "/ ")
        for candidate in (phrase, " ".join(words), "".join(words)):
            if candidate in _S.count_nouns:
                return length, candidate
    return None


def number_at(words: list[str], i: int) -> tuple[int, int] | None:
    """A number at ``i`` as digits or words: returns (length, value)."""
    word = words[i]
    if word.isdigit() and 0 < int(word) < 1000 and len(word) < 4:
        length = 1
        # "6 (Enam) Kabupaten/Kota"
        if i + 3 < len(words) and words[i + 1] == "(" and words[i + 3] == ")":
            length = 4
        return length, int(word)
    for length in (3, 2, 1):
        phrase = " ".join(words[i : i + length])
        if phrase in _S.number_words and len(words[i : i + length]) == length:
            return length, _S.number_words[phrase]
    return None


_IN_A_ROW = {"berturut-turut", "berturut", "beruntun", "berturut-berturut"}


def streak_lengths(doc: Doc, start: int, end: int) -> set[int]:
    """The lengths of the streaks told in ``doc[start:end]``: "sembilan kali berturut-turut", "lima
    tahun beruntun"."""
    words = view(doc).lower[start:end]
    found = set()
    for k, word in enumerate(words):
        if word in {"kali", "tahun"} and k + 1 < len(words) and words[k + 1] in _IN_A_ROW:
            for back in (1, 2, 3):
                if k - back >= 0 and (number := number_at(words, k - back)) is not None and number[0] == back:
                    found.add(number[1])
                    break
    return found


def find_counts(doc: Doc, sent: Span) -> list[CountMention]:
    words = view(doc).lower[sent.start : sent.end]
    base = sent.start
    counts: list[CountMention] = []
    # most words cannot start a count: jump between the ones that can
    starts = [k for k, w in enumerate(words) if w in _STARTERS or w[:1].isdigit() or w[:3] == "ke-"]
    i = 0
    for k in starts:
        if k < i:
            continue  # inside the count found last
        i = k
        word = words[i]
        if word in _ALL:
            # "seluruh pemerintah daerah penerima LHP tersebut meraih opini WTP": all of those named before
            back = next((k for k in range(i + 1, min(len(words), i + 7)) if words[k] in _BACK), None)
            # (not "seluruh kabupaten/kota mempertahankan predikat tersebut": the pointer there is the predikat's)
            if back is not None and noun_at(words, i + 1) and all(w.isalpha() or "/" in w for w in words[i + 1 : back]) \
                    and words[back - 1] not in _S.predikat_nouns:
                counts.append(CountMention(base + i, base + back + 1, None, None, True, whole=True))
                i = back + 1
            continue
        if word in _S.some_of_them:
            # "Beberapa di antaranya adalah A, B dan C": some of the ones counted before, each named
            # (of a number counted in the sentence before: not of "daerah yang sudah menyandang predikat", whose own
            # reading stands)
            among = 2 if words[i + 1 : i + 3] == ["di", "antaranya"] else 1 if words[i + 1 : i + 2] == ["diantaranya"] else 0
            if among and i == 0 and _counted_before(doc, sent):
                counts.append(CountMention(base + i, base + i + 1 + among, None, None, True))
                i += 1 + among
            continue
        if word in _PRONOUNS or _plural_back(words, i):
            counts.append(CountMention(base + i, base + i + 1, _PRONOUNS.get(word), None, True))
            i += 1
            continue
        collective = collective_at(words, i)
        if collective is not None:
            length, value = collective
            noun = noun_at(words, i + length)
            level = _LEVEL_NOUNS.get(noun[1]) if noun else None
            end = i + length + (noun[0] if noun else 0)
            counts.append(CountMention(base + i, base + end, value, level, True))
            i = end
            continue
        number = number_at(words, i)
        if number is not None:
            length, value = number
            j = i + length
            noun = noun_at(words, j)
            if words[j : j + 2] == ["di", "antaranya"]:
                subject_words = 2
            elif words[j : j + 1] and words[j] in {"diantaranya", "sisanya", "lainnya"}:
                subject_words = 1
            else:
                subject_words = 0
            if (noun or subject_words) and _inside_region_name(doc, base + i):
                i = j  # "Kabupaten 50 Kota": a region's name, not a count
                continue
            if noun or subject_words:
                end = j + (noun[0] if noun else subject_words)
                level = _LEVEL_NOUNS.get(noun[1]) if noun else None
                back = any(w in _BACK for w in words[end : end + 3]) and not words[end : end + 1] == ["yang"]
                partitive = i > 0 and (words[i - 1] in _PARTITIVE or words[max(0, i - 2) : i] == ["dari", "total"])
                mention = CountMention(base + i, base + end, value, level, back)
                if partitive and not back:
                    # "dari 17 daerah": the whole, not the holders; kept apart for the assembler
                    mention.partitive = True
                counts.append(mention)
                i = end
                continue
            whole = number_at(words, j + 1) if words[j : j + 1] == ["dari"] and j + 1 < len(words) else None
            if whole is not None and noun_at(words, j + 1 + whole[0]) and value < whole[1]:
                # "tujuh dari delapan daerah": the seven are counted; the eight after "dari" are the whole
                noun = noun_at(words, j + 1 + whole[0])
                counts.append(CountMention(base + i, base + j, value, _LEVEL_NOUNS.get(noun[1]), False))
                i = j
                continue
            whole = _whole_named_before(doc, sent, i) if words[j : j + 1] and words[j] in _S.elided_count_next else None
            if whole is not None and value < whole[0]:
                # "Dari sepuluh kabupaten/kota di NTB, delapan sudah menyandang predikat ... Dua yang belum
                # adalah ...": a part of a whole counted just before, its noun left out
                counts.append(CountMention(base + i, base + j, value, whole[1], False))
                i = j
                continue
        i += 1
    return counts


def _whole_named_before(doc: Doc, sent: Span, i: int) -> tuple[int, str | None] | None:
    """The whole "dari sepuluh kabupaten/kota" counted before token ``i`` of ``sent`` (or in the
    sentence before it): (its value, its level)."""
    lower = view(doc).lower
    start = sent.start
    if start > 0:
        start = sentence_bounds(doc, start - 1)[0]
    words = lower[start : sent.start + i]
    for k in range(len(words) - 2, -1, -1):
        if words[k] != "dari":
            continue
        number = number_at(words, k + 1)
        if number is None:
            continue
        noun = noun_at(words, k + 1 + number[0])
        if noun is not None:
            return number[1], _LEVEL_NOUNS.get(noun[1])
    return None


def _counted_before(doc: Doc, sent: Span) -> bool:
    """Whether the sentence before ``sent`` counts holders with a number ("13 kabupaten lainnya belum mencapai ...")."""
    if sent.start == 0:
        return False
    start = sentence_bounds(doc, sent.start - 1)[0]
    words = view(doc).lower[start : sent.start]
    return any((number := number_at(words, k)) is not None and noun_at(words, k + number[0]) is not None
               for k, w in enumerate(words) if w[:1].isdigit() or w in _NUMBER_STARTS)


_REGION_TOKENS = "predikat_region_name_tokens"


def _inside_region_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is part of a region's name (the token set built once per document)."""
    tokens = doc.user_data.get(_REGION_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_REGION_TOKENS] = frozenset(k for r in doc._.regions or [] for k in range(r.start, r.end))
    return i in tokens


def _plural_back(words: list[str], i: int) -> bool:
    """"Daerah-daerah itu", "kabupaten-kabupaten tersebut": a plural pointing back like "mereka"."""
    head, _, again = words[i].partition("-")
    return head == again and head in _S.count_nouns and i + 1 < len(words) and words[i + 1] in _BACK


def collective_at(words: list[str], i: int) -> tuple[int, int] | None:
    """"Kedua belas", "Keenam", "Ketujuhnya" (handled as pronoun), "ke-18": (length, value) of the
    ordinal at ``i``, or None."""
    word = words[i]
    if word in _COLLECTIVE:
        if i + 1 < len(words) and words[i + 1] == "belas":
            return 2, _COLLECTIVE[word] + 10
        if i + 1 < len(words) and words[i + 1] == "puluh":
            return 2, _COLLECTIVE[word] * 10
        return 1, _COLLECTIVE[word]
    if word == "ke" and i + 2 < len(words) and words[i + 1] == "-" and words[i + 2].isdigit():
        return 3, int(words[i + 2])
    if word.startswith("ke-") and word[3:].isdigit():
        return 1, int(word[3:])
    return None


def level_hint(doc: Doc, sent: Span, counts: list[CountMention], predikat_tokens: set[int]) -> str | None:
    """The level the sentence's counted holders have: "16 di antaranya berstatus kabupaten",
    "tujuh sisanya merupakan kota", "tiga kabupaten". Only a single unambiguous level counts."""
    levels = {c.level_hint for c in counts if c.level_hint}
    words = view(doc).lower[sent.start : sent.end]
    for k, word in enumerate(words[:-1]):
        if word in {"berstatus", "merupakan", "sebagai", "adalah", "kategori"}:
            nxt = words[k + 1]
            index = sent.start + k + 1
            if nxt in ("kabupaten", "kota") and index not in predikat_tokens:
                following = words[k + 2] if k + 2 < len(words) else ""
                if following not in {"/", "dan"} and not following.startswith("/"):
                    levels.add(nxt)
    return levels.pop() if len(levels) == 1 else None

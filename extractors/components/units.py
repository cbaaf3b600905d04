"""``predikat_units``: work units (prisons, police resorts, courts, offices, villages) as holders.

"Lapas Kelas IIA Curup di Kabupaten Rejang Lebong meraih WBK" is a fact for the Lapas, never for
Kabupaten Rejang Lebong. A unit span is a head from ``data/lexicon/units.csv`` plus its name
(class words and capitalised words, regions included). Regions inside the span get the role
``unit``; a region right after the unit with "di" is where the unit is (role ``location``).

Only an explicit location, or a typed region inside the name ("BPS Kabupaten Purbalingga"),
sets ``UnitMention.region_code``: "Polres Pacitan" names a police resort, not where Kabupaten
Pacitan's facts go. A village (Desa Sadar Hukum) also takes the kabupaten or kota named last before it in
its sentence ("Kabupaten Gianyar memperoleh empat, yakni Desa Mas, Desa Taro, ...").

Results: ``doc._.units``; region roles are updated in ``doc._.regions``.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractors.lexicon import unit_heads
from extractors.model import UnitMention
from extractors.tokens import sentence_bounds

if not Doc.has_extension("units"):
    Doc.set_extension("units", default=None)

_CLASS = re.compile(r"^(?:kelas|klas|kls|tipe)$", re.IGNORECASE)
_CLASS_VALUE = re.compile(r"^(?:I{1,3}[AB]?|IV|[123][AB]?|Khusus|Utama|Madya|Pratama)$", re.IGNORECASE)
_NAME_CONNECTORS = {"-", "'", "’", "/", "&"}
_LOCATION_GAP = {"yang", "berada", "berlokasi", "terletak", "di", "wilayah", "kabupaten", "kota", "provinsi", "kab", "kab."}
_SUBDISTRICTS = {"kecamatan", "kec", "kec."}  # "di Kecamatan Glagah, Kabupaten Banyuwangi"


_INTRODUCING = {"yakni", "yaitu", "ialah", "adalah", "dari", "dengan", ":", "ada", "terdapat"}
# what may stand between a village and "di" its kabupaten: the other villages it is listed with ("Desa Silawan dan
# Dualaus di Kabupaten Belu")
_VILLAGE_LIST_GLUE = {",", "dan", "serta"}
_CONTRASTING = {"sedangkan", "sementara", "namun", "tetapi", ";"}


def _kabupaten_before(doc: Doc, unit: UnitMention, regions) -> str | None:
    """The kabupaten or kota named last before a village in its sentence, the village introduced after it ("Kabupaten
    Gianyar memperoleh empat, yakni Desa Mas, Desa Taro, ...", "Dari Kabupaten Badung, yang diresmikan ialah Desa
    Sangeh, ..."): where the village is. (Not across a contrast: "Kabupaten Badung meraih predikat KKPHAM, sedangkan
    penghargaan Desa Sadar Hukum diraih Desa Taro".)"""
    opening = sentence_bounds(doc, unit.start)[0]
    before = [r for r in regions if opening <= r.start < unit.start and r.code and r.level in {"kabupaten", "kota"}
              and r.role in {"holder", "location"}]
    if not before:
        return None
    between = {t.lower_ for t in doc[before[-1].end : unit.start]}
    return before[-1].code if between & _INTRODUCING and not between & _CONTRASTING else None


@Language.factory("predikat_units", default_config={"max_name_tokens": 10})
def make_units(nlp: Language, name: str, max_name_tokens: int) -> "UnitFinder":
    return UnitFinder(nlp, max_name_tokens)


class UnitFinder:
    def __init__(self, nlp: Language, max_name_tokens: int) -> None:
        self.max_name_tokens = max_name_tokens
        self.kinds = {head.lower(): kind for head, kind in unit_heads().items()}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for head in unit_heads():
            self.matcher.add(head.lower(), [nlp.make_doc(head)])

    def __call__(self, doc: Doc) -> Doc:
        regions = doc._.regions or []
        # a unit's name never runs into a predikat or a status verb ("Lapas Curup Meraih WBK")
        stops = {i for p in doc._.predikat or [] for i in range(p.start, p.end)}
        stops |= {i for c in doc._.cues or [] if c.kind in {"achieve", "maintain", "coach"} for i in range(c.start, c.end)}
        region_at = {}
        for r in regions:
            for i in range(r.mention_start, r.end):
                region_at[i] = r
        heads = []
        for match_id, start, end in self.matcher(doc):
            if doc[start].text[:1].isupper():
                heads.append((start, end, doc.vocab.strings[match_id]))
        heads.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        head_starts = {h[0] for h in heads}
        units: list[UnitMention] = []
        covered = -1
        for start, end, key in heads:
            if start < covered:
                continue
            name_end = self._name_end(doc, start, end, region_at, stops, head_starts)
            if name_end == end:
                continue  # a bare "Lapas" or "desa" is a common noun, not a unit's name
            span = doc[start:name_end]
            unit = UnitMention(start, name_end, span.start_char, span.end_char, span.text, self.kinds[key])
            inside = {id(r): r for i in range(end, name_end) if (r := region_at.get(i)) is not None}
            for r in inside.values():
                r.role = "unit"
                if r.type_level and r.code:
                    unit.region_code = r.code
            location = self._location_after(doc, name_end, region_at, listed=self.kinds[key] == "village")
            if location is not None:
                location.role = "location"
                unit.region_code = location.code
            units.append(unit)
            covered = name_end
        for unit in units:
            if unit.kind == "village" and unit.region_code is None:
                unit.region_code = _kabupaten_before(doc, unit, regions)
        doc._.units = units
        return doc

    def _name_end(self, doc: Doc, start: int, i: int, region_at: dict, stops: set[int], head_starts: set[int]) -> int:
        """Where the unit's name ends: class words, then capitalised words, regions and "(ACRONYM)"."""
        n = len(doc)
        if i < n and _CLASS.match(doc[i].text) and i + 1 < n and _CLASS_VALUE.match(doc[i + 1].text):
            i += 2
        taken = 0
        while i < n and taken < self.max_name_tokens and i not in stops:
            text = doc[i].text
            if i in region_at and region_at[i].role not in {"dateline"}:
                i += 1
            elif text[:1].isupper() and (doc[i].is_alpha or text[:1].isalpha()) and text.lower() not in self.kinds:
                i += 1
            elif text in _NAME_CONNECTORS and i + 1 < n and doc[i + 1].text[:1].isupper() and not doc[i - 1].whitespace_:
                i += 1
            elif text.lower() == "dan" and i + 1 < n and doc[i + 1].text[:1].isupper() and doc[i + 1].text.lower() not in self.kinds \
                    and i + 2 < n and doc[i + 2].text[:1].isupper() and doc[i + 2].text.lower() not in self.kinds:
                # "Dinas Kependudukan dan Pencatatan Sipil" (not "Empat Nagari dan Satu Kelurahan": two counted groups)
                i += 1
            elif text == "," and self.kinds.get(doc[start].text.lower()) == "dinas" and i + 1 < n \
                    and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and i + 1 not in stops \
                    and i + 1 not in head_starts and not any(k in region_at for k in range(start, i + 2)):
                i += 1  # "Dinas Komunikasi, Informatika dan Statistik Kota Denpasar": one office, named by its affairs
            elif text == "(" and i + 2 < n and doc[i + 2].text == ")" and doc[i + 1].text.isupper():
                i += 3  # "(PTSP)"
            else:
                break
            taken += 1
        return i

    @staticmethod
    def _location_after(doc: Doc, i: int, region_at: dict, listed: bool = False):
        """"Lapas Kelas IIA Curup di Kabupaten Rejang Lebong": the region after "di". ``listed``: a village may be
        listed with others before it ("Desa Silawan dan Dualaus di Kabupaten Belu")."""
        if listed:
            while i < len(doc) and i not in region_at and (doc[i].text.lower() in _VILLAGE_LIST_GLUE
                                                          or doc[i].text[:1].isupper() and doc[i].is_alpha):
                i += 1
        j = i
        saw_di = False
        while j < len(doc) and j - i < 5:
            if j in region_at:
                return region_at[j] if saw_di else None
            low = doc[j].text.lower()
            if low == "di":
                saw_di = True
            elif saw_di and low in _SUBDISTRICTS:
                # "Desa Kemiren di Kecamatan Glagah, Kabupaten Banyuwangi": the kecamatan's name (which may be a region's
                # too) and a comma, then the region
                k = j + 1
                while k < len(doc) and k - j <= 4 and doc[k].text[:1].isupper() and doc[k].is_alpha:
                    k += 1
                if k == j + 1 or k >= len(doc) or doc[k].text != ",":
                    return None
                i = j = k + 1  # (the window starts again after the comma)
                continue
            elif low not in _LOCATION_GAP:
                return None
            j += 1
        return None

"""``predikat_regions``: find region names and link each to its Kemendagri code.

Steps, each small and separately testable:
1. exact pass: a PhraseMatcher on lower-cased official names, aliases and spacing variants;
2. parenthetical merge: "Ogan Komering Ulu (OKU) Selatan", "Kota Tangerang Selatan (Tangsel)";
3. fuzzy pass (rapidfuzz, bounded): capitalised word runs the exact pass missed, in list or
   type-word context only ("Penukal Abab Pematang Ilir", "Panajam Paser Utara"), scored lower;
4. type words ("Kabupaten", "Kab.", "Pemkot", "Bupati") fix the level; lists pass the level on
   ("Kabupaten Lahat, Muara Enim, ... serta Kota Lubuklinggau, Pagaralam"); the article's other
   mentions and its province decide what is left;
5. roles: a region in a dateline, after "di"/"se-", inside an office name ("Kanwil Kemenkumham
   Sumsel"), in a person's name or a speech tag is not a holder.

Results: ``doc._.regions`` (``RegionMention`` list, in order) and ``doc._.province_context``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from rapidfuzz import fuzz, process
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractors.gazetteer import Gazetteer, fold
from extractors.lexicon import region_context, status_lexicon, structure, time_words
from extractors.model import RegionMention
from extractors.text.read_also import READ_ALSO
from extractors.tokens import TokenView, sentence_bounds, view

for _name in ("regions", "province_context"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

_NAME_GLUE = structure().name_glue  # between coordinated names: ",", "dan", "serta"
_OPENERS = {"(", "["}
_NAME_CONNECTORS = {"dan", "di"}
_CLOSERS = {")", "]"}


@Language.factory(
    "predikat_regions",
    default_config={"fuzzy_cutoff": 88.0, "fuzzy_min_chars": 8, "default_pair_level": "kota"},
)
def make_regions(nlp: Language, name: str, fuzzy_cutoff: float, fuzzy_min_chars: int, default_pair_level: str):
    return RegionLinker(nlp, Gazetteer.load(), fuzzy_cutoff, fuzzy_min_chars, default_pair_level)


# words before the number of an address
_DAYS = time_words().days
_STREET_WORDS = {"jl", "jl.", "jln", "jln.", "jalan"}
# words after which "wilayah X" opens a clause's subject
_CLAUSE_OPENERS = {"sementara", "sedangkan", "adapun", "namun", "tetapi"}
# nouns counted in "5 daerah Sumut", "tiga kabupaten/kota Jatim" (not type words: "Kabupaten X" is a name)
_COUNTED_NOUNS = {"daerah", "kabupaten/kota", "kab/kota", "kota/kabupaten", "pemda", "desa", "kelurahan"}
_NUMBER_WORDS = frozenset(w for phrase in structure().number_words for w in phrase.split())
_ADDRESS_WORDS = {"nomor", "no", "no.", "lantai", "km", "blok", "rt", "rw", "kav", "kav."}
# titles of the officials who hand over awards in a region's name
_GIVER_TITLES = structure().government_heads | {"wakil", "wali", "kota", "sekda", "sekretaris", "daerah"}
# heads of a regional department, whose names may run on over commas ("Kadis Komunikasi, Informatika dan
# Statistik Kota Denpasar")
_SHORT_FUZZY_CHARS = 6
_DEPARTMENT_HEADS = {"kadis", "kepala dinas", "dinas", "kaban", "kepala badan"}


class RegionLinker:
    def __init__(self, nlp: Language, gazetteer: Gazetteer, fuzzy_cutoff: float, fuzzy_min_chars: int,
                 default_pair_level: str) -> None:
        self.gazetteer = gazetteer
        self.fuzzy_cutoff = fuzzy_cutoff
        self.fuzzy_min_chars = fuzzy_min_chars
        self.default_pair_level = default_pair_level
        self.context = region_context()
        self.office_head_ends = {head.split()[-1] for head in self.context.office_heads}
        # a venue's own nouns between "di" and its name ("di aula hotel Novotel Bogor")
        self.venue_nouns = self.context.venue_heads | {"hotel", "auditorium", "lapangan", "balai", "wisma"}
        self.conjunctions = structure().conjunctions
        self.passive_give = status_lexicon().passive_give
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.forms: dict[str, list] = {}  # match key -> surface forms (one per code)
        for form in gazetteer.surface_forms():
            key = form.text.lower()
            if key not in self.forms:
                self.forms[key] = []
                # LOWER matching ignores case; a second, lower-cased pattern covers tokenizer exceptions
                # that apply to one case only
                texts = {form.text, form.text.lower()}
                self.matcher.add(key, [nlp.make_doc(t) for t in texts])
            self.forms[key].append(form)
        # per match key, computed once: its codes in order and its most confident form
        self.readings = {key: (tuple(dict.fromkeys(f.code for f in forms)), max(forms, key=lambda f: f.confidence))
                         for key, forms in self.forms.items()}
        # Folded official names for the fuzzy pass: "penukalabablematangilir" -> code
        self.fuzzy_choices: dict[str, str] = {}
        for region in gazetteer.regions.values():
            if region.level != "provinsi" or len(region.name) >= self.fuzzy_min_chars:
                self.fuzzy_choices.setdefault(fold(region.name), region.code)
        self.fuzzy_keys = list(self.fuzzy_choices)
        # names grouped by length: a ratio of 88 or more is impossible beyond about 25% length difference
        self._pools: dict[tuple[str, int], list[str]] = {}
        self._folded: dict[str, str] = {}
        self._hits: dict[str, tuple | None] = {}  # folded query -> best fuzzy match (or None)
        self._bounds: list[tuple[int, int]] = []
        self.type_phrases = self._phrases(self.context.type_words, government=False)
        self.type_phrases.update(self._phrases(self.context.government_words, government=True))
        self.type_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in self.type_phrases:
            self.type_matcher.add(phrase, [nlp.make_doc(phrase), nlp.make_doc(phrase + " administrasi")])
        self.single_type_words = {p for p in self.type_phrases if " " not in p}
        # "Pemerintah Kota (Pemkot) Gorontalo": the one-word government names that go in brackets
        self._government_short = {w for words in self.context.government_words.values() for w in words
                                  if w.startswith("pem") and " " not in w and w != "pemerintah"}
        # capital towns of kabupaten ("Kota Tanjung" for Tabalong), read only after the type word "Kota"
        self.capital_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for name in gazetteer.capitals:
            self.capital_matcher.add(name, [nlp.make_doc(name)])

    def _names_town_award(self, doc: Doc) -> bool:
        """Whether the article names a town rating (the Adipura) outside other articles' titles ("Baca juga: ...")."""
        text = self.tv.text
        for p in doc._.predikat or []:
            if p.label in self.context.town_awards:
                line_start = text.rfind("\n", 0, p.start_char) + 1
                if not READ_ALSO.match(text[line_start : p.start_char]):
                    return True
        return False

    def _in_a_list(self, start: int, end: int, starts: set[int], ends: set[int]) -> bool:
        """Whether the words at ``start:end`` are an item of a list of names (their token ``starts`` and
        ``ends``): a comma or a conjunction, or both (", dan"), between them and the name before or after
        ("TPA Manggar, serta ..." is no list of towns)."""
        lower = self.tv.lower
        joins = self.conjunctions | {","}
        k = start - 1
        while k >= 0 and lower[k] in joins and start - k <= 2:
            k -= 1
        after = end
        while after < len(lower) and lower[after] in joins and after - end <= 1:
            after += 1
        # (``ends`` are exclusive: the name before ends where the joining words begin)
        return (k < start - 1 and k + 1 in ends) or (after > end and after in starts)

    @staticmethod
    def _phrases(words_by_level, government: bool) -> dict[str, tuple[str | None, bool]]:
        return {w: (None if level == "any" else level, government) for level, words in words_by_level.items() for w in words}

    # ------------------------------------------------------------------ pipeline entry point
    def __call__(self, doc: Doc) -> Doc:
        self.tv = view(doc)
        self.dateline = doc._.dateline
        self._town_award = self._names_town_award(doc)
        self.type_end = self._type_ends(doc)
        blocked = _blocked_tokens(doc)
        mentions = self._exact(doc, blocked)
        mentions += self._capital_towns(doc, mentions, blocked)
        mentions = self._merge_parentheticals(doc, mentions)
        mentions = mentions + self._fuzzy(doc, mentions, blocked)
        mentions.sort(key=lambda m: m.start)
        for mention in mentions:
            self._attach_type_word(doc, mention)
        mentions = [m for m in mentions if self._plausible(doc, m)]
        _group_lists(self.tv, mentions, self.conjunctions)
        settled = self._province_context([m for m in mentions if not m.false_friend])
        mentions = [m for m in mentions if self._keep_false_friend(doc, m, mentions, settled)]
        province = self._province_context(mentions)
        doc._.province_context = province
        self._resolve_levels(mentions, province)
        self._names_at = {i: m.start for m in mentions for i in range(m.start, m.end)}
        for mention in mentions:
            mention.role = self._role(doc, mention, mentions)
        _spread_roles_over_lists(mentions)
        for m in mentions:
            if self._list_where_a_predikat_is(doc, m, mentions):
                for x in mentions:
                    if x.list_id == m.list_id and x.role == "location":
                        x.role = "holder"
        self._appositive_provinces(mentions)
        mentions = sorted(mentions + self._both_levels(mentions), key=lambda m: m.start)
        doc._.regions = mentions
        return doc

    def _both_levels(self, mentions: list[RegionMention]) -> list[RegionMention]:
        """"Kota dan Kabupaten Jayapura", "Kabupaten dan Kota Solok": one name for two regions. The
        other level's region is a second mention of the same name, its prefix running from the first
        type word ("Kota dan Kabupaten Jayapura" is Kota Jayapura as written)."""
        lower = self.tv.lower
        found = []
        for m in mentions:
            p = m.prefix_start
            if p is None or p < 2 or m.code is None or lower[p - 1] != "dan" or m.type_level is None:
                continue
            other = next((level for level, words in self.context.type_words.items() if lower[p - 2] in words), None)
            if other is None or other == m.type_level:
                continue
            code = next((c for c in m.candidates if self.gazetteer.region(c).level == other), None)
            if code is None:
                continue
            found.append(RegionMention(m.start, m.end, m.start_char, m.end_char, m.text, (code,), code, other,
                                       m.method, round(m.confidence * 0.9, 3), "type_word", other, p - 2,
                                       m.government, m.role, m.false_friend, m.list_id))
        return found

    # ------------------------------------------------------------------ 1. exact pass
    def _exact(self, doc: Doc, blocked: set[int]) -> list[RegionMention]:
        spans = []
        for match_id, start, end in self.matcher(doc):
            if any(i in blocked for i in range(start, end)):
                continue
            spans.append((start, end, doc.vocab.strings[match_id]))
        # longest match wins ("Ogan Komering Ulu Selatan" over "Ogan Komering Ulu")
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: set[int] = set()
        mentions = []
        for start, end, key in spans:
            if any(i in taken for i in range(start, end)):
                continue
            taken.update(range(start, end))
            codes, best = self.readings[key]
            a, b = self.tv.chars(start, end)
            mentions.append(
                RegionMention(start, end, a, b, self.tv.text[a:b], codes, None, None,
                              best.kind, best.confidence, "unique",
                              false_friend=key in self.gazetteer.false_friends)
            )
        return mentions

    def _capital_towns(self, doc: Doc, mentions: list[RegionMention], blocked: set[int]) -> list[RegionMention]:
        """"Kota Tanjung, Kota Barabai, Kota Kandangan ...": a kabupaten's capital town named as a town (the
        roles then treat it as "Kota Pati" is treated: a holder of town awards only). A capital shared by two
        kabupaten (Tanjung, Martapura) is read only when the article names a region of one of their provinces."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        provinces = {self.gazetteer.province_of(m.candidates[0]) for m in mentions if len(m.candidates) == 1}
        found = []
        capitals = list(self.capital_matcher(doc))
        starts = {m.start for m in mentions} | {s for _, s, _ in capitals}
        ends = {m.end for m in mentions} | {e for _, _, e in capitals}
        for match_id, start, end in capitals:
            if start == 0 or not self.tv.capitalised[start] or any(i in taken or i in blocked for i in range(start, end)):
                continue
            # (Adipura rates towns: its lists name capitals bare, "Lahat, Liwa, Nganjuk, Muara Enim")
            if self.tv.lower[start - 1] != "kota" and not (self._town_award and self._in_a_list(start, end, starts, ends)):
                continue
            codes = self.gazetteer.capitals[doc.vocab.strings[match_id]]
            if len(codes) > 1:
                codes = tuple(c for c in codes if self.gazetteer.province_of(c) in provinces)
                if len(codes) != 1:
                    continue
            a, b = self.tv.chars(start, end)
            found.append(RegionMention(start, end, a, b, self.tv.text[a:b], codes, None, None, "capital", 0.85, "unique"))
            taken.update(range(start, end))
        return found

    # ------------------------------------------------------------------ 2. parentheticals
    def _merge_parentheticals(self, doc: Doc, mentions: list[RegionMention]) -> list[RegionMention]:
        """"X (ABBR)" where ABBR names X again: one mention. "Ogan Komering Ulu (OKU) Selatan": the
        word after the brackets completes the name."""
        mentions.sort(key=lambda m: m.start)
        by_start = {m.start: m for m in mentions}
        drop: set[int] = set()
        for m in mentions:
            if id(m) in drop:
                continue
            name = m.text
            i = m.end
            if i + 2 < len(doc) and doc[i].text in _OPENERS and doc[i + 2].text in _CLOSERS:
                inner = by_start.get(i + 1)
                if inner is not None and set(inner.candidates) & set(m.candidates):
                    drop.add(id(inner))
                    self._extend(doc, m, i + 3, set(inner.candidates) & set(m.candidates))
                # "Ogan Komering Ulu (OKU) Selatan": name + following word is a longer name
                j = i + 3
                if j < len(doc) and doc[j].text[:1].isupper():
                    longer = (name + " " + doc[j].text).lower()
                    if longer in self.forms:
                        codes = tuple(dict.fromkeys(f.code for f in self.forms[longer]))
                        following = by_start.get(j)
                        if following is not None:
                            drop.add(id(following))
                        m.candidates = codes
                        m.method = "official"
                        self._extend(doc, m, j + 1, set(codes))
        return [m for m in mentions if id(m) not in drop]

    @staticmethod
    def _extend(doc: Doc, mention: RegionMention, new_end: int, codes: set[str]) -> None:
        mention.end = new_end
        mention.end_char = doc[new_end - 1].idx + len(doc[new_end - 1].text)
        mention.text = view(doc).text[mention.start_char : mention.end_char]
        mention.candidates = tuple(c for c in mention.candidates if c in codes) or tuple(codes)
        mention.confidence = min(1.0, mention.confidence + 0.03)

    # ------------------------------------------------------------------ 3. fuzzy pass
    def _fuzzy(self, doc: Doc, mentions: list[RegionMention], blocked: set[int]) -> list[RegionMention]:
        """Misspelt names in list or type-word context, matched against folded official names.

        A run of capitalised words may hold a shorter exact match inside a longer misspelt name
        ("Panajam Paser Utara" holds "Paser"): a fuzzy window that covers unmatched words and
        scores above the cutoff replaces the exact matches it contains."""
        covered = {i: m for m in mentions for i in range(m.start, m.end)}
        cue_tokens = {i for c in doc._.cues or [] for i in range(c.start, c.end)}
        found = []
        tv = self.tv
        self._bounds = sorted((m.start, m.end) for m in mentions)
        ends = {m.end for m in mentions}
        for run_start, run_end in _capitalised_runs(tv, blocked):
            while run_start < run_end and tv.lower[run_start] in self.single_type_words:
                run_start += 1  # "Kabupaten Panajam Paser Utara": the type word is context, not name
            if run_start >= run_end or all(i in covered for i in range(run_start, run_end)):
                continue
            # a short name is tried only right after a type word or as the next item of a list of names
            # ("Kabupaten Bireun", "Kaimana, Tambraw, Sorong"), where a misspelling is what it most likely is
            typed = run_start > 0 and tv.lower[run_start - 1] in self.single_type_words
            listed = run_start > 1 and tv.lower[run_start - 1] in {",", "dan"} and run_start - 1 in ends
            min_chars = _SHORT_FUZZY_CHARS if typed or listed else self.fuzzy_min_chars
            if len(self._fold("".join(tv.words[run_start:run_end]))) < min_chars:
                continue  # "Menurut", "Kepala Dinas": no window of the run is long enough to try
            if not self._fuzzy_context(doc, run_start, run_end, mentions):
                continue
            # folding keeps letters and digits one by one, so a window's key is its words' keys joined
            folded = [self._fold(w) for w in tv.words[run_start:run_end]]
            best = None
            for length in range(min(5, run_end - run_start), 0, -1):
                for start in range(run_start, run_end - length + 1):
                    window = range(start, start + length)
                    matched = [i for i in window if i in covered]
                    if len(matched) == length:
                        continue
                    if not tv.alpha[start] or not tv.alpha[start + length - 1]:
                        continue  # a line break or hyphen joins words of a name; it never starts or ends one
                    if length > 1 and len(tv.words[start + length - 1]) <= 2:
                        continue  # "Bupati Bintan H. Apri Sujadi", "Badung I Nyoman": a person's initial
                    if not cue_tokens.isdisjoint(window):
                        continue  # "Banjar Masih Tidak Informatif" in a title-case headline is no "Banjarmasin"
                    inside = {id(covered[i]) for i in matched}
                    if any(covered[i].start < start or covered[i].end > start + length for i in matched):
                        continue  # never cut an exact match in two
                    query = "".join(folded[start - run_start : start - run_start + length])
                    if len(query) < (min_chars if start == run_start else self.fuzzy_min_chars):
                        continue
                    if query in self._hits:  # names (and capitalised phrases) recur within and across articles
                        hit = self._hits[query]
                    else:
                        pool = self._fuzzy_pool(query)
                        hit = process.extractOne(query, pool, scorer=fuzz.ratio,
                                                 score_cutoff=self.fuzzy_cutoff) if pool else None
                        if len(self._hits) > 200_000:
                            self._hits.clear()
                        self._hits[query] = hit
                    if hit and (best is None or hit[1] > best[1]):
                        best = (doc[start : start + length], hit[1], self.fuzzy_choices[hit[0]], inside)
                if best:
                    break
            if best:
                span, score, code, inside = best
                for m in [m for m in mentions if id(m) in inside]:
                    mentions.remove(m)
                found.append(
                    RegionMention(span.start, span.end, span.start_char, span.end_char, span.text, (code,), None, None,
                                  "fuzzy", round(0.55 + 0.35 * (score - self.fuzzy_cutoff) / (100 - self.fuzzy_cutoff), 3),
                                  "unique")
                )
        # A fuzzy name confirmed by its own abbreviation in brackets: "Penukal Abab Pematang Ilir (Pali)"
        by_start = {m.start: m for m in mentions}
        for f in found:
            i = f.end
            if i + 2 < len(doc) and doc[i].text in _OPENERS and doc[i + 2].text in _CLOSERS:
                inner = by_start.get(i + 1)
                if inner is not None and f.candidates[0] in inner.candidates:
                    mentions.remove(inner)
                    self._extend(doc, f, i + 3, {f.candidates[0]})
                    f.confidence = max(f.confidence, 0.85)
                    f.method = "fuzzy+abbreviation"
        return found

    def _fuzzy_pool(self, query: str) -> list[str]:
        """Names that could score above the cutoff: the same first letter (misspellings keep it in
        practice) and a length within a quarter."""
        key = (query[0], len(query))
        pool = self._pools.get(key)
        if pool is None:
            length = len(query)
            pool = [k for k in self.fuzzy_keys if k[0] == query[0] and abs(len(k) - length) <= max(2, length // 4)]
            self._pools[key] = pool
        return pool

    def _fuzzy_context(self, doc: Doc, start: int, end: int, mentions: list[RegionMention]) -> bool:
        """Only try fuzzy matching next to a type word or between list separators near other regions."""
        if start > 0 and start in self.type_end:
            return True
        if _opens_list_line(self.tv, start):
            return True  # "5. Sarolangon": an item of a numbered or bulleted list
        if _row_name(self.tv, start, end, separators={":", "|"}):
            return True  # "Kalimatan Tengah : Menuju Informatif": the name cell of a table row
        before = self.tv.lower[start - 1] if start > 0 else ""
        after = self.tv.lower[end] if end < len(doc) else ""
        in_list = before in self.conjunctions or after in self.conjunctions or after in _OPENERS
        if not in_list:
            return False
        # a mention within 8 tokens on either side (self._bounds: sorted (start, end) of the mentions)
        bounds = self._bounds
        k = bisect_left(bounds, (end - 8,))
        if k < len(bounds) and bounds[k][0] <= end + 8:
            return True
        # mentions do not overlap, so those ending near ``start`` are the last few before k
        return any(abs(start - b) <= 8 for _, b in bounds[max(0, k - 12) : k])

    def _fold(self, text: str) -> str:
        # the same capitalised words recur across documents; folding is a regex per call
        folded = self._folded.get(text)
        if folded is None:
            if len(self._folded) > 200_000:
                self._folded.clear()
            folded = self._folded[text] = fold(text)
        return folded

    # ------------------------------------------------------------------ 4. levels
    def _type_ends(self, doc: Doc) -> dict[int, tuple[int, tuple[str | None, bool]]]:
        """For each token index a type phrase ends before: (its start, (level, government)); the
        longest phrase wins ("Pemerintah Kabupaten" over "Kabupaten")."""
        ends: dict[int, tuple[int, tuple[str | None, bool]]] = {}
        strings = doc.vocab.strings
        lower = self.tv.lower
        for match_id, start, end in self.type_matcher(doc):
            phrase = (start, self.type_phrases[strings[match_id]])
            stops = [end]
            if end + 2 < len(lower) and lower[end] == "(" and lower[end + 2] == ")" and lower[end + 1] in self._government_short:
                stops.append(end + 3)  # "Pemerintah Kota (Pemkot) Gorontalo": the short name in brackets goes between
            for stop in stops:
                current = ends.get(stop)
                if current is None or start < current[0]:
                    ends[stop] = phrase
        return ends

    def _type_phrase_ending_at(self, doc: Doc, index: int):
        """The longest type/government phrase that ends right before token ``index``."""
        return self.type_end.get(index)

    def _attach_type_word(self, doc: Doc, mention: RegionMention) -> None:
        found = self._type_phrase_ending_at(doc, mention.start)
        if found is None:
            return
        start, (level, government) = found
        mention.prefix_start = start
        mention.government = government
        if level is not None:
            mention.type_level = level

    def _plausible(self, doc: Doc, mention: RegionMention) -> bool:
        """Names are capitalised in news, every word of them ("Batu Bara" the regency, "batu bara"
        the coal); a lower-case match needs a type word ("kota palu"). After a hyphen case is free
        ("Tojo Una-una")."""
        if mention.prefix_start is not None:
            return True
        words = self.tv.words
        if mention.start > 0 and words[mention.start - 1] in _LANDFORMS:
            return False  # "di tepian Sungai Kapuas": the river, not Kabupaten Kapuas ("Sungai Penuh" matches whole)
        for i in range(mention.start, mention.end):
            text = words[i]
            if not text[:1].isalpha() or (i > mention.start and words[i - 1] == "-"):
                continue
            if i > mention.start and text in _NAME_CONNECTORS:
                continue  # "Pangkajene dan Kepulauan"
            if not text[:1].isupper():
                # "Kabupaten Tanggamus, Way kanan, Lampung Timur": a later word's slip of case is
                # forgiven to a name that goes on a list of names
                if i > mention.start and words[mention.start][:1].isupper() and self._listed(mention.start):
                    continue
                return False
        return True

    def _listed(self, start: int) -> bool:
        """Whether the token before ``start`` joins it to a capitalised name before ("Tanggamus, ")."""
        words = self.tv.words
        return start >= 2 and words[start - 1] in {",", "dan", "serta"} and words[start - 2][:1].isupper()

    def _keep_false_friend(self, doc: Doc, mention: RegionMention, mentions: list[RegionMention],
                           province: Counter) -> bool:
        """"Batu", "Malang", "Padang"... count only with a type word, inside a list of regions, or
        written as a name (capitalised, not opening a sentence) in an article about its province
        ("dan Pesisir Barat masih berada di kualitas rendah" in a Lampung article)."""
        if not mention.false_friend or mention.prefix_start is not None:
            return True
        if mention.list_id is not None and any(
                m.list_id == mention.list_id and not m.false_friend for m in mentions if m is not mention):
            return True
        tv = self.tv
        if _row_name(tv, mention.mention_start, mention.end):
            return True  # "Jambi : Informatif": the name cell of a table row
        if any(p.start == mention.end and p.label for p in doc._.predikat or []):
            return True  # "Kemudian Jambi predikat B, Bengkulu predikat B, ...": a name with its grade
        capitalised = all(tv.capitalised[i] for i in range(mention.start, mention.end) if tv.alpha[i])
        opening = mention.start == 0 or doc[mention.start].is_sent_start
        if capitalised and not opening and tv.lower[mention.start - 1] in {"di", "se"} \
                and not doc[mention.start].is_title and not (mention.end < len(doc) and tv.capitalised[mention.end]
                                                             and tv.alpha[mention.end]):
            # "kabupaten/kota di DIY", "se-DIY": a place after a preposition of place, written in capitals (not "di
            # Puncak Peringatan Hari HAM", "di Benteng Vredeburg": the start of another name)
            return True
        if capitalised and any(
                m.prefix_start is not None and m.start < mention.start and set(m.candidates) & set(mention.candidates)
                for m in mentions):
            # "Kabupaten Badung tahun 2019 ..., sedangkan tahun 2018 Badung ...": named before (also opening a sentence:
            # "Kabupaten Ketapang ... tidak lagi memenuhi nilai minimal. ... Ketapang dan enam daerah lain ...")
            return True
        if capitalised and not opening and province:
            top = province.most_common(1)[0][0]
            return any(self.gazetteer.province_of(c) == top for c in mention.candidates)
        return False

    def _province_context(self, mentions: list[RegionMention]) -> Counter:
        counts: Counter = Counter()
        for m in mentions:
            provinces = {self.gazetteer.province_of(c) for c in m.candidates}
            if len(provinces) == 1:
                (province,) = provinces
                counts[province] += 2 if len(m.candidates) == 1 and "." not in m.candidates[0] else 1
        return counts

    def _resolve_levels(self, mentions: list[RegionMention], province: Counter) -> None:
        typed_elsewhere: dict[str, str] = {}
        for m in mentions:
            if m.type_level and len(m.candidates) > 1:
                typed_elsewhere.setdefault(fold(m.text), m.type_level)
        for m in mentions:
            self._choose(m, m.type_level, "type_word")
        # Adipura rates towns: "kategori kota sedang, yaitu Jombang, Blitar, Mojokerto, ..." lists Kota Blitar, the
        # town of that name, whatever kabupaten the list names; only a type word passes a level along it
        # lists: pass the level of the nearest decided item to the undecided ones
        for m in mentions:
            if m.code is not None or m.list_id is None:
                continue
            level = _list_level(m, mentions, typed_only=self._town_award)
            if level and not self._against_province(m, level, province):
                self._choose(m, level, "list")
        # ("Kesepuluh kabupaten ... ialah Kabupaten Bangkalan, ..., Probolinggo" then "- Probolinggo: WTP
        # (12 kali)": a name a list has already decided keeps that reading)
        listed_elsewhere: dict[str, str] = {}
        for m in mentions:
            if m.code is not None and m.decided_by == "list" and len(m.candidates) > 1:
                listed_elsewhere.setdefault(fold(m.text), m.level)
        for m in mentions:
            if m.code is None:
                self._choose(m, typed_elsewhere.get(fold(m.text)) or listed_elsewhere.get(fold(m.text)), "article")
        if self._town_award:
            for m in mentions:
                if m.code is None and m.type_level is None:
                    self._choose(m, "kota", "town_award")
        for m in mentions:
            if m.code is None:
                self._choose_by_province(m, province)
        for m in mentions:
            if m.code is None:
                self._default(m)

    def _choose(self, m: RegionMention, level: str | None, how: str) -> None:
        regions = [self.gazetteer.region(c) for c in m.candidates]
        if len(regions) == 1 and (level is None or how != "type_word"):
            self._set(m, regions[0].code, "unique")
            return
        if level is None:
            return
        fitting = [r for r in regions if r.level == level]
        if len(fitting) == 1:
            self._set(m, fitting[0].code, how)
        elif not fitting and how == "type_word" and len(regions) == 1:
            # "Kota Pati": the capital town of a kabupaten, named as a town
            self._set(m, regions[0].code, "town")
            m.confidence *= 0.6
        elif not fitting and how == "type_word":
            return

    def _appositive_provinces(self, mentions: list[RegionMention]) -> None:
        """"Pemerintah Kabupaten Pesisir Barat (Pesibar), Lampung, kembali memperoleh ...", "Kabupaten
        Wonogiri (Jateng)": a province set off by commas or brackets right after a region says where
        that region is."""
        words = self.tv.words
        # (the province may end the sentence or run on into the verb: "... kepada Pemerintah Kabupaten Bangka,
        # Provinsi Kepulauan Bangka Belitung.", "Pemerintah Kabupaten Halmahera Utara, provinsi Maluku Utara
        # kembali menerima ..."; not a province listed with others: "..., Provinsi Jambi dan Kota Jambi")
        for before, m in zip(mentions, mentions[1:]):
            if m.level != "provinsi" or m.role != "holder" or before.code is None or m.code is None:
                continue
            between = words[before.end : m.mention_start]  # ("Kabupaten Bangka Barat, Provinsi Kepulauan Bangka Belitung,")
            if between and between[0] in {",", ")"} and between[-1] == "," and len(between) <= 2 and not m.government \
                    and (m.end >= len(words) or words[m.end].lower() not in {"dan", "serta", "&", "/"}) \
                    and self.gazetteer.province_of(before.code) == m.code and before.code != m.code:
                m.role = "location"
            elif not between and before.level != "provinsi" and self.gazetteer.province_of(before.code) == m.code:
                m.role = "location"  # "Kota Serang Banten", "Kota Batam Kepulauan Riau": the town, then its province
            elif between in (["("], [",", "("]) and m.end < len(words) and words[m.end] == ")" and before.level != "provinsi":
                # "Kabupaten Wonogiri (Jateng), Kota Manado (Sulut) serta ...", "Kota Serang, (Banten)": the province in brackets
                # after each name only places it (even when the writer got it wrong)
                m.role = "location"

    def _against_province(self, m: RegionMention, level: str, province: Counter) -> bool:
        """Whether ``level`` picks a region outside the article's provinces while another reading is
        inside ("KI Jabar menargetkan Pangandaran dan Banjar": Kota Banjar in Jawa Barat, not the
        kabupaten in Kalimantan Selatan that the list's level would give)."""
        fitting = [c for c in m.candidates if self.gazetteer.region(c).level == level]
        others = [c for c in m.candidates if c not in fitting]
        return bool(fitting) and all(province[self.gazetteer.province_of(c)] == 0 for c in fitting) \
            and any(province[self.gazetteer.province_of(c)] > 0 for c in others)

    def _choose_by_province(self, m: RegionMention, province: Counter) -> None:
        if not province:
            return
        scored = sorted(m.candidates, key=lambda c: -province[self.gazetteer.province_of(c)])
        top = province[self.gazetteer.province_of(scored[0])]
        if top and (len(scored) == 1 or top > province[self.gazetteer.province_of(scored[1])]):
            self._set(m, scored[0], "province")
            m.confidence *= 0.85

    def _default(self, m: RegionMention) -> None:
        regions = [self.gazetteer.region(c) for c in m.candidates]
        levels = {r.level for r in regions}
        prefer = "provinsi" if "provinsi" in levels else self.default_pair_level
        chosen = next((r for r in regions if r.level == prefer), regions[0])
        self._set(m, chosen.code, "default")
        m.confidence *= 0.6

    def _list_where_a_predikat_is(self, doc: Doc, m: RegionMention, mentions: list[RegionMention]) -> bool:
        """"Yang mencapai opini WTP hanya di Kota Bitung, Tomohon, Kotamobagu, ...": a list of regions
        "di" which a predikat is names its holders, not a venue (an event has one venue)."""
        first = m.mention_start
        # (two more names after it, not "di Solo, Jawa Tengah": a town and its province)
        if first < 1 or self.tv.lower[first - 1] != "di" or m.list_id is None \
                or sum(1 for x in mentions if x.list_id == m.list_id and x.start > m.start and x.level != "provinsi") < 2:
            return False
        i = first - 2
        while i >= 0 and self.tv.lower[i] in _RESTRICTING:
            i -= 1
        return any(p.end == i + 1 and p.label for p in doc._.predikat or [])

    def _set(self, m: RegionMention, code: str, how: str) -> None:
        m.code = code
        m.level = self.gazetteer.region(code).level
        m.decided_by = how

    # ------------------------------------------------------------------ 5. roles
    def _opens_clause(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` opens a sentence or a clause ("Sementara wilayah Balikpapan dan Kutai Timur tidak
        kebagian penghargaan": the noun heads the subject, not a place)."""
        return i == sentence_bounds(doc, i)[0] or i > 0 and self.tv.lower[i - 1] in _CLAUSE_OPENERS

    def _role(self, doc: Doc, m: RegionMention, mentions: list[RegionMention]) -> str:
        dateline = self.dateline
        if dateline and dateline[0] <= m.start_char < dateline[1]:
            return "dateline"
        first = m.mention_start
        before = self.tv.lower[max(0, first - 3) : first]
        if before and (before[-1] in self.context.location_words or before[-1] == "-" and len(before) > 1 and before[-2] == "se") \
                and not (before[-1] == "ke" and len(before) > 1 and before[-2] in self.context.recipient_before_ke) \
                and not (before[-1] == "wilayah" and self._opens_clause(doc, first - 1)):
            return "location"
        if m.decided_by == "town":
            # "Keempat kota itu adalah Kota Sekayu, Kota Lahat, Kota Muaraenim" in news of the Adipura (in
            # the sentence or the one before, which the list points back to): the towns in the list hold
            # it ("Kota Pati tetap tercatat sebagai salah satu kota terbersih" alone does not)
            start, end = sentence_bounds(doc, m.start)
            opening = sentence_bounds(doc, start - 1)[0] if start > 0 else start
            town_award = any(p.label in self.context.town_awards and opening <= p.start < end
                             for p in doc._.predikat or [])
            # (with other towns, whatever decided them: "kota kecil: Batusangkar, Solok, Padang Panjang")
            listed = sum(1 for r in mentions if start <= r.start < end and r.level != "provinsi") > 1
            return "holder" if town_award and listed else "location"
        if len(before) >= 2 and " ".join(before[-2:]) in self.context.location_words:
            return "location"
        if len(before) >= 2 and before[-1] in _COUNTED_NOUNS and (before[-2].isdigit() or before[-2] in _NUMBER_WORDS):
            return "location"  # "5 Daerah Sumut Masuk Zona Merah": the province of the regions counted
        if self._coordinated_place(doc, m):
            return "location"
        if self._compared(m):
            return "compared"
        if m.level == "provinsi" and "".join(before[-3:]) in {"kabupaten/kota", "kab/kota"}:
            return "location"  # "LHP atas LKPD kabupaten/kota Provinsi Aceh": the province the kabupaten are in
        if self._after_venue(doc, m):
            return "location"
        if self._giver(doc, m):
            return "agent"
        if self._in_office(doc, m):
            return "office"
        if self._in_speech_tag(doc, m):
            return "speaker"
        if self._in_person_name(doc, m):
            return "person"
        if m.government and first > 0 and self.tv.lower[first - 1] in _FORMER_OFFICE:
            # "Presiden Jokowi yang menjadi perintis kota layak anak ketika masih menjabat Wali kota Solo": an
            # office someone held, not a government that holds anything here
            return "person"
        return "holder"

    def _compared(self, m: RegionMention) -> bool:
        """"Kami ingin Samarinda sejajar dengan Balikpapan dan Bontang": a name compared with (or one coordinated with it)."""
        tv = self.tv
        i = m.mention_start
        # (back over the names coordinated before it: "Balikpapan dan" before "Bontang")
        while i >= 2 and tv.lower[i - 1] in _NAME_GLUE and tv.capitalised[i - 2]:
            i -= 2
            while i > 0 and tv.capitalised[i - 1] and tv.lower[i - 1] not in self.context.compared_words:
                i -= 1
        before = tv.lower[max(0, i - 4) : i]
        if not any(" ".join(before[k:]) in self.context.compared_words for k in range(len(before))):
            return False
        # (names with a relative clause of their own hold what it says: "sejajar dengan Kota Mataram dan Kabupaten
        # Lombok Barat yang sudah meraih predikat KKPHAM")
        j = m.end
        while j < len(tv.lower) and (tv.capitalised[j] or tv.lower[j] in _NAME_GLUE):
            j += 1
        return not (j < len(tv.lower) and tv.lower[j] == "yang")

    def _coordinated_place(self, doc: Doc, m: RegionMention) -> bool:
        """"di luar Pulau Jawa dan Bali": a name joined by "dan" to a place after a location word."""
        tv = self.tv
        i = m.mention_start - 1
        if i < 2 or tv.lower[i] not in {"dan", "serta"}:
            return False
        i -= 1
        passed = 0
        while i >= 0 and passed < 3 and tv.capitalised[i]:
            i -= 1
            passed += 1
        if i >= 0 and m.end + 1 < len(tv.lower) and tv.lower[m.end] == tv.lower[i] == "di" and tv.capitalised[m.end + 1]:
            # "Kabupaten Mahakam Ulu di Kaltim dan Kabupaten Tana Tidung di Kaltara": items of a list, each with its
            # own place
            return False
        return passed > 0 and i >= 0 and tv.lower[i] in self.context.location_words \
            and not (tv.lower[i] == "wilayah" and self._opens_clause(doc, i))

    def _after_venue(self, doc: Doc, m: RegionMention) -> bool:
        """"di Gedung Merdeka Bandung", "di Hotel Claro Makassar": a venue name, then its town."""
        tv = self.tv
        i = m.mention_start - 1
        number = i - 1 if i > 0 and tv.words[i] == "," else i
        if number > 0 and tv.words[number].isdigit() and tv.lower[number - 1] in _ADDRESS_WORDS:
            return True  # "Jalan Medan Merdeka Utara Nomor 7, Jakarta Pusat", "Hotel Kempinski lantai 11, Jakarta Pusat
        if i > 0 and tv.words[i] == "," and not m.government and self._day_follows(m.end):
            return True  # "..., Kantor Gubernur Bali, Denpasar, Selasa (10/12)": the town of the venue, then the day
        if i > 0 and tv.words[i] == "," and tv.capitalised[i - 1] and not m.government:
            # "di Hotel Padma, Semarang, Sabtu": the town after a comma (not "..., Bupati Sragen", nor
            # the subject of the main clause after an opening phrase: "di Jakarta, Kota Semarang meraih")
            if m.end < len(tv.words) and tv.alpha[m.end] and not tv.capitalised[m.end]:
                return False
            i -= 1
        passed = 0
        while i >= 0 and passed < 4 and (tv.capitalised[i] or tv.words[i] in {"-", "'"}):
            i -= 1
            passed += 1
        if passed == 0 or i < 0:
            return False
        while i > 0 and tv.lower[i] in self.venue_nouns:
            i -= 1  # "di aula hotel Novotel Bogor Golf Resort": the venue's own nouns
        if tv.lower[i] in {"di", "ke", "bertempat", "dari"}:
            return True
        # "di Auditorium Kantor BPK Jl. Raya Ir. H. Juanda Kabupaten Sidoarjo": a street's name, then its town
        # ("..., Jalan HR Rasuna Said, Setiabudi, Jakarta Selatan": over the commas of an address)
        k, scanned = m.mention_start - 1, 0
        while k >= 0 and scanned < 14 and (tv.capitalised[k] or tv.words[k] in {".", ","}):
            if tv.lower[k] in _STREET_WORDS:
                return True
            k -= 1
            scanned += 1
        return False

    def _day_follows(self, end: int) -> bool:
        """", Selasa" right after token ``end``, or after its province (", Kabupaten Bogor, Jawa Barat,
        Jumat (22/7)")."""
        tv = self.tv
        j = end
        if j + 1 < len(tv.words) and tv.words[j] == "," and tv.lower[j + 1] in _DAYS:
            return True
        if j < len(tv.words) and tv.words[j] == ",":
            k = j + 1
            while k < len(tv.words) and k - j <= 3 and tv.capitalised[k] and tv.lower[k] not in _DAYS:
                k += 1
            return k > j + 1 and k + 1 < len(tv.words) and tv.words[k] == "," and tv.lower[k + 1] in _DAYS
        return False

    def _giver(self, doc: Doc, m: RegionMention) -> bool:
        """"Penghargaan diberikan langsung oleh ... Gubernur Sulawesi Selatan": the giver."""
        lower = self.tv.lower
        start = m.mention_start
        # "Penghargaan itu diserahkan langsung Penjabat Gubernur Sumatera Utara": the agent of a passive
        # giving verb may follow it without "oleh"
        i = start - 1
        while i >= 0 and start - i <= 5 and (lower[i] in _GIVER_TITLES or lower[i] in {"langsung", "secara"}):
            i -= 1
        if i < start - 1 and i >= 0 and lower[i] in self.passive_give and lower[i + 1] not in {"kepada", "untuk"}:
            return any(lower[k] in _GIVER_TITLES for k in range(i + 1, m.start))  # (the title may open the mention)
        if m.government and start > 0 and lower[start - 1] in self.passive_give:
            return True  # "Penghargaan itu diserahkan Pj Gubernur Jawa Tengah ... kepada Bupati Purworejo"
        for i in range(start - 1, max(-1, start - 10), -1):
            text = lower[i]
            if text in {",", ";", "."}:
                return False
            if text == "oleh":
                return bool(set(lower[max(0, i - 3) : i]) & self.passive_give)
        return False

    def _in_office(self, doc: Doc, m: RegionMention) -> bool:
        """"Kanwil Kemenkumham Sumsel", "Kantor Wilayah Kementerian Hukum dan HAM (Kemenkumham) Jawa
        Tengah", "BPK RI Perwakilan Provinsi Banten": an office head a few capitalised words back."""
        tv = self.tv
        i = m.mention_start - 1
        if m.government:
            # "Kantor Gubernur Bali", "Rumah Dinas Bupati Lahat": a building, not the government
            return i >= 0 and (tv.lower[i] in self.context.venue_heads
                               or i > 0 and " ".join(tv.lower[i - 1 : i + 1]) in self.context.venue_heads)
        steps = 0
        crossed_comma = False
        while i >= 0 and steps < 10:
            if i in self._names_at:
                # (another region's name holds no office's head: "Seram Bagian Timur dan Buru Selatan")
                i = self._names_at[i] - 1
                steps += 1
                continue
            low = tv.lower[i]
            if low in self.office_head_ends:  # only then can a head end here
                for length in (4, 3, 2, 1):
                    head = " ".join(tv.lower[max(0, i - length + 1) : i + 1])
                    if head in self.context.office_heads and (not crossed_comma or head in _DEPARTMENT_HEADS):
                        return True
            if low in _OPENERS or low in _CLOSERS or low in {"dan", "ri", "&"}:
                pass
            elif low == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_:
                pass  # "Kepala Perwakilan BPK-RI Provinsi Jawa Tengah" (not the dash of a dateline)
            elif low == "," and tv.capitalised[i + 1] and tv.lower[i + 1] not in self.single_type_words \
                    and i + 1 < m.mention_start:
                # "Kadis Komunikasi, Informatika dan Statistik Kota Denpasar": a department's name runs on over
                # commas (a list of regions does too: "Kabupaten Maluku Tengah, Seram Bagian Barat, Buru dan
                # ...", so after a comma only a department's head counts)
                crossed_comma = True
            elif not tv.capitalised[i]:
                return False
            i -= 1
            steps += 1
        return False

    def _in_speech_tag(self, doc: Doc, m: RegionMention) -> bool:
        """"kata Bupati Sragen", "ujar Kakanwil Kemenkumham Sumsel", "kata Drs. Simeon Itlay, Staf
        Ahli Gubernur Papua": the region names the speaker's office. Walks back over the speaker's
        names and titles to a speech verb."""
        tv = self.tv
        titles = self.context.person_titles | self.context.office_heads
        i = m.mention_start - 1
        seen_title = m.government
        steps = 0
        comma = False
        while i >= 0 and steps < 12:
            low = tv.lower[i]
            if low in self.context.speech_verbs:
                # ("Menurut Kemal, Kota Mataram terakhir kali meraih ...": "menurut" names its source before
                # the comma, and the clause starts after it)
                return (seen_title or steps <= 3) and not (low == "menurut" and comma)
            comma = comma or low == ","
            if low in titles:
                seen_title = True
            elif not (tv.capitalised[i] or low in {",", "selaku", "sebagai", "yakni", "(", ")"}):
                # a "." token ends a sentence ("... ujarnya. Adapun Kabupaten Balangan"); titles keep theirs
                return False
            i -= 1
            steps += 1
        return False

    def _in_person_name(self, doc: Doc, m: RegionMention) -> bool:
        """"Bupati Bangli Made Gianyar": after a title and its region come the person's names, so a
        region reached by walking back over capitalised words to a title is part of a name."""
        tv = self.tv
        i = m.mention_start - 1
        passed = 0
        while i >= 0 and passed < 6:
            low = tv.lower[i]
            two = f"{tv.lower[i - 1]} {low}" if i > 0 else low
            if low in self.context.person_titles or two in self.context.person_titles:
                return passed >= 1
            if not tv.capitalised[i]:
                return False
            i -= 1
            passed += 1
        return False


# ---------------------------------------------------------------------- helpers
def _blocked_tokens(doc: Doc) -> set[int]:
    """Tokens inside predikat names ("Kabupaten Layak Anak", "Kota Sehat"), citations or web addresses
    ("PADANG-TODAY.com", the outlet in a dateline)."""
    blocked: set[int] = set()
    for p in doc._.predikat or []:
        blocked.update(range(p.start, p.end))
    for c in doc._.citations or []:
        blocked.update(range(c.start, c.end))
    text = view(doc).text
    if ".com" in text or ".id" in text or ".co" in text or ".net" in text:
        for m in _WEB_ADDRESS.finditer(text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                blocked.update(range(span.start, span.end))
    return blocked


# "PADANG-TODAY.com", "jambi.antaranews.com", "koranradarlebong.co": a site's name, not a place
_WEB_ADDRESS = re.compile(r"\b[A-Za-z0-9]+(?:[-.][A-Za-z0-9]+)*\.(?:com|co\.id|co|id|net|org|info)\b", re.IGNORECASE)


def _opens_list_line(tv: TokenView, start: int) -> bool:
    """Whether token ``start`` follows a list marker at the start of a line ("5.", "5)", "-", "•",
    or a table row's number cell "5 |")."""
    i = start - 1
    if i >= 0 and tv.words[i] in {".", ")", "|"}:
        i -= 1
    if i < 0 or not (tv.words[i].rstrip(".)").isdigit() or tv.words[i] in {"-", "•", "*", "–", "·"}):
        return False
    return i == 0 or "\n" in tv.words[i - 1] or tv.text[tv.idx[i] - 1 : tv.idx[i]] == "\n"


# words before a head of government's title that make it an office a person held ("menjabat Wali kota Solo",
# "mantan Bupati Sleman")
_FORMER_OFFICE = {"menjabat", "mantan", "eks", "bekas"}
_LANDFORMS = {"Sungai", "Danau", "Gunung", "Selat", "Teluk", "Bukit", "Kali", "Muara", "Pantai"}


def _row_name(tv: TokenView, start: int, end: int, separators=frozenset({":", "|", "–", "-"})) -> bool:
    """Tokens ``start:end`` open a line (or a list item) and a cell separator follows them: "Jambi :
    Informatif", "Batu | 87,5"."""
    opens_line = start == 0 or "\n" in tv.words[start - 1] or _opens_list_line(tv, start)
    return opens_line and end < len(tv.words) and tv.words[end] in separators


def _capitalised_runs(tv: TokenView, blocked: set[int]):
    """Runs of capitalised alphabetic tokens outside predikat names and citations (hyphens allowed inside)."""
    words, capitalised, alpha = tv.words, tv.capitalised, tv.alpha
    n = len(words)
    # only a capitalised word starts a run: jump between them instead of walking every token
    starts = [i for i, (c, a) in enumerate(zip(capitalised, alpha)) if c and a]
    end = -1
    for start in starts:
        if start < end or start in blocked:
            continue
        j = start + 1
        # hyphens inside a name, and one line break inside a list item wrapped onto the next line
        # ("Kabupaten Halmahera" / "Barat")
        while j < n and j not in blocked and (capitalised[j] and alpha[j] or words[j] == "-" or (
                words[j] == "\n" and j + 1 < n and capitalised[j + 1] and alpha[j + 1])):
            j += 1
        yield start, j
        end = j


def _group_lists(tv: TokenView, mentions: list[RegionMention], conjunctions: frozenset[str]) -> None:
    """Give mentions of one coordinated list ("A, B, dan Kota C") the same ``list_id``."""
    list_id = 0
    previous = None
    for m in mentions:
        if previous is not None and _joined(tv, previous.end, m.mention_start, conjunctions):
            if previous.list_id is None:
                list_id += 1
                previous.list_id = list_id
            m.list_id = previous.list_id
        previous = m


def _joined(tv: TokenView, end: int, start: int, conjunctions: frozenset[str]) -> bool:
    if start - end > 4 or start < end:
        return False
    between = [tv.lower[i] for i in range(end, start) if not tv.space[i]]
    if not between:
        return False
    depth_ok = all(w in conjunctions or w in _OPENERS or w in _CLOSERS or w.isupper() for w in between)
    return depth_ok and any(w in conjunctions for w in between)


def _list_level(m: RegionMention, mentions: list[RegionMention], typed_only: bool = False) -> str | None:
    # (a capital town is a town: "Batusangkar, Solok, Padang Panjang" lists Kota Solok, not the kabupaten)
    same = [x for x in mentions if x.list_id == m.list_id and (x is m or x.method != "capital")]
    index = same.index(m)
    for x in reversed(same[:index]):
        if x.type_level:
            return x.type_level
        if x.code is not None and x.decided_by == "unique" and x.level != "provinsi" and not typed_only:
            return x.level
    for x in same[index + 1 :]:
        if x.type_level:
            return x.type_level
        if x.code is not None and x.decided_by == "unique" and x.level != "provinsi" and not typed_only:
            return x.level
    return None


# ("WTP hanya di ...", "WTP baru di ...")
_RESTRICTING = {"hanya", "baru", "cuma", "juga", "pun"}


def _spread_roles_over_lists(mentions: list[RegionMention]) -> None:
    """"di Kabupaten A, B, dan C": the location word before the first item covers the list."""
    first: dict[int, RegionMention] = {}
    for m in mentions:
        if m.list_id is not None and m.list_id not in first:
            first[m.list_id] = m
    for m in mentions:
        head = first.get(m.list_id) if m.list_id is not None else None
        if head is None or m.role != "holder" or head.role not in {"location", "office"}:
            continue
        if head.level == "provinsi" and m.level != "provinsi":
            continue  # "Di tingkat Provinsi NTB, Kota Mataram dan ...": the province frames the list, it is not in it
        m.role = head.role

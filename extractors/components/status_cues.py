"""``predikat_status_cues``: the words that decide a fact's status, by class.

Classes (``data/lexicon/status_cues.toml``): ``achieve`` (meraih, menerima, dianugerahi...),
``maintain`` (mempertahankan), ``coach`` (dibina, didorong, didampingi, diusulkan...), ``modal``
(agar, untuk, diharapkan...), ``announce`` (akan), ``negation`` (belum, gagal, tidak...),
``success`` (berhasil, kembali...). The fact assembler reads them in order, clause by clause.

Lemmas are expanded to surface forms with spaCy's Indonesian lookup table (spacy-lookups-data),
so "meraih", "diraih", "meraihnya" all count for ``raih``; a matcher on lower-cased tokens then
finds them without per-token lemmatisation.

Result: ``doc._.cues`` (``Cue`` list, in order; a word may carry two classes).
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from extractors.docdata import predikat_tokens
from extractors.lexicon import status_lexicon, structure
from extractors.model import Cue
from extractors.tokens import sentence_bounds, view

if not Doc.has_extension("cues"):
    Doc.set_extension("cues", default=None)


# Verbal affixes only: noun derivations of the same roots mean other things (pendapatan = income).
_PREFIXES = ("me", "mem", "men", "meng", "meny", "memper", "di", "diper")
_SUFFIXES = ("", "kan", "i", "nya", "kannya", "inya")


@cache
def _lemma_table():
    """spacy-lookups-data's Indonesian lemma table (36k forms), or ``None`` when it is missing."""
    try:
        from spacy.lookups import load_lookups

        lookups = load_lookups("id", ["lemma_lookup"], strict=False)
        if lookups.has_table("lemma_lookup"):
            return lookups.get_table("lemma_lookup")
    except (ImportError, ValueError, OSError):
        pass
    return None


def expand_lemmas(lemmas, table, exclude: frozenset[str]) -> set[str]:
    """Inflected forms of ``lemmas`` that the lemma table confirms ("raih" -> "meraih", "diraih").

    The table is keyed by hashes, so it cannot be inverted; instead every affixed candidate
    (with the nasal assimilation that drops a stem's k/p/t/s: "terima" -> "menerima") is looked
    up and kept when the table maps it back to the lemma. The bare lemma is not included.
    """
    if table is None:
        return set()
    words = set()
    for lemma in lemmas:
        stems = {lemma, lemma[1:]} if lemma[:1] in "kpts" else {lemma}
        for prefix in _PREFIXES:
            for stem in stems:
                for suffix in _SUFFIXES:
                    form = prefix + stem + suffix
                    if form != lemma and form not in exclude and table.get(form) == lemma:
                        words.add(form)
    return words


@Language.factory("predikat_status_cues")
def make_status_cues(nlp: Language, name: str) -> "StatusCueFinder":
    return StatusCueFinder(nlp)


def _first_time_after(lower: list[str], i: int) -> bool:
    """"bukan kali pertama", "bukan yang pertama", "bukan pertama kali": not for the first time."""
    after = lower[i : i + 2]
    return after[:1] == ["pertama"] or after in (["kali", "pertama"], ["yang", "pertama"])


def _receivers_follow(lower: list[str], i: int, window: int = 15) -> bool:
    """Whether "kepada" follows within the sentence: the receivers of a noun of giving."""
    for k in range(i, min(len(lower), i + window)):
        if lower[k] in {".", "!", "?", ";"}:
            return False
        if lower[k] == "kepada":
            return True
    return False


class StatusCueFinder:
    def __init__(self, nlp: Language) -> None:
        lex = status_lexicon()
        table = _lemma_table()
        exclude = lex.modal | lex.negation
        classes = {
            "achieve": set(lex.achieve_forms) | expand_lemmas(lex.achieve_lemmas, table, exclude),
            "maintain": set(lex.maintain_forms) | expand_lemmas(lex.maintain_lemmas, table, exclude),
            "coach": set(lex.coach_forms) | expand_lemmas(lex.coach_lemmas, table, exclude),
            "modal": set(lex.modal),
            "announce": set(lex.announce),
            "negation": set(lex.negation),
            "success": set(lex.success),
        }
        self.weak = lex.weak_achieve
        self.lexicon = lex
        self.award_wording = set(lex.award_wording)
        self.give_nouns = lex.give_nouns
        self.standalone_negation = lex.standalone_negation
        self.structure = structure()
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for kind, forms in classes.items():
            self.matcher.add(kind, [nlp.make_doc(f) for f in sorted(forms)])
        self.forms = classes

    def _asks_region_heads(self, lower: list[str], end: int) -> bool:
        """"meminta para bupati dan wali kota ...", "mengajak seluruh kepala daerah": a verb of asking before heads
        of regions (after one word that groups them), who are asked for their regions."""
        if lower[end - 1] not in self.lexicon.asking:
            return False
        start = end + 1 if lower[end] in self.structure.head_groups else end
        return bool(self.structure.heads_at(lower, start))

    def _got_after(self, doc: Doc, i: int) -> bool:
        """Whether a verb of getting follows token ``i`` in its sentence (not "menjadi target yang dibidik Dinas ...")."""
        lower = view(doc).lower
        return not self.forms["achieve"].isdisjoint(lower[i : sentence_bounds(doc, i)[1]])

    def _list_of_the_predikat(self, lower: list[str], i: int, named: frozenset[int]) -> bool:
        """Whether a list of a predikat is named at ``i``, maybe after "dalam": "termasuk dalam daftar kabupaten/kota
        peduli HAM" (its name within four words, before any relative clause; not "daftar daerah rawan konflik", "daftar
        daerah yang dikunjungi tim penilai Kabupaten/Kota Peduli HAM")."""
        if i < len(lower) and lower[i] == "dalam":
            i += 1
        if i >= len(lower) or lower[i] not in self.lexicon.denied_only_before:
            return False
        for k in range(i + 1, min(len(lower), i + 5)):
            if k in named:
                return True
            if lower[k] == "yang":
                # ("daftar daerah yang meraih predikat Kota Peduli HAM": the holders of it, by a verb of getting)
                return k + 1 < len(lower) and lower[k + 1] in self.forms["achieve"] \
                    and not named.isdisjoint(range(k + 2, min(len(lower), k + 6)))
            if lower[k] in {",", "."}:
                return False
        return False

    def _help_ahead(self, lower: list[str], start: int, end: int) -> bool:
        """Whether the help at ``start`` is ahead: "akan membantu ...", "membantu ... agar" (not "yang membantu")."""
        if "yang" in lower[max(0, start - 3) : start]:
            return False
        after = lower[end : end + 12]
        # ("membantu Kabupaten X untuk meraih ...", not "... meraih opini WTP untuk kesepuluh kalinya")
        return not self.lexicon.help_ahead.isdisjoint(lower[max(0, start - 2) : start]) \
            or not self.lexicon.far_purposes.isdisjoint(after) \
            or any(w == "untuk" and k + 1 < len(after) and after[k + 1].startswith(("me", "ber", "dapat", "bisa"))
                   for k, w in enumerate(after))

    def __call__(self, doc: Doc) -> Doc:
        cues = []
        tv = view(doc)
        strings = doc.vocab.strings
        # words of a predikat's name are no cues: "kategori Menuju Informatif diraih" is achieved
        named = predikat_tokens(doc)
        for match_id, start, end in self.matcher(doc):
            if start in named and end - 1 in named:
                continue
            kind = strings[match_id]
            if " ".join(tv.lower[end - 1 : end + 1]) in self.lexicon.idioms \
                    or " ".join(tv.lower[end - 1 : end + 2]) in self.lexicon.idioms:
                continue  # "penyandang disabilitas": a person, no holder; "masih ada": there still is
            if kind == "coach" and end < len(tv.lower) and self.lexicon.accompanies(tv.lower[end - 1], tv.lower[end]) \
                    and not self._asks_region_heads(tv.lower, end):
                continue  # "yang didampingi Kepala Subauditorat NTB I", "mendampingi Bupati": accompanied
            if kind == "coach" and " ".join(tv.lower[end : end + 2]) in self.award_wording:
                # "dinilai berhasil membina dan membangun sebagian kabupaten/kota peduli HAM": the award's own
                # wording, what the province was rewarded for, not a goal set for it
                continue
            if kind == "coach" and tv.lower[start] in self.lexicon.helping and not self._help_ahead(tv.lower, start, end):
                continue  # "Posbankum membantu Kabupaten Bantul meraih ...": what helped, no goal (help_ahead)
            if kind == "coach" and tv.lower[start] in self.lexicon.sought and "yang" in tv.lower[max(0, start - 3) : start] \
                    and self._got_after(doc, end):
                continue  # "Predikat ... yang lama diincar Kota Bekasi akhirnya diraih": the predikat described
            if kind == "negation" and tv.lower[start] == "bukan" and _first_time_after(tv.lower, end):
                continue  # "predikat peduli HAM bukan kali pertama diraih Siak": got before too, no denial
            if tv.lower[start] in self.give_nouns and not _receivers_follow(tv.lower, end):
                continue  # "Penyerahan berlangsung dalam Rapat Koordinasi ...": no receivers named
            if 1 < start and end < len(tv.lower) and tv.lower[start - 1] == "(" and tv.lower[end] == ")" \
                    and start - 2 in named:
                continue  # "tingkat wiwerda (pembinaan)": a grade's gloss in brackets, no verb
            if kind == "modal" and tv.lower[start] == "dapat" and end - start == 1 and end in named:
                kind = "achieve"  # "Kukar dan Kutim belum dapat Adipura": to get, not "can"
            text = tv.span_text(start, end)
            cues.append(Cue(start, end, text, kind, weak=kind == "achieve" and text.lower() in self.weak))
        # "tidak termasuk dalam daftar ...": out of the list ("termasuk" alone is "including")
        cues += [Cue(i, i + 1, tv.words[i], "achieve", weak=True) for i in range(1, len(tv.lower) - 1)
                 if tv.lower[i] in self.lexicon.denied_only
                 and (tv.lower[i - 1] in self.lexicon.negation
                      or tv.lower[i - 1] == "lagi" and i > 1 and tv.lower[i - 2] in self.lexicon.negation)
                 and self._list_of_the_predikat(tv.lower, i + 1, named)
                 # (not out of a group denied itself: "tidak termasuk dalam lima daerah yang belum meraih ...")
                 and self.lexicon.negation.isdisjoint(tv.lower[i + 1 : min(len(tv.lower), i + 12)])]
        # multi-word forms ("belum pernah") win over their parts of the same class
        cues.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Cue] = []
        for cue in cues:
            if any(k.kind == cue.kind and k.start <= cue.start and cue.end <= k.end for k in kept):
                continue
            kept.append(cue)
        doc._.cues = kept
        return doc

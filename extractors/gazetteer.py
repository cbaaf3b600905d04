"""The region gazetteer: Kemendagri codes, names, aliases and the surface forms news uses for them.

Data comes from ``extractors/data/wilayah`` (see its SOURCE.md). Everything here is pure data
handling; matching text against it is the job of ``extractors.components.regions``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from extractors.resources import data_path, read_csv, read_lines

LEVELS = ("provinsi", "kabupaten", "kota")

# How much we trust a link made through each kind of surface form.
FORM_CONFIDENCE = {
    "official": 1.0,
    "spelling_variant": 0.97,
    "province_short": 0.97,
    "abbreviation": 0.92,
    "old_name": 0.9,
    "joined": 0.9,  # generated: "Musirawas Utara" from "Musi Rawas Utara"
    "hyphenated": 0.95,  # generated: "Tojo Una-Una" from "Tojo Una Una"
}


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str
    province_code: str
    province_name: str

    @property
    def display(self) -> str:
        """The name with its type word, as researchers expect to read it."""
        prefix = {"provinsi": "Provinsi", "kabupaten": "Kabupaten", "kota": "Kota"}[self.level]
        return f"{prefix} {self.name}"


@dataclass(frozen=True)
class SurfaceForm:
    text: str
    code: str
    kind: str  # official | abbreviation | spelling_variant | province_short | old_name | joined | hyphenated

    @property
    def confidence(self) -> float:
        return FORM_CONFIDENCE.get(self.kind, 0.85)


@dataclass
class Gazetteer:
    regions: dict[str, Region]
    aliases: list[tuple[str, str, str]]  # (code, alias, kind)
    false_friends: dict[str, str] = field(default_factory=dict)  # lower-cased surface -> reason
    legacy_codes: dict[str, str] = field(default_factory=dict)  # old code -> current code
    # lower-cased capital town -> the codes of the kabupaten it is the capital of ("tanjung" -> 52.08, 63.09)
    capitals: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None = None) -> "Gazetteer":
        directory = directory or data_path("wilayah")
        regions = {
            row["code"]: Region(row["code"], row["name"], row["level"], row["province_code"], row["province_name"])
            for row in read_csv(directory / "regions.csv")
        }
        aliases = [(row["code"], row["alias"], row["kind"]) for row in read_csv(directory / "aliases.csv")]
        false_friends = {}
        for line in read_lines(directory / "false_friends.txt"):
            surface, _codes, reason = (part.strip() for part in line.split("|", 2))
            false_friends[surface.lower()] = reason
        legacy = {row["old_code"]: row["new_code"] for row in read_csv(directory / "legacy_codes.csv")}
        capitals: dict[str, tuple[str, ...]] = {}
        for row in read_csv(directory / "capitals.csv"):
            capitals[row["capital"].lower()] = capitals.get(row["capital"].lower(), ()) + (row["code"],)
        return cls(regions, aliases, false_friends, legacy, capitals)

    def region(self, code: str) -> Region:
        return self.regions[code]

    def province_of(self, code: str) -> str:
        return self.regions[code].province_code

    def surface_forms(self) -> list[SurfaceForm]:
        """Every written form a region is known by, with generated spacing variants.

        Official names and aliases are kept as written; variants join or hyphenate adjacent words
        ("Musi Rawas" -> "Musirawas", "Tojo Una Una" -> "Tojo Una-Una") because news writes both.
        """
        forms: dict[tuple[str, str], SurfaceForm] = {}

        def add(text: str, code: str, kind: str) -> None:
            key = (text.lower(), code)
            current = forms.get(key)
            if current is None or FORM_CONFIDENCE.get(kind, 0) > current.confidence:
                forms[key] = SurfaceForm(text, code, kind)

        written = [(region.name, region.code, "official") for region in self.regions.values()]
        written += [(alias, code, kind) for code, alias, kind in self.aliases]
        for text, code, kind in written:
            add(text, code, kind)
            for variant, variant_kind in spacing_variants(text):
                add(variant, code, variant_kind)
        return list(forms.values())


def spacing_variants(name: str) -> list[tuple[str, str]]:
    """Joined and hyphenated spellings of a multi-word name.

    "Musi Rawas Utara" -> "Musirawas Utara"; "Bau Bau" -> "Baubau", "Bau-Bau"; "Tojo Una-Una" ->
    "Tojo Una Una". Only adjacent pairs are joined, and only words of three letters or more, so
    that "Kota Baru" does not become "Kotabaru" by accident of this rule (the alias file has it).
    """
    words = name.replace("-", " - ").split()
    if len(words) < 2:
        return []
    variants: list[tuple[str, str]] = []
    plain = [w for w in words if w != "-"]
    if "-" in words:
        variants.append((" ".join(plain), "hyphenated"))
    for i in range(len(plain) - 1):
        left, right = plain[i], plain[i + 1]
        if len(left) >= 3 and len(right) >= 3 and not _is_direction(right):
            joined = plain[:i] + [left + right.lower()] + plain[i + 2 :]
            variants.append((" ".join(joined), "joined"))
        hyphen = plain[:i] + [f"{left}-{right}"] + plain[i + 2 :]
        variants.append((" ".join(hyphen), "hyphenated"))
    return variants


_DIRECTIONS = {"utara", "selatan", "timur", "barat", "tengah", "laut", "daya", "jaya", "raya", "baru"}


def _is_direction(word: str) -> bool:
    """Directional suffixes are never written joined ("Lampung Selatan", not "Lampungselatan")."""
    return word.lower() in _DIRECTIONS


_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """A comparison key: lower case, letters and digits only ("Tojo Una-una" -> "tojounauna")."""
    return _NON_ALNUM.sub("", text.lower())

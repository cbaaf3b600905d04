"""Where the extractors' data files live, and cached readers for them.

Data (gazetteer, vocabulary, lexicons) is kept as CSV/TOML files under ``extractors/data`` so that
it can be reviewed and extended without touching code.
"""

from __future__ import annotations

import csv
import tomllib
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


@cache
def read_toml(*parts: str) -> dict:
    with data_path(*parts).open("rb") as handle:
        return tomllib.load(handle)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def read_lines(path: Path) -> list[str]:
    """Non-blank lines that are not ``#`` comments."""
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n") for line in handle if line.strip() and not line.startswith("#")]

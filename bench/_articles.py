"""Article files for benchmarks, written from the annotated sets (each file distinct).

The sets are the ones named in ``article_sets.txt`` (those of the tenth session), in that order, not every set in
``tests/eval``: a set added later would change what the benchmarks measure (the eleventh session's sets, most of
them KKPHAM releases, sort early and made the same code's ratio about 0.1 higher).
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
EVAL = HERE.parent / "tests" / "eval"


def texts() -> list[str]:
    found = []
    for name in (HERE / "article_sets.txt").read_text(encoding="utf-8").split():
        path = EVAL / name
        found += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return found


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pool = texts()
    paths = []
    for i in range(count):
        path = folder / f"article-{i:05d}.txt"
        path.write_text(f"{pool[i % len(pool)]}\n\n(arsip {i})\n", encoding="utf-8")
        paths.append(path)
    return paths

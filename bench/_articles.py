"""Article files for benchmarks, written from the annotated sets (each file distinct)."""

from __future__ import annotations

import json
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def texts() -> list[str]:
    found = []
    for path in sorted(EVAL.glob("*.jsonl")):
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

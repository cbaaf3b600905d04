"""Agreement of two annotators of the same articles, scored as `predikat eval` scores the extractor.

    python tests/eval/agreement.py tests/eval/blind37.jsonl tests/eval/second_annotator/blind37.jsonl

The second file's facts are scored as if they were predictions against the first file's (strict facts
on region holders, as `pipeline.scoring` defines them). The two files must hold the same articles
(same ids and texts). Prints one line per pair of files and, for several pairs, their total.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from pipeline.scoring import Tally, score_article  # noqa: E402


def _articles(path: str) -> dict[str, dict]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return {a["id"]: a for a in map(json.loads, filter(str.strip, lines))}


def agreement(first: str, second: str) -> Tally:
    a, b = _articles(first), _articles(second)
    if a.keys() != b.keys() or any(a[k]["text"] != b[k]["text"] for k in a):
        raise SystemExit(f"{first} and {second} do not hold the same articles")
    tally = Tally()
    for key, article in a.items():
        tally.add(score_article(key, article, [f for f in b[key]["facts"] if f.get("predikat") != "OTHER"], []).facts)
    return tally


def main(paths: list[str]) -> None:
    if not paths or len(paths) % 2:
        raise SystemExit(__doc__)
    total = Tally()
    for first, second in zip(paths[::2], paths[1::2]):
        tally = agreement(first, second)
        total.add(tally)
        print(f"{Path(first).name}: F1 {tally.f1:.3f} (P {tally.precision:.3f}, R {tally.recall:.3f}, {tally.gold} facts)")
    if len(paths) > 2:
        print(f"all: F1 {total.f1:.3f} (P {total.precision:.3f}, R {total.recall:.3f}, {total.gold} facts)")


if __name__ == "__main__":
    main(sys.argv[1:])

"""Extraction speed: `predikat ingest` of 1,200 article files against bare spaCy tokenisation.

Both are measured in the same run, each as a fresh process so that start-up (imports, building
the tokenizer with its 16,000 Indonesian exceptions) counts for both:

  baseline  python -c "nlp = spacy.blank('id'); list(nlp.pipe(texts))"
  predikat  predikat ingest DIR --db fresh.duckdb      (read, hash, archive, parse, extract, load)

Target (issue 3): predikat / baseline <= 2.0.

This machine's timings wander by 10-15% from one run to the next, so the two commands run in
alternation ``--rounds`` times (default 3); each round's ratio and the ratio of the medians are
printed.

    python bench/extraction_speed.py [--files 1200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _articles import write_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BASELINE = """
import sys, pathlib, spacy
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.blank("id")
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
print(tokens)
"""


def timed(command: list[str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    return time.perf_counter() - start, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    bases, ours_all = [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        paths = write_articles(folder, args.files)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        for round_ in range(1, args.rounds + 1):
            base, tokens = timed([sys.executable, "-c", BASELINE, str(folder)])
            db = Path(tmp) / f"bench-{round_}.duckdb"
            ours, summary = timed([sys.executable, "-m", "pipeline.cli", "-q", "ingest", str(folder),
                                   "--db", str(db), "--archive", str(Path(tmp) / f"archive-{round_}")])
            bases.append(base)
            ours_all.append(ours)
            print(f"round {round_}: tokenisation {base:6.2f} s, predikat ingest {ours:6.2f} s, ratio {ours / base:.2f}",
                  flush=True)
    base, ours = statistics.median(bases), statistics.median(ours_all)
    print(f"files {args.files}, {chars / 1e6:.2f} M characters, {tokens} tokens")
    print(f"spacy.blank('id') tokenisation (process, start-up included), median: {base:7.2f} s")
    print(f"predikat ingest (process, start-up included), median:                {ours:7.2f} s")
    print(f"ratio of medians predikat / tokenisation: {ours / base:.2f}  (target <= 2.0)")
    print(f"predikat: {summary}")


if __name__ == "__main__":
    main()

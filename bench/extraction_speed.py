"""Extraction speed: `predikat ingest` of 1,200 article files against bare spaCy tokenisation.

Both are measured in the same run, each as a fresh process so that start-up (imports, building
the tokenizer with its 16,000 Indonesian exceptions) counts for both:

  baseline  python -c "nlp = spacy.blank('id'); list(nlp.pipe(texts))"
  predikat  predikat ingest DIR --db fresh.duckdb      (read, hash, archive, parse, extract, load)

Target (issue 3): predikat / baseline <= 2.0.

Byte code: pip compiles an installed package's modules at install time, so spaCy's start-up reads
cached byte code. predikat is installed editable and this environment sets PYTHONDONTWRITEBYTECODE,
so without a cache every ingest would compile its own modules again (about 0.2 s here) -- a cost of
the checkout, not of the work. The benchmark compiles predikat's packages once with ``compileall``
before timing (what ``pip install .`` would have done) and says so; ``--no-compile`` removes that
cache and measures without it.

This machine's wall-clock timings wander by 10-40% from one run to the next, so the two commands
run in alternation ``--rounds`` times (default 3), and both wall time and CPU time (user + system,
from ``getrusage``) are printed for each round and as medians. CPU time is the steadier measure of
what the work costs.

    python bench/extraction_speed.py [--files 1200] [--rounds 3] [--no-compile]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _articles import write_articles  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("pipeline", "extractors", "corpus", "warehouse")
BASELINE = """
import sys, pathlib, spacy
texts = [p.read_text(encoding="utf-8") for p in sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))]
nlp = spacy.blank("id")
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
print(tokens)
"""


def timed(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, CPU seconds (user + system of the child) and the child's output."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done.stdout.strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1200)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--no-compile", action="store_true",
                        help="do not byte-compile predikat's modules first (each run then compiles them again)")
    args = parser.parse_args()
    if not args.no_compile:
        # the cache compileall writes is read even under PYTHONDONTWRITEBYTECODE, which only stops writing it
        subprocess.run([sys.executable, "-m", "compileall", "-q", *PACKAGES], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        print("byte code: predikat's packages compiled once before timing, as pip does for spaCy's")
    else:
        for cache in (c for package in PACKAGES for c in (ROOT / package).rglob("__pycache__")):
            shutil.rmtree(cache)  # (a cache left by an earlier run would hide the cost)
        print("byte code: none cached for predikat's packages (--no-compile)")
    rounds = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        paths = write_articles(folder, args.files)
        chars = sum(len(p.read_text(encoding="utf-8")) for p in paths)
        for round_ in range(1, args.rounds + 1):
            base_wall, base_cpu, tokens = timed([sys.executable, "-c", BASELINE, str(folder)])
            db = Path(tmp) / f"bench-{round_}.duckdb"
            ours_wall, ours_cpu, summary = timed([sys.executable, "-m", "pipeline.cli", "-q", "ingest", str(folder),
                                                  "--db", str(db), "--archive", str(Path(tmp) / f"archive-{round_}")])
            rounds.append((base_wall, base_cpu, ours_wall, ours_cpu))
            print(f"round {round_}: tokenisation {base_wall:6.2f} s wall {base_cpu:6.2f} s CPU, "
                  f"predikat ingest {ours_wall:6.2f} s wall {ours_cpu:6.2f} s CPU, "
                  f"ratio {ours_wall / base_wall:.2f} wall {ours_cpu / base_cpu:.2f} CPU", flush=True)
    base_wall, base_cpu, ours_wall, ours_cpu = (statistics.median(r[k] for r in rounds) for k in range(4))
    print(f"files {args.files}, {chars / 1e6:.2f} M characters, {tokens} tokens")
    print(f"spacy.blank('id') tokenisation (process, start-up included), median: {base_wall:7.2f} s wall {base_cpu:7.2f} s CPU")
    print(f"predikat ingest (process, start-up included), median:                {ours_wall:7.2f} s wall {ours_cpu:7.2f} s CPU")
    print(f"ratio of medians predikat / tokenisation: {ours_wall / base_wall:.2f} wall, {ours_cpu / base_cpu:.2f} CPU"
          "  (target <= 2.0)")
    print(f"predikat: {summary}")


if __name__ == "__main__":
    main()

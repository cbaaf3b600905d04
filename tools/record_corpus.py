"""Re-record corpus/recorded/archive/ from the site files in corpus/recorded/site/.

    python tools/record_corpus.py

The site files (one per URL, listed in site/manifest.toml) are served by an in-process
transport adapter mounted on predikat's own fetcher, and the real crawler runs over them with
corpus/recorded/sources.toml: robots.txt, discovery, redirects and archiving are the live code
path. The WARC files it writes become the recorded archive that `make demo` replays.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.fetcher import Fetcher  # noqa: E402
from corpus.sitefolder import SiteFolderAdapter  # noqa: E402
from corpus.sources import load_sources  # noqa: E402
from pipeline.run import run  # noqa: E402

RECORDED = ROOT / "corpus" / "recorded"


def main() -> int:
    manifest = tomllib.loads((RECORDED / "site" / "manifest.toml").read_text(encoding="utf-8"))
    adapter = SiteFolderAdapter(RECORDED / "site", manifest["page"])
    config = load_sources(RECORDED / "sources.toml")
    archive = RECORDED / "archive"
    shutil.rmtree(archive, ignore_errors=True)
    with tempfile.TemporaryDirectory() as tmp:
        log = run(RECORDED / "sources.toml", Path(tmp) / "record.duckdb", archive,
                  fetcher=Fetcher(config.settings, adapter))
    print(f"recorded {log.fetched} responses ({log.new} documents) into {archive}; status {log.status}")
    for error in log.errors:
        print(f"  {error['item']}: {error['reason']}")
    unserved = sorted(set(adapter.pages) - set(adapter.served))
    if unserved:
        print("not requested by the crawl:", *unserved, sep="\n  ")
    return 0 if log.status != "failed" else 1


if __name__ == "__main__":
    raise SystemExit(main())

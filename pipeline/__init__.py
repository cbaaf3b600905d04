"""predikat's orchestration: ingest, the nightly run, re-extraction, evaluation and the CLI."""

"""The ``predikat`` command line: a thin layer over the library functions.

Exit codes (also in docs/operations.md):
  0  ok; for ``run`` and ``reextract`` also 'partial' (a dead link or a failing source is reported
     and recorded in ``runs``, and does not fail the run)
  1  ``ingest`` only: some of the paths given could not be ingested; the others were stored
  2  usage error (bad option or argument)
  3  the run failed; nothing it did was stored (a 'failed' row is in ``runs``)
  4  another predikat run is writing the warehouse
  5  bad input: a missing path, a file that is not a predikat warehouse, an SQL error
  70 internal error (a bug: please report it; PREDIKAT_DEBUG=1 shows the traceback)
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import click

from warehouse.database import WarehouseError
from warehouse.publish import WarehouseBusy

EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, EXIT_FAILED, EXIT_BUSY, EXIT_INPUT, EXIT_INTERNAL = 0, 1, 2, 3, 4, 5, 70

DB_OPTION = click.option(
    "--db", "db", type=click.Path(dir_okay=False, path_type=Path), default=lambda: os.environ.get("PREDIKAT_DB", "predikat.duckdb"),
    show_default="predikat.duckdb or $PREDIKAT_DB", help="The DuckDB warehouse file.",
)


def fail(message: str, code: int) -> None:
    click.echo(f"predikat: error: {message}", err=True)
    raise click.exceptions.Exit(code)


class PredikatGroup(click.Group):
    """Turns every error into one line and an exit code: a traceback to a user is a bug."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except WarehouseBusy as error:
            fail(str(error), EXIT_BUSY)
        except WarehouseError as error:
            fail(str(error), EXIT_INPUT)
        except KeyboardInterrupt:
            click.echo("predikat: interrupted", err=True)
            raise click.exceptions.Exit(130)
        except Exception as error:  # the last line of defence
            if os.environ.get("PREDIKAT_DEBUG"):
                raise
            fail(f"internal error: {type(error).__name__}: {error} (set PREDIKAT_DEBUG=1 for the traceback)",
                 EXIT_INTERNAL)


@click.group(cls=PredikatGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", is_flag=True, help="Log more (debug level).")
@click.option("-q", "--quiet", is_flag=True, help="Log only warnings and errors; no progress bar.")
@click.version_option(package_name="predikat")
@click.pass_context
def cli(ctx: click.Context, verbose: bool, quiet: bool) -> None:
    """predikat: Indonesian governance ratings (predikat) from news and JDIH regulations, into DuckDB.

    \b
    Quick start:
      predikat demo                      # the recorded corpus into ./predikat.duckdb
      predikat query "SELECT * FROM v_region_predikat LIMIT 10"
      predikat trace <fact_id>
    """
    level = logging.DEBUG if verbose else logging.WARNING if quiet else logging.INFO
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s %(message)s", stream=sys.stderr)
    for noisy in ("pdfminer", "urllib3", "charset_normalizer", "trafilatura", "htmldate", "filelock"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    ctx.obj = {"quiet": quiet}


def _reporter(ctx: click.Context):
    from pipeline.progress import reporter_for_terminal

    return reporter_for_terminal(quiet=ctx.obj.get("quiet", False))


def _exit_for(log, partial: int = EXIT_OK) -> int:
    """``partial`` is success for the nightly job (the web has dead links) and a warning for ingest
    (a path the user named was not ingested)."""
    return {"ok": EXIT_OK, "partial": partial, "failed": EXIT_FAILED}[log.status]


def _summary_line(log) -> str:
    return (f"run {log.run_id}: {log.status}; read {log.fetched}, new {log.new}, changed {log.changed}, "
            f"unchanged {log.unchanged}, skipped {log.skipped}, failed {log.failed}; facts {log.facts}")


# ---------------------------------------------------------------------- ingest
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--archive", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the WARC archive of raw bytes [default: archive/ next to the warehouse].")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], db: Path, archive: Path | None) -> None:
    """Ingest local files or folders (.txt, .html/.htm, .pdf).

    The same file twice adds nothing; a changed file replaces its document's facts.

    \b
    Example:
      predikat ingest seed.txt articles/ --db predikat.duckdb
    """
    from pipeline.ingest import NothingToIngest, ingest as run_ingest

    try:
        log = run_ingest(paths, db, archive, reporter=_reporter(ctx))
    except NothingToIngest as error:
        fail(str(error), EXIT_INPUT)
    click.echo(_summary_line(log))
    ctx.exit(_exit_for(log, partial=EXIT_PARTIAL if log.failed else EXIT_OK))


# ---------------------------------------------------------------------- run
@cli.command("run")
@click.option("--sources", type=click.Path(dir_okay=False, path_type=Path), default=Path("corpus/sources.toml"),
              show_default=True, help="The sources file (TOML, one [[source]] table per source).")
@DB_OPTION
@click.option("--archive", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Folder for the WARC archive [default: archive/ next to the warehouse].")
@click.option("--replay", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
              help="Read this WARC archive folder instead of the network.")
@click.pass_context
def run_command(ctx: click.Context, sources: Path, db: Path, archive: Path | None, replay: Path | None) -> None:
    """The nightly job: discover, fetch politely, archive, extract and load.

    Unchanged sources cost conditional requests only; a failing source is reported and
    recorded in the runs table without stopping the others.

    \b
    Examples:
      predikat run --sources corpus/sources.toml
      predikat run --sources corpus/recorded/sources.toml --replay corpus/recorded/archive
    """
    from corpus.sources import SourcesError
    from pipeline.run import run

    try:
        log = run(sources, db, archive, replay, reporter=_reporter(ctx))
    except SourcesError as error:
        fail(str(error), EXIT_INPUT)
    click.echo(_summary_line(log))
    ctx.exit(_exit_for(log))


# ---------------------------------------------------------------------- demo
RECORDED = Path(__file__).resolve().parent.parent / "corpus" / "recorded"


@cli.command()
@DB_OPTION
@click.pass_context
def demo(ctx: click.Context, db: Path) -> None:
    """Run the nightly job over the recorded corpus shipped in the repo, then summarise.

    The corpus (corpus/recorded/) is a WARC archive of pages shaped like the real sources; it
    is replayed through the same code path as a live run, so no network is needed.

    \b
    Example:
      predikat demo --db predikat.duckdb
    """
    from pipeline.run import run
    from pipeline.summary import summary_text

    log = run(RECORDED / "sources.toml", db, None, RECORDED / "archive", reporter=_reporter(ctx))
    click.echo(_summary_line(log))
    click.echo(summary_text(db))
    ctx.exit(_exit_for(log))


# ---------------------------------------------------------------------- query
@cli.command()
@click.argument("sql")
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def query(sql: str, db: Path, fmt: str) -> None:
    """Run a read-only SQL query against the warehouse.

    \b
    Examples:
      predikat query "SELECT predikat, count(*) FROM facts GROUP BY 1"
      predikat query "SELECT * FROM v_region_predikat WHERE province_code = '16'" --format csv
    """
    from pipeline.output import write_rows
    from warehouse.database import connect_readonly

    con = connect_readonly(db)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    except Exception as error:  # duckdb reports SQL problems as several exception types
        fail(f"query failed: {str(error).splitlines()[0]}", EXIT_INPUT)
    finally:
        con.close()
    write_rows(columns, rows, fmt, sys.stdout)


# ---------------------------------------------------------------------- trace
@cli.command()
@click.argument("fact_id")
@DB_OPTION
def trace(fact_id: str, db: Path) -> None:
    """Show where a fact comes from: sentence, document, URL, time, stored bytes and a re-hash.

    \b
    Example:
      predikat trace 3f9c2e1a7b6d4c05
    """
    from pipeline.output import format_trace
    from warehouse.database import connect_readonly
    from warehouse.provenance import trace_fact

    con = connect_readonly(db)
    try:
        result = trace_fact(con, fact_id, db)
    finally:
        con.close()
    click.echo(format_trace(result))
    if result.rehash is not None and not result.bytes_match:
        fail("the archived bytes no longer match the stored sha256", EXIT_INPUT)


# ---------------------------------------------------------------------- eval
@cli.command("eval")
@click.argument("gold", nargs=-1, required=True)
@click.option("--misses/--no-misses", default=True, show_default=True, help="List missed and extra facts per article.")
@click.option("--json", "as_json", is_flag=True, help="Print the totals and misses as JSON.")
@click.pass_context
def eval_command(ctx: click.Context, gold: tuple[str, ...], misses: bool, as_json: bool) -> None:
    """Score extraction against annotated articles (JSONL, the format of shared/eval/dev).

    Articles go through a temporary warehouse by the same path as any document; strict facts,
    regions and citations are scored as the annotation README defines.

    \b
    Example:
      predikat eval ../shared/eval/dev/dev.jsonl tests/eval/articles_ham.jsonl
    """
    import json as jsonlib

    from pipeline.evaluate import evaluate, format_report, report_json

    report = evaluate(list(gold), reporter=_reporter(ctx))
    if as_json:
        click.echo(jsonlib.dumps(report_json(report), ensure_ascii=False, indent=1))
    else:
        click.echo(format_report(report, show_misses=misses))


# ---------------------------------------------------------------------- reextract
@cli.command()
@DB_OPTION
@click.option("--all", "everything", is_flag=True, help="Also documents already extracted by this version.")
@click.pass_context
def reextract(ctx: click.Context, db: Path, everything: bool) -> None:
    """Re-extract stored documents with the current extractor, from the archive, without refetching.

    Facts are replaced atomically; each fact keeps its extractor_version.

    \b
    Example:
      predikat reextract --db predikat.duckdb
    """
    from pipeline.reextract import reextract as run_reextract
    from warehouse.database import check_warehouse_file

    check_warehouse_file(db, must_exist=True)
    log = run_reextract(db, everything, reporter=_reporter(ctx))
    click.echo(_summary_line(log))
    ctx.exit(_exit_for(log))


# ---------------------------------------------------------------------- export
@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@DB_OPTION
@click.option("--format", "fmt", type=click.Choice(["parquet"]), default="parquet", show_default=True)
def export(directory: Path, db: Path, fmt: str) -> None:
    """Write every table and view as Parquet into DIRECTORY, with a manifest.json.

    \b
    Example:
      predikat export exports/ --format parquet
      python -c "import polars as pl; print(pl.read_parquet('exports/v_facts.parquet'))"
    """
    from warehouse.database import connect_readonly
    from warehouse.export import export_parquet

    con = connect_readonly(db)
    try:
        manifest = export_parquet(con, directory)
    finally:
        con.close()
    for entry in manifest["files"]:
        click.echo(f"{entry['file']:32} {entry['kind']:5} {entry['rows']:>8} rows")


# ---------------------------------------------------------------------- search
@cli.command()
@click.argument("text")
@DB_OPTION
@click.option("--province", help="Only documents mentioning a region of this province code (e.g. 16).")
@click.option("--limit", default=20, show_default=True)
def search(text: str, db: Path, province: str | None, limit: int) -> None:
    """Full-text search over documents (BM25 with the fts extension, plain SQL otherwise).

    \b
    Example:
      predikat search "peduli HAM" --province 16
    """
    from warehouse.database import connect_readonly
    from warehouse.search import search as run_search

    con = connect_readonly(db)
    try:
        hits, method = run_search(con, text, province, limit)
    finally:
        con.close()
    for hit in hits:
        click.echo(f"{hit.score:7.2f}  {str(hit.published_date or ''):10}  {hit.document_id}  {hit.title or hit.url}")
        click.echo(f"         {hit.url}")
        click.echo(f"         {hit.snippet}")
    click.echo(f"({len(hits)} documents, {method})", err=True)


# ---------------------------------------------------------------------- runs
@cli.command()
@DB_OPTION
@click.option("--limit", default=10, show_default=True)
def runs(db: Path, limit: int) -> None:
    """Show the latest runs with their status, counts and errors.

    \b
    Example:
      predikat runs --limit 5
    """
    from pipeline.output import format_table
    from warehouse.database import connect_readonly

    con = connect_readonly(db)
    try:
        cursor = con.execute(
            "SELECT run_id, command, started_at, finished_at, status, fetched, new, changed, unchanged, skipped,"
            " failed, facts, json_array_length(errors::JSON) AS errors FROM runs ORDER BY started_at DESC LIMIT ?",
            [limit])
        click.echo(format_table([d[0] for d in cursor.description], cursor.fetchall()), nl=False)
    finally:
        con.close()


# ---------------------------------------------------------------------- extract
@cli.command()
@click.argument("source")
@click.option("--published", help="The article date (YYYY-MM-DD), when the text does not say it.")
def extract(source: str, published: str | None) -> None:
    """Print the facts found in a file or a text, without touching any warehouse.

    \b
    Example:
      predikat extract "Kota Palembang meraih predikat KKPHAM tahun 2023."
    """
    from datetime import date

    from extractors.extract import Extractor
    from extractors.text import to_text

    path = Path(source)
    if path.is_file():
        parsed = to_text(path.read_bytes(), None, path.name)
        text, day = parsed.text, parsed.published
    else:
        text, day = source, None
    if published:
        day = date.fromisoformat(published)
    result = Extractor().extract(text, day)
    for f in result.facts:
        click.echo(f"{f.holder_kind:6} {f.region_code or '-':6} {f.predikat:20} {f.grade or '-':12} "
                   f"{f.year or '-'!s:5} {f.status:16} {f.confidence:.2f}  {f.holder}")
    for c in result.citations:
        click.echo(f"citation {c.reg_type} {c.number or '-'} {c.year}  {c.mention}")


def main() -> None:
    cli(prog_name="predikat")


if __name__ == "__main__":
    main()

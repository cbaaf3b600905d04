"""The ``predikat`` command line: a thin layer over the library functions.

Exit codes (also in docs/operations.md):
  0  ok
  1  partial: some items failed or were skipped; the rest was stored
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


def _exit_for(log) -> int:
    return {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED}[log.status]


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

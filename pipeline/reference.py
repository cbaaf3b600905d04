"""Reference tables the warehouse keeps in step with the project's data files."""

from __future__ import annotations

import duckdb

from extractors.gazetteer import Gazetteer
from warehouse.load import refresh_regions


def refresh_reference_tables(con: duckdb.DuckDBPyConnection) -> None:
    gazetteer = Gazetteer.load()
    regions = [r.__dict__ for r in gazetteer.regions.values()]
    aliases = [{"code": code, "alias": alias, "kind": kind} for code, alias, kind in gazetteer.aliases]
    refresh_regions(con, regions, aliases)

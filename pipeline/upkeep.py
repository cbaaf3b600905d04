"""What every writing command does before it publishes: link citations, refresh the search index."""

from __future__ import annotations

import duckdb

from warehouse.load import link_citations
from warehouse.publish import RunLog
from warehouse.search import has_index, rebuild_index


def before_publish(con: duckdb.DuckDBPyConnection, log: RunLog) -> None:
    link_citations(con)
    if log.new or log.changed or not has_index(con):
        rebuild_index(con)

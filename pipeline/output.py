"""Formatting results for the terminal: query rows, traces, summaries."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from decimal import Decimal
from typing import TextIO

from warehouse.provenance import Trace


def _plain(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def write_rows(columns: list[str], rows: list[tuple], fmt: str, out: TextIO) -> None:
    if fmt == "csv":
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else _plain(v) for v in row])
    elif fmt == "json":
        json.dump([dict(zip(columns, map(_plain, row))) for row in rows], out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        out.write(format_table(columns, rows))


def format_table(columns: list[str], rows: list[tuple], max_width: int = 60) -> str:
    def cell(value) -> str:
        text = "" if value is None else str(_plain(value))
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    cells = [[cell(v) for v in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [" | ".join(c.ljust(w) for c, w in zip(columns, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(v.ljust(w) for v, w in zip(r, widths)) for r in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_trace(t: Trace) -> str:
    f, d, r = t.fact, t.document, t.region
    region = f"{f['region_code']} {('Provinsi' if r['level'] == 'provinsi' else r['level'].title())} {r['name']} ({r['province_name']})" if r else (f["region_code"] or "-")
    lines = [
        f"fact      {f['fact_id']}",
        f"claim     {f['holder_kind']} {f['holder']!r} -> {region}",
        f"          {f['predikat']}{' ' + f['grade'] if f['grade'] else ''}, year {f['year'] if f['year'] is not None else 'unknown'}"
        f" ({f['year_basis'] or '-'}), status {f['status']} (cue: {f['status_cue'] or '-'})",
        f"          confidence {f['confidence']:.2f}, linked by {f['link_method'] or '-'}, extractor {f['extractor_version']}",
        f"evidence  characters {f['evidence_start']}-{f['evidence_end']} of the document text; mention {f['mention_start']}-{f['mention_end']} marked »…«:",
        f"          {t.evidence_marked}",
        f"document  {d['document_id']}  {d['title'] or ''}",
        f"url       {d['url']}",
        f"published {d['published_date'] or 'unknown'} (from {d['published_basis']}){'  place ' + d['place'] if d.get('place') else ''}",
        f"fetched   {d['fetched_at']} UTC by run {d['run_id']}",
        f"sha256    {d['sha256']}  ({d['byte_length']} bytes as read)",
    ]
    if t.archive_path is not None:
        lines.append(f"archived  {t.archive_path} @ offset {d['warc_offset']} ({d['warc_length']} bytes, WARC record)")
    if t.rehash is not None:
        verdict = "matches" if t.bytes_match else "DOES NOT MATCH"
        lines.append(f"re-hash   {t.rehash}  {verdict}")
    if t.rehash_problem:
        lines.append(f"re-hash   not possible: {t.rehash_problem}")
    if t.local_file_sha is not None:
        same = "unchanged since it was read" if t.local_file_sha == d["sha256"] else "CHANGED since it was read"
        lines.append(f"on disk   {t.local_file_sha}  the file is {same}")
    return "\n".join(lines)

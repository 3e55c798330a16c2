"""Writing records as JSONL or CSV, the same way for every command that exports."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

import click

from ..store.export import CSV_BOM, csv_row

FORMATS = ("jsonl", "csv")

format_option = click.option("--format", "fmt", type=click.Choice(FORMATS), default="jsonl", show_default=True)
output_option = click.option("-o", "--output", type=click.File("w", encoding="utf-8", lazy=True), default="-",
                             help="Write here instead of stdout.")
bom_option = click.option("--no-bom", "no_bom", is_flag=True,
                          help="CSV without the byte order mark (spreadsheets need it to read UTF-8; some tools do not want it).")


def write_records(stream: TextIO, records: Iterable[dict[str, Any]], *, fmt: str, fields: Sequence[str],
                  bom: bool = True) -> int:
    """JSONL (each record whole, Vietnamese as itself) or CSV (`fields`, header first). Returns
    how many records were written."""
    written = 0
    if fmt == "csv":
        if bom:
            stream.write(CSV_BOM)
        writer = csv.writer(stream)
        writer.writerow(fields)
        for record in records:
            writer.writerow(csv_row(record, fields))
            written += 1
    else:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written

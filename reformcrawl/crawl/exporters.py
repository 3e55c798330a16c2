"""The CSV Scrapy's feed exports write (`scrapy crawl PORTAL -O items.csv`): the same cells as
`reformcrawl export` (`store.export.csv_cell`: true/false, JSON for lists, no control
characters) and a byte order mark for spreadsheets unless `REFORMCRAWL_CSV_BOM` is false."""

from __future__ import annotations

from collections.abc import Mapping
from typing import IO, Any

from scrapy.crawler import Crawler
from scrapy.exporters import CsvItemExporter

from ..store.export import CSV_BOM, csv_cell

BOM_SETTING = "REFORMCRAWL_CSV_BOM"


class SpreadsheetCsvExporter(CsvItemExporter):
    def __init__(self, file: IO[bytes], *, bom: bool = True, **kwargs: Any) -> None:
        super().__init__(file, **kwargs)  # type: ignore[arg-type]
        self.bom = bom and self.encoding.replace("_", "-").lower() in ("utf-8", "utf8")

    @classmethod
    def from_crawler(cls, crawler: Crawler, file: IO[bytes], *args: Any, **kwargs: Any) -> SpreadsheetCsvExporter:
        return cls(file, *args, bom=crawler.settings.getbool(BOM_SETTING, True), **kwargs)

    def start_exporting(self) -> None:
        if self.bom:
            self.stream.write(CSV_BOM)

    def serialize_field(self, field: Mapping[str, Any], name: str, value: Any) -> str:
        return csv_cell(value)

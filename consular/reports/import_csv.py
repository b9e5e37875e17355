"""The CSV written by ``consular export cases|people|contacts``: the import's own column names,
so the file imports back as it is. The first line is the marking (classification and the audit
chain head the rows were read at); the import's header search skips it."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from consular.reports import output_file


def csv_bytes(marking: str, headers: list[str], rows: list[dict[str, str]]) -> bytes:
    """``rows`` (header → text) under ``marking`` as UTF-8 CSV."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow([marking])
    writer.writerow(headers)
    for row in rows:
        writer.writerow([row.get(h, "") for h in headers])
    return out.getvalue().encode("utf-8")


def write_rows(path: Path, marking: str, headers: list[str], rows: list[dict[str, str]]) -> None:
    output_file.write_bytes(path, csv_bytes(marking, headers, rows))

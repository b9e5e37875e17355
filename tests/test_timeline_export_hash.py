"""The SHA-256 an export's audit entry records is that of the file's bytes: the CSV's hashed as
it is written (a 20,000-event case's 23 MB were read back to hash them), the other formats'
by reading the file back (services/outputs.deliver)."""

from __future__ import annotations

import hashlib

import pytest

from consular.reports import output_file
from consular.services import audit
from consular.services.timeline import TimelineFilter, export_timeline
from tests.service_helpers import case_with_calls


@pytest.fixture
def long_case(ctx):
    reference, _police = case_with_calls(
        ctx,
        30,
        subject=lambda i: f"Call {i:02d} «Bamako»",
        notes=lambda i: f'Note {i}, with a comma and a "quote"\n' + "x" * (i * 500),
    )
    return reference


def _recorded(ctx, reference: str, name: str) -> dict:
    return [a for a in audit.audit_trail(ctx, reference) if a.action == "timeline.export" and a.after["file"] == name][
        -1
    ].after


def test_the_csv_is_hashed_as_it_is_written_and_recorded_with_its_bytes_hash(ctx, long_case, tmp_path, monkeypatch):
    def read_back(path):
        raise AssertionError("the CSV was read back to hash it")

    monkeypatch.setattr(output_file, "sha256_file", read_back)
    out = tmp_path / "t.csv"
    export_timeline(ctx, long_case, "csv", out, TimelineFilter(include_restricted=True))
    after = _recorded(ctx, long_case, "t.csv")
    data = out.read_bytes()
    assert after["sha256"] == hashlib.sha256(data).hexdigest()
    assert after["bytes"] == len(data) > 15_000
    assert data.count(b"\r\n") > 30


@pytest.mark.parametrize("fmt", ["json", "ics", "xlsx"])
def test_the_other_formats_are_recorded_with_the_hash_of_the_file_read_back(ctx, long_case, tmp_path, fmt):
    out = tmp_path / f"t.{fmt}"
    export_timeline(ctx, long_case, fmt, out)
    after = _recorded(ctx, long_case, out.name)
    assert after["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert after["bytes"] == out.stat().st_size

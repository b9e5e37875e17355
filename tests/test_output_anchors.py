"""Every brief and timeline export carries the audit chain head it was issued at, and that
anchor checks the history: read back with independent parsers (pypdf, csv, json, icalendar,
openpyxl), compared with the chain as sqlite3 sees it, verified, then broken by a rewrite.

Tampering is done as an attacker holding the file would: raw SQL, the hashes recomputed.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import openpyxl
import pytest
from pypdf import PdfReader

from consular.cli.main import main
from consular.db import audit_hash
from consular.services import audit_chain, briefs
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, export_timeline
from tests.demo_data import CASEWORKER, KAYES, SUPERVISOR, VIEWER
from tests.fixtures_db import sqlite_rows

AS_OF = datetime(2025, 7, 26, 12, 0, tzinfo=UTC)
ANCHOR = re.compile(r"Audit chain head (\d+:[0-9a-f]{12})")
OUTPUTS = ["csv", "json", "ics", "xlsx", "pdf", "brief"]


def ctx_of(database, username: str) -> ServiceContext:
    return ServiceContext(database, actor_for(database, username))


# --- independent readers: the anchor as a person or a script finds it in each file --------


def pdf_anchors(path: Path) -> list[str]:
    """The anchor printed on each page (one per page, or the page fails)."""
    found = []
    for page in PdfReader(str(path)).pages:
        [anchor] = ANCHOR.findall(page.extract_text() or "")
        found.append(anchor)
    return found


def csv_anchor(path: Path) -> str:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    heads = {row["chain_head"] for row in rows}
    assert rows and len(heads) == 1  # the same on every row
    return heads.pop()


def json_anchor(path: Path) -> str:
    return json.loads(path.read_text(encoding="utf-8"))["export"]["chain_head"]


def ics_anchor(path: Path) -> str:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return str(calendar["X-CONSULAR-CHAIN-HEAD"])


def xlsx_anchor(path: Path) -> str:
    workbook = openpyxl.load_workbook(path)
    about = {row[0]: row[1] for row in workbook["About"].iter_rows(values_only=True)}
    footer = workbook["Timeline"].oddFooter.left.text
    assert footer == f"Audit chain head {about['Audit chain head']}"
    return about["Audit chain head"]


def read_anchor(kind: str, path: Path) -> str:
    if kind in ("pdf", "brief"):
        pages = pdf_anchors(path)
        assert len(set(pages)) == 1 and len(pages) >= 1
        return pages[0]
    return {"csv": csv_anchor, "json": json_anchor, "ics": ics_anchor, "xlsx": xlsx_anchor}[kind](path)


def issue(ctx: ServiceContext, kind: str, folder: Path) -> tuple[Path, str]:
    """Make the output; returns the file and the action of its audit entry."""
    if kind == "brief":
        result = briefs.issue_brief(ctx, KAYES, folder / "kayes-brief.pdf", since="2025-07-01", as_of=AS_OF)
        return result.path, "brief.issue"
    path = folder / f"kayes.{kind}"
    export_timeline(ctx, KAYES, kind, path, TimelineFilter())
    return path, "timeline.export"


def chain_at(path: Path, seq: int) -> str:
    [(chain,)] = sqlite_rows(path, "SELECT chain FROM audit_entries WHERE seq = ?", (seq,))
    return chain


def own_entry(path: Path, action: str) -> tuple[int, dict]:
    """The newest audit entry of ``action``: its position and what it recorded."""
    [(seq, after)] = sqlite_rows(
        path, "SELECT seq, after FROM audit_entries WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
    )
    return seq, json.loads(after)


def raw(path: Path, sql: str, params=()) -> list[tuple]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(sql, params).fetchall()
        connection.commit()
        return rows
    finally:
        connection.close()


def rewrite_history(path: Path, seq: int) -> None:
    """Edit entry ``seq`` and recompute every hash from there on, as someone without the key
    would (the same rewrite as tests/test_audit_chain.py's consistent-rewrite test)."""
    raw(path, "UPDATE audit_entries SET after = '{\"forged\": true}' WHERE seq = ?", (seq,))
    rows = raw(
        path,
        "SELECT seq, at, actor_id, action, entity, entity_id, case_id, before, after, state, key_id "
        "FROM audit_entries ORDER BY seq",
    )
    [(chain_id,)] = raw(path, "SELECT chain_id FROM audit_chain_head")
    previous = audit_hash.genesis(chain_id)
    for row in rows:
        previous = audit_hash.link(previous, audit_hash.entry_bytes(*row))
        raw(path, "UPDATE audit_entries SET chain = ? WHERE seq = ?", (previous.hex(), row[0]))
    raw(path, "UPDATE audit_chain_head SET chain = ?", (previous.hex(),))


# --- the tests ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", OUTPUTS)
@pytest.mark.parametrize("username", [VIEWER, CASEWORKER])
def test_every_output_carries_the_chain_head_before_its_own_entry(demo_db, tmp_path, kind, username):
    ctx = ctx_of(demo_db, username)
    path, action = issue(ctx, kind, tmp_path)
    printed = read_anchor(kind, path)
    seq, after = own_entry(demo_db.path, action)
    # Nothing else wrote in between: the head printed is the entry just before the output's own.
    assert printed == f"{seq - 1}:{chain_at(demo_db.path, seq - 1)[:12]}"
    assert after["chain_head"] == printed
    # This machine kept the anchor too (the full hash), and verify uses it.
    anchors = audit_chain.anchors_file().read_text(encoding="utf-8")
    assert f"\t{seq - 1}\t{chain_at(demo_db.path, seq - 1)}\t" in anchors
    report = audit_chain.verify(demo_db, anchors=[printed], use_recorded_anchors=False, check_records=False)
    assert report.ok, report.problems
    assert report.anchors_checked == 1


def test_a_brief_prints_its_anchor_on_every_page_and_says_it(demo_db, tmp_path):
    ctx = ctx_of(demo_db, SUPERVISOR)
    result = briefs.issue_brief(
        ctx, KAYES, tmp_path / "b.pdf", since="2025-07-01", as_of=AS_OF, include_restricted=True
    )
    pages = pdf_anchors(result.path)
    assert len(pages) == result.page_count > 1 and set(pages) == {result.chain_head}


@pytest.mark.parametrize("kind", ["csv", "brief"])
def test_an_anchor_from_an_output_catches_a_rewritten_history(demo_db, tmp_path, kind):
    ctx = ctx_of(demo_db, SUPERVISOR)
    path, _action = issue(ctx, kind, tmp_path)
    printed = read_anchor(kind, path)
    anchor_seq = int(printed.split(":")[0])
    [(contact_seq,)] = sqlite_rows(
        demo_db.path, "SELECT max(seq) FROM audit_entries WHERE action = 'contact.log' AND seq < ?", (anchor_seq,)
    )
    ok = audit_chain.verify(demo_db, check_signatures=False, anchors=[printed], use_recorded_anchors=False)
    assert ok.ok and ok.anchors_checked == 1
    rewrite_history(demo_db.path, contact_seq)
    # On a machine without the key (a copy elsewhere) the hashes agree again; only the anchor tells.
    elsewhere = {"keys": [], "check_signatures": False, "use_recorded_anchors": False, "check_records": False}
    plain = audit_chain.verify(demo_db, **elsewhere)
    assert plain.ok, plain.problems
    caught = audit_chain.verify(demo_db, anchors=[printed], **elsewhere)
    assert [p.kind for p in caught.problems] == ["anchor"] and caught.problems[0].seq == anchor_seq


def test_cli_checks_a_printed_anchor(demo_db, tmp_path, capsys, monkeypatch, demo_password_file):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    target = tmp_path / "kayes.json"
    assert main(["--db", str(demo_db.path), "--user", VIEWER, "export", "timeline", KAYES, "-o", str(target)]) == 0
    _, err = capsys.readouterr()
    printed = json_anchor(target)
    assert f"audit chain head {printed}" in err
    base = ["--db", str(demo_db.path), "--user", SUPERVISOR, "audit", "verify", "--no-key", "--skip-records"]
    assert main([*base, "--anchor", printed]) == 0
    out, _ = capsys.readouterr()
    assert "1 anchors checked" in out and "OK" in out
    [(contact_seq,)] = sqlite_rows(
        demo_db.path,
        "SELECT max(seq) FROM audit_entries WHERE action = 'contact.log' AND seq < ?",
        (int(printed.split(":")[0]),),
    )
    rewrite_history(demo_db.path, contact_seq)
    monkeypatch.setenv("CONSULAR_DATA_DIR", str(tmp_path / "elsewhere"))  # a machine with only the printout
    assert main([*base, "--anchor", printed]) == 1
    out, _ = capsys.readouterr()
    assert f"Anchor {printed}" in out and "TAMPERED" in out


def test_cli_brief_prints_the_anchor_it_put_on_the_pages(demo_db, tmp_path, capsys, monkeypatch, demo_password_file):
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(demo_password_file))
    target = tmp_path / "kayes.pdf"
    argv = ["--db", str(demo_db.path), "--user", VIEWER, "brief", KAYES, "-o", str(target), "--since", "2025-07-01"]
    assert main(argv) == 0
    out, _ = capsys.readouterr()
    [printed] = set(pdf_anchors(target))
    assert f"audit chain head {printed}" in out
    seq, after = own_entry(demo_db.path, "brief.issue")
    assert after["chain_head"] == printed and int(printed.split(":")[0]) == seq - 1

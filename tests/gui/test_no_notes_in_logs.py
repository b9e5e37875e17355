"""No note text in logs or crash reports: each known failure path is provoked for real (raw
SQL on the file, a damaged draft on disk, a trigger that makes a save fail) while a contact
with distinctive notes is read or saved, and the log file and the crash report are read back.

Each test also checks that the failure *was* logged and reported, so that a path that stops
logging does not pass by saying nothing.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from pathlib import Path

import pytest

from consular.gui import errors
from consular.gui.forms import drafts
from consular.services import contacts, counterparts
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

NOTES = "Quokka-Zanzibar-7731: the courier will bring the ransom to the old ferry landing at dusk."
SECRET = "Quokka-Zanzibar-7731"


@pytest.fixture
def log_path(tmp_path):
    """The app's scrubbed log file handler on the root logger, for this test only."""
    path = tmp_path / "consular.log"
    handler = errors.file_handler(path)
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    yield path
    root.removeHandler(handler)
    handler.close()
    root.setLevel(previous)


def log_text(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def raw(ctx, sql: str, params=()) -> None:
    conn = sqlite3.connect(ctx.database.path)
    try:
        conn.execute(sql, params)
        conn.commit()
    finally:
        conn.close()


def log_one(ctx, notes: str = NOTES):
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, KAYES)[:1]]
    return contacts.log_contact(
        ctx,
        KAYES,
        counterpart_ids=with_whom,
        occurred_at="2025-07-02T10:00+00:00",
        channel="phone",
        subject="Courier",
        notes=notes,
    )


def assert_clean(path: Path, *, expect: str) -> None:
    text = log_text(path)
    assert expect in text, f"the failure was not logged at all:\n{text[-2000:]}"
    assert SECRET not in text
    assert errors.last_crash_report is not None
    summary, details = errors.last_crash_report
    assert SECRET not in summary and SECRET not in details
    assert expect in details


def test_invalid_utf8_in_a_note_read_back_is_not_logged(gui_ctx, log_path):
    entry = log_one(gui_ctx)
    # Someone with the file puts bytes that are not UTF-8 in the middle of the notes.
    damaged = NOTES.encode() + b"\xff\xfe" + b" and more of the note"
    raw(gui_ctx, "UPDATE contact_entries SET notes = CAST(? AS TEXT) WHERE id = ?", (damaged, entry.id))
    with pytest.raises(Exception) as caught:
        contacts.get_contact(gui_ctx, entry.id)
    assert "could not decode" in str(caught.value).lower()  # the failure this test is about
    errors.show_error(None, caught.value)
    assert_clean(log_path, expect="Could not decode to UTF-8")


def test_an_exception_inside_a_save_does_not_log_the_notes(gui_ctx, log_path):
    # A trigger that fails at run time: the INSERT of the contact (its notes among the statement's
    # values) fails inside the service, a bug as far as the app can tell.
    raw(
        gui_ctx,
        "CREATE TRIGGER break_contact_save BEFORE INSERT ON contact_entries "
        "BEGIN INSERT INTO no_such_table VALUES (1); END",
    )
    with pytest.raises(Exception) as caught:
        log_one(gui_ctx)
    assert "no_such_table" in str(caught.value)
    # Through the hook that catches what escapes a Qt slot, as a crash report.
    saved_hook = sys.excepthook
    errors.install_excepthook()
    try:
        sys.excepthook(type(caught.value), caught.value, caught.value.__traceback__)
    finally:
        sys.excepthook = saved_hook
    assert_clean(log_path, expect="no_such_table")


def test_the_scrubber_hides_a_decode_error_and_statement_values_wherever_they_appear():
    text = (
        "sqlite3.OperationalError: Could not decode to UTF-8 column 'notes' with text 'Quokka-Zanzibar-7731\n"
        "second line of the note'\n[SQL: SELECT notes FROM contact_entries]\n"
        "[parameters: ('Quokka-Zanzibar-7731 courier', 3)]\n(Background on this error at: https://sqlalche.me/e/20/e3q8)"
    )
    scrubbed = errors.scrub(text)
    assert SECRET not in scrubbed
    assert "column 'notes' with text <hidden>" in scrubbed and "[SQL: SELECT notes FROM contact_entries]" in scrubbed
    assert "[parameters: <hidden>]" in scrubbed and "Background on this error" in scrubbed


def test_a_damaged_old_draft_file_is_discarded_without_logging_its_text(gui_ctx, private_config, log_path):
    """Drafts live in the database now; an old plaintext draft file that is damaged is deleted
    at import, and the log file (the app's own handler) names the file, never its notes."""
    folder = drafts.legacy_drafts_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "BAM-2025-0001.json"
    path.write_bytes(b'{"notes": "' + NOTES.encode() + b'", "subject": \xff broken')
    found = drafts.import_legacy_drafts(gui_ctx)
    assert found.discarded == [path.name] and not path.exists()
    text = log_text(log_path)
    assert "Discarded a damaged Log contact draft" in text and path.name in text
    assert SECRET not in text

"""Old plaintext draft files (config folder ``drafts/``) move into the database and are deleted;
damaged ones are deleted unread, and no log line quotes what they held. And DraftSaver, which
writes the dialog's drafts in order (Qt-free, like the rest of forms/drafts.py)."""

from __future__ import annotations

import json
import logging
import os
from datetime import UTC, datetime

import pytest

from consular.domain.clock import Clock, ShiftedClock, wall_now
from consular.gui.forms import drafts
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, SUPERVISOR, VIEWER
from tests.service_helpers import open_case

SECRET = "Nightjar-7734 ransom drop behind the cement silo"


def old_file(folder, name: str, data) -> None:
    """A draft file as the older versions wrote them (forms/drafts.py before 0006)."""
    folder.mkdir(exist_ok=True)
    payload = dict(data, draft_version=1, saved_at="2025-07-02T09:00:00+00:00")
    (folder / name).write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.fixture
def folder(tmp_path, monkeypatch):
    config = tmp_path / "config"
    config.mkdir()
    monkeypatch.setenv("CONSULAR_CONFIG_DIR", str(config))
    return drafts.legacy_drafts_dir()


@pytest.fixture
def me(ctx):
    return ServiceContext(ctx.database, actor_for(ctx.database, CASEWORKER))


def test_old_drafts_move_into_the_database_and_their_files_go(ctx, me, folder, caplog):
    ref = open_case(ctx).reference
    old_file(folder, f"{ref}.json", {"reference": ref, "subject": "New contact, never saved", "notes": "n"})
    old_file(folder, f"{ref}-contact-7.json", {"reference": ref, "contact_id": 7, "outcome": "Edit of 7"})
    old_file(folder, "ZZZ-2025-0009.json", {"reference": "ZZZ-2025-0009", "subject": "Another database's"})
    # Damaged: broken JSON, bytes that are not UTF-8, a list, an older version's set-aside copy,
    # and a write cut short. Each holds a contact's note text.
    (folder / f"{ref}-contact-8.json").write_text('{"notes": "' + SECRET, encoding="utf-8")
    (folder / f"{ref}-contact-9.json").write_bytes(b'{"notes": "' + SECRET.encode("latin-1") + b'\xff\xfe"}')
    (folder / f"{ref}-contact-10.json").write_text(json.dumps([SECRET]), encoding="utf-8")
    (folder / f"{ref}.damaged-20250701120000.json").write_text(json.dumps({"notes": SECRET}), encoding="utf-8")
    (folder / f".{ref}.json.abc123.tmp").write_text('{"notes": "' + SECRET, encoding="utf-8")
    (folder / "notes.txt").write_text("not a draft file", encoding="utf-8")

    with caplog.at_level(logging.DEBUG):
        found = drafts.import_legacy_drafts(me)

    assert sorted(found.imported) == sorted([f"{ref}.json", f"{ref}-contact-7.json"])
    assert len(found.discarded) == 5 and found.kept == ["ZZZ-2025-0009.json"]
    # In the database, for the account signed in, without the file's bookkeeping.
    new = drafts.read_draft(me, drafts.draft_key(ref))
    assert new["subject"] == "New contact, never saved" and new["draft_version"] == 1
    assert new["saved_at"] != "2025-07-02T09:00:00+00:00"  # when it was kept in the database
    assert drafts.read_draft(me, drafts.draft_key(ref, 7))["outcome"] == "Edit of 7"
    boss = ServiceContext(ctx.database, actor_for(ctx.database, SUPERVISOR))
    assert drafts.read_draft(boss, drafts.draft_key(ref)) is None
    # Only the file for a case this database does not hold is left, and what is not ours.
    assert sorted(p.name for p in folder.iterdir()) == ["ZZZ-2025-0009.json", "notes.txt"]
    # The log names the damaged files, never what they held.
    assert SECRET not in caplog.text and "Nightjar" not in caplog.text
    for name in found.discarded:
        assert f"Discarded a damaged Log contact draft: {name}" in caplog.text

    # A second start finds nothing more to do.
    again = drafts.import_legacy_drafts(me)
    assert again.imported == [] and again.discarded == [] and again.kept == ["ZZZ-2025-0009.json"]


def test_the_folder_goes_when_it_is_empty(ctx, me, folder):
    ref = open_case(ctx).reference
    old_file(folder, f"{ref}.json", {"reference": ref, "subject": "s"})
    found = drafts.import_legacy_drafts(me)
    assert found.imported == [f"{ref}.json"] and not folder.exists()


def test_a_newer_draft_in_the_database_is_kept_and_the_old_file_deleted(ctx, me, folder):
    ref = open_case(ctx).reference
    drafts.write_draft(me, drafts.draft_key(ref), {"subject": "Typed after the upgrade"})
    old_file(folder, f"{ref}.json", {"reference": ref, "subject": "From the old file"})
    found = drafts.import_legacy_drafts(me)
    assert found.superseded == [f"{ref}.json"] and not folder.exists()
    assert drafts.read_draft(me, drafts.draft_key(ref))["subject"] == "Typed after the upgrade"


def test_nothing_moves_for_a_viewer_or_the_demo(ctx, folder):
    ref = open_case(ctx).reference
    old_file(folder, f"{ref}.json", {"reference": ref, "subject": "s"})
    viewer = ServiceContext(ctx.database, actor_for(ctx.database, VIEWER))
    assert drafts.import_legacy_drafts(viewer).skipped
    demo = ServiceContext(
        ctx.database, actor_for(ctx.database, CASEWORKER), clock=ShiftedClock(datetime(2025, 7, 25, tzinfo=UTC))
    )
    assert "Demo as of" in drafts.import_legacy_drafts(demo).skipped
    assert [p.name for p in folder.iterdir()] == [f"{ref}.json"]
    assert (
        drafts.read_draft(ServiceContext(ctx.database, actor_for(ctx.database, CASEWORKER)), drafts.draft_key(ref))
        is None
    )


def test_no_folder_no_work(me, folder):
    assert not folder.exists()
    found = drafts.import_legacy_drafts(me)
    assert found == drafts.LegacyImport() and not folder.exists()
    assert os.listdir(folder.parent) == []


# --- DraftSaver: one draft's states written in order, newest wins ----------------------------


class HookedClock(Clock):
    """The real time, calling ``hook`` once when a service asks for it (mid-write)."""

    def __init__(self):
        self.hook = None

    def now(self):
        hook, self.hook = self.hook, None
        if hook is not None:
            hook()
        return wall_now()


def test_the_saver_writes_in_order_one_at_a_time_and_the_newest_state_wins(ctx):
    ref = open_case(ctx).reference
    clock = HookedClock()
    me = ServiceContext(ctx.database, actor_for(ctx.database, CASEWORKER), clock=clock)
    runs = []
    saver = drafts.DraftSaver(me, drafts.draft_key(ref), runs.append)  # runs the work when told

    saver.put({"subject": "A"})
    saver.put({"subject": "B"})  # a write is under way: B waits and replaces A, unwritten
    assert len(runs) == 1 and saver.busy
    # While B is being written, C arrives: written after B, by the same run.
    clock.hook = lambda: saver.put({"subject": "C"})
    outcome = runs[0]()
    assert len(runs) == 1 and not saver.busy
    assert outcome.state == {"subject": "C"} and outcome.view.version == 2  # B then C: two writes
    assert drafts.read_draft(me, drafts.draft_key(ref))["subject"] == "C"

    saver.put(None)
    assert len(runs) == 2
    assert runs[1]().state is None
    assert drafts.read_draft(me, drafts.draft_key(ref)) is None


def test_a_refused_write_is_reported_and_the_saver_goes_on(ctx):
    ref = open_case(ctx).reference
    me = ServiceContext(ctx.database, actor_for(ctx.database, CASEWORKER))
    runs = []
    saver = drafts.DraftSaver(me, drafts.draft_key(ref), runs.append)
    drafts.write_draft(me, drafts.draft_key(ref), {"subject": "Kept elsewhere"})
    saver.put({"subject": "Mine"}, expected_version=0)  # only if there is none: there is one
    outcome = runs[0]()
    assert outcome.error is not None and "elsewhere" in outcome.error.message
    assert drafts.read_draft(me, drafts.draft_key(ref))["subject"] == "Kept elsewhere"
    saver.put({"subject": "Mine"})
    assert runs[1]().view.version == 2 and not saver.busy

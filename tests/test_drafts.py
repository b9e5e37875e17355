"""Drafts in the database (services/drafts.py): the owner's alone, versioned, discarded,
purged with their case, never audited. The same scenarios run on PostgreSQL (postgres mark)."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from consular.db import engine, keyslots
from consular.db.models import Draft
from consular.domain.clock import FixedClock
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.services import at_rest, drafts, purge
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import ADMIN, CASEWORKER, DELTA, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.fixtures_db import add_reference_data
from tests.service_helpers import audit_count, aware, open_case
from tests.test_purge import PASSWORD, decrypted_pages

NOTE = {
    "subject": "Call with Commissaire Diarra",
    "notes": "He says the convoy left Kayes at dawn.",
    "counterparts": [],
}


def as_user(database, username: str, clock=None) -> ServiceContext:
    ctx = ServiceContext(database, actor_for(database, username))
    return ctx if clock is None else ServiceContext(database, ctx.actor, ctx.settings, clock)


def at(database, username: str, *when) -> ServiceContext:
    """``username`` acting at a fixed moment that may change records (not ``--as-of``)."""
    return as_user(database, username, FixedClock(aware(*when), read_only=False))


def draft_rows(database) -> int:
    with database.session() as session:
        return session.scalar(select(func.count()).select_from(Draft))


# --- the scenarios, on any database -----------------------------------------------------------


def saves_versions_and_times(database, ref: str) -> None:
    first = drafts.save_draft(at(database, CASEWORKER, 2025, 7, 2, 9, 0), ref, "contact", NOTE)
    assert (first.version, first.reference, first.kind, first.target) == (1, ref, "contact", "")
    assert first.created_at == first.updated_at == aware(2025, 7, 2, 9, 0)  # the context's clock, not the wall's
    changed = {**NOTE, "notes": NOTE["notes"] + " Two vehicles."}
    second = drafts.save_draft(at(database, CASEWORKER, 2025, 7, 2, 9, 5), ref, "contact", changed, expected_version=1)
    assert second.version == 2
    assert (second.created_at, second.updated_at) == (aware(2025, 7, 2, 9, 0), aware(2025, 7, 2, 9, 5))
    loaded = drafts.load_draft(as_user(database, CASEWORKER), ref.lower(), "CONTACT")
    assert loaded.payload == changed and loaded.version == 2
    assert draft_rows(database) == 1  # replaced, not added

    # A save or a discard over a version that is no longer there is refused and changes nothing.
    me = as_user(database, CASEWORKER)
    with pytest.raises(ConflictError, match="saved elsewhere"):
        drafts.save_draft(me, ref, "contact", {"subject": "stale"}, expected_version=1)
    with pytest.raises(ConflictError):
        drafts.save_draft(me, ref, "contact", {"subject": "stale"}, expected_version=0)  # "only if none yet"
    with pytest.raises(ConflictError):
        drafts.discard_draft(me, ref, "contact", expected_version=1)
    assert drafts.load_draft(me, ref, "contact").payload == changed

    # A new contact and an unfinished edit of contact 12 are two drafts of the same kind.
    edit = drafts.save_draft(me, ref, "contact", {"outcome": "Confirmed by e-mail."}, target=12)
    assert edit.target == "12" and edit.version == 1
    assert drafts.load_draft(me, ref, "contact", target="12").payload == {"outcome": "Confirmed by e-mail."}
    assert drafts.load_draft(me, ref, "contact").payload == changed
    assert [(d.target, d.version) for d in drafts.list_drafts(me)] == [("12", 1), ("", 2)]  # newest first

    assert drafts.discard_draft(me, ref, "contact", target=12, expected_version=1) is True
    assert drafts.discard_draft(me, ref, "contact", target=12) is False  # already gone
    assert drafts.load_draft(me, ref, "contact", target=12) is None
    created = drafts.save_draft(me, ref, "contact", {"subject": "again"}, target=12, expected_version=0)
    assert created.version == 1  # a discarded draft starts again at 1
    with pytest.raises(ConflictError, match="discarded elsewhere"):
        drafts.save_draft(me, ref, "contact", {"subject": "x"}, target=13, expected_version=3)


def only_the_owner(database, ref: str) -> None:
    mine = as_user(database, CASEWORKER)
    drafts.save_draft(mine, ref, "contact", NOTE)
    for username in (SUPERVISOR, "admin", OTHER_CASEWORKER, VIEWER):  # the test staff's administrator
        other = as_user(database, username)
        assert drafts.load_draft(other, ref, "contact") is None, username
        assert drafts.list_drafts(other) == [], username
        assert drafts.list_drafts(other, reference=ref) == [], username
        assert drafts.discard_draft(other, ref, "contact") is False, username
    # The supervisor's own draft on the same form is theirs, beside the caseworker's.
    boss = as_user(database, SUPERVISOR)
    drafts.save_draft(boss, ref, "contact", {"subject": "Supervisor's note"})
    assert drafts.load_draft(boss, ref, "contact").payload == {"subject": "Supervisor's note"}
    assert drafts.load_draft(mine, ref, "contact").payload == NOTE
    assert [d.payload for d in drafts.list_drafts(mine)] == [NOTE]
    # A viewer records nothing, so keeps no draft (the role matrix refuses it).
    with pytest.raises(PermissionDeniedError):
        drafts.save_draft(as_user(database, VIEWER), ref, "contact", NOTE)
    assert draft_rows(database) == 2


def never_audited(database, ref: str) -> None:
    me = as_user(database, CASEWORKER)
    before = audit_count(me)
    drafts.save_draft(me, ref, "contact", NOTE)
    drafts.save_draft(me, ref, "contact", {**NOTE, "subject": "Changed"})
    drafts.load_draft(me, ref, "contact")
    drafts.list_drafts(me)
    drafts.discard_draft(me, ref, "contact")
    assert audit_count(me) == before


SCENARIOS = [saves_versions_and_times, only_the_owner, never_audited]


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.__name__ for s in SCENARIOS])
def test_on_sqlite(ctx, scenario):
    scenario(ctx.database, open_case(ctx).reference)


@pytest.mark.postgres
@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.__name__ for s in SCENARIOS])
def test_on_postgresql(pg_database, scenario):
    ctx = add_reference_data(pg_database)
    scenario(pg_database, open_case(ctx).reference)


# --- refusals ---------------------------------------------------------------------------------


def test_what_a_draft_cannot_be(ctx):
    ref = open_case(ctx).reference
    me = as_user(ctx.database, CASEWORKER)
    with pytest.raises(ValidationError) as info:
        drafts.save_draft(me, ref, "milestone", NOTE)
    assert info.value.field == "kind"
    with pytest.raises(ValidationError) as info:
        drafts.save_draft(me, ref, "contact", ["not", "an", "object"])
    assert info.value.field == "payload"
    with pytest.raises(ValidationError) as info:
        drafts.save_draft(me, ref, "contact", {"when": aware(2025, 7, 1)})  # not JSON
    assert info.value.field == "payload" and "2025" not in info.value.message  # no typed value echoed
    with pytest.raises(ValidationError, match="too large"):
        drafts.save_draft(me, ref, "contact", {"notes": "x" * (drafts.MAX_PAYLOAD_CHARS + 1)})
    with pytest.raises(ValidationError) as info:
        drafts.save_draft(me, ref, "contact", NOTE, target="x" * 33)
    assert info.value.field == "target"
    with pytest.raises(NotFoundError):
        drafts.save_draft(me, "BAM-2025-0999", "contact", NOTE)
    assert draft_rows(ctx.database) == 0


def test_as_of_refuses_saving_but_one_may_still_throw_a_draft_away(ctx):
    ref = open_case(ctx).reference
    drafts.save_draft(as_user(ctx.database, CASEWORKER), ref, "contact", NOTE)
    looking_back = as_user(ctx.database, CASEWORKER, FixedClock(aware(2025, 7, 3)))  # --as-of: read-only
    with pytest.raises(PermissionDeniedError, match="as-of"):
        drafts.save_draft(looking_back, ref, "contact", {"subject": "back-dated"})
    assert drafts.load_draft(looking_back, ref, "contact").payload == NOTE
    assert drafts.discard_draft(looking_back, ref, "contact") is True


def test_import_puts_old_drafts_in_for_the_signed_in_account(ctx):
    ref = open_case(ctx).reference
    me = as_user(ctx.database, CASEWORKER)
    drafts.save_draft(me, ref, "contact", {"subject": "Newer, in the database"}, target=5)
    outcomes = drafts.import_drafts(
        me,
        [
            drafts.DraftImport(ref.lower(), "contact", "", NOTE),
            drafts.DraftImport(ref, "contact", "5", {"subject": "Older, from a file"}),
            drafts.DraftImport("ZZZ-2025-0001", "contact", "", NOTE),
        ],
    )
    assert outcomes == [drafts.IMPORTED, drafts.ALREADY_THERE, drafts.NO_SUCH_CASE]
    assert drafts.load_draft(me, ref, "contact").payload == NOTE
    assert drafts.load_draft(me, ref, "contact", target=5).payload == {"subject": "Newer, in the database"}
    assert drafts.list_drafts(as_user(ctx.database, SUPERVISOR)) == []


# --- purge --------------------------------------------------------------------------------------

DRAFT_TEXT = "Zebrafinch-ransom-courier-7781 seen at the Sapele jetty"


@pytest.fixture
def encrypted_demo(demo_path, tmp_path, monkeypatch):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")
    path = tmp_path / "purge.db"
    shutil.copyfile(demo_path, path)
    at_rest.encrypt_database(path, ADMIN, PASSWORD)
    key = keyslots.unlock(path, ADMIN, PASSWORD)
    database = engine.open_database(path, key=key)
    yield path, key, database
    database.dispose()


def test_a_purge_takes_everyones_drafts_on_the_case_and_leaves_no_page_with_their_text(encrypted_demo):
    path, key, database = encrypted_demo
    admin = as_user(database, ADMIN)
    caseworker = as_user(database, CASEWORKER)
    drafts.save_draft(caseworker, DELTA, "contact", {"subject": "Unsaved", "notes": DRAFT_TEXT})
    drafts.save_draft(admin, DELTA, "contact", {"notes": DRAFT_TEXT + " (admin)"}, target=1)
    drafts.save_draft(caseworker, KAYES, "contact", {"notes": "Kept: another case"})
    # Rewritten a few times, as autosave does: older page images of the draft exist too.
    for i in range(3):
        drafts.save_draft(caseworker, DELTA, "contact", {"subject": f"Unsaved {i}", "notes": DRAFT_TEXT})
    assert DRAFT_TEXT.encode() in b"".join(decrypted_pages(path, key)), "the draft must be findable before"
    # ... once decrypted: the file and its WAL as they lie on disk never show it.
    wal = path.with_name(path.name + "-wal")
    assert DRAFT_TEXT.encode() not in path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")

    result = purge.purge_case(admin, DELTA, confirm=DELTA)
    assert result.removed["drafts"] == 2 and result.wal_cleared
    with database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE posts SET name = name")  # work goes on; the WAL fills again
    blob = b"".join(decrypted_pages(path, key))
    assert DRAFT_TEXT.encode() not in blob
    assert [d.reference for d in drafts.list_drafts(caseworker)] == [KAYES]
    assert drafts.list_drafts(admin) == []

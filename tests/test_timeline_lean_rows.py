"""The timeline's lean reading and assembly give what the ordinary way gives.

Columns of our own types are read as the driver hands them and converted a batch at a time
(``UTCDateTime.column_results``, ``StrEnum.column_results``): the values must be those of the
types' own per-value conversion, odd stored values included. The events are assembled with
the cyclic garbage collector off, which is sound only because they hold no reference cycles,
and the collector must be as it was afterwards.
"""

from __future__ import annotations

import gc
import sqlite3
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite

from consular.db.models import ContactEntry
from consular.db.types import StrEnum, UTCDateTime
from consular.domain.enums import Channel
from consular.domain.timeline import TimelineEvent
from consular.repositories import timeline as repo
from consular.services.context import ServiceContext, actor_for
from consular.services.timeline import TimelineFilter, case_timeline
from tests.demo_data import CASEWORKER, KAYES
from tests.repository_helpers import case_id

SQLITE, POSTGRES = sqlite.dialect(), postgresql.dialect()


def _ordinary_sqlite(value):
    # What SQLAlchemy's SQLite DATETIME gives the TypeDecorator (fromisoformat), then ours.
    return UTCDateTime().process_result_value(None if value is None else datetime.fromisoformat(value), SQLITE)


def _ordinary_rows(session, *where) -> list:
    """The first five columns of the lean contact rows, read the ordinary way (the types' own
    conversion, value by value)."""
    columns = (
        ContactEntry.id,
        ContactEntry.occurred_at,
        ContactEntry.duration_minutes,
        ContactEntry.channel,
        ContactEntry.direction,
    )
    return session.execute(select(*columns).where(*where)).all()


@pytest.mark.parametrize(
    "stored",
    [
        ["2025-07-01 10:00:00", "2025-07-01 10:00:00.250000", "1999-12-31 23:59:59"],
        ["2025-07-01 10:00:00", None],  # NULL
        ["2025-07-01 10:00:00", "2025-07-01 12:00:00+02:00"],  # hand-edited, with an offset
        ["2025-07-01 10:00:00Z"],
        ["2025-07-01"],  # a bare date reads as naive midnight: still UTC midnight
        ["2025-07-01 10:00"],
    ],
)
def test_utc_datetimes_from_sqlite_text_as_the_type_gives_them(stored):
    _read_as, convert = UTCDateTime().column_results(SQLITE)
    got = convert(stored)
    assert got == [_ordinary_sqlite(v) for v in stored]
    assert all(v is None or v.tzinfo is UTC for v in got)


def test_utc_datetimes_from_postgresql_as_the_type_gives_them():
    _read_as, convert = UTCDateTime().column_results(POSTGRES)
    at = datetime(2025, 7, 1, 10, 0, 0, 500, tzinfo=UTC)
    values = [at, None, at.astimezone(ZoneInfo("Europe/Paris")), at.astimezone(timezone(timedelta(hours=-5)))]
    got = convert(values)
    assert got == [UTCDateTime().process_result_value(v, POSTGRES) for v in values]
    assert all(v is None or v.tzinfo is UTC for v in got)
    assert got[0] is at  # already UTC: kept as it came


def test_enums_as_the_type_gives_them():
    kind = StrEnum(Channel)
    _read_as, convert = kind.column_results(SQLITE)
    values = [c.value for c in Channel] + [None]
    assert convert(values) == [kind.process_result_value(v, SQLITE) for v in values]
    with pytest.raises(ValueError):
        convert(["phone", "no such channel"])


def test_contact_rows_are_the_ordinary_rows(demo_session, oracle):
    """The repository's lean rows against the same columns read the ordinary way, on a
    database where one contact's time was edited by hand with an offset."""
    cid = case_id(oracle, KAYES)
    first = oracle.execute("SELECT id, occurred_at FROM contact_entries WHERE case_id = ? LIMIT 1", (cid,)).fetchone()
    demo_session.connection().exec_driver_sql(
        "UPDATE contact_entries SET occurred_at = ? WHERE id = ?",
        (datetime.fromisoformat(first[1]).strftime("%Y-%m-%d %H:%M:%S") + "+02:00", first[0]),
    )
    lean = list(repo.contacts(demo_session, cid, repo.Window()))
    ordinary = _ordinary_rows(demo_session, ContactEntry.case_id == cid, ContactEntry.voided_at.is_(None))
    assert sorted(row[:5] for row in lean) == sorted(tuple(row) for row in ordinary)
    edited = next(row for row in lean if row[0] == first[0])
    assert edited[1] == datetime.fromisoformat(first[1]).replace(tzinfo=UTC) - timedelta(hours=2)
    assert isinstance(edited[3], Channel) and all(type(row[9]) is bool for row in lean)


def _events_alive() -> int:
    return sum(1 for o in gc.get_objects() if type(o) is TimelineEvent)


@pytest.mark.parametrize(
    "flt",
    [TimelineFilter(include_restricted=True), TimelineFilter(redact=True, mask_names=True)],
    ids=["team", "masked"],
)
def test_events_hold_no_cycles_and_the_collector_is_as_it_was(demo_db, flt):
    """Refcounting alone frees a whole timeline (so building it without the cyclic collector
    leaves nothing behind), and the collector is on again after the build, or still off."""
    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    gc.collect()
    assert gc.isenabled()
    gc.disable()
    try:
        before = _events_alive()
        timeline = case_timeline(ctx, KAYES, flt)
        assert len(timeline.events) > 20 and _events_alive() == before + len(timeline.events)
        del timeline
        assert _events_alive() == before
        assert not gc.isenabled()  # left off by the build, since it was off
    finally:
        gc.enable()
    case_timeline(ctx, KAYES, flt)
    assert gc.isenabled()


def test_a_hand_edited_time_reads_the_same_through_sqlite3(demo_db):
    """The fallback path in a real batch: the timeline of a case with one odd stored time."""
    ctx = ServiceContext(demo_db, actor_for(demo_db, CASEWORKER))
    before = case_timeline(ctx, KAYES, TimelineFilter(include_restricted=True))
    conn = sqlite3.connect(demo_db.path)
    with conn:
        conn.execute(
            "UPDATE contact_entries SET occurred_at = occurred_at || '+00:00' WHERE case_id = "
            "(SELECT id FROM cases WHERE reference = ?)",
            (KAYES,),
        )
    conn.close()
    after = case_timeline(ctx, KAYES, TimelineFilter(include_restricted=True))
    assert [(e.id, e.at, e.local_time, e.detail) for e in after.events] == [
        (e.id, e.at, e.local_time, e.detail) for e in before.events
    ]


@pytest.mark.postgres
def test_contact_rows_are_the_ordinary_rows_on_postgres(pg_database):
    from consular.services import contacts
    from tests.fixtures_db import add_reference_data
    from tests.service_helpers import aware, open_case, someone

    ctx = add_reference_data(pg_database)
    reference = open_case(ctx).reference
    with_whom = someone(ctx, reference)
    for i, channel in enumerate(("phone", "email", "in_person")):
        contacts.log_contact(
            ctx,
            reference,
            occurred_at=aware(2025, 7, 2, 8 + i),
            channel=channel,
            subject=f"Call {i}",
            counterpart_ids=with_whom,
            restricted=bool(i % 2),
        )
    with pg_database.session() as session:
        # A session in another zone: the driver's values are then not UTC, converted as the type does.
        session.connection().exec_driver_sql("SET TIME ZONE 'Asia/Kolkata'")
        cid = session.scalar(select(ContactEntry.case_id).limit(1))
        lean = list(repo.contacts(session, cid, repo.Window()))
        ordinary = _ordinary_rows(session, ContactEntry.case_id == cid)
    assert sorted(row[:5] for row in lean) == sorted(tuple(row) for row in ordinary) and len(lean) == 3
    assert all(row[1].tzinfo is UTC and isinstance(row[3], Channel) and type(row[9]) is bool for row in lean)
    assert [row[1] for row in sorted(lean)] == [aware(2025, 7, 2, 8 + i) for i in range(3)]

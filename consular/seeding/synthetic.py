"""Realistic synthetic data at scale, for measuring large databases.

``generate(database, cases=N, seed=S)`` adds N cases, each with about 3 people (nationals
concerned and witnesses or colleagues), 2 next of kin with contact plans, 4 other
counterparts, 20 contacts with multi-paragraph notes, 4 milestones, 6 tasks, and the
status history that fits the case's age. The same seed gives the same cases.

Going through the services row by row would take hours at 100,000 cases, so rows are
written with SQLAlchemy Core ``insert()`` in executemany batches, in exactly the shapes the
services write: the same ``search_documents`` rows (the FTS triggers keep ``search_fts`` in
step on SQLite; the GIN index on PostgreSQL is an index), the same cached columns
(``cases.last_contact_at``, ``case_participants.hostage_status`` and ``_since``), the same
history rows (status changes, hostage status events). Posts and staff accounts are made
through the services. Audit: one ``synthetic.case`` entry per case, so every case's trail says
where it came from, and one ``synthetic.generate`` summary entry per run.

Ids are allocated from the tables' current maxima inside each batch's transaction; run it on a
database nobody else is writing to at the same time.

Where things are: this module plans the incidents, makes the posts and staff and runs the
batches; :mod:`consular.seeding.bulk` collects and writes the rows;
:mod:`consular.seeding.synthetic_case` makes one case in named steps, with the people in
:mod:`~consular.seeding.synthetic_people` and counterparts, contacts, milestones and tasks in
:mod:`~consular.seeding.synthetic_records`.
"""

from __future__ import annotations

import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from consular.db import dialect
from consular.db.engine import Database
from consular.db.models import Case, Post, User
from consular.domain.enums import UserRole
from consular.domain.errors import PermissionDeniedError, UserError
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import RowBatch, write_batch
from consular.seeding.synthetic_case import CaseMaker, case_title
from consular.services import reference_data, sort_keys
from consular.services.accounts import NO_ADMIN
from consular.services.context import ServiceContext, actor_for

__all__ = ["MAX_CASES", "SyntheticReport", "case_title", "generate"]

MAX_CASES = 1_000_000
YEARS_BACK = 10
STAFF_PER_POST = 4  # three caseworkers and a supervisor
SYNTHETIC_PREFIX = "syn."


@dataclass
class SyntheticReport:
    cases: int = 0
    seed: int = 1
    first_reference: str | None = None
    last_reference: str | None = None
    rows: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def summary(self) -> str:
        span = f" ({self.first_reference} … {self.last_reference})" if self.first_reference else ""
        rows = ", ".join(f"{n:,} {table}" for table, n in sorted(self.rows.items()))
        return (
            f"Generated {self.cases:,} synthetic cases{span} with seed {self.seed} in {self.seconds:.1f} s.\n"
            f"Rows written: {rows}."
        )


def _progress_printer():
    started = time.perf_counter()

    def show(done: int, total: int, rows: Counter) -> None:
        elapsed = time.perf_counter() - started
        print(
            f"synthetic: {done:,}/{total:,} cases, {rows['contact_entries']:,} contacts, "
            f"{sum(rows.values()):,} rows ({elapsed:.1f} s)",
            file=sys.stderr,
            flush=True,
        )

    return show


def generate(
    database: Database,
    *,
    cases: int,
    seed: int = 1,
    username: str | None = None,
    progress=True,
    batch_size: int = 200,
    now: datetime | None = None,
) -> SyntheticReport:
    """Add ``cases`` synthetic cases (reproducible for a given ``seed`` and ``now``).

    ``progress``: True prints a line per batch to stderr; a callable gets
    ``(done, total, rows)``; False is silent. The schema must be current.
    """
    if not 1 <= cases <= MAX_CASES:
        raise ValueError(f"cases must be between 1 and {MAX_CASES}")
    started = time.perf_counter()
    report_progress = _progress_printer() if progress is True else (progress or None)
    ctx = ServiceContext(database, _generator(database, username))
    now = now or ctx.now()
    posts, staff = _reference_data(ctx)
    maker = CaseMaker(posts, staff, now, ctx.actor.user_id, seed)

    plan = _incident_plan(random.Random(seed), posts, now, cases)
    report = SyntheticReport(seed=seed)
    maker.sequences = _reference_sequences(database)

    with database.engine.connect() as conn, dialect.bulk_load_settings(conn):
        for start in range(0, cases, batch_size):
            chunk = plan[start : start + batch_size]
            with conn.begin():
                batch = RowBatch.opened_on(conn)
                for offset, (incident_at, code) in enumerate(chunk):
                    maker.case(batch, random.Random(f"{seed}:{start + offset}"), incident_at, code)
                report.rows.update(write_batch(conn, batch))
                # The columns the services keep in step (list sort keys, relatives' last contact).
                sort_keys.refresh_cases(conn, [row["id"] for row in batch.rows["cases"]])
            if report.first_reference is None:
                report.first_reference = batch.references[0]
            report.last_reference = batch.references[-1]
            report.cases += len(chunk)
            if report_progress:
                report_progress(report.cases, cases, report.rows)

    with database.engine.begin() as conn:
        # A bulk load changes the tables' shape; fresh statistics keep the list queries on
        # the right indexes.
        dialect.refresh_statistics(conn)
    with ctx.writing() as session:
        ctx.audit(
            session,
            "synthetic.generate",
            "database",
            None,
            after={
                "cases": report.cases,
                "seed": seed,
                "first_reference": report.first_reference,
                "last_reference": report.last_reference,
                "rows": dict(report.rows),
            },
        )
    report.rows["audit_entries"] += 1
    report.seconds = time.perf_counter() - started
    return report


def _incident_plan(master: random.Random, posts: list[dict], now: datetime, cases: int) -> list[tuple[datetime, str]]:
    """(incident time, post code) per case, sorted in time so that references grow with the
    date within each post and year."""
    codes = [p["code"] for p in posts]
    weights = [voc.POST_WEIGHTS.get(c, 5) for c in codes]
    span = YEARS_BACK * 365 * 86400
    # master.random()**0.8 puts a few more cases in recent years, as caseloads grow.
    return sorted(
        (
            (now - timedelta(seconds=master.random() ** 0.8 * span + 3600)).replace(second=0, microsecond=0),
            master.choices(codes, weights)[0],
        )
        for _ in range(cases)
    )


def _reference_sequences(database: Database) -> dict[tuple[int, int], int]:
    """The last reference number in use per (post, year), so new cases continue from it."""
    with database.session() as session:
        return {
            (post_id, year): seq
            for post_id, year, seq in session.execute(
                select(Case.post_id, Case.ref_year, func.max(Case.ref_seq)).group_by(Case.post_id, Case.ref_year)
            )
        }


def _generator(database: Database, username: str | None):
    """The administrator generating the data: ``username`` (already signed in by the caller)
    or else the database's first active administrator."""
    if username is None:
        with database.session() as session:
            username = session.scalar(
                select(User.username)
                .where(User.role == UserRole.ADMIN, User.active.is_(True), User.password_hash.is_not(None))
                .order_by(User.id)
                .limit(1)
            )
        if username is None:
            raise UserError(NO_ADMIN)
    actor = actor_for(database, username)
    if actor.role != UserRole.ADMIN:
        raise PermissionDeniedError(
            f"Generating synthetic data creates staff accounts; only an administrator may, not {actor.display_name}."
        )
    return actor


def _reference_data(ctx: ServiceContext) -> tuple[list[dict], dict[str, list[tuple[int, str, UserRole]]]]:
    """Posts and their staff, made through the services when missing."""
    existing_posts = {p.code for p in reference_data.list_posts(ctx)}
    for code, name, kind, country, city, tz, *_ in voc.POSTS:
        if code not in existing_posts:
            reference_data.save_post(ctx, code=code, name=name, kind=kind, country=country, city=city, timezone=tz)
    users_now = reference_data.list_users(ctx, active_only=False)
    existing_users = {u.username for u in users_now}
    # Synthetic staff get no password (they cannot sign in); accounts are an administrator's
    # to create, and _generator made sure one is acting.
    creator = ctx
    for index, (code, *_rest) in enumerate(voc.POSTS):
        for n in range(STAFF_PER_POST):
            given, surname = voc.STAFF_NAMES[(index * STAFF_PER_POST + n) % len(voc.STAFF_NAMES)]
            username = f"{SYNTHETIC_PREFIX}{code.lower()}{n + 1}"
            if username not in existing_users:
                reference_data.save_user(
                    creator,
                    username=username,
                    display_name=f"{given} {surname} ({code})",
                    role=UserRole.SUPERVISOR if n == STAFF_PER_POST - 1 else UserRole.CASEWORKER,
                    email=f"{given.lower()}.{surname.lower()}.{code.lower()}@example.in",
                )
    with ctx.transaction() as session:
        by_code = {p.code: p for p in session.scalars(select(Post))}
        users = session.execute(
            select(User.id, User.username, User.role).where(User.username.like(f"{SYNTHETIC_PREFIX}%"))
        ).all()
    staff: dict[str, list] = defaultdict(list)
    for user_id, username, role in users:
        staff[username[len(SYNTHETIC_PREFIX) : -1].upper()].append((user_id, username, role))
    posts = []
    for code, _name, _kind, _country, _city, _tz, calling, police, towns in voc.POSTS:
        post = by_code[code]
        posts.append(
            {
                "id": post.id,
                "code": code,
                "country": post.country,
                "timezone": post.timezone,
                "calling": calling,
                "police": police,
                "towns": towns,
            }
        )
    return posts, staff

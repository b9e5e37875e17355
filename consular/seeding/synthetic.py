"""Realistic synthetic data at scale, for measuring large databases.

``generate(database, cases=N, seed=S)`` adds N cases, each with about 3 people (nationals
concerned and witnesses or colleagues), 2 next of kin with contact plans, 4 other
counterparts, 20 contacts with multi-paragraph notes, 4 milestones, 6 tasks, and the
status history that fits the case's age. The same seed gives the same cases.

Going through the services row by row would take hours at 100,000 cases, so rows are
written in bulk (multi-row inserts on SQLite, ``COPY`` on PostgreSQL, one transaction per 5,000
cases), in
exactly the shapes the services write: the same ``search_documents`` rows (on a big load the
full-text index is built from them once: beside the load by a second process on a plaintext
SQLite file, see :mod:`consular.seeding.search_build`; on PostgreSQL at the end, on a second
connection beside the other steps after the load, see :mod:`consular.seeding.gin_build`; else
rebuilt at the end, see :func:`consular.db.dialect.deferred_indexes`; on a small addition the triggers keep it in
step), the same cached columns
(``cases.last_contact_at``, ``case_participants.hostage_status`` and ``_since``, the case list's
sort keys and relatives' last contact, see :mod:`consular.seeding.synthetic_keys`), the same
history rows (status changes, hostage status events), the same duplicate-finder keys (after a
PostgreSQL bulk load by ``COPY``, see :mod:`consular.seeding.bulk_keys`). Posts and staff accounts are made
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

import contextlib
import functools
import gc
import logging
import os
import pickle
import random
import sqlite3
import subprocess
import sys
import time
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select

from consular.db import dialect, pg_bulk
from consular.db.engine import Database
from consular.db.models import Case, Post, SearchDocument, User
from consular.domain.enums import UserRole
from consular.domain.errors import PermissionDeniedError, UserError
from consular.i18n import translate
from consular.seeding import bulk_keys, search_build, vector_process
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import INSERT_ORDER, RowBatch, prepare, write_prepared
from consular.seeding.gin_build import GIN_TABLE, GinBuild
from consular.seeding.synthetic_case import CaseMaker, case_title
from consular.seeding.synthetic_long import make_long_case
from consular.seeding.synthetic_random import CaseRandom
from consular.services import match_keys, reference_data
from consular.services.accounts import NO_ADMIN
from consular.services.context import ServiceContext, actor_for

log = logging.getLogger(__name__)

__all__ = ["MAX_CASES", "MAX_LONG_CASE_EVENTS", "SyntheticReport", "case_title", "generate"]

MAX_CASES = 1_000_000
MAX_LONG_CASE_EVENTS = 200_000
YEARS_BACK = 10
STAFF_PER_POST = 4  # three caseworkers and a supervisor
SYNTHETIC_PREFIX = "syn."
WORKER_FLAG = "--synthetic-worker"
TEXTS_FLAG = "--search-texts"  # the worker sends each batch's search texts beside it (see _from_worker)
PARALLEL_FROM = 2000  # cases; below it, starting a second process costs more than it saves


@dataclass
class SyntheticReport:
    cases: int = 0
    seed: int = 1
    first_reference: str | None = None
    last_reference: str | None = None
    long_case: str | None = None
    rows: Counter = field(default_factory=Counter)
    seconds: float = 0.0
    # Seconds per step of the run, in order: "reference data", "load", "indexes",
    # "search index", "match keys", "statistics", "audit".
    phases: dict[str, float] = field(default_factory=dict)
    phases_cpu: dict[str, float] = field(default_factory=dict)
    # The full-text index process's own figures (SQLite bulk loads: documents, segments, its
    # wall and CPU seconds), see consular.seeding.search_build; empty when the index was rebuilt.
    search_build: dict = field(default_factory=dict)

    def summary(self) -> str:
        span = f" ({self.first_reference} … {self.last_reference})" if self.first_reference else ""
        rows = ", ".join(f"{n:,} {table}" for table, n in sorted(self.rows.items()))
        long_case = f"\nLong wrongful-detention case: {self.long_case}." if self.long_case else ""
        return (
            f"Generated {self.cases:,} synthetic cases{span} with seed {self.seed} in {self.seconds:.1f} s.\n"
            f"Rows written: {rows}.{long_case}"
        )


@contextlib.contextmanager
def _phase(report: SyntheticReport, name: str):
    """Time a step into ``report.phases`` (wall) and ``report.phases_cpu`` (this process's CPU:
    SQLite works in-process, so on a shared machine this is the steadier figure)."""
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        yield
    finally:
        report.phases[name] = round(report.phases.get(name, 0.0) + time.perf_counter() - wall, 3)
        report.phases_cpu[name] = round(report.phases_cpu.get(name, 0.0) + time.process_time() - cpu, 3)


def _progress_printer():
    started = time.perf_counter()

    def show(done: int, total: int, rows: Counter) -> None:
        elapsed = time.perf_counter() - started
        print(
            translate(
                "seeding.synthetic",
                "synthetic: {done:,}/{total:,} cases, {rows:,} contacts, {sum:,} rows ({elapsed:.1f} s)",
            ).format(done=done, total=total, rows=rows["contact_entries"], sum=sum(rows.values()), elapsed=elapsed),
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
    batch_size: int = 250,
    transaction_cases: int = 5000,
    long_case_events: int = 0,
    parallel: bool | None = None,
    now: datetime | None = None,
) -> SyntheticReport:
    """Add ``cases`` synthetic cases (reproducible for a given ``seed`` and ``now``).

    ``progress``: True prints a line per batch to stderr; a callable gets
    ``(done, total, rows)``; False is silent. The schema must be current.
    ``batch_size`` cases are made and inserted at a time, ``transaction_cases`` per commit.
    ``long_case_events``: also make one long wrongful-detention case with about that many
    timeline events (see :mod:`consular.seeding.synthetic_long`), after the others.

    When the load is at least as big as what the database holds, the secondary indexes and
    the full-text triggers are dropped for the load and made again at the end, and the
    full-text index is built once (:func:`consular.db.dialect.deferred_indexes`): on a
    plaintext SQLite file by a second process while the rows load, then copied in
    (:mod:`consular.seeding.search_build`; it needs room beside the file for a copy of the
    index, and about 2 GB of memory at 100,000 cases). The report's ``phases`` and
    ``phases_cpu`` say where the time went (``search_build``: that process's own figures).

    ``parallel``: make the rows in a second process while this one writes them (default:
    from :data:`PARALLEL_FROM` cases on a machine with more than one core), and on PostgreSQL
    their search vectors in a third (:mod:`consular.seeding.vector_process`). The rows are the
    same either way: one process makes every case, in order, from the same ids.
    """
    if not 1 <= cases <= MAX_CASES:
        raise ValueError(f"cases must be between 1 and {MAX_CASES}")
    if not 0 <= long_case_events <= MAX_LONG_CASE_EVENTS:
        raise ValueError(f"long_case_events must be between 0 and {MAX_LONG_CASE_EVENTS}")
    started = time.perf_counter()
    report_progress = _progress_printer() if progress is True else (progress or None)
    report = SyntheticReport(seed=seed)
    timed = functools.partial(_phase, report)
    ctx = ServiceContext(database, _generator(database, username))
    now = now or ctx.now()
    with timed("reference data"):
        posts, staff = _reference_data(ctx)
    maker = CaseMaker(posts, staff, now, ctx.actor.user_id, seed)

    plan = _incident_plan(random.Random(seed), posts, now, cases)
    maker.sequences = _reference_sequences(database)
    with database.session() as session:
        existing = session.scalar(select(func.count(Case.id)))

    bulk = existing <= cases
    with contextlib.ExitStack() as stack:
        side = stack.enter_context(_side_build(database)) if bulk else None
        gin = GinBuild(database) if bulk and not database.is_sqlite else None
        if gin is not None:
            stack.enter_context(_autovacuum_paused(database, INSERT_ORDER))
            stack.callback(gin.close)  # after a failure; finish() below otherwise
        loaded: list[bool] = []

        def search_index(conn) -> None:
            # Built beside the load, the index is copied in after the steps below, which run while
            # the side process indexes the last documents; after a failed load, at once (as the
            # rebuild always was).
            if not loaded:
                _side_index(database, side, report, conn)

        with database.engine.connect() as conn, dialect.bulk_load_settings(conn):
            deferred = (
                dialect.deferred_indexes(
                    conn,
                    INSERT_ORDER,
                    timed=timed,
                    search_index=search_index if side is not None else None,
                    search_beside=gin.start if gin is not None else None,
                )
                if bulk
                else contextlib.nullcontext()
            )
            with deferred, timed("load"):
                with conn.begin():
                    next_ids = RowBatch.opened_on(conn).next_ids
                if side is not None:
                    side.committed(next_ids["search_documents"])  # what the database held before the load
                if parallel is None:
                    parallel = cases >= PARALLEL_FROM and (os.cpu_count() or 1) > 1
                job = (maker, plan, seed, batch_size, next_ids, type(conn.dialect), long_case_events)
                _load(
                    conn,
                    _from_worker(job, vectors=pg_bulk.client_vectors(conn)) if parallel else _batches(*job),
                    report,
                    side,
                    transaction_cases,
                    cases,
                    report_progress,
                )
                loaded.append(True)

        # The columns the services keep in step (list sort keys, relatives' last contact) came
        # with the rows (seeding.synthetic_keys); the duplicate finder's keys are worked out once
        # for the whole load (by COPY after a PostgreSQL bulk load): the bulk writer bypasses the
        # ORM that keeps them.
        with database.engine.begin() as conn, timed("match keys"):
            (bulk_keys.refresh_all if gin is not None else match_keys.refresh_all)(conn)
        if side is not None:
            with timed("search index"), database.engine.connect() as conn:
                _side_index(database, side, report, conn)
        if gin is not None:
            # Built beside the indexes and match keys (PostgreSQL), and search_documents'
            # statistics after it: the other tables' are taken meanwhile, then wait for it.
            with database.engine.begin() as conn, timed("statistics"):
                conn.exec_driver_sql(f"ANALYZE {', '.join(_tables_but(conn, GIN_TABLE))}")
            with timed("search index"), database.engine.connect() as conn:
                gin.finish(conn)
    if gin is None:
        with database.engine.begin() as conn, timed("statistics"):
            # A bulk load changes the tables' shape; fresh statistics keep the list queries on
            # the right indexes.
            dialect.refresh_statistics(conn)
    with timed("audit"), ctx.writing() as session:
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
            }
            | ({"long_case": report.long_case} if report.long_case else {}),
        )
    report.rows["audit_entries"] += 1
    report.seconds = time.perf_counter() - started
    return report


def _load(conn, source, report: SyntheticReport, side, transaction_cases: int, cases: int, report_progress) -> None:
    """Write the batches of ``source``, committing every ``transaction_cases`` cases."""
    transaction = conn.begin()
    try:
        since_commit = 0
        for prepared in source:
            report.rows.update(write_prepared(conn, prepared))
            if prepared.long_case:
                report.long_case = prepared.references[0]
                continue
            if report.first_reference is None:
                report.first_reference = prepared.references[0]
            report.last_reference = prepared.references[-1]
            report.cases += prepared.cases
            since_commit += prepared.cases
            if report_progress:
                report_progress(report.cases, cases, report.rows)
            if since_commit >= transaction_cases:
                _commit(conn, transaction, side)
                transaction, since_commit = conn.begin(), 0
        _commit(conn, transaction, side)
    finally:
        pg_bulk.forget_vectors(conn)
        if transaction.is_active:
            transaction.rollback()
        if hasattr(source, "close"):
            source.close()


def _commit(conn, transaction, side: search_build.SideBuild | None) -> None:
    """Commit a load transaction and tell the full-text index process what it may now read."""
    high = _last_document(conn) if side is not None else 0
    transaction.commit()
    if side is not None:
        side.committed(high)


def _last_document(conn) -> int:
    return conn.execute(select(func.coalesce(func.max(SearchDocument.id), 0))).scalar_one()


@contextlib.contextmanager
def _side_build(database: Database):
    """The process that builds a bulk load's full-text index beside it
    (:mod:`consular.seeding.search_build`), for a plaintext SQLite file; None otherwise (the
    index is rebuilt in the database after the load). The process is stopped and its file
    deleted at the end.

    No full-text merge step of the background thread (:mod:`consular.db.checkpoint`) runs
    meanwhile, whichever way the index is made: one would work on an index half copied, and
    one committed between a read and a write of the generator's own transactions made those
    fail at once with "database is locked" (seen with the rebuild under load)."""
    paused = database.checkpointer.merges_paused() if database.checkpointer else contextlib.nullcontext()
    with paused:
        if not database.is_sqlite or database.path is None or database.encrypted:
            yield None
            return
        try:
            side = search_build.SideBuild(database.path)
        except OSError as exc:  # no room or no right to write beside the database
            log.warning("full-text index not built beside the load, it will be rebuilt: %s", exc)
            yield None
            return
        try:
            yield side
        finally:
            side.close()


def _tables_but(conn, table: str) -> list[str]:
    """This schema's tables (PostgreSQL) but ``table``, quoted."""
    return [
        f'"{name}"'
        for (name,) in conn.exec_driver_sql(
            "SELECT relname FROM pg_class WHERE relnamespace = current_schema()::regnamespace "
            "AND relkind IN ('r', 'p', 'm') AND relname <> %(table)s ORDER BY relname",
            {"table": table},
        )
    ]


@contextlib.contextmanager
def _autovacuum_paused(database: Database, tables: list[str]):
    """No autovacuum on ``tables`` while they load (PostgreSQL): inserts alone start it at every
    fifth growth of a table, and each run reads the whole table again, on the cores the load
    needs. Each table's own setting comes back afterwards (``ANALYZE`` follows at once)."""
    with database.engine.begin() as conn:
        saved = dict(
            conn.exec_driver_sql(
                "SELECT c.relname, (SELECT o FROM unnest(c.reloptions) o WHERE o LIKE 'autovacuum\\_enabled=%%') "
                "FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
                "AND c.relname = ANY(%(tables)s)",
                {"tables": tables},
            ).all()
        )
        for table in saved:
            conn.exec_driver_sql(f'ALTER TABLE "{table}" SET (autovacuum_enabled = false)')
    try:
        yield
    finally:
        with database.engine.begin() as conn:
            for table, option in saved.items():
                change = f"SET ({option})" if option else "RESET (autovacuum_enabled)"
                conn.exec_driver_sql(f'ALTER TABLE "{table}" {change}')


def _side_index(database: Database, side: search_build.SideBuild, report: SyntheticReport, conn) -> None:
    """Copy in the bulk load's full-text index that the side process built (SQLite; ``conn``
    outside a transaction); if that process or the copy failed, rebuild the index in the
    database as before (FTS5's 'delete-all' first, so a half-done copy is cleared)."""
    with conn.begin():
        high = _last_document(conn)
    try:
        report.search_build = side.finish(high)
        # A connection of its own, closed afterwards: FTS5 caches the index's structure per
        # connection, and the copy writes it behind FTS5's back.
        raw = database.engine.raw_connection()
        try:
            search_build.copy_index(raw.driver_connection, side.scratch)
        finally:
            raw.invalidate()
    except (search_build.BuildFailed, sqlite3.Error) as exc:
        log.warning("full-text index built beside the load failed, rebuilding it: %s", exc)
        report.search_build = {}
        dialect.rebuild_search_index(conn, bulk=True)
    else:
        dialect.restore_search_settings(conn)


def _batches(maker: CaseMaker, plan, seed: int, batch_size: int, next_ids: dict, dialect_class, long_case_events: int):
    """The load's rows, ``batch_size`` cases at a time, ready for the driver. Each case draws
    from its own ``random.Random(f"{seed}:{index}")`` (a :class:`CaseRandom`: the same draws, made
    faster); ids continue from ``next_ids``."""
    bind_dialect = dialect_class()
    for start in range(0, len(plan), batch_size):
        batch = RowBatch(next_ids)
        chunk = plan[start : start + batch_size]
        for offset, (incident_at, code) in enumerate(chunk):
            maker.case(batch, CaseRandom(f"{seed}:{start + offset}"), incident_at, code)
        next_ids = batch.next_ids
        yield prepare(batch, bind_dialect, len(chunk))
    if long_case_events:
        batch = RowBatch(next_ids)
        make_long_case(maker, batch, CaseRandom(f"{seed}:long"), long_case_events)
        prepared = prepare(batch, bind_dialect, 0)
        prepared.long_case = True
        yield prepared


def _from_worker(job, *, vectors: bool = False):
    """The batches of :func:`_batches`, made in a child process (``python -m
    consular.seeding.synthetic``) while the caller writes the previous one. They come back
    pickled through a pipe, whose buffer keeps the worker at most a batch ahead. A child
    process rather than ``multiprocessing``: a fork would copy open database connections, and
    spawn would re-run the caller's script.

    ``vectors``: the ``search_documents`` rows' vectors (PostgreSQL: :func:`pg_bulk.client_vectors`)
    are made by a third process between the two. Made by the writer they
    were most of its CPU (about 145 of 201 s at 100,000 cases) while the worker and the server
    left a core part idle; made by the worker, the worker became the load's bottleneck. The
    worker sends each batch pickled once, as bytes, beside its search texts; the vector process
    reads only the texts and passes the bytes on (:mod:`consular.seeding.vector_process`). The
    batches are read ahead (:func:`vector_process.read_ahead`), so that the process before
    does not wait for this one to finish writing a batch."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "consular.seeding.synthetic", WORKER_FLAG, *([TEXTS_FLAG] if vectors else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    children = [worker]
    items = None
    try:
        out = worker.stdout
        if vectors:
            maker = subprocess.Popen(
                [sys.executable, "-m", "consular.seeding.vector_process"],
                stdin=worker.stdout,
                stdout=subprocess.PIPE,
            )
            children.append(maker)
            worker.stdout.close()  # the vector process's now: it sees the end when the worker ends
            out = maker.stdout
        pickle.dump(job, worker.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        worker.stdin.close()
        items = vector_process.read_ahead(out)
        for item in items:
            if item is None:
                break
            if isinstance(item, str):
                raise RuntimeError(f"the synthetic data worker failed:\n{item}")
            if isinstance(item, tuple):  # (vectors, the batch pickled) from the vector process
                made, item = item[0], pickle.loads(item[1])
                item.vectors = made
            yield item
        else:
            codes = ", ".join(str(child.wait()) for child in children)
            raise RuntimeError(f"the synthetic data worker stopped (exit codes {codes})")
        for child in children:
            child.wait(timeout=60)
    finally:
        if items is not None:
            items.close()  # its thread stops at its next item, or at the end once the children are gone
        for child in children:
            if child.poll() is None:
                child.kill()
                child.wait()
            if child.stdout is not None:
                child.stdout.close()


def _worker_main(texts: bool = False) -> int:
    """The child process of :func:`_from_worker`: the job on stdin, the batches on stdout (with
    ``texts``, each as ``(titles, bodies, the batch pickled)`` for :mod:`~consular.seeding.vector_process`)."""
    # The rows hold no reference cycles (tests/test_synthetic_rows.py checks), so the cyclic
    # collector would only scan the growing batches, again and again: a fifth of the CPU.
    gc.disable()
    job = pickle.load(sys.stdin.buffer)
    out = sys.stdout.buffer
    try:
        for prepared in _batches(*job):
            if texts:
                titles, bodies = _search_texts(prepared)
                prepared = titles, bodies, pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(prepared, out, protocol=pickle.HIGHEST_PROTOCOL)
        item = None
    except Exception:  # noqa: BLE001 - the writer raises it; the worker has no one else to tell
        item = traceback.format_exc()
    pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.flush()
    return 0


def _search_texts(prepared) -> tuple[list, list]:
    """The titles and bodies of a prepared batch's ``search_documents`` rows, in order."""
    for name, columns, rows in prepared.tables:
        if name == GIN_TABLE:
            title, body = columns.index("title"), columns.index("body")
            return [row[title] for row in rows], [row[body] for row in rows]
    return [], []


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
            raise UserError(translate("services.accounts", NO_ADMIN))
    actor = actor_for(database, username)
    if actor.role != UserRole.ADMIN:
        raise PermissionDeniedError(
            translate(
                "seeding.synthetic",
                "Generating synthetic data creates staff accounts; only an administrator may, not {display_name}.",
            ).format(display_name=actor.display_name)
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


if __name__ == "__main__" and sys.argv[1:2] == [WORKER_FLAG]:
    sys.exit(_worker_main(texts=sys.argv[2:] == [TEXTS_FLAG]))

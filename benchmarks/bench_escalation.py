"""The supervisor's escalation queue (``services.escalation.my_queue``) on a large database:
the busiest supervisor's queue, beside a raw baseline (counting their cases by index) measured
in the same run, and the query plans.

A script, not a test: it prints figures and asserts nothing about speed.

    python benchmarks/bench_escalation.py --db /tmp/big.db --cases 10000   # builds the file if short
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, repeat: int) -> tuple[float, object]:
    result = fn()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite file (built with --cases if it has fewer)")
    parser.add_argument("--cases", type=int, default=0, help="generate synthetic cases up to this many")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)

    from bench_foundation import build
    from sqlalchemy import func, select, text

    from consular.db.engine import open_database
    from consular.db.models import Case, User
    from consular.domain.enums import UserRole
    from consular.services import escalation
    from consular.services.context import ServiceContext, actor_of

    if args.cases:
        build(Path(args.db), args.cases, rebuild=False)
    database = open_database(args.db)
    with database.session() as session:
        total_cases = session.scalar(select(func.count(Case.id)))
        busiest = session.execute(
            select(User, func.count(Case.id).label("n"))
            .join(Case, Case.supervisor_id == User.id)
            .where(User.role.in_([UserRole.SUPERVISOR, UserRole.ADMIN]))
            .group_by(User.id)
            .order_by(func.count(Case.id).desc())
            .limit(1)
        ).first()
        if busiest is None:
            print("No supervisor supervises a case here.")
            return 1
        user, supervised = busiest
        ctx = ServiceContext(database, actor_of(user))
    ms, queue = timed(lambda: escalation.my_queue(ctx), args.repeat)

    def baseline():
        with database.session() as session:
            return session.scalar(select(func.count(Case.id)).where(Case.supervisor_id == user.id))

    raw_ms, _ = timed(baseline, args.repeat)
    print(f"database: {total_cases:,} cases; busiest supervisor {user.username}: {supervised:,} cases")
    print(
        f"escalation.my_queue: {ms:.1f} ms (median of {args.repeat}) — {queue.total:,} items "
        f"({queue.family_total:,} family plans, {queue.task_total:,} tasks; {len(queue.items)} listed)"
    )
    print(f"raw baseline (count of their cases by index): {raw_ms:.1f} ms")
    with database.engine.connect() as conn:
        for stmt in escalation.queue_statements(user.id, ctx.now(), ctx.settings.escalate_after_days, [2, 3, 7]):
            compiled = stmt.compile(dialect=database.engine.dialect, compile_kwargs={"literal_binds": True})
            plan = [row[-1] for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}"))]
            print("plan:", " | ".join(plan))
    database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

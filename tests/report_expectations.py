"""The reports' figures worked out independently: plain SELECTs of raw rows (no date
functions, no GROUP BY of the service's), counted and measured in Python. Works on SQLite
and PostgreSQL alike (timestamps come back as text from SQLite, as datetimes from PostgreSQL)."""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

from consular.db.engine import Database


def _dt(value) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def rows(db: Database, sql: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(sql).fetchall()]


class Raw:
    """The database's rows the reports are made from."""

    def __init__(self, db: Database):
        self.cases = {
            cid: {"ref": ref, "post": code, "country": cc, "status": st, "kind": kind, "lead": lead}
            for cid, ref, code, cc, st, kind, lead in rows(
                db,
                "SELECT c.id, c.reference, p.code, c.incident_country, c.status, c.kind, c.lead_caseworker_id "
                "FROM cases c JOIN posts p ON p.id = c.post_id",
            )
        }
        self.changes = [
            (cid, frm, to, _dt(at))
            for cid, frm, to, at in rows(
                db, "SELECT case_id, from_status, to_status, changed_at FROM case_status_changes"
            )
        ]
        self.participants = rows(
            db, "SELECT id, case_id, person_id, role, hostage_status, hostage_status_since FROM case_participants"
        )
        self.events = [
            (pid, st, _dt(at))
            for pid, st, at in rows(
                db, "SELECT participant_id, status, effective_at FROM hostage_status_events WHERE voided_at IS NULL"
            )
        ]
        self.pols = [
            (cid, pid, _dt(at))
            for cid, pid, at in rows(
                db,
                "SELECT case_id, hostage_person_id, occurred_at FROM milestones "
                "WHERE kind = 'proof_of_life' AND voided_at IS NULL",
            )
        ]
        self.contacts = [
            (cid, cid_, ch, _dt(at))
            for cid, cid_, ch, at in rows(
                db, "SELECT id, case_id, channel, occurred_at FROM contact_entries WHERE voided_at IS NULL"
            )
        ]
        self.contact_counterparts = rows(db, "SELECT contact_id, counterpart_id FROM contact_counterparts")
        self.liaisons = [
            (lid, cid, cp, every, _dt(last))
            for lid, cid, cp, every, last in rows(
                db, "SELECT id, case_id, counterpart_id, contact_every_days, last_contact_at FROM family_liaisons"
            )
        ]
        self.tasks = [
            (cid, assignee, st, _dt(due))
            for cid, assignee, st, due in rows(
                db, "SELECT case_id, assignee_id, status, due_at FROM tasks WHERE voided_at IS NULL"
            )
        ]
        self.users = dict(rows(db, "SELECT id, display_name FROM users"))

    def opened(self) -> dict[int, datetime]:
        out: dict[int, datetime] = {}
        for cid, frm, _to, at in self.changes:
            if frm is None and (cid not in out or at < out[cid]):
                out[cid] = at
        return out

    def resolved(self) -> dict[int, datetime]:
        out: dict[int, datetime] = {}
        for cid, _frm, to, at in self.changes:
            if to in ("resolved", "closed") and (cid not in out or at < out[cid]):
                out[cid] = at
        return out

    def in_scope(self, cid: int, post=None, country=None) -> bool:
        case = self.cases[cid]
        return (post is None or case["post"] == post) and (country is None or case["country"] == country)

    # --- held
    def held(self, now: datetime, post=None, country=None) -> list[dict]:
        out = []
        for pid, cid, person, role, status, since in self.participants:
            if role != "hostage" or status not in ("held", "unaccounted"):
                continue
            if self.cases[cid]["status"] not in ("open", "active") or not self.in_scope(cid, post, country):
                continue
            starts = [at for p, st, at in self.events if p == pid and st in ("held", "unaccounted")]
            start = min(starts) if starts else _dt(since)
            pols = [at for c, h, at in self.pols if c == cid and h == person]
            out.append(
                {
                    "case": self.cases[cid]["ref"],
                    "country": self.cases[cid]["country"],
                    "post": self.cases[cid]["post"],
                    "status": status,
                    "days": (now - start) // timedelta(days=1),
                    "last_pol": max(pols) if pols else None,
                }
            )
        return out

    # --- monthly
    def monthly(self, start: datetime, end: datetime, post=None, country=None) -> dict:
        opened, resolved = self.opened(), self.resolved()
        out = {"opened": Counter(), "closed": Counter(), "kind_opened": Counter(), "channels": Counter()}
        days_by_month = defaultdict(list)
        for cid, at in opened.items():
            if start <= at < end and self.in_scope(cid, post, country):
                out["opened"][f"{at:%Y-%m}"] += 1
                out["kind_opened"][self.cases[cid]["kind"]] += 1
        for cid, at in resolved.items():
            if start <= at < end and self.in_scope(cid, post, country):
                out["closed"][f"{at:%Y-%m}"] += 1
                days = (at - opened[cid]).total_seconds() / 86400
                days_by_month[f"{at:%Y-%m}"].append(days)
                days_by_month["all"].append(days)
        out["median"] = {m: statistics.median(v) for m, v in days_by_month.items()}
        for _id, cid, channel, at in self.contacts:
            if start <= at < end and self.in_scope(cid, post, country):
                out["channels"][(f"{at:%Y-%m}", channel)] += 1
        # family contacts within plan
        plans = {(cid, cp): (lid, every) for lid, cid, cp, every, _last in self.liaisons if every and every > 0}
        contact_case = {i: (cid, at) for i, cid, _ch, at in self.contacts}
        per_liaison = defaultdict(list)
        for contact_id, cp in self.contact_counterparts:
            if contact_id not in contact_case:
                continue
            cid, at = contact_case[contact_id]
            if (cid, cp) in plans and self.in_scope(cid, post, country):
                per_liaison[plans[(cid, cp)]].append((at, cid))
        family, on_time = Counter(), Counter()
        for (_lid, every), items in per_liaison.items():
            items.sort()
            previous = None
            for at, cid in items:
                before = previous if previous is not None else opened[cid]
                if start <= at < end:
                    family[f"{at:%Y-%m}"] += 1
                    if (at - before).total_seconds() / 86400 <= every:
                        on_time[f"{at:%Y-%m}"] += 1
                previous = at
        out["family"], out["on_time"] = family, on_time
        return out

    # --- workload
    def workload(self, now: datetime, post=None, country=None) -> dict[tuple[str, str], tuple[int, int]]:
        out: dict = defaultdict(lambda: [0, 0])
        for cid, assignee, status, due in self.tasks:
            if status not in ("open", "in_progress") or not self.in_scope(cid, post, country):
                continue
            key = (self.users.get(assignee, "(nobody assigned)"), self.cases[cid]["post"])
            out[key][0] += 1
            if due is not None and due < now:
                out[key][1] += 1
        return {k: tuple(v) for k, v in out.items()}

    # --- compliance
    def compliance(self, start: datetime, end: datetime, now: datetime, post=None, country=None) -> dict:
        opened, resolved = self.opened(), self.resolved()
        until = min(end, now)
        contact_case = {i: (cid, at) for i, cid, _ch, at in self.contacts}
        made = Counter()
        for contact_id, cp in self.contact_counterparts:
            if contact_id in contact_case:
                cid, at = contact_case[contact_id]
                if start <= at < until:
                    made[(cid, cp)] += 1
        out: dict = {}
        for _lid, cid, cp, every, last in self.liaisons:
            if not every or every <= 0 or not self.in_scope(cid, post, country):
                continue
            if cid not in opened or opened[cid] >= until or (cid in resolved and resolved[cid] < start):
                continue
            begin = max(start, opened[cid])
            whole = math.floor((until - begin).total_seconds() / 86400)
            expected = 0 if whole <= 0 else -(-whole // every)
            n = made[(cid, cp)]
            overdue = self.cases[cid]["status"] in ("open", "active") and (
                last is None or last < now - timedelta(days=every)
            )
            ref = self.cases[cid]["ref"]
            e, m, c, o, r = out.get(ref, (0, 0, 0, 0, 0))
            out[ref] = (e + expected, m + n, c + min(n, expected), o + int(overdue), r + 1)
        return out

"""The columns the services keep in step, worked out for a synthetic case while its rows are made.

The bulk writer bypasses the ORM whose session keeps them (:mod:`consular.services.sort_keys`), so
the generator writes them with the rows instead: the case list's sort keys
(``cases.hostages_held``, ``cases.next_task_due``) and each relative's last contact
(``family_liaisons.last_contact_at``), by the rules of
:func:`consular.repositories.cases.refresh_sort_keys` and
:func:`consular.repositories.dashboard.refresh_liaison_contacts` (a test holds them equal).
Updating every case after the load rewrote 100,000 rows and their index entries (19 s at
100,000 cases on PostgreSQL) to set what the generator knew when it made them.
"""

from __future__ import annotations

from consular.domain.enums import HostageStatus, ParticipantRole, TaskStatus
from consular.seeding.bulk import RowBatch

_HELD = (HostageStatus.HELD, HostageStatus.UNACCOUNTED)
_PENDING = (TaskStatus.OPEN, TaskStatus.IN_PROGRESS)


def fill_case_keys(batch: RowBatch) -> None:
    """Set the maintained columns of the one case whose rows ``batch.rows`` holds (before
    :meth:`RowBatch.seal`); every case gets them, so each table's rows keep one set of columns."""
    rows = batch.rows
    (case,) = rows["cases"]
    case["hostages_held"] = sum(
        1
        for p in rows.get("case_participants", ())
        if p["role"] == ParticipantRole.HOSTAGE and p["hostage_status"] in _HELD
    )
    due = [t["due_at"] for t in rows.get("tasks", ()) if t["status"] in _PENDING and t.get("voided_at") is None]
    case["next_task_due"] = min(due) if due else None
    liaisons = rows.get("family_liaisons", ())
    if not liaisons:
        return
    occurred = {c["id"]: c["occurred_at"] for c in rows.get("contact_entries", ()) if c.get("voided_at") is None}
    last: dict[int, object] = {}
    for link in rows.get("contact_counterparts", ()):
        at = occurred.get(link["contact_id"])
        if at is not None and (link["counterpart_id"] not in last or last[link["counterpart_id"]] < at):
            last[link["counterpart_id"]] = at
    for liaison in liaisons:
        liaison["last_contact_at"] = last.get(liaison["counterpart_id"])

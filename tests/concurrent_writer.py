"""A separate process that logs contacts on one case: ``python -m tests.concurrent_writer``.

Used by tests/test_concurrency.py to start several writers on one database at once. Prints
one line of JSON: how many writes succeeded and the errors of those that did not.
"""

from __future__ import annotations

import json
import sys
import time

from consular.db.engine import open_database
from consular.domain.errors import UserError
from consular.services import contacts, counterparts
from consular.services.context import ServiceContext, actor_for


def main(target: str, reference: str, worker: int, writes: int, start_at: float) -> None:
    database = open_database(target)
    ctx = ServiceContext(database, actor_for(database, "admin"))
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, reference)[:1]]  # a contact is with somebody
    time.sleep(max(0.0, start_at - time.time()))  # all workers begin together
    done, errors = 0, []
    for i in range(writes):
        try:
            contacts.log_contact(
                ctx,
                reference,
                counterpart_ids=with_whom,
                occurred_at="2025-07-02T10:00+00:00",
                channel="phone",
                subject=f"worker {worker} write {i}",
                notes=f"Written by process {worker}.",
            )
            done += 1
        except UserError as exc:
            errors.append(str(exc))
    database.dispose()
    sys.stdout.write(json.dumps({"worker": worker, "done": done, "errors": errors[:5]}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]))

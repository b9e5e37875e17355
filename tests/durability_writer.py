"""A process that logs contacts through the services until it is killed:
``python -m tests.durability_writer DB USER PASSWORD REFERENCE [SYNCHRONOUS]``.

Used by tests/test_durability.py. After each ``log_contact`` returns (its transaction
committed), the new contact's id is printed on a line of its own and flushed: a printed id is
one the app told its user was saved.
"""

from __future__ import annotations

import sys

from consular.db import engine
from consular.services import at_rest, contacts, counterparts
from consular.services.context import ServiceContext, actor_for


def main(target: str, user: str, password: str, reference: str, synchronous: str = "") -> None:
    if synchronous:
        engine.SYNCHRONOUS = synchronous  # only to show what the test catches with a weaker setting
    key = at_rest.unlock(target, user, password)
    database = engine.open_database(target, key=key)
    ctx = ServiceContext(database, actor_for(database, user))
    with_whom = [c.id for c in counterparts.case_counterparts(ctx, reference)[:1]]  # a contact is with somebody
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    i = 0
    while True:
        i += 1
        entry = contacts.log_contact(
            ctx,
            reference,
            counterpart_ids=with_whom,
            occurred_at="2025-07-02T10:00+00:00",
            channel="phone",
            subject=f"Durability write {i}",
            notes=f"Acknowledged write number {i}. " * 8,
        )
        sys.stdout.write(f"{entry.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(*sys.argv[1:])

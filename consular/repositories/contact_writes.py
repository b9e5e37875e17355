"""Log contact's writes on PostgreSQL in one statement.

The ORM's flush sends them one by one, a round trip each: the contact, its counterparts, its
search document, the case's last contact, the relatives' last contact (see
:func:`consular.repositories.dashboard.bump_liaison_contacts`). Here they are the data-modifying
``WITH`` parts of one statement, which also returns the new contact's columns as stored and,
read in the same snapshot, the audit chain's head (what the audit chain's own read of the new
record's state would have brought: see :mod:`consular.db.chain_links`).
SQLite has no data-modifying ``WITH``, and there a statement costs no round trip: the ORM
writes them there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, any_, bindparam, func, insert, literal, or_, select, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from consular.db.chain_links import SEEN_HEAD
from consular.db.models import AuditChainHead, Case, ContactCounterpart, ContactEntry, FamilyLiaison, SearchDocument

# The contact's columns as written (the id apart): every one given, as the ORM's INSERT does.
CONTACT_COLUMNS = tuple(c for c in ContactEntry.__table__.columns if c.name != "id")


@dataclass(frozen=True)
class Written:
    """What the statement wrote: the contact's id, the case's new version, the contact's columns
    asked for (``returning`` of :func:`insert_contact`) and the chain head's values read beside."""

    contact_id: int
    case_version: int
    row: tuple
    head: tuple


@functools.lru_cache(maxsize=8)
def _statement(returning: tuple):
    """Made once per set of columns asked for: a new construct each call would be compiled
    (and its cache key worked out) again each call."""
    contacts = ContactEntry.__table__
    case_id = bindparam("for_case_id", type_=Integer)
    at = bindparam("c_occurred_at", type_=contacts.c.occurred_at.type)
    counterpart_ids = bindparam("counterpart_ids", type_=ARRAY(Integer))
    values = {c.name: bindparam(f"c_{c.name}", type_=c.type) for c in CONTACT_COLUMNS}
    values["case_id"] = case_id
    contact = insert(contacts).values(values).returning(contacts.c.id, *returning).cte("contact")
    links = ContactCounterpart.__table__
    linked = insert(links).from_select(
        [links.c.contact_id, links.c.counterpart_id], select(contact.c.id, func.unnest(counterpart_ids))
    )
    docs = SearchDocument.__table__
    document = insert(docs).from_select(
        [docs.c.entity, docs.c.entity_id, docs.c.case_id, docs.c.title, docs.c.body, docs.c.restricted],
        select(
            literal("contact", docs.c.entity.type),
            contact.c.id,
            case_id,
            bindparam("doc_title", type_=docs.c.title.type),
            bindparam("doc_body", type_=docs.c.body.type),
            bindparam("c_restricted", type_=contacts.c.restricted.type),
        ),
    )
    cases = Case.__table__
    case_row = (
        update(cases)
        .where(cases.c.id == case_id, cases.c.version == bindparam("case_version", type_=Integer))
        .values(
            updated_at=bindparam("case_updated_at", type_=cases.c.updated_at.type),
            last_contact_at=bindparam("case_last_contact_at", type_=cases.c.last_contact_at.type),
            version=cases.c.version + 1,
        )
        .returning(cases.c.version)
        .cte("case_row")
    )
    liaisons = FamilyLiaison.__table__
    relatives = (
        update(liaisons)
        .where(
            liaisons.c.case_id == case_id,
            liaisons.c.counterpart_id == any_(counterpart_ids),
            or_(liaisons.c.last_contact_at.is_(None), liaisons.c.last_contact_at < at),
        )
        .values(last_contact_at=at)
    )
    query = select(
        contact.c.id,
        select(case_row.c.version).scalar_subquery(),
        *(contact.c[c.name] for c in returning),
        *SEEN_HEAD,
    )
    heads = AuditChainHead.__table__
    query = query.select_from(contact.outerjoin(heads, heads.c.id == 1))
    return query.add_cte(linked.cte("linked"), document.cte("document"), relatives.cte("relatives"))


def insert_contact(
    session: Session,
    values: dict,
    counterpart_ids: list[int],
    *,
    case_version: int,
    case_updated_at: datetime,
    case_last_contact_at: datetime | None,
    doc_title: str,
    doc_body: str,
    returning: tuple = (),
) -> Written:
    """Insert the contact (``values``: every one of :data:`CONTACT_COLUMNS` by name), its links
    to ``counterpart_ids`` and its search document; set the case's ``updated_at`` and
    ``last_contact_at`` and bump its version (only if it is still ``case_version``: the caller
    holds the case locked); move each of those relatives' last contact up to the contact's time.
    ``returning``: contact columns returned as stored, then the audit chain's head
    (:data:`~consular.db.chain_links.SEEN_HEAD`, None if there is no head row) as it stands in the
    statement's snapshot. RuntimeError if the case
    row was not at ``case_version`` (nothing may then be committed)."""
    params = {f"c_{name}": value for name, value in values.items()}
    params.update(
        for_case_id=values["case_id"],
        counterpart_ids=list(counterpart_ids),
        case_version=case_version,
        case_updated_at=case_updated_at,
        case_last_contact_at=case_last_contact_at,
        doc_title=doc_title,
        doc_body=doc_body,
    )
    row = session.connection().execute(_statement(returning), params).one()
    if row[1] != case_version + 1:
        raise RuntimeError(f"contact: case {values['case_id']} was not at version {case_version}")
    split = 2 + len(returning)
    return Written(row[0], row[1], tuple(row[2:split]), tuple(row[split:]))

"""Counterparts: officials, police, employer, media, intermediaries the staff deal with."""

from __future__ import annotations

from datetime import datetime

from consular.db.models import CaseCounterpart, Counterpart
from consular.domain import validation as v
from consular.domain.enums import CounterpartCategory
from consular.domain.errors import NotFoundError
from consular.i18n import translate
from consular.repositories import records
from consular.services import search_index
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import counterpart_view
from consular.services.permissions import action
from consular.services.views import CounterpartView

FIELDS = ("name", "category", "role", "organisation", "phone", "email", "address", "reliability_note")


def _clean(values: dict, *, creating: bool) -> dict:
    out: dict = {}
    if creating or "name" in values:
        out["name"] = v.clean_text(values.get("name"), "name", required=True, max_length=300)
    if creating or "category" in values:
        raw = values.get("category") or CounterpartCategory.OTHER
        out["category"] = raw if isinstance(raw, CounterpartCategory) else CounterpartCategory.parse(raw, "category")
    for name, limit in (("role", 200), ("organisation", 200), ("address", 500)):
        if name in values:
            out[name] = v.clean_text(values[name], name, max_length=limit)
    if "phone" in values:
        out["phone"] = v.phone(values["phone"])
    if "email" in values:
        out["email"] = v.email(values["email"])
    if "reliability_note" in values:
        out["reliability_note"] = v.clean_text(
            values["reliability_note"], "reliability_note", max_length=20_000, multiline=True, label="reliability note"
        )
    return out


def link(session, case_id: int, counterpart_id: int, now: datetime) -> None:
    if records.counterpart_link(session, case_id, counterpart_id) is None:
        session.add(CaseCounterpart(case_id=case_id, counterpart_id=counterpart_id, added_at=now))


@action("counterparts.add_counterpart")
def add_counterpart(
    ctx: ServiceContext,
    reference: str,
    *,
    name: str,
    category: str | CounterpartCategory,
    role: str | None = None,
    organisation: str | None = None,
    phone: str | None = None,
    email: str | None = None,
    address: str | None = None,
    reliability_note: str | None = None,
) -> CounterpartView:
    """Add a counterpart and link it to the case."""
    fields = _clean(
        {
            "name": name,
            "category": category,
            "role": role,
            "organisation": organisation,
            "phone": phone,
            "email": email,
            "address": address,
            "reliability_note": reliability_note,
        },
        creating=True,
    )
    with ctx.writing() as session:
        case = load_case(session, reference)
        counterpart = add_counterpart_in_session(ctx, session, case, fields)
        return counterpart_view(counterpart)


@action("counterparts.add_counterpart_in_session")
def add_counterpart_in_session(ctx: ServiceContext, session, case, values: dict) -> Counterpart:
    """Shared by add_counterpart and the import: validates ``values`` (the FIELDS), inserts the
    counterpart, links it to ``case``, indexes and audits it in ``session``."""
    fields = _clean(values, creating=True)
    counterpart = Counterpart(created_at=ctx.now(), **fields)
    session.add(counterpart)
    session.flush()
    link(session, case.id, counterpart.id, ctx.now())
    search_index.index_counterpart(session, counterpart)
    ctx.audit(session, "counterpart.add", "counterpart", counterpart.id, case_id=case.id, after=fields)
    return counterpart


@action("counterparts.edit_counterpart")
def edit_counterpart(
    ctx: ServiceContext, counterpart_id: int, *, expected_version: int | None = None, **changes
) -> CounterpartView:
    """Change a counterpart's details (fields given only). ``expected_version`` is the
    :attr:`CounterpartView.version` loaded; a stale save raises ConflictError."""
    fields = _clean(changes, creating=False)
    with ctx.writing() as session:
        counterpart = session.get(Counterpart, counterpart_id)
        if counterpart is None:
            raise NotFoundError(
                translate("services.counterparts", "There is no counterpart #{counterpart_id}.").format(
                    counterpart_id=counterpart_id
                )
            )
        expect_version(session, counterpart, expected_version, "counterpart", counterpart.name)
        before = snapshot(counterpart, list(fields))
        for key, value in fields.items():
            setattr(counterpart, key, value)
        session.flush()
        search_index.index_counterpart(session, counterpart)
        ctx.audit(session, "counterpart.edit", "counterpart", counterpart.id, before=before, after=fields)
        return counterpart_view(counterpart)


@action("counterparts.get_counterpart")
def get_counterpart(ctx: ServiceContext, counterpart_id: int) -> CounterpartView:
    """One counterpart as stored now (an edit dialog's Reload after a stale save).
    NotFoundError for an unknown id."""
    with ctx.transaction() as session:
        counterpart = session.get(Counterpart, counterpart_id)
        if counterpart is None:
            raise NotFoundError(
                translate("services.counterparts", "There is no counterpart #{counterpart_id}.").format(
                    counterpart_id=counterpart_id
                )
            )
        return counterpart_view(counterpart)


@action("counterparts.case_counterparts")
def case_counterparts(ctx: ServiceContext, reference: str) -> list[CounterpartView]:
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return [counterpart_view(c) for c in records.case_counterparts(session, case.id)]


@action("counterparts.counterpart_cases")
def counterpart_cases(ctx: ServiceContext, counterpart_ids: list[int]) -> dict[int, list[str]]:
    """The case references each counterpart is linked to, so a picker can say which case a
    counterpart found elsewhere belongs to."""
    with ctx.transaction() as session:
        return records.counterpart_case_references(session, list(counterpart_ids))


@action("counterparts.find_counterparts")
def find_counterparts(ctx: ServiceContext, text: str, *, limit: int = 20) -> list[CounterpartView]:
    """Counterparts anywhere whose name or organisation contains ``text`` (for type-ahead)."""
    query = (text or "").strip()
    if not query:
        return []
    with ctx.transaction() as session:
        return [counterpart_view(c) for c in records.find_counterparts(session, query, limit=limit)]

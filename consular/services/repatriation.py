"""The repatriation checklist: bringing a released national home, and the months after.

One checklist per national and case (``repatriation_checklists``), opened in the same
transaction that records them released, rescued or escaped (:func:`open_checklist_in_session`,
called by :func:`consular.services.people.change_hostage_status`), or by hand
(:func:`open_checklist`) for a release recorded before this existed. Opening twice is a no-op.

Each item is a row of ``tasks`` (owner, due time, done, cancelled, voiding, version, audit)
with a ``repatriation_items`` row naming the item and holding its facts. So an item is overdue
on the dashboard and in the Tasks tab, and counted in the case list's "next task due", with
nothing to keep in step: there is one notion of a task. Default owner: the case's lead
caseworker; default due times: :data:`consular.domain.repatriation.DEFAULT_DUE` after the
release (the follow-ups at 30 and 90 days).

An item is done with its facts (who held the debrief; whether support was offered, accepted
or declined), or marked not applicable with a reason (its task is cancelled). An item ticked
in the Tasks tab is done without its facts; :func:`complete_item` records them afterwards.
Items are not restricted content: they are ordinary tasks of the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import select

from consular.db.models import Case, Task, User
from consular.db.repatriation_models import RepatriationChecklist, RepatriationItem
from consular.domain import validation as v
from consular.domain.clock import Clock
from consular.domain.enums import HostageStatus, ParticipantRole, Priority, TaskStatus
from consular.domain.errors import ConflictError, NotFoundError, ValidationError
from consular.domain.repatriation import (
    DEFAULT_DUE,
    ITEM_ORDER,
    RETURNED_ALIVE,
    PsychosocialSupport,
    ReturnItemKind,
    item_title,
)
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.reports.brief_data import BriefRepatriation, BriefReturnItem
from consular.repositories import records
from consular.services import search_index
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.reference_data import user_id_for
from consular.services.tasks import create_task_in_session
from consular.services.views import JsonMixin

ITEM_FIELDS = ["checklist_id", "task_id", "kind", "debrief_by", "psychosocial", "na_reason"]

# What a user sees for an item's state (the GUI, the CLI, the brief).
DONE, OPEN, OVERDUE, NOT_APPLICABLE, VOIDED = "done", "open", "overdue", "not applicable", "voided"


@dataclass(frozen=True)
class ChecklistItemView(JsonMixin):
    id: int  # the item (repatriation_items.id)
    task_id: int
    kind: ReturnItemKind
    owner: str | None
    owner_username: str | None
    due_at: datetime | None
    status: TaskStatus
    completed_at: datetime | None
    completed_by: str | None
    note: str | None
    debrief_by: str | None
    psychosocial: PsychosocialSupport | None
    na_reason: str | None
    version: int  # the task's version, for expected_version
    voided_at: datetime | None = None
    void_reason: str | None = None
    clock: Clock | None = field(default=None, compare=False, repr=False, metadata={"json": False})

    @property
    def label(self) -> str:
        return self.kind.label

    def is_overdue(self, now: datetime | None = None) -> bool:
        now = now or (self.clock.now() if self.clock else None)
        return (
            self.voided_at is None
            and self.status.is_open
            and self.due_at is not None
            and now is not None
            and self.due_at < now
        )

    @property
    def state(self) -> str:
        if self.voided_at is not None:
            return VOIDED
        if self.status == TaskStatus.DONE:
            return DONE
        if self.status == TaskStatus.CANCELLED:
            return NOT_APPLICABLE
        return OVERDUE if self.is_overdue() else OPEN

    def facts(self) -> str:
        """The item's facts in words: who debriefed, the support's answer, why not applicable."""
        parts = []
        if self.debrief_by:
            parts.append(translate("services.repatriation", "by {name}").format(name=self.debrief_by))
        if self.psychosocial:
            parts.append(self.psychosocial.label.lower())
        if self.na_reason:
            parts.append(self.na_reason)
        if self.note and self.note != self.na_reason:
            parts.append(self.note)
        if self.status == TaskStatus.DONE and self.missing_facts():
            parts.append(translate("services.repatriation", "facts not recorded"))
        return "; ".join(parts)

    def missing_facts(self) -> bool:
        return (self.kind == ReturnItemKind.DEBRIEF and not self.debrief_by) or (
            self.kind == ReturnItemKind.PSYCHOSOCIAL and self.psychosocial is None
        )

    def to_json(self) -> dict:
        data = super().to_json()
        data["state"] = self.state
        data["label"] = self.label
        return data


@dataclass(frozen=True)
class ChecklistView(JsonMixin):
    id: int
    case_id: int
    case_reference: str
    person_id: int
    person_name: str
    released_at: datetime
    opened_at: datetime
    items: tuple[ChecklistItemView, ...]

    def count(self, state: str) -> int:
        return sum(1 for item in self.items if item.state == state)

    def summary(self) -> str:
        """'4 done, 3 open (1 overdue), 1 not applicable' over the items that stand."""
        done, overdue = self.count(DONE), self.count(OVERDUE)
        open_ = self.count(OPEN) + overdue
        text = f"{done} done, {open_} open" + (f" ({overdue} overdue)" if overdue else "")
        na = self.count(NOT_APPLICABLE)
        return text + (f", {na} not applicable" if na else "")

    def to_json(self) -> dict:
        data = super().to_json()
        data["items"] = [item.to_json() for item in self.items]
        return data


def _item_view(item: RepatriationItem, session, clock: Clock | None) -> ChecklistItemView:
    task = item.task
    completed_by = session.get(User, task.completed_by_id) if task.completed_by_id else None
    return ChecklistItemView(
        id=item.id,
        task_id=task.id,
        kind=item.kind,
        owner=task.assignee.display_name if task.assignee else None,
        owner_username=task.assignee.username if task.assignee else None,
        due_at=task.due_at,
        status=task.status,
        completed_at=task.completed_at,
        completed_by=completed_by.display_name if completed_by else None,
        note=task.completion_note,
        debrief_by=item.debrief_by,
        psychosocial=item.psychosocial,
        na_reason=item.na_reason,
        version=task.version,
        voided_at=task.voided_at,
        void_reason=task.void_reason,
        clock=clock,
    )


def _checklist_view(checklist: RepatriationChecklist, reference: str, session, clock) -> ChecklistView:
    order = {kind: i for i, kind in enumerate(ITEM_ORDER)}
    items = session.scalars(select(RepatriationItem).where(RepatriationItem.checklist_id == checklist.id)).all()
    return ChecklistView(
        id=checklist.id,
        case_id=checklist.case_id,
        case_reference=reference,
        person_id=checklist.person_id,
        person_name=checklist.person.full_name,
        released_at=checklist.released_at,
        opened_at=checklist.opened_at,
        items=tuple(_item_view(i, session, clock) for i in sorted(items, key=lambda i: order[i.kind])),
    )


def _existing(session, case_id: int, person_id: int) -> RepatriationChecklist | None:
    return session.scalar(
        select(RepatriationChecklist).where(
            RepatriationChecklist.case_id == case_id, RepatriationChecklist.person_id == person_id
        )
    )


@action("repatriation.open_checklist_in_session")
def open_checklist_in_session(
    ctx: ServiceContext, session, case: Case, person_id: int, released_at: datetime, *, dated_from_release: bool
) -> RepatriationChecklist | None:
    """Open the checklist of ``person_id`` in ``case`` inside the caller's transaction: one
    task per item, owned by the case's lead caseworker, due :data:`DEFAULT_DUE` after
    ``released_at``. Returns None (and writes nothing) when the person already has one.
    ``dated_from_release``: the tasks are dated as set at the release (opened with it), not now."""
    if _existing(session, case.id, person_id) is not None:
        return None
    participant = records.participant(session, case.id, person_id)
    name = participant.person.full_name
    owner = case.lead_caseworker.username if case.lead_caseworker else None
    checklist = RepatriationChecklist(
        case_id=case.id,
        person_id=person_id,
        released_at=released_at,
        opened_at=ctx.now(),
        opened_by_id=ctx.actor.user_id,
    )
    session.add(checklist)
    session.flush()
    ctx.audit(
        session,
        "repatriation.open",
        "repatriation_checklist",
        checklist.id,
        case_id=case.id,
        after={"person_id": person_id, "released_at": released_at, "owner": owner},
    )
    for kind in ITEM_ORDER:
        task = create_task_in_session(
            ctx,
            session,
            case,
            title=item_title(kind, name),
            assignee=owner,
            due_at=released_at + DEFAULT_DUE[kind],
            priority=Priority.HIGH if kind == ReturnItemKind.MEDICAL_ASSESSMENT else Priority.NORMAL,
            description=f"Repatriation checklist of {name}, released {released_at:%Y-%m-%d} (UTC).",
            contact_id=None,
            created_at=released_at if dated_from_release else None,
        )
        item = RepatriationItem(checklist_id=checklist.id, task_id=task.id, kind=kind)
        session.add(item)
        session.flush()
        search_index.index_task(session, task)
        ctx.audit(
            session,
            "repatriation.item",
            "repatriation_item",
            item.id,
            case_id=case.id,
            after=snapshot(item, ITEM_FIELDS),
        )
    return checklist


def opens_checklist(previous: HostageStatus | None, current: HostageStatus | None) -> bool:
    """Whether a status change opens the checklist: the person's current status became one of
    :data:`RETURNED_ALIVE` from one that is not (a change back to held, or a backdated entry
    that does not become the current status, never does)."""
    return current in RETURNED_ALIVE and previous not in RETURNED_ALIVE


@action("repatriation.open_checklist")
def open_checklist(
    ctx: ServiceContext, reference: str, person_id: int, *, released_at: datetime | str | None = None
) -> ChecklistView:
    """Open a national's checklist by hand (a release recorded before checklists existed).
    ``released_at`` defaults to the time of their current status. Raises ValidationError when
    the person is not a hostage of the case or is not recorded released, rescued or escaped;
    ConflictError when they already have a checklist."""
    with ctx.writing() as session:
        case = load_case(session, reference)
        participant = records.participant(session, case.id, person_id)
        if participant is None or participant.role != ParticipantRole.HOSTAGE:
            raise ValidationError(
                "person_id",
                translate("services.repatriation", "Person #{person_id} is not a national held in {reference}.").format(
                    person_id=person_id, reference=case.reference
                ),
            )
        name = participant.person.full_name
        if participant.hostage_status not in RETURNED_ALIVE:
            status = (
                participant.hostage_status.label.lower()
                if participant.hostage_status
                else translate("services.repatriation", "without a status")
            )
            raise ValidationError(
                "person_id",
                translate(
                    "services.repatriation",
                    "{name} is recorded as {status}; record their release first (People tab, Change "
                    "status…): the checklist then opens by itself.",
                ).format(name=name, status=status),
            )
        if _existing(session, case.id, person_id) is not None:
            raise ConflictError(
                translate(
                    "services.repatriation", "{name} already has a repatriation checklist in {reference}."
                ).format(name=name, reference=case.reference)
            )
        if released_at is None:
            when = participant.hostage_status_since
        elif isinstance(released_at, str):
            when = parse_datetime(released_at, "released_at", default_zone=case.timezone)
        else:
            when = require_aware(released_at, "released_at")
        if when > ctx.now():
            raise ValidationError(
                "released_at", translate("services.repatriation", "The release is in the future; check the date.")
            )
        if when < case.incident_at:
            raise ValidationError(
                "released_at",
                translate("services.repatriation", "The release cannot be before the incident; check the date."),
            )
        checklist = open_checklist_in_session(ctx, session, case, person_id, when, dated_from_release=False)
        return _checklist_view(checklist, case.reference, session, ctx.clock)


@action("repatriation.checklists")
def checklists(ctx: ServiceContext, reference: str, *, include_voided: bool = False) -> list[ChecklistView]:
    """A case's checklists, one per released national, items in the checklist's order.
    Voided items (their task voided) only with ``include_voided``."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        rows = session.scalars(
            select(RepatriationChecklist)
            .where(RepatriationChecklist.case_id == case.id)
            .order_by(RepatriationChecklist.released_at, RepatriationChecklist.id)
        ).all()
        views = [_checklist_view(c, case.reference, session, ctx.clock) for c in rows]
        if include_voided:
            return views
        return [replace(c, items=tuple(i for i in c.items if i.voided_at is None)) for c in views]


def _item(session, item_id: int) -> tuple[RepatriationItem, Task, Case]:
    item = session.get(RepatriationItem, item_id)
    if item is None:
        raise NotFoundError(
            translate(
                "services.repatriation",
                "There is no repatriation checklist item #{item_id}; see consular repatriation show CASE.",
            ).format(item_id=item_id)
        )
    task = item.task
    if task.voided_at is not None:
        raise ValidationError(
            "item",
            translate("services.repatriation", "The item '{kind}' was voided; it cannot be changed.").format(
                kind=item.kind.label
            ),
        )
    return item, task, session.get(Case, task.case_id)


def _result(session, ctx, item: RepatriationItem, case: Case) -> ChecklistItemView:
    session.flush()
    session.refresh(item.task)
    return _item_view(item, session, ctx.clock)


@action("repatriation.assign_item")
def assign_item(
    ctx: ServiceContext,
    item_id: int,
    *,
    owner: str | None = None,
    due_at: datetime | str | None = None,
    expected_version: int | None = None,
) -> ChecklistItemView:
    """Give an item to ``owner`` (a username) and/or move its due time (read in the case's
    zone when it has no offset). Raises ValidationError for an unknown user, nothing to change
    or a closed item; ConflictError for a stale ``expected_version``."""
    if owner is None and due_at is None:
        raise ValidationError(
            "owner",
            translate("services.repatriation", "Give the item an owner (--to USER), a due date (--due DATE) or both."),
        )
    with ctx.writing() as session:
        item, task, case = _item(session, item_id)
        expect_version(session, task, expected_version, "task", f"The item '{item.kind.label}'")
        if not task.status.is_open:
            raise ValidationError(
                "item",
                translate(
                    "services.repatriation", "The item '{kind}' is {state_word}; only open items are assigned."
                ).format(kind=item.kind.label, state_word=_state_word(task.status)),
            )
        changes: dict = {}
        if owner is not None:
            changes["assignee_id"] = user_id_for(session, owner, "owner")
        if due_at is not None:
            due = (
                parse_datetime(due_at, "due_at", default_zone=case.timezone)
                if isinstance(due_at, str)
                else require_aware(due_at, "due_at")
            )
            changes["due_at"] = due
        before = {k: getattr(task, k) for k in changes}
        for key, value in changes.items():
            setattr(task, key, value)
        case.updated_at = ctx.now()
        session.flush()
        ctx.audit(session, "repatriation.assign", "task", task.id, case_id=case.id, before=before, after=changes)
        return _result(session, ctx, item, case)


@action("repatriation.complete_item")
def complete_item(
    ctx: ServiceContext,
    item_id: int,
    *,
    at: datetime | str | None = None,
    note: str | None = None,
    debrief_by: str | None = None,
    psychosocial: str | PsychosocialSupport | None = None,
    expected_version: int | None = None,
) -> ChecklistItemView:
    """Mark an item done at ``at`` (default now) with its facts: the debrief needs
    ``debrief_by`` (who held it), psychosocial support needs ``psychosocial`` (offered,
    accepted or declined). An item ticked done in the Tasks tab without its facts takes them
    here. Raises ValidationError for a missing fact, a fact of another item, a time in the
    future or before the incident, or an item already done or not applicable."""
    by = v.clean_text(debrief_by, "debrief_by", max_length=300)
    support = (
        None
        if psychosocial in (None, "")
        else psychosocial
        if isinstance(psychosocial, PsychosocialSupport)
        else PsychosocialSupport.parse(psychosocial, "psychosocial")
    )
    text = v.clean_text(note, "note", max_length=20_000, multiline=True)
    with ctx.writing() as session:
        item, task, case = _item(session, item_id)
        expect_version(session, task, expected_version, "task", f"The item '{item.kind.label}'")
        label = item.kind.label
        if item.kind == ReturnItemKind.DEBRIEF and not by:
            raise ValidationError(
                "debrief_by",
                translate("services.repatriation", "Say who held the debrief (--debrief-by 'agency or officer')."),
            )
        if item.kind != ReturnItemKind.DEBRIEF and by:
            raise ValidationError(
                "debrief_by",
                translate("services.repatriation", "'Debrief by' belongs to the debrief, not to '{label}'.").format(
                    label=label
                ),
            )
        if item.kind == ReturnItemKind.PSYCHOSOCIAL and support is None:
            raise ValidationError(
                "psychosocial",
                translate(
                    "services.repatriation",
                    "Say whether psychosocial support was offered, accepted or declined (--support ...).",
                ),
            )
        if item.kind != ReturnItemKind.PSYCHOSOCIAL and support is not None:
            raise ValidationError(
                "psychosocial",
                translate(
                    "services.repatriation", "The support's answer belongs to psychosocial support, not '{label}'."
                ).format(label=label),
            )
        facts_only = task.status == TaskStatus.DONE and (
            (item.kind == ReturnItemKind.DEBRIEF and not item.debrief_by)
            or (item.kind == ReturnItemKind.PSYCHOSOCIAL and item.psychosocial is None)
        )
        if not task.status.is_open and not facts_only:
            raise ValidationError(
                "item",
                translate("services.repatriation", "The item '{label}' is already {state_word}.").format(
                    label=label, state_word=_state_word(task.status)
                ),
            )
        when = _when(ctx, case, at)
        before = {"status": task.status, **snapshot(item, ["debrief_by", "psychosocial"])}
        if not facts_only:
            task.status, task.completed_at, task.completed_by_id = TaskStatus.DONE, when, ctx.actor.user_id
            task.completion_note = text
        elif text:
            task.completion_note = text
        item.debrief_by, item.psychosocial = by, support
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_task(session, task)
        after = {"status": TaskStatus.DONE, "completed_at": task.completed_at, "note": text}
        ctx.audit(
            session,
            "repatriation.done",
            "task",
            task.id,
            case_id=case.id,
            before={"status": before["status"]},
            after=after,
        )
        ctx.audit(
            session,
            "repatriation.facts",
            "repatriation_item",
            item.id,
            case_id=case.id,
            before={k: before[k] for k in ("debrief_by", "psychosocial")},
            after=snapshot(item, ["debrief_by", "psychosocial"]),
        )
        return _result(session, ctx, item, case)


def _when(ctx: ServiceContext, case: Case, at: datetime | str | None) -> datetime:
    """When an item was closed: ``at`` (a string read in the case's zone), default now."""
    if isinstance(at, str):
        when = parse_datetime(at, "at", default_zone=case.timezone)
    else:
        when = require_aware(at, "at") if at is not None else ctx.now()
    if when > ctx.now():
        raise ValidationError(
            "at", translate("services.repatriation", "The item cannot be closed in the future; check the date.")
        )
    if when < case.incident_at:
        raise ValidationError(
            "at", translate("services.repatriation", "The item cannot be closed before the incident; check the date.")
        )
    return when


def _state_word(status: TaskStatus) -> str:
    return (
        translate("services.repatriation", "not applicable") if status == TaskStatus.CANCELLED else status.label.lower()
    )


@action("repatriation.mark_not_applicable")
def mark_not_applicable(
    ctx: ServiceContext,
    item_id: int,
    reason: str,
    *,
    at: datetime | str | None = None,
    expected_version: int | None = None,
) -> ChecklistItemView:
    """Mark an open item not applicable (its task is cancelled) with the ``reason`` why, for
    instance "passport intact, no travel document needed". Raises ValidationError without a
    reason or for an item that is not open; ConflictError for a stale ``expected_version``."""
    why = v.clean_text(reason, "reason", required=True, max_length=2_000, multiline=True, label="reason")
    with ctx.writing() as session:
        item, task, case = _item(session, item_id)
        expect_version(session, task, expected_version, "task", f"The item '{item.kind.label}'")
        if not task.status.is_open:
            raise ValidationError(
                "item",
                translate("services.repatriation", "The item '{kind}' is already {state_word}.").format(
                    kind=item.kind.label, state_word=_state_word(task.status)
                ),
            )
        when = _when(ctx, case, at)
        task.status, task.completed_at, task.completed_by_id = TaskStatus.CANCELLED, when, ctx.actor.user_id
        task.completion_note = why
        item.na_reason = why
        case.updated_at = ctx.now()
        session.flush()
        search_index.index_task(session, task)
        ctx.audit(
            session,
            "repatriation.na",
            "task",
            task.id,
            case_id=case.id,
            before={"status": TaskStatus.OPEN},
            after={"status": TaskStatus.CANCELLED, "note": why},
        )
        ctx.audit(session, "repatriation.na", "repatriation_item", item.id, case_id=case.id, after={"na_reason": why})
        return _result(session, ctx, item, case)


def brief_checklists(session, case: Case, as_of: datetime, clean, names) -> list[BriefRepatriation]:
    """The checklists of ``case`` for a status brief as of ``as_of``: those of nationals
    released by then, each item as it stood then (closed later: open, or overdue if due by
    then). ``clean`` redacts free text (the facts), ``names`` the national's name. Voided
    items are left out. Runs inside the brief's transaction; no audit of its own."""
    rows = session.scalars(
        select(RepatriationChecklist)
        .where(RepatriationChecklist.case_id == case.id, RepatriationChecklist.released_at <= as_of)
        .order_by(RepatriationChecklist.released_at, RepatriationChecklist.id)
    ).all()
    out = []
    for checklist in rows:
        view = _checklist_view(checklist, case.reference, session, None)
        items = []
        for item in view.items:
            if item.voided_at is not None:
                continue
            closed = item.completed_at if item.completed_at is not None and item.completed_at <= as_of else None
            if closed is not None:
                state = DONE if item.status == TaskStatus.DONE else NOT_APPLICABLE
                facts = item.facts()
            else:
                state = OVERDUE if item.due_at is not None and item.due_at < as_of else OPEN
                facts = ""
            items.append(
                BriefReturnItem(
                    item=item.label,
                    owner=item.owner,
                    due_at=item.due_at,
                    state=state,
                    closed_at=closed,
                    facts=clean(facts),
                )
            )
        counts = {s: sum(1 for i in items if i.state == s) for s in (DONE, OPEN, OVERDUE, NOT_APPLICABLE)}
        out.append(
            BriefRepatriation(
                name=names(view.person_name),
                released_at=view.released_at,
                done=counts[DONE],
                open=counts[OPEN] + counts[OVERDUE],
                overdue=counts[OVERDUE],
                not_applicable=counts[NOT_APPLICABLE],
                items=items,
            )
        )
    return out


__all__ = [
    "ChecklistItemView",
    "ChecklistView",
    "assign_item",
    "brief_checklists",
    "checklists",
    "complete_item",
    "mark_not_applicable",
    "open_checklist",
    "open_checklist_in_session",
    "opens_checklist",
]

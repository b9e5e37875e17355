"""ORM → view conversion. Runs inside the service's session; returns detached plain data."""

from __future__ import annotations

import dataclasses
from datetime import datetime

from sqlalchemy.orm import Session, object_session

from consular.db.models import (
    Case,
    CaseParticipant,
    ContactEntry,
    ContactRevision,
    Counterpart,
    Document,
    FamilyLiaison,
    HostageStatusEvent,
    Milestone,
    Person,
    Post,
    Task,
    User,
)
from consular.domain.captivity import captivity_start as domain_captivity_start
from consular.domain.clock import Clock
from consular.domain.enums import MilestoneKind
from consular.i18n import QT_TRANSLATE_NOOP
from consular.services.views import (
    ContactRevisionView,
    ContactView,
    CounterpartView,
    DocumentView,
    HostageStatusView,
    IdentifierView,
    LiaisonView,
    MilestoneView,
    ParticipantView,
    PersonView,
    PostView,
    TaskView,
    UserView,
)

# What someone outside a case's team sees in place of restricted content (need-to-know).
#: A sentinel the faces compare against; translate it where it is shown:
#: ``translate("services.convert", WITHHELD)``.
WITHHELD = QT_TRANSLATE_NOOP("services.convert", "restricted")


def user_view(user: User | None) -> UserView | None:
    if user is None:
        return None
    return UserView(user.id, user.username, user.display_name, user.role, user.email)


def post_view(post: Post) -> PostView:
    return PostView(post.id, post.code, post.name, post.kind.value, post.country, post.city, post.timezone)


def person_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id,
        full_name=person.full_name,
        name_native=person.name_native,
        gender=person.gender,
        date_of_birth=person.date_of_birth,
        nationality=person.nationality,
        passport_number=person.passport_number,
        home_state=person.home_state,
        home_district=person.home_district,
        employer=person.employer,
        occupation=person.occupation,
        languages=person.languages,
        medical_needs=person.medical_needs,
        phone=person.phone,
        email=person.email,
        notes=person.notes,
        identifiers=[IdentifierView(i.kind, i.value, i.issuing_country) for i in person.identifiers],
        version=person.version,
    )


def void_fields(entry) -> dict:
    """The voided_* fields of a view, from a :class:`~consular.db.models.Voidable` row."""
    if entry.voided_at is None:
        return {}
    session = object_session(entry)
    user = session.get(User, entry.voided_by_id) if session is not None and entry.voided_by_id else None
    by = user.display_name if user is not None else None
    return {"voided_at": entry.voided_at, "voided_by": by, "void_reason": entry.void_reason}


def status_view(event: HostageStatusEvent) -> HostageStatusView:
    return HostageStatusView(
        event.id,
        event.status,
        event.effective_at,
        event.note,
        event.source,
        event.recorded_by.display_name,
        event.recorded_at,
        recorded_by_id=event.recorded_by_id,
        **void_fields(event),
    )


def captivity_start(events: list[HostageStatusEvent]) -> datetime | None:
    """Start of the captivity: the first in-captivity entry of ``events`` (effective order,
    voided entries already left out by the query). A later return to *held* after a mistaken
    release continues the count. Days in captivity are derived from this, never stored."""
    return domain_captivity_start((e.status, e.effective_at) for e in events)


def participant_view(
    participant: CaseParticipant,
    events: list[HostageStatusEvent],
    last_pol: datetime | None,
    *,
    last_verified_pol: datetime | None = None,
    last_welfare: datetime | None = None,
    clock: Clock | None = None,
    pol_withheld: bool = False,
) -> ParticipantView:
    """``events``: the whole status history, voided entries included (they are shown struck
    through); the captivity is computed from the entries that stand. ``pol_withheld``: the
    reader is outside the case team, so the proof-of-life dates are not given."""
    standing = [e for e in events if e.voided_at is None]
    return ParticipantView(
        id=participant.id,
        case_id=participant.case_id,
        role=participant.role,
        person=person_view(participant.person),
        notes=participant.notes,
        hostage_status=participant.hostage_status,
        hostage_status_since=participant.hostage_status_since,
        captivity_start=captivity_start(standing) if standing else None,
        status_history=[status_view(e) for e in events],
        last_proof_of_life=None if pol_withheld else last_pol,
        last_verified_proof_of_life=None if pol_withheld else last_verified_pol,
        last_welfare_report=last_welfare,
        proof_of_life_withheld=pol_withheld,
        clock=clock,
    )


def counterpart_view(c: Counterpart) -> CounterpartView:
    return CounterpartView(
        c.id,
        c.name,
        c.category,
        c.role,
        c.organisation,
        c.phone,
        c.email,
        c.address,
        c.reliability_note,
        version=c.version,
    )


def liaison_view(liaison: FamilyLiaison, last_contact: datetime | None, *, clock: Clock | None = None) -> LiaisonView:
    return LiaisonView(
        id=liaison.id,
        case_id=liaison.case_id,
        kin=person_view(liaison.kin),
        hostage_person_id=liaison.hostage_person_id,
        hostage_name=liaison.hostage.full_name,
        relationship=liaison.relationship_to_hostage,
        phone=liaison.phone,
        email=liaison.email,
        address=liaison.address,
        preferred_language=liaison.preferred_language,
        preferred_channel=liaison.preferred_channel,
        contact_every_days=liaison.contact_every_days,
        plan_channel=liaison.plan_channel,
        plan_owner=liaison.plan_owner.display_name if liaison.plan_owner else None,
        may_share=liaison.may_share,
        notes=liaison.notes,
        counterpart_id=liaison.counterpart_id,
        last_contact_at=last_contact,
        version=liaison.version,
        clock=clock,
    )


def contact_view(entry: ContactEntry, reference: str) -> ContactView:
    return ContactView(
        id=entry.id,
        case_id=entry.case_id,
        case_reference=reference,
        occurred_at=entry.occurred_at,
        duration_minutes=entry.duration_minutes,
        channel=entry.channel,
        direction=entry.direction,
        subject=entry.subject,
        notes=entry.notes,
        outcome=entry.outcome,
        follow_up_needed=entry.follow_up_needed,
        restricted=entry.restricted,
        counterparts=[counterpart_view(c) for c in entry.counterparts],
        staff_present=[u.display_name for u in entry.staff_present],
        staff_usernames=[u.username for u in entry.staff_present],
        recorded_by=entry.recorded_by.display_name,
        recorded_at=entry.recorded_at,
        updated_at=entry.updated_at,
        revision=entry.revision,
        recorded_by_id=entry.recorded_by_id,
        **void_fields(entry),
    )


def withheld_contact_view(entry: ContactEntry, reference: str) -> ContactView:
    """A restricted contact as someone outside the case's team sees it: that it exists and
    when, nothing of what it says or who took part (need-to-know)."""
    return dataclasses.replace(
        contact_view(entry, reference),
        duration_minutes=None,
        subject=WITHHELD,
        notes=None,
        outcome=None,
        follow_up_needed=False,
        counterparts=[],
        staff_present=[],
        staff_usernames=[],
        recorded_by=WITHHELD,
        void_reason=None,
    )


def revision_view(rev: ContactRevision, names: dict[int, str]) -> ContactRevisionView:
    return ContactRevisionView(
        revision=rev.revision,
        occurred_at=rev.occurred_at,
        channel=rev.channel,
        direction=rev.direction,
        subject=rev.subject,
        notes=rev.notes,
        outcome=rev.outcome,
        restricted=rev.restricted,
        written_at=rev.written_at,
        written_by=names.get(rev.written_by_id, "?"),
        replaced_at=rev.replaced_at,
        replaced_by=names.get(rev.replaced_by_id, "?"),
    )


def milestone_view(m: Milestone) -> MilestoneView:
    return MilestoneView(
        id=m.id,
        case_id=m.case_id,
        kind=m.kind,
        occurred_at=m.occurred_at,
        title=m.title,
        description=m.description,
        source=m.source,
        hostage_person_id=m.hostage_person_id,
        hostage_name=m.hostage.full_name if m.hostage else None,
        restricted=m.restricted,
        recorded_by=m.recorded_by.display_name,
        recorded_at=m.recorded_at,
        version=m.version,
        recorded_by_id=m.recorded_by_id,
        **void_fields(m),
    )


def withheld_milestone_view(m: Milestone) -> MilestoneView:
    """A restricted milestone (a proof of life, a demand) as someone outside the case's team
    sees it: its date and "restricted", not even its kind."""
    return dataclasses.replace(
        milestone_view(m),
        kind=MilestoneKind.OTHER,
        title=WITHHELD,
        description=None,
        source=None,
        hostage_person_id=None,
        hostage_name=None,
        recorded_by=WITHHELD,
        void_reason=None,
    )


def task_view(task: Task, reference: str, session: Session, *, clock: Clock | None = None) -> TaskView:
    created_by = session.get(User, task.created_by_id)
    completed_by = session.get(User, task.completed_by_id) if task.completed_by_id else None
    return TaskView(
        id=task.id,
        case_id=task.case_id,
        case_reference=reference,
        title=task.title,
        description=task.description,
        assignee=task.assignee.display_name if task.assignee else None,
        assignee_username=task.assignee.username if task.assignee else None,
        due_at=task.due_at,
        priority=task.priority,
        status=task.status,
        contact_id=task.contact_id,
        created_at=task.created_at,
        created_by=created_by.display_name if created_by else "?",
        completed_at=task.completed_at,
        completed_by=completed_by.display_name if completed_by else None,
        completion_note=task.completion_note,
        version=task.version,
        created_by_id=task.created_by_id,
        clock=clock,
        **void_fields(task),
    )


def withheld_task_view(task: Task, reference: str, session: Session, *, clock: Clock | None = None) -> TaskView:
    """A follow-up task raised by a restricted contact, as someone outside the case's team
    sees it: it exists, who has it and when it is due; not what it says."""
    return dataclasses.replace(
        task_view(task, reference, session, clock=clock),
        title=WITHHELD,
        description=None,
        completion_note=None,
        contact_id=None,
    )


def document_view(doc: Document) -> DocumentView:
    return DocumentView(
        doc.id,
        doc.case_id,
        doc.file_name,
        doc.media_type,
        doc.size_bytes,
        doc.sha256,
        doc.description,
        doc.restricted,
        doc.added_at,
        doc.added_by.display_name,
        version=doc.version,
        added_by_id=doc.added_by_id,
        **void_fields(doc),
    )


def withheld_document_view(doc: Document) -> DocumentView:
    return dataclasses.replace(
        document_view(doc),
        file_name=WITHHELD,
        media_type="",
        size_bytes=0,
        sha256="",
        description=None,
        added_by=WITHHELD,
    )


def case_reference(session: Session, case_id: int) -> str:
    return session.get(Case, case_id).reference

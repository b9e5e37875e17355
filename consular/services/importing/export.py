"""The records an import takes, read back in the import's shape (one dict per row, the
import's field names as keys, text values): what ``consular export cases|people|contacts``
writes, so an export imports back into another database as the same records."""

from __future__ import annotations

from sqlalchemy import select

from consular.db.models import Case, CaseParticipant, ContactEntry, HostageStatusEvent
from consular.domain.enums import ParticipantRole
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.importing.mapping import field_names
from consular.services.importing.rows import ORGANISATION_SEPARATOR, WITH_SEPARATOR


def _iso(value) -> str:
    return value.isoformat() if value is not None else ""


def _s(value) -> str:
    if value is None:
        return ""
    return getattr(value, "value", value) if not isinstance(value, str) else value


def case_rows(ctx: ServiceContext, session) -> list[dict[str, str]]:
    rows = []
    for case in session.scalars(select(Case).order_by(Case.post_id, Case.ref_year, Case.ref_seq)):
        rows.append(
            {
                "reference": case.reference,
                "post": case.post.code,
                "title": case.title,
                "kind": case.kind.value,
                "priority": case.priority.value,
                "incident_at": _iso(case.incident_at),
                "incident_site": _s(case.incident_site),
                "incident_town": _s(case.incident_town),
                "incident_region": _s(case.incident_region),
                "incident_country": case.incident_country,
                "latitude": "" if case.latitude is None else repr(case.latitude),
                "longitude": "" if case.longitude is None else repr(case.longitude),
                "timezone": case.timezone,
                "circumstances": _s(case.circumstances),
                "attribution_level": case.attribution_level.value,
                "attribution_group": _s(case.attribution_group),
                "attribution_source": _s(case.attribution_source),
                "classification": case.classification.value,
                "lead_caseworker": case.lead_caseworker.username if case.lead_caseworker else "",
                "supervisor": case.supervisor.username if case.supervisor else "",
            }
        )
    return rows


def _held_since(session, participant: CaseParticipant) -> str:
    first = session.scalar(
        select(HostageStatusEvent)
        .where(HostageStatusEvent.participant_id == participant.id)
        .order_by(HostageStatusEvent.effective_at, HostageStatusEvent.id)
        .limit(1)
    )
    return _iso(first.effective_at) if first is not None else ""


def people_rows(ctx: ServiceContext, session) -> tuple[list[dict[str, str]], int]:
    """Everyone in a case but next of kin (they come with their contact plan, which the
    import does not take); returns (rows, next of kin left out)."""
    rows, left_out = [], 0
    stmt = select(CaseParticipant).join(Case).order_by(Case.post_id, Case.ref_year, Case.ref_seq, CaseParticipant.id)
    for participant in session.scalars(stmt):
        if participant.role == ParticipantRole.NEXT_OF_KIN:
            left_out += 1
            continue
        p = participant.person
        row = {name: _s(getattr(p, name, None)) for name in field_names("people") if hasattr(p, name)}
        row |= {
            "case_reference": participant.case.reference,
            "role": participant.role.value,
            "date_of_birth": _iso(p.date_of_birth),
            "held_since": _held_since(session, participant) if participant.role == ParticipantRole.HOSTAGE else "",
        }
        rows.append(row)
    return rows, left_out


def contact_rows(ctx: ServiceContext, session) -> tuple[list[dict[str, str]], int]:
    """Every contact not voided; restricted ones only for those who may see them (need-to-know).
    Returns (rows, restricted contacts left out)."""
    rows, withheld = [], 0
    stmt = (
        select(ContactEntry)
        .join(Case)
        .where(ContactEntry.voided_at.is_(None))
        .order_by(Case.post_id, Case.ref_year, Case.ref_seq, ContactEntry.occurred_at, ContactEntry.id)
    )
    references = dict(session.execute(select(Case.id, Case.reference)).all())
    for entry in session.scalars(stmt):
        if entry.restricted and not need_to_know.may_see(ctx, session, entry.case_id):
            withheld += 1
            continue
        with_text = f"{WITH_SEPARATOR} ".join(
            f"{c.name} {ORGANISATION_SEPARATOR} {c.organisation}" if c.organisation else c.name
            for c in entry.counterparts
        )
        rows.append(
            {
                "case_reference": references[entry.case_id],
                "occurred_at": _iso(entry.occurred_at),
                "channel": entry.channel.value,
                "direction": entry.direction.value,
                "subject": entry.subject,
                "notes": _s(entry.notes),
                "outcome": _s(entry.outcome),
                "duration_minutes": "" if entry.duration_minutes is None else str(entry.duration_minutes),
                "follow_up_needed": "yes" if entry.follow_up_needed else "no",
                "restricted": "yes" if entry.restricted else "no",
                "with": with_text,
                "staff_present": ", ".join(u.username for u in entry.staff_present),
            }
        )
    return rows, withheld

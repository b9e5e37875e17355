"""Wrongful detention by a state: the detention file of each detained national.

For a case of kind ``wrongful_detention``, each national concerned who is detained has a
detention record (:class:`~consular.db.detention_models.Detention`): the detaining authority,
the place of detention (each change of place is kept as a transfer), and the lawyer (name,
firm, phone, appointed on). Around it: the charges (with the date they were filed and the
date of their status), the court hearings (date, court, outcome, next date), the requests for
consular visits (requested on, through which note verbale, the decision, the visit made, who
visited, findings and the welfare observed) and the notes verbales (reference, sent on, to
whom, subject, answered on, what was answered).

Rules (each refused with a ValidationError that says what is wrong and how to fix it): a
record only on a wrongful-detention case and only about a national concerned of it; nothing
dated in the future except a hearing and a next hearing; a hearing's next date not before
its date, and no outcome for a hearing not yet held; a visit's decision not before its
request, a visit only when granted, not before the decision; a note's answer not before it
was sent, and an answer date with what was answered.

Charges, hearings, visits and notes carry a ``restricted`` flag (a visit's findings can be
sensitive): outside the case team a restricted record shows only its date, and writing one
needs the team (need-to-know). Every change is audited and chained; a record written by
mistake is voided like any entry; a stale edit raises ConflictError and writes nothing.

What is overdue (``Settings``): a visit request without a decision after
``visit_answer_days`` days, a note verbale unanswered after ``note_answer_days`` days, a
hearing whose date passed with no outcome. See :mod:`consular.services.detention_overdue`.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db.detention_models import (
    ConsularVisit,
    Detention,
    DetentionCharge,
    DetentionHearing,
    DetentionPlace,
    NoteVerbale,
)
from consular.db.models import Case
from consular.domain import validation as v
from consular.domain.enums import CaseKind, ChargeStatus, ParticipantRole, VisitDecision
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.repositories import records
from consular.services import need_to_know, search_index
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.detention_views import (
    ChargeView,
    DetentionFile,
    DetentionView,
    HearingView,
    NoteView,
    VisitView,
    charge_view,
    detention_view,
    hearing_view,
    note_view,
    visit_view,
)
from consular.services.permissions import action
from consular.services.voiding import ensure_not_voided

DETENTION_FIELDS = [
    "authority",
    "place",
    "place_since",
    "lawyer_name",
    "lawyer_firm",
    "lawyer_phone",
    "lawyer_appointed_at",
]
CHARGE_FIELDS = ["text", "filed_at", "status", "status_at", "restricted"]
HEARING_FIELDS = ["held_at", "court", "outcome", "next_at", "restricted"]
VISIT_FIELDS = [
    "requested_at",
    "note_id",
    "decision",
    "decided_at",
    "visit_at",
    "visited_by",
    "findings",
    "welfare_observed",
    "restricted",
]
NOTE_FIELDS = ["reference", "sent_at", "addressed_to", "subject", "answered_at", "answer_summary", "restricted"]
# A little slack for clocks and typing: "now" typed a minute late is not the future.
_FUTURE_SLACK_SECONDS = 15 * 60


# --- shared checks ---------------------------------------------------------------------------


def detention_case(session: Session, reference: str) -> Case:
    """The case, refused (ValidationError ``case``) unless it is a wrongful-detention case."""
    case = load_case(session, reference)
    if case.kind != CaseKind.WRONGFUL_DETENTION:
        raise ValidationError(
            "case",
            translate(
                "services.detention",
                "{reference} is a case of kind '{kind}'; detention records (authority, charges, "
                "hearings, consular visits, notes verbales) are kept only for a case of kind "
                "'{wrongful_detention}'. If the national is held by a state, change the case's "
                "kind first (Overview tab, Edit case), then record the detention.",
            ).format(
                reference=case.reference, kind=case.kind.label, wrongful_detention=CaseKind.WRONGFUL_DETENTION.label
            ),
        )
    return case


def _when(
    value,
    case: Case,
    name: str,
    *,
    required: bool = False,
    label: str = QT_TRANSLATE_NOOP("services.detention", "date"),
) -> datetime | None:
    if value is None or value == "":
        if required:
            raise ValidationError(
                name,
                translate("services.detention", "Give the {label} (e.g. 2025-05-21, or 2025-05-21T10:30).").format(
                    label=translate("services.detention", label)
                ),
            )
        return None
    if isinstance(value, str):
        return parse_datetime(value, name, default_zone=case.timezone)
    return require_aware(value, name)


def _not_future(ctx: ServiceContext, value: datetime | None, name: str, what: str) -> None:
    if value is not None and (value - ctx.now()).total_seconds() > _FUTURE_SLACK_SECONDS:
        raise ValidationError(
            name,
            translate("services.detention", "{what} is in the future ({value:%Y-%m-%d}); check the date.").format(
                what=translate("services.detention", what), value=value
            ),
        )


def _national(session: Session, case: Case, person_id: int | None) -> int:
    """The national concerned the record is about: ``person_id``, or the case's only one."""
    nationals = [p for p in records.participants(session, case.id) if p.role == ParticipantRole.HOSTAGE]
    if person_id is None:
        if len(nationals) == 1:
            return nationals[0].person_id
        if not nationals:
            raise ValidationError(
                "person_id",
                translate(
                    "services.detention", "{reference} has no national concerned yet; add the detained national first."
                ).format(reference=case.reference),
            )
        names = ", ".join(f"#{p.person_id} {p.person.full_name}" for p in nationals)
        raise ValidationError(
            "person_id",
            translate("services.detention", "{reference} has several nationals concerned; say which: {names}.").format(
                reference=case.reference, names=names
            ),
        )
    if not any(p.person_id == person_id for p in nationals):
        raise ValidationError(
            "person_id",
            translate("services.detention", "Person #{person_id} is not a national concerned of {reference}.").format(
                person_id=person_id, reference=case.reference
            ),
        )
    return person_id


def _detention(ctx: ServiceContext, session: Session, case: Case, person_id: int | None) -> Detention:
    """The national's detention record, made (and audited) the first time one is needed."""
    pid = _national(session, case, person_id)
    row = session.scalar(select(Detention).where(Detention.case_id == case.id, Detention.person_id == pid))
    if row is None:
        now = ctx.now()
        row = Detention(
            case_id=case.id, person_id=pid, recorded_at=now, recorded_by_id=ctx.actor.user_id, updated_at=now
        )
        session.add(row)
        session.flush()
        ctx.audit(session, "detention.add", "detention", row.id, case_id=case.id, after={"person_id": pid})
    return row


def _guard_restricted(ctx: ServiceContext, session: Session, case: Case, restricted: bool) -> None:
    if restricted:
        need_to_know.require_for(ctx, session, case.id, case.reference)


# --- per record: clean the whole state, then views ------------------------------------------------


def _clean_charge(ctx, case, values: dict) -> dict:
    text = v.clean_text(values.get("text"), "text", required=True, max_length=2_000, multiline=True, label="charge")
    filed = _when(
        values.get("filed_at"),
        case,
        "filed_at",
        required=True,
        label=QT_TRANSLATE_NOOP("services.detention", "date the charge was filed"),
    )
    _not_future(ctx, filed, "filed_at", QT_TRANSLATE_NOOP("services.detention", "The charge's filing date"))
    raw = values.get("status") or ChargeStatus.PENDING
    status = raw if isinstance(raw, ChargeStatus) else ChargeStatus.parse(raw, "status")
    status_at = _when(values.get("status_at"), case, "status_at")
    if status != ChargeStatus.PENDING and status_at is None:
        raise ValidationError(
            "status_at",
            translate("services.detention", "Say when the charge was {status} (the date of that status).").format(
                status=status.label.lower()
            ),
        )
    if status_at is not None:
        _not_future(ctx, status_at, "status_at", QT_TRANSLATE_NOOP("services.detention", "The status date"))
        if status_at < filed:
            raise ValidationError(
                "status_at",
                translate(
                    "services.detention",
                    "The status date ({status_at:%Y-%m-%d}) is before the charge was filed ({filed:%Y-%m-%d}).",
                ).format(status_at=status_at, filed=filed),
            )
    return {"text": text, "filed_at": filed, "status": status, "status_at": status_at}


def _clean_hearing(ctx, case, values: dict) -> dict:
    held = _when(
        values.get("held_at"),
        case,
        "held_at",
        required=True,
        label=QT_TRANSLATE_NOOP("services.detention", "hearing's date"),
    )
    court = v.clean_text(values.get("court"), "court", required=True, max_length=300, label="court")
    outcome = v.clean_text(values.get("outcome"), "outcome", max_length=20_000, multiline=True)
    next_at = _when(values.get("next_at"), case, "next_at")
    if next_at is not None and next_at < held:
        raise ValidationError(
            "next_at",
            translate(
                "services.detention",
                "The next hearing ({next_at:%Y-%m-%d}) is before this hearing ({held:%Y-%m-%d}); check both dates.",
            ).format(next_at=next_at, held=held),
        )
    if outcome and (held - ctx.now()).total_seconds() > _FUTURE_SLACK_SECONDS:
        raise ValidationError(
            "outcome",
            translate(
                "services.detention",
                "The hearing is on {held:%Y-%m-%d}, still to come: record its outcome once it has been held.",
            ).format(held=held),
        )
    return {"held_at": held, "court": court, "outcome": outcome, "next_at": next_at}


def _clean_note(ctx, case, values: dict) -> dict:
    ref = v.clean_text(values.get("reference"), "reference", required=True, max_length=80, label="reference number")
    sent = _when(
        values.get("sent_at"),
        case,
        "sent_at",
        required=True,
        label=QT_TRANSLATE_NOOP("services.detention", "date it was sent"),
    )
    _not_future(ctx, sent, "sent_at", QT_TRANSLATE_NOOP("services.detention", "The note's sending date"))
    to = v.clean_text(values.get("addressed_to"), "addressed_to", required=True, max_length=300, label="addressee")
    subject = v.clean_text(values.get("subject"), "subject", required=True, max_length=500, label="subject")
    answered = _when(values.get("answered_at"), case, "answered_at")
    summary = v.clean_text(values.get("answer_summary"), "answer_summary", max_length=20_000, multiline=True)
    if answered is not None:
        _not_future(ctx, answered, "answered_at", QT_TRANSLATE_NOOP("services.detention", "The answer's date"))
        if answered < sent:
            raise ValidationError(
                "answered_at",
                translate(
                    "services.detention",
                    "The answer ({answered:%Y-%m-%d}) is dated before the note was sent ({sent:%Y-%m-%d}).",
                ).format(answered=answered, sent=sent),
            )
        if not summary:
            raise ValidationError(
                "answer_summary", translate("services.detention", "Say what the answer said (a line is enough).")
            )
    elif summary:
        raise ValidationError(
            "answered_at", translate("services.detention", "Give the date of the answer as well as what it said.")
        )
    return {
        "reference": ref,
        "sent_at": sent,
        "addressed_to": to,
        "subject": subject,
        "answered_at": answered,
        "answer_summary": summary,
    }


def _clean_visit(ctx, session, case, values: dict) -> dict:
    requested = _when(
        values.get("requested_at"),
        case,
        "requested_at",
        required=True,
        label=QT_TRANSLATE_NOOP("services.detention", "date of the request"),
    )
    _not_future(ctx, requested, "requested_at", QT_TRANSLATE_NOOP("services.detention", "The request's date"))
    note_id = values.get("note_id")
    if note_id not in (None, ""):
        note = session.get(NoteVerbale, int(note_id))
        if note is None or note.case_id != case.id:
            raise ValidationError(
                "note_id",
                translate("services.detention", "Note verbale #{note_id} is not one of {reference}'s.").format(
                    note_id=note_id, reference=case.reference
                ),
            )
        note_id = note.id
    else:
        note_id = None
    raw = values.get("decision") or VisitDecision.PENDING
    decision = raw if isinstance(raw, VisitDecision) else VisitDecision.parse(raw, "decision")
    decided = _when(values.get("decided_at"), case, "decided_at")
    visit_at = _when(values.get("visit_at"), case, "visit_at")
    visited_by = v.clean_text(values.get("visited_by"), "visited_by", max_length=300)
    findings = v.clean_text(values.get("findings"), "findings", max_length=20_000, multiline=True)
    welfare = v.clean_text(values.get("welfare_observed"), "welfare_observed", max_length=20_000, multiline=True)
    if decision == VisitDecision.PENDING:
        if decided is not None:
            raise ValidationError(
                "decision",
                translate("services.detention", "A decision date is given: say what was decided (granted, refused)."),
            )
    else:
        if decided is None:
            raise ValidationError(
                "decided_at",
                translate("services.detention", "Say when the request was {decision}.").format(
                    decision=decision.label.lower()
                ),
            )
        _not_future(ctx, decided, "decided_at", QT_TRANSLATE_NOOP("services.detention", "The decision's date"))
        if decided < requested:
            raise ValidationError(
                "decided_at",
                translate(
                    "services.detention",
                    "The decision ({decided:%Y-%m-%d}) is dated before the request ({requested:%Y-%m-%d}); check both.",
                ).format(decided=decided, requested=requested),
            )
    if decision != VisitDecision.GRANTED and (visit_at or visited_by or findings or welfare):
        raise ValidationError(
            "visit_at",
            translate(
                "services.detention",
                "A visit, its findings and welfare are recorded only on a granted request; "
                "record the decision as granted first.",
            ),
        )
    if visit_at is not None and decided is not None and visit_at < decided.replace(hour=0, minute=0):
        raise ValidationError(
            "visit_at",
            translate(
                "services.detention",
                "The visit ({visit_at:%Y-%m-%d}) is before access was granted ({decided:%Y-%m-%d}).",
            ).format(visit_at=visit_at, decided=decided),
        )
    if (findings or welfare) and (visit_at is None or (visit_at - ctx.now()).total_seconds() > _FUTURE_SLACK_SECONDS):
        raise ValidationError(
            "findings",
            translate("services.detention", "Findings and welfare are recorded after the visit: give its date first."),
        )
    return {
        "requested_at": requested,
        "note_id": note_id,
        "decision": decision,
        "decided_at": decided,
        "visit_at": visit_at,
        "visited_by": visited_by,
        "findings": findings,
        "welfare_observed": welfare,
    }


def _index(session: Session, kind: str, row, title: str, body: str) -> None:
    search_index.upsert(session, kind, row.id, row.case_id, title, body, restricted=row.restricted)


def _index_charge(session, row: DetentionCharge) -> None:
    _index(session, "charge", row, f"Charge: {row.text[:200]}", f"{row.status.english_label} charge {row.text}")


def _index_hearing(session, row: DetentionHearing) -> None:
    _index(session, "hearing", row, f"Hearing at {row.court}", " ".join(filter(None, ["court hearing", row.outcome])))


def _index_visit(session, row: ConsularVisit) -> None:
    body = " ".join(filter(None, ["consular visit", row.visited_by, row.findings, row.welfare_observed]))
    _index(session, "visit", row, f"Consular visit request: {row.decision.english_label.lower()}", body)


def _index_note(session, row: NoteVerbale) -> None:
    body = " ".join(filter(None, ["note verbale", row.addressed_to, row.answer_summary]))
    _index(session, "note_verbale", row, f"Note verbale {row.reference}: {row.subject}", body)


def _hearing_state(row: DetentionHearing, now: datetime) -> None:
    row.outcome_recorded_at = (row.outcome_recorded_at or now) if row.outcome else None


# --- the detention facts ---------------------------------------------------------------------------


@action("detention.set_detention")
def set_detention(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None = None,
    *,
    authority: str | None = None,
    place: str | None = None,
    place_since: datetime | str | None = None,
    lawyer_name: str | None = None,
    lawyer_firm: str | None = None,
    lawyer_phone: str | None = None,
    lawyer_appointed_at: datetime | str | None = None,
    expected_version: int | None = None,
) -> DetentionView:
    """Set who detains a national (``person_id``; None: the case's only national concerned),
    where, and their lawyer. A field left None is kept; "" clears it. A new place is a
    transfer: it is added to the places with its date (``place_since``, default now).

    Raises ValidationError for a case that is not a wrongful-detention case, a person who is
    not a national concerned of it, a bad date or phone; ConflictError for a stale save."""
    given = {
        "authority": authority,
        "place": place,
        "place_since": place_since,
        "lawyer_name": lawyer_name,
        "lawyer_firm": lawyer_firm,
        "lawyer_phone": lawyer_phone,
        "lawyer_appointed_at": lawyer_appointed_at,
    }
    given = {k: val for k, val in given.items() if val is not None}
    if not given:
        raise ValidationError(
            "authority", translate("services.detention", "Nothing to set: give the authority, the place or the lawyer.")
        )
    with ctx.writing() as session:
        case = detention_case(session, reference)
        d = _detention(ctx, session, case, person_id)
        expect_version(session, d, expected_version, "detention", "This detention record")
        before = snapshot(d, DETENTION_FIELDS)
        now = ctx.now()
        if "authority" in given:
            d.authority = v.clean_text(given["authority"], "authority", max_length=300) or None
        if "lawyer_name" in given:
            d.lawyer_name = v.clean_text(given["lawyer_name"], "lawyer_name", max_length=200) or None
        if "lawyer_firm" in given:
            d.lawyer_firm = v.clean_text(given["lawyer_firm"], "lawyer_firm", max_length=200) or None
        if "lawyer_phone" in given:
            d.lawyer_phone = v.phone(given["lawyer_phone"] or None, "lawyer_phone", region=case.incident_country)
        if "lawyer_appointed_at" in given:
            appointed = _when(given["lawyer_appointed_at"], case, "lawyer_appointed_at")
            _not_future(
                ctx,
                appointed,
                "lawyer_appointed_at",
                QT_TRANSLATE_NOOP("services.detention", "The lawyer's appointment date"),
            )
            d.lawyer_appointed_at = appointed
        if d.lawyer_name is None and (d.lawyer_firm or d.lawyer_phone or d.lawyer_appointed_at):
            raise ValidationError(
                "lawyer_name",
                translate("services.detention", "Give the lawyer's name with their firm, phone or appointment date."),
            )
        since = _when(given.get("place_since"), case, "place_since")
        _not_future(ctx, since, "place_since", QT_TRANSLATE_NOOP("services.detention", "The date of the transfer"))
        if "place" in given:
            new_place = v.clean_text(given["place"], "place", max_length=300) or None
            if new_place != d.place:
                if d.place_since is not None and since is not None and since < d.place_since:
                    raise ValidationError(
                        "place_since",
                        translate(
                            "services.detention",
                            "The move to {new_place} ({since:%Y-%m-%d}) is dated before the national was "
                            "taken to {place} ({place_since:%Y-%m-%d}); check the date.",
                        ).format(new_place=new_place, since=since, place=d.place, place_since=d.place_since),
                    )
                d.place, d.place_since = new_place, (since or now) if new_place else None
                if new_place:
                    session.add(
                        DetentionPlace(
                            detention_id=d.id,
                            place=new_place,
                            since=d.place_since,
                            recorded_at=now,
                            recorded_by_id=ctx.actor.user_id,
                        )
                    )
            elif since is not None:
                d.place_since = since  # a correction of when they came to the same place
        elif since is not None:
            raise ValidationError(
                "place_since",
                translate("services.detention", "Give the place with the date the national was taken there."),
            )
        d.updated_at = now
        case.updated_at = now
        session.flush()
        search_index.upsert(
            session,
            "detention",
            d.id,
            case.id,
            f"Detention of {d.person.full_name}",
            " ".join(filter(None, [d.authority, d.place, d.lawyer_name, d.lawyer_firm])),
        )
        ctx.audit(
            session,
            "detention.set",
            "detention",
            d.id,
            case_id=case.id,
            before=before,
            after=snapshot(d, DETENTION_FIELDS),
        )
        return detention_view(session, d)


# --- charges, hearings, visits, notes ----------------------------------------------------------------


def _create(ctx, reference, person_id, model, entity, fields, clean, index, make_view, restricted, values):
    with ctx.writing() as session:
        case = detention_case(session, reference)
        _guard_restricted(ctx, session, case, restricted)
        d = _detention(ctx, session, case, person_id)
        cleaned = clean(ctx, session, case, values) if model is ConsularVisit else clean(ctx, case, values)
        now = ctx.now()
        row = model(
            case_id=case.id,
            detention_id=d.id,
            restricted=bool(restricted),
            recorded_at=now,
            recorded_by_id=ctx.actor.user_id,
            **cleaned,
        )
        if model is DetentionHearing:
            _hearing_state(row, now)
        session.add(row)
        case.updated_at = now
        session.flush()
        index(session, row)
        ctx.audit(session, f"{entity}.add", entity, row.id, case_id=case.id, after=snapshot(row, fields))
        session.refresh(row)
        return make_view(ctx, row, d, withheld=False)


def _edit(ctx, record_id, model, entity, label, fields, clean, index, make_view, expected_version, changes):
    unknown = set(changes) - set(fields)
    if unknown:
        raise TypeError(f"unknown field(s) for a {label}: {', '.join(sorted(unknown))}")
    with ctx.writing() as session:
        row = session.get(model, record_id)
        if row is None:
            raise NotFoundError(
                translate("services.detention", "There is no {label} #{record_id}.").format(
                    label=label, record_id=record_id
                )
            )
        case = session.get(Case, row.case_id)
        _guard_restricted(ctx, session, case, row.restricted or bool(changes.get("restricted")))
        ensure_not_voided(row, label)
        expect_version(session, row, expected_version, entity, f"This {label}")
        before = snapshot(row, fields)
        merged = {**before, **changes}
        cleaned = clean(ctx, session, case, merged) if model is ConsularVisit else clean(ctx, case, merged)
        for key, value in cleaned.items():
            setattr(row, key, value)
        row.restricted = bool(merged["restricted"])
        now = ctx.now()
        if model is DetentionHearing:
            _hearing_state(row, now)
        after = snapshot(row, fields)
        if after == before:
            raise ValidationError(
                fields[0],
                translate("services.detention", "Nothing changed: the {label} already reads so.").format(label=label),
            )
        case.updated_at = now
        session.flush()
        index(session, row)
        ctx.audit(session, f"{entity}.edit", entity, row.id, case_id=case.id, before=before, after=after)
        session.refresh(row)
        return make_view(ctx, row, session.get(Detention, row.detention_id), withheld=False)


def _charge_view(ctx, row, d, *, withheld):
    return charge_view(row, d, withheld=withheld)


def _hearing_view(ctx, row, d, *, withheld):
    return hearing_view(row, d, now=ctx.now(), withheld=withheld)


def _note_view(ctx, row, d, *, withheld):
    return note_view(row, d, now=ctx.now(), answer_days=ctx.settings.note_answer_days, withheld=withheld)


def _visit_view(ctx, row, d, *, withheld):
    return visit_view(row, d, now=ctx.now(), answer_days=ctx.settings.visit_answer_days, withheld=withheld)


@action("detention.record_charge")
def record_charge(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None = None,
    *,
    text: str,
    filed_at: datetime | str,
    status: str | ChargeStatus = ChargeStatus.PENDING,
    status_at: datetime | str | None = None,
    restricted: bool = False,
) -> ChargeView:
    """Record a charge against a detained national, with the date it was filed and, unless
    pending, the date of its status (dropped, convicted, acquitted)."""
    values = {"text": text, "filed_at": filed_at, "status": status, "status_at": status_at}
    return _create(
        ctx, reference, person_id, DetentionCharge, "charge", CHARGE_FIELDS, _clean_charge,
        _index_charge, _charge_view, restricted, values,
    )  # fmt: skip


@action("detention.edit_charge")
def edit_charge(ctx: ServiceContext, charge_id: int, *, expected_version: int | None = None, **changes) -> ChargeView:
    """Change a charge (``changes``: any of text, filed_at, status, status_at, restricted);
    the whole charge is checked again. A stale save raises ConflictError."""
    return _edit(
        ctx, charge_id, DetentionCharge, "charge", "charge", CHARGE_FIELDS, _clean_charge,
        _index_charge, _charge_view, expected_version, changes,
    )  # fmt: skip


@action("detention.record_hearing")
def record_hearing(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None = None,
    *,
    held_at: datetime | str,
    court: str,
    outcome: str | None = None,
    next_at: datetime | str | None = None,
    restricted: bool = False,
) -> HearingView:
    """Record a court hearing (past or to come): its date, the court, its outcome once held,
    and the next date set. A next date before the hearing's is refused."""
    values = {"held_at": held_at, "court": court, "outcome": outcome, "next_at": next_at}
    return _create(
        ctx, reference, person_id, DetentionHearing, "hearing", HEARING_FIELDS, _clean_hearing,
        _index_hearing, _hearing_view, restricted, values,
    )  # fmt: skip


@action("detention.edit_hearing")
def edit_hearing(
    ctx: ServiceContext, hearing_id: int, *, expected_version: int | None = None, **changes
) -> HearingView:
    """Change a hearing (``changes``: held_at, court, outcome, next_at, restricted), e.g. record
    its outcome and the next date. A stale save raises ConflictError."""
    return _edit(
        ctx, hearing_id, DetentionHearing, "hearing", "hearing", HEARING_FIELDS, _clean_hearing,
        _index_hearing, _hearing_view, expected_version, changes,
    )  # fmt: skip


@action("detention.request_visit")
def request_visit(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None = None,
    *,
    requested_at: datetime | str,
    note_id: int | None = None,
    restricted: bool = False,
) -> VisitView:
    """Record a request for a consular visit (``note_id``: the note verbale it went by). It
    waits for a decision: after ``Settings.visit_answer_days`` days without one it is overdue."""
    values = {"requested_at": requested_at, "note_id": note_id}
    return _create(
        ctx, reference, person_id, ConsularVisit, "visit", VISIT_FIELDS, _clean_visit,
        _index_visit, _visit_view, restricted, values,
    )  # fmt: skip


@action("detention.edit_visit")
def edit_visit(ctx: ServiceContext, visit_id: int, *, expected_version: int | None = None, **changes) -> VisitView:
    """Change a visit request (``changes``: any of its fields): record the decision
    (granted, refused, no answer) and its date, then the visit (date, who visited, findings,
    welfare observed). A decision before the request, or a visit on a request not granted, is
    refused. A stale save raises ConflictError."""
    return _edit(
        ctx, visit_id, ConsularVisit, "visit", "consular visit", VISIT_FIELDS, _clean_visit,
        _index_visit, _visit_view, expected_version, changes,
    )  # fmt: skip


@action("detention.send_note")
def send_note(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None = None,
    *,
    note_reference: str,
    sent_at: datetime | str,
    addressed_to: str,
    subject: str,
    restricted: bool = False,
) -> NoteView:
    """Record a note verbale sent about a detained national. Unanswered after
    ``Settings.note_answer_days`` days it is overdue."""
    values = {"reference": note_reference, "sent_at": sent_at, "addressed_to": addressed_to, "subject": subject}
    return _create(
        ctx, reference, person_id, NoteVerbale, "note_verbale", NOTE_FIELDS, _clean_note,
        _index_note, _note_view, restricted, values,
    )  # fmt: skip


@action("detention.edit_note")
def edit_note(ctx: ServiceContext, note_id: int, *, expected_version: int | None = None, **changes) -> NoteView:
    """Change a note verbale (``changes``: any of its fields), e.g. record its answer
    (``answered_at`` and ``answer_summary``). A stale save raises ConflictError."""
    return _edit(
        ctx, note_id, NoteVerbale, "note_verbale", "note verbale", NOTE_FIELDS, _clean_note,
        _index_note, _note_view, expected_version, changes,
    )  # fmt: skip


# --- reading -------------------------------------------------------------------------------------------


@action("detention.detention_file")
def detention_file(ctx: ServiceContext, reference: str, *, include_voided: bool = False) -> DetentionFile:
    """A case's detention records. Restricted ones show only their date outside the case team
    (``withheld``); the team's read of restricted content is audited. Raises ValidationError
    for a case that is not a wrongful-detention case."""
    with ctx.transaction() as session:
        case = detention_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        detentions = {
            d.id: d
            for d in session.scalars(select(Detention).where(Detention.case_id == case.id).order_by(Detention.id))
        }

        def rows(model, order):
            stmt = select(model).where(model.case_id == case.id)
            if not include_voided:
                stmt = stmt.where(model.voided_at.is_(None))
            return list(session.scalars(stmt.order_by(order, model.id)).unique())

        charges = rows(DetentionCharge, DetentionCharge.filed_at)
        hearings = rows(DetentionHearing, DetentionHearing.held_at)
        visits = rows(ConsularVisit, ConsularVisit.requested_at)
        notes = rows(NoteVerbale, NoteVerbale.sent_at)
        shown = {
            name: [r.id for r in group if r.restricted]
            for name, group in (("charges", charges), ("hearings", hearings), ("visits", visits), ("notes", notes))
        }
        if allowed and any(shown.values()):
            ctx.record_read(
                "restricted", "case", case.id, case_id=case.id, **{k: ids for k, ids in shown.items() if ids}
            )

        def hide(r) -> bool:
            return r.restricted and not allowed

        return DetentionFile(
            reference=case.reference,
            detentions=[detention_view(session, d) for d in detentions.values()],
            charges=[charge_view(r, detentions[r.detention_id], withheld=hide(r)) for r in charges],
            hearings=[_hearing_view(ctx, r, detentions[r.detention_id], withheld=hide(r)) for r in hearings],
            visits=[_visit_view(ctx, r, detentions[r.detention_id], withheld=hide(r)) for r in visits],
            notes=[_note_view(ctx, r, detentions[r.detention_id], withheld=hide(r)) for r in notes],
            team=allowed,
            visit_answer_days=ctx.settings.visit_answer_days,
            note_answer_days=ctx.settings.note_answer_days,
        )


__all__ = [
    "ChargeView",
    "DetentionFile",
    "DetentionView",
    "HearingView",
    "NoteView",
    "VisitView",
    "detention_case",
    "detention_file",
    "edit_charge",
    "edit_hearing",
    "edit_note",
    "edit_visit",
    "record_charge",
    "record_hearing",
    "request_visit",
    "send_note",
    "set_detention",
]

"""Proof of life in depth: the question bank agreed with a family, and how each proof was checked.

Practice (hostage-support guidance) checks a proof of life with questions agreed with the
family beforehand, whose answers only the hostage can know. So:

- each hostage has a **question bank**: a question, the answer the family expects, and a state
  (drafted → agreed with the family → used; any state → compromised, which is final). The bank
  is restricted content as a whole: outside the case team its entries show their state and
  dates, never the question or the answer;
- a proof of life (a milestone of kind ``proof_of_life``, recorded with
  :func:`consular.services.people.record_proof_of_life`) has a **check**: the medium, the
  question put and the answer received, whether it matched, the date the proof claims versus
  the date established, and the assessment (pending, genuine, doubtful, false) with its basis;
- "last verified proof of life" is the latest one assessed *genuine*: a proof not yet assessed
  does not say someone is alive.

Every change is audited; reading the bank or the checks is audited as a read of restricted
content.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from consular.db.models import Case, Milestone, Person, PolQuestion, ProofOfLifeCheck
from consular.domain import validation as v
from consular.domain.enums import MilestoneKind, ParticipantRole, PolAssessment, PolMedium, PolQuestionState, TellKind
from consular.domain.errors import NotFoundError, ValidationError
from consular.domain.timeutil import parse_datetime, require_aware
from consular.i18n import translate
from consular.repositories import records
from consular.services import need_to_know, search_index, tell_family
from consular.services.audit import expect_version, snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.milestones import add_milestone_in_session
from consular.services.permissions import action
from consular.services.views import PolQuestionView, ProofOfLifeView

QUESTION_FIELDS = ("question", "expected_answer", "state", "agreed_with_person_id", "agreed_at", "note")
CHECK_FIELDS = (
    "medium",
    "question_id",
    "answer_received",
    "answer_matched",
    "claimed_at",
    "established_at",
    "assessment",
    "assessment_basis",
    "assessed_at",
    "assessed_by_id",
)

# Which state may follow which. "used" is set by recording a proof of life with the question;
# "compromised" (the answer may be known to the captors or the public) is final.
_NEXT_STATES = {
    PolQuestionState.DRAFTED: {PolQuestionState.AGREED, PolQuestionState.COMPROMISED},
    PolQuestionState.AGREED: {PolQuestionState.DRAFTED, PolQuestionState.USED, PolQuestionState.COMPROMISED},
    PolQuestionState.USED: {PolQuestionState.COMPROMISED},
    PolQuestionState.COMPROMISED: set(),
}


def _hostage(session, case: Case, person_id: int):
    participant = records.participant(session, case.id, person_id)
    if participant is None or participant.role != ParticipantRole.HOSTAGE:
        raise ValidationError(
            "person_id",
            translate("services.proof_of_life", "Person #{person_id} is not a national held in {reference}.").format(
                person_id=person_id, reference=case.reference
            ),
        )
    return participant


def _kin(session, case: Case, person_id: int | None):
    if person_id is None:
        return None
    participant = records.participant(session, case.id, person_id)
    if participant is None or participant.role != ParticipantRole.NEXT_OF_KIN:
        raise ValidationError(
            "agreed_with_person_id",
            translate("services.proof_of_life", "Person #{person_id} is not a next of kin in {reference}.").format(
                person_id=person_id, reference=case.reference
            ),
        )
    return participant.person


def question_view(q: PolQuestion, hostage_name: str, *, withheld: bool = False) -> PolQuestionView:
    return PolQuestionView(
        id=q.id,
        case_id=q.case_id,
        hostage_person_id=q.hostage_person_id,
        hostage_name=hostage_name,
        question=WITHHELD if withheld else q.question,
        expected_answer=None if withheld else q.expected_answer,
        state=q.state,
        agreed_with=None if withheld or q.agreed_with is None else q.agreed_with.full_name,
        agreed_at=q.agreed_at,
        note=None if withheld else q.note,
        created_at=q.created_at,
        created_by=WITHHELD if withheld else q.created_by.display_name,
        updated_at=q.updated_at,
        version=q.version,
        withheld=withheld,
    )


def proof_view(m: Milestone, check: ProofOfLifeCheck | None, *, withheld: bool = False) -> ProofOfLifeView:
    if withheld:
        return ProofOfLifeView(
            id=m.id,
            case_id=m.case_id,
            hostage_person_id=None,
            hostage_name=None,
            occurred_at=m.occurred_at,
            title=WITHHELD,
            description=None,
            source=None,
            medium=None,
            question_id=None,
            question=None,
            answer_received=None,
            answer_matched=None,
            claimed_at=None,
            established_at=None,
            assessment=PolAssessment.PENDING,
            assessment_basis=None,
            assessed_by=None,
            assessed_at=None,
            recorded_by=WITHHELD,
            voided_at=m.voided_at,
            withheld=True,
        )
    return ProofOfLifeView(
        id=m.id,
        case_id=m.case_id,
        hostage_person_id=m.hostage_person_id,
        hostage_name=m.hostage.full_name if m.hostage else None,
        occurred_at=m.occurred_at,
        title=m.title,
        description=m.description,
        source=m.source,
        medium=check.medium if check else None,
        question_id=check.question_id if check else None,
        question=check.question.question if check and check.question else None,
        answer_received=check.answer_received if check else None,
        answer_matched=check.answer_matched if check else None,
        claimed_at=check.claimed_at if check else None,
        established_at=check.established_at if check else None,
        assessment=check.assessment if check else PolAssessment.PENDING,
        assessment_basis=check.assessment_basis if check else None,
        assessed_by=check.assessed_by.display_name if check and check.assessed_by else None,
        assessed_at=check.assessed_at if check else None,
        recorded_by=m.recorded_by.display_name,
        check_version=check.version if check else None,
        voided_at=m.voided_at,
    )


def _parse_state(value) -> PolQuestionState:
    return value if isinstance(value, PolQuestionState) else PolQuestionState.parse(value, "state")


def _past(ctx: ServiceContext, value: datetime | None, field: str) -> datetime | None:
    if value is not None and (value - ctx.now()).total_seconds() > 15 * 60:
        raise ValidationError(field, translate("services.proof_of_life", "That time is in the future; check the date."))
    return value


def _when(value, case: Case, field: str) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        return parse_datetime(value, field, default_zone=case.timezone)
    return require_aware(value, field)


@action("proof_of_life.add_question")
def add_question(
    ctx: ServiceContext,
    reference: str,
    person_id: int,
    *,
    question: str,
    expected_answer: str,
    agreed_with_person_id: int | None = None,
    agreed_at: datetime | str | None = None,
    note: str | None = None,
) -> PolQuestionView:
    """Add a question to a hostage's bank. With ``agreed_with_person_id`` (a next of kin of the
    case) it starts *agreed with the family*, at ``agreed_at`` (default now: a question agreed
    on a call last week says so); otherwise *drafted*. Case team only."""
    question_text = v.clean_text(question, "question", required=True, max_length=2_000, multiline=True)
    answer_text = v.clean_text(expected_answer, "expected_answer", required=True, max_length=2_000, multiline=True)
    note_text = v.clean_text(note, "note", max_length=20_000, multiline=True)
    with ctx.writing() as session:
        case = load_case(session, reference)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        hostage = _hostage(session, case, person_id)
        kin = _kin(session, case, agreed_with_person_id)
        now = ctx.now()
        agreed = _past(ctx, _when(agreed_at, case, "agreed_at"), "agreed_at") or now
        row = PolQuestion(
            case_id=case.id,
            hostage_person_id=person_id,
            question=question_text,
            expected_answer=answer_text,
            state=PolQuestionState.AGREED if kin else PolQuestionState.DRAFTED,
            agreed_with_person_id=kin.id if kin else None,
            agreed_at=agreed if kin else None,
            note=note_text,
            created_at=now,
            created_by_id=ctx.actor.user_id,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        search_index.index_pol_question(session, row)
        ctx.audit(
            session, "pol_question.add", "pol_question", row.id, case_id=case.id, after=snapshot(row, QUESTION_FIELDS)
        )
        session.refresh(row)
        return question_view(row, hostage.person.full_name)


@action("proof_of_life.update_question")
def update_question(
    ctx: ServiceContext,
    question_id: int,
    *,
    expected_version: int | None = None,
    **changes,
) -> PolQuestionView:
    """Edit a question (``question``, ``expected_answer``, ``note``) or move its state
    (``state``; agreeing needs ``agreed_with_person_id``, the next of kin who agreed it).

    A used or compromised question's wording and answer are history and cannot be edited; a
    compromised question cannot change state again. ``expected_version`` is the version
    loaded: a stale save raises ConflictError and writes nothing. Case team only.
    """
    unknown = set(changes) - {"question", "expected_answer", "note", "state", "agreed_with_person_id"}
    if unknown:
        name = sorted(unknown)[0]
        raise ValidationError(
            name,
            translate("services.proof_of_life", "'{name}' cannot be changed on a proof-of-life question.").format(
                name=name
            ),
        )
    with ctx.writing() as session:
        row = session.get(PolQuestion, question_id)
        if row is None:
            raise NotFoundError(
                translate("services.proof_of_life", "There is no proof-of-life question #{question_id}.").format(
                    question_id=question_id
                )
            )
        case = session.get(Case, row.case_id)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        expect_version(session, row, expected_version, "pol_question", "This proof-of-life question")
        before = snapshot(row, QUESTION_FIELDS)
        # Look the next of kin up before changing anything (a query would flush a half-made change).
        kin = _kin(session, case, changes.get("agreed_with_person_id"))
        if {"question", "expected_answer"} & set(changes) and row.state in (
            PolQuestionState.USED,
            PolQuestionState.COMPROMISED,
        ):
            raise ValidationError(
                "question",
                translate(
                    "services.proof_of_life",
                    "This question is {state}: its wording and answer are part of the record. Add a "
                    "new question instead.",
                ).format(state=row.state.label.lower()),
            )
        if "question" in changes:
            row.question = v.clean_text(
                changes["question"], "question", required=True, max_length=2_000, multiline=True
            )
        if "expected_answer" in changes:
            row.expected_answer = v.clean_text(
                changes["expected_answer"], "expected_answer", required=True, max_length=2_000, multiline=True
            )
        if "note" in changes:
            row.note = v.clean_text(changes["note"], "note", max_length=20_000, multiline=True)
        if "state" in changes:
            _move(row, _parse_state(changes["state"]), kin, ctx)
        elif "agreed_with_person_id" in changes:
            row.agreed_with_person_id = kin.id if kin else None
        after = snapshot(row, QUESTION_FIELDS)
        changed = {k: after[k] for k in after if after[k] != before[k]}
        if changed:
            row.updated_at = ctx.now()
            session.flush()
            search_index.index_pol_question(session, row)
            ctx.audit(
                session,
                "pol_question.edit",
                "pol_question",
                row.id,
                case_id=case.id,
                before={k: before[k] for k in changed},
                after=changed,
            )
            session.refresh(row)
        return question_view(row, session.get(Person, row.hostage_person_id).full_name)


def _move(row: PolQuestion, target: PolQuestionState, kin, ctx: ServiceContext) -> None:
    if target == row.state:
        return
    if target not in _NEXT_STATES[row.state]:
        raise ValidationError(
            "state",
            (
                translate(
                    "services.proof_of_life",
                    "A question that is {state} cannot become {target}. A compromised question stays compromised; "
                    "add a new one.",
                )
                if row.state.value == "compromised"
                else translate("services.proof_of_life", "A question that is {state} cannot become {target}.")
            ).format(state=row.state.label.lower(), target=target.label.lower()),
        )
    if target == PolQuestionState.AGREED:
        if kin is None and row.agreed_with_person_id is None:
            raise ValidationError(
                "agreed_with_person_id",
                translate(
                    "services.proof_of_life", "Say which next of kin agreed the question (--with / 'Agreed with')."
                ),
            )
        if kin is not None:
            row.agreed_with_person_id = kin.id
        row.agreed_at = ctx.now()
    row.state = target


@action("proof_of_life.list_questions")
def list_questions(ctx: ServiceContext, reference: str, person_id: int | None = None) -> list[PolQuestionView]:
    """A case's question bank (one hostage's with ``person_id``), oldest first. Outside the
    case team the questions and answers are withheld; reading them is audited."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        stmt = select(PolQuestion).where(PolQuestion.case_id == case.id)
        if person_id is not None:
            stmt = stmt.where(PolQuestion.hostage_person_id == person_id)
        rows = list(session.scalars(stmt.order_by(PolQuestion.hostage_person_id, PolQuestion.id)))
        names = {p.person_id: p.person.full_name for p in records.participants(session, case.id)}
        if rows and allowed:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, pol_questions=[r.id for r in rows])
        return [question_view(r, names.get(r.hostage_person_id, ""), withheld=not allowed) for r in rows]


def _check_question(session, case: Case, person_id: int, question_id: int | None) -> PolQuestion | None:
    """The question put in a proof of life: one of this hostage's, agreed with the family.
    A question already used or compromised is refused: its answer may be known by now."""
    if question_id is None:
        return None
    row = session.get(PolQuestion, question_id)
    if row is None or row.case_id != case.id or row.hostage_person_id != person_id:
        raise ValidationError(
            "question_id",
            translate(
                "services.proof_of_life", "Question #{question_id} is not in this national's question bank."
            ).format(question_id=question_id),
        )
    if row.state != PolQuestionState.AGREED:
        raise ValidationError(
            "question_id",
            translate(
                "services.proof_of_life",
                "Question #{question_id} is {state}: only a question agreed with the family and "
                "not yet used proves anything.",
            ).format(question_id=question_id, state=row.state.label.lower()),
        )
    return row


def _new_check(
    ctx: ServiceContext,
    session,
    case: Case,
    milestone: Milestone,
    *,
    medium,
    question: PolQuestion | None,
    answer_received: str | None,
    answer_matched: bool | None,
    claimed_at,
    established_at,
    assessment,
    assessment_basis: str | None,
) -> ProofOfLifeCheck:
    """The check row of a proof of life just inserted in ``session`` (audited; the question
    put becomes *used*)."""
    medium_value = medium if isinstance(medium, PolMedium) else PolMedium.parse(medium, "medium")
    verdict = (
        assessment
        if isinstance(assessment, PolAssessment)
        else PolAssessment.parse(assessment or "pending", "assessment")
    )
    answer_text = v.clean_text(answer_received, "answer_received", max_length=2_000, multiline=True)
    basis_text = v.clean_text(assessment_basis, "assessment_basis", max_length=20_000, multiline=True)
    if question is None and (answer_text or answer_matched is not None):
        raise ValidationError(
            "question_id",
            translate("services.proof_of_life", "Say which agreed question was put before recording its answer."),
        )
    if question is not None and answer_matched is None and answer_text:
        raise ValidationError(
            "answer_matched",
            translate("services.proof_of_life", "Say whether the answer matched the one the family expects."),
        )
    if verdict != PolAssessment.PENDING and not basis_text:
        raise ValidationError(
            "assessment_basis",
            translate("services.proof_of_life", "Say what the assessment rests on (voice, answer, metadata...)."),
        )
    check = ProofOfLifeCheck(
        milestone_id=milestone.id,
        medium=medium_value,
        question_id=question.id if question else None,
        answer_received=answer_text,
        answer_matched=answer_matched,
        claimed_at=_when(claimed_at, case, "claimed_at"),
        established_at=_when(established_at, case, "established_at"),
        assessment=verdict,
        assessment_basis=basis_text,
        assessed_at=ctx.now() if verdict != PolAssessment.PENDING else None,
        assessed_by_id=ctx.actor.user_id if verdict != PolAssessment.PENDING else None,
    )
    session.add(check)
    session.flush()
    search_index.index_pol_check(session, check, milestone)
    ctx.audit(session, "pol_check.add", "pol_check", check.id, case_id=case.id, after=snapshot(check, CHECK_FIELDS))
    if question is not None:
        question.state = PolQuestionState.USED
        question.updated_at = ctx.now()
        session.flush()
        search_index.index_pol_question(session, question)
        ctx.audit(
            session,
            "pol_question.edit",
            "pol_question",
            question.id,
            case_id=case.id,
            before={"state": PolQuestionState.AGREED},
            after={"state": PolQuestionState.USED, "used_in_milestone": milestone.id},
        )
    return check


@action("proof_of_life.record_proof_of_life")
def record_proof_of_life(
    ctx: ServiceContext,
    reference: str,
    person_id: int,
    *,
    occurred_at: datetime | str,
    description: str,
    medium: str | PolMedium = PolMedium.MESSAGE,
    source: str | None = None,
    title: str | None = None,
    question_id: int | None = None,
    answer_received: str | None = None,
    answer_matched: bool | None = None,
    claimed_at: datetime | str | None = None,
    established_at: datetime | str | None = None,
    assessment: str | PolAssessment = PolAssessment.PENDING,
    assessment_basis: str | None = None,
) -> ProofOfLifeView:
    """Record a proof of life for a hostage, received at ``occurred_at``, with how it was
    checked: the medium; the agreed question put (``question_id``, which becomes *used*), the
    answer received and whether it matched; the date the proof claims for itself and the date
    established; the assessment (default *pending*; any other needs ``assessment_basis``).

    One transaction: the milestone (always restricted), its check, the question's new state,
    the "tell the family" item (:mod:`consular.services.tell_family`) and their audit entries.
    Case team only: the question bank is restricted.
    """
    with ctx.writing() as session:
        case = load_case(session, reference)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        participant = _hostage(session, case, person_id)
        question = _check_question(session, case, person_id, question_id)
        milestone = add_milestone_in_session(
            ctx,
            session,
            case,
            kind=MilestoneKind.PROOF_OF_LIFE,
            occurred_at=occurred_at,
            title=title or f"Proof of life: {participant.person.full_name}",
            description=description,
            source=source,
            hostage_person_id=person_id,
            restricted=True,
        )
        # The family must hear of it (restricted: outside the team the item is not shown).
        tell_family.open_items_in_session(
            ctx, session, case, TellKind.PROOF_OF_LIFE, milestone.id, hostage_person_id=person_id, restricted=True
        )
        check = _new_check(
            ctx,
            session,
            case,
            milestone,
            medium=medium,
            question=question,
            answer_received=answer_received,
            answer_matched=answer_matched,
            claimed_at=claimed_at,
            established_at=established_at,
            assessment=assessment,
            assessment_basis=assessment_basis,
        )
        session.refresh(milestone)
        session.refresh(check)
        return proof_view(milestone, check)


@action("proof_of_life.assess")
def assess(
    ctx: ServiceContext,
    milestone_id: int,
    *,
    assessment: str | PolAssessment,
    basis: str,
    established_at: datetime | str | None = None,
    medium: str | PolMedium | None = None,
    expected_version: int | None = None,
) -> ProofOfLifeView:
    """Assess (or re-assess) a proof of life: genuine, doubtful or false, with its basis, and
    the date established if analysis found one. A proof recorded before checks existed gets
    its check here (``medium`` then needed). ``expected_version`` is the check's version
    loaded (:attr:`ProofOfLifeView.check_version`). Case team only."""
    verdict = assessment if isinstance(assessment, PolAssessment) else PolAssessment.parse(assessment, "assessment")
    basis_text = v.clean_text(basis, "basis", required=True, max_length=20_000, multiline=True)
    with ctx.writing() as session:
        milestone = session.get(Milestone, milestone_id)
        if milestone is None or milestone.kind != MilestoneKind.PROOF_OF_LIFE:
            raise NotFoundError(
                translate("services.proof_of_life", "There is no proof of life #{milestone_id}.").format(
                    milestone_id=milestone_id
                )
            )
        if milestone.voided_at is not None:
            raise ValidationError(
                "milestone_id",
                translate("services.proof_of_life", "This proof of life was voided; it cannot be assessed."),
            )
        case = session.get(Case, milestone.case_id)
        need_to_know.require_for(ctx, session, case.id, case.reference)
        check = session.scalar(select(ProofOfLifeCheck).where(ProofOfLifeCheck.milestone_id == milestone.id))
        if check is None:
            if medium is None:
                raise ValidationError(
                    "medium",
                    translate(
                        "services.proof_of_life",
                        "Say what the proof of life was (video, audio, photo, message, sighting).",
                    ),
                )
            check = _new_check(
                ctx,
                session,
                case,
                milestone,
                medium=medium,
                question=None,
                answer_received=None,
                answer_matched=None,
                claimed_at=None,
                established_at=established_at,
                assessment=verdict,
                assessment_basis=basis_text,
            )
        else:
            expect_version(session, check, expected_version, "pol_check", "The assessment of this proof of life")
            before = snapshot(check, CHECK_FIELDS)
            check.assessment = verdict
            check.assessment_basis = basis_text
            check.assessed_at = ctx.now()
            check.assessed_by_id = ctx.actor.user_id
            if established_at not in (None, ""):
                check.established_at = _when(established_at, case, "established_at")
            if medium is not None:
                check.medium = medium if isinstance(medium, PolMedium) else PolMedium.parse(medium, "medium")
            session.flush()
            search_index.index_pol_check(session, check, milestone)
            after = snapshot(check, CHECK_FIELDS)
            changed = {k: after[k] for k in after if after[k] != before[k]}
            ctx.audit(
                session,
                "pol_check.assess",
                "pol_check",
                check.id,
                case_id=case.id,
                before={k: before[k] for k in changed},
                after=changed,
            )
        case.updated_at = ctx.now()
        session.flush()
        session.refresh(check)
        return proof_view(milestone, check)


@action("proof_of_life.history")
def history(
    ctx: ServiceContext, reference: str, person_id: int | None = None, *, include_voided: bool = False
) -> list[ProofOfLifeView]:
    """A case's proofs of life with their checks, newest first (one hostage's with
    ``person_id``). Outside the case team each shows only its date (``withheld``); reading
    them is audited."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        stmt = (
            select(Milestone, ProofOfLifeCheck)
            .outerjoin(ProofOfLifeCheck, ProofOfLifeCheck.milestone_id == Milestone.id)
            .where(Milestone.case_id == case.id, Milestone.kind == MilestoneKind.PROOF_OF_LIFE)
        )
        if person_id is not None:
            stmt = stmt.where(Milestone.hostage_person_id == person_id)
        if not include_voided:
            stmt = stmt.where(Milestone.voided_at.is_(None))
        rows = list(session.execute(stmt.order_by(Milestone.occurred_at.desc(), Milestone.id.desc())).unique())
        if rows and allowed:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, proofs_of_life=[m.id for m, _ in rows])
        return [proof_view(m, c, withheld=not allowed) for m, c in rows]


__all__ = [
    "add_question",
    "assess",
    "history",
    "list_questions",
    "record_proof_of_life",
    "update_question",
]

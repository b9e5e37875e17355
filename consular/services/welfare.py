"""The welfare log: what is known of each hostage's health, report by report.

A welfare report is a milestone of kind ``welfare_report`` (so it is on the timeline, the
brief and in search like any development) with a detail row: the reported condition (good,
fair, poor, critical, unknown), medication needs and whether supply was arranged. A report
may concern one national or all of a case's hostages (``person_id`` None).

A national with medical needs (``persons.medical_needs``) who is still held and has had no
welfare report for ``Settings.welfare_alert_days`` days is flagged on the People tab, by
``cases show`` and on the brief: the people who most need news are the ones it is easiest to
lose sight of.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from consular.db.models import Milestone, WelfareDetail
from consular.domain import validation as v
from consular.domain.enums import MilestoneKind, WelfareCondition
from consular.services import need_to_know, search_index
from consular.services.audit import snapshot
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.milestones import add_milestone_in_session
from consular.services.permissions import action
from consular.services.views import JsonMixin

DETAIL_FIELDS = ["condition", "medication_needs", "supply_arranged"]


@dataclass(frozen=True)
class WelfareView(JsonMixin):
    """A welfare report. A restricted one, outside the case team: its date only (``withheld``)."""

    id: int  # the report's milestone
    case_id: int
    hostage_person_id: int | None  # None: about every national of the case
    hostage_name: str | None
    occurred_at: datetime
    summary: str
    description: str | None
    source: str | None
    condition: WelfareCondition
    medication_needs: str | None
    supply_arranged: bool | None
    restricted: bool
    recorded_by: str
    voided_at: datetime | None = None
    withheld: bool = False

    def supply_text(self) -> str:
        if not self.medication_needs:
            return ""
        return {True: "supply arranged", False: "supply NOT arranged", None: "supply not known"}[self.supply_arranged]


def _view(m: Milestone, detail: WelfareDetail | None, *, withheld: bool) -> WelfareView:
    if withheld:
        return WelfareView(
            id=m.id,
            case_id=m.case_id,
            hostage_person_id=None,
            hostage_name=None,
            occurred_at=m.occurred_at,
            summary=WITHHELD,
            description=None,
            source=None,
            condition=WelfareCondition.UNKNOWN,
            medication_needs=None,
            supply_arranged=None,
            restricted=True,
            recorded_by=WITHHELD,
            voided_at=m.voided_at,
            withheld=True,
        )
    return WelfareView(
        id=m.id,
        case_id=m.case_id,
        hostage_person_id=m.hostage_person_id,
        hostage_name=m.hostage.full_name if m.hostage else None,
        occurred_at=m.occurred_at,
        summary=m.title,
        description=m.description,
        source=m.source,
        condition=detail.condition if detail else WelfareCondition.UNKNOWN,
        medication_needs=detail.medication_needs if detail else None,
        supply_arranged=detail.supply_arranged if detail else None,
        restricted=m.restricted,
        recorded_by=m.recorded_by.display_name,
        voided_at=m.voided_at,
    )


@action("welfare.record_welfare")
def record_welfare(
    ctx: ServiceContext,
    reference: str,
    person_id: int | None,
    *,
    occurred_at: datetime | str,
    summary: str,
    condition: str | WelfareCondition = WelfareCondition.UNKNOWN,
    description: str | None = None,
    source: str | None = None,
    medication_needs: str | None = None,
    supply_arranged: bool | None = None,
    restricted: bool = False,
) -> WelfareView:
    """Record a welfare report about one national (``person_id``) or all of them (None): its
    one-line summary, the condition, medication needs and whether supply was arranged, the
    source. One transaction: the milestone, its detail and their audit entries."""
    state = condition if isinstance(condition, WelfareCondition) else WelfareCondition.parse(condition, "condition")
    needs = v.clean_text(medication_needs, "medication_needs", max_length=2_000, multiline=True)
    if supply_arranged is not None and not needs:
        supply_arranged = None  # nothing to supply: say nothing rather than "not arranged"
    with ctx.writing() as session:
        case = load_case(session, reference)
        milestone = add_milestone_in_session(
            ctx,
            session,
            case,
            kind=MilestoneKind.WELFARE_REPORT,
            occurred_at=occurred_at,
            title=summary,
            description=description,
            source=source,
            hostage_person_id=person_id,
            restricted=restricted,
        )
        detail = WelfareDetail(
            milestone_id=milestone.id, condition=state, medication_needs=needs, supply_arranged=supply_arranged
        )
        session.add(detail)
        session.flush()
        search_index.index_milestone(session, milestone)
        ctx.audit(
            session,
            "welfare.add",
            "welfare",
            detail.id,
            case_id=case.id,
            after={"milestone_id": milestone.id, **snapshot(detail, DETAIL_FIELDS)},
        )
        session.refresh(milestone)
        return _view(milestone, detail, withheld=False)


@action("welfare.welfare_log")
def welfare_log(
    ctx: ServiceContext, reference: str, person_id: int | None = None, *, include_voided: bool = False
) -> list[WelfareView]:
    """A case's welfare reports, newest first; with ``person_id``, those about that national
    and those about every national. Restricted ones show only their date outside the team."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        allowed = need_to_know.may_see(ctx, session, case.id)
        stmt = (
            select(Milestone, WelfareDetail)
            .outerjoin(WelfareDetail, WelfareDetail.milestone_id == Milestone.id)
            .where(Milestone.case_id == case.id, Milestone.kind == MilestoneKind.WELFARE_REPORT)
        )
        if person_id is not None:
            stmt = stmt.where((Milestone.hostage_person_id == person_id) | Milestone.hostage_person_id.is_(None))
        if not include_voided:
            stmt = stmt.where(Milestone.voided_at.is_(None))
        rows = list(session.execute(stmt.order_by(Milestone.occurred_at.desc(), Milestone.id.desc())).unique())
        shown = [m.id for m, _ in rows if m.restricted and allowed]
        if shown:
            ctx.record_read("restricted", "case", case.id, case_id=case.id, welfare=shown)
        return [_view(m, d, withheld=m.restricted and not allowed) for m, d in rows]


__all__ = ["WelfareView", "record_welfare", "welfare_log"]

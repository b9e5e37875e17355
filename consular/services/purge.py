"""Purging a closed case for good (retention rules): ``consular cases purge REF``.

Afterwards no copy of the case's text is left in the database file: its rows are deleted;
the audit entries about it keep who did what and when but lose their before/after content;
the full-text index is merged so no old segment still holds its words; ``secure_delete``
(always on, see :mod:`consular.db.engine`) zeroes every freed page; and the WAL is
checkpointed and truncated so no earlier page image survives there. The purge itself is
audited with the case's reference and how many records went, never their content.

People and counterparts are removed only when no other case refers to them; everyone's
drafts on the case (unsaved typing, :mod:`consular.services.drafts`) always go with it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from consular.db import detention_models as dm
from consular.db import family_models as fm
from consular.db import models as m
from consular.db import repatriation_models as rm
from consular.domain.enums import CaseStatus, UserRole
from consular.domain.errors import NotFoundError, PermissionDeniedError, UserError, ValidationError
from consular.i18n import translate
from consular.services.context import ServiceContext
from consular.services.permissions import action


@dataclass
class PurgeResult:
    reference: str
    removed: dict[str, int] = field(default_factory=dict)
    audit_entries_emptied: int = 0
    wal_cleared: bool = False  # False: another connection held the WAL; it is cleared at its next checkpoint


@action("purge.purge_case")
def purge_case(ctx: ServiceContext, reference: str, *, confirm: str) -> PurgeResult:
    """Remove the closed case ``reference`` and everything recorded on it.

    ``confirm`` must be the reference typed again, exactly. Administrators only.
    Raises PermissionDeniedError (not an administrator), ValidationError (confirmation does
    not match), NotFoundError (no such case), UserError (the case is not closed).
    """
    if ctx.actor.role != UserRole.ADMIN:
        raise PermissionDeniedError(translate("services.purge", "Only an administrator may purge a case."))
    ref = (reference or "").strip().upper()
    if (confirm or "").strip().upper() != ref or not ref:
        raise ValidationError(
            "confirm",
            translate("services.purge", "Type the case reference ({ref}) exactly to confirm the purge.").format(
                ref=ref
            ),
        )
    result = PurgeResult(ref)
    with ctx.writing() as session:
        case = session.scalar(select(m.Case).where(m.Case.reference == ref))
        if case is None:
            raise NotFoundError(translate("services.purge", "There is no case {ref}.").format(ref=ref))
        if case.status != CaseStatus.CLOSED:
            raise UserError(
                translate("services.purge", "{ref} is {status}; only a closed case can be purged.").format(
                    ref=ref, status=case.status.label.lower()
                )
            )
        purge_in_session(ctx, session, case, result)
    result.wal_cleared = _scrub(ctx)
    return result


@action("purge.purge_in_session")
def purge_in_session(
    ctx: ServiceContext, session: Session, case: m.Case, result: PurgeResult | None = None
) -> PurgeResult:
    """Remove ``case`` and everything on it in ``session``, audited as purge_case does, without
    its checks (closed, administrator, confirmation) and without scrubbing the file: for a
    service that has made its own checks (undoing the import that opened the case)."""
    ref = case.reference
    result = result if result is not None else PurgeResult(ref)
    deleted, emptied = _purge(session, case.id, result)
    # Each tracked record gone gets its entry, so the chain's last state of it is "absent"
    # (audit verify checks every record against its last audited state).
    for entity, ids in deleted.items():
        for entity_id in sorted(ids):
            ctx.audit(session, f"{entity}.purged", entity, entity_id)
    ctx.audit(
        session,
        "case.purge",
        "case",
        None,
        after={
            "reference": ref,
            "removed": dict(sorted(result.removed.items())),
            # The audit entries whose content was emptied, by chain position and link: what a
            # verifier needs to accept them as purged rather than edited.
            "emptied_entries": emptied,
        },
    )
    return result


def _ids(session: Session, stmt) -> list[int]:
    return list(session.scalars(stmt))


def _purge(session: Session, case_id: int, result: PurgeResult) -> tuple[dict[str, list[int]], list[list]]:
    contacts = _ids(session, select(m.ContactEntry.id).where(m.ContactEntry.case_id == case_id))
    documents = _ids(session, select(m.Document.id).where(m.Document.case_id == case_id))
    participants = _ids(session, select(m.CaseParticipant.id).where(m.CaseParticipant.case_id == case_id))
    persons = set(_ids(session, select(m.CaseParticipant.person_id).where(m.CaseParticipant.case_id == case_id)))
    persons |= set(_ids(session, select(m.FamilyLiaison.kin_person_id).where(m.FamilyLiaison.case_id == case_id))) - {
        None
    }
    counterparts = set(
        _ids(session, select(m.CaseCounterpart.counterpart_id).where(m.CaseCounterpart.case_id == case_id))
    )
    counterparts |= set(
        _ids(
            session,
            select(m.ContactCounterpart.counterpart_id).where(m.ContactCounterpart.contact_id.in_(contacts)),
        )
    )
    milestones = _ids(session, select(m.Milestone.id).where(m.Milestone.case_id == case_id))
    tasks = _ids(session, select(m.Task.id).where(m.Task.case_id == case_id))
    checklists = _ids(session, select(rm.RepatriationChecklist.id).where(rm.RepatriationChecklist.case_id == case_id))
    return_items = _ids(session, select(rm.RepatriationItem.id).where(rm.RepatriationItem.checklist_id.in_(checklists)))
    liaisons = _ids(session, select(m.FamilyLiaison.id).where(m.FamilyLiaison.case_id == case_id))
    briefs = _ids(session, select(m.BriefRecord.id).where(m.BriefRecord.case_id == case_id))
    demands = _ids(session, select(m.Demand.id).where(m.Demand.case_id == case_id))
    questions = _ids(session, select(m.PolQuestion.id).where(m.PolQuestion.case_id == case_id))
    checks = _ids(session, select(m.ProofOfLifeCheck.id).where(m.ProofOfLifeCheck.milestone_id.in_(milestones)))
    detention = {
        name: _ids(session, select(model.id).where(model.case_id == case_id))
        for name, model in (
            ("charge", dm.DetentionCharge),
            ("hearing", dm.DetentionHearing),
            ("visit", dm.ConsularVisit),
            ("note_verbale", dm.NoteVerbale),
            ("detention", dm.Detention),
        )
    }
    places = _ids(
        session, select(dm.DetentionPlace.id).where(dm.DetentionPlace.detention_id.in_(detention["detention"]))
    )
    links = _ids(
        session, select(m.CaseLink.id).where((m.CaseLink.case_a_id == case_id) | (m.CaseLink.case_b_id == case_id))
    )
    family_updates = _ids(session, select(fm.FamilyUpdate.id).where(fm.FamilyUpdate.case_id == case_id))
    tell_items = _ids(session, select(fm.TellFamilyItem.id).where(fm.TellFamilyItem.case_id == case_id))
    officer_changes = _ids(
        session, select(fm.LiaisonOfficerChange.id).where(fm.LiaisonOfficerChange.liaison_id.in_(liaisons))
    )

    def gone(table, stmt) -> None:
        count = session.execute(stmt).rowcount or 0
        if count:
            result.removed[table] = result.removed.get(table, 0) + count

    # Everyone's unsaved drafts on the case go too: they hold its text like its records do.
    gone("drafts", delete(m.Draft).where(m.Draft.case_id == case_id))
    # A repatriation item points at its task: the items and checklists go first.
    gone("repatriation_items", delete(rm.RepatriationItem).where(rm.RepatriationItem.id.in_(return_items)))
    gone("repatriation_checklists", delete(rm.RepatriationChecklist).where(rm.RepatriationChecklist.id.in_(checklists)))
    gone("tasks", delete(m.Task).where(m.Task.case_id == case_id))
    gone("family_shares", delete(fm.FamilyShare).where(fm.FamilyShare.case_id == case_id))
    # Links to other cases go with the case (live or unlinked): they name it.
    gone("case_links", delete(m.CaseLink).where(m.CaseLink.id.in_(links)))
    # The family update log (links first: they name the updates and the items).
    gone(
        "family_update_links",
        delete(fm.FamilyUpdateLink).where(fm.FamilyUpdateLink.family_update_id.in_(family_updates)),
    )
    gone("tell_family_items", delete(fm.TellFamilyItem).where(fm.TellFamilyItem.id.in_(tell_items)))
    gone("family_updates", delete(fm.FamilyUpdate).where(fm.FamilyUpdate.id.in_(family_updates)))
    gone(
        "liaison_officer_changes",
        delete(fm.LiaisonOfficerChange).where(fm.LiaisonOfficerChange.id.in_(officer_changes)),
    )
    gone("demand_links", delete(m.DemandLink).where(m.DemandLink.demand_id.in_(demands)))
    gone("demands", delete(m.Demand).where(m.Demand.case_id == case_id))
    # The detention records, visits before the notes verbales they name, the detentions last.
    for name, model in (
        ("detention_charges", dm.DetentionCharge),
        ("detention_hearings", dm.DetentionHearing),
        ("consular_visits", dm.ConsularVisit),
        ("notes_verbales", dm.NoteVerbale),
    ):
        gone(name, delete(model).where(model.case_id == case_id))
    gone("detention_places", delete(dm.DetentionPlace).where(dm.DetentionPlace.id.in_(places)))
    gone("detentions", delete(dm.Detention).where(dm.Detention.case_id == case_id))
    gone("proof_of_life_checks", delete(m.ProofOfLifeCheck).where(m.ProofOfLifeCheck.id.in_(checks)))
    # What welfare reports said of health (condition, medication) goes with its milestones.
    gone("welfare_details", delete(m.WelfareDetail).where(m.WelfareDetail.milestone_id.in_(milestones)))
    gone("pol_questions", delete(m.PolQuestion).where(m.PolQuestion.case_id == case_id))
    gone("contact_revisions", delete(m.ContactRevision).where(m.ContactRevision.contact_id.in_(contacts)))
    gone("contact_staff", delete(m.ContactStaff).where(m.ContactStaff.contact_id.in_(contacts)))
    gone("contact_counterparts", delete(m.ContactCounterpart).where(m.ContactCounterpart.contact_id.in_(contacts)))
    gone("document_blobs", delete(m.DocumentBlob).where(m.DocumentBlob.document_id.in_(documents)))
    gone("documents", delete(m.Document).where(m.Document.case_id == case_id))
    gone("milestones", delete(m.Milestone).where(m.Milestone.case_id == case_id))
    gone("family_liaisons", delete(m.FamilyLiaison).where(m.FamilyLiaison.case_id == case_id))
    gone(
        "hostage_status_events",
        delete(m.HostageStatusEvent).where(m.HostageStatusEvent.participant_id.in_(participants)),
    )
    gone("case_participants", delete(m.CaseParticipant).where(m.CaseParticipant.case_id == case_id))
    gone("case_counterparts", delete(m.CaseCounterpart).where(m.CaseCounterpart.case_id == case_id))
    gone("contact_entries", delete(m.ContactEntry).where(m.ContactEntry.case_id == case_id))
    gone("case_status_changes", delete(m.CaseStatusChange).where(m.CaseStatusChange.case_id == case_id))
    # A brief may name an earlier one it replaces: unlink first.
    session.execute(update(m.BriefRecord).where(m.BriefRecord.id.in_(briefs)).values(replaces_id=None))
    gone("brief_records", delete(m.BriefRecord).where(m.BriefRecord.case_id == case_id))

    # Counterparts of no other case, then people of no other case (a counterpart may be a person).
    used_counterparts = set(
        _ids(
            session,
            select(m.CaseCounterpart.counterpart_id).where(m.CaseCounterpart.counterpart_id.in_(counterparts)),
        )
    ) | set(
        _ids(
            session,
            select(m.ContactCounterpart.counterpart_id).where(m.ContactCounterpart.counterpart_id.in_(counterparts)),
        )
    )
    lone_counterparts = counterparts - used_counterparts
    persons |= set(_ids(session, select(m.Counterpart.person_id).where(m.Counterpart.id.in_(lone_counterparts)))) - {
        None
    }
    # Their vetting history goes with them (it says what was known of them, and by whom).
    vettings = _ids(
        session, select(m.CounterpartVetting.id).where(m.CounterpartVetting.counterpart_id.in_(lone_counterparts))
    )
    gone("counterpart_vetting", delete(m.CounterpartVetting).where(m.CounterpartVetting.id.in_(vettings)))
    gone("counterparts", delete(m.Counterpart).where(m.Counterpart.id.in_(lone_counterparts)))
    still_used = set(_ids(session, select(m.CaseParticipant.person_id).where(m.CaseParticipant.person_id.in_(persons))))
    still_used |= set(
        _ids(session, select(m.FamilyLiaison.kin_person_id).where(m.FamilyLiaison.kin_person_id.in_(persons)))
    )
    still_used |= set(
        _ids(session, select(m.FamilyLiaison.hostage_person_id).where(m.FamilyLiaison.hostage_person_id.in_(persons)))
    )
    still_used |= set(
        _ids(session, select(m.Milestone.hostage_person_id).where(m.Milestone.hostage_person_id.in_(persons)))
    )
    still_used |= set(_ids(session, select(m.Counterpart.person_id).where(m.Counterpart.person_id.in_(persons))))
    lone_persons = persons - still_used
    gone("person_identifiers", delete(m.PersonIdentifier).where(m.PersonIdentifier.person_id.in_(lone_persons)))
    gone("persons", delete(m.Person).where(m.Person.id.in_(lone_persons)))

    # The full-text index rows (their FTS5 entries go by trigger).
    index = delete(m.SearchDocument).where(
        (m.SearchDocument.case_id == case_id)
        | ((m.SearchDocument.entity == "person") & m.SearchDocument.entity_id.in_(lone_persons))
        | ((m.SearchDocument.entity == "counterpart") & m.SearchDocument.entity_id.in_(lone_counterparts))
    )
    gone("search_documents", index)

    # Audit entries keep who, what and when; their content about the case goes.
    about = (m.AuditEntry.case_id == case_id) | ((m.AuditEntry.entity == "case") & (m.AuditEntry.entity_id == case_id))
    for entity, ids in (
        ("contact", contacts),
        ("document", documents),
        ("milestone", milestones),
        ("task", tasks),
        ("family_liaison", liaisons),
        ("person", list(lone_persons)),
        ("counterpart", list(lone_counterparts)),
        ("participant", participants),
        ("brief", briefs),
        ("case_link", links),
        ("family_update", family_updates),
        ("tell_item", tell_items),
        ("liaison_officer_change", officer_changes),
    ):
        if ids:
            about = about | ((m.AuditEntry.entity == entity) & m.AuditEntry.entity_id.in_(ids))
    emptied = [list(row) for row in session.execute(select(m.AuditEntry.seq, m.AuditEntry.chain).where(about))]
    done = session.execute(update(m.AuditEntry).where(about).values(before=None, after=None, case_id=None))
    result.audit_entries_emptied = done.rowcount or 0
    gone("cases", delete(m.Case).where(m.Case.id == case_id))
    session.flush()
    assert session.scalar(select(func.count()).select_from(m.Case).where(m.Case.id == case_id)) == 0
    deleted = {
        "case": [case_id],
        "contact": contacts,
        "document": documents,
        "milestone": milestones,
        "task": tasks,
        "family_liaison": liaisons,
        "person": sorted(lone_persons),
        "counterpart": sorted(lone_counterparts),
        "demand": demands,
        "pol_question": questions,
        "pol_check": checks,
        "vetting": vettings,
        "detention_place": places,
        **detention,
        "case_link": links,
        "repatriation_checklist": checklists,
        "repatriation_item": return_items,
        "family_update": family_updates,
        "tell_item": tell_items,
        "liaison_officer_change": officer_changes,
    }
    return {k: v for k, v in deleted.items() if v}, emptied


def _scrub(ctx: ServiceContext) -> bool:
    """Merge the FTS5 index (dropping the deleted documents' old segments) and truncate the
    WAL; freed pages were zeroed by secure_delete. True when the WAL could be emptied."""
    database = ctx.database
    if database.engine.dialect.name != "sqlite":
        return True  # the server's storage is the server's business
    with database.engine.connect() as conn:
        conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")
        conn.commit()
        # Table statistics are recomputed (SQLite's stat tables could sample indexed values).
        conn.exec_driver_sql("PRAGMA analysis_limit=1000")
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
        busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
    return busy is None or busy[0] == 0

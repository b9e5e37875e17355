"""The role matrix: which role may call which service action, written once.

Every public service function (a function of a ``consular.services`` module whose first
parameter is ``ctx``) is an action named ``module.function`` and carries the
:func:`action` decorator, which checks the acting user's role against :data:`MATRIX` before
the function runs, so a refused call reads and writes nothing. A few finer rights that are
not whole functions (closing a case, reading every case's restricted content) are actions
too and are checked with :func:`require` inside the service.

tests/test_permissions.py asserts that every public service function is decorated and in the
matrix, checks every cell, and checks README.md's table against :func:`markdown_table`.

Role is only the first gate. Restricted content is also need-to-know: see
:mod:`consular.services.teams`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

from consular.domain.enums import UserRole
from consular.domain.errors import PermissionDeniedError
from consular.i18n import translate
from consular.services.permission_texts import ROLE_PLURALS

V, C, S, A = UserRole.VIEWER, UserRole.CASEWORKER, UserRole.SUPERVISOR, UserRole.ADMIN
ROLES: tuple[UserRole, ...] = (V, C, S, A)
EVERYONE = frozenset(ROLES)
STAFF = frozenset({C, S, A})  # may change case records
SUPERVISORS = frozenset({S, A})
ADMINS = frozenset({A})

# action -> (roles allowed, what it is, for the README table)
MATRIX: dict[str, tuple[frozenset[UserRole], str]] = {
    # accounts
    "accounts.list_accounts": (ADMINS, "list accounts with their sign-in state"),
    "accounts.add_user": (ADMINS, "create an account with a password"),
    "accounts.disable_user": (ADMINS, "disable an account"),
    "accounts.enable_user": (ADMINS, "enable a disabled account"),
    "accounts.set_role": (ADMINS, "change an account's role"),
    "accounts.reset_password": (ADMINS, "set another account's password"),
    "accounts.change_password": (EVERYONE, "change one's own password"),
    # reference data
    "reference_data.list_users": (EVERYONE, "list staff names (pickers)"),
    "reference_data.list_posts": (EVERYONE, "list posts"),
    "reference_data.save_user": (ADMINS, "create or edit an account's name, role, e-mail"),
    "reference_data.save_post": (SUPERVISORS, "create or edit a post"),
    # cases
    "cases.open_case": (STAFF, "open a case"),
    "cases.open_case_in_session": (STAFF, "open a case (inside another change: an import)"),
    "cases.edit_case": (STAFF, "edit a case's overview"),
    "cases.change_status": (STAFF, "change a case's status"),
    "cases.close": (SUPERVISORS, "close a case (status 'closed')"),
    "cases.get_case": (EVERYONE, "open a case (people's identifiers are audited)"),
    "cases.list_cases": (EVERYONE, "list cases"),
    "cases.iter_cases": (EVERYONE, "list every case in one pass (cases list --json)"),
    "case_listing.iter_case_json_values": (EVERYONE, "the same list as plain values, written out by cases list --json"),
    "cases.count_cases": (EVERYONE, "count cases"),
    "cases.case_summary": (EVERYONE, "a case's summary line"),
    # case teams (need-to-know)
    "teams.case_team": (EVERYONE, "see a case's team"),
    "teams.add_member": (SUPERVISORS, "add a user to a case's team"),
    "teams.remove_member": (SUPERVISORS, "remove a user from a case's team"),
    "restricted.all_cases": (SUPERVISORS, "read restricted content of every case, without being on its team"),
    # linked cases (both cases' restricted content: their teams, or supervisors)
    "case_links.link_cases": (STAFF, "link two cases (same incident, related; both cases' team)"),
    "case_links.unlink_cases": (STAFF, "undo a link between two cases, with a reason (both cases' team)"),
    "case_links.list_links": (EVERYONE, "a case's linked cases (others' details: their team)"),
    "case_links.links_in_session": (EVERYONE, "a case's linked cases (inside another read: the brief)"),
    # escalation
    "escalation.my_queue": (SUPERVISORS, "one's own escalation queue as case supervisor"),
    # contacts
    "contacts.log_contact": (STAFF, "log a contact"),
    "contacts.log_contact_in_session": (STAFF, "log a contact (inside another change: an import)"),
    "contacts.edit_contact": (STAFF, "edit a contact"),
    "contacts.list_contacts": (EVERYONE, "list a case's contacts"),
    "contacts.get_contact": (EVERYONE, "open a contact"),
    "contacts.contact_history": (EVERYONE, "a contact's revisions"),
    "contacts.resolve_counterparts": (STAFF, "match or create counterparts named in a contact"),
    # counterparts
    "counterparts.add_counterpart": (STAFF, "add a counterpart"),
    "counterparts.add_counterpart_in_session": (STAFF, "add a counterpart (inside another change: an import)"),
    "counterparts.edit_counterpart": (STAFF, "edit a counterpart"),
    "counterparts.get_counterpart": (EVERYONE, "open a counterpart"),
    "counterparts.case_counterparts": (EVERYONE, "list a case's counterparts"),
    "counterparts.find_counterparts": (EVERYONE, "find counterparts by name"),
    "counterparts.counterpart_cases": (EVERYONE, "which cases counterparts are linked to"),
    # people
    "people.add_person": (STAFF, "add a person to a case"),
    "people.add_person_in_session": (STAFF, "add a person to a case (inside another change: an import)"),
    "people.edit_person": (STAFF, "edit a person"),
    "people.change_hostage_status": (STAFF, "change a hostage's status"),
    "proof_of_life.record_proof_of_life": (STAFF, "record a proof of life with how it was checked (case team)"),
    "proof_of_life.add_question": (STAFF, "add a proof-of-life question (case team)"),
    "proof_of_life.update_question": (STAFF, "edit, agree or retire a proof-of-life question (case team)"),
    "proof_of_life.list_questions": (EVERYONE, "a hostage's question bank (content: case team)"),
    "proof_of_life.assess": (STAFF, "assess a proof of life: genuine, doubtful or false (case team)"),
    "proof_of_life.history": (EVERYONE, "a hostage's proofs of life with their checks"),
    "people.add_next_of_kin": (STAFF, "add next of kin"),
    "people.set_contact_plan": (STAFF, "set a family contact plan"),
    "people.list_next_of_kin": (EVERYONE, "list next of kin (phones are audited)"),
    # welfare
    "welfare.record_welfare": (STAFF, "record a welfare report (condition, medication, supply)"),
    "welfare.welfare_log": (EVERYONE, "a case's welfare reports (restricted ones: case team)"),
    # repatriation checklist
    "repatriation.open_checklist_in_session": (STAFF, "open a repatriation checklist (with the release)"),
    "repatriation.open_checklist": (STAFF, "open a released national's repatriation checklist by hand"),
    "repatriation.checklists": (EVERYONE, "a case's repatriation checklists"),
    "repatriation.assign_item": (STAFF, "give a checklist item an owner or a due date"),
    "repatriation.complete_item": (STAFF, "mark a checklist item done with its facts"),
    "repatriation.mark_not_applicable": (STAFF, "mark a checklist item not applicable with a reason"),
    # demands and intermediary vetting
    "demands.record_demand": (STAFF, "record a demand (case team; always restricted)"),
    "demands.respond": (STAFF, "record the response to a demand (case team)"),
    "demands.list_demands": (EVERYONE, "a case's demands (content: case team)"),
    "vetting.set_vetting": (STAFF, "record an intermediary's vetting (under vetting; decisions: see below)"),
    "vetting.decide": (SUPERVISORS, "decide that an intermediary is vetted or rejected"),
    "vetting.vetting_history": (EVERYONE, "an intermediary's vetting history (basis: their cases' teams)"),
    "vetting.current_status": (EVERYONE, "intermediaries' vetting status"),
    # wrongful detention by a state
    "detention.set_detention": (STAFF, "set a detained national's authority, place (transfers) and lawyer"),
    "detention.record_charge": (STAFF, "record a charge (restricted ones: case team)"),
    "detention.edit_charge": (STAFF, "change a charge or its status (restricted ones: case team)"),
    "detention.record_hearing": (STAFF, "record a court hearing (restricted ones: case team)"),
    "detention.edit_hearing": (STAFF, "record a hearing's outcome and next date (restricted ones: case team)"),
    "detention.request_visit": (STAFF, "record a consular visit request (restricted ones: case team)"),
    "detention.edit_visit": (
        STAFF,
        "record a visit's decision, the visit and its findings (restricted ones: case team)",
    ),
    "detention.send_note": (STAFF, "record a note verbale sent (restricted ones: case team)"),
    "detention.edit_note": (STAFF, "record a note verbale's answer (restricted ones: case team)"),
    "detention.detention_file": (EVERYONE, "a case's detention records (restricted ones: case team)"),
    "detention_overdue.overdue_requests": (EVERYONE, "overdue visit requests, notes verbales and hearings (dashboard)"),
    # what the family is told
    "family_share.mark": (STAFF, "mark an entry shareable with family, or change its wording (case team)"),
    "family_share.unmark": (STAFF, "take an entry's shareable-with-family marking off (case team)"),
    "family_share.clear_in_session": (STAFF, "drop the marking of an entry being restricted (inside that change)"),
    "family_share.get_share": (EVERYONE, "an entry's shareable-with-family marking"),
    "family_share.case_shares": (EVERYONE, "a case's shareable-with-family markings"),
    "family_share.shareable_entries": (EVERYONE, "the entries a family may be told of"),
    "family_letter.letter_options": (EVERYONE, "what a family update letter to a next of kin would hold"),
    "family_letter.issue_letter": (STAFF, "write a family update letter (PDF) from shareable entries (case team)"),
    # the family update log, "tell the family" items, family liaison officers
    "family_updates.record_family_update": (STAFF, "record what was told to a next of kin (closes tell items)"),
    "family_updates.family_log": (EVERYONE, "a case's family update log (restricted ones: case team)"),
    "family_updates.tell_items": (EVERYONE, "open 'tell the family' items (restricted ones: case team)"),
    "family_updates.close_item": (STAFF, "close a 'tell the family' item by hand, with a reason"),
    "family_updates.close_open_items": (STAFF, "close a case's open 'tell the family' items by hand, with one reason"),
    "tell_family.open_items_in_session": (STAFF, "open 'tell the family' items (inside another change)"),
    "tell_family.mark_done": (STAFF, "close a 'tell the family' item (inside another change)"),
    "tell_family.development_voided_in_session": (STAFF, "close the items of a voided development"),
    "tell_family.update_voided_in_session": (STAFF, "reopen the items a voided family update closed"),
    "liaison_officers.change_liaison_officer": (STAFF, "change a next of kin's family liaison officer, with a reason"),
    "liaison_officers.assign_in_session": (STAFF, "set a family liaison officer (inside another change)"),
    "liaison_officers.officers": (EVERYONE, "each next of kin's family liaison officer and its changes"),
    # milestones, tasks, documents
    "milestones.add_milestone": (STAFF, "add a milestone"),
    "milestones.add_milestone_in_session": (STAFF, "add a milestone (inside another change)"),
    "milestones.list_milestones": (EVERYONE, "list milestones"),
    "milestones.get_milestone": (EVERYONE, "open a milestone"),
    "milestones.edit_milestone": (STAFF, "correct a milestone"),
    "tasks.create_task_in_session": (STAFF, "create a task (inside another change)"),
    "tasks.add_task": (STAFF, "add a task"),
    "tasks.complete_task": (STAFF, "complete a task"),
    "tasks.update_task": (STAFF, "edit a task"),
    "tasks.list_tasks": (EVERYONE, "list tasks"),
    "documents.attach_document": (STAFF, "attach a document"),
    "documents.attach_file": (STAFF, "attach a file"),
    "documents.list_documents": (EVERYONE, "list documents"),
    "documents.document_data": (EVERYONE, "open a document's content"),
    "documents.edit_document": (STAFF, "edit a document's description"),
    # reading across cases, outputs
    "search.search": (EVERYONE, "search"),
    "search.matching_case_ids": (EVERYONE, "filter the case list by text"),
    "search.matching_cases": (EVERYONE, "filter the case list by text"),
    "search.explain_cases": (EVERYONE, "filter the case list by text"),
    "dashboard.dashboard": (EVERYONE, "the dashboard"),
    "dashboard.run_panel": (EVERYONE, "one panel of the dashboard, on its own"),
    "reports.run_report": (EVERYONE, "a report across cases (restricted content: the case's team)"),
    "reports.export_report": (EVERYONE, "export a report across cases (PDF, XLSX, CSV, JSON)"),
    "timeline.case_timeline": (EVERYONE, "a case's timeline"),
    "timeline.export_timeline": (EVERYONE, "export a timeline (CSV, JSON, ICS, XLSX, PDF)"),
    "briefs.brief_data": (EVERYONE, "build a brief's content"),
    "briefs.issue_brief": (EVERYONE, "issue a brief (PDF)"),
    "briefs.list_briefs": (EVERYONE, "list issued briefs"),
    "briefs.verify_brief_file": (EVERYONE, "check whether a PDF is a brief issued here"),
    "audit.audit_trail": (SUPERVISORS, "read the recent audit trail"),
    "audit.whole_database": (SUPERVISORS, "read the whole database's audit trail (not one case's)"),
    "audit.list_entries": (EVERYONE, "list audit entries (a case's; the whole database: supervisors)"),
    "audit.count_entries": (EVERYONE, "count audit entries (as list_entries)"),
    "audit.case_history": (EVERYONE, "a case's History tab"),
    "audit.record_history": (EVERYONE, "one record's versions"),
    "audit.export_entries": (EVERYONE, "export audit entries (as list_entries)"),
    # importing (consular import, the import wizard)
    "importing.dry_run": (STAFF, "check a file to import, row by row (nothing is written)"),
    "importing.run_import": (STAFF, "import cases, people or contacts from a CSV/XLSX file"),
    "importing.undo_import": (STAFF, "undo an import (who imported it, or a supervisor)"),
    "importing.list_batches": (EVERYONE, "list imports"),
    "importing.export_rows": (EVERYONE, "export cases, people or contacts as CSV in the import's columns"),
    # voiding
    "voiding.can_void": (EVERYONE, "whether one may void an entry (for menus)"),
    "voiding.void_entry": (STAFF, "void an entry with a reason (its author or a supervisor)"),
    "voiding.void_entry_in_session": (STAFF, "void an entry inside another change (undoing an import)"),
    # drafts: each account's own unsaved forms; nobody reads another's, whatever the role
    "drafts.save_draft": (STAFF, "keep one's own draft of a form (Log contact)"),
    "drafts.load_draft": (EVERYONE, "read one's own draft back"),
    "drafts.list_drafts": (EVERYONE, "list one's own drafts"),
    # saved filters: each account's own, and those shared with a post
    "saved_filters.list_filters": (EVERYONE, "list one's saved filters and those shared with a post"),
    "saved_filters.find_filter": (EVERYONE, "find a saved filter by name (one's own or shared)"),
    "saved_filters.save_filter": (EVERYONE, "save a list's filters under a name (one's own)"),
    "saved_filters.rename_filter": (EVERYONE, "rename one's saved filter"),
    "saved_filters.delete_filter": (EVERYONE, "delete one's saved filter"),
    "saved_filters.share_filter": (STAFF, "share one's saved filter with a post"),
    "lists.export_case_list": (EVERYONE, "export the case list as shown (CSV, XLSX)"),
    "lists.export_contact_list": (EVERYONE, "export a case's contact log as shown (CSV, XLSX)"),
    "drafts.discard_draft": (EVERYONE, "throw away one's own draft"),
    "drafts.import_drafts": (STAFF, "move one's old draft files into the database"),
    # duplicates and merges: finding is for staff; merging moves links across every case, so
    # it is for supervisors and administrators, who read every case's restricted content anyway
    "duplicates.find_duplicates": (STAFF, "list candidate duplicate people or counterparts"),
    "duplicates.match_counterparts": (STAFF, "counterparts whose name matches one typed (contacts add --with)"),
    "duplicates.resolve_names": (STAFF, "resolve names typed for a contact without creating counterparts"),
    "merge.preview_merge": (SUPERVISORS, "show two records side by side before merging them"),
    "merge.merge": (SUPERVISORS, "merge two people or two counterparts (every link moves)"),
    "merge.undo_merge": (SUPERVISORS, "undo a merge"),
    "merge.list_merges": (SUPERVISORS, "list recent merges"),
    # retention
    "purge.purge_case": (ADMINS, "purge a closed case for good"),
    "purge.purge_in_session": (STAFF, "remove a case inside another change (undoing the import that opened it)"),
    # backups (README, "Backups": who and why)
    "backup.backup": (SUPERVISORS, "back the database up to a chosen file (every case, with the key slots)"),
    "backup.daily_backup": (EVERYONE, "the automatic daily backup, to this installation's private folder"),
    "backup.restore": (ADMINS, "replace the database with a verified backup"),
}


# Modules of helpers that take ``ctx`` but are not actions of their own: they run inside an
# action (need-to-know checks, delivering an action's output file) or are the context itself.
# audit_chain keeps the chain itself, audit_anchors its printed head and anchors (the head is
# read by outputs with any database handle).
HELPER_MODULES = frozenset({"audit_anchors", "audit_chain", "context", "need_to_know", "outputs", "permissions"})


def allowed_roles(name: str) -> frozenset[UserRole]:
    try:
        return MATRIX[name][0]
    except KeyError:
        # A typo in an action name must not quietly allow or deny: it is a bug.
        raise LookupError(f"'{name}' is not an action in the role matrix") from None


def can(actor, name: str) -> bool:
    """True when ``actor`` (an Actor, or a ServiceContext) may perform action ``name``."""
    roles = allowed_roles(name)
    return getattr(actor, "actor", actor).role in roles


def require(actor, name: str) -> None:
    """Raise PermissionDeniedError (a UserError) unless ``actor`` may perform ``name``."""
    actor = getattr(actor, "actor", actor)
    roles = allowed_roles(name)
    if actor.role not in roles:
        who = ""
        for r in ROLES:
            if r in roles:
                plural = translate("services.permissions", ROLE_PLURALS[r.value])
                who = (
                    translate("services.permissions", "{first} or {second}").format(first=who, second=plural)
                    if who
                    else plural
                )
        raise PermissionDeniedError(
            translate("services.permissions", "{name} ({role}) may not {what}: only {who} may.").format(
                name=actor.display_name,
                role=actor.role.label.lower(),
                what=translate("services.permissions", MATRIX[name][1]),
                who=who,
            )
        )


F = TypeVar("F", bound=Callable)


def action(name: str) -> Callable[[F], F]:
    """Decorate a public service function: check the matrix before it runs."""
    allowed_roles(name)  # fail at import for an unknown name

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def checked(ctx, *args, **kwargs):
            require(ctx, name)
            return fn(ctx, *args, **kwargs)

        checked.action = name
        return checked  # type: ignore[return-value]

    return decorate


def markdown_table() -> str:
    """The matrix as the Markdown table kept in README.md (a test compares them)."""
    head = "| Action | What | " + " | ".join(r.label for r in ROLES) + " |"
    rule = "|---|---|" + "---|" * len(ROLES)
    rows = [
        f"| `{name}` | {what} | " + " | ".join("yes" if r in roles else "—" for r in ROLES) + " |"
        for name, (roles, what) in MATRIX.items()
    ]
    return "\n".join([head, rule, *rows])

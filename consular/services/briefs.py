"""Status briefs: the PDF a supervisor hands to senior officials, and the record of each one.

:func:`brief_data` gathers what a brief says as plain data (``consular.reports.brief_data``),
already filtered for its audience; :func:`issue_brief` renders it to PDF and records who
issued which brief, for which period, with which content hash and PDF hash, the file and
its record going together (:mod:`consular.services.outputs`); ``replaces`` generates a brief
again over the same period. :func:`list_briefs` answers "what was sent";
:func:`verify_brief_file` answers "was this exact file issued here?".

Visibility rule: the content of a restricted contact or milestone appears only when the
caller asks for restricted entries (case team only), and never in a redacted brief. Otherwise
each restricted contact and milestone of the period is listed as a placeholder: its date and
"Restricted", nothing of what it says, who took part or (for a milestone) its kind; the case
team gets the same placeholders when it did not ask. Everything derived from them follows
the same rule (a restricted proof of life does not set "last proof of life"; a restricted
meeting does not set "last contact with the military"), so a brief never hints at what it
leaves out beyond saying how many restricted entries were withheld. But it never says a
fact is absent when it is only withheld: a restricted proof of life (or a later restricted
contact) is printed as "On record (restricted)", not as "None recorded" or an older date.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from consular import i18n, paths, reports
from consular.db.models import BriefRecord
from consular.domain.clock import wall_now
from consular.domain.enums import (
    HostageStatus,
    Priority,
)
from consular.domain.errors import UserError, ValidationError
from consular.domain.timeutil import (
    as_utc,
    require_aware,
    whole_days,
)
from consular.reports import output_file
from consular.reports.brief_data import (
    BriefData,
    BriefFamilyLiaison,
    BriefSummary,
    BriefTask,
    LastContact,
    short_hash,
)
from consular.reports.brief_data import (
    withheld as withheld_text,
)
from consular.repositories import briefs as brief_repo
from consular.repositories import records
from consular.services import family_brief, need_to_know, outputs, repatriation
from consular.services.brief_gather import (
    AUTHORITY_CATEGORIES,
    DEFAULT_PERIOD,
    FREED,
    MAX_LINES_PER_CATEGORY,
    _as_is,
    _contact_groups,
    _demands,
    _development,
    _hostages,
    _later_withheld,
    _linked_cases,
    _period,
    _redactor,
    _replaced,
    _stamp,
    _withheld_development,
)
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.convert import liaison_view
from consular.services.detention_brief import detention_section
from consular.services.outputs import Failure, deliver
from consular.services.permissions import action
from consular.services.views import JsonMixin

PAGE_SIZES = ("A4", "Letter")


@dataclass(frozen=True)
class BriefResult:
    """What :func:`issue_brief` wrote."""

    path: Path
    page_count: int
    sha256: str
    record_id: int
    period_start: datetime
    period_end: datetime
    redacted: bool
    include_restricted: bool
    draft: bool
    page_size: str
    #: SHA-256 of the PDF file's bytes (``sha256`` is of the content, printed in the footer).
    pdf_sha256: str = ""
    replaces_id: int | None = None
    #: The audit chain head printed in every page's footer (``seq:hash``), an anchor.
    chain_head: str = ""

    @property
    def short_hash(self) -> str:
        return short_hash(self.sha256)


@dataclass(frozen=True)
class BriefRecordView(JsonMixin):
    """One brief issued: who, when, which period, which content hash."""

    id: int
    reference: str
    issued_at: datetime
    issued_by: str
    period_start: datetime
    period_end: datetime
    sha256: str
    redacted: bool
    include_restricted: bool
    draft: bool
    page_count: int
    file_name: str | None
    pdf_sha256: str | None = None
    replaces_id: int | None = None
    #: Why the file never reached its folder, when it did not (the brief was recorded first).
    delivery_error: str | None = None
    case_title: str | None = None

    @property
    def short_hash(self) -> str:
        return short_hash(self.sha256)


@dataclass(frozen=True)
class BriefVerification(JsonMixin):
    """The answer to "was this exact file issued from this database?" (:func:`verify_brief_file`).

    ``issued`` is True only when the SHA-256 of the file's bytes is that of a brief recorded
    here; ``record`` then says when, by whom, for which case and period. One changed byte
    gives another hash: ``issued`` False, ``record`` None. ``message`` is one line for a face.
    """

    path: str
    pdf_sha256: str
    issued: bool
    record: BriefRecordView | None
    message: str


# --- options --------------------------------------------------------------------------------


def _check_options(redact: bool, include_restricted: bool) -> None:
    if redact and include_restricted:
        raise ValidationError(
            "include_restricted",
            i18n.translate(
                "services.briefs",
                "A redacted brief never includes restricted entries: redaction is for copies that are "
                "handed on, and restricted entries must not leave the case team. Choose one of the two.",
            ),
        )


def _page_size(value: str) -> str:
    for name in PAGE_SIZES:
        if (value or "").strip().lower() == name.lower():
            return name
    raise ValidationError(
        "page_size",
        i18n.translate("services.briefs", "'{value}' is not a page size; use A4 or Letter.").format(value=value),
    )


def _language(value: str | None) -> str:
    """The language a brief is issued in: ``en``, ``fr`` or ``hi`` (a locale such as ``hi_IN``
    will do); None: the language in force."""
    if value is None or not str(value).strip():
        return i18n.language()
    found = i18n.normalise(str(value))
    if found is None:
        raise ValidationError(
            "language",
            i18n.translate(
                "services.briefs", "'{value}' is not a language a brief can be issued in; use {choices}."
            ).format(value=value, choices=", ".join(i18n.LANGUAGES)),
        )
    return found


@action("briefs.brief_data")
def brief_data(
    ctx: ServiceContext,
    reference: str,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    redact: bool = False,
    include_restricted: bool = False,
    as_of: datetime | None = None,
    draft: bool = False,
    replaces: int | None = None,
    mask_names: bool = False,
) -> BriefData:
    """What a status brief of case ``reference`` says, as plain data.

    ``replaces`` (a brief record id of this case, see :func:`list_briefs`): generate that
    brief again, e.g. with other options: the period is the replaced brief's, exactly,
    whatever the time now; ``since``/``until`` may not be given with it.

    The period runs from ``since`` (a date is midnight in the case's zone; default: the end
    of the previous non-draft brief of this case, else seven days back) to ``until``
    (default: ``as_of``). ``as_of`` (default: now) is the moment the brief describes; it
    exists so tests and re-issues are reproducible.

    Raises NotFoundError for an unknown case and ValidationError for a period that starts
    in the future or does not start before it ends, for bad dates, for ``redact``
    together with ``include_restricted``, and for ``mask_names`` (mask the names of the
    case's people and next of kin, native script included) without ``redact``;
    PermissionDeniedError for ``include_restricted`` asked by someone outside the case's
    team (need-to-know).
    """
    _check_options(redact, include_restricted)
    if mask_names and not redact:
        raise ValidationError(
            "mask_names",
            i18n.translate("services.briefs", "Names are masked in redacted briefs only: ask for redaction too."),
        )
    now = require_aware(as_of, "as_of") if as_of is not None else ctx.now()
    show_restricted = include_restricted and not redact

    def visible(item) -> bool:
        return show_restricted or not item.restricted

    with ctx.transaction() as session:
        case = load_case(session, reference)
        if show_restricted:
            need_to_know.require_for(ctx, session, case.id, case.reference)
        if replaces is not None:
            if since is not None or until is not None:
                raise ValidationError(
                    "since",
                    i18n.translate(
                        "services.briefs", "A brief generated again keeps the period of the brief it replaces."
                    ),
                )
            old = _replaced(session, case, replaces)
            start, end = as_utc(old.period_start), as_utc(old.period_end)
            if end > now:
                raise ValidationError(
                    "as_of",
                    i18n.translate(
                        "services.briefs", "The brief to replace covers a period after the time of this brief."
                    ),
                )
            basis = reports.words.tr("Same period as brief #{id} (issued {when}), generated again").format(
                id=old.id, when=_stamp(old.issued_at)
            )
        else:
            start, end, basis = _period(session, case, since, until, now)
        participants = records.participants(session, case.id)
        liaisons = records.liaisons(session, case.id)
        clean = _redactor(session, case, participants, liaisons, redact, mask_names=mask_names)
        names = clean if mask_names else _as_is
        milestones = [m for m in records.milestones(session, case.id) if as_utc(m.occurred_at) <= now]

        hostage_rows = _hostages(
            session,
            case,
            participants,
            milestones,
            now,
            visible,
            ctx.settings.proof_of_life_alert_days,
            names=names,
            clean=clean,
            welfare_days=ctx.settings.welfare_alert_days,
        )
        hostages = [h for h, _status in hostage_rows]
        statuses = [status for _h, status in hostage_rows]
        every_in_period = [m for m in milestones if start <= as_utc(m.occurred_at) < end]
        in_period = [m for m in every_in_period if visible(m)]
        # A restricted development not shown is still listed: its date and "Restricted".
        developments = [
            _development(m, clean, names) if visible(m) else _withheld_development(m) for m in reversed(every_in_period)
        ]
        every_before = [m for m in milestones if as_utc(m.occurred_at) < start]
        before = [m for m in every_before if visible(m)]
        latest_before = _development(before[-1], clean, names) if before and not developments else None
        later_before_withheld = not developments and _later_withheld(every_before, before)

        total, restricted_total = brief_repo.contact_totals(session, case.id, start, end)
        withheld_contacts = (
            []
            if show_restricted
            else [as_utc(at) for at in brief_repo.restricted_contact_times(session, case.id, start, end)]
        )
        groups = _contact_groups(session, case, start, end, show_restricted, clean)

        authority = brief_repo.last_contact_by_category(
            session, case.id, list(AUTHORITY_CATEGORIES), until=end, include_restricted=show_restricted
        )
        kin_ids = [liaison.counterpart_id for liaison in liaisons]
        family_last = brief_repo.last_contact_with(
            session, case.id, kin_ids, until=end, include_restricted=show_restricted
        )
        # The same facts with restricted contacts counted: where they are later, the brief
        # says the later one is on record (restricted) rather than "none" or an older date.
        if show_restricted:
            authority_any, family_any = authority, family_last
        else:
            authority_any = brief_repo.last_contact_by_category(
                session, case.id, list(AUTHORITY_CATEGORIES), until=end, include_restricted=True
            )
            family_any = brief_repo.last_contact_with(session, case.id, kin_ids, until=end, include_restricted=True)
        family = []
        family_contacts = []
        for liaison in liaisons:
            shown_at = as_utc(family_last.get(liaison.counterpart_id))
            # Whether contact is due or overdue follows from every contact, restricted ones
            # included: a restricted call to the family is still a call.
            view = liaison_view(liaison, as_utc(family_any.get(liaison.counterpart_id)))
            withheld = view.last_contact_at is not None and view.last_contact_at != shown_at
            family.append(
                BriefFamilyLiaison(
                    name=clean(view.kin.full_name),
                    name_native=names(view.kin.name_native),
                    relationship=clean(view.relationship),
                    hostage_name=names(view.hostage_name),
                    plan=clean(view.plan_text()),
                    last_contact_at=shown_at,
                    next_due_at=view.next_contact_due,
                    overdue=view.is_overdue(now=now),
                    last_contact_withheld=withheld,
                )
            )
            family_contacts.append(
                LastContact(
                    label=reports.words.tr("{name} ({relationship} of {hostage})").format(
                        name=view.kin.full_name, relationship=view.relationship, hostage=view.hostage_name
                    ),
                    at=shown_at,
                    withheld=withheld,
                )
            )

        family = family_brief.with_officer_and_update(session, liaisons, family, end, show_restricted, clean)

        tasks: list[tuple[Priority, BriefTask]] = []
        open_tasks = records.tasks(session, case.id, open_only=True)
        # A task raised by a restricted contact is restricted like it (as on the timeline):
        # listed, so the count and the due date stay true, with its text withheld.
        from_restricted = brief_repo.restricted_contact_ids(session, [t.contact_id for t in open_tasks if t.contact_id])
        for task in open_tasks:
            due = as_utc(task.due_at)
            hidden = not show_restricted and task.contact_id in from_restricted
            brief_task = BriefTask(
                title=withheld_text() if hidden else clean(task.title),
                owner=task.assignee.display_name if task.assignee else None,
                due_at=due,
                priority=task.priority.label,
                status=task.status.label,
                overdue=due is not None and due < now,
            )
            tasks.append((task.priority, brief_task))
        # By the priority itself, not its label: a label is in the brief's language.
        rank = {p: i for i, p in enumerate([Priority.CRITICAL, Priority.HIGH, Priority.NORMAL, Priority.LOW])}
        tasks.sort(key=lambda pt: (not pt[1].overdue, pt[1].due_at is None, pt[1].due_at or now, rank.get(pt[0], 9)))

        attribution = case.attribution_level.label
        if case.attribution_group:
            attribution += f": {case.attribution_group}"
        summary = BriefSummary(
            kind=case.kind.label,
            status=case.status.label,
            priority=case.priority.label,
            incident_at=as_utc(case.incident_at),
            place=clean(", ".join(x for x in (case.incident_site, case.incident_town, case.incident_region) if x)),
            country=case.incident_country,
            days_since_incident=whole_days(case.incident_at, now),
            attribution=clean(attribution),
            hostages_total=len(statuses),
            hostages_held=sum(1 for s in statuses if s == HostageStatus.HELD),
            hostages_missing=sum(1 for s in statuses if s == HostageStatus.UNACCOUNTED),
            hostages_released=sum(1 for s in statuses if s in FREED),
            hostages_other=sum(1 for s in statuses if s is None or (not s.in_captivity and s not in FREED)),
            last_contact_authorities=[
                LastContact(
                    label=c.label,
                    at=as_utc(authority[c][0]) if c in authority else None,
                    counterpart=clean(authority[c][1]) if c in authority else None,
                    withheld=c in authority_any and (c not in authority or authority_any[c][0] != authority[c][0]),
                )
                for c in AUTHORITY_CATEGORIES
            ],
            last_contact_families=[LastContact(clean(f.label), f.at, withheld=f.withheld) for f in family_contacts],
        )

        notices = []
        if redact:
            notices.append(
                reports.words.tr(
                    "REDACTED COPY. Passport numbers, other identity document numbers, phone "
                    "numbers, e-mail addresses, addresses and dates of birth are masked, and "
                    "restricted entries are left out. It may be handed on within government."
                )
            )
            if mask_names:
                notices.append(reports.words.tr("Names of the case's people and their families are masked too."))
        elif show_restricted:
            notices.append(
                reports.words.tr(
                    "This brief INCLUDES RESTRICTED ENTRIES (marked RESTRICTED). Do not pass it "
                    "to families, employers or anyone outside the case team."
                )
            )
        elif restricted_total:
            notices.append(
                reports.words.tr(
                    "%Ln restricted contact entries are not included "
                    "(issue with 'include restricted' for the case team only).",
                    "",
                    restricted_total,
                )
            )
        if draft:
            notices.append(reports.words.tr("DRAFT: not for issue."))
        listed_demands, demands_on_record = _demands(session, case, start, now, show_restricted, clean)
        detained = detention_section(
            session,
            case,
            now,
            shown=show_restricted,
            redact=bool(redact),
            clean=clean,
            visit_days=ctx.settings.visit_answer_days,
            note_days=ctx.settings.note_answer_days,
        )
        linked = _linked_cases(ctx, session, case, now, bool(redact), clean)

        return BriefData(
            reference=case.reference,
            title=clean(case.title),
            classification=case.classification.label,
            post=case.post.name,
            timezone=case.timezone,
            as_of=now,
            prepared_by=ctx.actor.display_name,
            period_start=start,
            period_end=end,
            period_basis=basis,
            redacted=bool(redact),
            names_masked=bool(mask_names),
            include_restricted=bool(show_restricted),
            draft=bool(draft),
            summary=summary,
            hostages=hostages,
            developments=developments,
            latest_development_before=latest_before,
            contacts_total=total if show_restricted else total - restricted_total,
            contact_groups=groups,
            restricted_withheld=0 if show_restricted else restricted_total,
            withheld_contacts=withheld_contacts,
            developments_withheld=len(every_in_period) - len(in_period),
            latest_before_withheld=later_before_withheld,
            family=family,
            tasks=[task for _priority, task in tasks],
            notices=notices,
            demands=listed_demands,
            demands_on_record=demands_on_record,
            detention=detained,
            linked_cases=linked,
            repatriation=repatriation.brief_checklists(session, case, now, clean, names),
        )


# --- issuing --------------------------------------------------------------------------------


def default_brief_path(reference: str, at: datetime | None = None) -> Path:
    """Where the app keeps a brief it generates: the user's data folder, beside the database
    (a brief names people and must be as protected as the database)."""
    stamp = as_utc(at or wall_now()).strftime("%Y%m%d-%H%M%S")
    folder = paths.data_dir() / "briefs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{reference.strip().upper()}-brief-{stamp}.pdf"


@action("briefs.issue_brief")
def issue_brief(
    ctx: ServiceContext,
    reference: str,
    path: str | os.PathLike,
    *,
    since: datetime | date | str | None = None,
    until: datetime | date | str | None = None,
    redact: bool = False,
    include_restricted: bool = False,
    draft: bool = False,
    page_size: str = "A4",
    as_of: datetime | None = None,
    replaces: int | None = None,
    mask_names: bool = False,
    language: str | None = None,
) -> BriefResult:
    """Render the brief of ``reference`` to the PDF file ``path`` and record it.

    ``language`` (``en``, ``fr`` or ``hi``; default: the language in force): the language the
    brief is written in, whatever the language of the session that issues it. Everything the
    brief says is gathered and drawn in it (fixed text, labels, dates); data stays as typed.
    The audit entry records it.

    ``replaces``: the id of a brief of this case to generate again ("Generate again" after
    changing options): the new brief covers exactly the same period, and its record points
    to the one it replaces. Without it the period runs from the end of the previous brief
    (see :func:`brief_data`); a period of less than a minute since the previous brief is
    refused rather than issued empty.

    The brief and its record go together (:func:`consular.services.outputs.deliver`): the
    PDF is written to a private temporary file beside ``path``, the record of the brief and
    its audit entry ``brief.issue`` (with the content hash and the SHA-256 of the PDF bytes)
    are committed, and only then is the file renamed over ``path``. If anything fails,
    nothing is left at ``path`` and the failure is recorded (``brief.issue.failed``; a record
    already committed gets its ``delivery_error``). The record's ``sha256`` is
    :func:`consular.reports.brief_data.content_hash`, whose first 12 characters are printed
    in every page's footer; ``pdf_sha256`` identifies the exact file (:func:`verify_brief_file`).

    Every page's footer also carries the audit chain head (``seq:hash``) read just before
    rendering, after the brief's content was read: the head before the brief's own
    ``brief.issue`` entry (entries others commit in the moment between may come between the
    two). It is in the audit entry (``chain_head``) and the result; ``consular audit verify
    --anchor SEQ:HASH`` checks that a printed head is still on the chain.

    Any signed-in user may issue a brief, a read-only viewer included: issuing changes no
    case record, and the record of it says who printed what.

    Raises what :func:`brief_data` raises, NotFoundError for an unknown ``replaces``,
    ValidationError for a bad path or page size, DiskFullError when the disk is full and
    DatabaseLockedError when the brief cannot be recorded.
    """
    from consular.reports.brief_pdf import render_brief

    size = _page_size(page_size)
    lang = _language(language)
    options = dict(
        since=since,
        until=until,
        redact=redact,
        include_restricted=include_restricted,
        as_of=as_of,
        draft=draft,
        replaces=replaces,
        mask_names=mask_names,
    )
    try:
        with i18n.using_language(lang):
            data = brief_data(ctx, reference, **options)
    except UserError:
        if lang == i18n.language():
            raise
        # A refusal speaks the language of whoever asked, not the brief's: ask again in it
        # (brief_data only reads; its refusals come before anything is gathered).
        brief_data(ctx, reference, **options)
        raise
    with ctx.transaction() as session:
        case_id = load_case(session, reference).id
        # Read after the brief's content, before its own audit entry (chained at its commit).
        anchor = outputs.read_anchor(session)
    chain_head = outputs.anchor_text(anchor)
    with i18n.using_language(lang):
        rendered = render_brief(data, page_size=size, chain_head=chain_head)
    digest = data.content_hash()

    def write(temp: Path) -> None:
        output_file.write_bytes(temp, rendered.pdf)

    def authorise(session, pdf_sha256: str, _size: int) -> int:
        target = output_file.check_target(path, "path")
        record = BriefRecord(
            case_id=case_id,
            issued_at=ctx.clock.stamp(),
            issued_by_id=ctx.actor.user_id,
            period_start=data.period_start,
            period_end=data.period_end,
            sha256=digest,
            pdf_sha256=pdf_sha256,
            replaces_id=replaces,
            redacted=data.redacted,
            include_restricted=data.include_restricted,
            draft=data.draft,
            page_count=rendered.page_count,
            file_name=str(target)[:500],
        )
        session.add(record)
        session.flush()
        ctx.audit(
            session,
            "brief.issue",
            "brief",
            record.id,
            case_id=case_id,
            after={
                "file": str(target),
                "sha256": digest,
                "pdf_sha256": pdf_sha256,
                "pages": rendered.page_count,
                "period_start": data.period_start,
                "period_end": data.period_end,
                "redacted": data.redacted,
                "names_masked": data.names_masked,
                "include_restricted": data.include_restricted,
                "draft": data.draft,
                "page_size": size,
                "replaces": replaces,
                "chain_head": chain_head,
                "language": lang,
            },
        )
        return record.id

    def undelivered(session, failure: Failure, record_id: int | None) -> None:
        record = session.get(BriefRecord, record_id) if record_id is not None else None
        if record is not None:
            record.delivery_error = failure.reason[:500]

    delivered = deliver(
        ctx,
        path,
        write,
        authorise,
        action="brief.issue",
        entity="case",
        entity_id=case_id,
        case_id=case_id,
        on_failure=undelivered,
        field="path",
        anchor=anchor,
    )
    return BriefResult(
        path=delivered.path,
        page_count=rendered.page_count,
        sha256=digest,
        record_id=delivered.value,
        period_start=data.period_start,
        period_end=data.period_end,
        redacted=data.redacted,
        include_restricted=data.include_restricted,
        draft=data.draft,
        page_size=size,
        pdf_sha256=delivered.sha256,
        replaces_id=replaces,
        chain_head=chain_head,
    )


def _record_view(r: BriefRecord, reference: str, title: str | None = None) -> BriefRecordView:
    return BriefRecordView(
        id=r.id,
        reference=reference,
        issued_at=as_utc(r.issued_at),
        issued_by=r.issued_by.display_name if r.issued_by else "?",
        period_start=as_utc(r.period_start),
        period_end=as_utc(r.period_end),
        sha256=r.sha256,
        redacted=r.redacted,
        include_restricted=r.include_restricted,
        draft=r.draft,
        page_count=r.page_count,
        file_name=r.file_name,
        pdf_sha256=r.pdf_sha256,
        replaces_id=r.replaces_id,
        delivery_error=r.delivery_error,
        case_title=title,
    )


@action("briefs.verify_brief_file")
def verify_brief_file(ctx: ServiceContext, path: str | os.PathLike) -> BriefVerification:
    """Whether the file at ``path`` is, byte for byte, a brief issued from this database.

    Hashes the file (SHA-256) and looks for a brief record with that PDF hash. Found: the
    answer names the case, the period, when and by whom it was issued. Not found (any byte
    changed, a brief from another database, or one issued before PDF hashes were kept):
    ``issued`` is False. Reading records of briefs is open to any signed-in user, as
    :func:`list_briefs` is; nothing is written.

    Raises ValidationError when ``path`` is not a readable file.
    """
    target = Path(path).expanduser()
    if not target.is_file():
        raise ValidationError("path", i18n.translate("services.briefs", "'{path}' is not a file.").format(path=target))
    try:
        pdf_sha256 = output_file.sha256_file(target)
    except OSError as exc:
        raise ValidationError(
            "path",
            i18n.translate("services.briefs", "Cannot read '{path}': {reason}.").format(
                path=target, reason=exc.strerror or exc
            ),
        ) from None
    with ctx.transaction() as session:
        found = brief_repo.brief_by_pdf_hash(session, pdf_sha256)
        if found is None:
            return BriefVerification(
                str(target),
                pdf_sha256,
                False,
                None,
                i18n.translate(
                    "services.briefs",
                    "NOT ISSUED HERE: no brief issued from this database has the SHA-256 of {file} "
                    "({hash}…). It may have been changed, come from elsewhere, or have been issued "
                    "before file hashes were recorded.",
                ).format(file=target.name, hash=pdf_sha256[:12]),
            )
        record, reference, title = found
        view = _record_view(record, reference, title)
    if view.draft:
        message = i18n.translate(
            "services.briefs",
            "ISSUED HERE: {file} is draft brief #{id} of {reference}, covering {start} to {end}, "
            "issued {issued} by {name}.",
        )
    else:
        message = i18n.translate(
            "services.briefs",
            "ISSUED HERE: {file} is brief #{id} of {reference}, covering {start} to {end}, issued {issued} by {name}.",
        )
    message = message.format(
        file=target.name,
        id=view.id,
        reference=view.reference,
        start=_stamp(view.period_start),
        end=_stamp(view.period_end),
        issued=_stamp(view.issued_at),
        name=view.issued_by,
    )
    if view.delivery_error:
        message += " " + i18n.translate("services.briefs", "(Its file was recorded as not delivered: {reason})").format(
            reason=view.delivery_error
        )
    return BriefVerification(str(target), pdf_sha256, True, view, message)


@action("briefs.list_briefs")
def list_briefs(ctx: ServiceContext, reference: str, *, limit: int | None = None) -> list[BriefRecordView]:
    """Briefs issued for a case, newest first (drafts included, marked as such)."""
    with ctx.transaction() as session:
        case = load_case(session, reference)
        return [_record_view(r, case.reference) for r in brief_repo.brief_records(session, case.id, limit=limit)]


__all__ = [
    "DEFAULT_PERIOD",
    "MAX_LINES_PER_CATEGORY",
    "BriefRecordView",
    "BriefResult",
    "BriefVerification",
    "brief_data",
    "default_brief_path",
    "issue_brief",
    "list_briefs",
    "verify_brief_file",
]

"""Importing cases, people and contacts from a CSV or XLSX file (``consular import``, the
import wizard), and undoing an import.

Every row is checked by the validators the services use for typed input, and matched against
the database and the file's earlier rows, in a read transaction that holds up no other user
(:mod:`.plan`): a dry run is that pass alone, and reports per row what would be created,
matched (on what) or refused (which field, why). The real run makes the same pass, then
writes the whole file or nothing in one short writing transaction, through the services'
``*_in_session`` variants (:mod:`.rows`): one audited action (``import.run``) plus what the
services audit, recorded as a batch that can be undone as one action (``import.undo``).

The modules: :mod:`.reading` (the file), :mod:`.parsing` (dates, phones), :mod:`.mapping`
(columns → fields, kept as TOML), :mod:`.plan` (the validation pass), :mod:`.rows` (the
cells read, the rows written through the services), :mod:`.undo` (what undoing a batch
removes or voids).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from consular.db.chunks import chunks
from consular.db.models import Case
from consular.db.tool_models import ImportBatch, ImportBatchRecord
from consular.domain import validation as v
from consular.domain.enums import Classification
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, UserError
from consular.i18n import translate
from consular.reports import import_csv
from consular.services import audit_chain, outputs
from consular.services.context import ServiceContext
from consular.services.importing import export as shape
from consular.services.importing import undo as undo_rows
from consular.services.importing.mapping import Mapping, check_kind, field_names
from consular.services.importing.plan import Planned, plan_rows
from consular.services.importing.reading import Table, read_table
from consular.services.importing.rows import CREATED, MATCHED, REFUSED, WRITE, RowOutcome, Written
from consular.services.permissions import action

#: ``progress(rows done, rows in all, what is being done)``: called as the rows are checked, then
#: again as they are written (from the worker thread in the GUI).
Progress = Callable[[int, int, str], None]


@dataclass
class ImportReport:
    """What an import did, or (dry run) would do, row by row."""

    kind: str
    file_name: str
    described: str
    dry_run: bool
    outcomes: list[RowOutcome]
    notes: list[str] = field(default_factory=list)
    batch_id: int | None = None

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def refused(self) -> list[RowOutcome]:
        return [o for o in self.outcomes if o.status == REFUSED]

    def summary(self) -> str:
        text = (
            translate(
                "services.importing",
                "{file}: {rows} rows; {created} would be created, {matched} matched existing records, "
                "{refused} refused.",
            )
            if self.dry_run
            else translate(
                "services.importing",
                "{file}: {rows} rows; {created} were created, {matched} matched existing records, {refused} refused.",
            )
        )
        return text.format(
            file=self.file_name,
            rows=len(self.outcomes),
            created=self.count(CREATED),
            matched=self.count(MATCHED),
            refused=self.count(REFUSED),
        )


class ImportRefused(UserError):
    """The real run found rows it cannot import: nothing was written. ``report`` says which."""

    def __init__(self, report: ImportReport):
        first = report.refused[:3]
        lines = [
            (
                translate("services.importing", "row {number}: {field}: {detail}")
                if o.field
                else translate("services.importing", "row {number}: {detail}")
            ).format(number=o.row_number, field=o.field, detail=o.detail.rstrip("."))
            for o in first
        ]
        extra = len(report.refused) - 3
        more = translate("services.importing", " (and %n more)", "", extra) if extra > 0 else ""
        super().__init__(
            translate(
                "services.importing",
                "Nothing was imported: {refused} of {total} rows of {file} are refused{more}. {lines}. Correct "
                "the file (or the mapping) and import it again; a dry run lists every row.",
            ).format(
                refused=len(report.refused),
                total=len(report.outcomes),
                file=report.file_name,
                more=more,
                lines="; ".join(lines),
            )
        )
        self.report = report


def _values(table: Table, record_row: list, mapping: Mapping) -> dict:
    by_header = dict(zip(table.headers, record_row, strict=False))
    return {name: by_header.get(header) for header, name in mapping.columns.items()}


def _prepare(path: str | Path, mapping: Mapping) -> Table:
    table = read_table(path)
    mapping.check(table.headers)
    return table


def _check(ctx, table: Table, mapping: Mapping, name: str, progress: Progress | None):
    """The validation pass in a read transaction: (the audit chain head it saw, the rows'
    values, the rows planned)."""
    rows = [_values(table, row, mapping) for row in table.rows]
    with ctx.transaction() as session:
        head = audit_chain.head_in(session)  # read first: any change committed after it moves it
        planned = plan_rows(ctx, session, mapping.kind, rows, table.row_numbers, mapping, name, progress)
    return head, rows, planned


@action("importing.dry_run")
def dry_run(
    ctx: ServiceContext, path: str | Path, mapping: Mapping, *, progress: Progress | None = None
) -> ImportReport:
    """What importing ``path`` with ``mapping`` would do, row by row, without writing anything:
    every row is checked by the validators the services use and matched against the
    database and the file's earlier rows, in a read transaction (other users' saves are not
    held up).

    Raises FileProblem (the file cannot be read), ValidationError (field "mapping": the
    mapping does not fit the file) and PermissionDeniedError (read-only users)."""
    ctx.check_may_write()
    table = _prepare(path, mapping)
    name = Path(path).name
    _head, _rows, planned = _check(ctx, table, mapping, name, progress)
    return ImportReport(mapping.kind, name, table.described, True, [p.outcome for p in planned], list(table.notes))


@action("importing.run_import")
def run_import(
    ctx: ServiceContext, path: str | Path, mapping: Mapping, *, progress: Progress | None = None
) -> ImportReport:
    """Import ``path``: every row or none. Rows matching an existing record are left as they
    are; the others are created through the services. Audited as one ``import.run`` entry
    (with what the services audit) and recorded as a batch that :func:`undo_import` undoes.

    The rows are checked first without the write lock (as :func:`dry_run`); then one writing
    transaction writes them, checking them again first if anything was saved in between (a
    record created meanwhile is matched, not duplicated).

    Raises ImportRefused (with the report) when any row is refused: nothing is written.
    Otherwise as :func:`dry_run`."""
    ctx.check_may_write()
    table = _prepare(path, mapping)
    source = Path(path)
    name = source.name
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    head, rows, planned = _check(ctx, table, mapping, name, progress)
    report = ImportReport(mapping.kind, name, table.described, False, [p.outcome for p in planned], list(table.notes))
    if report.refused:
        raise ImportRefused(report)
    with ctx.writing() as session:
        if audit_chain.head_in(session) != head:  # saved in between: check again, inside the lock
            planned = plan_rows(ctx, session, mapping.kind, rows, table.row_numbers, mapping, name)
            report.outcomes = [p.outcome for p in planned]
            if report.refused:
                raise ImportRefused(report)
        report.outcomes = _write(ctx, session, mapping.kind, planned, report, progress)
        batch = ImportBatch(
            kind=mapping.kind,
            file_name=name[:300],
            file_sha256=digest,
            rows=len(report.outcomes),
            created=report.count(CREATED),
            matched=report.count(MATCHED),
            imported_at=ctx.now(),
            imported_by_id=ctx.actor.user_id,
        )
        batch.records = [
            ImportBatchRecord(entity=entity, entity_id=entity_id, row_number=o.row_number)
            for o in report.outcomes
            for entity, entity_id in o.made
        ]
        session.add(batch)
        session.flush()
        ctx.audit(
            session,
            "import.run",
            "import_batch",
            batch.id,
            after={
                "kind": batch.kind,
                "file": batch.file_name,
                "sha256": digest,
                "rows": batch.rows,
                "created": batch.created,
                "matched": batch.matched,
                "records": [[r.entity, r.entity_id] for r in batch.records],
            },
        )
        report.batch_id = batch.id
    return report


def _write(ctx, session, kind: str, planned: list[Planned], report: ImportReport, progress) -> list[RowOutcome]:
    """Write the planned rows through the services, in ``session``. A row the services refuse
    now (it became invalid since the pass) refuses the whole file: ImportRefused."""
    write, written = WRITE[kind], Written()
    ids = sorted({p.args["case_id"] for p in planned if "case_id" in p.args})
    held = []  # the cases the rows name, read in a few statements and kept for the whole write
    for chunk in chunks(ids):
        held += session.scalars(select(Case).where(Case.id.in_(chunk))).all()
    outcomes: list[RowOutcome] = []
    total = len(planned)
    for index, item in enumerate(planned, start=1):
        if item.action is None:
            outcomes.append(item.outcome)
        else:
            try:
                outcomes.append(write(ctx, session, item, written))
            except UserError as exc:
                refused = RowOutcome(
                    item.outcome.row_number, REFUSED, item.outcome.record, str(exc), getattr(exc, "field", None)
                )
                report.outcomes = [*outcomes, refused, *(p.outcome for p in planned[index:])]
                raise ImportRefused(report) from None
        if progress is not None and (index % 25 == 0 or index == total):
            progress(
                index,
                total,
                translate("services.importing", "Writing row {done} of {total}…").format(done=index, total=total),
            )
    del held
    return outcomes


@dataclass(frozen=True)
class BatchView:
    id: int
    kind: str
    file_name: str
    rows: int
    created: int
    matched: int
    imported_at: datetime
    imported_by: str
    undone_at: datetime | None
    undone_by: str | None
    undo_reason: str | None


def _view(batch: ImportBatch) -> BatchView:
    return BatchView(
        batch.id,
        batch.kind,
        batch.file_name,
        batch.rows,
        batch.created,
        batch.matched,
        batch.imported_at,
        batch.imported_by.display_name,
        batch.undone_at,
        batch.undone_by.display_name if batch.undone_by else None,
        batch.undo_reason,
    )


@action("importing.list_batches")
def list_batches(ctx: ServiceContext, *, limit: int = 50) -> list[BatchView]:
    """The latest imports, newest first."""
    with ctx.transaction() as session:
        rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()).limit(max(1, limit)))
        return [_view(b) for b in rows]


@action("importing.undo_import")
def undo_import(ctx: ServiceContext, batch_id: int, *, reason: str) -> undo_rows.UndoResult:
    """Undo import ``batch_id`` as one audited action (``import.undo``): the contacts it logged
    are voided (through the voiding service; they stay in the history, struck through); the
    people it added leave their cases; the cases it opened are removed as a purge removes a
    case. Counterparts it created stay when voided contacts name them.

    Only the person who imported it or a supervisor may. Raises NotFoundError (no such batch),
    ConflictError (already undone, or a later entry depends on its records: the message names
    it), PermissionDeniedError, ValidationError (no reason)."""

    why = v.clean_text(reason, "reason", required=True, max_length=2000, multiline=True, label="reason")
    with ctx.writing() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(
                translate(
                    "services.importing", "There is no import #{batch_id}; `consular import list` shows them."
                ).format(batch_id=batch_id)
            )
        if batch.undone_at is not None:
            raise ConflictError(
                translate(
                    "services.importing",
                    "Import #{batch_id} was already undone on {undone_at:%Y-%m-%d %H:%M} UTC by {value}.",
                ).format(
                    batch_id=batch_id,
                    undone_at=batch.undone_at,
                    value=batch.undone_by.display_name if batch.undone_by else "someone",
                )
            )
        if not (ctx.actor.is_supervisor or batch.imported_by_id == ctx.actor.user_id):
            raise PermissionDeniedError(
                translate(
                    "services.importing",
                    "Only {display_name} (who imported it) or a supervisor can undo import #{batch_id}.",
                ).format(display_name=batch.imported_by.display_name, batch_id=batch_id)
            )
        result = undo_rows.undo_batch(ctx, session, batch, why)
        batch.undone_at, batch.undone_by_id, batch.undo_reason = ctx.now(), ctx.actor.user_id, why
        session.flush()
        ctx.audit(
            session,
            "import.undo",
            "import_batch",
            batch.id,
            before={"undone": False},
            after={"undone": True, "reason": why, **result.counts()},
        )
        return result


@dataclass(frozen=True)
class ExportResult:
    kind: str
    path: Path
    rows: int
    #: Rows not written, and why ("3 restricted contacts outside your cases' teams").
    left_out: str | None


@action("importing.export_rows")
def export_rows(ctx: ServiceContext, kind: str, target: str | Path) -> ExportResult:
    """Write every case, person in a case (but next of kin) or contact as CSV in the import's
    own columns (``consular export cases|people|contacts --format csv``), so the file imports
    back as the same records. Restricted contacts are left out for those outside the case's
    team. The file is private, marked with the highest classification it holds and the audit
    chain head it was read at, and audited (``import.export``) before it is put in place.
    Raises ValidationError (bad kind or target) and the output errors of :func:`outputs.deliver`."""

    check_kind(kind)
    with ctx.transaction() as session:
        head = outputs.read_anchor(session)
        left_out = None
        if kind == "cases":
            rows = shape.case_rows(ctx, session)
        elif kind == "people":
            rows, kin = shape.people_rows(ctx, session)
            left_out = f"{kin} next of kin (they come with their contact plans)" if kin else None
        else:
            rows, withheld = shape.contact_rows(ctx, session)
            left_out = f"{withheld} restricted contacts outside your cases' teams" if withheld else None
        marking = _marking(session)
    headers = field_names(kind)
    line = f"{marking} - consular export of {kind}; audit chain head {outputs.anchor_text(head)}"

    def authorise(session, digest: str, size: int) -> None:
        ctx.audit(
            session,
            "import.export",
            "export",
            None,
            after={"kind": kind, "rows": len(rows), "sha256": digest, "left_out": left_out},
        )

    delivered = outputs.deliver(
        ctx,
        target,
        lambda temp: import_csv.write_rows(temp, line, headers, rows),
        authorise,
        action="import.export",
        entity="export",
        entity_id=None,
        case_id=None,
        anchor=head,
    )
    return ExportResult(kind, delivered.path, len(rows), left_out)


def _marking(session) -> str:

    order = list(Classification)
    found = set(session.scalars(select(Case.classification).distinct()))
    return max(found, key=order.index).label if found else Classification.UNCLASSIFIED.label


__all__ = [
    "BatchView",
    "ExportResult",
    "ImportRefused",
    "ImportReport",
    "Mapping",
    "dry_run",
    "export_rows",
    "list_batches",
    "run_import",
    "undo_import",
]

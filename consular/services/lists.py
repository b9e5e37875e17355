"""Export a list as it is shown: the case list or a case's contact log, with its filters and
sort, as CSV or XLSX.

The rows are those the list's own service gives the reader (:func:`consular.services.cases.iter_cases`,
:func:`consular.services.contacts.list_contacts`), so what the reader may not see on screen is
not in the file either: a restricted contact is a placeholder ("Restricted") outside the case
team, exactly as in the contact log. Each export is an audited output
(:func:`consular.services.outputs.deliver`: a private file, written whole or not at all, and
``list.export`` in the audit trail with the file's SHA-256) and carries the audit chain head.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from consular.domain.enums import Classification
from consular.domain.errors import ValidationError
from consular.domain.filters import CaseFilter, ContactFilter
from consular.domain.timeutil import in_zone
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.reports import list_export
from consular.reports.list_export import ListColumn, ListExport
from consular.repositories import cases as case_repo
from consular.services import cases, contacts, outputs
from consular.services.cases import load_case
from consular.services.context import ServiceContext
from consular.services.permissions import action

CASE_COLUMNS = (
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Reference"), width=16),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Title"), width=60),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Kind"), width=18),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Status"), width=10),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Priority"), width=9),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Post"), width=6),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Country"), width=8),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Place"), width=24),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Incident (local time)"), "date", 18),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Held"), "int", 6),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Nationals"), "int", 9),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Last contact (UTC)"), "date", 18),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Next task due (UTC)"), "date", 18),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Lead caseworker"), width=20),
)


def _shown(columns: tuple[ListColumn, ...]) -> tuple[ListColumn, ...]:
    """The columns with their titles in the current language (the tables above hold English)."""
    return tuple(replace(c, title=translate("services.lists", c.title)) for c in columns)


CONTACT_COLUMNS = (
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "When (local time)"), "date", 18),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Channel"), width=10),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Direction"), width=9),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "With"), width=30),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Subject"), width=50),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Notes"), width=60),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Outcome"), width=40),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Follow-up"), "bool", 9),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Restricted"), "bool", 10),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Recorded by"), width=20),
    ListColumn(QT_TRANSLATE_NOOP("services.lists", "Voided"), "bool", 8),
)

_ORDER = {c: i for i, c in enumerate(Classification)}


def _format(path: str | Path) -> str:
    try:
        return list_export.format_for(path)
    except ValueError:
        raise ValidationError(
            "path",
            translate(
                "services.lists", "'{name}' is neither .csv nor .xlsx; name the file with one of those endings."
            ).format(name=Path(path).name),
        ) from None


def _highest(markings) -> str:
    found = [m for m in markings if m is not None]
    return max(found, key=lambda m: _ORDER[m]).label if found else Classification.RESTRICTED.label


def _deliver(ctx: ServiceContext, path, fmt: str, export: ListExport, about: dict, case_id: int | None, head):
    counted: list[int] = []

    def write(temp: Path) -> None:
        counted.append(list_export.render(fmt, export, temp))

    def authorise(session, sha256: str, size: int) -> int:
        ctx.audit(
            session,
            "list.export",
            "case" if case_id is not None else "list",
            case_id,
            case_id=case_id,
            after=about
            | {"format": fmt, "rows": counted[0], "file": Path(path).name, "sha256": sha256, "bytes": size}
            | {"chain_head": export.chain_head},
        )
        return counted[0]

    return outputs.deliver(
        ctx,
        path,
        write,
        authorise,
        action="list.export",
        entity="case" if case_id is not None else "list",
        entity_id=case_id,
        case_id=case_id,
        anchor=head,
    ).value


@action("lists.export_case_list")
def export_case_list(
    ctx: ServiceContext,
    path: str | Path,
    flt: CaseFilter | None = None,
    *,
    sort: str = "incident_at",
    descending: bool = True,
    order_ids: list[int] | None = None,
    described: str = "",
) -> int:
    """Write the case list ``flt`` selects, in ``sort`` order (or in the order of ``order_ids``,
    a search's best first), to ``path`` (.csv or .xlsx). ``described``: the filters and sort in
    words, as the screen says them, for the file's About sheet and the audit entry. Returns
    the number of rows written. The marking is the highest classification among the cases."""
    fmt = _format(path)
    with ctx.transaction() as session:
        head = outputs.read_anchor(session)
        marking = _highest(case_repo.classifications(session, flt))
    rows_in = cases.iter_cases(ctx, flt, sort=sort, descending=descending)
    if order_ids is not None:
        rank = {cid: i for i, cid in enumerate(order_ids)}
        rows_in = iter(sorted(rows_in, key=lambda r: rank.get(r.id, len(rank))))

    def rows() -> Iterator[tuple]:
        for c in rows_in:
            yield (
                c.reference,
                c.title,
                c.kind.label,
                c.status.label,
                c.priority.label,
                c.post_code,
                c.country,
                c.place,
                in_zone(c.incident_at, c.timezone),
                c.hostages_held,
                c.hostages_total,
                c.last_contact_at,
                c.next_task_due,
                c.lead_caseworker,
            )

    export = ListExport(
        translate("services.lists", "Case list"),
        _shown(CASE_COLUMNS),
        rows(),
        described,
        marking,
        ctx.now(),
        ctx.actor.display_name,
        outputs.anchor_text(head),
    )
    return _deliver(ctx, path, fmt, export, {"list": "cases", "filters": described}, None, head)


@action("lists.export_contact_list")
def export_contact_list(
    ctx: ServiceContext,
    reference: str,
    path: str | Path,
    flt: ContactFilter | None = None,
    *,
    newest_first: bool = True,
    described: str = "",
) -> int:
    """Write a case's contact log as :func:`contacts.list_contacts` gives it to the reader
    (restricted entries as placeholders outside the team), in the order shown, to ``path``
    (.csv or .xlsx). Returns the number of rows written."""
    fmt = _format(path)
    with ctx.transaction() as session:
        case = load_case(session, reference)
        case_id, ref, zone, marking = case.id, case.reference, case.timezone, case.classification.label
        head = outputs.read_anchor(session)
    entries = contacts.list_contacts(ctx, ref, flt, limit=None, newest_first=newest_first)

    def rows() -> Iterator[tuple]:
        for e in entries:  # a withheld entry's text is already "Restricted", as on screen
            yield (
                in_zone(e.occurred_at, zone),
                e.channel.label,
                e.direction.label,
                "; ".join(c.name for c in e.counterparts),
                e.subject,
                e.notes,
                e.outcome,
                e.follow_up_needed,
                e.restricted,
                e.recorded_by,
                e.voided,
            )

    export = ListExport(
        translate("services.lists", "Contact log of {reference}").format(reference=ref),
        _shown(CONTACT_COLUMNS),
        rows(),
        described,
        marking,
        ctx.now(),
        ctx.actor.display_name,
        outputs.anchor_text(head),
    )
    return _deliver(ctx, path, fmt, export, {"list": "contacts", "filters": described}, case_id, head)

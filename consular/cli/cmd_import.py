"""``consular import cases|people|contacts FILE [--map MAPPING.toml] [--dry-run]``,
``consular import list`` and ``consular import undo BATCH --reason TEXT``."""

from __future__ import annotations

import argparse
import json

from consular.cli.common import CommandError, print_json, runtime, table
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services import importing
from consular.services.importing import mapping as maps
from consular.services.importing.reading import read_table


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "import",
        help=translate("cli.cmd_import", "import cases, people or contacts from a CSV or XLSX file (dry run, undo)"),
        description=translate(
            "cli.cmd_import",
            "Import a register kept in a spreadsheet. Each row goes through the same checks as typed "
            "input. A dry run lists per row what would be created, matched to an existing record "
            "(and on what) or refused (which field, why). The real run imports the whole file or "
            "nothing, is audited as one action, and can be undone as one action with `consular "
            "import undo`.",
        ),
        epilog=translate(
            "cli.cmd_import",
            "Columns are matched to fields by their header names; --map names a TOML mapping (kind = "
            '"people", date_order = "dmy", default_country = "IN", and a [columns] table of header = '
            "field). The mapping used is saved with your settings for next time (--save-map FILE "
            "also writes it there). Matching: cases by reference; people by passport number, else "
            "name and date of birth; counterparts named in a contact by name and organisation. "
            "Example: consular import people staff.xlsx --dry-run",
        ),
    )
    commands = parser.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    for kind in maps.KINDS:
        fields = ", ".join(f.name + ("*" if f.required else "") for f in maps.FIELDS[kind])
        p = commands.add_parser(
            kind,
            help=translate("cli.cmd_import", "import {kind} from FILE").format(kind=kind),
            description=translate("cli.cmd_import", "Fields (* required): {fields}.").format(fields=fields),
        )
        p.add_argument(
            "file",
            metavar="FILE",
            help=translate("cli.cmd_import", ".csv (UTF-8/UTF-16/Windows-1252; , ; or tab) or .xlsx"),
        )
        p.add_argument(
            "--map",
            dest="mapping",
            metavar="MAPPING.toml",
            help=translate("cli.cmd_import", "the column mapping to use"),
        )
        p.add_argument(
            "--save-map", metavar="FILE", help=translate("cli.cmd_import", "also write the mapping used to FILE")
        )
        p.add_argument(
            "--date-order",
            choices=["dmy", "mdy"],
            help=translate("cli.cmd_import", "how to read 03/04/2025 (else it is refused)"),
        )
        p.add_argument(
            "--default-country",
            metavar="CC",
            help=translate("cli.cmd_import", "country assumed for phones without +CC"),
        )
        p.add_argument(
            "--dry-run",
            action="store_true",
            help=translate("cli.cmd_import", "report what would happen; write nothing"),
        )
        p.add_argument(
            "--json", action="store_true", help=translate("cli.cmd_import", "print the per-row report as JSON")
        )
        p.set_defaults(handler=run_import, kind=kind)
    p = commands.add_parser("list", help=translate("cli.cmd_import", "the latest imports"))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=run_list)
    p = commands.add_parser(
        "undo",
        help=translate("cli.cmd_import", "undo an import as one action"),
        description=translate(
            "cli.cmd_import",
            "Void the contacts an import logged, take the people it added out of their cases and "
            "remove the cases it opened. Refused when later work depends on them (the message names "
            "it).",
        ),
    )
    p.add_argument(
        "batch", type=int, metavar="BATCH", help=translate("cli.cmd_import", "the import number (consular import list)")
    )
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.set_defaults(handler=run_undo)


def _mapping(args: argparse.Namespace) -> maps.Mapping:
    if args.mapping:
        mapping = maps.load(args.mapping)
        if not mapping.kind:
            mapping.kind = args.kind
        if mapping.kind != args.kind:
            raise CommandError(
                translate("cli.cmd_import", "{mapping} is a mapping for {kind}, not {kind2}.").format(
                    mapping=args.mapping, kind=mapping.kind, kind2=args.kind
                )
            )
    else:
        mapping = maps.saved_or_suggested(args.kind, read_table(args.file).headers)
    if args.date_order:
        mapping.date_order = args.date_order
    if args.default_country:
        mapping.default_country = args.default_country.upper()
    return mapping


def _report_json(report: importing.ImportReport) -> dict:
    return {
        "file": report.file_name,
        "read_as": report.described,
        "dry_run": report.dry_run,
        "batch": report.batch_id,
        "notes": report.notes,
        "rows": [
            {
                "row": o.row_number,
                "status": o.status,
                "record": o.record,
                "detail": o.detail,
                "field": o.field,
                "assumed": o.assumed,
            }
            for o in report.outcomes
        ],
    }


def _print_report(report: importing.ImportReport) -> None:
    print(
        translate("cli.cmd_import", "{file_name} (read as {described})").format(
            file_name=report.file_name, described=report.described
        )
    )
    for note in report.notes:
        print(translate("cli.cmd_import", "  note: {note}").format(note=note))
    # One line per row, never cut short: the detail is the reason a row is refused.
    for o in report.outcomes:
        detail = o.detail if o.status != "refused" or not o.field else f"{o.field}: {o.detail}"
        detail = "; ".join(filter(None, [detail, *("assumed " + a for a in o.assumed)]))
        print(
            translate("cli.cmd_import", "  row {row_number}: {status}").format(row_number=o.row_number, status=o.status)
            + (translate("cli.cmd_import", " {record}").format(record=o.record) if o.record else "")
            + (translate("cli.cmd_import", " - {detail}").format(detail=detail) if detail else "")
        )
    print(report.summary())


def run_import(args: argparse.Namespace) -> int:
    mapping = _mapping(args)
    try:
        mapping.check(read_table(args.file).headers)
    except ValidationError as exc:
        how = (
            translate("cli.cmd_import", "correct the mapping file")
            if args.mapping
            else translate("cli.cmd_import", "name the columns as the fields, or give --map MAPPING.toml")
        )
        raise CommandError(
            translate("cli.cmd_import", "{exc} The columns found: {values}; {how}.").format(
                exc=exc, values=", ".join(read_table(args.file).headers), how=how
            )
        ) from None
    rt = runtime(args)
    try:
        if args.dry_run:
            report = importing.dry_run(rt.ctx, args.file, mapping)
        else:
            try:
                report = importing.run_import(rt.ctx, args.file, mapping)
            except importing.ImportRefused as refused:
                if args.json:
                    print_json(_report_json(refused.report))
                else:
                    _print_report(refused.report)
                raise
    finally:
        rt.opened.dispose()
    maps.save(mapping)
    if args.save_map:
        maps.save(mapping, args.save_map)
    if args.json:
        print(json.dumps(_report_json(report), ensure_ascii=False, indent=2))
    else:
        _print_report(report)
        if report.batch_id is not None:
            print(
                translate(
                    "cli.cmd_import",
                    "Imported as import #{batch_id}; undo with: consular import undo {batch_id} --reason …",
                ).format(batch_id=report.batch_id)
            )
    return 1 if args.dry_run and report.refused else 0


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        batches = importing.list_batches(rt.ctx)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(
            [
                {
                    "id": b.id,
                    "kind": b.kind,
                    "file": b.file_name,
                    "rows": b.rows,
                    "created": b.created,
                    "matched": b.matched,
                    "imported_at": b.imported_at.isoformat(),
                    "imported_by": b.imported_by,
                    "undone_at": b.undone_at.isoformat() if b.undone_at else None,
                }
                for b in batches
            ]
        )
        return 0
    if not batches:
        print(translate("cli.cmd_import", "No imports yet."))
        return 0
    rows = [
        [
            str(b.id),
            b.kind,
            b.file_name,
            translate("cli.cmd_import", "{created} created, {matched} matched").format(
                created=b.created, matched=b.matched
            ),
            translate("cli.cmd_import", "{when} UTC by {who}").format(
                when=f"{b.imported_at:%Y-%m-%d %H:%M}", who=b.imported_by
            ),
            translate("cli.cmd_import", "undone {when} by {who}").format(
                when=f"{b.undone_at:%Y-%m-%d}", who=b.undone_by
            )
            if b.undone_at
            else "",
        ]
        for b in batches
    ]
    print(
        table(
            rows,
            [
                "#",
                translate("cli.cmd_import", "Kind"),
                translate("cli.cmd_import", "File"),
                translate("cli.cmd_import", "Rows"),
                translate("cli.cmd_import", "Imported"),
                translate("cli.cmd_import", "Undone"),
            ],
        )
    )
    return 0


def run_undo(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        result = importing.undo_import(rt.ctx, args.batch, reason=args.reason)
    finally:
        rt.opened.dispose()
    print(result.summary())
    return 0

"""``consular report NAME [--from DATE] [--to DATE] [--post CODE] [--country CC] [--format FMT] [-o FILE]``:
reports across cases (nationals held now, monthly statistics, workload, family-contact compliance)."""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, print_json, runtime, table
from consular.i18n import translate
from consular.reports.report_data import cell_text
from consular.services import reports


def register(subparsers) -> None:
    names = ", ".join(f"{name} ({title.lower()})" for name, (title, _what, _p) in reports.REPORTS.items())
    parser = subparsers.add_parser(
        "report",
        help=translate(
            "cli.cmd_report",
            "reports across cases: held nationals, monthly statistics, workload, family-contact compliance",
        ),
        description=translate(
            "cli.cmd_report",
            "Compute a report across cases: {names}. Figures are computed by the database; voided "
            "entries are left out and restricted ones counted (not shown). A national's last proof "
            "of life is shown only to their case's team and supervisors. Without -o the report is "
            "printed (--format json prints JSON for scripts). With -o FILE it is written as PDF, "
            "XLSX, CSV or JSON (from --format or the file's suffix), recorded in the audit trail, "
            "readable by you only, with the classification marking and the audit chain head (on "
            "every page of a PDF). Examples: consular report held --country ML; consular report "
            "monthly --from 2025-01-01 --to 2025-06-30 -o monthly.pdf",
        ).format(names=names),
    )
    parser.add_argument(
        "name",
        metavar="NAME",
        choices=reports.report_names(),
        help=translate("cli.cmd_report", "one of: {names}").format(names=names),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate(
            "cli.cmd_report",
            "first day of the period, YYYY-MM-DD, UTC (default: the first day of the month 11 months "
            "ago); monthly and compliance only",
        ),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="DATE",
        help=translate("cli.cmd_report", "last day of the period, YYYY-MM-DD, UTC, included (default: today)"),
    )
    parser.add_argument(
        "--post", metavar="CODE", help=translate("cli.cmd_report", "only the cases of this post (e.g. BAM)")
    )
    parser.add_argument(
        "--country",
        metavar="CC",
        help=translate("cli.cmd_report", "only incidents in this country (two letters, e.g. ML)"),
    )
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=reports.FORMATS,
        help=translate(
            "cli.cmd_report",
            "pdf, xlsx, csv or json; with -o: the file's format (default: from its suffix); without "
            "-o: json prints JSON, the others a table",
        ),
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=translate("cli.cmd_report", "write the report to FILE instead of printing it"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    options = {"start": args.start, "end": args.end, "post": args.post, "country": args.country}
    if args.output:
        reports.check_format(args.fmt, args.output)  # a bad format fails before the database is opened
        rt = runtime(args)
        report = reports.export_report(rt.ctx, args.name, args.fmt, args.output, **options)
        print(
            translate("cli.cmd_report", "Wrote {value} ({value2}) to {output}").format(
                value=report.title.lower(), value2=report.scope.describe(), output=args.output
            )
        )
        print(
            translate("cli.cmd_report", "{marking}; audit chain head {chain_head}").format(
                marking=report.marking, chain_head=report.chain_head
            )
        )
        return 0
    if args.fmt in ("pdf", "xlsx"):
        raise CommandError(
            translate("cli.cmd_report", "A {value} report goes to a file: add -o FILE.{fmt}.").format(
                value=args.fmt.upper(), fmt=args.fmt
            )
        )
    rt = runtime(args)
    report = reports.run_report(rt.ctx, args.name, **options)
    if args.fmt == "json":
        from consular.reports.report_export import report_record

        print_json(report_record(report))
        return 0
    if args.fmt == "csv":
        from consular.reports.report_export import render_csv

        print(render_csv(report).decode("utf-8-sig"), end="")
        return 0
    print(
        translate("cli.cmd_report", "{marking}\n{title} — {value}").format(
            marking=report.marking, title=report.title, value=report.scope.describe()
        )
    )
    for label, value in report.summary:
        print(translate("cli.cmd_report", "  {label}: {value}").format(label=label, value=value))
    for t in report.tables:
        print(translate("cli.cmd_report", "\n{title}").format(title=t.title))
        if not t.rows:
            print(translate("cli.cmd_report", "  (nothing in this selection)"))
            continue
        print(
            table(
                [[cell_text(v, c.kind) for c, v in zip(t.columns, row, strict=True)] for row in t.rows],
                [c.header for c in t.columns],
            )
        )
    for note in report.notes:
        print(translate("cli.cmd_report", "\nNote: {note}").format(note=note))
    print(
        translate("cli.cmd_report", "\nAudit chain head {chain_head}\n{marking}").format(
            chain_head=report.chain_head, marking=report.marking
        )
    )
    return 0

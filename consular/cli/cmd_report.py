"""``consular report NAME [--from DATE] [--to DATE] [--post CODE] [--country CC] [--format FMT] [-o FILE]``:
reports across cases (nationals held now, monthly statistics, workload, family-contact compliance)."""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, print_json, runtime, table
from consular.reports.report_data import cell_text
from consular.services import reports


def register(subparsers) -> None:
    names = ", ".join(f"{name} ({title.lower()})" for name, (title, _what, _p) in reports.REPORTS.items())
    parser = subparsers.add_parser(
        "report",
        help="reports across cases: held nationals, monthly statistics, workload, family-contact compliance",
        description=f"Compute a report across cases: {names}. Figures are computed by the database; "
        "voided entries are left out and restricted ones counted (not shown). A national's last proof of "
        "life is shown only to their case's team and supervisors. Without -o the report is printed "
        "(--format json prints JSON for scripts). With -o FILE it is written as PDF, XLSX, CSV or JSON "
        "(from --format or the file's suffix), recorded in the audit trail, readable by you only, with the "
        "classification marking and the audit chain head (on every page of a PDF). Examples: "
        "consular report held --country ML; consular report monthly --from 2025-01-01 --to 2025-06-30 "
        "-o monthly.pdf",
    )
    parser.add_argument("name", metavar="NAME", choices=reports.report_names(), help="one of: " + names)
    parser.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help="first day of the period, YYYY-MM-DD, UTC (default: the first day of the month 11 months ago); "
        "monthly and compliance only",
    )
    parser.add_argument(
        "--to", dest="end", metavar="DATE", help="last day of the period, YYYY-MM-DD, UTC, included (default: today)"
    )
    parser.add_argument("--post", metavar="CODE", help="only the cases of this post (e.g. BAM)")
    parser.add_argument("--country", metavar="CC", help="only incidents in this country (two letters, e.g. ML)")
    parser.add_argument(
        "--format",
        dest="fmt",
        choices=reports.FORMATS,
        help="pdf, xlsx, csv or json; with -o: the file's format (default: from its suffix); "
        "without -o: json prints JSON, the others a table",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of printing it")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    options = {"start": args.start, "end": args.end, "post": args.post, "country": args.country}
    if args.output:
        reports.check_format(args.fmt, args.output)  # a bad format fails before the database is opened
        rt = runtime(args)
        report = reports.export_report(rt.ctx, args.name, args.fmt, args.output, **options)
        print(f"Wrote {report.title.lower()} ({report.scope.describe()}) to {args.output}")
        print(f"{report.marking}; audit chain head {report.chain_head}")
        return 0
    if args.fmt in ("pdf", "xlsx"):
        raise CommandError(f"A {args.fmt.upper()} report goes to a file: add -o FILE.{args.fmt}.")
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
    print(f"{report.marking}\n{report.title} — {report.scope.describe()}")
    for label, value in report.summary:
        print(f"  {label}: {value}")
    for t in report.tables:
        print(f"\n{t.title}")
        if not t.rows:
            print("  (nothing in this selection)")
            continue
        print(
            table(
                [[cell_text(v, c.kind) for c, v in zip(t.columns, row, strict=True)] for row in t.rows],
                [c.header for c in t.columns],
            )
        )
    for note in report.notes:
        print(f"\nNote: {note}")
    print(f"\nAudit chain head {report.chain_head}\n{report.marking}")
    return 0

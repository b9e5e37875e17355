"""``consular brief REF -o FILE.pdf [...]``: issue a status brief; ``--list``: briefs issued;
``consular brief verify FILE.pdf``: was this exact file issued from this database?"""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, print_json, runtime, table
from consular.services import briefs


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief",
        help="write a status brief of a case as PDF (or list the briefs issued)",
        description="Write a status brief of a case as a PDF for supervisors and senior officials, and "
        "record it (who, when, period, content hash). The period runs from the end of the "
        "previous brief of the case, or the last 7 days if there is none, unless --since "
        'says otherwise. Restricted contacts and milestones show only their date ("Restricted") '
        "unless --include-restricted. Every page carries the audit chain head it was issued at: "
        "check a copy with consular audit verify --anchor SEQ:HASH.",
    )
    parser.add_argument(
        "reference", metavar="REF", help="case reference, e.g. BAM-2025-0001; or 'verify' followed by a PDF file"
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.pdf",
        help="with 'verify': the PDF to check against the briefs issued from this database "
        "(exit 0 if this exact file was issued here, 1 if not)",
    )
    parser.add_argument("-o", "--output", metavar="FILE.pdf", help="the PDF file to write")
    parser.add_argument(
        "--since",
        metavar="DATE",
        help="start of the period: YYYY-MM-DD (midnight in the case's zone) or an ISO 8601 date and time",
    )
    parser.add_argument(
        "--redact",
        action="store_true",
        help="mask passport and other ID numbers, phone numbers, e-mail addresses, "
        "addresses and dates of birth; restricted entries show only their date",
    )
    parser.add_argument(
        "--include-restricted",
        action="store_true",
        help="include restricted contacts and milestones (for the case team only)",
    )
    parser.add_argument("--draft", action="store_true", help="mark every page DRAFT")
    parser.add_argument("--letter", action="store_true", help="US Letter paper instead of A4")
    parser.add_argument(
        "--replaces",
        type=int,
        metavar="ID",
        help="generate brief ID again (see --list), e.g. with other options: same period, recorded as replacing it",
    )
    parser.add_argument("--list", action="store_true", help="list the briefs issued for the case instead")
    parser.add_argument("--json", action="store_true", help="with --list or verify, print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.reference.strip().lower() == "verify":
        return _verify(args)
    if args.file:
        raise CommandError(f"Unexpected '{args.file}': write the PDF to create with -o FILE.pdf.")
    if args.list:
        return _list(args)
    if not args.output:
        raise CommandError("Say where to write the brief: -o FILE.pdf (or use --list to see the briefs issued).")
    rt = runtime(args)
    result = briefs.issue_brief(
        rt.ctx,
        args.reference,
        args.output,
        since=args.since,
        redact=args.redact,
        include_restricted=args.include_restricted,
        draft=args.draft,
        page_size="Letter" if args.letter else "A4",
        replaces=args.replaces,
    )
    pages = f"{result.page_count} page{'s' if result.page_count != 1 else ''}"
    flags = [
        f
        for f, on in (
            ("redacted", result.redacted),
            ("includes restricted", result.include_restricted),
            ("draft", result.draft),
        )
        if on
    ]
    print(result.path)
    print(
        f"{pages}, {result.page_size}; content SHA-256 {result.short_hash}" + (f"; {', '.join(flags)}" if flags else "")
    )
    print(f"brief #{result.record_id}; file SHA-256 {result.pdf_sha256}; audit chain head {result.chain_head}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    if not args.file:
        raise CommandError("Say which file to check: consular brief verify FILE.pdf")
    rt = runtime(args)
    answer = briefs.verify_brief_file(rt.ctx, args.file)
    if args.json:
        print_json(answer.to_json())
    else:
        print(answer.message)
        if answer.record is not None:
            r = answer.record
            options = ", ".join(
                f for f, on in (("redacted", r.redacted), ("includes restricted", r.include_restricted)) if on
            )
            print(f"  case:      {r.reference}" + (f" — {r.case_title}" if r.case_title else ""))
            print(f"  period:    {r.period_start:%Y-%m-%d %H:%M} – {r.period_end:%Y-%m-%d %H:%M} UTC")
            print(f"  issued:    {r.issued_at:%Y-%m-%d %H:%M} UTC by {r.issued_by}")
            print(f"  options:   {options or 'none'}; {r.page_count} pages; content SHA-256 {r.short_hash}")
        print(f"  file SHA-256 {answer.pdf_sha256}")
    return 0 if answer.issued else 1


def _list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    records = briefs.list_briefs(rt.ctx, args.reference)
    if args.json:
        print_json([r.to_json() for r in records])
        return 0
    if not records:
        print(f"No briefs issued for {args.reference.strip().upper()}.")
        return 0
    rows = []
    for r in records:
        options = [
            f for f, on in (("redacted", r.redacted), ("restricted", r.include_restricted), ("draft", r.draft)) if on
        ]
        options += [f"replaces #{r.replaces_id}"] if r.replaces_id else []
        options += ["NOT DELIVERED"] if r.delivery_error else []
        flags = ",".join(options) or "-"
        rows.append(
            [
                str(r.id),
                r.issued_at.strftime("%Y-%m-%d %H:%M UTC"),
                r.issued_by,
                f"{r.period_start:%Y-%m-%d %H:%M} – {r.period_end:%Y-%m-%d %H:%M}",
                r.short_hash,
                str(r.page_count),
                flags,
                r.file_name or "",
            ]
        )
    print(table(rows, ["id", "issued", "by", "period (UTC)", "hash", "pages", "options", "file"]))
    return 0

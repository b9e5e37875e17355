"""``consular audit verify|list|export|head``: check and read the tamper-evident audit trail."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from consular.cli.common import print_json, runtime, table
from consular.cli.language import format_decimal, plural
from consular.i18n import format_number, translate
from consular.services import audit, audit_chain

VERIFY_FAILED = 1


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "audit",
        help=translate("cli.cmd_audit", "verify, list and export the audit trail"),
        description=translate(
            "cli.cmd_audit",
            "The audit trail records every change, chained by hashes and signed with this "
            "installation's key (see README, 'Verifying the record').",
        ),
    )
    commands = group.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    verify = commands.add_parser(
        "verify",
        help=translate(
            "cli.cmd_audit", "check the whole chain and every audited record; exit 1 if anything was tampered with"
        ),
        description=translate(
            "cli.cmd_audit",
            "Walk the audit chain: name the first edited, deleted or inserted audit entry, and every "
            "record whose current state no longer matches its last audited state. Exits 0 when all "
            "is in order, 1 when anything is wrong, 2 on an error.",
        ),
    )
    verify.add_argument(
        "--anchor",
        action="append",
        default=[],
        metavar="SEQ:HASH",
        help=translate(
            "cli.cmd_audit",
            "a chain head printed on a brief or export (repeat for several); anchors this machine "
            "recorded itself are checked too",
        ),
    )
    verify.add_argument(
        "--no-key",
        action="store_true",
        help=translate(
            "cli.cmd_audit",
            "do not check signatures (a copy on a machine without the key): hashes, gaps, head, "
            "anchors and records only",
        ),
    )
    verify.add_argument(
        "--key-file",
        metavar="FILE",
        action="append",
        help=translate("cli.cmd_audit", "check signatures with this key file too"),
    )
    verify.add_argument(
        "--skip-records",
        action="store_true",
        help=translate("cli.cmd_audit", "check the chain only, not the records' states"),
    )
    verify.add_argument("--json", action="store_true", help=translate("cli.cmd_audit", "print the report as JSON"))
    verify.set_defaults(handler=run_verify)

    def filters(p):
        p.add_argument("--case", metavar="REF", help=translate("cli.cmd_audit", "only this case"))
        p.add_argument(
            "--user", dest="by_user", metavar="U", help=translate("cli.cmd_audit", "only changes by this username")
        )
        p.add_argument(
            "--action", metavar="A", help=translate("cli.cmd_audit", "an action (case.status) or a family (case)")
        )
        p.add_argument(
            "--since", metavar="DATE", help=translate("cli.cmd_audit", "from this day (UTC) or ISO date and time")
        )
        p.add_argument(
            "--until", metavar="DATE", help=translate("cli.cmd_audit", "before this day (UTC) or ISO date and time")
        )

    lister = commands.add_parser(
        "list",
        help=translate("cli.cmd_audit", "list audit entries, newest first"),
        description=translate("cli.cmd_audit", "List audit entries, newest first."),
    )
    filters(lister)
    lister.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=translate("cli.cmd_audit", "at most N entries (default 50; 0: all)"),
    )
    lister.add_argument(
        "--json", action="store_true", help=translate("cli.cmd_audit", "print JSON with before and after")
    )
    lister.set_defaults(handler=run_list)

    export = commands.add_parser(
        "export",
        help=translate("cli.cmd_audit", "write the audit trail to CSV or JSON with the chain head"),
        description=translate(
            "cli.cmd_audit", "Write the matching entries, oldest first, to FILE with the chain head."
        ),
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("cli.cmd_audit", "file to write (replaced if it exists)"),
    )
    export.add_argument(
        "--format",
        "-f",
        dest="fmt",
        metavar="FMT",
        help=translate("cli.cmd_audit", "csv or json (default: from the file name)"),
    )
    filters(export)
    export.set_defaults(handler=run_export)

    head = commands.add_parser(
        "head",
        help=translate("cli.cmd_audit", "print the chain head (SEQ:HASH) to keep as an anchor"),
        description=translate("cli.cmd_audit", "Print the chain head."),
    )
    head.set_defaults(handler=run_head)


def _when(text: str | None, field: str):
    from consular.domain.timeutil import parse_datetime

    if not text:
        return None
    raw = text.strip()
    return parse_datetime(raw + "T00:00" if len(raw) == 10 else raw, field, default_zone="UTC")


def _filter(args) -> audit.AuditFilter:
    return audit.AuditFilter(
        case_reference=args.case,
        username=args.by_user,
        action=args.action,
        since=_when(args.since, "since"),
        until=_when(args.until, "until"),
    )


def run_verify(args: argparse.Namespace) -> int:
    rt = runtime(args)
    keys = None
    if args.key_file:
        own = audit_chain.load_key()
        keys = ([own] if own else []) + [audit_chain.load_key(Path(p)) for p in args.key_file]
        keys = [k for k in keys if k]

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(
                "\r"
                + translate("cli.cmd_audit", "verified {done}/{total} entries").format(
                    done=format_number(done), total=format_number(total)
                ),
                end="",
                file=sys.stderr,
                flush=True,
            )

    report = audit_chain.verify(
        rt.database,
        keys=keys,
        check_signatures=not args.no_key,
        anchors=args.anchor,
        check_records=not args.skip_records,
        progress=progress,
    )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.entries,
                "head": report.head.short if report.head else None,
                "signatures_checked": report.signatures_checked,
                "records_checked": report.records_checked,
                "anchors_checked": report.anchors_checked,
                "seconds": round(report.seconds, 3),
                "problems": [vars(p) for p in report.problems],
                "notes": report.notes,
            }
        )
    else:
        head = report.head.short if report.head else "none"
        print(
            translate(
                "cli.cmd_audit",
                "{entries} audit entries, chain head {head}; {signatures_checked} signatures, "
                "{records_checked} records and {anchors_checked} anchors checked in {seconds} s.",
            ).format(
                entries=format_number(report.entries),
                head=head,
                signatures_checked=format_number(report.signatures_checked),
                records_checked=format_number(report.records_checked),
                anchors_checked=format_number(report.anchors_checked),
                seconds=format_decimal(report.seconds, 2),
            )
        )
        if report.ok:
            print(translate("cli.cmd_audit", "OK: the audit trail and the audited records are intact."))
        else:
            first = report.first_problem
            print(translate("cli.cmd_audit", "TAMPERED: {message}").format(message=first.message))
            for problem in report.problems[1:50]:
                print(translate("cli.cmd_audit", "  also: {message}").format(message=problem.message))
            if len(report.problems) > 50:
                print(plural("cli.cmd_audit", "  ... and %n more problem(s).", len(report.problems) - 50))
        for note in report.notes:
            print(translate("cli.cmd_audit", "note: {note}").format(note=note))
    return 0 if report.ok else VERIFY_FAILED


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    rows = audit.list_entries(rt.ctx, _filter(args), limit=args.limit or None)
    if args.json:
        print_json([r.to_json() for r in rows])
        return 0
    body = [
        [
            str(r.seq or ""),
            r.at.strftime("%Y-%m-%d %H:%M"),
            r.username,
            r.action,
            f"{r.entity} {r.entity_id if r.entity_id is not None else ''}".strip(),
            r.case_reference or "",
            ", ".join(
                f"{k}: {json.dumps(b, ensure_ascii=False)} → {json.dumps(a, ensure_ascii=False)}"
                for k, b, a in r.changes
            ),
        ]
        for r in rows
    ]
    print(
        table(
            body,
            [
                "#",
                translate("cli.cmd_audit", "at (UTC)"),
                translate("cli.cmd_audit", "user"),
                translate("cli.cmd_audit", "action"),
                translate("cli.cmd_audit", "record"),
                translate("cli.cmd_audit", "case"),
                translate("cli.cmd_audit", "change"),
            ],
        )
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    fmt = args.fmt or Path(args.output).suffix.lstrip(".") or "csv"
    rt = runtime(args)
    result = audit.export_entries(rt.ctx, args.output, fmt=fmt, flt=_filter(args))
    print(
        plural(
            "cli.cmd_audit", "Wrote %Ln audit entry/entries to {path} (chain head {chain_head}).", result.rows
        ).format(path=result.path, chain_head=result.chain_head),
        file=sys.stderr,
    )
    return 0


def run_head(args: argparse.Namespace) -> int:
    rt = runtime(args)
    print(audit_chain.head(rt.ctx))
    return 0

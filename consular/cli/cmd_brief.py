"""``consular brief REF -o FILE.pdf [...]``: issue a status brief; ``--list``: briefs issued;
``consular brief verify FILE.pdf``: was this exact file issued from this database?"""

from __future__ import annotations

import argparse

from consular import i18n, reports
from consular.cli.common import CommandError, print_json, runtime, table
from consular.i18n import translate
from consular.services import briefs


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "brief",
        help=translate("cli.cmd_brief", "write a status brief of a case as PDF (or list the briefs issued)"),
        description=translate(
            "cli.cmd_brief",
            "Write a status brief of a case as a PDF for supervisors and senior officials, and "
            "record it (who, when, period, content hash). The period runs from the end of the "
            "previous brief of the case, or the last 7 days if there is none, unless --since "
            'says otherwise. Restricted contacts and milestones show only their date ("Restricted") '
            "unless --include-restricted. The brief is written in the language of --lang after the "
            "command (en, fr or hi), else in the language of the messages. Every page carries the "
            "audit chain head it was issued at: check a copy with consular audit verify --anchor SEQ:HASH.",
        ),
    )
    parser.add_argument(
        "reference",
        metavar="REF",
        help=translate("cli.cmd_brief", "case reference, e.g. BAM-2025-0001; or 'verify' followed by a PDF file"),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar="FILE.pdf",
        help=translate(
            "cli.cmd_brief",
            "with 'verify': the PDF to check against the briefs issued from this database "
            "(exit 0 if this exact file was issued here, 1 if not)",
        ),
    )
    parser.add_argument("-o", "--output", metavar="FILE.pdf", help=translate("cli.cmd_brief", "the PDF file to write"))
    parser.add_argument(
        "--since",
        metavar="DATE",
        help=translate(
            "cli.cmd_brief",
            "start of the period: YYYY-MM-DD (midnight in the case's zone) or an ISO 8601 date and time",
        ),
    )
    parser.add_argument(
        "--redact",
        action="store_true",
        help=translate(
            "cli.cmd_brief",
            "mask passport and other ID numbers, phone numbers, e-mail addresses, "
            "addresses and dates of birth; restricted entries show only their date",
        ),
    )
    parser.add_argument(
        "--mask-names",
        action="store_true",
        help=translate(
            "cli.cmd_brief",
            "also mask the names of the case's people and their families, native script included (implies --redact)",
        ),
    )
    parser.add_argument(
        "--include-restricted",
        action="store_true",
        help=translate("cli.cmd_brief", "include restricted contacts and milestones (for the case team only)"),
    )
    parser.add_argument("--draft", action="store_true", help=translate("cli.cmd_brief", "mark every page DRAFT"))
    parser.add_argument(
        "--letter", action="store_true", help=translate("cli.cmd_brief", "US Letter paper instead of A4")
    )
    parser.add_argument(
        "--lang",
        dest="brief_language",
        choices=tuple(i18n.LANGUAGES),
        metavar="LANG",
        help=translate(
            "cli.cmd_brief",
            "the language the brief is written in: {choices} (default: the language of the messages)",
        ).format(choices=", ".join(i18n.LANGUAGES)),
    )
    parser.add_argument(
        "--replaces",
        type=int,
        metavar="ID",
        help=translate(
            "cli.cmd_brief",
            "generate brief ID again (see --list), e.g. with other options: same period, recorded as replacing it",
        ),
    )
    parser.add_argument(
        "--list", action="store_true", help=translate("cli.cmd_brief", "list the briefs issued for the case instead")
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli.cmd_brief", "with --list or verify, print JSON")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.reference.strip().lower() == "verify":
        return _verify(args)
    if args.file:
        raise CommandError(
            translate("cli.cmd_brief", "Unexpected '{file}': write the PDF to create with -o FILE.pdf.").format(
                file=args.file
            )
        )
    if args.list:
        return _list(args)
    if not args.output:
        raise CommandError(
            translate(
                "cli.cmd_brief", "Say where to write the brief: -o FILE.pdf (or use --list to see the briefs issued)."
            )
        )
    rt = runtime(args)
    result = briefs.issue_brief(
        rt.ctx,
        args.reference,
        args.output,
        since=args.since,
        redact=args.redact or args.mask_names,
        include_restricted=args.include_restricted,
        draft=args.draft,
        page_size="Letter" if args.letter else "A4",
        replaces=args.replaces,
        mask_names=args.mask_names,
        language=getattr(args, "brief_language", None),
    )
    pages = reports.words.tr("%n page(s)", "", result.page_count)
    flags = [
        f
        for f, on in (
            (translate("cli.cmd_brief", "redacted"), result.redacted),
            (translate("cli.cmd_brief", "names masked"), args.mask_names),
            (translate("cli.cmd_brief", "includes restricted"), result.include_restricted),
            (translate("cli.cmd_brief", "draft"), result.draft),
        )
        if on
    ]
    summary = translate("cli.cmd_brief", "{pages}, {size}; content SHA-256 {hash}").format(
        pages=pages, size=result.page_size, hash=result.short_hash
    )
    print(result.path)
    print(summary + (f"; {', '.join(flags)}" if flags else ""))
    print(
        translate("cli.cmd_brief", "brief #{id}; file SHA-256 {hash}; audit chain head {head}").format(
            id=result.record_id, hash=result.pdf_sha256, head=result.chain_head
        )
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    if not args.file:
        raise CommandError(translate("cli.cmd_brief", "Say which file to check: consular brief verify FILE.pdf"))
    rt = runtime(args)
    answer = briefs.verify_brief_file(rt.ctx, args.file)
    if args.json:
        print_json(answer.to_json())
    else:
        print(answer.message)
        if answer.record is not None:
            r = answer.record
            options = ", ".join(
                f
                for f, on in (
                    (translate("cli.cmd_brief", "redacted"), r.redacted),
                    (translate("cli.cmd_brief", "includes restricted"), r.include_restricted),
                )
                if on
            )
            case = f"{r.reference} — {r.case_title}" if r.case_title else r.reference
            period = f"{r.period_start:%Y-%m-%d %H:%M} – {r.period_end:%Y-%m-%d %H:%M}"
            print(translate("cli.cmd_brief", "  case:      {case}").format(case=case))
            print(translate("cli.cmd_brief", "  period:    {period} UTC").format(period=period))
            print(
                translate("cli.cmd_brief", "  issued:    {when} UTC by {name}").format(
                    when=f"{r.issued_at:%Y-%m-%d %H:%M}", name=r.issued_by
                )
            )
            print(
                translate("cli.cmd_brief", "  options:   {options}; {pages}; content SHA-256 {hash}").format(
                    options=options or translate("cli.cmd_brief", "none"),
                    pages=reports.words.tr("%n page(s)", "", r.page_count),
                    hash=r.short_hash,
                )
            )
        print(translate("cli.cmd_brief", "  file SHA-256 {hash}").format(hash=answer.pdf_sha256))
    return 0 if answer.issued else 1


def _list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    records = briefs.list_briefs(rt.ctx, args.reference)
    if args.json:
        print_json([r.to_json() for r in records])
        return 0
    if not records:
        print(
            translate("cli.cmd_brief", "No briefs issued for {reference}.").format(
                reference=args.reference.strip().upper()
            )
        )
        return 0
    rows = []
    for r in records:
        options = [
            f
            for f, on in (
                (translate("cli.cmd_brief", "redacted"), r.redacted),
                (translate("cli.cmd_brief", "restricted"), r.include_restricted),
                (translate("cli.cmd_brief", "draft"), r.draft),
            )
            if on
        ]
        if r.replaces_id:
            options.append(translate("cli.cmd_brief", "replaces #{id}").format(id=r.replaces_id))
        options += [translate("cli.cmd_brief", "NOT DELIVERED")] if r.delivery_error else []
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
    heads = [
        translate("cli.cmd_brief", "id"),
        translate("cli.cmd_brief", "issued"),
        translate("cli.cmd_brief", "by"),
        translate("cli.cmd_brief", "period (UTC)"),
        translate("cli.cmd_brief", "hash"),
        translate("cli.cmd_brief", "pages"),
        translate("cli.cmd_brief", "options"),
        translate("cli.cmd_brief", "file"),
    ]
    print(table(rows, heads))
    return 0

"""``consular family …``: the family update log, "tell the family" items and liaison officers."""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, print_json, runtime, table
from consular.cli.language import plural
from consular.domain.enums import Channel
from consular.i18n import format_date, translate
from consular.services import family_updates, liaison_officers

CHANNELS = [c.value for c in Channel]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "family",
        help=translate("cli.cmd_family", "the family update log, 'tell the family' items and family liaison officers"),
        description=translate(
            "cli.cmd_family",
            "What was told to which next of kin, when, by whom and how. A proof of life, a hostage "
            "status change, a public statement or a demand about the family opens a 'tell the "
            "family' item, due CONSULAR_TELL_FAMILY_HOURS hours later (default 24); recording a "
            "family update for a next of kin closes their hostage's open items (or those named with "
            "--covers). Items and updates about restricted developments are for the case team only. "
            "Void an update logged by mistake with `consular void family_update ID --reason …`.",
        ),
    )
    commands = parser.add_subparsers(dest="family_command", metavar="ACTION", required=True)

    p = commands.add_parser("log", help=translate("cli.cmd_family", "a case's family updates, newest first"))
    p.add_argument("reference", metavar="CASE")
    p.add_argument("--kin", metavar="NAME", help=translate("cli.cmd_family", "one next of kin's updates only"))
    p.add_argument("--include-voided", action="store_true")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_family", "print JSON"))
    p.set_defaults(handler=run_log)

    p = commands.add_parser("told", help=translate("cli.cmd_family", "record what was told to a next of kin"))
    p.add_argument("reference", metavar="CASE")
    p.add_argument(
        "--kin",
        required=True,
        metavar="NAME",
        help=translate("cli.cmd_family", "the next of kin (name, part of it, or id)"),
    )
    p.add_argument("--channel", required=True, choices=CHANNELS)
    p.add_argument("--text", required=True, metavar="TEXT", help=translate("cli.cmd_family", "what was told"))
    p.add_argument("--at", metavar="WHEN", help=translate("cli.cmd_family", "when, in the case's zone (default: now)"))
    p.add_argument("--by", metavar="USER", help=translate("cli.cmd_family", "who told them (default: you)"))
    p.add_argument(
        "--covers",
        metavar="ITEM",
        nargs="*",
        type=int,
        help=translate(
            "cli.cmd_family",
            "the 'tell the family' items it covers (ids; default: every open item of the hostage; "
            "--covers with no id: none)",
        ),
    )
    p.add_argument(
        "--restricted",
        action="store_true",
        help=translate("cli.cmd_family", "case team only (automatic for restricted items)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_family", "print JSON"))
    p.set_defaults(handler=run_told)

    p = commands.add_parser(
        "items", help=translate("cli.cmd_family", "open 'tell the family' items, the earliest due first")
    )
    p.add_argument(
        "reference", metavar="CASE", nargs="?", help=translate("cli.cmd_family", "one case (default: every case)")
    )
    p.add_argument("--all", action="store_true", help=translate("cli.cmd_family", "with a CASE: the done items too"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_family", "print JSON"))
    p.set_defaults(handler=run_items)

    p = commands.add_parser(
        "done", help=translate("cli.cmd_family", "close a 'tell the family' item by hand, with a reason")
    )
    p.add_argument("item_id", type=int, metavar="ITEM")
    p.add_argument("--reason", required=True, metavar="TEXT")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_family", "print JSON"))
    p.set_defaults(handler=run_done)

    p = commands.add_parser(
        "officer", help=translate("cli.cmd_family", "change a next of kin's family liaison officer, or list them")
    )
    p.add_argument("reference", metavar="CASE")
    p.add_argument(
        "--kin", metavar="NAME", help=translate("cli.cmd_family", "the next of kin (without --kin: list every officer)")
    )
    p.add_argument(
        "--to", metavar="USER", help=translate("cli.cmd_family", "the new officer's username ('' for nobody)")
    )
    p.add_argument("--reason", metavar="TEXT", help=translate("cli.cmd_family", "why the officer changes"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_family", "print JSON"))
    p.set_defaults(handler=run_officer)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def run_log(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = family_updates.family_log(rt.ctx, args.reference, kin=args.kin, include_voided=args.include_voided)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([u.to_json() for u in rows])
        return 0
    if not rows:
        print(translate("cli.cmd_family", "No family updates recorded."))
        return 0
    lines = [
        [
            str(u.id) + (" (voided)" if u.voided_at else ""),
            _when(u.told_at),
            f"{u.kin_name} ({u.relationship})",
            u.channel.label if u.channel else "restricted",
            u.told_by,
            u.what_told,
        ]
        for u in rows
    ]
    print(
        table(
            lines,
            [
                translate("cli.cmd_family", "ID"),
                translate("cli.cmd_family", "Told"),
                translate("cli.cmd_family", "Next of kin"),
                translate("cli.cmd_family", "Channel"),
                translate("cli.cmd_family", "By"),
                translate("cli.cmd_family", "What was told"),
            ],
        )
    )
    return 0


def run_told(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = family_updates.record_family_update(
            rt.ctx,
            args.reference,
            kin=args.kin,
            channel=args.channel,
            what_told=args.text,
            told_at=args.at,
            told_by=args.by,
            covers=args.covers,
            restricted=args.restricted,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
        return 0
    closed = len(view.closed_item_ids)
    if closed:
        text = plural(
            "cli.cmd_family",
            "Recorded family update #{id} for {kin_name}; closed %n 'tell the family' item(s).",
            closed,
        )
    else:
        text = translate("cli.cmd_family", "Recorded family update #{id} for {kin_name}.")
    print(text.format(id=view.id, kin_name=view.kin_name))
    return 0


def run_items(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = family_updates.tell_items(rt.ctx, args.reference, include_done=args.all)
        now = rt.ctx.now()
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([i.to_json() for i in rows])
        return 0
    if not rows:
        print(translate("cli.cmd_family", "No open 'tell the family' items."))
        return 0
    lines = []
    for i in rows:
        if i.done_at:
            state = translate("cli.cmd_family", "done {when}").format(when=_when(i.done_at)) + (
                f" ({i.done_reason})" if i.done_reason else ""
            )
        elif i.overdue(now):
            state = translate("cli.cmd_family", "OVERDUE since {when}").format(when=_when(i.due_at))
        else:
            state = translate("cli.cmd_family", "due {when}").format(when=_when(i.due_at))
        lines.append([str(i.id), i.reference, i.hostage_name, i.kind.label, i.what, state])
    print(
        table(
            lines,
            [
                translate("cli.cmd_family", "ID"),
                translate("cli.cmd_family", "Case"),
                translate("cli.cmd_family", "Family of"),
                translate("cli.cmd_family", "Development"),
                translate("cli.cmd_family", "What"),
                translate("cli.cmd_family", "State"),
            ],
        )
    )
    return 0


def run_done(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = family_updates.close_item(rt.ctx, args.item_id, reason=args.reason)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        print(translate("cli.cmd_family", "Closed item #{id} ({headline}).").format(id=view.id, headline=view.headline))
    return 0


def run_officer(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        if args.kin is None:
            if args.to is not None or args.reason is not None:
                raise CommandError(translate("cli.cmd_family", "--to and --reason need --kin NAME"))
            rows = liaison_officers.officers(rt.ctx, args.reference)
        else:
            if args.to is None or not args.reason:
                raise CommandError(translate("cli.cmd_family", "changing an officer needs --to USER and --reason TEXT"))
            rows = [
                liaison_officers.change_liaison_officer(
                    rt.ctx, args.reference, kin=args.kin, to_user=args.to, reason=args.reason
                )
            ]
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([o.to_json() for o in rows])
        return 0
    for o in rows:
        if o.since and o.officer:
            text = translate("cli.cmd_family", "{kin_name} ({relationship} of {hostage_name}): {officer} since {since}")
        elif o.officer:
            text = translate("cli.cmd_family", "{kin_name} ({relationship} of {hostage_name}): {officer}")
        else:
            text = translate("cli.cmd_family", "{kin_name} ({relationship} of {hostage_name}): no officer")
        print(
            text.format(
                kin_name=o.kin_name,
                relationship=o.relationship,
                hostage_name=o.hostage_name,
                officer=o.officer,
                since=format_date(o.since) if o.since else "",
            )
        )
        for c in o.earlier:
            print(
                translate(
                    "cli.cmd_family", "  changed on {changed_at} from {from_officer} to {to_officer}: {reason}"
                ).format(
                    changed_at=format_date(c.changed_at),
                    from_officer=c.from_officer or translate("cli.cmd_family", "nobody"),
                    to_officer=c.to_officer or translate("cli.cmd_family", "nobody"),
                    reason=c.reason,
                )
            )
    return 0

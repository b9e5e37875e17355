"""``consular contacts add REF ...`` and ``contacts list REF``: a case's contact log."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import print_json, runtime, table
from consular.domain import validation as v
from consular.domain.enums import Channel, Direction
from consular.domain.errors import ValidationError
from consular.domain.filters import ContactFilter
from consular.domain.timeutil import in_zone, parse_datetime
from consular.i18n import translate
from consular.services import cases, contacts, duplicates


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "contacts",
        help=translate("cli.cmd_contacts", "log a contact on a case or list its contacts"),
        description=translate("cli.cmd_contacts", "Work with a case's contact log."),
    )
    commands = group.add_subparsers(dest="contacts_command", metavar="ACTION", required=True)
    add = commands.add_parser(
        "add",
        help=translate("cli.cmd_contacts", "log a call, meeting, e-mail, video call, letter or message"),
        description=translate(
            "cli.cmd_contacts",
            "Log one contact on case REF. Each --with NAME is matched against the case's "
            "counterparts (exact name, else a unique part of a name), then against every "
            "counterpart: one with exactly that name is used. Otherwise the close matches (spelt "
            "alike: Mohanty/Mohanti) are listed with their ids and nothing is logged: pick one with "
            "--with-id ID, or add --new-counterpart to create the name as a new counterpart of "
            "category 'other' (the command says so on stderr). Prints the new entry's id.",
        ),
    )
    add.add_argument(
        "reference", metavar="REF", help=translate("cli.cmd_contacts", "case reference, e.g. BAM-2025-0001")
    )
    add.add_argument(
        "--at",
        required=True,
        metavar="ISO",
        help=translate(
            "cli.cmd_contacts", "when, ISO 8601 (2025-07-03T14:30+00:00; without an offset, the case's local time)"
        ),
    )
    add.add_argument(
        "--channel",
        required=True,
        metavar="CH",
        help=translate("cli.cmd_contacts", "one of: {values}").format(values=", ".join(c.value for c in Channel)),
    )
    add.add_argument(
        "--with",
        dest="with_names",
        action="append",
        default=[],
        metavar="NAME",
        help=translate("cli.cmd_contacts", "counterpart spoken with (repeat for several)"),
    )
    add.add_argument(
        "--with-id",
        dest="with_ids",
        action="append",
        type=int,
        default=[],
        metavar="ID",
        help=translate("cli.cmd_contacts", "counterpart spoken with, by id (as listed when a name has close matches)"),
    )
    add.add_argument(
        "--new-counterpart",
        action="store_true",
        help=translate(
            "cli.cmd_contacts", "create each --with NAME that matches no counterpart exactly as a new counterpart"
        ),
    )
    add.add_argument("--summary", required=True, metavar="TEXT", help=translate("cli.cmd_contacts", "one-line subject"))
    add.add_argument("--notes", metavar="TEXT", help=translate("cli.cmd_contacts", "full notes"))
    add.add_argument("--outcome", metavar="TEXT", help=translate("cli.cmd_contacts", "outcome / what was agreed"))
    add.add_argument(
        "--direction",
        default="outgoing",
        metavar="D",
        help=translate("cli.cmd_contacts", "one of: {values} (default outgoing)").format(
            values=", ".join(d.value for d in Direction)
        ),
    )
    add.add_argument("--duration", type=int, metavar="MIN", help=translate("cli.cmd_contacts", "duration in minutes"))
    add.add_argument(
        "--restricted",
        action="store_true",
        help=translate("cli.cmd_contacts", "mark RESTRICTED: kept out of family-facing and redacted outputs"),
    )
    add.add_argument(
        "--follow-up", action="store_true", help=translate("cli.cmd_contacts", "mark that a follow-up is needed")
    )
    add.add_argument(
        "--json",
        action="store_true",
        help=translate("cli.cmd_contacts", "print the new entry as JSON instead of its id"),
    )
    add.set_defaults(handler=run_add)

    listing = commands.add_parser(
        "list",
        help=translate("cli.cmd_contacts", "list a case's contacts, newest first, with their ids"),
        description=translate(
            "cli.cmd_contacts",
            "List the contacts of case REF, newest first. Voided entries are left out unless "
            "--include-voided is given; then they are marked VOIDED with who voided them and why.",
        ),
    )
    listing.add_argument(
        "reference", metavar="REF", help=translate("cli.cmd_contacts", "case reference, e.g. BAM-2025-0001")
    )
    listing.add_argument(
        "--include-voided", action="store_true", help=translate("cli.cmd_contacts", "also list voided entries, marked")
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.cmd_contacts", "print a JSON array"))
    listing.set_defaults(handler=run_list)


def run_add(args: argparse.Namespace) -> int:
    # Check everything that can be checked before touching the database, so a typo never
    # leaves a half-done change (e.g. a new counterpart but no contact).
    channel = Channel.parse(args.channel, "channel")
    direction = Direction.parse(args.direction, "direction")
    v.clean_text(args.summary, "summary", required=True, max_length=300)
    v.clean_text(args.notes, "notes", max_length=v.LONG_TEXT_MAX, multiline=True)
    v.positive_int(args.duration, "duration", minimum=0, maximum=24 * 60)
    names = [v.clean_text(n, "with", required=True, max_length=300, label="counterpart name") for n in args.with_names]
    if not names and not args.with_ids:
        raise ValidationError(
            "with", translate("cli.cmd_contacts", "Say who the contact was with: --with NAME or --with-id ID.")
        )
    rt = runtime(args)
    summary = cases.case_summary(rt.ctx, args.reference)
    at = parse_datetime(args.at, "at", default_zone=summary.timezone)
    if (at - rt.ctx.now()).total_seconds() > contacts.FUTURE_TOLERANCE_MINUTES * 60:
        raise ValidationError(
            "at",
            translate("cli.cmd_contacts", "{at} is in the future; check the date and time zone.").format(at=args.at),
        )

    resolved = duplicates.resolve_names(rt.ctx, summary.reference, names)
    unresolved = [r for r in resolved if r.chosen is None]
    if unresolved and not args.new_counterpart:
        raise ValidationError("with", _choose_message(summary.reference, unresolved))
    for r in resolved:
        if r.how == "exact":
            print(
                translate(
                    "cli.cmd_contacts", "consular: '{name}' is counterpart #{id} (of {value}); linked to {reference}."
                ).format(
                    name=r.name,
                    id=r.chosen.id,
                    value=", ".join(r.chosen.cases) or translate("cli.cmd_contacts", "no case"),
                    reference=summary.reference,
                ),
                file=sys.stderr,
            )
    created = []
    if unresolved:
        _, created = contacts.resolve_counterparts(rt.ctx, summary.reference, [r.name for r in unresolved])
    for counterpart in created:
        print(
            translate(
                "cli.cmd_contacts",
                "consular: no counterpart is called '{name}'; added it as a new counterpart (#{id}, category other).",
            ).format(name=counterpart.name, id=counterpart.id),
            file=sys.stderr,
        )
    chosen_ids = [r.chosen.id for r in resolved if r.chosen is not None] + list(args.with_ids)
    entry = contacts.log_contact(
        rt.ctx,
        summary.reference,
        occurred_at=at,
        channel=channel,
        direction=direction,
        subject=args.summary,
        notes=args.notes,
        outcome=args.outcome,
        duration_minutes=args.duration,
        restricted=args.restricted,
        follow_up_needed=args.follow_up,
        counterpart_ids=list(dict.fromkeys(chosen_ids + [c.id for c in created])),
    )
    if args.json:
        print_json(entry.to_json())
    else:
        print(entry.id)
        local = in_zone(entry.occurred_at, summary.timezone).strftime("%Y-%m-%d %H:%M %Z")
        print(
            translate(
                "cli.cmd_contacts", "Logged contact #{id} on {case_reference} at {local} with {counterpart_names}."
            ).format(
                id=entry.id, case_reference=entry.case_reference, local=local, counterpart_names=entry.counterpart_names
            ),
            file=sys.stderr,
        )
    return 0


def _choose_message(reference: str, unresolved) -> str:
    """One line (the CLI's errors are one line): each name, its matches with their ids, what to do."""
    parts = []
    for r in unresolved:
        listed = "; ".join(
            f"--with-id {m.id} {m.name}"
            + (f" ({', '.join(x for x in (m.organisation, m.phone) if x)})" if m.organisation or m.phone else "")
            + f" [{', '.join(m.cases) or translate('cli.cmd_contacts', 'no case')}]"
            for m in r.matches
        )
        if r.how == "several":
            part = translate("cli.cmd_contacts", "'{name}' matches several counterparts of {reference}: {listed}")
        elif r.matches:
            part = translate(
                "cli.cmd_contacts", "'{name}' is not a counterpart of {reference}; close matches: {listed}"
            )
        else:
            part = translate("cli.cmd_contacts", "no counterpart is called '{name}' or anything like it")
        parts.append(part.format(name=r.name, reference=reference, listed=listed))
    said = "; ".join(parts)
    return translate(
        "cli.cmd_contacts",
        "{problems}. Give more of the name, use --with-id ID, or add --new-counterpart to create it. "
        "Nothing was logged.",
    ).format(problems=said[:1].upper() + said[1:])


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    summary = cases.case_summary(rt.ctx, args.reference)
    entries = contacts.list_contacts(
        rt.ctx, summary.reference, ContactFilter(include_voided=args.include_voided), limit=None
    )
    if args.json:
        print_json([e.to_json() for e in entries])
        return 0
    if not entries:
        print(translate("cli.cmd_contacts", "No contacts logged."), file=sys.stderr)
        return 0
    rows = []
    for e in entries:
        mark = (
            translate("cli.cmd_contacts", "VOIDED by {who}: {reason}").format(who=e.voided_by, reason=e.void_reason)
            if e.voided
            else ""
        )
        local = in_zone(e.occurred_at, summary.timezone).strftime("%Y-%m-%d %H:%M")
        with_ = e.counterpart_names + (
            translate("cli.cmd_contacts", " [NOT VETTED: intermediary]") if e.unvetted_intermediaries else ""
        )
        rows.append([str(e.id), local, e.channel.value, with_, e.subject, mark])
    print(
        table(
            rows,
            [
                translate("cli.cmd_contacts", "ID"),
                translate("cli.cmd_contacts", "WHEN"),
                translate("cli.cmd_contacts", "CHANNEL"),
                translate("cli.cmd_contacts", "WITH"),
                translate("cli.cmd_contacts", "SUBJECT"),
                translate("cli.cmd_contacts", "VOIDED"),
            ],
        )
    )
    return 0

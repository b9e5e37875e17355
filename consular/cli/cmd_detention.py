"""``consular detention …``: a wrongful detention by a state — the detaining authority, the
place of detention and its transfers, the lawyer; charges, court hearings, consular visits and
notes verbales; and what is overdue."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime, table
from consular.cli.language import plural
from consular.domain.enums import ChargeStatus, VisitDecision
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services import detention, detention_overdue

CHARGE_STATUSES = [s.value for s in ChargeStatus]
DECISIONS = [d.value for d in VisitDecision if d != VisitDecision.PENDING]
WHEN_HELP = QT_TRANSLATE_NOOP(
    "cli.cmd_detention", "a date (2025-07-14) or date and time (2025-07-14T10:30), in the case's zone"
)


def _person(p) -> None:
    p.add_argument(
        "--person",
        type=int,
        metavar="PERSON_ID",
        help=translate(
            "cli.cmd_detention",
            "the detained national (needed only when the case has more than one national concerned)",
        ),
    )


def _restricted(p) -> None:
    p.add_argument(
        "--restricted", action="store_true", help=translate("cli.cmd_detention", "only the case team may read it")
    )


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "detention",
        help=translate(
            "cli.cmd_detention",
            "wrongful detention: authority, place, lawyer, charges, hearings, consular visits, notes verbales",
        ),
        description=translate(
            "cli.cmd_detention",
            "The detention file of a wrongful-detention case (kind 'wrongful_detention'): for each "
            "detained national the detaining authority, the place of detention (each change is a "
            "dated transfer) and the lawyer; the charges, the court hearings, the requests for "
            "consular visits (decision, the visit, findings, welfare observed) and the notes "
            "verbales (sent, answered). Overdue: a visit request without a decision after "
            "CONSULAR_VISIT_ANSWER_DAYS days (default 7), a note verbale unanswered after "
            "CONSULAR_NOTE_ANSWER_DAYS days (default 14), a hearing whose date passed without an "
            "outcome. Records marked restricted are read by the case team only. Void one recorded by "
            "mistake with `consular void charge|hearing|visit|note_verbale ID --reason …`.",
        ),
    )
    commands = parser.add_subparsers(dest="detention_command", metavar="ACTION", required=True)

    p = commands.add_parser(
        "show", help=translate("cli.cmd_detention", "a case's detention file (overdue items marked)")
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_show)

    p = commands.add_parser(
        "overdue",
        help=translate("cli.cmd_detention", "overdue visit requests, notes verbales and hearings of every active case"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_overdue)

    p = commands.add_parser(
        "set",
        help=translate(
            "cli.cmd_detention", "set the detaining authority, the place (a new place is a transfer) and the lawyer"
        ),
    )
    p.add_argument("reference", metavar="REF")
    _person(p)
    p.add_argument("--authority", metavar="TEXT", help=translate("cli.cmd_detention", "who detains the national"))
    p.add_argument(
        "--place",
        metavar="TEXT",
        help=translate("cli.cmd_detention", "where the national is held; a new place is recorded as a transfer"),
    )
    p.add_argument(
        "--since",
        metavar="WHEN",
        help=translate("cli.cmd_detention", "since when they are at --place (default: now); {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--lawyer", metavar="NAME", help=translate("cli.cmd_detention", "the lawyer's name"))
    p.add_argument("--firm", metavar="TEXT", help=translate("cli.cmd_detention", "the lawyer's firm"))
    p.add_argument(
        "--phone", metavar="NUMBER", help=translate("cli.cmd_detention", "the lawyer's phone, with its country code")
    )
    p.add_argument(
        "--appointed",
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when the lawyer was appointed; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_set)

    charge = commands.add_parser(
        "charge", help=translate("cli.cmd_detention", "charges: add, or change one (its status)")
    )
    sub = charge.add_subparsers(dest="charge_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", help=translate("cli.cmd_detention", "record a charge"))
    p.add_argument("reference", metavar="REF")
    _person(p)
    p.add_argument("--text", required=True, metavar="TEXT", help=translate("cli.cmd_detention", "the charge as filed"))
    p.add_argument(
        "--filed",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it was filed; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--status", choices=CHARGE_STATUSES, default="pending")
    p.add_argument(
        "--status-at",
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it took that status (needed unless pending)"),
    )
    _restricted(p)
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_charge_add)
    p = sub.add_parser(
        "status",
        help=translate("cli.cmd_detention", "a charge's new status (dropped, convicted, acquitted) and its date"),
    )
    p.add_argument("charge_id", type=int, metavar="ID")
    p.add_argument("status", choices=CHARGE_STATUSES)
    p.add_argument(
        "--at",
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_charge_status)

    hearing = commands.add_parser(
        "hearing", help=translate("cli.cmd_detention", "court hearings: add, or record one's outcome")
    )
    sub = hearing.add_subparsers(dest="hearing_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", help=translate("cli.cmd_detention", "record a hearing (past or to come)"))
    p.add_argument("reference", metavar="REF")
    _person(p)
    p.add_argument(
        "--date",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "the hearing's date; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--court", required=True, metavar="TEXT")
    p.add_argument("--outcome", metavar="TEXT", help=translate("cli.cmd_detention", "what was decided (once held)"))
    p.add_argument("--next", metavar="WHEN", help=translate("cli.cmd_detention", "the next hearing's date"))
    _restricted(p)
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_hearing_add)
    p = sub.add_parser("outcome", help=translate("cli.cmd_detention", "record a hearing's outcome and the next date"))
    p.add_argument("hearing_id", type=int, metavar="ID")
    p.add_argument("--outcome", required=True, metavar="TEXT")
    p.add_argument("--next", metavar="WHEN", help=translate("cli.cmd_detention", "the next hearing's date"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_hearing_outcome)

    visit = commands.add_parser(
        "visit", help=translate("cli.cmd_detention", "consular visits: request, decide, record the visit")
    )
    sub = visit.add_subparsers(dest="visit_command", metavar="ACTION", required=True)
    p = sub.add_parser("request", help=translate("cli.cmd_detention", "record a request for a consular visit"))
    p.add_argument("reference", metavar="REF")
    _person(p)
    p.add_argument(
        "--on",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it was requested; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument(
        "--note", type=int, metavar="NOTE_ID", help=translate("cli.cmd_detention", "the note verbale it went by")
    )
    _restricted(p)
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_visit_request)
    p = sub.add_parser(
        "decide",
        help=translate("cli.cmd_detention", "record the decision on a request: granted, refused, no_answer (closed)"),
    )
    p.add_argument("visit_id", type=int, metavar="ID")
    p.add_argument("decision", choices=DECISIONS)
    p.add_argument(
        "--on",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it was decided; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_visit_decide)
    p = sub.add_parser("record", help=translate("cli.cmd_detention", "record the visit made on a granted request"))
    p.add_argument("visit_id", type=int, metavar="ID")
    p.add_argument(
        "--on",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when the visit took place; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--by", required=True, metavar="WHO", help=translate("cli.cmd_detention", "who visited"))
    p.add_argument("--findings", metavar="TEXT")
    p.add_argument("--welfare", metavar="TEXT", help=translate("cli.cmd_detention", "the welfare observed"))
    p.add_argument(
        "--restricted",
        action="store_true",
        help=translate("cli.cmd_detention", "mark the visit restricted (its findings are sensitive)"),
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_visit_record)

    note = commands.add_parser(
        "note", help=translate("cli.cmd_detention", "notes verbales: add, or record one's answer")
    )
    sub = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    p = sub.add_parser("add", help=translate("cli.cmd_detention", "record a note verbale sent"))
    p.add_argument("reference", metavar="REF")
    _person(p)
    p.add_argument(
        "--number",
        required=True,
        metavar="TEXT",
        help=translate("cli.cmd_detention", "its reference number (NV/LFW/2025/114)"),
    )
    p.add_argument(
        "--sent",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it was sent; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument("--to", required=True, metavar="WHO", help=translate("cli.cmd_detention", "to whom"))
    p.add_argument("--subject", required=True, metavar="TEXT")
    _restricted(p)
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_note_add)
    p = sub.add_parser("answer", help=translate("cli.cmd_detention", "record a note verbale's answer"))
    p.add_argument("note_id", type=int, metavar="ID")
    p.add_argument(
        "--on",
        required=True,
        metavar="WHEN",
        help=translate("cli.cmd_detention", "when it was answered; {when_help}").format(
            when_help=translate("cli.cmd_detention", WHEN_HELP)
        ),
    )
    p.add_argument(
        "--summary", required=True, metavar="TEXT", help=translate("cli.cmd_detention", "what the answer said")
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_detention", "print JSON"))
    p.set_defaults(handler=run_note_answer)


def _day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else "—"


def _run(args: argparse.Namespace, work, text):
    rt = runtime(args)
    try:
        view = work(rt.ctx)
    finally:
        rt.opened.dispose()
    if getattr(args, "json", False):
        print_json(view.to_json())
    else:
        print(text(view))
    return 0


def run_show(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        f = detention.detention_file(rt.ctx, args.reference)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(f.to_json())
        return 0
    print(translate("cli.cmd_detention", "Detention file of {reference}").format(reference=f.reference))
    if not f.detentions:
        print(translate("cli.cmd_detention", "  No detention facts recorded (consular detention set …)."))
    for d in f.detentions:
        print(
            translate("cli.cmd_detention", "\n{person_name} (person #{person_id})").format(
                person_name=d.person_name, person_id=d.person_id
            )
        )
        print(translate("cli.cmd_detention", "  Authority: {value}").format(value=d.authority or "—"))
        print(
            translate("cli.cmd_detention", "  Place:     {value}").format(value=d.place or "—")
            + (translate("cli.cmd_detention", " since {day}").format(day=_day(d.place_since)) if d.place_since else "")
        )
        for p in d.places[:-1]:
            print(
                translate("cli.cmd_detention", "             before: {place} from {day}").format(
                    place=p.place, day=_day(p.since)
                )
            )
        print(translate("cli.cmd_detention", "  Lawyer:    {value}").format(value=d.lawyer_text()))

    def withheld(r, date) -> list[str]:
        return [str(r.id), _day(date), translate("cli.cmd_detention", "restricted")]

    def flag(r) -> str:
        return translate("cli.cmd_detention", "  OVERDUE") if getattr(r, "overdue", False) else ""

    print(translate("cli.cmd_detention", "\nConsular visits"))
    rows = [
        [*withheld(r, r.requested_at), "", "", ""]
        if r.withheld
        else [
            str(r.id),
            _day(r.requested_at),
            (
                r.decision.label
                + (
                    f" {_day(r.decided_at)}"
                    if r.decided_at
                    else plural("cli.cmd_detention", ", waiting %n day(s)", r.days_waiting)
                )
            )
            + flag(r),
            _day(r.visit_at)
            + (translate("cli.cmd_detention", " by {who}").format(who=r.visited_by) if r.visited_by else ""),
            r.note_reference or "",
            r.welfare_observed or "",
        ]
        for r in f.visits
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_detention", "ID"),
                translate("cli.cmd_detention", "Requested"),
                translate("cli.cmd_detention", "Decision"),
                translate("cli.cmd_detention", "Visit"),
                translate("cli.cmd_detention", "Note verbale"),
                translate("cli.cmd_detention", "Welfare observed"),
            ],
        )
        if rows
        else translate("cli.cmd_detention", "  none")
    )
    print(translate("cli.cmd_detention", "\nNotes verbales"))
    rows = [
        [*withheld(r, r.sent_at), "", ""]
        if r.withheld
        else [
            str(r.id),
            _day(r.sent_at),
            translate("cli.cmd_detention", "{reference}: {subject} (to {to})").format(
                reference=r.reference, subject=r.subject, to=r.addressed_to
            ),
            (
                f"{_day(r.answered_at)}: {r.answer_summary}"
                if r.answered_at
                else plural("cli.cmd_detention", "unanswered, %n day(s)", r.days_waiting)
            )
            + flag(r),
        ]
        for r in f.notes
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_detention", "ID"),
                translate("cli.cmd_detention", "Sent"),
                translate("cli.cmd_detention", "Note"),
                translate("cli.cmd_detention", "Answer"),
            ],
        )
        if rows
        else translate("cli.cmd_detention", "  none")
    )
    print(translate("cli.cmd_detention", "\nHearings"))
    rows = [
        [*withheld(r, r.held_at), "", ""]
        if r.withheld
        else [
            str(r.id),
            _day(r.held_at),
            r.court,
            (
                r.outcome
                or (
                    translate("cli.cmd_detention", "NO OUTCOME RECORDED")
                    if r.overdue
                    else translate("cli.cmd_detention", "to come")
                )
            )
            + flag(r),
            _day(r.next_at),
        ]
        for r in f.hearings
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_detention", "ID"),
                translate("cli.cmd_detention", "Date"),
                translate("cli.cmd_detention", "Court"),
                translate("cli.cmd_detention", "Outcome"),
                translate("cli.cmd_detention", "Next"),
            ],
        )
        if rows
        else translate("cli.cmd_detention", "  none")
    )
    print(translate("cli.cmd_detention", "\nCharges"))
    rows = [
        [*withheld(r, r.filed_at), ""]
        if r.withheld
        else [str(r.id), _day(r.filed_at), r.text, r.status.label + (f" {_day(r.status_at)}" if r.status_at else "")]
        for r in f.charges
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_detention", "ID"),
                translate("cli.cmd_detention", "Filed"),
                translate("cli.cmd_detention", "Charge"),
                translate("cli.cmd_detention", "Status"),
            ],
        )
        if rows
        else translate("cli.cmd_detention", "  none recorded")
    )
    return 0


def run_overdue(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        items, more = detention_overdue.overdue_requests(rt.ctx)
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([i.to_json() for i in items])
        return 0
    if not items:
        print(translate("cli.cmd_detention", "Nothing overdue."))
        return 0
    print(
        table(
            [[i.reference, i.kind, str(i.record_id), i.text] for i in items],
            [
                translate("cli.cmd_detention", "Case"),
                translate("cli.cmd_detention", "Kind"),
                translate("cli.cmd_detention", "ID"),
                translate("cli.cmd_detention", "What"),
            ],
        )
    )
    if more:
        print(translate("cli.cmd_detention", "(the first {count}; there are more)").format(count=len(items)))
    return 0


def run_set(args: argparse.Namespace) -> int:
    values = {
        "authority": args.authority,
        "place": args.place,
        "place_since": args.since,
        "lawyer_name": args.lawyer,
        "lawyer_firm": args.firm,
        "lawyer_phone": args.phone,
        "lawyer_appointed_at": args.appointed,
    }
    return _run(
        args,
        lambda ctx: detention.set_detention(ctx, args.reference, args.person, **values),
        lambda d: translate(
            "cli.cmd_detention", "Detention of {person}: held by {authority} at {place}; lawyer: {lawyer}."
        ).format(person=d.person_name, authority=d.authority or "—", place=d.place or "—", lawyer=d.lawyer_text()),
    )


def run_charge_add(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.record_charge(
            ctx,
            args.reference,
            args.person,
            text=args.text,
            filed_at=args.filed,
            status=args.status,
            status_at=args.status_at,
            restricted=args.restricted,
        ),
        lambda c: translate("cli.cmd_detention", "Recorded charge #{id} against {person}: {status}.").format(
            id=c.id, person=c.person_name, status=c.status.label.lower()
        ),
    )


def run_charge_status(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.edit_charge(ctx, args.charge_id, status=args.status, status_at=args.at),
        lambda c: (
            translate("cli.cmd_detention", "Charge #{id}: {status} on {day}.")
            if c.status_at
            else translate("cli.cmd_detention", "Charge #{id}: {status}.")
        ).format(id=c.id, status=c.status.label.lower(), day=_day(c.status_at)),
    )


def run_hearing_add(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.record_hearing(
            ctx,
            args.reference,
            args.person,
            held_at=args.date,
            court=args.court,
            outcome=args.outcome,
            next_at=args.next,
            restricted=args.restricted,
        ),
        lambda h: translate("cli.cmd_detention", "Recorded hearing #{id} on {day} at {court}.").format(
            id=h.id, day=_day(h.held_at), court=h.court
        ),
    )


def run_hearing_outcome(args: argparse.Namespace) -> int:
    changes = {"outcome": args.outcome}
    if args.next:
        changes["next_at"] = args.next
    return _run(
        args,
        lambda ctx: detention.edit_hearing(ctx, args.hearing_id, **changes),
        lambda h: translate("cli.cmd_detention", "Hearing #{id}: outcome recorded; next hearing {day}.").format(
            id=h.id, day=_day(h.next_at)
        ),
    )


def run_visit_request(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.request_visit(
            ctx, args.reference, args.person, requested_at=args.on, note_id=args.note, restricted=args.restricted
        ),
        lambda r: translate("cli.cmd_detention", "Recorded consular visit request #{id} for {person} ({day}).").format(
            id=r.id, person=r.person_name, day=_day(r.requested_at)
        ),
    )


def run_visit_decide(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.edit_visit(ctx, args.visit_id, decision=args.decision, decided_at=args.on),
        lambda r: translate("cli.cmd_detention", "Consular visit request #{id}: {decision} on {day}.").format(
            id=r.id, decision=r.decision.label.lower(), day=_day(r.decided_at)
        ),
    )


def run_visit_record(args: argparse.Namespace) -> int:
    changes = {"visit_at": args.on, "visited_by": args.by, "findings": args.findings, "welfare_observed": args.welfare}
    if args.restricted:
        changes["restricted"] = True
    return _run(
        args,
        lambda ctx: detention.edit_visit(ctx, args.visit_id, **changes),
        lambda r: translate("cli.cmd_detention", "Consular visit #{id} of {day} recorded.").format(
            id=r.id, day=_day(r.visit_at)
        ),
    )


def run_note_add(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.send_note(
            ctx,
            args.reference,
            args.person,
            note_reference=args.number,
            sent_at=args.sent,
            addressed_to=args.to,
            subject=args.subject,
            restricted=args.restricted,
        ),
        lambda n: translate("cli.cmd_detention", "Recorded note verbale #{id} ({reference}), sent {day}.").format(
            id=n.id, reference=n.reference, day=_day(n.sent_at)
        ),
    )


def run_note_answer(args: argparse.Namespace) -> int:
    return _run(
        args,
        lambda ctx: detention.edit_note(ctx, args.note_id, answered_at=args.on, answer_summary=args.summary),
        lambda n: translate("cli.cmd_detention", "Note verbale #{id} ({reference}): answered {day}.").format(
            id=n.id, reference=n.reference, day=_day(n.answered_at)
        ),
    )

"""``consular pol …``: proof of life — the question bank agreed with a family, and each proof
with how it was checked and assessed."""

from __future__ import annotations

import argparse

from consular.cli.common import CommandError, print_json, runtime, table
from consular.domain.enums import PolAssessment, PolMedium, PolQuestionState
from consular.i18n import QT_TRANSLATE_NOOP, translate
from consular.services import cases, proof_of_life
from consular.services.views import ParticipantView

MEDIA = [m.value for m in PolMedium]
VERDICTS = [a.value for a in PolAssessment]


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "pol",
        help=translate(
            "cli.cmd_pol", "proof of life: the question bank agreed with the family, and each proof with its check"
        ),
        description=translate(
            "cli.cmd_pol",
            "Proof of life in a hostage case. Each hostage has a question bank: questions agreed "
            "with the family beforehand and the answers they expect (drafted → agreed → used; "
            "compromised is final). Each proof of life records its medium, the question put and the "
            "answer received, the date it claims and the date established, and an assessment "
            "(pending, genuine, doubtful, false) with its basis. The last *verified* proof of life "
            "is the latest one assessed genuine. All of it is restricted: only the case team (and "
            "supervisors) read it, and every read is audited.",
        ),
        epilog=translate(
            "cli.cmd_pol", "HOSTAGE is a person id or (part of) a hostage's name in the case, e.g. --hostage verma."
        ),
    )
    commands = parser.add_subparsers(dest="pol_command", metavar="ACTION", required=True)

    p = commands.add_parser("questions", help=translate("cli.cmd_pol", "list a case's question bank"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE", help=translate("cli.cmd_pol", "only this hostage's questions"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_pol", "print JSON"))
    p.set_defaults(handler=run_questions)

    p = commands.add_parser(
        "add-question",
        help=translate("cli.cmd_pol", "add a question and the answer the family expects"),
        description=translate(
            "cli.cmd_pol",
            "Add a question to a hostage's bank. With --agreed-with it starts agreed with that next "
            "of kin; otherwise it is drafted until agreed (`consular pol agree`).",
        ),
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE", required=True)
    p.add_argument("--question", required=True, metavar="TEXT")
    p.add_argument(
        "--answer", required=True, metavar="TEXT", help=translate("cli.cmd_pol", "the answer the family expects")
    )
    p.add_argument(
        "--agreed-with", metavar="KIN", help=translate("cli.cmd_pol", "the next of kin (id or name) who agreed it")
    )
    p.add_argument(
        "--agreed-at",
        metavar="WHEN",
        help=translate("cli.cmd_pol", "when it was agreed (default: now), in the case's zone"),
    )
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_pol", "print JSON"))
    p.set_defaults(handler=run_add_question)

    p = commands.add_parser("agree", help=translate("cli.cmd_pol", "mark a drafted question agreed with a next of kin"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("question_id", type=int, metavar="QID")
    p.add_argument(
        "--with",
        dest="agreed_with",
        required=True,
        metavar="KIN",
        help=translate("cli.cmd_pol", "next of kin (id or name)"),
    )
    p.set_defaults(handler=run_agree)

    p = commands.add_parser(
        "compromise",
        help=translate("cli.cmd_pol", "retire a question whose answer may be known (final)"),
        description=translate("cli.cmd_pol", "Mark compromised."),
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("question_id", type=int, metavar="QID")
    p.set_defaults(handler=run_compromise)

    p = commands.add_parser(
        "record",
        help=translate("cli.cmd_pol", "record a proof of life with how it was checked"),
        description=translate(
            "cli.cmd_pol",
            "Record a proof of life received at --at. With --question, the agreed question put is "
            "marked used; say whether the answer matched with --matched yes|no. An assessment other "
            "than pending needs --basis.",
        ),
    )
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE", required=True)
    p.add_argument(
        "--at", required=True, metavar="WHEN", help=translate("cli.cmd_pol", "when it was received, in the case's zone")
    )
    p.add_argument("--medium", required=True, choices=MEDIA)
    p.add_argument("--what", required=True, metavar="TEXT", help=translate("cli.cmd_pol", "what the proof shows"))
    p.add_argument("--source", metavar="TEXT")
    p.add_argument("--question", type=int, metavar="QID", help=translate("cli.cmd_pol", "the agreed question put"))
    p.add_argument("--answer", metavar="TEXT", help=translate("cli.cmd_pol", "the answer received"))
    p.add_argument("--matched", choices=["yes", "no"], help=translate("cli.cmd_pol", "whether the answer matched"))
    p.add_argument("--claimed", metavar="WHEN", help=translate("cli.cmd_pol", "the date the proof claims for itself"))
    p.add_argument("--established", metavar="WHEN", help=translate("cli.cmd_pol", "the date analysis established"))
    p.add_argument("--assessment", choices=VERDICTS, default="pending")
    p.add_argument("--basis", metavar="TEXT", help=translate("cli.cmd_pol", "what the assessment rests on"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_pol", "print JSON"))
    p.set_defaults(handler=run_record)

    p = commands.add_parser("assess", help=translate("cli.cmd_pol", "assess or re-assess a proof of life"))
    p.add_argument(
        "proof_id",
        type=int,
        metavar="ID",
        help=translate("cli.cmd_pol", "the proof of life's id (`consular pol list`)"),
    )
    p.add_argument("--assessment", required=True, choices=VERDICTS[1:])
    p.add_argument("--basis", required=True, metavar="TEXT")
    p.add_argument("--established", metavar="WHEN", help=translate("cli.cmd_pol", "the date analysis established"))
    p.add_argument(
        "--medium", choices=MEDIA, help=translate("cli.cmd_pol", "needed for a proof recorded before checks existed")
    )
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_pol", "print JSON"))
    p.set_defaults(handler=run_assess)

    p = commands.add_parser("list", help=translate("cli.cmd_pol", "list a case's proofs of life, newest first"))
    p.add_argument("reference", metavar="REF")
    p.add_argument("--hostage", metavar="HOSTAGE")
    p.add_argument("--include-voided", action="store_true")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_pol", "print JSON"))
    p.set_defaults(handler=run_list)


# Who was looked for ("hostage", "next_of_kin") → the message when nobody, or several, match.
_NOT_FOUND = {
    "hostage": QT_TRANSLATE_NOOP("cli.cmd_pol", "No hostage of {reference} matches '{key}'. The hostages: {names}."),
    "next_of_kin": QT_TRANSLATE_NOOP(
        "cli.cmd_pol", "No next of kin of {reference} matches '{key}'. The next of kin: {names}."
    ),
}
_SEVERAL = {
    "hostage": QT_TRANSLATE_NOOP(
        "cli.cmd_pol", "'{key}' matches several hostages of {reference}: {names}. Give the id."
    ),
    "next_of_kin": QT_TRANSLATE_NOOP(
        "cli.cmd_pol", "'{key}' matches several next of kin of {reference}: {names}. Give the id."
    ),
}


def _person(people: list[ParticipantView], key: str | None, what: str, reference: str) -> int | None:
    """The person id named by ``key``: an id, or a unique part of a name (any case)."""
    if key is None:
        return None
    if key.strip().isdigit():
        wanted = int(key)
        if any(p.person.id == wanted for p in people):
            return wanted
    needle = key.strip().casefold()
    found = [p for p in people if needle and needle in p.person.full_name.casefold()]
    if len(found) == 1:
        return found[0].person.id
    names = ", ".join(f"{p.person.full_name} (#{p.person.id})" for p in people) or translate("cli.cmd_pol", "none")
    message = _NOT_FOUND[what] if not found else _SEVERAL[what]
    raise CommandError(translate("cli.cmd_pol", message).format(reference=reference, key=key, names=names))


def hostage_id(ctx, reference: str, key: str | None) -> int | None:
    """The person id of the hostage of ``reference`` named by ``key`` (an id or part of a name)."""
    if key is None:
        return None
    return _person(cases.get_case(ctx, reference).hostages, key, "hostage", reference)


def _kin(ctx, reference: str, key: str | None) -> int | None:
    if key is None:
        return None
    detail = cases.get_case(ctx, reference)
    return _person([p for p in detail.participants if p.role.value == "next_of_kin"], key, "next_of_kin", reference)


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "—"


def _print_questions(rows) -> None:
    if not rows:
        print(translate("cli.cmd_pol", "No proof-of-life questions."))
        return
    print(
        table(
            [
                [
                    str(q.id),
                    q.hostage_name,
                    q.state.label,
                    q.question,
                    q.expected_answer or "—",
                    q.agreed_with or "—",
                ]
                for q in rows
            ],
            [
                translate("cli.cmd_pol", "ID"),
                translate("cli.cmd_pol", "Hostage"),
                translate("cli.cmd_pol", "State"),
                translate("cli.cmd_pol", "Question"),
                translate("cli.cmd_pol", "Expected answer"),
                translate("cli.cmd_pol", "Agreed with"),
            ],
        )
    )


def run_questions(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = proof_of_life.list_questions(rt.ctx, args.reference, hostage_id(rt.ctx, args.reference, args.hostage))
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([q.to_json() for q in rows])
    else:
        _print_questions(rows)
    return 0


def run_add_question(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = proof_of_life.add_question(
            rt.ctx,
            args.reference,
            hostage_id(rt.ctx, args.reference, args.hostage),
            question=args.question,
            expected_answer=args.answer,
            agreed_with_person_id=_kin(rt.ctx, args.reference, args.agreed_with),
            agreed_at=args.agreed_at,
            note=args.note,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        print(
            translate("cli.cmd_pol", "Question #{id} for {hostage_name}: {value}.").format(
                id=view.id, hostage_name=view.hostage_name, value=view.state.label.lower()
            )
        )
    return 0


def _set_state(args: argparse.Namespace, state: PolQuestionState, kin_key: str | None = None) -> int:
    rt = runtime(args)
    try:
        changes = {"state": state}
        if kin_key is not None:
            changes["agreed_with_person_id"] = _kin(rt.ctx, args.reference, kin_key)
        current = {q.id: q for q in proof_of_life.list_questions(rt.ctx, args.reference)}
        if args.question_id not in current:
            raise CommandError(
                translate("cli.cmd_pol", "{reference} has no proof-of-life question #{question_id}.").format(
                    reference=args.reference, question_id=args.question_id
                )
            )
        view = proof_of_life.update_question(
            rt.ctx, args.question_id, expected_version=current[args.question_id].version, **changes
        )
    finally:
        rt.opened.dispose()
    print(
        translate("cli.cmd_pol", "Question #{id} for {hostage_name}: {value}.").format(
            id=view.id, hostage_name=view.hostage_name, value=view.state.label.lower()
        )
    )
    return 0


def run_agree(args: argparse.Namespace) -> int:
    return _set_state(args, PolQuestionState.AGREED, args.agreed_with)


def run_compromise(args: argparse.Namespace) -> int:
    return _set_state(args, PolQuestionState.COMPROMISED)


def _describe(view) -> str:
    if view.withheld:
        return translate("cli.cmd_pol", "#{id} {when}: restricted").format(id=view.id, when=_when(view.occurred_at))
    matched = {
        True: translate("cli.cmd_pol", "answer matched"),
        False: translate("cli.cmd_pol", "answer did NOT match"),
        None: translate("cli.cmd_pol", "no question put"),
    }[view.answer_matched]
    medium = view.medium.label.lower() if view.medium else translate("cli.cmd_pol", "medium not recorded")
    return (
        f"#{view.id} {_when(view.occurred_at)} {view.hostage_name}: {medium}, {matched}; "
        f"{view.assessment.label.lower()}" + (f" ({view.assessment_basis})" if view.assessment_basis else "")
    )


def run_record(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = proof_of_life.record_proof_of_life(
            rt.ctx,
            args.reference,
            hostage_id(rt.ctx, args.reference, args.hostage),
            occurred_at=args.at,
            description=args.what,
            medium=args.medium,
            source=args.source,
            question_id=args.question,
            answer_received=args.answer,
            answer_matched=None if args.matched is None else args.matched == "yes",
            claimed_at=args.claimed,
            established_at=args.established,
            assessment=args.assessment,
            assessment_basis=args.basis,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        print(translate("cli.cmd_pol", "Recorded proof of life {describe}").format(describe=_describe(view)))
    return 0


def run_assess(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        view = proof_of_life.assess(
            rt.ctx,
            args.proof_id,
            assessment=args.assessment,
            basis=args.basis,
            established_at=args.established,
            medium=args.medium,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(view.to_json())
    else:
        print(translate("cli.cmd_pol", "Assessed proof of life {describe}").format(describe=_describe(view)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        rows = proof_of_life.history(
            rt.ctx,
            args.reference,
            hostage_id(rt.ctx, args.reference, args.hostage),
            include_voided=args.include_voided,
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json([p.to_json() for p in rows])
    elif not rows:
        print(translate("cli.cmd_pol", "No proofs of life."))
    else:
        for view in rows:
            print((translate("cli.cmd_pol", "[voided] ") if view.voided_at else "") + _describe(view))
    return 0

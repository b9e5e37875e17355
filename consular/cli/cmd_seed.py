"""``consular seed demo`` and ``consular seed synthetic --cases N``: fill a database."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import CommandError, open_for, read_password_file
from consular.i18n import translate
from consular.services import database as database_service


def register(subparsers) -> None:
    seed = subparsers.add_parser(
        "seed",
        help=translate("cli.cmd_seed", "load the demo cases, or generate synthetic data at scale"),
        description=translate("cli.cmd_seed", "Fill the database with demo or synthetic data."),
    )
    commands = seed.add_subparsers(dest="seed_command", metavar="WHAT", required=True)

    demo = commands.add_parser(
        "demo",
        help=translate("cli.cmd_seed", "load the fictional demo cases from seeds/demo (safe to repeat)"),
        description=translate(
            "cli.cmd_seed",
            "Load the demo staff, posts and cases from seeds/demo/*.toml through the services. "
            "Running it again leaves the data as it is: cases already loaded are skipped.",
        ),
    )
    demo.add_argument(
        "--seeds-dir",
        metavar="DIR",
        help=translate("cli.cmd_seed", "read the seed files from DIR instead of seeds/demo"),
    )
    demo.add_argument(
        "--staff-password-file",
        metavar="F",
        help=translate(
            "cli.cmd_seed",
            "give the seed's new staff accounts the password in F (yours, mode 600); default: a "
            "random password each, for an administrator to reset",
        ),
    )
    demo.set_defaults(handler=run_demo)

    synthetic = commands.add_parser(
        "synthetic",
        help=translate("cli.cmd_seed", "generate N realistic synthetic cases (for measuring large databases)"),
        description=translate(
            "cli.cmd_seed",
            "Generate N synthetic cases with people, next of kin, counterparts, contacts with long "
            "notes, milestones and tasks, in bulk. The same --seed gives the same data. Adds to what "
            "is there; progress goes to stderr.",
        ),
    )
    synthetic.add_argument(
        "--cases", metavar="N", type=int, required=True, help=translate("cli.cmd_seed", "number of cases to generate")
    )
    synthetic.add_argument(
        "--seed", metavar="S", type=int, default=1, help=translate("cli.cmd_seed", "random seed (default 1)")
    )
    synthetic.add_argument(
        "--long-case",
        metavar="EVENTS",
        type=int,
        default=0,
        help=translate(
            "cli.cmd_seed",
            "also make one long wrongful-detention case with about EVENTS timeline events (visits, "
            "hearings, family calls, notes verbales over years), for measuring big timelines",
        ),
    )
    synthetic.set_defaults(handler=run_synthetic)


def run_demo(args: argparse.Namespace) -> int:
    from consular.seeding.demo import load_demo

    staff_password = read_password_file(args.staff_password_file) if args.staff_password_file else None
    # Loading acts as the seed's staff: only a signed-in administrator may (load_demo checks).
    opened = open_for(args)
    try:
        report = database_service.run_whole_database_job(
            opened,
            lambda database: load_demo(
                database, seeds_dir=args.seeds_dir, username=opened.ctx.actor.username, staff_password=staff_password
            ),
        )
    finally:
        opened.dispose()
    print(report.summary())
    if report.cases_loaded:
        print(translate("cli.cmd_seed", "The demo data is fictional; see seeds/README.md."), file=sys.stderr)
    return 0


def run_synthetic(args: argparse.Namespace) -> int:
    from consular.seeding.synthetic import MAX_CASES, MAX_LONG_CASE_EVENTS, generate

    if not 1 <= args.cases <= MAX_CASES:
        raise CommandError(
            translate("cli.cmd_seed", "--cases must be between 1 and {max_cases:,}; got {cases}.").format(
                max_cases=MAX_CASES, cases=args.cases
            )
        )
    if not 0 <= args.long_case <= MAX_LONG_CASE_EVENTS:
        raise CommandError(
            translate(
                "cli.cmd_seed", "--long-case must be between 0 and {max_long_case_events:,}; got {long_case}."
            ).format(max_long_case_events=MAX_LONG_CASE_EVENTS, long_case=args.long_case)
        )
    opened = open_for(args)
    try:
        report = database_service.run_whole_database_job(
            opened,
            lambda database: generate(
                database,
                cases=args.cases,
                seed=args.seed,
                username=opened.ctx.actor.username,
                progress=True,
                long_case_events=args.long_case,
            ),
        )
    finally:
        opened.dispose()
    print(report.summary())
    return 0

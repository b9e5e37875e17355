"""Which module registers which command, so that the argument parser imports only the one that runs.

Importing a command's module imports its services, and with them SQLAlchemy, the models,
Argon2, cryptography and reportlab: about a second before anything happens. ``consular
--help`` and ``consular --version`` need only each command's name and its line in the help,
listed here; ``consular COMMAND ...`` imports the module of COMMAND alone (see
:func:`register`). The list is checked against the modules themselves by
``tests/test_cli_startup.py``: a new ``cmd_<name>.py`` still works without a line here (it is
imported up front), but the test asks for its line.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil

from consular.i18n import QT_TRANSLATE_NOOP, translate

#: Module (``consular/cli/cmd_<name>.py``) → the commands it registers, in its order, each with
#: the help line its ``add_parser`` gives (shown by ``consular --help``).
COMMANDS: dict[str, tuple[tuple[str, str], ...]] = {
    "cmd_audit": (("audit", QT_TRANSLATE_NOOP("cli.cmd_audit", "verify, list and export the audit trail")),),
    "cmd_brief": (
        (
            "brief",
            QT_TRANSLATE_NOOP("cli.cmd_brief", "write a status brief of a case as PDF (or list the briefs issued)"),
        ),
    ),
    "cmd_cases": (("cases", QT_TRANSLATE_NOOP("cli.cmd_cases", "list cases or show one case")),),
    "cmd_contacts": (
        ("contacts", QT_TRANSLATE_NOOP("cli.cmd_contacts", "log a contact on a case or list its contacts")),
    ),
    "cmd_db": (("db", QT_TRANSLATE_NOOP("cli.cmd_db", "create or upgrade the database schema, or show its revision")),),
    "cmd_demands": (
        (
            "demands",
            QT_TRANSLATE_NOOP("cli.cmd_demands", "the demands register: every demand, its deadline and the response"),
        ),
        (
            "vetting",
            QT_TRANSLATE_NOOP(
                "cli.cmd_demands", "intermediaries' vetting: under vetting, vetted, rejected, with the basis"
            ),
        ),
    ),
    "cmd_detention": (
        (
            "detention",
            QT_TRANSLATE_NOOP(
                "cli.cmd_detention",
                "wrongful detention: authority, place, lawyer, charges, hearings, consular visits, notes verbales",
            ),
        ),
    ),
    "cmd_escalations": (
        (
            "escalations",
            QT_TRANSLATE_NOOP(
                "cli.cmd_escalations",
                "your escalation queue as case supervisor: overdue family-contact plans and tasks",
            ),
        ),
    ),
    "cmd_export": (("export", QT_TRANSLATE_NOOP("cli.cmd_export", "export case data for others (timeline)")),),
    "cmd_family": (
        (
            "family",
            QT_TRANSLATE_NOOP(
                "cli.cmd_family", "the family update log, 'tell the family' items and family liaison officers"
            ),
        ),
    ),
    "cmd_filters": (
        ("filters", QT_TRANSLATE_NOOP("cli.cmd_filters", "saved filters of the case list and the contact log")),
    ),
    "cmd_import": (
        (
            "import",
            QT_TRANSLATE_NOOP(
                "cli.cmd_import", "import cases, people or contacts from a CSV or XLSX file (dry run, undo)"
            ),
        ),
    ),
    "cmd_letter": (
        (
            "letter",
            QT_TRANSLATE_NOOP(
                "cli.cmd_letter",
                "write a family update letter (PDF) to a next of kin from the entries shareable with family",
            ),
        ),
    ),
    "cmd_merge": (
        (
            "duplicates",
            QT_TRANSLATE_NOOP("cli.cmd_merge", "candidate duplicate people or counterparts, with a score and why"),
        ),
        ("merge", QT_TRANSLATE_NOOP("cli.cmd_merge", "merge two people or two counterparts; undo a merge")),
    ),
    "cmd_pol": (
        (
            "pol",
            QT_TRANSLATE_NOOP(
                "cli.cmd_pol",
                "proof of life: the question bank agreed with the family, and each proof with its check",
            ),
        ),
    ),
    "cmd_repatriation": (
        (
            "repatriation",
            QT_TRANSLATE_NOOP(
                "cli.cmd_repatriation", "the repatriation checklist of each released national: items, owners, due dates"
            ),
        ),
    ),
    "cmd_report": (
        (
            "report",
            QT_TRANSLATE_NOOP(
                "cli.cmd_report",
                "reports across cases: held nationals, monthly statistics, workload, family-contact compliance",
            ),
        ),
    ),
    "cmd_search": (
        (
            "search",
            QT_TRANSLATE_NOOP(
                "cli.cmd_search", "search cases, people, counterparts, contact notes, milestones and tasks"
            ),
        ),
    ),
    "cmd_seed": (
        ("seed", QT_TRANSLATE_NOOP("cli.cmd_seed", "load the demo cases, or generate synthetic data at scale")),
    ),
    "cmd_share": (
        (
            "share",
            QT_TRANSLATE_NOOP(
                "cli.cmd_share", "mark a contact, milestone or hostage status change shareable with family"
            ),
        ),
    ),
    "cmd_users": (
        ("users", QT_TRANSLATE_NOOP("cli.cmd_users", "manage accounts (administrators)")),
        ("passwd", QT_TRANSLATE_NOOP("cli.cmd_users", "change your own password")),
    ),
    "cmd_void": (
        (
            "void",
            QT_TRANSLATE_NOOP(
                "cli.cmd_void", "void a hostage status entry, milestone, contact or task recorded by mistake"
            ),
        ),
    ),
    "cmd_welfare": (
        (
            "welfare",
            QT_TRANSLATE_NOOP(
                "cli.cmd_welfare", "the welfare log: condition, medication needs and supply, report by report"
            ),
        ),
    ),
}


def command_modules() -> list[str]:
    """The names of every ``cmd_*`` module of :mod:`consular.cli`, sorted (the order of --help)."""
    import consular.cli as cli_package

    return sorted(info.name for info in pkgutil.iter_modules(cli_package.__path__) if info.name.startswith("cmd_"))


def register(subparsers, command: str | None = None, *, every: bool = False) -> None:
    """Add every command to ``subparsers`` in the order of :func:`command_modules`.

    The module that registers ``command`` (and, with ``every``, each module) is imported and
    registers its commands in full; the others are listed by name and help line only, enough
    for ``--help``, ``--version`` and for finding which command was asked for. A module that
    :data:`COMMANDS` does not list is always imported.
    """
    for module in command_modules():
        listed = COMMANDS.get(module)
        if every or listed is None or any(name == command for name, _ in listed):
            importlib.import_module(f"consular.cli.{module}").register(subparsers)
            continue
        for name, help_line in listed:
            # No options of its own: whatever follows the name is left for the full parse.
            subparsers.add_parser(name, help=translate(f"cli.{module}", help_line), add_help=False)


def parsed_command(parser: argparse.ArgumentParser, argv: list[str]) -> str | None:
    """The command ``argv`` asks for, from a parser built by :func:`register` without one;
    None for none. ``--help``, ``--version`` and mistakes in the global options end here,
    as they would on the full parser (same text, same exit status)."""
    known, _ = parser.parse_known_args(argv)
    return getattr(known, "command", None)

"""``consular letter``: the family update letter (PDF) to one next of kin."""

from __future__ import annotations

import argparse

from consular.cli.common import print_json, runtime
from consular.cli.language import plural
from consular.i18n import translate
from consular.reports import letter_templates
from consular.services import family_letter


def register(subparsers) -> None:
    languages = list(letter_templates.templates())
    parser = subparsers.add_parser(
        "letter",
        help=translate(
            "cli.cmd_letter",
            "write a family update letter (PDF) to a next of kin from the entries shareable with family",
        ),
        description=translate(
            "cli.cmd_letter",
            "Write a dated letter from the post to one next of kin, made only of the case's entries "
            "marked shareable with family (`consular share`) that concern their hostage, in date "
            "order and in their family wording: no restricted content, no classification banner, no "
            "case reference. It is written in the next of kin's preferred language when there is a "
            "template for it ({languages}); otherwise the command says so and --lang en writes it in English. "
            "Before anything is "
            "written the letter is checked against the case's restricted content, and refused if it "
            "repeats any of it. The file is private (0600), the letter is audited, and its footer "
            "carries the audit chain head as its reference. Only the case's team and supervisors "
            "write letters.",
        ).format(languages=", ".join(languages)),
        epilog=translate(
            "cli.cmd_letter",
            "Example: consular letter BAM-2025-0001 --kin sunita --from 2025-07-01 --to 2025-07-31 -o letter.pdf",
        ),
    )
    parser.add_argument(
        "reference", metavar="CASE", help=translate("cli.cmd_letter", "the case reference, e.g. BAM-2025-0001")
    )
    parser.add_argument(
        "--kin",
        required=True,
        metavar="NAME|ID",
        help=translate("cli.cmd_letter", "the next of kin: their id, person id, or part of their name"),
    )
    parser.add_argument(
        "--lang",
        choices=languages,
        help=translate("cli.cmd_letter", "the letter's language (default: the next of kin's preferred language)"),
    )
    parser.add_argument(
        "--from",
        dest="start",
        metavar="D",
        help=translate("cli.cmd_letter", "first day of the period, YYYY-MM-DD (default: the incident)"),
    )
    parser.add_argument(
        "--to",
        dest="end",
        metavar="D",
        help=translate("cli.cmd_letter", "last day of the period, YYYY-MM-DD (default: today)"),
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.pdf",
        help=translate("cli.cmd_letter", "where to write the letter"),
    )
    parser.add_argument(
        "--json", action="store_true", help=translate("cli.cmd_letter", "print what was written as JSON")
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    rt = runtime(args)
    try:
        issued = family_letter.issue_letter(
            rt.ctx, args.reference, args.kin, args.output, language=args.lang, start=args.start, end=args.end
        )
    finally:
        rt.opened.dispose()
    if args.json:
        print_json(issued.to_json())
    else:
        name = letter_templates.template(issued.language).name
        print(
            plural(
                "cli.cmd_letter",
                "Wrote the family update letter to {kin_name} ({name}, %n entry/entries) to {path}; "
                "reference {chain_head}.",
                issued.entries,
            ).format(
                kin_name=issued.kin_name,
                name=name,
                path=issued.path,
                chain_head=issued.chain_head,
            )
        )
    return 0

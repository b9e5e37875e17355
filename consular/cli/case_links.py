"""``consular cases link REF OTHER`` and ``consular cases unlink REF OTHER``: linked cases."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from consular.cli.common import print_json, runtime
from consular.domain.enums import CaseLinkKind
from consular.i18n import translate

if TYPE_CHECKING:
    from consular.services.case_links import CaseLinkView

KINDS = [k.value for k in CaseLinkKind]


def register_links(commands) -> None:
    parser = commands.add_parser(
        "link",
        help=translate("cli.case_links", "link two cases: taken in the same incident, or related (both cases' team)"),
        description=translate(
            "cli.case_links",
            "Link two cases so that each shows the other on its overview, on the brief and in `cases "
            "show`. You must be on both cases' teams (or a supervisor): a link tells each case's "
            "readers about the other. Readers off the other case's team see its reference and post "
            "only.",
        ),
    )
    parser.add_argument(
        "reference", metavar="REF", help=translate("cli.case_links", "a case reference, e.g. BAM-2025-0001")
    )
    parser.add_argument("other", metavar="OTHER", help=translate("cli.case_links", "the case to link it with"))
    parser.add_argument(
        "--kind",
        choices=KINDS,
        default="related",
        help=translate("cli.case_links", "how they are linked (default related)"),
    )
    parser.add_argument("--note", metavar="TEXT", help=translate("cli.case_links", "why they are linked"))
    parser.add_argument("--json", action="store_true", help=translate("cli.case_links", "print the link as JSON"))
    parser.set_defaults(handler=run_link)

    parser = commands.add_parser(
        "unlink",
        help=translate("cli.case_links", "undo the link between two cases, with a reason (kept on record)"),
        description=translate(
            "cli.case_links",
            "Undo the link between two cases. The link stays on record with who undid it, when and "
            "why; `cases show` no longer lists it.",
        ),
    )
    parser.add_argument("reference", metavar="REF")
    parser.add_argument("other", metavar="OTHER")
    parser.add_argument(
        "--reason", required=True, metavar="TEXT", help=translate("cli.case_links", "why they are unlinked")
    )
    parser.add_argument("--json", action="store_true", help=translate("cli.case_links", "print the link as JSON"))
    parser.set_defaults(handler=run_unlink)


def run_link(args: argparse.Namespace) -> int:
    from consular.services import case_links  # here: `cases list` does not pay its import

    rt = runtime(args)
    link = case_links.link_cases(rt.ctx, args.reference, args.other, kind=args.kind, note=args.note)
    _print(
        args,
        link,
        translate("cli.case_links", "Linked {reference} with {other} ({kind}).").format(
            reference=link.case_reference, other=link.other_reference, kind=link.kind.label.lower()
        ),
    )
    return 0


def run_unlink(args: argparse.Namespace) -> int:
    from consular.services import case_links  # here: `cases list` does not pay its import

    rt = runtime(args)
    link = case_links.unlink_cases(rt.ctx, args.reference, args.other, reason=args.reason)
    _print(
        args,
        link,
        translate("cli.case_links", "Unlinked {reference} from {other}; the link stays on record.").format(
            reference=link.case_reference, other=link.other_reference
        ),
    )
    return 0


def _print(args, link: CaseLinkView, text: str) -> None:
    if args.json:
        print_json(link.to_json())
    else:
        print(text)


def link_lines(links: list[CaseLinkView]) -> list[str]:
    """The "Linked cases" section of ``cases show``."""
    lines = [translate("cli.case_links", "Linked cases ({count}):").format(count=len(links))]
    for link in links:
        lines.append(f"  {link.describe()}")
        if link.note:
            lines.append("      " + translate("cli.case_links", "note: {note}").format(note=link.note))
    return lines

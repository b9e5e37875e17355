"""``consular search TEXT``: full-text search over cases, people, counterparts and contacts."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import print_json, runtime, table
from consular.i18n import translate
from consular.services import search


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "search",
        help=translate("cli.cmd_search", "search cases, people, counterparts, contact notes, milestones and tasks"),
        description=translate(
            "cli.cmd_search",
            "Full-text search, best match first. Every word must match; the last word also matches "
            "as a prefix (kay finds Kayes).",
        ),
    )
    parser.add_argument("text", nargs="+", metavar="TEXT", help=translate("cli.cmd_search", "words to look for"))
    parser.add_argument("--case", metavar="REF", help=translate("cli.cmd_search", "only within this case"))
    parser.add_argument(
        "--no-restricted", action="store_true", help=translate("cli.cmd_search", "leave out restricted records")
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=translate("cli.cmd_search", "at most N results, 1 to 5000 (default 50)"),
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help=translate(
            "cli.cmd_search", "print a JSON array (reference, entity, entity_id, title, snippet, restricted, ...)"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    rt = runtime(args)
    hits = search.search(
        rt.ctx,
        " ".join(args.text),
        limit=args.limit,
        include_restricted=not args.no_restricted,
        reference=args.case,
    )
    if args.json:
        print_json([hit.to_json() for hit in hits])
        return 0
    if not hits:
        print(translate("cli.cmd_search", "Nothing matches."), file=sys.stderr)
        return 0
    print(
        table(
            [
                [hit.reference or "—", hit.entity + (" [R]" if hit.restricted else ""), hit.snippet or hit.title]
                for hit in hits
            ],
            [
                translate("cli.cmd_search", "CASE"),
                translate("cli.cmd_search", "MATCHED"),
                translate("cli.cmd_search", "WHERE"),
            ],
        )
    )
    return 0

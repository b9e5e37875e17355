"""``consular filters list|save|rename|share|delete``: saved filters of the case list and the
contact log (the desktop app's sidebar shows the same ones). ``consular cases list --saved
NAME`` applies one."""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from consular.cli.common import print_json, runtime, table
from consular.domain.enums import CaseKind, CaseStatus, Channel, CounterpartCategory
from consular.domain.filters import ME, SORT_KEYS, CaseFilter, CaseListSetup, ContactFilter, contact_filter_definition
from consular.domain.timeutil import parse_datetime
from consular.i18n import translate
from consular.services import saved_filters
from consular.services.saved_filters import LISTS


def _values(raw: list[str] | None) -> list[str]:
    return [v.strip() for item in raw or [] for v in item.split(",") if v.strip()]


def _end_of(text: str | None):
    """--until DATE includes that whole day; a date and time is taken as given."""
    if not text:
        return None
    value = parse_datetime(text, "until", "UTC")
    return value + timedelta(days=1, microseconds=-1) if len(text.strip()) == 10 else value


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "filters",
        help=translate("cli.cmd_filters", "saved filters of the case list and the contact log"),
        description=translate(
            "cli.cmd_filters",
            "Filters kept under a name, yours and those colleagues shared with a post. 'consular "
            "cases list --saved NAME' applies one; the desktop app lists them beside each list.",
        ),
    )
    commands = group.add_subparsers(dest="filters_command", metavar="ACTION", required=True)

    listing = commands.add_parser(
        "list",
        help=translate("cli.cmd_filters", "list saved filters"),
        description=translate("cli.cmd_filters", "List your saved filters and shared ones."),
    )
    listing.add_argument(
        "list_name",
        nargs="?",
        default="cases",
        choices=LISTS,
        help=translate("cli.cmd_filters", "which list (default: cases)"),
    )
    listing.add_argument("--json", action="store_true", help=translate("cli.cmd_filters", "print a JSON array"))
    listing.set_defaults(handler=run_list)

    save = commands.add_parser(
        "save",
        help=translate("cli.cmd_filters", "save a filter under a name"),
        description=translate(
            "cli.cmd_filters",
            "Save a filter of the case list (statuses, kinds, posts, assignee, search, sort) or of "
            "the contact log (categories, channels, dates, text). Values may be repeated or "
            "comma-separated.",
        ),
    )
    save.add_argument("list_name", choices=LISTS, help=translate("cli.cmd_filters", "which list"))
    save.add_argument("name", help=translate("cli.cmd_filters", 'the name, e.g. "My active cases in West Africa"'))
    save.add_argument(
        "--status", action="append", metavar="S", help=translate("cli.cmd_filters", "cases: status (open, active, ...)")
    )
    save.add_argument(
        "--kind", action="append", metavar="K", help=translate("cli.cmd_filters", "cases: kind (hostage_taking, ...)")
    )
    save.add_argument(
        "--post", action="append", metavar="CODE", help=translate("cli.cmd_filters", "cases: post code (BAM, ABJ, ...)")
    )
    save.add_argument(
        "--mine", action="store_true", help=translate("cli.cmd_filters", "cases: only the cases of whoever applies it")
    )
    save.add_argument(
        "--assignee",
        metavar="USER",
        help=translate("cli.cmd_filters", "cases: only the cases this user leads or supervises"),
    )
    save.add_argument(
        "--search", metavar="TEXT", help=translate("cli.cmd_filters", "cases: search text the list is narrowed by")
    )
    save.add_argument(
        "--sort",
        choices=SORT_KEYS,
        metavar="KEY",
        default="incident_at",
        help=translate("cli.cmd_filters", "cases: sort key"),
    )
    save.add_argument("--ascending", action="store_true", help=translate("cli.cmd_filters", "cases: sort ascending"))
    save.add_argument(
        "--category", action="append", metavar="C", help=translate("cli.cmd_filters", "contacts: counterpart category")
    )
    save.add_argument(
        "--channel",
        action="append",
        metavar="C",
        help=translate("cli.cmd_filters", "contacts: channel (phone, meeting, ...)"),
    )
    save.add_argument(
        "--since", metavar="DATE", help=translate("cli.cmd_filters", "contacts: from this date (YYYY-MM-DD, UTC)")
    )
    save.add_argument(
        "--until",
        metavar="DATE",
        help=translate("cli.cmd_filters", "contacts: up to the end of this date (YYYY-MM-DD, UTC)"),
    )
    save.add_argument(
        "--text", metavar="TEXT", help=translate("cli.cmd_filters", "contacts: words the entries contain")
    )
    save.add_argument("--share", metavar="POST", help=translate("cli.cmd_filters", "share it with this post's staff"))
    save.add_argument(
        "--replace", action="store_true", help=translate("cli.cmd_filters", "replace your filter of the same name")
    )
    save.set_defaults(handler=run_save)

    rename = commands.add_parser("rename", help=translate("cli.cmd_filters", "rename one of your filters"))
    rename.add_argument("list_name", choices=LISTS, help=translate("cli.cmd_filters", "which list"))
    rename.add_argument("name", help=translate("cli.cmd_filters", "its name now"))
    rename.add_argument("new_name", help=translate("cli.cmd_filters", "its new name"))
    rename.set_defaults(handler=run_rename)

    share = commands.add_parser(
        "share", help=translate("cli.cmd_filters", "share one of your filters with a post, or stop sharing it")
    )
    share.add_argument("list_name", choices=LISTS, help=translate("cli.cmd_filters", "which list"))
    share.add_argument("name", help=translate("cli.cmd_filters", "the filter's name"))
    target = share.add_mutually_exclusive_group(required=True)
    target.add_argument("--post", metavar="CODE", help=translate("cli.cmd_filters", "the post to share it with"))
    target.add_argument("--stop", action="store_true", help=translate("cli.cmd_filters", "stop sharing it"))
    share.set_defaults(handler=run_share)

    delete = commands.add_parser("delete", help=translate("cli.cmd_filters", "delete one of your filters"))
    delete.add_argument("list_name", choices=LISTS, help=translate("cli.cmd_filters", "which list"))
    delete.add_argument("name", help=translate("cli.cmd_filters", "the filter's name"))
    delete.set_defaults(handler=run_delete)


def run_list(args: argparse.Namespace) -> int:
    found = saved_filters.list_filters(runtime(args).ctx, args.list_name)
    if args.json:
        print_json([f.to_json() for f in found])
        return 0
    if not found:
        print(
            translate("cli.cmd_filters", "No saved filters for the {list_name} list.").format(list_name=args.list_name),
            file=sys.stderr,
        )
        return 0
    print(
        table(
            [[f.name, f.owner_name, f.shared_with or "", " ".join(_describe(f.definition))] for f in found],
            [
                translate("cli.cmd_filters", "NAME"),
                translate("cli.cmd_filters", "OWNER"),
                translate("cli.cmd_filters", "SHARED WITH"),
                translate("cli.cmd_filters", "FILTER"),
            ],
        )
    )
    return 0


def _describe(definition: dict) -> list[str]:
    return [f"{k}={v}" for k, v in definition.items() if v not in (None, "", [], False) and k != "descending"]


def run_save(args: argparse.Namespace) -> int:
    rt = runtime(args)
    if args.list_name == "cases":
        setup = CaseListSetup(
            CaseFilter(
                statuses=[CaseStatus.parse(s, "status") for s in _values(args.status)],
                kinds=[CaseKind.parse(k, "kind") for k in _values(args.kind)],
                post_codes=[p.upper() for p in _values(args.post)],
                assignee_username=ME if args.mine else args.assignee,
            ),
            (args.search or "").strip(),
            args.sort,
            not args.ascending,
        )
        definition = setup.definition()
    else:
        definition = contact_filter_definition(
            ContactFilter(
                categories=[CounterpartCategory.parse(c, "category") for c in _values(args.category)],
                channels=[Channel.parse(c, "channel") for c in _values(args.channel)],
                since=parse_datetime(args.since, "since", "UTC") if args.since else None,
                until=_end_of(args.until),
                text=(args.text or "").strip() or None,
            )
        )
    saved = saved_filters.save_filter(
        rt.ctx, args.list_name, args.name, definition, share_with=args.share, replace=args.replace
    )
    if saved.shared_with:
        text = translate("cli.cmd_filters", "Saved filter '{name}' for the {list_name} list, shared with {post}.")
    else:
        text = translate("cli.cmd_filters", "Saved filter '{name}' for the {list_name} list.")
    print(text.format(name=saved.name, list_name=saved.list_name, post=saved.shared_with))
    return 0


def run_rename(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    renamed = saved_filters.rename_filter(rt.ctx, found.id, args.new_name, expected_version=found.version)
    print(translate("cli.cmd_filters", "Renamed '{name}' to '{name2}'.").format(name=found.name, name2=renamed.name))
    return 0


def run_share(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    shared = saved_filters.share_filter(
        rt.ctx, found.id, None if args.stop else args.post, expected_version=found.version
    )
    print(
        translate("cli.cmd_filters", "'{name}' is shared with {shared_with}.").format(
            name=shared.name, shared_with=shared.shared_with
        )
        if shared.shared_with
        else translate("cli.cmd_filters", "'{name}' is yours only.").format(name=shared.name)
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    saved_filters.delete_filter(rt.ctx, found.id, expected_version=found.version)
    print(translate("cli.cmd_filters", "Deleted the saved filter '{name}'.").format(name=found.name))
    return 0

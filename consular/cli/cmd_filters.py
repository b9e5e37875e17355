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
        help="saved filters of the case list and the contact log",
        description="Filters kept under a name, yours and those colleagues shared with a post. "
        "'consular cases list --saved NAME' applies one; the desktop app lists them beside each list.",
    )
    commands = group.add_subparsers(dest="filters_command", metavar="ACTION", required=True)

    listing = commands.add_parser(
        "list", help="list saved filters", description="List your saved filters and shared ones."
    )
    listing.add_argument("list_name", nargs="?", default="cases", choices=LISTS, help="which list (default: cases)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    save = commands.add_parser(
        "save",
        help="save a filter under a name",
        description="Save a filter of the case list (statuses, kinds, posts, assignee, search, sort) or of the "
        "contact log (categories, channels, dates, text). Values may be repeated or comma-separated.",
    )
    save.add_argument("list_name", choices=LISTS, help="which list")
    save.add_argument("name", help='the name, e.g. "My active cases in West Africa"')
    save.add_argument("--status", action="append", metavar="S", help="cases: status (open, active, ...)")
    save.add_argument("--kind", action="append", metavar="K", help="cases: kind (hostage_taking, ...)")
    save.add_argument("--post", action="append", metavar="CODE", help="cases: post code (BAM, ABJ, ...)")
    save.add_argument("--mine", action="store_true", help="cases: only the cases of whoever applies it")
    save.add_argument("--assignee", metavar="USER", help="cases: only the cases this user leads or supervises")
    save.add_argument("--search", metavar="TEXT", help="cases: search text the list is narrowed by")
    save.add_argument("--sort", choices=SORT_KEYS, metavar="KEY", default="incident_at", help="cases: sort key")
    save.add_argument("--ascending", action="store_true", help="cases: sort ascending")
    save.add_argument("--category", action="append", metavar="C", help="contacts: counterpart category")
    save.add_argument("--channel", action="append", metavar="C", help="contacts: channel (phone, meeting, ...)")
    save.add_argument("--since", metavar="DATE", help="contacts: from this date (YYYY-MM-DD, UTC)")
    save.add_argument("--until", metavar="DATE", help="contacts: up to the end of this date (YYYY-MM-DD, UTC)")
    save.add_argument("--text", metavar="TEXT", help="contacts: words the entries contain")
    save.add_argument("--share", metavar="POST", help="share it with this post's staff")
    save.add_argument("--replace", action="store_true", help="replace your filter of the same name")
    save.set_defaults(handler=run_save)

    rename = commands.add_parser("rename", help="rename one of your filters")
    rename.add_argument("list_name", choices=LISTS, help="which list")
    rename.add_argument("name", help="its name now")
    rename.add_argument("new_name", help="its new name")
    rename.set_defaults(handler=run_rename)

    share = commands.add_parser("share", help="share one of your filters with a post, or stop sharing it")
    share.add_argument("list_name", choices=LISTS, help="which list")
    share.add_argument("name", help="the filter's name")
    target = share.add_mutually_exclusive_group(required=True)
    target.add_argument("--post", metavar="CODE", help="the post to share it with")
    target.add_argument("--stop", action="store_true", help="stop sharing it")
    share.set_defaults(handler=run_share)

    delete = commands.add_parser("delete", help="delete one of your filters")
    delete.add_argument("list_name", choices=LISTS, help="which list")
    delete.add_argument("name", help="the filter's name")
    delete.set_defaults(handler=run_delete)


def run_list(args: argparse.Namespace) -> int:
    found = saved_filters.list_filters(runtime(args).ctx, args.list_name)
    if args.json:
        print_json([f.to_json() for f in found])
        return 0
    if not found:
        print(f"No saved filters for the {args.list_name} list.", file=sys.stderr)
        return 0
    print(
        table(
            [[f.name, f.owner_name, f.shared_with or "", " ".join(_describe(f.definition))] for f in found],
            ["NAME", "OWNER", "SHARED WITH", "FILTER"],
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
    shared = f", shared with {saved.shared_with}" if saved.shared_with else ""
    print(f"Saved filter '{saved.name}' for the {saved.list_name} list{shared}.")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    renamed = saved_filters.rename_filter(rt.ctx, found.id, args.new_name, expected_version=found.version)
    print(f"Renamed '{found.name}' to '{renamed.name}'.")
    return 0


def run_share(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    shared = saved_filters.share_filter(
        rt.ctx, found.id, None if args.stop else args.post, expected_version=found.version
    )
    print(
        f"'{shared.name}' is shared with {shared.shared_with}."
        if shared.shared_with
        else f"'{shared.name}' is yours only."
    )
    return 0


def run_delete(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = saved_filters.find_filter(rt.ctx, args.list_name, args.name)
    saved_filters.delete_filter(rt.ctx, found.id, expected_version=found.version)
    print(f"Deleted the saved filter '{found.name}'.")
    return 0

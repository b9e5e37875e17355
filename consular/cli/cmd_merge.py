"""``consular duplicates people|counterparts`` and ``consular merge person|counterpart A B``,
``merge undo ID``, ``merge list``: finding records entered twice and merging them."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import print_json, runtime, table
from consular.domain.errors import ValidationError
from consular.services import duplicates, merge


def register(subparsers) -> None:
    d = subparsers.add_parser(
        "duplicates",
        help="candidate duplicate people or counterparts, with a score and why",
        description="People (by name, spelt or transliterated differently: Mohanty/Mohanti, Devanagari or "
        "Latin; date of birth; passport) or counterparts (by name, organisation and phone) that are probably "
        "one record entered twice, best first. Merge a pair with `consular merge person A B`.",
    )
    d.add_argument("entity", choices=["people", "counterparts"])
    d.add_argument("--min-score", type=float, default=duplicates.MIN_SCORE, metavar="S", help="0 to 1 (default 0.5)")
    d.add_argument("--json", action="store_true", help="print JSON")
    d.set_defaults(handler=run_duplicates)

    m = subparsers.add_parser(
        "merge",
        help="merge two people or two counterparts; undo a merge",
        description="Merge record B into record A: A is kept with, per field, A's value (or B's where A has "
        "none) unless --take FIELD=b says otherwise; every link to B (cases, contacts, next of kin, "
        "identifiers, demands, questions ...) moves to A; B stays as a tombstone so that `consular merge "
        "undo ID` can restore everything. Supervisors and administrators only. Without --yes the two records "
        "are shown side by side and nothing changes.",
    )
    commands = m.add_subparsers(dest="merge_command", metavar="ACTION", required=True)
    for name in ("person", "counterpart"):
        p = commands.add_parser(name, help=f"merge {name} B into {name} A")
        p.add_argument("a", type=int, metavar="A", help="the id of the record kept")
        p.add_argument("b", type=int, metavar="B", help="the id of the record merged into A")
        p.add_argument(
            "--take",
            action="append",
            default=[],
            metavar="FIELD=a|b",
            help="take FIELD from A or B (repeat); e.g. --take date_of_birth=b",
        )
        p.add_argument("--yes", action="store_true", help="merge (without it: only show the two side by side)")
        p.add_argument("--json", action="store_true", help="print JSON")
        p.set_defaults(handler=run_merge, entity=name)
    p = commands.add_parser("undo", help="undo a merge: the merged record and its links come back")
    p.add_argument("merge_id", type=int, metavar="MERGE_ID")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_undo)
    p = commands.add_parser("list", help="recent merges, newest first")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_list)


def run_duplicates(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = duplicates.find_duplicates(rt.ctx, args.entity, min_score=args.min_score)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    if not found:
        print(f"No candidate duplicate {args.entity}.", file=sys.stderr)
        return 0
    rows = [
        [f"{c.score:.2f}", f"#{c.a_id} {c.a_name}", f"#{c.b_id} {c.b_name}", c.why(), _cases(c.a_cases, c.b_cases)]
        for c in found
    ]
    print(table(rows, ["SCORE", "A", "B", "WHY", "CASES"]))
    kind = "person" if args.entity == "people" else "counterpart"
    print(f"Merge a pair with: consular merge {kind} A B", file=sys.stderr)
    return 0


def _cases(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    return f"{', '.join(a) or '-'} / {', '.join(b) or '-'}"


def _takes(raw: list[str]) -> dict[str, str]:
    out = {}
    for item in raw:
        field, sep, side = item.partition("=")
        if not sep:
            raise ValidationError("take", f"--take {item}: write FIELD=a or FIELD=b (e.g. --take full_name=b).")
        out[field.strip()] = side.strip()
    return out


def run_merge(args: argparse.Namespace) -> int:
    take = _takes(args.take)
    rt = runtime(args)
    preview = merge.preview_merge(rt.ctx, args.entity, args.a, args.b)
    if not args.yes:
        choice = {f.name: f.default for f in preview.fields} | {k: v.lower() for k, v in take.items()}
        if args.json:
            print_json(preview.to_json())
            return 0
        rows = [
            [f.label, f.a, f.b, choice.get(f.name, f.default).upper(), "" if f.a == f.b else "differs"]
            for f in preview.fields
        ]
        print(table(rows, ["FIELD", f"A #{preview.a_id}", f"B #{preview.b_id}", "TAKE", ""]))
        links = sorted(set(preview.a_links) | set(preview.b_links))
        print(
            table(
                [[n, str(preview.a_links.get(n, 0)), str(preview.b_links.get(n, 0))] for n in links],
                ["LINKS", "A", "B"],
            )
        )
        print(
            f"Nothing changed. To merge #{preview.b_id} into #{preview.a_id}, run again with --yes "
            "(and --take FIELD=b for each field to take from B).",
            file=sys.stderr,
        )
        return 0
    done = merge.merge(rt.ctx, args.entity, args.a, args.b, take=take)
    if args.json:
        print_json(done.to_json())
        return 0
    print(done.merge_id)
    moved = ", ".join(f"{n} {t}" for t, n in sorted(done.moved.items())) or "nothing"
    removed = ", ".join(f"{n} {t}" for t, n in sorted(done.removed.items()))
    print(
        f"Merged {args.entity} #{done.loser_id} ({done.loser_name}) into #{done.winner_id} ({done.winner_name}) "
        f"as merge #{done.merge_id}. Rows moved: {moved}."
        + (f" Duplicate rows folded: {removed}." if removed else "")
        + f" Undo with: consular merge undo {done.merge_id}",
        file=sys.stderr,
    )
    return 0


def run_undo(args: argparse.Namespace) -> int:
    rt = runtime(args)
    undone = merge.undo_merge(rt.ctx, args.merge_id)
    if args.json:
        print_json(undone.to_json())
        return 0
    print(
        f"Undid merge #{undone.merge_id}: {undone.entity} #{undone.loser_id} ({undone.loser_name}) is back with "
        f"its links; #{undone.winner_id} ({undone.winner_name}) has its values from before."
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = merge.list_merges(rt.ctx)
    if args.json:
        print_json([m.to_json() for m in found])
        return 0
    if not found:
        print("No merges.", file=sys.stderr)
        return 0
    rows = [
        [
            str(m.merge_id),
            m.entity,
            f"#{m.loser_id} {m.loser_name}",
            f"#{m.winner_id} {m.winner_name}",
            f"{m.merged_at:%Y-%m-%d %H:%M} {m.merged_by}",
            f"undone {m.undone_at:%Y-%m-%d %H:%M}" if m.undone_at else "",
        ]
        for m in found
    ]
    print(table(rows, ["ID", "WHAT", "MERGED", "INTO", "WHEN, BY", ""]))
    return 0

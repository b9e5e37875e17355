"""``consular duplicates people|counterparts`` and ``consular merge person|counterpart A B``,
``merge undo ID``, ``merge list``: finding records entered twice and merging them."""

from __future__ import annotations

import argparse
import sys

from consular.cli.common import print_json, runtime, table
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services import duplicates, merge


def register(subparsers) -> None:
    d = subparsers.add_parser(
        "duplicates",
        help=translate("cli.cmd_merge", "candidate duplicate people or counterparts, with a score and why"),
        description=translate(
            "cli.cmd_merge",
            "People (by name, spelt or transliterated differently: Mohanty/Mohanti, Devanagari or "
            "Latin; date of birth; passport) or counterparts (by name, organisation and phone) that "
            "are probably one record entered twice, best first. Merge a pair with `consular merge "
            "person A B`.",
        ),
    )
    d.add_argument("entity", choices=["people", "counterparts"])
    d.add_argument(
        "--min-score",
        type=float,
        default=duplicates.MIN_SCORE,
        metavar="S",
        help=translate("cli.cmd_merge", "0 to 1 (default 0.5)"),
    )
    d.add_argument("--json", action="store_true", help=translate("cli.cmd_merge", "print JSON"))
    d.set_defaults(handler=run_duplicates)

    m = subparsers.add_parser(
        "merge",
        help=translate("cli.cmd_merge", "merge two people or two counterparts; undo a merge"),
        description=translate(
            "cli.cmd_merge",
            "Merge record B into record A: A is kept with, per field, A's value (or B's where A has "
            "none) unless --take FIELD=b says otherwise; every link to B (cases, contacts, next of "
            "kin, identifiers, demands, questions ...) moves to A; B stays as a tombstone so that "
            "`consular merge undo ID` can restore everything. Supervisors and administrators only. "
            "Without --yes the two records are shown side by side and nothing changes.",
        ),
    )
    commands = m.add_subparsers(dest="merge_command", metavar="ACTION", required=True)
    for name in ("person", "counterpart"):
        p = commands.add_parser(name, help=translate("cli.cmd_merge", "merge {name} B into {name} A").format(name=name))
        p.add_argument("a", type=int, metavar="A", help=translate("cli.cmd_merge", "the id of the record kept"))
        p.add_argument(
            "b", type=int, metavar="B", help=translate("cli.cmd_merge", "the id of the record merged into A")
        )
        p.add_argument(
            "--take",
            action="append",
            default=[],
            metavar="FIELD=a|b",
            help=translate("cli.cmd_merge", "take FIELD from A or B (repeat); e.g. --take date_of_birth=b"),
        )
        p.add_argument(
            "--yes",
            action="store_true",
            help=translate("cli.cmd_merge", "merge (without it: only show the two side by side)"),
        )
        p.add_argument("--json", action="store_true", help=translate("cli.cmd_merge", "print JSON"))
        p.set_defaults(handler=run_merge, entity=name)
    p = commands.add_parser(
        "undo", help=translate("cli.cmd_merge", "undo a merge: the merged record and its links come back")
    )
    p.add_argument("merge_id", type=int, metavar="MERGE_ID")
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_merge", "print JSON"))
    p.set_defaults(handler=run_undo)
    p = commands.add_parser("list", help=translate("cli.cmd_merge", "recent merges, newest first"))
    p.add_argument("--json", action="store_true", help=translate("cli.cmd_merge", "print JSON"))
    p.set_defaults(handler=run_list)


def run_duplicates(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = duplicates.find_duplicates(rt.ctx, args.entity, min_score=args.min_score)
    if args.json:
        print_json([c.to_json() for c in found])
        return 0
    if not found:
        print(
            translate("cli.cmd_merge", "No candidate duplicate {entity}.").format(entity=args.entity), file=sys.stderr
        )
        return 0
    rows = [
        [f"{c.score:.2f}", f"#{c.a_id} {c.a_name}", f"#{c.b_id} {c.b_name}", c.why(), _cases(c.a_cases, c.b_cases)]
        for c in found
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_merge", "SCORE"),
                translate("cli.cmd_merge", "A"),
                translate("cli.cmd_merge", "B"),
                translate("cli.cmd_merge", "WHY"),
                translate("cli.cmd_merge", "CASES"),
            ],
        )
    )
    kind = "person" if args.entity == "people" else "counterpart"
    print(translate("cli.cmd_merge", "Merge a pair with: consular merge {kind} A B").format(kind=kind), file=sys.stderr)
    return 0


def _cases(a: tuple[str, ...], b: tuple[str, ...]) -> str:
    return f"{', '.join(a) or '-'} / {', '.join(b) or '-'}"


def _takes(raw: list[str]) -> dict[str, str]:
    out = {}
    for item in raw:
        field, sep, side = item.partition("=")
        if not sep:
            raise ValidationError(
                "take",
                translate("cli.cmd_merge", "--take {item}: write FIELD=a or FIELD=b (e.g. --take full_name=b).").format(
                    item=item
                ),
            )
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
        print(
            table(
                rows,
                [
                    translate("cli.cmd_merge", "FIELD"),
                    translate("cli.cmd_merge", "A #{a_id}").format(a_id=preview.a_id),
                    translate("cli.cmd_merge", "B #{b_id}").format(b_id=preview.b_id),
                    translate("cli.cmd_merge", "TAKE"),
                    "",
                ],
            )
        )
        links = sorted(set(preview.a_links) | set(preview.b_links))
        print(
            table(
                [[n, str(preview.a_links.get(n, 0)), str(preview.b_links.get(n, 0))] for n in links],
                [translate("cli.cmd_merge", "LINKS"), translate("cli.cmd_merge", "A"), translate("cli.cmd_merge", "B")],
            )
        )
        print(
            translate(
                "cli.cmd_merge",
                "Nothing changed. To merge #{b_id} into #{a_id}, run again with --yes (and --take "
                "FIELD=b for each field to take from B).",
            ).format(b_id=preview.b_id, a_id=preview.a_id),
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
        translate(
            "cli.cmd_merge",
            "Merged {entity} #{loser_id} ({loser_name}) into #{winner_id} ({winner_name}) as merge "
            "#{merge_id}. Rows moved: {moved}.",
        ).format(
            entity=args.entity,
            loser_id=done.loser_id,
            loser_name=done.loser_name,
            winner_id=done.winner_id,
            winner_name=done.winner_name,
            merge_id=done.merge_id,
            moved=moved,
        )
        + (translate("cli.cmd_merge", " Duplicate rows folded: {removed}.").format(removed=removed) if removed else "")
        + translate("cli.cmd_merge", " Undo with: consular merge undo {merge_id}").format(merge_id=done.merge_id),
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
        translate(
            "cli.cmd_merge",
            "Undid merge #{merge_id}: {entity} #{loser_id} ({loser_name}) is back with its links; "
            "#{winner_id} ({winner_name}) has its values from before.",
        ).format(
            merge_id=undone.merge_id,
            entity=undone.entity,
            loser_id=undone.loser_id,
            loser_name=undone.loser_name,
            winner_id=undone.winner_id,
            winner_name=undone.winner_name,
        )
    )
    return 0


def run_list(args: argparse.Namespace) -> int:
    rt = runtime(args)
    found = merge.list_merges(rt.ctx)
    if args.json:
        print_json([m.to_json() for m in found])
        return 0
    if not found:
        print(translate("cli.cmd_merge", "No merges."), file=sys.stderr)
        return 0
    rows = [
        [
            str(m.merge_id),
            m.entity,
            f"#{m.loser_id} {m.loser_name}",
            f"#{m.winner_id} {m.winner_name}",
            f"{m.merged_at:%Y-%m-%d %H:%M} {m.merged_by}",
            translate("cli.cmd_merge", "undone {when}").format(when=f"{m.undone_at:%Y-%m-%d %H:%M}")
            if m.undone_at
            else "",
        ]
        for m in found
    ]
    print(
        table(
            rows,
            [
                translate("cli.cmd_merge", "ID"),
                translate("cli.cmd_merge", "WHAT"),
                translate("cli.cmd_merge", "MERGED"),
                translate("cli.cmd_merge", "INTO"),
                translate("cli.cmd_merge", "WHEN, BY"),
                "",
            ],
        )
    )
    return 0

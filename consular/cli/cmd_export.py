"""``consular export timeline REF --format FMT -o FILE [filters]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from consular.cli.common import CommandError, runtime
from consular.cli.language import plural
from consular.domain.errors import ValidationError
from consular.domain.timeline import EventType, restricted_scope
from consular.i18n import translate
from consular.reports import timeline_export
from consular.services import importing
from consular.services import timeline as timeline_service


def register(subparsers) -> None:
    group = subparsers.add_parser(
        "export",
        help=translate("cli.cmd_export", "export case data for others (timeline)"),
        description=translate(
            "cli.cmd_export",
            "Export case data to files for other departments, lawyers, the next shift or family liaison officers.",
        ),
    )
    commands = group.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    types = ", ".join(t.value for t in EventType)
    timeline = commands.add_parser(
        "timeline",
        help=translate("cli.cmd_export", "a case's chronology as CSV, JSON, iCalendar, PDF or XLSX"),
        description=translate(
            "cli.cmd_export",
            "Export the chronology of one case: the incident, status changes, hostage status "
            "changes, contacts, milestones, tasks created and completed, and documents added. "
            'Restricted entries show only their date and type ("Restricted") unless '
            "--include-restricted is given by the case team. Every format carries the audit chain "
            "head (SEQ:HASH) the export was read at; check a copy with: consular audit verify "
            "--anchor SEQ:HASH.",
        ),
        epilog=translate(
            "cli.cmd_export",
            "Dates are whole days in the case's time zone (--to includes its day); a date and time "
            "without an offset is read in the case's zone too. Example: consular export timeline "
            "BAM-2025-0001 --format pdf -o kayes.pdf --from 2025-07-01 --to 2025-07-15 --redact",
        ),
    )
    for kind in ("cases", "people", "contacts"):
        rows = commands.add_parser(
            kind,
            help=translate("cli.cmd_export", "every {value} record as CSV in the import's columns").format(
                value=kind[:-1] if kind != "people" else "person"
            ),
            description=translate(
                "cli.cmd_export",
                "Write {kind} as CSV with exactly the column names `consular import {kind}` takes, so "
                "the file imports back as the same records. The first line is the marking and the audit "
                "chain head.",
            ).format(kind=kind),
        )
        rows.add_argument("--format", "-f", dest="fmt", choices=["csv"], default="csv")
        rows.add_argument(
            "-o",
            "--output",
            required=True,
            metavar="FILE",
            help=translate("cli.cmd_export", "file to write (replaced if it exists)"),
        )
        rows.set_defaults(handler=run_rows, kind=kind)
    timeline.add_argument(
        "reference", metavar="REF", help=translate("cli.cmd_export", "case reference, e.g. BAM-2025-0001")
    )
    timeline.add_argument(
        "--format",
        "-f",
        dest="fmt",
        metavar="FMT",
        help=translate("cli.cmd_export", "one of {values} (default: from the file name)").format(
            values=", ".join(timeline_export.FORMATS)
        ),
    )
    timeline.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help=translate("cli.cmd_export", "file to write (replaced if it exists)"),
    )
    timeline.add_argument(
        "--from",
        dest="start",
        metavar="DATE",
        help=translate("cli.cmd_export", "first day (or date and time) to include"),
    )
    timeline.add_argument("--to", dest="end", metavar="DATE", help=translate("cli.cmd_export", "last day to include"))
    timeline.add_argument(
        "--types",
        action="append",
        metavar="T,...",
        help=translate("cli.cmd_export", "only these event types: {types}").format(types=types),
    )
    timeline.add_argument(
        "--people",
        action="append",
        metavar="NAME,...",
        help=translate(
            "cli.cmd_export", "only events involving these people or counterparts (part of a name is enough)"
        ),
    )
    timeline.add_argument(
        "--include-restricted",
        action="store_true",
        help=translate(
            "cli.cmd_export",
            "include restricted entries' content (case team only; by default each is a dated placeholder)",
        ),
    )
    timeline.add_argument(
        "--redact",
        action="store_true",
        help=translate(
            "cli.cmd_export",
            "mask passport and ID numbers, phone numbers, e-mails and dates of birth; restricted "
            "entries are always placeholders",
        ),
    )
    timeline.add_argument(
        "--mask-names",
        action="store_true",
        help=translate(
            "cli.cmd_export",
            "also mask the names of the case's people and their families, native script included (implies --redact)",
        ),
    )
    timeline.add_argument(
        "--allow-empty",
        action="store_true",
        help=translate(
            "cli.cmd_export",
            "write the file even when no event matches (by default an empty export is refused, so it "
            "never replaces an earlier export with nothing)",
        ),
    )
    timeline.set_defaults(handler=run_timeline)


_OPTIONS = {"start": "--from", "end": "--to", "types": "--types", "output": "-o", "format": "--format"}


def _values(raw: list[str] | None) -> list[str]:
    return [part.strip() for item in raw or [] for part in item.split(",") if part.strip()]


class _ProgressLine:
    """A percentage on stderr while a long export runs, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.last = -1

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total <= 0:
            return
        percent = done * 100 // total
        if percent != self.last:
            self.last = percent
            print(
                "\r" + translate("cli.cmd_export", "Writing… {percent:3d}%").format(percent=percent),
                end="",
                file=sys.stderr,
                flush=True,
            )

    def close(self) -> None:
        if self.enabled and self.last >= 0:
            print("\r" + " " * 20 + "\r", end="", file=sys.stderr, flush=True)


def run_timeline(args: argparse.Namespace) -> int:
    output = Path(args.output)
    fmt = args.fmt or timeline_export.format_for_path(output)
    if not fmt:
        raise CommandError(
            translate(
                "cli.cmd_export", "Say which format to write with --format ({values}); '{name}' does not tell."
            ).format(values=", ".join(timeline_export.FORMATS), name=output.name)
        )
    timeline_export.writer_for(fmt)  # an unknown format fails before the database is opened
    if args.include_restricted and (args.redact or args.mask_names):
        raise CommandError(
            translate(
                "cli.cmd_export",
                "--redact always leaves restricted entries out; drop --include-restricted or --redact.",
            )
        )
    try:
        types = timeline_service.parse_types(_values(args.types))
    except ValidationError as exc:
        raise CommandError(translate("cli.cmd_export", "{message} (--types)").format(message=exc.message)) from None
    flt = timeline_service.TimelineFilter(
        start=args.start,
        end=args.end,
        types=types,
        names=tuple(_values(args.people)),
        include_restricted=args.include_restricted,
        redact=args.redact or args.mask_names,
        mask_names=args.mask_names,
    )
    rt = runtime(args)
    progress = _ProgressLine()
    try:
        timeline = timeline_service.export_timeline(
            rt.ctx, args.reference, fmt, output, flt, progress=progress, allow_empty=args.allow_empty
        )
    except ValidationError as exc:
        # Name the option the person typed rather than the service's field.
        option = _OPTIONS.get(exc.field)
        if option is None:
            raise
        raise CommandError(
            translate("cli.cmd_export", "{message} ({option})").format(message=exc.message, option=option)
        ) from None
    finally:
        progress.close()
    what = restricted_scope(timeline.scope.include_restricted, bool(timeline.scope.people))
    if timeline.scope.redacted:
        what += translate("cli.cmd_export", ", redacted") + (
            translate("cli.cmd_export", ", names masked") if args.mask_names else ""
        )
    count = len(timeline.events)
    if not count:
        print(
            translate(
                "cli.cmd_export", "Warning: no event matched; {output} holds an empty export (--allow-empty)."
            ).format(output=output),
            file=sys.stderr,
        )
    print(
        plural(
            "cli.cmd_export",
            "Wrote %Ln event(s) of {reference} to {output} ({format}, {what}; audit chain head {chain_head}).",
            count,
        ).format(
            reference=timeline.case.reference,
            output=output,
            format=fmt.lower(),
            what=what,
            chain_head=timeline.chain_head,
        ),
        file=sys.stderr,
    )
    return 0


def run_rows(args: argparse.Namespace) -> int:
    """``consular export cases|people|contacts --format csv -o FILE``."""
    rt = runtime(args)
    try:
        result = importing.export_rows(rt.ctx, args.kind, args.output)
    finally:
        rt.opened.dispose()
    print(
        translate("cli.cmd_export", "Wrote {rows} {kind} to {path}").format(
            rows=result.rows, kind=args.kind, path=result.path
        )
        + (
            translate("cli.cmd_export", "; left out {left_out}").format(left_out=result.left_out)
            if result.left_out
            else ""
        )
    )
    return 0

"""Reports across cases: nationals held now, monthly statistics, workload, family-contact
compliance. Each is computed by the database (:mod:`consular.repositories.reports`) in one
read transaction, which also reads the audit chain head the report carries.

What a reader may not see stays out (need-to-know, :mod:`consular.services.need_to_know`):

- every case is listed to every role in this application (the case list, the dashboard), so
  the reports list every case in scope; there is no case a signed-in user may not know of;
- restricted *content* is withheld per case: the last proof of life of a national (proofs of
  life are always restricted) is shown only for the cases whose team the reader is on, or to
  supervisors and administrators; elsewhere the row says "restricted";
- counts include restricted entries (a count of restricted contacts is not their content;
  the case screens show outsiders that such an entry exists and when). Voided entries are
  never counted.

Times: the period is whole UTC days (the cases are in many zones); months are UTC months.
Running a report is a read and is not audited; exporting one is (``report.export``, through
:func:`consular.services.outputs.deliver`: 0600 file, audit entry with the file's SHA-256,
the audit chain head and the classification marking in the file).
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from consular.db.models import Case
from consular.domain.enums import CaseKind, Channel, Classification, HostageStatus
from consular.domain.errors import ValidationError
from consular.domain.timeutil import whole_days
from consular.i18n import QT_TRANSLATE_NOOP, format_number, translate
from consular.reports.charts import BarChart, Series, SparkRow, SparkTable
from consular.reports.report_data import DATE, DAYS, INT, PCT, Column, Report, ReportScope, ReportTable
from consular.repositories import reports as repo
from consular.services import need_to_know, outputs
from consular.services.context import ServiceContext
from consular.services.convert import WITHHELD
from consular.services.permissions import action

Progress = Callable[[int, int, str], None]

#: name -> (title, what it shows, whether the period applies); the texts are marked here and
#: translated where they are shown (``translate("services.reports", title)``).
REPORTS: dict[str, tuple[str, str, bool]] = {
    "held": (
        QT_TRANSLATE_NOOP("services.reports", "Nationals held now"),
        QT_TRANSLATE_NOOP("services.reports", "by country and post, with days held and last proof-of-life age"),
        False,
    ),
    "monthly": (
        QT_TRANSLATE_NOOP("services.reports", "Monthly statistics"),
        QT_TRANSLATE_NOOP(
            "services.reports",
            "cases opened and closed by kind, country and post; median days to resolution; "
            "contacts by channel; families contacted within plan",
        ),
        True,
    ),
    "workload": (
        QT_TRANSLATE_NOOP("services.reports", "Workload"),
        QT_TRANSLATE_NOOP("services.reports", "open tasks and overdue items per caseworker and post"),
        False,
    ),
    "compliance": (
        QT_TRANSLATE_NOOP("services.reports", "Family-contact compliance"),
        QT_TRANSLATE_NOOP("services.reports", "per case, over the period: contacts made against the plans"),
        True,
    ),
}
FORMATS = ("pdf", "xlsx", "csv", "json")


def report_names() -> list[str]:
    return list(REPORTS)


def default_period(today: date) -> tuple[date, date]:
    """The twelve UTC months up to and including ``today``'s: (first day, ``today``)."""
    year, month = today.year, today.month - 11
    while month < 1:
        month += 12
        year -= 1
    return date(year, month, 1), today


def _parse_day(value, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.astimezone(UTC).date() if value.tzinfo else value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(
            field,
            translate("services.reports", "'{value}' is not a date: write it as YYYY-MM-DD, e.g. 2025-07-01.").format(
                value=value
            ),
        ) from None


def _check_name(name: str) -> str:
    key = (name or "").strip().lower()
    if key not in REPORTS:
        raise ValidationError(
            "report",
            translate("services.reports", "'{name}' is not a report; use one of: {reports}.").format(
                name=name, reports=", ".join(REPORTS)
            ),
        )
    return key


def _months(start: date, last_day: date) -> list[str]:
    out, y, m = [], start.year, start.month
    while (y, m) <= (last_day.year, last_day.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=UTC)


@action("reports.run_report")
def run_report(
    ctx: ServiceContext,
    name: str,
    *,
    start=None,
    end=None,
    post: str | None = None,
    country: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Compute report ``name`` (held, monthly, workload, compliance) for the period ``start``
    to ``end`` (dates, inclusive, UTC; default: the twelve months up to today), a post code
    and an incident country (ISO 3166 alpha-2; default: all).

    Returns a :class:`~consular.reports.report_data.Report` with the audit chain head read in
    the same transaction. ``progress(done, total, text)`` is called between queries. Raises
    ValidationError for an unknown report, a bad date, a start after the end, an unknown post
    or a country that is not two letters."""
    return _build(ctx, name, start, end, post, country, progress)[0]


def _build(ctx, name, start, end, post, country, progress) -> tuple[Report, object]:
    key = _check_name(name)
    title, _what, uses_period = REPORTS[key]
    title = translate("services.reports", title)
    now = ctx.now()
    first, last = default_period(now.astimezone(UTC).date())
    start_day = _parse_day(start, "start") or first
    last_day = _parse_day(end, "end") or (last if start is None else max(last, start_day))
    if start_day > last_day:
        raise ValidationError(
            "start",
            translate(
                "services.reports",
                "The period starts ({start_day}) after it ends ({last_day}): swap the dates or widen the period.",
            ).format(start_day=start_day, last_day=last_day),
        )
    country_code = (country or "").strip().upper() or None
    if country_code is not None and (len(country_code) != 2 or not country_code.isalpha()):
        raise ValidationError(
            "country",
            translate("services.reports", "'{country}' is not a country code: use two letters, e.g. ML or NG.").format(
                country=country
            ),
        )
    tick = progress or (lambda *_args: None)
    with ctx.transaction() as session:
        repo.for_reports(session)
        post_code = (post or "").strip().upper() or None
        post_id = None
        if post_code is not None:
            post_id = repo.post_id_for(session, post_code)
            if post_id is None:
                known = ", ".join(repo.post_codes(session)) or translate("services.reports", "none yet")
                raise ValidationError(
                    "post",
                    translate("services.reports", "There is no post '{post}'; the posts are: {known}.").format(
                        post=post, known=known
                    ),
                )
        where = repo.Where(
            start=_midnight(start_day),
            end=_midnight(last_day + timedelta(days=1)),
            now=now,
            post_id=post_id,
            country=country_code,
            team_of=None if need_to_know.sees_all(ctx) else ctx.actor.user_id,
        )
        scope = ReportScope(start_day, last_day, post_code, country_code, uses_period)
        summary, tables, charts, notes = BUILDERS[key](session, where, scope, tick)
        marking = _marking(session, where)
        head = outputs.read_anchor(session)
    return Report(
        name=key,
        title=title,
        scope=scope,
        generated_at=now,
        generated_by=ctx.actor.display_name,
        marking=marking,
        chain_head=outputs.anchor_text(head),
        summary=tuple(summary),
        tables=tuple(tables),
        charts=tuple(charts),
        notes=tuple(notes),
    ), head


def _marking(session, where: repo.Where) -> str:
    """The highest classification of the cases in scope (a report is as sensitive as its most
    sensitive case); RESTRICTED, the cases' default, when there are none."""
    found = set(session.scalars(select(Case.classification).where(*where.case_filters()).distinct()))
    order = list(Classification)
    highest = max(found, key=order.index) if found else Classification.RESTRICTED
    return highest.label


# --- held ------------------------------------------------------------------------------------


def _held(session, where: repo.Where, scope: ReportScope, tick: Progress):
    tick(0, 4, translate("services.reports", "Nationals held"))
    rows = repo.held_nationals(session, where)
    tick(1, 4, translate("services.reports", "By country and post"))
    places = repo.held_by_place(session, where)
    medians = repo.held_median_days(session, where)
    tick(2, 4, translate("services.reports", "Days held"))
    buckets = repo.days_held_distribution(session, where)
    tick(3, 4, translate("services.reports", "Done"))
    nationals = []
    withheld = 0
    for _cid, reference, post, country, person, status, start, last_pol, visible, days, pol_days in rows:
        if not visible:
            withheld += 1
        nationals.append(
            (
                reference,
                post,
                country,
                person,
                HostageStatus(status).label,
                start.date() if start else None,
                days,
                (last_pol.date() if last_pol else translate("services.reports", "none recorded"))
                if visible
                else translate("services.convert", WITHHELD),
                pol_days if visible else None,
            )
        )
    unaccounted = sum(1 for r in rows if r[5] == HostageStatus.UNACCOUNTED)
    by_place = [
        (
            country,
            post,
            held,
            missing,
            round(medians[(country, post)], 1) if (country, post) in medians else None,
            whole_days(earliest, where.now) if earliest else None,
        )
        for country, post, held, missing, earliest in places
    ]
    per_country: dict[str, int] = defaultdict(int)
    for country, _post, held, *_ in by_place:
        per_country[country] += held
    top = sorted(per_country.items(), key=lambda kv: (-kv[1], kv[0]))[:14]
    charts = [
        BarChart(
            "days_held",
            translate("services.reports", "Days held: how many nationals"),
            tuple(translate("services.reports", label) for label, _lo, _hi in repo.DAYS_HELD_BUCKETS),
            (Series(translate("services.reports", "Nationals"), tuple(float(b) for b in buckets)),),
            unit=translate("services.reports", "nationals"),
        ),
        BarChart(
            "held_by_country",
            translate("services.reports", "Nationals held, by country"),
            tuple(c for c, _ in top),
            (Series(translate("services.reports", "Held"), tuple(float(n) for _, n in top)),),
            unit=translate("services.reports", "nationals"),
        ),
    ]
    median = medians.get("all")
    summary = [
        (translate("services.reports", "Nationals held or unaccounted for"), format_number(len(rows))),
        (translate("services.reports", "Of whom unaccounted for"), format_number(unaccounted)),
        (translate("services.reports", "Median days held"), f"{median:.0f}" if median is not None else "—"),
        (translate("services.reports", "Countries"), format_number(len(per_country))),
    ]
    tables = [
        ReportTable(
            "by_place",
            translate("services.reports", "By country and post"),
            (
                Column("country", translate("services.reports", "Country")),
                Column("post", translate("services.reports", "Post")),
                Column("held", translate("services.reports", "Held"), INT),
                Column("unaccounted", translate("services.reports", "Unaccounted for"), INT),
                Column("median_days", translate("services.reports", "Median days held"), DAYS),
                Column("longest_days", translate("services.reports", "Longest held (days)"), DAYS),
            ),
            tuple(by_place),
        ),
        ReportTable(
            "nationals",
            translate("services.reports", "Nationals held now, longest held first"),
            (
                Column("case", translate("services.reports", "Case")),
                Column("post", translate("services.reports", "Post")),
                Column("country", translate("services.reports", "Country")),
                Column("name", translate("services.reports", "Name")),
                Column("status", translate("services.reports", "Status")),
                Column("held_since", translate("services.reports", "Held since"), DATE),
                Column("days_held", translate("services.reports", "Days held"), DAYS),
                Column("last_pol", translate("services.reports", "Last proof of life"), DATE),
                Column("pol_age_days", translate("services.reports", "Proof-of-life age (days)"), DAYS),
            ),
            tuple(nationals),
        ),
    ]
    notes = [
        translate(
            "services.reports",
            "Days are whole days since the first standing held or unaccounted-for status entry, to now.",
        ),
    ]
    if withheld:
        notes.append(
            translate(
                "services.reports",
                "The last proof of life of %n national(s) is restricted: only their case's team and "
                "supervisors see it.",
                "",
                withheld,
            )
        )
    return summary, tables, charts, notes


# --- monthly ---------------------------------------------------------------------------------


def _monthly(session, where: repo.Where, scope: ReportScope, tick: Progress):
    months = _months(scope.start, scope.last_day)
    steps = 6
    tick(0, steps, translate("services.reports", "Cases opened"))
    opened = repo.opened_by(session, where)
    tick(1, steps, translate("services.reports", "Cases closed"))
    closed = repo.closed_by(session, where)
    tick(2, steps, translate("services.reports", "Days to resolution"))
    medians = repo.resolution_medians(session, where)
    tick(3, steps, translate("services.reports", "Contacts by channel"))
    channels = repo.contacts_by_channel(session, where)
    tick(4, steps, translate("services.reports", "Family contacts"))
    family = {m: (n, on_time) for m, n, on_time in repo.family_contacts_on_time(session, where)}
    tick(5, steps, translate("services.reports", "Done"))

    def pivot(rows, index: int) -> dict:
        out: dict = defaultdict(lambda: defaultdict(int))
        for row in rows:
            out[row[index]][row[0]] += row[4]
        return out

    opened_month, closed_month = defaultdict(int), defaultdict(int)
    for row in opened:
        opened_month[row[0]] += row[4]
    for row in closed:
        closed_month[row[0]] += row[4]
    contacts_month: dict = defaultdict(lambda: defaultdict(int))
    for month, channel, n in channels:
        contacts_month[month][Channel(channel)] += n
    by_month = []
    for m in months:
        n, on_time = family.get(m, (0, 0))
        by_month.append(
            (
                m,
                opened_month[m],
                closed_month[m],
                round(medians[m], 1) if m in medians else None,
                sum(contacts_month[m].values()),
                n,
                round(100.0 * on_time / n, 1) if n else None,
            )
        )

    def breakdown(index: int, label) -> list[tuple]:
        o, c = pivot(opened, index), pivot(closed, index)
        keys = sorted(set(o) | set(c), key=lambda k: (-sum(o[k].values()), str(k)))
        return [(label(k), sum(o[k].values()), sum(c[k].values())) for k in keys]

    kinds = breakdown(1, lambda k: CaseKind(k).label)
    countries = breakdown(2, str)
    posts = breakdown(3, str)
    used_channels = [c for c in Channel if any(contacts_month[m][c] for m in months)]
    channel_rows = [(m, *[contacts_month[m][c] for c in used_channels]) for m in months]
    total_family = sum(n for n, _ in family.values())
    total_on_time = sum(t for _, t in family.values())
    country_months = pivot(opened, 2)
    spark_rows = tuple(
        SparkRow(country, tuple(float(country_months[country][m]) for m in months), float(n_open))
        for country, n_open, _c in countries
    )
    short = tuple(m[2:].replace("-", "/") for m in months)  # "25/07"
    charts = [
        BarChart(
            "opened_closed",
            translate("services.reports", "Cases opened and closed, by month"),
            short,
            (
                Series(translate("services.reports", "Opened"), tuple(float(opened_month[m]) for m in months)),
                Series(translate("services.reports", "Closed"), tuple(float(closed_month[m]) for m in months)),
            ),
            unit=translate("services.reports", "cases"),
        ),
        BarChart(
            "contacts_by_channel",
            translate("services.reports", "Contacts by channel, by month"),
            short,
            tuple(Series(c.label, tuple(float(contacts_month[m][c]) for m in months)) for c in used_channels),
            unit=translate("services.reports", "contacts"),
            stacked=True,
        ),
        SparkTable(
            "countries",
            translate("services.reports", "Cases opened by country, month by month"),
            tuple(months),
            spark_rows,
            translate("services.reports", "Opened"),
        ),
    ]
    overall = medians.get("all")
    summary = [
        (translate("services.reports", "Cases opened"), format_number(sum(opened_month.values()))),
        (translate("services.reports", "Cases closed"), format_number(sum(closed_month.values()))),
        (translate("services.reports", "Median days to resolution"), f"{overall:.1f}" if overall is not None else "—"),
        (translate("services.reports", "Contacts"), format_number(sum(r[4] for r in by_month))),
        (
            translate("services.reports", "Family contacts within plan"),
            translate("services.reports", "{percent}% of {total}").format(
                percent=f"{100.0 * total_on_time / total_family:.0f}", total=format_number(total_family)
            )
            if total_family
            else "—",
        ),
    ]
    tables = [
        ReportTable(
            "by_month",
            translate("services.reports", "Month by month"),
            (
                Column("month", translate("services.reports", "Month")),
                Column("opened", translate("services.reports", "Opened"), INT),
                Column("closed", translate("services.reports", "Closed"), INT),
                Column("median_days", translate("services.reports", "Median days to resolution"), DAYS),
                Column("contacts", translate("services.reports", "Contacts"), INT),
                Column("family_contacts", translate("services.reports", "Family contacts"), INT),
                Column("within_plan_pct", translate("services.reports", "Within plan"), PCT),
            ),
            tuple(by_month),
        ),
        ReportTable(
            "by_kind",
            translate("services.reports", "By kind of case"),
            (
                Column("kind", translate("services.reports", "Kind")),
                Column("opened", translate("services.reports", "Opened"), INT),
                Column("closed", translate("services.reports", "Closed"), INT),
            ),
            tuple(kinds),
        ),
        ReportTable(
            "by_country",
            translate("services.reports", "By country"),
            (
                Column("country", translate("services.reports", "Country")),
                Column("opened", translate("services.reports", "Opened"), INT),
                Column("closed", translate("services.reports", "Closed"), INT),
            ),
            tuple(countries),
        ),
        ReportTable(
            "by_post",
            translate("services.reports", "By post"),
            (
                Column("post", translate("services.reports", "Post")),
                Column("opened", translate("services.reports", "Opened"), INT),
                Column("closed", translate("services.reports", "Closed"), INT),
            ),
            tuple(posts),
        ),
        ReportTable(
            "channels",
            translate("services.reports", "Contacts by channel"),
            (
                Column("month", translate("services.reports", "Month")),
                *[Column(c.value, c.label, INT) for c in used_channels],
            ),
            tuple(channel_rows),
        ),
    ]
    notes = [
        translate(
            "services.reports",
            "Opened: when the post opened the case (its first status entry). Closed: the "
            "case's first change to resolved or closed. Days to resolution run from opening "
            "to that change.",
        ),
        translate(
            "services.reports",
            "A family contact is within plan when it came no later than the agreed interval "
            "after the previous contact with that relative (or after the case was opened, "
            "for the first).",
        ),
        translate(
            "services.reports", "Counts include restricted entries (not their content) and leave voided entries out."
        ),
    ]
    return summary, tables, charts, notes


# --- workload ----------------------------------------------------------------------------


def _workload(session, where: repo.Where, scope: ReportScope, tick: Progress):
    tick(0, 2, translate("services.reports", "Open tasks"))
    tasks = repo.workload(session, where)
    tick(1, 2, translate("services.reports", "Cases led"))
    led = repo.cases_led(session, where)
    names = dict(repo.user_names(session))
    seen = set()
    rows = []
    for assignee, name, post, n_open, overdue in tasks:
        seen.add((assignee, post))
        rows.append(
            (
                name or translate("services.reports", "(nobody assigned)"),
                post,
                n_open,
                overdue,
                round(100.0 * overdue / n_open, 1) if n_open else None,
                led.get((assignee, post), 0) if assignee is not None else None,
            )
        )
    for (lead, post), n in sorted(led.items(), key=lambda kv: (names.get(kv[0][0], ""), kv[0][1])):
        if lead is not None and (lead, post) not in seen:
            rows.append((names.get(lead, f"user #{lead}"), post, 0, 0, None, n))
    per_person: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name, _post, n_open, overdue, _pct, _led in rows:
        per_person[name][0] += n_open
        per_person[name][1] += overdue
    top = sorted(per_person.items(), key=lambda kv: (-kv[1][0], kv[0]))[:15]
    charts = [
        BarChart(
            "workload",
            translate("services.reports", "Open and overdue tasks, per caseworker"),
            tuple(_initials(n) for n, _ in top),
            (
                Series(translate("services.reports", "Open"), tuple(float(v[0]) for _, v in top)),
                Series(translate("services.reports", "Overdue"), tuple(float(v[1]) for _, v in top)),
            ),
            unit=translate("services.reports", "tasks"),
        )
    ]
    total_open = sum(r[2] for r in rows)
    total_overdue = sum(r[3] for r in rows)
    summary = [
        (translate("services.reports", "Open tasks"), format_number(total_open)),
        (translate("services.reports", "Overdue"), format_number(total_overdue)),
        (
            translate("services.reports", "Caseworkers with open tasks"),
            format_number(len({r[0] for r in tasks if r[0] is not None})),
        ),
    ]
    tables = [
        ReportTable(
            "workload",
            translate("services.reports", "Per caseworker and post"),
            (
                Column("caseworker", translate("services.reports", "Caseworker")),
                Column("post", translate("services.reports", "Post")),
                Column("open_tasks", translate("services.reports", "Open tasks"), INT),
                Column("overdue", translate("services.reports", "Overdue"), INT),
                Column("overdue_pct", translate("services.reports", "Overdue share"), PCT),
                Column("cases_led", translate("services.reports", "Open cases led"), INT),
            ),
            tuple(rows),
        )
    ]
    notes = [
        translate(
            "services.reports",
            "Open tasks: open or in progress, not voided. Overdue: due before now. Counted by the case's post.",
        )
    ]
    return summary, tables, charts, notes


def _initials(name: str) -> str:
    """A short label for a chart axis ("Anjali Sharma" -> "A. Sharma")."""
    parts = name.split()
    if len(parts) < 2 or name.startswith("("):
        return name[:14]
    return f"{parts[0][0]}. {parts[-1]}"[:14]


# --- compliance --------------------------------------------------------------------------

COMPLIANCE_BUCKETS = (("< 50%", 0, 50), ("50–79%", 50, 80), ("80–99%", 80, 100), ("100%", 100, 101))


def _compliance(session, where: repo.Where, scope: ReportScope, tick: Progress):
    tick(0, 1, translate("services.reports", "Contacts against the plans"))
    rows = repo.compliance_by_case(session, where)
    table_rows = []
    buckets = [0] * len(COMPLIANCE_BUCKETS)
    total_expected = total_counted = overdue_now = 0
    for _cid, reference, post, country, relatives, expected, made, counted, overdue in rows:
        pct = round(100.0 * counted / expected, 1) if expected else None
        table_rows.append((reference, post, country, relatives, expected, made, pct, overdue))
        total_expected += expected or 0
        total_counted += counted or 0
        overdue_now += overdue or 0
        if pct is not None:
            for i, (_label, low, high) in enumerate(COMPLIANCE_BUCKETS):
                if low <= pct < high:
                    buckets[i] += 1
    charts = [
        BarChart(
            "compliance",
            translate("services.reports", "Cases by family-contact compliance"),
            tuple(label for label, _lo, _hi in COMPLIANCE_BUCKETS),
            (Series(translate("services.reports", "Cases"), tuple(float(b) for b in buckets)),),
            unit=translate("services.reports", "cases"),
        )
    ]
    summary = [
        (translate("services.reports", "Cases with relatives on a plan"), format_number(len(rows))),
        (translate("services.reports", "Contacts the plans called for"), format_number(total_expected)),
        (
            translate("services.reports", "Compliance"),
            f"{100.0 * total_counted / total_expected:.0f}%" if total_expected else "—",
        ),
        (translate("services.reports", "Relatives overdue now"), format_number(overdue_now)),
    ]
    tables = [
        ReportTable(
            "compliance",
            translate("services.reports", "Per case"),
            (
                Column("case", translate("services.reports", "Case")),
                Column("post", translate("services.reports", "Post")),
                Column("country", translate("services.reports", "Country")),
                Column("relatives", translate("services.reports", "Relatives on a plan"), INT),
                Column("expected", translate("services.reports", "Contacts called for"), INT),
                Column("made", translate("services.reports", "Contacts made"), INT),
                Column("compliance_pct", translate("services.reports", "Compliance"), PCT),
                Column("overdue_now", translate("services.reports", "Overdue now"), INT),
            ),
            tuple(table_rows),
        )
    ]
    notes = [
        translate(
            "services.reports",
            "A relative's plan (contact every N days) calls for one contact per N days of "
            "the period they were on it; compliance counts the contacts made, up to what "
            "each plan called for, against that.",
        ),
        translate(
            "services.reports",
            "Cases open at some time in the period. Counts include restricted contacts; voided ones are left out.",
        ),
    ]
    return summary, tables, charts, notes


BUILDERS = {"held": _held, "monthly": _monthly, "workload": _workload, "compliance": _compliance}


# --- export ------------------------------------------------------------------------------


def check_format(fmt: str | None, path: str | os.PathLike | None = None) -> str:
    key = (fmt or "").strip().lower().lstrip(".")
    if not key and path is not None:
        key = Path(path).suffix.lower().lstrip(".")
    if key not in FORMATS:
        raise ValidationError(
            "format",
            translate("services.reports", "'{value}' is not a report format; use one of: {formats}.").format(
                value=fmt or key, formats=", ".join(FORMATS)
            ),
        )
    return key


@action("reports.export_report")
def export_report(
    ctx: ServiceContext,
    name: str,
    fmt: str | None,
    path: str | os.PathLike,
    *,
    start=None,
    end=None,
    post: str | None = None,
    country: str | None = None,
    progress: Progress | None = None,
) -> Report:
    """Compute report ``name`` as :func:`run_report` and write it to ``path`` as ``fmt`` (pdf,
    xlsx, csv, json; None: from the file's suffix).

    Through :func:`consular.services.outputs.deliver`: written to a private temporary file
    (0600), recorded as ``report.export`` (report, scope, format, file, SHA-256, chain head),
    then renamed into place; a failure leaves nothing at ``path`` and is recorded as
    ``report.export.failed``. Every format carries the classification marking and the audit
    chain head (the PDF on every page). Raises what :func:`run_report` raises, ValidationError
    for an unknown format or a bad target, DiskFullError / UserError when the file cannot be
    written. Returns the report that was written."""
    from consular.reports import report_export

    key = check_format(fmt, path)
    report, head = _build(ctx, name, start, end, post, country, progress)
    target = Path(path)

    def write(temp: Path) -> None:
        report_export.render(key, report, temp)

    def authorise(session, sha256: str, size: int) -> None:
        ctx.audit(
            session,
            "report.export",
            "report",
            None,
            after={
                "report": report.name,
                "scope": report.scope.describe(),
                "format": key,
                "file": target.name,
                "sha256": sha256,
                "bytes": size,
                "marking": report.marking,
                "chain_head": report.chain_head,
            },
        )

    outputs.deliver(
        ctx,
        target,
        write,
        authorise,
        action="report.export",
        entity="report",
        entity_id=None,
        case_id=None,
        anchor=head,
    )
    return report


__all__ = ["FORMATS", "REPORTS", "check_format", "default_period", "export_report", "report_names", "run_report"]

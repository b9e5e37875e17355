"""Reports across cases: every figure against the database's own rows counted independently
(tests/report_expectations.py), on the demo database and on a small synthetic one, with the
need-to-know rule, the filters, the errors, and the files (PDF read back with pypdf, XLSX
with openpyxl, CSV, JSON): marking and audit chain head in each, audited, 0600."""

from __future__ import annotations

import csv
import hashlib
import io
import itertools
import json
import stat
from datetime import UTC, date, datetime, timedelta

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from consular.domain.clock import FixedClock
from consular.domain.errors import ValidationError
from consular.reports import charts
from consular.services import reports
from consular.services.context import ServiceContext, Settings, actor_for
from tests.demo_data import ADMIN, CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER
from tests.report_expectations import Raw, rows

AS_OF = datetime(2025, 10, 21, 12, 0, tzinfo=UTC)
START = date(2024, 1, 1)


def as_user(db, username: str, at: datetime = AS_OF) -> ServiceContext:
    return ServiceContext(db, actor_for(db, username), Settings(), FixedClock(at, read_only=False))


def midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


# --- the checks, shared by the demo, synthetic and PostgreSQL tests -----------------------------


def check_held(ctx, raw: Raw, post=None, country=None) -> None:
    report = reports.run_report(ctx, "held", post=post, country=country)
    expected = raw.held(ctx.now(), post, country)
    nationals = report.table("nationals")
    assert len(nationals.rows) == len(expected)
    assert sorted(zip(nationals.values("case"), nationals.values("days_held"), strict=True)) == sorted(
        (e["case"], e["days"]) for e in expected
    )
    assert nationals.values("days_held") == sorted(nationals.values("days_held"), reverse=True)
    by_place = report.table("by_place")
    counted = {}
    for e in expected:
        counted[(e["country"], e["post"])] = counted.get((e["country"], e["post"]), 0) + 1
    assert (
        dict(
            zip(
                zip(by_place.values("country"), by_place.values("post"), strict=True),
                by_place.values("held"),
                strict=True,
            )
        )
        == counted
    )
    longest = {}
    for e in expected:
        key = (e["country"], e["post"])
        longest[key] = max(longest.get(key, 0), e["days"])
    assert (
        dict(
            zip(
                zip(by_place.values("country"), by_place.values("post"), strict=True),
                by_place.values("longest_days"),
                strict=True,
            )
        )
        == longest
    )
    assert dict(report.summary)["Nationals held or unaccounted for"] == f"{len(expected):,}"
    assert dict(report.summary)["Of whom unaccounted for"] == f"{sum(e['status'] == 'unaccounted' for e in expected):,}"
    days = sorted(e["days"] for e in expected)
    if days:
        assert dict(report.summary)["Median days held"] == f"{_median(days):.0f}"
    distribution = report.charts[0]
    assert isinstance(distribution, charts.BarChart) and distribution.key == "days_held"
    buckets = [0] * 6
    for d in days:
        buckets[sum(d >= low for low in (30, 90, 180, 365, 730))] += 1
    assert list(distribution.series[0].values) == buckets


def _median(values: list[float]) -> float:
    n = len(values)
    return values[n // 2] if n % 2 else (values[n // 2 - 1] + values[n // 2]) / 2


def check_monthly(ctx, raw: Raw, start: date, end: date, post=None, country=None) -> None:
    report = reports.run_report(ctx, "monthly", start=start, end=end, post=post, country=country)
    want = raw.monthly(midnight(start), midnight(end + timedelta(days=1)), post, country)
    by_month = report.table("by_month")
    months = by_month.values("month")
    assert months[0] == f"{start:%Y-%m}" and months[-1] == f"{end:%Y-%m}"
    assert dict(zip(months, by_month.values("opened"), strict=True)) == {m: want["opened"][m] for m in months}
    assert dict(zip(months, by_month.values("closed"), strict=True)) == {m: want["closed"][m] for m in months}
    for month, median in zip(months, by_month.values("median_days"), strict=True):
        if month in want["median"]:
            assert median == pytest.approx(want["median"][month], abs=0.06)
        else:
            assert median is None
    if "all" in want["median"]:
        assert dict(report.summary)["Median days to resolution"] == f"{want['median']['all']:.1f}"
    channels = report.table("channels")
    for row in channels.rows:
        for column, value in zip(channels.columns[1:], row[1:], strict=True):
            assert value == want["channels"][(row[0], column.key)], (row[0], column.key)
    assert sum(by_month.values("contacts")) == sum(want["channels"].values())
    assert dict(zip(months, by_month.values("family_contacts"), strict=True)) == {m: want["family"][m] for m in months}
    for month, pct in zip(months, by_month.values("within_plan_pct"), strict=True):
        n = want["family"][month]
        assert pct == (round(100.0 * want["on_time"][month] / n, 1) if n else None), month
    kinds = report.table("by_kind")
    assert sum(kinds.values("opened")) == sum(want["kind_opened"].values())
    # The chart shows the table's figures.
    opened_chart = report.charts[0]
    assert list(opened_chart.series[0].values) == [float(v) for v in by_month.values("opened")]
    assert list(opened_chart.series[1].values) == [float(v) for v in by_month.values("closed")]


def check_workload(ctx, raw: Raw, post=None, country=None) -> None:
    report = reports.run_report(ctx, "workload", post=post, country=country)
    table = report.table("workload")
    got = {
        (name, p): (n, o)
        for name, p, n, o in zip(
            table.values("caseworker"),
            table.values("post"),
            table.values("open_tasks"),
            table.values("overdue"),
            strict=True,
        )
        if n
    }
    assert got == raw.workload(ctx.now(), post, country)


def check_compliance(ctx, raw: Raw, start: date, end: date, post=None, country=None) -> None:
    report = reports.run_report(ctx, "compliance", start=start, end=end, post=post, country=country)
    table = report.table("compliance")
    want = raw.compliance(midnight(start), midnight(end + timedelta(days=1)), ctx.now(), post, country)
    got = {}
    for row in table.rows:
        ref, _post, _cc, relatives, expected, made, pct, overdue = row
        got[ref] = (expected, made, overdue, relatives)
        e, _m, c, _o, _r = want[ref]
        assert pct == (round(100.0 * c / e, 1) if e else None), ref
    assert got == {ref: (e, m, o, r) for ref, (e, m, _c, o, r) in want.items()}


# --- the demo database ----------------------------------------------------------------------


@pytest.fixture
def raw_demo(demo_db) -> Raw:
    return Raw(demo_db)


def test_held_nationals_match_the_rows_on_the_demo(demo_db, raw_demo):
    ctx = as_user(demo_db, SUPERVISOR)
    check_held(ctx, raw_demo)
    check_held(ctx, raw_demo, country="ML")
    check_held(ctx, raw_demo, post="LFW")
    held = reports.run_report(ctx, "held").table("nationals")
    assert len(held.rows) == 5 and set(held.values("country")) == {"ML", "NP", "TG"}


def test_last_proof_of_life_is_shown_to_the_case_team_and_supervisors_only(demo_db, raw_demo):
    """Proofs of life are always restricted: the age shows for the reader's own cases."""
    expected = {e["case"]: e["last_pol"] for e in raw_demo.held(AS_OF)}
    assert expected[KAYES] is not None  # the demo has a proof of life for a Kayes hostage

    def last_pols(username):
        t = reports.run_report(as_user(demo_db, username), "held").table("nationals")
        return list(zip(t.values("case"), t.values("last_pol"), t.values("pol_age_days"), strict=True))

    for username in (SUPERVISOR, ADMIN, CASEWORKER):  # the caseworker leads Kayes
        kayes = [(pol, age) for ref, pol, age in last_pols(username) if ref == KAYES]
        assert any(isinstance(pol, date) and age is not None for pol, age in kayes), username
    outsider = last_pols(OTHER_CASEWORKER)
    assert outsider and all(pol == "restricted" and age is None for _ref, pol, age in outsider)
    viewer = reports.run_report(as_user(demo_db, VIEWER), "held")
    assert any("restricted" in note for note in viewer.notes)
    # The counts are the same for everyone: a count is not content.
    assert viewer.summary == reports.run_report(as_user(demo_db, SUPERVISOR), "held").summary


def test_monthly_statistics_match_the_rows_on_the_demo(demo_db, raw_demo):
    ctx = as_user(demo_db, CASEWORKER)
    check_monthly(ctx, raw_demo, START, date(2025, 10, 21))
    check_monthly(ctx, raw_demo, date(2025, 7, 1), date(2025, 7, 31), post="BAM")
    check_monthly(ctx, raw_demo, START, date(2025, 10, 21), country="NG")
    report = reports.run_report(ctx, "monthly", start=START, end=date(2025, 10, 21))
    # The closed Delta case: opened 11 March 2024, resolved 31 March, 20.1 days.
    assert dict(report.summary)["Cases closed"] == "1"
    assert dict(report.summary)["Median days to resolution"] == "20.1"


def test_workload_matches_the_rows_on_the_demo(demo_db, raw_demo):
    ctx = as_user(demo_db, VIEWER)
    check_workload(ctx, raw_demo)
    check_workload(ctx, raw_demo, post="BAM")
    report = reports.run_report(ctx, "workload")
    assert sum(report.table("workload").values("open_tasks")) == sum(v[0] for v in raw_demo.workload(AS_OF).values())


def test_compliance_matches_the_rows_on_the_demo(demo_db, raw_demo):
    ctx = as_user(demo_db, SUPERVISOR)
    check_compliance(ctx, raw_demo, START, date(2025, 10, 21))
    check_compliance(ctx, raw_demo, date(2025, 7, 1), date(2025, 7, 31))
    check_compliance(ctx, raw_demo, date(2025, 7, 1), date(2025, 12, 31), post="BAM")
    rows = reports.run_report(ctx, "compliance", start=date(2025, 7, 1), end=date(2025, 7, 31)).table("compliance")
    assert KAYES in rows.values("case")


def test_a_voided_contact_leaves_the_counts(demo_db):
    from consular.services import contacts, voiding

    ctx = as_user(demo_db, SUPERVISOR)
    before = reports.run_report(ctx, "monthly", start=START, end=date(2025, 10, 21))
    entry = contacts.list_contacts(ctx, KAYES)[0]
    voiding.void_entry(ctx, "contact", entry.id, reason="Logged on the wrong case")
    after = reports.run_report(ctx, "monthly", start=START, end=date(2025, 10, 21))
    assert sum(after.table("by_month").values("contacts")) == sum(before.table("by_month").values("contacts")) - 1


def test_bad_selections_are_refused_with_what_to_do(demo_db):
    ctx = as_user(demo_db, CASEWORKER)
    with pytest.raises(ValidationError, match="use one of: held, monthly, workload, compliance"):
        reports.run_report(ctx, "weekly")
    with pytest.raises(ValidationError, match="the posts are: ABJ, BAM"):
        reports.run_report(ctx, "held", post="XYZ")
    with pytest.raises(ValidationError, match="two letters"):
        reports.run_report(ctx, "held", country="Mali")
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        reports.run_report(ctx, "monthly", start="1 July")
    with pytest.raises(ValidationError, match="swap the dates"):
        reports.run_report(ctx, "monthly", start=date(2025, 7, 1), end=date(2025, 6, 1))
    with pytest.raises(ValidationError, match="pdf, xlsx, csv, json"):
        reports.check_format("docx")


def test_the_marking_is_the_highest_classification_in_scope(demo_db):
    ctx = as_user(demo_db, CASEWORKER)
    levels = {v for (v,) in rows(demo_db, "SELECT classification FROM cases")}
    order = ["unclassified", "restricted", "confidential", "secret"]
    assert reports.run_report(ctx, "held").marking == max(levels, key=order.index).upper()


# --- files ----------------------------------------------------------------------------------


def test_pdf_carries_marking_and_chain_head_on_every_page_and_is_audited(demo_db, tmp_path):
    ctx = as_user(demo_db, SUPERVISOR)
    target = tmp_path / "monthly.pdf"
    report = reports.export_report(ctx, "monthly", None, target, start=START, end=date(2025, 10, 21))
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    reader = PdfReader(str(target))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        text = page.extract_text()
        assert report.marking in text
        assert f"Audit chain head {report.chain_head}" in text
    whole = " ".join(p.extract_text() for p in reader.pages)
    assert "Monthly statistics" in whole and "Cases opened and closed, by month" in whole  # a chart's title
    (after,) = rows(demo_db, "SELECT after FROM audit_entries WHERE action = 'report.export'")[0]
    after = json.loads(after)
    assert after["report"] == "monthly" and after["chain_head"] == report.chain_head
    assert after["sha256"] == hashlib.sha256(target.read_bytes()).hexdigest()


def test_xlsx_csv_and_json_hold_the_same_figures(demo_db, tmp_path):
    ctx = as_user(demo_db, SUPERVISOR)
    report = reports.export_report(ctx, "held", "xlsx", tmp_path / "held.xlsx")
    book = load_workbook(tmp_path / "held.xlsx")
    assert book.sheetnames == ["By country and post", "Nationals held now, longest", "About"]
    sheet = book["Nationals held now, longest"]
    table = report.table("nationals")
    header = [c.value for c in sheet[1]]
    assert header == [c.header for c in table.columns]
    days = [row[header.index("Days held")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert days == table.values("days_held")
    about = {row[0]: row[1] for row in book["About"].iter_rows(values_only=True)}
    assert about["Classification"] == report.marking and about["Audit chain head"] == report.chain_head
    assert report.marking in sheet.oddHeader.center.text

    report = reports.export_report(ctx, "workload", "csv", tmp_path / "workload.csv")
    lines = list(csv.reader(io.StringIO((tmp_path / "workload.csv").read_text("utf-8-sig"))))
    assert lines[0] == [f"# {report.marking}"]
    assert [f"# Audit chain head: {report.chain_head}"] in lines
    start = lines.index(["Caseworker", "Post", "Open tasks", "Overdue", "Overdue share", "Open cases led"])
    body = [r for r in lines[start + 1 :] if r and not r[0].startswith("#")]
    assert sum(int(r[2]) for r in body) == sum(report.table("workload").values("open_tasks"))

    report = reports.export_report(ctx, "compliance", "json", tmp_path / "c.json", start=START, end="2025-10-21")
    data = json.loads((tmp_path / "c.json").read_text())
    assert data["classification"] == report.marking and data["chain_head"] == report.chain_head
    assert [r["case"] for r in data["tables"]["compliance"]["rows"]] == report.table("compliance").values("case")
    assert data["scope"]["start"] == "2024-01-01"


def test_a_refused_export_leaves_no_file(demo_db, tmp_path):
    ctx = as_user(demo_db, SUPERVISOR)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ValidationError, match="does not exist"):
        reports.export_report(ctx, "held", "pdf", out / "none" / "held.pdf")
    with pytest.raises(ValidationError, match="not a report format"):
        reports.export_report(ctx, "held", "docx", out / "held.docx")
    with pytest.raises(ValidationError, match="not a report"):
        reports.export_report(ctx, "weekly", "pdf", out / "weekly.pdf")
    assert list(out.iterdir()) == []


# --- a small synthetic database -------------------------------------------------------------


@pytest.fixture
def synthetic(ctx):
    from consular.seeding.synthetic import generate

    generate(ctx.database, cases=80, seed=7, progress=False, now=AS_OF)
    return ctx.database


def test_every_figure_matches_the_rows_on_a_synthetic_database(synthetic):
    raw = Raw(synthetic)
    ctx = as_user(synthetic, "admin")
    start, end = date(2024, 11, 1), date(2025, 10, 21)
    # Something to compare in each report (an empty list would match an empty report).
    assert raw.held(AS_OF) and raw.workload(AS_OF)
    assert raw.compliance(midnight(start), midnight(end), AS_OF)
    check_held(ctx, raw)
    check_monthly(ctx, raw, start, end)
    check_workload(ctx, raw)
    check_compliance(ctx, raw, start, end)
    some_post = next(iter(raw.cases.values()))["post"]
    check_monthly(ctx, raw, start, end, post=some_post)
    check_compliance(ctx, raw, start, end, post=some_post)
    check_held(ctx, raw, post=some_post)
    report = reports.run_report(ctx, "monthly", start=start, end=end)
    assert sum(report.table("by_month").values("opened")) > 0
    assert sum(report.table("by_month").values("contacts")) > 0


# --- charts ---------------------------------------------------------------------------------


def test_bar_heights_are_proportional_and_labels_never_overlap():
    chart = charts.BarChart(
        "t",
        "Test",
        tuple(f"{m:02d}/25" for m in range(1, 25)),
        (charts.Series("A", tuple(float(i) for i in range(24))),),
    )
    prims = charts.layout(chart, 300, 160)
    bars = [p for p in prims if isinstance(p, charts.Rect)]
    assert len(bars) == 23  # the zero bar is not drawn
    assert bars[-1].h == pytest.approx(bars[0].h * 23, rel=1e-6)
    labels = sorted((p for p in prims if isinstance(p, charts.Text) and "/25" in p.text), key=lambda p: p.x)
    assert 1 < len(labels) < 24
    for a, b in itertools.pairwise(labels):
        assert b.x - a.x >= charts.text_width(a.text, a.size)
    drawing = charts.to_drawing(chart, 300, 160)
    assert len([c for c in drawing.contents if type(c).__name__ == "Rect"]) == 23
    for peak in (0.4, 1, 7, 23, 99, 1234):
        top, step = charts.nice_ceiling(peak)
        assert top >= peak and top - peak < step and top / step <= 5  # at most five gridlines above zero


def test_grouped_median_takes_the_middle_of_odd_and_even_groups(database):
    check_grouped_median(database)


def check_grouped_median(database) -> None:
    from sqlalchemy import literal, select, union_all

    from consular.repositories.reports import grouped_median

    values = [("odd", 5.0), ("odd", 1.0), ("odd", 3.0), ("even", 4.0), ("even", 1.0), ("even", 2.0), ("even", 10.0)]
    values += [("one", 7.5)]
    parts = [select(literal(g).label("g"), literal(v).label("v")) for g, v in values]
    sub = union_all(*parts).subquery("vals")
    with database.session() as session:
        assert grouped_median(session, sub) == {"odd": 3.0, "even": 3.0, "one": 7.5}


# --- PostgreSQL -----------------------------------------------------------------------------


@pytest.mark.postgres
def test_every_figure_matches_the_rows_on_postgresql(pg_database):
    from consular.seeding.synthetic import generate
    from tests.fixtures_db import add_reference_data

    add_reference_data(pg_database)
    generate(pg_database, cases=80, seed=7, progress=False, now=AS_OF)
    check_grouped_median(pg_database)
    raw = Raw(pg_database)
    ctx = as_user(pg_database, "admin")
    start, end = date(2024, 11, 1), date(2025, 10, 21)
    assert raw.held(AS_OF) and raw.workload(AS_OF)
    check_held(ctx, raw)
    check_monthly(ctx, raw, start, end)
    check_workload(ctx, raw)
    check_compliance(ctx, raw, start, end)
    some_post = next(iter(raw.cases.values()))["post"]
    check_monthly(ctx, raw, start, end, post=some_post)
    check_held(ctx, raw, country=next(iter(raw.cases.values()))["country"])
    # Months are UTC months whatever the session's time zone (Kiritimati is UTC+14).
    from sqlalchemy import literal, select

    from consular.db import dialect
    from consular.db.types import UTCDateTime

    late = literal(datetime(2025, 1, 31, 23, 30, tzinfo=UTC), UTCDateTime())
    with pg_database.engine.connect() as conn:
        conn.exec_driver_sql("SET TIME ZONE 'Pacific/Kiritimati'")
        assert conn.execute(select(dialect.month_of("postgresql", late))).scalar() == "2025-01"


@pytest.mark.postgres
def test_every_figure_matches_the_rows_of_the_demo_on_postgresql(pg_database):
    from consular.seeding.demo import load_demo
    from tests.fixtures_db import DEMO_PASSWORD

    load_demo(pg_database, staff_password=DEMO_PASSWORD)
    raw = Raw(pg_database)
    ctx = as_user(pg_database, SUPERVISOR)
    check_held(ctx, raw)
    check_monthly(ctx, raw, START, date(2025, 10, 21))
    check_workload(ctx, raw)
    check_compliance(ctx, raw, START, date(2025, 10, 21))
    outsider = reports.run_report(as_user(pg_database, OTHER_CASEWORKER), "held").table("nationals")
    assert set(outsider.values("last_pol")) == {"restricted"}

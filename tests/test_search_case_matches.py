"""The case list's matching cases on PostgreSQL (consular.db.case_matches): read case by case
(the loose scan) or row by row, they are the cases SQLite finds, counterparts included, and a
restricted entry never makes a case match for someone outside its team."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from consular.db import case_matches
from consular.services import contacts, counterparts, search
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import OTHER_CASEWORKER
from tests.service_helpers import open_case, someone


def _story(ctx: ServiceContext) -> dict[str, str]:
    """Cases found for "harbour" by different kinds of entry; returns name -> reference."""
    refs = {
        "title": open_case(ctx, title="Harbour workers held at Lomé").reference,
        "restricted only": open_case(ctx, title="Crew of a trawler detained").reference,
        "counterpart": open_case(ctx, title="Fishermen held off Conakry").reference,
        "both": open_case(ctx, title="Dockers taken at Tema").reference,
        "none": open_case(ctx, title="Engineer detained near Kayes").reference,
    }

    def note(ref: str, text: str, restricted: bool = False) -> None:
        contacts.log_contact(
            ctx,
            ref,
            counterpart_ids=someone(ctx, ref),
            occurred_at="2025-07-03T10:00",
            channel="phone",
            subject="Call",
            notes=text,
            restricted=restricted,
        )

    # The readable match first, the restricted one newer: reading the case's entries from the
    # newest one meets the restricted one first, and must still count the case through the
    # readable one.
    note(refs["both"], "Family met at the harbour gate.")
    note(refs["both"], "The harbour informant asked for money.", restricted=True)
    note(refs["restricted only"], "The source at the harbour named the broker.", restricted=True)
    # The newest match: the one ranked (search.CANDIDATES is 1), the rest read case by case.
    counterparts.add_counterpart(ctx, refs["counterpart"], name="Harbour master Diallo", category="other")
    note(refs["none"], "Family asked about the convoy.")
    return refs


def _found(ctx: ServiceContext, limit: int = 1000) -> dict[str, str]:
    return {hit.reference: hit.snippet for hit in search.matching_case_ids(ctx, "harbour", limit=limit).values()}


@pytest.mark.postgres
@pytest.mark.parametrize("plan", ["rows", "loose"])
def test_both_plans_find_what_sqlite_finds(ctx, pg_database, monkeypatch, plan):
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    refs = _story(ctx)
    assert _story(pg_ctx) == refs
    monkeypatch.setattr(search, "CANDIDATES", 1)  # the rest comes from the case-by-case read
    with pg_database.engine.connect() as conn:
        params: dict = {}
        where = case_matches._match_expression(conn, [["harbour"]], params)
        # A handful of matches: the planner's estimate alone keeps reading the rows.
        assert case_matches.choose_plan(conn, where, "", params) == "rows"
        # The share of cases with a match of their own (not the counterpart's), newest first.
        assert case_matches._sampled_share(conn, "", params)[:2] == (3, 5)
    monkeypatch.setattr(case_matches, "choose_plan", lambda *args: plan)

    everyone = {refs[k] for k in ("title", "restricted only", "counterpart", "both")}
    on_sqlite, on_postgres = _found(ctx), _found(pg_ctx)
    assert set(on_sqlite) == set(on_postgres) == everyone
    assert all("[harbour]" in s.lower() for s in on_postgres.values()), on_postgres
    assert len(_found(pg_ctx, limit=2)) == 2  # "2 or more"

    outsider = ServiceContext(pg_database, actor_for(pg_database, OTHER_CASEWORKER))
    shown = _found(outsider)
    assert set(shown) == everyone - {refs["restricted only"]}
    assert "informant" not in " ".join(shown.values())  # the readable entry explains "both"
    assert set(_found(ServiceContext(ctx.database, actor_for(ctx.database, OTHER_CASEWORKER)))) == set(shown)

    # The plan's own need-to-know: a word only in a restricted entry finds its case only for
    # someone who may read that case's restricted entries.
    monkeypatch.setattr(case_matches, "choose_plan", lambda *args: "loose")
    with pg_database.engine.connect() as conn:
        both = conn.execute(text("SELECT id FROM cases WHERE reference = :r"), {"r": refs["both"]}).scalar()
        find = [["informant"]]
        assert [c for c, _ in case_matches.matching_cases(conn, find, limit=10, visible_cases=set()) or []] == []
        assert [c for c, _ in case_matches.matching_cases(conn, find, limit=10, visible_cases={both}) or []] == [both]
        assert [c for c, _ in case_matches.matching_cases(conn, find, limit=10) or []] == [both]

"""Saved filters and list exports: a filter kept per account survives a restart (a new
connection to the same file), can be shared with a post as a read-only copy, is audited; the
case list and a contact log export as shown (filters, sort, restricted placeholders), read
back with csv and openpyxl."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from consular.db.engine import open_database
from consular.domain.enums import CaseStatus, Channel
from consular.domain.errors import ConflictError, NotFoundError, PermissionDeniedError, ValidationError
from consular.domain.filters import (
    ME,
    CaseFilter,
    CaseListSetup,
    ContactFilter,
    contact_filter_definition,
    contact_filter_from_definition,
)
from consular.services import audit, cases, contacts, lists, saved_filters
from consular.services.context import ServiceContext, actor_for
from tests.demo_data import CASEWORKER, KAYES, OTHER_CASEWORKER, SUPERVISOR, VIEWER


@pytest.fixture
def make_demo(demo_db):
    return lambda username: ServiceContext(demo_db, actor_for(demo_db, username))


WEST_AFRICA = CaseListSetup(
    CaseFilter(statuses=[CaseStatus.OPEN, CaseStatus.ACTIVE], post_codes=["BAM", "LFW"], assignee_username=ME),
    "",
    "reference",
    False,
)


def test_a_saved_filter_survives_a_restart_and_means_mine_for_whoever_applies_it(make_demo, demo_db):
    me = make_demo(CASEWORKER)
    saved = saved_filters.save_filter(me, "cases", "My active cases in West Africa", WEST_AFRICA.definition())
    assert saved.mine and saved.shared_with is None
    [entry] = [e for e in audit.audit_trail(make_demo(SUPERVISOR), limit=5) if e.action == "filter.save"]
    assert entry.after["name"] == "My active cases in West Africa"

    reopened = open_database(demo_db.path)  # a new engine on the same file: the app restarted
    try:
        again = ServiceContext(reopened, actor_for(reopened, CASEWORKER))
        [kept] = saved_filters.list_filters(again, "cases")
        setup, dropped = CaseListSetup.from_definition(kept.definition, me=CASEWORKER)
        assert dropped == [] and setup.filter.assignee_username == CASEWORKER
        assert (setup.filter.statuses, setup.filter.post_codes) == (
            [CaseStatus.OPEN, CaseStatus.ACTIVE],
            ["BAM", "LFW"],
        )
        assert (setup.sort, setup.descending) == ("reference", False)
    finally:
        reopened.dispose()
    # Nobody else sees it until it is shared.
    assert saved_filters.list_filters(make_demo(OTHER_CASEWORKER), "cases") == []


def test_sharing_gives_colleagues_a_copy_only_the_owner_changes(make_demo):
    me, colleague = make_demo(CASEWORKER), make_demo(OTHER_CASEWORKER)
    saved = saved_filters.save_filter(me, "cases", "Kayes watch", WEST_AFRICA.definition(), share_with="bam")
    assert saved.shared_with == "BAM"
    [seen] = saved_filters.list_filters(colleague, "cases")
    assert not seen.mine and seen.label == f"Kayes watch ({saved.owner_name}, BAM)"
    # Applied by the colleague, "mine" means the colleague.
    setup, _ = CaseListSetup.from_definition(seen.definition, me=OTHER_CASEWORKER)
    assert setup.filter.assignee_username == OTHER_CASEWORKER
    for attempt in (
        lambda: saved_filters.delete_filter(colleague, seen.id),
        lambda: saved_filters.rename_filter(colleague, seen.id, "Mine now"),
        lambda: saved_filters.share_filter(colleague, seen.id, None),
    ):
        with pytest.raises(PermissionDeniedError, match="only they"):
            attempt()
    with pytest.raises(PermissionDeniedError):
        saved_filters.save_filter(make_demo(VIEWER), "cases", "Viewer's", {}, share_with="BAM")
    saved_filters.save_filter(make_demo(VIEWER), "cases", "Viewer's", {})  # their own is fine
    unshared = saved_filters.share_filter(me, saved.id, None, expected_version=saved.version)
    assert saved_filters.list_filters(colleague, "cases") == []
    with pytest.raises(ConflictError, match="changed since"):
        saved_filters.rename_filter(me, saved.id, "Stale", expected_version=saved.version)
    saved_filters.delete_filter(me, saved.id, expected_version=unshared.version)
    assert saved_filters.list_filters(me, "cases") == []


def test_bad_input_is_refused_with_what_to_do(make_demo):
    me = make_demo(CASEWORKER)
    with pytest.raises(ValidationError, match="no list 'people'"):
        saved_filters.save_filter(me, "people", "x", {})
    with pytest.raises(ValidationError, match="no post 'ZZZ'"):
        saved_filters.save_filter(me, "cases", "x", {}, share_with="ZZZ")
    with pytest.raises(ValidationError, match="characters long"):
        saved_filters.save_filter(me, "cases", "huge", {"search": "x" * 30_000})
    saved_filters.save_filter(me, "cases", "Twice", {})
    with pytest.raises(ConflictError, match="already have a filter called 'Twice'"):
        saved_filters.save_filter(me, "cases", "Twice", {"sort": "title"})
    replaced = saved_filters.save_filter(me, "cases", "Twice", {"sort": "title"}, replace=True)
    assert replaced.definition == {"sort": "title"}
    with pytest.raises(NotFoundError, match="no saved filter called 'Nope'"):
        saved_filters.find_filter(me, "cases", "Nope")
    # A stored value since gone is left out and said, not a failure.
    setup, dropped = CaseListSetup.from_definition({"statuses": ["active", "archived"], "sort": "nonsense"})
    assert setup.filter.statuses == [CaseStatus.ACTIVE] and dropped == ["archived"] and setup.sort == "incident_at"


def test_contact_filter_definitions_round_trip():
    from datetime import UTC, datetime

    flt = ContactFilter(
        channels=[Channel.PHONE], since=datetime(2025, 7, 1, tzinfo=UTC), text="ransom", include_voided=True
    )
    back, dropped = contact_filter_from_definition(contact_filter_definition(flt))
    assert back == flt and dropped == []


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_the_case_list_exports_as_shown(make_demo, tmp_path):
    me = make_demo(CASEWORKER)
    flt = CaseFilter(statuses=[CaseStatus.ACTIVE])
    shown = [c.reference for c in cases.list_cases(me, flt, sort="reference", descending=False)]
    rows = lists.export_case_list(me, tmp_path / "cases.csv", flt, sort="reference", descending=False, described="x")
    table = _csv(tmp_path / "cases.csv")
    assert rows == len(shown) == len(table) - 1 and [r[0] for r in table[1:]] == shown
    assert table[0][-1] == "chain_head" and all(r[-1].count(":") == 1 for r in table[1:])
    assert (tmp_path / "cases.csv").stat().st_mode & 0o777 == 0o600

    lists.export_case_list(me, tmp_path / "cases.xlsx", flt, sort="reference", descending=False, described="Active")
    book = load_workbook(tmp_path / "cases.xlsx")
    sheet = book["List"]
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == shown
    about = {r[0].value: r[1].value for r in book["About"].iter_rows()}
    assert about["Filters"] == "Active" and about["Rows"] == str(len(shown)) and about["Classification"]
    entry = next(e for e in audit.audit_trail(make_demo(SUPERVISOR), limit=5) if e.action == "list.export")
    assert entry.after["rows"] == len(shown) and entry.after["format"] == "xlsx"

    # A search's order (best first) is kept.
    order = list(reversed([c.id for c in cases.list_cases(me, flt)]))
    lists.export_case_list(me, tmp_path / "search.csv", CaseFilter(case_ids=order), order_ids=order)
    ids = {c.reference: c.id for c in cases.list_cases(me, CaseFilter(case_ids=order))}
    assert [ids[r[0]] for r in _csv(tmp_path / "search.csv")[1:]] == order
    with pytest.raises(ValidationError, match=r"neither \.csv nor \.xlsx"):
        lists.export_case_list(me, tmp_path / "cases.pdf")


def test_a_contact_log_export_keeps_restricted_entries_as_placeholders_for_outsiders(make_demo, tmp_path):
    team, outsider = make_demo(CASEWORKER), make_demo(VIEWER)
    everything = contacts.list_contacts(team, KAYES, limit=None)
    secret = [c for c in everything if c.restricted and not c.voided]
    assert secret
    lists.export_contact_list(outsider, KAYES, tmp_path / "outsider.csv")
    text = (tmp_path / "outsider.csv").read_text(encoding="utf-8-sig")
    for c in secret:
        assert c.subject not in text
        for part in (c.notes or "").split(". "):
            if len(part) > 20:
                assert part not in text
    rows = _csv(tmp_path / "outsider.csv")
    assert len(rows) - 1 == len(contacts.list_contacts(outsider, KAYES, limit=None))
    lists.export_contact_list(team, KAYES, tmp_path / "team.csv", ContactFilter(channels=[Channel.PHONE]))
    phone = _csv(tmp_path / "team.csv")[1:]
    assert phone and all(r[1] == Channel.PHONE.label for r in phone)
    assert len(phone) == len(contacts.list_contacts(team, KAYES, ContactFilter(channels=[Channel.PHONE]), limit=None))

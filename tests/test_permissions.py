"""The role matrix: complete, enforced in every cell, and the README's table agrees with it."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path

import pytest

import consular.services as services_package
from consular.domain.enums import UserRole
from consular.domain.errors import PermissionDeniedError
from consular.services import cases, contacts, permissions
from consular.services.audit import AuditFilter
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import add_reference_data
from tests.service_helpers import audit_count, open_case

# One account of each role in tests/fixtures_db.STAFF.
ACCOUNT = {
    UserRole.VIEWER: "s.kapoor",
    UserRole.CASEWORKER: "a.sharma",
    UserRole.SUPERVISOR: "v.iyer",
    UserRole.ADMIN: "admin",
}
# Finer rights checked with permissions.require inside a service, not whole functions.
NOT_FUNCTIONS = {"cases.close", "restricted.all_cases", "audit.whole_database", "vetting.decide"}
# Arguments for the functions that would otherwise stop at a finer check of their own
# (reading one case's trail, not the whole database's): the call then fails on the unknown case.
ONE_CASE = AuditFilter(case_reference="XXX-2025-0001")
SAMPLE_ARGS = {
    "audit.list_entries": ((ONE_CASE,), {}),
    "audit.count_entries": ((ONE_CASE,), {}),
    "audit.export_entries": (("/nonexistent/x.csv",), {"flt": ONE_CASE}),
}


def service_functions() -> dict[str, object]:
    """Every public service function: a public function of a consular.services module (other
    than the few helper modules) whose first parameter is ``ctx``, named ``module.function``."""
    found = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        if info.name in permissions.HELPER_MODULES:
            continue
        module = importlib.import_module(f"consular.services.{info.name}")
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params and params[0] == "ctx":
                found[f"{info.name}.{name}"] = fn
    return found


FUNCTIONS = service_functions()


def test_every_public_service_function_is_in_the_matrix_and_checked():
    assert len(FUNCTIONS) > 50  # the enumeration itself works
    missing = sorted(set(FUNCTIONS) - set(permissions.MATRIX))
    assert not missing, f"add these to permissions.MATRIX: {missing}"
    undecorated = sorted(name for name, fn in FUNCTIONS.items() if getattr(fn, "action", None) != name)
    assert not undecorated, f"decorate with @action(name): {undecorated}"
    stale = sorted(set(permissions.MATRIX) - set(FUNCTIONS) - NOT_FUNCTIONS)
    assert not stale, f"matrix entries with no function: {stale}"


@pytest.fixture(scope="module")
def staff_db(tmp_path_factory, schema_template):
    from consular.db.engine import open_database
    from tests.fixtures_db import copy_database

    database = open_database(copy_database(schema_template, tmp_path_factory.mktemp("matrix") / "m.db"))
    add_reference_data(database)
    yield database
    database.dispose()


CELLS = [(name, role) for name in FUNCTIONS for role in permissions.ROLES]


@pytest.mark.parametrize("name, role", CELLS, ids=[f"{n}-{r.value}" for n, r in CELLS])
def test_matrix_cell(staff_db, name, role):
    """Allowed: the function body runs (it may then fail on the missing arguments, never with
    PermissionDeniedError). Denied: PermissionDeniedError and no audit entry."""
    ctx = ServiceContext(staff_db, actor_for(staff_db, ACCOUNT[role]))
    assert ctx.actor.role == role
    fn = FUNCTIONS[name]
    before = audit_count(ctx)
    if role in permissions.MATRIX[name][0]:
        args, kwargs = SAMPLE_ARGS.get(name, ((), {}))
        try:
            fn(ctx, *args, **kwargs)  # the body raises TypeError or a UserError, or reads
        except PermissionDeniedError as exc:  # pragma: no cover - the failure this test exists for
            pytest.fail(f"{role.value} was refused {name}: {exc}")
        except Exception:  # noqa: BLE001 - anything but a refusal means the gate let it through
            pass
    else:
        with pytest.raises(PermissionDeniedError) as info:
            fn(ctx)
        assert role.label.lower() in str(info.value)
        assert audit_count(ctx) == before


def test_a_viewer_is_refused_before_anything_is_written(ctx, make_ctx):
    case = open_case(ctx)
    viewer = make_ctx("s.kapoor")
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match="may not log a contact"):
        contacts.log_contact(
            viewer, case.reference, occurred_at="2025-07-02T10:00+00:00", channel="phone", subject="Call"
        )
    assert audit_count(ctx) == before
    assert contacts.list_contacts(viewer, case.reference) == []


def test_only_supervisors_close_cases(ctx, make_ctx):
    case = open_case(ctx)
    ref = case.reference
    caseworker, supervisor = make_ctx("a.sharma"), make_ctx("v.iyer")
    cases.change_status(caseworker, ref, "active", reason="Confirmed")
    cases.change_status(caseworker, ref, "resolved", reason="Released")
    before = audit_count(ctx)
    with pytest.raises(PermissionDeniedError, match="close a case"):
        cases.change_status(caseworker, ref, "closed", reason="Done")
    assert audit_count(ctx) == before
    assert cases.change_status(supervisor, ref, "closed", reason="Done").status.value == "closed"


def test_readme_table_is_the_matrix():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- role-matrix:start -->\n(.*?)\n<!-- role-matrix:end -->", readme, re.S)
    assert match, "README.md has no role matrix between <!-- role-matrix:start/end --> markers"
    assert match.group(1).strip() == permissions.markdown_table(), (
        "README.md's role table disagrees with consular.services.permissions.MATRIX; "
        "paste `python -c 'from consular.services.permissions import markdown_table; print(markdown_table())'`"
    )


def test_unknown_action_names_are_bugs():
    with pytest.raises(LookupError):
        permissions.can(None, "cases.no_such_thing")
    with pytest.raises(LookupError):
        permissions.action("cases.no_such_thing")

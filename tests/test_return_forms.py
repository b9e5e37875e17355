"""The Return tab's forms without Qt: what each asks for, every error at once on the field
the service names, and only what changed sent to the service."""

from __future__ import annotations

from datetime import timedelta

from consular.domain.enums import TaskStatus
from consular.domain.repatriation import PsychosocialSupport, ReturnItemKind
from consular.gui.forms.return_forms import AssignItemForm, ItemDoneForm, NotApplicableForm
from consular.services.repatriation import ChecklistItemView
from tests.service_helpers import aware

NOW = aware(2025, 7, 25, 10, 0)


def _item(kind: ReturnItemKind, **fields) -> ChecklistItemView:
    values = dict(
        id=7,
        task_id=70,
        kind=kind,
        owner="Anjali Sharma",
        owner_username="a.sharma",
        due_at=aware(2025, 7, 30, 18, 0),
        status=TaskStatus.OPEN,
        completed_at=None,
        completed_by=None,
        note=None,
        debrief_by=None,
        psychosocial=None,
        na_reason=None,
        version=3,
    )
    values.update(fields)
    return ChecklistItemView(**values)


def test_done_asks_each_item_for_its_own_fact():
    debrief = ItemDoneForm.for_item(_item(ReturnItemKind.DEBRIEF), NOW)
    assert debrief.asks_debrief_by and not debrief.asks_support and debrief.at == NOW
    errors = {e.field for e in debrief.validate(now=NOW)}
    assert errors == {"debrief_by"}
    late = ItemDoneForm(ReturnItemKind.PSYCHOSOCIAL, at=NOW + timedelta(days=1))
    assert {e.field for e in late.validate(now=NOW)} == {"at", "psychosocial"}
    typed = ItemDoneForm(ReturnItemKind.DEBRIEF, at=None, at_problem="Not a date: 2025-07-32")
    assert [e.message for e in typed.validate(now=NOW) if e.field == "at"] == ["Not a date: 2025-07-32"]
    ok = ItemDoneForm(ReturnItemKind.PSYCHOSOCIAL, at=NOW, psychosocial=PsychosocialSupport.DECLINED, note=" ")
    assert ok.validate(now=NOW) == []
    assert ok.service_kwargs() == {"at": NOW, "note": None, "debrief_by": None, "psychosocial": "declined"}
    # A fact typed for another item is not sent (the service would refuse it).
    flight = ItemDoneForm(ReturnItemKind.FLIGHT_ESCORT, at=NOW, debrief_by="someone")
    assert flight.service_kwargs()["debrief_by"] is None


def test_an_item_ticked_in_the_tasks_tab_keeps_its_time():
    done = _item(ReturnItemKind.DEBRIEF, status=TaskStatus.DONE, completed_at=aware(2025, 7, 24, 9, 0))
    form = ItemDoneForm.for_item(done, NOW)
    assert form.facts_only and form.at == aware(2025, 7, 24, 9, 0)


def test_assign_sends_only_what_changed():
    start = AssignItemForm.for_item(_item(ReturnItemKind.RECEPTION))
    assert [e.field for e in start.validate()] == ["owner"]  # nothing changed
    moved = AssignItemForm(
        owner="a.sharma", due_at=aware(2025, 8, 1, 9, 0), current_owner="a.sharma", current_due=start.current_due
    )
    assert moved.validate() == [] and moved.service_kwargs() == {"due_at": aware(2025, 8, 1, 9, 0)}
    other = AssignItemForm(owner="k.reddy", due_at=start.due_at, current_owner="a.sharma", current_due=start.due_at)
    assert other.service_kwargs() == {"owner": "k.reddy"}
    assert [e.field for e in AssignItemForm(owner=None, due_at=None).validate()] == ["owner"]
    assert [e.field for e in AssignItemForm(owner="x", due_at=None, due_problem="bad").validate()] == ["due_at"]


def test_not_applicable_needs_a_reason():
    assert [e.field for e in NotApplicableForm("  ").validate()] == ["reason"]
    assert NotApplicableForm(" Passport intact ").service_kwargs() == {"reason": "Passport intact"}

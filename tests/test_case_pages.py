"""``get_case(..., page=N)``: the case window's first page of milestones and tasks, with the
totals, the next task due and every proof of life and welfare report; the rest page by page
from ``list_milestones`` / ``list_tasks`` with an offset, the same rows as the whole list."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from consular.domain.enums import TaskStatus
from consular.services import cases, milestones, tasks, voiding
from tests.demo_data import INCIDENT
from tests.service_helpers import open_case

PAGE = 4


@pytest.fixture
def long_case(ctx):
    """A case with 11 milestones (2 voided, 3 welfare reports) and 11 tasks (2 voided, 4 done,
    one undated), added in an order other than their dates'."""
    reference = open_case(ctx).reference
    start = datetime.fromisoformat(INCIDENT) + timedelta(days=2)
    for n in (7, 2, 9, 0, 5, 10, 3, 8, 1, 6, 4):
        kind = "welfare_report" if n in (3, 6, 9) else "other"
        m = milestones.add_milestone(
            ctx, reference, kind=kind, occurred_at=start + timedelta(days=n), title=f"Milestone {n}"
        )
        if n in (2, 8):
            voiding.void_entry(ctx, "milestone", m.id, reason="Entered twice")
    for n in (5, 1, 8, 3, 10, 0, 7, 2, 9, 4, 6):
        due = None if n == 10 else start + timedelta(days=n)
        t = tasks.add_task(ctx, reference, title=f"Task {n}", due_at=due)
        if n in (1, 4):
            voiding.void_entry(ctx, "task", t.id, reason="Not ours")
        elif n in (0, 2, 5, 7):
            tasks.complete_task(ctx, t.id, note="Done")
    return reference


def test_a_page_of_milestones_and_tasks_with_the_totals(ctx, long_case):
    whole = cases.get_case(ctx, long_case)
    paged = cases.get_case(ctx, long_case, page=PAGE)
    every_milestone = milestones.list_milestones(ctx, long_case, include_voided=True)
    every_task = tasks.list_tasks(ctx, long_case, limit=None, include_voided=True)
    assert len(every_milestone) == 11 and len(every_task) == 11

    # The first page, oldest first, voided ones included (flagged), as the Milestones tab lists them.
    assert [m.id for m in paged.milestone_history] == [m.id for m in every_milestone[:PAGE]]
    assert [m.title for m in paged.milestone_history] == ["Milestone 0", "Milestone 1", "Milestone 2", "Milestone 3"]
    assert [m.title for m in paged.voided_milestones] == ["Milestone 2"]
    assert paged.milestone_counts == (9, 2)
    # Tasks by due time, voided ones included, as the Tasks tab lists them.
    assert [t.id for t in paged.tasks] == [t.id for t in every_task[:PAGE]]
    assert [(t.title, t.voided) for t in paged.tasks] == [
        ("Task 0", False), ("Task 1", True), ("Task 2", False), ("Task 3", False),
    ]  # fmt: skip
    open_tasks = [t for t in every_task if not t.voided and t.status.is_open]
    done = [t for t in every_task if not t.voided and t.status == TaskStatus.DONE]
    overdue = [t for t in open_tasks if t.is_overdue()]
    assert paged.task_counts == (len(open_tasks), len(overdue), len(done), 2) == (5, len(overdue), 4, 2)

    # What the window says of all of them does not depend on the page.
    assert paged.next_task is not None and paged.next_task.title == "Task 3"
    assert paged.next_task == whole.next_task
    assert [m.id for m in paged.welfare_milestones] == [m.id for m in whole.welfare_milestones]
    assert [m.title for m in paged.welfare_milestones] == ["Milestone 3", "Milestone 6", "Milestone 9"]

    # Without a page: everything, as before (the CLI, the brief and exports use their own gatherers).
    assert whole.milestone_counts is None and whole.task_counts is None
    assert len(whole.milestones) == 9 and len(whole.voided_milestones) == 2
    assert len(whole.tasks) == 9 and not any(t.voided for t in whole.tasks)
    assert "milestone_counts" not in whole.to_json() and "welfare_milestones" not in whole.to_json()


def test_the_next_pages_are_the_rest_of_the_list(ctx, long_case):
    every_milestone = milestones.list_milestones(ctx, long_case, include_voided=True)
    every_task = tasks.list_tasks(ctx, long_case, limit=None, include_voided=True)
    read_m, read_t = [], []
    for offset in range(0, 12, PAGE):
        read_m += milestones.list_milestones(ctx, long_case, include_voided=True, offset=offset, limit=PAGE)
        read_t += tasks.list_tasks(ctx, long_case, include_voided=True, offset=offset, limit=PAGE)
    assert [m.id for m in read_m] == [m.id for m in every_milestone]
    assert [t.id for t in read_t] == [t.id for t in every_task]
    assert tasks.list_tasks(ctx, long_case, include_voided=True, offset=11, limit=PAGE) == []


def test_a_case_without_milestones_or_tasks(ctx):
    reference = open_case(ctx).reference
    detail = cases.get_case(ctx, reference, page=PAGE)
    assert detail.milestone_counts == (0, 0) and detail.task_counts == (0, 0, 0, 0)
    assert detail.milestones == [] and detail.tasks == [] and detail.next_task is None

"""The case list's search runs without the cyclic garbage collector: a collection inside it
moved the request's rows up a generation, and at 100,000 cases the full collections that
followed (45-65 ms of CPU each) landed inside single runs of the case list's filter, past its
100 ms. The collector is on again afterwards, as it was."""

from __future__ import annotations

import gc
import threading

import pytest
from sqlalchemy import event

from consular.services import cyclic_gc, search
from tests.service_helpers import open_case


@pytest.fixture
def collections():
    """Collections started while the test runs, with the collector asked to run often."""
    started: list[int] = []

    def count(phase, info):
        if phase == "start":
            started.append(info["generation"])

    threshold = gc.get_threshold()
    gc.callbacks.append(count)
    gc.set_threshold(5, 1, 1)
    try:
        yield started
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(count)


def test_the_case_lists_filter_and_search_read_without_a_collection(ctx, collections):
    for town in ("Kayes", "Gao", "Mopti", "Ségou", "Sikasso", "Koulikoro"):
        open_case(ctx, title=f"Harbour workers held near {town}", incident_town=town)
    # The collections started before each statement of a request, while its transaction runs.
    during: list[int] = []

    def statement(conn, cursor, sql, parameters, context, executemany):
        during.append(len(collections))

    def read(call):
        during.clear()
        result = call()
        assert during and during[0] == during[-1], "a collection ran inside the request"
        return result

    event.listen(ctx.database.engine, "before_cursor_execute", statement)
    try:
        found = read(lambda: search.matching_cases(ctx, "harbour", limit=1000))
        why = read(lambda: search.explain_cases(ctx, "harbour", found.pending(found.case_ids)))
        hits = read(lambda: search.search(ctx, "harb", limit=50))
        by_ids = read(lambda: search.matching_case_ids(ctx, "harbour", limit=1000))
    finally:
        event.remove(ctx.database.engine, "before_cursor_execute", statement)
    assert gc.isenabled()
    assert len(found.case_ids) == len(why) == len(by_ids) == 6
    assert {hit.reference for hit in hits} == {hit.reference for hit in why.values()}


def test_the_collector_stays_off_if_it_was_off(ctx):
    open_case(ctx, title="Harbour workers held near Kayes")
    gc.disable()
    try:
        assert len(search.matching_cases(ctx, "harbour").case_ids) == 1
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_on_again_when_the_last_of_two_threads_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen: dict[str, bool] = {}

    def first():
        with cyclic_gc.paused():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with cyclic_gc.paused():
            second_in.set()
            first_out.wait(5)
            seen["after the first ended"] = gc.isenabled()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen == {"after the first ended": False}
    assert gc.isenabled()

"""The synthetic generator's processes on PostgreSQL: rows made by the worker, search vectors by
the vector process (consular.seeding.vector_process), the writer's COPY; each reads its pipe
ahead. What goes through, what a failure anywhere becomes, and that the vectors made there are
the server's."""

from __future__ import annotations

import io
import pickle
import threading
from datetime import datetime

import pytest
from sqlalchemy import text
from sqlalchemy.dialects.sqlite.base import SQLiteDialect

from consular.db import pg_bulk, pg_vectors
from consular.seeding import synthetic, vector_process
from consular.seeding.bulk import PreparedBatch
from consular.services import accounts
from tests.fixtures_db import TEST_PASSWORD
from tests.test_pg_bulk import HOSTILE, SERVER_ONLY, _differing

NOW = datetime.fromisoformat("2026-11-30T12:00:00+00:00")


def _stream(*items) -> io.BytesIO:
    out = io.BytesIO()
    for item in items:
        pickle.dump(item, out, protocol=pickle.HIGHEST_PROTOCOL)
    out.seek(0)
    return out


def _items(data: bytes) -> list:
    stream, items = io.BytesIO(data), []
    while stream.tell() < len(data):
        items.append(pickle.load(stream))
    return items


def test_read_ahead_gives_every_item_in_order_and_stops_at_the_end():
    items = [("batch", n, b"x" * n) for n in range(50)]
    assert list(vector_process.read_ahead(_stream(*items), depth=3)) == items
    assert list(vector_process.read_ahead(_stream())) == []


def test_read_ahead_raises_a_damaged_stream_in_the_reader():
    damaged = io.BytesIO(_stream(1, 2).getvalue() + b"\x80\x05not a pickle")
    reader = vector_process.read_ahead(damaged)
    assert [next(reader), next(reader)] == [1, 2]
    with pytest.raises(pickle.UnpicklingError):
        next(reader)


def test_read_ahead_lets_its_thread_go_when_the_reader_stops_early():
    before = threading.active_count()
    reader = vector_process.read_ahead(_stream(*range(100)), depth=1)
    assert next(reader) == 0
    reader.close()
    for thread in threading.enumerate():
        if thread.name == "pipe read-ahead":
            thread.join(timeout=5)
    assert threading.active_count() == before


def test_the_vector_process_makes_each_batchs_vectors_and_passes_its_bytes_on():
    titles = [t for t, _b in HOSTILE + SERVER_ONLY]
    bodies = [b for _t, b in HOSTILE + SERVER_ONLY]
    out = io.BytesIO()
    code = vector_process.vectors_main(_stream((titles, bodies, b"batch one"), ([], [], b"two"), None), out)
    assert code == 0
    assert _items(out.getvalue()) == [
        ([pg_vectors.vector(t, b) for t, b in zip(titles, bodies, strict=True)], b"batch one"),
        ([], b"two"),
        None,
    ]


def test_the_vector_process_passes_the_workers_failure_on_and_says_when_its_output_stopped():
    out = io.BytesIO()
    assert vector_process.vectors_main(_stream(([], [], b"one"), "Traceback: the worker failed"), out) == 0
    assert _items(out.getvalue()) == [([], b"one"), "Traceback: the worker failed"]
    out = io.BytesIO()
    assert vector_process.vectors_main(_stream(([], [], b"one")), out) == 1  # no end: the worker died
    assert _items(out.getvalue()) == [([], b"one")]
    out = io.BytesIO()
    assert vector_process.vectors_main(_stream((["a title"], [], b"mismatched")), out) == 0
    (failure,) = _items(out.getvalue())
    assert isinstance(failure, str) and "ValueError" in failure


def test_a_worker_failure_reaches_the_writer_through_the_vector_process():
    job = (None, [(NOW, "BAM")], 1, 10, {}, SQLiteDialect, 0)  # no case maker: the worker fails
    with pytest.raises(RuntimeError, match="the synthetic data worker failed"):
        list(synthetic._from_worker(job, vectors=True))


@pytest.mark.postgres
def test_a_parallel_load_writes_the_vector_processs_vectors_and_they_are_the_servers(pg_database, monkeypatch):
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    sent: list[bool] = []
    insert = pg_bulk.insert_tuples

    def watched(conn, table, columns, rows, vectors=None):
        if table.name == "search_documents":
            sent.append(vectors is not None)
        return insert(conn, table, columns, rows, vectors)

    monkeypatch.setattr(pg_bulk, "insert_tuples", watched)
    with pg_database.engine.connect() as conn:
        assert pg_bulk.client_vectors(conn)
    synthetic.generate(
        pg_database, cases=30, seed=7, progress=False, batch_size=8, parallel=True, long_case_events=200, now=NOW
    )
    assert sent and all(sent)  # every batch's vectors came made from the vector process
    with pg_database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_documents")).scalar() > 500
        assert _differing(conn) == []


def test_a_prepared_batch_keeps_its_vectors_through_the_pipe():
    batch = PreparedBatch([("search_documents", ["id", "title"], [(1, "t")])], [], ["BAM-2025-0001"], 1)
    batch.vectors = [b"\x00\x00\x00\x00"]
    again = pickle.loads(pickle.dumps(batch, protocol=pickle.HIGHEST_PROTOCOL))
    assert again.vectors == [b"\x00\x00\x00\x00"] and again.tables == batch.tables

"""SQLite: a last word longer than the indexed prefixes ("convo") is read as the words of the
index that start with it (consular.db.fts_prefix), so FTS5 reads their lists lazily instead of
merging them all first. The rows must be those of the prefix itself, in the same order, also for
words written after the vocabulary was first read, for a prefix of many words, for an
identifier typed in part, and on a database opened read-only (no vocabulary: the prefix)."""

from __future__ import annotations

import shutil

import pytest

from consular.db import dialect, fts_prefix
from consular.db.engine import open_database
from consular.services import contacts, search
from tests.fixtures_db import checkpoint_and_close, sqlite_rows
from tests.service_helpers import open_case, someone

TITLES = [
    "Convoy stopped at the border",
    "Convoys attacked near Kayes",
    "Convocation of the crisis cell",
    "Conveyance of documents",  # "conv" but not "convo"
    "Escort for the convoy home",
]


def _story(ctx) -> list[str]:
    refs = [open_case(ctx, title=title).reference for title in TITLES]
    contacts.log_contact(
        ctx,
        refs[0],
        counterpart_ids=someone(ctx, refs[0]),
        occurred_at="2025-07-03T10:00",
        channel="phone",
        subject="Call",
        notes="The convoy's escort was convoked again.",
    )
    return refs


def _raw_prefix_rows(path, match: str) -> list[int]:
    """The rows FTS5 gives for the prefix itself, read directly from the file."""
    return [
        r[0]
        for r in sqlite_rows(
            path, "SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC", (match,)
        )
    ]


def _service_rows(ctx, query: str) -> list[int]:
    with ctx.database.engine.connect() as conn:
        return [d.document_id for d in dialect.search_candidates(conn, dialect.search_groups(query), limit=1000)]


def test_a_long_prefix_is_read_as_its_words_with_the_same_rows(ctx):
    refs = _story(ctx)
    with ctx.database.engine.connect() as conn:
        assert fts_prefix.words(conn, "convo") == ["convocation", "convoked", "convoy", "convoys"]
        params: dict = {}
        dialect._match_expression(conn, [["convo"]], params)
        assert params["match"] == '("convocation" OR "convoked" OR "convoy" OR "convoys")'
        assert fts_prefix.words(conn, "convoz") == []
    expected = _raw_prefix_rows(ctx.database.path, '"convo"*')
    assert len(expected) >= 5
    assert _service_rows(ctx, "convo") == expected
    found = {h.reference for h in search.search(ctx, "convo") if h.entity == "case"}
    assert found == {refs[0], refs[1], refs[2], refs[4]}
    assert {hit.reference for hit in search.matching_case_ids(ctx, "convo").values()} == found
    # With another word before it, the alternatives are ANDed with it.
    assert {h.reference for h in search.search(ctx, "escort convo") if h.entity == "case"} == {refs[4]}
    assert _service_rows(ctx, "escort convo") == _raw_prefix_rows(ctx.database.path, '"escort" "convo"*')


def test_words_written_after_the_vocabulary_was_read_are_found(ctx):
    refs = _story(ctx)
    assert search.search(ctx, "convoye") == []  # reads the vocabulary on this connection
    contacts.log_contact(
        ctx,
        refs[3],
        counterpart_ids=someone(ctx, refs[3]),
        occurred_at="2025-07-04T10:00",
        channel="phone",
        subject="Call",
        notes="Documents convoyed to the embassy.",
    )
    hits = search.search(ctx, "convoye")
    assert [h.reference for h in hits] == [refs[3]] and "Documents [convoyed] to the embassy." in hits[0].snippet
    assert _service_rows(ctx, "convo") == _raw_prefix_rows(ctx.database.path, '"convo"*')


def test_a_prefix_of_more_words_than_are_named_keeps_the_prefix(ctx, monkeypatch):
    _story(ctx)
    expected = _raw_prefix_rows(ctx.database.path, '"convo"*')
    monkeypatch.setattr(fts_prefix, "MAX_WORDS", 3)
    with ctx.database.engine.connect() as conn:
        assert fts_prefix.words(conn, "convo") is None  # four words
        params: dict = {}
        dialect._match_expression(conn, [["convo"]], params)
        assert params["match"] == '"convo"*'
    assert _service_rows(ctx, "convo") == expected


def test_an_identifier_typed_in_part_is_a_phrase_of_its_words(ctx):
    first = open_case(ctx, title="Work permit WOR-44007 withheld").reference
    second = open_case(ctx, title="Work permit WOR-44004 withheld").reference
    open_case(ctx, title="Wor Kumar, permit 44009")  # "wor" and "44009", not side by side
    assert {h.reference for h in search.search(ctx, "WOR-4400")} == {first, second}
    assert [h.reference for h in search.search(ctx, "WOR-44007")] == [first]
    assert search.search(ctx, "WOR-44009") == []
    with ctx.database.engine.connect() as conn:
        params: dict = {}
        dialect._match_expression(conn, dialect.search_groups("WOR-4400"), params)
    # Every word of the index after "wor": "44009" too, which never follows "wor" here.
    assert params["match"] == '("wor 44004" OR "wor 44007" OR "wor 44009")'
    assert _service_rows(ctx, "WOR-4400") == _raw_prefix_rows(ctx.database.path, '"wor 4400"*')


def test_a_read_only_database_searches_by_the_prefix(ctx):
    refs = _story(ctx)
    path = ctx.database.path
    expected = _raw_prefix_rows(path, '"convo"*')
    checkpoint_and_close(ctx.database)
    database = open_database(path, read_only="test")
    try:
        with database.engine.connect() as conn:
            assert fts_prefix.words(conn, "convo") is None  # query_only: no temporary table
            found = [d.document_id for d in dialect.search_candidates(conn, [["convo"]], limit=1000)]
        assert found == expected
    finally:
        database.dispose()
    assert refs


@pytest.mark.parametrize(
    ("query", "match"), [("convoy", '("convoy" OR "convoys")'), ("con", '"con"*'), ("co", '"co"*')]
)
def test_indexed_prefixes_stay_prefixes(ctx, query, match):
    _story(ctx)
    with ctx.database.engine.connect() as conn:
        params: dict = {}
        dialect._match_expression(conn, dialect.search_groups(query), params)
    assert params["match"] == match
    assert _service_rows(ctx, query) == _raw_prefix_rows(ctx.database.path, f'"{query}"*')


def test_one_search_reads_a_prefixs_words_once(ctx, monkeypatch):
    _story(ctx)
    reads = []
    read = fts_prefix._read
    monkeypatch.setattr(fts_prefix, "_read", lambda conn, prefix: reads.append(prefix) or read(conn, prefix))
    monkeypatch.setattr(search, "CANDIDATES", 2)  # so the case list reads more rows after the ranked ones
    found = search.matching_cases(ctx, "convo", limit=1000)
    assert len(found.case_ids) == 4 and reads == ["convo"]
    search.search(ctx, "convo")
    assert reads == ["convo", "convo"]  # a new read, a new transaction: read again


def test_an_encrypted_database_reads_a_prefixs_words_too(demo_path, tmp_path):
    from consular.db import keyslots
    from consular.services import at_rest

    path = tmp_path / "enc" / "demo.db"
    path.parent.mkdir()
    shutil.copyfile(demo_path, path)
    at_rest.encrypt_database(path, "n.joshi", "long enough passphrase")
    database = open_database(path, key=keyslots.unlock(path, "n.joshi", "long enough passphrase"))
    try:
        with database.engine.connect() as conn:
            words = fts_prefix.words(conn, "embas")
            assert words and all(w.startswith("embas") for w in words)
            expected = [
                r[0]
                for r in conn.exec_driver_sql(
                    "SELECT rowid FROM search_fts WHERE search_fts MATCH '\"embas\"*' ORDER BY rowid DESC"
                )
            ]
            found = [d.document_id for d in dialect.search_candidates(conn, [["embas"]], limit=1000)]
        assert len(expected) > 1 and found == expected
    finally:
        database.dispose()

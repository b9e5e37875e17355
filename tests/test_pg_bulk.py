"""The synthetic generator's COPY into PostgreSQL with search vectors made on the client
(consular.db.pg_bulk, consular.db.pg_vectors): every vector must be exactly the one the server's
own expression (revision 0007's, kept by revision 0028's trigger) gives for the same row."""

from __future__ import annotations

import importlib.util
from datetime import datetime

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import IntegrityError

from consular import paths
from consular.db import migrate, pg_bulk, pg_vectors
from consular.db.engine import open_database
from consular.db.models import Base
from consular.seeding.gin_build import GIN_BUILD_MEMORY, GinBuild, GinBuildFailed
from consular.seeding.synthetic import generate
from consular.services import accounts
from tests.fixtures_db import TEST_PASSWORD

pytestmark = pytest.mark.postgres

T = Base.metadata.tables
NOW = datetime.fromisoformat("2026-11-30T12:00:00+00:00")

# (title, body), hostile to a hand-made copy of the server's parsing: references, e-mail and
# URLs, signed numbers and decimals, every ASCII punctuation mark, control characters and
# Unicode spaces (a C-locale parser reads a non-ASCII space as a letter), other scripts,
# combining marks, Latin letters with and without a decomposition, upper-case non-ASCII (the
# C locale lowers ASCII only), quotes and backslashes (tsvector's own quoting), empty text.
HOSTILE = [
    ("ABJ-2021-0028 Kayes", "Seen near Yélimané; call +223-7612-4410 or mail a.b@x.org, http://x.org/a?b=1"),
    ('O\'Brien \\ "quoted"', "it's -5 and 3.14 and 1e5 and 1-2-3 and x_y and 10% & <b>bold</b> &amp; ~tilde~ `tick`"),
    ("ÉCOLE ÀÖØ Ǆ ǅ İstanbul ß ＡＢＣ", "ÇA VA ñ Ñ Ł ł Đ đ Œ œ Æ ǽ"),
    ("राजेश कुमार वर्मा", "रिहाई के लिए बातचीत जारी है। محادثات 谈判 交渉 переговоры Ελλάδα"),
    (
        "tab\tand\nnew line\r\x0b\x0c\x1c\x1d\x1e\x1f\x01\x7f end",
        "nbsp\u00a0thin\u2009zero\u200bwidth\u3000ideo\u2028line",
    ),
    ("dashes – — and “quotes” ‘single’ «guillemets» · • …", "emoji 🙂 family👨‍👩‍👧 flag🇮🇳 ™ © € ₹ §"),
    ("", ""),
    ("only title", ""),
    ("", "only body body body"),
    ("abc123 123abc 007 0x1F 12:30 2021/11/30", "v1.2.3 a--b a__b ...x... 1,000,000"),
    ("e\u0301 combining a\u0308", "ﬁ ligature ½ ² Ⅻ ⑦"),
]
# Left to the server (pg_vectors says None): a word the parser refuses, too many words, one
# word too many times.
SERVER_ONLY = [
    ("long", "x" * 2100 + " after"),
    ("long non-ASCII", "é" * 1100 + " राजेश" * 300),
    ("many words", " ".join(f"w{n}" for n in range(17_000))),
    ("repeated", "again " * 300),
]


def _expression(title: str, body: str) -> str:
    path = next(paths.migrations_dir().glob("versions/*_0028_*.py"))
    spec = importlib.util.spec_from_file_location("consular_migration_0028", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.vector_expression(title, body)


def _documents(rows: list[tuple[str, str]], first_id: int) -> list[tuple]:
    return [(first_id + n, "contact", first_id + n, None, title, body, False) for n, (title, body) in enumerate(rows)]


COLUMNS = ["id", "entity", "entity_id", "case_id", "title", "body", "restricted"]


def _differing(conn) -> list:
    """Rows whose stored vector is not what the server's expression gives for their text."""
    return conn.execute(
        text(
            "SELECT id, title, search_vector::text, "
            f"({_expression('title', 'body')})::text FROM search_documents "
            f"WHERE search_vector IS DISTINCT FROM ({_expression('title', 'body')})"
        )
    ).all()


def test_the_client_vectors_are_the_servers_on_hostile_text(pg_database):
    made = [pg_vectors.vector(title, body) for title, body in HOSTILE]
    assert all(v is not None for v in made)  # the client made them all: this tests its vectors
    assert all(pg_vectors.vector(title, body) is None for title, body in SERVER_ONLY)
    with pg_database.engine.begin() as conn:
        assert pg_vectors.usable(conn.connection.driver_connection)
        pg_bulk.insert_tuples(conn, T["search_documents"], COLUMNS, _documents(HOSTILE + SERVER_ONLY, 1))
    with pg_database.engine.connect() as conn:
        assert _differing(conn) == []
        stored = dict(conn.execute(text("SELECT id, search_vector::text FROM search_documents")).all())
        sent = dict(conn.execute(text("SELECT id, tsvectorsend(search_vector) FROM search_documents")).all())
        assert [sent[n + 1] for n in range(len(HOSTILE))] == made
        assert "'abj':1A" in stored[1] and "'yelimane':" in stored[1] and "'2021':2A" in stored[1]
        assert all(stored[len(HOSTILE) + 1 + n] for n in range(len(SERVER_ONLY)))  # the trigger filled them
        found = conn.execute(
            text("SELECT id FROM search_documents WHERE search_vector @@ to_tsquery('simple', 'राजेश')")
        ).scalars()
        assert sorted(found) == [4, len(HOSTILE) + 2]


def test_a_short_document_that_comes_again_gets_the_same_vector(pg_database):
    """Short documents' vectors are made once while the connection remembers them (across
    COPYs, until the load forgets them): each row still gets its own text's vector, and one only
    the server may make (a word repeated past the cap) is left to it every time."""
    rows = [("Visit", "Prison visit"), ("Visit", "Prison visit again"), ("Visit", "Prison visit")] * 3
    rows += [("repeated", "again " * 60)] * 2 + [("Visit", "Prison visit"), SERVER_ONLY[-1]] * 2
    assert pg_vectors.vector(*SERVER_ONLY[-1]) is None
    documents = _documents(rows, 1)
    with pg_database.engine.begin() as conn:
        pg_bulk.insert_tuples(conn, T["search_documents"], COLUMNS, documents[:5])
        pg_bulk.insert_tuples(conn, T["search_documents"], COLUMNS, documents[5:])  # remembered ones
        assert conn.info[pg_bulk._SHORT_KEY]
        pg_bulk.forget_vectors(conn)
        assert pg_bulk._SHORT_KEY not in conn.info
    with pg_database.engine.connect() as conn:
        assert _differing(conn) == []
        stored = conn.execute(text("SELECT search_vector::text FROM search_documents ORDER BY id")).scalars().all()
    assert stored[0] == stored[2] == stored[-2] == "'prison':2B 'visit':1A,3B"
    assert stored[1] == "'again':4B 'prison':2B 'visit':1A,3B"
    assert all(stored[-1 - 2 * n] for n in range(2))  # the trigger filled them


def test_ordinary_writes_get_the_servers_vector_from_the_trigger(pg_database):
    with pg_database.engine.begin() as conn:
        for n, (title, body) in enumerate(HOSTILE, 1):
            conn.execute(
                text(
                    "INSERT INTO search_documents (id, entity, entity_id, title, body, restricted) "
                    "VALUES (:id, 'note', :id, :title, :body, false)"
                ),
                {"id": n, "title": title, "body": body},
            )
        # An update recomputes the vector, whatever it changes, as the generated column did.
        conn.execute(text("UPDATE search_documents SET body = 'Seen near Diboli.' WHERE id = 1"))
        conn.execute(text("UPDATE search_documents SET restricted = true, search_vector = NULL WHERE id = 2"))
    with pg_database.engine.connect() as conn:
        assert _differing(conn) == []
        assert (
            "'diboli':" in conn.execute(text("SELECT search_vector::text FROM search_documents WHERE id = 1")).scalar()
        )


@pytest.fixture
def utf8_locale_database(pg_url):
    """A database at the newest schema whose LC_CTYPE is C.UTF-8: lower() and the parser follow
    Unicode there, unlike under C."""
    url = make_url(pg_url)
    name = url.database + "_utf8"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(
                text(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8'")
            )
    except Exception as exc:  # noqa: BLE001 - a server without the locale cannot run this test
        admin.dispose()
        pytest.skip(f"no C.UTF-8 locale on this server: {exc}")
    database = open_database(url.set(database=name).render_as_string(hide_password=False))
    try:
        migrate.upgrade(database, "head")
        yield database
    finally:
        database.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_a_database_in_another_locale_gets_the_servers_vectors(utf8_locale_database):
    """There the client's vectors would differ ("ÉCOLE" lowers to "école"): it leaves them all to
    the server."""
    with utf8_locale_database.engine.begin() as conn:
        assert not pg_vectors.usable(conn.connection.driver_connection)
        pg_bulk.insert_tuples(conn, T["search_documents"], COLUMNS, _documents(HOSTILE, 1))
    with utf8_locale_database.engine.connect() as conn:
        assert _differing(conn) == []
        third = conn.execute(text("SELECT tsvectorsend(search_vector) FROM search_documents WHERE id = 3")).scalar()
    assert third != pg_vectors.vector(*HOSTILE[2])  # so the client's would have been wrong here


def _constraints(database) -> set[tuple]:
    with database.engine.connect() as conn:
        return set(
            conn.execute(
                text(
                    "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated "
                    "FROM pg_constraint WHERE connamespace = current_schema()::regnamespace"
                )
            ).all()
        )


def test_generation_stores_the_servers_vectors_and_puts_the_keys_back(pg_database):
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    before = _constraints(pg_database)
    assert sum(1 for _table, _name, sql, _valid in before if sql.startswith("FOREIGN KEY")) > 30
    generate(pg_database, cases=25, seed=5, progress=False, batch_size=10, long_case_events=400, now=NOW)
    assert _constraints(pg_database) == before  # the foreign keys dropped for the load are back, checked
    with pg_database.engine.connect() as conn:  # every table's statistics taken (one of them beside)
        analyzed = conn.execute(
            text(
                "SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL"
            )
        ).scalars()
        assert {"search_documents", "cases", "contact_entries", "match_keys", "users"} <= set(analyzed)
    with pg_database.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM search_documents")).scalar() > 1000
        assert _differing(conn) == []
        with pytest.raises(IntegrityError):
            conn.execute(
                text("UPDATE contact_entries SET case_id = -1 WHERE id = (SELECT min(id) FROM contact_entries)")
            )


def test_a_failed_full_text_index_build_fails_the_generation_and_the_keys_come_back(pg_database, monkeypatch):
    """The GIN index is built on a second connection beside the steps after the load
    (consular.seeding.gin_build): its failure must not pass unnoticed, and the foreign keys it
    holds back are still added."""
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    before = _constraints(pg_database)
    start = GinBuild.start

    def failing(self, index_statements, key_statements):
        start(self, [*index_statements, "SELECT 1 / 0"], key_statements)

    monkeypatch.setattr(GinBuild, "start", failing)
    with pytest.raises(GinBuildFailed, match="division by zero"):
        generate(pg_database, cases=12, seed=5, progress=False, batch_size=5, now=NOW)
    assert _constraints(pg_database) == before
    with pg_database.engine.connect() as conn:
        index = conn.execute(text("SELECT to_regclass('ix_search_documents_fts')")).scalar()
    assert index is None  # rolled back with the failed statement: nothing half made


def test_the_full_text_index_is_built_with_its_own_small_memory(pg_database, monkeypatch):
    """A GIN build is faster with a small maintenance_work_mem (gin_build.GIN_BUILD_MEMORY),
    whatever the load's session has for its other indexes."""
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    start = GinBuild.start
    check = (
        "DO $$ BEGIN IF current_setting('maintenance_work_mem') <> '{memory}' THEN "
        "RAISE EXCEPTION 'built with %%', current_setting('maintenance_work_mem'); END IF; END $$"
    )

    def checked(self, index_statements, key_statements):
        start(self, [check.format(memory=GIN_BUILD_MEMORY), *index_statements], key_statements)

    monkeypatch.setattr(GinBuild, "start", checked)
    generate(pg_database, cases=12, seed=5, progress=False, batch_size=5, now=NOW)
    with pg_database.engine.connect() as conn:
        assert conn.execute(text("SELECT to_regclass('ix_search_documents_fts')")).scalar() is not None
        assert conn.exec_driver_sql("SHOW maintenance_work_mem").scalar() != "1GB"  # the load's, not left behind
        # Rebuilt as revision 0031 left it: written through, with no pending list.
        options = "SELECT reloptions FROM pg_class WHERE oid = 'ix_search_documents_fts'::regclass"
        assert conn.execute(text(options)).scalar() == ["fastupdate=off"]


def _autovacuum_options(database) -> dict[str, list[str] | None]:
    with database.engine.connect() as conn:
        return dict(
            conn.execute(
                text(
                    "SELECT relname, (SELECT array_agg(o ORDER BY o) FROM unnest(reloptions) o) FROM pg_class "
                    "WHERE relkind = 'r' "
                    "AND relnamespace = current_schema()::regnamespace"
                )
            ).all()
        )


def test_no_autovacuum_runs_on_the_tables_while_they_load_and_their_settings_come_back(pg_database):
    """Inserts alone start autovacuum at every fifth growth of a table, each run reading it all
    again on the cores the load needs: paused on the loaded tables during the load, each
    table's own setting restored afterwards."""
    accounts.init_database(pg_database, "x", TEST_PASSWORD)
    with pg_database.engine.begin() as conn:
        conn.execute(text("ALTER TABLE tasks SET (autovacuum_enabled = true, fillfactor = 90)"))
    before = _autovacuum_options(pg_database)
    during = []
    generate(
        pg_database,
        cases=12,
        seed=5,
        progress=lambda *_args: during.append(_autovacuum_options(pg_database)),
        batch_size=5,
        now=NOW,
    )
    assert during and all(
        "autovacuum_enabled=false" in (options[table] or []) for options in during for table in ("cases", "tasks")
    )
    assert during[0]["users"] == before["users"]  # not a loaded table
    after = _autovacuum_options(pg_database)
    assert after == before
    assert after["tasks"] == ["autovacuum_enabled=true", "fillfactor=90"]

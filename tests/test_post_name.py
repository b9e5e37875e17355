"""The post a database serves can be named before anyone signs in: an encrypted file keeps its
posts' names in the clear beside its key slots (written at `db init` and when a post is added
or renamed); a plaintext file and a PostgreSQL database are read directly. Checked by reading
the key file with json and the database with sqlite3, not through consular's readers only."""

from __future__ import annotations

import json

import pytest

from consular.cli.main import main
from consular.db import cipher, keyslots
from consular.db.engine import open_database
from consular.db.migrate import ensure_schema
from consular.services import at_rest, reference_data
from consular.services import database as database_service
from consular.services.context import ServiceContext, actor_for
from tests.fixtures_db import TEST_PASSWORD, add_reference_data, sqlite_rows

BAMAKO = "Embassy of India, Bamako"
POST = [
    "--post",
    "bam",
    "--post-name",
    BAMAKO,
    "--post-country",
    "ML",
    "--post-city",
    "Bamako",
    "--post-timezone",
    "Africa/Bamako",
]


def key_file(db) -> dict:
    return json.loads(keyslots.keys_path(db).read_text(encoding="utf-8"))


def pw_file(folder, text: str = TEST_PASSWORD):
    path = folder / "admin.pw"
    path.write_text(text + "\n")
    path.chmod(0o600)
    return path


def test_db_init_writes_the_post_name_beside_the_key_slots(tmp_path, capsys, monkeypatch):
    db = tmp_path / "post.db"
    args = ["--db", str(db), "db", "init", "--admin", "boss", "--password-file", str(pw_file(tmp_path)), *POST]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"It serves {BAMAKO} (BAM)." in out
    assert cipher.file_kind(db) == "encrypted"
    assert key_file(db)["posts"] == [BAMAKO]  # in the clear: readable without the key
    at_rest.forget_key(db)  # this process keeps no key: the name comes from the key file alone
    assert database_service.post_names(db) == [BAMAKO]
    # The post really is in the database (db init's rekey kept the names it wrote before).
    opened = database_service.open_database(db, "boss", mode="open", password=TEST_PASSWORD)
    try:
        assert [p.name for p in reference_data.list_posts(opened.ctx)] == [BAMAKO]
        # Renaming the post, or adding one, rewrites the names beside the slots.
        reference_data.save_post(
            opened.ctx,
            code="BAM",
            name="Embassy of India, Bamako (Mali)",
            kind="embassy",
            country="ML",
            city="Bamako",
            timezone="Africa/Bamako",
        )
        reference_data.save_post(
            opened.ctx,
            code="ABJ",
            name="High Commission of India, Abuja",
            kind="high_commission",
            country="NG",
            city="Abuja",
            timezone="Africa/Lagos",
        )
    finally:
        opened.dispose()
    assert key_file(db)["posts"] == ["High Commission of India, Abuja", "Embassy of India, Bamako (Mali)"]
    at_rest.forget_key(db)
    assert database_service.post_names(db) == ["High Commission of India, Abuja", "Embassy of India, Bamako (Mali)"]


def test_db_init_without_a_post_names_none_and_an_incomplete_post_is_refused_first(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    args = ["--db", str(bad), "db", "init", "--admin", "boss", "--password-file", str(pw_file(tmp_path))]
    assert main([*args, "--post", "BAM", "--post-name", BAMAKO]) == 2
    err = capsys.readouterr().err
    assert "--post BAM also needs --post-country, --post-city, --post-timezone" in err
    assert not bad.exists()  # refused before anything was made
    assert main([*args]) == 0
    assert key_file(bad)["posts"] == []
    at_rest.forget_key(bad)
    assert database_service.post_names(bad) == []


def test_a_plaintext_file_is_read_directly_and_nothing_is_changed(database, tmp_path):
    add_reference_data(database)
    path = database.path
    database.dispose()
    assert cipher.file_kind(path) == "plaintext" and not keyslots.exists(path)
    before = sqlite_rows(path, "SELECT count(*) FROM audit_entries")
    assert database_service.post_names(path) == [BAMAKO]
    assert sqlite_rows(path, "SELECT count(*) FROM audit_entries") == before  # a look, not a sign-in
    assert database_service.post_names(tmp_path / "no-such.db") == []
    assert not (tmp_path / "no-such.db").exists()
    other = tmp_path / "notes.txt"
    other.write_text("not a database\n" * 100)
    assert database_service.post_names(other) == []
    empty = tmp_path / "empty.db"
    ensure_schema(open_database(empty))
    assert database_service.post_names(empty) == []


def test_encrypting_and_rekeying_keep_the_post_names(database):
    admin = add_reference_data(database)
    path = database.path
    database.dispose()
    result = at_rest.encrypt_database(path, admin.actor.username, TEST_PASSWORD)
    assert key_file(result.path)["posts"] == [BAMAKO]
    key = keyslots.unlock(path, admin.actor.username, TEST_PASSWORD)
    at_rest.rekey_database(path, key, admin.actor.username, TEST_PASSWORD)
    assert key_file(path)["posts"] == [BAMAKO]
    at_rest.forget_key(path)
    assert database_service.post_names(path) == [BAMAKO]


def test_a_stale_key_file_beside_a_new_database_does_not_lend_it_names(tmp_path):
    """A new file's key file starts with no names, even where an old one lay."""
    path = tmp_path / "reused.db"
    path.write_bytes(b"")
    old = keyslots.create(path, cipher.new_key(), replace=True)
    keyslots.set_posts(path, ["Old post"])
    assert old.path.exists()
    path.unlink()
    at_rest.new_database_key(path)
    assert key_file(path)["posts"] == []


@pytest.mark.postgres
def test_postgres_post_names_are_read_from_the_server(pg_database, pg_url):
    add_reference_data(pg_database)
    assert database_service.post_names(pg_url) == [BAMAKO]
    ctx = ServiceContext(pg_database, actor_for(pg_database, "admin"))
    reference_data.save_post(
        ctx,
        code="BAM",
        name="Embassy of India, Bamako (Mali)",
        kind="embassy",
        country="ML",
        city="Bamako",
        timezone="Africa/Bamako",
    )
    assert database_service.post_names(pg_url) == ["Embassy of India, Bamako (Mali)"]

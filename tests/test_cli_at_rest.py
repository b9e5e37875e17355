"""``consular db encrypt/check/backup/restore/rekey/recover`` as a user runs them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from consular.cli.main import main
from consular.db import cipher, keyslots

PASSWORD = "demo-password"  # the demo accounts' (consular.seeding.demo.DEMO_PASSWORD)


@pytest.fixture
def signed(monkeypatch, tmp_path):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")
    pw = tmp_path / "pw"
    pw.write_text(PASSWORD + "\n")
    pw.chmod(0o600)
    monkeypatch.setenv("CONSULAR_PASSWORD_FILE", str(pw))
    monkeypatch.setenv("CONSULAR_USER", "n.joshi")
    return pw


def cli(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "db", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_encrypt_check_backup_restore_from_the_command_line(capsys, signed, demo_path, tmp_path):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    code, out, err = cli(capsys, db, "encrypt")
    assert code == 0, err
    assert "Recovery key" in out
    recovery = out.strip().splitlines()[-1].strip()
    assert cipher.file_kind(db) == "encrypted"
    assert b"Z3141592" not in db.read_bytes()

    code, out, err = cli(capsys, db, "check", "--json")
    assert code == 0, err
    assert json.loads(out)["ok"] is True

    code, out, err = cli(capsys, db, "backup", "-o", str(tmp_path / "copy.db"))
    assert code == 0, err
    assert (tmp_path / "copy.db.keys").exists()

    code, out, err = cli(capsys, db, "restore", str(tmp_path / "copy.db"))
    assert code == 0, err
    assert "Verified" in out and "replaced-" in out

    # The recovery key printed at encrypt gives an account a new slot password.
    (tmp_path / "recovery").write_text(recovery)
    newpw = tmp_path / "newpw"
    newpw.write_text("a brand new password\n")
    newpw.chmod(0o600)
    code, out, err = cli(
        capsys, db, "recover", "--recovery-key-file", str(tmp_path / "recovery"), "--password-file", str(newpw)
    )
    assert code == 0, err
    assert keyslots.unlock(db, "n.joshi", "a brand new password")


def test_check_exits_1_and_names_the_damage_and_the_latest_backup(capsys, signed, demo_path, tmp_path):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    assert cli(capsys, db, "backup")[0] == 0
    data = bytearray(db.read_bytes())
    data[len(data) - 50] ^= 0x01  # the last page
    db.write_bytes(bytes(data))
    code, out, err = cli(capsys, db, "check")
    assert code == 1, (out, err)
    assert "damaged or has been tampered with" in out
    assert "Latest backup: " in out and ".bak" in out


def test_restore_refuses_a_damaged_backup(capsys, signed, demo_path, tmp_path):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "copy.db"))[0] == 0
    copy = tmp_path / "copy.db"
    data = bytearray(copy.read_bytes())
    data[len(data) - 50] ^= 0x01
    copy.write_bytes(bytes(data))
    code, _out, err = cli(capsys, db, "restore", str(copy))
    assert code == 2
    assert "did not verify" in err
    # Nothing was replaced (signing in to the database is audited, so its bytes do change).
    assert not list(tmp_path.glob("work.db.replaced-*"))
    conn = cipher.connect(db, keyslots.unlock(db, "n.joshi", PASSWORD))
    try:
        assert conn.execute("SELECT count(*) FROM audit_entries WHERE action LIKE 'database.%'").fetchone()[0] == 1
    finally:
        conn.close()


def test_the_wrong_password_unlocks_nothing(capsys, signed, demo_path, tmp_path):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    signed.write_text("not the password\n")
    code, _out, err = cli(capsys, db, "check")
    assert code == 2
    assert "Wrong user name or password" in err

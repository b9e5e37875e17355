"""``consular db encrypt/check/backup/restore/rekey/recover`` as a user runs them."""

from __future__ import annotations

import gc
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


def audit_cli(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), "audit", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_backup_from_before_a_rekey_restores_and_audit_verify_tells_a_rollback_from_a_rewrite(
    capsys, signed, demo_path, tmp_path
):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "before.db"))[0] == 0
    old_key = keyslots.unlock(tmp_path / "before.db", "n.joshi", PASSWORD)
    # More work, an anchor printed, then the key replaced: the backup no longer opens with the database's key.
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "later.db"))[0] == 0
    code, out, _err = audit_cli(capsys, db, "head")
    assert code == 0
    old_anchor = out.strip().splitlines()[-1]
    gc.collect()  # 'audit head' ran in this process and left its engine to the collector; rekey needs the file alone
    assert cli(capsys, db, "rekey")[0] == 0
    assert keyslots.unlock(db, "n.joshi", PASSWORD) != old_key

    code, out, err = cli(capsys, db, "restore", str(tmp_path / "before.db"))
    assert code == 0, err
    assert "forks at entry" in out
    assert keyslots.unlock(db, "n.joshi", PASSWORD) == old_key  # the backup's key and slots came back
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "after.db"))[0] == 0
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "after-2.db"))[0] == 0

    # The anchor printed before the restore: rolled back, not rewritten (exit 0, and said so).
    code, out, err = audit_cli(capsys, db, "verify", "--anchor", old_anchor)
    assert code == 0, out + err
    assert "rolled back by a restore on" in out and old_anchor in out
    # The same position in the history since the restore, with a hash that is not there: rewritten.
    code, out, _err = audit_cli(capsys, db, "head")
    new_anchor = out.strip().splitlines()[-1]
    seq, rest = new_anchor.split(":", 1)
    assert int(seq) >= int(old_anchor.split(":")[0]) and "@" in rest  # the old anchor's position is taken
    code, out, _err = audit_cli(capsys, db, "verify", "--anchor", f"{seq}:{'0' * 12}@{rest.split('@')[1]}")
    assert code == 1 and "TAMPERED" in out and "does not match" in out


def test_restore_onto_a_missing_database_signs_in_through_the_backups_key_file(capsys, signed, demo_path, tmp_path):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "copy.db"))[0] == 0
    for side in ("", "-wal", "-shm", ".keys"):
        Path(f"{db}{side}").unlink(missing_ok=True)  # the laptop's disk was lost; the backup was not
    code, out, err = cli(capsys, db, "restore", str(tmp_path / "copy.db"))
    assert code == 0, err
    assert db.exists() and "replaced" not in out
    assert cli(capsys, db, "check")[0] == 0


def test_a_supervisor_backs_up_but_may_not_restore(capsys, signed, demo_path, tmp_path, monkeypatch):
    db = tmp_path / "work.db"
    shutil.copyfile(demo_path, db)
    assert cli(capsys, db, "encrypt")[0] == 0
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "copy.db"))[0] == 0
    monkeypatch.setenv("CONSULAR_USER", "v.iyer")  # a supervisor: backs up, does not restore
    keyslots.add_slot(db, keyslots.unlock(db, "n.joshi", PASSWORD), "v.iyer", PASSWORD)
    keyslots.add_slot(tmp_path / "copy.db", keyslots.unlock(db, "n.joshi", PASSWORD), "v.iyer", PASSWORD)
    code, _out, err = cli(capsys, db, "restore", str(tmp_path / "copy.db"))
    assert code == 2 and "may not replace the database with a verified backup" in err
    assert not list(tmp_path.glob("work.db.replaced-*"))
    assert cli(capsys, db, "backup", "-o", str(tmp_path / "by-supervisor.db"))[0] == 0

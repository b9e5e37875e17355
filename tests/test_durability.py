"""'Saved' means on disk: contacts the app acknowledged survive a crash, and a power cut.

A child process (tests/durability_writer.py) logs contacts through the services and prints
each contact's id once ``log_contact`` has returned, i.e. after its commit. The parent kills
it with SIGKILL at a random moment, several rounds, then opens the file and checks that every
acknowledged id is there, that SQLite's ``integrity_check`` passes and that ``audit verify``
passes.

What each test simulates, honestly:

- ``test_acknowledged_contacts_survive_sigkill``: SIGKILL is a *process* crash. The kernel
  keeps every write the process made, fsynced or not, so this proves the commit protocol is
  sound (nothing acknowledged before the commit finished) but not that it reached the disk.
- ``test_acknowledged_contacts_survive_a_simulated_power_cut``: a power cut loses what was
  written but not fsynced. An LD_PRELOAD shim (tests/fsync_snapshot.c, built with the C
  compiler when there is one) copies the database and its WAL aside at every successful
  fsync; after the kill the database is rebuilt from those copies only, i.e. from what the
  kernel had promised to keep. This models lost unsynced writes; it does not model a disk
  that lies about fsync, reorders within a sync, or tears a sector.
- ``test_the_power_cut_simulation_catches_synchronous_normal``: the same with
  ``synchronous=NORMAL`` (WAL is fsynced only at checkpoints) loses acknowledged contacts: the
  simulation can fail, and FULL (what consular uses) is what makes it pass.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from consular import paths
from consular.db import cipher, engine, keyslots
from consular.services import at_rest, audit_chain
from tests.demo_data import CASEWORKER, KAYES

PASSWORD = "a password for the durability test"
ROUNDS = 3
SEED = int(os.environ.get("CONSULAR_DURABILITY_SEED", "0")) or random.SystemRandom().randrange(1, 10**6)


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    monkeypatch.setenv(keyslots.PROFILE_ENV, "test")


@pytest.fixture
def live(demo_path, tmp_path) -> tuple[Path, bytes]:
    """An encrypted copy of the demo, the caseworker holding a key slot."""
    path = tmp_path / "live" / "demo.db"
    path.parent.mkdir()
    shutil.copyfile(demo_path, path)
    at_rest.encrypt_database(path, CASEWORKER, PASSWORD)
    return path, keyslots.unlock(path, CASEWORKER, PASSWORD)


class Writer:
    """The child process and the ids it acknowledged (complete lines only)."""

    def __init__(self, path: Path, env: dict | None = None, synchronous: str = ""):
        args = [sys.executable, "-m", "tests.durability_writer", str(path), CASEWORKER, PASSWORD, KAYES]
        self.proc = subprocess.Popen(
            [*args, synchronous] if synchronous else args,
            cwd=paths.project_root(),
            env={**os.environ, **(env or {})},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.acked: list[int] = []
        self.ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            if not line.endswith(b"\n"):
                break  # cut off by the kill: not acknowledged
            text = line.strip().decode()
            if text == "ready":
                self.ready.set()
            else:
                self.acked.append(int(text))

    def wait_for(self, count: int, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while len(self.acked) < count:
            if self.proc.poll() is not None:
                raise AssertionError(f"the writer died: {self.proc.stderr.read().decode()[-2000:]}")
            assert time.monotonic() < deadline, "the writer acknowledged too few contacts in time"
            time.sleep(0.005)

    def kill(self) -> list[int]:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self._reader.join(30)
        return list(self.acked)


def check_database(path: Path, key: bytes, acked: list[int]) -> None:
    """Every acknowledged id is there, with its audit entry; the file and the chain verify."""
    conn = cipher.connect(path, key)
    try:
        assert [r[0] for r in conn.execute("PRAGMA integrity_check")] == ["ok"]
        present = {r[0] for r in conn.execute("SELECT id FROM contact_entries")}
        logged = {
            r[0] for r in conn.execute("SELECT entity_id FROM audit_entries WHERE action = 'contact.log'").fetchall()
        }
    finally:
        conn.close()
    missing = sorted(set(acked) - present)
    assert not missing, f"acknowledged but lost (seed {SEED}): {missing[:10]} of {len(acked)}"
    assert set(acked) <= logged
    database = engine.open_database(path, key=key)
    try:
        report = audit_chain.verify(database)
    finally:
        database.dispose()
    assert report.ok, [p.message for p in report.problems[:3]]


def test_acknowledged_contacts_survive_sigkill(live):
    path, key = live
    rng = random.Random(SEED)
    total = []
    for _round in range(ROUNDS):
        writer = Writer(path)
        writer.wait_for(1)
        time.sleep(rng.uniform(0.0, 0.6))  # a random moment: mid-commit, between commits, mid-checkpoint
        acked = writer.kill()
        assert acked, "nothing was acknowledged before the kill"
        check_database(path, key, acked)
        total += acked
    check_database(path, key, total)


@pytest.fixture(scope="session")
def fsync_shim(tmp_path_factory) -> Path:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the fsync snapshot shim (tests/fsync_snapshot.c)")
    source = Path(__file__).with_name("fsync_snapshot.c")
    out = tmp_path_factory.mktemp("shim") / "fsync_snapshot.so"
    subprocess.run([compiler, "-shared", "-fPIC", "-O2", "-o", str(out), str(source), "-ldl"], check=True)
    return out


def power_cut_round(path: Path, key: bytes, shim: Path, folder: Path, *, wait_for: int, pause: float, sync=""):
    """One round: the durable state at the start, the writer killed, the file rebuilt from
    what had been fsynced. Returns (acknowledged ids, the rebuilt file)."""
    snapshots = folder / "synced"
    snapshots.mkdir(parents=True)
    # Everything before the round is on disk: fold the WAL in and start from the file itself.
    conn = cipher.connect(path, key, isolation_level=None)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    shutil.copyfile(path, snapshots / path.name)
    env = {"LD_PRELOAD": str(shim), "FSYNC_SNAPSHOT_DIR": str(snapshots), "FSYNC_SNAPSHOT_MATCH": path.name}
    writer = Writer(path, env, synchronous=sync)
    writer.wait_for(wait_for)
    time.sleep(pause)
    acked = writer.kill()
    rebuilt = folder / "after-power-cut" / path.name
    rebuilt.parent.mkdir()
    shutil.copyfile(snapshots / path.name, rebuilt)
    if (snapshots / f"{path.name}-wal").exists():
        shutil.copyfile(snapshots / f"{path.name}-wal", f"{rebuilt}-wal")
    return acked, rebuilt


def test_acknowledged_contacts_survive_a_simulated_power_cut(live, fsync_shim, tmp_path):
    path, key = live
    rng = random.Random(SEED + 1)
    for n in range(ROUNDS):
        acked, rebuilt = power_cut_round(
            path, key, fsync_shim, tmp_path / f"round-{n}", wait_for=1, pause=rng.uniform(0.0, 0.6)
        )
        assert acked
        assert Path(f"{rebuilt}-wal").exists(), "the shim saw no fsync of the WAL: it is not in effect"
        check_database(rebuilt, key, acked)
        # The next round goes on from what survived, as the office would after the power came back.
        for side in ("", "-wal"):
            Path(f"{path}{side}").unlink(missing_ok=True)
        shutil.copyfile(rebuilt, path)
        if Path(f"{rebuilt}-wal").exists():
            shutil.copyfile(f"{rebuilt}-wal", f"{path}-wal")


def test_the_power_cut_simulation_catches_synchronous_normal(live, fsync_shim, tmp_path):
    path, key = live
    # Twenty contacts fill far fewer pages than the automatic checkpoint waits for (1,000), so
    # with NORMAL none of their WAL frames was fsynced when the power went.
    acked, rebuilt = power_cut_round(path, key, fsync_shim, tmp_path / "normal", wait_for=20, pause=0.0, sync="NORMAL")
    conn = cipher.connect(rebuilt, key)
    try:
        present = {r[0] for r in conn.execute("SELECT id FROM contact_entries")}
    finally:
        conn.close()
    lost = set(acked) - present
    assert len(acked) >= 20 and lost, "with synchronous=NORMAL the simulation should lose acknowledged contacts"

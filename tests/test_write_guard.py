"""The write guard (tests/write_guard.py) holds the app to transactions that begin as writes.

The app's code is told from a test's own by where the statement came from: code compiled as a
file under consular/ stands for the app here.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine

from consular.db.dialect import WRITE_OPTION, configure_engine
from tests import write_guard

APP_FILE = str(Path(write_guard.__file__).resolve().parents[1] / "consular" / "stand_in_for_the_app.py")

READ_THEN_WRITE = """
def run(engine, options):
    with engine.connect() as conn:
        conn.execution_options(**options)
        with conn.begin():
            conn.exec_driver_sql("SELECT count(*) FROM t").scalar()
            conn.exec_driver_sql("INSERT INTO t VALUES (1)")
"""


def _engine(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'guard.db'}")
    configure_engine(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    return engine


def _as_app(source: str):
    namespace: dict = {}
    exec(compile(source, APP_FILE, "exec"), namespace)
    return namespace["run"]


def test_the_apps_read_then_write_is_caught_and_one_begun_as_a_write_is_not(tmp_path):
    engine = _engine(tmp_path)
    run = _as_app(READ_THEN_WRITE)
    write_guard.take()
    run(engine, {})
    found = write_guard.take()
    assert len(found) == 1 and "INSERT INTO t" in found[0] and "stand_in_for_the_app.py" in found[0]
    run(engine, {WRITE_OPTION: True})
    assert write_guard.take() == []
    engine.dispose()


def test_a_tests_own_read_then_write_is_its_own_business(tmp_path):
    engine = _engine(tmp_path)
    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM t").scalar()
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
    assert write_guard.take() == []
    engine.dispose()

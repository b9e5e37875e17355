"""The database layer imported in the background while the person types the password.

Signing in needs SQLAlchemy, the models, the services and Argon2 (about 0.7 s of CPU to
import), and Home then needs the services it reads through; none of that is needed to paint
the sign-in dialog. :func:`start` imports them on a plain Python thread once the dialog is on
the screen (nothing of Qt is imported there: these modules are Qt-free, ``tests/test_layers.py``
says so), so that pressing Enter is followed by the Argon2id check itself, not by the imports.

Whoever imports these modules off the GUI thread while the preload may still run waits for it
first (:func:`wait_for_database`, :func:`wait`): two threads importing the same packages at
once is what Python's import locks allow, but one import at a time is simpler to trust.
"""

from __future__ import annotations

import importlib
import logging
import threading

log = logging.getLogger(__name__)

#: What signing in needs (opening the database, the sign-in itself, its audit entry).
DATABASE = "consular.services.database"

#: What the window reads once signed in: Home, the case list, My escalations, the audit
#: check, the reference data, the drafts. Imported after :data:`DATABASE`, while Argon2id runs (it
#: releases the GIL) when the password was given and no dialog was shown.
AFTER_SIGN_IN = (
    "consular.services.dashboard",
    "consular.services.cases",
    "consular.services.escalation",
    "consular.services.search",
    "consular.services.saved_filters",
    "consular.services.audit_chain",
    "consular.services.reference_data",
    "consular.services.contacts",  # the Log contact drafts moved in at sign-in (gui.workspace.log_contact_dialog)
    "consular.services.family_share",
)

_lock = threading.Lock()
_thread: threading.Thread | None = None
_database_ready = threading.Event()


def start() -> None:
    """Begin the imports on a background thread (once per process; later calls do nothing)."""
    global _thread
    with _lock:
        if _thread is not None:
            return
        _thread = threading.Thread(target=_load, name="consular-preload", daemon=True)
        _thread.start()


def _load() -> None:
    try:
        _import(DATABASE)
    finally:
        _database_ready.set()
    for name in AFTER_SIGN_IN:
        _import(name)
    try:
        from sqlalchemy.orm import configure_mappers

        # The mappers' relationships are resolved at the first query otherwise (about 80 ms).
        configure_mappers()
    except Exception:  # the first real query raises it again, where it is reported
        log.debug("Mapper configuration failed in the preload", exc_info=True)


def _import(name: str) -> None:
    try:
        importlib.import_module(name)
    except Exception:  # the real import, where the module is used, raises it again and reports it
        log.debug("Preloading %s failed", name, exc_info=True)


def started() -> bool:
    return _thread is not None


def wait_for_database() -> None:
    """Return once :data:`DATABASE` is imported by the preload, or at once if none was started."""
    if _thread is not None and _thread is not threading.current_thread():
        _database_ready.wait()


def wait() -> None:
    """Return once the whole preload is done, or at once if none was started."""
    thread = _thread
    if thread is not None and thread is not threading.current_thread():
        thread.join()

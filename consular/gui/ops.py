"""The one way to run work off the GUI thread: ``query`` for reads, ``write`` for changes.

Modelled on Anki's ``QueryOp`` / ``CollectionOp``. The caller gives a function to run in a
worker thread and callbacks that run back on the GUI thread. Services are thread-safe because
each call opens its own short session.

    ops.query(self, lambda: cases.get_case(ctx, ref), on_done=self.show_case)
    ops.write(self, lambda: cases.close_case(ctx, ref), on_done=..., label="Closing the case…")

- ``receiver`` (a widget, or None) is whom the result is for. Callbacks run only while it
  exists: a tab or dialog closed while its work ran never sees the result, and nothing of it
  is touched (no callback, no progress window, no signal).
- Errors: ``on_error(exc)`` if given, else the one error dialog (``errors.show_error``). A
  failed *write* whose receiver is gone is still reported (without a parent window): the
  user asked for a change that did not happen. A failed read nobody waits for is only logged.
- ``label``: a progress window appears when the work takes longer than 400 ms;
  ``cancellable`` gives it a Cancel button.
- ``with_progress=True``: the function is called with a :class:`Progress`; calling it reports
  ``(done, total, text)`` (to the window and to ``on_progress`` on the GUI thread) and raises
  :class:`Cancelled` once the user cancelled. ``Op.cancel()`` does the same from code.
- ``on_finished()`` runs first whatever the outcome (also after a cancel), if the receiver
  is alive.
- At exit, :func:`shut_down` (called by ``app.run`` once the event loop has ended) cancels
  the reads, lets the writes finish, and waits for every worker: a worker still running
  Python while the interpreter tears down crashes the process.

Workers report through one long-lived dispatcher object, never through a QObject of the
caller, so an operation outliving its receiver cannot emit from a deleted object
("Signal source has been deleted").
"""

from __future__ import annotations

import itertools
import logging
import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

# Raised by a worker that noticed the user cancelled; Qt-free, so the services can tell a
# cancelled output from a failed one (nothing is recorded for it).
from consular.domain.errors import Cancelled

log = logging.getLogger(__name__)

_RUNNING: set[Op] = set()
SHOW_PROGRESS_AFTER_MS = 400
_SHUT_DOWN = False  # the event loop has ended: results are no longer delivered, only logged


def running() -> int:
    """How many operations are still running (tests wait for 0)."""
    return len(_RUNNING)


def alive(widget: QObject | None) -> bool:
    """Whether ``widget`` is there and its C++ side not yet deleted."""
    return widget is not None and shiboken6.isValid(widget)


class Progress:
    """Handed to the worker function; thread-safe because it only emits a signal."""

    def __init__(self, op_id: int):
        self._op_id = op_id
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str | None = None) -> None:
        if self.cancelled:
            raise Cancelled()
        _dispatcher().progressed.emit(self._op_id, int(done), int(total), text or "")


class _Dispatcher(QObject):
    """The one object workers report through. It lives on the GUI thread for the whole run
    and is never deleted: a worker must not drop the last reference to a QObject (or to a
    widget a closure captured), because a QObject destroyed from another thread corrupts
    memory (seen as random crashes inside SQLite once many operations overlapped)."""

    succeeded = Signal(int, object)
    failed = Signal(int, object, str)
    progressed = Signal(int, int, int, str)


_DISPATCHER: _Dispatcher | None = None
_BY_ID: dict[int, Op] = {}
_NEXT_ID = itertools.count(1)


def _dispatcher() -> _Dispatcher:
    global _DISPATCHER
    if _DISPATCHER is None:  # first created on the GUI thread, by Op.__init__
        _DISPATCHER = _Dispatcher()
        _DISPATCHER.succeeded.connect(_route_success, Qt.QueuedConnection)
        _DISPATCHER.failed.connect(_route_failure, Qt.QueuedConnection)
        _DISPATCHER.progressed.connect(_route_progress, Qt.QueuedConnection)
    return _DISPATCHER


def _route_success(op_id: int, result) -> None:
    op = _BY_ID.pop(op_id, None)
    if op is None:
        return
    if _SHUT_DOWN:
        _RUNNING.discard(op)
        return
    op._succeeded(result)


def _route_failure(op_id: int, exc, formatted: str) -> None:
    op = _BY_ID.pop(op_id, None)
    if op is None:
        return
    if _SHUT_DOWN:  # no window is left to say it in: the log keeps it
        _RUNNING.discard(op)
        if not isinstance(exc, Cancelled):
            log.error("Background %s failed while consular closed:\n%s", "write" if op._writes else "read", formatted)
        return
    op._failed(exc, formatted)


def _route_progress(op_id: int, done: int, total: int, text: str) -> None:
    op = _BY_ID.get(op_id)
    if op is not None:
        op._progressed(done, total, text)


class _Runnable(QRunnable):
    def __init__(self, op_id: int, fn: Callable[[Progress], Any], progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self._op_id, self._fn, self._progress = op_id, fn, progress

    def run(self) -> None:  # worker thread
        # Let go of the function (and whatever its closure holds) before reporting: the GUI
        # thread still holds it in Op._fn, so the last reference goes there.
        fn, progress = self._fn, self._progress
        self._fn = self._progress = None
        try:
            result = fn(progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            del fn, progress
            _dispatcher().failed.emit(self._op_id, exc, traceback.format_exc())
        else:
            del fn, progress
            _dispatcher().succeeded.emit(self._op_id, result)


Callback = Callable[..., Any] | None


class Op:
    """One running operation (made by :func:`query` or :func:`write`). A plain object: the
    module keeps it until it ends, so callers need not hold it."""

    def __init__(
        self,
        receiver: QObject | None,
        fn: Callable[..., Any],
        *,
        writes: bool,
        on_done: Callback = None,
        on_error: Callback = None,
        on_progress: Callback = None,
        on_finished: Callback = None,
        label: str | None = None,
        cancellable: bool = False,
        with_progress: bool = False,
    ):
        self._receiver = receiver
        self._writes = writes
        self._fn = fn if with_progress else (lambda _progress: fn())
        self._on_done, self._on_error = on_done, on_error
        self._on_progress, self._on_finished = on_progress, on_finished
        self._label, self._cancellable = label, cancellable
        _dispatcher()
        self._id = next(_NEXT_ID)
        self._progress = Progress(self._id)
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def _start(self) -> Op:
        _RUNNING.add(self)
        if self._label and isinstance(self._receiver, QWidget):
            # Only show a window for work that is actually slow; quick ops stay silent. The
            # timer is the receiver's child: a deleted receiver takes it along, unfired.
            self._timer = QTimer(self._receiver)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(SHOW_PROGRESS_AFTER_MS)
        _BY_ID[self._id] = self
        QThreadPool.globalInstance().start(_Runnable(self._id, self._fn, self._progress))
        return self

    @property
    def finished(self) -> bool:
        return self not in _RUNNING

    def cancel(self) -> None:
        self._progress.cancelled = True

    @property
    def cancelled(self) -> bool:
        """Whether the user (or :meth:`cancel`) asked this operation to stop."""
        return self._progress.cancelled

    def _receiver_gone(self) -> bool:
        """The receiver was deleted while the work ran (its tab or dialog closed): the result
        has nowhere to go, and touching the dead widget would crash."""
        return self._receiver is not None and not alive(self._receiver)

    def _show_dialog(self) -> None:
        if self.finished or self._receiver_gone():
            return
        cancel = QCoreApplication.translate("ops", "Cancel") if self._cancellable else ""
        dialog = QProgressDialog(self._label, cancel, 0, 0, self._receiver)
        dialog.setWindowTitle(QCoreApplication.translate("ops", "Working…"))
        dialog.setAccessibleName(self._label)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModal)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._receiver_gone():
            return
        if alive(self._dialog):
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)
        if self._on_progress is not None:
            self._on_progress(done, total)

    def _close(self) -> bool:
        """End the operation; True when the receiver is still there to hear of it."""
        _RUNNING.discard(self)
        if alive(self._timer):
            self._timer.stop()
            self._timer.deleteLater()
        self._timer = None
        if alive(self._dialog):  # a child of the receiver: gone with it
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
        self._dialog = None
        if self._receiver_gone():
            return False
        if self._on_finished is not None:
            self._on_finished()
        return True

    def _succeeded(self, result) -> None:
        if not self._close():
            log.debug("Result dropped: %s was deleted", type(self._receiver).__name__)
            return
        if self._on_done is not None:
            self._on_done(result)

    def _failed(self, exc: BaseException, formatted: str) -> None:
        heard = self._close()
        if isinstance(exc, Cancelled):
            return
        user_error = _is_user_error(exc)
        if not user_error:
            log.error("Background operation failed%s:\n%s", "" if heard else " after its window closed", formatted)
        if not heard:
            if self._writes:
                from consular.gui.errors import show_error

                show_error(None, exc, formatted)
            return
        if self._on_error is not None:
            self._on_error(exc)
        else:
            from consular.gui.errors import show_error

            show_error(self._receiver if isinstance(self._receiver, QWidget) else None, exc, formatted)


def _is_user_error(exc: BaseException) -> bool:
    from consular.domain.errors import UserError

    return isinstance(exc, UserError)


def shut_down(report_every: float = 5.0) -> None:
    """End the background work once the event loop is over (the last window closed).

    Reads are cancelled (those that report progress stop at their next report; the others
    run to their end, unseen); writes finish, since the person asked for them. Then it waits
    for every worker thread, however long that takes, logging what it waits for: the
    interpreter must not tear down while a worker still runs Python (seen as a crash at exit
    when the window closed during Home's loads). What the workers reported meanwhile is
    taken off the queue: failures are logged, results dropped.
    """
    global _SHUT_DOWN
    _SHUT_DOWN = True
    for op in list(_RUNNING):
        if not op._writes:
            op.cancel()
    pool = QThreadPool.globalInstance()
    started = time.monotonic()
    while not pool.waitForDone(int(report_every * 1000)):
        writes = sum(1 for op in _RUNNING if op._writes)
        log.warning(
            "Closing: waiting for %d background operation(s) (%d of them writes) after %.0f s",
            len(_RUNNING),
            writes,
            time.monotonic() - started,
        )
    if _DISPATCHER is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
    waited = time.monotonic() - started
    if waited > 0.5:
        log.info("Closing: background work ended after %.1f s", waited)


def query(
    receiver: QObject | None,
    fn: Callable[..., Any],
    on_done: Callback = None,
    on_error: Callback = None,
    **options,
) -> Op:
    """Read in the background: ``fn()`` in a worker, ``on_done(result)`` back on the GUI
    thread while ``receiver`` lives. Options: label, cancellable, with_progress, on_progress,
    on_finished (see the module docstring)."""
    return Op(receiver, fn, writes=False, on_done=on_done, on_error=on_error, **options)._start()


def write(
    receiver: QObject | None,
    fn: Callable[..., Any],
    on_done: Callback = None,
    on_error: Callback = None,
    **options,
) -> Op:
    """Change something in the background; like :func:`query`, except that a failure is
    reported even when ``receiver`` closed meanwhile."""
    return Op(receiver, fn, writes=True, on_done=on_done, on_error=on_error, **options)._start()

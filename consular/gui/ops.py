"""Background operations: run slow work off the GUI thread, report progress, return to one
error path.

Modelled on the idea of Anki's ``CollectionOp``: the caller gives a function to run in a
worker thread and callbacks that run back on the GUI thread. Services are thread-safe
because each call opens its own short session.

    op = BackgroundOp(parent, lambda progress: services.export(..., progress=progress),
                      on_success=lambda result: ..., label="Exporting timeline…")
    op.start()

``progress(done, total, text=None)`` may be called from the worker; ``progress.cancelled``
tells the worker that the user pressed Cancel (it should stop and raise ``Cancelled``).
"""

from __future__ import annotations

import itertools
import logging
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

_RUNNING: set[BackgroundOp] = set()


class Cancelled(Exception):
    """Raised by a worker that noticed the user cancelled."""


def running() -> int:
    """How many operations are still running (tests wait for 0)."""
    return len(_RUNNING)


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
_BY_ID: dict[int, BackgroundOp] = {}
_NEXT_ID = itertools.count(1)


def _dispatcher() -> _Dispatcher:
    global _DISPATCHER
    if _DISPATCHER is None:  # first created on the GUI thread, by BackgroundOp.__init__
        _DISPATCHER = _Dispatcher()
        _DISPATCHER.succeeded.connect(_route_success, Qt.QueuedConnection)
        _DISPATCHER.failed.connect(_route_failure, Qt.QueuedConnection)
        _DISPATCHER.progressed.connect(_route_progress, Qt.QueuedConnection)
    return _DISPATCHER


def _route_success(op_id: int, result) -> None:
    op = _BY_ID.pop(op_id, None)
    if op is not None:
        op._succeeded(result)


def _route_failure(op_id: int, exc, formatted: str) -> None:
    op = _BY_ID.pop(op_id, None)
    if op is not None:
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
        # thread still holds it in BackgroundOp._fn, so the last reference goes there.
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


class BackgroundOp(QObject):
    """One operation. Keep no reference needed: running ops are kept alive until they finish."""

    finished = Signal()

    def __init__(
        self,
        parent: QObject | None,
        fn: Callable[[Progress], Any],
        *,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        cancellable: bool = False,
        show_after_ms: int = 400,
    ):
        super().__init__(None)
        self._parent = parent
        self._fn = fn
        self._on_success = on_success
        self._on_failure = on_failure
        self._label = label
        self._cancellable = cancellable
        self._show_after_ms = show_after_ms
        _dispatcher()
        self._id = next(_NEXT_ID)
        self._progress = Progress(self._id)
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None

    def start(self) -> BackgroundOp:
        _RUNNING.add(self)
        if self._label and isinstance(self._parent, QWidget):
            # Only show a dialog for work that is actually slow; quick ops stay silent.
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(self._show_after_ms)
        _BY_ID[self._id] = self
        QThreadPool.globalInstance().start(_Runnable(self._id, self._fn, self._progress))
        return self

    def cancel(self) -> None:
        self._progress.cancelled = True

    def _show_dialog(self) -> None:
        if self not in _RUNNING:
            return
        if self._receiver_gone() or not isinstance(self._parent, QWidget):
            return
        dialog = QProgressDialog(self._label, "Cancel" if self._cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle("Working…")
        dialog.setAccessibleName(self._label)
        dialog.setMinimumDuration(0)
        dialog.setWindowModality(Qt.WindowModal)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self._dialog = dialog

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if text:
                self._dialog.setLabelText(text)

    def _close(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        _RUNNING.discard(self)
        self.finished.emit()

    def _receiver_gone(self) -> bool:
        """The parent was deleted while the work ran (its tab or dialog closed): the result
        has nowhere to go, and touching the dead widget would crash."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _succeeded(self, result) -> None:
        self._close()
        if self._receiver_gone():
            log.debug("Result dropped: %s was deleted", type(self._parent).__name__)
            return
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException, formatted: str) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        if self._receiver_gone():
            if not _is_user_error(exc):
                log.error("Background operation failed after its window closed:\n%s", formatted)
            return
        if not _is_user_error(exc):
            log.error("Background operation failed:\n%s", formatted)
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from consular.gui.errors import show_error

            show_error(self._parent if isinstance(self._parent, QWidget) else None, exc, formatted)


def _is_user_error(exc: BaseException) -> bool:
    from consular.domain.errors import UserError

    return isinstance(exc, UserError)


def run_in_background(parent: QWidget | None, fn: Callable[[Progress], Any], **kwargs) -> BackgroundOp:
    """Shorthand: create and start a :class:`BackgroundOp`."""
    return BackgroundOp(parent, fn, **kwargs).start()


def alive(widget: QWidget | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def call(
    parent: QWidget,
    fn: Callable[[], Any],
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    label: str | None = None,
) -> BackgroundOp:
    """Run a service call off the GUI thread; callbacks are dropped if ``parent`` is gone."""

    def success(result):
        if alive(parent) and on_success is not None:
            on_success(result)

    def failure(exc):
        if not alive(parent):
            return
        if on_failure is not None:
            on_failure(exc)
        else:
            from consular.gui.errors import show_error

            show_error(parent, exc)

    return run_in_background(parent, lambda _progress: fn(), on_success=success, on_failure=failure, label=label)

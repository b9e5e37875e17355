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

import logging
import traceback
from collections.abc import Callable
from typing import Any

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

    def __init__(self, emitter: _Signals):
        self._emitter = emitter
        self.cancelled = False

    def __call__(self, done: int, total: int, text: str | None = None) -> None:
        if self.cancelled:
            raise Cancelled()
        self._emitter.progressed.emit(int(done), int(total), text or "")


class _Signals(QObject):
    succeeded = Signal(object)
    failed = Signal(object, str)
    progressed = Signal(int, int, str)


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._signals, self._progress = fn, signals, progress

    def run(self) -> None:  # worker thread
        try:
            result = self._fn(self._progress)
        except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
            self._signals.failed.emit(exc, traceback.format_exc())
        else:
            self._signals.succeeded.emit(result)


class BackgroundOp(QObject):
    """One operation. Keep no reference needed: running ops are kept alive until they finish."""

    finished = Signal()

    def __init__(
        self,
        parent: QWidget | None,
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
        self._signals = _Signals()
        self._progress = Progress(self._signals)
        self._dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        self._signals.succeeded.connect(self._succeeded, Qt.QueuedConnection)
        self._signals.failed.connect(self._failed, Qt.QueuedConnection)
        self._signals.progressed.connect(self._progressed, Qt.QueuedConnection)

    def start(self) -> BackgroundOp:
        _RUNNING.add(self)
        if self._label and self._parent is not None:
            # Only show a dialog for work that is actually slow; quick ops stay silent.
            self._timer = QTimer(self)
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._show_dialog)
            self._timer.start(self._show_after_ms)
        QThreadPool.globalInstance().start(_Runnable(self._fn, self._signals, self._progress))
        return self

    def cancel(self) -> None:
        self._progress.cancelled = True

    def _show_dialog(self) -> None:
        if self not in _RUNNING:
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

    def _succeeded(self, result) -> None:
        self._close()
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc: BaseException, formatted: str) -> None:
        self._close()
        if isinstance(exc, Cancelled):
            return
        if not _is_user_error(exc):
            log.error("Background operation failed:\n%s", formatted)
        if self._on_failure is not None:
            self._on_failure(exc)
        else:
            from consular.gui.errors import show_error

            show_error(self._parent, exc, formatted)


def _is_user_error(exc: BaseException) -> bool:
    from consular.domain.errors import UserError

    return isinstance(exc, UserError)


def run_in_background(parent: QWidget | None, fn: Callable[[Progress], Any], **kwargs) -> BackgroundOp:
    """Shorthand: create and start a :class:`BackgroundOp`."""
    return BackgroundOp(parent, fn, **kwargs).start()

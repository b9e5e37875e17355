"""The QApplication: names, fonts, light/dark theme, translations, the error path, run().

``run(target)`` is what ``consular`` (no command) ends in: it builds the application, opens
the main window on ``target`` and enters the event loop. Opening the database happens in the
window, off the GUI thread, so a slow upgrade or a locked file never freezes the screen.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

from consular import __version__, i18n, paths
from consular.gui import clipboard, errors, ops, preload, settings, theme, viewer_files
from consular.gui.first_paint import after_first_paint

log = logging.getLogger(__name__)

ORGANISATION = "consular"
APPLICATION = "consular"
DISPLAY_NAME = "consular"

# Kept referenced: a QTranslator that is garbage-collected silently stops translating.
_translators: list[QTranslator] = []


# --- fonts -------------------------------------------------------------------------------


def install_fonts(app: QApplication) -> None:
    """Register the shipped Noto fonts and make them the UI font (with the platform size).

    Noto Sans covers accented Latin; the other Noto files (Devanagari, Telugu, Odia, ...)
    are fallbacks, so names written in those scripts render on machines without such fonts.
    """
    families: list[str] = []
    try:
        files = sorted(paths.fonts_dir().glob("*.ttf"), key=lambda f: (not f.name.startswith("NotoSans-"), f.name))
    except FileNotFoundError:
        files = []
    for path in files:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            for family in QFontDatabase.applicationFontFamilies(font_id):
                if family not in families:
                    families.append(family)
    base = QFont(app.font())
    size = base.pointSizeF()
    if sys.platform.startswith(("win", "darwin")):
        # Keep the native UI face there; Noto only fills in scripts it lacks.
        families.insert(0, base.family())
    if families:
        base.setFamilies(families)
    # Some X servers report 8-9 pt; below 10 pt tables become hard to read at 1366×768.
    base.setPointSizeF(max(size if size > 0 else 10.0, 10.0))
    app.setFont(base)


# --- translations ------------------------------------------------------------------------

#: The locale each language's dates, times and numbers follow (QLocale.setDefault).
QT_LOCALES = {"en": "en_GB", "fr": "fr_FR", "hi": "hi_IN"}


def _lrelease() -> str | None:
    """Qt's lrelease: PySide6 ships it as ``pyside6-lrelease`` (and inside the package)."""
    candidates = [
        shutil.which("pyside6-lrelease"),
        shutil.which("lrelease"),
        str(Path(sys.executable).with_name("pyside6-lrelease")),
    ]
    try:
        import PySide6

        candidates.append(str(Path(PySide6.__file__).with_name("lrelease")))
    except ImportError:  # pragma: no cover - we are in the GUI, PySide6 is there
        pass
    for candidate in candidates:
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def compiled_translation(language: str, domain: str = "consular") -> Path | None:
    """The .qm of ``domain`` ("consular", "qtbase") for ``language`` ("fr", "fr_FR"): shipped,
    cached, or compiled now from ``resources/translations/<domain>_<lang>.ts``.

    Compiled files go to the user's data folder, never into the source tree (no generated
    files are committed); the cached file is named after the .ts's content, so an edited or
    checked-out catalogue is compiled again. Returns None when there is no translation or
    no way to compile it.
    """
    try:
        folder = paths.translations_dir()
    except FileNotFoundError:
        return None
    names = [language, language.split("_")[0]]
    for name in dict.fromkeys(names):
        shipped = folder / f"{domain}_{name}.qm"
        if shipped.is_file():
            return shipped
        source = folder / f"{domain}_{name}.ts"
        if not source.is_file():
            continue
        digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
        cache_dir = paths.data_dir() / "translations"
        cache = cache_dir / f"{domain}_{name}-{digest}.qm"
        if cache.is_file():
            return cache
        tool = _lrelease()
        if tool is None:
            log.info("No lrelease found; %s stays untranslated", source.name)
            return None
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.part")
        try:
            subprocess.run(
                [tool, "-silent", "-nounfinished", str(source), "-qm", str(partial)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            os.replace(partial, cache)
        except (OSError, subprocess.SubprocessError) as exc:
            log.warning("Could not compile %s: %s", source.name, exc)
            partial.unlink(missing_ok=True)
            return None
        for old in cache_dir.glob(f"{domain}_{name}-*.qm"):
            if old != cache:
                old.unlink(missing_ok=True)
        return cache
    return None


def _qt_translator(app: QApplication, code: str) -> QTranslator | None:
    """Qt's own strings (standard buttons, context menus, file dialogs) in ``code``: the
    wheel's qtbase_<lang>.qm, else ours (Qt ships no Hindi: resources/translations/qtbase_hi.ts)."""
    translator = QTranslator(app)
    wheel = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(QLocale(QT_LOCALES[code]), "qtbase", "_", wheel):
        return translator
    ours = compiled_translation(code, "qtbase")
    if ours is not None and translator.load(str(ours)):
        return translator
    return None


def install_translations(app: QApplication, language: str | None = None) -> str:
    """Put the GUI in ``language`` (default: the setting, else the system's) and return its code.

    Sets consular.i18n's language (text from the layers below the GUI), the default QLocale
    (dates, numbers: en_GB, fr_FR, hi_IN) and installs the translators: consular's catalogue
    (English too: it holds the plural forms, "1 day" / "2 days") and Qt's own strings.
    Called again, it replaces what an earlier call installed; widgets made before keep
    their texts (the language applies at the next start).
    """
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    code = settings.chosen_language(language)
    i18n.set_language(code)
    QLocale.setDefault(QLocale(QT_LOCALES[code]))
    qm = compiled_translation(code)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _translators.append(translator)
        else:
            log.warning("Could not load %s", qm)
    qt_translator = _qt_translator(app, code)
    if qt_translator is not None:
        app.installTranslator(qt_translator)
        _translators.append(qt_translator)
    log.info("Language: %s", code)
    return code


# --- the mouse wheel ---------------------------------------------------------------------

# Inputs whose value a wheel notch changes (spin boxes include date and time edits). Scroll
# bars are sliders too, but scrolling is what a wheel is for: a scroll area hands its wheel
# events to its bar.
_WHEEL_GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
_WHEEL_FREE = (QScrollBar,)


def _has_focus(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


class WheelGuard(QObject):
    """No input changes on a wheel event unless it has the keyboard focus.

    Scrolling a long form passes over combo boxes, spin boxes, date edits and sliders; Qt
    lets each of them take the notch and change its value (one notch over the Overview
    turned CONFIDENTIAL into SECRET). Installed on the application, this gives the notch to
    the parents instead, so the form scrolls on. Once the user clicked or tabbed into the
    input, the wheel changes it as before.
    """

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() != QEvent.Type.Wheel
            or not isinstance(obj, _WHEEL_GUARDED)
            or isinstance(obj, _WHEEL_FREE)
            or _has_focus(obj)
        ):
            return False
        position = obj.mapToParent(event.position())
        parent = obj.parentWidget()
        while parent is not None:
            passed = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
            )
            QApplication.sendEvent(parent, passed)
            if passed.isAccepted() or parent.isWindow():
                break
            position = parent.mapToParent(position)
            parent = parent.parentWidget()
        event.accept()
        return True


_wheel_guard: WheelGuard | None = None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the :class:`WheelGuard` on ``app`` (once)."""
    global _wheel_guard
    if _wheel_guard is None:
        _wheel_guard = WheelGuard(app)
        app.installEventFilter(_wheel_guard)
    return _wheel_guard


# --- application -------------------------------------------------------------------------


def create_application(argv: list[str] | None = None, *, language: str | None = None) -> QApplication:
    """The QApplication with consular's names, fonts, theme and translations (reused if one exists).

    ``language`` ("fr", from ``--lang``) overrides the Preferences setting for this run."""
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName("consular")
    with contextlib.suppress(FileNotFoundError):
        app.setWindowIcon(QIcon(str(paths.icon_path("app"))))
    install_fonts(app)
    install_wheel_guard(app)
    theme.apply_theme(app)
    theme.follow_platform_scheme(app)
    install_translations(app, language)
    return app


#: glibc's mallopt parameter for the number of malloc arenas (malloc.h: M_ARENA_MAX).
_M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """At most ``arenas`` malloc arenas in this process (Linux, glibc); True when set.

    glibc gives each thread that allocates its own arena (up to eight per core) and keeps the
    pages each one freed: the background operations' worker threads left 10-15 MB more
    resident after a big case was opened (bench_gui, 10,000 cases: 308 -> 295 MB). The GIL
    lets one thread allocate at a time anyway, so fewer arenas cost no waiting. Does nothing
    where MALLOC_ARENA_MAX is already set, or off glibc.
    """
    if not sys.platform.startswith("linux") or "MALLOC_ARENA_MAX" in os.environ:
        return False
    try:
        import ctypes

        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # musl and other C libraries have no mallopt
        return False


def _quit_on_interrupt(window) -> None:
    """Ctrl+C in the terminal closes the window the normal way (layout saved, demo removed).

    Python only sees the signal when Python code runs, so a timer gives it the chance."""
    signal.signal(signal.SIGINT, lambda *_args: window.close())
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(300)


def run(
    target: str | None,
    *,
    user: str | None = None,
    remember: bool = True,
    note: str | None = None,
    password: str | None = None,
    language: str | None = None,
) -> int:
    """Sign in to ``target`` (a SQLite path or URL), open the main window and run until it closes.

    ``target`` None opens the last database used, else the default one. The sign-in dialog
    comes first (``user`` fills in the name); ``password`` given (the ``--demo`` account the
    backend chose) signs in without it. ``remember`` False keeps the target out of the recent
    list (a throwaway demo database). ``note`` is shown in the status bar once it is open.
    ``language`` (``--lang``) overrides the language chosen in Preferences for this run.
    """
    limit_malloc_arenas()  # before the worker threads make theirs
    root = logging.getLogger()
    terminal_level = root.level
    errors.setup_logging()
    if terminal_level > logging.INFO:
        # The log file takes INFO; the terminal keeps what it showed (--verbose gives INFO).
        for handler in root.handlers:
            if not getattr(handler, "_consular", False) and handler.level == logging.NOTSET:
                handler.setLevel(terminal_level)
    errors.install_excepthook()
    errors.install_qt_message_handler()
    app = create_application(language=language)
    viewer_files.wipe()  # decrypted copies a crash left behind
    from consular.gui import security_actions
    from consular.gui.main_window import MainWindow

    window = MainWindow(user=user)
    target = target or window.startup_target()
    if password is None:
        opened = security_actions.ask_sign_in(target, user)
        if opened is None:
            log.info("Sign-in cancelled; consular closes")
            window.deleteLater()
            preload.wait()  # not ended by the interpreter's exit halfway through an import
            return 0
        window.show()
        security_actions.use_signed_in(window, opened, remember=remember, note=note)
    else:
        window.show()
        # The window is on the screen before the sign-in starts: the sign-in (and the services,
        # models and driver it imports in its worker) would otherwise share the GIL with the
        # first paint.
        after_first_paint(
            window,
            lambda: security_actions.sign_in_with_password(
                window, target, user, password, remember=remember, note=note
            ),
        )
    _quit_on_interrupt(window)
    code = app.exec()
    ops.shut_down()  # no worker may still run Python when the interpreter tears down
    window.release_database()
    preload.wait()
    clipboard.clear_now()  # a reference copied a moment ago does not outlive the app
    viewer_files.wipe()
    log.info("consular closed (exit code %s)", code)
    return int(code)

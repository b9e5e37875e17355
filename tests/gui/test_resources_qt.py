"""The shipped resources work in Qt: icons draw, stylesheets parse and apply, translations
compile and load. (Their presence and coverage: tests/test_resources.py.)"""

import subprocess
from pathlib import Path

import pytest

from consular import paths


def _all_svgs() -> list[Path]:
    return sorted(paths.icons_dir().glob("*.svg"))


@pytest.mark.parametrize("svg", _all_svgs(), ids=lambda p: p.stem)
def test_icon_renders_visible_pixels(qapp, svg):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert renderer.viewBox().width() == 24 and renderer.viewBox().height() == 24

    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    inked = sum(1 for y in range(48) for x in range(48) if image.pixelColor(x, y).alpha() > 128)
    # Something is drawn, and the icon is a drawing, not a filled square.
    assert 40 < inked < 48 * 48 * 0.8


def test_app_png_is_a_256_pixel_icon(qapp):
    from PySide6.QtGui import QImage

    image = QImage(str(paths.resources_dir() / "icons" / "app.png"))
    assert (image.width(), image.height()) == (256, 256)
    assert image.hasAlphaChannel()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_stylesheet_applies_and_marks_restricted_entries(qapp, qtbot, theme):
    from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

    # A stylesheet that fails to parse makes Qt log a warning, which fails this test
    # through qt_log_level_fail.
    qapp.setStyleSheet(paths.stylesheet_path(theme).read_text(encoding="utf-8"))
    try:
        window = QWidget()
        qtbot.addWidget(window)
        layout = QVBoxLayout(window)
        heading = QLabel("Case CA-2024-0001")
        heading.setProperty("role", "heading")
        card = QFrame()
        card.setProperty("role", "card")
        card.setProperty("overdue", True)
        badge = QLabel("RESTRICTED")
        badge.setProperty("role", "restricted")
        plain = QLabel("RESTRICTED")
        for widget in (heading, card, badge, plain, QLineEdit(), QTableView()):
            layout.addWidget(widget)
        window.show()
        qtbot.waitExposed(window)

        assert heading.font().pointSizeF() > plain.font().pointSizeF()
        badge_corner = badge.grab().toImage().pixelColor(badge.width() // 2, 1)
        plain_corner = plain.grab().toImage().pixelColor(plain.width() // 2, 1)
        # The badge is a red block; the same text without the role is not.
        assert badge_corner.red() > 120 and badge_corner.green() < 60
        assert badge_corner != plain_corner
    finally:
        qapp.setStyleSheet("")


def test_french_translation_compiles_and_translates(qapp, tmp_path):
    import PySide6
    from PySide6.QtCore import QTranslator

    # The wheel ships lrelease beside the Python package (pyside6-lrelease wraps it).
    lrelease = Path(PySide6.__file__).with_name("lrelease")
    qm = tmp_path / "consular_fr.qm"
    subprocess.run(
        [str(lrelease), str(paths.translations_dir() / "consular_fr.ts"), "-qm", str(qm)],
        check=True,
        capture_output=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Fichier"
    assert translator.translate("MainWindow", "&Quit") == "&Quitter"

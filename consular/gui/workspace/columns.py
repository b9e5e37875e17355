"""Column headers of the workspace's record tables, in the user's language.

A table's ``COLUMNS`` are declared when its module is imported, before the language is known,
so each header is written with ``QT_TRANSLATE_NOOP(<context>, "Header")`` and translated here,
when the view asks for it (after a language switch too).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt


class TranslatedHeaders:
    """Mix in before a ``ColumnsModel`` subclass: its horizontal headers are translated under
    ``HEADER_CONTEXT`` (the context the headers are marked with)."""

    HEADER_CONTEXT = ""

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        value = super().headerData(section, orientation, role)
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and isinstance(value, str)
            and 0 <= section < len(self.COLUMNS)
        ):
            return QCoreApplication.translate(self.HEADER_CONTEXT, self.COLUMNS[section].header)
        return value

"""The case list's saved filters and "Export list…" (mixed into ``CaseListView``).

A saved definition (:class:`consular.domain.filters.CaseListSetup`) holds lists of values,
while the filter combos hold one choice each: a saved value no combo offers (two posts,
"BAM, LFW") is added to its combo as a choice of its own, so applying a filter never
silently shows something else. "Mine" is kept as :data:`ME`, so a filter shared with a post
shows each reader their own cases.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QComboBox

from consular.domain.filters import ME, CaseListSetup
from consular.gui import list_export_action
from consular.gui.case_table import COL_WHY, short_kind
from consular.gui.text import number_text

if TYPE_CHECKING:
    from consular.services.saved_filters import SavedFilterView

translate = QCoreApplication.translate


class SavedListText(QObject):
    """The mixin's plural sentences (``tr`` of a QObject gives Qt's plural forms)."""

    def exported(self, rows: int, path: str) -> str:
        return self.tr("Exported {count} case(s) to {path}.", "", rows).format(count=number_text(rows), path=path)


def _plain(value):
    """A combo's data compared by value: Qt may hand enum members back as plain strings."""
    if isinstance(value, list):
        return [str(getattr(v, "value", v)) for v in value]
    return None if value is None else str(getattr(value, "value", value))


def _select(combo: QComboBox, value, text: str) -> None:
    """Choose ``value`` in ``combo``, adding it as a choice when no item holds it."""
    wanted = _plain(value)
    index = next((i for i in range(combo.count()) if _plain(combo.itemData(i)) == wanted), -1)
    if index < 0:
        combo.addItem(text, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


class SavedListMixin:
    """Needs the CaseListView's combos, search box, model, table and ``_me``."""

    def current_setup(self) -> CaseListSetup:
        flt = self.current_filter()
        if flt.assignee_username and flt.assignee_username == self._me:
            flt.assignee_username = ME
        _flt, sort, descending, _ids = self.model.export_args()
        return CaseListSetup(flt, self.search_box.text().strip(), sort, descending)

    def current_definition(self) -> dict:
        return self.current_setup().definition()

    def apply_saved(self, saved: SavedFilterView) -> None:
        """Show the list as ``saved`` describes it: filters, search text and sort."""
        setup, dropped = CaseListSetup.from_definition(saved.definition, me=self._me)
        flt = setup.filter
        combos = (self.status_filter, self.kind_filter, self.post_filter, self.assignee_filter)
        for combo in combos:
            combo.blockSignals(True)
        _select(self.status_filter, list(flt.statuses), ", ".join(s.label for s in flt.statuses))
        _select(self.kind_filter, list(flt.kinds), ", ".join(short_kind(k) for k in flt.kinds))
        _select(self.post_filter, list(flt.post_codes), ", ".join(flt.post_codes))
        if flt.assignee_username:
            _select(self.assignee_filter, flt.assignee_username, flt.assignee_username)
        else:
            self.assignee_filter.setCurrentIndex(0)
        for combo in combos:
            combo.blockSignals(False)
        placed = self.model.sort_for(setup.sort, setup.descending)
        if placed is not None:
            self.table.horizontalHeader().setSortIndicator(*placed)
        self._filters_changed()
        self.search_box.setText(setup.search)
        if dropped:
            self.search_message.setText(
                translate(
                    "SavedListMixin", "“{name}” names values this version no longer has ({values}); they were left out."
                ).format(name=saved.name, values=", ".join(dropped))
            )
            self.search_message.show()

    def filters_in_words(self) -> str:
        parts = [self.filter_description()]
        if self.search_box.text().strip():
            parts.append(translate("SavedListMixin", "Search “{words}”").format(words=self.search_box.text().strip()))
        column, order = self.model.sort_state()
        header = self.model.headerData(column, Qt.Horizontal)
        if column == COL_WHY:
            parts.append(translate("SavedListMixin", "sorted by best match"))
        elif header and order == Qt.DescendingOrder:
            parts.append(translate("SavedListMixin", "sorted by {column} (descending)").format(column=header))
        elif header:
            parts.append(translate("SavedListMixin", "sorted by {column} (ascending)").format(column=header))
        return " · ".join(p for p in parts if p)

    def export_list(self) -> None:
        from consular.services import lists

        ctx = self.model.ctx
        if ctx is None:
            return
        flt, sort, descending, order_ids = self.model.export_args()
        described = self.filters_in_words()

        def write(path: str) -> int:
            return lists.export_case_list(
                ctx, path, flt, sort=sort, descending=descending, order_ids=order_ids, described=described
            )

        def done(path: str, rows: int) -> None:
            self.search_message.setText(SavedListText().exported(rows, path))
            self.search_message.show()

        list_export_action.export_list(
            self, translate("SavedListMixin", "Export the case list"), "cases.xlsx", write, done
        )

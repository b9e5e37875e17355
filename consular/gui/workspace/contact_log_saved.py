"""The contact log's saved filters and "Export…" (mixed into ``ContactLogTab``).

A saved contact filter holds categories, channels, a date range, words and whether voided
entries show; counterparts are not kept (they belong to one case, a saved filter to every
case). A saved value the combos do not offer (two channels) is added to its combo as a
choice of its own. Dates are kept as instants and shown as days in the case's zone.
"""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox

from consular.domain.filters import contact_filter_definition, contact_filter_from_definition
from consular.gui import list_export_action
from consular.services import lists
from consular.services.saved_filters import SavedFilterView


def _plain(value):
    """A combo's data compared by value: Qt may hand enum members back as plain strings."""
    if isinstance(value, list):
        return [str(getattr(v, "value", v)) for v in value]
    return None if value is None else str(getattr(value, "value", value))


def _select(combo: QComboBox, values: list) -> None:
    if not values:
        combo.setCurrentIndex(0)
        return
    wanted = _plain(values[0] if len(values) == 1 else list(values))
    index = next((i for i in range(combo.count()) if _plain(combo.itemData(i)) == wanted), -1)
    if index < 0:
        combo.addItem(", ".join(v.label for v in values), list(values))
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def combo_values(combo: QComboBox, enum_type) -> list:
    """What a filter combo selects, as members of ``enum_type`` (one, a saved several, none)."""
    data = combo.currentData()
    values = data if isinstance(data, list) else ([data] if data else [])
    return [enum_type(_plain(v)) for v in values]


class SavedContactsMixin:
    """Needs the ContactLogTab's filter widgets, model, status label and times."""

    def current_definition(self) -> dict:
        return contact_filter_definition(self.current_filter())

    def apply_saved(self, saved: SavedFilterView) -> None:
        flt, dropped = contact_filter_from_definition(saved.definition)
        zone = ZoneInfo(self.times.zone)
        widgets = (self.category, self.channel, self.since, self.until, self.text, self.show_voided)
        for widget in widgets:
            widget.blockSignals(True)
        _select(self.category, flt.categories)
        _select(self.channel, flt.channels)
        self.since.set_value(flt.since.astimezone(zone).date() if flt.since else None)
        # The filter's end is the start of the day after the last one shown.
        self.until.set_value((flt.until - timedelta(microseconds=1)).astimezone(zone).date() if flt.until else None)
        self.text.setText(flt.text or "")
        self.show_voided.setChecked(flt.include_voided)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()
        if dropped:
            self.status.setText(
                QCoreApplication.translate(
                    "SavedContactsMixin", "“{name}” names values this version no longer has ({values})."
                ).format(name=saved.name, values=", ".join(dropped))
            )

    def filters_in_words(self) -> str:
        """The filters as a line for people (the export's heading): in the user's language."""

        def day(value) -> str:
            return QLocale().toString(value, "d MMM yyyy")

        f = self.current_filter()
        parts = [
            self.tr("counterparts: {list}").format(list=", ".join(c.label for c in f.categories))
            if f.categories
            else "",
            self.tr("channels: {list}").format(list=", ".join(c.label for c in f.channels)) if f.channels else "",
            self.tr("from {day}").format(day=day(self.since.value_or_none())) if f.since else "",
            self.tr("to {day}").format(day=day(self.until.value_or_none())) if f.until else "",
            self.tr("words “{text}”").format(text=f.text) if f.text else "",
            self.tr("voided entries shown") if f.include_voided else "",
            self.tr("newest first"),
        ]
        return " · ".join(p for p in parts if p)

    def export_list(self) -> None:
        ctx, reference = self.ctx, self.reference
        flt, described = self.current_filter(), self.filters_in_words()

        def write(path: str) -> int:
            return lists.export_contact_list(ctx, reference, path, flt, described=described)

        def done(path: str, rows: int) -> None:
            self.status.setText(
                QCoreApplication.translate("SavedContactsMixin", "Exported %Ln entry(ies) to {path}.", "", rows).format(
                    path=path
                )
            )

        title = QCoreApplication.translate("SavedContactsMixin", "Export the contact log")
        list_export_action.export_list(self, title, f"{reference}-contacts.xlsx", write, done)

"""The Timeline tab of a case: a drawn chronology above a list, and exports.

- :mod:`.tab` — :class:`TimelineTab`, which puts the pieces together: filters, selection kept
  in step between chronology and list, the detail pane, exports in the background.
- :mod:`.chronology` — :class:`ChronologyView`, the zoomable time axis with one lane per event
  type (painted by :mod:`.chronology_paint`, ticks from :mod:`.axis`).
- :mod:`.model` — :class:`TimelineTableModel` (rows fetched in batches) and its sort proxy.
- :mod:`.export_dialog` — :class:`ExportDialog`, what to export and where.
- :mod:`.detail` — the selected event as HTML; :mod:`.event_types` — each type's icon and colour.

The chronology and the list hold the same events; selecting in either selects in both.
Double-click or Enter emits ``open_source(entity, id)``: ``contact``, ``milestone``, ``task``,
``document`` or ``case`` with the record's id, ``person`` with the person's id for a hostage
status change, and ``status_change`` for a case status change.

Events are loaded once through the timeline service in the background (restricted ones
included, marked as such); the type toggles, the restricted switch and the text filter work
on what was loaded. Exports run in the background (gui/ops.py) with a progress bar and can be
cancelled.
"""

from consular.gui.timeline.chronology import ChronologyView
from consular.gui.timeline.export_dialog import ExportDialog
from consular.gui.timeline.model import TimelineSortProxy, TimelineTableModel
from consular.gui.timeline.tab import TimelineTab

__all__ = ["ChronologyView", "ExportDialog", "TimelineSortProxy", "TimelineTab", "TimelineTableModel"]

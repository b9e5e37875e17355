"""The import wizard's state as plain data: the kind, the file read, the column of each field,
the date order and default country, and the mapping they make, without widgets."""

from __future__ import annotations

from dataclasses import dataclass, field

from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.services.importing import mapping as maps
from consular.services.importing.reading import Table

NOT_MAPPED = ""
PREVIEW_ROWS = 20


@dataclass
class ImportForm:
    kind: str = "people"
    path: str = ""
    table: Table | None = None
    #: field name → header of the file ("" when no column holds it)
    columns: dict[str, str] = field(default_factory=dict)
    date_order: str | None = None
    default_country: str | None = None

    @property
    def headers(self) -> list[str]:
        return self.table.headers if self.table is not None else []

    def preview(self) -> list[list[str]]:
        rows = self.table.rows[:PREVIEW_ROWS] if self.table is not None else []
        return [["" if c is None else str(c) for c in row] for row in rows]

    def fields(self) -> tuple[maps.FieldSpec, ...]:
        return maps.FIELDS[self.kind]

    def use_table(self, table: Table) -> None:
        """The file was read: take the saved mapping if it fits its headers, else a suggestion."""
        self.table = table
        suggested = maps.saved_or_suggested(self.kind, table.headers)
        self.columns = {name: header for header, name in suggested.columns.items()}
        self.date_order = suggested.date_order
        self.default_country = suggested.default_country

    def set_column(self, field_name: str, header: str) -> None:
        """Map ``header`` to ``field_name`` (NOT_MAPPED clears it); a header moves off any other field."""
        for name, current in list(self.columns.items()):
            if current == header and name != field_name:
                del self.columns[name]
        if header == NOT_MAPPED:
            self.columns.pop(field_name, None)
        else:
            self.columns[field_name] = header

    def mapping(self) -> maps.Mapping:
        return maps.Mapping(
            self.kind,
            {header: name for name, header in self.columns.items() if header},
            self.date_order or None,
            (self.default_country or "").strip().upper() or None,
        )

    def problem(self) -> str | None:
        """Why the mapping cannot be used yet (the page says it), or None."""
        if self.table is None:
            return translate("gui.forms.import_form", "Choose a file first.")
        try:
            self.mapping().check(self.headers)
        except ValidationError as exc:
            return str(exc)
        return None

    def save_mapping(self) -> None:
        maps.save(self.mapping())

"""The PySide6 desktop face. Widgets call services (through gui.ops for anything slow),
never the ORM or a Session."""

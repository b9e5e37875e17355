"""Qt-free domain vocabulary: enums, errors, validation and time helpers."""

"""Writers (PDF, CSV, JSON, ICS) over plain data built by the services; never ORM, never Qt."""

from consular.reports import words  # noqa: F401  (spelled ``reports.words.tr`` by callers: see that module)

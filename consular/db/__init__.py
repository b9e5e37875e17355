"""Persistence: ORM models, engine/session factory, the SQL dialect seam and migrations."""

# The detention tables live in their own module; importing it here puts them in Base.metadata
# for anything that reaches the models (the app, alembic, the tests).
# So do the duplicate finder's, the merges' and the import batches' tables.
# And the repatriation checklists'.
# And the family update log's.
# And the counts Home reads (kept by triggers).
from consular.db import (
    detention_models,  # noqa: F401
    family_models,  # noqa: F401
    home_counts,  # noqa: F401
    repatriation_models,  # noqa: F401
    tool_models,  # noqa: F401
)

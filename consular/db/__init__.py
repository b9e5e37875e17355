"""Persistence: ORM models, engine/session factory, the SQL dialect seam and migrations."""

# The detention tables live in their own module; importing it here puts them in Base.metadata
# for anything that reaches the models (the app, alembic, the tests).
from consular.db import detention_models  # noqa: F401

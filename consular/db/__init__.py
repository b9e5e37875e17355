"""Persistence: ORM models, engine/session factory, the SQL dialect seam and migrations."""

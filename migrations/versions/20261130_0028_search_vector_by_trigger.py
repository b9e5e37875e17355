"""PostgreSQL: ``search_documents.search_vector`` kept by a trigger instead of generated, so a
bulk load can write it.

Revision 0007 made the vector a stored generated column. The server then computes it for every
row written, about 400 µs of server CPU per document: at 100,000 cases (4.2 million documents)
that alone was most of the synthetic generation's half hour, and a generated column cannot be
given a value, not even by ``COPY``. Now it is a plain column with the same values (``DROP
EXPRESSION`` keeps them; nothing is rewritten) and a trigger computes the very same
expression:
- before an insert whose vector is NULL (every ordinary insert: the ORM never names the
  column), so the generator's ``COPY`` may hand over vectors it computed itself
  (:mod:`consular.db.pg_vectors`, which answers only where it gives the server's vector
  exactly, and leaves the others NULL for this trigger);
- before every update, whatever it changes, as the generated column was recomputed on every
  update.

SQLite: nothing changes.

Revision ID: 0028
Revises: 0027
Create Date: 2026-11-30 17:00:00+00:00
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from alembic import op

revision = "0028"
down_revision = "0027"
branch_labels = None
depends_on = None


def _revision_0007():
    """Revision 0007's module: its expression is the one to keep, character for character."""
    path = next(Path(__file__).parent.glob("*_0007_*.py"))
    spec = importlib.util.spec_from_file_location("consular_migration_0007", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def vector_expression(title: str, body: str) -> str:
    words = _revision_0007().pg_words
    return (
        f"setweight(to_tsvector('simple'::regconfig, {words(title)}), 'A') || "
        f"setweight(to_tsvector('simple'::regconfig, {words(body)}), 'B')"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("ALTER TABLE search_documents ALTER COLUMN search_vector DROP EXPRESSION")
    op.execute(
        "CREATE FUNCTION search_documents_vector() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n"
        f"  NEW.search_vector := {vector_expression('NEW.title', 'NEW.body')};\n"
        "  RETURN NEW;\n"
        "END\n$$"
    )
    # WHEN is checked without calling the function: a row that brings its vector costs nothing.
    op.execute(
        "CREATE TRIGGER search_documents_vector_bi BEFORE INSERT ON search_documents FOR EACH ROW "
        "WHEN (NEW.search_vector IS NULL) EXECUTE FUNCTION search_documents_vector()"
    )
    op.execute(
        "CREATE TRIGGER search_documents_vector_bu BEFORE UPDATE ON search_documents FOR EACH ROW "
        "EXECUTE FUNCTION search_documents_vector()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER search_documents_vector_bu ON search_documents")
    op.execute("DROP TRIGGER search_documents_vector_bi ON search_documents")
    op.execute("DROP FUNCTION search_documents_vector()")
    # A column cannot become generated again: made anew (the table is rewritten), as 0007 did.
    op.execute("DROP INDEX ix_search_documents_fts")
    op.execute("ALTER TABLE search_documents DROP COLUMN search_vector")
    op.execute(
        "ALTER TABLE search_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        f"{vector_expression('title', 'body')}) STORED"
    )
    op.execute("CREATE INDEX ix_search_documents_fts ON search_documents USING gin (search_vector)")
    op.execute("ALTER TABLE search_documents ALTER COLUMN search_vector SET STATISTICS 1000")
    op.execute("ANALYZE search_documents")

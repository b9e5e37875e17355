"""Search whose cost follows the page shown: prefix indexes and a stored search vector.

- SQLite: the FTS5 table over search_documents is made again with prefix indexes for one to
  three letters (``prefix='1 2 3'``), so that search-as-you-type ("s", "ge", "emb") walks one
  stored list instead of merging every word that starts so; it is rebuilt from
  search_documents. The triggers that keep it in step are unchanged.
- PostgreSQL: a stored, weighted ``search_vector`` column (title A, body B), generated from the
  row, so nothing is parsed at query time; the GIN index ``ix_search_documents_fts`` moves from
  the expression to the column. Before parsing, the text is lower-cased, Latin diacritics are
  folded (as FTS5's ``remove_diacritics 2``) and separators PostgreSQL's parser would keep in a
  token become spaces, so "ABJ-2021-0028" is three words as on SQLite, not a word and two
  signed integers.

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-29 23:00:00+00:00
"""

from __future__ import annotations

import unicodedata

from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize=\"unicode61 remove_diacritics 2 categories 'L* M* N* Co'\""
SEPARATORS = (
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u00a0\u2009\u200b\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00ab\u00bb\u00b7\u2022"
)


def latin_folds() -> tuple[str, str]:
    """(accented, plain) as in consular.db.dialect at this revision (a test holds them equal)."""
    accented, plain = [], []
    for cp in range(0xC0, 0x250):
        ch = chr(cp)
        parts = unicodedata.normalize("NFD", ch)
        if (
            len(parts) > 1
            and parts[0].isascii()
            and parts[0].isalpha()
            and all(unicodedata.category(c) == "Mn" for c in parts[1:])
        ):
            accented.append(ch)
            plain.append(parts[0].lower())
    return "".join(accented), "".join(plain)


def _sql_literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def pg_words(column: str) -> str:
    """The text PostgreSQL parses: lower case, Latin diacritics folded, separators as spaces.

    ``translate`` compares each character with every one of its list, so it runs only on text
    that has a Latin letter with a diacritic; the separators go in one regular-expression
    pass. (Translating every row with both lists made the upgrade of 420,000 rows five times
    slower.)"""
    accented, plain = latin_folds()
    separators = "[" + "".join("\\" + c if c in "\\]^-[" else c for c in SEPARATORS) + "]"
    lowered = f"lower(coalesce({column}, ''))"
    folded = (
        f"CASE WHEN {column} ~ '[\u00c0-\u024f]' "
        f"THEN translate({lowered}, {_sql_literal(accented)}, {_sql_literal(plain)}) ELSE {lowered} END"
    )
    return f"regexp_replace({folded}, {_sql_literal(separators)}, ' ', 'g')"


def _fts5(prefix: bool) -> str:
    extra = ", prefix='1 2 3'" if prefix else ""
    return (
        "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content='search_documents', "
        f"content_rowid='id', {TOKENIZE}{extra})"
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
        op.execute(_fts5(prefix=True))
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        return
    op.execute("DROP INDEX IF EXISTS ix_search_documents_fts")
    op.execute(
        "ALTER TABLE search_documents ADD COLUMN search_vector tsvector GENERATED ALWAYS AS ("
        f"setweight(to_tsvector('simple'::regconfig, {pg_words('title')}), 'A') || "
        f"setweight(to_tsvector('simple'::regconfig, {pg_words('body')}), 'B')) STORED"
    )
    op.execute("CREATE INDEX ix_search_documents_fts ON search_documents USING gin (search_vector)")
    # More most-common lexemes in the statistics, so the planner tells a medium word (GIN, then
    # sort its few thousand rows) from a common one (walk the primary key from the end).
    op.execute("ALTER TABLE search_documents ALTER COLUMN search_vector SET STATISTICS 1000")
    op.execute("ANALYZE search_documents")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
        op.execute(_fts5(prefix=False))
        op.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        return
    op.execute("DROP INDEX IF EXISTS ix_search_documents_fts")
    op.execute("ALTER TABLE search_documents DROP COLUMN search_vector")
    op.execute(
        "CREATE INDEX ix_search_documents_fts ON search_documents USING gin ("
        "to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(body, '')))"
    )

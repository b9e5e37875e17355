"""SQLite: a prefix longer than the indexed ones read as the few words of the index it stands for.

Part of the database seam (:mod:`consular.db.dialect`, whose match expression uses it). FTS5
has prefix indexes for one to three letters (``prefix='1 2 3'``); for a longer prefix
("embas*") it merges the lists of every word that starts so into one list before it returns a
row, whatever the LIMIT: at 100,000 cases "embas*" (1.9 million rows of "embassy") cost 72-83
ms CPU per statement, and the case list's filter ran it twice. The words themselves are read
from the index's vocabulary (an ``fts5vocab`` table of kind ``instance``: one seek per word,
reading one entry of each, where the ``row`` kind counts every entry of a word first and costs
nearly the merge), and the query names them: ``"embas"*`` becomes ``"embassy"``, or
``("embassy" OR "embassies")``, whose lists FTS5 reads lazily from their newest end. The rows,
their order and every later result are the same: the words are all those in the index that
start with the prefix, read in the same transaction as the query.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

# A temporary table, per connection: the index's words, one row per entry.
VOCABULARY = "consular_search_words"
# Past this many words the plain prefix stays. Each step past a word reads that word's pages of
# the index, so the walk costs what the merge reads, in less CPU; a long walk through common words
# (64 words from "c" at 100,000 cases: 383 ms CPU) is then paid on top of the merge. The query
# itself stays cheap (64 words ORed, newest 400 rows: 1 ms).
MAX_WORDS = 64


def _vocabulary(raw) -> bool:
    """True once the connection has the vocabulary table (made here the first time). False where
    it cannot be made: a read-only connection (``query_only``) writes not even a temporary table."""
    found = raw.execute("SELECT 1 FROM sqlite_temp_master WHERE type = 'table' AND name = ?", (VOCABULARY,)).fetchone()
    if found:
        return True
    try:
        raw.execute(f"CREATE VIRTUAL TABLE temp.{VOCABULARY} USING fts5vocab(main, 'search_fts', 'instance')")
    except Exception:  # noqa: BLE001 - any driver (sqlite3, sqlcipher3) refusing it: keep the prefix
        return False
    return True


def words(conn: Connection, prefix: str, known: dict | None = None) -> list[str] | None:
    """The words of the full-text index that start with ``prefix`` (folded, as the index holds
    them), in the index's order; None when there are more than :data:`MAX_WORDS` or the
    vocabulary cannot be read on this connection (then query the prefix itself).

    Reading them costs little for rare words, but proving that no word follows a common one
    ("embassy") reads that word's pages of the index (about 5 ms at 100,000 cases, against 72
    for the prefix). ``known`` (prefix -> words), kept by the caller for one read transaction,
    reads them once for the several statements of one search: the index cannot change under a
    transaction that does not write it."""
    if known is not None and prefix in known:
        return known[prefix]
    found = _read(conn, prefix)
    if known is not None:
        known[prefix] = found
    return found


def _read(conn: Connection, prefix: str) -> list[str] | None:
    raw = conn.connection.dbapi_connection
    if not _vocabulary(raw):
        return None
    found: list[str] = []
    start = prefix
    # Each step seeks the first word at or after ``start`` and reads one entry of it; the next
    # starts just past that word ("embassy\0" sorts after "embassy" and before any longer word).
    while len(found) <= MAX_WORDS:
        row = raw.execute(f"SELECT term FROM temp.{VOCABULARY} WHERE term >= ? LIMIT 1", (start,)).fetchone()
        if row is None or not row[0].startswith(prefix):
            return found
        if found and row[0] <= found[-1]:  # a driver that cut the string at the NUL: do not loop
            return None
        found.append(row[0])
        start = row[0] + "\0"
    return None

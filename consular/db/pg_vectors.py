"""PostgreSQL's search vector of a ``search_documents`` row, computed in Python for bulk loads.

The server computes ``search_vector`` (revision 0007's expression, kept by revision 0028's
trigger) at about 400 µs of server CPU per document, most of it ``regexp_replace`` and
``to_tsvector``: at 100,000 cases (4.2 million documents) that alone is half an hour. A bulk
load computes the same vector here and hands it to ``COPY`` in tsvector's text form.

It must be *exactly* the server's vector, so :func:`vector` answers only where the result is
certain and returns ``None`` otherwise, and then the server computes it (the trigger fills a
NULL vector):
- only for a database whose ``LC_CTYPE`` is ``C`` with UTF-8 text (:func:`usable`): there
  ``lower()`` folds ASCII letters only and the parser reads every non-ASCII character as a
  letter, so after the expression's own steps (lower case, Latin diacritics folded, every
  separator of :data:`~consular.db.dialect.PG_SEPARATORS` a space) a token is a run of ASCII
  letters and digits and non-ASCII characters; any other locale: the server, always;
- not for a document with a word the parser would refuse (2,047 bytes or more), with 16,383
  words or more (positions are capped there), or with a word more than 256 times (positions
  per word are capped there): the server.

Positions: title words are 1, 2, ... with weight A; body words continue after the title's last
position with weight B (``setweight(title, 'A') || setweight(body, 'B')``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import islice

from consular.db.dialect import ACCENTED, PG_SEPARATORS, PLAIN

__all__ = ["usable", "vector"]

# One pass: ASCII upper case to lower, Latin letters with diacritics to their plain letter,
# separators to spaces. The server does the three one after the other; the sets do not overlap,
# so one table gives the same text.
_TABLE = str.maketrans(
    {
        **{chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)},
        **dict(zip(ACCENTED, PLAIN, strict=True)),
        **dict.fromkeys(PG_SEPARATORS, " "),
    }
)
# For ASCII text: ASCII control characters become spaces too, so that str.split() parts words
# exactly where the parser does (it also splits at Unicode spaces, which never occur in ASCII).
_ASCII_TABLE = {**_TABLE, **dict.fromkeys([*range(0x20), 0x7F], " ")}
# What the default parser makes a token of under the C locale, once separators are spaces:
# ASCII control characters and spaces part words, everything else belongs to one.
_TOKEN = re.compile("[0-9a-z\x80-\U0010ffff]+")
_MAX_POSITION = 16383  # tsvector's positions stop there
_MAX_POSITIONS = 256  # positions kept per word
_MAX_WORD_BYTES = 2047  # the parser skips longer words
# Each position's text, made once: "1A", "2A", ... for the title, "1B", ... for the body.
_TITLE_POSITIONS = [f"{n}A" for n in range(_MAX_POSITION)]
_BODY_POSITIONS = [f"{n}B" for n in range(_MAX_POSITION)]
# A word longer than this many characters may be over the byte limit (4 bytes a character).
_SAFE_CHARS = _MAX_WORD_BYTES // 4


def usable(conn) -> bool:
    """Whether :func:`vector` gives this database's vectors: C ``LC_CTYPE``, UTF-8 encoding.
    ``conn`` is a DB-API (psycopg) connection."""
    row = conn.execute(
        "SELECT datctype, pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    return row is not None and row[0] in ("C", "POSIX") and row[1] == "UTF8"


def _words(text: str | None) -> list[str]:
    if not text:
        return []
    if text.isascii():  # the common case: split() is several times faster than the pattern
        return text.translate(_ASCII_TABLE).split()
    return _TOKEN.findall(text.translate(_TABLE))


def _too_long(words: list[str]) -> bool:
    return len(max(words, key=len)) > _SAFE_CHARS and any(len(w.encode()) >= _MAX_WORD_BYTES for w in words)


def vector(title: str | None, body: str | None) -> str | None:
    """The row's ``search_vector`` as tsvector text (``'word':1A,4B ...``), or ``None`` where
    only the server may say (see the module's docstring)."""
    title_words = _words(title)
    body_words = _words(body)
    first = len(title_words)
    if first + len(body_words) >= _MAX_POSITION:
        return None
    if (title_words and _too_long(title_words)) or (body_words and _too_long(body_words)):
        return None
    positions: defaultdict[str, list[str]] = defaultdict(list)
    for word, position in zip(title_words, islice(_TITLE_POSITIONS, 1, None), strict=False):
        positions[word].append(position)
    for word, position in zip(body_words, islice(_BODY_POSITIONS, first + 1, None), strict=False):
        positions[word].append(position)
    if positions and max(map(len, positions.values())) > _MAX_POSITIONS:
        return None
    return " ".join([f"'{word}':{','.join(positions[word])}" for word in sorted(positions)])

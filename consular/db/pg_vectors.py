"""PostgreSQL's search vector of a ``search_documents`` row, computed in Python for bulk loads.

The server computes ``search_vector`` (revision 0007's expression, kept by revision 0028's
trigger) at about 100 µs of server CPU per document (``regexp_replace`` and ``to_tsvector``
mostly), on the load's one backend: at 100,000 cases (4.2 million documents) about seven
minutes of one core, more than the rest of the load's server work together. A bulk
load computes the same vector here and hands it to a binary ``COPY`` in tsvector's binary form
(the server then only copies it: parsing the text form cost it about 13 µs a document).

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
# The same for ASCII characters, as bytes, with ASCII control characters as spaces too, so that
# bytes.split() parts words exactly where the parser does. Bytes from 0x80 up (UTF-8's
# multi-byte sequences) are left as they are: the parser reads every non-ASCII character as a
# letter.
_ASCII_TABLE = bytes(
    0x20 if b < 0x20 or b == 0x7F or (b < 0x80 and chr(b) in PG_SEPARATORS) else b + 32 if 0x41 <= b <= 0x5A else b
    for b in range(256)
)
# Runs of non-ASCII characters, folded with _TABLE before the rest goes through _ASCII_TABLE.
_NON_ASCII = re.compile("[^\x00-\x7f]+")
# What the default parser makes a token of under the C locale, once separators are spaces:
# ASCII control characters and spaces part words, everything else belongs to one.
_TOKEN = re.compile("[0-9a-z\x80-\U0010ffff]+")
_MAX_POSITION = 16383  # tsvector's positions stop there
_MAX_POSITIONS = 256  # positions kept per word
_MAX_WORD_BYTES = 2047  # the parser skips longer words
# Each position as tsvector's binary form has it, made once: 16 bits, the weight in the top two
# (A is 3, B is 2), the position in the rest. Title words are A, body words B.
_TITLE_POSITIONS = [(0xC000 | n).to_bytes(2, "big") for n in range(_MAX_POSITION)]
_BODY_POSITIONS = [(0x8000 | n).to_bytes(2, "big") for n in range(_MAX_POSITION)]
_COUNTS = [n.to_bytes(2, "big") for n in range(_MAX_POSITIONS + 1)]


def usable(conn) -> bool:
    """Whether :func:`vector` gives this database's vectors: C ``LC_CTYPE``, UTF-8 encoding.
    ``conn`` is a DB-API (psycopg) connection."""
    row = conn.execute(
        "SELECT datctype, pg_encoding_to_char(encoding) FROM pg_database WHERE datname = current_database()"
    ).fetchone()
    return row is not None and row[0] in ("C", "POSIX") and row[1] == "UTF8"


def _fold(run: re.Match) -> str:
    return run.group().translate(_TABLE)


def _words(text: str | None) -> list[bytes]:
    """The words the server indexes, in order, UTF-8 encoded.

    Bytes rather than the token pattern: ``bytes.translate`` and ``bytes.split()`` are several
    times faster than :data:`_TOKEN` over a ``str`` translated by a table of characters (a
    dictionary look-up per character). Text with non-ASCII characters (one contact note in
    eight: a name with an accent) first has only those runs folded: what they fold to is lower
    case or a space, and every other character of them stays a letter byte."""
    if not text:
        return []
    if not text.isascii():
        text = _NON_ASCII.sub(_fold, text)
    return text.encode().translate(_ASCII_TABLE).split()


def _words_by_pattern(text: str | None) -> list[bytes]:
    """:func:`_words` as the server's steps read, one after the other: what the tests hold it to."""
    if not text:
        return []
    return [word.encode() for word in _TOKEN.findall(text.translate(_TABLE))]


def vector(title: str | None, body: str | None) -> bytes | None:
    """The row's ``search_vector`` in tsvector's binary form (what ``tsvectorsend`` gives and
    binary ``COPY`` takes), or ``None`` where only the server may say (see the module's
    docstring)."""
    title_words = _words(title)
    first = len(title_words)
    words = title_words + _words(body)
    count = len(words)
    if count >= _MAX_POSITION:
        return None
    if words and len(max(words, key=len)) >= _MAX_WORD_BYTES:
        return None
    # Each word with its position (1, 2, ... across title then body) and weight, in one pass.
    positions: dict[bytes, list[bytes]] = {}
    known = positions.get
    for word, position in zip(
        words, _TITLE_POSITIONS[1 : first + 1] + _BODY_POSITIONS[first + 1 : count + 1], strict=True
    ):
        held = known(word)
        if held is None:
            positions[word] = [position]
        else:
            held.append(position)
    # (No word can come more than _MAX_POSITIONS times in fewer words than that.)
    if count > _MAX_POSITIONS and max(map(len, positions.values())) > _MAX_POSITIONS:
        return None
    # Lexemes in byte order (the server's), each NUL-terminated, its position count, its positions.
    parts = [len(positions).to_bytes(4, "big")]
    for word in sorted(positions):
        held = positions[word]
        parts += (word, b"\0", _COUNTS[len(held)])
        parts += held
    return b"".join(parts)

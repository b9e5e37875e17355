"""consular.db.pg_vectors without a server: its fast word split is the server's steps read one
after the other, and its vectors are what a plain reading of tsvector's binary form gives.
(That the server agrees is tests/test_pg_bulk.py's, on hostile text.)"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from consular.db import pg_vectors
from consular.db.dialect import ACCENTED, PG_SEPARATORS

# Text where the fast path could go wrong: ASCII letters of both cases, digits, every separator
# (some of them non-ASCII, with UTF-8 bytes like 0xA0 and 0xAB inside other characters), Latin
# letters to fold, control characters, other scripts, combining marks, astral characters.
ALPHABET = st.one_of(
    st.sampled_from("aZ09 \t\n\x01\x7f" + PG_SEPARATORS + ACCENTED[:40] + "ßİıǅ\u0301\u0a4b\u0aae\u0ab2ઋ«»·"),
    st.characters(codec="utf-8", exclude_categories=["Cs"]),
)
TEXT = st.one_of(st.none(), st.text(ALPHABET, max_size=200))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_the_word_split_is_the_servers_steps(text):
    assert pg_vectors._words(text) == pg_vectors._words_by_pattern(text)


def test_a_gujarati_name_is_one_word_each_though_its_bytes_look_like_separators():
    # U+0ACB's UTF-8 bytes are E0 AB 8B: 0xAB is "«" in Latin-1, a separator character.
    assert pg_vectors._words("Komal Shah કોમલ શાહ") == [b"komal", b"shah", "કોમલ".encode(), "શાહ".encode()]


def _plain_vector(title, body) -> bytes | None:
    """tsvector's binary form written out the plain way: lexemes in byte order, each with its
    NUL, its count and its positions (weight A for the title's, B for the body's)."""
    words = [(w, 3) for w in pg_vectors._words_by_pattern(title)] + [(w, 2) for w in pg_vectors._words_by_pattern(body)]
    if len(words) >= 16383 or any(len(w) >= 2047 for w, _weight in words):
        return None
    lexemes: dict[bytes, list[int]] = {}
    for position, (word, weight) in enumerate(words, 1):
        lexemes.setdefault(word, []).append(weight << 14 | position)
    if any(len(p) > 256 for p in lexemes.values()):
        return None
    out = len(lexemes).to_bytes(4, "big")
    for word in sorted(lexemes):
        out += word + b"\0" + len(lexemes[word]).to_bytes(2, "big")
        out += b"".join(p.to_bytes(2, "big") for p in lexemes[word])
    return out


# Bodies of many words too, some repeated past 256 times (then the server's vector, None).
MANY_WORDS = st.lists(st.sampled_from(["again", "Kayes", "ABJ-2021", "é"]), max_size=300).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.one_of(TEXT, MANY_WORDS))
def test_vectors_are_the_binary_form_read_plainly(title, body):
    assert pg_vectors.vector(title, body) == _plain_vector(title, body)

"""Ranking and snippets for search, computed from the matched rows' text.

The database finds the matches and hands back a bounded set of them (see
:func:`consular.db.dialect.search_candidates`); everything the user sees about a match (its
order, the words highlighted, the cut) is computed here, from the same text and the same
word rules, so SQLite and PostgreSQL show the same results the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from consular.db.dialect import Candidate, fold

TITLE_WEIGHT = 4.0  # a word in the title (a case's reference and title, a person's name) counts 4x
_K1 = 1.2
_B = 0.75
_AVG_TITLE = 40.0  # characters
_AVG_BODY = 500.0
SNIPPET_WORDS = 12
# Characters before and after the first match that a snippet is cut from (a dozen words fit).
_BEFORE = 100
_AFTER = 260

# A word character as the index sees it: a letter or digit, or a combining mark (vowel signs
# of Devanagari and other Indic scripts, Arabic harakat, Latin accents).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff\u1ab0-\u1aff"
)
_WORD = rf"(?:[^\W_]|[{_MARKS}])"
# One character class (fast); unlike the index it keeps "_" inside a word, which only shows.
_WORD_RUN = re.compile(rf"[\w{_MARKS}]+")


@dataclass(frozen=True)
class Query:
    """The folded words of a query; the last one also matches as a prefix."""

    words: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]

    @classmethod
    def of(cls, words: list[str]) -> Query:
        patterns = []
        for n, word in enumerate(words):
            tail = f"{_WORD}*" if n == len(words) - 1 else f"(?!{_WORD})"
            literal = re.escape(word)
            # The literal first, then the look back for a word start: a pattern that opens
            # with the literal is searched for with a fast scan, one that opens with a look
            # back is tried at every position (50 times slower).
            patterns.append(re.compile(rf"{literal}(?<!{_WORD}{literal}){tail}"))
        return cls(tuple(words), tuple(patterns))


def _saturate(tf: int, length: int, average: float) -> float:
    if not tf:
        return 0.0
    return tf * (_K1 + 1) / (tf + _K1 * (1 - _B + _B * length / average))


def score(query: Query, doc: Candidate) -> float:
    """BM25-like: each word's count in the title (weighted) and in the body, saturated and
    normalised by length. Every candidate holds every word, so no inverse document frequency
    is needed to order them; ties go to the newest row (see :func:`rank`)."""
    title, body = fold(doc.title), fold(doc.body)
    total = 0.0
    for pattern in query.patterns:
        total += TITLE_WEIGHT * _saturate(len(pattern.findall(title)), len(title), _AVG_TITLE)
        total += _saturate(len(pattern.findall(body)), len(body), _AVG_BODY)
    return total


def rank(query: Query, docs: list[Candidate]) -> list[Candidate]:
    """Best first; equal scores newest first."""
    scored = [(score(query, d), d.document_id, d) for d in docs]
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [d for _, _, d in scored]


def snippet(query: Query, doc: Candidate) -> str:
    """A dozen words of the title or the body around the matches, matched words in [brackets],
    "…" where the text was cut. One field only, so nothing is repeated."""
    title = fold(doc.title)
    body = fold(doc.body) if doc.body else ""
    if _distinct_hits(query, title) >= _distinct_hits(query, body):
        text_, folded = doc.title, title
    else:
        text_, folded = doc.body, body
    if not text_:
        return ""
    first = min((m.start() for p in query.patterns if (m := p.search(folded))), default=0)
    lo = max(0, first - _BEFORE)
    hi = min(len(text_), first + _AFTER)
    tokens = [(m.start(), m.end()) for m in _WORD_RUN.finditer(folded, lo, hi)]
    if lo > 0 and len(tokens) > 1:
        tokens = tokens[1:]  # the first may be a word cut in half
    if hi < len(text_) and len(tokens) > 1:
        tokens = tokens[:-1]
    if not tokens:
        return " ".join(text_.split()[:SNIPPET_WORDS])
    starts = {m.start() for p in query.patterns for m in p.finditer(folded, lo, hi)}
    hit = [a in starts for a, _ in tokens]
    start = _best_window(folded, tokens, hit)
    end = min(len(tokens), start + SNIPPET_WORDS)
    before = _WORD_RUN.search(folded, 0, tokens[start][0]) is not None
    after = _WORD_RUN.search(folded, tokens[end - 1][1]) is not None
    parts = []
    # Punctuation at either end of the text stays ("Diboli."); at a cut, "…" stands for it.
    at = tokens[start][0] if before else 0
    for (a, b), is_hit in zip(tokens[start:end], hit[start:end], strict=True):
        parts.append(text_[at:a])
        parts.append(f"[{text_[a:b]}]" if is_hit else text_[a:b])
        at = b
    if not after:
        parts.append(text_[at:])
    shown = " ".join("".join(parts).split())
    return ("… " if before else "") + shown + (" …" if after else "")


def _distinct_hits(query: Query, folded: str) -> int:
    return sum(1 for p in query.patterns if p.search(folded))


def _best_window(folded: str, tokens: list[tuple[int, int]], hit: list[bool]) -> int:
    """The first token of the window of SNIPPET_WORDS that shows the most different words,
    starting a few words before its first match so the match has some context."""
    best, best_start = -1, 0
    for i, is_hit in enumerate(hit):
        if not is_hit:
            continue
        start = max(0, min(i - 3, len(tokens) - SNIPPET_WORDS))
        window = {
            folded[a:b] for (a, b), h in zip(tokens[start : start + SNIPPET_WORDS], hit[start:], strict=False) if h
        }
        if len(window) > best:
            best, best_start = len(window), start
    return best_start

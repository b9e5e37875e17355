"""Search that ranks a bounded page: identifiers found whole or in part, snippets, the cut by
recency, true totals for the case list, and the text rules shared with PostgreSQL."""

from __future__ import annotations

import importlib.util
import unicodedata

import pytest

from consular import paths
from consular.db import dialect
from consular.db.dialect import Candidate
from consular.services import contacts, search, search_rank
from tests.service_helpers import add_hostage, open_case, someone


def _doc(title: str, body: str = "", doc_id: int = 1) -> Candidate:
    return Candidate(doc_id, "contact", doc_id, 1, title, body, False)


def _snippet(query: str, title: str, body: str = "") -> str:
    words = dialect.search_terms(query)
    return search_rank.snippet(search_rank.Query.of(words), _doc(title, body))


# --- text rules -----------------------------------------------------------------------------


def test_query_groups_keep_what_was_typed_together():
    assert dialect.search_groups("ABJ-2021-0028") == [["abj", "2021", "0028"]]
    assert dialect.search_groups("Yélimané  convoy") == [["yelimane"], ["convoy"]]
    assert dialect.search_groups("वर्मा") == [["वर्मा"]]  # vowel signs stay in the word
    assert dialect.search_groups("a_b") == [["a", "b"]]  # as FTS5's tokenizer splits it
    assert dialect.search_groups('" * ( AND') == [["and"]]
    assert len(dialect.search_terms("w " * 40)) == dialect.MAX_TERMS


def test_fold_keeps_offsets_and_removes_latin_accents_only():
    assert dialect.fold("Yélimané ÇA") == "yelimane ca"
    assert dialect.fold("वर्मा") == "वर्मा"
    assert len(dialect.fold("İİ")) == 2


def test_postgres_folding_in_the_migration_is_the_dialects():
    script = next(paths.migrations_dir().glob("versions/*_0007_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0007", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.latin_folds() == (dialect.ACCENTED, dialect.PLAIN)
    assert module.SEPARATORS == dialect.PG_SEPARATORS
    # Every separator is a non-word character for the Python side too.
    assert not any(dialect._word_char(ch) for ch in dialect.PG_SEPARATORS)
    assert all(unicodedata.category(p) == "Ll" for p in dialect.PLAIN)


# --- snippets and ranking -------------------------------------------------------------------


def test_snippet_marks_matches_and_cuts_with_ellipses():
    body = (
        " ".join(f"word{n}" for n in range(40))
        + " the convoy left Kayes at dawn "
        + " ".join(f"more{n}" for n in range(40))
    )
    shown = _snippet("convoy", "Weekly call", body)
    assert shown.startswith("… ") and shown.endswith(" …")
    assert "[convoy]" in shown and "Weekly call" not in shown
    assert len(shown.replace("… ", "").replace(" …", "").split()) == search_rank.SNIPPET_WORDS


def test_snippet_from_one_field_and_whole_when_short():
    assert _snippet("kayes", "Kayes update", "Nothing about the town here.") == "[Kayes] update"
    assert _snippet("dibo", "Call", "Seen near Diboli.") == "Seen near [Diboli]."  # prefix: the whole word
    assert _snippet("abj-2021", "ABJ-2021-0028 Engineer taken", "") == "[ABJ]-[2021]-0028 Engineer taken"
    assert _snippet("yelimane", "Call", "Search continues near Yélimané.") == "Search continues near [Yélimané]."
    assert _snippet("वर्मा", "रवि कुमार वर्मा", "") == "रवि कुमार [वर्मा]"


def test_title_matches_rank_above_body_matches_and_ties_go_to_the_newest():
    query = search_rank.Query.of(["convoy"])
    in_body = _doc("Weekly call", "The convoy was seen.", 1)
    in_title = _doc("Convoy sighted", "Nothing else.", 2)
    older_same, newer_same = _doc("Call", "convoy", 3), _doc("Call", "convoy", 4)
    ranked = search_rank.rank(query, [in_body, older_same, in_title, newer_same])
    assert [d.document_id for d in ranked] == [2, 4, 3, 1]


# --- through the service --------------------------------------------------------------------


def test_references_and_identifiers_are_found_whole_or_in_part(ctx):
    first = open_case(ctx).reference
    second = open_case(ctx, title="Engineer detained at the border").reference
    add_hostage(ctx, second, passport_number="Z1512314")
    assert first.startswith("BAM-") and first != second
    whole = search.search(ctx, first)
    assert [(h.entity, h.reference) for h in whole] == [("case", first)]
    assert f"[{first.split('-')[0]}]" in whole[0].snippet
    year_prefix = "-".join(first.split("-")[:2])  # "BAM-2025"
    assert {h.reference for h in search.search(ctx, year_prefix) if h.entity == "case"} == {first, second}
    assert {h.reference for h in search.search(ctx, first[:-1]) if h.entity == "case"} == {first, second}
    assert [h.reference for h in search.search(ctx, "Z1512314")] == [second]
    assert [h.reference for h in search.search(ctx, "z151")] == [second]
    # The parts of a reference in another order are not that reference.
    parts = first.split("-")
    assert search.search(ctx, f"{parts[2]}-{parts[1]}") == []


def test_a_word_in_more_rows_than_are_ranked_still_finds_every_case(ctx, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 3)
    refs = [open_case(ctx, title=f"Convoy stopped near post {n}").reference for n in range(7)]
    hits = search.search(ctx, "convoy", limit=5)
    assert len(hits) == 5  # limit above the candidates: as many rows are fetched as asked for
    matched = search.matching_case_ids(ctx, "convoy", limit=1000)
    assert len(matched) == 7  # a true total past the ranked cut
    assert all("[Convoy]" in hit.snippet for hit in matched.values())
    # The newest matches are the ones ranked: all tie, so newest first.
    assert [h.reference for h in search.search(ctx, "convoy", limit=3)] == refs[::-1][:3]
    capped = search.matching_case_ids(ctx, "convoy", limit=4)
    assert len(capped) == 4  # "4 or more"


def test_case_list_matches_cover_counterparts_and_keep_the_best_first(ctx, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    ref = open_case(ctx, title="Seafarers detained at Lomé").reference
    for n in range(4):
        contacts.log_contact(
            ctx,
            ref,
            counterpart_ids=someone(ctx, ref),
            occurred_at="2025-07-03T10:00",
            channel="phone",
            subject=f"Port call {n}",
            notes="The harbour master called.",
        )
    other = open_case(ctx, title="Harbour workers held").reference
    matched = search.matching_case_ids(ctx, "harbour")
    refs = [hit.reference for hit in matched.values()]
    assert refs[0] == other and set(refs) == {ref, other}


@pytest.mark.parametrize("query", ["c", "t", "ce", "kay", "BAM-", "2025", "-", "q"])
def test_short_prefixes_and_numbers(ctx, query):
    ref = open_case(ctx).reference  # "Three nationals taken hostage at a cement factory, Kayes"
    hits = search.search(ctx, query)
    if query in ("-", "q"):
        assert hits == []
    else:
        assert [h.reference for h in hits if h.entity == "case"] == [ref], query


# --- the same on PostgreSQL -----------------------------------------------------------------


def _same_story(ctx) -> None:
    """The same records in any database, through the services."""
    first = open_case(ctx).reference
    second = open_case(ctx, title="Engineer detained at the border near Kayes").reference
    add_hostage(ctx, first, name_native="रवि कुमार वर्मा")
    add_hostage(ctx, second, name="Ayesha Siddiqui", name_native="عائشہ صدیقی", passport_number="Z1512314")
    for n, (ref, notes) in enumerate(
        [
            (first, "Search continues near Yélimané; the embassy called the family."),
            (second, "The embassy met the family. Reference ABJ-2021-0028 was quoted — twice…"),
            (first, "Family liaison: the embassy will call again tomorrow."),
        ]
    ):
        contacts.log_contact(
            ctx,
            ref,
            counterpart_ids=someone(ctx, ref),
            occurred_at=f"2025-07-0{n + 3}T10:00",
            channel="phone",
            subject=f"Embassy call {n}",
            notes=notes,
        )


PARITY_QUERIES = [
    "embassy",
    "emb",
    "e",
    "family embassy",
    "yelimane",
    "Yélim",
    "वर्मा",
    "عائشہ",
    "Z151",
    "ABJ-2021",
    "ABJ-2021-0",  # a short prefix ending a phrase: PostgreSQL's index is asked for the other words
    "abj-20",
    "kayes",
]


def _results(ctx) -> list:
    out = []
    for q in PARITY_QUERIES:
        out.append((q, [(h.reference, h.entity, h.title, h.snippet) for h in search.search(ctx, q)]))
        out.append((q, [(h.reference, h.snippet) for h in search.matching_case_ids(ctx, q).values()]))
    return out


@pytest.mark.postgres
def test_postgres_finds_ranks_and_snips_as_sqlite_does(ctx, pg_database):
    from tests.fixtures_db import add_reference_data

    pg_ctx = add_reference_data(pg_database)
    _same_story(ctx)
    _same_story(pg_ctx)
    on_sqlite, on_postgres = _results(ctx), _results(pg_ctx)
    assert on_sqlite == on_postgres
    assert all(found for _, found in on_sqlite), [q for q, found in on_sqlite if not found]
    snippets = " ".join(s for _, found in on_sqlite for *_, s in found)
    assert "[Yélimané]" in snippets and "[ABJ]-[2021]-0028" in snippets and "…" in snippets


def test_a_common_whole_word_is_read_without_its_longer_forms(ctx, monkeypatch):
    monkeypatch.setattr(search, "CANDIDATES", 2)
    for n in range(2):
        open_case(ctx, title=f"Convoy stopped {n}")
    longer = open_case(ctx, title="Convoys attacked").reference
    # "convoy" fills the ranked page as a whole word: its longer forms are not read.
    assert longer not in [h.reference for h in search.search(ctx, "convoy", limit=2)]
    # Typed in part, or when the whole word is rare, every form counts.
    assert longer in [h.reference for h in search.search(ctx, "convo", limit=2)]
    monkeypatch.setattr(search, "CANDIDATES", 10)
    assert longer in [h.reference for h in search.search(ctx, "convoy")]

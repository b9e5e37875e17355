"""Full-text search over cases, people, counterparts, contact notes, milestones, tasks, documents.

Cost follows the page shown, not the number of matches: the database hands back at most
:data:`CANDIDATES` matching rows, newest first, walking its index from the end and stopping
there; those are ranked and cut into snippets in Python (:mod:`consular.services.search_rank`),
the same way on SQLite and PostgreSQL. A query with fewer matches than that is ranked in full;
for a word found everywhere ("embassy") the best of its newest matches come first.

A search, and each step of the case list's filter, runs without Python's cyclic garbage
collector (:mod:`consular.services.cyclic_gc`): a full collection inside one cost more than the
request.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from consular.db import case_matches, dialect, search_windows
from consular.db.dialect import Candidate
from consular.db.models import CaseCounterpart
from consular.domain.errors import ValidationError
from consular.i18n import translate
from consular.repositories import cases as case_repo
from consular.services import cyclic_gc, need_to_know, search_rank
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import SearchHit

MAX_QUERY = 200
MAX_LIMIT = 5000
CANDIDATES = 400  # matching rows ranked per search (more when more results are asked for)
# Beyond this many visible cases the need-to-know filter runs on the fetched rows only (a list
# of ids that long would cost more in the query than it saves).
_VISIBLE_IN_QUERY = 2000
# The case list reads at most this many matching rows per case it may show: enough for a word
# in every entry of 1,000 ordinary cases; past it a case list may hold fewer cases than match.
_ROWS_PER_CASE = 60
# Matching counterparts read for the case list when the cases' own entries are not enough.
_COUNTERPARTS_PER_CASE = 5


def _check(text: str, limit: int) -> list[list[str]]:
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError(
            "limit",
            translate(
                "services.search", "The number of results must be between 1 and {max_limit}; got {limit}."
            ).format(max_limit=MAX_LIMIT, limit=limit),
        )
    query = (text or "").strip()
    if len(query) > MAX_QUERY:
        raise ValidationError(
            "text",
            translate("services.search", "The search is {count} characters long; keep it under {max_query}.").format(
                count=len(query), max_query=MAX_QUERY
            ),
        )
    return dialect.search_groups(query)


class _Search:
    """One search inside one transaction."""

    def __init__(
        self,
        ctx: ServiceContext,
        session: Session,
        groups: list[list[str]],
        case_id: int | None,
        include_restricted: bool,
    ):
        self.ctx, self.session, self.groups = ctx, session, groups
        self.conn = session.connection()
        dialect.prepare_search(self.conn)
        self.case_id, self.include_restricted = case_id, include_restricted
        self.query = search_rank.Query.of([w for g in groups for w in g])
        self.visible = need_to_know.visible_cases(ctx, session)
        in_query = self.visible if self.visible is None or len(self.visible) <= _VISIBLE_IN_QUERY else None
        self.filters = {"case_id": case_id, "include_restricted": include_restricted, "visible_cases": in_query}
        # A long prefix's words (SQLite: db.fts_prefix) and the planner's estimate of the matches
        # (PostgreSQL: db.search_windows.estimate), read once for the statements of this read.
        self.filters["words"] = {}
        self.links: dict[int, list[int]] = {}

    def allowed(self, restricted: bool, case_id: int | None) -> bool:
        # Not even the fact that a restricted entry matched: that alone would tell its words.
        return not restricted or self.visible is None or case_id in self.visible

    def candidates(self, limit: int) -> tuple[list[Candidate], bool]:
        """Matching rows, newest first; True when there may be more.

        A last word longer than the indexed prefixes is first looked up as a whole word: when
        that alone fills the page ("embassy", "family") its longer forms are not needed to rank
        it, and the whole word is read lazily from the end of its list where the prefix would
        merge every form's list first (on SQLite a prefix is read as its few words when it can
        be: :mod:`consular.db.fts_prefix`). Both engines decide alike, so they rank the same rows."""
        if len(self.groups[-1][-1]) > max(dialect.INDEXED_PREFIXES):
            docs = dialect.search_candidates(self.conn, self.groups, limit=limit, prefix=False, **self.filters)
            if len(docs) >= limit:
                self.filters["prefix"] = False
                return [d for d in docs if self.allowed(d.restricted, d.case_id)], True
        docs = dialect.search_candidates(self.conn, self.groups, limit=limit, **self.filters)
        more = len(docs) >= limit
        return [d for d in docs if self.allowed(d.restricted, d.case_id)], more

    def cases_of(self, entity: str, entity_id: int, case_id: int | None) -> list[int | None]:
        if entity != "counterpart":
            return [case_id]
        found = self.links.get(entity_id, [])
        if self.case_id is not None:
            found = [c for c in found if c == self.case_id]
        return found

    def load_links(self, counterpart_ids: list[int]) -> None:
        wanted = [i for i in set(counterpart_ids) if i not in self.links]
        for start in range(0, len(wanted), 900):
            chunk = wanted[start : start + 900]
            for i in chunk:
                self.links[i] = []
            rows = self.session.execute(
                select(CaseCounterpart.counterpart_id, CaseCounterpart.case_id)
                .where(CaseCounterpart.counterpart_id.in_(chunk))
                .order_by(CaseCounterpart.case_id)
            )
            for counterpart_id, linked_case in rows:
                self.links[counterpart_id].append(linked_case)

    def expand(self, docs: list[Candidate]) -> list[tuple[int | None, Candidate]]:
        self.load_links([d.entity_id for d in docs if d.entity == "counterpart"])
        return [(cid, d) for d in docs for cid in self.cases_of(d.entity, d.entity_id, d.case_id)]

    def hits(self, pairs: list[tuple[int | None, Candidate]]) -> list[tuple[int | None, SearchHit]]:
        names = case_repo.cases_by_ids(self.session, list({cid for cid, _ in pairs if cid is not None}))
        shown_restricted = sorted({cid for cid, d in pairs if d.restricted and cid is not None})
        shown_people = sorted({cid for cid, d in pairs if d.entity == "person" and cid is not None})
        self.shown = (shown_restricted, shown_people)
        snippets: dict[int, str] = {}
        results = []
        for cid, d in pairs:
            if d.document_id not in snippets:
                snippets[d.document_id] = search_rank.snippet(self.query, d)
            ref, title = names.get(cid, (None, None))
            hit = SearchHit(
                reference=ref,
                case_title=title,
                entity=d.entity,
                entity_id=d.entity_id,
                title=d.title,
                snippet=snippets[d.document_id],
                restricted=d.restricted,
            )
            results.append((cid, hit))
        return results

    def record_read(self) -> None:
        """Audit what :meth:`hits` showed (restricted entries, people's identifiers). Called once
        the read is over: written while it was open, the audit row went through a second
        connection, and that write made the reading connection drop its page cache, so every
        search decrypted its pages afresh (2.2-2.8x plaintext on SQLCipher instead of ~1.3x;
        benchmarks/bench_at_rest.py). Still before the results are returned."""
        shown_restricted, shown_people = getattr(self, "shown", ([], []))
        if shown_restricted or shown_people:
            self.ctx.record_read(
                "search",
                "search",
                None,
                query=" ".join(" ".join(g) for g in self.groups),
                restricted_cases=shown_restricted,
                people_cases=shown_people,
            )


def _open(ctx: ServiceContext, session: Session, groups, reference: str | None, include_restricted: bool) -> _Search:
    case_id = None
    if reference:
        from consular.services.cases import load_case

        case_id = load_case(session, reference).id
    return _Search(ctx, session, groups, case_id, include_restricted)


@action("search.search")
def search(
    ctx: ServiceContext, text: str, *, limit: int = 50, include_restricted: bool = True, reference: str | None = None
) -> list[SearchHit]:
    """What matches ``text``, best first. Every word must match; the last also as a prefix, so
    it works while typing; what is typed without spaces ("ABJ-2021", "WOR-44007") matches as a
    phrase, so references and identifiers are found whole or in part. A counterpart hit is
    reported once per case it is linked to.

    Ranked are all matches when there are at most a few hundred, else the newest few hundred
    (:data:`CANDIDATES`, or ``limit`` if more): a word found in every case costs what a rare one
    does.

    Restricted entries are searched only where the actor may read them (need-to-know): for
    other cases they are left out entirely, so a hit cannot reveal their words. A search that
    shows restricted entries or people (identifiers) is audited as a read.

    Raises ValidationError for a query over 200 characters and for a ``limit`` outside
    1..5000; an empty query finds nothing."""
    groups = _check(text, limit)
    if not groups:
        return []
    with cyclic_gc.paused():
        with ctx.transaction() as session:
            run = _open(ctx, session, groups, reference, include_restricted)
            docs, _ = run.candidates(max(CANDIDATES, limit))
            pairs = run.expand(search_rank.rank(run.query, docs))[:limit]
            found = [hit for _, hit in run.hits(pairs)]
        run.record_read()
    return found


@dataclass(frozen=True)
class CaseMatches:
    """The cases matching a search, for the case list, without the "why" of each yet: a list
    shows a page of them, and explaining a case (its entry's text, the snippet, the case's name)
    costs more than finding it. :func:`explain_cases` explains the rows on screen."""

    #: Matching cases, best first: all of them up to the limit asked for, so fewer than the
    #: limit is the true number and the limit means "that many or more".
    case_ids: list[int]
    #: Case id -> the id of the entry that explains it, to hand to :func:`explain_cases`.
    entries: dict[int, int]

    def pending(self, case_ids) -> dict[int, int]:
        """The entries of ``case_ids`` (those of this search), for :func:`explain_cases`."""
        return {cid: self.entries[cid] for cid in case_ids if cid in self.entries}


@action("search.matching_case_ids")
def matching_case_ids(ctx: ServiceContext, text: str, *, limit: int = 2000) -> dict[int, SearchHit]:
    """Case id → the hit explaining why it matched (for filtering the case list), best first.

    Every matching case up to ``limit`` is in it, so fewer than ``limit`` is the true number of
    cases and ``limit`` means "that many or more". The best-ranked hits come first, then the
    other matching cases: newest match first, or, on PostgreSQL for a word found in most cases,
    newest case first (:mod:`consular.db.case_matches`). Same need-to-know rules as
    :func:`search`. :func:`matching_cases` finds the same cases without explaining them."""
    groups = _check(text, limit)
    if not groups:
        return {}
    with cyclic_gc.paused():
        with ctx.transaction() as session:
            run = _open(ctx, session, groups, None, True)
            entries, known = _find_cases(run, limit)
            hits = _explain(run, entries, known)
        run.record_read()
    return hits


@action("search.matching_cases")
def matching_cases(ctx: ServiceContext, text: str, *, limit: int = 2000) -> CaseMatches:
    """The cases of :func:`matching_case_ids`, in its order, each with the entry that explains
    it, but not explained: nothing is shown yet, so nothing is audited."""
    groups = _check(text, limit)
    if not groups:
        return CaseMatches([], {})
    with cyclic_gc.paused(), ctx.transaction() as session:
        run = _open(ctx, session, groups, None, True)
        entries, _known = _find_cases(run, limit)
    return CaseMatches(list(entries), entries)


@action("search.explain_cases")
def explain_cases(ctx: ServiceContext, text: str, entries: dict[int, int]) -> dict[int, SearchHit]:
    """Case id → the hit explaining why it matched, for ``entries`` (from
    :meth:`CaseMatches.pending` for the same ``text``), read as :func:`matching_case_ids` reads
    them: the same hits and snippets. An entry gone since, or no longer readable, explains
    nothing. A restricted entry or a person shown is audited as a read, as a search is."""
    groups = _check(text, 1)
    if not groups or not entries:
        return {}
    with cyclic_gc.paused():
        with ctx.transaction() as session:
            run = _open(ctx, session, groups, None, True)
            hits = _explain(run, dict(entries), {})
        run.record_read()
    return hits


def _find_cases(run: _Search, limit: int) -> tuple[dict[int, int], dict[int, Candidate]]:
    """(case id -> id of the entry explaining it, best first; the entries already read)."""
    # PostgreSQL reads the candidates with the first window of the matches streamed after them
    # (db.search_windows.read_ahead).
    run.filters["words"][search_windows.AHEAD] = True
    docs, more = run.candidates(CANDIDATES)
    chosen: dict[int, Candidate] = {}
    for cid, d in run.expand(search_rank.rank(run.query, docs)):
        if cid is not None and cid not in chosen and len(chosen) < limit:
            chosen[cid] = d
    entries = {cid: d.document_id for cid, d in chosen.items()}
    if more and len(chosen) < limit:
        entries.update(_more_cases(run, chosen, limit))
    return entries, {d.document_id: d for d in chosen.values()}


def _explain(run: _Search, entries: dict[int, int], known: dict[int, Candidate]) -> dict[int, SearchHit]:
    missing = sorted({doc_id for doc_id in entries.values() if doc_id not in known})
    texts = {**known, **dialect.search_documents_text(run.conn, missing)}
    pairs = [
        (cid, texts[doc_id])
        for cid, doc_id in entries.items()
        if doc_id in texts and run.allowed(texts[doc_id].restricted, texts[doc_id].case_id)
    ]
    return {cid: hit for cid, hit in run.hits(pairs) if cid is not None}


def _more_cases(run: _Search, chosen: dict[int, Candidate], limit: int) -> dict[int, int]:
    """Further matching cases until ``limit`` cases in all. PostgreSQL reads them case by case
    (:mod:`consular.db.case_matches`); SQLite reads the match list newest first, only as far as
    it takes to find them."""
    found = case_matches.matching_cases(
        run.conn,
        run.groups,
        limit=limit + len(chosen),
        visible_cases=run.visible,
        prefix=run.filters.get("prefix", True),
        known=run.filters["words"],
    )
    if found is None:
        return _more_cases_by_rows(run, chosen, limit)
    extra: dict[int, int] = {}  # case id -> document id
    for case_id, doc_id in found:
        if len(chosen) + len(extra) >= limit:
            break
        if case_id not in chosen:
            extra[case_id] = doc_id
    if len(chosen) + len(extra) < limit:
        counterparts = case_matches.matching_counterparts(
            run.conn,
            run.groups,
            limit=limit * _COUNTERPARTS_PER_CASE,
            visible_cases=run.visible,
            prefix=run.filters.get("prefix", True),
        )
        _add_counterpart_cases(run, chosen, extra, counterparts, limit)
    return _explained(run, extra)


def _add_counterpart_cases(
    run: _Search, chosen: dict, extra: dict[int, int], counterparts: list[tuple[int, int]], limit: int
) -> None:
    if not counterparts or len(chosen) + len(extra) >= limit:
        return
    run.load_links([entity_id for _, entity_id in counterparts])
    for doc_id, entity_id in counterparts:
        for cid in run.links.get(entity_id, []):
            if cid not in chosen and cid not in extra and len(chosen) + len(extra) < limit:
                extra[cid] = doc_id


def _explained(run: _Search, extra: dict[int, int]) -> dict[int, int]:
    """``extra`` without the cases whose entry the actor may not read (a restricted entry of a
    case outside their cases, read when the need-to-know filter was not in the query)."""
    if run.visible is None:
        return extra
    flags = dialect.search_documents_flags(run.conn, sorted(set(extra.values())))
    return {cid: doc_id for cid, doc_id in extra.items() if doc_id in flags and run.allowed(*flags[doc_id])}


def _more_cases_by_rows(run: _Search, chosen: dict[int, Candidate], limit: int) -> dict[int, int]:
    extra: dict[int, int] = {}  # case id -> document id
    counterparts: list[tuple[int, int]] = []
    rows = dialect.matching_rows(run.conn, run.groups, limit=limit * _ROWS_PER_CASE, cases=limit, **run.filters)
    for doc_id, entity, entity_id, case_id in rows:
        if entity == "counterpart":
            counterparts.append((doc_id, entity_id))
            continue
        if case_id is None or case_id in chosen or case_id in extra:
            continue
        extra[case_id] = doc_id
        if len(chosen) + len(extra) >= limit:
            break
    _add_counterpart_cases(run, chosen, extra, counterparts, limit)
    return _explained(run, extra)

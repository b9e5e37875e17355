"""Full-text search over cases, people, counterparts, contact notes, milestones, tasks, documents."""

from __future__ import annotations

from sqlalchemy import select

from consular.db import dialect
from consular.db.models import CaseCounterpart
from consular.domain.errors import ValidationError
from consular.repositories import cases as case_repo
from consular.services import need_to_know
from consular.services.context import ServiceContext
from consular.services.permissions import action
from consular.services.views import SearchHit

MAX_QUERY = 200
MAX_LIMIT = 5000


def _hits(
    ctx: ServiceContext, text: str, *, limit: int, include_restricted: bool, reference: str | None
) -> list[tuple[int | None, SearchHit]]:
    """(case id, hit) pairs, best first, in a fixed number of queries whatever the hit count."""
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise ValidationError("limit", f"The number of results must be between 1 and {MAX_LIMIT}; got {limit}.")
    query = (text or "").strip()
    if len(query) > MAX_QUERY:
        raise ValidationError("text", f"The search is {len(query)} characters long; keep it under {MAX_QUERY}.")
    if not dialect.search_terms(query):
        return []
    with ctx.transaction() as session:
        case_id = None
        if reference:
            from consular.services.cases import load_case

            case_id = load_case(session, reference).id
        raw = dialect.full_text_search(
            session.connection(), query, limit=limit, case_id=case_id, include_restricted=include_restricted
        )
        visible = need_to_know.visible_cases(ctx, session)
        if visible is not None:
            # Not even the fact that a restricted entry matched: that alone would tell its words.
            raw = [hit for hit in raw if not hit.restricted or hit.case_id in visible]
        counterpart_ids = [hit.entity_id for hit in raw if hit.entity == "counterpart"]
        links: dict[int, list[int]] = {}
        if counterpart_ids:
            rows = session.execute(
                select(CaseCounterpart.counterpart_id, CaseCounterpart.case_id)
                .where(CaseCounterpart.counterpart_id.in_(counterpart_ids))
                .order_by(CaseCounterpart.case_id)
            )
            for counterpart_id, linked_case in rows:
                links.setdefault(counterpart_id, []).append(linked_case)
        expanded: list[tuple[int | None, object]] = []
        for hit in raw:
            if hit.entity == "counterpart":
                expanded.extend((cid, hit) for cid in links.get(hit.entity_id, []))
            else:
                expanded.append((hit.case_id, hit))
        if case_id is not None:
            expanded = [(cid, h) for cid, h in expanded if cid == case_id]
        expanded = expanded[:limit]
        names = case_repo.cases_by_ids(session, list({cid for cid, _ in expanded if cid is not None}))
        results = []
        shown_restricted = sorted({cid for cid, hit in expanded if hit.restricted and cid is not None})
        shown_people = sorted({cid for cid, hit in expanded if hit.entity == "person" and cid is not None})
        for cid, hit in expanded:
            ref, title = names.get(cid, (None, None))
            results.append(
                (
                    cid,
                    SearchHit(
                        reference=ref,
                        case_title=title,
                        entity=hit.entity,
                        entity_id=hit.entity_id,
                        title=hit.title,
                        snippet=" ".join(hit.snippet.split()),
                        restricted=hit.restricted,
                    ),
                )
            )
    if shown_restricted or shown_people:
        # Recorded before the results are returned, but once the read is over: written while it
        # was open, the audit row went through a second connection, and that write made the
        # reading connection drop its page cache, so every search decrypted its pages afresh
        # (2.2-2.8x plaintext on SQLCipher instead of ~1.3x; benchmarks/bench_at_rest.py).
        ctx.record_read(
            "search",
            "search",
            None,
            query=query,
            restricted_cases=shown_restricted,
            people_cases=shown_people,
        )
    return results


@action("search.search")
def search(
    ctx: ServiceContext, text: str, *, limit: int = 50, include_restricted: bool = True, reference: str | None = None
) -> list[SearchHit]:
    """What matches ``text``, best first. Every word must match; the last also as a prefix, so
    it works while typing. A counterpart hit is reported once per case it is linked to.

    Restricted entries are searched only where the actor may read them (need-to-know): for
    other cases they are left out entirely, so a hit cannot reveal their words. A search that
    shows restricted entries or people (identifiers) is audited as a read.

    Raises ValidationError for a query over 200 characters and for a ``limit`` outside
    1..5000; an empty query finds nothing."""
    return [hit for _, hit in _hits(ctx, text, limit=limit, include_restricted=include_restricted, reference=reference)]


@action("search.matching_case_ids")
def matching_case_ids(ctx: ServiceContext, text: str, *, limit: int = 2000) -> dict[int, SearchHit]:
    """Case id → the best hit explaining why it matched (for filtering the case list)."""
    best: dict[int, SearchHit] = {}
    for case_id, hit in _hits(ctx, text, limit=limit, include_restricted=True, reference=None):
        if case_id is not None:
            best.setdefault(case_id, hit)
    return best

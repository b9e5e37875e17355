"""One synthetic case at a time: the case, its people, counterparts, contacts, milestones and
tasks, as rows in a :class:`~consular.seeding.bulk.RowBatch`.

:meth:`CaseMaker.case` runs the steps in a fixed order; every step draws from the case's own
``random.Random``, so the order of draws is what makes a seed give the same rows. Keep it.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta

from consular.domain.enums import (
    AttributionLevel,
    CaseKind,
    CaseStatus,
    Classification,
    Priority,
    UserRole,
)
from consular.domain.timeutil import in_zone
from consular.domain.validation import country_name
from consular.seeding import vocabulary as voc
from consular.seeding.bulk import RowBatch, join_words
from consular.seeding.synthetic_draft import CaseDraft, CaseLife
from consular.seeding.synthetic_keys import fill_case_keys
from consular.seeding.synthetic_people import add_hostages, add_next_of_kin, add_others
from consular.seeding.synthetic_random import weighted
from consular.seeding.synthetic_records import add_contacts, add_milestones, add_officials, add_tasks

# The weighted draws' tables, made once (``rng.pick(T)`` draws what ``rng.choices(...)[0]`` did).
KINDS = weighted(CaseKind, [30, 25, 20, 20, 5])
HOSTAGES_N = weighted([1, 2, 3, 4, 5], [58, 22, 12, 5, 3])
OTHERS_N = weighted([0, 1, 2, 3], [20, 30, 30, 20])
ATTRIBUTIONS = weighted(AttributionLevel, [55, 25, 12, 8])
PRIORITIES = weighted(Priority, [5, 30, 45, 20])
CLASSIFICATIONS = weighted(Classification, [10, 60, 25, 5])


def case_title(template: str, hostages_n: int, town: str, region: str, occupation_row: tuple) -> str:
    """A case title from ``template`` for ``hostages_n`` nationals of one occupation.

    Plurals come from the vocabulary ("able seamen"), never from adding an "s"."""
    occupation, _workplace, occupation_plural = occupation_row
    plural = hostages_n > 1
    worker = occupation.split(" (")[0].lower()
    title = template.format(
        n={2: "Two", 3: "Three", 4: "Four", 5: "Five"}.get(hostages_n, "An") if plural else "An",
        nationals=voc.NATIONAL[1] if plural else voc.NATIONAL[0],
        town=town,
        region=region,
        occupation=occupation,
        worker=worker,
        workers=occupation_plural if plural else worker,
    )
    return title if plural else title.replace("An Indian", "Indian")


class CaseMaker:
    """Makes one case at a time into a batch."""

    def __init__(self, posts, staff, now: datetime, actor_id: int, seed: int):
        self.posts = {p["code"]: p for p in posts}
        self.staff = staff
        self.now = now
        self.actor_id = actor_id
        self.seed = seed
        self.sequences: dict[tuple[int, int], int] = {}

    def case(self, batch: RowBatch, rng: random.Random, incident_at: datetime, code: str) -> None:
        """One case and everything it holds, in a fixed order of draws from ``rng`` (the
        order is what makes a seed reproducible: add new draws at the end of a step's own
        stream only with care)."""
        draft = self._cast(batch, rng, incident_at, code)
        draft.life = self._life_cycle(rng, incident_at)
        self._case_row(draft)
        self._status_history(draft)
        add_hostages(draft)
        add_others(draft)
        add_next_of_kin(draft)
        add_officials(draft)
        add_contacts(draft)
        add_milestones(draft)
        add_tasks(draft)
        fill_case_keys(batch)
        batch.seal()

    def _cast(self, batch: RowBatch, rng: random.Random, incident_at: datetime, code: str) -> CaseDraft:
        """Where it happened, what kind of case, how many people, and who at the post leads it."""
        post = self.posts[code]
        town, region, lat, lon = rng.choice(post["towns"])
        kind = rng.pick(KINDS)
        hostages_n = (
            1
            if kind in (CaseKind.MISSING_PERSON, CaseKind.WRONGFUL_DETENTION) and rng.random() < 0.85
            else rng.pick(HOSTAGES_N)
        )
        others_n = rng.pick(OTHERS_N)
        staff = self.staff[code]
        caseworkers = [s for s in staff if s[2] == UserRole.CASEWORKER] or staff
        supervisor = next((s for s in staff if s[2] == UserRole.SUPERVISOR), staff[0])
        lead = rng.choice(caseworkers)
        return CaseDraft(
            batch=batch,
            rng=rng,
            post=post,
            code=code,
            incident_at=incident_at,
            town=town,
            region=region,
            lat=lat,
            lon=lon,
            kind=kind,
            hostages_n=hostages_n,
            others_n=others_n,
            staff=staff,
            caseworkers=caseworkers,
            supervisor=supervisor,
            lead=lead,
            now=self.now,
        )

    def _life_cycle(self, rng: random.Random, incident_at: datetime) -> CaseLife:
        """Opened hours after the incident; many cases end, some run for years."""
        now = self.now
        opened_at = min(incident_at + timedelta(minutes=int(rng.uniform(30, 18 * 60))), now - timedelta(minutes=5))
        duration = timedelta(days=min(max(rng.lognormvariate(3.0, 1.1), 1.0), 900))
        ongoing = rng.random() < 0.08
        resolved_at = None if ongoing or incident_at + duration >= now - timedelta(hours=1) else incident_at + duration
        closed_at = None
        if resolved_at is not None:
            delay = timedelta(days=rng.uniform(5, 60))
            if resolved_at + delay < now and rng.random() < 0.8:
                closed_at = resolved_at + delay
        active_at = opened_at + timedelta(hours=rng.uniform(0.5, 36))
        if resolved_at is not None:
            active_at = min(active_at, opened_at + (resolved_at - opened_at) / 2)
        if resolved_at is None and active_at >= now:
            active_at = None
        if resolved_at is None and active_at is not None and now - opened_at < timedelta(days=2) and rng.random() < 0.4:
            active_at = None
        status = (
            CaseStatus.CLOSED
            if closed_at
            else CaseStatus.RESOLVED
            if resolved_at
            else CaseStatus.ACTIVE
            if active_at
            else CaseStatus.OPEN
        )
        end_of_activity = closed_at or (resolved_at + timedelta(days=rng.uniform(1, 10)) if resolved_at else now)
        end_of_activity = min(end_of_activity, now - timedelta(minutes=1))
        return CaseLife(opened_at, active_at, resolved_at, closed_at, status, end_of_activity)

    def _next_reference(self, draft: CaseDraft) -> tuple[int, int, str]:
        """The post's next number in the incident's local year: (year, sequence, reference)."""
        post = draft.post
        local_year = in_zone(draft.incident_at, post["timezone"]).year
        seq = self.sequences.get((post["id"], local_year), 0) + 1
        self.sequences[(post["id"], local_year)] = seq
        reference = f"{draft.code}-{local_year}-{seq:04d}"
        draft.batch.references.append(reference)
        return local_year, seq, reference

    def _case_row(self, draft: CaseDraft) -> None:
        """The case itself (title, circumstances, attribution), its search entry and the
        ``synthetic.case`` audit entry."""
        batch, rng, post, life = draft.batch, draft.rng, draft.post, draft.life
        town, region, kind = draft.town, draft.region, draft.kind
        local_year, seq, reference = self._next_reference(draft)
        occupation_row = rng.choice(voc.OCCUPATIONS)
        draft.occupation, draft.workplace, _plural = occupation_row
        draft.company = rng.choice(voc.COMPANIES).format(town=town)
        title = case_title(rng.choice(voc.CASE_TITLES[kind.value]), draft.hostages_n, town, region, occupation_row)
        circumstances = self._circumstances(draft)
        attribution = (
            rng.pick(ATTRIBUTIONS)
            if kind in (CaseKind.ABDUCTION, CaseKind.HOSTAGE_TAKING)
            else AttributionLevel.UNKNOWN
        )
        group = rng.choice(voc.GROUPS) if attribution != AttributionLevel.UNKNOWN else None
        priority = rng.pick(PRIORITIES)
        case_id = draft.case_id = batch.add(
            "cases",
            reference=reference,
            post_id=post["id"],
            ref_year=local_year,
            ref_seq=seq,
            title=title,
            kind=kind,
            status=life.status,
            priority=priority,
            incident_at=draft.incident_at,
            incident_site=f"{draft.company.replace(' (fictional)', '')} site" if draft.workplace else None,
            incident_town=town,
            incident_region=region,
            incident_country=post["country"],
            latitude=round(draft.lat + rng.uniform(-0.2, 0.2), 4),
            longitude=round(draft.lon + rng.uniform(-0.2, 0.2), 4),
            timezone=post["timezone"],
            circumstances=circumstances,
            attribution_level=attribution,
            attribution_group=group,
            attribution_source="Local authorities' assessment" if group else None,
            classification=rng.pick(CLASSIFICATIONS),
            lead_caseworker_id=draft.lead[0],
            supervisor_id=draft.supervisor[0],
            created_at=life.opened_at,
            updated_at=max(life.end_of_activity, life.opened_at),
            last_contact_at=None,
            version=1,
        )
        batch.search(
            "case",
            case_id,
            case_id,
            f"{reference} {title}",
            join_words(
                batch.rows["cases"][-1]["incident_site"],
                town,
                region,
                country_name(post["country"]),
                group,
                circumstances,
            ),
        )
        batch.add(
            "audit_entries",
            at=life.opened_at,
            actor_id=self.actor_id,
            action="synthetic.case",
            entity="case",
            entity_id=case_id,
            case_id=case_id,
            before=None,
            after=json.dumps({"reference": reference, "seed": self.seed}),
        )

    @staticmethod
    def _circumstances(draft: CaseDraft) -> str:
        """Three to seven sentences from the kind's phrase pool, in two paragraphs."""
        rng = draft.rng
        fill = {"nationals": draft.nationals, "town": draft.town, "region": draft.region}
        pool = voc.CIRCUMSTANCE_BY_KIND[draft.kind.value] + voc.CIRCUMSTANCE_COMMON
        picked = [pool[i].format(**fill) for i in rng.sample(range(len(pool)), rng.randint(3, min(7, len(pool))))]
        cut = max(1, len(picked) // 2) if len(picked) > 3 else len(picked)
        return "\n\n".join(" ".join(part) for part in (picked[:cut], picked[cut:]) if part)

    @staticmethod
    def _status_history(draft: CaseDraft) -> None:
        """The case's status changes that fit its life cycle (no draws)."""
        life, lead, supervisor = draft.life, draft.lead, draft.supervisor

        def status_change(frm, to, at, reason):
            draft.batch.add(
                "case_status_changes",
                case_id=draft.case_id,
                from_status=frm,
                to_status=to,
                changed_at=at,
                changed_by_id=(supervisor if to == CaseStatus.CLOSED else lead)[0],
                reason=reason,
            )

        status_change(None, CaseStatus.OPEN, life.opened_at, "Case opened")
        if life.active_at:
            status_change(CaseStatus.OPEN, CaseStatus.ACTIVE, life.active_at, "Incident confirmed by the authorities.")
        if life.resolved_at:
            status_change(
                CaseStatus.ACTIVE if life.active_at else CaseStatus.OPEN,
                CaseStatus.RESOLVED,
                life.resolved_at,
                "The national(s) are safe or their fate is established.",
            )
        if life.closed_at:
            status_change(
                CaseStatus.RESOLVED,
                CaseStatus.CLOSED,
                life.closed_at,
                "No further consular action needed; family informed.",
            )

"""Loading a demo case's wrongful-detention records (seeds/demo/*.toml) through the services:
the detention facts of each detained national and their transfers, then the notes verbales
(first: visit requests name them), the consular visit requests with their decisions and
visits, the hearings and the charges. Keys are checked by ``demo_schema.check_case``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from consular.i18n import translate
from consular.seeding.demo_schema import SeedError, require
from consular.services import detention


def load_detention(ctx_of: Callable, at: Callable, item: dict, ref: str, person_ids: dict, where: str, counts: Counter):
    """``ctx_of(username, where)``: the acting user's context; ``at(where)``: names the seed
    record in any error a service raises."""

    def person(entry: dict, w: str) -> int | None:
        key = entry.get("person")
        if key is None:
            return None
        if key not in person_ids:
            raise SeedError(
                translate(
                    "seeding.demo_detention", "{w}: 'person' names '{key}', which is not a person of this case."
                ).format(w=w, key=key)
            )
        return person_ids[key]

    for i, d in enumerate(item.get("detention", [])):
        w = f"{where}, detention[{i}]"
        actor = ctx_of(require(d, "recorded_by", w), w)
        pid = person(d, w)
        # The first place, then each transfer in turn: the places keep their dates.
        steps = [(d.get("place"), d.get("place_since"))] + [
            (require(t, "place", w), t.get("since")) for t in d.get("transfers", [])
        ]
        with at(w):
            detention.set_detention(
                actor,
                ref,
                pid,
                authority=d.get("authority"),
                place=steps[0][0],
                place_since=steps[0][1],
                lawyer_name=d.get("lawyer_name"),
                lawyer_firm=d.get("lawyer_firm"),
                lawyer_phone=d.get("lawyer_phone"),
                lawyer_appointed_at=d.get("lawyer_appointed_at"),
            )
            for place, since in steps[1:]:
                detention.set_detention(actor, ref, pid, place=place, place_since=since)
        counts["detentions"] += 1

    note_ids: dict[str, int] = {}
    for i, n in enumerate(item.get("notes_verbales", [])):
        w = f"{where}, notes_verbales[{i}]"
        actor = ctx_of(require(n, "recorded_by", w), w)
        with at(w):
            view = detention.send_note(
                actor,
                ref,
                person(n, w),
                note_reference=require(n, "reference", w),
                sent_at=require(n, "sent_at", w),
                addressed_to=require(n, "addressed_to", w),
                subject=require(n, "subject", w),
                restricted=bool(n.get("restricted", False)),
            )
            if n.get("answered_at"):
                detention.edit_note(
                    actor, view.id, answered_at=n["answered_at"], answer_summary=n.get("answer_summary")
                )
        note_ids[require(n, "key", w)] = view.id
        counts["notes verbales"] += 1

    for i, r in enumerate(item.get("consular_visits", [])):
        w = f"{where}, consular_visits[{i}]"
        actor = ctx_of(require(r, "recorded_by", w), w)
        with at(w):
            view = detention.request_visit(
                actor,
                ref,
                person(r, w),
                requested_at=require(r, "requested_at", w),
                note_id=note_ids[r["note"]] if r.get("note") else None,
                restricted=bool(r.get("restricted", False)),
            )
            if r.get("decision", "pending") != "pending":
                outcome = {
                    k: r[k]
                    for k in ("decision", "decided_at", "visit_at", "visited_by", "findings", "welfare_observed")
                    if k in r
                }
                detention.edit_visit(actor, view.id, **outcome)
        counts["consular visit requests"] += 1

    for i, h in enumerate(item.get("hearings", [])):
        w = f"{where}, hearings[{i}]"
        with at(w):
            detention.record_hearing(
                ctx_of(require(h, "recorded_by", w), w),
                ref,
                person(h, w),
                held_at=require(h, "held_at", w),
                court=require(h, "court", w),
                outcome=h.get("outcome"),
                next_at=h.get("next_at"),
                restricted=bool(h.get("restricted", False)),
            )
        counts["hearings"] += 1

    for i, c in enumerate(item.get("charges", [])):
        w = f"{where}, charges[{i}]"
        with at(w):
            detention.record_charge(
                ctx_of(require(c, "recorded_by", w), w),
                ref,
                person(c, w),
                text=require(c, "text", w),
                filed_at=require(c, "filed_at", w),
                status=c.get("status", "pending"),
                status_at=c.get("status_at"),
                restricted=bool(c.get("restricted", False)),
            )
        counts["charges"] += 1

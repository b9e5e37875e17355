"""Loading a seed case's repatriation checklist (``[[cases.repatriation]]``).

The checklist itself is opened by the service when the seed records the person released
(``status_history``); a seed entry then says what became of each item: its owner or due date
if they differ from the defaults, done (when, by whom, the facts) or not applicable (why).
Items the entry does not name stay open, as the service opened them.
"""

from __future__ import annotations

from consular.domain.repatriation import ReturnItemKind
from consular.i18n import translate
from consular.seeding.demo_schema import REPATRIATION_ITEM_KEYS, REPATRIATION_KEYS, SeedError, check_keys, require
from consular.services import repatriation

ITEM_STATES = ("open", "done", "not_applicable")


def load_repatriation(loader, item: dict, ref: str, person_ids: dict[str, int], where: str, counts, _at) -> None:
    """Apply each ``[[cases.repatriation]]`` entry of seed case ``item`` (reference ``ref``)
    through the services, as the staff it names. ``loader`` is the demo loader (``loader.ctx``
    gives a user's context); ``_at(where)`` is its context manager naming the seed record in
    any error a service raises."""
    for i, entry in enumerate(item.get("repatriation", [])):
        w = f"{where}, repatriation[{i}]"
        check_keys(entry, REPATRIATION_KEYS, w)
        person = str(require(entry, "person", w))
        if person not in person_ids:
            raise SeedError(
                translate(
                    "seeding.demo_repatriation", "{w}: 'person' names '{person}', which is not a person of this case."
                ).format(w=w, person=person)
            )
        lead = loader.ctx(item.get("lead_caseworker") or item["opened_by"], w)
        with _at(w):
            checklist = next((c for c in repatriation.checklists(lead, ref) if c.person_id == person_ids[person]), None)
        if checklist is None:
            raise SeedError(
                translate(
                    "seeding.demo_repatriation",
                    "{w}: {person} has no checklist; their status_history must end released, rescued or escaped.",
                ).format(w=w, person=person)
            )
        by_kind = {i.kind: i for i in checklist.items}
        for j, spec in enumerate(entry.get("items", [])):
            wj = f"{w}, items[{j}]"
            check_keys(spec, REPATRIATION_ITEM_KEYS, wj)
            with _at(wj):
                kind = ReturnItemKind.parse(require(spec, "kind", wj), "kind")
                state = str(spec.get("state") or "open")
                if state not in ITEM_STATES:
                    raise SeedError(
                        translate("seeding.demo_repatriation", "{wj}: 'state' must be one of {item_states}.").format(
                            wj=wj, item_states=", ".join(ITEM_STATES)
                        )
                    )
                target = by_kind[kind]
                author = loader.ctx(spec.get("by") or spec.get("owner") or item["opened_by"], wj)
                if spec.get("owner") or spec.get("due_at"):
                    repatriation.assign_item(lead, target.id, owner=spec.get("owner"), due_at=spec.get("due_at"))
                if state == "done":
                    repatriation.complete_item(
                        author,
                        target.id,
                        at=require(spec, "at", wj),
                        note=spec.get("note"),
                        debrief_by=spec.get("debrief_by"),
                        psychosocial=spec.get("support"),
                    )
                elif state == "not_applicable":
                    repatriation.mark_not_applicable(
                        author, target.id, require(spec, "reason", wj), at=require(spec, "at", wj)
                    )
            counts["repatriation items"] += 1

"""Loading a seed case's hostage records (mixed into the demo loader): the proof-of-life
question bank, intermediaries' vetting decisions and the demands, each through its service."""

from __future__ import annotations

from consular.domain.enums import TellKind
from consular.i18n import translate
from consular.seeding.demo_family_log import not_told
from consular.seeding.demo_schema import (
    DEMAND_KEYS,
    POL_QUESTION_KEYS,
    VETTING_KEYS,
    SeedError,
    check_keys,
    require,
)
from consular.seeding.demo_schema import at as _at
from consular.services import demands, proof_of_life, vetting


class HostageRecords:
    """Needs the loader's ``ctx``, ``_author``, ``_remember`` and ``_keep_open``."""

    def _pol_questions(self, item, ref, person_ids, kin_person_ids, opener, where, counts) -> dict[str, int]:
        question_ids: dict[str, int] = {}
        for i, q in enumerate(item.get("pol_questions", [])):
            w = f"{where}, pol_questions[{i}]"
            check_keys(q, POL_QUESTION_KEYS, w)
            q_key = str(require(q, "key", w))
            hostage = person_ids.get(str(require(q, "hostage", w)))
            if hostage is None:
                raise SeedError(
                    translate(
                        "seeding.demo_hostage", "{w}: 'hostage' names '{q}', which is not a person of this case."
                    ).format(w=w, q=q["hostage"])
                )
            kin = None
            if q.get("agreed_with"):
                kin = kin_person_ids.get(str(q["agreed_with"]))
                if kin is None:
                    raise SeedError(
                        translate(
                            "seeding.demo_hostage", "{w}: 'agreed_with' names '{q}', which is no next of kin here."
                        ).format(w=w, q=q["agreed_with"])
                    )
            with _at(w):
                view = proof_of_life.add_question(
                    self._author(q, opener, w, "added_by"),
                    ref,
                    hostage,
                    question=require(q, "question", w),
                    expected_answer=require(q, "expected_answer", w),
                    agreed_with_person_id=kin,
                    agreed_at=q.get("agreed_at"),
                    note=q.get("note"),
                )
            self._remember(question_ids, q_key, view.id, w)
            counts["proof-of-life questions"] += 1
        return question_ids

    def _vetting(self, item, counterpart_ids, opener, where, counts) -> None:
        for i, entry in enumerate(item.get("vetting", [])):
            w = f"{where}, vetting[{i}]"
            check_keys(entry, VETTING_KEYS, w)
            key = str(require(entry, "counterpart", w))
            if key not in counterpart_ids:
                raise SeedError(
                    translate(
                        "seeding.demo_hostage",
                        "{w}: 'counterpart' names '{key}', which is not a counterpart of this case.",
                    ).format(w=w, key=key)
                )
            with _at(w):
                vetting.set_vetting(
                    self._author(entry, opener, w, "by"),
                    counterpart_ids[key],
                    status=require(entry, "status", w),
                    basis=require(entry, "basis", w),
                    vetted_by=entry.get("vetted_by"),
                    decided_at=require(entry, "at", w),
                )
            counts["vetting decisions"] += 1

    def _demands(self, item, ref, person_ids, counterpart_ids, where, counts) -> None:
        for i, d in enumerate(item.get("demands", [])):
            w = f"{where}, demands[{i}]"
            check_keys(d, DEMAND_KEYS, w)
            via = d.get("via")
            if via is not None and via not in counterpart_ids:
                raise SeedError(
                    translate(
                        "seeding.demo_hostage", "{w}: 'via' names '{via}', which is not a counterpart of this case."
                    ).format(w=w, via=via)
                )
            hostage = d.get("hostage")
            if hostage is not None and hostage not in person_ids:
                raise SeedError(
                    translate(
                        "seeding.demo_hostage", "{w}: 'hostage' names '{hostage}', which is not a person of this case."
                    ).format(w=w, hostage=hostage)
                )
            actor = self.ctx(require(d, "recorded_by", w), w)
            with _at(w):
                view = demands.record_demand(
                    actor,
                    ref,
                    received_at=require(d, "at", w),
                    made_by=require(d, "made_by", w),
                    kind=require(d, "kind", w),
                    details=require(d, "details", w),
                    amount=d.get("amount"),
                    currency=d.get("currency"),
                    via_counterpart_id=counterpart_ids[via] if via else None,
                    channel=d.get("channel"),
                    hostage_person_id=person_ids[hostage] if hostage else None,
                    deadline_at=d.get("deadline"),
                    about_family=bool(d.get("about_family", False)),
                )
                if not_told(d):
                    self._keep_open.add((TellKind.FAMILY_DEMAND, view.id))
                if d.get("response", "none") != "none":
                    demands.respond(
                        actor,
                        view.id,
                        response=d["response"],
                        note=d.get("response_note"),
                        responded_at=d.get("responded_at"),
                    )
            counts["demands"] += 1

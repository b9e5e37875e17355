"""Proof of life on the People tab as the Kayes team drives it: the last *verified* proof and
its age, the check of each proof, assessing one, the question bank (answers hidden until
asked), and recording a proof with an agreed question."""

from __future__ import annotations

import pytest
from gui_helpers import wait_for_ops

from consular.domain.enums import PolAssessment, PolQuestionState
from consular.services import cases, proof_of_life
from tests.demo_data import KAYES

pytestmark = pytest.mark.gui

RAVI = "Ravi Kumar Verma"


@pytest.fixture
def ws(case_workspace):
    return case_workspace


def _ravi(qtbot, ws):
    ravi = next(p for p in ws.detail.hostages if p.name == RAVI)
    ws.show_section("people", ravi.person.id)
    qtbot.waitUntil(lambda: bool(ws.people.proofs), timeout=20_000)
    return ravi


def test_ravi_has_a_proof_received_but_none_verified_and_its_check_shows(qtbot, ws):
    _ravi(qtbot, ws)
    text = ws.people.detail.toPlainText()
    assert "No verified proof of life" in text
    assert "not verified" in text and "Last received" in text
    assert "Audio" in text and "matched" in text and "Not yet assessed" in text


def test_assessing_the_proof_genuine_makes_it_the_last_verified(qtbot, ws, gui_ctx):
    ravi = _ravi(qtbot, ws)
    dialog = ws.people.assess_proof_of_life()
    qtbot.waitExposed(dialog)
    assert dialog.proof.count() == 1 and not dialog.medium.isEnabled()  # the demo's proof has its medium
    dialog.assessment.setCurrentIndex(dialog.assessment.findData(PolAssessment.GENUINE.value))
    dialog.basis.setPlainText("Voice compared with Mr Yadav's recordings; answer right")
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: "Last verified proof of life" in ws.people.detail.toPlainText(), timeout=20_000)
    hostage = next(p for p in cases.get_case(gui_ctx, KAYES).hostages if p.person.id == ravi.person.id)
    assert hostage.last_verified_proof_of_life == hostage.last_proof_of_life


def test_a_basis_is_required_and_the_refusal_stays_in_the_dialog(qtbot, ws):
    _ravi(qtbot, ws)
    dialog = ws.people.assess_proof_of_life()
    dialog.basis.setPlainText("")
    dialog.submit()
    qtbot.waitUntil(lambda: "basis" in dialog.errors.shown(), timeout=20_000)
    assert dialog.isVisible()


def test_the_question_bank_hides_answers_until_asked_and_runs_a_question_through_its_states(qtbot, ws, gui_ctx):
    ravi = _ravi(qtbot, ws)
    bank = ws.people.question_bank()
    qtbot.waitExposed(bank)
    qtbot.waitUntil(lambda: bank.table.rowCount() == 3, timeout=20_000)
    answers = [bank.table.item(r, 1).text() for r in range(3)]
    assert all(a == "••••••" for a in answers)
    bank.show_answers.setChecked(True)
    assert "Bijli" in [bank.table.item(r, 1).text() for r in range(3)]

    add = bank.add()
    add.text.setPlainText("What is the name of his school friend in Chittorgarh?")
    add.answer.setText("Pappu")
    with qtbot.waitSignal(add.saved, timeout=20_000):
        add.submit()
    qtbot.waitUntil(lambda: bank.table.rowCount() == 4, timeout=20_000)
    new_row = next(r for r in range(4) if bank.table.item(r, 0).text().startswith("What is the name of his"))
    assert bank.table.item(new_row, 2).text() == PolQuestionState.DRAFTED.label

    bank.table.selectRow(new_row)
    agree = bank.mark_agreed()
    assert agree.kin.currentData() is not None
    with qtbot.waitSignal(agree.saved, timeout=20_000):
        agree.submit()
    qtbot.waitUntil(lambda: bank.table.item(new_row, 2).text() == PolQuestionState.AGREED.label, timeout=20_000)

    bank.table.selectRow(new_row)
    bank.mark_compromised(confirm=False)
    wait_for_ops(qtbot)
    qtbot.waitUntil(lambda: bank.table.item(new_row, 2).text() == PolQuestionState.COMPROMISED.label, timeout=20_000)
    bank.table.selectRow(new_row)
    assert not bank.edit_button.isEnabled() and not bank.compromise_button.isEnabled()
    states = {q.question: q.state for q in proof_of_life.list_questions(gui_ctx, KAYES, ravi.person.id)}
    assert states["What is the name of his school friend in Chittorgarh?"] == PolQuestionState.COMPROMISED


def test_recording_a_proof_with_an_agreed_question_marks_it_used(qtbot, ws, gui_ctx):
    ravi = _ravi(qtbot, ws)
    dialog = ws.people.record_proof_of_life()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.question.isEnabled(), timeout=20_000)
    assert dialog.question.count() == 3  # "none put" and the two agreed questions left
    dialog.question.setCurrentIndex(1)
    assert dialog.expected.text() not in ("", "—")
    dialog.answer.setText(dialog.expected.text())
    dialog.matched.setCurrentIndex(dialog.matched.findData(True))
    dialog.description.setPlainText("Video, 25 s; names the date")
    question_id = dialog.question.currentData()
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.submit()
    wait_for_ops(qtbot)
    used = {q.id: q.state for q in proof_of_life.list_questions(gui_ctx, KAYES, ravi.person.id)}
    assert used[question_id] == PolQuestionState.USED

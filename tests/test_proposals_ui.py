"""Reviewing partners' proposals in the GUI, and confirming a partner while importing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel

from casebook.domain.interchange import case_to_dict
from casebook.domain.model import Case, Person
from casebook.services import bundle, identity, partners
from casebook.services.case_update import update_case_json
from casebook.services.cases import get_case, save_case
from casebook.ui import tasks
from casebook.ui.bundle_dialogs import ImportBundleDialog
from casebook.ui.proposal_dialogs import ProposalsDialog
from tests import bundle_support
from tests.bundle_support import cases_of, new_vault, state

pair = bundle_support.pair


@pytest.fixture
def synchronous(qapp) -> Iterator[None]:
    tasks.use_synchronous_runner()
    yield
    tasks.use_synchronous_runner(False)


def _flipped(pair, tmp_path: Path) -> tuple[Case, str]:  # type: ignore[no-untyped-def]
    """A sent B a case; B flipped the person's consent and changed the summary; A imported."""
    a, b = pair
    case = Case(title="Detention after a picket", sensitivity="partners")
    case.people.append(Person("Айгерим Н.", consent="anonymous"))
    save_case(a, case)
    bundle.export_bundle(a, [case.id], ["B"], tmp_path / "1.age")
    bundle.import_bundle(b, tmp_path / "1.age")
    doc = case_to_dict(get_case(b, case.id))
    doc["people"][0]["consent"] = "named"
    doc["summary"] = "Released after 10 days."
    update_case_json(b, case.id, json.dumps(doc))
    bundle.export_bundle(b, [case.id], ["A"], tmp_path / "2.age")
    bundle.import_bundle(a, tmp_path / "2.age")
    return case, f"people[{case.people[0].id}].consent"


def _select(dialog: ProposalsDialog, path: str) -> None:
    row = [c.path for c in dialog.fields.changes].index(path)
    dialog.table.selectionModel().select(
        dialog.fields.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_side_by_side_take_theirs_and_keep_ours_per_field(qtbot, qtmodeltester, pair,
                                                          tmp_path: Path) -> None:  # fmt: skip
    a, _b = pair
    case, consent = _flipped(pair, tmp_path)
    dialog = ProposalsDialog(a)
    qtbot.addWidget(dialog)
    dialog.open()
    qtmodeltester.check(dialog.fields)
    qtmodeltester.check(dialog.proposals)
    assert dialog.proposals.rowCount() == 1
    shown = {dialog.fields.data(dialog.fields.index(r, 0)): (
        dialog.fields.data(dialog.fields.index(r, 1)), dialog.fields.data(dialog.fields.index(r, 2))
    ) for r in range(dialog.fields.rowCount())}  # fmt: skip
    assert shown["⚠ people[Айгерим Н.].consent"] == ("anonymous", "named")
    assert shown["summary"] == ("", "Released after 10 days.")
    assert not dialog.take.isEnabled()  # nothing chosen yet
    _select(dialog, "summary")
    with qtbot.waitSignal(dialog.decided) as signal:
        dialog.take.click()
    assert signal.args[0].case_ids == (case.id,)
    assert get_case(a, case.id).summary == "Released after 10 days."
    assert [c.path for c in dialog.fields.changes] == [consent]
    _select(dialog, consent)
    dialog.keep.click()
    assert get_case(a, case.id).people[0].consent == "anonymous"
    assert dialog.proposals.rowCount() == 0 and bundle.list_proposals(a) == []
    assert "Nothing waits" in dialog.about.text()


def test_import_dialog_offers_to_confirm_an_unconfirmed_partner(qtbot, tmp_path: Path,
                                                                synchronous) -> None:  # fmt: skip
    a = new_vault(tmp_path / "a", "Org A")
    b = new_vault(tmp_path / "b", "Org B")
    partners.add_partner(a, "B", identity.own_card(b), confirmed=True)
    partners.add_partner(b, "A", identity.own_card(a))
    case = Case(title="From A", sensitivity="partners")
    save_case(a, case)
    out = tmp_path / "in.age"
    bundle.export_bundle(a, [case.id], ["B"], out)
    before = state(b)
    dialog = ImportBundleDialog(b, str(out))
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    fingerprint = identity.own_card(a).fingerprint
    assert "never confirmed" in dialog.summary.toPlainText()
    assert (
        dialog.confirm_partner.isVisibleTo(dialog) and fingerprint in dialog.confirm_partner.text()
    )
    assert not dialog.import_button.isEnabled() and state(b) == before
    dialog.confirm_partner.setChecked(True)  # checks again
    assert "fingerprint will be marked confirmed" in dialog.summary.toPlainText()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert set(cases_of(b)) == {case.id} and partners.get_partner(b, "A").is_confirmed
    a.close()
    b.close()


def test_import_dialog_points_to_the_review(qtbot, pair, tmp_path: Path, synchronous) -> None:
    a, b = pair
    case = Case(title="Case", sensitivity="partners")
    case.people.append(Person("Name", consent="anonymous"))
    save_case(a, case)
    bundle.export_bundle(a, [case.id], ["B"], tmp_path / "1.age")
    bundle.import_bundle(b, tmp_path / "1.age")
    doc = case_to_dict(get_case(b, case.id))
    doc["sensitivity"] = "public"
    update_case_json(b, case.id, json.dumps(doc))
    bundle.export_bundle(b, [case.id], ["A"], tmp_path / "2.age")
    dialog = ImportBundleDialog(a, str(tmp_path / "2.age"))
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert "PROPOSAL" in dialog.summary.toPlainText()
    dialog.import_button.click()
    assert "1 change(s) wait" in dialog.panel.status.text()
    assert dialog.review_button.isVisibleTo(dialog)
    assert get_case(a, case.id).sensitivity == "partners"

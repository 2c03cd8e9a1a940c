""" "Send to partner" and "Import bundle" dialogs (pytest-qt)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from casebook.domain.model import Case
from casebook.services import bundle, identity
from casebook.services.cases import save_case
from casebook.ui import tasks
from casebook.ui.bundle_dialogs import ImportBundleDialog, SendToPartnerDialog
from tests import bundle_support
from tests.bundle_support import cases_of, new_vault, state


@pytest.fixture
def synchronous(qapp) -> Iterator[None]:
    tasks.use_synchronous_runner()
    yield
    tasks.use_synchronous_runner(False)


pair = bundle_support.pair


def _check_partner(dialog: SendToPartnerDialog, name: str) -> None:
    row = [p.name for p in dialog.model.partners].index(name)
    index = dialog.model.index(row)
    assert dialog.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def test_send_needs_a_partner_a_file_and_consent_for_internal_cases(
    qtbot, pair, tmp_path: Path, synchronous
) -> None:
    a, b = pair
    shared = Case(title="Shared case", sensitivity="partners")
    internal = Case(title="Internal case", sensitivity="internal")
    save_case(a, shared)
    save_case(a, internal)
    dialog = SendToPartnerDialog(a, [shared.id, internal.id])
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.send_button.isEnabled()
    assert dialog.model.rowCount() == 1
    _check_partner(dialog, "B")
    out = tmp_path / "for-b.age"
    dialog.output.setText(str(out))
    assert not dialog.send_button.isEnabled()  # the internal case needs a confirmation
    assert dialog.confirm_internal.isVisibleTo(dialog)
    dialog.confirm_internal.setChecked(True)
    assert dialog.send_button.isEnabled()
    with qtbot.waitSignal(dialog.sent) as signal:
        dialog.send_button.click()
    assert signal.args[0].recipients == ("B",)
    assert "Bundle written" in dialog.panel.status.text()
    bundle.import_bundle(b, out)
    assert set(cases_of(b)) == {shared.id, internal.id}


def test_send_to_a_bare_recipient_with_a_real_worker(qtbot, pair, tmp_path: Path) -> None:
    a, b = pair
    case = Case(title="Shared case", sensitivity="public")
    save_case(a, case)
    dialog = SendToPartnerDialog(a, [case.id])
    qtbot.addWidget(dialog)
    dialog.recipient.setText(str(b.age_identity().to_public()))
    dialog.output.setText(str(tmp_path / "x.age"))
    assert not dialog.confirm_internal.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.sent, timeout=20000):
        dialog.send_button.click()
    assert bundle.inspect_bundle(b, tmp_path / "x.age").cases[0].action == bundle.NEW


def _bundle_from(a, case_title: str, to: str, out: Path) -> Case:
    case = Case(title=case_title, sensitivity="partners")
    save_case(a, case)
    bundle.export_bundle(a, [case.id], [to], out)
    return case


def test_import_shows_the_summary_before_applying(qtbot, pair, tmp_path: Path, synchronous):
    a, b = pair
    out = tmp_path / "in.age"
    case = _bundle_from(a, "Arrest at the march", "B", out)
    dialog = ImportBundleDialog(b, str(out))
    qtbot.addWidget(dialog)
    dialog.open()
    assert not dialog.import_button.isEnabled()
    dialog.check_button.click()
    summary = dialog.summary.toPlainText()
    assert "partner 'A'" in summary and "Arrest at the march — new case" in summary
    assert identity.own_card(a).fingerprint in summary
    assert cases_of(b) == {}  # nothing yet
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args[0].changes.case_ids == (case.id,)
    assert set(cases_of(b)) == {case.id}
    assert not dialog.import_button.isEnabled()


def test_import_from_an_unknown_sender_needs_consent(qtbot, tmp_path: Path, synchronous):
    stranger = new_vault(tmp_path / "s", "Stranger")
    b = new_vault(tmp_path / "b", "Org B")
    out = tmp_path / "in.age"
    case = _bundle_from(stranger, "From a stranger", str(b.age_identity().to_public()), out)
    fingerprint = identity.own_card(stranger).fingerprint
    dialog = ImportBundleDialog(b, str(out))
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert fingerprint in dialog.summary.toPlainText()
    assert dialog.accept_unknown.isVisibleTo(dialog) and not dialog.import_button.isEnabled()
    dialog.accept_unknown.setChecked(True)  # checks again, accepting the signer
    assert "not a known partner" in dialog.summary.toPlainText()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert set(cases_of(b)) == {case.id}
    stranger.close()
    b.close()


def test_import_of_a_damaged_bundle_shows_why(qtbot, pair, tmp_path: Path, synchronous):
    a, b = pair
    out = tmp_path / "in.age"
    _bundle_from(a, "Case", "B", out)
    data = bytearray(out.read_bytes())
    data[-5] ^= 0xFF
    out.write_bytes(bytes(data))
    before = state(b)
    dialog = ImportBundleDialog(b, str(out))
    qtbot.addWidget(dialog)
    dialog.check_button.click()
    assert "damaged" in dialog.summary.toPlainText()
    assert not dialog.import_button.isEnabled()
    assert state(b) == before


def test_conflict_dialog_shows_both_versions_and_settles(qtbot, pair, tmp_path: Path) -> None:
    from casebook.services.cases import get_case
    from casebook.ui.bundle_dialogs import ConflictDialog

    a, b = pair
    first = tmp_path / "1.age"
    case = _bundle_from(a, "Detention", "B", first)
    bundle.import_bundle(b, first)
    for vault, text in ((a, "A's summary"), (b, "B's summary")):
        edited = get_case(vault, case.id)
        edited.summary = text
        save_case(vault, edited)
    second = tmp_path / "2.age"
    bundle.export_bundle(a, [case.id], ["B"], second)
    bundle.import_bundle(b, second)
    dialog = ConflictDialog(b, case.id)
    qtbot.addWidget(dialog)
    dialog.open()
    shown = dialog.text.toPlainText()
    assert "== summary" in shown and "A's summary" in shown and "B's summary" in shown
    assert "from A" in shown
    with qtbot.waitSignal(dialog.resolved) as signal:
        dialog.take.click()
    assert signal.args[0].case_ids == (case.id,)
    assert get_case(b, case.id).summary == "A's summary"
    assert bundle.cases_in_conflict(b) == set()
    assert dialog.result() == dialog.DialogCode.Accepted

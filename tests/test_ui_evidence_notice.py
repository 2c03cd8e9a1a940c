"""Importing evidence whose hidden metadata places or names someone: a notice at once,
with the cleaned export offered right there."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from casebook.services import evidence
from casebook.services.cases import save_case
from casebook.services.demo import case_disrupted_event
from tests import editor_support
from tests.editor_support import evidence_editor
from tests.test_evidence_support import image_bytes
from tests.ui_support import click_labelled

sync = editor_support.sync


@pytest.fixture
def editor(qtbot, vault):
    case = case_disrupted_event()
    save_case(vault, case, touch=False)
    return evidence_editor(qtbot, vault, case)


def test_gps_and_a_name_in_an_import_are_announced_at_once(qtbot, editor, tmp_path, sync):
    photo = tmp_path / "arrest.jpg"
    photo.write_bytes(image_bytes("JPEG"))  # GPS position and Artist "Photographer Real-Name"
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(image_bytes("JPEG", metadata=False))
    tab = editor.evidence
    tab.import_paths([str(photo), str(plain)])
    box = tab.identifying_notice
    assert isinstance(box, QMessageBox) and box.isVisible()
    text = box.text()
    assert "arrest.jpg" in text and "plain.jpg" not in text
    assert "43.23" in text and "Photographer Real-Name" in text
    assert "1 imported file" in text
    click_labelled(box, "Export cleaned copy…")
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog)]
    dialog = next(d for d in dialogs if d.isVisible())
    assert dialog.selectedFiles()[0].endswith("arrest-cleaned.jpg")
    out = tmp_path / "out-cleaned.jpg"
    dialog.fileSelected.emit(str(out))
    dialog.done(QFileDialog.DialogCode.Accepted)
    cleaned = evidence.extract("image/jpeg", out)
    assert not cleaned.get("gps") and "Artist" not in (cleaned.get("exif") or {})


def test_files_without_such_metadata_bring_no_notice(qtbot, editor, tmp_path, sync):
    plain = tmp_path / "plain.jpg"
    plain.write_bytes(image_bytes("JPEG", metadata=False))
    editor.evidence.import_paths([str(plain)])
    assert editor.evidence.identifying_notice is None

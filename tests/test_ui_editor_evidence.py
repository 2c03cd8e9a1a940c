"""The Evidence tab over the real evidence store: import (button, drop) with progress
and cancel, details and custody, preview from memory, export, delete, clear on lock."""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casebook.domain.model import Case
from casebook.services import evidence
from casebook.services.cases import save_case
from casebook.services.changes import Changes
from casebook.services.demo import case_disrupted_event
from casebook.ui import tasks
from casebook.ui.case_editor import CaseEditor
from tests import editor_support
from tests.editor_support import evidence_editor

sync = editor_support.sync


@pytest.fixture
def case(vault) -> Case:
    c = case_disrupted_event()
    save_case(vault, c, touch=False)
    return c


@pytest.fixture
def editor(qtbot, vault, case) -> CaseEditor:
    return evidence_editor(qtbot, vault, case)


def _jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (64, 48), (20, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "Zq7Camera"  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (43.0, 15.0, 0.0)
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "incoming"
    folder.mkdir()
    paths = {
        "photo": folder / "photo.jpg",
        "notes": folder / "notes.txt",
        "big": folder / "video.bin",
    }
    paths["photo"].write_bytes(_jpeg_with_gps())
    paths["notes"].write_text("Statement of the witness.\n", "utf-8")
    paths["big"].write_bytes(bytes(range(256)) * (12 * 1024))  # 3 MiB: progress steps
    return paths


def _rows(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def _select(tab, name: str) -> None:
    for r in range(tab.proxy.rowCount()):
        if tab.proxy.index(r, 0).data() == name:
            tab.table.setCurrentIndex(tab.proxy.index(r, 0))
            return
    raise AssertionError(name)


def test_import_shows_items_with_hash_and_details(qtbot, editor, vault, case, files, sync):
    tab = editor.evidence
    assert tab.add_button.isEnabled() and not tab.note.isVisible()
    progress: list[int] = []
    tab.progress.valueChanged.connect(progress.append)
    with qtbot.waitSignal(editor.saved) as blocker:
        tab.import_paths([str(files["photo"]), str(files["big"])])
    assert blocker.args[0] == Changes(evidence=True, case_ids=(case.id,))
    assert sorted(_rows(tab)) == ["photo.jpg", "video.bin"]
    assert tab.message.text().startswith("Imported 2 file")  # words: test_ui_strings_switch
    assert progress and progress == sorted(progress) and progress[-1] == 1000
    assert not tab.progress_row.isVisible()
    _select(tab, "video.bin")
    sha = hashlib.sha256(files["big"].read_bytes()).hexdigest()
    row = tab.table.currentIndex().row()
    assert tab.proxy.index(row, 3).data() == sha[:12]
    assert tab.details.values["sha256"].text() == sha
    size_text = tab.details.values["size"].text()
    assert "3145728 bytes" in "".join(c for c in size_text if c.isalnum() or c in " ()")
    assert [e.action for e in tab.details.custody.items()] == ["imported"]
    _select(tab, "photo.jpg")
    metadata = dict(tab.details.metadata.items())
    assert any("Zq7Camera" in str(v) for v in metadata.values()), metadata
    assert [i.original_name for i in evidence.list_evidence(vault, case.id)] != []


def test_import_in_the_background_reports_progress_and_can_be_cancelled(
    qtbot, editor, vault, case, files, monkeypatch
) -> None:
    real = evidence.import_file
    first_progress = threading.Event()

    def held_import(*args, progress=None, cancel=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            first_progress.set()
            cancel.wait(10)  # hold the worker until Cancel is pressed

        return real(*args, progress=step, cancel=cancel, **kwargs)

    monkeypatch.setattr(evidence, "import_file", held_import)
    tab = editor.evidence
    tab.import_paths([str(files["big"])])
    assert tab.progress_row.isVisible() and not tab.add_button.isEnabled()
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=10000)
    assert "Importing 1 file" in tab.progress_label.text()
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: "cancelled" in tab.message.text(), timeout=10000)
    assert not tab.progress_row.isVisible() and tab.add_button.isEnabled()
    assert evidence.list_evidence(vault, case.id) == []
    assert list(vault.evidence_dir.iterdir()) == []  # nothing left behind
    assert _rows(tab) == []


def test_cancel_keeps_the_files_finished_before(qtbot, editor, vault, case, files, monkeypatch):
    real = evidence.import_file

    def held_on_big(vault_, case_id, path, *, progress=None, cancel=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            if Path(path).name == "video.bin":
                cancel.wait(10)

        return real(vault_, case_id, path, progress=step, cancel=cancel, **kwargs)

    monkeypatch.setattr(evidence, "import_file", held_on_big)
    tab = editor.evidence
    tab.import_paths([str(files["notes"]), str(files["big"])])
    qtbot.waitUntil(lambda: tab.progress.value() > 0 and tab.cancel_button.isEnabled())
    qtbot.waitUntil(lambda: tab.progress.value() > 5)  # into the second file
    tab.cancel()
    qtbot.waitUntil(lambda: "cancelled" in tab.message.text(), timeout=10000)
    assert "kept: 1" in tab.message.text()
    assert [i.original_name for i in evidence.list_evidence(vault, case.id)] == ["notes.txt"]
    assert _rows(tab) == ["notes.txt"]


def _drag_enter(mime: QMimeData) -> QDragEnterEvent:
    args = (
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    try:
        return QDragEnterEvent(QPointF(10, 10), *args)  # Qt 6.12 on
    except TypeError:
        return QDragEnterEvent(QPoint(10, 10), *args)


def test_files_can_be_dropped_onto_the_tab(qtbot, editor, vault, case, files, sync) -> None:
    tab = editor.evidence
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["notes"]))])
    enter = _drag_enter(mime)
    tab.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(drop)
    assert [i.original_name for i in evidence.list_evidence(vault, case.id)] == ["notes.txt"]
    # Web links are not files: refused.
    web = QMimeData()
    web.setUrls([QUrl("https://example.org/a.jpg")])
    refused = _drag_enter(web)
    tab.dragEnterEvent(refused)
    assert not refused.isAccepted()


def test_add_button_opens_qt_own_dialog_and_imports(qtbot, editor, vault, case, files, sync):
    tab = editor.evidence
    tab.add_button.click()
    dialog = tab.findChild(QFileDialog)
    assert dialog is not None and dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setDirectory(str(files["notes"].parent))
    dialog.selectFile(str(files["notes"]))
    dialog.accept()
    assert _rows(tab) == ["notes.txt"]


def test_preview_of_an_image_is_built_in_memory_and_logged(
    qtbot, editor, vault, case, files, sync, tmp_path
) -> None:
    tab = editor.evidence
    tab.import_paths([str(files["photo"])])
    _select(tab, "photo.jpg")
    before = sorted(p for p in tmp_path.rglob("*"))
    assert not tab.details.has_preview()
    tab.details.preview_button.click()
    assert tab.details.has_preview()
    source = tab.details.preview_image.source
    assert (source.width(), source.height()) == (64, 48)
    assert source.toImage().pixelColor(32, 24).blue() > 150  # the photo's blue
    assert [e.action for e in tab.details.custody.items()] == ["imported", "opened"]
    assert sorted(p for p in tmp_path.rglob("*")) == before  # no file written anywhere
    tab.table.setCurrentIndex(tab.proxy.index(-1, -1))
    assert not tab.details.has_preview()


def test_export_original_and_cleaned_copy(qtbot, editor, vault, case, files, sync, tmp_path):
    tab = editor.evidence
    tab.import_paths([str(files["photo"]), str(files["notes"])])
    _select(tab, "photo.jpg")
    out = tmp_path / "out"
    out.mkdir()
    tab.export_button.click()
    dialog = tab.findChild(QFileDialog)
    assert dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave
    dialog.setDirectory(str(out))
    dialog.selectFile(str(out / "photo.jpg"))
    dialog.accept()
    assert (out / "photo.jpg").read_bytes() == files["photo"].read_bytes()
    assert "Exported to" in tab.message.text()
    tab.export(tab.current(), str(out / "photo-cleaned.jpg"), cleaned=True)
    cleaned = Image.open(out / "photo-cleaned.jpg")
    assert b"Zq7Camera" not in (out / "photo-cleaned.jpg").read_bytes()
    assert not cleaned.getexif()
    actions = [e.action for e in tab.details.custody.items()]
    assert actions == ["imported", "exported", "exported"]
    # A text file cannot be cleaned: the tab says why and opens no dialog.
    _select(tab, "notes.txt")
    tab.clean_button.click()
    assert "cannot reliably remove the metadata" in tab.message.text()
    assert tab.findChild(QFileDialog) is None or not tab.findChild(QFileDialog).isVisible()


def test_export_error_is_shown_not_raised(qtbot, editor, vault, case, files, sync) -> None:
    tab = editor.evidence
    tab.import_paths([str(files["notes"])])
    tab.export(tab.current(), str(vault.path / "leak.txt"), cleaned=False)
    assert "refusing to export into the vault directory" in tab.message.text()
    assert not (vault.path / "leak.txt").exists()


def test_delete_asks_then_removes_and_keeps_custody(qtbot, editor, vault, case, files, sync):
    tab = editor.evidence
    tab.import_paths([str(files["notes"])])
    item = tab.current()
    tab.delete_button.click()
    box = tab.findChild(QMessageBox)
    assert "notes.txt" in box.text()
    with qtbot.waitSignal(editor.saved):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert _rows(tab) == [] and evidence.list_evidence(vault, case.id) == []
    assert [e.action for e in evidence.custody_log(vault, item.id)] == ["imported", "deleted"]


def test_new_files_can_be_linked_to_an_event(qtbot, editor, vault, case, files, sync) -> None:
    tab = editor.evidence
    arrest = next(e for e in case.events if e.type == "arrest")
    index = tab.link_event.findData(arrest.id)
    assert index > 0 and tab.link_event.itemText(index) == "2024-10-09 Arrest"
    tab.link_event.setCurrentIndex(index)
    tab.import_paths([str(files["notes"])])
    assert evidence.list_evidence(vault, case.id)[0].event_ids == (arrest.id,)
    links = tab.details.editor.field("event_ids").model
    checked = [
        links.index(r, 0).data()
        for r in range(links.rowCount())
        if links.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    ]
    assert checked == ["2024-10-09 Arrest"]


def test_unsaved_case_cannot_take_evidence_until_saved(qtbot, editor, vault, files, sync):
    editor.new_case()
    tab = editor.evidence
    assert not tab.add_button.isEnabled()
    assert "Save the case first" in tab.note.text()
    tab.import_paths([str(files["notes"])])  # ignored, not an error
    qtbot.keyClicks(editor.overview.form.field("title"), "Fresh case")
    assert editor.save()
    assert tab.add_button.isEnabled() and tab.note.text() == ""
    tab.import_paths([str(files["notes"])])
    assert [i.original_name for i in evidence.list_evidence(vault, editor.case_id())] == [
        "notes.txt"
    ]


def test_clear_during_import_cancels_it_and_shows_nothing_after(
    qtbot, editor, vault, case, files, monkeypatch
) -> None:
    real = evidence.import_file
    release = threading.Event()
    finished = threading.Event()

    def held_import(*args, progress=None, cancel=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            release.wait(10)

        try:
            return real(*args, progress=step, cancel=cancel, **kwargs)
        finally:
            finished.set()

    monkeypatch.setattr(evidence, "import_file", held_import)
    tab = editor.evidence
    tab.import_paths([str(files["big"])])
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=10000)
    editor.clear()
    release.set()
    assert finished.wait(10)
    tasks.wait_all()
    qtbot.wait(50)  # let any late callback arrive: it must be ignored
    assert _rows(tab) == [] and tab.message.text() == ""
    assert not tab.progress_row.isVisible()
    assert evidence.list_evidence(vault, case.id) == []  # the import was cancelled
    assert tab.details.values["name"].text() == "" and not tab.details.has_preview()


def test_saving_the_case_during_an_import_does_not_stop_it(
    qtbot, editor, vault, case, files, monkeypatch
) -> None:
    real = evidence.import_file
    release = threading.Event()

    def held_import(*args, progress=None, cancel=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            release.wait(10)

        return real(*args, progress=step, cancel=cancel, **kwargs)

    monkeypatch.setattr(evidence, "import_file", held_import)
    tab = editor.evidence
    tab.import_paths([str(files["big"])])
    qtbot.waitUntil(lambda: tab.progress.value() > 0, timeout=10000)
    qtbot.keyClicks(editor.overview.form.field("location"), " (centre)")
    assert editor.save()
    release.set()
    qtbot.waitUntil(lambda: _rows(tab) == ["video.bin"], timeout=10000)
    assert tab.message.text().startswith("Imported 1 file")

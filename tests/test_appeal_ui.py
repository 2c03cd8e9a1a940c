"""The Appeals tab alone, driven with pytest-qt."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from casebook.domain.appeal import DemandChoice
from casebook.services import appeals as svc
from casebook.services.cases import get_case, save_case
from casebook.services.demo import case_administrative_detention, case_doxxing
from casebook.ui import tasks
from casebook.ui.appeals_tab import AppealsTab
from casebook.vault.vault import Vault
from tests.appeal_util import norm, pdf_text


@pytest.fixture
def tab(qtbot, vault: Vault):
    widget = AppealsTab()
    qtbot.addWidget(widget)
    widget.set_vault(vault)
    yield widget
    widget.clear()


@pytest.fixture
def case_id(vault: Vault) -> str:
    case = case_administrative_detention()
    save_case(vault, case)
    return case.id


def _preview(tab: AppealsTab) -> str:
    return tab.preview.toPlainText()


def _export(qtbot, tab: AppealsTab, path: Path, fmt: str = "pdf") -> None:
    tab.format.setCurrentIndex(tab.format.findData(fmt))
    tab.start_export()
    dialog = tab._file_dialog
    assert isinstance(dialog, QFileDialog)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert tab.document is not None
    assert Path(dialog.selectedFiles()[0]).name == svc.suggested_filename(tab.document, fmt)
    with qtbot.waitSignal(tab.exported, timeout=20000):
        dialog.fileSelected.emit(str(path))
        dialog.done(QFileDialog.DialogCode.Accepted)


def test_load_case_shows_the_redacted_preview(tab: AppealsTab, case_id: str) -> None:
    tab.load_case(case_id)
    text = _preview(tab)
    assert tab.isEnabled()
    assert "About the human rights defenders" in text and "Marat Zhunusov" in text
    assert "Saule" not in text and "A young woman activist" in text
    assert "Release the defenders immediately and unconditionally" in text
    assert tab.demands.model.rowCount() == 2


def test_language_and_demands_change_the_preview_and_are_saved(
    qtbot, tab: AppealsTab, case_id: str, vault: Vault
) -> None:
    tab.load_case(case_id)
    tab.lang.setCurrentIndex(tab.lang.findData("kk"))
    qtbot.waitUntil(lambda: "Құқық қорғаушылар туралы" in _preview(tab), timeout=3000)
    assert "Құқық қорғаушыларды дереу әрі ешбір шартсыз босату" in _preview(tab)
    panel = tab.demands
    panel.library.setCurrentIndex(panel.library.findData("register"))
    panel.add_library.click()
    panel.own.setText("Өз талабымыз")
    panel.add_own.click()
    panel.view.setCurrentIndex(panel.model.index(3))
    panel.up.click()  # own demand before "register"
    panel.model.setData(panel.model.index(0), "Edited first demand")
    panel.view.setCurrentIndex(panel.model.index(1))
    panel.remove.click()
    qtbot.waitUntil(lambda: "Edited first demand" in _preview(tab), timeout=3000)
    qtbot.waitUntil(lambda: svc.load_settings(vault, case_id).lang == "kk", timeout=3000)
    settings = svc.load_settings(vault, case_id)
    assert settings.demands == (
        DemandChoice("release", "Edited first demand"),
        DemandChoice("", "Өз талабымыз"),
        DemandChoice("register"),
    )
    text = _preview(tab)
    assert (
        text.index("Edited first demand")
        < text.index("Өз талабымыз")
        < text.index("Ұйымды бұдан әрі кешіктірмей тіркеу")
    )


def test_concern_addressees_and_events(qtbot, tab: AppealsTab, case_id: str) -> None:
    tab.load_case(case_id)
    tab.texts.concern.setPlainText("Our very own concern.")
    tab.texts._add()
    model = tab.texts.addressees
    model.setData(model.index(0, 0), "Prosecutor General of Kazakhstan")
    model.setData(model.index(0, 2), "pg@example.kz")
    events = tab.events.events
    events.setData(events.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "Our very own concern." in _preview(tab), timeout=3000)
    text = _preview(tab)
    assert "Prosecutor General of Kazakhstan" in text and "pg@example.kz" in text
    assert "8 March 2024" not in text and "9 March 2024" in text


def test_export_keeps_the_appeal_and_lists_it(
    qtbot, tab: AppealsTab, case_id: str, tmp_path: Path
) -> None:
    tasks.use_synchronous_runner(False)
    tab.load_case(case_id)
    out = tmp_path / "appeal.pdf"
    _export(qtbot, tab, out)
    assert "Marat Zhunusov" in norm(pdf_text(out.read_bytes()))
    assert tab.history.model.rowCount() == 1
    assert "UA-" in tab.status.text() and tab.reference.text().startswith("UA-")
    kept = tab.history.model.appeal(0)
    assert kept is not None and [f.format for f in kept.files] == ["pdf"]


def test_internal_case_asks_for_confirmation(
    qtbot, tab: AppealsTab, vault: Vault, tmp_path: Path
) -> None:
    tasks.use_synchronous_runner(True)
    try:
        case = case_doxxing()
        save_case(vault, case)
        tab.load_case(case.id)
        tab.start_export()
        box = tab._confirm
        assert isinstance(box, QMessageBox) and tab._file_dialog is None
        box.button(QMessageBox.StandardButton.Cancel).click()
        assert tab._file_dialog is None and svc.list_kept(vault, case.id) == []
        tab.start_export()
        tab._confirm.button(QMessageBox.StandardButton.Yes).click()
        dialog = tab._file_dialog
        assert dialog is not None
        out = tmp_path / "x.md"
        tab.format.setCurrentIndex(tab.format.findData("md"))
        dialog.fileSelected.emit(str(out))
        dialog.done(QFileDialog.DialogCode.Accepted)
    finally:
        tasks.use_synchronous_runner(False)
    assert out.exists() and len(svc.list_kept(vault, case.id)) == 1


def test_open_again_and_regenerate(qtbot, tab: AppealsTab, case_id: str, vault: Vault, tmp_path):
    tasks.use_synchronous_runner(True)
    try:
        tab.load_case(case_id)
        _export(qtbot, tab, tmp_path / "a.md", "md")
        tab.lang.setCurrentIndex(tab.lang.findData("ru"))
        qtbot.waitUntil(lambda: "О ситуации" in _preview(tab), timeout=3000)
        tab.history.select(0)
        tab.history.open_button.click()
        assert "About the situation" in _preview(tab) and tab.viewing
        assert tab.banner.isVisible() or not tab.isVisible()
        _export(qtbot, tab, tmp_path / "b.md", "md")  # the kept one, exactly
        assert (tmp_path / "b.md").read_bytes() == (tmp_path / "a.md").read_bytes()
        first = tab.history.model.appeal(0)
        assert first is not None
        case = get_case(vault, case_id)
        case.summary = "Updated facts."
        save_case(vault, case)
        tab.history.select(0)
        tab.history.regenerate_button.click()
        assert "Updated facts." in _preview(tab)
        assert tab.lang.currentData() == "en" and not tab.viewing
        _export(qtbot, tab, tmp_path / "c.html", "html")
    finally:
        tasks.use_synchronous_runner(False)
    kept = svc.list_kept(vault, case_id)
    assert kept[0].regenerated_from == first.id


def test_clear_drops_everything_shown(tab: AppealsTab, case_id: str) -> None:
    tab.load_case(case_id)
    tab.history.load(svc.list_kept(tab.vault, case_id))
    tab.clear()
    assert not tab.isEnabled() and tab.case is None and tab.document is None
    assert _preview(tab) == "" and tab.demands.model.rowCount() == 0
    assert tab.texts.title.placeholderText() == "" and tab.events.events.rowCount() == 0
    tab.set_vault(None)
    with pytest.raises(RuntimeError):
        tab.load_case(case_id)


def test_models_pass_the_model_tester(qtmodeltester, tab: AppealsTab, case_id: str) -> None:
    tab.load_case(case_id)
    for model in (tab.demands.model, tab.texts.addressees, tab.events.events,
                  tab.history.model):  # fmt: skip
        qtmodeltester.check(model)


def test_earlier_incidents_come_from_the_background_and_choices_stay(
    qtbot, tab: AppealsTab, vault: Vault
) -> None:
    """Looking for earlier incidents reads every name in the vault, so it runs in a
    worker; until its answer is in, the incidents chosen before stay chosen (a save
    meanwhile keeps them) and are in the preview."""
    from casebook.services.cases import renew_ids

    old = case_administrative_detention()
    save_case(vault, old)
    new = case_administrative_detention()
    renew_ids(new)
    new.events = new.events[1:]
    new.events[0].date = new.events[0].date.parse("2025-02-01")
    save_case(vault, new)
    [key] = [c.key for c in svc.earlier_candidates(vault, new) if c.date == "2024-03-08"]
    svc.save_settings(vault, new.id, replace(svc.load_settings(vault, new.id), earlier=(key,)))
    tasks.use_synchronous_runner(False)
    tab.load_case(new.id)
    assert tab.events.earlier.rowCount() == 0  # not answered yet
    assert "8 March 2024, 10:30" in _preview(tab)
    tab.save_settings()
    assert svc.load_settings(vault, new.id).earlier == (key,)
    qtbot.waitUntil(lambda: tab.events.earlier.rowCount() > 0, timeout=10000)
    assert tab.events.earlier.checked() == (key,)
    assert tab.events.earlier.rowCount() == len(svc.earlier_candidates(vault, new))


def test_an_answer_for_a_case_no_longer_shown_is_dropped(
    qtbot, tab: AppealsTab, vault: Vault
) -> None:
    from casebook.services.cases import renew_ids

    old = case_administrative_detention()
    save_case(vault, old)
    new = case_administrative_detention()
    renew_ids(new)
    save_case(vault, new)
    assert svc.earlier_candidates(vault, new)
    tasks.use_synchronous_runner(False)
    tab.load_case(new.id)
    tab.clear()
    tasks.wait_all()
    qtbot.wait(50)  # the worker's answer is delivered, and ignored
    assert tab.events.earlier.rowCount() == 0 and tab.case is None

"""Texts that stayed English after a language switch: the custody log's actions, the
language of sent appeals, the redaction notice (a plural form)."""

from __future__ import annotations

from pathlib import Path

import pytest

from casebook.services import appeals as svc
from casebook.services.cases import save_case
from casebook.services.demo import case_administrative_detention
from casebook.ui import i18n, tasks
from casebook.ui.appeals_tab import AppealsTab
from casebook.ui.editor_evidence_view import custody_action
from tests import i18n_support, ui_support

gui = ui_support.gui
compiled = i18n_support.compiled
catalogues = i18n_support.catalogues


def test_custody_actions_are_in_the_interface_language(catalogues) -> None:
    assert custody_action("imported") == "imported"
    i18n.switch("ru")
    assert custody_action("imported") == "импортировано"
    i18n.switch("kk")
    assert custody_action("received") == "серіктестен алынды"
    assert custody_action("quarantined") == "quarantined"  # unknown here: as it is


@pytest.fixture
def tab(qtbot, vault, catalogues):
    widget = AppealsTab()
    qtbot.addWidget(widget)
    widget.set_vault(vault)
    case = case_administrative_detention()
    case.events[0].description += " Saule Bekova was pushed."  # an anonymous person named
    save_case(vault, case)
    widget.load_case(case.id)
    yield widget
    widget.clear()


def test_sent_appeals_name_their_language_and_the_notice_switches(
    qtbot, tab, tmp_path: Path
) -> None:
    assert "was replaced" in tab.notes.text() or "were replaced" in tab.notes.text()
    tasks.use_synchronous_runner(True)
    try:
        tab.export_to(tmp_path / "a.md", "md")
    finally:
        tasks.use_synchronous_runner(False)
    model = tab.history.model
    assert model.index(0, 2).data() == "English (en)"
    i18n.switch("ru")
    assert model.index(0, 2).data() == "Английский (en)"
    assert "заменен" in tab.notes.text()  # the notice in Russian, with its plural form
    assert svc.list_kept(tab.vault, tab.case.id)


def test_english_plurals_are_words_not_file_s(gui) -> None:
    from PySide6.QtCore import QCoreApplication

    i18n.switch("en")
    one = QCoreApplication.translate("EvidenceTab", "Imported %n file(s).", "", 1)
    two = QCoreApplication.translate("EvidenceTab", "Imported %n file(s).", "", 2)
    assert (one, two) == ("Imported 1 file.", "Imported 2 files.")


def test_the_recovery_screen_passphrase_label_switches(catalogues, qtbot, tmp_path) -> None:
    from tests.ui_support import open_window

    window = open_window(qtbot, None, tmp_path)
    window._show_forgot()
    i18n.switch("ru")
    labels = [label.text() for label in window.forgot_page.passphrase.labels]
    assert labels[0] != "Passphrase" and "Passphrase" not in labels
    i18n.switch("kk")
    assert window.forgot_page.passphrase.labels[1].text() != "Repeat it"

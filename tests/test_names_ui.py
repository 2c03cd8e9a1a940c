"""GUI of issue 11: the person editor's lists of other names and contact details, and
the Check tab of the appeal panel (findings, redact / keep, export blocked until
every doubtful finding is decided)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from casebook.domain.model import Case, Person
from casebook.services import appeals as svc
from casebook.services.cases import get_case, save_case
from casebook.ui.appeals_tab import AppealsTab
from casebook.vault.vault import Vault
from tests import editor_support
from tests.test_names_check import _case

editor = editor_support.editor


def test_person_aliases_and_contacts_are_edited_and_saved(qtbot, editor, vault: Vault) -> None:
    case = Case("Raid", people=[Person("Аяна Бекова")])
    save_case(vault, case)
    editor.load_case(case.id)
    editor.parties.people.select(editor.parties.people.model.item(0))
    form = editor.parties.person_form
    aliases, contacts = form.field("aliases"), form.field("contacts")
    assert "never published" in form.label("aliases").text()
    aliases.add_item()
    aliases.model.setData(aliases.model.index(0), "Ayana Bekova")
    aliases.add_item()
    aliases.model.setData(aliases.model.index(1), "Аяша")
    contacts.add_item()
    contacts.model.setData(contacts.model.index(0), "+7 701 123 45 67")
    assert editor.save(), editor.message.text()
    stored = get_case(vault, case.id).people[0]
    assert stored.aliases == ["Ayana Bekova", "Аяша"]
    assert stored.contacts == ["+7 701 123 45 67"]
    editor.load_case(case.id)
    editor.parties.people.select(editor.parties.people.model.item(0))
    assert form.field("aliases").value() == ["Ayana Bekova", "Аяша"]


@pytest.fixture
def tab(qtbot, vault: Vault):
    widget = AppealsTab()
    qtbot.addWidget(widget)
    widget.set_vault(vault)
    yield widget
    widget.clear()


def _select(tab: AppealsTab, text: str) -> None:
    model = tab.check.model
    row = next(r for r in range(model.rowCount()) if model.finding(r).text == text)
    tab.check.view.selectionModel().select(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


def test_check_tab_blocks_export_until_each_doubt_is_decided(
    qtbot, tab: AppealsTab, vault: Vault
) -> None:
    case = _case()
    save_case(vault, case)
    tab.load_case(case.id)
    assert tab.check.unresolved() == 2
    assert "2 to decide" in tab.sides.tabText(tab.sides.indexOf(tab.check))
    texts = {tab.check.model.finding(r).text for r in range(tab.check.model.rowCount())}
    assert {"Жанар Секербаевой", "Секербоева", "press@example.org", "сестра"} <= texts
    tab.start_export()
    assert tab._file_dialog is None  # no file dialog: blocked
    assert tab.sides.currentWidget() is tab.check and "Check tab" in tab.status.text()

    _select(tab, "Секербоева")
    tab.check.redact_button.click()
    _select(tab, "press@example.org")
    tab.check.keep_button.click()
    qtbot.waitUntil(lambda: tab.check.unresolved() == 0, timeout=3000)
    qtbot.waitUntil(lambda: "press@example.org" in tab.preview.toPlainText(), timeout=3000)
    assert "Секербоева" not in tab.preview.toPlainText()
    tab.save_settings()
    kept = svc.load_settings(vault, case.id).decision_map()
    assert kept == {"секербоева": "redact", "press@example.org": "keep"}
    tab.start_export()
    assert tab._file_dialog is not None  # the export goes on
    tab._file_dialog.reject()


def test_a_named_persons_contact_is_published_only_when_ticked(
    qtbot, tab: AppealsTab, vault: Vault
) -> None:
    named = Person("Сауле Нурланова", consent="named", contacts=["+7 777 000 11 22"],
                   profile="Телефон: +7 777 000 11 22.")  # fmt: skip
    case = Case("Дело", people=[named], sensitivity="public")
    save_case(vault, case)
    tab.load_case(case.id)
    assert tab.check.contacts.rowCount() == 1
    assert "777 000 11 22" not in tab.preview.toPlainText()
    index = tab.check.contacts.index(0)
    tab.check.contacts.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: "+7 777 000 11 22" in tab.preview.toPlainText(), timeout=3000)
    tab.save_settings()
    assert svc.load_settings(vault, case.id).contacts == ("+7 777 000 11 22",)

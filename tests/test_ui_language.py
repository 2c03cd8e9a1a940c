"""The interface language is chosen in the settings and changes the running window at
once: menus, list headers, editor labels, vocabulary and country names, dates and
numbers, without losing unsaved edits, the chosen case, the search or running work."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QComboBox, QDialogButtonBox

import casebook.i18n as core_i18n
from casebook.domain.countries import country_name
from casebook.services import evidence
from casebook.ui import formats, i18n, settings, tasks
from casebook.ui.app import make_application
from casebook.ui.settings import SettingsDialog
from tests import i18n_support, ui_support
from tests.i18n_support import expected, has_kazakh_letters
from tests.ui_support import edit_field, editor_field, field_text, open_row

gui = ui_support.gui
demo = ui_support.demo
window = ui_support.window
compiled = i18n_support.compiled
catalogues = i18n_support.catalogues


def _menus(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def _headers(win) -> list[str]:
    model = win.workspace.panel.model
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]


def _choose_language(win, code: str) -> None:
    """Settings > Language > `code` > OK, as a user does it."""
    win.acts.settings.trigger()
    dialog = next(w for w in ui_support.visible_dialogs() if isinstance(w, SettingsDialog))
    combo = dialog.findChild(QComboBox, settings.LANGUAGE.key)
    combo.setCurrentIndex(combo.findData(code))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_switching_to_kazakh_relabels_the_main_window_and_back(qtbot, window, catalogues):
    open_row(qtbot, window, 0)
    editor = window.workspace.editor
    english = (_menus(window), _headers(window), editor.tabs.tabText(0))
    _choose_language(window, "kk")
    assert i18n.lang() == "kk" and settings.LANGUAGE.get() == "kk"

    menus, headers = _menus(window), _headers(window)
    for source in ("&File", "&Edit", "&Vault", "&Help"):
        assert expected("kk", "MainWindow", source) in menus
    for source in ("Title", "Status", "Country", "Last event", "Updated"):
        assert expected("kk", "CaseList", source) in headers
    form = editor.overview.form
    title_label = form.label("title").text()
    assert expected("kk", "forms", "Title") in title_label
    assert expected("kk", "forms", "Summary") in form.label("summary").text()
    assert form.field("title").accessibleName() == expected("kk", "forms", "Title")
    tabs = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
    for source in ("Overview", "People and organisations", "Events", "Evidence"):
        assert expected("kk", "CaseEditor", source) in tabs
    shown = " ".join(menus + headers + tabs + [title_label])
    assert has_kazakh_letters(shown), shown
    filters = window.workspace.panel.filters
    assert filters.status.itemText(0) == expected("kk", "FilterBar", "Any status")
    assert filters.status.findText("Ашық") > 0  # vocabulary labels in Kazakh
    assert window.workspace.back_button.text() == expected("kk", "Workspace", "← All cases")

    _choose_language(window, "en")
    assert (_menus(window), _headers(window), editor.tabs.tabText(0)) == english
    assert filters.status.itemText(0) == "Any status" and filters.status.findText("Open") > 0


def test_kazakh_to_russian_and_the_setting_is_used_at_start(qtbot, window, catalogues):
    i18n.switch("kk")
    i18n.switch("ru")
    assert expected("ru", "MainWindow", "&Vault") in _menus(window)
    assert expected("ru", "CaseList", "Last event") in _headers(window)
    settings.LANGUAGE.set("kk")
    make_application()  # as at the next start
    assert i18n.lang() == "kk"
    assert expected("kk", "MainWindow", "&Vault") in _menus(window)


def test_switching_keeps_unsaved_edits_the_case_the_search_and_the_tab(qtbot, window, catalogues):
    panel = window.workspace.panel
    panel.filters.search.setText("detention")
    panel.filters._emit_now()
    panel.filters.status.setCurrentIndex(panel.filters.status.findData("monitoring"))
    assert panel.model.rowCount() == 1
    case_id = open_row(qtbot, window, 0)
    editor = window.workspace.editor
    edit_field(qtbot, window, "title", "Renamed but not saved")
    editor.tabs.setCurrentWidget(editor.events)
    events = editor.events.timeline
    events.table.selectRow(1)
    chosen_event = events.current()
    assert editor.is_dirty() and window.isWindowModified()

    i18n.switch("kk")

    assert window.workspace.showing_editor() and window.workspace.current_id == case_id
    assert editor.is_dirty() and window.isWindowModified()
    assert field_text(editor_field(editor, "title")) == "Renamed but not saved"
    assert editor.tabs.currentWidget() is editor.events and events.current() is chosen_event
    assert panel.filters.search.text() == "detention"
    assert panel.filters.status.currentData() == "monitoring"
    assert panel.chosen() == case_id and panel.model.rowCount() == 1
    i18n.switch("en")
    window.acts.save.trigger()
    window.workspace.show_list()
    assert panel.model.index(0, 0).data() == "Renamed but not saved"


def test_an_import_running_while_the_language_changes_goes_on(
    qtbot, window, catalogues, tmp_path, monkeypatch
):
    real = evidence.import_file
    started, release = threading.Event(), threading.Event()

    def held(*args, progress=None, **kwargs):
        def step(done: int, total: int) -> None:
            progress(done, total)
            started.set()
            release.wait(10)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(evidence, "import_file", held)
    source = tmp_path / "statement.txt"
    source.write_text("What the witness saw.\n" * 200, "utf-8")
    open_row(qtbot, window, 0)
    tab = window.workspace.editor.evidence
    tasks.use_synchronous_runner(False)
    try:
        tab.import_paths([str(source)])
        qtbot.waitUntil(started.is_set, timeout=10000)
        i18n.switch("kk")
        assert tab.progress_row.busy and tab.progress_row.isVisibleTo(tab)
        release.set()
        qtbot.waitUntil(lambda: not tab.progress_row.busy, timeout=10000)
    finally:
        release.set()
        tasks.use_synchronous_runner(True)
    assert "statement.txt" in [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_dates_numbers_and_countries_follow_the_language(qtbot, window, catalogues, tmp_path):
    panel = window.workspace.panel
    case_id = open_row(qtbot, window, 0)
    source = tmp_path / "report.txt"
    source.write_text("x" * 12_345, "utf-8")
    editor = window.workspace.editor
    editor.evidence.import_paths([str(source)])
    i18n.switch("kk")
    kk = QLocale("kk")
    row = panel.model.row_of(case_id)
    cells = [panel.model.index(row, c).data() for c in range(panel.model.columnCount())]
    summary = panel.model._pages[0][row].summary
    assert cells[2] == country_name("KZ", "kk") == "Қазақстан"
    updated = formats.local_datetime(summary.updated)
    assert updated is not None
    assert cells[6] == kk.toString(updated.date(), "dd.MM.yyyy")
    assert cells[3] == kk.toString(date.fromisoformat(summary.last_event), "dd.MM.yyyy")
    count = panel.filters.count.text()
    assert count == expected("kk", "FilterBar", "Cases: {count}").format(count=4)
    country = editor.overview.form.field("country")
    assert country.currentText() == "Қазақстан (KZ)" and country.value() == "KZ"
    details = editor.evidence.details.values["size"].text()
    assert kk.toString(12_345) in details and kk.toString(12_345) != "12,345"
    assert expected("kk", "EvidenceDetails", "{0} ({1} bytes)").split(" ")[-1][:-1] in details
    events = editor.events.timeline.model
    for event in events.items():
        shown, start = events.index(events.row_of(event), 0).data(), event.date.start
        if event.date.precision == "month":
            assert shown == f"{kk.standaloneMonthName(start.month)} {start.year}"
        elif event.date.precision == "day":
            assert shown == kk.toString(start, "dd.MM.yyyy")
    assert "day" in {event.date.precision for event in events.items()}
    assert not editor.is_dirty()  # relabelling the country and dates changed no value
    assert core_i18n.language() == "kk"  # the core's messages too, like why a text file
    refusal = editor.evidence.clean_button.toolTip()  # cannot be cleaned
    assert "text/plain" in refusal and has_kazakh_letters(refusal), refusal


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_without_the_catalogue_the_interface_stays_english(gui, code, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "resources_dir", lambda: tmp_path)
    assert i18n.switch(code) == "en" and i18n.lang() == "en"


def test_case_data_that_reads_like_an_interface_word_is_not_translated(qtbot, window, catalogues):
    import io

    case_id = open_row(qtbot, window, 0)
    data = b"a photo"
    evidence.import_stream(window.vault, case_id, io.BytesIO(data), original_name="Overview",
                           size=len(data), description="Overview")  # fmt: skip
    editor = window.workspace.editor
    editor.load_case(case_id)
    editor.tabs.setCurrentWidget(editor.evidence)
    i18n.switch("kk")
    assert editor.tabs.tabText(editor.tabs.indexOf(editor.evidence)) == expected(
        "kk", "CaseEditor", "Evidence"
    )
    details = editor.evidence.details
    assert details.values["name"].text() == "Overview"
    assert details.editor.form.field("description").value() == "Overview"


def test_a_text_from_two_sources_is_told_apart_by_the_widget_it_is_in(qapp) -> None:
    class Two(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return {"PartiesTab": "Аты", "EvidenceDetails": "Файл атауы"}.get(context, "")

    catalogue = i18n.Catalogue()
    for context in ("PartiesTab", "EvidenceDetails"):
        catalogue.translate(context, "Name")  # both shown in English as "Name"
    assert catalogue.source_of("Name", "en", ["EvidenceTab", "EvidenceDetails"]) == i18n.Key(
        "EvidenceDetails", "Name", "", -1
    )
    assert catalogue.source_of("Name", "en", lambda: ["PartiesTab"]).context == "PartiesTab"
    catalogue.parts, catalogue.lang = [Two()], "kk"
    assert catalogue.translate("EvidenceDetails", "Name") == "Файл атауы"
    assert catalogue.source_of("Файл атауы", "kk").context == "EvidenceDetails"
    assert catalogue.source_of("Typed by a user", "en") is None

"""The Translations tab: a Russian version typed beside the original, saved with the
case, reaches the Russian appeal preview; the appeal panel names what fell back."""

from __future__ import annotations

import copy
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from casebook.domain import texts
from casebook.domain.texts import TextPath
from casebook.services import cases as svc
from casebook.ui.case_editor import CaseEditor
from casebook.ui.editor_translations import TranslationsTab
from casebook.vault.vault import Vault
from tests.editor_support import editor  # noqa: F401 - fixture
from tests.test_texts import V1

SUMMARY = TextPath("case", "summary")
RUSSIAN = "Они пришли в полдень и сорвали встречу."


def _row(tab: TranslationsTab, path: TextPath) -> int:
    return next(i for i, r in enumerate(tab.model.items()) if r.path == path)


def _appeal_in(ed: CaseEditor, lang: str) -> str:
    appeals = ed.appeals
    assert appeals is not None
    ed.tabs.setCurrentWidget(appeals)
    appeals.lang.setCurrentIndex(appeals.lang.findData(lang))  # type: ignore[attr-defined]
    appeals.refresh_preview()  # type: ignore[attr-defined]
    return str(appeals.preview.toPlainText())  # type: ignore[attr-defined]


def test_a_russian_version_edited_side_by_side_reaches_the_russian_appeal(
    qtbot,
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    editor.load_case(case.id)
    tab = editor.translations
    editor.tabs.setCurrentWidget(tab)
    tab.set_lang("ru")
    assert tab.model.item(_row(tab, SUMMARY)).state == texts.MISSING
    assert "0 missing" not in tab.summary.text()
    # before: the Russian appeal falls back to the English summary, and says so
    preview = _appeal_in(editor, "ru")
    assert "They came at noon." in preview
    assert editor.appeals.fallbacks.isVisible()  # type: ignore[union-attr]
    assert "summary" in editor.appeals.fallbacks.text()  # type: ignore[union-attr]
    # the panel's button leads to the first text without a Russian version
    qtbot.mouseClick(editor.appeals.translate_button, Qt.MouseButton.LeftButton)  # type: ignore[union-attr]
    assert editor.tabs.currentWidget() is tab and tab.lang() == "ru"
    assert tab.path == TextPath("case", "title")
    # side by side: the original on the left, the Russian version typed on the right
    tab.jump_to(SUMMARY)
    assert tab.original.toPlainText() == "They came at noon."
    assert tab.original.isReadOnly() and tab.version.hasFocus()
    qtbot.keyClicks(tab.version, "x")  # typed (QTest types Latin-1 only) ...
    tab.version.selectAll()
    tab.version.insertPlainText(RUSSIAN)  # ... then replaced, as an input method does
    assert tab.model.item(_row(tab, SUMMARY)).state == ""
    assert editor.is_dirty()
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.is_dirty()
    stored = svc.get_case(vault, case.id)
    assert texts.text_for(stored, SUMMARY, "ru") == (RUSSIAN, False)
    # the Russian appeal shows the version; the English one keeps the original
    preview = _appeal_in(editor, "ru")
    assert RUSSIAN in preview and "They came at noon." not in preview
    assert "summary" not in editor.appeals.fallbacks.text()  # type: ignore[union-attr]
    assert "They came at noon." in _appeal_in(editor, "en")


def test_a_changed_original_shows_its_version_as_needing_review(
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    texts.set_version(case, SUMMARY, "kk", "Олар түсте келді.")
    svc.save_case(vault, case)
    editor.load_case(case.id)
    editor.overview.form.field("summary").setPlainText("They came at noon, twelve of them.")
    tab = editor.translations
    editor.tabs.setCurrentWidget(tab)
    tab.set_lang("kk")
    tab.jump_to(SUMMARY)
    assert tab.model.item(_row(tab, SUMMARY)).state == texts.REVIEW
    assert tab.review.isChecked()
    assert tab.original.toPlainText() == "They came at noon, twelve of them."
    tab.only_open.setChecked(True)
    assert {r.state for r in tab.model.items()} <= {texts.MISSING, texts.REVIEW}
    tab.version.setPlainText("Олар түсте келді, он екі адам.")
    assert not tab.review.isChecked()
    assert not texts.needs_review(editor._case, SUMMARY, "kk")  # type: ignore[arg-type]


def test_the_original_language_is_the_cases_and_can_be_set(
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps({**V1, "language": "ru"}))
    editor.load_case(case.id)
    tab = editor.translations
    assert tab.original_lang.currentData() == "ru"
    assert [tab.target.itemData(i) for i in range(tab.target.count())] == ["en", "kk"]
    tab.original_lang.setCurrentIndex(tab.original_lang.findData("kk"))
    assert editor.is_dirty()
    assert editor.save()
    assert svc.get_case(vault, case.id).language == "kk"


def test_each_translatable_field_names_its_languages_and_opens_its_translation(
    qtbot,
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    texts.set_version(case, SUMMARY, "ru", "Они пришли в полдень.")
    svc.save_case(vault, case)
    editor.load_case(case.id)
    form = editor.overview.form
    link = form.findChild(QLabel, "languages_summary")
    assert link.isVisibleTo(editor) and form.language_text("summary") == "EN · RU"
    assert form.language_text("title") == "EN"
    assert not form.findChild(QLabel, "languages_background").isVisibleTo(editor)  # empty
    assert form.findChild(QLabel, "languages_status") is None  # not a text
    form.field("summary").setPlainText("They came at noon, twelve of them.")
    assert form.language_text("summary") == "EN · RU?"  # the Russian version needs review
    link.linkActivated.emit("#translate")  # a click on the link
    tab = editor.translations
    assert editor.tabs.currentWidget() is tab
    assert tab.lang() == "kk" and tab.path == SUMMARY  # the first language it lacks
    tab.version.setPlainText("Олар түсте келді.")
    assert form.language_text("summary") == "EN · KK · RU?"
    assert editor.events.form.language_text("description") == "EN"
    assert editor.parties.person_form.language_text("role") == "EN"


def test_ctrl_shift_t_in_a_field_opens_its_translation(
    qtbot,
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    editor.load_case(case.id)
    editor.activateWindow()
    place = editor.overview.form.field("location")
    place.setFocus()
    qtbot.waitUntil(place.hasFocus)
    qtbot.keyClick(
        place, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    tab = editor.translations
    assert editor.tabs.currentWidget() is tab
    assert tab.path == TextPath("case", "location") and tab.lang() == "ru"
    assert tab.original.toPlainText() == "Almaty" and tab.version.hasFocus()


def test_making_a_version_the_original_shows_it_in_the_forms(
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    case = svc.import_case_json(vault, json.dumps(V1))
    texts.set_version(case, SUMMARY, "ru", "Они пришли в полдень.")
    svc.save_case(vault, case)
    editor.load_case(case.id)
    tab = editor.translations
    tab.original_lang.setCurrentIndex(tab.original_lang.findData("ru"))
    summary = editor.overview.form.field("summary")
    assert summary.toPlainText() == "Они пришли в полдень."
    summary.setPlainText("Они пришли в полдень, их было двенадцать.")  # the form writes back
    assert editor.save()
    stored = svc.get_case(vault, case.id)
    assert stored.language == "ru"
    assert stored.summary == "Они пришли в полдень, их было двенадцать."
    assert texts.text_for(stored, SUMMARY, "en") == ("They came at noon.", False)
    assert texts.needs_review(stored, SUMMARY, "en")


def test_the_summary_says_what_each_language_lacks(
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    doc = copy.deepcopy(V1)
    doc.pop("demands")
    doc["people"] = doc["events"] = []
    doc.update(format="casebook-case/2", title={"en": "Event attacked", "kk": "Шабуыл"},
               location={"en": "Almaty", "kk": "Алматы"},
               summary={"en": "They came at noon.", "kk": "Олар түсте келді."})  # fmt: skip
    case = svc.import_case_json(vault, json.dumps(doc))
    editor.load_case(case.id)
    tab = editor.translations
    tab.set_lang("ru")
    assert tab.summary.text() == (
        "Русский: 3 missing, 0 to review.  Қазақша: every text is translated."
    )


def test_an_evidence_description_is_translated_beside_its_original(
    vault: Vault,
    editor: CaseEditor,  # noqa: F811
) -> None:
    import io

    from casebook.services import evidence
    from casebook.services import texts as text_svc

    case = svc.import_case_json(vault, json.dumps(V1))
    item = evidence.import_stream(
        vault, case.id, io.BytesIO(b"a statement"), original_name="statement.txt",
        description="Statement of a participant",
    )  # fmt: skip
    editor.load_case(case.id)
    tab = editor.translations
    editor.tabs.setCurrentWidget(tab)
    tab.set_lang("ru")
    path = text_svc.evidence_path(item.id)
    assert tab.model.item(_row(tab, path)).state == texts.MISSING
    assert tab.model.item(_row(tab, path)).label == "evidence 1: description"
    tab.jump_to(path)
    assert tab.original.toPlainText() == "Statement of a participant"
    tab.version.setPlainText("Заявление участницы")
    assert tab.model.item(_row(tab, path)).state == ""
    assert editor.is_dirty() and text_svc.evidence_versions(vault, item.id) == {}
    assert editor.save()
    assert not editor.is_dirty()
    assert text_svc.evidence_versions(vault, item.id)["ru"].text == "Заявление участницы"
    assert tab.model.item(_row(tab, path)).state == ""  # read back from the vault

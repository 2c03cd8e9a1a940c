"""The Appeals tab of the case editor: choose language, demands, texts and addressees,
see the appeal as it will be sent, export it, and see every appeal kept for the case.

    tab = AppealsTab(parent)
    tab.set_vault(vault)        # or None
    tab.load_case(case_id)      # after the case was saved, call again to refresh
    tab.clear()                 # on lock: drops everything shown

The preview is the same HTML the PDF is made from. Choices are saved with the case as
they change. Export runs in a worker thread (render, write, keep).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from casebook.domain.appeal import AppealDocument, AppealSettings
from casebook.domain.doc_types import DocumentRefused
from casebook.domain.model import Case
from casebook.domain.phrases import APPEAL_LANGS
from casebook.services import appeals as svc
from casebook.services.appeals.earlier import EarlierEvent
from casebook.services.appeals.html import render_html
from casebook.services.appeals.library import demands_library, phrases
from casebook.services.cases import get_case
from casebook.ui import tasks
from casebook.ui.appeals_check import CheckPanel
from casebook.ui.appeals_panels import DemandsPanel, EventsPanel, HistoryPanel, TextsPanel
from casebook.ui.dialogs import ask_yes, confirm, qt_file_dialog
from casebook.ui.fonts import font_scale, scale_style_block
from casebook.ui.formats import datetime_text


def doc_type_labels() -> list[tuple[str, str]]:
    return [
        ("urgent", QCoreApplication.translate("AppealsTab", "Urgent appeal")),
        ("update", QCoreApplication.translate("AppealsTab", "Update of an earlier appeal")),
        ("un-submission", QCoreApplication.translate("AppealsTab", "UN Special Procedures")),
        ("letter", QCoreApplication.translate("AppealsTab", "Letter to an authority")),
    ]


FORMAT_LABELS = (("pdf", "PDF"), ("docx", "Word (DOCX)"), ("html", "HTML"), ("md", "Markdown"))
FILTERS = {"pdf": "PDF (*.pdf)", "docx": "Word (*.docx)", "html": "HTML (*.html)",
           "md": "Markdown (*.md)"}  # fmt: skip


def _scrolling(panel: QWidget) -> QScrollArea:
    """`panel` in a scroll area: with large fonts its fields need more than the height."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
    scroll.setWidget(panel)
    return scroll


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


class AppealsTab(QWidget):
    exported = Signal(object)  # svc.ExportResult
    changed = Signal(object)  # Changes
    translate_requested = Signal(str, str)  # language, TextPath key of the first fallback

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault: Any = None
        self.case: Case | None = None
        self.document: AppealDocument | None = None
        self.viewing: str = ""  # id of a kept appeal shown instead of the draft
        self._regenerate_from = ""
        self._loading = False
        self._confirm: QMessageBox | None = None
        self._file_dialog: QFileDialog | None = None
        self._task: tasks.Task | None = None
        self._exporting = False  # an export is running (the button stays off till it ends)
        # Set by the case editor around this tab (`set_editor_hooks`): the appeal is made
        # from the stored case, so unsaved edits are saved first (or the export is not
        # started), and "internal only" is checked as it is on screen, saved or not.
        self._unsaved: Callable[[], bool] = lambda: False
        self._save_case: Callable[[], bool] = lambda: True
        self._sensitivity_on_screen: Callable[[], str] = lambda: ""
        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self.refresh_preview)
        self._save_timer = QTimer(self, singleShot=True, interval=400)
        self._save_timer.timeout.connect(self.save_settings)
        self._build()
        self.setEnabled(False)

    # --- layout -------------------------------------------------------------------

    def _build(self) -> None:
        self.lang = QComboBox()
        for code in APPEAL_LANGS:
            self.lang.addItem(phrases(code)["language_name"], code)
        self.reference = QLineEdit(placeholderText=self.tr("next free number"))
        self.format = QComboBox()
        for code, text in FORMAT_LABELS:
            self.format.addItem(text, code)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.start_export)
        self.reference.setMaximumWidth(max(180, 22 * self.fontMetrics().averageCharWidth()))
        self.format.setAccessibleName(self.tr("Format of the exported appeal"))
        top = QHBoxLayout()
        top.addWidget(_buddy(self.tr("Language"), self.lang))
        top.addWidget(self.lang)
        top.addSpacing(12)
        top.addWidget(_buddy(self.tr("Reference"), self.reference))
        top.addWidget(self.reference)
        top.addStretch(1)
        top.addWidget(self.format)
        top.addWidget(self.export_button)
        self.doc_type = QComboBox()
        self.doc_type.setAccessibleName(self.tr("Kind of document"))
        self.follows = QComboBox()
        self.follows.setAccessibleName(self.tr("The earlier appeal this update follows"))
        self.addressee = QComboBox()
        self.addressee.setAccessibleName(self.tr("Addressee from the address book"))
        self._fill_doc_types()
        kinds = QHBoxLayout()
        kinds.addWidget(_buddy(self.tr("Document"), self.doc_type))
        kinds.addWidget(self.doc_type)
        self.follows_label = _buddy(self.tr("Follows"), self.follows)
        kinds.addWidget(self.follows_label)
        kinds.addWidget(self.follows)
        self.addressee_label = _buddy(self.tr("Addressee"), self.addressee)
        kinds.addWidget(self.addressee_label)
        kinds.addWidget(self.addressee)
        kinds.addStretch(1)

        self.demands = DemandsPanel(self)
        self.texts = TextsPanel(self)
        self.events = EventsPanel(self)
        self.history = HistoryPanel(self)
        self.check = CheckPanel(self)
        self.sides = QTabWidget()
        self.sides.setUsesScrollButtons(False)  # every tab title shown whole
        self.sides.addTab(self.demands, self.tr("Demands"))
        self.sides.addTab(_scrolling(self.texts), self.tr("Texts and addressees"))
        self.sides.addTab(self.events, self.tr("Events"))
        self.sides.addTab(self.history, self.tr("Sent appeals"))
        self.sides.addTab(self.check, self.tr("Check"))

        self.banner = QLabel(wordWrap=True)
        self.banner.hide()
        self.back_button = QPushButton(self.tr("Back to the draft"))
        self.back_button.clicked.connect(self.show_draft)
        self.back_button.hide()
        self.preview = QTextBrowser(openLinks=False)
        self.preview.setAccessibleName(self.tr("Preview of the appeal"))
        self.preview.document().setDocumentMargin(18)
        self.notes = QLabel(wordWrap=True)
        self.fallbacks = QLabel(wordWrap=True)
        self.fallbacks.setAccessibleName(self.tr("Texts without a version in this language"))
        self.fallbacks.setStyleSheet("color: #8a5a00;")
        self.fallbacks.hide()
        self.translate_button = QPushButton(self.tr("Translate the missing texts…"))
        self.translate_button.clicked.connect(self._translate_missing)
        self.translate_button.hide()
        self.status = QLabel(wordWrap=True)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        banner_row = QHBoxLayout()
        banner_row.addWidget(self.banner, 1)
        banner_row.addWidget(self.back_button)
        rl.addLayout(banner_row)
        rl.addWidget(self.preview, 1)
        rl.addWidget(self.notes)
        fallback_row = QHBoxLayout()
        fallback_row.addWidget(self.fallbacks, 1)
        fallback_row.addWidget(self.translate_button, 0, Qt.AlignmentFlag.AlignTop)
        rl.addLayout(fallback_row)
        rl.addWidget(self.status)
        split = QSplitter()
        split.addWidget(self.sides)
        split.addWidget(right)
        split.setStretchFactor(1, 2)
        split.setSizes([440, 860])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(kinds)
        layout.addWidget(split, 1)
        for combo in (self.doc_type, self.follows, self.addressee):
            combo.currentIndexChanged.connect(self._kind_changed)

        self.lang.currentIndexChanged.connect(self._lang_changed)
        self.reference.textEdited.connect(self._edited)
        for panel in (self.demands, self.texts, self.events, self.check):
            panel.edited.connect(self._edited)
        self.history.open_requested.connect(self.show_kept)
        self.history.regenerate_requested.connect(self.regenerate)

    # --- public interface -------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        self.clear()
        self.vault = vault

    def load_case(self, case_id: str, case: Case | None = None) -> None:
        """Show the appeal of a case: its saved choices, a preview, its sent appeals.
        `case` is the stored case when the caller has it already (it is not changed
        here); earlier incidents of other cases are looked for in the background."""
        if self.vault is None:
            raise RuntimeError("AppealsTab.load_case called before set_vault")
        self._save_pending()
        if case is None or case.id != case_id:
            case = get_case(self.vault, case_id)
        self.case = case
        settings = svc.load_settings(self.vault, self.case.id, self.case)
        self._loading = True
        try:
            self.lang.setCurrentIndex(max(0, self.lang.findData(settings.lang)))
            self._load_kind(settings)
            self.reference.setText(settings.reference)
            self.demands.load(settings, demands_library())
            self.texts.load(settings, self.case)
            self.events.load(settings, self.case)
            self.check.load(settings, self.case)
        finally:
            self._loading = False
        self.viewing = ""
        self._regenerate_from = ""
        self._show_banner("")
        self.history.load(svc.list_kept(self.vault, self.case.id))
        self.status.clear()
        self.setEnabled(True)
        self.refresh_preview()
        self._find_earlier(self.case)

    def _find_earlier(self, case: Case) -> None:
        """Earlier incidents of other cases: reading every name of a big vault takes a
        moment, so it runs in a worker. The answer names the case it is for, and is
        dropped if another case (or none) is shown by then."""
        tasks.run_task(
            self.vault,
            lambda handle, _progress, _cancel: (case, svc.earlier_candidates(handle, case)),
            on_done=self._earlier_found,
            on_error=self._earlier_failed,
        )

    def _earlier_found(self, answer: tuple[Case, list[EarlierEvent]]) -> None:
        case, earlier = answer
        if case is self.case:
            self.events.set_earlier(earlier)

    def _earlier_failed(self, exc: BaseException) -> None:
        """The choices made before stay as they were saved."""
        if self.case is not None and self.vault is not None and self.vault.is_open:
            self.status.setText(
                self.tr("Earlier incidents could not be looked for: {error}").replace(
                    "{error}", str(exc) or type(exc).__name__
                )
            )

    def clear(self) -> None:
        """Forget the case: nothing of it stays in any widget (called when locking)."""
        self._preview_timer.stop()
        self._save_timer.stop()
        if self._task is not None:
            self._task.cancel()
        self._close_dialogs()
        self.case = None
        self.document = None
        self.viewing = self._regenerate_from = ""
        self._loading = True
        try:
            self.reference.clear()
            for panel in (self.demands, self.texts, self.events, self.history, self.check):
                panel.clear()
        finally:
            self._loading = False
        self.preview.clear()
        self.preview.document().clear()
        self.notes.clear()
        self._show_fallbacks(None)
        self.status.clear()
        self._show_banner("")
        self.setEnabled(False)

    # --- settings ---------------------------------------------------------------------

    def current_settings(self) -> AppealSettings:
        lang = str(self.lang.currentData() or "en")
        settings = AppealSettings(
            lang=lang, reference=self.reference.text().strip(),
            doc_type=str(self.doc_type.currentData() or "urgent"),
            follows=str(self.follows.currentData() or ""),
            addressee=str(self.addressee.currentData() or ""),
        )  # fmt: skip
        settings = self.demands.apply(settings)
        settings = self.texts.apply(settings)
        settings = self.check.apply(settings)
        return self.events.apply(settings)

    # --- kind of document -----------------------------------------------------------

    def _fill_doc_types(self) -> None:
        current = self.doc_type.currentData()
        self.doc_type.blockSignals(True)
        self.doc_type.clear()
        for code, text in doc_type_labels():
            self.doc_type.addItem(text, code)
        self.doc_type.setCurrentIndex(max(0, self.doc_type.findData(current)))
        self.doc_type.blockSignals(False)

    def _load_kind(self, settings: AppealSettings) -> None:
        """The document type, the kept appeals an update may follow and the address book."""
        from casebook.services import outreach

        assert self.case is not None
        self.doc_type.setCurrentIndex(max(0, self.doc_type.findData(settings.doc_type)))
        self.follows.clear()
        self.follows.addItem(self.tr("the newest appeal"), "")
        for kept in svc.list_kept(self.vault, self.case.id):
            self.follows.addItem(f"{kept.reference} ({kept.lang})", kept.reference)
        self.follows.setCurrentIndex(max(0, self.follows.findData(settings.follows)))
        self.addressee.clear()
        self.addressee.addItem(self.tr("none"), "")
        for a in outreach.list_addressees(self.vault):
            self.addressee.addItem(a.name, a.name)
        self.addressee.setCurrentIndex(max(0, self.addressee.findData(settings.addressee)))
        self._show_kind_fields()

    def _show_kind_fields(self) -> None:
        """What an update follows, and to whom a letter is written: only for those."""
        update = self.doc_type.currentData() == "update"
        letter = self.doc_type.currentData() == "letter"
        for widget, shown in (
            (self.follows, update),
            (self.follows_label, update),
            (self.addressee, letter),
            (self.addressee_label, letter),
        ):
            widget.setVisible(shown)  # fmt: skip

    def _kind_changed(self) -> None:
        self._show_kind_fields()
        self._edited()

    def _lang_changed(self) -> None:
        self.demands.set_lang(str(self.lang.currentData() or "en"))
        self._edited()

    def _edited(self) -> None:
        if self._loading or self.case is None:
            return
        if self.viewing:
            self.show_draft()
        self._preview_timer.start()
        self._save_timer.start()

    def _usable(self) -> bool:
        return self.case is not None and self.vault is not None and self.vault.is_open

    def save_settings(self) -> None:
        if self._usable():
            assert self.case is not None
            changes = svc.save_settings(self.vault, self.case.id, self.current_settings())
            self.changed.emit(changes)

    def _save_pending(self) -> None:
        if self._save_timer.isActive():
            self._save_timer.stop()
            self.save_settings()

    # --- preview ------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        if not self._usable() or self.viewing or self.case is None:
            return
        try:
            checked = svc.build_checked(self.vault, self.case, self.current_settings())
        except DocumentRefused as exc:
            self.document = None
            self.preview.setPlainText(str(exc))
            self.export_button.setEnabled(False)
            self.notes.clear()
            return
        self.document = checked.document
        self.check.set_result(checked)
        self._show_check_title()
        self.export_button.setEnabled(not self._exporting)
        self._show(self.document)
        self._show_notes()

    def _show_notes(self) -> None:
        """The redaction notice, in the interface language (redone when it changes)."""
        if self.document is None or self.viewing:
            return
        notes = [
            self.tr(
                "%n mention(s) of a name that may not be published were replaced by {label}.",
                "",
                n.count,
            ).replace("{label}", f"“{n.label}”")
            for n in self.document.notes
        ]
        self.notes.setText("\n".join(notes))
        self._show_fallbacks(self.document)

    def _show_fallbacks(self, doc: AppealDocument | None) -> None:
        """Which case texts have no version in the appeal's language (the original is
        used for them), named one by one."""
        fields = svc.fallback_fields(self.case, doc) if doc and self.case else []
        if fields:
            text = self.tr(
                "No {language} version; the original text is used for: {fields}"
            )  # fmt: skip
            language = phrases(doc.lang)["language_name"] if doc else ""
            self.fallbacks.setText(
                text.replace("{language}", language).replace("{fields}", "; ".join(fields))
            )
        else:
            self.fallbacks.clear()
        self.fallbacks.setVisible(bool(fields))
        self.translate_button.setVisible(bool(fields) and not self.viewing)

    def _translate_missing(self) -> None:
        doc = self.document
        if doc is None or not doc.fallbacks():
            return
        own = [t.field for t in doc.fallbacks() if ":" not in t.field]
        self.translate_requested.emit(doc.lang, own[0] if own else "")

    def _show_check_title(self) -> None:
        open_ = self.check.unresolved()
        title = self.tr("Check ({n} to decide)").replace("{n}", str(open_))
        self.sides.setTabText(self.sides.indexOf(self.check), title if open_ else self.tr("Check"))

    def _show(self, doc: AppealDocument) -> None:
        bar = self.preview.verticalScrollBar().value()
        self.preview.setHtml(scale_style_block(render_html(doc), font_scale()))
        self.preview.verticalScrollBar().setValue(bar)

    def show_kept(self, appeal_id: str) -> None:
        """Show a kept appeal exactly as it was sent; Export then writes it again."""
        if self.vault is None:
            return
        self._save_pending()
        kept = svc.get_kept(self.vault, appeal_id)
        self.viewing = kept.id
        self.document = svc.kept_document(self.vault, kept.id)
        self._show(self.document)
        self.notes.clear()
        self._show_fallbacks(self.document)  # as recorded when it was made
        created = datetime_text(kept.created)
        self._show_banner(
            self.tr("Showing the appeal {ref} kept on {date}, as it was sent.")
            .replace("{ref}", kept.reference).replace("{date}", created)
        )  # fmt: skip

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Another interface language: the banner of a kept appeal names its date in it."""
        if event.type() == QEvent.Type.LanguageChange and self.viewing and self.vault:
            self.show_kept(self.viewing)
        elif event.type() == QEvent.Type.LanguageChange:
            self._show_fallbacks(self.document)  # the texts named in the new language
            self._show_notes()
        super().changeEvent(event)

    def show_draft(self) -> None:
        self.viewing = ""
        self._show_banner("")
        self.refresh_preview()

    def regenerate(self, appeal_id: str) -> None:
        """Load the settings of a kept appeal into the draft; the next export is linked
        to it as a regenerated appeal."""
        if self.vault is None or self.case is None:
            return
        settings = svc.kept_settings(self.vault, appeal_id)
        svc.save_settings(self.vault, self.case.id, settings)
        self.load_case(self.case.id)
        self._regenerate_from = svc.get_kept(self.vault, appeal_id).id
        self._show_banner(self.tr("Settings of the sent appeal loaded; export to regenerate it."))
        self.back_button.hide()

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.back_button.setVisible(bool(text) and bool(self.viewing))

    # --- export -------------------------------------------------------------------------

    def set_editor_hooks(
        self,
        unsaved: Callable[[], bool],
        save_case: Callable[[], bool],
        sensitivity_on_screen: Callable[[], str],
    ) -> None:
        """How to know and save the edits of the case editor this tab is part of."""
        self._unsaved, self._save_case = unsaved, save_case
        self._sensitivity_on_screen = sensitivity_on_screen

    def start_export(self) -> None:
        if self.case is None or self.document is None:
            return
        self._save_pending()
        if self._unsaved():
            self._ask_save_first()
            return
        self._export_checked()

    def _ask_save_first(self) -> None:
        self._confirm = confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr(
                "The case has changes that are not saved yet. The appeal is made from the "
                "saved case: save the changes and export?"
            ),
            self.tr("Save and export"),
            self._save_then_export,
        )
        self._confirm.finished.connect(self._confirm_closed)

    def _save_then_export(self) -> None:
        self._confirm = None
        if self._save_case():  # not valid: the editor shows the messages
            self._export_checked()

    def _export_checked(self) -> None:
        if self.case is None or self.document is None:
            return
        if not self.viewing:
            self._preview_timer.stop()
            self.refresh_preview()  # the check of the text as it is now
            if self.document is None:  # this kind of document cannot be made: said why
                return
            if self.check.unresolved():
                self.sides.setCurrentWidget(self.check)
                self.status.setText(
                    self.tr(
                        "Decide on each doubtful finding (Redact or Keep) in the Check tab "
                        "before exporting."
                    )
                )
                return
        on_screen = self._sensitivity_on_screen()
        if "internal" in (self.case.sensitivity, on_screen):
            self._ask_internal()
        else:
            self._ask_path()

    def _ask_internal(self) -> None:
        self._confirm = ask_yes(
            self,
            self.tr("Internal case"),
            self.tr(
                "This case is marked “internal only”. Export an appeal from it anyway? "
                "Check the preview: every name in it will be readable by anyone who gets "
                "the file."
            ),
            self._ask_path,
            icon=QMessageBox.Icon.Warning,
            no=QMessageBox.StandardButton.Cancel,
        )
        self._confirm.finished.connect(self._confirm_closed)

    def _confirm_closed(self) -> None:
        self._confirm = None

    def _ask_path(self) -> None:
        assert self.document is not None
        fmt = str(self.format.currentData())
        dialog = qt_file_dialog(self, self.tr("Export appeal"), mode="save",
                                name_filter=FILTERS[fmt], default_suffix=fmt)  # fmt: skip
        dialog.selectFile(svc.suggested_filename(self.document, fmt))
        dialog.fileSelected.connect(lambda path: self.export_to(Path(path), fmt))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self._file_dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QFileDialog) -> None:
        if self._file_dialog is dialog:
            self._file_dialog = None  # it deletes itself, forgetting where it went

    def _close_dialogs(self) -> None:
        for dialog in (self._confirm, self._file_dialog):
            if dialog is not None:
                dialog.reject()
        self._confirm = self._file_dialog = None

    def export_to(self, path: Path, fmt: str) -> None:
        """Render, write and keep the appeal in a worker (confirmation already given)."""
        if self.case is None or self.vault is None:
            return
        case_id, viewing, parent = self.case.id, self.viewing, self._regenerate_from
        settings = self.current_settings()

        def work(handle: Any, _progress: Any, _cancel: Any) -> svc.ExportResult:
            if viewing:
                return svc.export_kept(handle, viewing, fmt, path)
            return svc.export_appeal(
                handle, case_id, fmt, path, settings=settings, confirmed=True,
                regenerated_from=parent,
            )  # fmt: skip

        self.export_button.setEnabled(False)
        self._exporting = True
        self.status.setText(self.tr("Exporting…"))
        self._task = tasks.run_task(
            self.vault, work, on_done=self._export_done, on_error=self._export_failed
        )

    def _export_done(self, result: svc.ExportResult) -> None:
        self._task = None
        self._exporting = False
        self.export_button.setEnabled(True)
        if self.case is None or self.vault is None:
            return
        self.status.setText(
            self.tr("Saved {path}; kept as {ref} (SHA-256 {sha}).")
            .replace("{path}", str(result.path)).replace("{ref}", result.reference)
            .replace("{sha}", result.sha256[:16] + "…")
        )  # fmt: skip
        self._regenerate_from = ""
        self.reference.setText(result.reference)
        self.history.load(svc.list_kept(self.vault, self.case.id))
        self.exported.emit(result)
        self.changed.emit(result.changes)

    def _export_failed(self, exc: BaseException) -> None:
        self._task = None
        self._exporting = False
        self.export_button.setEnabled(True)
        self.status.setText(
            self.tr("The appeal was not exported: {error}").replace("{error}", str(exc))
        )

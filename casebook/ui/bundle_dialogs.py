"""Bundle dialogs. Each takes a Vault and is opened with open().

    SendToPartnerDialog(vault, case_ids)  "Send to partner": a bundle for chosen partners
        .sent(ExportReport)
    ImportBundleDialog(vault, path="")    "Import bundle": check, show what will change,
        .imported(ImportResult)           then apply (result.changes says what changed)
    ConflictDialog(vault, case_id)        a case changed on both sides: keep mine / theirs
        .resolved(Changes)                (bundle.cases_in_conflict(vault) lists them;
                                          proposal_dialogs.ProposalsDialog decides field
                                          by field)

Writing, checking and importing run in a worker with progress and cancel (TaskPanel).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casebook.services import bundle, partners
from casebook.services.cases import get_case
from casebook.ui.backup_dialogs import TaskDialog, error_text
from casebook.ui.dialogs import file_dialog
from casebook.ui.formats import datetime_text
from casebook.ui.partner_dialogs import PartnerChoiceModel, selectable
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault


class SendToPartnerDialog(TaskDialog):
    """ "Send to partner": the chosen cases in one bundle for one or more partners."""

    sent = Signal(object)  # ExportReport

    def __init__(
        self, vault: Vault, case_ids: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.cases = [get_case(vault, cid) for cid in case_ids]
        self.setWindowTitle(self.tr("Send to partner"))
        titles = "\n".join(f"• {c.title}" for c in self.cases[:10])
        more = len(self.cases) - 10
        if more > 0:
            titles += "\n" + self.tr("… and {n} more").format(n=more)
        warning = selectable(self.tr(
            "A bundle carries the full cases, with names, contacts and private notes, to a "
            "trusted partner: the redaction of appeals does not apply. Only the partners "
            "chosen here can open it."
        ))  # fmt: skip
        warning.setStyleSheet("font-weight: bold;")
        self.model = PartnerChoiceModel(partners.list_partners(vault), self)
        self.model.dataChanged.connect(self._update)
        self.list = QListView()
        self.list.setModel(self.model)
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("or an age recipient: age1…"))
        self.recipient.setAccessibleName(self.tr("Age recipient"))
        self.recipient.textChanged.connect(self._update)
        self.evidence = QCheckBox(self.tr("Include the evidence files"))
        self.evidence.setChecked(True)
        internal = bundle.internal_cases(self.cases)
        self.needs_confirmation = bool(internal)
        self.confirm_internal = QCheckBox(
            self.tr("Send {n} case(s) marked internal as well").format(n=len(internal))
        )
        self.confirm_internal.setVisible(bool(internal))
        self.confirm_internal.toggled.connect(self._update)
        self.output = QLineEdit()
        self.output.textChanged.connect(self._update)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.output, 1)
        row.addWidget(choose)
        self.panel.done.connect(self._done)
        self.send_button = self.buttons.addButton(
            self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.clicked.connect(self.send)
        self._add_cancel_and_close()
        layout = QVBoxLayout(self)
        layout.addWidget(selectable(titles))
        layout.addWidget(warning)
        to = QLabel(self.tr("To:"))
        to.setBuddy(self.list)
        layout.addWidget(to)
        layout.addWidget(self.list)
        layout.addWidget(self.recipient)
        layout.addWidget(self.evidence)
        layout.addWidget(self.confirm_internal)
        form = QFormLayout()
        save_as = QLabel(self.tr("Save the bundle as"))
        save_as.setBuddy(self.output)
        form.addRow(save_as, row)
        layout.addLayout(form)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self._update()

    def recipients(self) -> list[str]:
        extra = self.recipient.text().strip()
        return self.model.chosen() + ([extra] if extra else [])

    def _update(self) -> None:
        super()._update()
        confirmed = not self.needs_confirmation or self.confirm_internal.isChecked()
        ready = bool(self.recipients()) and bool(self.output.text().strip()) and confirmed
        self.send_button.setEnabled(ready and not self.panel.running and bool(self.cases))

    def _choose(self) -> None:
        file_dialog(self, self.tr("Save the bundle"), self.output.setText, mode="save",
                    name_filter=self.tr("Casebook bundles (*.age)"))  # fmt: skip

    def send(self) -> None:
        ids = [c.id for c in self.cases]
        to, out = self.recipients(), Path(self.output.text().strip()).expanduser()
        evidence, force = self.evidence.isChecked(), self.confirm_internal.isChecked()

        def work(handle: Vault, progress: Any, cancel: threading.Event) -> object:
            return bundle.export_bundle(
                handle, ids, to, out, include_evidence=evidence, force=force,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self.panel.run(self.vault, work, self.tr("Writing the bundle…"))
        self._update()

    def _done(self, report: bundle.ExportReport) -> None:
        self._update()
        self.panel.status.setText(
            self.tr("Bundle written to {path} for {to}.").format(
                path=str(report.path), to=", ".join(report.recipients)
            )
        )
        self.sent.emit(report)


class ImportBundleDialog(TaskDialog):
    """ "Import bundle": check the file, show what will change, apply on request."""

    imported = Signal(object)  # ImportResult

    def __init__(self, vault: Vault, path: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.plan: bundle.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import bundle"))
        self.path = QLineEdit(path)
        self.path.textChanged.connect(self._path_changed)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.accept_unknown = QCheckBox(self.tr(
            "I compared this fingerprint with the sender by phone; accept the bundle"
        ))  # fmt: skip
        self.accept_unknown.setVisible(False)
        self.accept_unknown.toggled.connect(self._accept_toggled)
        self.confirm_partner = QCheckBox()
        self.confirm_partner.setVisible(False)
        self.confirm_partner.toggled.connect(self._accept_toggled)
        self.fingerprint = ""  # of an unconfirmed partner, once confirmed here
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.summary.setAccessibleName(self.tr("What the bundle holds"))
        self.panel.done.connect(self._task_done)
        self.panel.failed.connect(self._task_failed)
        self.check_button = self.buttons.addButton(
            self.tr("Check"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.review_button = self.buttons.addButton(
            self.tr("&Review proposals…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.review_button.setVisible(False)
        self.review_button.clicked.connect(self.review)
        self.check_button.clicked.connect(self.check)
        self.import_button.clicked.connect(self.apply)
        self._add_cancel_and_close()
        form = QFormLayout()
        file_label = QLabel(self.tr("Bundle file"))
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.accept_unknown)
        layout.addWidget(self.confirm_partner)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.panel)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        super()._update()
        running = self.panel.running
        self.check_button.setEnabled(not running and bool(self.path.text().strip()))
        self.import_button.setEnabled(not running and self.plan is not None)

    def _choose(self) -> None:
        file_dialog(self, self.tr("Choose a bundle"), self.path.setText, mode="open",
                    name_filter=self.tr("Casebook bundles (*.age)"))  # fmt: skip

    def _path_changed(self) -> None:
        self.plan = None
        self.accept_unknown.setChecked(False)
        self.accept_unknown.setVisible(False)
        self.confirm_partner.setChecked(False)
        self.confirm_partner.setVisible(False)
        self.fingerprint = ""
        self.summary.clear()
        self._update()

    def _accept_toggled(self, on: bool) -> None:
        if on:
            self.check()

    def _bundle_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def check(self) -> None:
        """Pass 1 in the background: verify everything, work out what would change."""
        self.plan = None
        path, accept = self._bundle_path(), self.accept_unknown.isChecked()
        confirm = self.fingerprint if self.confirm_partner.isChecked() else ""

        def work(handle: Vault, progress: Any, cancel: threading.Event) -> object:
            return bundle.inspect_bundle(
                handle, path, accept_unknown=accept, confirm_fingerprint=confirm,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self.panel.run(self.vault, work, self.tr("Checking the bundle…"))
        self._update()

    def apply(self) -> None:
        """Pass 2 in the background: check again and apply the plan shown."""
        plan, path = self.plan, self._bundle_path()
        if plan is None:
            return
        accept = self.accept_unknown.isChecked()
        confirm = self.fingerprint if self.confirm_partner.isChecked() else ""

        def work(handle: Vault, progress: Any, cancel: threading.Event) -> object:
            return bundle.import_bundle(
                handle, path, plan=plan, accept_unknown=accept, confirm_fingerprint=confirm,
                progress=progress, cancel=cancel,
            )  # fmt: skip

        self.plan = None
        self.panel.run(self.vault, work, self.tr("Importing…"))
        self._update()

    def _task_done(self, result: object) -> None:
        if isinstance(result, bundle.ImportPlan):
            self.plan = result
            self.summary.setPlainText(self.describe(result))
            self.panel.status.setText(self.tr("Checked. Nothing has been imported yet."))
        elif isinstance(result, bundle.ImportResult):
            self.summary.setPlainText(self.describe(result.plan, done=True))
            waiting = result.plan.proposals
            if waiting:
                self.panel.status.setText(
                    self.tr("Imported. {n} change(s) wait for your decision.").format(n=waiting)
                )
            else:
                self.panel.status.setText(self.tr("Imported."))
            self.review_button.setVisible(bool(waiting))
            self.imported.emit(result)
        self._update()

    def _task_failed(self, exc: BaseException) -> None:
        if isinstance(exc, bundle.UnknownSender):
            self.accept_unknown.setVisible(True)
        if isinstance(exc, bundle.UnconfirmedPartner):
            self.fingerprint = exc.fingerprint
            self.confirm_partner.setText(
                self.tr(
                    "I compared the fingerprint {fp} with {name} by phone and it matches; "
                    "confirm them"
                ).format(fp=exc.fingerprint, name=exc.partner)
            )
            self.confirm_partner.setVisible(True)
        self.summary.setPlainText(error_text(exc))
        self._update()

    def review(self) -> None:
        from casebook.ui.proposal_dialogs import ProposalsDialog

        dialog = ProposalsDialog(self.vault, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.proposals_dialog = dialog
        dialog.open()

    def describe(self, plan: bundle.ImportPlan, done: bool = False) -> str:
        """The summary: who sent it, and what happens to each case."""
        actions = {
            bundle.NEW: self.tr("new case"),
            bundle.UPDATED: self.tr("update (changed only by the sender)"),
            bundle.UNCHANGED: self.tr("no change"),
            bundle.KEPT: self.tr("your version is newer; kept"),
            bundle.CONFLICT: self.tr("CONFLICT: changed on both sides; both versions kept"),
            bundle.PROTECTED: self.tr(
                "PROPOSAL: changes consent, names, contacts or sensitivity; not applied"
            ),
            bundle.UNVERIFIED: self.tr("PROPOSAL: from an unverified source; not applied"),
            bundle.DELETED_HERE: self.tr("PROPOSAL: you deleted this case; it stays deleted"),
            bundle.DELETED_THERE: self.tr("PROPOSAL: the partner deleted this case; kept"),
        }
        lines = [
            self.tr("From: {sender}").format(sender=plan.sender_label),
            self.tr("Fingerprint: {fp}").format(fp=plan.sender.fingerprint),
            self.tr("Made: {when}").format(when=datetime_text(plan.created)),
            *(
                [self.tr("The cases will be marked as from an unverified source.")]
                if plan.unverified
                else []
            ),
            *(
                [self.tr("The partner's fingerprint will be marked confirmed.")]
                if plan.confirm
                else []
            ),
            *(
                [
                    self.tr(
                        "The partner changed their keys: their card will be replaced by "
                        "their rotation notice, signed with the old and the new key."
                    )
                ]
                if plan.rotated
                else []
            ),
            self.tr("Signature and every file checked.") if not done else self.tr("Imported:"),
            "",
        ]
        for case in plan.cases:
            line = f"• {case.title} — {actions[case.action]}"
            if case.evidence_new or case.evidence_present:
                line += self.tr("; evidence: {new} new, {held} already held").format(
                    new=case.evidence_new, held=case.evidence_present
                )
            lines.append(line)
            for problem in case.custody_problems:
                lines.append("    " + self.tr("custody log NOT verified: {problem}").format(
                    problem=problem))  # fmt: skip
        return "\n".join(lines)


class ConflictDialog(QDialog):
    """A case changed on both sides: show how the received version differs from the
    local one, then keep the local one (edit it first to merge by hand) or take theirs."""

    resolved = Signal(object)  # Changes

    def __init__(self, vault: Vault, case_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.case_id = case_id
        self.conflicts = bundle.list_conflicts(vault, case_id)
        self.setWindowTitle(self.tr("Case changed on both sides"))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("How the two versions differ"))
        self.buttons = QDialogButtonBox()
        self.keep = self.buttons.addButton(
            self.tr("Keep mine"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.take = self.buttons.addButton(
            self.tr("Take theirs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        later = self.buttons.addButton(
            self.tr("Decide later"), QDialogButtonBox.ButtonRole.HelpRole
        )
        self.keep.clicked.connect(lambda: self.resolve("mine"))
        self.take.clicked.connect(lambda: self.resolve("theirs"))
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self._show()

    def _show(self) -> None:
        if not self.conflicts:
            self.text.setPlainText(self.tr("No conflict is left for this case."))
            self.keep.setEnabled(False)
            self.take.setEnabled(False)
            return
        first = self.conflicts[0]
        mine = get_case(self.vault, self.case_id)
        lines = [
            self.tr("Received from {who} on {when}.").format(
                who=first.peer_name, when=first.received
            ),
            self.tr("Nothing has been overwritten: your version is in use until you decide."),
            "",
        ]
        for field, ours, theirs in bundle.differences(mine, first.theirs):
            lines += [f"== {field}", self.tr("Yours:"), ours, self.tr("Theirs:"), theirs, ""]
        self.text.setPlainText("\n".join(lines))

    def resolve(self, keep: str) -> None:
        """Settle the first waiting version; the dialog stays open while more wait."""
        try:
            version = self.conflicts[0].hash
            changes = bundle.resolve_conflict(self.vault, self.case_id, version, keep)
        except VaultError as exc:
            self.text.setPlainText(str(exc))
            return
        self.resolved.emit(changes)
        self.conflicts = bundle.list_conflicts(self.vault, self.case_id)
        if not self.conflicts:
            self.accept()
            return
        self._show()

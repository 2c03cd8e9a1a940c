"""The one main window: a stack of pages (welcome, create, recovery key, unlock, reset,
work area) and the life of the unlocked vault: open, auto-lock, lock, panic.

Window titles begin with "Casebook" and never name a case (titles are read by other
programs and some of them log what they see), let alone while locked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from casebook import __version__, paths
from casebook.services.changes import Changes
from casebook.ui import actions, dialogs, i18n, settings, tasks, vault_menu
from casebook.ui.app import interface_language
from casebook.ui.autolock import IdleWatcher, SafetyKeys
from casebook.ui.recovery import RecoveryKeyPage
from casebook.ui.session_watch import SessionWatcher
from casebook.ui.unlock import ForgotPage, UnlockPage
from casebook.ui.welcome import CreateVaultPage, WelcomePage
from casebook.ui.workspace import Workspace
from casebook.vault import protection
from casebook.vault.errors import VaultError
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault, is_vault

APP_TITLE = "Casebook"


class MainWindow(QMainWindow):
    # The open vault became the new empty vault, or was closed, in a worker (see
    # Vault.on_replaced); queued to the GUI thread.
    vaultReplaced = Signal()

    def __init__(
        self,
        vault_path: Path | None = None,
        *,
        kdf: KdfParams | None = None,
        demo_dir: Path | None = None,
    ) -> None:
        """`kdf` is for tests and screenshots only (cheap parameters passed through the
        API); the application always calibrates new key slots on this computer."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.kdf = kdf
        self.demo_dir = demo_dir or paths.data_dir() / "demo"
        self.vault: Vault | None = None
        self.vault_path: Path | None = None
        self.edits_dropped = False
        self._closing = False
        self._locked_path: Path | None = None  # the vault locked last (to come back to)
        self._reminder = ""  # the backup reminder in the status bar
        self._shown = 0  # Vault.replacements when the work area last showed the vault
        self.welcome = WelcomePage()
        self.create_page = CreateVaultPage(kdf)
        self.recovery_page = RecoveryKeyPage()
        self.unlock_page = UnlockPage()
        self.forgot_page = ForgotPage(kdf)
        self._workspace: Workspace | None = None  # built when first needed (a quick start)
        self.stack = QStackedWidget()
        for page in (self.welcome, self.create_page, self.recovery_page, self.unlock_page,
                     self.forgot_page):  # fmt: skip
            self.stack.addWidget(page)
        self.setCentralWidget(self.stack)
        self.acts = actions.build(self)
        app = QApplication.instance()
        assert app is not None, "create the QApplication first"
        self.idle = IdleWatcher(app, self._idle_ms(), self)
        self.keys = SafetyKeys(app, actions.LOCK_SHORTCUT, actions.PANIC_SHORTCUT, self)
        self.session_watcher = SessionWatcher(self)
        self._connect()
        self._restore_geometry()
        self.start(vault_path)

    # --- wiring -----------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.acts
        self.welcome.createRequested.connect(lambda: self._show(self.create_page))
        self.welcome.openRequested.connect(lambda p: self.show_unlock(Path(p)))
        self.welcome.demoRequested.connect(self.open_demo)
        self.create_page.back.connect(lambda: self._show(self.welcome))
        self.create_page.created.connect(self.vault_opened)
        self.recovery_page.confirmed.connect(self._enter_workspace)
        self.unlock_page.started.connect(lambda: QTimer.singleShot(0, self._prebuild))
        self.unlock_page.unlocked.connect(self.vault_opened)
        self.unlock_page.forgotRequested.connect(self._show_forgot)
        self.unlock_page.otherVaultRequested.connect(lambda: self._show(self.welcome))
        self.unlock_page.travelEndRequested.connect(self.end_travel)
        self.forgot_page.unlocked.connect(self.vault_opened)
        self.forgot_page.back.connect(lambda: self._show(self.unlock_page))
        self.vaultReplaced.connect(self._vault_replaced)
        self.idle.idle.connect(lambda: self.lock())
        self.keys.lock.connect(lambda: self.lock())
        self.keys.panic.connect(self.panic)
        self.session_watcher.lockRequested.connect(self._session_locked)
        a.lock.triggered.connect(lambda: self.lock())
        a.panic.triggered.connect(self.panic)
        a.quit.triggered.connect(self.close)
        a.settings.triggered.connect(self.open_settings)
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.about.triggered.connect(self.show_about)

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            self._workspace = self._build_workspace()
        return self._workspace

    def _prebuild(self) -> None:
        """Build the work area while the key is derived in the background."""
        _ = self.workspace

    def _build_workspace(self) -> Workspace:
        a, ws = self.acts, Workspace()
        self.stack.addWidget(ws)
        ws.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 5000))
        ws.dirtyChanged.connect(self.setWindowModified)
        ws.targetChanged.connect(self._case_open)
        a.new.triggered.connect(ws.new_case)
        if a.incident is not None:
            a.incident.triggered.connect(ws.new_incident)
        bundle_import = next((e for e in vault_menu.ENTRIES if e.build is vault_menu.IMPORT), None)
        if bundle_import is not None and vault_menu.available(bundle_import):
            ws.panel.importRequested.connect(lambda: self.open_vault_dialog(bundle_import))
        else:
            ws.panel.import_button.hide()
        a.duplicate.triggered.connect(ws.duplicate_case)
        a.delete.triggered.connect(ws.delete_case)
        a.save.triggered.connect(ws.save)
        a.find.triggered.connect(self._find)
        a.all_cases.triggered.connect(ws.show_list)
        a.clear_filters.triggered.connect(ws.panel.filters.reset)
        state = settings.store().value("window/list_header")
        if isinstance(state, QByteArray) and not state.isEmpty():
            ws.panel.view.horizontalHeader().restoreState(state)
        return ws

    # --- pages ------------------------------------------------------------------------

    def start(self, vault_path: Path | None) -> None:
        """The first page: unlock a known vault, else the welcome screen."""
        candidates = [vault_path] if vault_path else []
        if not vault_path:
            remembered = settings.LAST_VAULT.get() if settings.REMEMBER_VAULT.get() else ""
            candidates += [Path(remembered)] if remembered else []
            candidates.append(paths.default_vault())
        for candidate in candidates:
            if is_vault(candidate):
                self.show_unlock(candidate)
                return
        if vault_path:
            self.create_page.set_location(vault_path)
        self._show(self.welcome)

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        unlocked = self.vault is not None and page is self._workspace
        for action in self.acts.need_vault():
            action.setEnabled(unlocked and action.property("available") is not False)
        self._case_open(unlocked and self.workspace.target_id() is not None)
        self.menuBar().setEnabled(page is not self.recovery_page)
        self._update_title()
        if page is self.unlock_page:
            self.unlock_page.focus()

    def _find(self) -> None:
        self.workspace.show_list()
        self.workspace.panel.filters.focus_search()

    def _case_open(self, on: bool) -> None:
        for action in self.acts.need_case():
            usable = action.property("available") is not False
            action.setEnabled(on and usable and self.vault is not None)

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def _update_title(self) -> None:
        page = self.stack.currentWidget()
        if self.vault is None:
            suffix = self.tr("Locked") if page in (self.unlock_page, self.forgot_page) else ""
        else:
            suffix = self.vault.path.name + "[*]"
        self.setWindowTitle(f"{APP_TITLE} — {suffix}" if suffix else APP_TITLE)
        if self.vault is None:
            self.setWindowModified(False)

    def show_unlock(self, path: Path, note: str = "") -> None:
        self.vault_path = path
        self.unlock_page.set_vault_path(path, note)
        self._show(self.unlock_page)

    def _show_forgot(self) -> None:
        if self.vault_path is not None:
            self.forgot_page.set_vault_path(self.vault_path)
            self._show(self.forgot_page)

    def open_demo(self) -> None:
        demo = self.demo_dir
        if is_vault(demo):
            note = self.tr("This is the demo vault; its passphrase was shown when it was made.")
            self.show_unlock(demo, note)
            return
        from casebook.services.demo import create_demo_vault

        kdf = self.kdf
        self.welcome.set_busy(True)
        tasks.start(lambda _p, _c: create_demo_vault(demo, kdf=kdf),
                    on_done=self._demo_ready, on_error=self._demo_failed)  # fmt: skip

    def _demo_ready(self, result: tuple[Vault, str, str]) -> None:
        self.welcome.set_busy(False)
        vault, passphrase, _recovery = result
        self.vault_opened(vault)
        dialogs.message(
            self,
            self.tr("Demo vault"),
            self.tr(
                "The demo vault holds four fictional cases. To open it again later, use "
                "this passphrase:\n\n{passphrase}"
            ).format(passphrase=passphrase),
        )

    def _demo_failed(self, exc: BaseException) -> None:
        self.welcome.set_busy(False)
        self.welcome.show_error(self.tr("The demo vault could not be created: {reason}").format(
            reason=str(exc) or type(exc).__name__))  # fmt: skip

    # --- the vault's life --------------------------------------------------------------

    def vault_opened(self, vault: Vault, recovery_key: str = "") -> None:
        if self._closing:
            vault.close()
            return
        self.vault = vault
        self.vault_path = vault.path
        vault.on_replaced = self.vaultReplaced.emit
        settings.remember_vault(str(vault.path))
        self.idle.set_timeout(self._idle_ms())
        self.idle.start()
        if recovery_key:
            self.recovery_page.set_key(recovery_key)
            self._show(self.recovery_page)
        else:
            self._enter_workspace()
        if getattr(vault, "quarantined_on_open", None):
            self.statusBar().showMessage(self.tr(
                "%n evidence file(s) without a database row were kept in quarantine, not "
                "deleted; see 'casebook evidence quarantine list'.", "",
                len(vault.quarantined_on_open)))  # fmt: skip
        if getattr(vault, "read_only", False):
            self.statusBar().showMessage(self.tr(
                "Opened read-only: this copy of the vault is older than its header. Nothing "
                "can be changed; restore the newest backup to go on working."))  # fmt: skip

    def _enter_workspace(self) -> None:
        if self.vault is None:
            return
        self.workspace.open_vault(self.vault)
        self._shown = self.vault.replacements
        self._show(self.workspace)
        if self._locked_path == self.vault.path:  # unlocked again: back where the user was
            self.workspace.restore_place()
        self.workspace.last_place = None
        self._locked_path = None
        self._remind_backup()
        if self.edits_dropped:
            self.edits_dropped = False
            dialogs.message(self, self.tr("Changes not saved"), self.tr(
                "When Casebook locked, a case had changes that were not valid yet, so they "
                "could not be saved. Open the case to enter them again."))  # fmt: skip

    def _remind_backup(self) -> None:
        """The backup module's reminder, if it is there and a backup is due."""
        try:
            from casebook.ui.backup_dialogs import backup_reminder
        except ImportError:
            return
        if self.vault is not None:
            reminder = backup_reminder(self.vault)
            shown = self.statusBar().currentMessage()
            if reminder:
                self.statusBar().showMessage(reminder)
            elif shown and shown == self._reminder:
                self.statusBar().clearMessage()
            self._reminder = reminder

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """The interface language changed: what this window composes itself."""
        if event.type() == QEvent.Type.LanguageChange:
            self._update_title()
            shown = self.statusBar().currentMessage()
            if shown and shown == self._reminder:
                self._remind_backup()
        super().changeEvent(event)

    def lock(self, hidden: list[QWidget] | None = None) -> None:
        """Save valid pending edits, close every dialog, forget all case data shown, close
        the database and drop the keys. Then ask for the passphrase again."""
        if self.vault is None:
            return
        vault, self.vault = self.vault, None
        vault.on_replaced = None
        self._locked_path = vault.path
        self.idle.stop()
        try:
            if self._workspace is not None and vault.replacements != self._shown:
                self._workspace.discard_vault()  # shown from the vault the duress replaced
            elif self._workspace is not None and not self._workspace.close_vault():
                self.edits_dropped = True
            self.recovery_page.clear()
            dialogs.close_other_windows(self, hidden)
        finally:  # whatever went wrong above, the keys go and the vault closes
            vault.close()
            clipboard = QGuiApplication.clipboard()
            if clipboard.ownsClipboard():
                clipboard.clear()
            self.show_unlock(vault.path)

    def _vault_replaced(self) -> None:
        """The duress passphrase typed in a dialog (a change of passphrase, Protection,
        Replace all keys) destroyed the keys and the open vault is the new empty one:
        what was shown of the vault before goes, unsaved, and the empty vault is shown as
        after an unlock, without a word. After the last wrong passphrase of the wipe the
        vault is closed instead: the window locks."""
        vault = self.vault
        if vault is None or self._workspace is None:
            return
        self._workspace.discard_vault()
        self._shown = vault.replacements
        if not vault.is_open:
            self.lock()
            return
        if self.stack.currentWidget() is self._workspace:
            self._workspace.open_vault(vault)
            self._remind_backup()

    def _session_locked(self) -> None:
        """The screen locked, the screen saver started or the computer is going to sleep."""
        if settings.LOCK_ON_SESSION_LOCK.get():
            self.lock()

    def panic(self) -> None:
        """Hide every window at once, lock, and come back minimised on the unlock page."""
        hidden = dialogs.hide_all_windows()
        self.unlock_page.abandon()
        self.forgot_page.abandon()
        wipe = self.vault.path if self.vault and protection.panic_wipe_enabled(self.vault) else None
        self.lock(hidden)
        if wipe is not None:  # panic wipe: asked for when it was set up, never now
            try:
                protection.panic_wipe(wipe)
            except (OSError, VaultError):
                pass  # nothing to say to whoever is looking at the screen
        if not self._closing:
            self.showMinimized()

    def open_protection(self) -> None:
        """Settings › Protection: the same dialog as Vault › Protection…"""
        entry = next(e for e in vault_menu.ENTRIES if e.module.endswith("protection_dialog"))
        self.open_vault_dialog(entry)

    def end_travel(self) -> None:
        """From the unlock page: put the keys back from a travel file."""
        from casebook.ui.travel_dialogs import TravelEndDialog

        if self.unlock_page.path is None:
            return
        dialog = TravelEndDialog(self.unlock_page.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.ended.connect(
            lambda: self.unlock_page.show_note(
                self.tr("Travel mode ended. Unlock the vault with its passphrase.")
            )
        )
        dialog.open()

    def open_vault_dialog(self, entry: vault_menu.Entry) -> None:
        if self.vault is None:
            return
        editor = self.workspace.editor
        if entry.needs_case and self.workspace.showing_editor() and editor.is_dirty():
            # A bundle is made from the stored case: the edits on screen are saved first.
            def save_then_open() -> None:
                if self.vault is not None and editor.save():
                    self._open_vault_dialog(entry)

            self._save_first = dialogs.confirm(
                self,
                self.tr("Unsaved changes"),
                self.tr(
                    "The case has changes that are not saved yet. What is sent is the saved "
                    "case: save the changes first?"
                ),
                self.tr("Save and continue"),
                save_then_open,
            )
            return
        self._open_vault_dialog(entry)

    def _open_vault_dialog(self, entry: vault_menu.Entry) -> None:
        if self.vault is None:
            return
        target = self.workspace.target_id()
        case_ids = [target] if target else []
        dialog = vault_menu.open_entry(entry, self, self.vault, case_ids, self.on_changes)
        backed_up = getattr(dialog, "backedUp", None)
        if backed_up is not None:  # the reminder in the status bar may no longer hold
            backed_up.connect(lambda _report: self._remind_backup())

    def on_changes(self, changes: Changes) -> None:
        self.workspace.apply_changes(changes)

    # --- settings, help, geometry ----------------------------------------------------------

    def _idle_ms(self) -> int:
        return int(settings.AUTOLOCK_MINUTES.get()) * 60_000

    def open_settings(self) -> None:
        dlg = settings.SettingsDialog(self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dlg.applied.connect(self.settings_applied)
        dlg.open()

    def settings_applied(self) -> None:
        self.idle.set_timeout(self._idle_ms())
        i18n.switch(interface_language())  # nothing happens if it stays the same

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td><b>{keys}</b></td><td>&nbsp;&nbsp;{text}</td></tr>"
            for keys, text in actions.shortcut_table(self)
        )
        dialogs.message(self, self.tr("Keyboard shortcuts"), f"<table>{rows}</table>")

    def show_about(self) -> None:
        dialogs.message(self, self.tr("About Casebook"), self.tr(
            "<h3>Casebook {version}</h3><p>Encrypted case documentation and urgent appeals "
            "for human rights defenders. Everything stays in the encrypted vault on this "
            "computer unless you export it.</p><p>Licence: GPL-3.0-or-later.</p>"
        ).format(version=__version__))  # fmt: skip

    def _restore_geometry(self) -> None:
        store = settings.store()
        geometry = store.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    def save_geometry(self) -> None:
        store = settings.store()
        store.setValue("window/geometry", self.saveGeometry())
        if self._workspace is not None:
            header = self._workspace.panel.view.horizontalHeader()
            store.setValue("window/list_header", header.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        dirty = self._workspace is not None and self._workspace.editor.is_dirty()
        if self._closing or self.vault is None or not dirty:
            self._closing = True
            self.save_geometry()
            self.unlock_page.abandon()
            self.forgot_page.abandon()
            self.lock()
            self.idle.detach()
            self.keys.detach()
            event.accept()
            return
        event.ignore()
        self.workspace.guard(self._close_now)

    def _close_now(self) -> None:
        self._closing = True
        self.close()

"""The duress passphrase acts wherever a passphrase is asked, not only at the unlock: the
change of passphrase, Protection, Replace all keys and the end of travel mode, in the
CLI and the GUI. There it destroys every key slot exactly as at the unlock and the work
goes on, without a word, on the new empty vault. Wrong passphrases typed there count
towards the wipe as at the unlock (issue 13)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup, travel
from casebook.services.cases import save_case
from casebook.services.passphrase_change import change_passphrase
from casebook.services.rekey import replace_all_keys
from casebook.vault import keys, protection
from casebook.vault.cases import list_cases
from casebook.vault.errors import WrongPassphrase
from casebook.vault.vault import Vault
from tests import ui_support
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.ui_support import edit_field, open_row, open_window, unlock, visible_dialogs

DURESS = "tulips in the rain at noon"
NEW = "lantern quietly orbit pepper museum"

window = ui_support.window
gui = ui_support.gui
demo = ui_support.demo


def titles(vault: Vault) -> list[str]:
    return [r.title for r in list_cases(vault.conn)]


@pytest.fixture
def armed(vault_dir: Path) -> Iterator[tuple[Vault, str]]:
    """An open vault with a case and a duress passphrase; and its recovery key."""
    vault, recovery = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    save_case(vault, Case(title="Detained at the march"))
    protection.set_duress(vault, PASSPHRASE, DURESS, kdf=FAST_KDF)
    yield vault, recovery
    vault.close()


def assert_destroyed(path: Path, recovery: str) -> None:
    """Neither the passphrase nor the recovery key opens anything any more."""
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        Vault.unlock_with_recovery(path, recovery)


# --- services ---------------------------------------------------------------------------


def test_change_of_passphrase_with_the_duress_passphrase(
    armed, vault_dir: Path, tmp_path: Path
) -> None:
    vault, recovery = armed
    backup.backup(vault, tmp_path / "backup")
    change_passphrase(vault, DURESS, NEW, FAST_KDF)
    assert vault.is_open and titles(vault) == [] and vault.replacements == 1
    assert vault.db_path.is_file() and vault.get_meta("vault_id")  # a whole new vault
    vault.close()
    assert_destroyed(vault_dir, recovery)
    with Vault.unlock(vault_dir, NEW) as empty:  # the change went to the empty vault
        assert titles(empty) == []
    with Vault.unlock(tmp_path / "backup", PASSPHRASE) as copy:  # a backup made before
        assert titles(copy) == ["Detained at the march"]


@pytest.mark.parametrize("action", ["wipe", "panic", "set duress", "remove duress"])
def test_protection_with_the_duress_passphrase(armed, vault_dir: Path, action: str) -> None:
    vault, recovery = armed
    other = "another duress passphrase here"
    if action == "wipe":
        protection.set_wipe_after(vault, DURESS, 5)
        assert protection.status(vault) == protection.Protection(False, 5, 0)
    elif action == "panic":
        protection.set_panic_wipe(vault, DURESS, True)
        assert protection.panic_wipe_enabled(vault)
    elif action == "set duress":
        protection.set_duress(vault, DURESS, other, kdf=FAST_KDF)
        assert protection.status(vault).duress
    else:
        assert not protection.remove_duress(vault, DURESS)  # the empty vault has none
    assert titles(vault) == []
    vault.close()
    assert_destroyed(vault_dir, recovery)
    with Vault.unlock(vault_dir, DURESS) as empty:
        assert titles(empty) == []


def test_replace_all_keys_with_the_duress_passphrase(armed, vault_dir: Path) -> None:
    vault, recovery = armed
    new_recovery = replace_all_keys(vault, DURESS, NEW, FAST_KDF)
    assert titles(vault) == []
    vault.close()
    assert_destroyed(vault_dir, recovery)
    with Vault.unlock_with_recovery(vault_dir, new_recovery) as empty:
        assert titles(empty) == []
    Vault.unlock(vault_dir, NEW).close()


def test_end_of_travel_with_the_duress_passphrase(armed, vault_dir: Path, tmp_path) -> None:
    vault, recovery = armed
    out = tmp_path / "away.age"
    travel.start(vault, out, recovery_key=recovery)
    vault.close()
    size = out.stat().st_size
    travel.end(vault_dir, out, DURESS, recovery)
    with Vault.unlock(vault_dir, DURESS) as empty:
        assert titles(empty) == []
    assert_destroyed(vault_dir, recovery)
    # the travel file held the key slots: it is overwritten, and opens nothing any more
    assert out.stat().st_size == size and not out.read_bytes().startswith(travel.AGE_MAGIC)
    with pytest.raises(travel.TravelError):
        travel.end(vault_dir, out, PASSPHRASE, recovery)


def test_a_wrong_passphrase_at_the_end_of_travel_changes_nothing(
    armed, vault_dir: Path, tmp_path
) -> None:
    vault, recovery = armed
    out = tmp_path / "away.age"
    travel.start(vault, out, recovery_key=recovery)
    vault.close()
    kept = out.read_bytes()
    with pytest.raises(WrongPassphrase):
        travel.end(vault_dir, out, "not the passphrase", recovery)
    assert out.read_bytes() == kept
    travel.end(vault_dir, out, PASSPHRASE, recovery)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert titles(vault) == ["Detained at the march"]


def test_the_check_costs_one_key_derivation_whichever_slot_matches(
    armed, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As at the unlock: the passphrase is stretched once and tried against every slot,
    and the duress one prepared the empty vault's slot (no second derivation)."""
    vault, _recovery = armed
    calls: list[int] = []
    real = keys.KdfParams.derive
    monkeypatch.setattr(
        keys.KdfParams, "derive", lambda self, s, salt: calls.append(1) or real(self, s, salt)
    )
    counts = []
    for typed in (PASSPHRASE, "a wrong one", DURESS):
        calls.clear()
        try:
            protection.check_current(vault, typed)
        except WrongPassphrase:
            pass
        counts.append(len(calls))
    assert counts == [1, 1, 1]
    assert titles(vault) == []


def test_wrong_passphrases_in_a_change_count_towards_the_wipe(armed, vault_dir: Path) -> None:
    vault, recovery = armed
    protection.set_wipe_after(vault, PASSPHRASE, 5)
    left = []
    for _ in range(2):
        with pytest.raises(WrongPassphrase) as wrong:
            change_passphrase(vault, "a guess", NEW, FAST_KDF)
        left.append(wrong.value.remaining)
    assert left == [4, 3] and protection.status(vault).failures == 2
    protection.set_wipe_after(vault, PASSPHRASE, 5)  # a right passphrase starts again
    told = []
    vault.on_replaced = lambda: told.append(vault.is_open)
    for attempt in range(5):
        with pytest.raises(WrongPassphrase) as wrong:
            replace_all_keys(vault, f"guess {attempt}", NEW, FAST_KDF)
        assert wrong.value.remaining == (4 - attempt if attempt < 4 else None)
    assert told == [False] and not vault.is_open  # the holder is told: the vault is gone
    assert_destroyed(vault_dir, recovery)


# --- the command line -------------------------------------------------------------------


@pytest.fixture
def fast_calibration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "calibrate", lambda *a, **k: FAST_KDF)


def _cases(cli, vault_dir: Path, passphrase: str):
    return cli("--vault", str(vault_dir), "case", "list", stdin=passphrase + "\n")


def test_cli_passwd_with_the_duress_passphrase(
    cli, armed, vault_dir: Path, tmp_path: Path, fast_calibration
) -> None:
    armed[0].close()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    vpath = str(vault_dir)
    done = cli("--vault", vpath, "passwd", "--new-passphrase-file", str(new_file), stdin=DURESS)
    assert done.code == 0 and "Passphrase changed" in done.out, done.err
    listed = _cases(cli, vault_dir, NEW)
    assert listed.code == 0 and "Detained" not in listed.out
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3


def test_cli_passwd_protections_with_the_duress_passphrase(
    cli, armed, vault_dir: Path, fast_calibration
) -> None:
    armed[0].close()
    done = cli("--vault", str(vault_dir), "passwd", "--wipe-after", "5", stdin=DURESS + "\n")
    assert done.code == 0 and "After 5 wrong passphrases" in done.out, done.err
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3  # counted: 4 left
    listed = _cases(cli, vault_dir, DURESS)
    assert listed.code == 0 and "Detained" not in listed.out


def test_cli_rekey_with_the_duress_passphrase(
    cli, armed, vault_dir: Path, tmp_path: Path, fast_calibration
) -> None:
    armed[0].close()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    done = cli(
        "--vault", str(vault_dir), "rekey", "--new-passphrase-file", str(new_file),
        stdin=DURESS + "\n" + DURESS + "\n",
    )  # fmt: skip
    assert done.code == 0 and "All keys replaced" in done.out, done.err
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3
    listed = _cases(cli, vault_dir, NEW)
    assert listed.code == 0 and "Detained" not in listed.out


def test_cli_rekey_asks_again_and_the_duress_answer_destroys(
    cli, armed, vault_dir: Path, tmp_path: Path, fast_calibration
) -> None:
    """The passphrase opens the vault, the duress passphrase typed at "again" destroys it."""
    armed[0].close()
    new_file = tmp_path / "new.txt"
    new_file.write_text(NEW + "\n")
    done = cli(
        "--vault", str(vault_dir), "rekey", "--new-passphrase-file", str(new_file),
        stdin=PASSPHRASE + "\n" + DURESS + "\n",
    )  # fmt: skip
    assert done.code == 0, done.err
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3
    assert "Detained" not in _cases(cli, vault_dir, NEW).out


def test_cli_travel_with_the_duress_passphrase(cli, armed, vault_dir: Path, tmp_path: Path) -> None:
    vault, recovery = armed
    vault.close()
    key_file, out = tmp_path / "key.txt", tmp_path / "away.age"
    key_file.write_text(recovery + "\n")
    vpath = str(vault_dir)
    started = cli("--vault", vpath, "travel", "start", "-o", str(out),
                  "--recovery-key-file", str(key_file))  # fmt: skip
    assert started.code == 0, started.err
    ended = cli("--vault", vpath, "travel", "end", str(out), "--recovery-key-file",
                str(key_file), stdin=DURESS + "\n")  # fmt: skip
    assert ended.code == 0 and "Travel mode ended" in ended.out, ended.err
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3
    listed = _cases(cli, vault_dir, DURESS)
    assert listed.code == 0 and "Detained" not in listed.out


def test_cli_travel_start_with_the_duress_passphrase(
    cli, armed, vault_dir: Path, tmp_path: Path
) -> None:
    import pyrage

    armed[0].close()
    partner = str(pyrage.x25519.Identity.generate().to_public())
    out = tmp_path / "away.age"
    started = cli("--vault", str(vault_dir), "travel", "start", "-o", str(out), "--to",
                  partner, stdin=DURESS + "\n")  # fmt: skip
    assert started.code == 0, started.err  # the empty vault went travelling
    assert _cases(cli, vault_dir, PASSPHRASE).code == 3 and out.is_file()


# --- the GUI ------------------------------------------------------------------------------


def _arm(window, passphrase: str) -> Vault:
    vault = window.vault
    protection.set_duress(vault, passphrase, DURESS, kdf=FAST_KDF)
    assert window.workspace.panel.model.rowCount() > 0
    return vault


def _menu(window, text: str):
    action = next(a for a in window.acts.vault if text in a.text().replace("&", "").lower())
    action.trigger()
    [dialog] = visible_dialogs()
    return dialog


def _shows_the_empty_vault(window, vault: Vault) -> None:
    assert window.vault is vault and vault.is_open
    assert window.current_page() is window.workspace
    assert window.workspace.panel.model.rowCount() == 0
    assert titles(vault) == []


def test_gui_change_of_passphrase_with_the_duress_passphrase(window, demo, qtbot, tmp_path) -> None:
    path, passphrase = demo
    vault = _arm(window, passphrase)
    open_row(qtbot, window, 0)
    edit_field(qtbot, window, "title", "Edited but not saved")  # never reaches the empty one
    dialog = _menu(window, "change passphrase")
    dialog.current.setText(DURESS)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.ok_button.click()
    assert visible_dialogs() == []
    assert "Passphrase changed" in window.statusBar().currentMessage()  # as if all was well
    _shows_the_empty_vault(window, vault)
    window.acts.lock.trigger()
    assert not window.edits_dropped
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)
    unlock(window, NEW)
    _shows_the_empty_vault(window, window.vault)


def test_gui_protection_with_the_duress_passphrase(window, demo) -> None:
    path, passphrase = demo
    vault = _arm(window, passphrase)
    dialog = _menu(window, "protection")
    dialog.current.setText(DURESS)
    dialog.wipe.setCurrentIndex(dialog.wipe.findData(5))
    dialog.wipe_button.click()
    assert dialog.isVisible() and dialog.outcome.text() == "Saved."
    assert "No duress passphrase" in dialog.duress_state.text()  # the empty vault's state
    assert "after 5 wrong" in dialog.wipe_state.text()
    _shows_the_empty_vault(window, vault)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)


def test_gui_replace_all_keys_with_the_duress_passphrase(window, demo) -> None:
    path, passphrase = demo
    vault = _arm(window, passphrase)
    dialog = _menu(window, "replace all keys")
    dialog.current.setText(DURESS)
    dialog.new.first.setText(NEW)
    dialog.new.second.setText(NEW)
    dialog.ok_button.click()
    assert dialog.pages.currentWidget() is dialog.recovery
    key = dialog.recovery._key
    _shows_the_empty_vault(window, vault)
    dialog.recovery.stored.setChecked(True)
    dialog.recovery.continue_button.click()
    window.acts.lock.trigger()
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)
    with Vault.unlock_with_recovery(path, key) as empty:
        assert titles(empty) == []


def test_gui_end_of_travel_with_the_duress_passphrase(gui, qtbot, demo, tmp_path) -> None:
    from casebook.ui.travel_dialogs import TravelEndDialog
    from tests.test_ui_travel import _recovery_key

    path, passphrase = demo
    recovery = _recovery_key(path, passphrase, tmp_path)
    out = tmp_path / "away.age"
    with Vault.unlock(path, passphrase) as vault:
        protection.set_duress(vault, passphrase, DURESS, kdf=FAST_KDF)
        travel.start(vault, out, recovery_key=recovery)
    win = open_window(qtbot, path, tmp_path)
    win.unlock_page.travelEndRequested.emit()
    [end] = visible_dialogs()
    assert isinstance(end, TravelEndDialog)
    end.file.setText(str(out))
    end.recovery.setText(recovery)
    end.passphrase.setText(DURESS)
    end.end_button.click()
    assert not end.isVisible()  # ended, as with the passphrase
    unlock(win, DURESS)
    _shows_the_empty_vault(win, win.vault)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(path, passphrase)


def test_gui_dialogs_count_wrong_passphrases_and_the_last_one_locks(window, demo) -> None:
    path, passphrase = demo
    protection.set_wipe_after(window.vault, passphrase, 5)
    change = _menu(window, "change passphrase")
    change.current.setText("a guess")
    change.new.first.setText(NEW)
    change.new.second.setText(NEW)
    change.ok_button.click()
    assert re.search(r"4 wrong passphrase(s|\(s\)) more", change.error.text())
    change.current.setText(passphrase)
    change.ok_button.click()  # right: the count starts again
    assert protection.status(window.vault).failures == 0
    dialog = _menu(window, "protection")
    dialog.wipe.setCurrentIndex(dialog.wipe.findData(10))
    for attempt in range(4):
        dialog.current.setText(f"guess {attempt}")
        dialog.wipe_button.click()
    assert re.search(r"1 wrong passphrase(\(s\))? more", dialog.message.text())
    dialog.current.setText("the last guess")
    dialog.wipe_button.click()
    assert window.vault is None and window.current_page() is window.unlock_page
    assert visible_dialogs() == []
    for typed in (passphrase, NEW):
        with pytest.raises(WrongPassphrase):
            Vault.unlock(path, typed)


def test_a_lock_before_the_window_hears_of_the_duress_saves_nothing_into_the_empty_vault(
    window, demo, qtbot
) -> None:
    """The duress passphrase works in a worker; a lock (the idle timer) may come before
    the window is told. The edits on screen belong to the destroyed vault: dropped."""
    _path, passphrase = demo
    vault = _arm(window, passphrase)
    open_row(qtbot, window, 0)
    edit_field(qtbot, window, "title", "Edited but not saved")
    vault.on_replaced = None  # the news is still on its way to the GUI thread
    protection.check_current(vault, DURESS)
    window.acts.lock.trigger()
    unlock(window, DURESS)
    _shows_the_empty_vault(window, window.vault)

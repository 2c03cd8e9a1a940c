"""A vault or backup on disk does not say "Casebook" (issue 13), and every vault and backup
made by earlier versions, whose database is `casebook.db`, keeps working."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup, evidence
from casebook.services.backup_generations import generations
from casebook.services.cases import save_case
from casebook.services.passphrase_change import change_passphrase
from casebook.services.rekey import replace_all_keys
from casebook.services.verify import verify_vault
from casebook.vault import layout, protection
from casebook.vault.cases import list_cases
from casebook.vault.errors import VaultExists, WrongPassphrase
from casebook.vault.layout import DATABASE, LEGACY_DATABASE
from casebook.vault.vault import Vault
from tests import ui_support
from tests.conftest import FAST_KDF, PASSPHRASE

DATA = Path(__file__).parent / "data"
gui = ui_support.gui  # the GUI test at the end

H1_PASSPHRASE = "vault-header1 test passphrase, not secret"
NEW = "lantern quietly orbit pepper museum"
DURESS = "tulips in the rain at noon"


def names_saying_casebook(root: Path) -> list[str]:
    return [str(p.relative_to(root)) for p in root.rglob("*") if "casebook" in p.name.lower()]


def files_saying_casebook(root: Path) -> list[str]:
    """Files whose bytes hold the word in any case (the header, the database, evidence)."""
    return [
        str(p.relative_to(root))
        for p in root.rglob("*")
        if p.is_file() and b"casebook" in p.read_bytes().lower()
    ]


def titles(vault: Vault) -> list[str]:
    return sorted(r.title for r in list_cases(vault.conn))


def fill(vault: Vault, title: str) -> None:
    case = Case(title=title, summary="x" * 5000)
    save_case(vault, case)
    evidence.import_stream(vault, case.id, io.BytesIO(b"photo " * 4000), original_name="p.jpg")


def to_old_names(folder: Path) -> None:
    """What an earlier version wrote: the same files, the database named casebook.db
    (with its log, its backup base `.casebook.db.base`, its kept `casebook.db.gen-N`)."""
    for entry in list(folder.iterdir()):
        for stem in (DATABASE, "." + DATABASE):
            if entry.name == stem or entry.name.startswith((stem + ".", stem + "-")):
                old = entry.name.replace(DATABASE, LEGACY_DATABASE, 1)
                entry.rename(folder / old)
                break


def open_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if layout.belongs_to_database(p.name))


# --- new vaults and backups are neutral ---------------------------------------------------


def test_a_new_vault_and_its_backups_say_nothing_of_casebook(tmp_path: Path) -> None:
    folder, dest = tmp_path / "vault", tmp_path / "usb" / "backup"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF, organisation="Casebook Org")
    fill(vault, "first")
    backup.backup(vault, dest)
    fill(vault, "second")
    backup.backup(vault, dest)  # incremental: a kept older generation (its pages) appears
    change_passphrase(vault, PASSPHRASE, NEW, FAST_KDF)
    protection.set_duress(vault, NEW, DURESS, kdf=FAST_KDF)
    fill(vault, "third")
    backup.backup(vault, dest)
    vault.close()
    assert generations(dest), "the backup keeps older generations"
    assert all(p.name.endswith(".pages") for _n, p in generations(dest))
    for root in (folder, dest):
        assert (root / DATABASE).is_file()
        assert names_saying_casebook(root) == []
        assert files_saying_casebook(root) == []  # the header begins with random bytes
    restored = tmp_path / "restored"
    with Vault.unlock(dest, NEW) as copy:
        backup.restore(copy, restored)
    assert names_saying_casebook(restored) == [] and files_saying_casebook(restored) == []
    with Vault.unlock(restored, NEW) as again:
        assert titles(again) == ["first", "second", "third"]
        assert verify_vault(again) == []


def test_a_vault_left_empty_by_the_duress_passphrase_is_neutral_too(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    fill(vault, "kept")
    protection.set_duress(vault, PASSPHRASE, DURESS, kdf=FAST_KDF)
    vault.close()
    to_old_names(folder)  # as if made by an earlier version
    with Vault.unlock(folder, DURESS) as empty:
        assert titles(empty) == []
    assert open_names(folder) == [DATABASE]  # the old database went, never two
    assert names_saying_casebook(folder) == []


def test_the_default_places_are_neutral(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from casebook import paths

    monkeypatch.delenv("CASEBOOK_HOME")
    place = paths.default_vault()
    assert "casebook" not in str(place.relative_to(tmp_path)).lower()
    assert place.parts[-2:] == ("Notebook", "data")
    entry = (Path(__file__).parent.parent / "packaging" / "linux").glob("*.desktop")
    text = next(entry).read_text(encoding="utf-8")
    generic = [line for line in text.splitlines() if line.startswith(("GenericName", "Comment"))]
    for word in ("human rights", "правозащит", "құқық қорға", "evidence", "доказательств"):
        assert all(word not in line.lower() for line in generic), word


# --- vaults and backups made by earlier versions -----------------------------------------


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    """The committed vault of the last release (header format 1, casebook.db)."""
    target = tmp_path / "old-vault"
    shutil.copytree(DATA / "vault-header1", target)
    assert (target / LEGACY_DATABASE).is_file()
    return target


def test_an_old_vault_keeps_its_database_name_when_opened_changed_and_rekeyed(
    old_vault: Path,
) -> None:
    with Vault.unlock(old_vault, H1_PASSPHRASE) as vault:
        assert vault.db_path.name == LEGACY_DATABASE
        count = len(titles(vault))
        save_case(vault, Case(title="added after the upgrade"))
        assert verify_vault(vault) == []
        change_passphrase(vault, H1_PASSPHRASE, NEW, FAST_KDF)
    with Vault.unlock(old_vault, NEW) as vault:
        replace_all_keys(vault, NEW, PASSPHRASE, FAST_KDF)
        assert vault.db_path.name == LEGACY_DATABASE
    assert open_names(old_vault) == [LEGACY_DATABASE]  # no second database, no leftovers
    with pytest.raises(WrongPassphrase):
        Vault.unlock(old_vault, NEW)
    with Vault.unlock(old_vault, PASSPHRASE) as vault:
        assert len(titles(vault)) == count + 1
        assert verify_vault(vault) == []


def test_an_old_vault_backs_up_to_a_neutral_backup_that_restores(
    old_vault: Path, tmp_path: Path, cli
) -> None:
    dest, restored = tmp_path / "backup", tmp_path / "restored"
    with Vault.unlock(old_vault, H1_PASSPHRASE) as vault:
        expected = titles(vault)
        backup.backup(vault, dest)
    assert (dest / DATABASE).is_file() and names_saying_casebook(dest) == []
    said = cli("--vault", str(dest), "verify", stdin=H1_PASSPHRASE + "\n")
    assert said.code == 0, said.err
    done = cli("restore", str(dest), "--to", str(restored), stdin=H1_PASSPHRASE + "\n")
    assert done.code == 0, done.err
    with Vault.unlock(restored, H1_PASSPHRASE) as vault:
        assert titles(vault) == expected
    assert cli("--vault", str(old_vault), "verify", stdin=H1_PASSPHRASE + "\n").code == 0


def test_an_old_backup_is_updated_in_place_and_restores(tmp_path: Path) -> None:
    """A backup folder written by an earlier version keeps its names: the next backup
    updates it incrementally (in place, keeping generations), restore reads it."""
    folder, dest = tmp_path / "vault", tmp_path / "backup"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    fill(vault, "first")
    backup.backup(vault, dest)
    fill(vault, "second")
    backup.backup(vault, dest)
    vault.close()
    to_old_names(folder)
    to_old_names(dest)
    kept = {n for n, _p in generations(dest)}
    assert kept and all(p.name.startswith(LEGACY_DATABASE) for _n, p in generations(dest))
    with Vault.unlock(folder, PASSPHRASE) as vault:
        fill(vault, "third")
        report = backup.backup(vault, dest)
        assert not report.created
    assert any(n.startswith(f"{LEGACY_DATABASE}.gen-") for n in open_names(dest))
    assert [n for n in open_names(dest) if LEGACY_DATABASE not in n] == []
    assert (dest / LEGACY_DATABASE).is_file() and not (dest / DATABASE).exists()
    assert len(generations(dest)) >= len(kept)
    with Vault.unlock(dest, PASSPHRASE) as copy:
        assert titles(copy) == ["first", "second", "third"]
        assert verify_vault(copy) == []
        backup.restore(copy, tmp_path / "latest")
    oldest = min(n for n, _p in generations(dest))
    from casebook.services.backup_generations import open_generation

    with Vault.unlock(dest, PASSPHRASE) as copy, open_generation(copy, oldest) as older:
        backup.restore(older, tmp_path / "older")
    with Vault.unlock(tmp_path / "latest", PASSPHRASE) as latest:
        assert titles(latest) == ["first", "second", "third"]
    with Vault.unlock(tmp_path / "older", PASSPHRASE) as older_vault:
        assert titles(older_vault) == ["first"]
    assert (tmp_path / "older" / DATABASE).is_file()  # a restore is a new vault: neutral


def test_a_first_backup_an_old_version_left_unfinished_is_completed(tmp_path: Path) -> None:
    folder, dest = tmp_path / "vault", tmp_path / "backup"
    vault, _recovery = Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)
    fill(vault, "first")
    (dest / "evidence").mkdir(parents=True)
    (dest / f".{LEGACY_DATABASE}.new").write_bytes(b"half a snapshot")  # killed, no header
    backup.backup(vault, dest)
    vault.close()
    names = sorted(p.name for p in dest.iterdir())
    assert names in (
        [DATABASE, "evidence", "header"],
        [f".{DATABASE}.base", DATABASE, "evidence", "header"],
    )


def test_an_old_vault_interrupted_in_a_key_replacement_settles(old_vault: Path) -> None:
    from casebook.vault import rekey

    (old_vault / f"{LEGACY_DATABASE}.rekey").write_bytes(b"half a copy")
    assert rekey.new_database(old_vault).name == f"{LEGACY_DATABASE}.rekey"
    Vault.unlock(old_vault, H1_PASSPHRASE).close()
    assert open_names(old_vault) == [LEGACY_DATABASE]


def test_migrations_of_an_old_vault_snapshot_under_its_own_name(
    old_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.vault import db

    steps = dict(db.migrations())
    latest = max(steps)
    seen: list[str] = []

    def add_table(conn: db.Connection) -> None:
        seen.extend(sorted(p.name for p in old_vault.iterdir() if ".before-v" in p.name))
        conn.execute("CREATE TABLE extra_for_test (x INTEGER)")

    steps[latest + 1] = add_table
    monkeypatch.setattr(db, "migrations", lambda: steps)
    Vault.unlock(old_vault, H1_PASSPHRASE).close()  # the release's schema, then one more
    assert [n for n in seen if n.startswith(LEGACY_DATABASE + ".before-v")] == seen != []
    assert open_names(old_vault) == [LEGACY_DATABASE]  # sound: the snapshot went


def test_a_folder_never_gets_a_second_database(tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    assert layout.database_path(folder).name == DATABASE
    (folder / LEGACY_DATABASE).write_bytes(b"")
    assert layout.database_path(folder).name == LEGACY_DATABASE
    (folder / LEGACY_DATABASE).unlink()
    (folder / DATABASE).write_bytes(b"x")
    with pytest.raises(VaultExists):
        Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)


def test_the_gui_offers_neutral_names(gui, qtbot, tmp_path: Path) -> None:
    """A folder chosen for a new vault that holds other files gets a neutral subfolder;
    the recovery key PDF is offered under a neutral name."""
    from PySide6.QtWidgets import QFileDialog

    from tests.test_ui_welcome import _create_page, _to_recovery_page
    from tests.ui_support import visible_dialogs

    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("hello")
    _window, page = _create_page(qtbot, tmp_path)
    page._picked(str(documents))
    chosen = Path(page.location.text())
    assert chosen.parent == documents and "casebook" not in chosen.name.lower()
    _window, recovery = _to_recovery_page(qtbot, tmp_path)
    recovery.pdf_button.click()
    [dialog] = visible_dialogs()
    assert isinstance(dialog, QFileDialog)
    assert Path(dialog.selectedFiles()[0]).name == "recovery-key.pdf"
    dialog.reject()

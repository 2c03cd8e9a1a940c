"""Bad input and damaged files: a clear message naming what is wrong, nothing written or lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import save_case
from casebook.services.evidence import import_file
from casebook.vault.errors import VaultDamaged, VaultError
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files


def _vault_with_evidence(vault: Vault, tmp_path: Path) -> Case:
    case = Case(title="Detained at the march")
    save_case(vault, case)
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(b"not really a photo, but evidence all the same")
    import_file(vault, case.id, photo)
    return case


# --- a database emptied by a crash or a bad copy -----------------------------------------


def test_an_empty_database_is_refused_and_the_evidence_kept(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    _vault_with_evidence(vault, tmp_path)
    vault.close()
    (vault_dir / DATABASE).write_bytes(b"")
    before = snapshot_files(vault_dir)
    assert any(name.startswith("evidence/") for name in before)
    with pytest.raises(VaultDamaged, match=f"{DATABASE} is empty"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert snapshot_files(vault_dir) == before


def test_cli_on_an_empty_database_says_so_and_writes_nothing(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    _vault_with_evidence(vault, tmp_path)
    vault.close()
    (vault_dir / DATABASE).write_bytes(b"")
    before = snapshot_files(vault_dir)
    for argv in (("case", "list"), ("verify",)):
        r = cli("--vault", str(vault_dir), *argv)
        said = r.out + r.err  # verify reports its findings on standard output
        assert r.code == 1 and f"{DATABASE} is empty" in said, said
        assert "Restore it from a backup" in said
    assert snapshot_files(vault_dir) == before


def test_restore_from_a_backup_with_an_empty_database_leaves_the_backup_alone(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    _vault_with_evidence(vault, tmp_path)
    dest = tmp_path / "usb"
    backup.backup(vault, dest)
    vault.close()
    (dest / DATABASE).write_bytes(b"")
    before = snapshot_files(dest)
    r = cli("restore", str(dest), "--to", str(tmp_path / "restored"))
    assert r.code == 1 and f"{DATABASE} is empty" in r.err, r.err
    assert snapshot_files(dest) == before
    assert not (tmp_path / "restored").exists()


# --- exports aimed into the vault directory ------------------------------------------------


@pytest.mark.parametrize("name", ["header", DATABASE, ""])
def test_an_appeal_is_never_written_into_the_vault(vault: Vault, vault_dir: Path, name: str):
    from casebook.services import appeals

    case = Case(title="Detained at the march", sensitivity="public")
    save_case(vault, case)
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot_files(vault_dir)
    with pytest.raises(VaultError, match="refusing to export into the vault directory"):
        appeals.export_appeal(vault, case.id, "md", vault_dir / name)
    assert snapshot_files(vault_dir) == before
    assert appeals.list_kept(vault, case.id) == []


def test_cli_exports_refuse_the_vault_directory(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = Case(title="Detained at the march", sensitivity="public")
    save_case(vault, case)
    vault.close()
    (tmp_path / "link").symlink_to(vault_dir)
    before = snapshot_files(vault_dir)
    for argv in (
        ("case", "export", case.id, "-o", str(vault_dir / "header")),
        ("case", "export", case.id, "-o", str(tmp_path / "link" / DATABASE)),
        ("appeal", case.id, "--format", "md", "-o", str(vault_dir / DATABASE)),
        ("appeal", case.id, "--format", "md", "-o", str(vault_dir) + "/"),
        ("appeal", case.id, "--format", "md", "-o", str(tmp_path / "link" / "header")),
    ):
        r = cli("--vault", str(vault_dir), *argv)
        assert r.code == 1 and "refusing to export into the vault directory" in r.err, argv
        assert snapshot_files(vault_dir) == before, argv
    r = cli("--vault", str(vault_dir), "case", "export", case.id, "-o", str(tmp_path / "c.json"))
    assert r.code == 0 and case.id in (tmp_path / "c.json").read_text("utf-8")


# --- a damaged page of the database -------------------------------------------------------


def test_a_damaged_page_anywhere_is_told_as_damage(cli, vault: Vault, vault_dir: Path) -> None:
    for i in range(12):
        save_case(vault, Case(title=f"case {i}", summary="text " * 300))
    vault.close()
    db_file = vault_dir / DATABASE
    good = db_file.read_bytes()
    failures = 0
    for page in range(len(good) // 4096):
        data = bytearray(good)
        data[page * 4096 + 1000] ^= 0x01
        db_file.write_bytes(bytes(data))
        for argv in (("case", "list"), ("search", "text"), ("verify",)):
            r = cli("--vault", str(vault_dir), *argv)
            said = r.out + r.err
            assert "unexpected" not in said, (page, argv, said)
            if r.code:
                failures += 1
                assert r.code == 1 and "database" in said and "cannot be read" in said, said
    assert failures  # the damage was seen somewhere


# --- case import of files that are not a case ----------------------------------------------


def test_case_import_refuses_a_huge_file_without_reading_it_all(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    huge = tmp_path / "film.json"
    with open(huge, "wb") as f:  # sparse: nothing on disk (a video picked by mistake)
        f.truncate(64 * 1024**2)
    before = snapshot_files(vault_dir)
    r = cli("--vault", str(vault_dir), "case", "import", str(huge), stdin="")
    assert r.code == 1 and "too large" in r.err and "16 MiB" in r.err, r.err
    assert snapshot_files(vault_dir) == before


def test_case_import_of_deeply_nested_json_is_a_clear_error(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    vault.close()
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    r = cli("--vault", str(vault_dir), "case", "import", str(deep), stdin="")
    assert r.code == 1 and "nested too deeply" in r.err and "unexpected" not in r.err, r.err


# --- the temporary file of an atomic write ------------------------------------------------


def test_an_export_is_not_written_through_a_planted_temporary_name(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    """In a shared folder someone may have put a link where the temporary file goes."""
    case = Case(title="Zhanar-Marker-7f3a", sensitivity="public")
    save_case(vault, case)
    vault.close()
    shared, theirs = tmp_path / "shared", tmp_path / "theirs.txt"
    shared.mkdir()
    theirs.write_text("their file")
    for name in ("c.json", "appeal.md"):
        (shared / f".{name}.tmp").symlink_to(theirs)
    r = cli("--vault", str(vault_dir), "case", "export", case.id, "-o", str(shared / "c.json"))
    assert r.code == 0, r.err
    r = cli("--vault", str(vault_dir), "appeal", case.id, "-o", str(shared / "appeal.md"))
    assert r.code == 0, r.err
    assert theirs.read_text() == "their file"
    for name in ("c.json", "appeal.md"):
        exported = shared / name
        assert not exported.is_symlink() and "Zhanar-Marker-7f3a" in exported.read_text("utf-8")


# --- the recovery key saved as PDF --------------------------------------------------------


def test_the_recovery_key_pdf_is_readable_by_the_user_only(qapp, tmp_path: Path) -> None:
    import stat

    from casebook.ui.recovery import write_recovery_pdf

    texts = {"title": "Recovery key", "created": "today", "use": "use it", "keep": "keep it"}
    target = tmp_path / "key.pdf"
    target.write_bytes(b"an older file, readable by everyone")
    target.chmod(0o644)
    old = os.umask(0o022)
    try:
        write_recovery_pdf(str(target), "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567", texts)
        write_recovery_pdf(str(tmp_path / "new.pdf"), "ABCD-EFGH", texts)
    finally:
        os.umask(old)
    for path in (target, tmp_path / "new.pdf"):
        assert path.read_bytes().startswith(b"%PDF")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


# --- the command line as a process ---------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX limits and umask")
def test_the_command_line_process_dumps_no_core_and_creates_private_files(tmp_path: Path):
    """A crash would otherwise write decrypted pages and keys into a core file, as the
    desktop application already prevents."""
    script = (
        "import os, resource, sys\n"
        "from casebook import cli\n"
        "sys.argv = ['casebook', 'appeals', 'demands']\n"
        "cli.main()\n"
        "print('LIMITS', resource.getrlimit(resource.RLIMIT_CORE), oct(os.umask(0)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
        cwd=tmp_path, env={**os.environ, "CASEBOOK_HOME": str(tmp_path / "home")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "LIMITS (0, 0) 0o77"


def test_a_failed_export_names_the_file_asked_for_not_its_temporary_name(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = Case(title="Detained at the march")
    save_case(vault, case)
    vault.close()
    folder = tmp_path / "exports"
    folder.mkdir()
    r = cli("--vault", str(vault_dir), "case", "export", case.id, "-o", str(folder))
    assert r.code == 1 and f"cannot access {folder}: is a directory" in r.err, r.err
    assert list(tmp_path.glob(".*")) == [] and list(folder.iterdir()) == []


# --- bundle import of a large file that is not a bundle -----------------------------------


@pytest.mark.parametrize("start", [b"", b"age-encryption.org/v1\n"])
def test_a_large_non_bundle_is_refused_after_reading_its_start_only(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, start: bytes
) -> None:
    """A disk image or a file of zeros has no line break for age's header parser to stop
    at: it read all of it into memory (2 GiB of RAM for a 2 GiB file) before refusing."""
    from casebook.services import bundle
    from casebook.services.bundle import reader
    from casebook.services.bundle.format import BundleError

    path = tmp_path / "disk.img"
    with open(path, "wb") as f:
        f.write(start)
        f.truncate(32 * 1024**2)
    read = [0]

    class Counting:
        def __init__(self, raw):
            self.raw = raw

        def read(self, n: int = -1) -> bytes:
            data = self.raw.read(n)
            read[0] += len(data)
            return data

        def __getattr__(self, name):
            return getattr(self.raw, name)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.raw.close()

    monkeypatch.setattr(
        reader, "open", lambda p, m, **kw: Counting(open(p, m, **kw)), raising=False
    )
    with pytest.raises(BundleError, match="not an age-encrypted bundle"):
        bundle.inspect_bundle(vault, path)
    assert read[0] <= 1024**2


def test_bundle_decryption_errors_are_translated(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    import pyrage

    vault.close()
    stranger = pyrage.x25519.Identity.generate().to_public()
    sealed = pyrage.encrypt(b"x" * 100_000, [stranger])
    (tmp_path / "not-for-us.age").write_bytes(sealed)
    r = cli("--lang", "ru", "--vault", str(vault_dir), "bundle", "import",
            str(tmp_path / "not-for-us.age"))  # fmt: skip
    assert r.code == 1 and "пакет зашифрован не для" in r.err, r.err


# --- every command that opens a vault, with the wrong passphrase ---------------------------


def test_every_command_refuses_a_wrong_passphrase_and_changes_no_file(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = _vault_with_evidence(vault, tmp_path)
    evidence = vault.conn.execute("SELECT id FROM evidence").fetchone()[0]
    vault.close()
    (tmp_path / "wrong").write_text("not the passphrase\n")
    (tmp_path / "new").write_text("a completely different passphrase of five words\n")
    (tmp_path / "case.json").write_text(
        '{"format": "casebook-case/1", "id": "' + case.id + '", "title": "x"}'
    )
    out = tmp_path / "out"
    commands = [
        ("case", "list"), ("case", "show", case.id), ("case", "delete", case.id),
        ("case", "export", case.id, "-o", str(out / "c.json")),
        ("case", "import", str(tmp_path / "case.json")), ("search", "march"),
        ("evidence", "list", case.id), ("evidence", "show", evidence),
        ("evidence", "add", case.id, str(tmp_path / "photo.jpg")),
        ("evidence", "edit", evidence, "--source", "x"),
        ("evidence", "export", evidence, "-o", str(out) + "/"),
        ("evidence", "custody", evidence), ("evidence", "delete", evidence),
        ("verify",), ("passwd", "--new-passphrase-file", str(tmp_path / "new")),
        ("appeal", case.id, "--force", "-o", str(out / "a.md")),
        ("appeal", case.id, "--format", "md", "-o", str(out) + "/"),
        ("appeals", "list", case.id), ("backup", str(tmp_path / "usb")),
        ("backup", "--status"), ("identity", "show"), ("partner", "list"),
        ("partner", "remove", "x"), ("bundle", "conflicts"),
        ("bundle", "export", case.id, "--to", "x", "-o", str(out / "b.age")),
        ("bundle", "import", str(tmp_path / "photo.jpg")),
    ]  # fmt: skip
    before = snapshot_files(vault_dir)
    for argv in commands:
        r = cli("--vault", str(vault_dir), "--passphrase-file", str(tmp_path / "wrong"), *argv)
        assert r.code == 3 and r.err.strip() == "casebook: error: wrong passphrase", (argv, r)
    assert snapshot_files(vault_dir) == before
    assert not out.exists() and not (tmp_path / "usb").exists()
    r = cli("restore", str(vault_dir), "--to", str(tmp_path / "restored"),
            "--passphrase-file", str(tmp_path / "wrong"))  # fmt: skip
    assert r.code == 3 and not (tmp_path / "restored").exists()
    assert snapshot_files(vault_dir) == before

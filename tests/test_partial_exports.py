"""Exports where no unnamed file can be made (a FAT USB stick, another system; issue 12):
the hidden `.NAME.<random>.part` is recorded in the vault before it is created, and the
next opening of the vault removes what a kill left. A record never deletes a file that
is not one of our partials; a read-only opening removes the files and keeps the records.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebook.services import appeals
from casebook.services.cases import export_case_file
from casebook.services.evidence import export_cleaned, export_original, import_file
from casebook.services.incidents import export_incidents
from casebook.vault import fsutil, partials
from casebook.vault.errors import VaultError
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_evidence_support import image_bytes, make_case, write

ROOT = Path(__file__).resolve().parent.parent
TMPFILE = getattr(os, "O_TMPFILE", 0)


@pytest.fixture
def no_unnamed_files(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """os.open refuses O_TMPFILE as a FAT or exFAT file system does (EOPNOTSUPP). The
    list returned gets, for each named partial created, whether the vault had it
    recorded (read through a second connection) at that moment."""
    real_open = os.open
    seen: list[tuple[str, bool]] = []

    def fake_open(path, flags, mode=0o777, *, dir_fd=None):  # type: ignore[no-untyped-def]
        if TMPFILE and flags & TMPFILE == TMPFILE:
            raise OSError(errno.EOPNOTSUPP, os.strerror(errno.EOPNOTSUPP), str(path))
        if str(path).endswith(".part") and flags & os.O_EXCL and _watched:
            conn = _watched[0].connect()
            try:
                committed = [r[0] for r in conn.execute("SELECT path FROM partial_files")]
            finally:
                conn.close()
            seen.append((str(path), str(Path(path).absolute()) in committed))
        return real_open(path, flags, mode, dir_fd=dir_fd)

    monkeypatch.setattr(os, "open", fake_open)
    return seen


_watched: list[Vault] = []


@pytest.fixture
def watched(vault: Vault):  # type: ignore[no-untyped-def]
    _watched.append(vault)
    yield vault
    _watched.clear()


def _exports(vault: Vault, tmp_path: Path) -> dict[str, Path]:
    case = make_case(vault)
    item = import_file(vault, case.id, write(tmp_path / "in" / "photo.jpg", image_bytes()))
    out = tmp_path / "stick"
    out.mkdir()
    appeal = appeals.export_appeal(vault, case.id, "md", out / "appeal.md", confirmed=True)
    return {
        "original": export_original(vault, item.id, out),
        "cleaned": export_cleaned(vault, item.id, out),
        "case": export_case_file(vault, case.id, out / "case.json"),
        "appeal": appeal.path,
        "incidents": export_incidents(vault, out / "incidents.csv").path,
    }


def test_every_export_records_its_partial_before_creating_it_and_forgets_it(
    watched: Vault, no_unnamed_files: list[tuple[str, bool]], tmp_path: Path
) -> None:
    written = _exports(watched, tmp_path)
    assert all(p.is_file() and p.stat().st_size > 0 for p in written.values())
    stick = str(tmp_path / "stick")
    created = [(p, ok) for p, ok in no_unnamed_files if os.path.dirname(p) == stick]
    assert len(created) == len(written)  # every export went through a named partial ...
    assert all(ok for _p, ok in created)  # ... recorded (committed) before it was created
    assert all(fsutil.PARTIAL.fullmatch(Path(p).name) for p, _ok in created)
    assert sorted(p.name for p in (tmp_path / "stick").iterdir()) == sorted(
        p.name for p in written.values()
    )  # no partial left
    assert partials.recorded(watched) == []  # and no record


def test_a_failed_export_removes_its_partial_and_its_record(
    vault: Vault, no_unnamed_files: list[tuple[str, bool]], tmp_path: Path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    with pytest.raises(RuntimeError), partials.writer(vault, out / "report.pdf") as f:
        f.write(b"half of a report")
        raise RuntimeError("disk pulled out")
    assert list(out.iterdir()) == [] and partials.recorded(vault) == []


def _plant(vault: Vault, folder: Path, name: str = ".report.pdf.0a1b2c3d.part") -> Path:
    """What a kill leaves: a recorded partial, from a while ago."""
    folder.mkdir(exist_ok=True)
    part = folder / name
    partials.Recorder(vault).note(part)
    part.write_bytes(b"decrypted content of a killed export")
    _age(vault)
    return part


def _age(vault: Vault) -> None:
    with vault.transaction() as conn:
        conn.execute("UPDATE partial_files SET created = datetime('now', '-1 hour')")


def test_the_next_command_that_opens_the_vault_removes_a_left_partial(
    cli, vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    part = _plant(vault, tmp_path / "stick")
    vault.close()
    result = cli("--vault", str(vault_dir), "case", "list")
    assert result.code == 0 and not part.exists()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == []


def test_a_record_never_deletes_a_file_that_is_not_our_partial(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    thesis = mine / "thesis.odt"
    thesis.write_bytes(b"the user's own file")
    partials.Recorder(vault).note(thesis)  # a record that names a user's file
    hidden = mine / ".thesis.odt.part"  # almost our pattern: no random part
    hidden.write_bytes(b"the user's own hidden file")
    partials.Recorder(vault).note(hidden)
    link = mine / ".link.0a1b2c3d.part"  # our pattern, but a link to the user's file
    link.symlink_to(thesis)
    partials.Recorder(vault).note(link)
    folder = mine / ".folder.0a1b2c3d.part"
    folder.mkdir()
    partials.Recorder(vault).note(folder)
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == []  # the records are gone ...
    assert thesis.read_bytes() == b"the user's own file"  # ... the files are not
    assert hidden.exists() and link.is_symlink() and folder.is_dir()


def test_a_record_whose_folder_is_away_waits_for_it(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    part = _plant(vault, stick)
    away = tmp_path / "unplugged"
    stick.rename(away)
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == [part]  # the stick is not there: kept
    away.rename(stick)
    Vault.unlock(vault_dir, PASSPHRASE).close()
    assert not part.exists()


def test_a_read_only_opening_removes_the_files_and_keeps_the_records(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    part = _plant(vault, tmp_path / "stick")
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        assert not part.exists()  # plaintext goes at once
        assert partials.recorded(ro) == [part]  # nothing written to the vault
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == []


def test_an_export_under_way_in_another_process_is_left_alone(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    part = _plant(vault, tmp_path / "stick")
    about_to_be = tmp_path / "stick" / ".next.pdf.0a1b2c3e.part"
    partials.Recorder(vault).note(about_to_be)  # recorded, its file not yet created
    vault.close()
    fd = os.open(part, os.O_WRONLY)
    try:
        assert fsutil.lock_part(fd)  # as the writing process holds it
        with Vault.unlock(vault_dir, PASSPHRASE) as v:
            assert partials.recorded(v) == [about_to_be, part]
        assert part.exists()
    finally:
        os.close(fd)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == [about_to_be]  # a minute old at most: kept
        _age(v)
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        assert partials.recorded(v) == []
    assert not part.exists()


def test_a_read_only_vault_refuses_a_named_partial_clearly(
    vault: Vault, vault_dir: Path, tmp_path: Path, no_unnamed_files: list[tuple[str, bool]]
) -> None:
    case = make_case(vault)
    vault.close()
    out = tmp_path / "stick"
    with Vault.unlock(vault_dir, PASSPHRASE, read_only=True) as ro:
        with pytest.raises(VaultError, match="read-only") as refused:
            export_case_file(ro, case.id, out / "case.json")
    assert "own disk" in str(refused.value)
    assert list(out.iterdir()) == []


# --- a kill, from outside -----------------------------------------------------------------

EXPORT = """
import errno, os, sys, time
from pathlib import Path

real_open = os.open
def no_tmpfile(path, flags, mode=0o777, *, dir_fd=None):
    tmpfile = getattr(os, "O_TMPFILE", 0)
    if tmpfile and flags & tmpfile == tmpfile:
        raise OSError(errno.EOPNOTSUPP, "Operation not supported", str(path))
    return real_open(path, flags, mode, dir_fd=dir_fd)
os.open = no_tmpfile  # a FAT USB stick

from casebook.services.evidence import export_original
from casebook.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
pause = sys.argv[5] == "pause"
def progress(done, total):
    if pause and done >= 3 << 20:  # a megabyte or more is on the disk
        print("writing", flush=True)
        time.sleep(600)
print("ready", flush=True)
export_original(vault, sys.argv[3], Path(sys.argv[4]), progress=progress)
print("done", flush=True)
"""


def _start(vault_dir: Path, item_id: str, out: Path, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", EXPORT, str(vault_dir), PASSPHRASE, item_id, str(out), mode],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


def _next_command(vault_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "--vault", str(vault_dir), "case", "list"],
        input=PASSPHRASE + "\n", capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_an_export_killed_without_unnamed_files_is_removed_by_the_next_command(
    vault_dir: Path, tmp_path: Path
) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    case = make_case(vault)
    data = os.urandom(8 * 1024 * 1024)
    item = import_file(vault, case.id, write(tmp_path / "video.bin", data))
    vault.close()

    out = tmp_path / "stick"
    out.mkdir()
    proc = _start(vault_dir, item.id, out, "pause")
    assert proc.stdout is not None and proc.stdout.readline().strip() == "writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    [left] = list(out.iterdir())
    assert fsutil.PARTIAL.fullmatch(left.name) and left.stat().st_size > 0  # plaintext
    _next_command(vault_dir)
    assert list(out.iterdir()) == []

    # Killed at random moments: after the next command nothing but a whole file is left.
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    t0 = time.perf_counter()
    proc = _start(vault_dir, item.id, out, "run")
    proc.wait(timeout=120)
    window = time.perf_counter() - t0
    assert (out / "video.bin").read_bytes() == data
    (out / "video.bin").unlink()
    for i in range(5):
        target = tmp_path / f"stick{i}"
        target.mkdir()
        proc = _start(vault_dir, item.id, target, "run")
        time.sleep(rng.uniform(0, window))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        _next_command(vault_dir)
        left = list(target.iterdir())
        assert [p.name for p in left] in ([], ["video.bin"]), left
        if left:
            assert left[0].read_bytes() == data
    with Vault.unlock(vault_dir, PASSPHRASE) as v:
        # a record of the last minute whose file is gone may wait for a later opening
        assert [p for p in partials.recorded(v) if p.exists()] == []

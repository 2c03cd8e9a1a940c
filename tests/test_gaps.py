"""The last gaps a kill or odd input found: each now a clear message or a clean retry."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casebook.domain.interchange import InterchangeError
from casebook.domain.model import Case
from casebook.services import backup
from casebook.services.cases import parse_case_json, save_case
from casebook.services.evidence import import_file, verify_evidence
from casebook.services.verify import verify_vault
from casebook.vault import evidence_files
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.test_evidence_support import make_case, write

ROOT = Path(__file__).resolve().parent.parent


# --- passphrase files -------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_a_passphrase_file_that_never_ends_is_refused_clearly(cli, vault: Vault, vault_dir):
    vault.close()
    r = cli("--vault", str(vault_dir), "--passphrase-file", "/dev/zero", "case", "list")
    assert r.code == 1 and "longer than 4096 bytes" in r.err and "unexpected" not in r.err


def test_a_byte_order_mark_is_not_part_of_the_passphrase(cli, vault: Vault, vault_dir, tmp_path):
    vault.close()
    notepad = tmp_path / "pass.txt"
    notepad.write_bytes(b"\xef\xbb\xbf" + PASSPHRASE.encode() + b"\r\n")
    r = cli("--vault", str(vault_dir), "--passphrase-file", str(notepad), "case", "list")
    assert r.code == 0, r.err


# --- SQLCipher's own log ------------------------------------------------------------------


def test_a_damaged_database_gives_one_line_and_no_sqlcipher_log(vault: Vault, vault_dir, tmp_path):
    for i in range(30):
        save_case(vault, Case(title=f"case {i}", summary="text " * 200))
    vault.close()
    raw = bytearray((vault_dir / DATABASE).read_bytes())
    for offset in range(4096 * 3, len(raw), 4096):
        raw[offset + 100 : offset + 140] = os.urandom(40)
    (vault_dir / DATABASE).write_bytes(bytes(raw))
    secret = tmp_path / "p"
    secret.write_text(PASSPHRASE + "\n")
    done = subprocess.run(
        [sys.executable, "-m", "casebook", "--vault", str(vault_dir), "--passphrase-file",
         str(secret), "case", "list"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("casebook: error:"), done.stderr


# --- JSON that Python reads but Casebook cannot use ----------------------------------------

CASE = '{"format": "casebook-case/1", "title": %s, "people": [%s]}'


@pytest.mark.parametrize(
    ("text", "path", "words"),
    [
        (CASE % ('"\\ud800 lone"', ""), "$.title", "lone surrogate"),
        (CASE % ('"ok"', '{"ref": "p", "name": "x", "risk": %s}' % ("9" * 5000)),
         "$.people[0].risk", "5000 digits"),
        (CASE % ('"ok"', '{"ref": "p", "name": ' + "[" * 100 + "]" * 100 + "}"),
         "$.people[0].name" + "[0]" * 61, "nested too deeply"),
    ],
)  # fmt: skip
def test_odd_json_is_a_typed_error_naming_its_path(text: str, path: str, words: str) -> None:
    with pytest.raises(InterchangeError) as caught:
        parse_case_json(text)
    [error] = caught.value.errors
    assert error.path == path and words in error.message


@pytest.mark.parametrize("case_id", ["../../x", "a\u0000b", "", "not-a-uuid", 7])
def test_case_ids_on_import_must_be_uuids(case_id: object) -> None:
    import json

    doc = json.dumps({"format": "casebook-case/1", "title": "t", "id": case_id})
    with pytest.raises(InterchangeError) as caught:
        parse_case_json(doc)
    assert [e.path for e in caught.value.errors] == ["$.id"]


def test_a_uuid_case_id_is_kept() -> None:
    doc = (
        '{"format": "casebook-case/1", "title": "t", "id": "0B4E7A52-3F1C-4D8E-9A61-2F0C5D7E8B90"}'
    )
    assert parse_case_json(doc).id == "0b4e7a52-3f1c-4d8e-9a61-2f0c5d7e8b90"


# --- verify while an import writes --------------------------------------------------------


def test_verify_does_not_report_the_file_an_import_is_writing(vault: Vault) -> None:
    temp = evidence_files.temp_path(vault, evidence_files.new_file_id())
    out = evidence_files.create_temp(temp)  # held locked, as a running import does
    try:
        out.write(b"half written")
        out.flush()
        assert verify_evidence(vault) == [] and verify_vault(vault) == []
    finally:
        out.close()
    assert verify_evidence(vault)  # nobody writes it any more: now it is a stray file


# --- killed backups and restores ----------------------------------------------------------


def test_a_first_backup_killed_while_writing_its_header_is_simply_retried(
    vault: Vault, tmp_path: Path
) -> None:
    dest = tmp_path / "usb"
    backup.backup(vault, dest)
    (dest / "header").unlink()  # killed after the snapshot, while the header was written
    (dest / ".header.0a1b2c3d.part").write_bytes(b'{"format": "casebook')
    report = backup.backup(vault, dest)
    assert not [p for p in dest.iterdir() if p.name.endswith(".part")]
    with Vault.unlock(report.destination, PASSPHRASE) as copy:
        assert verify_vault(copy) == []


def test_a_killed_restore_does_not_block_the_next_one(vault: Vault, tmp_path: Path) -> None:
    case = make_case(vault)
    import_file(vault, case.id, write(tmp_path / "a.txt", b"evidence"))
    source = tmp_path / "usb"
    backup.backup(vault, source)
    target = tmp_path / "restored"
    (target / "evidence").mkdir(parents=True)
    (target / "evidence" / "half.age").write_bytes(b"age")
    (target / f".{DATABASE}.new").write_bytes(b"half")  # what a kill leaves: no header yet
    with Vault.unlock(source, PASSPHRASE) as opened:
        backup.restore(opened, target)
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert verify_vault(restored) == []
    other = tmp_path / "other"
    other.mkdir()
    (other / "my thesis.odt").write_bytes(b"not ours")
    with Vault.unlock(source, PASSPHRASE) as opened, pytest.raises(backup.BackupError):
        backup.restore(opened, other)
    assert (other / "my thesis.odt").read_bytes() == b"not ours"


# --- a killed export leaves no plaintext ---------------------------------------------------

EXPORT = """
import sys
from pathlib import Path
from casebook.services.evidence import export_original
from casebook.vault.vault import Vault
vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
print("ready", flush=True)
export_original(vault, sys.argv[3], Path(sys.argv[4]))
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "O_TMPFILE"), reason="Linux O_TMPFILE")
def test_a_killed_export_leaves_no_plaintext_behind(vault_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    case = make_case(vault)
    data = os.urandom(24 * 1024 * 1024)
    item = import_file(vault, case.id, write(tmp_path / "video.bin", data))
    vault.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(int.from_bytes(os.urandom(4), "big"))
    window = None
    for i in range(8):
        out = tmp_path / f"out{i}"
        out.mkdir()
        proc = subprocess.Popen(
            [sys.executable, "-c", EXPORT, str(vault_dir), PASSPHRASE, item.id, str(out)],
            stdout=subprocess.PIPE, text=True, env=env,
        )  # fmt: skip
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        if window is None:
            t0 = time.perf_counter()
            proc.wait(timeout=120)
            window = time.perf_counter() - t0
            assert (out / "video.bin").read_bytes() == data
            continue
        time.sleep(rng.uniform(0, window))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        left = list(out.iterdir())
        assert [p.name for p in left] in ([], ["video.bin"]), left
        if left:
            assert left[0].read_bytes() == data  # whole, never a part

"""Crash safety (SIGKILL during imports), bounded memory, and no plaintext on disk."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
import uuid
from pathlib import Path

import pytest

from casebook.services import evidence as ev
from casebook.services.verify import verify_vault
from casebook.vault.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE, files_containing
from tests.test_evidence_support import image_bytes, make_case, write

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent(
    """
    import sys
    from casebook.services import evidence as ev
    from casebook.vault.vault import Vault

    path, case_id, source = sys.argv[1:4]
    vault = Vault.unlock(path, sys.stdin.readline().rstrip("\\n"))
    print("ready", flush=True)
    n = 0
    while True:
        item = ev.import_file(vault, case_id, source, actor="child")
        n += 1
        if n % 2 == 0:
            ev.delete_evidence(vault, item.id, actor="child")
    """
)

KILLS = 24


def _run_child(vault_dir: Path, case_id: str, source: Path, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(vault_dir), case_id, str(source)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=ROOT, text=True,
    )  # fmt: skip
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


@pytest.mark.slow
def test_sigkill_during_imports_leaves_a_consistent_vault(vault_dir: Path, tmp_path: Path) -> None:
    vault, _ = Vault.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    case = make_case(vault)
    vault.close()
    data = os.urandom(3 * 1024 * 1024 + 123)
    source = write(tmp_path / "video.bin", data)
    rng = random.Random(os.urandom(8))
    partial_seen = renamed_seen = 0
    for _ in range(KILLS):
        _run_child(vault_dir, case.id, source, rng.uniform(0.0, 0.25))
        before = sorted(p.name for p in (vault_dir / "evidence").iterdir())
        partial_seen += any(name.startswith(".") for name in before)
        with Vault.unlock(vault_dir, PASSPHRASE) as again:
            assert verify_vault(again) == []
            items = ev.list_evidence(again, case.id)
            for item in items:  # fully there ...
                assert item.size == len(data)
                assert ev.read_bytes(again, item.id, log=False) == data
            stored = sorted(p.name for p in (vault_dir / "evidence").iterdir())
            assert len(stored) == len(items)  # ... or absent, without leftovers
            renamed_seen += len([n for n in before if not n.startswith(".")]) > len(stored)
            for item in items:
                ev.delete_evidence(again, item.id)
    print(f"{KILLS} kills: {partial_seen} during a write, {renamed_seen} before the commit")


MEMORY_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from casebook.services import evidence as ev
    from casebook.services.verify import verify_vault
    from casebook.vault.vault import Vault

    path, case_id, small, big, out = sys.argv[1:6]
    vault = Vault.unlock(path, sys.stdin.readline().rstrip("\\n"))
    warm = ev.import_file(vault, case_id, small)          # load every module first
    ev.export_original(vault, warm.id, Path(out) / "warm")
    ev.read_bytes(vault, warm.id)
    # VmHWM is this process's own peak (ru_maxrss would include the parent's RSS at fork),
    # reset to the current size through clear_refs so an earlier peak cannot hide the rise.
    def status(key):
        with open("/proc/self/status") as f:
            return next(int(l.split()[1]) * 1024 for l in f if l.startswith(key))
    def peak():
        return status("VmHWM:")
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")
    before = status("VmRSS:")
    item = ev.import_file(vault, case_id, big, progress=lambda d, t: None)
    after_import = peak()
    ev.export_original(vault, item.id, Path(out) / "copy")
    with ev.open_plaintext(vault, item.id) as stream:
        while stream.read(1 << 20):
            pass
    problems = verify_vault(vault)
    print(before, after_import, peak(), len(problems))
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="reads VmHWM in /proc")
def test_memory_stays_bounded_for_a_large_file(
    vault: Vault, vault_dir: Path, tmp_path: Path
) -> None:
    case = make_case(vault)
    vault.close()
    big = tmp_path / "big.bin"
    block = os.urandom(1024 * 1024)
    with open(big, "wb") as f:
        for i in range(256):
            f.write(block[i:] + block[:i])
    small = write(tmp_path / "small.jpg", image_bytes())
    out = tmp_path / "out"
    out.mkdir()
    try:
        result = subprocess.run(
            [sys.executable, "-c", MEMORY_CHILD, str(vault_dir), case.id, str(small), str(big),
             str(out)],
            input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=ROOT, check=True,
        )  # fmt: skip
        assert (out / "copy").stat().st_size == big.stat().st_size
    finally:
        big.unlink()
        (out / "copy").unlink(missing_ok=True)
    before, after_import, after_all, problems = map(int, result.stdout.split())
    mib = 1024 * 1024
    assert problems == 0
    assert after_import - before < 64 * mib, (
        f"import raised the peak by {(after_import - before) / mib:.1f} MiB"
    )
    assert after_all - before < 64 * mib, (
        f"export/read/verify raised it by {(after_all - before) / mib:.1f} MiB"
    )


def test_no_plaintext_in_vault_temp_or_home(vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    marker = f"EvidenceMarker-{uuid.uuid4().hex}"
    case = make_case(vault)
    text = write(tmp_path / "in" / "threat.txt", (marker + "\n").encode() * 5000)
    png = write(tmp_path / "in" / "shot.png", _png_with_text(marker))
    note = ev.import_file(vault, case.id, text, description="screenshot of threats")
    shot = ev.import_file(vault, case.id, png)
    assert shot.metadata["text"] == {"Comment": marker}  # kept, encrypted, in the database
    assert marker.encode() in ev.read_bytes(vault, note.id)
    with ev.open_plaintext(vault, note.id) as stream:
        assert marker.encode() in stream.read()
    exported = ev.export_original(vault, note.id, tmp_path / "exports" / "threat.txt")
    cleaned = ev.export_cleaned(vault, shot.id, tmp_path / "exports" / "shot.png")
    assert verify_vault(vault) == []
    vault.close()
    for p in (text, png):
        p.unlink()
    roots = [vault_dir, Path(tempfile.gettempdir()), Path(os.environ["HOME"]), tmp_path]
    found = set(files_containing(roots, marker.encode()))
    assert found == {exported}  # the cleaned copy lost the text chunk, the vault holds none
    assert cleaned.exists()


def _png_with_text(marker: str) -> bytes:
    import io

    from PIL import Image, PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", marker)
    buffer = io.BytesIO()
    Image.new("RGB", (32, 32), (1, 2, 3)).save(buffer, format="PNG", pnginfo=info)
    return buffer.getvalue()

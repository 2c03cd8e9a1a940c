"""The command line: every command, its exit codes, and one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casebook.vault.header2 import Header
from casebook.vault.keys import read_header
from casebook.vault.layout import DATABASE
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE, snapshot_files
from tests.test_interchange import EXAMPLE

STRONG = "lantern orchard cobalt thistle river"


@pytest.fixture
def vpath(vault: Vault, vault_dir: Path) -> str:
    vault.close()
    return str(vault_dir)


def test_init_prints_recovery_key_once_and_refuses_weak(cli, tmp_path: Path) -> None:
    target = tmp_path / "new"
    weak = cli("--vault", str(target), "init", stdin="password123\n")
    assert weak.code == 1 and "too easy to guess" in weak.err
    assert not target.exists()
    result = cli("--vault", str(target), "init", stdin=STRONG + "\n")
    assert result.code == 0, result.err
    key = [line.strip() for line in result.out.splitlines() if line.count("-") == 7]
    assert len(key) == 1
    header = read_header(target / "header")
    assert isinstance(header, Header)
    assert header.kdf.meets_floor()  # never below the floor
    again = cli("--vault", str(target), "init", stdin=STRONG + "\n")
    assert again.code == 1 and "already" in again.err


def test_case_commands_round_trip(cli, vpath: str, tmp_path: Path) -> None:
    src = tmp_path / "case.json"
    src.write_text(json.dumps(EXAMPLE))
    imported = cli("--vault", vpath, "case", "import", str(src))
    assert imported.code == 0, imported.err
    case_id = imported.out.strip()
    listed = cli("--vault", vpath, "case", "list", "--json")
    assert [c["id"] for c in json.loads(listed.out)] == [case_id]
    shown = cli("--vault", vpath, "case", "show", case_id[:8])
    assert "Event attacked" in shown.out and "Aliya N." in shown.out
    shown_json = json.loads(cli("--vault", vpath, "case", "show", case_id, "--json").out)
    assert shown_json["events"][0]["type"] == "event_disruption"
    out = tmp_path / "out" / "exported.json"
    assert cli("--vault", vpath, "case", "export", case_id, "-o", str(out)).code == 0
    assert json.loads(out.read_text())["title"] == "Event attacked"
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    hits = json.loads(cli("--vault", vpath, "search", "hostile", "--json").out)
    assert [h["id"] for h in hits] == [case_id]
    assert cli("--vault", vpath, "case", "delete", case_id).code == 0
    assert json.loads(cli("--vault", vpath, "case", "list", "--json").out) == []
    missing = cli("--vault", vpath, "case", "show", case_id)
    assert missing.code == 1 and "no case" in missing.err


def test_malformed_import_names_path_and_asks_no_passphrase(cli, vpath: str, tmp_path) -> None:
    bad = dict(EXAMPLE, events=[dict(EXAMPLE["events"][0], type="unknown_type")])
    src = tmp_path / "bad.json"
    src.write_text(json.dumps(bad))
    result = cli("--vault", vpath, "case", "import", str(src), stdin="")
    assert result.code == 1
    assert "$.events[0].type" in result.err and "Traceback" not in result.err


def test_wrong_passphrase_exit_3_and_nothing_changes(cli, vpath: str) -> None:
    before = snapshot_files(Path(vpath))
    result = cli("--vault", vpath, "case", "list", stdin="wrong passphrase\n")
    assert result.code == 3 and result.err.strip() == "casebook: error: wrong passphrase"
    assert snapshot_files(Path(vpath)) == before


def test_not_a_vault_exit_3(cli, tmp_path: Path) -> None:
    result = cli("--vault", str(tmp_path), "case", "list")
    assert result.code == 3 and "not a Casebook vault" in result.err


def test_bad_usage_exit_2(cli) -> None:
    with pytest.raises(SystemExit) as info:
        cli("case", "frobnicate")
    assert info.value.code == 2


def test_passphrase_file(cli, vpath: str, tmp_path: Path) -> None:
    pfile = tmp_path / "pass.txt"
    pfile.write_text(PASSPHRASE + "\nignored second line\n")
    result = cli("--vault", vpath, "--passphrase-file", str(pfile), "case", "list", stdin="")
    assert result.code == 0, result.err
    result = cli("case", "list", "--vault", vpath, "--passphrase-file", str(pfile), stdin="")
    assert result.code == 0, result.err


def test_passwd_with_passphrase_and_with_recovery(cli, tmp_path: Path) -> None:
    vault, recovery = Vault.create(tmp_path / "v", PASSPHRASE, kdf=_fast())
    vault.close()
    v = str(tmp_path / "v")
    newfile = tmp_path / "new.txt"
    newfile.write_text(STRONG + "\n")
    weak = tmp_path / "weak.txt"
    weak.write_text("abc\n")
    assert cli("--vault", v, "passwd", "--new-passphrase-file", str(weak)).code == 1
    assert cli("--vault", v, "passwd", "--new-passphrase-file", str(newfile)).code == 0
    assert cli("--vault", v, "case", "list").code == 3  # old passphrase gone
    assert cli("--vault", v, "case", "list", stdin=STRONG + "\n").code == 0
    keyfile = tmp_path / "recovery.txt"
    keyfile.write_text(recovery + "\n")
    third = tmp_path / "third.txt"
    third.write_text("saffron granite walnut meadow falcon\n")
    result = cli("--vault", v, "passwd", "--recovery-key-file", str(keyfile),
                 "--new-passphrase-file", str(third), stdin="")  # fmt: skip
    assert result.code == 0, result.err
    assert (
        cli("--vault", v, "case", "list", stdin="saffron granite walnut meadow falcon\n").code == 0
    )


def _fast():
    from tests.conftest import FAST_KDF

    return FAST_KDF


def test_verify_ok_and_damaged(cli, vpath: str) -> None:
    ok = cli("--vault", vpath, "verify")
    assert ok.code == 0 and ok.out.startswith("ok:")
    header = Path(vpath) / "header"
    header.write_bytes(header.read_bytes()[:50])
    bad = cli("--vault", vpath, "verify")
    assert bad.code == 1 and "header" in bad.out and "damaged" in bad.out
    listing = cli("--vault", vpath, "case", "list")
    assert listing.code == 1 and "damaged" in listing.err and "Traceback" not in listing.err


def test_demo_creates_four_varied_cases(cli, tmp_path: Path) -> None:
    target = tmp_path / "demo"
    result = cli("demo", "--vault", str(target))
    assert result.code == 0, result.err
    passphrase = next(
        line.split(": ", 1)[1] for line in result.out.splitlines() if line.startswith("Passphrase")
    )
    listed = json.loads(cli("--vault", str(target), "case", "list", "--json",
                            stdin=passphrase + "\n").out)  # fmt: skip
    assert len(listed) >= 4
    assert {c["sensitivity"] for c in listed} >= {"public", "internal"}


def test_demo_passphrase_is_five_different_words() -> None:
    from casebook.services.demo import demo_passphrase

    for _ in range(50):  # with repeats allowed, about 4 in 10 would repeat a word
        words = demo_passphrase().split("-")
        assert len(words) == len(set(words)) == 5


def test_entry_points_are_the_same(tmp_path: Path) -> None:
    env = dict(os.environ, CASEBOOK_HOME=str(tmp_path))
    a = subprocess.run([sys.executable, "-m", "casebook", "--version"], capture_output=True,
                       text=True, env=env)  # fmt: skip
    exe = Path(sys.executable).parent / "casebook"
    b = subprocess.run([str(exe), "--version"], capture_output=True, text=True, env=env)
    assert a.returncode == b.returncode == 0
    assert a.stdout == b.stdout and a.stdout.startswith("casebook ")


def test_subprocess_error_is_one_line_without_traceback(tmp_path: Path, vpath: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "casebook", "--vault", vpath, "case", "list"],
        input="wrong\n", capture_output=True, text=True,
        env=dict(os.environ, CASEBOOK_HOME=str(tmp_path)),
    )  # fmt: skip
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_no_plaintext_outside_vault_and_explicit_exports(cli, vpath: str, tmp_path: Path) -> None:
    """Import, search, show and export with a marker: only the export file holds it."""
    import tempfile
    import uuid

    from tests.conftest import files_containing

    marker = f"Marker-{uuid.uuid4().hex}"
    doc = dict(EXAMPLE, title=f"{marker} title", summary=f"{marker} summary")
    src = tmp_path / "input" / "case.json"
    src.parent.mkdir()
    src.write_text(json.dumps(doc))
    case_id = cli("--vault", vpath, "case", "import", str(src)).out.strip()
    assert marker in cli("--vault", vpath, "search", marker.lower()).out
    assert marker in cli("--vault", vpath, "case", "show", case_id).out
    out = tmp_path / "exports" / "case.json"
    cli("--vault", vpath, "case", "export", case_id, "-o", str(out))
    src.unlink()
    roots = [Path(vpath), Path(tempfile.gettempdir()), Path(os.environ["HOME"]), tmp_path]
    found = files_containing(roots, marker.encode())
    assert set(found) == {out}


def test_wal_and_shm_files_are_private(vault: Vault, vault_dir: Path) -> None:
    from casebook.domain.model import Case
    from casebook.services.cases import save_case

    save_case(vault, Case(title="x"))
    extra = [p for p in vault_dir.iterdir() if p.name.startswith(DATABASE + "-")]
    assert extra, "WAL files exist while the vault is open"
    assert all(p.stat().st_mode & 0o077 == 0 for p in extra)


def test_export_into_a_new_folder_named_with_a_trailing_slash(cli, vpath: str, tmp_path) -> None:
    src = tmp_path / "case.json"
    src.write_text(json.dumps(EXAMPLE))
    case_id = cli("--vault", vpath, "case", "import", str(src)).out.strip()
    photo = tmp_path / "note.txt"
    photo.write_text("evidence text")
    evidence_id = cli("--vault", vpath, "evidence", "add", case_id, str(photo)).out.split()[0]
    target = tmp_path / "new-folder"
    first = cli("--vault", vpath, "evidence", "export", evidence_id, "-o", f"{target}/")
    assert first.code == 0, first.err
    assert target.is_dir() and (target / "note.txt").read_text() == "evidence text"
    appeal = cli("--vault", vpath, "appeal", case_id, "--lang", "en", "--format", "md",
                 "-o", f"{tmp_path / 'appeals'}/")  # fmt: skip
    assert appeal.code == 0, appeal.err
    assert [p.suffix for p in (tmp_path / "appeals").iterdir()] == [".md"]

"""casebook selftest: one line per check, exit 1 and a clear line on any failure, and
nothing left behind. The frozen build runs the same command in CI (.ci/run)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from casebook.commands import selftest as selftest_command
from casebook.services import cases, selftest_steps, verify
from casebook.services.selftest import Skipped
from casebook.vault.keys import KdfParams
from casebook.vault.vault import Vault


@pytest.fixture
def tmp_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Where the selftest makes its temporary directory, to see that it goes away."""
    root = tmp_path / "tmp"
    root.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    return root


def _lines(out: str) -> list[str]:
    return out.splitlines()


def test_selftest_passes_reports_each_check_and_cleans_up(
    cli, tmp_root: Path, _isolated_home: Path
) -> None:
    result = cli("selftest", stdin="")
    assert result.code == 0, result.out + result.err
    lines = _lines(result.out)
    assert all(line.startswith("ok: ") for line in lines[:-1])
    for expected in (
        "ok: native parts load (from source): SQLCipher 4.",
        "ok: Qt 6.",
        "ok: created a vault in a temporary directory (Argon2id 64 MiB, 3 passes",
        "ok: locked it and unlocked it with the passphrase, then with the recovery key",
        "ok: imported a case from JSON",
        "ok: full-text search finds the case by a Kazakh word in capitals (ӘЙЕЛДЕР)",
        "ok: added evidence (a JPEG photo, SHA-256 ",
        "ok: exported a PDF appeal in Kazakh (",
        "ok: casebook verify finds no problem in the vault",
        "ok: no file in the vault holds case text in the clear",
        "ok: removed the temporary directory and everything in it",
    ):
        assert any(line.startswith(expected) for line in lines), expected
    assert len(lines) == len(selftest_command.steps()) + 2  # the clean-up and the count
    assert lines[-1] == f"selftest: {len(lines) - 1} passed, 0 failed, 0 skipped"
    assert list(tmp_root.iterdir()) == []
    assert not (_isolated_home / "casebook").exists()  # the user's own vault: untouched


def test_selftest_uses_the_floor_kdf_never_weaker(cli, tmp_root, monkeypatch) -> None:
    used: list[KdfParams | None] = []
    original = Vault.create.__func__  # type: ignore[attr-defined]

    def spy(cls, path, passphrase, *, kdf=None, organisation=""):
        used.append(kdf)
        return original(cls, path, passphrase, kdf=kdf, organisation=organisation)

    monkeypatch.setattr(Vault, "create", classmethod(spy))
    assert cli("selftest", stdin="").code == 0
    assert used == [KdfParams.floor()]


def test_a_broken_service_fails_with_a_clear_line(cli, tmp_root, monkeypatch) -> None:
    def broken(vault, text):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cases, "import_case_json", broken)
    result = cli("selftest", stdin="")
    assert result.code == 1
    lines = _lines(result.out)
    assert "failed: importing a case from JSON: RuntimeError: disk on fire" in lines
    assert not any("verify" in line for line in lines)  # nothing runs after a failure
    assert lines[-2:] == [
        "ok: removed the temporary directory and everything in it",
        "selftest: 6 passed, 1 failed, 0 skipped",
    ]
    assert list(tmp_root.iterdir()) == []


def test_problems_found_by_verify_fail_the_selftest(cli, tmp_root, monkeypatch) -> None:
    monkeypatch.setattr(verify, "verify_vault", lambda vault: ["evidence 1a2b: file missing"])
    result = cli("selftest", stdin="")
    assert result.code == 1
    assert "failed: verifying the vault: RuntimeError: evidence 1a2b: file missing" in _lines(
        result.out
    )


def test_case_text_readable_in_the_vault_fails_the_selftest(cli, tmp_root, monkeypatch) -> None:
    real_import = cases.import_case_json

    def leaky(vault, text):
        (vault.path / "notes.txt").write_bytes(text)  # what a careless cache would do
        return real_import(vault, text)

    monkeypatch.setattr(cases, "import_case_json", leaky)
    result = cli("selftest", stdin="")
    assert result.code == 1
    assert (
        "failed: checking that nothing in the vault is readable: "
        "RuntimeError: notes.txt holds case text in the clear" in _lines(result.out)
    )
    assert list(tmp_root.iterdir()) == []


def test_missing_parts_are_skipped_not_failed(cli, tmp_root, monkeypatch) -> None:
    def absent(name: str, missing: str):
        raise Skipped(missing)

    monkeypatch.setattr(selftest_steps, "optional_module", absent)
    result = cli("selftest", stdin="")
    assert result.code == 0
    lines = _lines(result.out)
    assert "skipped: evidence store not available in this build" in lines
    assert "skipped: PDF appeals not available in this build" in lines
    assert lines[-1].endswith(" passed, 0 failed, 2 skipped")


def test_an_icon_qt_cannot_draw_fails_the_gui_check(cli, tmp_root, tmp_path, monkeypatch) -> None:
    from casebook.ui import selftest_check

    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    monkeypatch.setattr(selftest_check, "resource", lambda *parts: broken)
    result = cli("selftest", stdin="")
    assert result.code == 1
    assert (
        "failed: starting Qt widgets: RuntimeError: the SVG icon does not render "
        "(is Qt's SVG plugin missing?)" in _lines(result.out)
    )


def test_evidence_that_comes_back_different_fails(cli, tmp_root, monkeypatch) -> None:
    from casebook.services import evidence

    monkeypatch.setattr(evidence, "read_bytes", lambda vault, evidence_id, **kw: b"other")
    result = cli("selftest", stdin="")
    assert result.code == 1
    assert (
        "failed: adding evidence: RuntimeError: the evidence decrypted from the vault "
        "differs from the file" in _lines(result.out)
    )


def test_a_pdf_without_the_expected_text_fails(cli, tmp_root, monkeypatch) -> None:
    monkeypatch.setattr(selftest_steps, "APPEAL_WORDS", ("Гүлнұр Әбдіқадырова", "Астана"))
    result = cli("selftest", stdin="")
    assert result.code == 1
    assert (
        "failed: exporting a PDF appeal in Kazakh: RuntimeError: the PDF's text lacks "
        "Астана (fonts or Kazakh letters)" in _lines(result.out)
    )
    assert list(tmp_root.iterdir()) == []  # the exported PDF went with the directory

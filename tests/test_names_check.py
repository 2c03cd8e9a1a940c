"""The pre-publication check: findings (replaced and doubtful), decisions kept with the
appeal settings, `casebook appeal ID --check [--json]` exit codes, and refusal of an
export with unresolved findings unless --accept-findings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from casebook.domain.model import Case, Person
from casebook.services import appeals as svc
from casebook.services import cases as cases_svc
from casebook.vault.vault import Vault

pytestmark = pytest.mark.usefixtures("qapp")


def _case() -> Case:
    hidden = Person("Жанар Секербаева", consent="anonymous", gender="f",
                    contacts=["+7 701 123 45 67"])  # fmt: skip
    named = Person("Сауле Нурланова", consent="named", profile="Её сестра была задержана.")
    summary = (
        "Жанар Секербаевой звонили на +7 701 123 45 67. Позже Секербоева (так в протоколе) "
        "написала с адреса press@example.org."
    )
    return Case("Дело", summary=summary, people=[hidden, named], sensitivity="public")


@pytest.fixture
def case_id(vault: Vault) -> str:
    case = _case()
    cases_svc.save_case(vault, case)
    return case.id


def test_check_lists_replaced_and_doubtful_spans_with_context(vault: Vault, case_id: str) -> None:
    checked = svc.check_case(vault, case_id)
    found = {(f.text, f.reason, f.certain) for f in checked.findings}
    assert ("Жанар Секербаевой", "name", True) in found
    assert ("+7 701 123 45 67", "contact", True) in found
    assert ("Секербоева", "close", False) in found
    assert ("press@example.org", "email_like", False) in found
    assert {f.text for f in checked.unresolved} == {"Секербоева", "press@example.org"}
    close = next(f for f in checked.findings if f.reason == "close")
    assert "так в протоколе" in close.context and close.where == "situation"
    # a named person's profile mentioning a relative: a hint, never blocking
    assert [h.text for h in checked.hints] == ["сестра"]


def test_export_is_refused_until_each_doubt_is_decided(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    with pytest.raises(svc.UnresolvedFindingsError):
        svc.export_appeal(vault, case_id, "md", tmp_path / "a.md")
    assert not (tmp_path / "a.md").exists()
    assert svc.list_kept(vault, case_id) == []
    svc.decide_findings(vault, case_id, {"секербоева": "redact", "press@example.org": "keep"})
    assert svc.check_case(vault, case_id).unresolved == ()
    result = svc.export_appeal(vault, case_id, "md", tmp_path / "a.md")
    text = result.path.read_text()
    assert "Секербоева" not in text and "press@example.org" in text
    assert "Секербаев" not in text and "701 123" not in text
    # the decisions are kept with the appeal
    assert json.loads(svc.get_kept(vault, result.appeal_id).settings)["decisions"] == {
        "press@example.org": "keep", "секербоева": "redact"
    }  # fmt: skip


def test_accepting_findings_exports_with_the_doubts_redacted(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    result = svc.export_appeal(vault, case_id, "md", tmp_path / "b.md", accept_findings=True)
    text = result.path.read_text()
    assert "Секербоева" not in text and "press@example.org" not in text


def test_cli_check_and_refusal(cli, vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    case = _case()
    cases_svc.save_case(vault, case)
    vault.close()
    v = str(vault_dir)
    check = cli("--vault", v, "appeal", case.id, "--check")
    assert check.code == 1, check.err
    assert "Секербоева" in check.out and "UNRESOLVED" in check.out
    as_json = json.loads(cli("--vault", v, "appeal", case.id, "--check", "--json").out)
    assert as_json["unresolved"] == 2
    assert {f["reason"] for f in as_json["findings"]} >= {"name", "contact", "close"}
    refused = cli("--vault", v, "appeal", case.id, "-o", str(tmp_path / "x.md"))
    assert refused.code == 1 and len(refused.err.strip().splitlines()) == 1
    assert "--accept-findings" in refused.err and not (tmp_path / "x.md").exists()
    decided = cli("--vault", v, "appeal", case.id, "--check", "--redact", "Секербоева",
                  "--keep", "press@example.org")  # fmt: skip
    assert decided.code == 0, decided.out
    assert cli("--vault", v, "appeal", case.id, "--check").code == 0  # the decisions are kept
    done = cli("--vault", v, "appeal", case.id, "-o", str(tmp_path / "x.md"))
    assert done.code == 0, done.err
    assert "Секербоева" not in (tmp_path / "x.md").read_text()


def test_cli_accept_findings(cli, vault: Vault, vault_dir: Path, tmp_path: Path) -> None:
    case = _case()
    cases_svc.save_case(vault, case)
    vault.close()
    out = tmp_path / "y.md"
    done = cli("--vault", str(vault_dir), "appeal", case.id, "-o", str(out), "--accept-findings")
    assert done.code == 0, done.err
    assert "press@example.org" not in out.read_text()


def test_cli_without_output_or_check_is_a_usage_error(cli, vault: Vault, vault_dir: Path) -> None:
    case = _case()
    cases_svc.save_case(vault, case)
    vault.close()
    assert cli("--vault", str(vault_dir), "appeal", case.id).code == 2

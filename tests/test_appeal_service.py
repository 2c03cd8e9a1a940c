"""Appeal services: settings per case, export, keeping what was sent, regenerate, CLI."""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from casebook.domain.appeal import AppealSettings, DemandChoice
from casebook.domain.doc_types import DocumentRefused
from casebook.domain.model import Case, Event, EventDate, Involvement, Organisation, Person
from casebook.services import appeals as svc
from casebook.services.cases import delete_case, get_case, save_case
from casebook.services.demo import case_administrative_detention, case_doxxing
from casebook.vault.vault import Vault
from tests.appeal_util import norm, pdf_text
from tests.conftest import PASSPHRASE, files_containing

# PDF rendering needs a Qt application; the GUI tests need it to be a QApplication,
# so the one of pytest-qt is made first (the CLI makes its own QGuiApplication).
pytestmark = pytest.mark.usefixtures("qapp")

TODAY = date(2024, 10, 12)


@pytest.fixture
def case_id(vault: Vault) -> str:
    case = case_administrative_detention()
    save_case(vault, case)
    return case.id


def test_export_writes_the_file_and_keeps_the_appeal(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "appeal.pdf"
    result = svc.export_appeal(vault, case_id, "pdf", out, today=TODAY)
    data = out.read_bytes()
    assert result.sha256 == hashlib.sha256(data).hexdigest() and result.size == len(data)
    assert out.stat().st_mode & 0o777 == 0o600
    text = norm(pdf_text(data))
    assert "Marat Zhunusov" in text and "Saule" not in text
    assert result.reference == "UA-2024-001"
    kept = svc.list_kept(vault, case_id)
    assert [k.id for k in kept] == [result.appeal_id]
    assert [(f.format, f.sha256) for f in kept[0].files] == [("pdf", result.sha256)]
    settings = json.loads(kept[0].settings)
    assert settings["lang"] == "en" and settings["demands"][0] == {"key": "release", "text": ""}
    assert "## About the situation" in kept[0].text
    assert svc.load_settings(vault, case_id).reference == "UA-2024-001"
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def test_same_appeal_in_another_format_is_the_same_kept_appeal(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    a = svc.export_appeal(vault, case_id, "pdf", tmp_path / "a.pdf", today=TODAY)
    b = svc.export_appeal(vault, case_id, "docx", tmp_path / "a.docx", today=TODAY)
    assert a.appeal_id == b.appeal_id
    settings = replace(svc.load_settings(vault, case_id), lang="ru")
    svc.save_settings(vault, case_id, settings)
    c = svc.export_appeal(vault, case_id, "md", tmp_path, today=TODAY)
    assert c.appeal_id != a.appeal_id and c.reference == a.reference
    assert c.path == tmp_path / "appeal-UA-2024-001-ru.md"
    kept = svc.list_kept(vault, case_id)
    assert [k.id for k in kept] == [c.appeal_id, a.appeal_id]
    assert [f.format for f in kept[1].files] == ["pdf", "docx"]


def test_references_count_up_across_cases(vault: Vault, case_id: str, tmp_path: Path) -> None:
    other = case_doxxing()
    save_case(vault, other)
    svc.export_appeal(vault, case_id, "md", tmp_path / "a.md", today=TODAY)
    assert svc.next_reference(vault, TODAY) == "UA-2024-002"
    r = svc.export_appeal(vault, other.id, "md", tmp_path / "b.md", today=TODAY, confirmed=True)
    assert r.reference == "UA-2024-002"
    assert svc.next_reference(vault, date(2025, 1, 1)) == "UA-2025-001"


def test_internal_case_needs_confirmation_and_writes_nothing(vault: Vault, tmp_path: Path) -> None:
    case = case_doxxing()
    save_case(vault, case)
    out = tmp_path / "x.pdf"
    with pytest.raises(svc.InternalCaseError, match="internal"):
        svc.export_appeal(vault, case.id, "pdf", out)
    assert not out.exists() and svc.list_kept(vault, case.id) == []
    svc.export_appeal(vault, case.id, "pdf", out, confirmed=True)
    assert out.exists() and len(svc.list_kept(vault, case.id)) == 1


def test_failed_write_keeps_nothing(vault: Vault, case_id: str, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        svc.export_appeal(vault, case_id, "html", blocker / "appeal.html")
    assert svc.list_kept(vault, case_id) == []


def test_no_plaintext_outside_the_export(
    vault: Vault, case_id: str, tmp_path: Path, _isolated_home: Path
) -> None:
    case = get_case(vault, case_id)
    case.summary = "UNIQUE-PLAINTEXT-MARKER-4711 " + case.summary
    save_case(vault, case)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    for fmt in ("pdf", "docx", "html", "md"):
        svc.export_appeal(vault, case_id, fmt, out_dir, today=TODAY)
    found = files_containing([tmp_path, _isolated_home], b"UNIQUE-PLAINTEXT-MARKER-4711")
    assert {p.parent for p in found} <= {out_dir}
    assert sorted(p.suffix for p in out_dir.iterdir()) == [".docx", ".html", ".md", ".pdf"]


def test_open_again_and_export_kept_gives_the_same_document(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    first = svc.export_appeal(vault, case_id, "md", tmp_path / "a.md", today=TODAY)
    case = get_case(vault, case_id)
    case.summary = "Changed afterwards."
    save_case(vault, case)
    assert svc.kept_document(vault, first.appeal_id) == first.document
    again = svc.export_kept(vault, first.appeal_id[:8], "md", tmp_path / "b.md")
    assert again.appeal_id == first.appeal_id
    assert (tmp_path / "b.md").read_bytes() == (tmp_path / "a.md").read_bytes()
    assert [f.format for f in svc.get_kept(vault, first.appeal_id).files] == ["md", "md"]


def test_export_kept_refuses_a_name_whose_consent_was_withdrawn(
    cli, vault: Vault, vault_dir: Path, case_id: str, tmp_path: Path
) -> None:
    first = svc.export_appeal(vault, case_id, "md", tmp_path / "a.md", today=TODAY)
    assert "Marat Zhunusov" in (tmp_path / "a.md").read_text()
    case = get_case(vault, case_id)
    named = next(p for p in case.people if p.name == "Marat Zhunusov")
    named.consent = "anonymous"  # he asks not to be named any more
    save_case(vault, case)
    with pytest.raises(DocumentRefused, match="Marat Zhunusov"):
        svc.export_kept(vault, first.appeal_id, "md", tmp_path / "b.md")
    vault.close()
    done = cli("--vault", str(vault_dir), "appeals", "export", first.appeal_id[:8],
               "-o", str(tmp_path / "c.md"))  # fmt: skip
    assert done.code == 1 and "regenerate" in done.err
    assert not (tmp_path / "b.md").exists() and not (tmp_path / "c.md").exists()


def test_regenerate_builds_from_the_case_as_it_is_now(
    vault: Vault, case_id: str, tmp_path: Path
) -> None:
    settings = AppealSettings(lang="kk", demands=(DemandChoice("protect"),))
    svc.save_settings(vault, case_id, settings)
    first = svc.export_appeal(vault, case_id, "md", tmp_path / "a.md", today=TODAY)
    case = get_case(vault, case_id)
    case.summary = "New facts."
    save_case(vault, case)
    svc.save_settings(vault, case_id, AppealSettings(lang="en"))  # the draft moved on
    again = svc.regenerate(vault, first.appeal_id, "md", tmp_path / "b.md", today=TODAY)
    assert again.appeal_id != first.appeal_id
    kept = svc.get_kept(vault, again.appeal_id)
    assert kept.regenerated_from == first.appeal_id and kept.lang == "kk"
    assert again.reference == first.reference
    assert again.document.situation == ("New facts.",)
    assert "New facts." in (tmp_path / "b.md").read_text()


def test_settings_are_kept_per_case_and_go_with_the_case(vault: Vault, case_id: str) -> None:
    assert svc.load_settings(vault, case_id).demands[0].key == "release"
    settings = AppealSettings(lang="ru", concern="Свой текст", demands=(DemandChoice("", "X"),))
    svc.save_settings(vault, case_id, settings)
    assert svc.load_settings(vault, case_id) == settings
    delete_case(vault, case_id)
    assert vault.conn.execute("SELECT count(*) FROM appeal_settings").fetchone()[0] == 0


def test_earlier_events_of_the_same_defender_can_be_added(vault: Vault, tmp_path: Path) -> None:
    old = case_administrative_detention()
    old.sensitivity = "public"
    save_case(vault, old)
    new = case_administrative_detention()
    from casebook.services.cases import renew_ids

    renew_ids(new)
    new.events = new.events[1:]
    new.events[0].date = new.events[0].date.parse("2025-02-01")
    save_case(vault, new)
    found = svc.earlier_candidates(vault, new)
    assert {c.key.split("/")[0] for c in found} == {old.id}
    keys = tuple(c.key for c in found if c.date == "2024-03-08")
    settings = replace(svc.load_settings(vault, new.id), earlier=keys)
    doc = svc.build_document(vault, new, settings, today=TODAY)
    assert len(doc.earlier) == 1 and doc.earlier[0].when == "8 March 2024, 10:30"
    assert "Saule" not in json.dumps(doc.to_dict())


def _case_with(title: str, when: str, people=(), organisations=()) -> Case:
    case = Case(title=title, people=list(people), organisations=list(organisations))
    refs = [Involvement(p.id, "victim") for p in case.people]
    refs += [Involvement(o.id, "witness") for o in case.organisations]
    case.events = [Event(EventDate.parse(when), "arrest", involved=refs)]
    return case


def test_earlier_events_match_names_across_cases_in_any_letter_case(vault: Vault) -> None:
    """People match by name whatever the case of the letters (Cyrillic too) and spaces;
    organisations by the name of this case's defenders' group or of a person's
    organisation; events after this case's last one, or of this case, never match."""
    older = [
        _case_with("A", "2024-01-05", [Person("  АЙГЕРИМ Сапарова ")]),
        _case_with("B", "2024-02-05", organisations=[Organisation("Феминита", kind="police")]),
        _case_with("C", "2024-03-05", organisations=[Organisation("Kok Zhiek", "other")]),
        _case_with("D", "2024-04-05", [Person("Someone else")]),
        _case_with("E", "2026-01-01", [Person("айгерим сапарова")]),  # after ours
    ]
    for case in older:
        save_case(vault, case)
    ours = _case_with(
        "Ours", "2025-06-01",
        [Person("Айгерим Сапарова", organisation="феминита")],
        [Organisation("KOK ZHIEK", kind="defenders_group")],
    )  # fmt: skip
    save_case(vault, ours)
    found = svc.earlier_candidates(vault, ours)
    titles = [c.case_title for c in found]
    assert titles == ["C", "B", "A"]  # the latest first
    assert found[0].key == f"{older[2].id}/{older[2].events[0].id}"
    assert found[0].date == "2024-03-05" and found[0].kind == "Arrest"
    assert [c.case_title for c in svc.earlier_candidates(vault, ours, limit=2)] == ["C", "B"]
    assert svc.earlier_candidates(vault, _case_with("Nobody", "2025-06-01")) == []


# --- command line -------------------------------------------------------------------


@pytest.fixture
def cli_vault(vault: Vault, vault_dir: Path) -> tuple[Path, str, str]:
    public = case_administrative_detention()
    internal = case_doxxing()
    save_case(vault, public)
    save_case(vault, internal)
    vault.close()
    return vault_dir, public.id, internal.id


def test_cli_appeal_in_every_language_and_format(cli, cli_vault, tmp_path: Path) -> None:
    vault_dir, public, _ = cli_vault
    for lang, fmt in (("en", "pdf"), ("ru", "docx"), ("kk", "html"), ("kk", "md")):
        out = tmp_path / f"a-{lang}.{fmt}"
        r = cli("--vault", str(vault_dir), "appeal", public[:8], "--lang", lang,
                "--format", fmt, "-o", str(out))  # fmt: skip
        assert r.code == 0, r.err
        assert hashlib.sha256(out.read_bytes()).hexdigest() in r.out
    r = cli("--vault", str(vault_dir), "appeals", "list", public, "--json")
    kept = json.loads(r.out)
    assert r.code == 0 and sorted(k["lang"] for k in kept) == ["en", "kk", "ru"]
    r = cli("--vault", str(vault_dir), "appeals", "show", kept[0]["id"])
    assert r.code == 0 and r.out.startswith("# ") and "sha256" in r.err


def test_cli_internal_case_needs_force(cli, cli_vault, tmp_path: Path) -> None:
    vault_dir, _, internal = cli_vault
    out = tmp_path / "x.pdf"
    r = cli("--vault", str(vault_dir), "appeal", internal, "--lang", "en", "-o", str(out))
    assert r.code == 1 and "--force" in r.err and "nothing was written" in r.err
    assert not out.exists()
    r = cli("--vault", str(vault_dir), "appeal", internal, "-o", str(out), "--force", "--json")
    assert r.code == 0 and json.loads(r.out)["path"] == str(out) and out.exists()


def test_cli_usage_errors(cli, cli_vault, tmp_path: Path) -> None:
    vault_dir, public, _ = cli_vault
    r = cli("--vault", str(vault_dir), "appeal", public, "-o", str(tmp_path / "noext"))
    assert r.code == 2 and "--format" in r.err
    r = cli("--vault", str(vault_dir), "appeal", "ffffffff", "-o", str(tmp_path / "a.md"))
    assert r.code == 1 and "no case" in r.err
    r = cli("--vault", str(vault_dir), "appeal", public, "-o", str(tmp_path / "a.md"),
            stdin="wrong passphrase\n")  # fmt: skip
    assert r.code == 3
    assert not (tmp_path / "a.md").exists()


def test_cli_demands_regenerate_and_export(cli, cli_vault, tmp_path: Path) -> None:
    vault_dir, public, _ = cli_vault
    r = cli("--vault", str(vault_dir), "appeals", "demands", "--lang", "kk")
    assert r.code == 0 and "release" in r.out and "босату" in r.out
    r = cli("--vault", str(vault_dir), "appeal", public, "-o", str(tmp_path / "a.md"),
            "--demand", "register", "--demand", "Our own demand", "--json")  # fmt: skip
    first = json.loads(r.out)
    text = (tmp_path / "a.md").read_text()
    assert "1. Register the organisation" in text and "2. Our own demand" in text
    r = cli("--vault", str(vault_dir), "appeals", "regenerate", first["appeal_id"],
            "-o", str(tmp_path / "b.pdf"))  # fmt: skip
    assert r.code == 0 and (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    r = cli("--vault", str(vault_dir), "appeals", "export", first["appeal_id"],
            "-o", str(tmp_path / "c.md"))  # fmt: skip
    assert r.code == 0 and (tmp_path / "c.md").read_text() == text
    assert PASSPHRASE not in r.out + r.err

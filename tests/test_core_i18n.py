"""Messages of the command line and the core in Russian and Kazakh (casebook.i18n).

The catalogues are compiled once from resources/translations/casebook_core_*.ts into a
temporary folder with pyside6-lrelease, as `make translations` does for the build.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from casebook import i18n
from casebook.domain.model import Case
from casebook.domain.validation import ValidationError
from casebook.services import cases as case_service
from casebook.vault.vault import Vault
from tests.conftest import PASSPHRASE
from tests.i18n_support import compile_catalogues
from tests.test_interchange import EXAMPLE


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_catalogues(tmp_path_factory.mktemp("translations"), "casebook_core_*.ts")


@pytest.fixture
def compiled(catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: catalogues)
    return catalogues


@pytest.fixture
def vpath(vault: Vault, vault_dir: Path) -> str:
    vault.close()
    return str(vault_dir)


def _help(cli, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        cli(*argv)
    assert info.value.code == 0
    return capsys.readouterr().out


# --- the module alone ----------------------------------------------------------------


def test_without_a_catalogue_every_message_is_its_source(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: tmp_path)
    assert i18n.set_language("ru") == "en" and i18n.language() == "en"
    assert i18n.translate("vault", "wrong passphrase") == "wrong passphrase"
    counted = i18n.Context("cli")
    assert counted.tr("%n case(s)", "", 1) == "1 case"
    assert counted.tr("%n case(s)", "", 3) == "3 cases"


def test_language_codes_and_the_environment() -> None:
    assert [i18n.normalise(c) for c in ("ru_RU.UTF-8", "kk-KZ", "KK", "de_DE", "", None)] == [
        "ru", "kk", "kk", None, None, None,
    ]  # fmt: skip
    env = i18n.language_from_environment
    assert env({"CASEBOOK_LANG": "kk", "LANG": "ru_RU.UTF-8"}) == "kk"
    assert env({"LC_ALL": "", "LC_MESSAGES": "ru_RU.UTF-8", "LANG": "en_GB.UTF-8"}) == "ru"
    assert env({"LC_ALL": "C", "LANG": "ru_RU.UTF-8"}) == "en"  # the first one set decides
    assert env({}) == "en"


def test_windows_without_lang_asks_the_system(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_windows_ui_locale", lambda: "kk_KZ")
    assert i18n.language_from_environment({}) == "kk"
    assert i18n.language_from_environment({"LANG": "ru_RU.UTF-8"}) == "ru"


def test_a_catalogue_translates_and_counts_in_russian(compiled: Path) -> None:
    assert i18n.set_language("ru_RU.UTF-8") == "ru"
    assert i18n.translate("vault", "wrong passphrase") == "неверная парольная фраза"
    assert i18n.translate("vault", "a message nobody wrote") == "a message nobody wrote"
    days = i18n.Context("passphrase")
    assert [days.tr("%n day(s)", "", n) for n in (1, 3, 5, 21)] == [
        "1 день", "3 дня", "5 дней", "21 день",
    ]  # fmt: skip
    assert i18n.set_language("en") == "en"
    assert i18n.translate("vault", "wrong passphrase") == "wrong passphrase"


def test_core_layers_import_no_qt_for_translations() -> None:
    code = (
        "import sys, casebook.i18n, casebook.domain.validation, casebook.vault.vault, "
        "casebook.services.cases; sys.exit('PySide6' in sys.modules)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_service_validation_error_is_in_the_current_language(compiled, vault: Vault) -> None:
    i18n.set_language("ru")
    with pytest.raises(ValidationError) as info:
        case_service.save_case(vault, Case(title=" ", country="XX"))
    messages = {e.path: e.message for e in info.value.errors}
    assert messages["title"] == "обязательное поле"
    assert messages["country"] == "'XX' — не код страны ISO 3166"


# --- the command line ----------------------------------------------------------------


def test_help_in_kazakh(cli, capsys, compiled) -> None:
    text = _help(cli, capsys, "--lang", "kk", "--help")
    assert text.startswith("қолданылуы: casebook")
    assert "позициялық аргументтер" in text and "осы анықтаманы көрсету және шығу" in text
    assert "жаңа қойма жасау" in text  # init
    sub = _help(cli, capsys, "--lang", "kk", "backup", "--help")
    assert "N күннен кейін еске салу" in sub


def test_wrong_passphrase_in_russian_same_exit_code(cli, compiled, vpath: str) -> None:
    english = cli("--vault", vpath, "case", "list", stdin="wrong\n")
    russian = cli("--lang", "ru", "--vault", vpath, "case", "list", stdin="wrong\n")
    assert english.code == russian.code == 3
    assert russian.err == "casebook: ошибка: неверная парольная фраза\n"


def test_malformed_json_import_in_russian(cli, compiled, vpath: str, tmp_path: Path) -> None:
    src = tmp_path / "bad.json"
    src.write_text('{"format": "casebook-case/1",', "utf-8")
    english = cli("--vault", vpath, "case", "import", str(src), stdin="")
    russian = cli("--lang", "ru", "--vault", vpath, "case", "import", str(src), stdin="")
    assert english.code == russian.code == 1
    assert russian.err.startswith("casebook: ошибка: ошибки во входных данных:\n")
    expected = "$: недопустимый JSON (строка 1, столбец 30: ожидается имя свойства в двойных"
    assert expected + " кавычках)" in russian.err


def test_missing_case_in_russian_and_the_locale_decides(cli, compiled, vpath, monkeypatch) -> None:
    russian = cli("--lang", "ru", "--vault", vpath, "case", "show", "nosuchcase")
    assert russian.code == 1
    assert russian.err == "casebook: ошибка: нет дела с идентификатором 'nosuchcase'\n"
    monkeypatch.delenv("CASEBOOK_LANG")
    monkeypatch.setenv("LANG", "ru_RU.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    assert cli("--vault", vpath, "case", "show", "nosuchcase").err == russian.err
    status = cli("--lang", "kk", "--vault", vpath, "backup", "--status")
    assert "7 күннен кейін еске салынады." in status.out  # --lang wins over LANG


def test_json_output_is_the_same_in_every_language(cli, compiled, vpath: str, tmp_path) -> None:
    src = tmp_path / "case.json"
    src.write_text(json.dumps(EXAMPLE), "utf-8")
    case_id = cli("--vault", vpath, "case", "import", str(src)).out.strip()
    outputs = {
        lang: [
            cli("--lang", lang, "--vault", vpath, *argv).out
            for argv in (
                ("case", "list", "--json"),
                ("case", "show", case_id, "--json"),
                ("identity", "show", "--json"),
                ("evidence", "list", case_id, "--json"),
            )
        ]  # fmt: skip
        for lang in ("en", "ru", "kk")
    }
    assert outputs["en"] == outputs["ru"] == outputs["kk"]
    assert json.loads(outputs["ru"][1])["title"] == EXAMPLE["title"]
    shown = cli("--lang", "ru", "--vault", vpath, "case", "show", case_id).out
    assert "статус:" in shown and "События:" in shown


def test_prompts_and_plurals_in_russian(cli, compiled, tmp_path: Path, monkeypatch) -> None:
    target = str(tmp_path / "new")
    weak = cli("--lang", "ru", "--vault", target, "init", stdin="password123\n")
    assert weak.code == 1 and "эту парольную фразу слишком легко угадать" in weak.err
    prompts: list[str] = []
    monkeypatch.setattr("casebook.commands.common.interactive", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt: prompts.append(prompt) or PASSPHRASE)
    monkeypatch.setattr("casebook.vault.keys.calibrate", lambda *a, **k: _fast_kdf())
    created = cli("--lang", "ru", "--vault", target, "init")
    assert created.code == 0, created.err
    assert prompts == ["Новая парольная фраза: ", "Повторите: "]
    assert "Ключ восстановления (показывается только сейчас" in created.out


def _fast_kdf():
    from tests.conftest import FAST_KDF

    return FAST_KDF

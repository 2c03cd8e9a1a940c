"""Compiled catalogues for the GUI language tests.

The catalogues in resources/translations/ are compiled once per test session into a
temporary directory (never into the source tree). Tests ask `expected(lang, context,
source)` for the words to look for, so they follow the catalogues as they change.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from casebook.ui import i18n

ROOT = Path(__file__).resolve().parent.parent
CATALOGUES = ROOT / "resources" / "translations"
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def source_ts(name: str) -> Path:
    return CATALOGUES / name


def lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)


def compile_catalogues(folder: Path, pattern: str = "*.ts") -> Path:
    """The catalogues of resources/translations matching `pattern`, compiled into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    for ts in sorted(CATALOGUES.glob(pattern)):
        lrelease(ts, folder / f"{ts.stem}.qm")
    return folder


@pytest.fixture(scope="session")
def compiled(tmp_path_factory) -> Path:
    """A resources directory whose translations/ holds the compiled catalogues."""
    root = tmp_path_factory.mktemp("i18n") / "resources"
    compile_catalogues(root / "translations")
    return root


@pytest.fixture
def catalogues(compiled: Path, monkeypatch, gui) -> Iterator[Path]:
    """The application (and the core, for its messages) finds the compiled catalogues;
    English again afterwards."""
    import casebook.i18n

    monkeypatch.setattr(i18n, "resources_dir", lambda: compiled)
    monkeypatch.setattr(casebook.i18n, "catalogue_dir", lambda: compiled / "translations")
    yield compiled
    i18n.switch("en")


@cache
def _messages(lang: str) -> dict[tuple[str, str], str]:
    tree = ET.parse(source_ts(f"casebook_{lang}.ts"))
    found = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = "" if translation is None else (translation.text or "")
            found[(name, message.findtext("source") or "")] = text
    return found


def expected(lang: str, context: str, source: str) -> str:
    """The translation the catalogue in use has for `source` in `context`."""
    text = _messages(lang).get((context, source))
    assert text, f"the {lang} catalogue has no translation of {source!r} in {context}"
    return text


def has_kazakh_letters(text: str) -> bool:
    return bool(KAZAKH_LETTERS & set(text))

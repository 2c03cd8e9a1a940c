"""The core knows no widgets: domain, vault and services never import QtWidgets."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "casebook"
WIDGETS = re.compile(r"PySide6\.QtWidgets|from PySide6 import [^\n]*QtWidgets|import PySide6\b")
QT_ANY = re.compile(r"PySide6")


def _sources(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


def test_core_layers_have_no_widget_imports() -> None:
    offenders = [
        str(p.relative_to(ROOT))
        for layer in ("domain", "vault", "services")
        for p in _sources(layer)
        if WIDGETS.search(p.read_text("utf-8"))
    ]
    assert offenders == []


def test_only_the_pdf_renderer_in_services_uses_qt() -> None:
    users = [p.name for p in _sources("services") if QT_ANY.search(p.read_text("utf-8"))]
    assert set(users) <= {"pdf.py"}
    for layer in ("domain", "vault"):
        assert [p for p in _sources(layer) if QT_ANY.search(p.read_text("utf-8"))] == []


def test_layers_import_only_downwards() -> None:
    rules = {"domain": ("vault", "services", "ui", "cli"), "vault": ("services", "ui", "cli"),
             "services": ("ui", "cli")}  # fmt: skip
    for layer, forbidden in rules.items():
        for p in _sources(layer):
            text = p.read_text("utf-8")
            for other in forbidden:
                assert f"casebook.{other}" not in text, f"{p.name} imports casebook.{other}"


def test_every_layer_may_use_the_translations_module() -> None:
    """casebook.i18n sits below domain: at import it needs only the standard library
    (Qt's QTranslator and casebook.resources are imported when a language is chosen)."""
    import ast

    tree = ast.parse((ROOT / "i18n.py").read_text("utf-8"))
    top = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    modules = [a.name for n in top if isinstance(n, ast.Import) for a in n.names]
    modules += [n.module or "" for n in top if isinstance(n, ast.ImportFrom)]
    assert all(m == "__future__" or not m.startswith(("casebook", "PySide6")) for m in modules)
    users = {layer for layer in ("domain", "vault", "services") for p in _sources(layer)
             if "from casebook.i18n import" in p.read_text("utf-8")}  # fmt: skip
    assert users == {"domain", "vault", "services"}

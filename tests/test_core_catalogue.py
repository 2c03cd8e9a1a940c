"""The catalogues of the core's messages match the code and are complete.

Every message marked in the code (translate, QT_TRANSLATE_NOOP, name.tr) must be in
casebook_core_{ru,kk}.ts exactly as written there (`make lupdate-core` was run, and
lupdate could read the call), with a finished translation that keeps every placeholder
of the source.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CORE = [ROOT / "casebook" / n for n in ("cli.py", "i18n.py", "resources.py")] + sorted(
    p for layer in ("commands", "services", "vault", "domain")
    for p in (ROOT / "casebook" / layer).rglob("*.py")
)  # fmt: skip
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|%\(\w+\)[sr]|%[sr]")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def marked_messages(path: Path) -> list[tuple[str, str, bool, int]]:
    """(context, source, plural, line) of each message marked in one module."""
    text = path.read_text("utf-8")
    found = []
    for node in ast.walk(ast.parse(text)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else None
        if name in ("translate", "QT_TRANSLATE_NOOP") and len(node.args) >= 2:
            context, source = _literal(node.args[0]), _literal(node.args[1])
            assert context is not None, f"{path.name}:{node.lineno}: context is not a literal"
            if source is None:  # translate(ctx, variable): declared elsewhere with NOOP
                continue
            found.append((context, source, False, node.lineno))
        elif isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and node.args and _literal(node.args[0]) is not None:
                found.append((owner.id, str(_literal(node.args[0])), len(node.args) >= 3,
                              node.lineno))  # fmt: skip
    return found


def catalogue(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(FOLDER / f"casebook_core_{lang}.ts")
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
    }


def translations(message: ET.Element) -> list[str]:
    node = message.find("translation")
    assert node is not None
    forms = node.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [node.text or ""]


def test_context_objects_are_named_after_their_context() -> None:
    pattern = re.compile(r"^(\w+) = Context\(\"([^\"]+)\"\)", re.M)
    pairs = [m.groups() for p in CORE for m in pattern.finditer(p.read_text("utf-8"))]
    assert pairs and all(variable == context for variable, context in pairs), pairs


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_marked_message_is_in_the_catalogue(lang: str) -> None:
    known = catalogue(lang)
    missing = [
        f"{p.relative_to(ROOT)}:{line}: {context}: {source!r}"
        for p in CORE
        for context, source, plural, line in marked_messages(p)
        if (context, source) not in known
        or (known[(context, source)].get("numerus") == "yes") != plural
    ]
    hint = "run `make lupdate-core` and translate (lupdate reads plain literals only: no "
    hint += "f-string, no parentheses around the text):\n"
    assert missing == [], hint + "\n".join(missing)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_translation_is_finished_and_keeps_its_placeholders(lang: str) -> None:
    problems = []
    for (context, source), message in catalogue(lang).items():
        node = message.find("translation")
        assert node is not None
        wanted = sorted(PLACEHOLDER.findall(source))
        if message.get("numerus") == "yes" and "%n" not in wanted:
            problems.append(f"{context}: {source!r}: a plural message without %n")
        for text in translations(message):
            if node.get("type") in ("unfinished", "vanished", "obsolete") or not text.strip():
                problems.append(f"{context}: {source!r}: not translated")
            elif sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {source!r}: placeholders of {text!r}")
    assert problems == []


def test_russian_has_three_plural_forms_and_kazakh_is_kazakh() -> None:
    russian, kazakh = catalogue("ru"), catalogue("kk")
    assert russian.keys() == kazakh.keys()
    plural = [m for m in russian.values() if m.get("numerus") == "yes"]
    assert plural and all(len(set(translations(m))) >= 2 for m in plural)
    assert all(len(translations(m)) == 3 for m in plural)
    texts = {key: " ".join(translations(m)) for key, m in kazakh.items()}
    with_letters = [t for t in texts.values() if KAZAKH_LETTERS & set(t)]
    assert len(with_letters) >= 0.85 * len(texts)  # short words like "объект" need none
    same = [k for k, t in texts.items() if t == " ".join(translations(russian[k]))]
    assert len(same) <= 0.02 * len(texts), same

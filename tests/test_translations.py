"""The translation catalogues in resources/translations/ (every *.ts, whoever added it):

- every message is translated: nothing unfinished, empty, vanished or obsolete;
- each translation keeps what the code or the user relies on: placeholders (%1, %n,
  {name}), an '&' accelerator, rich-text tags, file-dialog filters, keyboard shortcuts,
  line breaks, surrounding spaces and the closing punctuation or ellipsis;
- Kazakh is written with Kazakh letters and is not Russian text copied over;
- the catalogues are up to date with the code: pyside6-lupdate run over the sources into a
  copy finds no text without a translation and none that is gone from the code;
- at run time the windows find their translations (a text filed under another context
  than tr() looks in would stay English).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from tests.i18n_support import compile_catalogues

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
CATALOGUES = sorted(FOLDER.glob("*.ts"))
# The files each family of catalogues takes its texts from (casebook_ru.ts is of the family
# "casebook"): the same files `make lupdate` reads, with the same options.
SOURCES = {
    "casebook": ("casebook/ui/*.py", "casebook/ui/*/*.py"),
    "casebook_core": (  # make lupdate-core
        "casebook/cli.py", "casebook/i18n.py", "casebook/resources.py", "casebook/commands/*.py",
        "casebook/services/**/*.py", "casebook/vault/**/*.py", "casebook/domain/**/*.py",
    ),
}  # fmt: skip
LUPDATE_OPTIONS = ("-silent", "-no-obsolete", "-locations", "none")
# Qt's plural rules: Russian has one/few/many; Kazakh gets two forms, with the same text
# (a Kazakh noun does not change after a number).
NUMERUS_FORMS = {"ru": 3, "kk": 2}
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
TOOLS = Path(sys.executable).parent


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # the type of the translation: "" when finished
    forms: tuple[str, ...]  # the translation, or each of its plural forms

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


@cache
def read(path: Path) -> tuple[Message, ...]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (path.name, message.findtext("source"))
            numerus = message.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            found.append(
                Message(
                    name,
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type", ""),
                    tuple(forms) if numerus else (translation.text or "",),
                )
            )
    return tuple(found)


def family_and_language(path: Path) -> tuple[str, str]:
    family, _, lang = path.stem.rpartition("_")
    return family, lang


def params() -> list:
    return [pytest.param(p, id=p.name) for p in CATALOGUES]


def test_there_are_gui_catalogues_in_russian_and_kazakh() -> None:
    assert {p.name for p in CATALOGUES} >= {"casebook_ru.ts", "casebook_kk.ts"}


@pytest.mark.parametrize("path", params())
def test_every_message_is_translated(path: Path) -> None:
    family, lang = family_and_language(path)
    root = ET.parse(path).getroot()
    assert (root.get("language") or "").split("_")[0] == lang, "language attribute"
    bad = [
        f"{m.where()} ({m.kind or 'empty'})"
        for m in read(path)
        if m.kind or not all(form.strip() for form in m.forms)
    ]
    wrong_forms = [
        m.where() for m in read(path) if m.numerus and len(m.forms) != NUMERUS_FORMS.get(lang, 0)
    ]
    assert not bad, f"{path.name}: not translated:\n" + "\n".join(bad)
    assert not wrong_forms, f"{path.name}: plural forms for {lang}:\n" + "\n".join(wrong_forms)


# What must be the same in a source text and each of its translations, and why.
PLACEHOLDER = re.compile(r"%L?[1-9][0-9]?|%L?n|\{[A-Za-z_0-9]*\}")
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
FILTER = re.compile(r"\(\*\.[^)]*\)")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift|Meta)\+\w+|\bF[0-9]{1,2}\b")
ENDINGS = ("…", ":", ".", "?", "!")


def has_accelerator(text: str) -> bool:
    text = re.sub(r"&(?:&|[A-Za-z]+;|#[0-9]+;)", "", text)  # "&&" is a plain "&"
    return bool(re.search(r"&\S", text))


def ending(text: str) -> str:
    return next((e for e in ENDINGS if text.rstrip().endswith(e)), "")


def same_ending(source: str, translation: str) -> bool:
    """The same closing punctuation; a short word with a full stop is an abbreviation
    that may close a translation where the source has none (" дн." for " days")."""
    if ending(source) == "" and re.search(r"(?:^|\s)\w{1,3}\.$", translation.rstrip()):
        return True
    return ending(source) == ending(translation)


def spaces(text: str) -> tuple[str, str, int]:
    return text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :], text.count("\n")


def same(key: Callable[[str], object]) -> Callable[[str, str], bool]:
    return lambda source, translation: key(source) == key(translation)


KEPT: dict[str, Callable[[str, str], bool]] = {
    "placeholders": same(lambda t: Counter(PLACEHOLDER.findall(t))),
    "accelerator": same(has_accelerator),
    "rich-text tags": same(lambda t: Counter((s, name.lower()) for s, name in TAG.findall(t))),
    "file filters": same(lambda t: Counter(FILTER.findall(t))),
    "shortcuts": same(lambda t: Counter(SHORTCUT.findall(t))),
    "closing punctuation": same_ending,
    "spaces around, line breaks": same(spaces),
}


@pytest.mark.parametrize("aspect", list(KEPT))
@pytest.mark.parametrize("path", params())
def test_translations_keep_what_the_code_relies_on(path: Path, aspect: str) -> None:
    kept = KEPT[aspect]
    bad = [
        f"{m.where()} -> {form!r}"
        for m in read(path)
        for form in m.forms
        if form and not kept(m.source, form)
    ]
    assert not bad, f"{path.name}: {aspect} differ from the source:\n" + "\n".join(bad)


@pytest.mark.parametrize("path", params())
def test_different_texts_of_one_context_are_translated_differently(path: Path) -> None:
    """Switching the language in place finds a shown text's source by its translation
    (casebook.ui.i18n); two sources sharing one would be taken for each other."""
    sources: dict[tuple[str, str], set[str]] = {}
    for m in read(path):
        for form in set(m.forms):
            sources.setdefault((m.context, form), set()).add(m.source)
    shared = [f"{c}: {t!r} <- {sorted(s)}" for (c, t), s in sources.items() if len(s) > 1]
    assert not shared, f"{path.name}: one translation for different texts:\n" + "\n".join(shared)


def kazakh_params() -> list:
    return [p for p in params() if family_and_language(p.values[0])[1] == "kk"]


@pytest.mark.parametrize("path", kazakh_params())
def test_kazakh_is_written_with_kazakh_letters(path: Path) -> None:
    sentences = [f for m in read(path) for f in m.forms if len(f.split()) >= 3]
    kazakh = [f for f in sentences if KAZAKH_LETTERS & set(f)]
    assert sentences
    assert len(kazakh) >= 0.8 * len(sentences), [f for f in sentences if f not in kazakh]


@pytest.mark.parametrize("path", kazakh_params())
def test_kazakh_is_not_russian_copied_over(path: Path) -> None:
    family, _ = family_and_language(path)
    russian_path = path.with_name(f"{family}_ru.ts")
    if not russian_path.is_file():
        pytest.skip(f"no {russian_path.name} to compare with")
    russian = {(m.context, m.source): m.forms for m in read(russian_path)}
    same = [
        m.where()
        for m in read(path)
        if any(len(f.split()) > 3 for f in m.forms)
        and set(m.forms) & set(russian.get((m.context, m.source), ()))
    ]
    assert not same, f"{path.name}: the same as in Russian:\n" + "\n".join(same)


@pytest.mark.parametrize("path", params())
def test_catalogue_is_up_to_date_with_the_code(path: Path, tmp_path: Path) -> None:
    family, _ = family_and_language(path)
    assert family in SOURCES, (
        f"{path.name}: add the files its texts come from to SOURCES in {Path(__file__).name}"
    )
    files = sorted(str(p) for pattern in SOURCES[family] for p in ROOT.glob(pattern))
    copy = tmp_path / path.name
    shutil.copyfile(path, copy)
    command = [str(TOOLS / "pyside6-lupdate"), *LUPDATE_OPTIONS, *files, "-ts", str(copy)]
    subprocess.run(command, check=True, cwd=ROOT, capture_output=True)
    after = read(copy)
    new = [m.where() for m in after if m.kind == "unfinished"]
    assert not new, (
        f"{path.name}: texts in the code without a translation "
        "(run `make lupdate`, then translate them):\n" + "\n".join(new)
    )
    gone = {m.where() for m in read(path)} - {m.where() for m in after}
    assert not gone, f"{path.name}: texts gone from the code (run `make lupdate`):\n" + "\n".join(
        sorted(gone)
    )


def test_every_sentence_zxcvbn_says_is_declared_for_translation() -> None:
    import zxcvbn.feedback

    from casebook.services.passphrase import MIN_LENGTH
    from casebook.services.passphrase_words import ADVICE

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text("utf-8"))
    said = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    assert len(said) > 20
    assert said - set(ADVICE) == set()
    assert MIN_LENGTH > 0


# --- at run time -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """Every catalogue compiled, into a temporary folder (never into the source tree)."""
    return compile_catalogues(tmp_path_factory.mktemp("qm"))


@pytest.fixture
def russian(compiled: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The core speaking Russian, from the compiled core catalogue."""
    from casebook import i18n

    monkeypatch.setattr(i18n, "catalogue_dir", lambda: compiled)
    assert i18n.set_language("ru") == "ru"
    yield
    i18n.set_language("en")


def test_zxcvbn_advice_and_times_to_guess_are_translated_with_plurals(russian) -> None:
    from casebook.services.passphrase import assess
    from casebook.services.passphrase_words import time_to_guess

    assert [time_to_guess(s) for s in (1, 3 * 3600, 5 * 372 * 86400, 21 * 86400)] == [
        "1 секунда",
        "3 часа",
        "5 лет",
        "21 день",
    ]
    for seconds in (0.5, 1, 7, 90, 3 * 3600, 2 * 86400, 40 * 86400, 3e8, 1e12):
        shown = time_to_guess(seconds)
        assert not re.search("[A-Za-z]", shown), (seconds, shown)
    weak = assess("qwertyuiop")
    assert weak.warning and not re.search("[A-Za-z]", weak.warning)

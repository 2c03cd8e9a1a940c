"""packaging/: the spec, the .desktop file, the AppStream metainfo and the icons agree on
the application id, the icon name and the executable. PyInstaller itself runs in CI
(`make package` in .ci/run), not here: it takes too long for the test suite."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import casebook

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "casebook.spec"


def _render_icons() -> ModuleType:
    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


APP_ID: str = _render_icons().APP_ID
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"


def _spec_constant(name: str) -> str:
    match = re.search(rf'^{name} = "([^"]+)"', SPEC.read_text("utf-8"), re.MULTILINE)
    assert match, f"{name} not set in the spec"
    return match.group(1)


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_app_id_icon_and_executable_agree() -> None:
    entry = _desktop_entry()
    meta = ET.parse(METAINFO).getroot()
    exe = _spec_constant("NAME")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert exe in scripts and scripts[exe] == "casebook.cli:main"
    assert "APP_ID = render_icons.APP_ID" in SPEC.read_text("utf-8")
    assert meta.findtext("id") == APP_ID
    assert meta.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert entry["Icon"] == APP_ID == meta.findtext("icon[@type='stock']")
    assert entry["Exec"].split()[0] == exe == meta.findtext("provides/binary")
    assert entry["Exec"].split()[1:] == ["gui"]
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    release = meta.find("releases/release")
    assert release is not None and release.get("version") == casebook.__version__


def test_desktop_file_and_metainfo_are_translated_to_russian_and_kazakh() -> None:
    entry = _desktop_entry()
    for key in ("GenericName", "Comment", "Keywords"):
        assert {f"{key}[ru]", f"{key}[kk]"} <= set(entry), key
    assert "қ" in entry["Comment[kk]"]  # Kazakh letters, not Russian substitutes
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    meta = ET.parse(METAINFO).getroot()
    assert {s.get(lang) for s in meta.findall("summary")} == {None, "ru", "kk"}


def test_spec_builds_from_files_that_exist() -> None:
    text = SPEC.read_text("utf-8")
    entry = PACKAGING / "casebook_entry.py"
    assert "casebook_entry.py" in text and "from casebook.cli import main" in entry.read_text()
    script = PACKAGING / "linux" / "install-desktop.sh"
    assert os.access(script, os.X_OK)
    assert f"app_id={APP_ID}" in script.read_text("utf-8")
    for name in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert f'"PySide6.{name}"' in text  # used: collected
    for name in ("QtQml", "QtQuick", "QtWebEngineCore", "QtNetwork", "QtMultimedia"):
        assert f'"{name}"' in text  # unused: excluded


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils absent")
def test_desktop_file_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="Debian package appstream absent")
def test_metainfo_validates() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_icons_render_at_every_size(qapp, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    pngs = _render_icons().render_all(tmp_path)
    assert sorted(pngs) == [48, 128, 256]
    for size, path in pngs.items():
        assert path == tmp_path / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(0, size - 1).alpha() == 0  # transparent around the book
        centre = image.pixelColor(size // 2, size // 3)  # the shield on the cover
        assert centre.alpha() == 255 and centre.lightness() > 200


def test_broken_svg_is_refused(qapp, tmp_path: Path) -> None:
    bad = tmp_path / "bad.svg"
    bad.write_text("<svg")
    with pytest.raises(ValueError, match="not a valid SVG"):
        _render_icons().render(bad, 48, tmp_path / "out.png")

"""Check, before `make run` starts Casebook, that the system has the libraries Qt's X11
platform plugin needs (on a fresh Debian/Ubuntu desktop libxcb-cursor0 and a few other
xcb libraries are often missing, and Qt then stops with "could not load the Qt platform
plugin xcb").

    python3 packaging/check_qt_libs.py [PATH/TO/libqxcb.so]

Prints nothing and exits 0 when all is there (or when not on Linux). Otherwise it names
the missing libraries and prints the one command that installs them; when it runs as
root on Debian/Ubuntu it runs that command itself. Only the standard library is used: it
runs with the system's Python.
"""

from __future__ import annotations

import ctypes.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

# Library file names (sonames) -> the Debian/Ubuntu package that has them.
DEBIAN_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}
# Loaded by Qt while it starts (dlopen), so `ldd` of the plugin does not list it.
LOADED_AT_START = ("libxcb-cursor.so.0",)


def not_found(ldd_output: str) -> list[str]:
    """Sonames `ldd` reports as 'not found', in order, once each."""
    missing: list[str] = []
    for line in ldd_output.splitlines():
        name, _, rest = line.strip().partition(" => ")
        if rest.strip().startswith("not found") and name not in missing:
            missing.append(name)
    return missing


def _present(soname: str) -> bool:
    stem = soname.removeprefix("lib").split(".so", 1)[0]
    return ctypes.util.find_library(stem) is not None


def missing_libraries(plugin: Path | None) -> list[str]:
    missing: list[str] = []
    if plugin is not None and plugin.is_file() and shutil.which("ldd"):
        run = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
        missing = not_found(run.stdout)
    for soname in LOADED_AT_START:
        if soname not in missing and not _present(soname):
            missing.append(soname)
    return missing


def install_command(missing: list[str]) -> list[str]:
    """apt-get install for the packages of `missing` (unknown names are left out)."""
    packages = sorted({DEBIAN_PACKAGES[m] for m in missing if m in DEBIAN_PACKAGES})
    return ["apt-get", "install", "-y", *packages] if packages else []


def _debian() -> bool:
    return shutil.which("apt-get") is not None and Path("/etc/debian_version").exists()


def default_plugin() -> Path | None:
    """libqxcb.so of the PySide6 in .venv, if there is one."""
    found = sorted(Path(".venv/lib").glob("python3*/site-packages/PySide6/Qt/plugins/platforms"))
    return found[0] / "libqxcb.so" if found else None


def main(argv: list[str]) -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb").split(":")[0] not in ("", "xcb"):
        return 0  # offscreen, wayland...: the X11 plugin is not used
    plugin = Path(argv[0]) if argv else default_plugin()
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    command = install_command(missing)
    print("Qt needs system libraries that are missing: " + ", ".join(missing), file=sys.stderr)
    if not command:
        print("Install them with your system's package manager.", file=sys.stderr)
        return 1
    if _debian() and os.geteuid() == 0:
        print("Installing them: " + " ".join(command), file=sys.stderr)
        update = subprocess.run(["apt-get", "update", "-qq"], check=False)
        done = subprocess.run(command, check=False) if update.returncode == 0 else update
        if done.returncode == 0 and not missing_libraries(plugin):
            return 0
        return 1
    print("Install them with this command, then run `make run` again:", file=sys.stderr)
    print("  sudo " + " ".join(command), file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

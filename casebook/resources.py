"""Finds bundled resources both in the source tree and in a frozen (PyInstaller) build."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    override = os.environ.get("CASEBOOK_RESOURCES")
    if override:
        return Path(override)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        from casebook.i18n import translate

        message = translate(
            "resources", "missing resource: {name} (the installation is incomplete)"
        )
        raise FileNotFoundError(message.format(name="/".join(parts)))
    return path

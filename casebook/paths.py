"""Where Casebook keeps things. One place, with an override for tests and portable use.

CASEBOOK_HOME=/some/dir puts the default vault and settings under that directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "Casebook"


def data_dir() -> Path:
    override = os.environ.get("CASEBOOK_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_vault() -> Path:
    return data_dir() / "vault"


def config_dir() -> Path:
    override = os.environ.get("CASEBOOK_HOME")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP, appauthor=False))

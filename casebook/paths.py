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


# New vaults go to a folder whose name does not say what is in it (someone browsing a
# seized disk); vaults made by earlier versions under data_dir()/vault keep opening there.
NEUTRAL_DIR = "Notebook"
NEUTRAL_VAULT = "data"


def default_vault() -> Path:
    override = os.environ.get("CASEBOOK_HOME")
    if override:
        return Path(override) / "vault"
    earlier = data_dir() / "vault"
    if (earlier / "header").is_file():
        return earlier
    return Path(platformdirs.user_data_dir(NEUTRAL_DIR, appauthor=False)) / NEUTRAL_VAULT


def config_dir() -> Path:
    override = os.environ.get("CASEBOOK_HOME")
    if override:
        return Path(override) / "config"
    return Path(platformdirs.user_config_dir(APP, appauthor=False))

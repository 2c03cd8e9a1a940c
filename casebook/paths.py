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


def state_dir() -> Path:
    """Small records this computer keeps for itself, neither settings nor case data: the
    newest generation seen of each vault (vault/newest.py). XDG_STATE_HOME on Linux."""
    override = os.environ.get("CASEBOOK_HOME")
    if override:
        return Path(override) / "state"
    return Path(platformdirs.user_state_dir(APP, appauthor=False))


def documents_dir() -> Path:
    """Where file dialogs start: the user's Documents folder, else the home folder;
    never the program's working directory."""
    try:
        documents = Path(platformdirs.user_documents_dir())
    except Exception:  # noqa: BLE001 - an odd desktop set-up: home will do
        documents = Path.home()
    return documents if documents.is_dir() else Path.home()


def removable_media(roots: list[Path] | None = None) -> list[Path]:
    """Mounted removable drives (USB sticks) the user can write to: the folders under
    /media/USER, /run/media/USER (Linux) and /Volumes (macOS, but not the system disk)."""
    if roots is None:
        user = os.environ.get("USER") or os.environ.get("USERNAME") or ""
        roots = [Path("/media") / user, Path("/run/media") / user, Path("/Volumes")]
    found = []
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name == "Macintosh HD" or entry.is_symlink():
                continue
            if entry.is_dir() and os.access(entry, os.W_OK):
                found.append(entry)
    return found


# Folders that synchronising services copy to their servers, by a part of their path.
SYNCED_FOLDERS = {
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "onedrive": "OneDrive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "yandex.disk": "Yandex.Disk",
    "yandexdisk": "Yandex.Disk",
    "pcloud": "pCloud",
    "mega": "MEGA",
}


def synced_service(path: Path | str) -> str:
    """The name of the service that synchronises `path` ('' when none is recognised):
    a folder named like Dropbox, Google Drive, OneDrive, Nextcloud... on the way to it."""
    for part in Path(path).parts:
        folded = part.casefold()
        if folded in SYNCED_FOLDERS:
            return SYNCED_FOLDERS[folded]
        for key, name in SYNCED_FOLDERS.items():
            if len(key) > 4 and folded.startswith(key):  # "OneDrive - Company", "Dropbox (Team)"
                return name
    return ""

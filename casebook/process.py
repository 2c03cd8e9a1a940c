"""Settings of the running process that keep vault contents off the disk."""

from __future__ import annotations

import os


def harden_process() -> None:
    """No core dumps (they would hold decrypted pages and keys), and files this process
    creates are private to the user. Both the desktop application and the command line
    call it when they start as a program."""
    os.umask(0o077)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        pass  # not on this platform

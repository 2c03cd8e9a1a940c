"""Helper processes forked for work that holds the GIL (issue 19), on Linux.

cryptography's ciphers and Python's per-page HMAC loop hold the interpreter lock, so
threads take turns instead of running side by side; a forked helper runs beside the
caller on another core. Helpers get what they need (keys included) through fork, in
memory; they touch no database and start no threads, and they leave with os._exit, so
nothing of the parent (atexit handlers, buffers) runs twice. Elsewhere (macOS, whose
system libraries are not fork-safe; Windows, which has no fork) callers do the work in
threads or in their own thread.
"""

from __future__ import annotations

import faulthandler
import gc
import os
import signal
import sys
import warnings
from collections.abc import Callable, Iterable
from contextlib import suppress


def available() -> bool:
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def fork() -> int:
    with warnings.catch_warnings():  # Python 3.12+ warns about fork with threads running;
        # a helper calls nothing that another thread could have left locked
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def start(work: Callable[[], None], keep: Iterable[int | None]) -> int:
    """Fork a helper that runs `work` and exits; its process id (in the parent). The
    helper keeps only the file descriptors `keep` (and 0, 1, 2): it holds no copy of
    another helper's pipe, which would keep that pipe from ending, nor of the database."""
    pid = fork()
    if pid == 0:  # the helper: never returns
        code = 1
        try:
            gc.disable()  # no finalizer of the parent's objects runs here
            faulthandler.disable()  # a helper that dies (SIGBUS, say) ends quietly
            _close_all_but({0, 1, 2} | {fd for fd in keep if fd is not None})
            work()
            code = 0
        finally:
            os._exit(code)
    return pid


def _close_all_but(keep: set[int]) -> None:
    low = 0
    for fd in sorted(keep):
        if fd > low:
            os.closerange(low, fd)
        low = fd + 1
    os.closerange(low, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536)


def end(pid: int) -> None:
    """Stop our own helper `pid` if it still runs, and reap it."""
    with suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    with suppress(ChildProcessError):
        os.waitpid(pid, 0)

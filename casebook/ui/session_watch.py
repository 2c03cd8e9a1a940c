"""Lock when the session is locked, the screen saver starts or the computer suspends.

On Linux the desktop says so over D-Bus: org.freedesktop.ScreenSaver (and GNOME's own)
ActiveChanged(true) on the session bus, logind's PrepareForSleep(true) on the system bus,
and the Lock signal of the logind session. Where none of these can be watched (no D-Bus,
another system), `sources` is empty and the settings say so.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

# (bus, service, path, interface, signal, slot)
_WATCHED = (
    ("session", "org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged", "screenSaverActive(bool)"),
    ("session", "org.gnome.ScreenSaver", "/org/gnome/ScreenSaver",
     "org.gnome.ScreenSaver", "ActiveChanged", "screenSaverActive(bool)"),
    ("system", "org.freedesktop.login1", "/org/freedesktop/login1",
     "org.freedesktop.login1.Manager", "PrepareForSleep", "prepareForSleep(bool)"),
    ("system", "org.freedesktop.login1", "/org/freedesktop/login1/session/auto",
     "org.freedesktop.login1.Session", "Lock", "sessionLocked()"),
)  # fmt: skip
_NAMES = {
    "ActiveChanged": "screen saver",
    "PrepareForSleep": "suspend",
    "Lock": "session lock",
}


class SessionWatcher(QObject):
    lockRequested = Signal()

    def __init__(self, parent: QObject | None = None, *, connect: bool = True) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # what is watched: "screen saver", "suspend", ...
        if connect and sys.platform.startswith("linux") and not os.environ.get("CASEBOOK_NO_DBUS"):
            self._connect()

    def _connect(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        buses = {"session": QDBusConnection.sessionBus(), "system": QDBusConnection.systemBus()}
        for bus, service, path, interface, name, slot in _WATCHED:
            connection = buses[bus]
            if not connection.isConnected():
                continue
            # The "1" prefix is what Qt's SLOT() macro puts before a slot's signature.
            if connection.connect(service, path, interface, name, self, b"1" + slot.encode()):
                if _NAMES[name] not in self.sources:
                    self.sources.append(_NAMES[name])

    @Slot(bool)
    def screenSaverActive(self, active: bool) -> None:  # noqa: N802 - a D-Bus slot
        if active:
            self.lockRequested.emit()

    @Slot(bool)
    def prepareForSleep(self, sleeping: bool) -> None:  # noqa: N802 - a D-Bus slot
        if sleeping:
            self.lockRequested.emit()

    @Slot()
    def sessionLocked(self) -> None:  # noqa: N802 - a D-Bus slot
        self.lockRequested.emit()

    def describe(self) -> str:
        """For the settings: what the vault locks on here, or that this system cannot
        tell Casebook."""
        translate = QCoreApplication.translate
        if not self.sources:
            return translate(
                "SessionWatcher",
                "This system does not tell Casebook when the screen locks or the computer "
                "sleeps: lock the vault yourself (Ctrl+L) before you leave the computer.",
            )
        names = {
            "screen saver": translate("SessionWatcher", "the screen saver starts"),
            "suspend": translate("SessionWatcher", "the computer goes to sleep"),
            "session lock": translate("SessionWatcher", "the session is locked"),
        }
        return translate("SessionWatcher", "Watched here: {events}.").format(
            events=", ".join(names[s] for s in self.sources)
        )

"""Auto-lock: an event filter on the application restarts an idle timer on user input."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` once when no input arrived for `timeout_ms` while it is active."""

    idle = Signal()

    def __init__(self, app: QObject, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(1, timeout_ms))
        self._timer.timeout.connect(self._expired)
        self._active = False
        app.installEventFilter(self)

    @property
    def active(self) -> bool:
        return self._active

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(1, timeout_ms))
        if self._active:
            self._timer.start()

    def timeout_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self._active = True
        self._timer.start()

    def stop(self) -> None:
        self._active = False
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._active and event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _expired(self) -> None:
        if self._active:
            self._active = False
            self.idle.emit()

    def detach(self) -> None:
        self.stop()
        self._app.removeEventFilter(self)


class SafetyKeys(QObject):
    """Lock and panic keys that work in every window of the application, also while a
    modal dialog blocks the main window (where Qt's own shortcuts do not fire)."""

    lock = Signal()
    panic = Signal()

    def __init__(
        self, app: QObject, lock_keys: str, panic_keys: str, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._app = app
        self._keys = {QKeySequence(lock_keys): self.lock, QKeySequence(panic_keys): self.panic}
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for keys, signal in self._keys.items():
            if pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch:
                signal.emit()
                return True
        return False

    def detach(self) -> None:
        self._app.removeEventFilter(self)

"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a
threshold is crossed: often the DB worker. If that collection frees a cycle that
holds a Qt object (a widget captured by a closure, a model referenced from a
signal), Qt is touched from the wrong thread and can crash. So automatic
collection is switched off while the app runs, and a timer on the GUI thread
collects instead: young generations often and cheaply, everything now and then.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

YOUNG_MS = 1_000
FULL_EVERY = 60  # young collections between full ones


class GuiThreadCollector(QObject):
    """Owns the collection schedule; create once, on the GUI thread, after QApplication."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ticks = 0
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(YOUNG_MS)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        self._ticks += 1
        if self._ticks % FULL_EVERY == 0:
            gc.collect()
        else:
            gc.collect(0)

    def stop(self) -> None:
        """Collect once more here and give collection back to Python (at shutdown)."""
        self._timer.stop()
        gc.collect()
        gc.enable()

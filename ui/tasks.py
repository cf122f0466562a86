"""Background work: one single-worker executor for the database, a small pool for the rest.

Threading rules (as in Anki's taskman):
- Everything that touches the database runs on `TaskManager`'s one DB worker, so
  core calls are serialised and SQLite never sees two writers from this app.
- Work that does not touch the database (thumbnails, rendering) may use the
  parallel pool.
- Functions run there must not touch widgets. Their results come back to the
  GUI thread through a queued Qt signal (`run_on_main`), where callbacks run.
- Long functions take a `Progress`: they report with `progress.report()` and stop
  at the next report after the user pressed Cancel (it raises `Cancelled`).
  Core functions take `progress.callback()`, an `inspector.progress.ProgressFn`;
  `Cancelled` here *is* `inspector.progress.Cancelled`, so the core's promise
  about what a cancel leaves behind holds for the UI's Cancel button too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

# Re-exported: the UI and the core share one cancel exception (`from ui.tasks import Cancelled`
# keeps working for the op runner and the screens).
from inspector.progress import Cancelled, ProgressFn

__all__ = ["Cancelled", "Progress", "TaskManager", "result_or_exception"]

T = TypeVar("T")


class Progress(QObject):
    """Progress of one background operation; `report` is safe to call from any thread.

    It is also the cancel token: `cancel()` (the dialog's Cancel button, GUI
    thread) sets a flag that the worker thread sees at its next report.
    """

    changed = Signal(int, int, str)  # done, total, text

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise `Cancelled` if the user asked to stop."""
        if self._cancel.is_set():
            raise Cancelled()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress and raise `Cancelled` if the user asked to stop."""
        self.check()
        self.changed.emit(int(done), int(total), text)

    def callback(self) -> ProgressFn:
        """The `progress` argument for a core function: reports here, raises `Cancelled`
        (from the worker thread, inside the core call) once the user pressed Cancel."""

        def cb(done: int, total: int, text: str) -> None:
            self.report(done, total, text)

        return cb


class _MainThreadRelay(QObject):
    """Lives on the GUI thread; runs closures sent to it from worker threads.

    The connection is Qt's automatic one, which queues a signal emitted on another
    thread; `TaskManager.run_on_main` posts from the GUI thread itself with a zero
    timer instead, so both ways wait for the event loop. Naming
    `Qt.ConnectionType.QueuedConnection` here would build PySide6's whole `Qt`
    namespace (~30 ms) before the window is usable (issue #14).
    """

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run)

    def _run(self, closure: Callable[[], None]) -> None:
        closure()


class TaskManager:
    """Owner of the worker threads. Create it on the GUI thread."""

    def __init__(self) -> None:
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="inspector-db")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="inspector-work")
        self._relay = _MainThreadRelay()
        self._gui_thread = threading.get_ident()
        self._lock = threading.Lock()
        self._pending = 0  # submitted tasks whose GUI-thread callback has not run yet
        self._closed = False

    def run_on_main(self, closure: Callable[[], None]) -> None:
        """Run `closure` on the GUI thread at the next turn of its event loop."""
        if threading.get_ident() == self._gui_thread:
            QTimer.singleShot(0, self._relay, closure)  # a direct emit would run it now
        else:
            self._relay.call.emit(closure)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[Future[T]], None],
        *,
        uses_db: bool = True,
    ) -> Future[T]:
        """Run `fn` in the background, then `on_done(future)` on the GUI thread."""
        if self._closed:
            raise RuntimeError("task manager is shut down")
        with self._lock:
            self._pending += 1
        executor = self._db if uses_db else self._pool
        future = executor.submit(fn)

        def finished(fut: Future[T]) -> None:
            def deliver() -> None:
                try:
                    on_done(fut)
                finally:
                    with self._lock:
                        self._pending -= 1

            self.run_on_main(deliver)

        future.add_done_callback(finished)
        return future

    @property
    def busy(self) -> bool:
        """True while a task or its GUI-thread callback is outstanding."""
        with self._lock:
            return self._pending > 0

    def shutdown(self, *, wait: bool = True) -> None:
        """Stop taking work; with `wait`, finish what is running (never abandon a write)."""
        self._closed = True
        self._db.shutdown(wait=wait, cancel_futures=True)
        self._pool.shutdown(wait=wait, cancel_futures=True)


def result_or_exception(future: Future[Any]) -> tuple[Any, BaseException | None]:
    """(result, None) or (None, exception) of a finished future."""
    exc = future.exception()
    if exc is not None:
        return None, exc
    return future.result(), None

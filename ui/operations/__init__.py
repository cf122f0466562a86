"""How the UI calls the core: `CoreOp`, one background call with GUI-thread callbacks.

Each `ui/operations/<area>.py` module holds small keyword-only factories that
return a `CoreOp` over one core function (Anki's `CollectionOp`/`QueryOp`).
Widgets call those factories, attach `.success()` and run the op; they never
open sessions or run SQL.

Rules for the function an op runs (it runs on the single DB worker thread):
- it must not touch widgets or any GUI object;
- it gets the open `Database` (and a `Progress` when the op has one);
- it returns plain values (dataclasses, ids), never ORM objects.

On success, an op that declares `changes` (`inspector.changes.Change` kinds) emits
`AppSignals.operation_did_execute(changes, initiator)` after its callback; screens
subscribe to the kinds they show (`ui.changes.subscribe`) and reload. On failure the default is an error
dialog naming what happened; `Cancelled` just shows a status message.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from ui import context
from ui.tasks import Cancelled, Progress

if TYPE_CHECKING:
    from inspector.changes import Change
    from inspector.storage import Database

T = TypeVar("T")


class CoreOp(Generic[T]):
    """One call into the core on the DB worker; see the module docstring for the rules."""

    def __init__(
        self,
        *,
        parent: QWidget | None,
        op: Callable[..., T],
        changes: Iterable[Change] = (),
        uses_db: bool = True,
    ) -> None:
        self._parent = parent
        self._op = op
        self._changes = frozenset(changes)
        self._uses_db = uses_db
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None
        self._cancellable = True
        self.progress: Progress | None = None

    def success(self, callback: Callable[[T], None]) -> CoreOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> CoreOp[T]:
        self._failure = callback
        return self

    def with_progress(self, label: str, *, cancellable: bool = True) -> CoreOp[T]:
        """Show a progress dialog (after a short delay); an `op` taking two parameters
        also receives the `Progress` (to report and to notice Cancel)."""
        self._progress_label = label
        self._cancellable = cancellable
        return self

    def run_in_background(self) -> Future[T]:
        ctx = context.current()
        dialog: QProgressDialog | None = None
        if self._progress_label is not None:
            self.progress = Progress()
            dialog = _progress_dialog(self._parent, self._progress_label, self.progress,
                                      cancellable=self._cancellable)
        progress = self.progress
        op = self._op
        wants_progress = progress is not None and _takes_progress(op)

        def work() -> T:
            # Runs on a worker thread: no widgets here.
            db: Database | None = ctx.require_db() if self._uses_db else None
            if wants_progress:
                return op(db, progress)
            return op(db)

        def done(future: Future[T]) -> None:
            if dialog is not None and isValid(dialog):
                dialog.reset()
                dialog.deleteLater()
            exc = future.exception()
            if self._parent is not None and not isValid(self._parent):
                # The screen that asked is gone (window closed, screen rebuilt): its
                # callbacks would touch deleted widgets. A write still happened, so the
                # remaining screens are told; a failure has nobody left to show it to.
                if exc is None and self._changes:
                    ctx.signals.operation_did_execute.emit(self._changes, None)
                return
            if exc is None:
                if self._success is not None:
                    self._success(future.result())
                if self._changes:
                    ctx.signals.operation_did_execute.emit(self._changes, self._parent)
            elif isinstance(exc, Cancelled):
                ctx.signals.status_message.emit(QCoreApplication.translate("CoreOp", "已取消，未做任何更改。"))
                if self._failure is not None:
                    self._failure(exc)
            elif self._failure is not None:
                self._failure(exc)
            else:
                from ui.widgets.errors import show_error

                show_error(self._parent, exc)

        return ctx.tasks.run(work, done, uses_db=self._uses_db)


def _takes_progress(op: Callable[..., object]) -> bool:
    """True when `op` takes (db, progress); ops without a progress parameter get only db."""
    import inspect

    try:
        return len(inspect.signature(op).parameters) >= 2
    except (TypeError, ValueError):
        return False


def _progress_dialog(parent: QWidget | None, label: str, progress: Progress, *,
                     cancellable: bool) -> QProgressDialog:
    # Imported here: ops run before the database is open, when the first touch of the
    # `Qt` namespace would cost ~30 ms (issue #14); progress dialogs come later.
    from PySide6.QtCore import Qt

    dialog = QProgressDialog(label, QCoreApplication.translate("CoreOp", "取消") if cancellable else "", 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("CoreOp", "请稍候"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)  # quick work finishes before any dialog flickers up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.canceled.connect(progress.cancel)

    def update(done: int, total: int, text: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if text:
            dialog.setLabelText(text)

    progress.changed.connect(update)
    dialog.setValue(0)
    return dialog


def read(parent: QWidget | None, fn: Callable[[Database], T]) -> CoreOp[T]:
    """A read-only op (no change notification)."""
    return CoreOp(parent=parent, op=fn)


def write(parent: QWidget | None, fn: Callable[[Database], T], *changes: Change) -> CoreOp[T]:
    """A write op that announces `changes` when it succeeds."""
    return CoreOp(parent=parent, op=fn, changes=changes)


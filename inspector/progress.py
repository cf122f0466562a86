"""Progress reports and cancellation for long core operations (export, import, demo).

A long core function takes `progress: ProgressFn | None = None` and calls it now
and then — per table, per chunk of rows, per attachment, never per row — with
`(done, total, label)`:

- `done` never decreases during one call of the function;
- `total` is 0 while unknown and may grow once the function learns more (the
  attachments of an export are only known after its rows); `done <= total`
  whenever `total` is non-zero;
- `label` is a short Chinese text naming the stage, for the user.

`done` and `total` are in a unit each function chooses (rows, bytes); only
their ratio and the label are meant for display.

Cancelling is the callback's job: it raises `Cancelled`. Every function that
takes a `progress` promises that the exception, raised at any call, leaves
nothing half-written; its docstring says exactly what a cancel leaves behind.
The callback runs on the caller's thread in the middle of the work (sometimes
inside an open transaction), so it must be quick and must not touch the
database.
"""

from __future__ import annotations

from collections.abc import Callable

from inspector.errors import InspectorError

ProgressFn = Callable[[int, int, str], None]
"""`(done, total, label)`; may raise `Cancelled` to stop the operation."""


class Cancelled(InspectorError):
    """The user stopped a long operation; what it was doing was not committed.

    Deliberately no built-in mixin: code that catches `ValueError`, `OSError`
    and the like around a file must never swallow a cancel by accident.
    """

    code = "E_CANCELLED"

    def __init__(self, message: str = "已取消。", *, code: str | None = None) -> None:
        super().__init__(message, code=code)


class Meter:
    """Monotonic progress of one operation over an optional `ProgressFn`.

    Core functions report through a `Meter` so that `done` never goes back and
    a missing callback costs one attribute test. Not thread-safe: one meter
    belongs to one call on one thread.
    """

    def __init__(self, progress: ProgressFn | None, total: int = 0) -> None:
        self._fn = progress
        self.done = 0
        self.total = total

    def report(self, label: str) -> None:
        """Call the callback with the current figures (also the cancel check)."""
        if self._fn is not None:
            total = max(self.total, self.done) if self.total else 0
            self._fn(self.done, total, label)

    def advance(self, n: int, label: str) -> None:
        """Count `n` more units of work done, then report."""
        self.done += max(0, n)
        self.report(label)

    def at(self, done: int, label: str) -> None:
        """Move to `done` (never backwards), then report."""
        self.done = max(self.done, done)
        self.report(label)

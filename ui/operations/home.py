"""Operations of the home screen (core imported on the worker: see `ui.operations.sites`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.operations import CoreOp, read

if TYPE_CHECKING:
    from inspector.queries.dashboard import HomeSummary
    from inspector.storage import Database


def home_summary(*, parent: QWidget | None) -> CoreOp[HomeSummary]:
    def op(db: Database) -> HomeSummary:
        from inspector.queries.dashboard import home_summary

        return home_summary(db)

    return read(parent, op)

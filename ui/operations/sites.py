"""Operations on sites and employers: the list indexes and the detail pages.

Core modules are imported inside the functions that run on the DB worker: this
module is loaded before the first paint, and importing the core here would pull
SQLAlchemy onto the GUI thread's start-up path.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ui.operations import CoreOp, read

if TYPE_CHECKING:
    from inspector.queries.details import Detail
    from inspector.queries.site_index import EmployerIndex, SiteIndex
    from inspector.storage import Database


def load_site_index(*, parent: QWidget | None) -> CoreOp[SiteIndex]:
    def op(db: Database) -> SiteIndex:
        from inspector.queries.site_index import read_site_index

        return read_site_index(db)

    return read(parent, op)


def load_employer_index(*, parent: QWidget | None) -> CoreOp[EmployerIndex]:
    def op(db: Database) -> EmployerIndex:
        from inspector.queries.site_index import read_employer_index

        return read_employer_index(db)

    return read(parent, op)


def site_detail(*, parent: QWidget | None, site_id: str) -> CoreOp[Detail]:
    def op(db: Database) -> Detail:
        from inspector.queries.details import site_detail

        return site_detail(db, site_id)

    return read(parent, op)


def employer_detail(*, parent: QWidget | None, employer_id: str) -> CoreOp[Detail]:
    def op(db: Database) -> Detail:
        from inspector.queries.details import employer_detail

        return employer_detail(db, employer_id)

    return read(parent, op)


def subcontractors(*, parent: QWidget | None, site_id: str) -> CoreOp[list[tuple[str, str]]]:
    def op(db: Database) -> list[tuple[str, str]]:
        from inspector.queries.details import subcontractors

        return subcontractors(db, site_id)

    return read(parent, op)

"""Operations of the settings screen: inspectors, authority settings, number blocks, the
device key.

Every write here is one core function that opens its own unit of work; the UI
never opens one (STYLE §2, §6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from inspector.changes import Change
from ui.operations import CoreOp, read, write

if TYPE_CHECKING:
    from inspector.config import AuthoritySettings
    from inspector.identity import IdentityStatus, Registered
    from inspector.orders.numbers import BlockInfo
    from inspector.queries.people import InspectorRow
    from inspector.storage import Database


def inspectors(*, parent: QWidget | None) -> CoreOp[list[InspectorRow]]:
    """Every inspector profile, inactive ones included (the settings list shows all)."""

    def op(db: Database) -> list[InspectorRow]:
        from inspector.queries.people import inspectors

        return inspectors(db, include_inactive=True)

    return read(parent, op)


def save_inspector(*, parent: QWidget | None, name: str, credential_no: str, unit: str,
                   phone: str) -> CoreOp[str]:
    """Add an inspector, or update the one with this credential number; their id."""

    def op(db: Database) -> str:
        from inspector.registry.service import save_inspector

        return save_inspector(db, name=name, credential_no=credential_no, unit=unit,
                              phone=phone)

    return write(parent, op, Change.INSPECTORS)


def set_inspector_active(*, parent: QWidget | None, inspector_id: str,
                         active: bool) -> CoreOp[None]:
    """Activate or deactivate an inspector profile (an inactive one is not offered)."""

    def op(db: Database) -> None:
        from inspector.registry.service import set_inspector_active

        set_inspector_active(db, inspector_id, active)

    return write(parent, op, Change.INSPECTORS)


def authority(*, parent: QWidget | None) -> CoreOp[AuthoritySettings]:
    def op(db: Database) -> AuthoritySettings:
        from inspector.config import get_authority

        return get_authority(db)

    return read(parent, op)


def save_authority(*, parent: QWidget | None, settings: AuthoritySettings) -> CoreOp[None]:
    def op(db: Database) -> None:
        from inspector.config import update_authority

        update_authority(db, settings)

    return write(parent, op, Change.SETTINGS)


def number_blocks(*, parent: QWidget | None) -> CoreOp[list[BlockInfo]]:
    def op(db: Database) -> list[BlockInfo]:
        from inspector.orders.numbers import list_blocks

        return list_blocks(db, db.device_id)

    return read(parent, op)


def add_block(*, parent: QWidget | None, first: int, last: int,
              year: int | None) -> CoreOp[str]:
    """Record a block of pre-numbered forms handed over on paper, for this device."""

    def op(db: Database) -> str:
        from inspector.orders.numbers import add_block

        return add_block(db, db.device_id or "", first, last, year=year, note="手工登记")

    return write(parent, op, Change.NUMBERS)


def identity(*, parent: QWidget | None) -> CoreOp[IdentityStatus | None]:
    """This database's device key and what is wrong with it (shared, missing …), if anything."""

    def op(db: Database) -> IdentityStatus | None:
        from inspector.identity import identity_status

        return identity_status(db)

    return read(parent, op)


def split_key(*, parent: QWidget | None) -> CoreOp[tuple[Registered, str, str]]:
    """Give this database a new device key (`keys split`); the device must then re-enrol.
    Returns the new identity, its fingerprint as people compare it, and what to tell
    the office."""

    def op(db: Database) -> tuple[Registered, str, str]:
        from inspector.identity import reenrol_advice, split_identity
        from inspector.keys import fingerprint_display

        new = split_identity(db)
        return new, fingerprint_display(new.key_id), reenrol_advice(new)

    # The sync screen shows this device's code and fingerprint.
    return write(parent, op, Change.SETTINGS, Change.SYNC)

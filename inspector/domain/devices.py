"""This install and the others it knows: the device table (laptops and office installs).

On its own so that a start, which reads only this device's row, does not load the
registry's tables (issue #14); `inspector.domain.registry` re-exports it.
"""

from __future__ import annotations

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from inspector.domain.base import Base, SyncedMixin

ROLES = ("field", "office")
ROLE_LABELS = {"field": "外勤设备", "office": "局端"}  # the words the sync messages use


class Device(SyncedMixin, Base):
    """A laptop or office install with its Ed25519 public key (`key_id` is its fingerprint)."""

    __tablename__ = "device"

    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    role: Mapped[str] = mapped_column(String(10), nullable=False, default="field")
    public_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    key_id: Mapped[str | None] = mapped_column(String(40), nullable=True, index=True)
    trusted: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    revoked: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)

"""Configuration rows (authority settings, region parameters) that travel with assignment bundles.

One row per key. The id is derived from the key (UUIDv5), so the same setting has
the same id on every device and sync treats edits to it as versions of one row.
"""

from __future__ import annotations

import uuid

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from inspector.domain.base import Base, SyncedMixin

_SETTINGS_NS = uuid.UUID("6f1f4a52-5e0c-4c5e-9b1a-2f6d3c0c9a11")


def setting_id(key: str) -> str:
    return str(uuid.uuid5(_SETTINGS_NS, key))


class Setting(SyncedMixin, Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)  # JSON


class LocalState(Base):
    """Per-install facts that never travel: this device's id, its change counter …"""

    __tablename__ = "local_state"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)

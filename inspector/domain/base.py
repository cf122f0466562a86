"""Declarative base, naming convention and the columns every synced table carries.

Every synced row has:
- `id`: a UUIDv7 string, created where the row was born, never reused;
- `rev`: bumped on every change (for people and sorting; sync never compares it);
- `version_id` / `base_version`: this version and the version it was edited from.
  Sync judges concurrency by this ancestry (fast-forward, stale or conflict),
  not by comparing counters;
- `updated_at` (UTC) and `origin_device` (the device that wrote this version);
- `tombstone` instead of a hard delete, so a deletion travels like any edit.

`change_seq` is local bookkeeping (never exported): the device's change counter
at the time of the last local write, used to export what the office has not
acknowledged yet.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from inspector.ids import new_version, utcnow, uuid7

# Named constraints from the first revision: Alembic's batch mode on SQLite can
# only drop or alter a constraint it can name.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def id_column() -> Mapped[str]:
    return mapped_column(String(36), primary_key=True, default=uuid7)


class SyncedMixin:
    """Columns of a table that travels in bundles. See the module docstring."""

    __synced__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    rev: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    version_id: Mapped[str] = mapped_column(String(24), nullable=False, default=new_version)
    base_version: Mapped[str | None] = mapped_column(String(24), nullable=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    origin_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    tombstone: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    change_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0, index=True)


SYNC_META_COLUMNS = (
    "id",
    "rev",
    "version_id",
    "base_version",
    "updated_at",
    "origin_device",
    "tombstone",
)
"""Columns of `SyncedMixin` that travel in bundles (`change_seq` is local)."""


def synced_tables() -> list[str]:
    """Names of every synced table that travels in bundles, in dependency order
    (parents first). A table marked `info={"bundled": False}` has the synced
    columns but does not travel yet (the wage-arrears cases, until the rights
    table covers them)."""
    from inspector.domain import load_all_models

    load_all_models()
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if "version_id" in t.c and "change_seq" in t.c and t.info.get("bundled", True)
    ]

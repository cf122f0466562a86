"""Sync bookkeeping: imported and exported bundles, row ancestry, conflicts.

None of these tables travel in bundles; they describe what this database has
seen and sent:

- `ImportedBundle`: every bundle applied here (idempotence, and the office's
  acknowledgements back to the field);
- `ExportedBundle`: every field bundle written here, with the change counter
  high-water it covers (an acknowledgement names a bundle; the field trusts only
  bundles it knows it wrote);
- `RowVersion`: edges of the version graph (version → parent) of versions that
  are no longer, or never were, the stored one. The stored row holds its own
  edge (`version_id` → `base_version`). Ancestry walks these edges;
- `SyncConflict`: two versions of a row where neither descends from the other.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, synonym

from inspector.domain.base import Base, id_column

CONFLICT_STATUSES = ("open", "resolved")
CONFLICT_RESOLUTIONS = ("local", "incoming", "merged")


class ImportedBundle(Base):
    __tablename__ = "imported_bundle"
    __table_args__ = (Index("ix_imported_bundle_device_seq", "device_id", "seq"),)

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    device_id: Mapped[str] = mapped_column(String(36), nullable=False)
    device_code: Mapped[str] = mapped_column(String(20), nullable=False, default="")
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    high_water: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    audit_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    imported_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    report: Mapped[str] = mapped_column(Text, nullable=False, default="{}")  # JSON


class ExportedBundle(Base):
    __tablename__ = "exported_bundle"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False, index=True)
    target_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    since: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    high_water: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    audit_seq: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    acked_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The code says `filename` everywhere (GLOSSARY); the column keeps its released name.
    filename: Mapped[str] = mapped_column("file_name", String(255), nullable=False, default="")
    # The old spelling for one step: inspector/sync/export.py, split in parallel, still
    # passes `file_name=`; switch it to `filename=` and drop this synonym.
    file_name: Mapped[str] = synonym("filename")


class RowVersion(Base):
    """One edge of a row's version graph. A merge (conflict resolution) has two."""

    __tablename__ = "row_version"

    table_name: Mapped[str] = mapped_column(String(60), primary_key=True)
    row_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version_id: Mapped[str] = mapped_column(String(24), primary_key=True)
    parent: Mapped[str] = mapped_column(String(24), primary_key=True)


class SyncConflict(Base):
    __tablename__ = "sync_conflict"
    __table_args__ = (Index("ix_sync_conflict_row", "table_name", "row_id"),)

    id: Mapped[str] = id_column()
    table_name: Mapped[str] = mapped_column(String(60), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    local_version_id: Mapped[str] = mapped_column(String(24), nullable=False)
    incoming_version_id: Mapped[str] = mapped_column(String(24), nullable=False)
    local_row: Mapped[str] = mapped_column(Text, nullable=False)  # JSON, bundle encoding
    incoming_row: Mapped[str] = mapped_column(Text, nullable=False)
    winner: Mapped[str] = mapped_column(String(10), nullable=False)  # local | incoming
    bundle_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    source_device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="open", index=True)
    resolution: Mapped[str | None] = mapped_column(String(10), nullable=True)
    resolved_version_id: Mapped[str | None] = mapped_column(String(24), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, nullable=False)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(String(100), nullable=True)

"""sync: imported and exported bundles, row version graph, conflicts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imported_bundle",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("device_code", sa.String(length=20), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("high_water", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("report", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_imported_bundle")),
    )
    with op.batch_alter_table("imported_bundle", schema=None) as batch_op:
        batch_op.create_index("ix_imported_bundle_device_seq", ["device_id", "seq"], unique=False)

    op.create_table(
        "exported_bundle",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("target_device_id", sa.String(length=36), nullable=True),
        sa.Column("since", sa.Integer(), nullable=False),
        sa.Column("high_water", sa.Integer(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_exported_bundle")),
    )
    with op.batch_alter_table("exported_bundle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exported_bundle_seq"), ["seq"], unique=False)

    op.create_table(
        "row_version",
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("version_id", sa.String(length=24), nullable=False),
        sa.Column("parent", sa.String(length=24), nullable=False),
        sa.PrimaryKeyConstraint(
            "table_name", "row_id", "version_id", "parent", name=op.f("pk_row_version")
        ),
    )

    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=60), nullable=False),
        sa.Column("row_id", sa.String(length=36), nullable=False),
        sa.Column("local_version_id", sa.String(length=24), nullable=False),
        sa.Column("incoming_version_id", sa.String(length=24), nullable=False),
        sa.Column("local_row", sa.Text(), nullable=False),
        sa.Column("incoming_row", sa.Text(), nullable=False),
        sa.Column("winner", sa.String(length=10), nullable=False),
        sa.Column("bundle_id", sa.String(length=36), nullable=True),
        sa.Column("source_device_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("resolution", sa.String(length=10), nullable=True),
        sa.Column("resolved_version_id", sa.String(length=24), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=100), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index("ix_sync_conflict_row", ["table_name", "row_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_status"))
        batch_op.drop_index("ix_sync_conflict_row")
    op.drop_table("sync_conflict")
    op.drop_table("row_version")
    with op.batch_alter_table("exported_bundle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exported_bundle_seq"))
    op.drop_table("exported_bundle")
    with op.batch_alter_table("imported_bundle", schema=None) as batch_op:
        batch_op.drop_index("ix_imported_bundle_device_seq")
    op.drop_table("imported_bundle")

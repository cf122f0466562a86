"""inspection: imported historical records (imported, import key, digest) and the 专项行动 tag

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("imported", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
        batch_op.add_column(sa.Column("import_key", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("import_digest", sa.String(length=64), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("campaign", sa.String(length=40), nullable=False,
                                      server_default=""))
        batch_op.create_index("ix_inspection_import_key", ["import_key"], unique=True)
        batch_op.create_index("ix_inspection_campaign", ["campaign"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("inspection", schema=None) as batch_op:
        batch_op.drop_index("ix_inspection_campaign")
        batch_op.drop_index("ix_inspection_import_key")
        batch_op.drop_column("campaign")
        batch_op.drop_column("import_digest")
        batch_op.drop_column("import_key")
        batch_op.drop_column("imported")

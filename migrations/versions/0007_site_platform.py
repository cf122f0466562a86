"""site: the province platform's project figures (contracts signed, deposit, wage account)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.add_column(sa.Column("contracts_signed", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("wage_deposit_registered", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("wage_account_bound", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("site", schema=None) as batch_op:
        batch_op.drop_column("wage_account_bound")
        batch_op.drop_column("wage_deposit_registered")
        batch_op.drop_column("contracts_signed")

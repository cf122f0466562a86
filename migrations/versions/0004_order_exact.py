"""order exact: wage arrears (workers, amount, list), 代收人, 拒收事由, late service

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Columns only, added in batch mode (SQLite); the NOT NULL ones carry a server
default so that existing rows (and the 0003 fixtures) get a value.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ARREARS_TABLES = ("item_result", "finding", "order_violation")
SERVICE_TEXT = ("receiver_on_behalf", "receiver_on_behalf_relation")


def upgrade() -> None:
    for table in ARREARS_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("arrears_workers", sa.Integer(), nullable=True))
            batch_op.add_column(sa.Column("arrears_fen", sa.BigInteger(), nullable=True))
            batch_op.add_column(sa.Column("arrears_list", sa.Text(), nullable=False,
                                          server_default="[]"))
    with op.batch_alter_table("order_service", schema=None) as batch_op:
        for name in SERVICE_TEXT:
            batch_op.add_column(sa.Column(name, sa.String(length=50), nullable=False,
                                          server_default=""))
        batch_op.add_column(sa.Column("refusal_reason", sa.Text(), nullable=False,
                                      server_default=""))
        batch_op.add_column(sa.Column("late", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("order_service", schema=None) as batch_op:
        for name in ("late", "refusal_reason", *SERVICE_TEXT):
            batch_op.drop_column(name)
    for table in ARREARS_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in ("arrears_list", "arrears_fen", "arrears_workers"):
                batch_op.drop_column(name)

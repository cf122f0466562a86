"""case field work: notes on cases, the inspectors a device works for, payments seen on site

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-02

Two new synced tables (`case_note`, `device_inspector`) and three columns of
`case_payment`: the field device that reported a payment, whether the office has
confirmed it, and when. Every payment recorded before this revision was entered
at the office, so it is confirmed (server default true).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _synced() -> list[sa.Column[object]]:
    return [
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('rev', sa.Integer(), nullable=False),
        sa.Column('version_id', sa.String(length=24), nullable=False),
        sa.Column('base_version', sa.String(length=24), nullable=True),
        sa.Column('updated_at', sa.DateTime(), nullable=False),
        sa.Column('origin_device', sa.String(length=36), nullable=True),
        sa.Column('tombstone', sa.Boolean(), nullable=False),
        sa.Column('change_seq', sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table('case_note',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('written_on', sa.Date(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_note_case_id_wage_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_note')),
    )
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_note_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_note_change_seq'), ['change_seq'], unique=False)

    op.create_table('device_inspector',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('inspector_id', sa.String(length=36), nullable=False),
    *_synced(),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_device_inspector_device_id_device')),
    sa.ForeignKeyConstraint(['inspector_id'], ['inspector.id'], name=op.f('fk_device_inspector_inspector_id_inspector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_device_inspector')),
    )
    with op.batch_alter_table('device_inspector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_device_inspector_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_device_inspector_pair', ['device_id', 'inspector_id'], unique=True)

    with op.batch_alter_table('case_payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reported_device_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('confirmed', sa.Boolean(), nullable=False,
                                      server_default=sa.true()))
        batch_op.add_column(sa.Column('confirmed_on', sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('case_payment', schema=None) as batch_op:
        batch_op.drop_column('confirmed_on')
        batch_op.drop_column('confirmed')
        batch_op.drop_column('reported_device_id')
    with op.batch_alter_table('device_inspector', schema=None) as batch_op:
        batch_op.drop_index('ix_device_inspector_pair')
        batch_op.drop_index(batch_op.f('ix_device_inspector_change_seq'))
    op.drop_table('device_inspector')
    with op.batch_alter_table('case_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_note_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_note_case_id'))
    op.drop_table('case_note')

"""orders: number blocks, number uses, orders, violations, service records, rechecks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25

Written from the models in inspector/domain/orders.py (only these six tables);
constraint names follow the naming convention of inspector/domain/base.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('number_block',
    sa.Column('device_id', sa.String(length=36), nullable=False),
    sa.Column('year', sa.Integer(), nullable=True),
    sa.Column('first', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['device_id'], ['device.id'], name=op.f('fk_number_block_device_id_device')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_block'))
    )
    with op.batch_alter_table('number_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_number_block_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_number_block_device_id'), ['device_id'], unique=False)

    op.create_table('rectification_order',
    sa.Column('number', sa.String(length=80), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('duty_holder', sa.String(length=30), nullable=False),
    sa.Column('title', sa.String(length=60), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('inspector1_id', sa.String(length=36), nullable=True),
    sa.Column('inspector2_id', sa.String(length=36), nullable=True),
    sa.Column('supersedes_id', sa.String(length=36), nullable=True),
    sa.Column('issue_date', sa.Date(), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('issued_device_id', sa.String(length=36), nullable=True),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=40), nullable=False),
    sa.Column('signature', sa.String(length=100), nullable=False),
    sa.Column('qr_payload', sa.Text(), nullable=False),
    sa.Column('refused_to_sign', sa.Boolean(), nullable=False),
    sa.Column('recipient_name', sa.String(length=50), nullable=False),
    sa.Column('recipient_position', sa.String(length=50), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=True),
    sa.Column('archive_received_at', sa.DateTime(), nullable=True),
    sa.Column('escalation', sa.String(length=12), nullable=False),
    sa.Column('escalation_note', sa.Text(), nullable=False),
    sa.Column('escalated_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('revoked_at', sa.DateTime(), nullable=True),
    sa.Column('revoke_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_rectification_order_employer_id_employer')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_rectification_order_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['inspector1_id'], ['inspector.id'], name=op.f('fk_rectification_order_inspector1_id_inspector')),
    sa.ForeignKeyConstraint(['inspector2_id'], ['inspector.id'], name=op.f('fk_rectification_order_inspector2_id_inspector')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_rectification_order_site_id_site')),
    sa.ForeignKeyConstraint(['supersedes_id'], ['rectification_order.id'], name=op.f('fk_rectification_order_supersedes_id_rectification_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rectification_order'))
    )
    with op.batch_alter_table('rectification_order', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rectification_order_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_order_deadline'), ['deadline'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_order_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_order_inspection_id'), ['inspection_id'], unique=False)
        batch_op.create_index('ix_rectification_order_number', ['number'], unique=True)
        batch_op.create_index(batch_op.f('ix_rectification_order_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_order_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_rectification_order_supersedes_id'), ['supersedes_id'], unique=False)

    op.create_table('number_use',
    sa.Column('block_id', sa.String(length=36), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('order_id', sa.String(length=36), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('used_at', sa.DateTime(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['block_id'], ['number_block.id'], name=op.f('fk_number_use_block_id_number_block')),
    sa.ForeignKeyConstraint(['order_id'], ['rectification_order.id'], name=op.f('fk_number_use_order_id_rectification_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_use'))
    )
    with op.batch_alter_table('number_use', schema=None) as batch_op:
        batch_op.create_index('ix_number_use_block_serial', ['block_id', 'serial'], unique=True)
        batch_op.create_index(batch_op.f('ix_number_use_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_number_use_number', ['number'], unique=True)
        batch_op.create_index(batch_op.f('ix_number_use_order_id'), ['order_id'], unique=False)

    op.create_table('order_service',
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('recipient_name', sa.String(length=50), nullable=False),
    sa.Column('recipient_position', sa.String(length=50), nullable=False),
    sa.Column('place', sa.String(length=300), nullable=False),
    sa.Column('served_at', sa.DateTime(), nullable=False),
    sa.Column('refused', sa.Boolean(), nullable=False),
    sa.Column('witness', sa.String(length=100), nullable=False),
    sa.Column('server_ids', sa.Text(), nullable=False),
    sa.Column('evidence_ids', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['rectification_order.id'], name=op.f('fk_order_service_order_id_rectification_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_service'))
    )
    with op.batch_alter_table('order_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_service_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_service_order_id'), ['order_id'], unique=False)

    op.create_table('order_violation',
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('finding_id', sa.String(length=36), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('fact', sa.Text(), nullable=False),
    sa.Column('duty_articles', sa.Text(), nullable=False),
    sa.Column('penalty_articles', sa.Text(), nullable=False),
    sa.Column('requirement', sa.Text(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['finding_id'], ['finding.id'], name=op.f('fk_order_violation_finding_id_finding')),
    sa.ForeignKeyConstraint(['order_id'], ['rectification_order.id'], name=op.f('fk_order_violation_order_id_rectification_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_violation'))
    )
    with op.batch_alter_table('order_violation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_violation_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_order_violation_pos', ['order_id', 'position'], unique=True)

    op.create_table('order_recheck',
    sa.Column('order_id', sa.String(length=36), nullable=False),
    sa.Column('violation_id', sa.String(length=36), nullable=False),
    sa.Column('rectified', sa.Boolean(), nullable=False),
    sa.Column('checked_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('inspector_ids', sa.Text(), nullable=False),
    sa.Column('evidence_ids', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['rectification_order.id'], name=op.f('fk_order_recheck_order_id_rectification_order')),
    sa.ForeignKeyConstraint(['violation_id'], ['order_violation.id'], name=op.f('fk_order_recheck_violation_id_order_violation')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_recheck'))
    )
    with op.batch_alter_table('order_recheck', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_recheck_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_recheck_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_order_recheck_violation_id'), ['violation_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('order_recheck', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_recheck_violation_id'))
        batch_op.drop_index(batch_op.f('ix_order_recheck_order_id'))
        batch_op.drop_index(batch_op.f('ix_order_recheck_change_seq'))

    op.drop_table('order_recheck')
    with op.batch_alter_table('order_violation', schema=None) as batch_op:
        batch_op.drop_index('ix_order_violation_pos')
        batch_op.drop_index(batch_op.f('ix_order_violation_change_seq'))

    op.drop_table('order_violation')
    with op.batch_alter_table('order_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_service_order_id'))
        batch_op.drop_index(batch_op.f('ix_order_service_change_seq'))

    op.drop_table('order_service')
    with op.batch_alter_table('number_use', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_number_use_order_id'))
        batch_op.drop_index('ix_number_use_number')
        batch_op.drop_index(batch_op.f('ix_number_use_change_seq'))
        batch_op.drop_index('ix_number_use_block_serial')

    op.drop_table('number_use')
    with op.batch_alter_table('rectification_order', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rectification_order_supersedes_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_order_status'))
        batch_op.drop_index(batch_op.f('ix_rectification_order_site_id'))
        batch_op.drop_index('ix_rectification_order_number')
        batch_op.drop_index(batch_op.f('ix_rectification_order_inspection_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_order_employer_id'))
        batch_op.drop_index(batch_op.f('ix_rectification_order_deadline'))
        batch_op.drop_index(batch_op.f('ix_rectification_order_change_seq'))

    op.drop_table('rectification_order')
    with op.batch_alter_table('number_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_number_block_device_id'))
        batch_op.drop_index(batch_op.f('ix_number_block_change_seq'))

    op.drop_table('number_block')

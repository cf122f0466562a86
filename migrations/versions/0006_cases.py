"""cases: wage-arrears cases, workers ledger, payments, referrals, campaigns, clearance targets

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-01

Generated from inspector/domain/cases.py against a database at 0003; new tables
only, constraint names from the naming convention of inspector/domain/base.py.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('arrears_worker',
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrears_worker')),
    sa.UniqueConstraint('id_number', name=op.f('uq_arrears_worker_id_number')),
    info={'bundled': False}
    )
    with op.batch_alter_table('arrears_worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_arrears_worker_change_seq'), ['change_seq'], unique=False)

    op.create_table('campaign',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('end_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_campaign')),
    sa.UniqueConstraint('code', name=op.f('uq_campaign_code')),
    info={'bundled': False}
    )
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_campaign_change_seq'), ['change_seq'], unique=False)

    op.create_table('clearance_target',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('area', sa.String(length=100), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('progress_updated_on', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_clearance_target_campaign_id_campaign')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_clearance_target')),
    info={'bundled': False}
    )
    with op.batch_alter_table('clearance_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_clearance_target_change_seq'), ['change_seq'], unique=False)

    op.create_table('wage_case',
    sa.Column('case_no', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('source_ref', sa.String(length=80), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('complainant', sa.String(length=50), nullable=False),
    sa.Column('complainant_phone', sa.String(length=30), nullable=False),
    sa.Column('employer_id', sa.String(length=36), nullable=True),
    sa.Column('employer_name', sa.String(length=200), nullable=False),
    sa.Column('site_id', sa.String(length=36), nullable=True),
    sa.Column('area', sa.String(length=100), nullable=False),
    sa.Column('campaign_id', sa.String(length=36), nullable=True),
    sa.Column('declared_workers', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('accepted_on', sa.Date(), nullable=True),
    sa.Column('filed_on', sa.Date(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('closing_reason', sa.Text(), nullable=False),
    sa.Column('violation_on', sa.Date(), nullable=True),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extension_approved_by', sa.String(length=50), nullable=False),
    sa.Column('mass_incident', sa.Boolean(), nullable=False),
    sa.Column('incident_note', sa.Text(), nullable=False),
    sa.Column('duty_unit', sa.String(length=200), nullable=False),
    sa.Column('duty_leader', sa.String(length=50), nullable=False),
    sa.Column('duty_person', sa.String(length=50), nullable=False),
    sa.Column('measures', sa.Text(), nullable=False),
    sa.Column('complete_by', sa.Date(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['campaign_id'], ['campaign.id'], name=op.f('fk_wage_case_campaign_id_campaign')),
    sa.ForeignKeyConstraint(['employer_id'], ['employer.id'], name=op.f('fk_wage_case_employer_id_employer')),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_wage_case_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wage_case')),
    sa.UniqueConstraint('case_no', name=op.f('uq_wage_case_case_no')),
    info={'bundled': False}
    )
    with op.batch_alter_table('wage_case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wage_case_area'), ['area'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_campaign_id'), ['campaign_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_employer_id'), ['employer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_wage_case_source'), ['source'], unique=False)
        batch_op.create_index('ix_wage_case_source_ref', ['source', 'source_ref'], unique=True)
        batch_op.create_index(batch_op.f('ix_wage_case_status'), ['status'], unique=False)

    op.create_table('case_inspector',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('inspector_id', sa.String(length=36), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_inspector_case_id_wage_case')),
    sa.ForeignKeyConstraint(['inspector_id'], ['inspector.id'], name=op.f('fk_case_inspector_inspector_id_inspector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_inspector')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_inspector', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_inspector_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_case_inspector_pair', ['case_id', 'inspector_id'], unique=True)

    op.create_table('case_party',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('role', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('credit_code', sa.String(length=18), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('position', sa.String(length=50), nullable=False),
    sa.Column('phone', sa.String(length=30), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_party_case_id_wage_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_party')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_party_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_party_change_seq'), ['change_seq'], unique=False)

    op.create_table('case_referral',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('target', sa.String(length=10), nullable=False),
    sa.Column('referred_on', sa.Date(), nullable=False),
    sa.Column('number', sa.String(length=80), nullable=False),
    sa.Column('receiving_body', sa.String(length=200), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_referral_case_id_wage_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_referral')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_referral_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_referral_change_seq'), ['change_seq'], unique=False)

    op.create_table('case_step',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('from_status', sa.String(length=20), nullable=False),
    sa.Column('to_status', sa.String(length=20), nullable=False),
    sa.Column('step_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_step_case_id_wage_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_step')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_step_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_step_change_seq'), ['change_seq'], unique=False)

    op.create_table('case_worker',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('worker_id', sa.String(length=36), nullable=False),
    sa.Column('months_owed', sa.Integer(), nullable=False),
    sa.Column('amount_owed_fen', sa.BigInteger(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_worker_case_id_wage_case')),
    sa.ForeignKeyConstraint(['worker_id'], ['arrears_worker.id'], name=op.f('fk_case_worker_worker_id_arrears_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_worker')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_worker', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_worker_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index('ix_case_worker_pair', ['case_id', 'worker_id'], unique=True)
        batch_op.create_index(batch_op.f('ix_case_worker_worker_id'), ['worker_id'], unique=False)

    op.create_table('case_link',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('inspection_id', sa.String(length=36), nullable=True),
    sa.Column('order_id', sa.String(length=36), nullable=True),
    sa.Column('orders_payment', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_link_case_id_wage_case')),
    sa.ForeignKeyConstraint(['inspection_id'], ['inspection.id'], name=op.f('fk_case_link_inspection_id_inspection')),
    sa.ForeignKeyConstraint(['order_id'], ['rectification_order.id'], name=op.f('fk_case_link_order_id_rectification_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_link')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_link_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_link_change_seq'), ['change_seq'], unique=False)

    op.create_table('case_payment',
    sa.Column('case_id', sa.String(length=36), nullable=False),
    sa.Column('case_worker_id', sa.String(length=36), nullable=True),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('amount_fen', sa.BigInteger(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('rev', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.String(length=24), nullable=False),
    sa.Column('base_version', sa.String(length=24), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('origin_device', sa.String(length=36), nullable=True),
    sa.Column('tombstone', sa.Boolean(), nullable=False),
    sa.Column('change_seq', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['wage_case.id'], name=op.f('fk_case_payment_case_id_wage_case')),
    sa.ForeignKeyConstraint(['case_worker_id'], ['case_worker.id'], name=op.f('fk_case_payment_case_worker_id_case_worker')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_case_payment')),
    info={'bundled': False}
    )
    with op.batch_alter_table('case_payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_payment_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_payment_change_seq'), ['change_seq'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_payment_paid_on'), ['paid_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('case_payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_payment_paid_on'))
        batch_op.drop_index(batch_op.f('ix_case_payment_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_payment_case_id'))

    op.drop_table('case_payment')
    with op.batch_alter_table('case_link', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_link_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_link_case_id'))

    op.drop_table('case_link')
    with op.batch_alter_table('case_worker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_worker_worker_id'))
        batch_op.drop_index('ix_case_worker_pair')
        batch_op.drop_index(batch_op.f('ix_case_worker_change_seq'))

    op.drop_table('case_worker')
    with op.batch_alter_table('case_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_step_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_step_case_id'))

    op.drop_table('case_step')
    with op.batch_alter_table('case_referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_referral_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_referral_case_id'))

    op.drop_table('case_referral')
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_party_change_seq'))
        batch_op.drop_index(batch_op.f('ix_case_party_case_id'))

    op.drop_table('case_party')
    with op.batch_alter_table('case_inspector', schema=None) as batch_op:
        batch_op.drop_index('ix_case_inspector_pair')
        batch_op.drop_index(batch_op.f('ix_case_inspector_change_seq'))

    op.drop_table('case_inspector')
    with op.batch_alter_table('wage_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_wage_case_status'))
        batch_op.drop_index('ix_wage_case_source_ref')
        batch_op.drop_index(batch_op.f('ix_wage_case_source'))
        batch_op.drop_index(batch_op.f('ix_wage_case_site_id'))
        batch_op.drop_index(batch_op.f('ix_wage_case_received_on'))
        batch_op.drop_index(batch_op.f('ix_wage_case_employer_id'))
        batch_op.drop_index(batch_op.f('ix_wage_case_change_seq'))
        batch_op.drop_index(batch_op.f('ix_wage_case_campaign_id'))
        batch_op.drop_index(batch_op.f('ix_wage_case_area'))

    op.drop_table('wage_case')
    with op.batch_alter_table('clearance_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_clearance_target_change_seq'))

    op.drop_table('clearance_target')
    with op.batch_alter_table('campaign', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_campaign_change_seq'))

    op.drop_table('campaign')
    with op.batch_alter_table('arrears_worker', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_arrears_worker_change_seq'))

    op.drop_table('arrears_worker')

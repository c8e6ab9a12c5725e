"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-29 13:27:24.640615
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('community',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('region', sa.String(length=300), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('frame_key', sa.String(length=60), nullable=True),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community')),
    sa.UniqueConstraint('uuid', name=op.f('uq_community_uuid'))
    )
    op.create_table('actor',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('helix_role', sa.String(length=40), nullable=False),
    sa.Column('knowledge', sa.Text(), nullable=False),
    sa.Column('contact', sa.String(length=300), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_actor_community_id_community'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_actor')),
    sa.UniqueConstraint('uuid', name=op.f('uq_actor_uuid'))
    )
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_community_id'), ['community_id'], unique=False)

    op.create_table('intervisie_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('location', sa.String(length=300), nullable=False),
    sa.Column('facilitator', sa.String(length=300), nullable=False),
    sa.Column('model_id', sa.String(length=80), nullable=False),
    sa.Column('model_version', sa.String(length=20), nullable=False),
    sa.Column('current_stage', sa.String(length=20), nullable=False),
    sa.Column('stage_reached', sa.String(length=20), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('continues_from_id', sa.Integer(), nullable=True),
    sa.Column('development_path', sa.String(length=60), nullable=True),
    sa.Column('development_path_reason', sa.Text(), nullable=False),
    sa.Column('ambition', sa.Text(), nullable=False),
    sa.Column('summary_note', sa.Text(), nullable=False),
    sa.Column('next_session_on', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("state IN ('open', 'closed')", name=op.f('ck_intervisie_session_state')),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_intervisie_session_community_id_community'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['continues_from_id'], ['intervisie_session.id'], name=op.f('fk_intervisie_session_continues_from_id_intervisie_session'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_intervisie_session')),
    sa.UniqueConstraint('uuid', name=op.f('uq_intervisie_session_uuid'))
    )
    with op.batch_alter_table('intervisie_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intervisie_session_community_id'), ['community_id'], unique=False)

    op.create_table('action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('owner', sa.String(length=300), nullable=False),
    sa.Column('partners', sa.JSON(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('indicator', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('characteristics', sa.JSON(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'bezig', 'gereed', 'gestopt')", name=op.f('ck_action_status')),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_action_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_uuid'))
    )
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_session_id'), ['session_id'], unique=False)

    op.create_table('assessment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('element_key', sa.String(length=60), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('context_note', sa.Text(), nullable=False),
    sa.Column('carried', sa.Boolean(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('status IS NULL OR (status >= 1 AND status <= 9)', name=op.f('ck_assessment_status_range')),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_assessment_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assessment')),
    sa.UniqueConstraint('session_id', 'element_key', name='session_element'),
    sa.UniqueConstraint('uuid', name=op.f('uq_assessment_uuid'))
    )
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assessment_session_id'), ['session_id'], unique=False)

    op.create_table('monitoring_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('indicator', 'review')", name=op.f('ck_monitoring_item_kind')),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_monitoring_item_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_monitoring_item')),
    sa.UniqueConstraint('uuid', name=op.f('uq_monitoring_item_uuid'))
    )
    with op.batch_alter_table('monitoring_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_monitoring_item_session_id'), ['session_id'], unique=False)

    op.create_table('observation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('element_key', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('status', sa.Integer(), nullable=True),
    sa.Column('complexity', sa.String(length=20), nullable=True),
    sa.Column('transition', sa.Integer(), nullable=True),
    sa.Column('carried', sa.Boolean(), nullable=False),
    sa.Column('carried_from_uuid', sa.String(length=36), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("complexity IS NULL OR complexity IN ('enkelvoudig', 'gecompliceerd', 'complex')", name=op.f('ck_observation_complexity')),
    sa.CheckConstraint('status IS NULL OR (status >= 1 AND status <= 9)', name=op.f('ck_observation_status_range')),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_observation_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_observation')),
    sa.UniqueConstraint('uuid', name=op.f('uq_observation_uuid'))
    )
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_observation_element_key'), ['element_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_observation_session_id'), ['session_id'], unique=False)

    op.create_table('participant',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('organisation', sa.String(length=300), nullable=False),
    sa.Column('helix_role', sa.String(length=40), nullable=False),
    sa.Column('role_in_session', sa.String(length=120), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actor.id'], name=op.f('fk_participant_actor_id_actor'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_participant_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_participant')),
    sa.UniqueConstraint('uuid', name=op.f('uq_participant_uuid'))
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_session_id'), ['session_id'], unique=False)

    op.create_table('session_theme',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('theme_key', sa.String(length=60), nullable=True),
    sa.Column('label', sa.String(length=300), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_session_theme_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_session_theme')),
    sa.UniqueConstraint('uuid', name=op.f('uq_session_theme_uuid'))
    )
    with op.batch_alter_table('session_theme', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_session_theme_session_id'), ['session_id'], unique=False)

    op.create_table('step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_step_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_step')),
    sa.UniqueConstraint('uuid', name=op.f('uq_step_uuid'))
    )
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_step_session_id'), ['session_id'], unique=False)

    op.create_table('action_review',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("outcome IN ('gereed', 'doorgezet', 'gestopt')", name=op.f('ck_action_review_outcome')),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_review_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_action_review_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_review')),
    sa.UniqueConstraint('uuid', name=op.f('uq_action_review_uuid'))
    )
    with op.batch_alter_table('action_review', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_action_review_action_id'), ['action_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_review_session_id'), ['session_id'], unique=False)

    op.create_table('action_theme',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('session_theme_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_theme_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['session_theme_id'], ['session_theme.id'], name=op.f('fk_action_theme_session_theme_id_session_theme'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'session_theme_id', name=op.f('pk_action_theme'))
    )
    op.create_table('focus_point',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('element_key', sa.String(length=60), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('votes', sa.Integer(), nullable=False),
    sa.Column('observation_id', sa.Integer(), nullable=True),
    sa.Column('uuid', sa.String(length=36), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('votes >= 0', name=op.f('ck_focus_point_votes_positive')),
    sa.ForeignKeyConstraint(['observation_id'], ['observation.id'], name=op.f('fk_focus_point_observation_id_observation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['session_id'], ['intervisie_session.id'], name=op.f('fk_focus_point_session_id_intervisie_session'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_focus_point')),
    sa.UniqueConstraint('uuid', name=op.f('uq_focus_point_uuid'))
    )
    with op.batch_alter_table('focus_point', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_focus_point_session_id'), ['session_id'], unique=False)

    op.create_table('action_focus',
    sa.Column('action_id', sa.Integer(), nullable=False),
    sa.Column('focus_point_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['action_id'], ['action.id'], name=op.f('fk_action_focus_action_id_action'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['focus_point_id'], ['focus_point.id'], name=op.f('fk_action_focus_focus_point_id_focus_point'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('action_id', 'focus_point_id', name=op.f('pk_action_focus'))
    )


def downgrade() -> None:
    op.drop_table('action_focus')
    with op.batch_alter_table('focus_point', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_focus_point_session_id'))

    op.drop_table('focus_point')
    op.drop_table('action_theme')
    with op.batch_alter_table('action_review', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_review_session_id'))
        batch_op.drop_index(batch_op.f('ix_action_review_action_id'))

    op.drop_table('action_review')
    with op.batch_alter_table('step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_step_session_id'))

    op.drop_table('step')
    with op.batch_alter_table('session_theme', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_session_theme_session_id'))

    op.drop_table('session_theme')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_session_id'))

    op.drop_table('participant')
    with op.batch_alter_table('observation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_observation_session_id'))
        batch_op.drop_index(batch_op.f('ix_observation_element_key'))

    op.drop_table('observation')
    with op.batch_alter_table('monitoring_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_monitoring_item_session_id'))

    op.drop_table('monitoring_item')
    with op.batch_alter_table('assessment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assessment_session_id'))

    op.drop_table('assessment')
    with op.batch_alter_table('action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_action_session_id'))

    op.drop_table('action')
    with op.batch_alter_table('intervisie_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intervisie_session_community_id'))

    op.drop_table('intervisie_session')
    with op.batch_alter_table('actor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_community_id'))

    op.drop_table('actor')
    op.drop_table('community')

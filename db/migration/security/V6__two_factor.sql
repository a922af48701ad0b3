-- Two-factor sign-in (TOTP, RFC 6238; ADR 0034). One row per account that started enrolling: the
-- shared secret, when the enrolment was confirmed with a code (null: not yet, the secret is not in
-- use), and the last 30-second step whose code was accepted, so that a code works once.
create table security.two_factor (
    account_id     uuid primary key references security.user_account (id),
    secret         bytea not null,
    started_at     timestamptz not null,
    confirmed_at   timestamptz,
    last_used_step bigint
);

-- Ten single-use recovery codes per enrolment, kept as password hashes; a used code keeps its row.
create table security.two_factor_recovery_code (
    id         uuid primary key,
    account_id uuid not null references security.user_account (id),
    code_hash  text not null,
    used_at    timestamptz
);
create index two_factor_recovery_code_unused on security.two_factor_recovery_code (account_id) where used_at is null;

-- An administrator's requirement: for one account, or for everyone holding a role.
alter table security.user_account add column two_factor_required boolean not null default false;

create table security.two_factor_required_role (
    role text primary key,
    constraint two_factor_required_role_known check (role in ('FRONT_DESK', 'THERAPIST', 'SUPERVISOR', 'ADMIN'))
);

-- Module security: sign-in lock-out, break-glass grants, the link from account to staff member.

-- One account per staff member.
create unique index user_account_staff_id_key on security.user_account (staff_id) where staff_id is not null;

-- Failed sign-ins per typed user name (lower case), known account or not, so that a lock-out says
-- nothing about whether the account exists.
create table security.sign_in_failure (
    id           bigint generated always as identity primary key,
    username_key text not null,
    failed_at    timestamptz not null,
    ip_address   text
);
create index sign_in_failure_by_user on security.sign_in_failure (username_key, failed_at);

create table security.sign_in_lock (
    username_key text primary key,
    locked_at    timestamptz not null,
    locked_until timestamptz not null
);

-- A therapist or supervisor opening a couple outside their care team, with a reason, for one hour.
create table security.break_glass_grant (
    id         uuid primary key,
    account_id uuid not null references security.user_account (id),
    staff_id   uuid not null,
    username   text not null,
    couple_id  uuid not null,
    reason     text not null,
    granted_at timestamptz not null,
    expires_at timestamptz not null,
    constraint break_glass_reason_given check (length(trim(reason)) >= 10),
    constraint break_glass_expires_after_grant check (expires_at > granted_at)
);
create index break_glass_grant_active on security.break_glass_grant (staff_id, couple_id, expires_at);
create index break_glass_grant_by_time on security.break_glass_grant (granted_at);

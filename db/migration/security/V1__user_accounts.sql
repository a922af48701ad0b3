-- Module security: user accounts and their roles.
create schema if not exists security;

create table security.user_account (
    id                   uuid primary key,
    username             text not null,
    display_name         text not null,
    email                text,
    password_hash        text not null,
    enabled              boolean not null default true,
    must_change_password boolean not null default true,
    staff_id             uuid,
    created_at           timestamptz not null default now(),
    password_changed_at  timestamptz,
    constraint user_account_username_not_blank check (length(trim(username)) > 0),
    constraint user_account_display_name_not_blank check (length(trim(display_name)) > 0)
);

-- user names are compared without regard to case: "HOkafor" signs in as "hokafor"
create unique index user_account_username_key on security.user_account (lower(username));

create table security.user_role (
    account_id uuid not null references security.user_account (id),
    role       text not null,
    primary key (account_id, role),
    constraint user_role_known check (role in ('FRONT_DESK', 'THERAPIST', 'SUPERVISOR', 'ADMIN'))
);

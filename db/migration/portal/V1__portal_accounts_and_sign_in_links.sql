-- Module portal (ADR 0041): the partners' own sign-in, apart from the staff accounts.
create schema if not exists portal;

-- One portal account per partner (person) in one couple. The address is the partner's email on
-- record when they were invited; sign-in links go only there.
create table portal.account (
    id              uuid primary key,
    -- ids of other modules, no foreign keys (architecture.md)
    couple_id       uuid not null,
    person_id       uuid not null,
    email           text not null,
    status          text not null,
    invited_at      timestamptz not null,
    invited_by      text not null,
    invitations     integer not null default 1,
    last_sign_in_at timestamptz,
    disabled_at     timestamptz,
    disabled_by     text,
    constraint account_status_known check (status in ('INVITED', 'ACTIVE', 'DISABLED')),
    constraint account_disabled_with_who check (status <> 'DISABLED' or (disabled_at is not null and disabled_by is not null))
);
create unique index account_partner_in_couple on portal.account (couple_id, person_id);
-- an address signs in to one account at a time
create unique index account_live_email on portal.account (lower(email)) where status <> 'DISABLED';

-- One-time sign-in links. Only a SHA-256 hash of the token is kept; a used or expired row stays
-- until it is cleared, so that the sign-in page can say why a link no longer works.
create table portal.sign_in_token (
    token_hash  text primary key,
    account_id  uuid not null references portal.account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index sign_in_token_account on portal.sign_in_token (account_id);
create index sign_in_token_expires on portal.sign_in_token (expires_at);

-- Every request for a sign-in link by address (lower case), known or not, for the rate limit.
create table portal.link_request (
    id           bigint generated always as identity primary key,
    email_key    text not null,
    requested_at timestamptz not null
);
create index link_request_email on portal.link_request (email_key, requested_at);

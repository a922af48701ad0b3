-- Short-lived API tokens: an API client exchanges its user name and password (HTTP Basic, one
-- password-hash check) for a bearer token, then calls the API with the token (one indexed lookup
-- per request). Only the token's SHA-256 is stored; the token itself is shown once.
create table security.api_token (
    id          uuid primary key,
    account_id  uuid not null references security.user_account (id),
    token_hash  bytea not null,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    constraint api_token_expires_after_creation check (expires_at > created_at)
);

create unique index api_token_hash_key on security.api_token (token_hash);
create index api_token_account on security.api_token (account_id);

-- Issue 23 (ADR 0055): a partner may add a password and a second factor (an authenticator app) to the
-- one-time links. The password is kept as a hash like staff passwords; the app's secret sealed with the
-- server's two-factor key for this account only. A secret without confirmed_at is an enrolment not yet
-- confirmed with a code, and not asked for at sign-in.
alter table portal.account
    add column password_hash           text,
    add column password_set_at         timestamptz,
    add column totp_secret             bytea,
    add column totp_confirmed_at       timestamptz,
    -- the last 30-second step whose code was taken, so that a code works once
    add column totp_last_step          bigint,
    add column totp_reset_at           timestamptz,
    add column totp_reset_by           text,
    add constraint account_totp_confirmed_with_secret check (totp_confirmed_at is null or totp_secret is not null);

-- Module assessments: one-time kiosk links. A therapist opens one for one partner and one instrument;
-- the partner fills in the form on the clinic's tablet without signing in. Only a SHA-256 hash of the
-- token is kept: the token itself is in the link, nowhere else.

create table assessments.kiosk_link (
    id                  uuid primary key,
    token_hash          text not null unique,
    couple_id           uuid not null,
    partner_id          uuid not null,
    -- to greet the partner on the tablet; the only personal detail kept here
    partner_first_name  text not null,
    episode_id          uuid,
    instrument_code     text not null references assessments.instrument (code),
    opened_by_name      text not null,
    opened_by_staff_id  uuid,
    created_at          timestamptz not null,
    expires_at          timestamptz not null,
    used_at             timestamptz,
    administration_id   uuid references assessments.administration (id)
);

-- A partner asks the front desk to cancel or move one of their sessions (ADR 0041). The request
-- keeps what the partner was shown: the session's start and whether cancelling then was late.
create table portal.session_request (
    id             uuid primary key,
    account_id     uuid not null references portal.account (id),
    couple_id      uuid not null,
    person_id      uuid not null,
    appointment_id uuid not null,
    kind           text not null,
    session_start  timestamptz not null,
    late           boolean not null,
    notice         text not null,
    note           text not null default '',
    requested_at   timestamptz not null,
    handled_at     timestamptz,
    handled_by     text,
    constraint session_request_kind_known check (kind in ('CANCEL', 'MOVE')),
    constraint session_request_handled_with_who check ((handled_at is null) = (handled_by is null))
);
create index session_request_account on portal.session_request (account_id);
create index session_request_couple on portal.session_request (couple_id, requested_at);
create index session_request_open on portal.session_request (requested_at) where handled_at is null;

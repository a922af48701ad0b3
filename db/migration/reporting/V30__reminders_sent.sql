-- Sessions a reminder went out for (ADR 0046), from notifications' MessageSent of a reminder, keyed
-- by the session and couple as reporting.session is: the engagement report compares no-shows and
-- late cancellations of sessions with and without one.
create table reporting.session_reminder (
    appointment_id uuid not null,
    couple_id      uuid not null,
    first_sent_at  timestamptz not null,
    primary key (appointment_id, couple_id)
);

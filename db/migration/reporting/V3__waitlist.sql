-- Waits on scheduling's waitlist, from CoupleWaitlisted and CoupleLeftWaitlist (ADR 0015), keyed by
-- the entry's id. Either event may come first: each upserts what it knows.
create table reporting.waitlist_entry (
    entry_id               uuid primary key,
    couple_id              uuid not null,
    preferred_therapist_id uuid,
    priority               text,
    waitlisted_on          date not null,
    left_on                date,
    left_reason            text
);

create index waitlist_entry_period on reporting.waitlist_entry (waitlisted_on, left_on);

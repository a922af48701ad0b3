-- Module staff: who supervises whom, and since when. Links are never deleted: assigning a new
-- supervisor ends the current link on the day the new one starts, so the history stays.

create table staff.supervision (
    id            uuid primary key,
    supervisee_id uuid not null references staff.staff_member (id),
    supervisor_id uuid not null references staff.staff_member (id),
    -- the first day of the link
    starts_on     date not null,
    -- the first day it no longer holds (exclusive); null while it lasts. Equal to starts_on for a
    -- link that was ended before it began.
    ends_on       date,
    created_at    timestamptz not null default now(),
    constraint supervision_not_oneself check (supervisee_id <> supervisor_id),
    constraint supervision_ends_after_start check (ends_on is null or ends_on >= starts_on),
    -- a supervisee has at most one supervisor on any day (btree_gist comes with the root migration)
    constraint supervision_one_supervisor_at_a_time
        exclude using gist (supervisee_id with =, daterange(starts_on, ends_on) with &&)
);

create index supervision_by_supervisor on staff.supervision (supervisor_id, starts_on);

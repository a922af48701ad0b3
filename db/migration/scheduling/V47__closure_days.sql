-- Clinic closure days (ADR 0060): a day or a run of days the whole clinic is shut ("Christmas",
-- 24 December to 1 January). A series skips them, a single session on one is booked only when
-- someone says "book anyway", waitlist suggestions never fall on them. Past closures are kept.
-- Two closures never overlap: PostgreSQL refuses it, however many administrators add one at once.
create table scheduling.closure_day (
    id         uuid primary key,
    name       text not null,
    first_day  date not null,
    last_day   date not null,
    added_at   timestamptz not null,
    added_by   text not null,
    constraint closure_day_name_size check (char_length(name) between 1 and 100),
    constraint closure_day_in_order check (last_day >= first_day),
    constraint closure_day_no_overlap exclude using gist (daterange(first_day, last_day, '[]') with &&)
);

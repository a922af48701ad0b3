-- Module scheduling: locations and rooms, therapists' working hours and time off, appointments with
-- their recurring series and move history, workshop enrolments, the waitlist and calendar feeds
-- (ADR 0011). Therapists and couples are ids from other modules: no keys across schemas.

create table scheduling.location (
    id         uuid primary key,
    name       text not null,
    address    text,
    active     boolean not null default true,
    created_at timestamptz not null,
    constraint location_name_given check (length(trim(name)) > 0)
);
create unique index location_name_once on scheduling.location (lower(name));

create table scheduling.room (
    id          uuid primary key,
    location_id uuid not null references scheduling.location (id),
    name        text not null,
    capacity    integer not null,
    active      boolean not null default true,
    created_at  timestamptz not null,
    constraint room_name_given check (length(trim(name)) > 0),
    constraint room_capacity_sensible check (capacity between 1 and 500)
);
create unique index room_name_once_per_location on scheduling.room (location_id, lower(name));

-- A therapist's usual week: one or more blocks per ISO weekday (1 = Monday), in the clinic's time zone.
create table scheduling.working_hours (
    id           uuid primary key,
    therapist_id uuid not null,
    weekday      smallint not null,
    starts_at    time not null,
    ends_at      time not null,
    constraint working_hours_weekday_known check (weekday between 1 and 7),
    constraint working_hours_in_order check (ends_at > starts_at)
);
create index working_hours_by_therapist on scheduling.working_hours (therapist_id, weekday);

create table scheduling.time_off (
    id           uuid primary key,
    therapist_id uuid not null,
    during       tstzrange not null,
    reason       text not null,
    created_at   timestamptz not null,
    created_by   text not null,
    constraint time_off_bounded check (not isempty(during) and not lower_inf(during) and not upper_inf(during)),
    constraint time_off_reason_given check (length(trim(reason)) > 0)
);
create index time_off_by_therapist on scheduling.time_off using gist (therapist_id, during);

-- A recurring series: weekly or every two weeks, for a number of sessions or until a day.
create table scheduling.series (
    id          uuid primary key,
    frequency   text not null,
    occurrences integer,
    until       date,
    created_at  timestamptz not null,
    created_by  text not null,
    constraint series_frequency_known check (frequency in ('WEEKLY', 'FORTNIGHTLY')),
    constraint series_has_an_end check ((occurrences is null) <> (until is null)),
    constraint series_occurrences_sensible check (occurrences is null or occurrences between 1 and 52)
);

create table scheduling.appointment (
    id                    uuid primary key,
    kind                  text not null,
    status                text not null,
    couple_id             uuid,
    partner_id            uuid,
    episode_id            uuid,
    therapist_id          uuid not null,
    co_therapist_id       uuid,
    room_id               uuid references scheduling.room (id),
    telehealth            boolean not null,
    meeting_link          text,
    title                 text,
    capacity              integer,
    during                tstzrange not null,
    series_id             uuid references scheduling.series (id),
    series_index          integer,
    hours_override_reason text,
    cancelled_by          text,
    cancel_reason         text,
    late_cancellation     boolean,
    cancelled_at          timestamptz,
    checked_in_at         timestamptz,
    finished_at           timestamptz,
    created_at            timestamptz not null,
    created_by            text not null,
    updated_at            timestamptz not null,
    constraint appointment_kind_known check (kind in
        ('INTAKE', 'JOINT', 'INDIVIDUAL', 'HALF_DAY_INTENSIVE', 'FULL_DAY_INTENSIVE', 'WORKSHOP')),
    constraint appointment_status_known check (status in
        ('SCHEDULED', 'CHECKED_IN', 'COMPLETED', 'CANCELLED', 'NO_SHOW')),
    constraint appointment_time_sensible check (not isempty(during) and not lower_inf(during)
        and not upper_inf(during) and upper(during) - lower(during) <= interval '12 hours'),
    constraint appointment_couple_unless_workshop check ((kind = 'WORKSHOP') = (couple_id is null)),
    constraint appointment_partner_only_individual check ((kind = 'INDIVIDUAL') = (partner_id is not null)),
    constraint appointment_workshop_has_title_and_capacity
        check ((kind = 'WORKSHOP') = (title is not null and capacity is not null and capacity > 0)),
    constraint appointment_place check ((telehealth and room_id is null and meeting_link is not null)
        or (not telehealth and room_id is not null)),
    constraint appointment_co_therapist_differs check (co_therapist_id is null or co_therapist_id <> therapist_id),
    constraint appointment_cancellation_complete check ((status = 'CANCELLED')
        = (cancelled_by is not null and cancel_reason is not null and cancelled_at is not null
           and late_cancellation is not null)),
    constraint appointment_cancelled_by_known check (cancelled_by is null or cancelled_by in ('CLINIC', 'CLIENT')),
    constraint appointment_series_position check ((series_id is null) = (series_index is null))
);
create index appointment_by_couple_and_start on scheduling.appointment (couple_id, lower(during))
    where couple_id is not null;
create index appointment_by_start on scheduling.appointment (lower(during));
create index appointment_by_series on scheduling.appointment (series_id, series_index) where series_id is not null;

-- What an appointment holds: its therapists, its room and every person attending, each for its time.
-- No two held (not released) occupancies of the same resource may overlap: PostgreSQL refuses the
-- second booking, however many arrive at once. Ranges are [start, end), so back-to-back is fine.
-- Cancelling releases the occupancies (they stay, for the record) so a cancelled slot can be booked.
create table scheduling.occupancy (
    appointment_id uuid not null references scheduling.appointment (id),
    resource       text not null,
    resource_id    uuid not null,
    couple_id      uuid,
    during         tstzrange not null,
    released_at    timestamptz,
    primary key (appointment_id, resource, resource_id),
    constraint occupancy_resource_known check (resource in ('THERAPIST', 'ROOM', 'PERSON')),
    constraint occupancy_no_double_booking exclude using gist
        (resource with =, resource_id with =, during with &&) where (released_at is null)
);
-- the calendar of one therapist, room or person: a bounded range of starts (no appointment is longer
-- than 12 hours), so a week reads that week's entries only, however large the table grows
create index occupancy_by_resource_and_start on scheduling.occupancy (resource_id, lower(during));

-- Where an appointment was before each move.
create table scheduling.appointment_move (
    id             bigint generated always as identity primary key,
    appointment_id uuid not null references scheduling.appointment (id),
    from_during    tstzrange not null,
    to_during      tstzrange not null,
    from_room_id   uuid,
    to_room_id     uuid,
    reason         text,
    moved_at       timestamptz not null,
    moved_by       text not null
);
create index appointment_move_by_appointment on scheduling.appointment_move (appointment_id, id);

-- The couples enrolled in a workshop; their partners' occupancies carry the couple id.
create table scheduling.workshop_enrolment (
    appointment_id uuid not null references scheduling.appointment (id),
    couple_id      uuid not null,
    episode_id     uuid,
    enrolled_at    timestamptz not null,
    enrolled_by    text not null,
    withdrawn_at   timestamptz,
    primary key (appointment_id, couple_id)
);
create index workshop_enrolment_by_couple on scheduling.workshop_enrolment (couple_id);

-- Couples waiting for a first slot.
create table scheduling.waitlist_entry (
    id                     uuid primary key,
    couple_id              uuid not null,
    preferred_therapist_id uuid,
    preferred_days         smallint[] not null default '{}',
    earliest               time,
    latest                 time,
    priority               text not null,
    note                   text,
    added_at               timestamptz not null,
    added_by               text not null,
    closed_at              timestamptz,
    closed_reason          text,
    appointment_id         uuid references scheduling.appointment (id),
    constraint waitlist_priority_known check (priority in ('URGENT', 'HIGH', 'NORMAL')),
    constraint waitlist_days_known check (preferred_days <@ array[1, 2, 3, 4, 5, 6, 7]::smallint[]),
    constraint waitlist_times_in_order check (earliest is null or latest is null or latest > earliest),
    constraint waitlist_closed_with_reason check ((closed_at is null) = (closed_reason is null)),
    constraint waitlist_closed_reason_known check (closed_reason is null or closed_reason in ('BOOKED', 'WITHDRAWN'))
);
-- a couple waits once
create unique index waitlist_one_open_entry_per_couple on scheduling.waitlist_entry (couple_id) where closed_at is null;

-- A therapist's secret calendar-feed address, for calendar apps that can't sign in; only its hash is kept.
create table scheduling.calendar_feed (
    therapist_id uuid primary key,
    token_hash   text not null unique,
    created_at   timestamptz not null
);

-- Module assessments: when measures fall due. Kept from clients' EpisodeOpened and scheduling's
-- SessionCompleted (ADR 0013): a baseline when an episode opens (taken at its first joint session),
-- a review after every n-th completed joint session, and a closing measure when the therapist
-- plans the ending. A due measure is taken once each partner has an administration of the episode
-- on or after the day it fell due.

create table assessments.episode_tracking (
    episode_id      uuid primary key,
    couple_id       uuid not null,
    opened_on       date not null,
    closed_on       date,
    joint_sessions  int not null default 0
);

create index episode_tracking_couple on assessments.episode_tracking (couple_id);

-- Each completed session counted once, whatever how often the event is delivered.
create table assessments.counted_session (
    appointment_id  uuid primary key,
    episode_id      uuid not null references assessments.episode_tracking (episode_id),
    session_day     date not null,
    counted_at      timestamptz not null
);

create table assessments.measure_due (
    id              uuid primary key,
    episode_id      uuid not null references assessments.episode_tracking (episode_id),
    couple_id       uuid not null,
    occasion        text not null,
    -- for a review: after how many completed joint sessions; 0 for the baseline and the closing measure
    after_sessions  int not null default 0,
    due_from        date not null,
    created_at      timestamptz not null,
    constraint measure_due_occasion check (occasion in ('BASELINE', 'REVIEW', 'CLOSING')),
    constraint measure_due_once unique (episode_id, occasion, after_sessions)
);

create index measure_due_couple on assessments.measure_due (couple_id);

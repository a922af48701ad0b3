-- Module assessments: a course plan (treatment plan) per episode of care (ADR 0038). Each save keeps a
-- new version of the goals and outcome targets, so nothing the couple's file once said is lost; reviews
-- record the therapist's progress per goal, on the measure schedule's review sessions.

create table assessments.course_plan (
    id                 uuid primary key,
    couple_id          uuid not null,
    episode_id         uuid not null unique,
    created_at         timestamptz not null
);

create index course_plan_couple on assessments.course_plan (couple_id);

-- The goals (each drawn from the vision, a chosen behaviour change request or an exit being closed,
-- with a target and a review day) and the outcome targets, as Java validated them.
create table assessments.course_plan_version (
    plan_id            uuid not null references assessments.course_plan (id),
    version            int not null,
    payload            jsonb not null,
    saved_by_id        uuid not null,
    saved_by_name      text not null,
    saved_at           timestamptz not null,
    primary key (plan_id, version),
    constraint course_plan_version_payload_size check (char_length(payload::text) <= 2000000)
);

create table assessments.course_plan_review (
    id                 uuid primary key,
    plan_id            uuid not null references assessments.course_plan (id),
    reviewed_on        date not null,
    -- the measure review it belongs to: after how many completed joint sessions; null when none had fallen due
    after_sessions     int,
    payload            jsonb not null,
    reviewed_by_id     uuid not null,
    reviewed_by_name   text not null,
    recorded_at        timestamptz not null,
    constraint course_plan_review_payload_size check (char_length(payload::text) <= 2000000)
);

create index course_plan_review_plan on assessments.course_plan_review (plan_id, reviewed_on desc);

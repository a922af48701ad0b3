-- Reporting's read models (ADR 0015): filled only from other modules' events, keyed by the events'
-- own ids so that a redelivered event changes nothing, and rebuilt from the archived publications.
-- No foreign keys: events may arrive in any order.

-- One row per couple: what intake said that reports filter by. No names.
create table reporting.couple (
    couple_id     uuid primary key,
    registered_on date not null,
    life_stage    text,
    concern_tags  text[] not null default '{}'
);

-- Pre-aggregated facts per episode of care, recomputed for the one episode whenever one of its
-- events arrives, so that reports never scan sessions or measures per request.
create table reporting.episode_fact (
    episode_id           uuid primary key,
    couple_id            uuid not null,
    opened_on            date not null,
    closed_on            date,
    ending               text,
    primary_therapist_id uuid,
    co_therapist_id      uuid,
    registered_on        date,
    life_stage           text,
    concern_tags         text[] not null default '{}',
    first_of_couple      boolean not null default true,
    sessions_attended    int not null default 0,
    sessions_missed      int not null default 0,
    late_cancellations   int not null default 0,
    first_session_on     date,
    last_measure_on      date,
    dialogues            int not null default 0,
    requests_made        int not null default 0,
    requests_followed_up int not null default 0,
    requests_kept        int not null default 0
);
create index episode_fact_opened_idx on reporting.episode_fact (opened_on);
-- "active at some time in the period": an overlap of the episode's days with the period's
create index episode_fact_active_idx on reporting.episode_fact using gist (daterange(opened_on, closed_on, '[]'));
create index episode_fact_closed_idx on reporting.episode_fact (closed_on);
create index episode_fact_therapist_idx on reporting.episode_fact (primary_therapist_id, opened_on);
create index episode_fact_couple_idx on reporting.episode_fact (couple_id);
create index episode_fact_concerns_idx on reporting.episode_fact using gin (concern_tags);

-- Each partner's baseline and latest score per instrument in an episode (from reporting.measure).
create table reporting.partner_outcome (
    episode_id      uuid not null,
    partner_id      uuid not null,
    instrument_code text not null,
    couple_id       uuid not null,
    baseline_score  int not null,
    baseline_on     date not null,
    current_score   int not null,
    current_on      date not null,
    measures        int not null,
    primary key (episode_id, partner_id, instrument_code)
);

-- The outcomes report's one table: per episode and instrument, both partners' baseline, current and
-- number of scores (partner a: the lower partner id), with the episode's filter columns copied in,
-- so that a year's report is one scan of one table grouped by therapist, with no join (ADR 0015).
create table reporting.couple_outcome (
    episode_id           uuid not null,
    instrument_code      text not null,
    couple_id            uuid not null,
    opened_on            date not null,
    closed_on            date,
    primary_therapist_id uuid,
    co_therapist_id      uuid,
    life_stage           text,
    concern_tags         text[] not null default '{}',
    a_baseline           int,
    a_current            int,
    a_measures           int not null default 0,
    b_baseline           int,
    b_current            int,
    b_measures           int not null default 0,
    primary key (episode_id, instrument_code)
);
create index couple_outcome_active_idx on reporting.couple_outcome
    using gist (daterange(opened_on, closed_on, '[]'));
create index couple_outcome_therapist_idx on reporting.couple_outcome (primary_therapist_id, opened_on);
create index couple_outcome_couple_idx on reporting.couple_outcome (couple_id);

create table reporting.measure (
    administration_id uuid primary key,
    couple_id         uuid not null,
    partner_id        uuid not null,
    episode_id        uuid,
    instrument_code   text not null,
    score             int not null,
    clinical_range    boolean not null,
    administered_on   date not null
);
create index measure_episode_idx on reporting.measure (episode_id, partner_id, instrument_code, administered_on);
create index measure_couple_idx on reporting.measure (couple_id, administered_on);

-- A session per couple (a workshop has one row per couple enrolled, hence the pair key).
create table reporting.session (
    appointment_id uuid not null,
    couple_id      uuid not null,
    episode_id     uuid,
    therapist_id   uuid,
    kind           text not null,
    joint          boolean not null,
    starts_on      date not null,
    status         text not null,
    cancelled_by   text,
    late           boolean not null default false,
    primary key (appointment_id, couple_id)
);
create index session_day_idx on reporting.session (starts_on, therapist_id);
create index session_episode_idx on reporting.session (episode_id);
create index session_couple_idx on reporting.session (couple_id, starts_on);

create table reporting.exercise (
    exercise_id uuid primary key,
    kind        text not null,
    couple_id   uuid not null,
    episode_id  uuid not null,
    recorded_on date not null,
    mirroring   int,
    summary     int,
    validation  int,
    empathy     int
);
create index exercise_episode_idx on reporting.exercise (episode_id, recorded_on);
create index exercise_day_idx on reporting.exercise (recorded_on);

create table reporting.follow_up (
    follow_up_id   uuid primary key,
    request_id     uuid not null,
    couple_id      uuid not null,
    episode_id     uuid not null,
    outcome        text not null,
    followed_up_on date not null
);
create index follow_up_request_idx on reporting.follow_up (request_id, followed_up_on);
create index follow_up_episode_idx on reporting.follow_up (episode_id);

create table reporting.note (
    note_id      uuid primary key,
    couple_id    uuid not null,
    episode_id   uuid not null,
    author_id    uuid not null,
    signed_on    date not null,
    co_signer_id uuid,
    co_signed_on date
);
create index note_episode_idx on reporting.note (episode_id);

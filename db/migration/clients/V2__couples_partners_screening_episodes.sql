-- Module clients: people (partners), couples, intake, consents, the suitability screen and episodes
-- of care (ADR 0009). Nothing is deleted: a person or a couple withdrawn from use carries deleted_at,
-- screens, decisions, consents and episode changes are kept as dated history.

-- A person is identified once in the clinic and may be a partner in several couples over the years.
create table clients.person (
    id                             uuid primary key,
    first_name                     text not null,
    last_name                      text not null,
    preferred_name                 text,
    pronouns                       text,
    date_of_birth                  date not null,
    email                          text,
    phone                          text,
    address                        text,
    emergency_contact_name         text,
    emergency_contact_phone        text,
    emergency_contact_relationship text,
    created_at                     timestamptz not null,
    updated_at                     timestamptz not null,
    deleted_at                     timestamptz,
    constraint person_names_given check (length(trim(first_name)) > 0 and length(trim(last_name)) > 0),
    constraint person_reachable check (email is not null or phone is not null),
    constraint person_email_shape check (email is null or email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'),
    constraint person_emergency_contact_complete
        check ((emergency_contact_name is null) = (emergency_contact_phone is null))
);
-- finding the same person again: date of birth with the name, or with the email address
create index person_by_birth_and_name on clients.person (date_of_birth, lower(last_name), lower(first_name))
    where deleted_at is null;
create index person_by_email on clients.person (lower(email)) where deleted_at is null and email is not null;

create table clients.couple (
    id                     uuid primary key,
    partner_a_id           uuid not null references clients.person (id),
    partner_b_id           uuid not null references clients.person (id),
    relationship_status    text not null,
    together_since         date,
    children_count         integer,
    children_ages          integer[] not null default '{}',
    referral_source        text,
    confidentiality_policy text not null,
    -- kept in step with the screens and decisions by the screening service, for the list and its filters
    screening_status       text not null default 'NOT_SCREENED',
    screening_flags        text[] not null default '{}',
    registered_at          timestamptz not null,
    registered_by          text not null,
    updated_at             timestamptz not null,
    deleted_at             timestamptz,
    constraint couple_two_different_partners check (partner_a_id <> partner_b_id),
    constraint couple_relationship_status_known check (relationship_status in
        ('DATING', 'ENGAGED', 'COHABITING', 'MARRIED', 'SEPARATED', 'OTHER')),
    constraint couple_confidentiality_policy_known check (confidentiality_policy in
        ('NO_SECRETS', 'CONFIDENTIAL_INDIVIDUAL_SESSIONS')),
    -- year and month are enough: stored as the first day of the month
    constraint couple_screening_status_known check (screening_status in ('NOT_SCREENED', 'CLEAR', 'REVIEW_PENDING',
        'JOINT_WORK_APPROVED', 'INDIVIDUAL_WORK_FIRST', 'REFERRED_OUT')),
    constraint couple_together_since_is_a_month check (together_since is null or extract(day from together_since) = 1),
    constraint couple_children_count_sensible check (children_count is null or children_count between 0 and 30),
    constraint couple_children_ages_fit_count check (cardinality(children_ages) <= coalesce(children_count, 0))
);
-- the same two people are registered as a couple once, whichever of them is named first
create unique index couple_same_partners_once on clients.couple
    (least(partner_a_id, partner_b_id), greatest(partner_a_id, partner_b_id)) where deleted_at is null;
create index couple_by_partner_a on clients.couple (partner_a_id);
create index couple_by_partner_b on clients.couple (partner_b_id);

-- What brought the couple: clinical content, for the care team only.
create table clients.intake (
    couple_id           uuid primary key references clients.couple (id),
    presenting_concerns text,
    concern_tags        text[] not null default '{}',
    life_stage          text,
    life_stage_note     text,
    goals               text,
    prior_therapy       boolean not null default false,
    prior_therapy_notes text,
    updated_at          timestamptz not null,
    updated_by          text not null,
    constraint intake_life_stage_known check (life_stage is null or life_stage in ('EARLY_RELATIONSHIP',
        'TRANSITION_MARRIAGE', 'TRANSITION_BABY', 'TRANSITION_EMPTY_NEST', 'TRANSITION_MOVE', 'TRANSITION_JOB',
        'COMMUNICATION_BREAKDOWN', 'AFTER_AFFAIR', 'AFTER_LOSS', 'AFTER_ILLNESS', 'OTHER'))
);

-- Each partner's consents, as history: the newest row per couple, person and kind is in force.
create table clients.consent (
    id                  uuid primary key,
    couple_id           uuid not null references clients.couple (id),
    person_id           uuid not null references clients.person (id),
    kind                text not null,
    given               boolean not null,
    decided_on          date not null,
    recorded_at         timestamptz not null,
    recorded_by_account uuid not null,
    recorded_by         text not null,
    constraint consent_kind_known check (kind in ('TREATMENT', 'RECORDING', 'TELEHEALTH', 'CONFIDENTIALITY_POLICY'))
);
create index consent_by_couple on clients.consent (couple_id, person_id, kind, recorded_at desc);

-- The suitability screen, every one kept. current_flags lists what holds the couple for review.
create table clients.screen (
    id                        uuid primary key,
    couple_id                 uuid not null references clients.couple (id),
    screened_on               date not null,
    intimate_partner_violence text not null,
    affair                    text not null,
    substance_dependence      text not null,
    acute_crisis              boolean not null,
    other_concern             text,
    other_concern_current     boolean not null default false,
    notes                     text,
    current_flags             text[] not null default '{}',
    recorded_at               timestamptz not null,
    recorded_by_staff_id      uuid,
    recorded_by               text not null,
    constraint screen_ipv_known check (intimate_partner_violence in ('NONE', 'PAST', 'CURRENT')),
    constraint screen_affair_known check (affair in ('NONE', 'ENDED', 'ONGOING_DISCLOSED', 'ONGOING_UNDISCLOSED')),
    constraint screen_substance_known check (substance_dependence in ('NONE', 'PAST', 'CURRENT')),
    constraint screen_other_concern_described
        check (not other_concern_current or length(trim(coalesce(other_concern, ''))) > 0),
    constraint screen_flags_known check (current_flags <@ array['INTIMATE_PARTNER_VIOLENCE', 'ONGOING_AFFAIR',
        'SUBSTANCE_DEPENDENCE', 'ACUTE_CRISIS', 'OTHER'])
);
create index screen_by_couple on clients.screen (couple_id, recorded_at desc);

-- A clinician's decision on a flagged screen; one per screen (a changed view needs a new screen).
create table clients.screening_decision (
    id                   uuid primary key,
    couple_id            uuid not null references clients.couple (id),
    screen_id            uuid not null references clients.screen (id),
    decision             text not null,
    reason               text not null,
    decided_on           date not null,
    recorded_at          timestamptz not null,
    recorded_by_staff_id uuid,
    recorded_by          text not null,
    constraint screening_decision_known check (decision in
        ('PROCEED_WITH_JOINT_WORK', 'INDIVIDUAL_WORK_FIRST', 'REFER_OUT')),
    constraint screening_decision_reason_given check (length(trim(reason)) > 0)
);
create unique index screening_decision_one_per_screen on clients.screening_decision (screen_id);

-- Episodes of care: intake -> active <-> paused -> closed (with its ending). Therapists are staff ids
-- (no key across schemas).
create table clients.episode (
    id                   uuid primary key,
    couple_id            uuid not null references clients.couple (id),
    status               text not null,
    opened_on            date not null,
    started_on           date,
    closed_on            date,
    ending               text,
    closing_reason       text,
    primary_therapist_id uuid,
    co_therapist_id      uuid,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    constraint episode_status_known check (status in ('INTAKE', 'ACTIVE', 'PAUSED', 'CLOSED')),
    constraint episode_ending_known check (ending is null or ending in
        ('COMPLETED', 'DISCHARGED', 'REFERRED_OUT', 'DROPPED_OUT')),
    constraint episode_closed_with_ending_and_date
        check ((status = 'CLOSED') = (closed_on is not null and ending is not null)),
    constraint episode_closing_reason_given
        check (status <> 'CLOSED' or length(trim(coalesce(closing_reason, ''))) > 0),
    constraint episode_dates_in_order check ((started_on is null or started_on >= opened_on)
        and (closed_on is null or closed_on >= opened_on)),
    constraint episode_co_therapist_needs_primary check (co_therapist_id is null or primary_therapist_id is not null),
    constraint episode_co_therapist_differs check (co_therapist_id is null or co_therapist_id <> primary_therapist_id)
);
-- at most one open episode per couple, even when two requests race
create unique index episode_one_open_per_couple on clients.episode (couple_id) where status <> 'CLOSED';
create index episode_open_by_primary on clients.episode (primary_therapist_id) where status <> 'CLOSED';
create index episode_open_by_co on clients.episode (co_therapist_id) where status <> 'CLOSED';

-- Every change of an episode, dated, with its reason and who recorded it.
create table clients.episode_change (
    id                   bigint generated always as identity primary key,
    episode_id           uuid not null references clients.episode (id),
    change               text not null,
    status_after         text not null,
    effective_on         date not null,
    reason               text,
    primary_therapist_id uuid,
    co_therapist_id      uuid,
    recorded_at          timestamptz not null,
    recorded_by          text not null,
    constraint episode_change_known check (change in
        ('OPENED', 'STARTED', 'PAUSED', 'RESUMED', 'CLOSED', 'THERAPISTS_ASSIGNED'))
);
create index episode_change_by_episode on clients.episode_change (episode_id, id);

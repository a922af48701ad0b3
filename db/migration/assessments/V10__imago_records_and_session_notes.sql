-- Module assessments: the Imago records a therapist keeps (ADR 0014). Every kind shares one shape
-- (couple, episode, partner, session, day, author, revisions) and keeps its own fields in a JSONB
-- payload that Java validates; the columns that lists filter on are real, indexed columns.

create table assessments.imago_record (
    id                 uuid primary key,
    kind               text not null,
    couple_id          uuid not null,
    episode_id         uuid not null,
    -- the partner (a person id) an individual record belongs to; null for a joint record
    partner_id         uuid,
    -- the session it was recorded in, if any
    appointment_id     uuid,
    recorded_on        date not null,
    author_id          uuid not null,
    author_name        text not null,
    recorded_at        timestamptz not null,
    -- the earlier version this one revises; the earlier one is kept as it was
    supersedes         uuid references assessments.imago_record (id),
    payload            jsonb not null,
    constraint imago_record_kind check (kind in ('IMAGO_PROFILE', 'WOUND_EXPLORATION', 'DIALOGUE',
        'BEHAVIOUR_CHANGE_REQUEST', 'POSITIVE_TRAITS', 'CARING_BEHAVIOURS', 'APPRECIATIONS', 'RELATIONSHIP_VISION',
        'EXITS', 'TEMPERATURE_READING'))
);

create index imago_record_couple on assessments.imago_record (couple_id, kind, recorded_on desc);
-- a version is revised at most once: the history is a line, never a tree
create unique index imago_record_one_revision on assessments.imago_record (supersedes) where supersedes is not null;

-- Follow-ups of a behaviour change request: did the partner give the request they chose?
create table assessments.request_follow_up (
    id                 uuid primary key,
    request_id         uuid not null references assessments.imago_record (id),
    outcome            text not null,
    followed_up_on     date not null,
    note               text,
    recorded_by_id     uuid not null,
    recorded_by_name   text not null,
    recorded_at        timestamptz not null,
    constraint request_follow_up_outcome check (outcome in ('KEPT', 'PARTLY_KEPT', 'NOT_KEPT'))
);

create index request_follow_up_request on assessments.request_follow_up (request_id, followed_up_on);

-- Session notes: due when a session is completed, signed by their author (then immutable), and, for
-- a supervisee, co-signed or returned by the supervisor.
create table assessments.session_note (
    id                 uuid primary key,
    couple_id          uuid not null,
    episode_id         uuid not null,
    appointment_id     uuid,
    -- the partner of an individual session; null for a joint session
    partner_id         uuid,
    joint              boolean not null,
    session_on         date not null,
    author_id          uuid not null,
    status             text not null,
    content            text,
    interventions      text[] not null default '{}',
    plan               text,
    -- the author's process (psychotherapy) notes: kept apart, never exported
    process_note       text,
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    signed_at          timestamptz,
    co_signer_id       uuid,
    co_signed_at       timestamptz,
    constraint session_note_status check (status in ('DUE', 'DRAFT', 'SIGNED', 'AWAITING_CO_SIGN', 'RETURNED',
        'CO_SIGNED')),
    constraint session_note_signed check ((status in ('DUE', 'DRAFT')) = (signed_at is null)),
    constraint session_note_individual check (joint or partner_id is not null)
);

-- one note per couple and session, whether SessionCompleted arrives once or again
create unique index session_note_per_session on assessments.session_note (appointment_id, couple_id)
    where appointment_id is not null;
create index session_note_couple on assessments.session_note (couple_id, session_on desc);
create index session_note_author_open on assessments.session_note (author_id) where status in ('DUE', 'DRAFT', 'RETURNED');
create index session_note_co_sign_queue on assessments.session_note (co_signer_id) where status = 'AWAITING_CO_SIGN';

-- Dated changes after signing, and the supervisor's co-signatures and returns, in order.
create table assessments.note_event (
    id                 uuid primary key,
    note_id            uuid not null references assessments.session_note (id),
    kind               text not null,
    text               text,
    by_id              uuid not null,
    by_name            text not null,
    at                 timestamptz not null,
    constraint note_event_kind check (kind in ('ADDENDUM', 'CO_SIGNED', 'RETURNED')),
    constraint note_event_text check (kind = 'CO_SIGNED' or length(trim(text)) > 0)
);

create index note_event_note on assessments.note_event (note_id, at);

-- Signed notes and their history are never rewritten: a trigger refuses changes to the content of a
-- signed note and any change to its addenda, co-signatures and returns.
create function assessments.keep_signed_notes() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'note_event' then
        raise exception 'note history is append-only';
    end if;
    if old.signed_at is not null and (new.content is distinct from old.content
            or new.plan is distinct from old.plan or new.interventions is distinct from old.interventions
            or new.process_note is distinct from old.process_note or new.signed_at is distinct from old.signed_at
            or new.joint is distinct from old.joint or new.partner_id is distinct from old.partner_id) then
        raise exception 'a signed note is immutable: add an addendum instead';
    end if;
    return new;
end;
$$;

create trigger session_note_immutable_once_signed before update on assessments.session_note
    for each row execute function assessments.keep_signed_notes();
create trigger note_event_append_only before update or delete on assessments.note_event
    for each row execute function assessments.keep_signed_notes();

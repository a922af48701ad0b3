-- Module notifications (ADR 0033): every message the clinic sends to clients, each partner's
-- message preferences, the templates the clinic edits, and db-scheduler's table of timed work.
create schema if not exists notifications;

-- One message to one partner on one channel. Times come from the clinic clock.
create table notifications.outbox_message (
    id              uuid primary key,
    -- what it is about and to whom; ids of other modules, no foreign keys (architecture.md)
    couple_id       uuid,
    appointment_id  uuid,
    partner_id      uuid not null,
    channel         text not null,
    -- email address or phone number it goes to (or went to); null when suppressed for lack of one
    recipient       text,
    template        text not null,
    status          text not null,
    -- why it failed or was suppressed, in plain words
    reason          text,
    attempts        integer not null default 0,
    -- when it is due (queued), or was due
    next_attempt_at timestamptz not null,
    -- the session it speaks of, as it was when the message was planned
    session_start   timestamptz,
    session_end     timestamptz,
    subject         text,
    body_text       text,
    provider_id     text,
    -- one message per occasion, so that an event delivered twice plans nothing twice
    dedupe_key      text not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    constraint outbox_message_channel_known check (channel in ('EMAIL', 'TEXT')),
    constraint outbox_message_status_known
        check (status in ('QUEUED', 'SENT', 'DELIVERED', 'FAILED', 'SUPPRESSED')),
    constraint outbox_message_reason_when_refused
        check (status not in ('FAILED', 'SUPPRESSED') or reason is not null)
);

create unique index outbox_message_dedupe_key on notifications.outbox_message (dedupe_key);
-- the dispatcher's question: what is due now
create index outbox_message_due on notifications.outbox_message (next_attempt_at) where status = 'QUEUED';
create index outbox_message_couple on notifications.outbox_message (couple_id, created_at);
create index outbox_message_appointment on notifications.outbox_message (appointment_id) where appointment_id is not null;
create index outbox_message_created on notifications.outbox_message (created_at);
create index outbox_message_provider on notifications.outbox_message (provider_id) where provider_id is not null;

-- Each partner's (person's) consent per channel, preferred channel and safe contact. A person who
-- is a partner in two couples has one inbox and one set of preferences.
create table notifications.partner_preferences (
    partner_id         uuid primary key,
    email_consent      boolean not null default false,
    text_consent       boolean not null default false,
    preferred_channel  text not null default 'EMAIL',
    -- safe contact only: messages go only to this channel and address, never naming the other partner
    safe_contact_only  boolean not null default false,
    safe_channel       text,
    safe_address       text,
    changed_by         text not null,
    changed_at         timestamptz not null,
    constraint partner_preferences_channel_known check (preferred_channel in ('EMAIL', 'TEXT')),
    constraint partner_preferences_safe_channel_known check (safe_channel is null or safe_channel in ('EMAIL', 'TEXT')),
    constraint partner_preferences_safe_contact_complete
        check (not safe_contact_only or (safe_channel is not null and safe_address is not null))
);

-- Every consent given or withdrawn, by whom and how (front desk, unsubscribe link, STOP), newest last.
create table notifications.consent_change (
    id          bigint generated always as identity primary key,
    partner_id  uuid not null,
    channel     text not null,
    given       boolean not null,
    source      text not null,
    recorded_by text not null,
    recorded_at timestamptz not null
);
create index consent_change_partner on notifications.consent_change (partner_id, recorded_at);

-- The clinic's details that every message carries.
create table notifications.clinic_contact (
    id                  boolean primary key default true,
    clinic_name         text not null,
    address             text not null,
    phone               text not null,
    cancellation_policy text not null,
    constraint clinic_contact_one_row check (id)
);
insert into notifications.clinic_contact (clinic_name, address, phone, cancellation_policy)
values ('Imago Clinic', '12 Main Street', '+44 20 7946 0000',
        'Please tell us at least 24 hours ahead if you cannot come; later cancellations may be charged.');

-- Message templates, plain text and HTML. Placeholders: {{name}}, {{date}}, {{time}}, {{place}},
-- {{clinicName}}, {{clinicAddress}}, {{clinicPhone}}, {{cancellationPolicy}}, {{unsubscribeLink}}.
create table notifications.message_template (
    template   text primary key,
    subject    text not null,
    body_text  text not null,
    body_html  text not null,
    changed_at timestamptz
);
insert into notifications.message_template (template, subject, body_text, body_html) values
('SESSION_BOOKED', 'Your appointment on {{date}}',
 E'Dear {{name}},\n\nyour appointment is booked for {{date}} at {{time}}.\nWhere: {{place}}\n\n{{cancellationPolicy}}\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>your appointment is booked for <strong>{{date}}</strong> at <strong>{{time}}</strong>.<br>Where: {{place}}</p><p>{{cancellationPolicy}}</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>'),
('SESSION_MOVED', 'Your appointment has moved to {{date}}',
 E'Dear {{name}},\n\nyour appointment has moved to {{date}} at {{time}}.\nWhere: {{place}}\n\n{{cancellationPolicy}}\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>your appointment has moved to <strong>{{date}}</strong> at <strong>{{time}}</strong>.<br>Where: {{place}}</p><p>{{cancellationPolicy}}</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>'),
('SESSION_CANCELLED', 'Your appointment on {{date}} is cancelled',
 E'Dear {{name}},\n\nyour appointment on {{date}} at {{time}} is cancelled. Call us to find another time.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>your appointment on <strong>{{date}}</strong> at <strong>{{time}}</strong> is cancelled. Call us to find another time.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>'),
('REMINDER', 'Reminder: your appointment on {{date}} at {{time}}',
 E'Dear {{name}},\n\na reminder of your appointment on {{date}} at {{time}}.\nWhere: {{place}}\n\n{{cancellationPolicy}}\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>a reminder of your appointment on <strong>{{date}}</strong> at <strong>{{time}}</strong>.<br>Where: {{place}}</p><p>{{cancellationPolicy}}</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>');

-- The key that signs unsubscribe links, made once per database so links survive restarts and
-- work on every instance.
create table notifications.signing_key (
    id  boolean primary key default true,
    key bytea   not null,
    constraint signing_key_one_row check (id)
);
insert into notifications.signing_key (key) values (decode(replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''), 'hex'));

-- db-scheduler's table (its PostgreSQL schema, v16): the dispatcher's recurring execution.
create table notifications.scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on notifications.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on notifications.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on notifications.scheduled_tasks (priority desc, execution_time asc);

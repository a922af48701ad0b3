-- Waitlist offers (ADR 0046): a cancelled session's slot offered by message to the couples waiting
-- whose wishes it fits, in waitlist order, a few at a time; each offer lasts a set time, then the
-- next couple is offered. The front desk records the answer; booking it closes the others.
create table scheduling.waitlist_offer (
    id                    uuid primary key,
    entry_id              uuid not null references scheduling.waitlist_entry (id),
    couple_id             uuid not null,
    -- the cancelled session whose slot is offered; its therapist, room or video link and times
    freed_appointment_id  uuid not null references scheduling.appointment (id),
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    offered_at            timestamptz not null,
    expires_at            timestamptz not null,
    answer                text not null default 'OPEN',
    answered_at           timestamptz,
    answered_by           text,
    booked_appointment_id uuid references scheduling.appointment (id),
    constraint waitlist_offer_answer_known
        check (answer in ('OPEN', 'BOOKED', 'DECLINED', 'EXPIRED', 'TAKEN', 'WITHDRAWN')),
    constraint waitlist_offer_once_per_slot unique (freed_appointment_id, entry_id)
);
create index waitlist_offer_entry on scheduling.waitlist_offer (entry_id);
create index waitlist_offer_booked on scheduling.waitlist_offer (booked_appointment_id)
    where booked_appointment_id is not null;
create index waitlist_offer_open_expiry on scheduling.waitlist_offer (expires_at) where answer = 'OPEN';
create index waitlist_offer_offered on scheduling.waitlist_offer (offered_at);

-- db-scheduler's table for scheduling's recurring task: closing offers that ran out and offering the
-- slot to the next couple (ModuleScheduler, ADR 0043). The same shape as the other modules'.
create table scheduling.scheduled_tasks (
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
create index scheduled_tasks_execution_time on scheduling.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduling.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduling.scheduled_tasks (priority desc, execution_time asc);

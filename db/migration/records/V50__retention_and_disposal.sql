-- Retention and disposal (issue 30, ADR 0049): the daily list of couples whose retention has ended, each
-- waiting for an administrator's approval or held with a reason, and partners' requests for erasure.

alter table records.record_request drop constraint record_request_kind_check;
alter table records.record_request add constraint record_request_kind_check
    check (kind in ('PARTNER_COPY', 'COUPLE_COPY', 'CORRECTION', 'ERASURE'));

-- One couple on the disposal list. From approval until every module has disposed of its part, the row
-- keeps the partners' ids and the pseudonyms chosen for the couple and the partners (couple first), so
-- the event archive can be rewritten with them; after disposal the row keeps no identity: couple_id
-- becomes the couple's pseudonym (the one the report figures carry), the ids and the hold reason go.
create table records.disposal (
    id                 uuid primary key,
    couple_id          uuid not null,
    cause              text not null check (cause in ('RETENTION_ENDED', 'ERASURE_REQUESTED')),
    retention_ended_on date not null,
    partner_ids        uuid[],
    pseudonyms         uuid[],
    listed_on          date not null,
    status             text not null check (status in ('PENDING', 'HELD', 'APPROVED', 'DISPOSED', 'WITHDRAWN')),
    hold_reason        text check (length(hold_reason) <= 500),
    decided_by         text,
    decided_at         timestamptz,
    disposed_at        timestamptz,
    constraint disposal_held_with_reason check (status <> 'HELD' or hold_reason is not null)
);
create unique index disposal_one_open_per_couple on records.disposal (couple_id)
    where status in ('PENDING', 'HELD', 'APPROVED');
create index disposal_by_status on records.disposal (status, retention_ended_on);

-- db-scheduler's table for the records module's daily task (ModuleScheduler, ADR 0043).
create table records.scheduled_tasks (
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
create index scheduled_tasks_execution_time on records.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on records.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on records.scheduled_tasks (priority desc, execution_time asc);

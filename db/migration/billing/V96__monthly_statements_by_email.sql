-- The clinic's choice to email last month's statements by itself on a day of each month (ADR 0047);
-- off until an administrator turns it on. One row.
create table billing.statement_schedule (
    id            boolean primary key default true check (id),
    enabled       boolean not null,
    day_of_month  integer not null check (day_of_month between 1 and 28),
    changed_at    timestamptz not null,
    changed_by    text not null
);

-- Each couple's month whose statement went out by itself, written in the transaction that asked for
-- the mail: a rerun, a restart or a second instance finds it and sends nothing twice.
create table billing.statement_sent (
    month      date not null check (extract(day from month) = 1),
    couple_id  uuid not null,
    sent_at    timestamptz not null,
    primary key (month, couple_id)
);
create index statement_sent_by_couple on billing.statement_sent (couple_id);

-- db-scheduler's table for the billing module's daily task (ModuleScheduler, ADR 0043).
create table billing.scheduled_tasks (
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
create index scheduled_tasks_execution_time on billing.scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on billing.scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on billing.scheduled_tasks (priority desc, execution_time asc);

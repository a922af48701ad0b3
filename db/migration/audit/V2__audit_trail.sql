-- Module audit: the append-only audit trail.
create table audit.audit_entry (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null default clock_timestamp(),
    account_id   uuid,
    staff_id     uuid,
    username     text not null,
    roles        text[] not null default '{}',
    action       text not null,
    subject_type text,
    subject_id   text,
    couple_id    uuid,
    outcome      text not null,
    reason       text,
    ip_address   text,
    constraint audit_entry_action_known check (action in ('VIEW', 'CREATE', 'UPDATE', 'SIGN', 'EXPORT', 'PRINT',
        'SIGN_IN', 'SIGN_IN_FAILURE', 'LOCK_OUT', 'SIGN_OUT', 'TIME_OUT', 'BREAK_GLASS', 'PERMISSION_CHANGE')),
    constraint audit_entry_outcome_known check (outcome in ('ALLOWED', 'DENIED'))
);
create index audit_entry_by_time on audit.audit_entry (occurred_at desc, id desc);
create index audit_entry_by_couple on audit.audit_entry (couple_id, occurred_at desc) where couple_id is not null;
create index audit_entry_by_staff on audit.audit_entry (staff_id, occurred_at desc) where staff_id is not null;
create index audit_entry_by_action on audit.audit_entry (action, occurred_at desc);

-- Append-only, enforced by the database itself: no UPDATE, DELETE or TRUNCATE, whoever asks.
create function audit.refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'The audit trail is append-only: % on audit.audit_entry is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_entry_no_update_or_delete
    before update or delete on audit.audit_entry
    for each row execute function audit.refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit.audit_entry
    for each statement execute function audit.refuse_change();

-- The couple's confidentiality policy in force when a record was written governs that record for
-- good (ADR 0028): a partner's individual work written under "confidential individual sessions"
-- never reaches the joint record, whatever the policy becomes later.
alter table assessments.session_note add column written_under text
    constraint session_note_written_under check (written_under in ('NO_SECRETS', 'CONFIDENTIAL_INDIVIDUAL_SESSIONS'));
comment on column assessments.session_note.written_under is
    'the confidentiality policy the content was written under (the stricter one if a draft spans a change); null while nothing is written';
alter table assessments.imago_record add column written_under text
    constraint imago_record_written_under check (written_under in ('NO_SECRETS', 'CONFIDENTIAL_INDIVIDUAL_SESSIONS'));

-- Records written before: the policy of that day is not known in this schema, so the stricter one.
update assessments.session_note set written_under = 'CONFIDENTIAL_INDIVIDUAL_SESSIONS' where content is not null;
update assessments.imago_record set written_under = 'CONFIDENTIAL_INDIVIDUAL_SESSIONS';
alter table assessments.imago_record alter column written_under set not null;

-- A signed note keeps the policy it was signed under, like its content.
create or replace function assessments.keep_signed_notes() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'note_event' then
        raise exception 'note history is append-only';
    end if;
    if old.signed_at is not null and (new.content is distinct from old.content
            or new.plan is distinct from old.plan or new.interventions is distinct from old.interventions
            or new.process_note is distinct from old.process_note or new.signed_at is distinct from old.signed_at
            or new.joint is distinct from old.joint or new.partner_id is distinct from old.partner_id
            or new.written_under is distinct from old.written_under) then
        raise exception 'a signed note is immutable: add an addendum instead';
    end if;
    return new;
end;
$$;

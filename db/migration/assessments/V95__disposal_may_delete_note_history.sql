-- A signed note's history stays append-only, except for the disposal of a couple's record after its
-- retention ended, which an administrator approved (ADR 0049): its transaction says so with
-- set_config('imago.disposal', 'on', true) and may then delete, never rewrite.
create or replace function assessments.keep_signed_notes() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('imago.disposal', true) = 'on' then
        return old;
    end if;
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

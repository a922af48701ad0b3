-- Issued invoices, their lines and credit notes never change; only the disposal of a couple's record
-- after its retention ended, which an administrator approved (ADR 0049), may delete them: its
-- transaction says so with set_config('imago.disposal', 'on', true).
create or replace function billing.refuse_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and current_setting('imago.disposal', true) = 'on' then
        return old;
    end if;
    raise exception 'an issued % never changes; correct it with a credit note', tg_table_name
        using errcode = 'P0001';
end $$;

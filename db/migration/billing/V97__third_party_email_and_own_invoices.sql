-- Issue 24, last part (ADR 0047): a third-party payer's email address, so statements and invoices
-- can be mailed to it; and which partner an invoice of their own individual sessions belongs to, so
-- that payments, statements and record copies can tell it from the couple's joint invoices.
alter table billing.payer add column third_party_email text
    check (third_party_email is null or length(third_party_email) <= 254);

-- null: the couple's joint invoice; otherwise the partner whose own individual sessions it bills
alter table billing.invoice add column own_of uuid;

-- invoices issued before this column: an invoice to one partner that bills only that partner's
-- individual sessions (and the fees for missing one) is theirs; anything else stays joint
update billing.invoice i set own_of = i.payer_person_id
where i.payer_kind = 'PARTNER'
  and exists (select 1 from billing.invoice_line l where l.invoice_id = i.id)
  and not exists (select 1 from billing.invoice_line l join billing.charge c on c.id = l.charge_id
                  where l.invoice_id = i.id and (c.person_id is null or c.person_id <> i.payer_person_id));

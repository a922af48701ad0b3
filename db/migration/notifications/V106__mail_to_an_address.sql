-- Mail to an address rather than to a partner (ADR 0047): a couple's invoices and statements to the
-- third party who pays for them (an employer, a parent). Such a message has no partner, so no consent
-- or safe-contact rule of a partner applies; it names whom it greets and keeps its address.
alter table notifications.outbox_message alter column partner_id drop not null;
alter table notifications.outbox_message add column recipient_name text;
alter table notifications.outbox_message add constraint outbox_message_partner_or_address
    check (partner_id is not null or (recipient is not null and recipient_name is not null and couple_id is not null));

-- the PDF kept with its message until it goes: a statement (month) or an invoice (document number)
alter table notifications.statement_mail rename to document_mail;
alter table notifications.document_mail alter column month drop not null;
alter table notifications.document_mail add column document_number text;

-- {{invoiceNumber}}, e.g. "2026-0042"; {{amountDue}}: what it asks for, with the currency.
-- The PDF lists what an invoice needs (dates, services, amounts), no note and no session's content.
insert into notifications.message_template (template, subject, body_text, body_html) values
('INVOICE', 'Invoice {{invoiceNumber}} from {{clinicName}}',
 E'Dear {{name}},\n\nplease find attached invoice {{invoiceNumber}} for {{amountDue}}.\n\nIf you have a question about it, please call us on {{clinicPhone}}.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>please find attached invoice <strong>{{invoiceNumber}}</strong> for <strong>{{amountDue}}</strong>.</p><p>If you have a question about it, please call us on {{clinicPhone}}.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>');

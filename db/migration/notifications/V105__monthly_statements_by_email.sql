-- Monthly statements by email (ADR 0047): billing makes the PDF, notifications mails it to each
-- paying partner who consented to email. The PDF and the month's figures are kept with the message,
-- so that a retry sends what the front desk asked for; deleted once the mail went or was set aside.
create table notifications.statement_mail (
    message_id  uuid primary key references notifications.outbox_message (id) on delete cascade,
    month       text not null,
    amount_due  text not null,
    file_name   text not null,
    pdf         bytea not null
);

-- {{month}}: e.g. "November 2026"; {{amountDue}}: what is owed at its end, with the currency.
-- No session, service or therapist, and never the other partner: the PDF says only numbers and dates.
insert into notifications.message_template (template, subject, body_text, body_html) values
('STATEMENT', 'Your statement for {{month}} from {{clinicName}}',
 E'Dear {{name}},\n\nplease find attached your statement for {{month}}. The amount due at the end of the month is {{amountDue}}.\n\nIf you have a question about it, please call us on {{clinicPhone}}.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>please find attached your statement for <strong>{{month}}</strong>. The amount due at the end of the month is <strong>{{amountDue}}</strong>.</p><p>If you have a question about it, please call us on {{clinicPhone}}.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>');

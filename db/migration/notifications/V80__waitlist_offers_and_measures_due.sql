-- Waitlist offers and measures falling due (ADR 0046). An offer's message says by when to answer;
-- the time is kept with the message, which is written when it goes.
alter table notifications.outbox_message add column reply_by timestamptz;

-- {{replyBy}}: when the offer runs out. {{link}}: the portal's sign-in page (no one-time link).
-- Neither message names a questionnaire or the other partner: a short questionnaire, a free slot.
insert into notifications.message_template (template, subject, body_text, body_html) values
('WAITLIST_OFFER', 'A session on {{date}} at {{time}} has come free',
 E'Dear {{name}},\n\na session has come free on {{date}} at {{time}}.\nWhere: {{place}}\n\nIf you would like it, please call us on {{clinicPhone}} by {{replyBy}}. After that we offer it to others waiting.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>a session has come free on <strong>{{date}}</strong> at <strong>{{time}}</strong>.<br>Where: {{place}}</p><p>If you would like it, please call us on {{clinicPhone}} by <strong>{{replyBy}}</strong>. After that we offer it to others waiting.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>'),
('MEASURE_DUE', 'A short questionnaire from {{clinicName}}',
 E'Dear {{name}},\n\nit is time for a short questionnaire. You can fill it in at the clinic before your next session. You can also sign in to your own space at {{link}}\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>it is time for a short questionnaire. You can fill it in at the clinic before your next session. You can also <a href="{{link}}">sign in to your own space</a>.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>');

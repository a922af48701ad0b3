-- The partners' portal (ADR 0041): invitations and sign-in links go out through the outbox too.
-- The link itself is made when the message is sent and never stored; the message names the
-- portal account it signs in to.
alter table notifications.outbox_message add column portal_account_id uuid;
create index outbox_message_portal_account on notifications.outbox_message (portal_account_id)
    where portal_account_id is not null;

-- {{link}}: the one-time sign-in link; {{validFor}}: how long it works, e.g. "15 minutes".
insert into notifications.message_template (template, subject, body_text, body_html) values
('PORTAL_INVITATION', 'Your own space at {{clinicName}}',
 E'Dear {{name}},\n\n{{clinicName}} invites you to your own space for your sessions and your practice at home. Nobody else sees what you write there, apart from your therapist.\n\nSign in with this link (it works once, for {{validFor}}):\n{{link}}\n\nLater you can ask for a new link on the sign-in page with this email address.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>{{clinicName}} invites you to your own space for your sessions and your practice at home. Nobody else sees what you write there, apart from your therapist.</p><p><a href="{{link}}">Sign in</a> (the link works once, for {{validFor}}).</p><p>Later you can ask for a new link on the sign-in page with this email address.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>'),
('PORTAL_SIGN_IN', 'Your sign-in link for {{clinicName}}',
 E'Dear {{name}},\n\nhere is the link you asked for. It works once, for {{validFor}}:\n{{link}}\n\nIf you did not ask for it, you can ignore this email.\n\n{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}',
 '<p>Dear {{name}},</p><p>here is the link you asked for: <a href="{{link}}">Sign in</a>. It works once, for {{validFor}}.</p><p>If you did not ask for it, you can ignore this email.</p><p>{{clinicName}}, {{clinicAddress}}, {{clinicPhone}}</p>');

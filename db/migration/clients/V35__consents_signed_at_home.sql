-- Issue 23 (ADR 0055): a consent a partner signs in the portal is that partner's consent here too.
-- Nobody on the staff recorded it, so it has no account; the portal's signature id makes recording it
-- idempotent (an event delivered twice records one consent).
alter table clients.consent alter column recorded_by_account drop not null;
alter table clients.consent add column portal_signature_id uuid;
create unique index consent_portal_signature on clients.consent (portal_signature_id) where portal_signature_id is not null;

-- Issue 23: consents signed in the portal. A consent text is a versioned document the clinic edits: a new
-- version is a new row, never a change to an old one, so a signature always points at the words signed.
-- A partner who signed an older version is asked again.
create table portal.consent_text (
    id           uuid primary key,
    kind         text not null,
    version      integer not null,
    title        text not null,
    body         text not null,
    -- SHA-256 of the body's UTF-8 bytes, hex
    sha256       text not null,
    published_at timestamptz not null,
    published_by text not null,
    constraint consent_text_kind_known check (kind in ('TREATMENT', 'RECORDING', 'TELEHEALTH', 'CONFIDENTIALITY_POLICY')),
    constraint consent_text_version_once unique (kind, version),
    constraint consent_text_version_positive check (version > 0)
);

-- One partner's electronic signature of one version: the name they typed, when (clinic clock) and from
-- which IP address, and the hash of the text as it was when they signed.
create table portal.consent_signature (
    id              uuid primary key,
    account_id      uuid not null references portal.account (id),
    couple_id       uuid not null,
    person_id       uuid not null,
    consent_text_id uuid not null references portal.consent_text (id),
    text_sha256     text not null,
    typed_name      text not null,
    signed_at       timestamptz not null,
    ip_address      text,
    constraint consent_signature_once unique (couple_id, person_id, consent_text_id),
    constraint consent_signature_name_typed check (length(trim(typed_name)) > 0)
);
create index consent_signature_account on portal.consent_signature (account_id);
create index consent_signature_text on portal.consent_signature (consent_text_id);

-- The first versions; an administrator publishes new ones in the app.
insert into portal.consent_text (id, kind, version, title, body, sha256, published_at, published_by)
select id, kind, 1, title, body, encode(sha256(convert_to(body, 'UTF8')), 'hex'), timestamptz '2026-12-01 09:00+00',
       'Imago Clinic'
from (values
    ('5f0c7a52-53a4-4d8e-9d53-0c1f6e0a0001'::uuid, 'TREATMENT', 'Consent to couples therapy',
     'I agree to take part in couples therapy at Imago Clinic together with my partner. I understand that Imago '
     || 'Relationship Therapy asks both partners to practise at home between sessions, that I may stop at any time, '
     || 'and that my therapist keeps a clinical record of our work, which only the clinicians caring for us read. '
     || 'I understand that what I say may be discussed with my therapist''s clinical supervisor.'),
    ('5f0c7a52-53a4-4d8e-9d53-0c1f6e0a0002'::uuid, 'CONFIDENTIALITY_POLICY', 'The confidentiality policy',
     'Imago Clinic records, for each couple, one of two policies for individual sessions: either nothing said in an '
     || 'individual session is kept from the other partner ("no secrets"), or individual sessions stay confidential '
     || 'and are never shown in the joint record. My therapist has explained which policy applies to us. Whatever '
     || 'the policy, my answers to the safety questions and my own intake answers are never shown to my partner.'),
    ('5f0c7a52-53a4-4d8e-9d53-0c1f6e0a0003'::uuid, 'TELEHEALTH', 'Consent to sessions by video',
     'I agree that some sessions may take place by video. I will join from a private place where no one else can '
     || 'listen, and I understand that no video call is entirely free of technical risk.'),
    ('5f0c7a52-53a4-4d8e-9d53-0c1f6e0a0004'::uuid, 'RECORDING', 'Consent to recording sessions',
     'I agree that my therapist may record sessions, sound or video, for my therapist''s supervision only. '
     || 'Recordings are kept securely and deleted after supervision. I may withdraw this consent at any time.')
) as first_versions (id, kind, title, body);

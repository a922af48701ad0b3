-- Module assessments: administrations of an outcome measure. One row per partner and form; the
-- answers are the positions of the chosen options as printed (from 0), the score is computed by the
-- server with the instrument's scoring key. Couple, partner, episode and staff are other modules'
-- ids: no foreign keys across schemas.

create table assessments.administration (
    id                  uuid primary key,
    couple_id           uuid not null,
    partner_id          uuid not null,
    episode_id          uuid,
    instrument_code     text not null references assessments.instrument (code),
    administered_on     date not null,
    answers             int[] not null,
    score               int not null,
    clinical_range      boolean not null,
    -- who entered it: a clinician on the partner's behalf, or the partner on the clinic's tablet
    entered_via         text not null,
    entered_by_name     text not null,
    entered_by_staff_id uuid,
    kiosk_link_id       uuid,
    recorded_at         timestamptz not null,
    constraint administration_entered_via check (entered_via in ('CLINICIAN', 'KIOSK')),
    constraint administration_kiosk check ((entered_via = 'KIOSK') = (kiosk_link_id is not null))
);

create index administration_couple on assessments.administration (couple_id, administered_on);

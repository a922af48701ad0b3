-- A partner's own CSI trend in the portal (ADR 0058): shown only while a row says their therapist
-- switched it on; off by default (no row). Who switched it and when; every change is also audited.
create table portal.trend_sharing (
    couple_id  uuid not null,
    person_id  uuid not null,
    shared_at  timestamptz not null,
    shared_by  text not null,
    primary key (couple_id, person_id)
);

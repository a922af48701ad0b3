-- Module assessments: norms for reliable change from the clinic's own reference group (ADR 0032).
-- Where no published norms are entered, SD1 is the sample SD of the baseline totals (each partner's
-- first administration in each episode) and r is Cronbach's alpha of the same forms. Each figures
-- row is kept with its date: the history of the figures in use. A new row is written only when the
-- figures change, as baselines arrive.

create table assessments.clinic_norms (
    id              bigint generated always as identity primary key,
    instrument_code text not null references assessments.instrument (code),
    computed_at     timestamptz not null,
    as_of           date not null,
    baselines       int not null,
    -- null with fewer than two baselines, or when the totals do not vary
    sd              double precision,
    alpha           double precision,
    constraint clinic_norms_baselines check (baselines >= 0),
    constraint clinic_norms_sd check (sd is null or sd >= 0)
);

create index clinic_norms_latest on assessments.clinic_norms (instrument_code, id desc);

-- An administrator froze an instrument's clinic-sample figures: these stay in use, new baselines do
-- not replace them, until they are unfrozen (the row is deleted).
create table assessments.clinic_norms_freeze (
    instrument_code text primary key references assessments.instrument (code),
    figures_id      bigint not null references assessments.clinic_norms (id),
    frozen_at       timestamptz not null,
    frozen_by       text not null
);
create index clinic_norms_freeze_by_figures on assessments.clinic_norms_freeze (figures_id);
